//! Results: derived from a framework and one set of responses, never stored, so they always
//! follow the rules the framework pins.
//!
//! Two properties shape the code below:
//! - **Order independence.** Moving a criterion or a section must never change a number, a band
//!   or the ranking of gaps. Every floating-point sum is therefore taken over its terms in a
//!   canonical (sorted) order, and every ranking breaks ties by id, never by position.
//! - **No panics.** Frameworks and responses come from user files; weights may be zero,
//!   negative, NaN or absurdly large, levels may be out of range, ids may not match.
//!   Nothing here indexes, unwraps or divides without checking.

use std::collections::BTreeMap;

use serde::Serialize;

use super::assessment::{Answer, Response};
use super::chart_geometry::axis_direction;
use super::framework::{BandThresholds, Criterion, CriterionId, Framework, Section, MAX_LEVEL};
use super::numbers::fixed;
use super::sorting;

/// Points of a fully met criterion, as a float for the maths.
const FULL_POINTS: f64 = MAX_LEVEL as f64;

/// A critical criterion scoring this many points or fewer caps the band.
const CRITICAL_CAP_POINTS: u8 = 1;

/// The band one failed critical criterion holds the result to; a framework may hold several at
/// Inadequate (`CriticalCaps`).
const CAP_BAND: Band = Band::RequiresImprovement;

/// Priorities closer than this are a tie: float noise must not decide which gap comes first.
const PRIORITY_TOLERANCE: f64 = 1e-12;

/// An overall percentage this close below a threshold counts as reaching it, so that
/// a mathematically exact 80 computed as 79.99999999999999 is still Outstanding.
const BAND_TOLERANCE: f64 = 1e-9;

/// Everything the results page shows, derived by [`results`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Results {
    /// Weighted overall percentage in 0..=100; None when no section has a percentage.
    pub overall: Option<f64>,
    /// The band after any critical-criterion cap; None when `overall` is None.
    pub band: Option<Band>,
    /// The band the overall percentage alone would give.
    pub uncapped_band: Option<Band>,
    /// Present whenever a critical criterion scored 1 or less or lacked evidence.
    pub cap: Option<CriticalCap>,
    /// True while any applicable criterion is unanswered: the numbers may still move.
    pub provisional: bool,
    pub coverage: Coverage,
    /// One per section, in framework order (the order the user reads them in).
    pub sections: Vec<SectionResult>,
    /// Shortfalls ranked by priority, highest first.
    pub gaps: Vec<Gap>,
    /// Criteria answered Insufficient evidence, sorted by id.
    pub insufficient: Vec<CriterionId>,
    /// Criteria with no answer yet, sorted by id.
    pub unanswered: Vec<CriterionId>,
}

/// The bands on the overall percentage, best first, in HM Inspectorate of Probation's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    Outstanding,
    Good,
    RequiresImprovement,
    Inadequate,
}

/// Why the band was held down.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CriticalCap {
    /// The critical criteria that triggered the cap, sorted by id.
    pub criteria: Vec<CriterionId>,
    /// The best band the result can have: Requires improvement, or Inadequate when the framework
    /// says that this many failed critical criteria mean Inadequate.
    pub band: Band,
    /// The titles of `criteria`, in the same order (a blank title is its id), for the sentence
    /// that says why (`i18n::words::cap_reason`).
    pub titles: Vec<String>,
    /// Whether the cap changed the band (false when the band was already at `band` or worse, or
    /// when there is no band yet).
    pub applied: bool,
}

/// How much of the framework has been answered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Coverage {
    /// Every criterion in the framework.
    pub total: usize,
    /// `total - not_applicable`.
    pub applicable: usize,
    /// Applicable criteria with an answer, Insufficient evidence included.
    pub answered: usize,
    pub not_applicable: usize,
    /// Answered Insufficient evidence (also counted in `answered`).
    pub insufficient: usize,
    /// `applicable - answered`.
    pub unanswered: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SectionResult {
    pub id: String,
    pub title: String,
    /// The weight as used: negative or non-finite weights count as 0.
    pub weight: f64,
    /// Weighted percentage in 0..=100; None when nothing weighted and applicable is answered.
    pub percent: Option<f64>,
    /// Applicable criteria answered.
    pub answered: usize,
    /// Criteria not answered Not applicable.
    pub applicable: usize,
    pub total: usize,
}

/// An answered, applicable criterion that fell short of full marks.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Gap {
    pub criterion_id: CriterionId,
    pub criterion_title: String,
    pub section_id: String,
    pub section_title: String,
    /// 0..=4 (Insufficient evidence scores 0).
    pub points: u8,
    /// True when the answer was Insufficient evidence rather than a level.
    pub insufficient: bool,
    pub critical: bool,
    /// The criterion's share of the overall times its shortfall, in 0..=1.
    pub priority: f64,
}

