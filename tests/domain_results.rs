//! Results: percentages, coverage, bands, the critical cap, gaps and chart series.
//! Each test names the rule it guards; it fails if that rule is broken.

use std::collections::BTreeMap;

use spec_lens::i18n::words;

use spec_lens::domain::{
    radar_points, results, section_series, svg_points, Answer, Band, BandThresholds, Criterion, CriterionId,
    Response, Results,
};

#[path = "support/model.rs"]
mod model;

use model::{criterion, critical, framework_of, section};

// ---- builders ----------------------------------------------------------------------------

fn level(level: u8) -> Response {
    response(Answer::Level { level })
}

fn na() -> Response {
    response(Answer::NotApplicable { reason: "Not relevant here".into() })
}

fn insufficient() -> Response {
    response(Answer::InsufficientEvidence)
}

fn response(answer: Answer) -> Response {
    Response { answer, rationale: String::new(), evidence: Vec::new() }
}

fn answers(pairs: &[(&str, Response)]) -> BTreeMap<CriterionId, Response> {
    pairs.iter().map(|(id, r)| (id.to_string(), r.clone())).collect()
}

fn approx(actual: Option<f64>, expected: f64) {
    let actual = actual.unwrap_or_else(|| panic!("expected Some({expected}), got None"));
    assert!((actual - expected).abs() < 1e-9, "expected {expected}, got {actual}");
}

/// One section of equally weighted criteria c1..cn, answered with `levels`.
fn one_section(levels: &[u8]) -> Results {
    let ids: Vec<String> = (1..=levels.len()).map(|i| format!("c{i}")).collect();
    let fw = framework_of(vec![section("s", 1.0, ids.iter().map(|id| criterion(id, 1.0)).collect())]);
    let map = ids.iter().zip(levels).map(|(id, &l)| (id.clone(), level(l))).collect();
    results(&fw, &map)
}

// ---- percentages -------------------------------------------------------------------------

#[test]
fn section_percentage_is_weighted_points_over_four() {
    let fw = framework_of(vec![section("s", 1.0, vec![criterion("a", 3.0), criterion("b", 1.0)])]);
    let r = results(&fw, &answers(&[("a", level(4)), ("b", level(0))]));
    approx(r.sections[0].percent, 75.0);
    approx(r.overall, 75.0);
    let r = results(&fw, &answers(&[("a", level(2)), ("b", level(3))]));
    approx(r.sections[0].percent, 100.0 * (3.0 * 0.5 + 0.75) / 4.0);
}

#[test]
fn overall_is_weighted_by_section_weight() {
    let fw = framework_of(vec![
        section("s1", 2.0, vec![criterion("a", 1.0)]),
        section("s2", 1.0, vec![criterion("b", 1.0)]),
    ]);
    // 100 and 25: (2 * 100 + 1 * 25) / 3 = 75.
    let r = results(&fw, &answers(&[("a", level(4)), ("b", level(1))]));
    approx(r.overall, 75.0);
}

#[test]
fn levels_above_four_are_clamped() {
    let r = one_section(&[9]);
    approx(r.overall, 100.0);
    assert!(r.gaps.is_empty());
}

#[test]
fn all_not_applicable_gives_no_percentage_and_no_band() {
    let fw = framework_of(vec![section("s", 1.0, vec![criterion("a", 1.0), critical("b", 1.0)])]);
    let r = results(&fw, &answers(&[("a", na()), ("b", na())]));
    assert_eq!(r.sections[0].percent, None);
    assert_eq!(r.overall, None);
    assert_eq!(r.band, None);
    assert_eq!(r.uncapped_band, None);
    assert_eq!(r.cap, None, "Not applicable never triggers the critical cap");
    assert!(!r.provisional, "nothing applicable is left unanswered");
    assert_eq!((r.coverage.total, r.coverage.applicable, r.coverage.not_applicable), (2, 0, 2));
    assert_eq!((r.coverage.answered, r.coverage.unanswered), (0, 0));
    assert_eq!(r.coverage.fraction(), 1.0);
    assert!(r.gaps.is_empty());
    assert_eq!((r.sections[0].applicable, r.sections[0].answered, r.sections[0].total), (0, 0, 2));
}

