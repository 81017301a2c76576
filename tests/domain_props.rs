//! Property tests over generated frameworks and responses: every percentage stays in 0..=100,
//! and the order of sections and criteria never changes a result.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use chrono::NaiveDate;
use proptest::prelude::*;
use spec_lens::domain::{
    results, split_clauses, timescale_findings, Answer, Band, Criterion, CriterionId, FindingRule, Framework,
    KeyDates, Response, Results, TimescaleRules,
};

#[path = "support/model.rs"]
mod model;

use model::{criterion, framework_of, section};

const TOLERANCE: f64 = 1e-9;

const LINE_BREAKS: [char; 4] = ['\n', '\r', '\u{2028}', '\u{2029}'];

/// One generated criterion: weight, critical flag, and its answer (None = unanswered).
type GenCriterion = (f64, bool, Option<Answer>);
/// One generated section: weight and criteria.
type GenSection = (f64, Vec<GenCriterion>);

fn weight() -> impl Strategy<Value = f64> + Clone {
    prop_oneof![Just(0.0), (0u8..=10).prop_map(f64::from), 0.0..10.0f64]
}

fn hostile_weight() -> impl Strategy<Value = f64> + Clone {
    prop_oneof![
        weight(),
        Just(-1.0),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(f64::MAX),
        Just(f64::MIN_POSITIVE),
        Just(5e-324),
    ]
}

fn answer() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        1 => Just(None),
        4 => (0u8..=6).prop_map(|level| Some(Answer::Level { level })),
        1 => Just(Some(Answer::NotApplicable { reason: "n/a".into() })),
        1 => Just(Some(Answer::InsufficientEvidence)),
    ]
}

fn sections_with(weights: impl Strategy<Value = f64> + Clone) -> impl Strategy<Value = Vec<GenSection>> {
    let criterion = (weights.clone(), prop::bool::weighted(0.2), answer());
    prop::collection::vec((weights, prop::collection::vec(criterion, 0..=8)), 1..=6)
}

fn build(generated: &[GenSection]) -> (Framework, BTreeMap<CriterionId, Response>) {
    let mut responses = BTreeMap::new();
    let sections = generated
        .iter()
        .enumerate()
        .map(|(s, (section_weight, criteria))| {
            let criteria = criteria
                .iter()
                .enumerate()
                .map(|(c, (weight, critical, answer))| {
                    let id = format!("c{s}-{c}");
                    if let Some(answer) = answer {
                        let response =
                            Response { answer: answer.clone(), rationale: String::new(), evidence: vec![] };
                        responses.insert(id.clone(), response);
                    }
                    Criterion { critical: *critical, ..criterion(&id, *weight) }
                })
                .collect();
            section(&format!("s{s}"), *section_weight, criteria)
        })
        .collect();
    (framework_of(sections), responses)
}

/// A small deterministic generator, so a failing shuffle shrinks to a seed.
struct SplitMix(u64);

impl SplitMix {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) % n as u64) as usize
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

fn shuffled(fw: &Framework, seed: u64) -> Framework {
    let mut rng = SplitMix(seed);
    let mut fw = fw.clone();
    rng.shuffle(&mut fw.sections);
    for s in &mut fw.sections {
        rng.shuffle(&mut s.criteria);
    }
    fw
}

fn in_range(p: f64) -> bool {
    p.is_finite() && (0.0..=100.0).contains(&p)
}

fn assert_percentages_in_range(r: &Results) -> Result<(), TestCaseError> {
    if let Some(p) = r.overall {
        prop_assert!(in_range(p), "overall {p}");
    }
    for s in &r.sections {
        if let Some(p) = s.percent {
            prop_assert!(in_range(p), "section {} {p}", s.id);
        }
        prop_assert!(s.weight.is_finite() && s.weight >= 0.0);
    }
    for g in &r.gaps {
        prop_assert!(g.priority.is_finite() && (0.0..=1.0 + TOLERANCE).contains(&g.priority), "{g:?}");
        prop_assert!(g.points < 4);
    }
    Ok(())
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= TOLERANCE,
        (None, None) => true,
        _ => false,
    }
}

