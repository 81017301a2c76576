//! The document a specification was opened from: where it came from and its structure, headings
//! and clauses in reading order.
//!
//! A document is made once, when it is opened (or pasted), and never changes: each clause's `id`
//! is given then, in order from 1, so evidence that cites a clause by id keeps pointing at the same
//! text for as long as the assessment lives. The `label` is what the document itself shows
//! ("4.2.1", "a)", "(iv)", "Annex B, 3"): what a board member looks for in the paper copy.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The file a document was read from. Pasted text has none.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceFile {
    pub name: String,
    /// In bytes.
    pub size: u64,
    /// "sha256:" and the hex SHA-256 of the file's bytes: which document was scored.
    pub sha256: String,
    #[serde(deserialize_with = "crate::domain::rfc3339::deserialize_date_time")]
    pub opened_at: DateTime<Utc>,
}

/// One block of a document, in reading order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// A heading; level 1 is the highest. Headings are not cited, so they have no id.
    Heading {
        level: u8,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        label: String,
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        page: Option<u32>,
    },
    /// A paragraph, list item or table row: what evidence cites.
    Clause {
        id: u32,
        label: String,
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        page: Option<u32>,
    },
}

/// A document's structure, and what reading it left out.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Document {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceFile>,
    pub blocks: Vec<Block>,
    /// Running header, footer and page-number lines that were dropped.
    #[serde(skip_serializing_if = "is_zero")]
    pub dropped_lines: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// One clause, as the scoring page and reports show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clause {
    /// Stable for the life of the assessment; what evidence stores.
    pub id: u32,
    /// As the document shows it ("4.2.1"), or the clause's place ("7") where it shows none.
    pub label: String,
    pub text: String,
    /// The PDF page the clause starts on.
    pub page: Option<u32>,
}

/// A heading with how many clauses stand under it, its subheadings' included (up to the next
/// heading of the same level or higher).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutlineEntry {
    pub level: u8,
    pub label: String,
    pub text: String,
    pub clauses: usize,
}

impl Document {
    /// The clauses, in reading order.
    pub fn clauses(&self) -> Vec<Clause> {
        self.blocks
            .iter()
            .filter_map(|block| match block {
                Block::Clause { id, label, text, page } => {
                    Some(Clause { id: *id, label: label.clone(), text: text.clone(), page: *page })
                }
                Block::Heading { .. } => None,
            })
            .collect()
    }

    pub fn clause_count(&self) -> usize {
        self.blocks.iter().filter(|b| matches!(b, Block::Clause { .. })).count()
    }

    pub fn clause_ids(&self) -> Vec<u32> {
        self.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Clause { id, .. } => Some(*id),
                Block::Heading { .. } => None,
            })
            .collect()
    }

    /// The headings, each with the number of clauses under it. Clauses before the first heading
    /// are counted by `clauses_before_headings`.
    pub fn outline(&self) -> Vec<OutlineEntry> {
        let mut outline: Vec<OutlineEntry> = Vec::new();
        // The headings still open, as indices into `outline`: each clause counts under all of them.
        let mut open: Vec<usize> = Vec::new();
        for block in &self.blocks {
            match block {
                Block::Heading { level, label, text, .. } => {
                    open.retain(|&i| outline[i].level < *level);
                    open.push(outline.len());
                    outline.push(OutlineEntry {
                        level: *level,
                        label: label.clone(),
                        text: text.clone(),
                        clauses: 0,
                    });
                }
                Block::Clause { .. } => open.iter().for_each(|&i| outline[i].clauses += 1),
            }
        }
        outline
    }

    pub fn clauses_before_headings(&self) -> usize {
        self.blocks.iter().take_while(|b| matches!(b, Block::Clause { .. })).count()
    }

    /// All the document's text, one block a paragraph: what a comparison of two texts reads.
    pub fn plain_text(&self) -> String {
        let mut text = String::new();
        for block in &self.blocks {
            let (label, body) = match block {
                Block::Heading { label, text, .. } | Block::Clause { label, text, .. } => (label, text),
            };
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            if !label.is_empty() {
                text.push_str(label);
                text.push(' ');
            }
            text.push_str(body);
        }
        text
    }
}

/// What a reader found a paragraph to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A heading of this level (1 is the highest).
    Heading(u8),
    /// A paragraph, list item or table row.
    Body,
}

/// One paragraph as a reader gives it, before ids and fallback labels are given. Serialised only
/// to cross from the reader's worker to the page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub role: Role,
    /// The number or letter the document shows before the text ("4.2.1", "a)"), or "" for none.
    pub label: String,
    /// The text without its label.
    pub text: String,
    pub page: Option<u32>,
}

impl Paragraph {
    pub fn body(label: &str, text: &str) -> Self {
        Paragraph { role: Role::Body, label: label.into(), text: text.into(), page: None }
    }

