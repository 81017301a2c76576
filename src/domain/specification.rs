//! What is scored: a proposed service specification, its key dates and its text.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Specification {
    pub title: String,
    pub commissioner: String,
    pub service_category: String,
    pub area: String,
    pub version: String,
    pub dates: KeyDates,
    /// The text as pasted. Clauses are derived from it by `clauses()`, never stored apart,
    /// so the numbering always matches the text the user sees.
    pub text: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct KeyDates {
    pub needs_assessment_completed: Option<NaiveDate>,
    pub consultation_opens: Option<NaiveDate>,
    pub consultation_closes: Option<NaiveDate>,
    pub specification_published: Option<NaiveDate>,
    pub tender_launch: Option<NaiveDate>,
    pub service_start: Option<NaiveDate>,
}

/// One numbered clause of a specification's text; numbers start at 1 and have no gaps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clause {
    pub number: u32,
    pub text: String,
}

impl Specification {
    pub fn clauses(&self) -> Vec<Clause> {
        split_clauses(&self.text)
    }
}

/// Splits pasted text into clauses. A blank line ends a clause; within a paragraph, a line that
/// starts with a list marker ("-", "*", "•", "1.", "2.3", "a)", "(iv)") starts a new one, and any
/// other line continues the clause before it (text pasted from a PDF arrives hard-wrapped).
pub fn split_clauses(text: &str) -> Vec<Clause> {
    let mut clauses: Vec<String> = Vec::new();
    let mut open = false;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            open = false;
            continue;
        }
        let continues = open && !starts_with_list_marker(line);
        if let Some(last) = clauses.last_mut().filter(|_| continues) {
            last.push(' ');
            last.push_str(line);
        } else {
            clauses.push(line.to_string());
            open = true;
        }
    }
    clauses
        .into_iter()
        .zip(1u32..)
        .map(|(text, number)| Clause { number, text })
        .collect()
}

fn starts_with_list_marker(line: &str) -> bool {
    if line.starts_with(['-', '*', '•', '–']) {
        return true;
    }
    let token = line.split_whitespace().next().unwrap_or("");
    let inner = token.trim_start_matches('(').trim_end_matches([')', '.']);
    let ends_like_marker = token.ends_with(['.', ')']) && token.len() > 1;
    let numbered = !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit() || c == '.');
    let lettered = inner.len() == 1 && inner.chars().all(|c| c.is_ascii_lowercase());
    let roman = !inner.is_empty() && inner.len() <= 4 && inner.chars().all(|c| "ivx".contains(c));
    ends_like_marker && (numbered || lettered || roman)
}