#[test]
fn not_applicable_leaves_the_denominator() {
    let fw = framework_of(vec![section("s", 1.0, vec![criterion("a", 1.0), criterion("b", 5.0)])]);
    let r = results(&fw, &answers(&[("a", level(4)), ("b", na())]));
    approx(r.overall, 100.0);
}

#[test]
fn zero_weight_criterion_is_left_out_of_its_section() {
    let fw = framework_of(vec![section("s", 1.0, vec![criterion("a", 1.0), criterion("b", 0.0)])]);
    let r = results(&fw, &answers(&[("a", level(4)), ("b", level(0))]));
    approx(r.sections[0].percent, 100.0);
}

#[test]
fn section_with_only_zero_weights_has_no_percentage() {
    let fw = framework_of(vec![
        section("zero", 1.0, vec![criterion("a", 0.0), criterion("b", 0.0)]),
        section("other", 1.0, vec![criterion("c", 1.0)]),
    ]);
    let r = results(&fw, &answers(&[("a", level(0)), ("b", level(0)), ("c", level(2))]));
    assert_eq!(r.sections[0].percent, None);
    approx(r.overall, 50.0);
}

#[test]
fn zero_weight_section_is_left_out_of_overall() {
    let fw = framework_of(vec![
        section("s1", 0.0, vec![criterion("a", 1.0)]),
        section("s2", 1.0, vec![criterion("b", 1.0)]),
    ]);
    let r = results(&fw, &answers(&[("a", level(0)), ("b", level(4))]));
    approx(r.sections[0].percent, 0.0);
    approx(r.overall, 100.0);
}

#[test]
fn all_section_weights_zero_gives_no_overall() {
    let fw = framework_of(vec![section("s1", 0.0, vec![criterion("a", 1.0)])]);
    let r = results(&fw, &answers(&[("a", level(4))]));
    approx(r.sections[0].percent, 100.0);
    assert_eq!(r.overall, None);
    assert_eq!(r.band, None);
}

#[test]
fn negative_and_non_finite_weights_count_as_zero() {
    for bad in [-1.0, f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let fw = framework_of(vec![
            section("s1", 1.0, vec![criterion("a", 1.0), criterion("b", bad)]),
            section("s2", bad, vec![criterion("c", 1.0)]),
        ]);
        let r = results(&fw, &answers(&[("a", level(4)), ("b", level(0)), ("c", level(0))]));
        approx(r.sections[0].percent, 100.0);
        approx(r.overall, 100.0);
        assert_eq!(r.sections[1].weight, 0.0, "the weight as used is reported");
        for g in &r.gaps {
            assert!(g.priority.is_finite() && g.priority >= 0.0, "weight {bad}: priority {}", g.priority);
        }
    }
}

#[test]
fn huge_weights_do_not_overflow() {
    let fw = framework_of(vec![
        section("s1", f64::MAX, vec![criterion("a", f64::MAX), criterion("b", f64::MAX)]),
        section("s2", f64::MAX, vec![criterion("c", 1.0)]),
    ]);
    let r = results(&fw, &answers(&[("a", level(4)), ("b", level(0)), ("c", level(2))]));
    approx(r.sections[0].percent, 50.0);
    approx(r.overall, 50.0);
    assert!(r.gaps.iter().all(|g| g.priority.is_finite()));
}

#[test]
fn empty_sections_have_no_percentage_and_do_not_count() {
    let fw = framework_of(vec![section("empty", 5.0, vec![]), section("s", 1.0, vec![criterion("a", 1.0)])]);
    let r = results(&fw, &answers(&[("a", level(3))]));
    assert_eq!(r.sections[0].percent, None);
    assert_eq!((r.sections[0].total, r.sections[0].applicable, r.sections[0].answered), (0, 0, 0));
    approx(r.overall, 75.0);
}

#[test]
fn framework_with_no_sections_gives_empty_results() {
    let r = results(&framework_of(vec![]), &answers(&[("a", level(3))]));
    assert_eq!(r.overall, None);
    assert_eq!(r.band, None);
    assert!(!r.provisional);
    assert_eq!(r.coverage.total, 0);
    assert!(r.sections.is_empty() && r.gaps.is_empty() && r.unanswered.is_empty());
}

#[test]
fn sections_come_back_in_framework_order() {
    let fw = framework_of(vec![
        section("z", 1.0, vec![criterion("a", 1.0)]),
        section("a", 1.0, vec![criterion("b", 1.0)]),
    ]);
    let r = results(&fw, &BTreeMap::new());
    let ids: Vec<&str> = r.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["z", "a"]);
    assert_eq!(r.sections[0].title, "Section z");
}

