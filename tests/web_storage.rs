//! The storage adapter (browser::storage) against real localStorage in headless Chromium: round
//! trip, quota exceeded, corrupted entry, newer-version entry, read-back mismatch, conflict, undo.
#![cfg(target_arch = "wasm32")]

#[path = "support/common.rs"]
mod common;

use std::collections::BTreeMap;

use wasm_bindgen_test::*;

use common::assessment;
use spec_lens::browser::storage::{self, LibraryLoad};
use spec_lens::domain::Assessment;
use spec_lens::format::store::{
    assessment_key, encode_assessment, index_key, prefs_key, trash_key, StoreError, DOCUMENT_PREFIX,
    QUARANTINE_PREFIX,
};

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    storage::local_storage().expect("localStorage in the test browser")
}

/// Each test starts from empty storage.
fn fresh() -> web_sys::Storage {
    let s = local();
    s.clear().expect("clear localStorage");
    s
}

fn raw(key: &str) -> Option<String> {
    local().get_item(key).expect("get_item")
}

/// An edit as the domain makes it: new content and the next revision.
fn edited(a: &Assessment, rationale: &str) -> Assessment {
    let mut next = a.clone();
    if let Some(r) = next.responses.get_mut("c1") {
        r.rationale = rationale.to_string();
    }
    next.revision += 1;
    next
}

fn load() -> LibraryLoad {
    storage::load_library("20261127T090000.000Z")
}

fn loaded_ids(load: &LibraryLoad) -> Vec<String> {
    load.assessments.iter().map(|(a, _)| a.id.clone()).collect()
}

