//! Opening a specification from a file (Word, OpenDocument, PDF, text, Markdown) or pasted text,
//! and the preview of what was read, shown before anything is created or stored.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::files::{Content, PickedFile};
use crate::browser::{clock, digest};
use crate::domain::document::{Document, SourceFile};
use crate::format::document::{self, into_document, Extracted, ReadError, Unsupported, MAX_DOCUMENT_BYTES};
use crate::i18n::messages::open_document::{DocumentCount, OpenDocument as D};
use crate::i18n::{t, tf, tn, tnf};
use crate::ui::components::drop_zone::DropZone;

/// A document read from a file, with what the user should know about the reading.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenedDocument {
    pub document: Document,
    pub warnings: Vec<String>,
}

/// Where reading a file stands.
#[derive(Clone, Debug, PartialEq)]
enum Reading {
    Idle,
    Busy(String),
    Failed { name: String, message: String },
}

/// The file picker and its outcome. Sets `opened` when a file was read; `named` is called with a
/// title made from the file's name.
#[component]
pub fn OpenDocument(
    opened: RwSignal<Option<OpenedDocument>>,
    named: impl Fn(String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let reading = RwSignal::new(Reading::Idle);
    let picked = move |files: Vec<PickedFile>| {
        let Some(file) = files.into_iter().next() else { return };
        reading.set(Reading::Busy(file.name.clone()));
        spawn_local(async move {
            let name = file.name.clone();
            match open_file(file).await {
                Ok(document) => {
                    named(title_from_file_name(&name));
                    opened.set(Some(document));
                    reading.set(Reading::Idle);
                    // After the preview is drawn, which happens on the next frame.
                    request_animation_frame(|| {
                        crate::browser::location::focus_element("document-preview-heading")
                    });
                }
                Err(error) => reading.set(Reading::Failed { name, message: error.to_string() }),
            }
        });
    };
    let warm_up = crate::browser::reader::warm_up;
    view! {
        <div on:pointerenter=move |_| warm_up() on:focusin=move |_| warm_up() on:dragenter=move |_| warm_up()>
        <DropZone id="spec-file" label=t(D::ChooseFile) hint=t(D::DropHint)
            accept=".docx,.docm,.odt,.pdf,.txt,.md,.markdown,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text"
            multiple=false cap=MAX_DOCUMENT_BYTES picked=picked />
        </div>
        <div aria-live="polite">
            {move || match reading.get() {
                Reading::Idle => ().into_any(),
                Reading::Busy(name) => view! { <p class="status">{tf(D::Reading, &[("name", &name)])}</p> }.into_any(),
                Reading::Failed { name, message } => view! {
                    <p class="field-error" role="alert"><strong>{name}</strong>": "{message}</p>
                }.into_any(),
            }}
        </div>
    }
}

/// Reads a picked file into a document with its source recorded: name, size, SHA-256, when.
async fn open_file(file: PickedFile) -> Result<OpenedDocument, ReadError> {
    let bytes = match file.content {
        Content::Bytes(bytes) => bytes,
        Content::TooLarge(bytes) => return Err(ReadError::TooLarge { bytes, limit: MAX_DOCUMENT_BYTES }),
        Content::Unreadable => return Err(ReadError::Unsupported(Unsupported::BrowserCouldNotRead)),
    };
    let extracted = read_bytes(&file.name, &bytes).await?;
    let source = SourceFile {
        name: file.name,
        size: bytes.len() as u64,
        sha256: format!("sha256:{}", digest::sha256_hex(&bytes).await),
        opened_at: clock::now(),
    };
    Ok(opened(extracted, Some(source)))
}

/// PDFs go to pdf.js, everything else to the reader's worker; both are fetched on first use.
async fn read_bytes(name: &str, bytes: &[u8]) -> Result<Extracted, ReadError> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(ReadError::TooLarge { bytes: bytes.len(), limit: MAX_DOCUMENT_BYTES });
    }
    let extracted = if document::is_pdf(name, bytes) {
        crate::browser::pdf::read_pdf(bytes).await?
    } else {
        crate::browser::reader::read_document(name, bytes).await?
    };
    document::non_empty(extracted)
}

/// A read document and its warnings, worded.
pub fn opened(extracted: Extracted, source: Option<SourceFile>) -> OpenedDocument {
    let warnings = extracted.warnings.iter().map(ToString::to_string).collect();
    OpenedDocument { document: into_document(extracted, source), warnings }
}

