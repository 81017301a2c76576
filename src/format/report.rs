//! The Markdown report of an assessment: what the results page shows, as a document that can be
//! pasted into a board paper or a wiki.
//!
//! The wording shared with the Word report (`docx_report`) lives here, in [`wording`], as plain
//! text: each report escapes it for its own format. One place for each sentence and rule. Every
//! word is the catalogue's, in the current language (`i18n::current`).

use std::fmt::Write;

use crate::domain::chart_geometry::format_percent;
use crate::i18n::messages::report::Report as R;
use crate::i18n::messages::results::Results as Res;
use crate::i18n::{t, tf, words};

use crate::domain::finder::Fold;
use crate::domain::moderation::Provenance;
use crate::domain::{
    self, results, silences, timescale_findings, Assessment, Clause, Framework, Results, Specification,
};

use self::wording::*;

/// `fold` is the evidence finder's (`domain::finder::Fold`), for what the specification is silent on.
pub fn markdown_report(assessment: &Assessment, framework: &Framework, fold: &dyn Fold) -> String {
    let results = results(framework, &assessment.responses);
    let mut out = String::new();
    let spec = &assessment.specification;
    let _ = writeln!(out, "# {}\n", inline(&title(spec)));
    details(&mut out, assessment, framework);
    summary(&mut out, &results);
    sections(&mut out, &results);
    gaps(&mut out, &results, framework);
    silent_on(&mut out, framework, &spec.clauses(), fold);
    timescales(&mut out, framework, spec);
    contradictions(&mut out, assessment, framework);
    insufficient(&mut out, &results, framework);
    if let Some(provenance) = &assessment.provenance {
        workshop(&mut out, assessment, provenance, framework);
    }
    answers(&mut out, assessment, framework);
    out
}

fn details(out: &mut String, assessment: &Assessment, framework: &Framework) {
    let rows = detail_rows(assessment, framework);
    let last = rows.len().saturating_sub(1);
    for (i, row) in rows.iter().enumerate() {
        let value = if row.code { format!("`{}`", row.value) } else { inline(&row.value) };
        let _ = writeln!(out, "- **{}:** {value}", row.label);
        if i == last {
            out.push('\n');
        }
    }
}

fn summary(out: &mut String, r: &Results) {
    let _ = writeln!(out, "## {}\n", t(Res::Summary));
    match (r.overall, r.band) {
        (Some(overall), Some(band)) => {
            let percent = format!("**{}**", format_percent(overall));
            let band = format!("**{}**", words::band(band));
            let _ = writeln!(out, "{}", tf(R::Overall, &[("percent", &percent), ("band", &band)]));
        }
        _ => {
            let _ = writeln!(out, "{}", t(R::NoAnswers));
        }
    }
    let _ = writeln!(out, "{}", coverage_sentence(r));
    if let Some(provisional) = provisional_sentence(r) {
        let _ = writeln!(out, "\n*{provisional}*");
    }
    if let Some(cap) = cap_sentence(r) {
        let _ = writeln!(out, "\n> **{}** {}", t(Res::CriticalCriteria), inline(&cap));
    }
    out.push('\n');
}

fn sections(out: &mut String, r: &Results) {
    let _ = writeln!(
        out,
        "## {}\n\n| {} |\n|---|---:|---:|---:|",
        t(Res::BySection),
        section_columns().join(" | ")
    );
    for s in &r.sections {
        let [title, weight, answered, score] = section_row(s);
        let _ = writeln!(out, "| {} | {weight} | {answered} | {score} |", inline(&title));
    }
    out.push('\n');
}

fn gaps(out: &mut String, r: &Results, framework: &Framework) {
    let _ = writeln!(out, "## {}\n", t(Res::WhatToFixFirst));
    if r.gaps.is_empty() {
        let _ = writeln!(out, "{}\n", t(R::NoGaps));
        return;
    }
    for (rank, gap) in r.gaps.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}. **{}**{}, {}: {}",
            rank + 1,
            inline(&gap.criterion_title),
            critical_mark(gap.critical),
            inline(&gap.section_title),
            inline(&gap_answer(gap, framework))
        );
    }
    out.push('\n');
}

fn silent_on(out: &mut String, framework: &Framework, clauses: &[Clause], fold: &dyn Fold) {
    let found = silences(framework, clauses, fold);
    let _ = writeln!(
        out,
        "## {}\n\n{}\n",
        t(R::SilentOn),
        inline(&silence_lead(found.len(), !clauses.is_empty()))
    );
    for silence in &found {
        let _ = writeln!(out, "- {}", inline(&silence_sentence(silence, framework)));
    }
    if !found.is_empty() {
        out.push('\n');
    }
}

