//! Framework 1.1 scored on two made-up specifications, kept as fixtures so that a change to the
//! criteria, the weights, the caps or the timescale rules shows up as a change in what they score.
//!
//! - `inclusive-specification.json`: accommodation support in Brackenshire (a made-up county),
//!   written to be inclusive but not perfect: a dated local needs assessment, lived experience that
//!   changed the design, the Police and Crime Commissioner and partners involved, a 10-week
//!   consultation and 28 weeks to service start. Scored honestly it is Good.
//! - `thin-specification.json`: employment services in the Eastern Fens region (made up): national
//!   and OASys data only, a needs analysis due after publication, a three-week consultation, six
//!   weeks to service start and generic outcomes. Scored honestly it is Inadequate.
//!
//! Both were written, and are scored criterion by criterion with a rationale and verbatim
//! evidence, by `tests/fixtures/framework-1.1/make_fixtures.py`; read that file to see the text and
//! the scores side by side.

#[path = "support/common.rs"]
mod common;

use std::collections::BTreeSet;

use common::framework;
use spec_lens::domain::json::from_json;
use spec_lens::domain::{
    contradictions, results, rules_hash, split_clauses, timescale_findings, Answer, Assessment, Band,
    FindingRule, FindingStatus, Framework,
};

const INCLUSIVE: &str = include_str!("fixtures/framework-1.1/inclusive-specification.json");
const THIN: &str = include_str!("fixtures/framework-1.1/thin-specification.json");

const CONSULTATION: &str = "process-consultation";

/// A fixture pinned to the built-in framework 1.1. The file leaves `framework.rules_hash` empty
/// and it is filled in here, as the worked example's loader does, so the fixture cannot drift out
/// of step with the framework it was scored under; a hash the file does carry must be the
/// built-in one.
fn load(json: &str) -> (Framework, Assessment) {
    let framework = framework();
    let mut assessment: Assessment = from_json(json).expect("the fixture parses");
    assert_eq!(framework.version, "1.1", "these fixtures are scored under framework 1.1");
    assert_eq!(assessment.framework.id, framework.id);
    assert_eq!(assessment.framework.version, framework.version);
    let hash = rules_hash(&framework);
    assert!(
        assessment.framework.rules_hash.is_empty() || assessment.framework.rules_hash == hash,
        "the fixture was scored under other rules: {}",
        assessment.framework.rules_hash
    );
    assessment.framework.rules_hash = hash;
    (framework, assessment)
}

fn status_of(findings: &[spec_lens::domain::Finding], rule: FindingRule) -> FindingStatus {
    let matching: Vec<_> = findings.iter().filter(|f| f.rule == rule).collect();
    assert_eq!(matching.len(), 1, "one {rule:?} finding: {findings:?}");
    matching[0].status
}

#[test]
fn every_criterion_is_answered_with_evidence_quoted_from_the_clause_cited() {
    for (name, json) in [("inclusive", INCLUSIVE), ("thin", THIN)] {
        let (framework, assessment) = load(json);
        let ids: BTreeSet<&str> = framework.criteria().map(|(_, c)| c.id.as_str()).collect();
        let answered: BTreeSet<&str> = assessment.responses.keys().map(String::as_str).collect();
        assert_eq!(answered, ids, "{name}: every criterion, and only criteria of the framework, is answered");
        assert_eq!(ids.len(), 45, "framework 1.1 has 45 criteria");

        assert!(assessment.specification.document.is_none(), "{name}: scored as pasted text");
        let clauses = split_clauses(&assessment.specification.text);
        assert!((25..=55).contains(&clauses.len()), "{name}: {} clauses", clauses.len());
        for (id, response) in &assessment.responses {
            assert!(!response.rationale.trim().is_empty(), "{name} {id}: empty rationale");
            match &response.answer {
                Answer::Level { level } => assert!(*level <= 4, "{name} {id}: level {level}"),
                Answer::NotApplicable { reason } => {
                    assert!(!reason.trim().is_empty(), "{name} {id}: not applicable without a reason")
                }
                Answer::InsufficientEvidence => {}
            }
            if matches!(response.answer, Answer::Level { .. } | Answer::NotApplicable { .. }) {
                assert!(!response.evidence.is_empty(), "{name} {id}: an answer with no evidence");
            }
            for evidence in &response.evidence {
                assert!(!evidence.quote.trim().is_empty(), "{name} {id}: empty quote");
                let number =
                    evidence.clause.unwrap_or_else(|| panic!("{name} {id}: evidence cites no clause"));
                let clause = clauses
                    .iter()
                    .find(|c| c.id == number)
                    .unwrap_or_else(|| panic!("{name} {id}: clause {number} does not exist"));
                assert!(
                    clause.text.contains(&evidence.quote),
                    "{name} {id}: not found word for word in clause {number}: {:?}",
                    evidence.quote
                );
            }
        }

        let r = results(&framework, &assessment.responses);
        assert_eq!(r.coverage.total, 45);
        assert_eq!(r.coverage.unanswered, 0, "{name}: unanswered {:?}", r.unanswered);
        assert!(!r.provisional);
    }
}

