//! What reading a file or a share link repaired, filled in or left out, as structure: one
//! [`ImportNote`] per change, holding what it names (ids and titles, cut short), the value found and
//! what was used, never a sentence. `i18n::notes` words each one in the reader's language when it is
//! shown (`Display`), so a note on screen reads in whichever language the page is in.

use super::errors::{ImportError, ValueType};
use crate::domain::results::Band;

/// Text from the file a note names (an id, a title, a time), kept to this many characters: a note
/// shows it quoted and cut to the same length (`format::errors::quoted`), so a hostile 4 MB id costs
/// a note no more than a short one.
const MAX_NAMED_CHARS: usize = 60;

/// `text` as a note keeps it: on one line and cut (`quoted` shows it the same as the whole text).
pub fn named(text: &str) -> String {
    let mut out: String =
        text.chars().take(MAX_NAMED_CHARS).map(|c| if c.is_control() { ' ' } else { c }).collect();
    if text.chars().nth(MAX_NAMED_CHARS).is_some() {
        out.push('…');
    }
    out
}

/// The assessment a note is about: by its title, else its id, else as untitled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// Its title, or its id when it has no title (cut, see [`named`]).
    Named(String),
    Untitled,
}

impl Subject {
    /// The assessment with this title and id.
    pub fn of(title: &str, id: &str) -> Subject {
        if !title.trim().is_empty() {
            Subject::Named(named(title))
        } else if !id.trim().is_empty() {
            Subject::Named(named(id))
        } else {
            Subject::Untitled
        }
    }
}

/// Whose weight a note is about: a section's or a criterion's, by id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Weight {
    Section(String),
    Criterion(String),
}

/// An answer, as a note describes it: its level, or which of the other answers it was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Given {
    Level(u8),
    NotApplicable,
    InsufficientEvidence,
}

/// What a file gave as its language, when Spec Lens does not have that language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LanguageFound {
    /// A code Spec Lens does not have (cut).
    Code(String),
    /// Not a code at all: a value of this type.
    Type(ValueType),
}

/// One change reading made to what a file or link held, or one thing it noticed about the file.
/// `assessment` is the assessment the change is in; `criterion` a criterion's id; ids, titles and
/// versions are as the file gives them, cut (see [`named`]).
#[derive(Clone, Debug, PartialEq)]
pub enum ImportNote {
    // The file as a whole
    /// The file names a language Spec Lens does not have; it is read as English.
    UnknownLanguage(LanguageFound),
    /// The content hash does not match the contents.
    HashMismatch,
    /// The file's format records a content hash, but this file carries none.
    NoHash,
    /// Written in an older file format (`version`) and converted to the current one.
    Converted {
        version: u32,
        current: u32,
    },

    // Frameworks
    /// A weight written as null became 0.
    WeightNotANumber(Weight),
    /// A negative (or not finite) weight became 0.
    NegativeWeight {
        weight: Weight,
        found: f64,
    },
    /// A weight with more than 15 significant digits (`found`, as written out in full) was rounded.
    WeightDigits {
        weight: Weight,
        found: String,
        now: f64,
    },
    /// A band's lower bound with more than 15 significant digits was rounded.
    BoundDigits {
        band: Band,
        found: String,
        now: f64,
    },
    /// A backup holds the same framework twice; one was kept.
    FrameworkTwice {
        title: String,
        version: String,
    },
    /// A backup holds two different frameworks with one id and version; the second (the `n`th
    /// framework in the file) was left out.
    FrameworkIdClash {
        id: String,
        version: String,
        n: usize,
    },
    /// The `n`th framework in a backup could not be read.
    FrameworkLeftOut {
        n: usize,
        error: Box<ImportError>,
    },

    // Assessments
    NoSpecification {
        assessment: Subject,
    },
    /// It did not name its framework; the one in the file was used.
    FrameworkFilledIn {
        assessment: Subject,
    },
    /// It does not name its framework, and the file has none to use.
    NoFramework {
        assessment: Subject,
    },
    /// No creation time: `time` (the last change's, or the export's) was used.
    NoCreationTime {
        assessment: Subject,
        time: String,
    },
    NoLastChangeTime {
        assessment: Subject,
        time: String,
    },
    /// A level off the scale (`found`, as the file wrote it) was set to `now`.
    LevelOffScale {
        assessment: Subject,
        criterion: String,
        found: String,
        now: u8,
    },
    /// It had no id, and was given `id`.
    NoId {
        assessment: Subject,
        id: String,
    },
    /// An answer to a criterion its framework lacks was left out.
    UnknownCriterion {
        assessment: Subject,
        criterion: String,
        answer: Given,
    },
    /// Not applicable with no reason: the reason written in is `reason`.
    NoReason {
        assessment: Subject,
        criterion: String,
        reason: String,
    },
    /// Evidence cited a clause the specification (of `clauses` clauses) lacks: the citation was
    /// removed and the quote kept, or, when it quoted nothing, the evidence was left out.
    ClauseMissing {
        assessment: Subject,
        criterion: String,
        clause: u32,
        clauses: usize,
        quote_kept: bool,
    },
    /// The document gave `dropped` clauses an id an earlier clause had; they were left out.
    RepeatedClauseIds {
        assessment: Subject,
        dropped: usize,
    },
    /// Scored under a framework (`id`, `version`) the backup does not hold.
    FrameworkNotInFile {
        assessment: Subject,
        id: String,
        version: String,
    },
    /// The `n`th assessment in a backup could not be read.
    AssessmentLeftOut {
        n: usize,
        error: Box<ImportError>,
    },
    /// A backup holds the same assessment twice; one was kept.
    AssessmentTwice {
        assessment: Subject,
    },
    /// Two different assessments with the id `id`: the second (`assessment`) now has `new_id`.
    AssessmentIdClash {
        id: String,
        assessment: Subject,
        new_id: String,
    },
    /// It recorded no scoring rules; those of the framework (`title`, `version`) were recorded.
    RulesRecorded {
        assessment: Subject,
        title: String,
        version: String,
    },
    /// It recorded scoring rules other than those of the framework (`title`, `version`) in the file.
    RulesDiffer {
        assessment: Subject,
        title: String,
        version: String,
    },
    /// Its workshop record could not be read, and was left out.
    WorkshopRecordUnreadable {
        assessment: Subject,
    },
    /// The entry for a criterion is not an object, so it was left out.
    AnswerNotAnObject {
        assessment: Subject,
        criterion: String,
        found: ValueType,
    },
    /// The entry for a criterion has no answer, so it was left out; its rationale, if it had one.
    NoAnswer {
        assessment: Subject,
        criterion: String,
        rationale: Option<String>,
    },
    /// An answer could not be read (`detail` is the JSON reader's, cut).
    AnswerUnreadable {
        assessment: Subject,
        criterion: String,
        detail: String,
    },
    /// The `item`th evidence item (from 1) could not be read.
    EvidenceUnreadable {
        assessment: Subject,
        criterion: String,
        item: usize,
        detail: String,
    },
    /// The evidence for a criterion is not a list, so it was left out.
    EvidenceNotAList {
        assessment: Subject,
        criterion: String,
        found: ValueType,
    },
    /// The assessment (`title`, as written) was scored under a framework (`id`, `version`) that
    /// neither the page nor the file has, so it was not imported (the page's own finding).
    FrameworkUnknown {
        title: String,
        id: String,
        version: String,
    },

    /// After the longest list a report keeps: `n` more changes were made.
    More(usize),
}
