//! A comparison of two assessments as a spreadsheet (CSV) and as a Markdown report, with the words
//! the comparison page shares with them in [`wording`] (one place for each sentence).
//!
//! The CSV follows `format::csv`: a byte-order mark, RFC 4180 quoting, CRLF line ends and formula
//! cells neutralised, through that module's own `push_row`. The Markdown escapes user text as the
//! results report does (`report::inline`).

use std::fmt::Write;

use crate::domain::comparison::{Comparison, CriterionChange, CriterionOrder, Side};
use crate::domain::numbers::fixed;
use crate::domain::text_changes::{ClauseChange, WordChange};
use crate::domain::{Answer, Citations, Evidence};
use crate::format::csv::{push_row, BOM};
use crate::format::report::inline;
use crate::format::report::wording::{answer_text, evidence_citation, NONE};
use crate::i18n::messages::comparison_report::ComparisonReport as C;
use crate::i18n::messages::results::Results as Res;
use crate::i18n::{t, tf};

use self::wording::*;

const CSV_HEADER: [C; 11] = [
    C::Row,
    C::Section,
    C::Criterion,
    C::AnswerFirst,
    C::AnswerSecond,
    C::Change,
    C::WhichWay,
    C::CriticalCap,
    C::EvidenceAdded,
    C::EvidenceDropped,
    C::CitedChanged,
];

/// One row for the overall result, one per section, one per criterion (framework order).
pub fn comparison_csv(c: &Comparison, first: Side, second: Side) -> String {
    let mut out = String::from(BOM);
    push_row(&mut out, CSV_HEADER.iter().map(|h| t(*h).to_string()));
    let overall = [
        t(C::Overall).to_string(),
        String::new(),
        String::new(),
        result_text(c.overall.before, c.overall.band_before),
        result_text(c.overall.after, c.overall.band_after),
        c.overall.change.map_or_else(
            || t(C::NotCompared).to_string(),
            |_| number_change(c.overall.before, c.overall.after),
        ),
        c.overall.band_movement.map_or_else(String::new, |m| movement_label(m).to_string()),
    ];
    push_row(&mut out, overall.into_iter().chain(std::iter::repeat_n(String::new(), 4)));
    for s in &c.sections {
        let cells = [
            t(C::Section).to_string(),
            s.title.clone(),
            String::new(),
            section_score(s.before, s.in_before),
            section_score(s.after, s.in_after),
            if s.comparable { number_change(s.before, s.after) } else { t(C::NotCompared).to_string() },
        ];
        push_row(&mut out, cells.into_iter().chain(std::iter::repeat_n(String::new(), 5)));
    }
    let names = Names::of(c, first, second);
    for k in &c.criteria {
        push_row(&mut out, criterion_cells(k, first, second, &names).into_iter());
    }
    out
}

/// A change in percentage points as a spreadsheet reads a number ("+3.0", "-2.5", "0.0"), from the
/// percentages as shown (see [`wording::percent_change`]); blank when either has none.
fn number_change(before: Option<f64>, after: Option<f64>) -> String {
    match shown_change(before, after) {
        Some(tenths) if tenths > 0.0 => format!("+{}", fixed(tenths / 10.0, 1)),
        Some(tenths) => fixed(tenths / 10.0, 1),
        None => String::new(),
    }
}

/// What both exports need to name clauses and level labels on each side.
struct Names<'a> {
    first: Citations,
    second: Citations,
    comparison: &'a Comparison,
}

impl<'a> Names<'a> {
    fn of(comparison: &'a Comparison, first: Side, second: Side) -> Self {
        Names {
            first: first.assessment.specification.citations(),
            second: second.assessment.specification.citations(),
            comparison,
        }
    }

