//! What is scored: a proposed service specification, its key dates and its text.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::document::{Clause, Document};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Specification {
    pub title: String,
    pub commissioner: String,
    pub service_category: String,
    pub area: String,
    pub version: String,
    pub dates: KeyDates,
    /// Text pasted before Spec Lens kept documents (file format 1). Its clauses are derived by
    /// `split_clauses`, numbered 1..N, exactly as they were when it was scored, so old evidence
    /// keeps citing the same text. Empty when `document` is set.
    pub text: String,
    /// The document as opened or pasted (file format 2 on): headings and clauses with their ids
    /// and labels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<Document>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct KeyDates {
    #[serde(deserialize_with = "crate::domain::rfc3339::deserialize_optional_date")]
    pub needs_assessment_completed: Option<NaiveDate>,
    #[serde(deserialize_with = "crate::domain::rfc3339::deserialize_optional_date")]
    pub consultation_opens: Option<NaiveDate>,
    #[serde(deserialize_with = "crate::domain::rfc3339::deserialize_optional_date")]
    pub consultation_closes: Option<NaiveDate>,
    #[serde(deserialize_with = "crate::domain::rfc3339::deserialize_optional_date")]
    pub specification_published: Option<NaiveDate>,
    #[serde(deserialize_with = "crate::domain::rfc3339::deserialize_optional_date")]
    pub tender_launch: Option<NaiveDate>,
    #[serde(deserialize_with = "crate::domain::rfc3339::deserialize_optional_date")]
    pub service_start: Option<NaiveDate>,
}

/// Each clause's label and page by id, gathered once for a report or a list of evidence; worded as
/// "Clause 4.2.1 (p. 12)" by `i18n::words::evidence_clause`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Citations(std::collections::HashMap<u32, (String, Option<u32>)>);

impl Citations {
    /// For clauses already built (the scoring page holds them for its clause picker).
    pub fn of(clauses: &[Clause]) -> Self {
        Citations(clauses.iter().map(|c| (c.id, (c.label.clone(), c.page))).collect())
    }

    /// The clause's label and page; None for an id the specification lacks (the importer drops
    /// such citations, so that is only a fallback).
    pub fn get(&self, id: u32) -> Option<(&str, Option<u32>)> {
        self.0.get(&id).map(|(label, page)| (label.as_str(), *page))
    }
}

impl Specification {
    pub fn clauses(&self) -> Vec<Clause> {
        match &self.document {
            Some(document) => document.clauses(),
            None => split_clauses(&self.text),
        }
    }

    /// How many clauses `clauses()` gives, without building them.
    pub fn clause_count(&self) -> usize {
        match &self.document {
            Some(document) => document.clause_count(),
            None => clause_count(&self.text),
        }
    }

    /// The ids evidence may cite: the importer checks every citation against them.
    pub fn clause_ids(&self) -> Vec<u32> {
        match &self.document {
            Some(document) => document.clause_ids(),
            None => (1..=self.clause_count() as u32).collect(),
        }
    }

    /// The label and page of each clause evidence may cite, by clause id.
    pub fn citations(&self) -> Citations {
        Citations::of(&self.clauses())
    }

    /// The specification's words, for telling whether two assessments scored the same text.
    pub fn plain_text(&self) -> String {
        match &self.document {
            Some(document) => document.plain_text(),
            None => self.text.clone(),
        }
    }
}

/// Splits text pasted before format 2 into clauses, numbered 1..N (the number is the clause's id
/// and its label).
///
/// Frozen: format-1 evidence cites these numbers, so this must split as it always has. It does not
/// share `format::document::text`'s rules (page breaks, wider roman numerals, dates), which may
/// change with the reader; their look-alike helpers are kept apart on purpose. A blank line ends a clause; within a paragraph, a line that
/// starts with a list marker ("-", "*", "•", "1.", "2.3", "a)", "(iv)") starts a new one, and any
/// other line continues the clause before it (text pasted from a PDF arrives hard-wrapped).
/// Line endings may be "\n", "\r\n", a lone "\r" (old Mac and some PDF exports) or U+2028;
/// U+2029 (paragraph separator) ends a paragraph like a blank line.
pub fn split_clauses(text: &str) -> Vec<Clause> {
    let mut clauses: Vec<Clause> = Vec::new();
    for (starts, line) in clause_lines(text) {
        match clauses.last_mut() {
            Some(last) if !starts => {
                last.text.push(' ');
                last.text.push_str(line);
            }
            _ => {
                let id = clauses.len() as u32 + 1;
                clauses.push(Clause { id, label: id.to_string(), text: line.to_string(), page: None })
            }
        }
    }
    clauses
}

