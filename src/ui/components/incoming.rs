//! What the page shows before it saves anything that came from outside (a file or a share link):
//! what it holds, and, when an assessment with the same id is already here, the choice between
//! replacing it (after offering a backup) and keeping both.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::{clock, location};
use crate::domain::chart_geometry::format_percent;
use crate::domain::{results, Assessment, Framework};
use crate::i18n::messages::import::{Import as I, ImportCount};
use crate::i18n::{t, tf, tn, tnf};
use crate::state::catalogue::use_catalogue;
use crate::state::library::use_library;
use crate::state::route::{navigate, Page};
use crate::ui::components::storage_status::download_backup;
use crate::ui::pages::library::display_title;

/// A summary line of an incoming assessment, e.g. "Assessor: X · 12 of 42 answered · Good".
pub fn summary(assessment: &Assessment, framework: &Framework) -> String {
    let r = results(framework, &assessment.responses);
    let band = match (r.overall, r.band) {
        (Some(overall), Some(band)) => {
            format!("{}, {}", format_percent(overall), crate::i18n::words::band(band))
        }
        _ => t(I::NotScoredYet).into(),
    };
    let assessor =
        crate::i18n::messages::merge::assessed_by_label(crate::domain::moderation::assessed_by(assessment));
    // A file's framework carries no Welsh of its own when it is the built-in one: word it as the
    // catalogue's.
    let title = use_context::<crate::state::catalogue::CatalogueContext>().map_or_else(
        || framework.title.clone(),
        |c| c.0.with_value(|c| c.worded_title(framework, crate::i18n::current())),
    );
    tnf(
        ImportCount::Summary,
        r.coverage.applicable as u64,
        &[
            ("assessor", assessor.as_deref().unwrap_or(t(I::NotNamed))),
            ("answered", &r.coverage.answered.to_string()),
            ("band", &band),
            ("framework", &title),
            ("version", &framework.version),
        ],
    )
}

/// An assessment from outside, with the framework it was scored under (shared by the others
/// from the same file).
pub type Incoming = (Assessment, Arc<Framework>);

/// Each framework once: checking a framework against the catalogue means hashing it.
fn distinct_frameworks(items: &[Incoming]) -> Vec<Framework> {
    let mut distinct: Vec<&Arc<Framework>> = Vec::new();
    for (_, framework) in items {
        if !distinct.iter().any(|seen| Arc::ptr_eq(seen, framework) || *seen == framework) {
            distinct.push(framework);
        }
    }
    distinct.into_iter().map(|f| Framework::clone(f)).collect()
}

/// Asks before saving incoming assessments, then opens what was saved: the one assessment's
/// results, or, for several, says how many were saved in place of the question.
#[component]
pub fn SaveIncoming(incoming: Vec<Incoming>) -> impl IntoView {
    let library = use_library();
    let catalogue = use_catalogue();
    let incoming = StoredValue::new(incoming);
    let (failure, set_failure) = signal(None::<String>);
    let clashes = incoming.with_value(|items| items.iter().filter(|(a, _)| library.contains(&a.id)).count());
    let (backup_message, set_backup_message) = signal(None::<String>);
    let saved = RwSignal::new(None::<usize>);
    let save = move |keep_both: bool| {
        // A framework that came with the file is kept first, so the assessment opens once saved.
        for framework in incoming.with_value(|items| distinct_frameworks(items)) {
            if let Some(Err(problem)) = catalogue.try_update_value(|c| c.add(framework)) {
                set_failure.set(Some(problem));
                return;
            }
        }
        let mut last = None;
        for (mut assessment, _) in incoming.get_value() {
            if keep_both && library.contains(&assessment.id) {
                assessment.id = clock::new_id("a");
                assessment.specification.title =
                    tf(I::ImportedCopy, &[("title", &display_title(&assessment))]);
            }
            last = Some(library.insert_replacing(assessment));
        }
        match last {
            Some(id) if incoming.with_value(Vec::len) == 1 => navigate(&Page::Results(id)),
            _ => {
                // The list of assessments is where they were imported, so the page stays; the
                // question goes, and focus moves to the answer in its place.
                saved.set(Some(incoming.with_value(Vec::len)));
                request_animation_frame(|| location::focus_element("incoming-saved"));
                navigate(&Page::Library);
            }
        }
    };
    let items = incoming.with_value(|items| {
        items
            .iter()
            .map(|(a, f)| {
                let exists = library.contains(&a.id);
                view! {
                    <li>
                        <strong>{display_title(a)}</strong>
                        <br />
                        <span class="muted">{summary(a, f)}</span>
                        {exists.then(|| view! { <br /><span class="badge badge--critical">{t(I::AlreadyHere)}</span> })}
                    </li>
                }
            })
            .collect_view()
    });
    view! {
        <p id="incoming-saved" role="status" tabindex="-1" class:banner=move || saved.get().is_some()>
            {move || saved.get().map(|n| tn(ImportCount::Saved, n as u64))}
        </p>
        <div class="incoming" hidden=move || saved.get().is_some()>
            <ul class="incoming__list">{items}</ul>
            <p>{t(I::NothingSavedYet)}</p>
            {move || failure.get().map(|f| view! { <p class="banner banner--error" role="alert">{f}</p> })}
            {if clashes == 0 {
                view! {
                    <div class="button-row">
                        <button type="button" class="button" on:click=move |_| save(false)>{t(I::SaveToMine)}</button>
                        <a class="button button--secondary" href="#/">{t(I::DontSave)}</a>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <p>
                        {tn(ImportCount::Clashes, clashes as u64)}
                    </p>
                    <div class="button-row">
                        <button type="button" class="button button--secondary"
                            on:click=move |_| download_backup(move |r| set_backup_message.set(Some(r.err().unwrap_or_else(|| t(I::BackupDownloaded).into()))))>
                            {t(I::BackupFirst)}
                        </button>
                        <button type="button" class="button" on:click=move |_| save(false)>{t(I::Replace)}</button>
                        <button type="button" class="button" on:click=move |_| save(true)>{t(I::KeepBoth)}</button>
                        <a class="button button--secondary" href="#/">{t(I::DontSave)}</a>
                    </div>
                    {move || backup_message.get().map(|m| view! { <p role="status">{m}</p> })}
                }
                .into_any()
            }}
        </div>
    }
}