    fn evidence(&self, evidence: &[Evidence], first_side: bool) -> String {
        let citations = if first_side { &self.first } else { &self.second };
        evidence
            .iter()
            .map(|e| format!("{}: \u{201c}{}\u{201d}", evidence_citation(e, citations), e.quote.trim()))
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn cited(&self, k: &CriterionChange) -> String {
        let changes = &self.comparison.text.changes;
        k.cited_changes
            .iter()
            .filter_map(|&i| changes.get(i))
            .map(clause_change_title)
            .collect::<Vec<_>>()
            .join("\n")
    }
}

fn criterion_cells(k: &CriterionChange, first: Side, second: Side, names: &Names) -> [String; 11] {
    [
        t(C::Criterion).to_string(),
        k.section_title.clone(),
        titled(k),
        answer_cell(k.before.as_ref(), k, first, true),
        answer_cell(k.after.as_ref(), k, second, false),
        k.points_change.map_or_else(String::new, |n| if n > 0 { format!("+{n}") } else { n.to_string() }),
        which_way(k).to_string(),
        k.cap.map_or_else(String::new, |cap| cap_label(cap).to_string()),
        names.evidence(&k.evidence_added, false),
        names.evidence(&k.evidence_dropped, true),
        names.cited(k),
    ]
}

/// The answer as the results report words it, or why there is none.
fn answer_cell(answer: Option<&Answer>, k: &CriterionChange, side: Side, first_side: bool) -> String {
    if !in_side(k, first_side) {
        return t(C::NotInVersion).to_string();
    }
    answer_text(answer, side.framework)
}

/// The comparison as a Markdown report: who and what was compared, the overall result and sections
/// with the change, the criteria that changed (largest first), the framework versions, and the
/// clauses that changed with the words marked.
pub fn comparison_markdown(c: &Comparison, first: Side, second: Side) -> String {
    let (one, two) = side_names(first.assessment, second.assessment);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", inline(&comparison_title(first.assessment, second.assessment)));
    for (name, side) in [(&one, first), (&two, second)] {
        let _ = writeln!(out, "- **{}:** {}", inline(name), inline(&side_details(side)));
    }
    out.push('\n');
    summary(&mut out, c, first, second);
    sections(&mut out, c, (&one, &two));
    criteria(&mut out, c, first, second, (&one, &two));
    if let Some(changes) = &c.framework_changes {
        let _ = writeln!(out, "## {}\n", t(C::FrameworkVersions));
        for sentence in change_sentences(changes, first.framework, second.framework) {
            let _ = writeln!(out, "- {}", inline(&sentence));
        }
        out.push('\n');
    }
    text(&mut out, c);
    out
}

fn summary(out: &mut String, c: &Comparison, first: Side, second: Side) {
    let _ = writeln!(out, "## {}\n\n{}\n", t(Res::Summary), inline(&overall_sentence(c, first, second)));
    let _ = writeln!(out, "{}\n", inline(&tally_sentence(&c.tally)));
    for sentence in cap_sentences(c) {
        let _ = writeln!(out, "> {}\n", inline(&sentence));
    }
}

fn sections(out: &mut String, c: &Comparison, (one, two): (&str, &str)) {
    let _ = writeln!(
        out,
        "## {}\n\n| {} | {} | {} | {} |\n|---|---:|---:|---:|",
        t(Res::BySection),
        t(C::Section),
        inline(one),
        inline(two),
        t(C::Change)
    );
    for s in &c.sections {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            inline(&s.title),
            section_score(s.before, s.in_before),
            section_score(s.after, s.in_after),
            section_change(s)
        );
    }
    out.push('\n');
}

fn criteria(out: &mut String, c: &Comparison, first: Side, second: Side, (one, two): (&str, &str)) {
    let changed = c.order(CriterionOrder::LargestChange, true);
    let _ = writeln!(out, "## {}\n", t(C::CriteriaThatChanged));
    if changed.is_empty() {
        let _ = writeln!(out, "{}\n", t(C::NoCriterionChanged));
        return;
    }
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} |\n|---|---|---|---:|---|",
        t(C::Criterion),
        inline(one),
        inline(two),
        t(C::Change),
        t(C::WhichWay)
    );
    for &i in &changed {
        let k = &c.criteria[i];
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            inline(&titled(k)),
            inline(&answer_cell(k.before.as_ref(), k, first, true)),
            inline(&answer_cell(k.after.as_ref(), k, second, false)),
            level_change(k.points_change),
            which_way(k)
        );
    }
    out.push('\n');
    let names = Names::of(c, first, second);
    for &i in &changed {
        criterion_notes(out, &c.criteria[i], &names);
    }
}

