//! The importer against every fixture in tests/fixtures/ (one per historical file format, and the
//! hostile ones), and against hostile inputs too big to commit, generated here: over the size cap,
//! 4 MB strings, nesting 10,000 deep. Each asserts the exact error variant or the report.

#[path = "support/fixture_file.rs"]
mod fixture_file;

use std::path::Path;
use std::time::{Duration, Instant};

use spec_lens::domain::{framework_hash, rules_hash, Answer, Assessment};
use spec_lens::format::envelope::{content_hash, Kind, FILE_VERSION};
use spec_lens::format::import::*;
use spec_lens::format::migrate::UNCHANGED_SINCE;
use spec_lens::format::normalise::{no_reason_given, MAX_REPORT_LINES};

/// The reason saved for a Not applicable answer a file gave none, in English (the language these
/// tests read in); a Welsh reader's is Welsh (tests/import_notes_welsh.rs).
const NO_REASON_GIVEN: &str = "(no reason given in the imported file)";

#[test]
fn the_reason_saved_for_a_not_applicable_answer_without_one_is_in_the_readers_language() {
    assert_eq!(no_reason_given(), NO_REASON_GIVEN);
}

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()))
}

fn fixture_text(name: &str) -> String {
    String::from_utf8(fixture(name)).unwrap_or_else(|e| panic!("fixture {name} is UTF-8: {e}"))
}

fn open(name: &str, expected: Option<Kind>) -> Imported {
    import(&fixture(name), expected).unwrap_or_else(|e| panic!("{name} should open: {e}"))
}

fn refused(bytes: &[u8], expected: Option<Kind>) -> ImportError {
    match import(bytes, expected) {
        Ok(imported) => {
            panic!("should be refused, opened as {:?} with report {:?}", imported.kind(), imported.report())
        }
        Err(e) => e,
    }
}

fn assessment_of(imported: &Imported) -> &Assessment {
    match imported {
        Imported::Assessment { payload, .. } => &payload.assessment,
        other => panic!("expected an assessment, got {:?}", other.kind()),
    }
}

/// The recorded content hash of a fixture, read straight from its JSON.
fn recorded_hash(name: &str) -> String {
    let value: serde_json::Value = serde_json::from_slice(&fixture(name)).expect("fixture is JSON");
    value["content_hash"].as_str().expect("fixture has a content hash").to_string()
}

fn assert_report_has(imported: &Imported, needle: &str) {
    assert!(
        imported.report().iter().any(|line| line.contains(needle)),
        "report should mention {needle:?}: {:#?}",
        imported.report()
    );
}

/// Runs `f` on a thread with a 1 MiB stack, the size of the wasm32 stack the page runs on, so a
/// recursion that only a bigger native stack survives fails here.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(1024 * 1024)
        .spawn(f)
        .expect("thread starts")
        .join()
        .expect("no stack overflow or panic")
}

// ---------------------------------------------------------------------------------------------
// One fixture per file format version, which must keep opening
// ---------------------------------------------------------------------------------------------

#[test]
fn every_version_has_a_fixture_and_every_versioned_fixture_opens_cleanly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut versions = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(&dir).expect("fixtures folder") {
        let name = entry.expect("entry").file_name().to_string_lossy().to_string();
        let Some(rest) = name.strip_prefix('v') else { continue };
        let Some((version, _)) = rest.split_once('-') else { continue };
        let version: u32 = version.parse().expect("v<N>- fixtures are named by version");
        let imported = open(&name, None);
        assert_eq!(imported.file().version, version, "{name}");
        let expected_notes = usize::from(version < UNCHANGED_SINCE); // "converted from format N"
        assert_eq!(imported.report().len(), expected_notes, "{name}: {:#?}", imported.report());
        versions.insert(version);
    }
    assert_eq!(versions, (0..=FILE_VERSION).collect(), "one fixture per file format version");
}

#[test]
fn v1_assessment_opens_unchanged_with_a_matching_hash() {
    let imported = open("v1-assessment.speclens.json", Some(Kind::Assessment));
    assert!(imported.report().is_empty(), "{:#?}", imported.report());
    let file = imported.file();
    assert_eq!(file.version, 1);
    assert_eq!(file.app.as_deref(), Some("0.1.0"));
    assert_eq!(file.exported_at.map(|t| t.to_rfc3339()), Some("2026-11-27T10:00:00+00:00".into()));
    assert_eq!(file.content_hash_matches, Some(true));
    let Imported::Assessment { payload, .. } = &imported else { panic!("assessment") };
    // Unchanged but for the reference, renewed from the framework hash to the rules hash.
    let mut as_written = (**payload).clone();
    as_written.assessment.framework.rules_hash = framework_hash(&payload.framework);
    assert_eq!(content_hash(&as_written), recorded_hash("v1-assessment.speclens.json"));
    assert_eq!(payload.assessment.id, "fixture-assessment-1");
    assert_eq!(payload.assessment.revision, 4);
    assert_eq!(payload.assessment.framework.rules_hash, rules_hash(&payload.framework));
    assert_eq!(payload.assessment.responses["data-sources"].answer, Answer::Level { level: 3 });
    assert_eq!(payload.assessment.responses["data-sources"].evidence[0].clause, Some(2));
    assert_eq!(payload.framework.criterion_count(), 3);
    assert_eq!(payload.framework.sections[1].criteria[0].sources[0].year, None);
}

/// Format 4 (critical caps and timescale criteria came in format 3): the thin specification of
/// tests/fixtures/framework-1.1 under the built-in 1.1. Written from those with
/// `UPDATE_FIXTURES=1 cargo test --test format_import`; checked against them otherwise. The format-3
/// file this test wrote before is kept as `v3-assessment.speclens.json`, and also in
/// tests/fixtures/legacy-hash (see tests/rules_hash_split.rs).
#[test]
fn v4_assessment_keeps_its_frameworks_critical_caps_and_timescale_criteria() {
    let name = "v4-assessment.speclens.json";
    let framework = spec_lens::domain::builtin::builtin_framework().expect("built-in");
    let mut assessment: Assessment =
        serde_json::from_str(&fixture_text("framework-1.1/thin-specification.json")).expect("thin fixture");
    assessment.framework.rules_hash = rules_hash(&framework);
    let at = chrono::DateTime::parse_from_rfc3339("2026-12-05T12:00:00Z").unwrap().to_utc();
    let text = spec_lens::format::envelope::export_assessment(&assessment, &framework, at);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    fixture_file::keep_current(&path, &text, "format_import");

    let imported = open(name, Some(Kind::Assessment));
    assert!(imported.report().is_empty(), "{:#?}", imported.report());
    assert_eq!(imported.file().version, 4);
    assert_eq!(imported.file().language, "en");
    assert_eq!(imported.file().content_hash_matches, Some(true));
    let Imported::Assessment { payload, .. } = &imported else { panic!("assessment") };
    assert_eq!(payload.framework.critical_caps.inadequate_from, Some(2));
    let criteria = &payload.framework.timescale_rules.criteria;
    assert_eq!(criteria.consultation_window.as_deref(), Some("process-consultation"));
    assert!(payload.framework.criteria().all(|(_, c)| !c.search_terms.is_empty()));
    let r = spec_lens::domain::results(&payload.framework, &payload.assessment.responses);
    assert_eq!(r.cap.map(|c| c.band), Some(spec_lens::domain::Band::Inadequate));
}

