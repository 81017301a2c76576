//! The built-in data most tests start from, each read with one message when it fails to parse; the
//! times they write as text; and a small draft assessment as the library stores it. Included with `#[path = "support/common.rs"] mod common;`.

// Each test crate that includes this file uses only part of it.
#![allow(dead_code)]

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use spec_lens::domain::builtin::{builtin_framework, builtin_frameworks, example_specifications};
use spec_lens::domain::{
    Answer, Assessment, Evidence, Framework, FrameworkRef, Response, Specification, Status,
};

/// The built-in framework, at its newest version.
pub fn framework() -> Framework {
    builtin_framework().expect("the built-in framework parses")
}

/// Every version of the built-in framework, oldest first.
pub fn versions() -> Vec<Framework> {
    builtin_frameworks().expect("the built-in frameworks parse").into_iter().map(|(f, _)| f).collect()
}

/// The worked example: the Accommodation example specification, scored and final.
pub fn worked_example() -> Assessment {
    spec_lens::domain::builtin::worked_example().expect("the worked example parses")
}

/// The example specifications, in their fixed order.
pub fn examples() -> Vec<Specification> {
    example_specifications().expect("the example specifications parse")
}

/// A time written as RFC 3339, such as "2026-11-27T09:00:00Z".
pub fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap_or_else(|e| panic!("test time {s}: {e}"))
}

/// A draft assessment as the library stores it, under a framework reference that names no real
/// framework: one criterion answered with a level, a rationale and a quoted clause, one not applicable.
pub fn assessment(id: &str, revision: u64) -> Assessment {
    let mut responses = BTreeMap::new();
    responses.insert(
        "c1".to_string(),
        Response {
            answer: Answer::Level { level: 3 },
            rationale: "Names the groups consulted.".to_string(),
            evidence: vec![Evidence { clause: Some(2), quote: "We met service users.".to_string() }],
        },
    );
    responses.insert(
        "c2".to_string(),
        Response {
            answer: Answer::NotApplicable { reason: "No residential element.".to_string() },
            rationale: String::new(),
            evidence: vec![],
        },
    );
    Assessment {
        id: id.to_string(),
        specification: Specification {
            title: "Accommodation support".to_string(),
            commissioner: "Probation".to_string(),
            text: "1. The service.\n2. We met service users.".to_string(),
            ..Specification::default()
        },
        framework: FrameworkRef {
            id: "inclusive-needs-assessment".to_string(),
            version: "1.0".to_string(),
            rules_hash: "abc".to_string(),
        },
        assessor: "Commissioner".to_string(),
        status: Status::Draft,
        created_at: at("2026-11-27T09:00:00Z"),
        updated_at: at("2026-11-27T09:30:00Z"),
        revision,
        responses,
        provenance: None,
    }
}
