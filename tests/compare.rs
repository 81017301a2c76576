//! Comparing two assessments: results and bands side by side with the change, each criterion's
//! answers, better and worse, the critical cap, evidence added and dropped, clauses that changed
//! under cited evidence, framework versions, and refusals. Also writes the two fixture files the
//! end-to-end test imports (UPDATE_FIXTURES=1 rewrites them).

#[path = "support/compare_pair.rs"]
mod pair;

#[path = "support/fixture_file.rs"]
mod fixture_file;

use pair::{draft, framework, revised};
use spec_lens::domain::comparison::{
    compare, CapCrossing, CompareError, Comparison, CriterionChange, CriterionOrder, Incomparable, Movement,
    Presence, Side,
};
use spec_lens::domain::text_changes::ChangeKind;
use spec_lens::domain::{results, Answer, Assessment, Band, Framework};
use spec_lens::format::envelope::export_assessment;

fn compared(before: &Assessment, after: &Assessment, f: &Framework) -> Comparison {
    compare(Side { assessment: before, framework: f }, Side { assessment: after, framework: f })
        .expect("comparable")
}

fn criterion<'a>(c: &'a Comparison, id: &str) -> &'a CriterionChange {
    c.criteria.iter().find(|k| k.id == id).unwrap_or_else(|| panic!("{id} is compared"))
}

#[test]
fn overall_and_section_results_are_each_assessments_own_with_the_change() {
    let f = framework();
    let (before, after) = (draft(), revised());
    let c = compared(&before, &after, &f);
    let (r_before, r_after) = (results(&f, &before.responses), results(&f, &after.responses));
    assert_eq!(c.before, r_before);
    assert_eq!(c.after, r_after);
    let (b, a) = (r_before.overall.expect("scored"), r_after.overall.expect("scored"));
    assert_eq!(c.overall.change, Some(a - b));
    assert!(c.overall.not_comparable.is_empty());
    assert_eq!(c.sections.len(), f.sections.len());
    for (section, (sb, sa)) in c.sections.iter().zip(r_before.sections.iter().zip(&r_after.sections)) {
        assert_eq!(section.id, sa.id);
        assert!(section.comparable && section.in_before && section.in_after);
        assert_eq!(section.change, sb.percent.zip(sa.percent).map(|(b, a)| a - b));
    }
    // Two failed critical criteria hold the worked example at Inadequate; draft 2 clears the local
    // needs assessment but fails the golden thread still, so the band stays where it was.
    assert_eq!(c.overall.band_before, Some(Band::Inadequate));
    assert_eq!(c.overall.band_movement, Some(Movement::Same));
}

#[test]
fn each_criterion_says_which_way_it_moved_and_by_how_much() {
    let c = compared(&draft(), &revised(), &framework());
    let local = criterion(&c, "data-local-assessment");
    assert_eq!((local.movement, local.points_change), (Movement::Better, Some(3)));
    assert_eq!(local.before, Some(Answer::Level { level: 0 }));
    assert_eq!(local.after, Some(Answer::Level { level: 3 }));
    let thread = criterion(&c, "spec-golden-thread");
    assert_eq!((thread.movement, thread.points_change), (Movement::Worse, Some(-1)));
    // Insufficient evidence scores 0 as the 0 it replaced did: changed, neither better nor worse.
    let evaluation = criterion(&c, "review-evaluation");
    assert_eq!((evaluation.movement, evaluation.points_change), (Movement::Changed, Some(0)));
    assert_eq!(criterion(&c, "data-oasys-beyond").movement, Movement::Same);
    let t = c.tally;
    assert_eq!((t.better, t.worse, t.changed), (3, 1, 1));
    assert_eq!(t.same, framework().criterion_count() - 5);
    assert_eq!((t.before_only, t.after_only), (0, 0));
}

#[test]
fn a_critical_criterion_that_crossed_the_cap_is_named() {
    let c = compared(&draft(), &revised(), &framework());
    assert_eq!(criterion(&c, "data-local-assessment").cap, Some(CapCrossing::Cleared));
    assert_eq!(criterion(&c, "spec-golden-thread").cap, None, "1 and 0 both hold the band down");
    // The other way round, the same criterion fell below the cap.
    let back = compared(&revised(), &draft(), &framework());
    assert_eq!(criterion(&back, "data-local-assessment").cap, Some(CapCrossing::Fell));
    assert_eq!((back.tally.fell, back.tally.cleared), (1, 0));
}