/// One bar or radar axis: a section's title and percentage, 0 standing in for "no value yet".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SeriesPoint {
    pub id: String,
    pub label: String,
    pub value: f64,
    /// False when the section has no percentage; draw it as a gap, not as a zero.
    pub has_value: bool,
}

impl Band {
    /// Best first.
    pub const ALL: [Band; 4] = [Band::Outstanding, Band::Good, Band::RequiresImprovement, Band::Inadequate];

    /// Thresholds are inclusive lower bounds, checked best first; a NaN percentage is Inadequate.
    pub fn from_percent(percent: f64, thresholds: &BandThresholds) -> Band {
        let reaches = |threshold: f64| percent >= threshold - BAND_TOLERANCE;
        if reaches(thresholds.outstanding) {
            Band::Outstanding
        } else if reaches(thresholds.good) {
            Band::Good
        } else if reaches(thresholds.requires_improvement) {
            Band::RequiresImprovement
        } else {
            Band::Inadequate
        }
    }

    /// Higher is better.
    fn rank(self) -> u8 {
        match self {
            Band::Outstanding => 3,
            Band::Good => 2,
            Band::RequiresImprovement => 1,
            Band::Inadequate => 0,
        }
    }

    /// True when `self` is a better band than `other`.
    pub fn is_better_than(self, other: Band) -> bool {
        self.rank() > other.rank()
    }

    /// `self`, or `ceiling` if `self` is better than it.
    pub fn at_most(self, ceiling: Band) -> Band {
        if self.is_better_than(ceiling) {
            ceiling
        } else {
            self
        }
    }
}

impl Coverage {
    /// Answered out of applicable, in 0..=1; 1 when nothing is applicable (nothing left to do).
    pub fn fraction(&self) -> f64 {
        if self.applicable == 0 {
            1.0
        } else {
            self.answered as f64 / self.applicable as f64
        }
    }
}

/// Scores `responses` against `framework`. Responses keyed by ids the framework does not
/// have are ignored.
pub fn results(framework: &Framework, responses: &BTreeMap<CriterionId, Response>) -> Results {
    let sections: Vec<SectionResult> =
        framework.sections.iter().map(|s| section_result(s, responses)).collect();
    let overall = overall_percent(&sections);
    let uncapped_band = overall.map(|p| Band::from_percent(p, &framework.bands));
    let cap = critical_cap(framework, responses, uncapped_band);
    let band = match &cap {
        Some(cap) => uncapped_band.map(|b| b.at_most(cap.band)),
        None => uncapped_band,
    };
    let coverage = coverage(framework, responses);
    Results {
        overall,
        band,
        uncapped_band,
        cap,
        provisional: coverage.unanswered > 0,
        coverage,
        sections,
        gaps: gaps(framework, responses),
        insufficient: sorted_ids(framework, responses, |m| {
            matches!(m, Marked::Scored { insufficient: true, .. })
        }),
        unanswered: sorted_ids(framework, responses, |m| matches!(m, Marked::Unanswered)),
    }
}

/// The series a bar chart or radar draws, one point per section in framework order.
pub fn section_series(results: &Results) -> Vec<SeriesPoint> {
    results
        .sections
        .iter()
        .map(|s| SeriesPoint {
            id: s.id.clone(),
            label: s.title.clone(),
            value: s.percent.unwrap_or(0.0),
            has_value: s.percent.is_some(),
        })
        .collect()
}

/// Vertices of a radar polygon in SVG coordinates (y grows downwards): one per value, the
/// first axis pointing straight up from (`cx`, `cy`) and the rest following clockwise at equal
/// angles. Values are percentages: clamped into 0..=100 (NaN as 0), 100 reaching `radius`.
pub fn radar_points(values: &[f64], radius: f64, cx: f64, cy: f64) -> Vec<(f64, f64)> {
    let radius = finite_or_zero(radius).max(0.0);
    let (cx, cy) = (finite_or_zero(cx), finite_or_zero(cy));
    values
        .iter()
        .enumerate()
        .map(|(i, &v)| {
            let r = radius * clamp_percent(v) / 100.0;
            let (sin, cos) = axis_direction(i, values.len());
            (cx + r * sin, cy - r * cos)
        })
        .collect()
}

/// The `points` attribute of an SVG polygon or polyline, to two decimals.
pub fn svg_points(points: &[(f64, f64)]) -> String {
    points.iter().map(|(x, y)| format!("{},{}", fixed(*x, 2), fixed(*y, 2))).collect::<Vec<_>>().join(" ")
}

/// What a criterion's response amounts to for scoring.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Marked {
    Unanswered,
    NotApplicable,
    Scored { points: u8, insufficient: bool },
}