#[test]
fn v2_assessment_keeps_its_document_labels_pages_and_source() {
    let imported = open("v2-assessment.speclens.json", Some(Kind::Assessment));
    assert!(imported.report().is_empty(), "{:#?}", imported.report());
    assert_eq!(imported.file().content_hash_matches, Some(true));
    let Imported::Assessment { payload, .. } = &imported else { panic!("assessment") };
    let spec = &payload.assessment.specification;
    let source = spec.document.as_ref().and_then(|d| d.source.as_ref()).expect("source file");
    assert_eq!(source.name, "Housing support specification v0.3.docx");
    assert_eq!(source.size, 48213);
    let cited: Vec<String> =
        spec.clauses().iter().map(|c| spec_lens::i18n::words::citation(&c.label, c.page)).collect();
    assert_eq!(cited, ["1.1 (p. 1)", "2.1 (p. 1)", "a) (p. 2)", "Annex B, 3. (p. 3)"]);
    let evidence = &payload.assessment.responses["data-sources"].evidence;
    let citations = spec.citations();
    let shown: Vec<String> = evidence
        .iter()
        .filter_map(|e| e.clause)
        .map(|id| spec_lens::i18n::words::evidence_clause(&citations, id))
        .collect();
    assert_eq!(shown, ["Clause 2.1 (p. 1)", "Clause a) (p. 2)"]);
}

#[test]
fn v2_evidence_citing_a_clause_id_the_document_lacks_is_dropped() {
    let text = String::from_utf8(fixture("v2-assessment.speclens.json")).expect("utf-8");
    let edited = text.replacen("\"clause\": 3", "\"clause\": 9", 1);
    assert_ne!(edited, text, "the fixture cites clause 3");
    let imported = import(edited.as_bytes(), Some(Kind::Assessment)).expect("imports");
    assert!(
        imported
            .report()
            .iter()
            .any(|n| n.contains("cited clause 9, which the specification (with 4 clauses)")),
        "{:#?}",
        imported.report()
    );
}

#[test]
fn a_document_giving_two_clauses_one_id_keeps_the_first() {
    let text = String::from_utf8(fixture("v2-assessment.speclens.json")).expect("utf-8");
    let edited = text.replacen("\"id\": 4,", "\"id\": 3,", 1);
    assert_ne!(edited, text, "the fixture has clause 4");
    let imported = import(edited.as_bytes(), Some(Kind::Assessment)).expect("imports");
    assert!(
        imported.report().iter().any(|n| n.contains("gave 1 clause an id another clause already had")),
        "{:#?}",
        imported.report()
    );
    let Imported::Assessment { payload, .. } = &imported else { panic!("assessment") };
    let texts: Vec<String> = payload.assessment.specification.clauses().into_iter().map(|c| c.text).collect();
    assert_eq!(texts.len(), 3);
    assert_eq!(texts[2], "Women-only sessions are offered.");
}

#[test]
fn v1_library_opens_with_both_assessments_and_the_framework() {
    let imported = open("v1-library.speclens.json", Some(Kind::Library));
    assert!(imported.report().is_empty(), "{:#?}", imported.report());
    let Imported::Library { payload, file, .. } = &imported else { panic!("library") };
    assert_eq!(file.content_hash_matches, Some(true));
    let mut as_written = payload.clone();
    for assessment in &mut as_written.assessments {
        assert_eq!(assessment.framework.rules_hash, rules_hash(&payload.frameworks[0]));
        assessment.framework.rules_hash = framework_hash(&payload.frameworks[0]);
    }
    assert_eq!(content_hash(&as_written), recorded_hash("v1-library.speclens.json"));
    let ids: Vec<&str> = payload.assessments.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["fixture-assessment-1", "fixture-assessment-2"]);
    assert_eq!(payload.frameworks.len(), 1);
}

#[test]
fn v1_framework_opens() {
    let imported = open("v1-framework.speclens.json", Some(Kind::Framework));
    assert!(imported.report().is_empty(), "{:#?}", imported.report());
    let Imported::Framework { payload, .. } = &imported else { panic!("framework") };
    assert_eq!(content_hash(&**payload), recorded_hash("v1-framework.speclens.json"));
    assert_eq!(payload.framework.id, "fixture-framework");
    assert_eq!(payload.framework.timescale_rules.min_consultation_weeks, Some(8));
}

#[test]
fn v0_assessment_migrates_to_the_same_document_as_its_v1_export() {
    let v0 = open("v0-assessment.speclens.json", Some(Kind::Assessment));
    let v1 = open("v1-assessment.speclens.json", Some(Kind::Assessment));
    assert_eq!(
        v0.report(),
        ["This file was saved in file format 0 by an earlier version of Spec Lens; it was converted to the \
          current format (4)."]
    );
    assert_eq!(v0.file().version, 0);
    assert_eq!(v0.file().app, None);
    assert_eq!(v0.file().content_hash_matches, None, "format 0 wrote no content hash");
    let (Imported::Assessment { payload: old, .. }, Imported::Assessment { payload: new, .. }) = (&v0, &v1)
    else {
        panic!("assessments")
    };
    assert_eq!(old, new);
}

