//! What storage is doing, told truthfully: the saved indicator, and the banners for a full quota,
//! entries kept aside, a conflict with another tab, and the undo of a delete.

use leptos::prelude::*;

use crate::browser::{clock, digest, download};
use crate::format::envelope;
use crate::state::catalogue::use_catalogue;
use crate::state::library::{use_library, SaveState};

/// "All changes saved" only after storage read the bytes back.
#[component]
pub fn SaveIndicator() -> impl IntoView {
    let library = use_library();
    let text = move || match library.save_state.get() {
        // The reader's own time: "UTC" here was an hour off all summer in the UK.
        SaveState::Saved(Some(at)) => {
            let at = clock::local(at);
            format!(
                "All changes saved ({}:{:02})",
                crate::domain::format_time(at),
                chrono::Timelike::second(&at)
            )
        }
        SaveState::Saved(None) => "All changes saved".to_string(),
        SaveState::Pending => "Saving…".to_string(),
        SaveState::Failed(_) => "Not saved".to_string(),
        SaveState::Conflict => "Not saved: changed in another tab".to_string(),
    };
    let class = move || match library.save_state.get() {
        SaveState::Saved(_) => "save-indicator",
        SaveState::Pending => "save-indicator save-indicator--pending",
        _ => "save-indicator save-indicator--failed",
    };
    view! { <p class=class role="status" aria-live="polite">{text}</p> }
}

/// Banners above every page for what storage needs the user to know or decide.
#[component]
pub fn StorageBanners() -> impl IntoView {
    view! {
        <QuotaBanner />
        <FailureBanner />
        <ConflictBanner />
        <NoticesBanner />
        <UndoDelete />
    }
}

/// Downloads a backup of the whole library, then tells `done` how it went. The file is made at
/// once; its content hash comes from the browser's SHA-256, which answers a moment later.
pub fn download_backup(done: impl FnOnce(Result<(), String>) + 'static) {
    let library = use_library();
    let catalogue = use_catalogue();
    let now = clock::now();
    let file = catalogue.with_value(|c| {
        library.list().with_untracked(|list| envelope::library_unhashed(list, c.frameworks(), now))
    });
    leptos::task::spawn_local(async move {
        let hash = digest::sha256_hex(file.canonical().as_bytes()).await;
        let text = file.finish(&hash);
        done(download::download_text(
            &envelope::file_name("spec-lens-library", now),
            "application/json",
            &text,
        ));
    });
}

#[component]
fn QuotaBanner() -> impl IntoView {
    let library = use_library();
    let (problem, set_problem) = signal(None::<String>);
    move || {
        library.quota_full.get().then(|| {
            view! {
                <div class="banner banner--error" role="alert">
                    <p>
                        <strong>"This browser's storage is full, so your latest changes are not saved."</strong>
                        " The last saved copy is kept. Download a backup now, then delete assessments you no "
                        "longer need."
                    </p>
                    <button type="button" class="button" on:click=move |_| download_backup(move |r| set_problem.set(r.err()))>
                        "Download a backup"
                    </button>
                    {move || problem.get().map(|p| view! { <p>{p}</p> })}
                </div>
            }
        })
    }
}

#[component]
fn FailureBanner() -> impl IntoView {
    let library = use_library();
    move || match library.save_state.get() {
        SaveState::Failed(message) if !library.quota_full.get() => Some(view! {
            <div class="banner banner--error" role="alert">
                <p><strong>"Your latest change is not saved. "</strong>{message}</p>
                <button type="button" class="button" on:click=move |_| library.flush()>"Try saving again"</button>
            </div>
        }),
        _ => None,
    }
}

#[component]
fn ConflictBanner() -> impl IntoView {
    let library = use_library();
    move || {
        library.conflict.get().map(|conflict| {
            view! {
                <div class="banner banner--warning" role="alert">
                    <p>
                        <strong>{format!("\"{}\" was changed in another tab or window.", conflict.title)}</strong>
                        " This tab also has changes that are not saved. Which version do you want to keep?"
                    </p>
                    <div class="button-row">
                        <button type="button" class="button" on:click=move |_| library.take_theirs()>
                            "Use the other tab's version"
                        </button>
                        <button type="button" class="button button--secondary" on:click=move |_| library.keep_mine()>
                            "Keep this tab's version"
                        </button>
                    </div>
                </div>
            }
        })
    }
}

#[component]
fn NoticesBanner() -> impl IntoView {
    let library = use_library();
    move || {
        let notices = library.notices.get();
        (!notices.is_empty()).then(|| {
            view! {
                <div class="banner banner--warning" role="region" aria-label="Storage problems">
                    {notices.into_iter().map(|n| view! { <p>{n.message}</p> }).collect_view()}
                    <button type="button" class="button button--secondary" on:click=move |_| library.dismiss_notices()>
                        "Dismiss"
                    </button>
                </div>
            }
        })
    }
}

#[component]
fn UndoDelete() -> impl IntoView {
    let library = use_library();
    move || {
        library.deleted.get().map(|deleted| {
            view! {
                <div class="banner" role="status">
                    <p>{format!("Deleted \"{}\".", deleted.specification.title)}</p>
                    <div class="button-row">
                        <button type="button" class="button" on:click=move |_| library.undo_delete()>"Undo"</button>
                        <button type="button" class="button button--secondary" on:click=move |_| library.deleted.set(None)>
                            "Dismiss"
                        </button>
                    </div>
                </div>
            }
        })
    }
}
