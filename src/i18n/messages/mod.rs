//! The catalogue's areas, one file each. A new area is declared in its file with `messages!` or
//! `plurals!` and listed in `areas()` below, so the Welsh file and the checks include it.

pub mod about;
pub mod charts;
pub mod cited;
pub mod compare;
pub mod comparison_report;
pub mod dates;
pub mod document_errors;
pub mod document_pane;
pub mod exports;
pub mod findings;
pub mod framework_editor;
pub mod frameworks;
pub mod import;
pub mod import_notes;
pub mod library;
pub mod merge;
pub mod moderation;
pub mod new_assessment;
pub mod open_document;
pub mod presenter;
pub mod projector;
pub mod refusals;
pub mod report;
pub mod rescore;
pub mod results;
pub mod scoring;
pub mod share;
pub mod shell;
pub mod storage;
pub mod storage_errors;
pub mod validation;
pub mod workshop;

/// One message of an area, as the native checks and the Welsh file's writer see it.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Debug)]
pub struct Entry {
    pub key: &'static str,
    pub english: Vec<&'static str>,
    pub welsh: Vec<&'static str>,
    pub counted: bool,
}

#[cfg(not(target_arch = "wasm32"))]
impl Entry {
    pub fn plain(key: &'static str, english: &'static str, welsh: &'static str) -> Entry {
        Entry { key, english: vec![english], welsh: vec![welsh], counted: false }
    }

    pub fn plural(key: &'static str, english: &[&'static str], welsh: &[&'static str]) -> Entry {
        Entry { key, english: english.to_vec(), welsh: welsh.to_vec(), counted: true }
    }
}

/// Every area with its messages. The order is the Welsh file's (areas are sorted there anyway).
#[cfg(not(target_arch = "wasm32"))]
pub fn areas() -> Vec<(&'static str, Vec<Entry>)> {
    use super::{Messages, Plurals};
    vec![
        (about::About::AREA, about::About::entries()),
        (charts::Charts::AREA, charts::Charts::entries()),
        (cited::Cited::AREA, cited::Cited::entries()),
        (cited::Mentions::AREA, cited::Mentions::entries()),
        (compare::Compare::AREA, compare::Compare::entries()),
        (dates::Month::AREA, dates::Month::entries()),
        (dates::ShortMonth::AREA, dates::ShortMonth::entries()),
        (document_pane::Counted::AREA, document_pane::Counted::entries()),
        (document_pane::DocumentPane::AREA, document_pane::DocumentPane::entries()),
        (exports::Exports::AREA, exports::Exports::entries()),
        (import::Import::AREA, import::Import::entries()),
        (import::ImportCount::AREA, import::ImportCount::entries()),
        (library::Library::AREA, library::Library::entries()),
        (library::LibraryCount::AREA, library::LibraryCount::entries()),
        (moderation::Moderation::AREA, moderation::Moderation::entries()),
        (new_assessment::NewAssessment::AREA, new_assessment::NewAssessment::entries()),
        (open_document::DocumentCount::AREA, open_document::DocumentCount::entries()),
        (open_document::OpenDocument::AREA, open_document::OpenDocument::entries()),
        (presenter::Presenter::AREA, presenter::Presenter::entries()),
        (projector::Projector::AREA, projector::Projector::entries()),
        (rescore::Rescore::AREA, rescore::Rescore::entries()),
        (results::Counted::AREA, results::Counted::entries()),
        (results::Results::AREA, results::Results::entries()),
        (scoring::Scoring::AREA, scoring::Scoring::entries()),
        (scoring::Shortcuts::AREA, scoring::Shortcuts::entries()),
        (share::Share::AREA, share::Share::entries()),
        (share::ShareCount::AREA, share::ShareCount::entries()),
        (framework_editor::Editor::AREA, framework_editor::Editor::entries()),
        (framework_editor::Item::AREA, framework_editor::Item::entries()),
        (
            <framework_editor::EditorCounted as super::Plurals>::AREA,
            framework_editor::EditorCounted::entries(),
        ),
        (frameworks::Frameworks::AREA, frameworks::Frameworks::entries()),
        (<frameworks::FrameworksCounted as super::Plurals>::AREA, frameworks::FrameworksCounted::entries()),
        (shell::Shell::AREA, shell::Shell::entries()),
        (shell::PageTitle::AREA, shell::PageTitle::entries()),
        (storage::Storage::AREA, storage::Storage::entries()),
        (workshop::Perspective::AREA, workshop::Perspective::entries()),
        (workshop::Workshop::AREA, workshop::Workshop::entries()),
        (merge::Merge::AREA, merge::Merge::entries()),
        (merge::MergeCounted::AREA, merge::MergeCounted::entries()),
        (merge::WorkshopStore::AREA, merge::WorkshopStore::entries()),
        (findings::Labels::AREA, findings::Labels::entries()),
        (findings::Findings::AREA, findings::Findings::entries()),
        (<findings::FindingsCounted as super::Plurals>::AREA, findings::FindingsCounted::entries()),
        (report::Report::AREA, report::Report::entries()),
        (report::ReportCounted::AREA, report::ReportCounted::entries()),
        (comparison_report::ComparisonReport::AREA, comparison_report::ComparisonReport::entries()),
        (comparison_report::ComparisonCounted::AREA, comparison_report::ComparisonCounted::entries()),
        (refusals::Refusals::AREA, refusals::Refusals::entries()),
        (refusals::ShareRefusals::AREA, refusals::ShareRefusals::entries()),
        (refusals::CsvRefusals::AREA, refusals::CsvRefusals::entries()),
        (validation::Validation::AREA, validation::Validation::entries()),
        (validation::ValidationCounted::AREA, validation::ValidationCounted::entries()),
        (validation::Place::AREA, validation::Place::entries()),
        (validation::Field::AREA, validation::Field::entries()),
        (storage_errors::StorageErrors::AREA, storage_errors::StorageErrors::entries()),
        (storage_errors::StorageCounted::AREA, storage_errors::StorageCounted::entries()),
        (document_errors::DocumentErrors::AREA, document_errors::DocumentErrors::entries()),
        (document_errors::DocumentWarnings::AREA, document_errors::DocumentWarnings::entries()),
        (import_notes::ImportNotes::AREA, import_notes::ImportNotes::entries()),
        (import_notes::ImportNotesCounted::AREA, import_notes::ImportNotesCounted::entries()),
    ]
}

/// The Welsh file the page fetches (`public/i18n/cy.json`): areas and keys sorted, one message a
/// line, so a correction is a one-line change in review.
#[cfg(not(target_arch = "wasm32"))]
pub fn welsh_catalogue_json() -> String {
    let mut areas = areas();
    areas.sort_by_key(|(name, _)| *name);
    let mut out = String::from("{\n");
    for (a, (area, entries)) in areas.iter().enumerate() {
        let mut entries = entries.clone();
        entries.sort_by_key(|e| e.key);
        out.push_str(&format!("  {}: {{\n", json_string(area)));
        for (i, entry) in entries.iter().enumerate() {
            let value = if entry.counted {
                let forms: Vec<String> = entry.welsh.iter().map(|f| json_string(f)).collect();
                format!("[{}]", forms.join(", "))
            } else {
                json_string(entry.welsh[0])
            };
            let comma = if i + 1 < entries.len() { "," } else { "" };
            out.push_str(&format!("    {}: {value}{comma}\n", json_string(entry.key)));
        }
        out.push_str(if a + 1 < areas.len() { "  },\n" } else { "  }\n" });
    }
    out.push_str("}\n");
    out
}

#[cfg(not(target_arch = "wasm32"))]
fn json_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}