#[wasm_bindgen_test]
fn save_then_load_round_trips() {
    fresh();
    let a = assessment("a-1", 1);
    let b = assessment("b-2", 3);
    assert_eq!(storage::save_assessment(&a, None), Ok(1));
    assert_eq!(storage::save_assessment(&b, None), Ok(3));
    let a2 = edited(&a, "Better.");
    assert_eq!(storage::save_assessment(&a2, Some(1)), Ok(2));

    let load = load();
    assert_eq!(load.assessments, vec![(a2.clone(), 2), (b.clone(), 3)]);
    assert!(load.quarantined.is_empty() && load.kept_unreadable.is_empty() && load.problems.is_empty());
    assert_eq!(storage::stored_revision("a-1"), Ok(Some(2)));
    assert_eq!(storage::stored_revision("nobody"), Ok(None));
    assert_eq!(raw(&index_key()).as_deref(), Some(r#"{"ids":["a-1","b-2"],"version":3}"#));
    assert_eq!(
        storage::keys(),
        Ok(vec![assessment_key("a-1"), assessment_key("b-2"), index_key()]),
        "only namespaced keys, sorted"
    );
}

#[wasm_bindgen_test]
fn a_document_missing_from_the_index_is_found_and_indexed_again() {
    let s = fresh();
    storage::save_assessment(&assessment("a-1", 1), None).expect("save a");
    storage::save_assessment(&assessment("b-2", 1), None).expect("save b");
    // As if the page died between writing a document and writing the index.
    s.set_item(&index_key(), r#"{"version":1,"ids":["b-2"]}"#).expect("plant index");
    let load = load();
    assert_eq!(loaded_ids(&load), vec!["b-2", "a-1"]);
    assert_eq!(raw(&index_key()).as_deref(), Some(r#"{"ids":["b-2","a-1"],"version":3}"#));

    // An unreadable index is rebuilt from the keys, and reported.
    s.set_item(&index_key(), "{oops").expect("plant bad index");
    let load = self::load();
    assert_eq!(loaded_ids(&load), vec!["a-1", "b-2"]);
    assert_eq!(load.problems.len(), 1);
    assert!(raw(&index_key()).is_some_and(|i| i.contains("a-1") && i.contains("b-2")));
    let set_aside = storage::list_quarantine();
    assert_eq!(set_aside.len(), 1, "the unreadable index was kept too");
    assert_eq!(raw(&set_aside[0]).as_deref(), Some("{oops"));

    // Saving with an unreadable index keeps its bytes too and rebuilds it.
    s.set_item(&index_key(), "[1,").expect("plant another bad index");
    storage::save_assessment(&assessment("c-3", 1), None).expect("save c");
    assert_eq!(raw(&index_key()).as_deref(), Some(r#"{"ids":["a-1","b-2","c-3"],"version":3}"#));
    assert_eq!(storage::list_quarantine().len(), 2);
}

/// Fills localStorage with throwaway keys until set_item throws, from large pieces down to small
/// ones, so that little room is left. Returns the filler keys.
fn fill(s: &web_sys::Storage) -> Vec<String> {
    let mut keys = Vec::new();
    for size in [1 << 20, 1 << 16, 1 << 12, 1 << 8, 1 << 4] {
        let chunk = "x".repeat(size);
        // Bounded: Chromium's quota is about 5 M characters, so 80 pieces of each size is ample.
        for _ in 0..80 {
            let key = format!("test-filler-{}", keys.len());
            if s.set_item(&key, &chunk).is_err() {
                break;
            }
            keys.push(key);
        }
    }
    keys
}

#[wasm_bindgen_test]
fn quota_exceeded_keeps_the_last_good_copy() {
    let s = fresh();
    let a = assessment("a-1", 1);
    assert_eq!(storage::save_assessment(&a, None), Ok(1));
    let before = raw(&assessment_key("a-1")).expect("saved");

    let filler = fill(&s);
    assert!(!filler.is_empty(), "the filler wrote something");
    let mut bigger = edited(&a, "Longer.");
    bigger.specification.text = "A long pasted specification. ".repeat(2_000);
    assert_eq!(storage::save_assessment(&bigger, Some(1)), Err(StoreError::QuotaExceeded));
    assert_eq!(raw(&assessment_key("a-1")), Some(before.clone()), "previous copy unchanged");
    assert_eq!(storage::stored_revision("a-1"), Ok(Some(1)));
    // Preferences hit the same wall and say so.
    assert_eq!(storage::write_prefs(&"y".repeat(100_000)), Err(StoreError::QuotaExceeded));

    for key in &filler {
        s.remove_item(key).expect("free the filler");
    }
    // With room again, the same save (same base) goes through.
    assert_eq!(storage::save_assessment(&bigger, Some(1)), Ok(2));
    assert_eq!(load().assessments, vec![(bigger, 2)]);
}

#[wasm_bindgen_test]
fn a_corrupted_entry_is_quarantined_and_the_rest_still_loads() {
    let s = fresh();
    let good = assessment("good", 4);
    storage::save_assessment(&good, None).expect("save good");
    let planted = "{\"format\":\"spec-lens-store\",\"version\":1,\"assessment\":{\"id\":\"bad\",\"revis";
    s.set_item(&assessment_key("bad"), planted).expect("plant the corrupt entry");

    let load = storage::load_library("20261127T101500.123Z");
    assert_eq!(load.assessments, vec![(good, 4)]);
    assert_eq!(load.quarantined.len(), 1);
    let report = &load.quarantined[0];
    assert_eq!(report.key, assessment_key("bad"));
    assert_eq!(
        report.quarantine_key,
        "spec-lens:quarantine:spec-lens:v1:assessment:bad:20261127T101500.123Z"
    );
    assert!(report.reason.to_string().ends_with('.'), "{}", report.reason);
    assert_eq!(raw(&assessment_key("bad")), None, "original key gone");
    assert_eq!(raw(&report.quarantine_key).as_deref(), Some(planted), "exact raw bytes kept");
    assert_eq!(storage::list_quarantine(), vec![report.quarantine_key.clone()]);
    assert_eq!(storage::read_raw(&report.quarantine_key), Ok(Some(planted.to_string())));
    assert!(raw(&index_key()).is_some_and(|i| !i.contains("bad")));

    // The same bytes planted again at the same stamp go to a second key, not over the first.
    s.set_item(&assessment_key("bad"), "garbage").expect("plant again");
    let again = storage::load_library("20261127T101500.123Z");
    assert_eq!(again.quarantined.len(), 1);
    assert_eq!(raw(&report.quarantine_key).as_deref(), Some(planted));
    assert_eq!(raw(&again.quarantined[0].quarantine_key).as_deref(), Some("garbage"));
    assert_eq!(storage::list_quarantine().len(), 2);

    // Discarding is limited to the quarantine.
    assert!(storage::discard_quarantined(&assessment_key("good")).is_err());
    assert!(raw(&assessment_key("good")).is_some());
    assert_eq!(storage::discard_quarantined(&report.quarantine_key), Ok(()));
    assert_eq!(storage::list_quarantine(), vec![again.quarantined[0].quarantine_key.clone()]);
    assert!(storage::list_quarantine().iter().all(|k| k.starts_with(QUARANTINE_PREFIX)));
}

#[wasm_bindgen_test]
fn a_corrupted_entry_found_when_saving_is_moved_aside_first() {
    let s = fresh();
    s.set_item(&assessment_key("a-1"), "not json").expect("plant");
    let a = assessment("a-1", 2);
    assert_eq!(storage::save_assessment(&a, Some(1)), Ok(2));
    assert_eq!(storage::stored_revision("a-1"), Ok(Some(2)));
    let quarantined = storage::list_quarantine();
    assert_eq!(quarantined.len(), 1);
    assert_eq!(raw(&quarantined[0]).as_deref(), Some("not json"));
}

#[wasm_bindgen_test]
fn a_newer_version_entry_is_kept_in_place_untouched() {
    let s = fresh();
    let newer = r#"{"format":"spec-lens-store","version":4,"assessment":{"id":"n-1","shape":"new"}}"#;
    s.set_item(&assessment_key("n-1"), newer).expect("plant the newer entry");
    storage::save_assessment(&assessment("a-1", 1), None).expect("save a");

    let load = load();
    assert_eq!(loaded_ids(&load), vec!["a-1"]);
    assert!(load.quarantined.is_empty());
    assert_eq!(load.kept_unreadable.len(), 1);
    assert_eq!(load.kept_unreadable[0].0, assessment_key("n-1"));
    assert!(load.kept_unreadable[0].1.to_string().contains("newer version"));
    assert_eq!(raw(&assessment_key("n-1")).as_deref(), Some(newer));

    // Never written, whatever this tab believes, and never deleted by this version.
    let clash = assessment("n-1", 1);
    assert_eq!(storage::save_assessment(&clash, None), Err(StoreError::TooNew { found: 4, supported: 3 }));
    assert!(matches!(storage::delete_assessment("n-1"), Err(StoreError::TooNew { .. })));
    assert!(matches!(storage::stored_revision("n-1"), Err(StoreError::TooNew { .. })));
    let _ = self::load();
    assert_eq!(raw(&assessment_key("n-1")).as_deref(), Some(newer));
    assert!(storage::list_quarantine().is_empty());
}

#[wasm_bindgen_test]
fn a_read_back_mismatch_restores_the_previous_value() {
    let s = fresh();
    let key = "spec-lens:v1:test";
    s.set_item(key, "last good").expect("plant");
    let lying = |_: &web_sys::Storage, _: &str| Ok(Some("garbled".to_string()));
    let result = storage::write_checked_with(&s, key, "new value", lying);
    assert_eq!(result, Err(StoreError::ReadBackMismatch { key: key.to_string() }));
    assert_eq!(raw(key).as_deref(), Some("last good"));

    // A read-back that fails counts as a mismatch too.
    let failing = |_: &web_sys::Storage, _: &str| Err(StoreError::Other("read failed".to_string()));
    assert!(matches!(
        storage::write_checked_with(&s, key, "new value", failing),
        Err(StoreError::ReadBackMismatch { .. })
    ));
    assert_eq!(raw(key).as_deref(), Some("last good"));

    // With nothing there before, nothing is left behind.
    let fresh_key = "spec-lens:v1:test-new";
    assert!(storage::write_checked_with(&s, fresh_key, "new value", lying).is_err());
    assert_eq!(raw(fresh_key), None);

    // The real read-back passes.
    assert_eq!(storage::write_checked_with(&s, key, "new value", storage::read_back), Ok(()));
    assert_eq!(storage::write_checked(key, "newer value"), Ok(()));
    assert_eq!(raw(key).as_deref(), Some("newer value"));
}

#[wasm_bindgen_test]
fn a_newer_write_from_another_tab_is_a_conflict() {
    let s = fresh();
    let mine = assessment("a-1", 1);
    let base = storage::save_assessment(&mine, None).expect("first save");
    assert_eq!(base, 1);

    // Another tab loaded revision 1 too, edited, and saved revision 2.
    let theirs = edited(&mine, "Theirs.");
    let theirs_raw = encode_assessment(&theirs).expect("encode").entry;
    s.set_item(&assessment_key("a-1"), &theirs_raw).expect("other tab writes");
    assert_eq!(storage::stored_revision("a-1"), Ok(Some(2)));

    let my_edit = edited(&mine, "Mine.");
    assert_eq!(
        storage::save_assessment(&my_edit, Some(base)),
        Err(StoreError::Conflict { stored_revision: 2 })
    );
    assert_eq!(raw(&assessment_key("a-1")), Some(theirs_raw), "the other tab's data untouched");

    // A tab that never loaded it cannot write over it either.
    assert_eq!(storage::save_assessment(&my_edit, None), Err(StoreError::Conflict { stored_revision: 2 }));

    // The user chooses to keep theirs, then edits on top: the base is now 2.
    let on_top = edited(&theirs, "Both.");
    assert_eq!(storage::save_assessment(&on_top, Some(2)), Ok(3));
}

#[wasm_bindgen_test]
fn delete_then_restore_gives_back_the_same_assessment() {
    fresh();
    let a = assessment("a-1", 5);
    let b = assessment("b-2", 1);
    storage::save_assessment(&a, None).expect("save a");
    storage::save_assessment(&b, None).expect("save b");
    let stored = raw(&assessment_key("a-1"));

    assert_eq!(storage::delete_assessment("a-1"), Ok(()));
    assert_eq!(raw(&assessment_key("a-1")), None);
    assert_eq!(raw(&trash_key()), stored);
    assert_eq!(loaded_ids(&load()), vec!["b-2"]);

    assert_eq!(storage::restore_trash(), Ok(Some(a.clone())));
    assert_eq!(raw(&assessment_key("a-1")), stored);
    assert_eq!(raw(&trash_key()), None);
    assert_eq!(storage::restore_trash(), Ok(None), "the trash is empty after undo");
    let load = load();
    assert_eq!(loaded_ids(&load), vec!["b-2", "a-1"]);
    assert!(load.assessments.contains(&(a.clone(), 5)));
    // Its revision is the base for the next save.
    assert_eq!(storage::save_assessment(&edited(&a, "After undo."), Some(5)), Ok(6));

    // Deleting keeps only the last one; deleting without undo keeps none.
    storage::delete_assessment("a-1").expect("delete a");
    storage::delete_assessment("b-2").expect("delete b");
    assert_eq!(storage::restore_trash().map(|r| r.map(|x| x.id)), Ok(Some("b-2".to_string())));
    assert_eq!(storage::delete_without_undo("b-2"), Ok(()));
    assert_eq!(storage::restore_trash(), Ok(None));
    assert!(load_is_empty());
}

fn load_is_empty() -> bool {
    load().assessments.is_empty()
}

#[wasm_bindgen_test]
fn preferences_are_kept_apart_and_never_fatal() {
    let s = fresh();
    #[derive(serde::Serialize, serde::Deserialize, Default, PartialEq, Debug)]
    struct Prefs {
        list_view: bool,
        theme: String,
    }
    assert_eq!(storage::read_prefs::<Prefs>(), Prefs::default());
    let prefs = Prefs { list_view: true, theme: "projector".to_string() };
    assert_eq!(storage::write_prefs(&prefs), Ok(()));
    assert_eq!(storage::read_prefs::<Prefs>(), prefs);
    s.set_item(&prefs_key(), "{broken").expect("corrupt prefs");
    assert_eq!(storage::read_prefs::<Prefs>(), Prefs::default());
    assert!(load().problems.is_empty(), "prefs are not documents");
}

#[wasm_bindgen_test]
fn a_corrupted_entry_that_cannot_be_moved_aside_stays_where_it_is() {
    let s = fresh();
    storage::save_assessment(&assessment("good", 1), None).expect("save good");
    let planted = "{\"format\":\"spec-lens-store\",\"version\":1,\"assessment\":[";
    s.set_item(&assessment_key("bad"), planted).expect("plant");
    let filler = fill(&s);

    let load = load();
    assert_eq!(loaded_ids(&load), vec!["good"]);
    assert!(load.quarantined.is_empty());
    assert_eq!(load.kept_unreadable.len(), 1);
    assert_eq!(load.kept_unreadable[0].0, assessment_key("bad"));
    assert_eq!(load.problems.len(), 1);
    assert!(load.problems[0].to_string().ends_with('.'));
    assert_eq!(raw(&assessment_key("bad")).as_deref(), Some(planted), "left in place, unchanged");
    assert!(storage::list_quarantine().is_empty(), "no partial copy left behind");

    for key in &filler {
        s.remove_item(key).expect("free the filler");
    }
    let load = self::load();
    assert_eq!(load.quarantined.len(), 1, "moved aside once there is room");
    assert_eq!(raw(&load.quarantined[0].quarantine_key).as_deref(), Some(planted));
}

#[wasm_bindgen_test]
fn deleting_when_storage_is_full_asks_before_giving_up_undo() {
    let s = fresh();
    let mut big = assessment("big", 1);
    big.specification.text = "A long pasted specification. ".repeat(2_000);
    storage::save_assessment(&big, None).expect("save big");
    let stored = raw(&assessment_key("big"));
    let filler = fill(&s);

    // No room for the undo copy: nothing is deleted.
    assert_eq!(storage::delete_assessment("big"), Err(StoreError::QuotaExceeded));
    assert_eq!(raw(&assessment_key("big")), stored);
    assert_eq!(loaded_ids(&load()), vec!["big"]);
    // After the user agrees, deleting without undo frees the room.
    assert_eq!(storage::delete_without_undo("big"), Ok(()));
    assert_eq!(raw(&assessment_key("big")), None);
    assert_eq!(storage::restore_trash(), Ok(None));
    assert!(load_is_empty());

    for key in &filler {
        s.remove_item(key).expect("free the filler");
    }
}

/// An assessment of a document opened from a file: its document is stored apart, once.
fn of_document(id: &str) -> Assessment {
    use spec_lens::domain::document::{build, Paragraph};
    let mut a = assessment(id, 1);
    a.specification.text.clear();
    let paragraphs = vec![Paragraph::body("4.2.1", "Women are offered a female key worker.")];
    a.specification.document = Some(build(None, paragraphs, 0));
    a
}

#[wasm_bindgen_test]
fn a_document_scored_twice_is_stored_once_and_removed_with_its_last_assessment() {
    let s = fresh();
    storage::save_assessment(&of_document("a-1"), None).expect("save a-1");
    storage::save_assessment(&of_document("a-2"), None).expect("save a-2");
    let document_keys = || {
        (0..s.length().unwrap_or(0))
            .filter_map(|i| s.key(i).ok().flatten())
            .filter(|k| k.starts_with(DOCUMENT_PREFIX))
            .collect::<Vec<_>>()
    };
    assert_eq!(document_keys().len(), 1, "one copy for both assessments");
    let loaded = load();
    assert_eq!(loaded.assessments.iter().filter(|(a, _)| a.specification.document.is_some()).count(), 2);
    assert_eq!(loaded.assessments[0].0.specification.clauses()[0].label, "4.2.1");

    storage::delete_without_undo("a-1").expect("delete a-1");
    load();
    assert_eq!(document_keys().len(), 1, "still used by a-2");
    storage::delete_assessment("a-2").expect("delete a-2 (kept in the trash)");
    load();
    assert_eq!(document_keys().len(), 1, "the trash may bring a-2 back");
    let restored = storage::restore_trash().expect("undo").expect("the trashed assessment");
    assert_eq!(restored.specification.clauses()[0].text, "Women are offered a female key worker.");
    storage::delete_without_undo("a-2").expect("delete a-2 for good");
    load();
    assert!(document_keys().is_empty(), "no assessment refers to it any more");
}

#[wasm_bindgen_test]
fn a_stored_framework_that_fails_the_checks_is_left_in_place_and_reported() {
    use spec_lens::domain::{builtin::builtin_framework, rules_hash};
    use spec_lens::format::store::framework_key;
    let s = fresh();
    let mut bad = builtin_framework().expect("built-in");
    bad.id = "planted".into();
    bad.sections[1].criteria[0].sources[0].url = "javascript:alert(1)".into();
    let key = framework_key(&rules_hash(&bad));
    let planted = spec_lens::domain::json::to_json(&bad).expect("json");
    s.set_item(&key, &planted).expect("plant the framework");
    let (frameworks, problems) = storage::load_frameworks();
    assert!(frameworks.iter().all(|f| f.id != "planted"), "not used");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].to_string().contains("is not a web address"), "{}", problems[0]);
    assert_eq!(raw(&key).as_deref(), Some(planted.as_str()), "left as it was");
}

/// Issue 19: an assessment entry and its framework stored before the rules hash was split (storage
/// version 2, the framework under its framework hash) load with the reference renewed, and the
/// framework is found under its old key.
#[wasm_bindgen_test]
fn entries_from_before_the_rules_hash_split_load_with_their_reference_renewed() {
    use spec_lens::domain::{framework_hash, rules_hash, Framework};
    let s = fresh();
    let stored: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/legacy-hash/store-v2-framework.json")).expect("fixture");
    let (key, framework_raw) = (stored["key"].as_str().expect("key"), stored["raw"].as_str().expect("raw"));
    s.set_item(key, framework_raw).expect("plant the framework");
    let entry = include_str!("fixtures/legacy-hash/store-v2-custom.json");
    s.set_item(&assessment_key("legacy-custom"), entry).expect("plant the entry");
    let builtin_entry = include_str!("fixtures/legacy-hash/store-v2-builtin.json");
    s.set_item(&assessment_key("legacy-builtin"), builtin_entry).expect("plant the entry");

    let framework: Framework = spec_lens::domain::json::from_json(framework_raw).expect("framework");
    let (frameworks, problems) = storage::load_stored_frameworks();
    assert!(problems.is_empty(), "{problems:?}");
    let found =
        frameworks.iter().find(|f| f.framework.id == "local-framework").expect("read under its old key");
    assert_eq!(found.rules_hash, rules_hash(&framework));
    assert_eq!(found.old_key.as_deref(), Some(framework_hash(&framework).as_str()));

    let load = load();
    let hashes: BTreeMap<String, String> =
        load.assessments.iter().map(|(a, _)| (a.id.clone(), a.framework.rules_hash.clone())).collect();
    assert_eq!(hashes["legacy-custom"], rules_hash(&framework));
    assert_eq!(hashes["legacy-builtin"], spec_lens::domain::builtin::RULES_HASH_1_1);
    assert_eq!(
        raw(&assessment_key("legacy-custom")).as_deref(),
        Some(entry),
        "written again only when saved"
    );
}