#[test]
fn v0_library_and_framework_files_migrate_too() {
    let library = r#"{"format":"spec-lens","kind":"library","version":0,"exported_at":"2025-01-01T00:00:00Z",
      "payload":{"frameworks":[], "assessments":[{"id":"a","specification":{"title":"T","text":"1. One clause."},
        "framework":{"id":"f","version":"1","rules_hash":""},
        "created_at":"2025-01-01T00:00:00Z","updated_at":"2025-01-01T00:00:00Z",
        "responses":{"c1":{"level":9},"c2":{"na":""},"c3":{"insufficient":true,"evidence":[{"clause":"1","quote":"q"}]}}}]}}"#;
    let imported = import(library.as_bytes(), Some(Kind::Library)).expect("opens");
    let a = imported.assessments()[0];
    assert_eq!(a.responses["c1"].answer, Answer::Level { level: 4 });
    assert_eq!(a.responses["c2"].answer, Answer::NotApplicable { reason: NO_REASON_GIVEN.into() });
    assert_eq!(a.responses["c3"].answer, Answer::InsufficientEvidence);
    assert_eq!(a.responses["c3"].evidence[0].clause, Some(1));
    assert_report_has(&imported, "file format 0");
    assert_report_has(&imported, "which this file does not include");

    let framework = fixture_text("v1-framework.speclens.json")
        .replace("\"version\": 1,", "\"version\": 0,")
        .replace("\"year\": 2019", "\"year\": \" 2019 \"")
        .replace("\"year\": null", "\"year\": \"n.d.\"");
    let imported = import(framework.as_bytes(), Some(Kind::Framework)).expect("opens");
    let Imported::Framework { payload, .. } = &imported else { panic!("framework") };
    assert_eq!(payload.framework.sections[0].criteria[0].sources[0].year, Some(2019));
    assert_eq!(payload.framework.sections[1].criteria[0].sources[0].year, None);
    let current = open("v1-framework.speclens.json", None);
    assert_eq!(current.frameworks(), imported.frameworks());
}

// ---------------------------------------------------------------------------------------------
// Hostile fixtures
// ---------------------------------------------------------------------------------------------

#[test]
fn not_json_is_refused_with_the_parser_position() {
    let e = refused(&fixture("not-json.txt"), None);
    assert_eq!(e, ImportError::NotJson("expected value at line 1 column 1".into()));
    for text in
        ["{\"format\": \"spec-lens\",", "{} trailing", "{\"a\": tru}", "{\"format\": \"\\ud800\"}", "[1,]"]
    {
        assert!(matches!(refused(text.as_bytes(), None), ImportError::NotJson(_)), "{text}");
    }
}

#[test]
fn empty_files_are_refused_as_empty() {
    assert_eq!(refused(&fixture("empty.speclens.json"), None), ImportError::Empty);
    for bytes in [&b" \n\t\r\n"[..], b"\xEF\xBB\xBF", b"\xEF\xBB\xBF  \n"] {
        assert_eq!(refused(bytes, Some(Kind::Assessment)), ImportError::Empty);
    }
}

#[test]
fn json_that_is_not_a_spec_lens_file_is_refused() {
    assert_eq!(refused(&fixture("not-spec-lens.json"), None), ImportError::NotSpecLens);
    for text in [
        "[]",
        "42",
        "\"spec-lens\"",
        "null",
        "{}",
        r#"["spec-lens", "assessment", 1]"#,
        r#"{"format": "spec-lens-store", "version": 1, "assessment": {}}"#,
        r#"{"format": ["spec-lens"], "kind": "assessment", "version": 1}"#,
        r#"{"type": "excalidraw", "kind": "assessment", "version": 1}"#,
    ] {
        assert_eq!(refused(text.as_bytes(), None), ImportError::NotSpecLens, "{text}");
    }
}

#[test]
fn a_framework_file_where_an_assessment_is_expected_is_the_wrong_kind() {
    let e = refused(&fixture("wrong-kind.speclens.json"), Some(Kind::Assessment));
    assert_eq!(e, ImportError::WrongKind { found: Kind::Framework, expected: Kind::Assessment });
    assert_eq!(
        e.to_string(),
        "This file holds a framework, but an assessment is needed here; choose a file that holds an \
         assessment, or import this one where frameworks are imported."
    );
    assert_eq!(open("wrong-kind.speclens.json", None).kind(), Kind::Framework);
    assert_eq!(
        refused(&fixture("v1-library.speclens.json"), Some(Kind::Framework)),
        ImportError::WrongKind { found: Kind::Library, expected: Kind::Framework }
    );
}

#[test]
fn a_newer_version_is_refused_naming_both_versions() {
    let e = refused(&fixture("newer-version.speclens.json"), Some(Kind::Assessment));
    assert_eq!(e, ImportError::TooNew { found: 5, supported: FILE_VERSION });
    assert_eq!(
        e.to_string(),
        "This file was saved by a newer version of Spec Lens (file format 5; this page reads up to 4). Open \
         it in the newer version, or ask the sender for an older export."
    );
    // A kind this version has never heard of, from a newer version: still "too new".
    let text = r#"{"format":"spec-lens","kind":"workshop","version":5,"payload":{}}"#;
    assert_eq!(refused(text.as_bytes(), None), ImportError::TooNew { found: 5, supported: FILE_VERSION });
    let huge = r#"{"format":"spec-lens","kind":"assessment","version":18446744073709551615}"#;
    assert_eq!(
        refused(huge.as_bytes(), None),
        ImportError::TooNew { found: u64::MAX, supported: FILE_VERSION }
    );
}

#[test]
fn a_missing_required_field_is_named_with_its_path() {
    let e = refused(&fixture("missing-fields.speclens.json"), None);
    assert!(matches!(e, ImportError::MissingField(_)), "{e:?}");
    assert_eq!(e.detail().as_deref(), Some("`weight` in payload.framework.sections[0].criteria[1]"));
    assert!(e.to_string().contains("(`weight` in payload.framework.sections[0].criteria[1])"), "{e}");
}

#[test]
fn a_wrong_type_is_named_with_its_path() {
    let e = refused(&fixture("wrong-types.speclens.json"), None);
    assert!(matches!(e, ImportError::WrongType(_)), "{e:?}");
    assert_eq!(
        e.detail().as_deref(),
        Some("invalid type: string \"high\", expected f64, at payload.framework.sections[1].weight")
    );
}