fn marked(criterion: &Criterion, responses: &BTreeMap<CriterionId, Response>) -> Marked {
    let Some(response) = responses.get(&criterion.id) else {
        return Marked::Unanswered;
    };
    match response.answer.points() {
        None => Marked::NotApplicable,
        Some(points) => {
            Marked::Scored { points, insufficient: matches!(response.answer, Answer::InsufficientEvidence) }
        }
    }
}

fn section_result(section: &Section, responses: &BTreeMap<CriterionId, Response>) -> SectionResult {
    let marks: Vec<(f64, Marked)> =
        section.criteria.iter().map(|c| (c.weight, marked(c, responses))).collect();
    let scored = marks.iter().filter_map(|&(w, m)| match m {
        Marked::Scored { points, .. } => Some((w, f64::from(points) / FULL_POINTS * 100.0)),
        _ => None,
    });
    let not_applicable = marks.iter().filter(|(_, m)| *m == Marked::NotApplicable).count();
    let unanswered = marks.iter().filter(|(_, m)| *m == Marked::Unanswered).count();
    let applicable = marks.len() - not_applicable;
    SectionResult {
        id: section.id.clone(),
        title: section.title.clone(),
        weight: usable_weight(section.weight),
        percent: weighted_mean(scored),
        answered: applicable - unanswered,
        applicable,
        total: marks.len(),
    }
}

fn overall_percent(sections: &[SectionResult]) -> Option<f64> {
    weighted_mean(sections.iter().filter_map(|s| s.percent.map(|p| (s.weight, p))))
}

/// The weighted mean of percentages, clamped into 0..=100; None when no weight is positive.
/// Weights are scaled by a power of two (exact, so results are unchanged) to keep huge weights
/// from overflowing, and the sums run in sorted order so the input order cannot matter.
fn weighted_mean(pairs: impl Iterator<Item = (f64, f64)>) -> Option<f64> {
    let pairs: Vec<(f64, f64)> =
        pairs.map(|(w, v)| (usable_weight(w), clamp_percent(v))).filter(|&(w, _)| w > 0.0).collect();
    let scale = power_of_two_scale(pairs.iter().map(|&(w, _)| w));
    let weight_sum = canonical_sum(pairs.iter().map(|&(w, _)| w * scale));
    let value_sum = canonical_sum(pairs.iter().map(|&(w, v)| w * scale * v));
    (weight_sum > 0.0).then(|| clamp_percent(value_sum / weight_sum))
}

/// Each weight's share of the positive total (0 when there is none), order-independent.
fn shares(weights: impl Iterator<Item = f64> + Clone) -> impl Fn(f64) -> f64 {
    let scale = power_of_two_scale(weights.clone().map(usable_weight));
    let total = canonical_sum(weights.map(|w| usable_weight(w) * scale));
    move |w| {
        if total > 0.0 {
            usable_weight(w) * scale / total
        } else {
            0.0
        }
    }
}

/// A power of two that brings the largest weight to at most 1 (1 when it already is).
fn power_of_two_scale(weights: impl Iterator<Item = f64>) -> f64 {
    let max = weights.fold(0.0_f64, f64::max);
    if max <= 1.0 {
        return 1.0;
    }
    0.5_f64.powi(ceil_log2(max))
}

/// The least whole k with 2^k >= `max`, for a finite `max` > 1, read from its bits (exact, where
/// `log2` may round 2^k + a little down to k; either scale gives the same results, as scaling by
/// a power of two is exact).
fn ceil_log2(max: f64) -> i32 {
    let bits = max.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32 - 1023;
    let fraction = bits & ((1 << 52) - 1);
    exponent + i32::from(fraction != 0)
}

/// Floating-point addition is not associative: summing sorted terms makes the result depend
/// only on the multiset of terms, not on the order criteria or sections were listed in.
fn canonical_sum(terms: impl Iterator<Item = f64>) -> f64 {
    let mut terms: Vec<f64> = terms.collect();
    sorting::sort_by(&mut terms, f64::total_cmp);
    terms.iter().sum()
}

/// Negative, NaN and infinite weights count as zero.
fn usable_weight(w: f64) -> f64 {
    if w.is_finite() && w > 0.0 {
        w
    } else {
        0.0
    }
}

fn clamp_percent(p: f64) -> f64 {
    if p.is_nan() {
        0.0
    } else {
        p.clamp(0.0, 100.0)
    }
}

fn finite_or_zero(x: f64) -> f64 {
    if x.is_finite() {
        x
    } else {
        0.0
    }
}

fn coverage(framework: &Framework, responses: &BTreeMap<CriterionId, Response>) -> Coverage {
    let mut c = Coverage::default();
    for (_, criterion) in framework.criteria() {
        c.total += 1;
        match marked(criterion, responses) {
            Marked::Unanswered => c.unanswered += 1,
            Marked::NotApplicable => c.not_applicable += 1,
            Marked::Scored { insufficient, .. } => {
                c.answered += 1;
                c.insufficient += usize::from(insufficient);
            }
        }
    }
    c.applicable = c.total - c.not_applicable;
    c
}

