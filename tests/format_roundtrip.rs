//! Export then import, for each kind of file, with the data Spec Lens ships; the library backup
//! the storage banner downloads; and the helpers the UI uses to decide replace or keep both.

#[path = "support/common.rs"]
mod common;

use common::{at, framework, worked_example};
use spec_lens::domain::Assessment;
use spec_lens::format::envelope::*;
use spec_lens::format::import::*;

fn recorded_hash(text: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(text).expect("export is JSON");
    value["content_hash"].as_str().expect("export has a content hash").to_string()
}

#[test]
fn the_worked_example_exports_and_imports_back_unchanged() {
    let now = at("2026-11-27T12:00:00Z");
    let text = export_assessment(&worked_example(), &framework(), now);
    let imported = import(text.as_bytes(), Some(Kind::Assessment)).expect("opens");
    assert!(imported.report().is_empty(), "{:#?}", imported.report());
    let file = imported.file();
    assert_eq!(file.version, FILE_VERSION);
    assert_eq!(file.app.as_deref(), Some(APP_VERSION));
    assert_eq!(file.exported_at, Some(now));
    assert_eq!(file.content_hash_matches, Some(true));
    let Imported::Assessment { payload, .. } = imported else { panic!("assessment") };
    assert_eq!(payload.assessment, worked_example());
    assert_eq!(payload.framework, framework());
    assert_eq!(content_hash(&*payload), recorded_hash(&text));
}

#[test]
fn the_built_in_framework_exports_and_imports_back_unchanged() {
    let text = export_framework(&framework(), at("2026-11-27T12:00:00Z"));
    let imported = import(text.as_bytes(), Some(Kind::Framework)).expect("opens");
    assert!(imported.report().is_empty(), "{:#?}", imported.report());
    let Imported::Framework { payload, .. } = imported else { panic!("framework") };
    assert_eq!(payload.framework, framework());
    assert_eq!(content_hash(&*payload), recorded_hash(&text));
}

#[test]
fn the_library_backup_imports_back_through_import() {
    let mut second = worked_example();
    second.id = "second".into();
    second.specification.title = "A second assessment".into();
    second.responses.clear();
    let assessments = vec![worked_example(), second];
    // As the page makes it: the file, then its hash (the browser's SHA-256, which gives what this does).
    let file = library_unhashed(&assessments, &[framework()], at("2026-11-27T12:00:00Z"));
    let hash = spec_lens::domain::sha256_hex(file.canonical().as_bytes());
    let text = file.finish(&hash);
    let imported = import(text.as_bytes(), Some(Kind::Library)).expect("opens");
    assert!(imported.report().is_empty(), "{:#?}", imported.report());
    let Imported::Library { payload, .. } = imported else { panic!("library") };
    assert_eq!(payload.assessments, assessments);
    assert_eq!(payload.frameworks, vec![framework()]);
    assert_eq!(content_hash(&payload), recorded_hash(&text));
    // The same bytes as exporting through export_library.
    assert_eq!(text, export_library(&assessments, &[framework()], at("2026-11-27T12:00:00Z")));
}

#[test]
fn an_empty_library_backup_imports_back() {
    let text = export_library(&[], &[], at("2026-11-27T12:00:00Z"));
    let imported = import(text.as_bytes(), None).expect("opens");
    assert_eq!(imported.kind(), Kind::Library);
    assert!(imported.assessments().is_empty() && imported.report().is_empty());
}

#[test]
fn exports_are_pretty_json_with_the_envelope_first() {
    let text = export_framework(&framework(), at("2026-11-27T12:00:00Z"));
    assert!(
        text.starts_with("{\n  \"format\": \"spec-lens\",\n  \"kind\": \"framework\",\n  \"version\": 4,\n")
    );
    assert_eq!(
        file_name("Accommodation: 2026/27", at("2026-11-27T12:00:00Z")),
        "accommodation-2026-27-2026-11-27.speclens.json"
    );
}

#[test]
fn the_same_work_exported_twice_hashes_the_same() {
    let a = export_assessment(&worked_example(), &framework(), at("2026-11-27T12:00:00Z"));
    let b = export_assessment(&worked_example(), &framework(), at("2027-01-01T00:00:00Z"));
    assert_ne!(a, b);
    assert_eq!(recorded_hash(&a), recorded_hash(&b));
}

#[test]
fn conflicts_name_the_assessments_that_already_exist() {
    let mut second = worked_example();
    second.id = "second".into();
    let text = export_library(&[worked_example(), second], &[framework()], at("2026-11-27T12:00:00Z"));
    let imported = import(text.as_bytes(), None).expect("opens");
    let existing = vec!["second".to_string(), "unrelated".to_string()];
    assert_eq!(conflicts(&existing, &imported), ["second"]);
    assert!(conflicts(&[], &imported).is_empty());
    let framework_file =
        import(export_framework(&framework(), at("2026-11-27T12:00:00Z")).as_bytes(), None).expect("opens");
    assert!(conflicts(&existing, &framework_file).is_empty());
}

#[test]
fn keep_both_gives_a_free_id() {
    let taken: Vec<String> = ["a", "a-copy", "a-copy-2", "b"].map(String::from).to_vec();
    assert_eq!(keep_both_id("a", &taken), "a-copy-3");
    assert_eq!(keep_both_id("b", &taken), "b-copy");
    assert_eq!(keep_both_id("c", &taken), "c-copy");
}

#[test]
fn framework_conflicts_are_same_id_and_version_with_different_rules() {
    let now = at("2026-11-27T12:00:00Z");
    let same = import(export_framework(&framework(), now).as_bytes(), None).expect("opens");
    assert!(framework_conflicts(&[framework()], &same).is_empty(), "an identical framework is no conflict");
    let mut changed = framework();
    changed.sections[0].weight += 1.0;
    let changed = import(export_framework(&changed, now).as_bytes(), None).expect("opens");
    assert_eq!(
        framework_conflicts(&[framework()], &changed),
        [("inclusive-needs-assessment".to_string(), "1.1".to_string())]
    );
    let mut renamed = framework();
    renamed.version = "1.2".into();
    renamed.sections[0].weight += 1.0;
    let renamed = import(export_framework(&renamed, now).as_bytes(), None).expect("opens");
    assert!(framework_conflicts(&[framework()], &renamed).is_empty(), "a new version is new");
}

#[test]
fn kinds_name_themselves() {
    for kind in Kind::ALL {
        assert_eq!(Kind::from_name(kind.name()), Some(kind));
        assert_eq!(serde_json::to_value(kind).expect("json"), serde_json::Value::from(kind.name()));
        assert_eq!(kind.to_string(), kind.name());
    }
    assert_eq!(Kind::from_name("Assessment"), None);
}

#[test]
fn json_goes_through_value_with_sorted_keys_and_reads_back() {
    use spec_lens::domain::json::{from_json, to_json, to_json_pretty};
    let assessment = worked_example();
    let compact = to_json(&assessment).unwrap();
    assert!(compact.starts_with("{\"assessor\":"), "keys are sorted: {}", &compact[..40]);
    assert_eq!(from_json::<Assessment>(&compact).unwrap(), assessment);
    assert_eq!(from_json::<Assessment>(&to_json_pretty(&assessment).unwrap()).unwrap(), assessment);
    assert!(from_json::<Assessment>("{\"id\": 3}").is_err());
}