// ---- unanswered and coverage -------------------------------------------------------------

#[test]
fn unanswered_criteria_are_left_out_of_percentages_but_counted_and_listed() {
    let fw = framework_of(vec![section(
        "s",
        1.0,
        vec![criterion("c3", 1.0), criterion("c1", 1.0), criterion("c2", 1.0), criterion("c4", 1.0)],
    )]);
    let r = results(&fw, &answers(&[("c2", level(4)), ("c4", na())]));
    approx(r.overall, 100.0);
    assert!(r.provisional);
    assert_eq!(r.unanswered, ["c1", "c3"], "sorted by id, not framework order");
    let c = r.coverage;
    assert_eq!((c.total, c.applicable, c.answered, c.not_applicable, c.unanswered), (4, 3, 1, 1, 2));
    assert!((c.fraction() - 1.0 / 3.0).abs() < 1e-12);
    assert_eq!((r.sections[0].answered, r.sections[0].applicable, r.sections[0].total), (1, 3, 4));
}

#[test]
fn nothing_answered_gives_no_percentage_and_is_provisional() {
    let fw = framework_of(vec![section("s", 1.0, vec![criterion("a", 1.0)])]);
    let r = results(&fw, &BTreeMap::new());
    assert_eq!(r.sections[0].percent, None);
    assert_eq!(r.overall, None);
    assert!(r.provisional);
    assert_eq!(r.unanswered, ["a"]);
}

#[test]
fn fully_answered_results_are_not_provisional() {
    let r = one_section(&[4, 3]);
    assert!(!r.provisional);
    assert!(r.unanswered.is_empty());
    assert_eq!(r.coverage.answered, 2);
}

#[test]
fn responses_for_unknown_criteria_are_ignored() {
    let fw = framework_of(vec![section("s", 1.0, vec![criterion("a", 1.0)])]);
    let r = results(&fw, &answers(&[("a", level(4)), ("ghost", level(0)), ("ghost2", insufficient())]));
    approx(r.overall, 100.0);
    assert_eq!(r.coverage.total, 1);
    assert_eq!(r.coverage.answered, 1);
    assert!(r.gaps.is_empty() && r.insufficient.is_empty());
}

#[test]
fn insufficient_evidence_scores_zero_is_counted_and_listed() {
    let fw = framework_of(vec![section(
        "s",
        1.0,
        vec![criterion("b", 1.0), criterion("a", 1.0), criterion("c", 1.0)],
    )]);
    let r = results(&fw, &answers(&[("b", insufficient()), ("a", insufficient()), ("c", level(4))]));
    approx(r.overall, 100.0 / 3.0);
    assert_eq!(r.coverage.insufficient, 2);
    assert_eq!(r.coverage.answered, 3, "Insufficient evidence counts as answered");
    assert_eq!(r.insufficient, ["a", "b"], "sorted by id");
    let gap = r.gaps.iter().find(|g| g.criterion_id == "a").expect("gap for a");
    assert_eq!((gap.points, gap.insufficient), (0, true));
    assert!(!r.provisional);
}

#[test]
fn level_zero_is_not_listed_as_insufficient() {
    let r = one_section(&[0]);
    assert!(r.insufficient.is_empty());
    assert_eq!(r.coverage.insufficient, 0);
    assert!(!r.gaps[0].insufficient);
}

// ---- bands -------------------------------------------------------------------------------

#[test]
fn band_boundaries_are_inclusive_at_80_60_40() {
    // Five equal criteria: each level-4 answer adds 20 points, each level-0 adds none.
    let cases: [(&[u8], f64, Band); 6] = [
        (&[4, 4, 4, 4, 0], 80.0, Band::Outstanding),
        (&[4, 4, 4, 0, 0], 60.0, Band::Good),
        (&[4, 4, 0, 0, 0], 40.0, Band::RequiresImprovement),
        (&[4, 0, 0, 0, 0], 20.0, Band::Inadequate),
        (&[4, 4, 4, 4, 4], 100.0, Band::Outstanding),
        (&[0, 0, 0, 0, 0], 0.0, Band::Inadequate),
    ];
    for (levels, pct, band) in cases {
        let r = one_section(levels);
        approx(r.overall, pct);
        assert_eq!(r.band, Some(band), "{pct}%");
        assert_eq!(r.uncapped_band, Some(band));
    }
}