fn contradictions(out: &mut String, assessment: &Assessment, framework: &Framework) {
    let found = domain::contradictions(framework, &assessment.specification.dates, &assessment.responses);
    if found.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {}\n\n{}\n", t(R::Contradictions), t(R::ContradictionsLead));
    for c in &found {
        let _ = writeln!(out, "- {}", inline(&contradiction_sentence(c, framework)));
    }
    out.push('\n');
}

fn timescales(out: &mut String, framework: &Framework, spec: &Specification) {
    let _ = writeln!(out, "## {}\n", t(Res::TimescaleHeading));
    for finding in timescale_findings(&framework.timescale_rules, &spec.dates) {
        let _ = writeln!(
            out,
            "- **{}** ({}): {}",
            words::finding_rule(finding.rule),
            words::finding_status(finding.status),
            inline(&words::finding(&finding))
        );
    }
    out.push('\n');
}

fn insufficient(out: &mut String, r: &Results, framework: &Framework) {
    let _ = writeln!(out, "## {}\n", t(Res::InsufficientHeading));
    let listed = insufficient_criteria(r, framework);
    let _ = writeln!(out, "{}\n", insufficient_sentence(listed.len()));
    for (criterion, section) in &listed {
        let _ = writeln!(out, "- **{}**, {}", inline(criterion), inline(section));
    }
    if !listed.is_empty() {
        out.push('\n');
    }
}

fn answers(out: &mut String, assessment: &Assessment, framework: &Framework) {
    let _ = writeln!(out, "## {}\n", t(R::EveryCriterion));
    let citations = assessment.specification.citations();
    for section in &framework.sections {
        let _ = writeln!(out, "### {}\n", inline(&section.title));
        for criterion in &section.criteria {
            let response = assessment.responses.get(&criterion.id);
            let answer = answer_text(response.map(|r| &r.answer), framework);
            let _ = writeln!(out, "**{}**: {}\n", inline(&criterion.title), inline(&answer));
            if let Some(r) = response {
                if !r.rationale.trim().is_empty() {
                    let _ = writeln!(out, "{}\n", inline(&r.rationale));
                }
                for e in &r.evidence {
                    let _ = writeln!(out, "> {}: {}\n", evidence_citation(e, &citations), inline(&e.quote));
                }
            }
        }
    }
}

