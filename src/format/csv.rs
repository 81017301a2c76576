//! CSV export of an assessment: one row per criterion, for spreadsheets.
//!
//! UTF-8 with a byte-order mark (so Excel reads the accents right), RFC 4180 quoting, CRLF line
//! ends, and every cell that a spreadsheet would run as a formula neutralised with a leading
//! apostrophe: a rationale typed as "=HYPERLINK(...)" must stay text on a colleague's machine.

use crate::domain::numbers::{parse_decimal, shortest};
use crate::domain::{Answer, Assessment, Citations, Evidence, Framework};
use crate::i18n::messages::report::Report as R;
use crate::i18n::t;

/// The byte-order mark that starts every CSV file written here.
pub(crate) const BOM: &str = "\u{feff}";

pub fn assessment_csv(assessment: &Assessment, framework: &Framework) -> String {
    let mut out = String::from(BOM);
    let header = [
        R::CsvSection,
        R::CsvCriterion,
        R::CsvAnswer,
        R::CsvLevelLabel,
        R::CsvWeight,
        R::CsvRationale,
        R::CsvEvidence,
    ];
    push_row(&mut out, header.into_iter().map(|h| t(h).to_string()));
    let citations = assessment.specification.citations();
    for (section, criterion) in framework.criteria() {
        let response = assessment.responses.get(&criterion.id);
        let (answer, label) = match response.map(|r| &r.answer) {
            None => (String::new(), t(R::NotAnswered).to_string()),
            Some(Answer::Level { level }) => (level.to_string(), framework.level_label(*level).to_string()),
            Some(Answer::NotApplicable { reason }) => {
                ("N/A".to_string(), format!("{}: {reason}", framework.scale.not_applicable_label))
            }
            Some(Answer::InsufficientEvidence) => {
                ("0".to_string(), framework.scale.insufficient_evidence_label.clone())
            }
        };
        let rationale = response.map(|r| r.rationale.clone()).unwrap_or_default();
        let evidence = response.map(|r| evidence_text(&r.evidence, &citations)).unwrap_or_default();
        push_row(
            &mut out,
            [
                section.title.clone(),
                criterion.title.clone(),
                answer,
                label,
                shortest(criterion.weight),
                rationale,
                evidence,
            ]
            .into_iter(),
        );
    }
    out
}

fn evidence_text(evidence: &[Evidence], citations: &Citations) -> String {
    evidence
        .iter()
        .map(|e| match e.clause {
            Some(id) => format!("{}: \"{}\"", crate::i18n::words::evidence_clause(citations, id), e.quote),
            None => e.quote.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Writes one row: every cell neutralised, then quoted, joined by commas, ended by CRLF.
pub(crate) fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    let row: Vec<String> = cells.map(|c| quote(&neutralise(&c))).collect();
    out.push_str(&row.join(","));
    out.push_str("\r\n");
}

/// A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is read as a formula by
/// spreadsheets; a leading apostrophe makes it text. Plain numbers such as "-1" are left alone.
/// A cell that already starts with apostrophes before such a character gets one more, so that
/// [`unneutralise`] can always take exactly one off and give back what was written.
pub fn neutralise(cell: &str) -> String {
    if is_formula(cell.trim_start_matches('\'')) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// The inverse of [`neutralise`], for reading our own CSV files back: the apostrophe it added is
/// removed, and every other cell is returned as it is.
pub fn unneutralise(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if is_formula(rest.trim_start_matches('\'')) => rest,
        _ => cell,
    }
}

fn is_formula(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && parse_decimal(cell).is_none()
}

/// RFC 4180: quote a field holding a comma, a quote or a line break, doubling inner quotes.
pub fn quote(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}