fn section_percents(r: &Results) -> BTreeMap<String, Option<f64>> {
    r.sections.iter().map(|s| (s.id.clone(), s.percent)).collect()
}

fn gap_order(r: &Results) -> Vec<(CriterionId, f64)> {
    r.gaps.iter().map(|g| (g.criterion_id.clone(), g.priority)).collect()
}

proptest! {
    #[test]
    fn percentages_stay_within_0_and_100(generated in sections_with(weight())) {
        let (fw, responses) = build(&generated);
        assert_percentages_in_range(&results(&fw, &responses))?;
    }

    #[test]
    fn hostile_weights_still_give_finite_percentages(generated in sections_with(hostile_weight())) {
        let (fw, responses) = build(&generated);
        assert_percentages_in_range(&results(&fw, &responses))?;
    }

    #[test]
    fn order_of_sections_and_criteria_does_not_matter(generated in sections_with(weight()), seed in any::<u64>()) {
        let (fw, responses) = build(&generated);
        let (a, b) = (results(&fw, &responses), results(&shuffled(&fw, seed), &responses));
        prop_assert!(close(a.overall, b.overall), "{:?} vs {:?}", a.overall, b.overall);
        let (pa, pb) = (section_percents(&a), section_percents(&b));
        prop_assert_eq!(pa.keys().collect::<Vec<_>>(), pb.keys().collect::<Vec<_>>());
        for (id, p) in &pa {
            prop_assert!(close(*p, pb.get(id).copied().flatten()), "section {}", id);
        }
        prop_assert_eq!(a.band, b.band);
        prop_assert_eq!(a.uncapped_band, b.uncapped_band);
        prop_assert_eq!(&a.cap, &b.cap);
        prop_assert_eq!(a.coverage, b.coverage);
        prop_assert_eq!(a.provisional, b.provisional);
        prop_assert_eq!(&a.insufficient, &b.insufficient);
        prop_assert_eq!(&a.unanswered, &b.unanswered);
        let (ga, gb) = (gap_order(&a), gap_order(&b));
        prop_assert_eq!(ga.iter().map(|g| &g.0).collect::<Vec<_>>(), gb.iter().map(|g| &g.0).collect::<Vec<_>>());
        for ((_, x), (_, y)) in ga.iter().zip(&gb) {
            prop_assert!((x - y).abs() <= TOLERANCE);
        }
    }

    #[test]
    fn coverage_adds_up(generated in sections_with(weight())) {
        let (fw, responses) = build(&generated);
        let r = results(&fw, &responses);
        let c = r.coverage;
        prop_assert_eq!(c.total, fw.criterion_count());
        prop_assert_eq!(c.answered + c.not_applicable + c.unanswered, c.total);
        prop_assert_eq!(c.applicable, c.total - c.not_applicable);
        prop_assert!(c.insufficient <= c.answered);
        prop_assert_eq!(r.provisional, c.unanswered > 0);
        prop_assert_eq!(r.unanswered.len(), c.unanswered);
        prop_assert_eq!(r.insufficient.len(), c.insufficient);
        prop_assert_eq!(r.sections.iter().map(|s| s.total).sum::<usize>(), c.total);
        prop_assert_eq!(r.sections.iter().map(|s| s.answered).sum::<usize>(), c.answered);
        prop_assert_eq!(r.sections.iter().map(|s| s.applicable).sum::<usize>(), c.applicable);
    }

    #[test]
    fn band_follows_overall_and_the_cap_only_lowers(generated in sections_with(weight())) {
        let (fw, responses) = build(&generated);
        let r = results(&fw, &responses);
        prop_assert_eq!(r.band.is_some(), r.overall.is_some());
        prop_assert_eq!(r.uncapped_band, r.overall.map(|p| Band::from_percent(p, &fw.bands)));
        match (&r.cap, r.band, r.uncapped_band) {
            (None, band, uncapped) => prop_assert_eq!(band, uncapped),
            (Some(cap), Some(band), Some(uncapped)) => {
                prop_assert!(!band.is_better_than(Band::RequiresImprovement));
                prop_assert_eq!(cap.applied, band != uncapped);
                prop_assert!(!cap.criteria.is_empty());
            }
            (Some(cap), _, _) => prop_assert!(!cap.applied),
        }
    }

    #[test]
    fn raising_one_answer_never_lowers_the_overall(
        generated in sections_with(weight()),
        pick in any::<prop::sample::Index>(),
    ) {
        let (fw, mut responses) = build(&generated);
        let levelled: Vec<(CriterionId, u8)> = responses
            .iter()
            .filter_map(|(id, r)| match r.answer { Answer::Level { level } if level < 4 => Some((id.clone(), level)), _ => None })
            .collect();
        prop_assume!(!levelled.is_empty());
        let before = results(&fw, &responses).overall;
        let (id, level) = pick.get(&levelled).clone();
        if let Some(r) = responses.get_mut(&id) {
            r.answer = Answer::Level { level: level + 1 };
        }
        let after = results(&fw, &responses).overall;
        if let (Some(b), Some(a)) = (before, after) {
            prop_assert!(a >= b - TOLERANCE, "{b} -> {a}");
        }
        prop_assert_eq!(before.is_some(), after.is_some());
    }

    #[test]
    fn responses_to_unknown_criteria_change_nothing(generated in sections_with(weight()), level in 0u8..=4) {
        let (fw, responses) = build(&generated);
        let mut extra = responses.clone();
        extra.insert("not-in-framework".into(), Response { answer: Answer::Level { level }, rationale: String::new(), evidence: vec![] });
        prop_assert_eq!(results(&fw, &responses), results(&fw, &extra));
    }

    #[test]
    fn clauses_are_numbered_without_gaps_for_any_text(text in "(\\PC|[\\r\\n\\t \u{2028}\u{2029}]|- |1\\. |\\(a\\) ){0,200}") {
        let clauses = split_clauses(&text);
        for (i, c) in clauses.iter().enumerate() {
            prop_assert_eq!(c.id as usize, i + 1);
            prop_assert!(!c.text.is_empty());
            prop_assert_eq!(c.text.trim(), c.text.as_str());
            prop_assert!(!c.text.contains(LINE_BREAKS), "line break left in {:?}", c.text);
        }
    }

    #[test]
    fn timescale_findings_are_sentences_and_flag_every_wrong_order(
        days in prop::collection::vec(prop::option::of(-4000i64..4000), 6),
        min_consultation in prop::option::of(0u32..30),
        min_to_start in prop::option::of(0u32..60),
    ) {
        let base = NaiveDate::from_ymd_opt(2021, 1, 1).unwrap_or_default();
        let at = |i: usize| days.get(i).copied().flatten().and_then(|d| base.checked_add_signed(chrono::TimeDelta::days(d)));
        let dates = KeyDates {
            needs_assessment_completed: at(0),
            consultation_opens: at(1),
            consultation_closes: at(2),
            specification_published: at(3),
            tender_launch: at(4),
            service_start: at(5),
        };
        let rules = TimescaleRules { needs_assessment_before_publication: true, min_consultation_weeks: min_consultation, min_weeks_publication_to_start: min_to_start, criteria: Default::default() };
        let findings = timescale_findings(&rules, &dates);
        for f in &findings {
            let message = spec_lens::i18n::words::finding(f);
            prop_assert!(message.ends_with('.') && message.len() > 20, "{f:?}");
        }
        let wrong = |a: Option<NaiveDate>, b: Option<NaiveDate>| matches!((a, b), (Some(a), Some(b)) if b < a);
        let expected = [
            wrong(dates.consultation_opens, dates.consultation_closes),
            wrong(dates.specification_published, dates.service_start),
            wrong(dates.specification_published, dates.tender_launch),
            wrong(dates.tender_launch, dates.service_start),
        ]
        .iter()
        .filter(|w| **w)
        .count();
        prop_assert_eq!(findings.iter().filter(|f| f.rule == FindingRule::DateOrder).count(), expected);
        prop_assert_eq!(findings.iter().filter(|f| f.rule == FindingRule::PublicationToStart).count(), 1);
    }
}