/// The workshop record: who took part, and each agreed answer beside what each person scored.
fn workshop(out: &mut String, assessment: &Assessment, provenance: &Provenance, framework: &Framework) {
    let _ = writeln!(out, "## {}\n", t(R::Workshop));
    if let Some(present) = participants_sentence(provenance) {
        let _ = writeln!(out, "{}\n", inline(&present));
    }
    let _ = writeln!(out, "{}\n", t(R::WorkshopKey));
    let header: Vec<String> = workshop_columns(provenance).iter().map(|h| inline(h)).collect();
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(out, "|---|---:|{}---:|", "---:|".repeat(provenance.scorers.len()));
    for row in workshop_rows(assessment, provenance, framework) {
        let cells: Vec<String> = row.iter().map(|c| inline(c)).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out.push('\n');
}

/// User text on one line, with the characters that would start Markdown structure escaped.
pub(crate) fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.split_whitespace().collect::<Vec<_>>().join(" ").chars() {
        if matches!(ch, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// What the Markdown and Word reports both say, as plain (unescaped) text: headings, fixed
/// sentences, and the rules that turn results into words.
pub mod wording {
    use crate::domain::chart_geometry::format_percent;
    use crate::domain::moderation::{assessed_by, AssessedBy, Provenance};
    use crate::domain::{
        Answer, Assessment, Citations, Contradiction, Evidence, Framework, Gap, Results, SectionResult,
        Silence, Specification,
    };
    use crate::i18n::messages::merge::{assessed_by_label, recorded_scorer};
    use crate::i18n::messages::moderation::Moderation as M;
    use crate::i18n::messages::report::{Report as R, ReportCounted as RC};
    use crate::i18n::messages::results::{Counted as ResCounted, Results as Res};
    use crate::i18n::words::{self, date_time};
    use crate::i18n::{t, tf, tn, tnf};

    /// Shown in a table cell that has no value.
    pub const NONE: &str = "—";

    /// The section table's columns: section, weight, answered, score.
    pub fn section_columns() -> [&'static str; 4] {
        [t(Res::Section), t(Res::Weight), t(Res::Answered), t(Res::ScoreColumn)]
    }

    /// The report's title: "Results: Accommodation for people leaving prison".
    pub fn title(spec: &Specification) -> String {
        tf(Res::Heading, &[("title", &spec.title)])
    }

    /// One line of the specification's details.
    pub struct Detail {
        pub label: &'static str,
        pub value: String,
        /// Shown as code (the rules hash).
        pub code: bool,
    }

    /// The specification's details, blank ones left out, the document scored (when it was opened from
    /// a file), then the framework, rules hash and status.
    pub fn detail_rows(assessment: &Assessment, framework: &Framework) -> Vec<Detail> {
        let spec = &assessment.specification;
        let given = [
            (R::Commissioner, &spec.commissioner),
            (R::ServiceCategory, &spec.service_category),
            (R::Area, &spec.area),
            (R::Version, &spec.version),
            (R::Assessor, &assessor(assessment)),
        ];
        let mut rows: Vec<Detail> = given
            .into_iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(label, value)| Detail { label: t(label), value: value.clone(), code: false })
            .collect();
        // Which document was scored: a board can check its copy is the same file.
        if let Some(source) = spec.document.as_ref().and_then(|d| d.source.as_ref()) {
            rows.push(Detail {
                label: t(R::DocumentScored),
                value: tnf(
                    RC::DocumentOpened,
                    source.size,
                    &[("name", &source.name), ("when", &date_time(source.opened_at))],
                ),
                code: false,
            });
            rows.push(Detail { label: t(R::DocumentSha), value: source.sha256.clone(), code: true });
        }
        rows.push(Detail {
            label: t(R::Framework),
            value: tf(R::FrameworkVersion, &[("title", &framework.title), ("version", &framework.version)]),
            code: false,
        });
        rows.push(Detail {
            label: t(R::RulesHash),
            value: assessment.framework.rules_hash.clone(),
            code: true,
        });
        rows.push(Detail {
            label: t(R::Status),
            value: tf(
                R::StatusChanged,
                &[("status", words::status(assessment.status)), ("when", &date_time(assessment.updated_at))],
            ),
            code: false,
        });
        rows
    }

    pub fn coverage_sentence(r: &Results) -> String {
        let c = &r.coverage;
        tf(
            R::Coverage,
            &[
                ("answered", &c.answered.to_string()),
                ("applicable", &c.applicable.to_string()),
                ("not_applicable", &c.not_applicable.to_string()),
                ("insufficient", &c.insufficient.to_string()),
            ],
        )
    }

    pub fn provisional_sentence(r: &Results) -> Option<String> {
        r.provisional.then(|| tn(RC::Provisional, r.coverage.unanswered as u64))
    }

    /// What Insufficient evidence means, wherever the page or a report explains it. Silence is not
    /// insufficient evidence: a specification that says nothing about a criterion shows it is
    /// missing, which is level 0 (Absent).
    pub fn insufficient_means() -> &'static str {
        t(R::InsufficientMeans)
    }

    /// The same, short enough for the answer choice on the scoring page.
    pub fn insufficient_short() -> &'static str {
        t(R::InsufficientShort)
    }

    /// What the list of silences means, or why it is empty: `silent` criteria are listed; with no
    /// text there is nothing to look in (`domain::silences` gives no list then).
    pub fn silence_lead(silent: usize, has_text: bool) -> String {
        match (has_text, silent) {
            (false, _) => t(R::SilenceNoText).into(),
            (true, 0) => t(R::SilenceNone).into(),
            (true, n) => tn(RC::SilenceLead, n as u64),
        }
    }

    /// "“Women” — the specification never mentions: women, female, gender".
    pub fn silence_sentence(silence: &Silence, framework: &Framework) -> String {
        let id = silence.criterion_id.as_str();
        let title = framework.criterion(id).map_or(id, |c| c.title.as_str());
        tf(R::Silence, &[("title", title), ("terms", &silence.terms.join(", "))])
    }

    /// "“Enough time to consult” is answered 3 Achieving, but the dates say: The consultation …"
    pub fn contradiction_sentence(c: &Contradiction, framework: &Framework) -> String {
        let title =
            framework.criterion(&c.criterion_id).map_or(c.criterion_id.as_str(), |k| k.title.as_str());
        tf(
            R::Contradiction,
            &[
                ("title", title),
                ("level", &c.level.to_string()),
                ("label", framework.level_label(c.level)),
                ("finding", &words::finding(&c.finding)),
            ],
        )
    }

    /// Why critical criteria hold the band down, and what the band would be without them.
    pub fn cap_sentence(r: &Results) -> Option<String> {
        let cap = r.cap.as_ref()?;
        let reason = words::cap_reason(cap);
        Some(match (cap.applied, r.uncapped_band) {
            (true, Some(band)) => {
                format!("{reason} {}", tf(Res::UncappedBand, &[("band", words::band(band))]))
            }
            _ => reason,
        })
    }

    /// Section, weight, "answered of applicable" and score, as the section table shows them.
    pub fn section_row(s: &SectionResult) -> [String; 4] {
        [
            s.title.clone(),
            s.weight.to_string(),
            tf(
                Res::AnsweredOf,
                &[("answered", &s.answered.to_string()), ("applicable", &s.applicable.to_string())],
            ),
            s.percent.map_or_else(|| NONE.to_string(), format_percent),
        ]
    }

    /// " (critical)" after a critical criterion's title; nothing after another.
    pub fn critical_mark(critical: bool) -> String {
        if critical {
            format!(" {}", t(R::CriticalMark))
        } else {
            String::new()
        }
    }

    /// What a gap scored: "1 Partly met", or the Insufficient evidence label.
    pub fn gap_answer(gap: &Gap, framework: &Framework) -> String {
        if gap.insufficient {
            framework.scale.insufficient_evidence_label.clone()
        } else {
            format!("{} {}", gap.points, framework.level_label(gap.points))
        }
    }

    /// The criteria answered Insufficient evidence, as (criterion title, section title).
    pub fn insufficient_criteria(r: &Results, framework: &Framework) -> Vec<(String, String)> {
        r.insufficient
            .iter()
            .map(|id| {
                framework
                    .criteria()
                    .find(|(_, c)| &c.id == id)
                    .map_or_else(|| (id.clone(), String::new()), |(s, c)| (c.title.clone(), s.title.clone()))
            })
            .collect()
    }

    pub fn insufficient_sentence(count: usize) -> String {
        match count {
            0 => t(Res::InsufficientNone).into(),
            n => tn(ResCounted::InsufficientLead, n as u64),
        }
    }

    /// "3 Mostly met", "Not applicable (reason)", the Insufficient evidence label, or "Not answered".
    pub fn answer_text(answer: Option<&Answer>, framework: &Framework) -> String {
        match answer {
            None => t(R::NotAnswered).to_string(),
            Some(Answer::Level { level }) => format!("{level} {}", framework.level_label(*level)),
            Some(Answer::NotApplicable { reason }) => {
                format!("{} ({})", framework.scale.not_applicable_label, reason)
            }
            Some(Answer::InsufficientEvidence) => framework.scale.insufficient_evidence_label.clone(),
        }
    }

    /// "Clause 4.2.1 (p. 12)" for quoted evidence; "Evidence" for typed evidence.
    pub fn evidence_citation(evidence: &Evidence, citations: &Citations) -> String {
        evidence.clause.map_or_else(|| t(R::Evidence).to_string(), |id| words::evidence_clause(citations, id))
    }

    /// Who the assessment is by: the assessor as written, or "Agreed in workshop (3 scorers)" for an
    /// agreed assessment; empty when no name was given.
    pub fn assessor(assessment: &Assessment) -> String {
        match assessed_by(assessment) {
            AssessedBy::Named(_) => assessment.assessor.clone(),
            by => assessed_by_label(by).unwrap_or_default(),
        }
    }

    pub fn participants_sentence(provenance: &Provenance) -> Option<String> {
        let present: Vec<String> =
            provenance.participants.iter().map(crate::i18n::messages::workshop::participant_label).collect();
        (!present.is_empty()).then(|| tf(R::PerspectivesPresent, &[("list", &present.join("; "))]))
    }

    /// The workshop table's header: criterion, agreed answer, each scorer, range.
    pub fn workshop_columns(provenance: &Provenance) -> Vec<String> {
        let mut columns = vec![t(M::Criterion).to_string(), t(M::Agreed).to_string()];
        columns.extend((0..provenance.scorers.len()).map(|i| recorded_scorer(provenance, i)));
        columns.push(t(M::Range).into());
        columns
    }

    /// One row per criterion, cells in `workshop_columns` order.
    pub fn workshop_rows(
        assessment: &Assessment,
        provenance: &Provenance,
        framework: &Framework,
    ) -> Vec<Vec<String>> {
        let scorers = provenance.scorers.len();
        framework
            .criteria()
            .map(|(_, criterion)| {
                let agreed = assessment.responses.get(&criterion.id).map(|r| &r.answer);
                let individual = provenance.individual.get(&criterion.id);
                let points = individual.into_iter().flatten().flatten().filter_map(Answer::points);
                let range = match (points.clone().min(), points.max()) {
                    (Some(low), Some(high)) if low == high => low.to_string(),
                    (Some(low), Some(high)) => format!("{low}–{high}"),
                    _ => NONE.into(),
                };
                let mut row = vec![criterion.title.clone(), agreed.map_or(NONE, Answer::short).to_string()];
                row.extend((0..scorers).map(|i| {
                    individual
                        .and_then(|v| v.get(i))
                        .and_then(Option::as_ref)
                        .map_or(NONE, Answer::short)
                        .to_string()
                }));
                row.push(range);
                row
            })
            .collect()
    }
}
