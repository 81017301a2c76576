//! What every fuzz target checks, shared by the cargo-fuzz targets (`fuzz/fuzz_targets/`) and by
//! the native test that replays each crash found so far (`tests/fuzz_regressions.rs`). Each
//! function takes any bytes: it must never panic (a panic aborts the page in release), and what a
//! reader accepts must survive its own writer.

use spec_lens::domain::builtin::builtin_frameworks;
use spec_lens::domain::Framework;
use spec_lens::format::criteria_csv::{criteria_csv, import_criteria_csv};
use spec_lens::format::document::{into_document, read};
use spec_lens::format::envelope::{export_assessment, export_framework, export_library};
use spec_lens::format::import::{import, Imported};
use spec_lens::format::share::{payload_json, read_payload};
use spec_lens::format::store::{decide_load, decode_index, encode_assessment, LoadDecision};

/// A check: any bytes in, a panic for a bug.
pub type Check = fn(&[u8]);

/// The fuzz targets by name, as `make fuzz` and the regression folders call them.
pub const TARGETS: [(&str, Check); 5] = [
    ("import", import_file),
    ("share", share_link),
    ("criteria_csv", criteria_spreadsheet),
    ("stored", stored_entry),
    ("document", document),
];

/// Parsed once: reading the built-in frameworks for every input would be most of the work.
fn builtin() -> &'static [Framework] {
    static BUILTIN: std::sync::LazyLock<Vec<Framework>> = std::sync::LazyLock::new(|| {
        builtin_frameworks().map(|all| all.into_iter().map(|(f, _)| f).collect()).unwrap_or_default()
    });
    &BUILTIN
}

/// A file: whatever is accepted imports again from its own export, giving the same documents.
pub fn import_file(data: &[u8]) {
    let Ok(imported) = import(data, None) else { return };
    let now = imported.file().exported_at.unwrap_or_default();
    let text = match &imported {
        Imported::Assessment { payload, .. } => {
            export_assessment(&payload.assessment, &payload.framework, now)
        }
        Imported::Library { payload, .. } => export_library(&payload.assessments, &payload.frameworks, now),
        Imported::Framework { payload, .. } => export_framework(&payload.framework, now),
    };
    let again = import(text.as_bytes(), Some(imported.kind()))
        .unwrap_or_else(|e| panic!("an accepted file's own export was refused: {e}"));
    assert_eq!(again.assessments(), imported.assessments());
    assert_eq!(again.frameworks(), imported.frameworks());
}

/// A share link's inflated JSON: whatever is accepted makes a link that reads back the same.
pub fn share_link(data: &[u8]) {
    let builtin = builtin();
    let Ok(shared) = read_payload(data, builtin) else { return };
    let json = payload_json(&shared.assessment, &shared.framework, builtin);
    let again = read_payload(json.as_bytes(), builtin)
        .unwrap_or_else(|e| panic!("an accepted link's own payload was refused: {e}"));
    assert_eq!(again.assessment, shared.assessment);
    assert_eq!(again.framework, shared.framework);
}

/// A criteria spreadsheet: what is accepted exports to a spreadsheet that imports the same.
pub fn criteria_spreadsheet(data: &[u8]) {
    let Ok(sections) = import_criteria_csv(data) else { return };
    let Some(mut framework) = builtin().last().cloned() else { return };
    framework.sections = sections;
    let again = import_criteria_csv(criteria_csv(&framework).as_bytes())
        .unwrap_or_else(|e| panic!("an accepted spreadsheet's own export was refused: {e:?}"));
    assert_eq!(again, framework.sections);
}

/// A stored entry, as localStorage may hold it after another version or a damaged write: an
/// assessment that loads stores and loads again the same; an index reads or is refused.
pub fn stored_entry(data: &[u8]) {
    let Ok(raw) = std::str::from_utf8(data) else { return };
    let _ = decode_index(raw);
    if let LoadDecision::Loaded(assessment) = decide_load("spec-lens:v1:assessment:fuzz", raw, &|_| None) {
        let encoded =
            encode_assessment(&assessment).unwrap_or_else(|e| panic!("a loaded entry did not store: {e}"));
        let documents =
            |key: &str| encoded.document.as_ref().filter(|(k, _)| k == key).map(|(_, v)| v.clone());
        match decide_load("spec-lens:v1:assessment:fuzz", &encoded.entry, &documents) {
            LoadDecision::Loaded(again) => assert_eq!(again, assessment),
            _ => panic!("a stored entry written by this version did not load"),
        }
    }
}

/// A document (Word, OpenDocument, text, Markdown), the first byte choosing the name: its clause
/// ids run 1, 2, 3… (evidence cites them).
pub fn document(data: &[u8]) {
    const NAMES: [&str; 5] = ["spec.docx", "spec.odt", "spec.txt", "spec.md", "spec.docm"];
    let Some((&pick, bytes)) = data.split_first() else { return };
    let Ok(extracted) = read(NAMES[usize::from(pick) % NAMES.len()], bytes) else { return };
    let document = into_document(extracted, None);
    let ids: Vec<u32> = document.clauses().iter().map(|c| c.id).collect();
    assert!(ids.iter().enumerate().all(|(i, id)| *id as usize == i + 1), "clause ids are 1..N");
}
