//! CSV export of an assessment: one row per criterion, for spreadsheets.
//!
//! UTF-8 with a byte-order mark (so Excel reads the accents right), RFC 4180 quoting, CRLF line
//! ends, and every cell that a spreadsheet would run as a formula neutralised with a leading
//! apostrophe: a rationale typed as "=HYPERLINK(...)" must stay text on a colleague's machine.

use crate::domain::{Answer, Assessment, Evidence, Framework};

const BOM: &str = "\u{feff}";
const HEADER: [&str; 7] =
    ["Section", "Criterion", "Answer", "Level label", "Weight", "Rationale", "Evidence"];

pub fn assessment_csv(assessment: &Assessment, framework: &Framework) -> String {
    let mut out = String::from(BOM);
    push_row(&mut out, HEADER.iter().map(|h| h.to_string()));
    for (section, criterion) in framework.criteria() {
        let response = assessment.responses.get(&criterion.id);
        let (answer, label) = match response.map(|r| &r.answer) {
            None => (String::new(), "Not answered".to_string()),
            Some(Answer::Level { level }) => (level.to_string(), framework.level_label(*level).to_string()),
            Some(Answer::NotApplicable { reason }) => {
                ("N/A".to_string(), format!("{}: {reason}", framework.scale.not_applicable_label))
            }
            Some(Answer::InsufficientEvidence) => {
                ("0".to_string(), framework.scale.insufficient_evidence_label.clone())
            }
        };
        let rationale = response.map(|r| r.rationale.clone()).unwrap_or_default();
        let evidence = response.map(|r| evidence_text(&r.evidence)).unwrap_or_default();
        push_row(
            &mut out,
            [
                section.title.clone(),
                criterion.title.clone(),
                answer,
                label,
                criterion.weight.to_string(),
                rationale,
                evidence,
            ]
            .into_iter(),
        );
    }
    out
}

fn evidence_text(evidence: &[Evidence]) -> String {
    evidence
        .iter()
        .map(|e| match e.clause {
            Some(n) => format!("Clause {n}: \"{}\"", e.quote),
            None => e.quote.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    let row: Vec<String> = cells.map(|c| quote(&neutralise(&c))).collect();
    out.push_str(&row.join(","));
    out.push_str("\r\n");
}

/// A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is read as a formula by
/// spreadsheets; a leading apostrophe makes it text. Plain numbers such as "-1" are left alone.
pub fn neutralise(cell: &str) -> String {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && cell.parse::<f64>().is_err() {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// RFC 4180: quote a field holding a comma, a quote or a line break, doubling inner quotes.
pub fn quote(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}