#[test]
fn evidence_added_and_dropped_match_clauses_across_the_renumbering() {
    let c = compared(&draft(), &revised(), &framework());
    let local = criterion(&c, "data-local-assessment");
    assert_eq!(local.evidence_added.len(), 1);
    assert_eq!(local.evidence_added[0].clause, Some(4));
    assert!(local.evidence_dropped.is_empty());
    // Cited clause 7 was dropped from the text, and its evidence with it.
    let digital = criterion(&c, "access-digital-exclusion");
    assert_eq!(digital.evidence_dropped.iter().map(|e| e.clause).collect::<Vec<_>>(), vec![Some(7)]);
    assert!(digital.evidence_added.is_empty());
    // Evidence from clause 4 in draft 1 is from clause 5 in draft 2: the same evidence, not moved.
    let disclosure = criterion(&c, "data-disclosure");
    assert!(disclosure.evidence_added.is_empty() && disclosure.evidence_dropped.is_empty());
    assert!(!disclosure.is_change());
}

#[test]
fn the_text_changes_and_the_criteria_whose_cited_clauses_changed() {
    let c = compared(&draft(), &revised(), &framework());
    assert!(!c.same_text());
    let kinds: Vec<(ChangeKind, Option<&str>, Option<&str>)> = c
        .text
        .changes
        .iter()
        .map(|k| {
            (k.kind, k.before.as_ref().map(|r| r.label.as_str()), k.after.as_ref().map(|r| r.label.as_str()))
        })
        .collect();
    assert_eq!(
        kinds,
        vec![
            (ChangeKind::Reworded, Some("3"), Some("3")),
            (ChangeKind::Added, None, Some("4")),
            (ChangeKind::Removed, Some("7"), None),
            (ChangeKind::Reworded, Some("9"), Some("9")),
        ]
    );
    assert_eq!((c.text.unchanged, c.text.renumbered), (12, 3));
    // Clause 3 is cited by "Women" on both sides; clause 7 by "Digital exclusion" in draft 1.
    let eligibility_change = 0;
    assert!(criterion(&c, "cohort-women").cited_changes.contains(&eligibility_change));
    assert_eq!(criterion(&c, "access-digital-exclusion").cited_changes, vec![2]);
    assert_eq!(criterion(&c, "data-local-assessment").cited_changes, vec![1]);
    assert!(criterion(&c, "data-oasys-beyond").cited_changes.is_empty());
}