pub fn clause_count(text: &str) -> usize {
    clause_lines(text).filter(|(starts, _)| *starts).count()
}

/// Each non-blank line, trimmed, with whether it starts a new clause: the first line of a
/// paragraph does, and so does a line with a list marker.
fn clause_lines(text: &str) -> impl Iterator<Item = (bool, &str)> {
    let mut open = false;
    lines(text).filter_map(move |line| {
        let line = line.trim();
        if line.is_empty() {
            open = false;
            return None;
        }
        let starts = !open || starts_with_list_marker(line);
        open = true;
        Some((starts, line))
    })
}

/// The lines of a text, borrowed from it. A line ends at "\n", "\r\n", a lone "\r" or U+2028;
/// U+2029 ends a paragraph, so an empty line follows it.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    let mut paragraph_ended = false;
    std::iter::from_fn(move || {
        if std::mem::take(&mut paragraph_ended) {
            return Some("");
        }
        let s = rest?;
        let Some((at, end)) =
            s.char_indices().find(|(_, c)| matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}'))
        else {
            rest = None;
            return Some(s);
        };
        let mut next = at + end.len_utf8();
        if end == '\r' && s[next..].starts_with('\n') {
            next += 1;
        }
        paragraph_ended = end == '\u{2029}';
        rest = Some(&s[next..]);
        Some(&s[..at])
    })
}

/// Bullet characters, including the private-use ones Word's Symbol and Wingdings fonts leave
/// behind when a document is copied out of a PDF.
/// (No em dash: prose uses it mid-sentence, so a wrapped line may start with one.)
const BULLETS: [char; 13] = ['-', '*', '•', '–', '◦', '▪', '●', '○', '■', '‣', '·', '\u{f0b7}', '\u{f0a7}'];

fn starts_with_list_marker(line: &str) -> bool {
    if line.starts_with(BULLETS) {
        return true;
    }
    let mut words = line.split_whitespace();
    let token = words.next().unwrap_or("");
    // "2.3 The provider" is a clause number; "2.5 per cent" wrapped onto a new line is not.
    let next_capitalised = words.next().is_none_or(|w| w.starts_with(char::is_uppercase));
    is_closed_marker(token) || (token.contains('.') && is_clause_number(token) && next_capitalised)
}

/// "1.", "2.3.", "4)", "(5)", "a)", "(B)", "iv.", "(IV)": a clause number, a single letter or a
/// roman numeral closed by "." or ")".
fn is_closed_marker(token: &str) -> bool {
    let Some(body) = token.strip_suffix(['.', ')']) else {
        return false;
    };
    let body = body.strip_prefix('(').unwrap_or(body);
    is_clause_number(body) || is_single_letter(body) || is_roman(body)
}

/// "1", "12", "2.3", "4.1.10": groups of one to three digits joined by dots. Four digits are
/// left out so that a year wrapped to the start of a line ("2021. The…") continues its clause.
fn is_clause_number(s: &str) -> bool {
    s.split('.').all(|group| (1..=3).contains(&group.len()) && group.bytes().all(|b| b.is_ascii_digit()))
}

fn is_single_letter(s: &str) -> bool {
    let mut chars = s.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_ascii_alphabetic())
}

fn is_roman(s: &str) -> bool {
    let lower = !s.is_empty() && s.len() <= 4 && s.chars().all(|c| "ivx".contains(c));
    let upper = !s.is_empty() && s.len() <= 4 && s.chars().all(|c| "IVX".contains(c));
    lower || upper
}
