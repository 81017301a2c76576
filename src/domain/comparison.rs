//! A comparison: two assessments side by side, criterion by criterion, with the clauses that
//! changed. Two versions of a specification scored before and after a revision, two areas'
//! specifications of one service, or two assessors before a workshop.
//!
//! The numbers are each assessment's own [`results`], never recomputed here: a comparison shows
//! what each results page shows, and the differences between them. Criteria are matched by id, so
//! assessments under two versions of a framework compare criterion by criterion; the overall result
//! is compared only when both versions score the same criteria with the same weights and bands,
//! and otherwise the comparison says why not ([`Incomparable`]). Nothing here is worded: the UI and
//! the exports put the kinds and numbers into words.

use std::collections::HashMap;

use super::assessment::{Answer, Assessment, Evidence, Response};
use super::document::Clause;
use super::framework::{Criterion, CriterionId, Framework, Section};
use super::results::{results, Band, Results};
use super::sorting;
use super::text_changes::{text_changes, ChangeKind, TextChanges};
use super::versions::{changes, FrameworkChanges};

/// One side of a comparison: an assessment and the framework it was scored under.
#[derive(Clone, Copy, Debug)]
pub struct Side<'a> {
    pub assessment: &'a Assessment,
    pub framework: &'a Framework,
}

/// Why two assessments cannot be compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompareError {
    /// Both sides are the same assessment.
    SameAssessment,
    /// The two frameworks share no criterion id.
    NoCriterionInCommon,
}

/// Why the overall results are not compared: each is a way the two frameworks score differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Incomparable {
    /// The frameworks have different ids: different questions altogether.
    OtherFramework,
    /// Criteria were added or removed.
    CriteriaDiffer,
    /// A criterion's weight, critical flag or section (or its section's weight) changed.
    WeightsDiffer,
    /// The band thresholds changed.
    BandsDiffer,
    /// How failed critical criteria cap the band changed.
    CapsDiffer,
}

/// Which way an answer, a band or a percentage moved from the earlier assessment to the later.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Movement {
    Better,
    Worse,
    Same,
    /// Changed with no order between the two: Not applicable to a level, answered to unanswered,
    /// Insufficient evidence to 0.
    Changed,
}

/// Which framework versions a criterion is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Presence {
    Both,
    BeforeOnly,
    AfterOnly,
}

/// A criterion that moved across the critical cap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CapCrossing {
    /// Did not hold the band down before; does now.
    Fell,
    /// Held the band down before; no longer does.
    Cleared,
}

/// The overall results, side by side.
#[derive(Clone, Debug, PartialEq)]
pub struct OverallChange {
    pub before: Option<f64>,
    pub after: Option<f64>,
    pub band_before: Option<Band>,
    pub band_after: Option<Band>,
    /// After minus before, in percentage points: only when comparable and both have a result.
    pub change: Option<f64>,
    /// Only when comparable and both have a band.
    pub band_movement: Option<Movement>,
    /// Empty when the overall results are comparable.
    pub not_comparable: Vec<Incomparable>,
}

/// One section, side by side, matched by section id.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionChange {
    pub id: String,
    /// The later framework's title where it has the section.
    pub title: String,
    pub before: Option<f64>,
    pub after: Option<f64>,
    pub in_before: bool,
    pub in_after: bool,
    /// In both, with the same criteria and criterion weights: its percentages mean the same.
    pub comparable: bool,
    /// After minus before, in percentage points, when comparable and both have a percentage.
    pub change: Option<f64>,
}

/// One criterion, side by side, matched by criterion id.
#[derive(Clone, Debug, PartialEq)]
pub struct CriterionChange {
    pub id: CriterionId,
    /// From the later framework where it has the criterion.
    pub title: String,
    pub section_title: String,
    /// Critical in either version.
    pub critical: bool,
    pub presence: Presence,
    /// None: unanswered (or not in that version).
    pub before: Option<Answer>,
    pub after: Option<Answer>,
    pub movement: Movement,
    /// After minus before, in levels, when both answers score points.
    pub points_change: Option<i8>,
    pub cap: Option<CapCrossing>,
    /// Evidence in the later assessment and not the earlier (its clause ids are the later text's).
    pub evidence_added: Vec<Evidence>,
    /// Evidence in the earlier assessment and not the later (clause ids of the earlier text).
    pub evidence_dropped: Vec<Evidence>,
    /// Indices into `TextChanges::changes` of the clauses cited here (on either side) that changed.
    pub cited_changes: Vec<usize>,
}

