//! The worked example is what a first-time user reads as "a finished assessment", so it is held
//! to the scale's own meaning, not only to the file format (which `tests/builtin_data.rs` checks):
//! - it is scored under the newest built-in framework;
//! - Absent (level 0) means the specification shows something is missing, so the rationale names
//!   what is missing;
//! - Insufficient evidence means the specification makes a claim that cannot be checked, so the
//!   rationale points at that claim (a clause), and says it could not be checked; silence is Absent;
//! - the result is Inadequate, and the critical cap names exactly the critical criteria that fail;
//! - every quote is word for word in the clause it cites.

#[path = "support/common.rs"]
mod common;

use std::collections::BTreeSet;

use common::{framework, worked_example};
use spec_lens::domain::builtin::{builtin_frameworks, BUILTIN_RULES_HASH};
use spec_lens::domain::{
    contradictions, results, split_clauses, version_key, Answer, Assessment, Band, Clause, Framework,
    Response, Status, MAX_LEVEL,
};

fn clauses(assessment: &Assessment) -> Vec<Clause> {
    split_clauses(&assessment.specification.text)
}

/// The words of a text, lowercased, with punctuation (other than inner apostrophes and hyphens)
/// dropped: "no OASys, no data." is ["no", "oasys", "no", "data"].
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '-').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// An Absent rationale is long enough to name something, and says that something is missing.
/// "Not mentioned." is not enough: it should say what the reader would have looked for.
const ABSENT_MIN_WORDS: usize = 10;

/// Words that say something is missing, the way these notes are written.
const MISSING_WORDS: [&str; 8] = ["no", "not", "nothing", "none", "missing", "without", "neither", "blank"];

fn names_what_is_missing(rationale: &str) -> bool {
    let words = words(rationale);
    words.len() >= ABSENT_MIN_WORDS && words.iter().any(|w| MISSING_WORDS.contains(&w.as_str()))
}

/// Insufficient evidence is kept for a claim the specification makes but does not back up, so the
/// rationale must point at the claim: it names a clause of the specification ("clause 4", "clauses
/// 4 and 6") or cites one as evidence, and it says the claim could not be checked ("cannot be
/// checked", "could not check", "uncheckable"). A rationale that only says the specification is
/// silent ("Veterans are not mentioned.") fails: silence is Absent (level 0).
fn points_at_an_uncheckable_claim(response: &Response, clauses: &[Clause]) -> bool {
    let words = words(&response.rationale);
    let names_clause = words.windows(2).any(|pair| {
        matches!(pair[0].as_str(), "clause" | "clauses")
            && pair[1].parse::<u32>().is_ok_and(|n| clauses.iter().any(|c| c.id == n))
    });
    let cites_clause = response.evidence.iter().any(|e| e.clause.is_some());
    let says_unchecked = words.iter().any(|w| w.contains("check"));
    (names_clause || cites_clause) && says_unchecked
}

/// Critical criteria the worked example fails (scored 0 or 1, or Insufficient evidence), in id
/// order, worked out from the answers rather than taken from `results`.
fn failed_critical(f: &Framework, assessment: &Assessment) -> Vec<String> {
    let mut failed: Vec<String> = f
        .criteria()
        .map(|(_, c)| c)
        .filter(|c| c.critical)
        .filter(|c| {
            assessment.responses.get(&c.id).and_then(|r| r.answer.points()).is_some_and(|points| points <= 1)
        })
        .map(|c| c.id.clone())
        .collect();
    failed.sort();
    failed
}