#[test]
fn duplicate_criterion_ids_in_a_framework_are_refused() {
    let e = refused(&fixture("duplicate-ids.speclens.json"), None);
    assert!(matches!(e, ImportError::DuplicateId(_)), "{e:?}");
    assert_eq!(
        e.detail().as_deref(),
        Some(
            "in the framework \"Fixture framework\", the id of criterion \"data-sources\" (section 2): another \
             criterion already has the id \"data-sources\"; give this one its own id"
        )
    );
    let sections =
        fixture_text("v1-framework.speclens.json").replace("\"id\": \"voice\"", "\"id\": \"data\"");
    let e = refused(sections.as_bytes(), None);
    assert!(matches!(e, ImportError::DuplicateId(_)), "{e:?}");
    assert_eq!(
        e.detail().as_deref(),
        Some(
            "in the framework \"Fixture framework\", the id of section \"data\": another section already has \
             the id \"data\"; give this one its own id"
        )
    );
}

#[test]
fn duplicate_assessments_in_a_library_keep_every_distinct_one() {
    let imported = open("duplicate-assessments.speclens.json", Some(Kind::Library));
    assert_eq!(
        imported.report(),
        [
            "The assessment \"Fixture: housing support\" appears twice in the file; it was kept once.",
            "Two different assessments in the file have the id \"fixture-assessment-1\"; both were kept, and \
             the second (assessment \"Fixture: housing support (edited copy)\") now has the id \
             \"fixture-assessment-1-copy\".",
        ]
    );
    let ids: Vec<&str> = imported.assessments().iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["fixture-assessment-1", "fixture-assessment-2", "fixture-assessment-1-copy"]);
    assert_eq!(imported.assessments()[2].revision, 5);
}

#[test]
fn dangling_references_are_dropped_and_reported() {
    let imported = open("dangling-references.speclens.json", Some(Kind::Assessment));
    let name = "the assessment \"Fixture: housing support\"";
    assert_eq!(
        imported.report(),
        [
            "The file's content hash does not match its contents, so it was changed after it was exported \
             (perhaps edited by hand); check it before relying on it."
                .to_string(),
            "The weight of criterion \"voice-lived\" was -1.5; weights cannot be negative, so it was set to 0, \
             which leaves it out of the score."
                .to_string(),
            "The assessment \"Fixture: housing support\" answered criterion \"retired-criterion\" (level 2), \
             which its framework does not have; that answer was left out."
                .to_string(),
            format!(
                "Criterion \"data-gaps\" in {name} is marked Not applicable with no reason; the reason now \
                 reads {NO_REASON_GIVEN}."
            ),
            format!(
                "The level given for criterion \"data-sources\" in {name} was 7, off the scale of 0 to 4; it \
                 was set to 4."
            ),
            format!(
                "Evidence for criterion \"data-sources\" in {name} cited clause 9, which the specification \
                 (with 4 clauses) does not have; the citation was removed and the quote kept as typed evidence."
            ),
            format!(
                "Evidence for criterion \"data-sources\" in {name} cited clause 0, which the specification \
                 (with 4 clauses) does not have, and quoted nothing; it was left out."
            ),
            "The assessment \"Fixture: housing support\" recorded scoring rules that differ from those of the \
             framework in this file (\"Fixture framework\" version \"1.0\"), perhaps because the framework was \
             changed after it was scored; its results follow the framework in the file, so check them before \
             relying on them."
                .to_string(),
        ]
    );
    assert_eq!(imported.file().content_hash_matches, Some(false));
    let Imported::Assessment { payload, .. } = &imported else { panic!("assessment") };
    let a = &payload.assessment;
    assert!(!a.responses.contains_key("retired-criterion"));
    assert_eq!(a.responses["data-sources"].answer, Answer::Level { level: 4 });
    assert_eq!(a.responses["data-gaps"].answer, Answer::NotApplicable { reason: NO_REASON_GIVEN.into() });
    let evidence: Vec<(Option<u32>, &str)> =
        a.responses["data-sources"].evidence.iter().map(|e| (e.clause, e.quote.as_str())).collect();
    assert_eq!(
        evidence,
        [(Some(2), "the Joint Strategic Needs Assessment"), (None, "a clause that is not there")]
    );
    assert_eq!(payload.framework.sections[1].criteria[0].weight, 0.0);
    // Not fatal, not silently "fixed": the assessment keeps the rules hash it recorded.
    assert_ne!(a.framework.rules_hash, rules_hash(&payload.framework));
}

#[test]
fn an_unreadable_answer_is_left_out_without_losing_the_rest() {
    let imported = open("unreadable-answers.speclens.json", Some(Kind::Assessment));
    let name = "the assessment \"Fixture: housing support\"";
    assert_eq!(
        imported.report(),
        [
            format!(
                "The entry for criterion \"data-gaps\" in {name} has no answer, so it was left out (its \
                 rationale read \"Meant to come back to this.\")."
            ),
            format!(
                "The answer to criterion \"data-sources\" in {name} could not be read (unknown variant `maybe`, \
                 expected one of `level`, `not_applicable`, `insufficient_evidence`), so it was left out."
            ),
            format!(
                "Evidence item 1 for criterion \"voice-lived\" in {name} could not be read (invalid type: \
                 string \"four\", expected u32), so it was left out."
            ),
        ]
    );
    let a = assessment_of(&imported);
    assert_eq!(a.responses.keys().collect::<Vec<_>>(), ["voice-lived"]);
    assert_eq!(a.responses["voice-lived"].evidence.len(), 1);
    assert_eq!(a.responses["voice-lived"].evidence[0].quote, "kept");
}

#[test]
fn unknown_fields_are_ignored() {
    let imported = open("unknown-fields.speclens.json", Some(Kind::Assessment));
    assert!(imported.report().is_empty(), "{:#?}", imported.report());
    assert_eq!(imported.file().content_hash_matches, Some(true));
    let plain = open("v1-assessment.speclens.json", Some(Kind::Assessment));
    assert_eq!(assessment_of(&imported), assessment_of(&plain));
    assert_eq!(imported.frameworks(), plain.frameworks());
}

#[test]
fn a_library_with_one_unreadable_assessment_opens_the_rest() {
    let imported = open("library-partly-unreadable.speclens.json", Some(Kind::Library));
    assert_eq!(
        imported.report(),
        ["Assessment 2 in the file could not be read, so it was left out: it holds the wrong type of value \
          (invalid type: integer `42`, expected string or map, at payload.assessments[1].status)."]
    );
    let ids: Vec<&str> = imported.assessments().iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["fixture-assessment-1"]);
}