#[test]
fn just_below_a_boundary_falls_to_the_band_beneath() {
    // Weight 1.0001 on the zero-scoring criterion pulls the percentage just under each boundary.
    for (full, expected) in [(4, Band::Good), (3, Band::RequiresImprovement), (2, Band::Inadequate)] {
        let mut criteria: Vec<Criterion> = (0..full).map(|i| criterion(&format!("full{i}"), 1.0)).collect();
        criteria.extend((0..5 - full).map(|i| criterion(&format!("zero{i}"), 1.0001)));
        let mut map = BTreeMap::new();
        for c in &criteria {
            map.insert(c.id.clone(), level(if c.id.starts_with("full") { 4 } else { 0 }));
        }
        let r = results(&framework_of(vec![section("s", 1.0, criteria)]), &map);
        let overall = r.overall.expect("overall");
        assert!(overall < 20.0 * full as f64 && overall > 20.0 * full as f64 - 0.01);
        assert_eq!(r.band, Some(expected), "{overall}");
    }
}

#[test]
fn band_from_percent_uses_inclusive_thresholds() {
    let t = BandThresholds::default();
    assert_eq!(Band::from_percent(80.0, &t), Band::Outstanding);
    assert_eq!(Band::from_percent(79.99, &t), Band::Good);
    assert_eq!(Band::from_percent(60.0, &t), Band::Good);
    assert_eq!(Band::from_percent(59.99, &t), Band::RequiresImprovement);
    assert_eq!(Band::from_percent(40.0, &t), Band::RequiresImprovement);
    assert_eq!(Band::from_percent(39.99, &t), Band::Inadequate);
    assert_eq!(Band::from_percent(f64::NAN, &t), Band::Inadequate);
    // Float noise just under a threshold still reaches it.
    assert_eq!(Band::from_percent(80.0 - 1e-12, &t), Band::Outstanding);
}

#[test]
fn bands_follow_the_framework_thresholds() {
    let mut fw = framework_of(vec![section("s", 1.0, vec![criterion("a", 1.0), criterion("b", 1.0)])]);
    fw.bands = BandThresholds { outstanding: 95.0, good: 75.0, requires_improvement: 50.0 };
    let r = results(&fw, &answers(&[("a", level(4)), ("b", level(2))]));
    approx(r.overall, 75.0);
    assert_eq!(r.band, Some(Band::Good));
    let r = results(&fw, &answers(&[("a", level(4)), ("b", level(3))]));
    assert_eq!(r.band, Some(Band::Good), "87.5 is below a 95 threshold");
}

#[test]
fn band_labels_use_the_inspectorate_words() {
    let labels: Vec<&str> = Band::ALL.iter().map(|b| words::band(*b)).collect();
    assert_eq!(labels, ["Outstanding", "Good", "Requires improvement", "Inadequate"]);
}

#[test]
fn band_at_most_only_lowers() {
    assert_eq!(Band::Outstanding.at_most(Band::RequiresImprovement), Band::RequiresImprovement);
    assert_eq!(Band::Inadequate.at_most(Band::RequiresImprovement), Band::Inadequate);
    assert!(Band::Good.is_better_than(Band::Inadequate));
    assert!(!Band::Good.is_better_than(Band::Good));
}

// ---- critical cap ------------------------------------------------------------------------

/// Nine level-4 criteria and one critical criterion answered `answer`: 90% or more.
fn high_scoring_with_critical(answer: Response) -> Results {
    let mut criteria: Vec<Criterion> = (0..9).map(|i| criterion(&format!("n{i}"), 1.0)).collect();
    criteria.push(critical("crit", 1.0));
    let mut map: BTreeMap<CriterionId, Response> = (0..9).map(|i| (format!("n{i}"), level(4))).collect();
    map.insert("crit".into(), answer);
    results(&framework_of(vec![section("s", 1.0, criteria)]), &map)
}