#[test]
fn the_worked_example_is_pinned_to_the_newest_built_in_version() {
    let all = builtin_frameworks().expect("the built-in frameworks parse");
    let (newest, newest_hash) =
        all.iter().max_by_key(|(f, _)| version_key(&f.version)).expect("at least one built-in version");
    let f = framework();
    assert_eq!(newest.version, f.version, "builtin_framework() is the newest version");

    let a = worked_example();
    assert_eq!(a.framework.id, newest.id);
    assert_eq!(a.framework.version, newest.version, "the worked example is scored under the newest version");
    assert_eq!(a.framework.rules_hash, *newest_hash, "the loader pins the newest version's recorded hash");
    assert_eq!(a.framework.rules_hash, BUILTIN_RULES_HASH);

    // Every criterion of that version is answered, and nothing else.
    let ids: BTreeSet<&str> = f.criteria().map(|(_, c)| c.id.as_str()).collect();
    let answered: BTreeSet<&str> = a.responses.keys().map(String::as_str).collect();
    assert_eq!(answered, ids);
    for id in ["data-local-assessment", "access-digital-exclusion", "spec-resources-follow-need"] {
        assert!(a.responses.contains_key(id), "{id}, new in 1.1, is answered");
    }
}

#[test]
fn the_worked_example_keeps_its_identity() {
    let a = worked_example();
    assert_eq!(a.id, "worked-example-accommodation");
    assert_eq!(a.status, Status::Final);
    assert_eq!(a.assessor, "Spec Lens worked example");
    assert!(a.updated_at >= a.created_at);
    assert!(a.revision >= 2, "re-scored under 1.1, so revised at least once");
    assert!(a.provenance.is_none());
}

#[test]
fn every_absent_answer_names_what_is_missing() {
    let a = worked_example();
    let mut absent = 0;
    for (id, response) in &a.responses {
        if response.answer == (Answer::Level { level: 0 }) {
            absent += 1;
            assert!(
                names_what_is_missing(&response.rationale),
                "{id}: an Absent answer should say what is missing, in {ABSENT_MIN_WORDS} words or more: {:?}",
                response.rationale
            );
        }
    }
    assert!(absent > 0, "the Accommodation specification leaves most of the framework out");
}

#[test]
fn insufficient_evidence_only_for_a_claim_that_could_not_be_checked() {
    let a = worked_example();
    let clauses = clauses(&a);
    for (id, response) in &a.responses {
        if response.answer == Answer::InsufficientEvidence {
            assert!(
                points_at_an_uncheckable_claim(response, &clauses),
                "{id}: Insufficient evidence should name the clause whose claim could not be checked \
                 (if the specification is silent, the answer is Absent): {:?}",
                response.rationale
            );
        }
    }
}

/// The rule above, on answers it must accept and reject, so that it is not vacuous when the
/// worked example has no Insufficient evidence answer.
#[test]
fn the_insufficient_evidence_rule_tells_a_claim_from_silence() {
    let clauses = clauses(&worked_example());
    let ie = |rationale: &str, evidence: Vec<spec_lens::domain::Evidence>| Response {
        answer: Answer::InsufficientEvidence,
        rationale: rationale.into(),
        evidence,
    };
    let silent = ie("Veterans are not mentioned.", vec![]);
    assert!(!points_at_an_uncheckable_claim(&silent, &clauses));
    let old_style =
        ie("The specification refers to no needs assessment, so there is nothing to check.", vec![]);
    assert!(!points_at_an_uncheckable_claim(&old_style, &clauses), "no clause named: this is silence");
    let no_such_clause = ie("Clause 99 claims an assessment that cannot be checked.", vec![]);
    assert!(!points_at_an_uncheckable_claim(&no_such_clause, &clauses));
    let claim = ie(
        "Clause 4 relies on each person's action plan, which is not shown, so the barriers cannot be checked.",
        vec![],
    );
    assert!(points_at_an_uncheckable_claim(&claim, &clauses));
    let cited = ie(
        "The practitioner's assessment is claimed but could not be checked.",
        vec![spec_lens::domain::Evidence {
            clause: Some(2),
            quote: "The probation practitioner assesses the complexity level of each person referred.".into(),
        }],
    );
    assert!(points_at_an_uncheckable_claim(&cited, &clauses));

    assert!(!names_what_is_missing("Not mentioned."));
    assert!(names_what_is_missing(
        "The specification names no source of evidence at all: no needs assessment, no data."
    ));
}