/// How many criteria moved which way, and how much evidence moved.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Of criteria in both versions.
    pub better: usize,
    pub worse: usize,
    pub same: usize,
    pub changed: usize,
    pub before_only: usize,
    pub after_only: usize,
    pub fell: usize,
    pub cleared: usize,
    /// Items of evidence added and dropped, over all criteria.
    pub evidence_added: usize,
    pub evidence_dropped: usize,
    /// Criteria whose cited clauses changed.
    pub cited_changed: usize,
}

/// Two assessments compared; see [`compare`].
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub before: Results,
    pub after: Results,
    pub overall: OverallChange,
    /// The later framework's sections in its order, then any only the earlier one has.
    pub sections: Vec<SectionChange>,
    /// The later framework's criteria in its order, then any only the earlier one has.
    pub criteria: Vec<CriterionChange>,
    /// None when both were scored under the same rules.
    pub framework_changes: Option<FrameworkChanges>,
    /// What changed between the two specifications' texts.
    pub text: TextChanges,
    pub tally: Tally,
}

/// How the criterion table is ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CriterionOrder {
    /// As the framework lists them.
    Framework,
    /// The largest change in level first; among equal ones, criteria that crossed the critical cap,
    /// then those that got worse, then other changes; the framework's order last.
    LargestChange,
}

impl CriterionChange {
    /// True when anything about the criterion differs: its answer, its evidence, a clause it cites,
    /// or which versions have it.
    pub fn is_change(&self) -> bool {
        self.movement != Movement::Same
            || self.presence != Presence::Both
            || self.cap.is_some()
            || !self.evidence_added.is_empty()
            || !self.evidence_dropped.is_empty()
            || !self.cited_changes.is_empty()
    }

    /// Bigger is a larger change; see [`CriterionOrder::LargestChange`].
    fn size(&self) -> (u8, bool, bool, bool, bool) {
        (
            self.points_change.map_or(0, i8::unsigned_abs),
            self.cap.is_some(),
            self.movement == Movement::Worse,
            self.movement != Movement::Same || self.presence != Presence::Both,
            self.is_change(),
        )
    }
}

impl Comparison {
    /// Whether the two assessments score the same text (word for word, under the same labels).
    pub fn same_text(&self) -> bool {
        self.text.changes.is_empty() && self.text.renumbered == 0
    }

    /// Positions in `criteria` in the chosen order, only those with a change when `changes_only`.
    pub fn order(&self, order: CriterionOrder, changes_only: bool) -> Vec<usize> {
        let mut positions: Vec<usize> =
            (0..self.criteria.len()).filter(|&i| !changes_only || self.criteria[i].is_change()).collect();
        if order == CriterionOrder::LargestChange {
            // A stable sort: equal sizes keep the framework's order.
            sorting::sort_by(&mut positions, |&x, &y| self.criteria[y].size().cmp(&self.criteria[x].size()));
        }
        positions
    }
}

/// Compares `before` with `after`: the earlier assessment (or the first chosen) with the later one.
pub fn compare(before: Side, after: Side) -> Result<Comparison, CompareError> {
    let clauses = (before.assessment.specification.clauses(), after.assessment.specification.clauses());
    compare_clauses(before, after, (&clauses.0, &clauses.1))
}

