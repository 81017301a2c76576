//! Importing `.speclens.json` files: pick several at once or drop them on the page. Each file is
//! checked on its own; a bad file gets one clear sentence and changes nothing stored.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::digest;
use crate::browser::files::{self, Content};
use crate::domain::Framework;
use crate::format::envelope::AssessmentPayload;
use crate::format::import::{open, Batch, ImportError, Imported, MAX_FILE_BYTES};
use crate::format::notes::ImportNote;
use crate::i18n::messages::import::{Import as I, ImportCount};
use crate::i18n::{parts, t, tf, tnf, Part};
use crate::state::catalogue::{use_catalogue, Catalogue};
use crate::state::route::{navigate, Page};
use crate::ui::components::drop_zone::DropZone;
use crate::ui::components::incoming::{Incoming, SaveIncoming};

/// What a file offers: assessments ready to save (each with the framework it is scored under,
/// shared, not copied: a backup's hundreds of assessments use a few frameworks), frameworks to
/// add, and the notes on what the importer changed (worded when shown).
struct Usable {
    assessments: Vec<Incoming>,
    frameworks: Vec<Framework>,
    report: Vec<ImportNote>,
}

/// What one file gave: assessments ready to save, or the reason it could not be used.
struct FileOutcome {
    name: String,
    result: Result<Usable, String>,
}

#[component]
pub fn ImportFiles() -> impl IntoView {
    let catalogue = use_catalogue();
    let outcomes = RwSignal::new(None::<Vec<(String, Result<Vec<ImportNote>, String>)>>);
    let incoming = RwSignal::new(Vec::<Incoming>::new());
    let new_frameworks = RwSignal::new(Vec::<Framework>::new());
    let handle = move |picked: Vec<files::PickedFile>| {
        let mut known = Known::new(catalogue.with_value(Catalogue::hashed));
        spawn_local(async move {
            // Moved, not copied, into what the page shows: a library backup holds thousands of criteria.
            let (mut assessments, mut frameworks, mut lines) = (Vec::new(), Vec::new(), Vec::new());
            for picked in picked {
                let outcome = read_one(picked, &mut known).await;
                let result = outcome.result.map(|usable| {
                    assessments.extend(usable.assessments);
                    frameworks.extend(usable.frameworks);
                    usable.report
                });
                lines.push((outcome.name, result));
            }
            incoming.set(assessments);
            new_frameworks.set(frameworks);
            outcomes.set(Some(lines));
        });
    };
    view! {
        <section class="import" aria-labelledby="import-heading">
            <h2 id="import-heading">{t(I::Heading)}</h2>
            <DropZone id="import-files" label=t(I::ChooseFiles) hint=t(I::DropHint) picked=handle />
            // Read in place, not copied: the notes are worded as they are drawn.
            {move || outcomes.with(|outcomes| outcomes.as_ref().map(|list| view! {
                <ul class="import__results" aria-live="polite">
                    {list.iter().map(|(name, result)| match result {
                        Ok(report) => view! {
                            <li>
                                {
                                    let read = if report.is_empty() {
                                        t(I::ReadClean).to_string()
                                    } else {
                                        tnf(ImportCount::ReadWithNotes, report.len() as u64, &[])
                                    };
                                    bold_slot(&read, name)
                                }
                                {(!report.is_empty()).then(|| view! {
                                    <ul>{report.iter().map(|note| view! { <li>{note.to_string()}</li> }).collect_view()}</ul>
                                })}
                            </li>
                        }.into_any(),
                        Err(message) => view! {
                            <li class="import__error"><strong>{name.clone()}</strong>": "{message.clone()}</li>
                        }.into_any(),
                    }).collect_view()}
                </ul>
            }))}
            {move || {
                let items = incoming.get();
                (!items.is_empty()).then(|| view! { <SaveIncoming incoming=items /> })
            }}
            {move || {
                let frameworks = new_frameworks.get();
                (!frameworks.is_empty()).then(|| view! { <AddFrameworks frameworks=frameworks /> })
            }}
        </section>
    }
}

/// The assessments a picked file holds, each with its framework, or one sentence saying why none
/// can be used. For the workshop, which merges files instead of saving them.
pub async fn assessments_in(picked: files::PickedFile, known: &mut Known) -> Result<Vec<Incoming>, String> {
    read_one(picked, known).await.result.map(|usable| usable.assessments).and_then(|found| {
        if found.is_empty() {
            Err(t(I::NoAssessmentToCompare).into())
        } else {
            Ok(found)
        }
    })
}

async fn read_one(picked: files::PickedFile, known: &mut Known) -> FileOutcome {
    let name = picked.name;
    let result = match picked.content {
        Content::TooLarge(bytes) => Err(ImportError::TooLarge { bytes, limit: MAX_FILE_BYTES }.to_string()),
        Content::Unreadable => Err(t(I::Unreadable).into()),
        Content::Bytes(bytes) => import_bytes(&bytes, known).await,
    };
    FileOutcome { name, result }
}