/// Under the table, what moved besides the answer: the cap, evidence, cited clauses.
fn criterion_notes(out: &mut String, k: &CriterionChange, names: &Names) {
    let mut notes = Vec::new();
    if let Some(cap) = k.cap {
        notes.push(cap_label(cap).to_string());
    }
    for (label, evidence, first_side) in
        [(t(C::EvidenceAdded), &k.evidence_added, false), (t(C::EvidenceDropped), &k.evidence_dropped, true)]
    {
        if !evidence.is_empty() {
            notes.push(format!("{label}: {}", names.evidence(evidence, first_side).replace('\n', "; ")));
        }
    }
    if !k.cited_changes.is_empty() {
        notes.push(format!("{}: {}", t(C::CitedChanged), names.cited(k).replace('\n', "; ")));
    }
    if notes.is_empty() {
        return;
    }
    let _ = writeln!(out, "**{}**\n", inline(&k.title));
    for note in notes {
        let _ = writeln!(out, "- {}", inline(&note));
    }
    out.push('\n');
}

fn text(out: &mut String, c: &Comparison) {
    let _ = writeln!(out, "## {}\n\n{}\n", t(C::TextChanges), inline(&text_lead(c)));
    if c.text.changes.is_empty() {
        return;
    }
    let _ = writeln!(out, "{}\n", t(C::WordsKey));
    for change in &c.text.changes {
        let _ = writeln!(out, "- **{}**: {}", inline(&clause_change_title(change)), marked_words(change));
    }
    out.push('\n');
}

/// The criterion's title, marked when it is critical.
fn titled(k: &CriterionChange) -> String {
    if k.critical {
        tf(C::Critical, &[("title", &k.title)])
    } else {
        k.title.clone()
    }
}

/// Removed words struck through, added words in bold: Markdown's own marks, explained by the key.
fn marked_words(change: &ClauseChange) -> String {
    let parts: Vec<String> = change
        .words
        .iter()
        .map(|run| match run.change {
            WordChange::Same => inline(&run.text),
            WordChange::Removed => format!("~~{}~~", inline(&run.text)),
            WordChange::Added => format!("**{}**", inline(&run.text)),
        })
        .collect();
    parts.join(" ")
}

/// Every sentence and label the comparison page and its exports share, as plain text.
pub mod wording {
    use crate::domain::assessment::Assessment;
    use crate::domain::chart_geometry::{floor_tenth, format_percent};
    use crate::domain::comparison::{
        CapCrossing, Comparison, CriterionChange, Incomparable, Movement, Presence, SectionChange, Side,
        Tally,
    };
    use crate::domain::numbers::{fixed, shortest};
    use crate::domain::text_changes::{ChangeKind, ClauseChange};
    use crate::domain::{Band, Framework, FrameworkChanges};
    use crate::i18n::messages::comparison_report::{ComparisonCounted as CC, ComparisonReport as C};
    use crate::i18n::{t, tf, tn, tnf, words};

    use super::NONE;

    /// "Comparison: Accommodation, Draft 1 and Draft 2".
    pub fn comparison_title(first: &Assessment, second: &Assessment) -> String {
        let (one, two) = side_names(first, second);
        let title = first.specification.title.trim();
        if title == second.specification.title.trim() && !title.is_empty() {
            tf(C::TitleBoth, &[("title", title), ("first", &one), ("second", &two)])
        } else {
            tf(C::Title, &[("first", &one), ("second", &two)])
        }
    }

    /// What tells the two apart, in this order: the specification's version ("Draft 1", "Draft 2"),
    /// its area, the assessor, the title; else "First" and "Second".
    pub fn side_names(first: &Assessment, second: &Assessment) -> (String, String) {
        let pick = |f: fn(&Assessment) -> String| {
            let (a, b) = (f(first), f(second));
            let (a, b) = (a.trim(), b.trim());
            (!a.is_empty() && !b.is_empty() && a != b).then(|| (a.to_string(), b.to_string()))
        };
        pick(|a| a.specification.version.clone())
            .or_else(|| pick(|a| a.specification.area.clone()))
            .or_else(|| pick(crate::format::report::wording::assessor))
            .or_else(|| pick(|a| a.specification.title.clone()))
            .unwrap_or_else(|| (t(C::First).into(), t(C::Second).into()))
    }