/// [`compare`] with each side's clauses already built (a caller that also shows them builds them
/// once: on a 2,000-clause text each build is a pass over all of it).
pub fn compare_clauses(
    before: Side,
    after: Side,
    clauses: (&[Clause], &[Clause]),
) -> Result<Comparison, CompareError> {
    if before.assessment.id == after.assessment.id {
        return Err(CompareError::SameAssessment);
    }
    if !after.framework.criteria().any(|(_, c)| before.framework.criterion(&c.id).is_some()) {
        return Err(CompareError::NoCriterionInCommon);
    }
    let (results_before, results_after) = (
        results(before.framework, &before.assessment.responses),
        results(after.framework, &after.assessment.responses),
    );
    let framework_changes = framework_changes(before.framework, after.framework);
    let text = text_changes(clauses.0, clauses.1);
    let not_comparable = incomparable(before.framework, after.framework, framework_changes.as_ref());
    let criteria = criterion_changes(before, after, (&results_before, &results_after), &text);
    Ok(Comparison {
        overall: overall(&results_before, &results_after, not_comparable),
        sections: section_changes(before.framework, after.framework, (&results_before, &results_after)),
        tally: tally(&criteria),
        criteria,
        before: results_before,
        after: results_after,
        framework_changes,
        text,
    })
}

fn framework_changes(before: &Framework, after: &Framework) -> Option<FrameworkChanges> {
    let found = changes(before, after);
    (before.id != after.id || !found.is_empty()).then_some(found)
}

fn incomparable(
    before: &Framework,
    after: &Framework,
    found: Option<&FrameworkChanges>,
) -> Vec<Incomparable> {
    let Some(found) = found else { return Vec::new() };
    let reasons = [
        (before.id != after.id, Incomparable::OtherFramework),
        (!found.new.is_empty() || !found.removed.is_empty(), Incomparable::CriteriaDiffer),
        (!found.reweighted.is_empty() || !found.moved.is_empty(), Incomparable::WeightsDiffer),
        (found.bands_changed, Incomparable::BandsDiffer),
        (found.caps_changed, Incomparable::CapsDiffer),
    ];
    reasons.into_iter().filter(|(applies, _)| *applies).map(|(_, reason)| reason).collect()
}

fn overall(before: &Results, after: &Results, not_comparable: Vec<Incomparable>) -> OverallChange {
    let comparable = not_comparable.is_empty();
    let change = match (before.overall, after.overall) {
        (Some(b), Some(a)) if comparable => Some(a - b),
        _ => None,
    };
    let band_movement = match (before.band, after.band) {
        (Some(b), Some(a)) if comparable => Some(band_movement(b, a)),
        _ => None,
    };
    OverallChange {
        before: before.overall,
        after: after.overall,
        band_before: before.band,
        band_after: after.band,
        change,
        band_movement,
        not_comparable,
    }
}

fn band_movement(before: Band, after: Band) -> Movement {
    if after.is_better_than(before) {
        Movement::Better
    } else if before.is_better_than(after) {
        Movement::Worse
    } else {
        Movement::Same
    }
}

fn section_changes(
    before: &Framework,
    after: &Framework,
    results: (&Results, &Results),
) -> Vec<SectionChange> {
    let percent = |r: &Results, id: &str| r.sections.iter().find(|s| s.id == id).and_then(|s| s.percent);
    let in_after = after.sections.iter().map(|s| (s, before.sections.iter().find(|b| b.id == s.id)));
    let before_only = before.sections.iter().filter(|b| !after.sections.iter().any(|s| s.id == b.id));
    let mut out: Vec<SectionChange> = in_after
        .map(|(section, earlier)| {
            let (b, a) = (earlier.and_then(|e| percent(results.0, &e.id)), percent(results.1, &section.id));
            let comparable = earlier.is_some_and(|e| same_scoring(e, section));
            SectionChange {
                id: section.id.clone(),
                title: section.title.clone(),
                before: b,
                after: a,
                in_before: earlier.is_some(),
                in_after: true,
                comparable,
                change: b.zip(a).filter(|_| comparable).map(|(b, a)| a - b),
            }
        })
        .collect();
    out.extend(before_only.map(|section| SectionChange {
        id: section.id.clone(),
        title: section.title.clone(),
        before: percent(results.0, &section.id),
        after: None,
        in_before: true,
        in_after: false,
        comparable: false,
        change: None,
    }));
    out
}