#[test]
fn the_inclusive_specification_is_good_or_better_with_no_cap_and_every_timescale_met() {
    let (framework, assessment) = load(INCLUSIVE);
    let r = results(&framework, &assessment.responses);

    let overall = r.overall.expect("a complete assessment has an overall percentage");
    assert!(overall >= framework.bands.good, "overall {overall}");
    assert!(matches!(r.band, Some(Band::Good | Band::Outstanding)), "band {:?} at {overall}", r.band);
    assert_eq!(r.cap, None, "no critical criterion failed");
    assert_eq!(r.band, r.uncapped_band);
    for (_, criterion) in framework.criteria().filter(|(_, c)| c.critical) {
        let answer = &assessment.responses[&criterion.id].answer;
        assert!(matches!(answer, Answer::Level { level } if *level >= 3), "{}: {answer:?}", criterion.id);
    }
    // Not perfect: an honest assessor finds gaps.
    assert!(!r.gaps.is_empty());
    assert!(r.insufficient.is_empty(), "{:?}", r.insufficient);
    assert_eq!(r.coverage.not_applicable, 1, "only the Welsh language, for a service in England");

    let dates = &assessment.specification.dates;
    let findings = timescale_findings(&framework.timescale_rules, dates);
    assert!(!findings.is_empty());
    assert!(findings.iter().all(|f| f.status == FindingStatus::Met), "{findings:#?}");
    for rule in [
        FindingRule::NeedsAssessmentBeforePublication,
        FindingRule::ConsultationWindow,
        FindingRule::PublicationToStart,
    ] {
        assert_eq!(status_of(&findings, rule), FindingStatus::Met);
    }
    assert_eq!(contradictions(&framework, dates, &assessment.responses), vec![]);
}

#[test]
fn the_thin_specification_is_inadequate_capped_by_several_critical_criteria_and_rushed() {
    let (framework, assessment) = load(THIN);
    let r = results(&framework, &assessment.responses);

    let overall = r.overall.expect("a complete assessment has an overall percentage");
    assert!(overall < framework.bands.requires_improvement, "overall {overall}");
    assert_eq!(r.band, Some(Band::Inadequate));
    assert_eq!(r.uncapped_band, Some(Band::Inadequate), "inadequate on its merits, not only by the cap");

    let cap = r.cap.as_ref().expect("failed critical criteria hold the band");
    assert_eq!(cap.band, Band::Inadequate);
    let capped: BTreeSet<&str> = cap.criteria.iter().map(String::as_str).collect();
    for id in ["data-local-assessment", "process-before-specification", "spec-golden-thread", "partner-pcc"] {
        assert!(capped.contains(id), "{id} is not among {capped:?}");
    }
    let threshold = framework.critical_caps.inadequate_from.expect("framework 1.1 sets a count") as usize;
    assert!(capped.len() > threshold, "several failed critical criteria: {capped:?}");

    let dates = &assessment.specification.dates;
    let findings = timescale_findings(&framework.timescale_rules, dates);
    assert_eq!(status_of(&findings, FindingRule::PublicationToStart), FindingStatus::NotMet);
    assert_eq!(status_of(&findings, FindingRule::ConsultationWindow), FindingStatus::NotMet);
    assert_eq!(status_of(&findings, FindingRule::NeedsAssessmentBeforePublication), FindingStatus::NotMet);
    assert!(findings.iter().all(|f| f.rule != FindingRule::DateOrder), "{findings:#?}");
    // Scored honestly, no answer claims what the dates deny.
    assert_eq!(contradictions(&framework, dates, &assessment.responses), vec![]);
}

/// An assessor who answers the thin specification's consultation at level 3 (met in full) is told
/// the dates say otherwise, and the answer stands: Spec Lens reports, the assessor decides.
#[test]
fn a_consultation_answer_the_dates_contradict_is_reported_and_left_as_given() {
    let (framework, assessment) = load(THIN);
    let dates = &assessment.specification.dates;
    let honest = assessment.responses.clone();
    assert_eq!(honest[CONSULTATION].answer, Answer::Level { level: 2 });

    let mut claimed = honest.clone();
    claimed.get_mut(CONSULTATION).expect("the consultation criterion is answered").answer =
        Answer::Level { level: 3 };

    let found = contradictions(&framework, dates, &claimed);
    assert_eq!(found.len(), 1, "{found:#?}");
    let contradiction = &found[0];
    assert_eq!(contradiction.criterion_id, CONSULTATION);
    assert_eq!(contradiction.level, 3);
    assert_eq!(contradiction.finding.rule, FindingRule::ConsultationWindow);
    assert_eq!(contradiction.finding.status, FindingStatus::NotMet);
    let message = spec_lens::i18n::words::finding(&contradiction.finding);
    assert!(message.contains("3 weeks"), "{message}");
    let findings = timescale_findings(&framework.timescale_rules, dates);
    assert!(findings.contains(&contradiction.finding), "the finding is the one the results list");

    // Nothing is changed for the assessor: the answer counts as given.
    assert_eq!(claimed[CONSULTATION].answer, Answer::Level { level: 3 });
    let before = results(&framework, &honest);
    let after = results(&framework, &claimed);
    assert_eq!(after.band, before.band);
    assert_eq!(after.uncapped_band, before.uncapped_band);
    assert_eq!(after.cap, before.cap);
    assert_eq!(after.coverage, before.coverage);
    assert_eq!(after.insufficient, before.insufficient);
    for (b, a) in before.sections.iter().zip(&after.sections) {
        if a.id == "process" {
            assert!(a.percent > b.percent, "level 3 scores as level 3: {:?} -> {:?}", b.percent, a.percent);
        } else {
            assert_eq!(a, b, "section {} moved", a.id);
        }
    }
    assert!(after.overall > before.overall);
    let gap = after.gaps.iter().find(|g| g.criterion_id == CONSULTATION).expect("still short of full marks");
    assert_eq!(gap.points, 3);
}
