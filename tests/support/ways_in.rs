//! The ways a framework comes in from outside, for the tests that check they refuse a bad one alike
//! (`one_check`, `refusals_welsh`): as a file and inside a share link. Included with
//! `#[path = "support/ways_in.rs"] mod ways_in;`.

// Each test crate that includes this file uses only part of it.
#![allow(dead_code)]

use chrono::DateTime;
use spec_lens::domain::{Assessment, Framework};
use spec_lens::format::envelope::export_framework;
use spec_lens::format::import::{import, ImportError, Imported};
use spec_lens::format::share::{payload_json, read_payload, ShareError};

/// An assessment to carry a framework in a share link.
pub fn an_assessment() -> Assessment {
    let bytes = std::fs::read("tests/fixtures/v3-assessment.speclens.json").expect("fixture");
    match import(&bytes, None).expect("the fixture opens") {
        Imported::Assessment { payload, .. } => payload.assessment,
        other => panic!("an assessment file, not {:?}", other.kind()),
    }
}

/// Why `framework`, exported as a file, is refused when the file is opened.
pub fn refused_as_file(framework: &Framework) -> ImportError {
    let at = DateTime::parse_from_rfc3339("2026-12-05T12:00:00Z").expect("time").to_utc();
    match import(export_framework(framework, at).as_bytes(), None) {
        Err(error) => error,
        Ok(_) => panic!("the file should be refused"),
    }
}

/// Why `framework`, carried in a share link with an assessment, is refused when the link is opened.
pub fn refused_in_link(framework: &Framework) -> ShareError {
    let json = payload_json(&an_assessment(), framework, &[]);
    read_payload(json.as_bytes(), &[]).expect_err("the link should be refused")
}