/// "Housing support specification v0.3" from "Housing_support_specification v0.3.docx".
fn title_from_file_name(name: &str) -> String {
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    stem.replace('_', " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What was read: the outline with the clauses under each heading, what was left out, warnings,
/// and every clause with its label, so the user can check before creating the assessment.
#[component]
pub fn DocumentPreview(
    #[prop(into)] opened: Signal<Option<OpenedDocument>>,
    /// The heading's id, so a page can move focus to it once a file is read.
    heading_id: &'static str,
) -> impl IntoView {
    // Read once: the whole of localStorage is read to add it up, and pasted text redraws the
    // preview on every keystroke.
    let used = StoredValue::new(crate::browser::storage::used_units());
    view! {
        {move || opened.get().map(|OpenedDocument { document, warnings }| {
            let clauses = document.clauses();
            let outline = document.outline();
            let summary = summary(&document, clauses.len(), outline.len());
            view! {
                <section class="document-preview" aria-labelledby=heading_id>
                    <h2 class="h3" id=heading_id tabindex="-1">{t(D::WhatWasRead)}</h2>
                    <p>{summary}</p>
                    <StorageRoom document=document.clone() used=used.get_value() />
                    {(!warnings.is_empty()).then(|| view! {
                        <ul class="document-preview__warnings">
                            {warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}
                        </ul>
                    })}
                    {(!outline.is_empty()).then(|| view! {
                        <h3 class="h4">{t(D::Outline)}</h3>
                        <ul class="outline" tabindex="0" aria-label=t(D::Outline)>
                            {outline.into_iter().map(|entry| {
                                let heading = if entry.label.is_empty() { entry.text } else { format!("{} {}", entry.label, entry.text) };
                                view! {
                                    <li class=format!("outline__item outline__item--{}", entry.level.min(4))>
                                        {heading}<span class="muted">{format!(" ({})", clause_count(entry.clauses))}</span>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    })}
                    <h3 class="h4">{t(D::Clauses)}</h3>
                    <ol class="clauses clauses--labelled" tabindex="0" aria-label=t(D::ClausesLabelled)>
                        {clauses.into_iter().map(|c| view! {
                            <li><span class="clause-label">{crate::i18n::words::citation(&c.label, c.page)}</span>" "{c.text}</li>
                        }).collect_view()}
                    </ol>
                </section>
            }
        })}
    }
}

/// What most browsers keep for one site in localStorage: 5 MiB of UTF-16 code units.
const STORAGE_UNITS: u64 = 5 * 1024 * 1024;

/// How much room the document takes in this browser's storage, and how much is left: a 60-page
/// specification is about 150 KB, and the storage holds about 5 MB for everything.
#[component]
fn StorageRoom(document: Document, used: Option<u64>) -> impl IntoView {
    let Ok((key, stored)) = crate::format::store::document_entry(&document) else { return ().into_any() };
    let Some(used) = used else { return ().into_any() };
    if crate::browser::storage::has_key(&key) {
        return view! {
            <p>{t(D::StoredAlready)}</p>
        }
        .into_any();
    }
    let needed = stored.len() as u64;
    let free = STORAGE_UNITS.saturating_sub(used);
    let room = tf(D::Room, &[("needed", &size(needed)), ("free", &size(free))]);
    let warning = if needed > free {
        Some(t(D::NoRoom))
    } else if used + needed > STORAGE_UNITS / 10 * 9 {
        Some(t(D::LittleRoom))
    } else {
        None
    };
    view! {
        <p>{room}</p>
        {warning.map(|w| view! { <p class="notice notice--warning">{w}</p> })}
    }
    .into_any()
}

fn clause_count(n: usize) -> String {
    tn(DocumentCount::ClauseCount, n as u64)
}

fn summary(document: &Document, clauses: usize, headings: usize) -> String {
    let mut parts = Vec::new();
    if let Some(source) = &document.source {
        parts.push(tf(D::Source, &[("name", &source.name), ("size", &size(source.size))]));
    }
    let clauses = clause_count(clauses);
    parts.push(match headings {
        0 => tf(D::NoHeadings, &[("clauses", &clauses)]),
        h => tnf(DocumentCount::UnderHeadings, h as u64, &[("clauses", &clauses)]),
    });
    if document.dropped_lines > 0 {
        parts.push(tn(DocumentCount::DroppedLines, document.dropped_lines as u64));
    }
    parts.join(" ")
}

fn size(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        let tenths = bytes * 10 / (1024 * 1024);
        tf(D::Megabytes, &[("size", &format!("{}.{}", tenths / 10, tenths % 10))])
    } else {
        tf(D::Kilobytes, &[("size", &bytes.div_ceil(1024).to_string())])
    }
}