/// A section's percentage means the same in both when it has the same criteria with the same
/// weights (its own weight counts only in the overall).
fn same_scoring(before: &Section, after: &Section) -> bool {
    let key = |s: &Section| {
        let mut key: Vec<(String, u64)> =
            s.criteria.iter().map(|c| (c.id.clone(), c.weight.to_bits())).collect();
        sorting::sort(&mut key);
        key
    };
    key(before) == key(after)
}

/// The later framework's criteria, then those only the earlier one has.
fn criterion_changes(
    before: Side,
    after: Side,
    results: (&Results, &Results),
    text: &TextChanges,
) -> Vec<CriterionChange> {
    let pair = Pair { before, after, results, text, cited: CitedChanges::of(text) };
    let earlier: HashMap<&str, &Criterion> =
        before.framework.criteria().map(|(_, c)| (c.id.as_str(), c)).collect();
    let mut out: Vec<CriterionChange> = after
        .framework
        .criteria()
        .map(|(section, criterion)| {
            let had = earlier.get(criterion.id.as_str());
            let presence = if had.is_some() { Presence::Both } else { Presence::AfterOnly };
            let critical = criterion.critical || had.is_some_and(|c| c.critical);
            pair.criterion(section, criterion, critical, presence)
        })
        .collect();
    let before_only = before.framework.criteria().filter(|(_, c)| after.framework.criterion(&c.id).is_none());
    let before_only: Vec<CriterionChange> =
        before_only.map(|(s, c)| pair.criterion(s, c, c.critical, Presence::BeforeOnly)).collect();
    out.extend(before_only);
    out
}

/// What a criterion's change is read from.
struct Pair<'a> {
    before: Side<'a>,
    after: Side<'a>,
    results: (&'a Results, &'a Results),
    text: &'a TextChanges,
    cited: CitedChanges,
}

impl Pair<'_> {
    /// `section` and `criterion` name it (from the later framework where it is in both).
    fn criterion(
        &self,
        section: &Section,
        criterion: &Criterion,
        critical: bool,
        presence: Presence,
    ) -> CriterionChange {
        let id = &criterion.id;
        let (was, now) = (self.before.assessment.responses.get(id), self.after.assessment.responses.get(id));
        let answers = (was.map(|r| &r.answer), now.map(|r| &r.answer));
        let points = (answers.0.and_then(Answer::points), answers.1.and_then(Answer::points));
        let (evidence_added, evidence_dropped) = evidence_moved(was, now, self.text);
        CriterionChange {
            id: id.clone(),
            title: criterion.title.clone(),
            section_title: section.title.clone(),
            critical,
            presence,
            before: answers.0.cloned(),
            after: answers.1.cloned(),
            movement: movement(answers.0, answers.1),
            points_change: match points {
                (Some(b), Some(a)) => Some(a as i8 - b as i8),
                _ => None,
            },
            cap: cap_crossing(id, self.results),
            evidence_added,
            evidence_dropped,
            cited_changes: self.cited.for_criterion(was, now),
        }
    }
}

fn movement(before: Option<&Answer>, after: Option<&Answer>) -> Movement {
    if same_answer(before, after) {
        return Movement::Same;
    }
    match (before.and_then(Answer::points), after.and_then(Answer::points)) {
        (Some(b), Some(a)) if a > b => Movement::Better,
        (Some(b), Some(a)) if a < b => Movement::Worse,
        _ => Movement::Changed,
    }
}

/// Two answers are the same when they are the same level, both Insufficient evidence or both Not
/// applicable (its reason is the assessor's wording, not a different answer), or both missing.
fn same_answer(before: Option<&Answer>, after: Option<&Answer>) -> bool {
    match (before, after) {
        (None, None) => true,
        (Some(Answer::NotApplicable { .. }), Some(Answer::NotApplicable { .. })) => true,
        (Some(Answer::InsufficientEvidence), Some(Answer::InsufficientEvidence)) => true,
        (Some(b @ Answer::Level { .. }), Some(a @ Answer::Level { .. })) => b.points() == a.points(),
        _ => false,
    }
}

