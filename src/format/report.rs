//! The Markdown report of an assessment: what the results page shows, as a document that can be
//! pasted into a board paper or a wiki.

use std::fmt::Write;

use crate::domain::chart_geometry::format_percent;

use crate::domain::moderation::Provenance;
use crate::domain::{results, timescale_findings, Answer, Assessment, Framework, Results, Specification};

pub fn markdown_report(assessment: &Assessment, framework: &Framework) -> String {
    let results = results(framework, &assessment.responses);
    let mut out = String::new();
    let spec = &assessment.specification;
    let _ = writeln!(out, "# Results: {}\n", inline(&spec.title));
    details(&mut out, assessment, framework);
    summary(&mut out, &results);
    sections(&mut out, &results);
    gaps(&mut out, &results, framework);
    timescales(&mut out, framework, spec);
    if let Some(provenance) = &assessment.provenance {
        workshop(&mut out, assessment, provenance, framework);
    }
    answers(&mut out, assessment, framework);
    out
}

fn details(out: &mut String, assessment: &Assessment, framework: &Framework) {
    let spec = &assessment.specification;
    let rows = [
        ("Commissioner", spec.commissioner.as_str()),
        ("Service category", spec.service_category.as_str()),
        ("Area", spec.area.as_str()),
        ("Version", spec.version.as_str()),
        ("Assessor", assessment.assessor.as_str()),
    ];
    for (label, value) in rows.iter().filter(|(_, v)| !v.trim().is_empty()) {
        let _ = writeln!(out, "- **{label}:** {}", inline(value));
    }
    let _ = writeln!(
        out,
        "- **Framework:** {} (version {})",
        inline(&framework.title),
        inline(&framework.version)
    );
    let _ = writeln!(out, "- **Rules hash:** `{}`", assessment.framework.rules_hash);
    let status = assessment.status.label();
    let _ = writeln!(
        out,
        "- **Status:** {status}, last changed {}\n",
        crate::domain::format_date_time(assessment.updated_at)
    );
}

fn summary(out: &mut String, r: &Results) {
    let _ = writeln!(out, "## Summary\n");
    match (r.overall, r.band) {
        (Some(overall), Some(band)) => {
            let _ = writeln!(out, "Overall **{}**, band **{}**.", format_percent(overall), band.label());
        }
        _ => {
            let _ = writeln!(out, "No criterion has been answered yet.");
        }
    }
    let c = &r.coverage;
    let _ = writeln!(
        out,
        "Answered {} of {} applicable criteria ({} not applicable); {} answered Insufficient evidence.",
        c.answered, c.applicable, c.not_applicable, c.insufficient
    );
    if r.provisional {
        let _ = writeln!(out, "\n*Provisional: {} criteria are not answered yet.*", c.unanswered);
    }
    if let Some(cap) = &r.cap {
        let _ = writeln!(out, "\n> **Critical criteria:** {}", inline(&cap.reason));
    }
    out.push('\n');
}

fn sections(out: &mut String, r: &Results) {
    let _ = writeln!(out, "## By section\n\n| Section | Weight | Answered | Score |\n|---|---:|---:|---:|");
    for s in &r.sections {
        let score = s.percent.map_or_else(|| "—".to_string(), format_percent);
        let _ = writeln!(
            out,
            "| {} | {} | {} of {} | {score} |",
            inline(&s.title),
            s.weight,
            s.answered,
            s.applicable
        );
    }
    out.push('\n');
}

fn gaps(out: &mut String, r: &Results, framework: &Framework) {
    let _ = writeln!(out, "## What to fix first\n");
    if r.gaps.is_empty() {
        let _ = writeln!(out, "No gaps: every answered criterion is fully met.\n");
        return;
    }
    for (rank, gap) in r.gaps.iter().enumerate() {
        let answer = if gap.insufficient {
            framework.scale.insufficient_evidence_label.clone()
        } else {
            format!("{} {}", gap.points, framework.level_label(gap.points))
        };
        let critical = if gap.critical { " (critical)" } else { "" };
        let _ = writeln!(
            out,
            "{}. **{}**{critical}, {}: {answer}",
            rank + 1,
            inline(&gap.criterion_title),
            inline(&gap.section_title)
        );
    }
    out.push('\n');
}