#[test]
fn critical_cap_applies_to_levels_0_and_1_and_insufficient_evidence() {
    for answer in [level(0), level(1), insufficient()] {
        let r = high_scoring_with_critical(answer.clone());
        assert_eq!(r.uncapped_band, Some(Band::Outstanding), "{answer:?}");
        assert_eq!(r.band, Some(Band::RequiresImprovement), "{answer:?}");
        let cap = r.cap.expect("cap");
        assert!(cap.applied);
        assert_eq!(cap.criteria, ["crit"]);
        assert_eq!(
            words::cap_reason(&cap),
            "Capped at Requires improvement because a critical criterion scored 1 or less or lacked \
             evidence: Title crit."
        );
    }
}

/// Eight level-4 criteria and two critical ones answered `a` and `b`, under a framework whose
/// `inadequate_from` is `from`.
fn two_critical(a: Response, b: Response, from: Option<u32>) -> Results {
    let mut criteria: Vec<Criterion> = (0..8).map(|i| criterion(&format!("n{i}"), 1.0)).collect();
    criteria.push(critical("crit-a", 1.0));
    criteria.push(critical("crit-b", 1.0));
    let mut fw = framework_of(vec![section("s", 1.0, criteria)]);
    fw.critical_caps.inadequate_from = from;
    let mut map: BTreeMap<CriterionId, Response> = (0..8).map(|i| (format!("n{i}"), level(4))).collect();
    map.insert("crit-a".into(), a);
    map.insert("crit-b".into(), b);
    results(&fw, &map)
}

#[test]
fn two_failed_critical_criteria_hold_the_band_at_inadequate_when_the_framework_says_so() {
    let r = two_critical(level(1), insufficient(), Some(2));
    assert_eq!(r.uncapped_band, Some(Band::Outstanding));
    assert_eq!(r.band, Some(Band::Inadequate));
    let cap = r.cap.expect("cap");
    assert_eq!(cap.band, Band::Inadequate);
    assert!(cap.applied);
    assert_eq!(cap.criteria, ["crit-a", "crit-b"]);
    assert_eq!(
        words::cap_reason(&cap),
        "Capped at Inadequate because critical criteria scored 1 or less or lacked evidence: Title crit-a, \
         Title crit-b."
    );
    // One failure is still Requires improvement.
    let one = two_critical(level(1), level(3), Some(2));
    assert_eq!(one.band, Some(Band::RequiresImprovement));
    assert_eq!(one.cap.expect("cap").band, Band::RequiresImprovement);
}

#[test]
fn without_the_rule_any_number_of_failed_critical_criteria_hold_at_requires_improvement() {
    let r = two_critical(level(0), level(0), None);
    assert_eq!(r.uncapped_band, Some(Band::Outstanding));
    assert_eq!(r.band, Some(Band::RequiresImprovement));
}

#[test]
fn a_rule_of_zero_or_one_means_any_failed_critical_criterion_is_inadequate() {
    for from in [Some(0), Some(1)] {
        let r = two_critical(level(0), level(4), from);
        assert_eq!(r.band, Some(Band::Inadequate), "{from:?}");
    }
    // No failure: no cap, whatever the rule.
    assert_eq!(two_critical(level(2), level(4), Some(1)).cap, None);
}

#[test]
fn critical_cap_does_not_apply_at_level_2_or_above_or_when_not_applicable_or_unanswered() {
    for answer in [Some(level(2)), Some(level(4)), Some(na()), None] {
        let mut criteria: Vec<Criterion> = (0..9).map(|i| criterion(&format!("n{i}"), 1.0)).collect();
        criteria.push(critical("crit", 1.0));
        let mut map: BTreeMap<CriterionId, Response> = (0..9).map(|i| (format!("n{i}"), level(4))).collect();
        if let Some(a) = answer.clone() {
            map.insert("crit".into(), a);
        }
        let r = results(&framework_of(vec![section("s", 1.0, criteria)]), &map);
        assert_eq!(r.cap, None, "{answer:?}");
        assert_eq!(r.band, Some(Band::Outstanding), "{answer:?}");
    }
}

#[test]
fn non_critical_zero_does_not_cap() {
    let r = one_section(&[4, 4, 4, 4, 4, 4, 4, 4, 4, 0]);
    assert_eq!(r.cap, None);
    assert_eq!(r.band, Some(Band::Outstanding));
}