#[test]
fn largest_change_first_and_changes_only() {
    let c = compared(&draft(), &revised(), &framework());
    let order = c.order(CriterionOrder::LargestChange, false);
    assert_eq!(order.len(), c.criteria.len());
    let first: Vec<&str> = order.iter().take(4).map(|&i| c.criteria[i].id.as_str()).collect();
    // Three levels and across the cap, then two levels, then the one that got worse before the one
    // that got better by as much.
    assert_eq!(
        first,
        vec!["data-local-assessment", "cohort-women", "spec-golden-thread", "spec-eligibility-referral"]
    );
    let changed = c.order(CriterionOrder::LargestChange, true);
    assert!(changed.iter().all(|&i| c.criteria[i].is_change()));
    assert!(changed.len() < c.criteria.len());
    // Framework order keeps the framework's order.
    let framework_order = c.order(CriterionOrder::Framework, true);
    assert!(framework_order.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(framework_order.len(), changed.len());
}

#[test]
fn an_assessment_compared_with_itself_is_refused() {
    let f = framework();
    let a = draft();
    let refused = compare(Side { assessment: &a, framework: &f }, Side { assessment: &a, framework: &f });
    assert_eq!(refused, Err(CompareError::SameAssessment));
}

#[test]
fn frameworks_with_no_criterion_in_common_are_refused() {
    let f = framework();
    let mut other = f.clone();
    other.id = "another-framework".into();
    for section in &mut other.sections {
        for criterion in &mut section.criteria {
            criterion.id = format!("other-{}", criterion.id);
        }
    }
    let (a, b) = (draft(), revised());
    let refused = compare(Side { assessment: &a, framework: &f }, Side { assessment: &b, framework: &other });
    assert_eq!(refused, Err(CompareError::NoCriterionInCommon));
}

#[test]
fn the_same_text_under_the_same_rules_has_no_text_or_framework_changes() {
    let f = framework();
    let a = draft();
    let mut b = draft();
    b.id = "copy".into();
    b.assessor = "Second assessor".into();
    let c = compared(&a, &b, &f);
    assert!(c.same_text());
    assert_eq!(c.framework_changes, None);
    assert_eq!(c.overall.change, Some(0.0));
    assert!(c.criteria.iter().all(|k| !k.is_change()));
}

#[test]
fn versions_1_0_and_1_1_compare_criterion_by_criterion_but_not_overall() {
    let (before, old) = pair::draft_under_1_0();
    let new = framework();
    let after = revised();
    let c =
        compare(Side { assessment: &before, framework: &old }, Side { assessment: &after, framework: &new })
            .expect("comparable");
    let changes = c.framework_changes.as_ref().expect("the rules differ");
    assert!(changes.new.contains(&"data-local-assessment".to_string()));
    assert_eq!(
        c.overall.not_comparable,
        vec![Incomparable::CriteriaDiffer, Incomparable::WeightsDiffer, Incomparable::CapsDiffer]
    );
    assert_eq!((c.overall.change, c.overall.band_movement), (None, None));
    assert!(c.overall.before.is_some() && c.overall.after.is_some(), "each result is still shown");
    let local = criterion(&c, "data-local-assessment");
    assert_eq!(
        (local.presence, local.before.clone(), local.movement),
        (Presence::AfterOnly, None, Movement::Changed)
    );
    assert_eq!(c.tally.after_only, changes.new.len());
    // The golden thread is critical only in 1.1: reweighted, so its section is not compared.
    let thread = criterion(&c, "spec-golden-thread");
    assert!(thread.critical && thread.presence == Presence::Both);
    let section = c.sections.iter().find(|s| s.title == thread.section_title).expect("its section");
    assert!(!section.comparable && section.change.is_none());
    assert!(
        c.sections.iter().any(|s| s.comparable && s.change.is_some()),
        "unchanged sections still compare"
    );
}

#[test]
fn two_frameworks_with_other_ids_say_so() {
    let f = framework();
    let mut other = f.clone();
    other.id = "regional-variant".into();
    let (a, b) = (draft(), revised());
    let c = compare(Side { assessment: &a, framework: &f }, Side { assessment: &b, framework: &other })
        .expect("criteria in common");
    assert_eq!(c.overall.not_comparable, vec![Incomparable::OtherFramework]);
    assert_eq!(c.overall.change, None);
}

#[test]
fn an_unanswered_criterion_answered_later_has_changed() {
    let f = framework();
    let mut before = draft();
    before.responses.remove("cohort-veterans");
    let c = compared(&before, &revised(), &f);
    let veterans = criterion(&c, "cohort-veterans");
    assert_eq!(
        (veterans.before.clone(), veterans.movement, veterans.points_change),
        (None, Movement::Changed, None)
    );
    assert!(c.before.provisional && !c.after.provisional);
}

/// The two files the end-to-end test imports, written from the builders above so they always
/// match the current file format and built-in framework.
#[test]
fn compare_fixture_files_are_current() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/compare");
    for (name, (assessment, scored_under)) in pair::pair() {
        let text = export_assessment(&assessment, &scored_under, pair::at(16));
        fixture_file::keep_current(&dir.join(name), &text, "compare");
    }
}

#[test]
fn the_fixture_files_import_as_the_assessments_they_were_written_from() {
    use spec_lens::format::envelope::Kind;
    use spec_lens::format::import::{import, Imported};
    for (name, (assessment, scored_under)) in pair::pair() {
        let text = export_assessment(&assessment, &scored_under, pair::at(16));
        let Ok(Imported::Assessment { payload, .. }) = import(text.as_bytes(), Some(Kind::Assessment)) else {
            panic!("{name} imports as an assessment")
        };
        assert_eq!(payload.assessment.responses, assessment.responses, "{name}");
        assert_eq!(payload.assessment.specification.clauses(), assessment.specification.clauses(), "{name}");
    }
}