fn timescales(out: &mut String, framework: &Framework, spec: &Specification) {
    let _ = writeln!(out, "## Timescale findings\n");
    for finding in timescale_findings(&framework.timescale_rules, &spec.dates) {
        let _ = writeln!(
            out,
            "- **{}** ({}): {}",
            finding.rule.label(),
            finding.status.label(),
            inline(&finding.message)
        );
    }
    out.push('\n');
}

fn answers(out: &mut String, assessment: &Assessment, framework: &Framework) {
    let _ = writeln!(out, "## Every criterion\n");
    let citations = assessment.specification.citations();
    for section in &framework.sections {
        let _ = writeln!(out, "### {}\n", inline(&section.title));
        for criterion in &section.criteria {
            let response = assessment.responses.get(&criterion.id);
            let answer = match response.map(|r| &r.answer) {
                None => "Not answered".to_string(),
                Some(Answer::Level { level }) => format!("{level} {}", framework.level_label(*level)),
                Some(Answer::NotApplicable { reason }) => {
                    format!("{} ({})", framework.scale.not_applicable_label, inline(reason))
                }
                Some(Answer::InsufficientEvidence) => framework.scale.insufficient_evidence_label.clone(),
            };
            let _ = writeln!(out, "**{}**: {answer}\n", inline(&criterion.title));
            if let Some(r) = response {
                if !r.rationale.trim().is_empty() {
                    let _ = writeln!(out, "{}\n", inline(&r.rationale));
                }
                for e in &r.evidence {
                    let cite = e.clause.map_or_else(|| "Evidence".to_string(), |id| citations.clause(id));
                    let _ = writeln!(out, "> {cite}: {}\n", inline(&e.quote));
                }
            }
        }
    }
}

/// The workshop record: who took part, and each agreed answer beside what each person scored.
fn workshop(out: &mut String, assessment: &Assessment, provenance: &Provenance, framework: &Framework) {
    let _ = writeln!(out, "## Workshop\n");
    let present: Vec<String> = provenance.participants.iter().map(|p| inline(&p.label())).collect();
    if !present.is_empty() {
        let _ = writeln!(out, "Perspectives present: {}.\n", present.join("; "));
    }
    let _ = writeln!(
        out,
        "Levels 0 to 4; N/A is Not applicable, IE is Insufficient evidence, a dash is no answer.\n"
    );
    let names: Vec<String> = provenance.scorers.iter().map(|n| inline(n)).collect();
    let _ = writeln!(out, "| Criterion | Agreed | {} | Range |", names.join(" | "));
    let _ = writeln!(out, "|---|---:|{}---:|", "---:|".repeat(names.len()));
    for (_, criterion) in framework.criteria() {
        let agreed = assessment.responses.get(&criterion.id).map(|r| &r.answer);
        let individual = provenance.individual.get(&criterion.id);
        let cells: Vec<&str> = (0..names.len())
            .map(|i| individual.and_then(|v| v.get(i)).and_then(Option::as_ref).map_or("—", Answer::short))
            .collect();
        let points = individual.into_iter().flatten().flatten().filter_map(Answer::points);
        let range = match (points.clone().min(), points.max()) {
            (Some(low), Some(high)) if low == high => low.to_string(),
            (Some(low), Some(high)) => format!("{low}–{high}"),
            _ => "—".into(),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {range} |",
            inline(&criterion.title),
            agreed.map_or("—", Answer::short),
            cells.join(" | ")
        );
    }
    out.push('\n');
}

/// User text on one line, with the characters that would start Markdown structure escaped.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.split_whitespace().collect::<Vec<_>>().join(" ").chars() {
        if matches!(ch, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}