    pub fn heading(level: u8, label: &str, text: &str) -> Self {
        Paragraph { role: Role::Heading(level), label: label.into(), text: text.into(), page: None }
    }
}

/// Words that open an annex-like part of a document, whose numbering starts again: its clauses
/// are labelled "Annex B, 3" so that they cannot be mistaken for clause 3 of the body.
const PART_WORDS: [&str; 4] = ["annex", "appendix", "schedule", "attachment"];

/// Builds a document from a reader's paragraphs: clauses get ids 1, 2, 3… in order, and labels.
///
/// Labels: where the document numbers nothing, clauses are labelled by their place, "1" to "N".
/// Otherwise a clause shows its own label (a number without its closing dot: "2." is clause 2),
/// so that a reader finds it in the paper copy:
/// - a lettered or roman item carries the number it sits under: "3.1 a)", "4.1 (iv)" (a
///   specification has many "a)"s);
/// - an unnumbered paragraph between numbered ones is placed from the last label before it:
///   "4.2, para 1" is the first unnumbered paragraph after 4.2;
/// - inside an annex, schedule or appendix, labels carry its name ("Annex B, 3").
pub fn build(source: Option<SourceFile>, paragraphs: Vec<Paragraph>, dropped_lines: u32) -> Document {
    let numbered = paragraphs.iter().any(|p| !p.label.is_empty());
    let mut blocks = Vec::with_capacity(paragraphs.len());
    let mut next_id = 1u32;
    let mut part = String::new();
    // The last label shown, and the last number ("3.1") that lettered items sit under.
    let mut anchor = String::new();
    let mut number = String::new();
    let mut unnumbered_since_anchor = 0u32;
    for paragraph in paragraphs {
        let Paragraph { role, label, text, page } = paragraph;
        let text = text.trim().to_string();
        let shown = label.trim().to_string();
        // "2." is cited as clause 2: the closing dot is the document's typography, not the number.
        let label = match shown.strip_suffix('.') {
            Some(number) if is_number(number) => number.to_string(),
            _ => shown.clone(),
        };
        match role {
            Role::Heading(level) => {
                if let Some(name) = part_name(&label, &text) {
                    part = name;
                } else if level <= 1 && !part.is_empty() && !label.is_empty() {
                    // A numbered top-level heading after an annex starts the body again.
                    part.clear();
                }
                anchor = if label.is_empty() { String::new() } else { in_part(&part, &label) };
                number = if is_number(&label) { anchor.clone() } else { String::new() };
                unnumbered_since_anchor = 0;
                blocks.push(Block::Heading { level: level.max(1), label: shown, text, page });
            }
            Role::Body => {
                let shown = if !numbered {
                    next_id.to_string()
                } else if label.is_empty() {
                    unnumbered_since_anchor += 1;
                    match anchor.as_str() {
                        "" => format!("para {unnumbered_since_anchor}"),
                        anchor => format!("{anchor}, para {unnumbered_since_anchor}"),
                    }
                } else {
                    anchor = if is_number(&label) || number.is_empty() {
                        in_part(&part, &label)
                    } else {
                        format!("{number} {label}")
                    };
                    if is_number(&label) {
                        number = anchor.clone();
                    }
                    unnumbered_since_anchor = 0;
                    anchor.clone()
                };
                blocks.push(Block::Clause { id: next_id, label: shown, text, page });
                next_id += 1;
            }
        }
    }
    Document { source: None, blocks, dropped_lines }.with_source(source)
}

impl Document {
    fn with_source(mut self, source: Option<SourceFile>) -> Self {
        self.source = source;
        self
    }
}

/// "Annex B" from a heading labelled or worded "Annex B: Data sharing", or None.
fn part_name(label: &str, text: &str) -> Option<String> {
    let whole = if label.is_empty() { text.to_string() } else { format!("{label} {text}") };
    let mut words = whole.split_whitespace();
    let first = words.next()?;
    if !PART_WORDS.iter().any(|w| first.eq_ignore_ascii_case(w)) {
        return None;
    }
    let id = words.next()?.trim_end_matches([':', '.', '-', '–', ',']);
    let short = !id.is_empty() && id.chars().count() <= 4 && id.chars().all(char::is_alphanumeric);
    short.then(|| format!("{first} {id}"))
}

/// "4", "4.2", "4.2.1.": a dotted number, which lettered and roman items sit under.
fn is_number(label: &str) -> bool {
    let body = label.trim_end_matches('.');
    !body.is_empty() && body.split('.').all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
}

fn in_part(part: &str, label: &str) -> String {
    if part.is_empty() || label.starts_with(part) {
        label.to_string()
    } else {
        format!("{part}, {label}")
    }
}
