//! Two versions of one specification, scored: the worked example (the Accommodation specification,
//! draft 1) and draft 2 as its commissioners revised it after reading the draft's results. Written
//! to tests/fixtures/compare/ by `tests/compare.rs` (UPDATE_FIXTURES=1) for the end-to-end test.
//!
//! What draft 2 changed, and how the second assessment answered it:
//! - clause 3 (eligibility) names women and men, and women may ask for a female worker;
//! - a new clause 4 says a local needs assessment was done (so clauses 4 to 6 became 5 to 7);
//! - the old clause 7 (the private rented sector) was dropped, so clause 8 on keeps its number;
//! - clause 9 adds people leaving prison;
//! - "Local needs assessment" 0 -> 3 (critical: no longer holds the band down), "Women" 0 -> 2 and
//!   "Eligibility and referral" 1 -> 2, citing the new words; "Needs traced to outcomes" 1 -> 0;
//!   "Evaluation" 0 -> Insufficient evidence (it points to an annex not supplied); the evidence
//!   citing the dropped clause 7 is gone.

// Each test crate that includes this file uses only part of it.
#![allow(dead_code)]

use std::collections::BTreeMap;

use chrono::{DateTime, TimeZone, Utc};
use spec_lens::domain::builtin::builtin_framework_1_0;
use spec_lens::domain::{rules_hash, Answer, Assessment, Evidence, Framework, FrameworkRef, Response};

// Beside this file; the crates that include this one use the built-in framework through it.
#[path = "common.rs"]
mod common;

pub use common::framework;
use common::worked_example;

pub fn at(hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, hour, 0, 0).single().expect("a valid time")
}

/// The worked example as draft 1's assessment.
pub fn draft() -> Assessment {
    let mut a = worked_example();
    a.id = "accommodation-draft-1".into();
    a.specification.version = "Draft 1".into();
    a.assessor = "Commissioning team".into();
    a.framework.rules_hash = rules_hash(&framework());
    a.created_at = at(9);
    a.updated_at = at(10);
    a
}

pub const ELIGIBILITY_BEFORE: &str = "people on a Community Order";
pub const ELIGIBILITY_AFTER: &str = "women and men on a Community Order";
pub const NEW_CLAUSE: &str = "Local needs assessment: a needs assessment of the contract area was completed in \
    March 2026 with local data from the local authority, the police, health and the voluntary sector, broken down \
    by district, sex, age and ethnicity. It is published as Annex A.";
const WOMEN_WORKER: &str = " A woman may ask for a female worker.";
const PRISON: &str = ", including on release from prison";

/// Draft 2's text: draft 1's clauses revised as above, numbered again 1 to N.
fn revised_text(text: &str) -> String {
    let mut clauses: Vec<String> =
        text.split("\n\n").map(|p| p.split_once(". ").map_or(p, |(_, body)| body).to_string()).collect();
    clauses[2] = clauses[2].replacen(ELIGIBILITY_BEFORE, ELIGIBILITY_AFTER, 1) + WOMEN_WORKER;
    clauses[8] = clauses[8].trim_end_matches('.').to_string() + PRISON + ".";
    clauses.remove(6);
    clauses.insert(3, NEW_CLAUSE.to_string());
    clauses.iter().enumerate().map(|(i, c)| format!("{}. {c}", i + 1)).collect::<Vec<_>>().join("\n\n")
}

/// Draft 1's clause numbers in draft 2: 4 to 6 moved down one, 7 was dropped.
fn renumbered(clause: u32) -> Option<u32> {
    match clause {
        4..=6 => Some(clause + 1),
        7 => None,
        other => Some(other),
    }
}

fn answer(a: &mut Assessment, id: &str, answer: Answer, rationale: &str, evidence: Vec<Evidence>) {
    let response = a.responses.entry(id.into()).or_insert_with(|| Response {
        answer: answer.clone(),
        rationale: String::new(),
        evidence: vec![],
    });
    response.answer = answer;
    response.rationale = rationale.into();
    response.evidence.extend(evidence);
}

fn quote(clause: u32, quote: &str) -> Evidence {
    Evidence { clause: Some(clause), quote: quote.into() }
}

/// Draft 2's assessment: draft 1's answers and evidence carried over to the new numbering, then the
/// changes above.
pub fn revised() -> Assessment {
    let mut a = draft();
    a.id = "accommodation-draft-2".into();
    a.specification.version = "Draft 2".into();
    a.specification.text = revised_text(&a.specification.text);
    a.created_at = at(14);
    a.updated_at = at(15);
    for response in a.responses.values_mut() {
        response.evidence = std::mem::take(&mut response.evidence)
            .into_iter()
            .filter_map(|e| match e.clause {
                Some(c) => renumbered(c).map(|c| Evidence { clause: Some(c), quote: e.quote }),
                None => Some(e),
            })
            .collect();
    }
    let level = |level| Answer::Level { level };
    answer(
        &mut a,
        "data-local-assessment",
        level(3),
        "Draft 2 names a needs assessment of the contract area with local data from several local bodies.",
        vec![quote(4, "a needs assessment of the contract area was completed in March 2026")],
    );
    answer(
        &mut a,
        "cohort-women",
        level(2),
        "Women are named as eligible and may ask for a female worker; no women-specific provision.",
        vec![quote(3, "A woman may ask for a female worker.")],
    );
    answer(&mut a, "spec-eligibility-referral", level(2), "Eligibility now names women and men.", vec![]);
    answer(
        &mut a,
        "spec-golden-thread",
        level(0),
        "The new outcomes are not traced to the needs assessment.",
        vec![],
    );
    answer(
        &mut a,
        "review-evaluation",
        Answer::InsufficientEvidence,
        "An evaluation plan is said to be in Annex C, which was not supplied.",
        vec![],
    );
    a
}

/// Draft 1 as scored under version 1.0 of the framework, before "Local needs assessment" (and two other
/// criteria) existed and the golden thread was critical: the answers 1.0 has, as the worked example gave them.
pub fn draft_under_1_0() -> (Assessment, Framework) {
    let old = builtin_framework_1_0().expect("1.0 parses");
    let mut a = draft();
    a.id = "accommodation-draft-1-v1-0".into();
    a.responses.retain(|id, _| old.criterion(id).is_some());
    a.framework =
        FrameworkRef { id: old.id.clone(), version: old.version.clone(), rules_hash: rules_hash(&old) };
    (a, old)
}

/// Each fixture with the framework it was scored under, by file name under tests/fixtures/compare/.
pub fn pair() -> BTreeMap<&'static str, (Assessment, Framework)> {
    BTreeMap::from([
        ("accommodation-draft-1.speclens.json", (draft(), framework())),
        ("accommodation-draft-2.speclens.json", (revised(), framework())),
        ("accommodation-draft-1-v1-0.speclens.json", draft_under_1_0()),
    ])
}
