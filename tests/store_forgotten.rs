//! "Forget this browser" counts what it removed by kind and says so in one sentence.
#![cfg(not(target_arch = "wasm32"))]

use spec_lens::format::store::{assessment_key, document_key, framework_key, prefs_key, Forgotten};

#[test]
fn removed_keys_are_counted_by_kind_and_said_in_one_sentence() {
    let mut forgotten = Forgotten::default();
    for key in
        [assessment_key("a-1"), assessment_key("a-2"), framework_key("abc"), document_key("ff"), prefs_key()]
    {
        forgotten.count(&key);
    }
    forgotten.count("spec-lens:quarantine:x");
    assert_eq!(
        forgotten,
        Forgotten { assessments: 2, frameworks: 1, documents: 1, other: 2, offline_copies: 0 }
    );
    assert_eq!(
        forgotten.sentence(),
        "Removed 2 assessments, 1 imported or edited framework, 1 specification document and 2 other entries \
         (preferences, drafts, the workshop)."
    );
    forgotten.offline_copies = 1;
    assert!(forgotten.sentence().ends_with(
        ", 2 other entries (preferences, drafts, the workshop) and the offline copy of the page."
    ));
}