#[test]
fn critical_cap_never_raises_a_worse_band() {
    let fw = framework_of(vec![section("s", 1.0, vec![critical("crit", 1.0), criterion("b", 1.0)])]);
    let r = results(&fw, &answers(&[("crit", level(0)), ("b", level(1))]));
    approx(r.overall, 12.5);
    assert_eq!(r.band, Some(Band::Inadequate));
    assert_eq!(r.uncapped_band, Some(Band::Inadequate));
    let cap = r.cap.expect("the cap is still reported so its reason is shown");
    assert!(!cap.applied);
    assert_eq!(
        words::cap_reason(&cap),
        "The band can be no higher than Requires improvement because a critical criterion scored 1 or \
         less or lacked evidence: Title crit."
    );
}

#[test]
fn critical_cap_at_requires_improvement_is_not_applied() {
    // crit 0, two at 4, two at 0 -> 40%: already Requires improvement.
    let fw = framework_of(vec![section(
        "s",
        1.0,
        vec![
            critical("crit", 1.0),
            criterion("a", 1.0),
            criterion("b", 1.0),
            criterion("c", 1.0),
            criterion("d", 1.0),
        ],
    )]);
    let r = results(
        &fw,
        &answers(&[("crit", level(0)), ("a", level(4)), ("b", level(4)), ("c", level(0)), ("d", level(0))]),
    );
    approx(r.overall, 40.0);
    assert_eq!(r.band, Some(Band::RequiresImprovement));
    assert!(!r.cap.expect("cap").applied);
}

#[test]
fn critical_cap_from_good_lowers_to_requires_improvement() {
    // crit at 1 (25), three at 4, one at 0: (25 + 300) / 5 = 65, which is Good before the cap.
    let fw = framework_of(vec![section(
        "s",
        1.0,
        vec![
            critical("crit", 1.0),
            criterion("a", 1.0),
            criterion("b", 1.0),
            criterion("c", 1.0),
            criterion("d", 1.0),
        ],
    )]);
    let r = results(
        &fw,
        &answers(&[("crit", level(1)), ("a", level(4)), ("b", level(4)), ("c", level(4)), ("d", level(0))]),
    );
    approx(r.overall, 65.0);
    assert_eq!(r.uncapped_band, Some(Band::Good));
    assert_eq!(r.band, Some(Band::RequiresImprovement));
    assert!(r.cap.expect("cap").applied);
}

#[test]
fn critical_cap_names_every_failing_criterion_sorted_by_id() {
    let fw = framework_of(vec![
        section("s1", 1.0, vec![critical("z-crit", 1.0), criterion("n", 1.0)]),
        section("s2", 1.0, vec![critical("a-crit", 1.0), critical("m-crit", 1.0)]),
    ]);
    let r = results(
        &fw,
        &answers(&[("z-crit", insufficient()), ("a-crit", level(1)), ("m-crit", level(3)), ("n", level(4))]),
    );
    let cap = r.cap.expect("cap");
    assert_eq!(cap.criteria, ["a-crit", "z-crit"]);
    assert_eq!(
        words::cap_reason(&cap),
        "The band can be no higher than Requires improvement because critical criteria scored 1 or less or \
         lacked evidence: Title a-crit, Title z-crit."
    );
}

#[test]
fn critical_cap_is_reported_even_without_a_band() {
    // A zero-weight critical criterion answered 0 and nothing else weighted: no overall, but the cap stands.
    let fw = framework_of(vec![section("s", 1.0, vec![critical("crit", 0.0)])]);
    let r = results(&fw, &answers(&[("crit", level(0))]));
    assert_eq!(r.overall, None);
    assert_eq!(r.band, None);
    let cap = r.cap.expect("cap");
    assert!(!cap.applied);
    assert_eq!(cap.criteria, ["crit"]);
}

#[test]
fn zero_weight_critical_criterion_still_caps() {
    let fw = framework_of(vec![section("s", 1.0, vec![critical("crit", 0.0), criterion("a", 1.0)])]);
    let r = results(&fw, &answers(&[("crit", level(0)), ("a", level(4))]));
    approx(r.overall, 100.0);
    assert_eq!(r.band, Some(Band::RequiresImprovement));
}

#[test]
fn blank_critical_title_falls_back_to_its_id() {
    let mut crit = critical("crit-7", 1.0);
    crit.title = "  ".into();
    let fw = framework_of(vec![section("s", 1.0, vec![crit])]);
    let r = results(&fw, &answers(&[("crit-7", level(0))]));
    assert!(words::cap_reason(&r.cap.expect("cap")).ends_with(": crit-7."));
}

