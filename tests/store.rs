//! The storage format and the decisions the storage adapter acts on (format::store), natively.

#[path = "support/common.rs"]
mod common;

use common::{assessment, at};
use spec_lens::domain::{Assessment, Status};
use spec_lens::format::store::*;

/// No documents stored: what an entry without a document needs.
fn no_documents(_key: &str) -> Option<String> {
    None
}

fn decode(raw: &str) -> Result<Assessment, StoreError> {
    decode_assessment(raw, &no_documents)
}

fn decode_ok(raw: &str) -> Assessment {
    decode(raw).unwrap_or_else(|e| panic!("decodes: {e}"))
}

fn encode_ok(a: &Assessment) -> String {
    let encoded = encode_assessment(a).unwrap_or_else(|e| panic!("encodes: {e}"));
    assert_eq!(encoded.document, None, "these assessments have no document");
    encoded.entry
}

fn keys(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

// ---- keys ----

#[test]
fn keys_are_namespaced() {
    assert_eq!(PREFIX, "spec-lens:v1:");
    assert_eq!(index_key(), "spec-lens:v1:index");
    assert_eq!(assessment_key("a-1"), "spec-lens:v1:assessment:a-1");
    assert_eq!(trash_key(), "spec-lens:v1:trash");
    assert_eq!(prefs_key(), "spec-lens:v1:prefs");
    let q = quarantine_key("spec-lens:v1:assessment:a-1", "20261127T090000.000Z");
    assert_eq!(q, "spec-lens:quarantine:spec-lens:v1:assessment:a-1:20261127T090000.000Z");
    assert!(!q.starts_with(PREFIX), "quarantine keys are outside the v1 namespace");
    assert!(q.starts_with(QUARANTINE_PREFIX));
}

#[test]
fn id_from_key_reads_only_assessment_keys() {
    assert_eq!(id_from_key("spec-lens:v1:assessment:a-1"), Some("a-1"));
    assert_eq!(id_from_key(&assessment_key("x:y")), Some("x:y"));
    assert_eq!(id_from_key("spec-lens:v1:index"), None);
    assert_eq!(id_from_key("spec-lens:v1:trash"), None);
    assert_eq!(id_from_key("other:assessment:a-1"), None);
}

// ---- documents ----

#[test]
fn encode_then_decode_gives_the_same_assessment() {
    let a = assessment("a-1", 7);
    assert_eq!(decode_ok(&encode_ok(&a)), a);
}

#[test]
fn encoded_document_carries_its_header() {
    let raw = encode_ok(&assessment("a-1", 1));
    let value: serde_json::Value = serde_json::from_str(&raw).unwrap_or_default();
    assert_eq!(value["format"], "spec-lens-store");
    assert_eq!(value["version"], STORE_VERSION);
    assert_eq!(value["assessment"]["id"], "a-1");
    assert_eq!(value["assessment"]["revision"], 1);
}

#[test]
fn stored_assessment_struct_matches_the_encoding() {
    let a = assessment("a-1", 2);
    let stored: StoredAssessment =
        serde_json::from_str(&encode_ok(&a)).unwrap_or_else(|e| panic!("wrapper parses: {e}"));
    assert_eq!(stored.format, STORE_FORMAT);
    assert_eq!(stored.version, STORE_VERSION);
    assert_eq!(stored.assessment, a);
}

#[test]
fn not_json_is_corrupt() {
    for raw in ["", "{", "not json", "{\"format\":\"spec-lens-store\",\"version\":1,"] {
        assert!(matches!(decode(raw), Err(StoreError::Corrupt(_))), "{raw:?}");
    }
}

#[test]
fn wrong_shape_is_corrupt() {
    let cases = [
        "[]",
        "\"text\"",
        "42",
        "null",
        "{}",
        r#"{"format":"something-else","version":1,"assessment":{}}"#,
        r#"{"version":1,"assessment":{}}"#,
        r#"{"format":"spec-lens-store","assessment":{}}"#,
        r#"{"format":"spec-lens-store","version":0,"assessment":{}}"#,
        r#"{"format":"spec-lens-store","version":"1","assessment":{}}"#,
        r#"{"format":"spec-lens-store","version":1}"#,
        r#"{"format":"spec-lens-store","version":1,"assessment":{"id":"a"}}"#,
        r#"{"format":"spec-lens-store","version":1,"assessment":[]}"#,
    ];
    for raw in cases {
        assert!(matches!(decode(raw), Err(StoreError::Corrupt(_))), "{raw}");
    }
}

#[test]
fn a_wrong_field_type_inside_the_assessment_is_corrupt() {
    let raw = encode_ok(&assessment("a-1", 3)).replace("\"revision\":3", "\"revision\":\"three\"");
    assert!(matches!(decode(&raw), Err(StoreError::Corrupt(_))));
}

#[test]
fn a_newer_version_is_too_new_whatever_its_payload() {
    let raw = r#"{"format":"spec-lens-store","version":4,"assessment":{"a":"new shape"}}"#;
    assert_eq!(decode(raw), Err(StoreError::TooNew { found: 4, supported: STORE_VERSION }));
    let far = r#"{"format":"spec-lens-store","version":99999999999}"#;
    assert_eq!(decode(far), Err(StoreError::TooNew { found: 99_999_999_999, supported: 3 }));
}

#[test]
fn unknown_fields_are_ignored() {
    let a = assessment("a-1", 4);
    let mut value: serde_json::Value = serde_json::from_str(&encode_ok(&a)).unwrap_or_default();
    value["written_by"] = "spec-lens 0.9".into();
    value["assessment"]["colour"] = "teal".into();
    value["assessment"]["specification"]["pages"] = 12.into();
    value["assessment"]["responses"]["c1"]["confidence"] = "high".into();
    assert_eq!(decode_ok(&value.to_string()), a);
}

#[test]
fn fields_with_defaults_may_be_missing() {
    let raw = r#"{"format":"spec-lens-store","version":1,"assessment":{
        "id":"a-9","specification":{},"framework":{"id":"f","version":"1","rules_hash":"h"},
        "created_at":"2026-11-27T09:00:00Z","updated_at":"2026-11-27T09:00:00Z"}}"#;
    let a = decode_ok(raw);
    assert_eq!(a.id, "a-9");
    assert_eq!(a.revision, 0);
    assert_eq!(a.status, Status::Draft);
    assert!(a.responses.is_empty());
}