    /// "Accommodation (version Draft 1, Gwent), scored by Ama under Inclusive needs assessment 1.1,
    /// last changed 24 November 2026 at 10:00".
    pub fn side_details(side: Side) -> String {
        let spec = &side.assessment.specification;
        let mut what = spec.title.trim().to_string();
        let mut extra = Vec::new();
        if !spec.version.trim().is_empty() {
            extra.push(tf(C::VersionOf, &[("version", spec.version.trim())]));
        }
        if !spec.area.trim().is_empty() {
            extra.push(spec.area.trim().to_string());
        }
        if !extra.is_empty() {
            what = format!("{what} ({})", extra.join(", "));
        }
        let when = words::date_time(side.assessment.updated_at);
        let slots = [
            ("what", what.as_str()),
            ("framework", &side.framework.title),
            ("version", &side.framework.version),
        ];
        let assessor = crate::format::report::wording::assessor(side.assessment);
        match assessor.trim() {
            "" => tf(C::SideDetails, &[slots[0], slots[1], slots[2], ("when", &when)]),
            name => tf(C::SideDetailsBy, &[slots[0], ("name", name), slots[1], slots[2], ("when", &when)]),
        }
    }

    /// "41.2% (Requires improvement)", or a dash when nothing is scored.
    pub fn result_text(percent: Option<f64>, band: Option<Band>) -> String {
        match (percent, band) {
            (Some(p), Some(b)) => format!("{} ({})", format_percent(p), words::band(b)),
            (Some(p), None) => format_percent(p),
            _ => NONE.to_string(),
        }
    }

    /// The difference between the two percentages as shown (each rounded down to a tenth), so the
    /// change always matches the numbers beside it: "+8.4 points", "−2.0 points", "No change".
    pub fn percent_change(before: Option<f64>, after: Option<f64>) -> String {
        match (before, after) {
            (Some(_), Some(_)) => {
                let value = shown_change(before, after).unwrap_or(0.0) / 10.0;
                if value == 0.0 {
                    return t(C::NoChange).into();
                }
                let sign = if value > 0.0 { "+" } else { "\u{2212}" };
                tf(C::Points, &[("change", &format!("{sign}{}", fixed(value.abs(), 1)))])
            }
            _ => NONE.to_string(),
        }
    }

    /// The change in tenths of a point between the percentages as shown, when both have one.
    pub fn shown_change(before: Option<f64>, after: Option<f64>) -> Option<f64> {
        let (b, a) = (before?, after?);
        Some(((floor_tenth(a) - floor_tenth(b)) * 10.0).round())
    }

    /// "+3", "−1", "0", or a dash when either answer scores no points.
    pub fn level_change(change: Option<i8>) -> String {
        match change {
            Some(0) => "0".into(),
            Some(n) if n > 0 => format!("+{n}"),
            Some(n) => format!("\u{2212}{}", n.unsigned_abs()),
            None => NONE.to_string(),
        }
    }

    pub fn section_score(percent: Option<f64>, present: bool) -> String {
        match (present, percent) {
            (false, _) => t(C::NotInVersion).to_string(),
            (true, Some(p)) => format_percent(p),
            (true, None) => t(C::NoScoreYet).to_string(),
        }
    }

    pub fn section_change(s: &SectionChange) -> String {
        if !s.comparable {
            return t(C::NotCompared).to_string();
        }
        percent_change(s.before, s.after)
    }