// ---- gaps --------------------------------------------------------------------------------

#[test]
fn gap_priority_is_effective_weight_times_shortfall() {
    let fw = framework_of(vec![
        section("s1", 3.0, vec![criterion("a", 1.0), criterion("b", 3.0)]),
        section("s2", 1.0, vec![criterion("c", 1.0)]),
    ]);
    let r = results(&fw, &answers(&[("a", level(0)), ("b", level(2)), ("c", level(1))]));
    let priority = |id: &str| r.gaps.iter().find(|g| g.criterion_id == id).map(|g| g.priority);
    approx(priority("a"), 0.75 * 0.25 * 1.0);
    approx(priority("b"), 0.75 * 0.75 * 0.5);
    approx(priority("c"), 0.25 * 1.0 * 0.75);
    let order: Vec<&str> = r.gaps.iter().map(|g| g.criterion_id.as_str()).collect();
    // b (0.28125) first; a and c tie at 0.1875 -> neither critical -> id order.
    assert_eq!(order, ["b", "a", "c"]);
    let g = &r.gaps[0];
    assert_eq!(
        (g.section_id.as_str(), g.section_title.as_str(), g.criterion_title.as_str()),
        ("s1", "Section s1", "Title b")
    );
    assert_eq!((g.points, g.critical, g.insufficient), (2, false, false));
}

#[test]
fn gap_priority_counts_unanswered_and_not_applicable_weights_in_the_section() {
    // Priorities do not shift as other criteria get answered.
    let fw = framework_of(vec![section(
        "s",
        1.0,
        vec![criterion("a", 1.0), criterion("b", 1.0), criterion("c", 2.0)],
    )]);
    let first = results(&fw, &answers(&[("a", level(0))]));
    let later = results(&fw, &answers(&[("a", level(0)), ("b", na()), ("c", level(4))]));
    approx(first.gaps.first().map(|g| g.priority), 0.25);
    approx(later.gaps.first().map(|g| g.priority), 0.25);
}

#[test]
fn only_answered_applicable_shortfalls_are_gaps() {
    let fw = framework_of(vec![section(
        "s",
        1.0,
        vec![criterion("full", 1.0), criterion("na", 1.0), criterion("open", 1.0), criterion("low", 1.0)],
    )]);
    let r = results(&fw, &answers(&[("full", level(4)), ("na", na()), ("low", level(3))]));
    let ids: Vec<&str> = r.gaps.iter().map(|g| g.criterion_id.as_str()).collect();
    assert_eq!(ids, ["low"]);
}

#[test]
fn gap_ties_rank_critical_first_then_by_id() {
    let fw = framework_of(vec![
        section("s2", 1.0, vec![criterion("d", 1.0), criterion("b", 1.0)]),
        section("s1", 1.0, vec![critical("c", 1.0), criterion("a", 1.0)]),
    ]);
    let all_zero = answers(&[("a", level(0)), ("b", level(0)), ("c", level(0)), ("d", level(0))]);
    let r = results(&fw, &all_zero);
    let order: Vec<&str> = r.gaps.iter().map(|g| g.criterion_id.as_str()).collect();
    assert_eq!(order, ["c", "a", "b", "d"]);
    assert!(r.gaps.windows(2).all(|w| (w[0].priority - w[1].priority).abs() < 1e-12));
}

#[test]
fn gap_ties_survive_float_noise() {
    // 0.1 / 0.3 and 0.3 / 0.9 are both a third, but not bit for bit: b's priority comes out a
    // hair larger. Within the tolerance they tie, so the id decides and a comes first.
    let fw = framework_of(vec![
        section("s1", 1.0, vec![criterion("a", 0.1), criterion("pad1", 0.2)]),
        section("s2", 1.0, vec![criterion("b", 0.3), criterion("pad2", 0.6)]),
    ]);
    let r = results(&fw, &answers(&[("a", level(0)), ("b", level(0))]));
    let order: Vec<&str> = r.gaps.iter().map(|g| g.criterion_id.as_str()).collect();
    assert_eq!(order, ["a", "b"]);
    assert_ne!(r.gaps[0].priority, r.gaps[1].priority, "the test needs float noise to mean anything");
}

