//! State transitions of an assessment: answering, clearing, rationale and evidence, finalising and
//! reopening, and the revision counter that lets storage notice a newer write from another tab.

#[path = "support/common.rs"]
mod common;

use std::collections::BTreeMap;

use chrono::{DateTime, TimeZone, Utc};
use common::framework;
use spec_lens::domain::{
    Answer, Assessment, EditError, Evidence, Framework, FrameworkRef, Specification, Status,
};

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, minute, 0).single().expect("a valid time")
}

fn draft() -> Assessment {
    Assessment {
        id: "a1".into(),
        specification: Specification {
            title: "Test".into(),
            text: "1. One.\n2. Two.".into(),
            ..Default::default()
        },
        framework: FrameworkRef::default(),
        assessor: String::new(),
        status: Status::Draft,
        created_at: at(0),
        updated_at: at(0),
        revision: 1,
        responses: BTreeMap::new(),
        provenance: None,
    }
}

fn first_id(f: &Framework) -> String {
    f.sections[0].criteria[0].id.clone()
}

#[test]
fn answering_records_the_answer_and_bumps_revision_and_time() {
    let f = framework();
    let mut a = draft();
    let id = first_id(&f);
    a.answer(&f, &id, Answer::Level { level: 3 }, at(5)).unwrap();
    assert_eq!(a.responses[&id].answer, Answer::Level { level: 3 });
    assert_eq!(a.revision, 2);
    assert_eq!(a.updated_at, at(5));
}

#[test]
fn changing_an_answer_keeps_rationale_and_evidence() {
    let f = framework();
    let mut a = draft();
    let id = first_id(&f);
    a.answer(&f, &id, Answer::Level { level: 1 }, at(1)).unwrap();
    a.set_rationale(&f, &id, "Because.".into(), at(2)).unwrap();
    a.add_evidence(&f, &id, Evidence { clause: Some(2), quote: "Two.".into() }, at(3)).unwrap();
    a.answer(&f, &id, Answer::InsufficientEvidence, at(4)).unwrap();
    let r = &a.responses[&id];
    assert_eq!(r.answer, Answer::InsufficientEvidence);
    assert_eq!(r.rationale, "Because.");
    assert_eq!(r.evidence.len(), 1);
    assert_eq!(a.revision, 5);
}

#[test]
fn levels_above_the_scale_are_refused() {
    let f = framework();
    let mut a = draft();
    let err = a.answer(&f, &first_id(&f), Answer::Level { level: 5 }, at(1)).unwrap_err();
    assert_eq!(err, EditError::LevelOutOfRange(5));
    assert!(a.responses.is_empty());
    assert_eq!(a.revision, 1, "a refused edit changes nothing");
}

#[test]
fn not_applicable_needs_a_reason() {
    let f = framework();
    let mut a = draft();
    let id = first_id(&f);
    let err = a.answer(&f, &id, Answer::NotApplicable { reason: "  ".into() }, at(1)).unwrap_err();
    assert_eq!(err, EditError::ReasonRequired);
    a.answer(&f, &id, Answer::NotApplicable { reason: "England only.".into() }, at(1)).unwrap();
    assert!(matches!(a.responses[&id].answer, Answer::NotApplicable { .. }));
}

#[test]
fn unknown_criteria_are_refused() {
    let f = framework();
    let mut a = draft();
    let err = a.answer(&f, "no-such-criterion", Answer::InsufficientEvidence, at(1)).unwrap_err();
    assert_eq!(err, EditError::UnknownCriterion("no-such-criterion".into()));
}

#[test]
fn rationale_and_evidence_wait_for_an_answer() {
    let f = framework();
    let mut a = draft();
    let id = first_id(&f);
    assert_eq!(a.set_rationale(&f, &id, "x".into(), at(1)), Err(EditError::NotAnswered));
    let evidence = Evidence { clause: None, quote: "typed".into() };
    assert_eq!(a.add_evidence(&f, &id, evidence, at(1)), Err(EditError::NotAnswered));
    assert!(a.responses.is_empty(), "no answer is invented");
}