/// Read from each side's results, so the cap's rule lives in one place (`results`).
fn cap_crossing(id: &CriterionId, (before, after): (&Results, &Results)) -> Option<CapCrossing> {
    let holds = |r: &Results| r.cap.as_ref().is_some_and(|cap| cap.criteria.contains(id));
    match (holds(before), holds(after)) {
        (false, true) => Some(CapCrossing::Fell),
        (true, false) => Some(CapCrossing::Cleared),
        _ => None,
    }
}

/// Evidence added and dropped. The same quote (spacing aside) from the same clause is the same
/// evidence, the clause matched across the two texts; typed evidence matches typed evidence.
fn evidence_moved(
    before: Option<&Response>,
    after: Option<&Response>,
    text: &TextChanges,
) -> (Vec<Evidence>, Vec<Evidence>) {
    let (was, now) = (before.map_or(&[][..], |r| &r.evidence), after.map_or(&[][..], |r| &r.evidence));
    let key =
        |clause: Option<u32>, quote: &str| (clause, quote.split_whitespace().collect::<Vec<_>>().join(" "));
    let was_keys: Vec<_> =
        was.iter().map(|e| key(e.clause.and_then(|id| text.matched(id)), &e.quote)).collect();
    let now_keys: Vec<_> = now.iter().map(|e| key(e.clause, &e.quote)).collect();
    let added = now.iter().zip(&now_keys).filter(|(_, k)| !was_keys.contains(k)).map(|(e, _)| e.clone());
    let dropped = was.iter().zip(&was_keys).filter(|(_, k)| !now_keys.contains(k)).map(|(e, _)| e.clone());
    (added.collect(), dropped.collect())
}

/// Which change each changed clause is, by clause id on each side: an earlier clause reworded or
/// removed, a later clause reworded or added.
struct CitedChanges {
    before: HashMap<u32, usize>,
    after: HashMap<u32, usize>,
}

impl CitedChanges {
    fn of(text: &TextChanges) -> Self {
        let mut cited = CitedChanges { before: HashMap::new(), after: HashMap::new() };
        for (i, change) in text.changes.iter().enumerate() {
            if let Some(clause) = change.before.as_ref().filter(|_| change.kind != ChangeKind::Added) {
                cited.before.insert(clause.id, i);
            }
            if let Some(clause) = change.after.as_ref().filter(|_| change.kind != ChangeKind::Removed) {
                cited.after.insert(clause.id, i);
            }
        }
        cited
    }

    fn for_criterion(&self, before: Option<&Response>, after: Option<&Response>) -> Vec<usize> {
        let cites = |r: Option<&Response>, map: &HashMap<u32, usize>| -> Vec<usize> {
            r.map_or(&[][..], |r| &r.evidence)
                .iter()
                .filter_map(|e| e.clause.and_then(|id| map.get(&id)))
                .copied()
                .collect()
        };
        let mut found = cites(before, &self.before);
        found.extend(cites(after, &self.after));
        sorting::sort(&mut found);
        found.dedup();
        found
    }
}

fn tally(criteria: &[CriterionChange]) -> Tally {
    let mut t = Tally::default();
    for c in criteria {
        match (c.presence, c.movement) {
            (Presence::BeforeOnly, _) => t.before_only += 1,
            (Presence::AfterOnly, _) => t.after_only += 1,
            (Presence::Both, Movement::Better) => t.better += 1,
            (Presence::Both, Movement::Worse) => t.worse += 1,
            (Presence::Both, Movement::Same) => t.same += 1,
            (Presence::Both, Movement::Changed) => t.changed += 1,
        }
        match c.cap {
            Some(CapCrossing::Fell) => t.fell += 1,
            Some(CapCrossing::Cleared) => t.cleared += 1,
            None => {}
        }
        t.evidence_added += c.evidence_added.len();
        t.evidence_dropped += c.evidence_dropped.len();
        t.cited_changed += usize::from(!c.cited_changes.is_empty());
    }
    t
}