#[test]
fn a_library_where_nothing_reads_is_refused_with_the_first_error() {
    let text = r#"{"format":"spec-lens","kind":"library","version":1,
      "payload":{"assessments":[{"id":"a","specification":3}],"frameworks":[{"id":"f"}]}}"#;
    let e = refused(text.as_bytes(), None);
    assert!(matches!(e, ImportError::MissingField(_)), "{e:?}");
    assert_eq!(e.detail().as_deref(), Some("`version` in payload.frameworks[0]"));
    let empty = r#"{"format":"spec-lens","kind":"library","version":1,"payload":{}}"#;
    let imported = import(empty.as_bytes(), None).expect("an empty backup is a backup");
    assert!(imported.assessments().is_empty() && imported.frameworks().is_empty());
}

// ---------------------------------------------------------------------------------------------
// Hostile inputs generated here
// ---------------------------------------------------------------------------------------------

#[test]
fn over_the_size_cap_is_refused_before_anything_is_read() {
    // Not UTF-8 and not JSON either: the size is checked first.
    let bytes = vec![0xFFu8; MAX_FILE_BYTES + 1];
    let e = refused(&bytes, Some(Kind::Assessment));
    assert_eq!(e, ImportError::TooLarge { bytes: MAX_FILE_BYTES + 1, limit: 5 * 1024 * 1024 });
    assert_eq!(
        e.to_string(),
        "This file is 5.00 MB (5242881 bytes), more than the 5 MB a Spec Lens file can be, so it was not \
         opened; check that you chose the right .speclens.json file."
    );
    // Exactly at the cap still opens.
    let mut at_cap = fixture("v1-assessment.speclens.json");
    at_cap.resize(MAX_FILE_BYTES, b' ');
    assert_eq!(import(&at_cap, None).expect("opens at the cap").kind(), Kind::Assessment);
}

#[test]
fn text_that_is_not_utf8_is_refused() {
    let text = fixture_text("v1-assessment.speclens.json");
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(refused(&utf16, None), ImportError::NotUtf8);
    let mut latin1 = fixture("v1-assessment.speclens.json");
    latin1.extend_from_slice(b"\xE9t\xE9");
    assert_eq!(refused(&latin1, None), ImportError::NotUtf8);
}

#[test]
fn a_byte_order_mark_is_allowed() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(fixture("v1-assessment.speclens.json"));
    let with_bom = import(&bytes, None).expect("opens");
    assert_eq!(with_bom, open("v1-assessment.speclens.json", None));
}

fn nested(depth: usize, open: &str, close: &str) -> String {
    let mut s = String::with_capacity(depth * (open.len() + close.len()));
    (0..depth).for_each(|_| s.push_str(open));
    (0..depth).for_each(|_| s.push_str(close));
    s
}

#[test]
fn nesting_10000_deep_is_refused_cleanly_on_a_small_stack() {
    on_small_stack(|| {
        let deep_arrays = nested(10_000, "[", "]");
        let deep_objects = format!("{}1{}", "{\"a\":".repeat(10_000), "}".repeat(10_000));
        let header = r#"{"format":"spec-lens","kind":"assessment","version":1,"#;
        for deep in [&deep_arrays, &deep_objects] {
            let in_payload = format!("{header}\"payload\":{deep}}}");
            assert_eq!(refused(in_payload.as_bytes(), None), ImportError::TooDeep);
            let in_unknown_field = format!("{header}\"extra\":{deep},\"payload\":{{}}}}");
            assert_eq!(refused(in_unknown_field.as_bytes(), None), ImportError::TooDeep);
            let in_header = format!("{{\"format\":{deep},\"kind\":\"assessment\",\"version\":1}}");
            assert_eq!(refused(in_header.as_bytes(), None), ImportError::TooDeep);
        }
        // Deep, but not an object: valid JSON of the wrong shape, or unterminated.
        assert_eq!(refused(deep_arrays.as_bytes(), None), ImportError::NotSpecLens);
        assert!(matches!(refused("[".repeat(10_000).as_bytes(), None), ImportError::NotJson(_)));
        // Deep but within the limit, in a field the model does not know: ignored, and the file opens.
        let mut within: serde_json::Value =
            serde_json::from_slice(&fixture("v1-assessment.speclens.json")).expect("json");
        let deep_ok: serde_json::Value =
            serde_json::from_str(&nested(120, "[", "]")).expect("120 deep parses");
        within["payload"]["assessment"]["notes"] = deep_ok;
        let imported = import(within.to_string().as_bytes(), None).expect("opens");
        assert_eq!(imported.report().len(), 1, "only the content hash: {:#?}", imported.report());
        // Just within the limit is fine for the parser; the payload is then the wrong type.
        let shallow = format!("{header}\"payload\":{}}}", nested(100, "[", "]"));
        assert!(matches!(refused(shallow.as_bytes(), None), ImportError::WrongType(_)));
    });
    assert!(ImportError::TooDeep.to_string().contains("128 levels"));
}

/// A 4 MB string in each place user text goes, under the 5 MB cap: read in linear time, and
/// never copied whole into an error or a report line.
#[test]
fn four_megabyte_strings_open_quickly_and_stay_out_of_messages() {
    const FOUR_MB: usize = 4 * 1024 * 1024;
    let unit = "Ünïcödé text, ";
    let big = unit.repeat(FOUR_MB / unit.len() + 1);
    assert!(big.len() >= FOUR_MB - 100 && big.len() < MAX_FILE_BYTES - 20_000);
    let template = fixture_text("v1-assessment.speclens.json");
    let started = Instant::now();

    // As the specification text (one huge clause) and as a rationale.
    let text = template.replace("\"Names the JSNA and police data.\"", &format!("\"{big}\""));
    let imported = on_small_stack(move || import(text.as_bytes(), None));
    let imported = imported.expect("a long rationale opens");
    assert_eq!(assessment_of(&imported).responses["data-sources"].rationale.len(), big.len());

    // As the id of a criterion the framework lacks: reported, quoted short.
    let text = template.replace("\"data-gaps\": {", &format!("\"{big}\": {{"));
    let imported = import(text.as_bytes(), None).expect("opens");
    assert!(imported.report().iter().all(|line| line.len() < 600), "report lines stay short");
    assert_report_has(
        &imported,
        "\"Ünïcödé text, Ünïcödé text, Ünïcödé text, Ünïcödé text, Ünïc…\" (Not applicable)",
    );

    // Where a number belongs: the error quotes it short.
    let mut value: serde_json::Value = serde_json::from_str(&template).expect("json");
    value["payload"]["framework"]["sections"][0]["weight"] = serde_json::Value::from(big.as_str());
    let text = value.to_string();
    let e = refused(text.as_bytes(), None);
    assert!(matches!(e, ImportError::WrongType(_)), "{e:?}");
    assert!(e.to_string().len() < 600, "the message stays one short sentence");

    // As the specification text, split into 100,000 clauses, with evidence citing the last one.
    let clauses: String = (1..=100_000).map(|n| format!("{n}. Clause {n}.\\n\\n")).collect();
    let text = template
        .replace("\"text\": \"1. The provider", &format!("\"text\": \"{clauses}1. The provider"))
        .replace("\"clause\": 2,", "\"clause\": 100004,");
    assert!(text.len() < MAX_FILE_BYTES);
    let imported = import(text.as_bytes(), None).expect("opens");
    assert_eq!(assessment_of(&imported).responses["data-sources"].evidence[0].clause, Some(100_004));

    assert!(started.elapsed() < Duration::from_secs(20), "took {:?}", started.elapsed());
}