#[test]
fn the_band_is_inadequate_and_the_cap_lists_the_failed_critical_criteria() {
    let f = framework();
    let a = worked_example();
    let r = results(&f, &a.responses);

    assert!(!r.provisional && r.coverage.unanswered == 0, "every criterion is answered");
    let overall = r.overall.expect("a complete assessment has an overall percentage");
    assert!(overall < f.bands.requires_improvement, "overall {overall}");
    assert_eq!(r.band, Some(Band::Inadequate));

    let failed = failed_critical(&f, &a);
    // Named here so that a change to which critical criteria fail is a deliberate one.
    assert_eq!(
        failed,
        [
            "data-local-assessment",
            "data-oasys-beyond",
            "equality-nine-characteristics",
            "lived-input",
            "partner-pcc",
            "process-before-specification",
            "spec-golden-thread",
        ]
    );
    let critical = f.criteria().filter(|(_, c)| c.critical).count();
    assert_eq!(failed.len(), critical, "the specification meets none of the critical criteria");

    let from = f.critical_caps.inadequate_from.expect("1.1 holds several failures at Inadequate") as usize;
    assert!(failed.len() >= from, "enough failures to hold the band at Inadequate on their own");
    let cap = r.cap.expect("failed critical criteria are reported");
    assert_eq!(cap.criteria, failed, "the cap lists exactly the failed critical criteria");
    assert_eq!(cap.band, Band::Inadequate);
    assert!(!cap.applied, "the percentage is already Inadequate; the cap holds it there");
    for (_, c) in f.criteria().filter(|(_, c)| c.critical) {
        assert!(
            spec_lens::i18n::words::cap_reason(&cap).contains(c.title.trim()),
            "the reason names {:?}",
            c.title
        );
    }
}

#[test]
fn every_quote_is_verbatim_in_the_clause_it_cites() {
    let a = worked_example();
    let clauses = clauses(&a);
    let mut quotes = 0;
    for (id, response) in &a.responses {
        for evidence in &response.evidence {
            let number = evidence.clause.unwrap_or_else(|| panic!("{id}: the worked example cites clauses"));
            let clause = clauses
                .iter()
                .find(|c| c.id == number)
                .unwrap_or_else(|| panic!("{id}: clause {number} does not exist"));
            let quote = evidence.quote.as_str();
            assert!(quote.trim() == quote && !quote.is_empty(), "{id}: quote {quote:?} is empty or padded");
            assert!(clause.text.contains(quote), "{id}: {quote:?} is not word for word in clause {number}");
            quotes += 1;
        }
    }
    assert!(quotes > 0);
}

/// Clause numbers a rationale names ("clause 11", "clauses 4 to 11") exist in the specification.
#[test]
fn clauses_named_in_rationales_exist() {
    let a = worked_example();
    let count = clauses(&a).len() as u32;
    for (id, response) in &a.responses {
        let words = words(&response.rationale);
        for (i, w) in words.iter().enumerate() {
            if !matches!(w.as_str(), "clause" | "clauses") {
                continue;
            }
            for next in words[i + 1..].iter().take(3) {
                if let Ok(n) = next.parse::<u32>() {
                    assert!((1..=count).contains(&n), "{id}: names clause {n}, of {count}");
                }
            }
        }
    }
}

#[test]
fn levels_are_in_range_and_rationales_are_short_plain_notes() {
    let a = worked_example();
    for (id, response) in &a.responses {
        if let Answer::Level { level } = response.answer {
            assert!(level <= MAX_LEVEL, "{id}: level {level}");
        }
        let n = words(&response.rationale).len();
        assert!((5..=90).contains(&n), "{id}: rationale of {n} words");
        assert!(
            !words(&response.rationale).iter().any(|w| w == "you" || w == "your"),
            "{id}: the rationale is the assessor's note, not addressed to the reader"
        );
    }
}

/// The example has no key dates, so Spec Lens's timescale checks cannot contradict its answers.
#[test]
fn no_timescale_finding_contradicts_an_answer() {
    let f = framework();
    let a = worked_example();
    assert!(contradictions(&f, &a.specification.dates, &a.responses).is_empty());
}
