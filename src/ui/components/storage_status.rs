//! What storage is doing, told truthfully: the saved indicator, and the banners for a full quota,
//! entries kept aside, a conflict with another tab, and the undo of a delete.

use leptos::prelude::*;

use crate::browser::{clock, digest, download};
use crate::format::envelope;
use crate::i18n::messages::storage::Storage;
use crate::i18n::{t, tf};
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
            let time = format!("{}:{:02}", crate::domain::format_time(at), chrono::Timelike::second(&at));
            tf(Storage::SavedAt, &[("time", &time)])
        }
        SaveState::Saved(None) => t(Storage::Saved).to_string(),
        SaveState::Pending => t(Storage::Saving).to_string(),
        SaveState::Failed(_) => t(Storage::NotSaved).to_string(),
        SaveState::Conflict => t(Storage::NotSavedConflict).to_string(),
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
        library.list().with_untracked(|list| {
            envelope::library_unhashed(list, c.frameworks(), now).written_in(crate::i18n::current())
        })
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
                        <strong>{t(Storage::QuotaFull)}</strong>
                        " "
                        {t(Storage::QuotaFullAdvice)}
                    </p>
                    <button type="button" class="button" on:click=move |_| download_backup(move |r| set_problem.set(r.err()))>
                        {t(Storage::DownloadBackup)}
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
                <p><strong>{t(Storage::LatestNotSaved)}" "</strong>{message}</p>
                <button type="button" class="button" on:click=move |_| library.flush()>{t(Storage::TrySavingAgain)}</button>
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
                        <strong>{tf(Storage::ChangedElsewhere, &[("title", &conflict.title)])}</strong>
                        " "
                        {t(Storage::WhichToKeep)}
                    </p>
                    <div class="button-row">
                        <button type="button" class="button" on:click=move |_| library.take_theirs()>
                            {t(Storage::UseTheirs)}
                        </button>
                        <button type="button" class="button button--secondary" on:click=move |_| library.keep_mine()>
                            {t(Storage::KeepMine)}
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
                <div class="banner banner--warning" role="region" aria-label=t(Storage::StorageProblems)>
                    {notices.into_iter().map(|n| view! { <p>{n.problem.to_string()}</p> }).collect_view()}
                    <button type="button" class="button button--secondary" on:click=move |_| library.dismiss_notices()>
                        {t(Storage::Dismiss)}
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
                    <p>{tf(Storage::Deleted, &[("title", &deleted.specification.title)])}</p>
                    <div class="button-row">
                        <button type="button" class="button" on:click=move |_| library.undo_delete()>{t(Storage::Undo)}</button>
                        <button type="button" class="button button--secondary" on:click=move |_| library.deleted.set(None)>
                            {t(Storage::Dismiss)}
                        </button>
                    </div>
                </div>
            }
        })
    }
}