#[test]
fn the_same_evidence_is_not_added_twice_and_removal_is_by_position() {
    let f = framework();
    let mut a = draft();
    let id = first_id(&f);
    a.answer(&f, &id, Answer::Level { level: 2 }, at(1)).unwrap();
    let one = Evidence { clause: Some(1), quote: "One.".into() };
    let two = Evidence { clause: Some(2), quote: "Two.".into() };
    a.add_evidence(&f, &id, one.clone(), at(2)).unwrap();
    a.add_evidence(&f, &id, one.clone(), at(2)).unwrap();
    a.add_evidence(&f, &id, two.clone(), at(2)).unwrap();
    assert_eq!(a.responses[&id].evidence, vec![one, two.clone()]);
    a.remove_evidence(&f, &id, 0, at(3)).unwrap();
    a.remove_evidence(&f, &id, 7, at(3)).unwrap();
    assert_eq!(a.responses[&id].evidence, vec![two]);
}

#[test]
fn clearing_makes_a_criterion_unanswered_and_only_bumps_when_something_changed() {
    let f = framework();
    let mut a = draft();
    let id = first_id(&f);
    a.answer(&f, &id, Answer::Level { level: 2 }, at(1)).unwrap();
    a.clear(&f, &id, at(2)).unwrap();
    assert!(!a.responses.contains_key(&id));
    assert_eq!(a.revision, 3);
    a.clear(&f, &id, at(3)).unwrap();
    assert_eq!(a.revision, 3, "clearing nothing is not a change");
}

#[test]
fn a_final_assessment_refuses_every_edit_until_reopened() {
    let f = framework();
    let mut a = draft();
    let id = first_id(&f);
    a.answer(&f, &id, Answer::Level { level: 2 }, at(1)).unwrap();
    a.finalise(at(2));
    assert!(a.is_final());
    let before = a.clone();
    assert_eq!(a.answer(&f, &id, Answer::Level { level: 4 }, at(3)), Err(EditError::Final));
    assert_eq!(a.clear(&f, &id, at(3)), Err(EditError::Final));
    assert_eq!(a.set_rationale(&f, &id, "x".into(), at(3)), Err(EditError::Final));
    assert_eq!(a.set_title("New".into(), at(3)), Err(EditError::Final));
    assert_eq!(a, before, "nothing changed while final");
    a.reopen(at(4));
    assert_eq!(a.status, Status::Draft);
    a.answer(&f, &id, Answer::Level { level: 4 }, at(5)).unwrap();
}

#[test]
fn finalising_twice_is_one_change() {
    let mut a = draft();
    a.finalise(at(1));
    a.finalise(at(2));
    assert_eq!(a.revision, 2);
    a.reopen(at(3));
    a.reopen(at(4));
    assert_eq!(a.revision, 3);
}

#[test]
fn the_update_time_never_goes_backwards() {
    let f = framework();
    let mut a = draft();
    a.answer(&f, &first_id(&f), Answer::Level { level: 1 }, at(10)).unwrap();
    // A clock that jumped back (another device, a changed time zone) does not rewind the record.
    a.answer(&f, &first_id(&f), Answer::Level { level: 2 }, at(5)).unwrap();
    assert_eq!(a.updated_at, at(10));
}

#[test]
fn every_edit_error_is_one_sentence() {
    let errors = [
        EditError::Final,
        EditError::UnknownCriterion("x".into()),
        EditError::LevelOutOfRange(9),
        EditError::ReasonRequired,
        EditError::NotAnswered,
    ];
    for e in errors {
        let text = e.to_string();
        assert!(text.ends_with('.'), "{text}");
        assert!(text.chars().next().is_some_and(char::is_uppercase), "{text}");
    }
}
