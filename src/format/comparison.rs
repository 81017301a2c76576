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

use self::wording::*;

const CSV_HEADER: [&str; 11] = [
    "Row",
    "Section",
    "Criterion",
    "Answer in the first",
    "Answer in the second",
    "Change",
    "Which way",
    "Critical cap",
    "Evidence added",
    "Evidence dropped",
    "Cited clauses that changed",
];

/// One row for the overall result, one per section, one per criterion (framework order).
pub fn comparison_csv(c: &Comparison, first: Side, second: Side) -> String {
    let mut out = String::from(BOM);
    push_row(&mut out, CSV_HEADER.iter().map(|h| h.to_string()));
    let overall = [
        "Overall".to_string(),
        String::new(),
        String::new(),
        result_text(c.overall.before, c.overall.band_before),
        result_text(c.overall.after, c.overall.band_after),
        c.overall
            .change
            .map_or_else(|| NOT_COMPARED.to_string(), |_| number_change(c.overall.before, c.overall.after)),
        c.overall.band_movement.map_or_else(String::new, |m| movement_label(m).to_string()),
    ];
    push_row(&mut out, overall.into_iter().chain(std::iter::repeat_n(String::new(), 4)));
    for s in &c.sections {
        let cells = [
            "Section".to_string(),
            s.title.clone(),
            String::new(),
            section_score(s.before, s.in_before),
            section_score(s.after, s.in_after),
            if s.comparable { number_change(s.before, s.after) } else { NOT_COMPARED.to_string() },
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
        "Criterion".to_string(),
        k.section_title.clone(),
        format!("{}{}", k.title, if k.critical { " (critical)" } else { "" }),
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
        return NOT_IN_VERSION.to_string();
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
        let _ = writeln!(out, "## {FRAMEWORK_VERSIONS}\n");
        for sentence in change_sentences(changes, first.framework, second.framework) {
            let _ = writeln!(out, "- {}", inline(&sentence));
        }
        out.push('\n');
    }
    text(&mut out, c);
    out
}

fn summary(out: &mut String, c: &Comparison, first: Side, second: Side) {
    let _ = writeln!(out, "## {SUMMARY}\n\n{}\n", inline(&overall_sentence(c, first, second)));
    let _ = writeln!(out, "{}\n", inline(&tally_sentence(&c.tally)));
    for sentence in cap_sentences(c) {
        let _ = writeln!(out, "> {}\n", inline(&sentence));
    }
}

fn sections(out: &mut String, c: &Comparison, (one, two): (&str, &str)) {
    let _ = writeln!(
        out,
        "## {BY_SECTION}\n\n| Section | {} | {} | Change |\n|---|---:|---:|---:|",
        inline(one),
        inline(two)
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
    let _ = writeln!(out, "## {CRITERIA_THAT_CHANGED}\n");
    if changed.is_empty() {
        let _ = writeln!(out, "{NO_CRITERION_CHANGED}\n");
        return;
    }
    let _ = writeln!(
        out,
        "| Criterion | {} | {} | Change | Which way |\n|---|---|---|---:|---|",
        inline(one),
        inline(two)
    );
    for &i in &changed {
        let k = &c.criteria[i];
        let _ = writeln!(
            out,
            "| {}{} | {} | {} | {} | {} |",
            inline(&k.title),
            if k.critical { " (critical)" } else { "" },
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
        [(EVIDENCE_ADDED, &k.evidence_added, false), (EVIDENCE_DROPPED, &k.evidence_dropped, true)]
    {
        if !evidence.is_empty() {
            notes.push(format!("{label}: {}", names.evidence(evidence, first_side).replace('\n', "; ")));
        }
    }
    if !k.cited_changes.is_empty() {
        notes.push(format!("{CITED_CHANGED}: {}", names.cited(k).replace('\n', "; ")));
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
    let _ = writeln!(out, "## {TEXT_CHANGES}\n\n{}\n", inline(&text_lead(c)));
    if c.text.changes.is_empty() {
        return;
    }
    let _ = writeln!(out, "{WORDS_KEY_MARKDOWN}\n");
    for change in &c.text.changes {
        let _ = writeln!(out, "- **{}**: {}", inline(&clause_change_title(change)), marked_words(change));
    }
    out.push('\n');
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
    use crate::domain::chart_geometry::{count_criteria, floor_tenth, format_percent};
    use crate::domain::comparison::{
        CapCrossing, Comparison, CriterionChange, Incomparable, Movement, Presence, SectionChange, Side,
        Tally,
    };
    use crate::domain::numbers::{fixed, shortest};
    use crate::domain::text_changes::{ChangeKind, ClauseChange};
    use crate::domain::{Band, Framework, FrameworkChanges};
    use crate::i18n::words;

    use super::NONE;

    pub const SUMMARY: &str = "Summary";
    pub const BY_SECTION: &str = "By section";
    pub const CRITERIA_THAT_CHANGED: &str = "Criteria that changed, largest change first";
    pub const FRAMEWORK_VERSIONS: &str = "What changed in the framework";
    pub const TEXT_CHANGES: &str = "What changed in the text";
    pub const NO_CRITERION_CHANGED: &str = "No criterion's answer, evidence or cited clauses changed.";
    pub const NOT_COMPARED: &str = "Not compared";
    pub const NOT_IN_VERSION: &str = "Not in this version";
    pub const EVIDENCE_ADDED: &str = "Evidence added";
    pub const EVIDENCE_DROPPED: &str = "Evidence dropped";
    pub const CITED_CHANGED: &str = "Cited clauses that changed";
    pub const WORDS_KEY_MARKDOWN: &str = "Removed words are struck through; added words are in bold.";

    /// "Comparison: Accommodation, Draft 1 and Draft 2".
    pub fn comparison_title(first: &Assessment, second: &Assessment) -> String {
        let (one, two) = side_names(first, second);
        let title = first.specification.title.trim();
        if title == second.specification.title.trim() && !title.is_empty() {
            format!("Comparison: {title}, {one} and {two}")
        } else {
            format!("Comparison: {one} and {two}")
        }
    }

    /// What tells the two apart, in this order: the specification's version ("Draft 1", "Draft 2"),
    /// its area, the assessor, the title; else "First" and "Second".
    pub fn side_names(first: &Assessment, second: &Assessment) -> (String, String) {
        let pick = |f: fn(&Assessment) -> &str| {
            let (a, b) = (f(first).trim(), f(second).trim());
            (!a.is_empty() && !b.is_empty() && a != b).then(|| (a.to_string(), b.to_string()))
        };
        pick(|a| &a.specification.version)
            .or_else(|| pick(|a| &a.specification.area))
            .or_else(|| pick(|a| &a.assessor))
            .or_else(|| pick(|a| &a.specification.title))
            .unwrap_or_else(|| ("First".into(), "Second".into()))
    }

    /// "Accommodation (version Draft 1, Gwent), scored by Ama under Inclusive needs assessment 1.1,
    /// last changed 24 November 2026 at 10:00".
    pub fn side_details(side: Side) -> String {
        let spec = &side.assessment.specification;
        let mut what = spec.title.trim().to_string();
        let extra: Vec<String> = [("version ", &spec.version), ("", &spec.area)]
            .into_iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(lead, v)| format!("{lead}{}", v.trim()))
            .collect();
        if !extra.is_empty() {
            what = format!("{what} ({})", extra.join(", "));
        }
        let who = match side.assessment.assessor.trim() {
            "" => String::new(),
            name => format!(", scored by {name}"),
        };
        format!(
            "{what}{who} under {} {}, last changed {}",
            side.framework.title,
            side.framework.version,
            words::date_time(side.assessment.updated_at)
        )
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
            (Some(_), Some(_)) => signed(shown_change(before, after).unwrap_or(0.0) / 10.0, 1, "points"),
            _ => NONE.to_string(),
        }
    }

    /// The change in tenths of a point between the percentages as shown, when both have one.
    pub fn shown_change(before: Option<f64>, after: Option<f64>) -> Option<f64> {
        let (b, a) = (before?, after?);
        Some(((floor_tenth(a) - floor_tenth(b)) * 10.0).round())
    }

    fn signed(value: f64, decimals: u32, unit: &str) -> String {
        if value == 0.0 {
            return "No change".into();
        }
        let sign = if value > 0.0 { "+" } else { "\u{2212}" };
        format!("{sign}{} {unit}", fixed(value.abs(), decimals))
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
            (false, _) => NOT_IN_VERSION.to_string(),
            (true, Some(p)) => format_percent(p),
            (true, None) => "No score yet".to_string(),
        }
    }

    pub fn section_change(s: &SectionChange) -> String {
        if !s.comparable {
            return NOT_COMPARED.to_string();
        }
        percent_change(s.before, s.after)
    }

    pub fn movement_label(m: Movement) -> &'static str {
        match m {
            Movement::Better => "Better",
            Movement::Worse => "Worse",
            Movement::Same => "Same",
            Movement::Changed => "Changed",
        }
    }

    /// "Better", "Worse", "Same", "Changed", or which version alone has the criterion.
    pub fn which_way(k: &CriterionChange) -> &'static str {
        match k.presence {
            Presence::BeforeOnly => "Only in the first version",
            Presence::AfterOnly => "Only in the second version",
            Presence::Both => movement_label(k.movement),
        }
    }

    pub fn cap_label(cap: CapCrossing) -> &'static str {
        match cap {
            CapCrossing::Fell => "Now holds the band down (critical, 1 or less)",
            CapCrossing::Cleared => "No longer holds the band down (critical, now above 1)",
        }
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
            return format!(
                "Overall {one} and {two}, not compared: {}",
                incomparable_sentence(&o.not_comparable, first.framework, second.framework)
            );
        }
        let band = match o.band_movement {
            Some(Movement::Better) => "; the band went up",
            Some(Movement::Worse) => "; the band went down",
            Some(_) => "; the band stayed the same",
            None => "",
        };
        let provisional = if c.before.provisional || c.after.provisional {
            " At least one of them is provisional: it has criteria not answered yet."
        } else {
            ""
        };
        format!("Overall {one} then {two}: {}{band}.{provisional}", percent_change(o.before, o.after))
    }

    /// Why two overall results mean different things.
    pub fn incomparable_sentence(reasons: &[Incomparable], first: &Framework, second: &Framework) -> String {
        if reasons.contains(&Incomparable::OtherFramework) {
            return format!(
                "they were scored under different frameworks (\u{201c}{}\u{201d} and \u{201c}{}\u{201d}), so their \
                 percentages measure different things. The criteria both have are compared one by one below.",
                first.title, second.title
            );
        }
        let parts: Vec<&str> = reasons
            .iter()
            .map(|r| match r {
                Incomparable::CriteriaDiffer => "score different criteria",
                Incomparable::WeightsDiffer => "weigh criteria differently",
                Incomparable::BandsDiffer => "set the bands at different percentages",
                Incomparable::CapsDiffer => "cap the band differently when critical criteria fail",
                Incomparable::OtherFramework => "",
            })
            .collect();
        format!(
            "versions {} and {} of the framework {}, so the same answers can give a different percentage. The \
             criteria both versions have are compared one by one below.",
            first.version,
            second.version,
            join_and(&parts)
        )
    }

    fn join_and(parts: &[&str]) -> String {
        match parts {
            [] => String::new(),
            [one] => one.to_string(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        }
    }

    /// "3 criteria better, 1 worse, 40 the same, 1 changed in another way; 3 only in the second version."
    pub fn tally_sentence(t: &Tally) -> String {
        let mut s = format!(
            "{} better, {} worse, {} the same, {} changed in another way",
            count_criteria(t.better),
            t.worse,
            t.same,
            t.changed
        );
        for (n, which) in [(t.before_only, "first"), (t.after_only, "second")] {
            if n > 0 {
                s.push_str(&format!("; {n} only in the {which} version"));
            }
        }
        s.push_str(&format!(
            ". Evidence: {} added, {} dropped. {} cite clauses that changed.",
            t.evidence_added,
            t.evidence_dropped,
            capital(&count_criteria(t.cited_changed))
        ));
        s
    }

    fn capital(s: &str) -> String {
        crate::domain::case::capitalised(s)
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
            out.push(format!(
                "No longer holding the band down (critical, now scored above 1): {}.",
                cleared.join(", ")
            ));
        }
        if !fell.is_empty() {
            out.push(format!(
                "Now holding the band down (critical, now scored 1 or less): {}.",
                fell.join(", ")
            ));
        }
        out
    }

    /// What the text comparison found, in one sentence.
    pub fn text_lead(c: &Comparison) -> String {
        if c.same_text() {
            return "Both assessments score the same text.".into();
        }
        let t = &c.text;
        let clauses = |n: usize| if n == 1 { "1 clause".to_string() } else { format!("{n} clauses") };
        let renumbered = match t.renumbered {
            0 => String::new(),
            n => format!(" ({n} of them under another number)"),
        };
        format!(
            "From the first text to the second: {} added, {} removed, {} reworded; {} unchanged{renumbered}.",
            clauses(t.count(ChangeKind::Added)),
            t.count(ChangeKind::Removed),
            t.count(ChangeKind::Reworded),
            clauses(t.unchanged)
        )
    }

    /// "Clause 3 reworded", "Clause 4 (p. 2) added", "Clause 7 removed", "Clause 4.1 reworded as 5.2".
    pub fn clause_change_title(change: &ClauseChange) -> String {
        let cite = |r: &crate::domain::text_changes::ClauseRef| words::citation(&r.label, r.page);
        match (change.kind, &change.before, &change.after) {
            (ChangeKind::Added, _, Some(after)) => format!("Clause {} added", cite(after)),
            (ChangeKind::Removed, Some(before), _) => format!("Clause {} removed", cite(before)),
            (ChangeKind::Reworded, Some(before), Some(after)) if before.label != after.label => {
                format!("Clause {} reworded as {}", cite(before), cite(after))
            }
            (_, _, Some(clause)) | (_, Some(clause), None) => format!("Clause {} reworded", cite(clause)),
            (_, None, None) => "A clause changed".into(),
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
        let mut out = Vec::new();
        for id in &changes.new {
            out.push(format!("New: {}.", title_of(new, id)));
        }
        for id in &changes.removed {
            out.push(format!("Removed: {}.", title_of(old, id)));
        }
        for id in &changes.reworded {
            out.push(format!("Reworded: {}.", title_of(new, id)));
        }
        for id in &changes.reweighted {
            let (Some(a), Some(b)) = (section_of(old, id), section_of(new, id)) else { continue };
            let mut parts = Vec::new();
            if a.2.to_bits() != b.2.to_bits() {
                parts.push(format!("weight {} \u{2192} {}", shortest(a.2), shortest(b.2)));
            }
            if a.1.to_bits() != b.1.to_bits() {
                parts.push(format!("section weight {} \u{2192} {}", shortest(a.1), shortest(b.1)));
            }
            if a.3 != b.3 {
                parts.push(if b.3 { "now critical".into() } else { "no longer critical".to_string() });
            }
            out.push(format!("Reweighted: {} ({}).", title_of(new, id), parts.join(", ")));
        }
        for id in &changes.moved {
            let (Some(a), Some(b)) = (section_of(old, id), section_of(new, id)) else { continue };
            out.push(format!(
                "Moved: {} from \u{201c}{}\u{201d} to \u{201c}{}\u{201d}.",
                title_of(new, id),
                a.0,
                b.0
            ));
        }
        // Sources and search terms change for many criteria at once: counted, not listed one by one.
        for (ids, what) in [(&changes.sources_changed, "Sources"), (&changes.terms_changed, "Search terms")] {
            match ids.len() {
                0 => {}
                1 => out.push(format!("{what} updated: {}.", title_of(new, &ids[0]))),
                n => out.push(format!("{what} updated for {n} criteria.")),
            }
        }
        for (changed, what) in [
            (changes.scale_changed, "The scale's labels or descriptors changed."),
            (changes.bands_changed, "The band thresholds changed."),
            (changes.timescale_changed, "The timescale rules changed."),
            (
                changes.timescale_criteria_changed,
                "Timescale findings are shown beside the criteria they are about, where the dates contradict an answer.",
            ),
            (changes.caps_changed, "How failed critical criteria cap the band changed."),
        ] {
            if changed {
                out.push(what.into());
            }
        }
        if out.is_empty() {
            out.push("No criterion changed; only titles of the framework or its sections differ.".into());
        }
        out
    }
}