#[test]
fn a_flood_of_dangling_answers_gives_a_bounded_report_quickly() {
    let template = fixture_text("v1-assessment.speclens.json");
    let flood: String = (0..60_000)
        .map(|i| format!("\"gone-{i}\": {{\"answer\": {{\"kind\": \"level\", \"level\": {}}}}},", i % 9))
        .collect();
    let text = template.replace("\"responses\": {", &format!("\"responses\": {{{flood}"));
    assert!(text.len() < MAX_FILE_BYTES);
    let started = Instant::now();
    let imported = import(text.as_bytes(), None).expect("opens");
    assert!(started.elapsed() < Duration::from_secs(10), "took {:?}", started.elapsed());
    assert_eq!(imported.report().len(), MAX_REPORT_LINES + 1);
    assert!(imported.report()[MAX_REPORT_LINES].starts_with("…and "), "{:?}", imported.report().last());
    assert_eq!(assessment_of(&imported).responses.len(), 3);
}

// ---------------------------------------------------------------------------------------------
// The header, defaults and repairs
// ---------------------------------------------------------------------------------------------

#[test]
fn header_problems_each_have_their_own_error() {
    let cases: [(&str, &str); 9] = [
        (
            r#"{"format":"spec-lens","kind":"assessment"}"#,
            "it lacks the required field `version`, the file format version",
        ),
        (
            r#"{"format":"spec-lens","kind":"assessment","version":"1"}"#,
            "it holds the wrong type of value (the file format version is text, not a whole number)",
        ),
        (
            r#"{"format":"spec-lens","kind":"assessment","version":-1}"#,
            "it holds the wrong type of value (the file format version is -1, not a whole number)",
        ),
        (
            r#"{"format":"spec-lens","kind":"assessment","version":1.5}"#,
            "it holds the wrong type of value (the file format version is 1.5, not a whole number)",
        ),
        (
            r#"{"format":"spec-lens","version":1}"#,
            "it lacks the required field `kind`, the kind of document it holds",
        ),
        (
            r#"{"format":"spec-lens","kind":7,"version":1}"#,
            "it holds the wrong type of value (the kind of document is a number, not a name)",
        ),
        (
            r#"{"format":"spec-lens","kind":"workshop","version":1}"#,
            "it holds a kind of document this version cannot open (\"workshop\")",
        ),
        (
            r#"{"format":"spec-lens","kind":"moderation","version":1,"payload":{}}"#,
            "it holds a kind of document this version cannot open (\"moderation\")",
        ),
        (
            r#"{"format":"spec-lens","kind":"assessment","version":1}"#,
            "it lacks the required field `payload`, which holds the file's contents",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(refused(text.as_bytes(), None).reason(), expected, "{text}");
    }
    let twice = r#"{"format":"spec-lens","kind":"assessment","version":1,"version":0}"#;
    assert!(
        matches!(refused(twice.as_bytes(), None), ImportError::Invalid(d) if format!("{d:?}").contains("duplicate field `version`"))
    );
    // Every header field, wherever the second copy is: the header is read in the same pass as the rest.
    for (text, field) in [
        (r#"{"kind":"framework","format":"spec-lens","version":1,"payload":{},"kind":"assessment"}"#, "kind"),
        (
            r#"{"format":"spec-lens","payload":{},"format":"spec-lens","kind":"assessment","version":1}"#,
            "format",
        ),
    ] {
        let expected = format!("duplicate field `{field}`");
        assert!(
            matches!(refused(text.as_bytes(), None), ImportError::Invalid(d) if format!("{d:?}").contains(&expected)),
            "{text}"
        );
    }
}

#[test]
fn wrong_kind_is_reported_before_too_new() {
    let text = r#"{"format":"spec-lens","kind":"framework","version":9,"payload":{}}"#;
    assert_eq!(
        refused(text.as_bytes(), Some(Kind::Assessment)),
        ImportError::WrongKind { found: Kind::Framework, expected: Kind::Assessment }
    );
}

#[test]
fn null_reads_as_missing_and_defaults_fill_in() {
    let text = fixture_text("v1-assessment.speclens.json")
        .replace("\"assessor\": \"A. Tester\"", "\"assessor\": null")
        .replace("\"rationale\": \"\"", "\"rationale\": null")
        .replace("\"summary\": \"Sources.\"", "\"summary\": null")
        .replace("\"min_consultation_weeks\": 8", "\"min_consultation_weeks\": null")
        .replace("\"revision\": 4,", "");
    let imported = import(text.as_bytes(), None).expect("opens");
    // The framework changed (a summary and a rule went), so its rules hash did too.
    assert_eq!(imported.report().len(), 2, "{:#?}", imported.report());
    assert_report_has(&imported, "The file's content hash does not match its contents");
    assert_report_has(
        &imported,
        "recorded scoring rules that differ from those of the framework in this file",
    );
    let a = assessment_of(&imported);
    assert_eq!(a.assessor, "");
    assert_eq!(a.revision, 0);
    assert_eq!(imported.frameworks()[0].sections[0].summary, "");
    assert_eq!(imported.frameworks()[0].timescale_rules.min_consultation_weeks, None);
}

#[test]
fn missing_parts_of_an_assessment_are_filled_and_reported() {
    let text = r#"{"format":"spec-lens","kind":"assessment","version":1,"exported_at":"2026-05-01T08:00:00Z",
      "payload":{"framework":FRAMEWORK,"assessment":{"responses":{"data-sources":{"answer":{"kind":"level","level":-3}},
        "data-gaps":{"answer":{"kind":"level","level":2.6}},"voice-lived":{"answer":{"kind":"level","level":1e300}}}}}}"#;
    let framework =
        serde_json::to_string(&open("v1-framework.speclens.json", None).frameworks()[0]).expect("json");
    let text = text.replace("FRAMEWORK", &framework);
    let imported = import(text.as_bytes(), None).expect("opens");
    let a = assessment_of(&imported);
    assert!(a.id.starts_with("imported-") && a.id.len() == "imported-".len() + 12, "{}", a.id);
    assert_eq!(a.created_at.to_rfc3339(), "2026-05-01T08:00:00+00:00");
    assert_eq!(a.updated_at, a.created_at);
    assert_eq!(a.framework.rules_hash, rules_hash(imported.frameworks()[0]));
    let levels: Vec<&Answer> = a.responses.values().map(|r| &r.answer).collect();
    assert_eq!(
        levels,
        [&Answer::Level { level: 3 }, &Answer::Level { level: 0 }, &Answer::Level { level: 4 }]
    );
    for needle in [
        "had no specification; an empty one was used",
        "did not say which framework it was scored under; the framework in the file was used",
        "had no creation time; 2026-05-01T08:00:00Z was used",
        "had no last-change time; 2026-05-01T08:00:00Z was used",
        "was -3, off the scale of 0 to 4; it was set to 0",
        "was 2.6, off the scale of 0 to 4; it was set to 3",
        "was 1e+300, off the scale of 0 to 4; it was set to 4",
        "The untitled assessment had no id; it was given the id \"imported-",
        "The file carries no content hash",
    ] {
        assert_report_has(&imported, needle);
    }
    // What was filled in stays: importing the export again changes nothing more.
    let again = spec_lens::format::envelope::export_assessment(a, imported.frameworks()[0], a.created_at);
    let again = import(again.as_bytes(), None).expect("opens");
    assert!(again.report().is_empty(), "{:#?}", again.report());
    assert_eq!(assessment_of(&again), a);
}

#[test]
fn a_weight_written_as_null_becomes_zero() {
    let text = fixture_text("v1-framework.speclens.json").replace("\"weight\": 3.0", "\"weight\": null");
    let imported = import(text.as_bytes(), None).expect("opens");
    assert_eq!(imported.frameworks()[0].sections[0].criteria[0].weight, 0.0);
    assert_report_has(
        &imported,
        "The weight of criterion \"data-sources\" was not a number; it was set to 0",
    );
}

#[test]
fn a_framework_that_cannot_be_scored_is_refused() {
    let base = fixture_text("v1-framework.speclens.json");
    let mut four_levels: serde_json::Value = serde_json::from_str(&base).expect("json");
    four_levels["payload"]["framework"]["scale"]["levels"].as_array_mut().expect("levels").pop();
    let four_levels = four_levels.to_string();
    let e = refused(four_levels.as_bytes(), None);
    assert!(matches!(e, ImportError::Invalid(_)), "{e:?}");
    assert_eq!(
        e.detail().as_deref(),
        Some(
            "in the framework \"Fixture framework\", the scale's levels: the scale has 4 levels; it needs exactly \
             5, for levels 0 to 4"
        )
    );
    let no_id = base.replace("\"id\": \"fixture-framework\"", "\"id\": \"  \"");
    let e = refused(no_id.as_bytes(), None);
    assert!(matches!(e, ImportError::Invalid(_)), "{e:?}");
    assert_eq!(
        e.detail().as_deref(),
        Some(
            "in the framework \"Fixture framework\", the framework's id: the framework needs an id; type one"
        )
    );
    let empty_criterion = base.replace("\"id\": \"data-gaps\"", "\"id\": \"\"");
    assert!(
        matches!(refused(empty_criterion.as_bytes(), None), ImportError::DuplicateId(d) if d.to_string().contains("this criterion needs an id"))
    );
    let no_sections = r#"{"format":"spec-lens","kind":"framework","version":1,"payload":{"framework":
      {"id":"f","version":"1","title":"T","scale":{"levels":[{"label":"a","descriptor":""},{"label":"b","descriptor":""},
      {"label":"c","descriptor":""},{"label":"d","descriptor":""},{"label":"e","descriptor":""}]},"sections":[]}}}"#;
    let e = refused(no_sections.as_bytes(), None);
    assert!(matches!(e, ImportError::Invalid(_)), "{e:?}");
    assert_eq!(
        e.detail().as_deref(),
        Some("in the framework \"T\", the framework's sections: the framework has no criteria to score; add one")
    );
}