#[test]
fn gap_order_does_not_depend_on_framework_order() {
    let forwards = framework_of(vec![
        section("s1", 2.0, vec![criterion("a", 1.0), criterion("b", 2.0), critical("c", 1.0)]),
        section("s2", 1.0, vec![criterion("d", 1.0), criterion("e", 1.0)]),
    ]);
    let mut backwards = forwards.clone();
    backwards.sections.reverse();
    for s in &mut backwards.sections {
        s.criteria.reverse();
    }
    let map =
        answers(&[("a", level(1)), ("b", level(3)), ("c", level(3)), ("d", level(0)), ("e", insufficient())]);
    let (f, b) = (results(&forwards, &map), results(&backwards, &map));
    assert_eq!(f.gaps, b.gaps);
    assert_eq!(f.overall, b.overall);
    assert_eq!(f.insufficient, b.insufficient);
}

#[test]
fn zero_priority_gaps_come_last() {
    let fw = framework_of(vec![section("s", 1.0, vec![criterion("a", 0.0), criterion("b", 1.0)])]);
    let r = results(&fw, &answers(&[("a", level(0)), ("b", level(3))]));
    let order: Vec<(&str, f64)> = r.gaps.iter().map(|g| (g.criterion_id.as_str(), g.priority)).collect();
    assert_eq!(order, [("b", 0.25), ("a", 0.0)]);
}

// ---- chart series ------------------------------------------------------------------------

#[test]
fn section_series_marks_sections_without_a_value() {
    let fw = framework_of(vec![
        section("s1", 1.0, vec![criterion("a", 1.0)]),
        section("s2", 1.0, vec![criterion("b", 1.0)]),
    ]);
    let r = results(&fw, &answers(&[("a", level(3))]));
    let series = section_series(&r);
    assert_eq!(series.len(), 2);
    assert_eq!((series[0].id.as_str(), series[0].label.as_str()), ("s1", "Section s1"));
    assert_eq!((series[0].value, series[0].has_value), (75.0, true));
    assert_eq!((series[1].value, series[1].has_value), (0.0, false));
}

fn close(a: (f64, f64), b: (f64, f64)) -> bool {
    (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9
}

#[test]
fn radar_points_start_up_and_go_clockwise() {
    let pts = radar_points(&[100.0, 100.0, 100.0, 100.0], 10.0, 50.0, 50.0);
    let expected = [(50.0, 40.0), (60.0, 50.0), (50.0, 60.0), (40.0, 50.0)];
    assert_eq!(pts.len(), 4);
    for (p, e) in pts.iter().zip(expected) {
        assert!(close(*p, e), "{p:?} != {e:?}");
    }
}

#[test]
fn radar_points_scale_with_the_value_and_clamp() {
    let pts = radar_points(&[50.0, 250.0, -5.0, f64::NAN], 10.0, 0.0, 0.0);
    let expected = [(0.0, -5.0), (10.0, 0.0), (0.0, 0.0), (0.0, 0.0)];
    for (p, e) in pts.iter().zip(expected) {
        assert!(close(*p, e), "{p:?} != {e:?}");
    }
}

#[test]
fn radar_points_three_axes_are_120_degrees_apart() {
    let pts = radar_points(&[100.0; 3], 2.0, 0.0, 0.0);
    let h = 3f64.sqrt();
    for (p, e) in pts.iter().zip([(0.0, -2.0), (h, 1.0), (-h, 1.0)]) {
        assert!(close(*p, e), "{p:?} != {e:?}");
    }
}

#[test]
fn radar_points_handle_degenerate_input() {
    assert!(radar_points(&[], 10.0, 0.0, 0.0).is_empty());
    assert!(close(radar_points(&[100.0], 10.0, 5.0, 5.0)[0], (5.0, -5.0)));
    let pts = radar_points(&[100.0, 100.0], f64::INFINITY, f64::NAN, 1.0);
    assert!(pts.iter().all(|(x, y)| x.is_finite() && y.is_finite()));
    assert!(close(radar_points(&[100.0], -3.0, 0.0, 0.0)[0], (0.0, 0.0)));
}

#[test]
fn svg_points_formats_two_decimals() {
    assert_eq!(svg_points(&[(1.0, 2.5), (1.23456, -0.004)]), "1.00,2.50 1.23,0.00", "no negative zero");
    assert_eq!(svg_points(&[]), "");
}
