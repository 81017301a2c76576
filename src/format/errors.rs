//! Why something from outside was refused: a file, a share link, a stored entry. One sentence
//! each, saying what was wrong and what to do. The errors live here, apart from the readers that
//! raise them, so that the readers (`import`, `normalise`, `migrate`, `share`) depend on this
//! module and not on one another.

use super::envelope::Kind;
use crate::domain::framework::Language;
use crate::domain::numbers::fixed;
use crate::domain::validation::Refusal;

/// Files larger than this are refused before they are parsed.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// serde_json's recursion limit: deeper nesting is refused with [`ImportError::TooDeep`].
pub const MAX_DEPTH: usize = 128;

/// Why a file was not imported: a kind and its details, worded in the reader's language by
/// `i18n::refusals` (`Display` gives the sentence, `reason` the clause). Each shows as one sentence
/// that says what was wrong and what to do.
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
    /// A required field is absent: which, and where.
    MissingField(Missing),
    /// A field holds the wrong type of value: which, and where.
    WrongType(WrongType),
    /// The file reads but breaks a rule.
    Invalid(Invalid),
    /// An id that must be unique is used twice (or is blank): which.
    DuplicateId(Box<FrameworkRefusal>),
}

/// The type of a JSON value, for "it is a list, where an object is needed".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueType {
    Null,
    Bool,
    Number,
    Text,
    List,
    Object,
}

impl ValueType {
    pub fn of(value: &serde_json::Value) -> ValueType {
        use serde_json::Value;
        match value {
            Value::Null => ValueType::Null,
            Value::Bool(_) => ValueType::Bool,
            Value::Number(_) => ValueType::Number,
            Value::String(_) => ValueType::Text,
            Value::Array(_) => ValueType::List,
            Value::Object(_) => ValueType::Object,
        }
    }
}

/// A required field that is absent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Missing {
    /// The envelope's `payload`.
    Payload,
    /// The envelope's `version`.
    Version,
    /// The envelope's `kind`.
    Kind,
    /// A field of the payload (`framework`, `assessment`), as the file spells it.
    InPayload(&'static str),
    /// A field of the data, as the parser names it (with its backticks), and the path of the part
    /// that lacks it (`payload.framework.sections[0]`).
    Field { field: String, path: String },
}

/// A value of the wrong type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WrongType {
    /// The file format version is a number, but not a whole one (as written).
    VersionNumber(String),
    /// The file format version is not a number.
    Version(ValueType),
    /// The kind of document is not a name.
    Kind(ValueType),
    /// The payload is not an object; the kind of file says what it should hold.
    Payload { kind: Kind, found: ValueType },
    /// `payload.<key>` is not a list.
    List { key: String, found: ValueType },
    /// A framework (at `path`) is not an object.
    Framework { path: String, found: ValueType },
    /// An assessment (at `path`) is not an object.
    Assessment { path: String, found: ValueType },
    /// An assessment's answers (at `path`) are not an object.
    Responses { path: String, found: ValueType },
    /// The parser's message, and where.
    Data { message: String, path: String },
}

/// A file that reads but breaks a rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Invalid {
    /// The header names a field twice; the detail is the parser's.
    AmbiguousHeader(String),
    /// No migration from this file format.
    CannotConvert(u32),
    /// A framework in the file breaks one of the editor's rules.
    Framework(Box<FrameworkRefusal>),
}

/// A framework's first problem: the framework's title and the refusal naming the field.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameworkRefusal {
    pub title: String,
    pub refusal: Refusal,
}

impl Eq for FrameworkRefusal {}

impl std::error::Error for ImportError {}

/// What kept the built-in framework, a built-in version's wording in another language, or a
/// stored framework out of the page's catalogue. Structure, worded when shown (`i18n::refusals`),
/// so it follows the page's language.
#[derive(Clone, Debug, PartialEq)]
pub enum FrameworkProblem {
    /// The built-in framework's data did not read (`detail` is the JSON parser's).
    BuiltinUnreadable { detail: String },
    /// A built-in version's wording in `language` did not read.
    WordingUnreadable { language: Language, detail: String },
    /// The wording names rules that no built-in version has.
    WordingWithoutVersion,
    /// The wording, with the framework it words, fails the one check.
    WordingRefused { language: Language, refusal: Box<ImportError> },
    /// A stored framework was left out.
    Stored(super::store::StorageProblem),
}

/// A size in megabytes: "5 MB", "5.25 MB".
pub fn megabytes(bytes: usize) -> String {
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