fn sorted_ids(
    framework: &Framework,
    responses: &BTreeMap<CriterionId, Response>,
    keep: impl Fn(Marked) -> bool,
) -> Vec<CriterionId> {
    let mut ids: Vec<CriterionId> =
        framework.criteria().filter(|(_, c)| keep(marked(c, responses))).map(|(_, c)| c.id.clone()).collect();
    sorting::sort(&mut ids);
    ids
}

/// The cap applies whatever the criterion's weight: a critical criterion is a floor on
/// quality, not a contributor to the average.
fn critical_cap(
    framework: &Framework,
    responses: &BTreeMap<CriterionId, Response>,
    uncapped: Option<Band>,
) -> Option<CriticalCap> {
    let mut failing: Vec<&Criterion> = framework
        .criteria()
        .map(|(_, c)| c)
        .filter(|c| c.critical && fails_critical(marked(c, responses)))
        .collect();
    if failing.is_empty() {
        return None;
    }
    sorting::sort_by(&mut failing, |a, b| a.id.cmp(&b.id).then_with(|| a.title.cmp(&b.title)));
    let band = cap_band(framework, failing.len());
    let applied = uncapped.is_some_and(|b| b.is_better_than(band));
    Some(CriticalCap {
        criteria: failing.iter().map(|c| c.id.clone()).collect(),
        band,
        titles: failing.iter().map(|c| display_title(c).to_string()).collect(),
        applied,
    })
}

/// Inadequate once the framework's count of failed critical criteria is reached (a count of 0
/// is read as 1: a cap needs at least one failure), else Requires improvement.
fn cap_band(framework: &Framework, failing: usize) -> Band {
    match framework.critical_caps.inadequate_from {
        Some(from) if failing >= (from.max(1) as usize) => Band::Inadequate,
        _ => CAP_BAND,
    }
}

fn fails_critical(m: Marked) -> bool {
    matches!(m, Marked::Scored { points, .. } if points <= CRITICAL_CAP_POINTS)
}

/// A blank title would leave a hole in a sentence; the id is better than nothing.
fn display_title(c: &Criterion) -> &str {
    if c.title.trim().is_empty() {
        &c.id
    } else {
        c.title.trim()
    }
}

/// Priority is the criterion's share of the overall (its section's share of the positive
/// section weights times its share of the section's positive criterion weights, unanswered
/// and Not applicable criteria included so priorities do not shift as answers come in)
/// times its shortfall from full marks.
fn gaps(framework: &Framework, responses: &BTreeMap<CriterionId, Response>) -> Vec<Gap> {
    let section_share = shares(framework.sections.iter().map(|s| s.weight));
    let mut gaps: Vec<Gap> =
        framework.sections.iter().flat_map(|s| section_gaps(s, section_share(s.weight), responses)).collect();
    sorting::sort_by(&mut gaps, compare_gaps);
    gaps
}

fn section_gaps(
    section: &Section,
    section_share: f64,
    responses: &BTreeMap<CriterionId, Response>,
) -> Vec<Gap> {
    let criterion_share = shares(section.criteria.iter().map(|c| c.weight));
    section
        .criteria
        .iter()
        .filter_map(|c| match marked(c, responses) {
            Marked::Scored { points, insufficient } if points < MAX_LEVEL => Some(Gap {
                criterion_id: c.id.clone(),
                criterion_title: c.title.clone(),
                section_id: section.id.clone(),
                section_title: section.title.clone(),
                points,
                insufficient,
                critical: c.critical,
                priority: section_share * criterion_share(c.weight) * f64::from(MAX_LEVEL - points)
                    / FULL_POINTS,
            }),
            _ => None,
        })
        .collect()
}

/// Highest priority first; near-equal priorities (within [`PRIORITY_TOLERANCE`]) rank critical
/// criteria first, then by criterion id, then section id: never by position in the framework.
/// Priorities are compared as whole multiples of the tolerance so the order is a true total
/// order (a plain "within epsilon" comparison is not transitive, and sort may panic on that).
fn compare_gaps(a: &Gap, b: &Gap) -> std::cmp::Ordering {
    priority_key(b.priority)
        .cmp(&priority_key(a.priority))
        .then_with(|| b.critical.cmp(&a.critical))
        .then_with(|| a.criterion_id.cmp(&b.criterion_id))
        .then_with(|| a.section_id.cmp(&b.section_id))
        .then_with(|| a.points.cmp(&b.points))
}

fn priority_key(priority: f64) -> i64 {
    // Priorities lie in 0..=1, so the key lies in 0..=1e12; `as` saturates and maps NaN to 0.
    (priority / PRIORITY_TOLERANCE).round() as i64
}
