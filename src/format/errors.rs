//! Why something from outside was refused: a file, a share link, a stored entry. One sentence
//! each, saying what was wrong and what to do. The errors live here, apart from the readers that
//! raise them, so that the readers (`import`, `normalise`, `migrate`, `share`) depend on this
//! module and not on one another.

use super::envelope::Kind;
use crate::domain::numbers::fixed;

/// Files larger than this are refused before they are parsed.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// serde_json's recursion limit: deeper nesting is refused with [`ImportError::TooDeep`].
pub const MAX_DEPTH: usize = 128;

/// Why a file was not imported. Each shows as one sentence that says what was wrong and what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Over [`MAX_FILE_BYTES`]; nothing was parsed.
    TooLarge { bytes: usize, limit: usize },
    /// No bytes, or only white space.
    Empty,
    /// Not UTF-8 text (a UTF-16 file, an image, a zip…).
    NotUtf8,
    /// Not JSON; the detail is the parser's, with line and column.
    NotJson(String),
    /// JSON nested deeper than [`MAX_DEPTH`] levels.
    TooDeep,
    /// JSON, but without `"format": "spec-lens"`.
    NotSpecLens,
    /// A Spec Lens file of a kind this version cannot open (a moderation record, or an unknown kind).
    UnsupportedKind(String),
    /// A Spec Lens file of another kind than the one asked for.
    WrongKind { found: Kind, expected: Kind },
    /// Written in a newer file format than this version reads.
    TooNew { found: u64, supported: u32 },
    /// A required field is absent; the detail names it and where it is.
    MissingField(String),
    /// A field holds the wrong type of value; the detail says which and where.
    WrongType(String),
    /// The file reads but breaks a rule; the detail is a clause ("the scale of … has 3 levels …").
    Invalid(String),
    /// An id that must be unique is used twice; the detail says which.
    DuplicateId(String),
}

impl ImportError {
    /// The reason alone, as a clause ("it is empty"), for sentences that list several problems.
    pub fn reason(&self) -> String {
        match self {
            ImportError::TooLarge { limit, .. } => format!("it is larger than {}", megabytes(*limit)),
            ImportError::Empty => "it is empty".into(),
            ImportError::NotUtf8 => "it is not UTF-8 text".into(),
            ImportError::NotJson(detail) => format!("it is not valid JSON ({detail})"),
            ImportError::TooDeep => format!("its data is nested more than {MAX_DEPTH} levels deep"),
            ImportError::NotSpecLens => "it is not a Spec Lens file".into(),
            ImportError::UnsupportedKind(kind) => {
                format!("it holds a kind of document this version cannot open ({})", quoted(kind))
            }
            ImportError::WrongKind { found, expected } => {
                format!("it holds {}, not {}", found.noun(), expected.noun())
            }
            ImportError::TooNew { found, supported } => {
                format!("it is in file format {found}, newer than the {supported} this page reads")
            }
            ImportError::MissingField(detail) => format!("it lacks the required field {detail}"),
            ImportError::WrongType(detail) => format!("it holds the wrong type of value ({detail})"),
            ImportError::Invalid(detail) | ImportError::DuplicateId(detail) => detail.clone(),
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        const EXPORT_AGAIN: &str = "ask the sender to export it again from Spec Lens";
        match self {
            ImportError::TooLarge { bytes, limit } => write!(
                f,
                "This file is {} ({bytes} bytes), more than the {} a Spec Lens file can be, so it was not \
                 opened; check that you chose the right .speclens.json file.",
                megabytes(*bytes),
                megabytes(*limit)
            ),
            ImportError::Empty => write!(
                f,
                "This file is empty, so there is nothing to import; choose a .speclens.json file exported \
                 from Spec Lens."
            ),
            ImportError::NotUtf8 => write!(
                f,
                "This file is not UTF-8 text, so it is not a Spec Lens file; choose a .speclens.json file \
                 exported from Spec Lens."
            ),
            ImportError::NotJson(detail) => write!(
                f,
                "This file is not valid JSON ({detail}), so it is not a Spec Lens file or it was damaged; \
                 choose the file again, or {EXPORT_AGAIN}."
            ),
            ImportError::TooDeep => write!(
                f,
                "This file nests its data more than {MAX_DEPTH} levels deep, which no Spec Lens file does, \
                 so it was not opened; {EXPORT_AGAIN}."
            ),
            ImportError::NotSpecLens => write!(
                f,
                "This file is not a Spec Lens file (it does not start with \"format\": \"spec-lens\"), so it \
                 was not opened; choose a .speclens.json file exported from Spec Lens."
            ),
            ImportError::UnsupportedKind(kind) => write!(
                f,
                "This Spec Lens file holds a kind of document this version cannot open ({}), so it was not \
                 opened; open it in the version of Spec Lens that saved it.",
                quoted(kind)
            ),
            ImportError::WrongKind { found, expected } => write!(
                f,
                "This file holds {}, but {} is needed here; choose a file that holds {}, or import this one \
                 where {} are imported.",
                found.noun(),
                expected.noun(),
                expected.noun(),
                found.plural()
            ),
            ImportError::TooNew { found, supported } => write!(
                f,
                "This file was saved by a newer version of Spec Lens (file format {found}; this page reads up \
                 to {supported}). Open it in the newer version, or ask the sender for an older export."
            ),
            ImportError::MissingField(detail) => write!(
                f,
                "This file lacks a field every Spec Lens file of its kind has ({detail}), so it was not \
                 imported; {EXPORT_AGAIN}."
            ),
            ImportError::WrongType(detail) => write!(
                f,
                "Part of this file holds the wrong type of value ({detail}), so it was not imported; if the \
                 file was edited by hand, undo that edit, or {EXPORT_AGAIN}."
            ),
            ImportError::Invalid(detail) => {
                write!(f, "This file cannot be imported because {detail}; {EXPORT_AGAIN}.")
            }
            ImportError::DuplicateId(detail) => write!(
                f,
                "This file cannot be imported because {detail} (answers are kept by id, so they could be \
                 mixed up); or {EXPORT_AGAIN}."
            ),
        }
    }
}

impl std::error::Error for ImportError {}

fn megabytes(bytes: usize) -> String {
    let mb = bytes as f64 / (1024.0 * 1024.0);
    if bytes.is_multiple_of(1024 * 1024) {
        format!("{} MB", fixed(mb, 0))
    } else {
        format!("{} MB", fixed(mb, 2))
    }
}

/// User text for a sentence: quoted, on one line, and cut to 60 characters, so a report or an
/// error message stays short whatever the file holds.
pub fn quoted(text: &str) -> String {
    const MAX_CHARS: usize = 60;
    let mut out: String =
        text.chars().take(MAX_CHARS).map(|c| if c.is_control() { ' ' } else { c }).collect();
    if text.chars().nth(MAX_CHARS).is_some() {
        out.push('…');
    }
    format!("\"{out}\"")
}