    pub fn movement_label(m: Movement) -> &'static str {
        t(match m {
            Movement::Better => C::Better,
            Movement::Worse => C::Worse,
            Movement::Same => C::Same,
            Movement::Changed => C::Changed,
        })
    }

    /// "Better", "Worse", "Same", "Changed", or which version alone has the criterion.
    pub fn which_way(k: &CriterionChange) -> &'static str {
        match k.presence {
            Presence::BeforeOnly => t(C::OnlyFirst),
            Presence::AfterOnly => t(C::OnlySecond),
            Presence::Both => movement_label(k.movement),
        }
    }

    pub fn cap_label(cap: CapCrossing) -> &'static str {
        t(match cap {
            CapCrossing::Fell => C::CapFell,
            CapCrossing::Cleared => C::CapCleared,
        })
    }

    /// Whether the criterion is in the first (`first_side`) or second side's framework.
    pub fn in_side(k: &CriterionChange, first_side: bool) -> bool {
        match k.presence {
            Presence::Both => true,
            Presence::BeforeOnly => first_side,
            Presence::AfterOnly => !first_side,
        }
    }

    /// The overall results and the change, or why they are not compared.
    pub fn overall_sentence(c: &Comparison, first: Side, second: Side) -> String {
        let o = &c.overall;
        let (one, two) = (result_text(o.before, o.band_before), result_text(o.after, o.band_after));
        if !o.not_comparable.is_empty() {
            let why = incomparable_sentence(&o.not_comparable, first.framework, second.framework);
            return tf(C::OverallNotCompared, &[("first", &one), ("second", &two), ("why", &why)]);
        }
        let message = match o.band_movement {
            Some(Movement::Better) => C::OverallUp,
            Some(Movement::Worse) => C::OverallDown,
            Some(_) => C::OverallSameBand,
            None => C::OverallChange,
        };
        let sentence =
            tf(message, &[("first", &one), ("second", &two), ("change", &percent_change(o.before, o.after))]);
        if c.before.provisional || c.after.provisional {
            format!("{sentence} {}", t(C::Provisional))
        } else {
            sentence
        }
    }

    /// Why two overall results mean different things.
    pub fn incomparable_sentence(reasons: &[Incomparable], first: &Framework, second: &Framework) -> String {
        if reasons.contains(&Incomparable::OtherFramework) {
            return tf(C::OtherFramework, &[("first", &first.title), ("second", &second.title)]);
        }
        let parts: Vec<String> = reasons
            .iter()
            .filter_map(|r| match r {
                Incomparable::CriteriaDiffer => Some(C::CriteriaDiffer),
                Incomparable::WeightsDiffer => Some(C::WeightsDiffer),
                Incomparable::BandsDiffer => Some(C::BandsDiffer),
                Incomparable::CapsDiffer => Some(C::CapsDiffer),
                Incomparable::OtherFramework => None,
            })
            .map(|m| t(m).to_string())
            .collect();
        tf(
            C::OtherVersions,
            &[("first", &first.version), ("second", &second.version), ("differences", &words::list(&parts))],
        )
    }

    /// "3 criteria better, 1 worse, 40 the same, 1 changed in another way; 3 only in the second version."
    pub fn tally_sentence(t: &Tally) -> String {
        let mut only = String::new();
        for (n, message) in [(t.before_only, C::OnlyInFirst), (t.after_only, C::OnlyInSecond)] {
            if n > 0 {
                only.push_str(&tf(message, &[("n", &n.to_string())]));
            }
        }
        tnf(
            CC::Tally,
            t.better as u64,
            &[
                ("worse", &t.worse.to_string()),
                ("same", &t.same.to_string()),
                ("changed", &t.changed.to_string()),
                ("only", &only),
                ("added", &t.evidence_added.to_string()),
                ("dropped", &t.evidence_dropped.to_string()),
                ("cited", &tn(CC::CiteChanged, t.cited_changed as u64)),
            ],
        )
    }

    /// One sentence per way across the critical cap, naming the criteria.
    pub fn cap_sentences(c: &Comparison) -> Vec<String> {
        let named = |cap: CapCrossing| -> Vec<String> {
            c.criteria
                .iter()
                .filter(|k| k.cap == Some(cap))
                .map(|k| format!("\u{201c}{}\u{201d}", k.title))
                .collect()
        };
        let mut out = Vec::new();
        let (cleared, fell) = (named(CapCrossing::Cleared), named(CapCrossing::Fell));
        if !cleared.is_empty() {
            out.push(tf(C::CapClearedList, &[("list", &cleared.join(", "))]));
        }
        if !fell.is_empty() {
            out.push(tf(C::CapFellList, &[("list", &fell.join(", "))]));
        }
        out
    }

    /// What the text comparison found, in one sentence.
    pub fn text_lead(c: &Comparison) -> String {
        if c.same_text() {
            return t(C::SameText).into();
        }
        let text = &c.text;
        let unchanged = match text.renumbered {
            0 => tn(CC::Unchanged, text.unchanged as u64),
            n => tnf(CC::UnchangedRenumbered, text.unchanged as u64, &[("renumbered", &n.to_string())]),
        };
        tnf(
            CC::TextLead,
            text.count(ChangeKind::Added) as u64,
            &[
                ("removed", &text.count(ChangeKind::Removed).to_string()),
                ("reworded", &text.count(ChangeKind::Reworded).to_string()),
                ("unchanged", &unchanged),
            ],
        )
    }

    /// "Clause 3 reworded", "Clause 4 (p. 2) added", "Clause 7 removed", "Clause 4.1 reworded as 5.2".
    pub fn clause_change_title(change: &ClauseChange) -> String {
        let cite = |r: &crate::domain::text_changes::ClauseRef| words::citation(&r.label, r.page);
        match (change.kind, &change.before, &change.after) {
            (ChangeKind::Added, _, Some(after)) => tf(C::ClauseAdded, &[("clause", &cite(after))]),
            (ChangeKind::Removed, Some(before), _) => tf(C::ClauseRemoved, &[("clause", &cite(before))]),
            (ChangeKind::Reworded, Some(before), Some(after)) if before.label != after.label => {
                tf(C::ClauseRewordedAs, &[("clause", &cite(before)), ("after", &cite(after))])
            }
            (_, _, Some(clause)) | (_, Some(clause), None) => {
                tf(C::ClauseReworded, &[("clause", &cite(clause))])
            }
            (_, None, None) => t(C::AClauseChanged).into(),
        }
    }

    /// A criterion's title in curly quotes, or its id when the framework lacks it.
    pub fn title_of(framework: &Framework, id: &str) -> String {
        framework.criterion(id).map_or_else(|| id.to_string(), |c| format!("\u{201c}{}\u{201d}", c.title))
    }

    /// What changed from one framework version to another, in plain sentences with criterion titles:
    /// on the comparison page, in its report, and in the offer to re-score under a new version.
    pub fn change_sentences(changes: &FrameworkChanges, old: &Framework, new: &Framework) -> Vec<String> {
        let section_of = |f: &Framework, id: &str| {
            f.criteria()
                .find(|(_, c)| c.id == id)
                .map(|(s, c)| (s.title.clone(), s.weight, c.weight, c.critical))
        };
        let titled = |message: C, f: &Framework, id: &str| tf(message, &[("title", &title_of(f, id))]);
        let mut out = Vec::new();
        for id in &changes.new {
            out.push(titled(C::New, new, id));
        }
        for id in &changes.removed {
            out.push(titled(C::Removed, old, id));
        }
        for id in &changes.reworded {
            out.push(titled(C::Reworded, new, id));
        }
        for id in &changes.reweighted {
            let (Some(a), Some(b)) = (section_of(old, id), section_of(new, id)) else { continue };
            let mut parts = Vec::new();
            if a.2.to_bits() != b.2.to_bits() {
                parts.push(tf(C::WeightChange, &[("before", &shortest(a.2)), ("after", &shortest(b.2))]));
            }
            if a.1.to_bits() != b.1.to_bits() {
                parts.push(tf(
                    C::SectionWeightChange,
                    &[("before", &shortest(a.1)), ("after", &shortest(b.1))],
                ));
            }
            if a.3 != b.3 {
                parts.push(t(if b.3 { C::NowCritical } else { C::NoLongerCritical }).to_string());
            }
            out.push(tf(C::Reweighted, &[("title", &title_of(new, id)), ("changes", &parts.join(", "))]));
        }
        for id in &changes.moved {
            let (Some(a), Some(b)) = (section_of(old, id), section_of(new, id)) else { continue };
            out.push(tf(C::Moved, &[("title", &title_of(new, id)), ("from", &a.0), ("to", &b.0)]));
        }
        // Sources and search terms change for many criteria at once: counted, not listed one by one.
        for (ids, one, many) in [
            (&changes.sources_changed, C::SourcesUpdated, CC::SourcesUpdatedFor),
            (&changes.terms_changed, C::TermsUpdated, CC::TermsUpdatedFor),
        ] {
            match ids.len() {
                0 => {}
                1 => out.push(titled(one, new, &ids[0])),
                n => out.push(tn(many, n as u64)),
            }
        }
        for (changed, what) in [
            (changes.scale_changed, C::ScaleChanged),
            (changes.bands_changed, C::BandsChanged),
            (changes.timescale_changed, C::TimescaleChanged),
            (changes.timescale_criteria_changed, C::TimescaleCriteriaChanged),
            (changes.caps_changed, C::CapsChanged),
        ] {
            if changed {
                out.push(t(what).into());
            }
        }
        if out.is_empty() {
            out.push(t(C::OnlyTitles).into());
        }
        out
    }
}
