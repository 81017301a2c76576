//! Share links: base64url round trips, and the payload leaves the built-in framework out.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/common.rs"]
mod common;

use common::{framework, worked_example};
use proptest::prelude::*;
use spec_lens::format::share::{base64url_decode, base64url_encode, payload_json, read_payload, ShareError};

proptest! {
    #[test]
    fn base64url_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let text = base64url_encode(&bytes);
        prop_assert!(text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        prop_assert_eq!(base64url_decode(&text).unwrap(), bytes);
    }

    #[test]
    fn decoding_never_panics(text in ".{0,200}") {
        let _ = base64url_decode(&text);
    }

    #[test]
    fn only_the_one_spelling_of_the_bytes_is_read(text in "[A-Za-z0-9_-]{0,40}") {
        // Canonical: whatever is read back is written again exactly as it came.
        if let Ok(bytes) = base64url_decode(&text) {
            prop_assert_eq!(base64url_encode(&bytes), text);
        }
    }
}

#[test]
fn a_link_changed_in_its_unused_last_bits_is_refused_with_a_clear_message() {
    // "Zg" is "f": its last character carries two bits of the byte and four unused ones, which must
    // be zero. "Zh" differs only there: the same byte spelled another way, so not a link Spec Lens
    // made. The hand-written decoder this replaced read it as "f".
    assert_eq!(base64url_decode("Zg").unwrap(), b"f");
    for changed in ["Zh", "Zm9", "Zm9vYh", "Zm9vYmF"] {
        let refused = base64url_decode(changed).unwrap_err();
        assert_eq!(refused, ShareError::NotBase64, "{changed}");
        assert_eq!(
            refused.to_string(),
            "This share link is incomplete or was changed. Ask the sender to copy it again, or to send a file."
        );
    }
}

#[test]
fn base64url_matches_rfc_4648_vectors() {
    for (plain, encoded) in [
        ("", ""),
        ("f", "Zg"),
        ("fo", "Zm8"),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg"),
        ("fooba", "Zm9vYmE"),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(base64url_encode(plain.as_bytes()), encoded);
        assert_eq!(base64url_decode(encoded).unwrap(), plain.as_bytes());
    }
    assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
    assert_eq!(base64url_decode("Zm9vY").unwrap_err(), ShareError::NotBase64);
    assert_eq!(base64url_decode("Zm9v=").unwrap_err(), ShareError::NotBase64);
}

#[test]
fn the_built_in_framework_is_left_out_and_found_again() {
    let framework = framework();
    let assessment = worked_example();
    let json = payload_json(&assessment, &framework, std::slice::from_ref(&framework));
    assert!(!json.contains("\"sections\""), "the framework is not carried");
    let shared = read_payload(json.as_bytes(), std::slice::from_ref(&framework)).unwrap();
    let (back, found) = (shared.assessment, shared.framework);
    assert_eq!(back, assessment);
    assert_eq!(found, framework);
}

#[test]
fn another_framework_travels_in_the_link() {
    let builtin_framework = framework();
    let mut own = builtin_framework.clone();
    own.id = "our-own".into();
    own.sections[0].weight = 5.0;
    let assessment = worked_example();
    let json = payload_json(&assessment, &own, std::slice::from_ref(&builtin_framework));
    let found = read_payload(json.as_bytes(), std::slice::from_ref(&builtin_framework)).unwrap().framework;
    assert_eq!(found, own);
}

#[test]
fn a_link_for_a_framework_this_page_lacks_says_so() {
    let framework = framework();
    let mut assessment = worked_example();
    let json = payload_json(&assessment, &framework, std::slice::from_ref(&framework));
    assessment.framework.rules_hash = "sha256:other".into();
    let json = json.replace(&framework_hash(&framework), "sha256:other");
    let err = read_payload(json.as_bytes(), std::slice::from_ref(&framework)).unwrap_err();
    assert!(matches!(err, ShareError::UnknownFramework { .. }));
    assert!(err.to_string().ends_with("carries its framework."));
}

#[test]
fn newer_and_damaged_links_are_refused_clearly() {
    let framework = framework();
    let err = read_payload(br#"{"version": 9}"#, std::slice::from_ref(&framework)).unwrap_err();
    assert_eq!(err, ShareError::TooNew(9));
    let err = read_payload(b"{not json", std::slice::from_ref(&framework)).unwrap_err();
    assert!(matches!(err, ShareError::Damaged(_)));
}

fn framework_hash(f: &spec_lens::domain::Framework) -> String {
    spec_lens::domain::rules_hash(f)
}