// ---- index ----

#[test]
fn index_round_trips() {
    let index = Index::new(keys(&["b", "a", "c"]));
    assert_eq!(index.version, STORE_VERSION);
    let raw = encode_index(&index).unwrap_or_default();
    assert_eq!(decode_index(&raw), Ok(index));
}

#[test]
fn index_corrupt_or_too_new() {
    for raw in ["", "[]", "{}", r#"{"version":1}"#, r#"{"version":1,"ids":"a"}"#, r#"{"ids":["a"]}"#] {
        assert!(matches!(decode_index(raw), Err(StoreError::Corrupt(_))), "{raw}");
    }
    assert_eq!(
        decode_index(r#"{"version":4,"ids":["a"]}"#),
        Err(StoreError::TooNew { found: 4, supported: 3 })
    );
    assert_eq!(decode_index(r#"{"version":3,"ids":["a"],"extra":true}"#), Ok(Index::new(keys(&["a"]))));
    assert_eq!(
        decode_index(r#"{"version":1,"ids":["a"]}"#).map(|i| i.ids),
        Ok(keys(&["a"])),
        "version 1 still reads"
    );
}

#[test]
fn index_add_and_remove() {
    let mut index = Index::new(keys(&["a", "b"]));
    assert!(!index.add_id("a"));
    assert!(index.add_id("c"));
    assert_eq!(index.ids, keys(&["a", "b", "c"]));
    assert!(index.remove_id("b"));
    assert!(!index.remove_id("b"));
    assert_eq!(index.ids, keys(&["a", "c"]));
}

// ---- load decisions ----

#[test]
fn a_good_entry_loads() {
    let a = assessment("a-1", 5);
    let decision = decide_load(&assessment_key("a-1"), &encode_ok(&a), &no_documents);
    assert_eq!(decision, LoadDecision::Loaded(Box::new(a)));
}

#[test]
fn the_key_wins_over_the_id_inside_the_document() {
    let a = assessment("other", 5);
    let LoadDecision::Loaded(loaded) = decide_load(&assessment_key("a-1"), &encode_ok(&a), &no_documents)
    else {
        panic!("loads")
    };
    assert_eq!(loaded.id, "a-1");
}

#[test]
fn a_corrupt_entry_is_quarantined_with_a_reason() {
    for raw in ["{\"format\":\"spec-lens-store\",\"vers", "<html>", r#"{"format":"spec-lens-store"}"#] {
        match decide_load(&assessment_key("a-1"), raw, &no_documents) {
            LoadDecision::Quarantine { reason } => {
                let reason = reason.to_string();
                assert!(reason.ends_with('.'), "{reason}");
                assert!(!reason.is_empty());
            }
            other => panic!("{raw}: {other:?}"),
        }
    }
}

#[test]
fn a_newer_entry_is_kept_unreadable_not_quarantined() {
    let raw = r#"{"format":"spec-lens-store","version":4,"assessment":{}}"#;
    match decide_load(&assessment_key("a-1"), raw, &no_documents) {
        LoadDecision::KeepUnreadable { reason } => {
            let reason = reason.to_string();
            assert!(reason.contains("newer version"), "{reason}");
            assert!(reason.contains('4') && reason.contains('3'), "names both versions: {reason}");
        }
        other => panic!("{other:?}"),
    }
}

// ---- save decisions ----

#[test]
fn save_writes_when_nothing_is_stored() {
    assert_eq!(decide_save(None, None), SaveDecision::Write);
    // Deleted in another tab while open here: writing it back keeps the work.
    assert_eq!(decide_save(None, Some(4)), SaveDecision::Write);
}

#[test]
fn save_writes_when_the_stored_revision_is_the_base() {
    assert_eq!(decide_save(Some(4), Some(4)), SaveDecision::Write);
    assert_eq!(decide_save(Some(0), Some(0)), SaveDecision::Write);
}

#[test]
fn save_conflicts_when_another_tab_wrote_a_greater_revision() {
    assert_eq!(decide_save(Some(5), Some(4)), SaveDecision::Conflict { stored_revision: 5 });
}

#[test]
fn save_conflicts_when_the_stored_revision_is_smaller_than_the_base() {
    // Another tab wrote an older copy over ours (or storage was restored): still not ours to overwrite.
    assert_eq!(decide_save(Some(3), Some(4)), SaveDecision::Conflict { stored_revision: 3 });
}

#[test]
fn save_conflicts_when_something_is_stored_but_this_tab_never_loaded_it() {
    assert_eq!(decide_save(Some(1), None), SaveDecision::Conflict { stored_revision: 1 });
    assert_eq!(decide_save(Some(0), None), SaveDecision::Conflict { stored_revision: 0 });
}

#[test]
fn keeping_mine_after_a_conflict_goes_above_both() {
    assert_eq!(revision_to_overwrite(4, 9), 10);
    assert_eq!(revision_to_overwrite(12, 9), 13);
    assert_eq!(revision_to_overwrite(u64::MAX, 1), u64::MAX);
}

// ---- ids to load ----

#[test]
fn ids_follow_the_index_order() {
    let stored = keys(&[
        "spec-lens:v1:assessment:a",
        "spec-lens:v1:assessment:b",
        "spec-lens:v1:assessment:c",
        "spec-lens:v1:index",
        "spec-lens:v1:prefs",
        "spec-lens:v1:trash",
    ]);
    let index = Index::new(keys(&["c", "a", "b"]));
    assert_eq!(ids_to_load(Some(index), &stored), keys(&["c", "a", "b"]));
}

#[test]
fn ids_missing_from_the_index_are_recovered_after_it() {
    let stored =
        keys(&["spec-lens:v1:assessment:a", "spec-lens:v1:assessment:new", "spec-lens:v1:assessment:b"]);
    let index = Index::new(keys(&["b", "a"]));
    assert_eq!(ids_to_load(Some(index), &stored), keys(&["b", "a", "new"]));
}

#[test]
fn without_an_index_ids_come_from_the_keys() {
    let stored = keys(&["spec-lens:v1:index", "spec-lens:v1:assessment:x", "spec-lens:v1:assessment:y"]);
    assert_eq!(ids_to_load(None, &stored), keys(&["x", "y"]));
}

#[test]
fn ids_are_not_duplicated() {
    let stored =
        keys(&["spec-lens:v1:assessment:a", "spec-lens:v1:assessment:b", "spec-lens:v1:assessment:a"]);
    let index = Index::new(keys(&["a", "b", "a", "b"]));
    assert_eq!(ids_to_load(Some(index), &stored), keys(&["a", "b"]));
}

#[test]
fn index_ids_without_a_document_are_left_out() {
    let stored = keys(&["spec-lens:v1:assessment:a"]);
    let index = Index::new(keys(&["gone", "a"]));
    assert_eq!(ids_to_load(Some(index), &stored), keys(&["a"]));
}

#[test]
fn quarantined_and_foreign_keys_are_not_loaded() {
    let stored = keys(&[
        "spec-lens:quarantine:spec-lens:v1:assessment:a:20261127T090000.000Z",
        "other-app:assessment:z",
        "spec-lens:v2:assessment:future",
    ]);
    assert!(ids_to_load(None, &stored).is_empty());
}

// ---- messages ----

fn all_errors() -> Vec<StoreError> {
    vec![
        StoreError::Unavailable,
        StoreError::QuotaExceeded,
        StoreError::ReadBackMismatch { key: "spec-lens:v1:assessment:a-1".to_string() },
        StoreError::Corrupt(Corrupt::NotJson("expected value at line 1 column 1".to_string())),
        StoreError::TooNew { found: 2, supported: 1 },
        StoreError::Conflict { stored_revision: 8 },
        StoreError::Other("NotAllowedError: denied".to_string()),
    ]
}

#[test]
fn each_message_is_one_sentence_ending_with_a_full_stop() {
    for error in all_errors() {
        let message = error.to_string();
        assert!(message.ends_with('.'), "{message}");
        let body = &message[..message.len() - 1];
        assert!(!body.contains(". "), "one sentence: {message}");
        assert!(!body.contains('?') && !body.contains('!'), "{message}");
        assert!(message.chars().next().is_some_and(char::is_uppercase), "{message}");
    }
}

#[test]
fn messages_say_what_to_do() {
    assert_eq!(
        StoreError::QuotaExceeded.to_string(),
        "This browser's storage is full, so your latest change is not saved; download a backup, then \
         delete assessments you no longer need."
    );
    assert!(StoreError::Unavailable.to_string().contains("download a backup"));
    assert!(StoreError::Conflict { stored_revision: 8 }.to_string().contains("choose which version"));
    let too_new = StoreError::TooNew { found: 2, supported: 1 }.to_string();
    assert!(too_new.contains("format 2") && too_new.contains("up to 1"), "{too_new}");
}

#[test]
fn store_error_is_a_std_error() {
    let boxed: Box<dyn std::error::Error> = Box::new(StoreError::QuotaExceeded);
    assert!(boxed.to_string().starts_with("This browser's storage is full"));
}

// ---- documents stored once ----

fn with_document(id: &str) -> Assessment {
    use spec_lens::domain::document::{build, Paragraph, SourceFile};
    let mut a = assessment(id, 1);
    a.specification.text.clear();
    let source = SourceFile {
        name: "spec.docx".into(),
        size: 1234,
        sha256: "sha256:00ff".into(),
        opened_at: at("2026-11-27T08:00:00Z"),
    };
    let paragraphs = vec![
        Paragraph::heading(1, "1.", "Service"),
        Paragraph::body("1.1", "The service."),
        Paragraph::body("1.2", "We met service users."),
    ];
    a.specification.document = Some(build(Some(source), paragraphs, 2));
    a
}

#[test]
fn a_document_is_stored_once_under_its_hash_and_read_back_whole() {
    let (a, b) = (with_document("a-1"), with_document("a-2"));
    let (ea, eb) = (encode_assessment(&a).expect("encodes"), encode_assessment(&b).expect("encodes"));
    let (key, document) = ea.document.clone().expect("the document is stored apart");
    assert!(key.starts_with(DOCUMENT_PREFIX) && key.len() == DOCUMENT_PREFIX.len() + 64, "{key}");
    assert_eq!(
        eb.document.as_ref().map(|d| &d.0),
        Some(&key),
        "two assessments of one document share its key"
    );
    assert!(!ea.entry.contains("\"blocks\""), "the entry holds no document: {}", ea.entry);
    assert!(ea.entry.contains(&format!("\"document_ref\":\"{key}\"")));
    let documents = |k: &str| (k == key).then(|| document.clone());
    assert_eq!(decode_assessment(&ea.entry, &documents), Ok(a.clone()));
    assert_eq!(document_ref_of(&ea.entry), Some(key.clone()));
    assert_eq!(stored_revision_of(&ea.entry), Ok(1));
    match decide_load(&assessment_key("a-1"), &ea.entry, &documents) {
        LoadDecision::Loaded(loaded) => assert_eq!(*loaded, a),
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_entry_whose_document_is_missing_is_kept_aside_not_loaded_without_it() {
    let encoded = encode_assessment(&with_document("a-1")).expect("encodes");
    match decide_load(&assessment_key("a-1"), &encoded.entry, &no_documents) {
        LoadDecision::Quarantine { reason } => assert!(reason.to_string().contains("is missing"), "{reason}"),
        other => panic!("{other:?}"),
    }
    let broken = |_: &str| Some("{not json".to_string());
    assert!(
        matches!(decode_assessment(&encoded.entry, &broken), Err(e @ StoreError::Corrupt(_)) if e.to_string().contains("unreadable"))
    );
    let elsewhere = encoded.entry.replace(DOCUMENT_PREFIX, "spec-lens:v1:assessment:");
    assert!(
        matches!(decode_assessment(&elsewhere, &no_documents), Err(e @ StoreError::Corrupt(_)) if e.to_string().contains("not a storage key"))
    );
}

#[test]
fn a_version_1_entry_with_pasted_text_still_reads() {
    let a = assessment("a-1", 4);
    let v1 = encode_ok(&a).replace("\"version\":3", "\"version\":1");
    assert!(v1.contains("\"version\":1"));
    assert_eq!(decode(&v1), Ok(a));
}