#[test]
fn wrong_shapes_of_the_payload_are_wrong_types() {
    let cases = [
        (r#"{"format":"spec-lens","kind":"assessment","version":1,"payload":[]}"#, "the payload is a list"),
        (
            r#"{"format":"spec-lens","kind":"library","version":1,"payload":{"assessments":{}}}"#,
            "payload.assessments is an object",
        ),
        (
            r#"{"format":"spec-lens","kind":"framework","version":1,"payload":{"framework":"x"}}"#,
            "payload.framework is text",
        ),
    ];
    for (text, needle) in cases {
        match refused(text.as_bytes(), None) {
            e @ ImportError::WrongType(_) => {
                let detail = e.detail().unwrap_or_default();
                assert!(detail.contains(needle), "{detail}")
            }
            other => panic!("{text}: {other:?}"),
        }
    }
    let no_assessment =
        r#"{"format":"spec-lens","kind":"assessment","version":1,"payload":{"framework":{}}}"#;
    let e = refused(no_assessment.as_bytes(), None);
    assert!(matches!(e, ImportError::MissingField(_)), "{e:?}");
    assert_eq!(e.detail().as_deref(), Some("`assessment` in payload"));
}

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

#[test]
fn every_error_is_one_clear_sentence() {
    let errors = [
        ImportError::TooLarge { bytes: 6 * 1024 * 1024, limit: MAX_FILE_BYTES },
        ImportError::Empty,
        ImportError::NotUtf8,
        ImportError::NotJson("expected value at line 1 column 1".into()),
        ImportError::TooDeep,
        ImportError::NotSpecLens,
        ImportError::UnsupportedKind("moderation".into()),
        ImportError::WrongKind { found: Kind::Library, expected: Kind::Framework },
        ImportError::TooNew { found: 3, supported: 1 },
        ImportError::MissingField(Missing::Field {
            field: "`weight`".into(),
            path: "payload.framework.sections[0]".into(),
        }),
        ImportError::WrongType(WrongType::Data {
            message: "invalid type: string \"x\", expected f64".into(),
            path: "payload.framework".into(),
        }),
        ImportError::Invalid(Invalid::CannotConvert(7)),
        refused(fixture_text("duplicate-ids.speclens.json").as_bytes(), None),
    ];
    for e in errors {
        let message = e.to_string();
        assert!(message.starts_with("This ") || message.starts_with("Part of this"), "{message}");
        assert!(message.ends_with('.'), "{message}");
        assert!(!message.contains('\n') && !message.contains("  "), "{message}");
        assert!(message.len() < 400, "{message}");
        let sentences = message.matches(". ").count() + 1;
        let allowed = if matches!(e, ImportError::TooNew { .. }) { 2 } else { 1 };
        assert_eq!(sentences, allowed, "{message}");
        assert!(!e.reason().is_empty());
        let _: &dyn std::error::Error = &e;
    }
    assert_eq!(
        ImportError::TooLarge { bytes: 6 * 1024 * 1024, limit: MAX_FILE_BYTES }.to_string(),
        "This file is 6 MB (6291456 bytes), more than the 5 MB a Spec Lens file can be, so it was not opened; \
         check that you chose the right .speclens.json file."
    );
}

/// The page imports in two steps, hashing the payload with the browser's SHA-256 in between: the
/// hash it brings decides, and a file without one has nothing to hash.
#[test]
fn opening_then_finishing_checks_the_hash_it_is_given() {
    let bytes = fixture("v1-assessment.speclens.json");
    let opened = spec_lens::format::import::open(&bytes, None).expect("opens");
    let text = opened.to_hash().expect("format 1 records a content hash").to_string();
    let right = spec_lens::domain::sha256_hex(text.as_bytes());
    assert_eq!(format!("sha256:{right}"), recorded_hash("v1-assessment.speclens.json"));
    let finished = opened.finish(Some(&right), &mut Default::default()).expect("finishes");
    assert_eq!(finished.file().content_hash_matches, Some(true));
    assert!(finished.report().is_empty(), "{:#?}", finished.report());

    for wrong in [Some("0".repeat(64)), None] {
        let opened = spec_lens::format::import::open(&bytes, None).expect("opens");
        let finished = opened.finish(wrong.as_deref(), &mut Default::default()).expect("finishes");
        assert_eq!(finished.file().content_hash_matches, Some(false));
        assert_report_has(&finished, "content hash does not match");
    }

    let v0 = spec_lens::format::import::open(&fixture("v0-assessment.speclens.json"), None).expect("opens");
    assert_eq!(v0.to_hash(), None, "format 0 wrote no content hash");
}

/// A framework file whose search terms the finder could not use is refused, naming the criterion.
#[test]
fn a_framework_with_a_malformed_search_term_is_refused_naming_the_criterion() {
    let framework = spec_lens::domain::builtin::builtin_framework().expect("built-in");
    let at = chrono::DateTime::parse_from_rfc3339("2026-12-05T12:00:00Z").unwrap().to_utc();
    for bad in ["*", "", "co*op"] {
        let mut broken = framework.clone();
        broken.sections[0].criteria[0].search_terms.push(bad.into());
        let text = spec_lens::format::envelope::export_framework(&broken, at);
        let e = refused(text.as_bytes(), Some(Kind::Framework));
        let message = e.to_string();
        assert!(message.contains("criterion \"data-local-assessment\""), "{message}");
        assert!(message.contains("search term"), "{message}");
    }
}

/// The v3 assessment fixture, with its assessor and its first criterion's weight set: a weight of
/// more than 15 digits is rounded when read, with a note.
fn assessment_file_with(assessor: &str, weight: f64) -> Vec<u8> {
    let mut root: serde_json::Value =
        serde_json::from_slice(&fixture("v3-assessment.speclens.json")).expect("JSON");
    root["payload"]["assessment"]["assessor"] = assessor.into();
    root["payload"]["framework"]["sections"][0]["criteria"][0]["weight"] = weight.into();
    serde_json::to_vec_pretty(&root).expect("written")
}

/// A workshop reads fifty files carrying one framework as one batch, which reads that framework
/// once: every file must come out exactly as it does read alone, the framework's notes included,
/// and a file whose framework differs must not be given the one read before.
#[test]
fn a_batch_reads_each_file_as_it_reads_alone() {
    let files = [
        assessment_file_with("First assessor", 2.0),
        assessment_file_with("Second assessor", 2.0),
        assessment_file_with("Third assessor", 1.2345678901234567),
        assessment_file_with("Fourth assessor", 1.2345678901234567),
        assessment_file_with("Fifth assessor", 3.0),
    ];
    let mut batch = Batch::default();
    for (i, bytes) in files.iter().enumerate() {
        let alone = import(bytes, None).expect("reads alone");
        let in_batch = import_remembering(bytes, None, &mut batch).expect("reads in the batch");
        assert_eq!(in_batch, alone, "file {i}");
    }
    let weight_of = |bytes: &[u8]| match import(bytes, None).expect("reads") {
        Imported::Assessment { payload, .. } => payload.framework.sections[0].criteria[0].weight,
        other => panic!("an assessment, not {:?}", other.kind()),
    };
    assert_eq!(weight_of(&files[4]), 3.0, "the fifth file's own framework");
    let rounded = import(&files[3], None).expect("reads");
    assert_report_has(&rounded, "1.2345678901234567");
}

/// A framework that is refused is refused again in the same batch, not remembered as read.
#[test]
fn a_batch_refuses_a_bad_framework_every_time() {
    let mut root: serde_json::Value =
        serde_json::from_slice(&fixture("v3-assessment.speclens.json")).expect("JSON");
    root["payload"]["framework"]["sections"] = serde_json::json!([]);
    let bytes = serde_json::to_vec(&root).expect("written");
    let alone = import(&bytes, None).expect_err("refused alone");
    let mut batch = Batch::default();
    for _ in 0..2 {
        let in_batch = import_remembering(&bytes, None, &mut batch).expect_err("refused in the batch");
        assert_eq!(in_batch, alone);
    }
}