/// `import::import_remembering`, with the content hash taken by the browser's SHA-256.
async fn import_bytes(bytes: &[u8], known: &mut Known) -> Result<Usable, String> {
    let opened = open(bytes, None).map_err(|e| e.to_string())?;
    let payload_hash = match opened.to_hash() {
        Some(text) => Some(digest::sha256_hex(text.as_bytes()).await),
        None => None,
    };
    let imported = opened.finish(payload_hash.as_deref(), &mut known.batch).map_err(|e| e.to_string())?;
    usable(imported, known)
}

/// Pairs each imported assessment with the framework it was scored under: one this page has, or
/// the one the file carries (matched by rules hash, never by id alone).
fn usable(imported: Imported, known: &mut Known) -> Result<Usable, String> {
    let (found, carried, mut report) = match imported {
        Imported::Framework { payload, report, .. } => {
            let framework = payload.framework;
            let hash = known.batch.rules_hash(&framework);
            if known.on_page(&hash) {
                return Err(tf(I::FrameworkAlreadyHere, &[("title", &framework.title)]));
            }
            return Ok(Usable { assessments: vec![], frameworks: vec![framework], report });
        }
        Imported::Assessment { payload, report, .. } => {
            let AssessmentPayload { assessment, framework } = *payload;
            (vec![assessment], vec![framework], report)
        }
        Imported::Library { payload, report, .. } => (payload.assessments, payload.frameworks, report),
    };
    let carried: Vec<Arc<Framework>> = carried.into_iter().map(Arc::new).collect();
    let mut assessments = Vec::new();
    for assessment in found {
        let hash = &assessment.framework.rules_hash;
        let framework = match known.on_page_with(hash) {
            Some(framework) => Some(framework.clone()),
            None => carried.iter().find(|f| known.batch.rules_hash(f) == *hash).cloned(),
        };
        match framework {
            Some(framework) => assessments.push((assessment, framework)),
            None => report.push(ImportNote::FrameworkUnknown {
                title: assessment.specification.title.clone(),
                id: assessment.framework.id.clone(),
                version: assessment.framework.version.clone(),
            }),
        }
    }
    if assessments.is_empty() {
        return Err(report.last().map_or_else(|| t(I::NoAssessments).into(), ImportNote::to_string));
    }
    Ok(Usable { assessments, frameworks: vec![], report })
}

/// The frameworks a batch of files is matched against: the page's own, with their rules hashes,
/// and what files earlier in the batch carried (`import::Batch`). Fifty files carrying one
/// framework read and hash it once, and hash it not at all when it is one the page has (hashing
/// a framework is the slow part of reading a file).
pub struct Known {
    page: Vec<(String, Arc<Framework>)>,
    batch: Batch,
}

impl Known {
    pub fn new(page: Vec<(String, Framework)>) -> Known {
        let batch = Batch::knowing(page.clone());
        Known { page: page.into_iter().map(|(hash, f)| (hash, Arc::new(f))).collect(), batch }
    }

    fn on_page(&self, hash: &str) -> bool {
        self.on_page_with(hash).is_some()
    }

    fn on_page_with(&self, hash: &str) -> Option<&Arc<Framework>> {
        self.page.iter().find(|(h, _)| h == hash).map(|(_, f)| f)
    }
}

/// Frameworks from framework files: shown, then kept only when the user says so.
#[component]
fn AddFrameworks(frameworks: Vec<Framework>) -> impl IntoView {
    let catalogue = use_catalogue();
    let frameworks = StoredValue::new(frameworks);
    let (failure, set_failure) = signal(None::<String>);
    let add = move |_| {
        for framework in frameworks.get_value() {
            if let Some(Err(problem)) = catalogue.try_update_value(|c| c.add(framework)) {
                set_failure.set(Some(problem));
                return;
            }
        }
        navigate(&Page::Frameworks);
    };
    let names = frameworks.with_value(|fs| {
        fs.iter()
            .map(|f| {
                let line = tnf(
                    ImportCount::FrameworkSummary,
                    f.criterion_count() as u64,
                    &[("version", &f.version)],
                );
                view! { <li>{bold_slot(&line, &f.title)}</li> }
            })
            .collect_view()
    });
    view! {
        <div class="incoming">
            <ul class="incoming__list">{names}</ul>
            <p>{t(I::NothingSavedYet)}</p>
            {move || failure.get().map(|f| view! { <p class="banner banner--error" role="alert">{f}</p> })}
            <div class="button-row">
                <button type="button" class="button" on:click=add>{t(I::AddFrameworks)}</button>
            </div>
        </div>
    }
}

/// A worded line whose one slot (a file's name, a framework's title) is shown in bold, wherever
/// the language puts it: "{name}: read. Nothing needed fixing."
fn bold_slot(line: &str, bold: &str) -> Vec<AnyView> {
    parts(line)
        .into_iter()
        .map(|part| match part {
            Part::Text(text) => text.to_string().into_any(),
            Part::Slot(_) => view! { <strong>{bold.to_string()}</strong> }.into_any(),
        })
        .collect()
}
