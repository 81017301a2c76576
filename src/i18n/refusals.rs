//! Refusals and errors worded in the current language: why a file was refused
//! (`format::errors::ImportError`), what is wrong with a framework (`domain::validation`), and the
//! place a refusal names. The errors are structure; each `Display` here words it, so the callers'
//! `to_string()` and `{error}` show the reader's language.

use std::fmt;

use super::messages::document_errors::{DocumentErrors as De, DocumentWarnings};
use super::messages::refusals::{CsvRefusals as C, Refusals as R, ShareRefusals as S};
use super::messages::scoring::Scoring as Sc;
use super::messages::storage_errors::{StorageCounted, StorageErrors as St};
use super::messages::validation::{Field, Place, Validation as V, ValidationCounted};
use super::{t, tf, tn, tnf, LanguageProblem};
use crate::domain::editing::EditError;
use crate::domain::finder::{TermError, MAX_TERM_CHARS};
use crate::domain::framework::{Language, MAX_LEVEL};
use crate::domain::numbers::shortest;
use crate::domain::results::Band;
use crate::domain::validation::{
    FieldError, FieldPath, Needed, Problem, Refusal, TranslationProblem, WeightProblem, MAX_CRITERIA,
    MAX_TERMS, MAX_WEEKS, MAX_WEIGHT,
};
use crate::format::criteria_csv::{CsvError, CsvProblem, CsvWeight, SourceProblem, TEMPLATE_FILE_NAME};
use crate::format::document::{Damage, ReadError, Unsupported, Warning};
use crate::format::envelope::Kind;
use crate::format::errors::{
    megabytes, quoted, FrameworkProblem, FrameworkRefusal, ImportError, Invalid, Missing, ValueType,
    WrongType, MAX_DEPTH, MAX_FILE_BYTES,
};
use crate::format::share::{ShareError, SHARE_VERSION};
use crate::format::store::{Corrupt, Forgotten, StorageProblem, StoreError};

// ---------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            ImportError::TooLarge { bytes, limit } => tf(
                R::TooLarge,
                &[("size", &megabytes(*bytes)), ("bytes", &bytes.to_string()), ("limit", &megabytes(*limit))],
            ),
            ImportError::Empty => t(R::Empty).into(),
            ImportError::NotUtf8 => t(R::NotUtf8).into(),
            ImportError::NotJson(detail) => tf(R::NotJson, &[("detail", detail)]),
            ImportError::TooDeep => tf(R::TooDeep, &[("depth", &MAX_DEPTH.to_string())]),
            ImportError::NotSpecLens => t(R::NotSpecLens).into(),
            ImportError::UnsupportedKind(kind) => tf(R::UnsupportedKind, &[("kind", &quoted(kind))]),
            ImportError::WrongKind { found, expected } => tf(
                R::WrongKind,
                &[
                    ("found", kind_noun(*found)),
                    ("expected", kind_noun(*expected)),
                    ("found_plural", kind_plural(*found)),
                ],
            ),
            ImportError::TooNew { found, supported } => {
                tf(R::TooNew, &[("found", &found.to_string()), ("supported", &supported.to_string())])
            }
            ImportError::MissingField(missing) => {
                tf(R::MissingField, &[("detail", &missing_detail(missing))])
            }
            ImportError::WrongType(wrong) => tf(R::WrongType, &[("detail", &wrong_type_detail(wrong))]),
            ImportError::Invalid(invalid) => tf(R::Invalid, &[("detail", &invalid_detail(invalid))]),
            ImportError::DuplicateId(refusal) => tf(R::DuplicateId, &[("detail", &refusal.to_string())]),
        };
        f.write_str(&text)
    }
}

impl ImportError {
    /// The reason alone, as a clause ("it is empty"), for sentences that list several problems.
    pub fn reason(&self) -> String {
        match self {
            ImportError::TooLarge { limit, .. } => tf(R::ReasonTooLarge, &[("limit", &megabytes(*limit))]),
            ImportError::Empty => t(R::ReasonEmpty).into(),
            ImportError::NotUtf8 => t(R::ReasonNotUtf8).into(),
            ImportError::NotJson(detail) => tf(R::ReasonNotJson, &[("detail", detail)]),
            ImportError::TooDeep => tf(R::ReasonTooDeep, &[("depth", &MAX_DEPTH.to_string())]),
            ImportError::NotSpecLens => t(R::ReasonNotSpecLens).into(),
            ImportError::UnsupportedKind(kind) => tf(R::ReasonUnsupportedKind, &[("kind", &quoted(kind))]),
            ImportError::WrongKind { found, expected } => {
                tf(R::ReasonWrongKind, &[("found", kind_noun(*found)), ("expected", kind_noun(*expected))])
            }
            ImportError::TooNew { found, supported } => {
                tf(R::ReasonTooNew, &[("found", &found.to_string()), ("supported", &supported.to_string())])
            }
            ImportError::MissingField(missing) => {
                tf(R::ReasonMissingField, &[("detail", &missing_detail(missing))])
            }
            ImportError::WrongType(wrong) => tf(R::ReasonWrongType, &[("detail", &wrong_type_detail(wrong))]),
            ImportError::Invalid(invalid) => invalid_detail(invalid),
            ImportError::DuplicateId(refusal) => refusal.to_string(),
        }
    }
}

impl ImportError {
    /// What the refusal says about where and what, for the kinds that say more than their kind:
    /// the field that is missing, the value of the wrong type, the rule broken.
    pub fn detail(&self) -> Option<String> {
        match self {
            ImportError::NotJson(detail) => Some(detail.clone()),
            ImportError::MissingField(missing) => Some(missing_detail(missing)),
            ImportError::WrongType(wrong) => Some(wrong_type_detail(wrong)),
            ImportError::Invalid(invalid) => Some(invalid_detail(invalid)),
            ImportError::DuplicateId(refusal) => Some(refusal.to_string()),
            _ => None,
        }
    }
}

/// "an assessment", "a framework"…, as the refusals name a kind of file.
pub fn kind_noun(kind: Kind) -> &'static str {
    t(match kind {
        Kind::Assessment => R::KindAssessment,
        Kind::Library => R::KindLibrary,
        Kind::Framework => R::KindFramework,
        Kind::Moderation => R::KindModeration,
    })
}

/// "assessments", "frameworks"…
pub fn kind_plural(kind: Kind) -> &'static str {
    t(match kind {
        Kind::Assessment => R::KindAssessments,
        Kind::Library => R::KindLibraries,
        Kind::Framework => R::KindFrameworks,
        Kind::Moderation => R::KindModerations,
    })
}

/// "a number", "a list"…: what a value in a file is.
pub fn value_type(found: ValueType) -> &'static str {
    t(match found {
        ValueType::Null => R::TypeNull,
        ValueType::Bool => R::TypeBool,
        ValueType::Number => R::TypeNumber,
        ValueType::Text => R::TypeText,
        ValueType::List => R::TypeList,
        ValueType::Object => R::TypeObject,
    })
}

fn missing_detail(missing: &Missing) -> String {
    match missing {
        Missing::Payload => t(R::MissingPayload).into(),
        Missing::Version => t(R::MissingVersion).into(),
        Missing::Kind => t(R::MissingKind).into(),
        Missing::InPayload(field) => tf(R::MissingInPayload, &[("field", field)]),
        Missing::Field { field, path } => tf(R::MissingAt, &[("field", field), ("path", path)]),
    }
}

fn wrong_type_detail(wrong: &WrongType) -> String {
    let at = |message, path: &str, found| tf(message, &[("path", path), ("found", value_type(found))]);
    match wrong {
        WrongType::VersionNumber(number) => tf(R::VersionNotWhole, &[("found", number)]),
        WrongType::Version(found) => tf(R::VersionNotWhole, &[("found", value_type(*found))]),
        WrongType::Kind(found) => tf(R::KindNotName, &[("found", value_type(*found))]),
        WrongType::Payload { kind, found } => {
            let message = match kind {
                Kind::Assessment => R::AssessmentPayload,
                Kind::Framework => R::FrameworkPayload,
                Kind::Library | Kind::Moderation => R::LibraryPayload,
            };
            tf(message, &[("found", value_type(*found))])
        }
        WrongType::List { key, found } => tf(R::NotList, &[("key", key), ("found", value_type(*found))]),
        WrongType::Framework { path, found } => at(R::FrameworkNotObject, path, *found),
        WrongType::Assessment { path, found } => at(R::AssessmentNotObject, path, *found),
        WrongType::Responses { path, found } => at(R::ResponsesNotObject, path, *found),
        WrongType::Data { message, path } => tf(R::DataAt, &[("message", message), ("path", path)]),
    }
}

fn invalid_detail(invalid: &Invalid) -> String {
    match invalid {
        Invalid::AmbiguousHeader(detail) => tf(R::AmbiguousHeader, &[("detail", detail)]),
        Invalid::CannotConvert(version) => tf(R::CannotConvert, &[("version", &version.to_string())]),
        Invalid::Framework(refusal) => refusal.to_string(),
    }
}

/// "in the framework \"Title\", the url of source 1 of criterion \"c1\": \"javascript:…\" is not…"
impl fmt::Display for FrameworkRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let refusal = self.refusal.to_string();
        f.write_str(&tf(R::InFramework, &[("title", &quoted(&self.title)), ("refusal", &refusal)]))
    }
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            ShareError::NotBase64 => t(S::NotBase64).into(),
            ShareError::Damaged(detail) => tf(S::Damaged, &[("detail", detail)]),
            ShareError::TooNew(found) => {
                tf(S::TooNew, &[("found", &found.to_string()), ("supported", &SHARE_VERSION.to_string())])
            }
            ShareError::Refused(error) => tf(S::Refused, &[("reason", &error.reason())]),
            ShareError::UnknownFramework { id, version } => {
                tf(S::UnknownFramework, &[("id", id), ("version", version)])
            }
        };
        f.write_str(&text)
    }
}

// ---------------------------------------------------------------------------------------------
// Frameworks
// ---------------------------------------------------------------------------------------------

impl FieldError {
    /// The problem as a sentence, to show beside its field.
    pub fn message(&self) -> String {
        problem(&self.problem)
    }
}

/// "the url of source 1 of criterion \"c1\": \"javascript:…\" is not a web address; paste…": the
/// place, then the problem's sentence with a small first letter and no full stop.
impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let problem = clause(&problem(&self.problem));
        let place = place(self);
        f.write_str(&tf(Place::Refusal, &[("place", &place), ("problem", &problem)]))
    }
}

/// A sentence as a clause to follow a colon: its first letter small, its full stop left off.
fn clause(sentence: &str) -> String {
    let sentence = sentence.trim_end_matches('.');
    let mut chars = sentence.chars();
    // The sentences start in ASCII; `char::to_lowercase` would bring Unicode's case tables (9 KB).
    let first = chars.next().map(|c| c.to_ascii_lowercase().to_string()).unwrap_or_default();
    format!("{first}{}", chars.as_str())
}

/// A section's or criterion's id for a place: quoted and cut, or None when it is blank.
fn named(id: &str) -> Option<String> {
    (!id.trim().is_empty()).then(|| id.chars().take(60).collect())
}

/// Where a refused problem is, in words: "the url of source 1 of criterion \"c1\"".
fn place(refusal: &Refusal) -> String {
    let n = |i: usize| (i + 1).to_string();
    match refusal.path {
        FieldPath::Framework(field) => tf(Place::Framework, &[("field", field_name(field))]),
        FieldPath::Scale(field) => tf(Place::Scale, &[("field", field_name(field))]),
        FieldPath::Level { level, field } => {
            tf(Place::Level, &[("field", field_name(field)), ("level", &level.to_string())])
        }
        FieldPath::Bands(field) => tf(Place::Band, &[("band", band_name(band_of(field)))]),
        FieldPath::Section { section, field } => match named(&refusal.section_id) {
            Some(id) => tf(Place::SectionNamed, &[("field", field_name(field)), ("id", &id)]),
            None => tf(Place::Section, &[("field", field_name(field)), ("n", &n(section))]),
        },
        FieldPath::Criterion { section, criterion, field } => {
            let section = n(section);
            match named(&refusal.criterion_id) {
                Some(id) => tf(
                    Place::CriterionNamed,
                    &[("field", field_name(field)), ("id", &id), ("section", &section)],
                ),
                None => tf(
                    Place::Criterion,
                    &[("field", field_name(field)), ("n", &n(criterion)), ("section", &section)],
                ),
            }
        }
        FieldPath::Source { criterion, source, field, .. } => {
            let source = n(source);
            match named(&refusal.criterion_id) {
                Some(id) => {
                    tf(Place::SourceNamed, &[("field", field_name(field)), ("source", &source), ("id", &id)])
                }
                None => tf(
                    Place::Source,
                    &[("field", field_name(field)), ("source", &source), ("n", &n(criterion))],
                ),
            }
        }
    }
}

fn band_of(field: &str) -> Band {
    match field {
        "outstanding" => Band::Outstanding,
        "good" => Band::Good,
        _ => Band::RequiresImprovement,
    }
}

/// A band's name: "Outstanding", "Requires improvement"…
pub fn band_name(band: Band) -> &'static str {
    t(match band {
        Band::Outstanding => V::BandOutstanding,
        Band::Good => V::BandGood,
        Band::RequiresImprovement => V::BandRequiresImprovement,
        Band::Inadequate => V::BandInadequate,
    })
}

/// A field of a framework by its name in the model ("falls_short"), in words ("falls short").
pub fn field_name(field: &'static str) -> &'static str {
    let message = match field {
        "id" => Field::Id,
        "version" => Field::Version,
        "title" => Field::Title,
        "summary" => Field::Summary,
        "sections" => Field::Sections,
        "language" => Field::Language,
        "languages" => Field::Languages,
        "timescale_rules" => Field::TimescaleRules,
        "critical_caps" => Field::CriticalCaps,
        "levels" => Field::Levels,
        "not_applicable_label" => Field::NotApplicableLabel,
        "insufficient_evidence_label" => Field::InsufficientEvidenceLabel,
        "label" => Field::Label,
        "weight" => Field::Weight,
        "question" => Field::Question,
        "guidance" => Field::Guidance,
        "meets" => Field::Meets,
        "falls_short" => Field::FallsShort,
        "descriptors" => Field::Descriptors,
        "descriptor" => Field::Descriptor,
        "search_terms" => Field::SearchTerms,
        "publisher" => Field::Publisher,
        "url" => Field::Url,
        other => return other,
    };
    t(message)
}

/// A language's name, as the wording checks name it: "English", "Welsh".
pub fn language_name(language: Language) -> &'static str {
    t(match language {
        Language::English => V::English,
        Language::Welsh => V::Welsh,
    })
}

/// A code or id cut to 60 characters, for sentences.
fn cut(text: &str) -> String {
    text.chars().take(60).collect()
}

/// A search term as a refusal shows it: trimmed, at most 40 characters.
fn shown_term(term: &str) -> String {
    term.trim().chars().take(40).collect()
}

/// The sentence for a problem, as the editor shows it beside its field.
pub fn problem(problem: &Problem) -> String {
    let number = |n: usize| n.to_string();
    match problem {
        Problem::Needs(needed) => needs(*needed),
        Problem::TooLong { chars, max } => too_long(V::TooLong, *chars, *max, &[]),
        Problem::NoCriteria => t(V::NoCriteria).into(),
        Problem::TooManyCriteria { count } => {
            tf(V::TooManyCriteria, &[("count", &number(*count)), ("max", &number(MAX_CRITERIA))])
        }
        Problem::UnknownRuleCriterion { id } => tf(V::UnknownRuleCriterion, &[("id", id)]),
        Problem::TooManyWeeks { weeks } => {
            tf(V::TooManyWeeks, &[("weeks", &weeks.to_string()), ("max", &MAX_WEEKS.to_string())])
        }
        Problem::CapFromZero => t(V::CapFromZero).into(),
        Problem::ScaleLevels { count } => tnf(
            ValidationCounted::ScaleLevels,
            *count as u64,
            &[("needed", &number(usize::from(MAX_LEVEL) + 1)), ("max", &MAX_LEVEL.to_string())],
        ),
        Problem::BandOutOfRange { band, value } => {
            tf(V::BandOutOfRange, &[("band", band_name(*band)), ("value", &shortest(*value))])
        }
        Problem::BandsOverlap { lower, low, higher, high } => tf(
            V::BandsOverlap,
            &[
                ("lower", band_name(*lower)),
                ("low", &low.to_string()),
                ("higher", band_name(*higher)),
                ("high", &high.to_string()),
            ],
        ),
        Problem::RepeatedId { criterion: true, id } => tf(V::RepeatedCriterionId, &[("id", id)]),
        Problem::RepeatedId { criterion: false, id } => tf(V::RepeatedSectionId, &[("id", id)]),
        Problem::Weight(weight) => weight_sentence(*weight),
        Problem::TooManyTerms { count } => {
            tf(V::TooManyTerms, &[("count", &number(*count)), ("max", &number(MAX_TERMS))])
        }
        Problem::BadTerm { term, error } => term_sentence(term, *error),
        Problem::NotWebAddress { url } => tf(V::NotWebAddress, &[("url", &cut(url))]),
        Problem::UnknownLanguage { code } => tf(V::UnknownLanguage, &[("code", &cut(code))]),
        Problem::Translation(problem) => translation(problem),
    }
}

/// What is wrong with a search term, as a sentence.
fn term_sentence(term: &str, error: TermError) -> String {
    let message = match error {
        TermError::Empty => V::TermEmpty,
        TermError::Wildcard => V::TermWildcard,
        TermError::TooLong => V::TermTooLong,
    };
    tf(message, &[("term", &shown_term(term)), ("max", &MAX_TERM_CHARS.to_string())])
}

fn needs(needed: Needed) -> String {
    let message = match needed {
        Needed::FrameworkId => V::NeedsFrameworkId,
        Needed::FrameworkVersion => V::NeedsFrameworkVersion,
        Needed::FrameworkTitle => V::NeedsFrameworkTitle,
        Needed::LevelLabel { level } => return tf(V::NeedsLevelLabel, &[("level", &level.to_string())]),
        Needed::NotApplicableLabel => V::NeedsNotApplicableLabel,
        Needed::InsufficientEvidenceLabel => V::NeedsInsufficientEvidenceLabel,
        Needed::SectionId => V::NeedsSectionId,
        Needed::SectionTitle => V::NeedsSectionTitle,
        Needed::CriterionId => V::NeedsCriterionId,
        Needed::CriterionTitle => V::NeedsCriterionTitle,
        Needed::CriterionQuestion => V::NeedsCriterionQuestion,
        Needed::SourceTitle => V::NeedsSourceTitle,
        Needed::SourceUrl => V::NeedsSourceUrl,
    };
    t(message).into()
}

/// The sentence for a weight that is negative, too heavy or not a number.
pub fn weight_sentence(weight: WeightProblem) -> String {
    match weight {
        WeightProblem::TooHeavy(weight) => {
            tf(V::WeightTooHeavy, &[("weight", &shortest(weight)), ("max", &shortest(MAX_WEIGHT))])
        }
        WeightProblem::Negative(weight) => tf(V::WeightNegative, &[("weight", &shortest(weight))]),
        WeightProblem::NotANumber => t(V::WeightNotANumber).into(),
    }
}

fn too_long(message: V, chars: usize, max: usize, more: &[(&str, &str)]) -> String {
    let (chars, max) = (chars.to_string(), max.to_string());
    let mut values = vec![("chars", chars.as_str()), ("max", max.as_str())];
    values.extend_from_slice(more);
    tf(message, &values)
}

fn translation(problem: &TranslationProblem) -> String {
    use TranslationProblem as T;
    let most = (usize::from(MAX_LEVEL) + 1).to_string();
    let top = MAX_LEVEL.to_string();
    match problem {
        T::UnknownCode { code } => tf(V::UnknownCode, &[("code", &cut(code))]),
        T::OwnLanguage { language } => {
            tf(V::OwnLanguage, &[("code", language.code()), ("language", language_name(*language))])
        }
        T::FrameworkTooLong { language, field, chars, max } => too_long(
            V::FrameworkTextTooLong,
            *chars,
            *max,
            &[("language", language_name(*language)), ("field", field_name(field))],
        ),
        T::TooManyLevels { language, count } => tf(
            V::TooManyLevels,
            &[
                ("language", language_name(*language)),
                ("count", &count.to_string()),
                ("most", &most),
                ("max", &top),
            ],
        ),
        T::LevelTooLong { language, field, level, chars, max } => too_long(
            V::LevelTextTooLong,
            *chars,
            *max,
            &[
                ("language", language_name(*language)),
                ("field", field_name(field)),
                ("level", &level.to_string()),
            ],
        ),
        T::UnknownSection { language, id } => {
            tf(V::UnknownSection, &[("language", language_name(*language)), ("id", &cut(id))])
        }
        T::SectionTooLong { language, field, id, chars, max } => too_long(
            V::SectionTextTooLong,
            *chars,
            *max,
            &[("language", language_name(*language)), ("field", field_name(field)), ("id", &cut(id))],
        ),
        T::UnknownCriterion { language, id } => {
            tf(V::UnknownCriterion, &[("language", language_name(*language)), ("id", &cut(id))])
        }
        T::CriterionTooLong { language, field, id, chars, max } => too_long(
            V::CriterionTextTooLong,
            *chars,
            *max,
            &[("language", language_name(*language)), ("field", field_name(field)), ("id", &cut(id))],
        ),
        T::TooManyDescriptors { language, id, count } => tf(
            V::TooManyDescriptors,
            &[
                ("language", language_name(*language)),
                ("count", &count.to_string()),
                ("id", &cut(id)),
                ("most", &most),
                ("max", &top),
            ],
        ),
        T::DescriptorTooLong { language, level, id, chars, max } => too_long(
            V::DescriptorTooLong,
            *chars,
            *max,
            &[("language", language_name(*language)), ("level", &level.to_string()), ("id", &cut(id))],
        ),
        T::TooManyTerms { language, id, count } => tf(
            V::TooManyTranslatedTerms,
            &[
                ("count", &count.to_string()),
                ("language", language_name(*language)),
                ("id", &cut(id)),
                ("max", &MAX_TERMS.to_string()),
            ],
        ),
        T::BadTerm { language, id, term, error } => {
            let message = match error {
                TermError::Empty => V::TranslatedTermEmpty,
                TermError::Wildcard => V::TranslatedTermWildcard,
                TermError::TooLong => V::TranslatedTermTooLong,
            };
            tf(
                message,
                &[
                    ("language", language_name(*language)),
                    ("id", &cut(id)),
                    ("term", &shown_term(term)),
                    ("max", &MAX_TERM_CHARS.to_string()),
                ],
            )
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Criteria spreadsheets
// ---------------------------------------------------------------------------------------------

/// "Line 3, column weight: \"x\" is not a number; …", or the problem alone for the whole file.
impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let problem = self.message();
        let text = match (self.line, &self.column) {
            (Some(line), Some(column)) => {
                tf(C::AtCell, &[("line", &line.to_string()), ("column", column), ("problem", &problem)])
            }
            (Some(line), None) => tf(C::AtLine, &[("line", &line.to_string()), ("problem", &problem)]),
            (None, _) => problem,
        };
        f.write_str(&text)
    }
}

impl CsvError {
    /// What was wrong and what to do, without the line and column.
    pub fn message(&self) -> String {
        csv_problem(&self.problem)
    }
}

fn csv_problem(problem: &CsvProblem) -> String {
    use CsvProblem as P;
    match problem {
        P::TooLarge { bytes } => {
            tf(C::TooLarge, &[("bytes", &bytes.to_string()), ("max", &MAX_FILE_BYTES.to_string())])
        }
        P::Utf16 => t(C::Utf16).into(),
        P::NotUtf8 => t(C::NotUtf8).into(),
        P::Empty => tf(C::Empty, &[("template", TEMPLATE_FILE_NAME)]),
        P::UnclosedQuote => t(C::UnclosedQuote).into(),
        P::WrongSeparator { semicolons: true } => t(C::SeparatedBySemicolons).into(),
        P::WrongSeparator { semicolons: false } => t(C::SeparatedByTabs).into(),
        P::DuplicateColumn { first, second } => {
            tf(C::DuplicateColumn, &[("first", &first.to_string()), ("second", &second.to_string())])
        }
        P::MissingColumn { column } => tf(C::MissingColumn, &[("column", column)]),
        P::NoSectionId => t(C::NoSectionId).into(),
        P::SectionConflict { id, field, first, line } => {
            let (message, first) = match *field {
                "title" => (C::SectionTitleConflict, quoted(first)),
                "summary" => (C::SectionSummaryConflict, quoted(first)),
                _ => (C::SectionWeightConflict, first.clone()),
            };
            tf(message, &[("id", &quoted(id)), ("first", &first), ("line", &line.to_string())])
        }
        P::SectionWordingConflict { id, language, field, first, line } => {
            let message = if *field == "title" {
                C::SectionWordedTitleConflict
            } else {
                C::SectionWordedSummaryConflict
            };
            tf(
                message,
                &[
                    ("id", &quoted(id)),
                    ("language", language_name(*language)),
                    ("first", &quoted(first)),
                    ("line", &line.to_string()),
                ],
            )
        }
        P::NeedsTitle => t(C::NeedsTitle).into(),
        P::NeedsQuestion => t(C::NeedsQuestion).into(),
        P::NotYesOrNo { text } => tf(C::NotYesOrNo, &[("text", &quoted(text))]),
        P::Source { n, text, problem } => {
            let (n, text) = (n.to_string(), quoted(text));
            let values = [("n", n.as_str()), ("text", text.as_str())];
            match problem {
                SourceProblem::NoAddress => tf(C::SourceNoAddress, &values),
                SourceProblem::NoTitle => tf(C::SourceNoTitle, &values),
                SourceProblem::NotWebAddress { url } => {
                    tf(C::SourceNotWebAddress, &[values[0], values[1], ("url", &quoted(url))])
                }
                SourceProblem::BadYear { year } => {
                    tf(C::SourceBadYear, &[values[0], values[1], ("year", &quoted(year))])
                }
            }
        }
        P::BadTerm { term, error } => clause(&term_sentence(term, *error)),
        P::NoCriterionId => t(C::NoCriterionId).into(),
        P::RepeatedCriterionId { id, first_line } => {
            tf(C::RepeatedCriterionId, &[("id", &quoted(id)), ("first", &first_line.to_string())])
        }
        P::Weight { text, problem } => {
            let shown = quoted(text);
            match problem {
                CsvWeight::DecimalComma => {
                    tf(C::WeightDecimalComma, &[("text", &shown), ("fixed", &text.replace(',', "."))])
                }
                CsvWeight::TooHeavy => {
                    tf(C::WeightTooHeavy, &[("text", &shown), ("max", &shortest(MAX_WEIGHT))])
                }
                CsvWeight::Negative => tf(C::WeightNegative, &[("text", &shown)]),
                CsvWeight::NotANumber => tf(C::WeightNotANumber, &[("text", &shown)]),
            }
        }
        P::SectionNoTitle { id } => tf(C::SectionNoTitle, &[("id", &quoted(id))]),
        P::NoCriteria => t(C::NoCriteria).into(),
    }
}

// ---------------------------------------------------------------------------------------------
// Storage
// ---------------------------------------------------------------------------------------------

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            EditError::Final => t(Sc::EditFinal).into(),
            EditError::UnknownCriterion(id) => tf(Sc::EditUnknownCriterion, &[("id", id)]),
            EditError::LevelOutOfRange(level) => {
                tf(Sc::EditLevelOutOfRange, &[("level", &level.to_string()), ("max", &MAX_LEVEL.to_string())])
            }
            EditError::ReasonRequired => t(Sc::EditReasonRequired).into(),
            EditError::NotAnswered => t(Sc::EditNotAnswered).into(),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            StoreError::Unavailable => t(St::Unavailable).into(),
            StoreError::QuotaExceeded => t(St::QuotaExceeded).into(),
            StoreError::ReadBackMismatch { key } => tf(St::ReadBackMismatch, &[("key", key)]),
            // Writing failed, not reading: said as the browser's problem, as it always was.
            StoreError::Corrupt(Corrupt::NotEncoded(detail)) => {
                tf(St::Other, &[("detail", &tf(St::EncodingFailed, &[("detail", detail)]))])
            }
            StoreError::Corrupt(corrupt) => tf(St::Corrupt, &[("detail", &corrupt_detail(corrupt))]),
            StoreError::TooNew { found, supported } => {
                tf(St::TooNew, &[("found", &found.to_string()), ("supported", &supported.to_string())])
            }
            StoreError::Conflict { stored_revision } => {
                tf(St::Conflict, &[("revision", &stored_revision.to_string())])
            }
            StoreError::QuarantineFull => t(St::QuarantineFull).into(),
            StoreError::NotQuarantined { key } => tf(St::NotQuarantined, &[("key", key)]),
            StoreError::Other(detail) => tf(St::Other, &[("detail", detail)]),
        };
        f.write_str(&text)
    }
}

fn corrupt_detail(corrupt: &Corrupt) -> String {
    match corrupt {
        Corrupt::NotAnAssessment(detail) => tf(St::CorruptNotAnAssessment, &[("detail", detail)]),
        Corrupt::RevisionNotANumber => t(St::CorruptRevision).into(),
        Corrupt::NotJson(detail) => tf(St::CorruptNotJson, &[("detail", detail)]),
        Corrupt::NotMarked => t(St::CorruptNotMarked).into(),
        Corrupt::NoVersion => t(St::CorruptNoVersion).into(),
        Corrupt::BadDocumentReference => t(St::CorruptDocumentReference).into(),
        Corrupt::DocumentMissing(key) => tf(St::CorruptDocumentMissing, &[("key", key)]),
        Corrupt::DocumentUnreadable { key, detail } => {
            tf(St::CorruptDocumentUnreadable, &[("key", key), ("detail", detail)])
        }
        Corrupt::IndexNotJson(detail) => tf(St::CorruptIndexNotJson, &[("detail", detail)]),
        Corrupt::IndexNotIds(detail) => tf(St::CorruptIndexNotIds, &[("detail", detail)]),
        Corrupt::NotEncoded(detail) => tf(St::EncodingFailed, &[("detail", detail)]),
    }
}

impl fmt::Display for StorageProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            StorageProblem::Store(error) => error.to_string(),
            StorageProblem::Quarantined { reason, quarantine_key } => {
                tf(St::Quarantined, &[("reason", &reason.to_string()), ("key", quarantine_key)])
            }
            StorageProblem::KeptUnreadable { key, reason } => {
                tf(St::KeptUnreadable, &[("key", key), ("reason", &reason.to_string())])
            }
            StorageProblem::NotMovedAside { key } => tf(St::NotMovedAside, &[("key", key)]),
            StorageProblem::IndexTooNew => t(St::IndexTooNew).into(),
            StorageProblem::IndexUnreadable => t(St::IndexUnreadable).into(),
            StorageProblem::FrameworkRefused { key, refusal } => {
                tf(St::FrameworkRefused, &[("key", key), ("reason", &refusal.reason())])
            }
            StorageProblem::FrameworkUnreadable { key } => tf(St::FrameworkUnreadable, &[("key", key)]),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for FrameworkProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            FrameworkProblem::BuiltinUnreadable { detail } => {
                tf(St::BuiltinUnreadable, &[("detail", detail)])
            }
            FrameworkProblem::WordingUnreadable { language, detail } => {
                tf(St::WordingUnreadable, &[("language", language_name(*language)), ("detail", detail)])
            }
            FrameworkProblem::WordingWithoutVersion => t(St::WordingWithoutVersion).into(),
            FrameworkProblem::WordingRefused { language, refusal } => tf(
                St::WordingRefused,
                &[("language", language_name(*language)), ("reason", &refusal.reason())],
            ),
            FrameworkProblem::Stored(problem) => problem.to_string(),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for LanguageProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            LanguageProblem::Unfetched { status: Some(status) } => {
                tf(St::WelshUnfetched, &[("status", status)])
            }
            LanguageProblem::Unfetched { status: None } => t(St::WelshOffline).into(),
            LanguageProblem::Unreadable { detail } => tf(St::WelshUnreadable, &[("detail", detail)]),
            LanguageProblem::Wording(problem) => problem.to_string(),
        };
        f.write_str(&text)
    }
}

impl Forgotten {
    /// "Removed 3 assessments, 1 imported or edited framework, 2 specification documents and 4
    /// other entries (preferences, drafts, the workshop)." (and the offline copy of the page).
    pub fn sentence(&self) -> String {
        let count = |n: usize| n as u64;
        let assessments = tn(StorageCounted::Assessments, count(self.assessments));
        let frameworks = tn(StorageCounted::Frameworks, count(self.frameworks));
        let documents = tn(StorageCounted::Documents, count(self.documents));
        let other = tn(StorageCounted::Other, count(self.other));
        let message = if self.offline_copies > 0 { St::RemovedWithOffline } else { St::Removed };
        tf(
            message,
            &[
                ("assessments", &assessments),
                ("frameworks", &frameworks),
                ("documents", &documents),
                ("other", &other),
            ],
        )
    }
}

// ---------------------------------------------------------------------------------------------
// Specifications' documents
// ---------------------------------------------------------------------------------------------

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const MB: usize = 1024 * 1024;
        let text = match self {
            ReadError::TooLarge { bytes, limit } => tf(
                De::TooLarge,
                &[("size", &bytes.div_ceil(MB).to_string()), ("limit", &(limit / MB).to_string())],
            ),
            ReadError::Empty => t(De::Empty).into(),
            ReadError::LegacyWord => t(De::LegacyWord).into(),
            ReadError::Rtf => t(De::Rtf).into(),
            ReadError::Damaged(damage) => tf(De::Damaged, &[("detail", &damage_detail(damage))]),
            ReadError::TooBigUnpacked { limit } => {
                tf(De::TooBigUnpacked, &[("limit", &(limit / MB).to_string())])
            }
            ReadError::PdfEncrypted => t(De::PdfEncrypted).into(),
            ReadError::PdfNoText => t(De::PdfNoText).into(),
            ReadError::Unsupported(what) => tf(De::Unsupported, &[("what", unsupported(what).as_str())]),
            ReadError::ReaderUnavailable => t(De::ReaderUnavailable).into(),
            ReadError::PdfReaderUnavailable => t(De::PdfReaderUnavailable).into(),
        };
        f.write_str(&text)
    }
}

fn damage_detail(damage: &Damage) -> String {
    let part = |message, part: &str| tf(message, &[("part", part)]);
    let detail = |message, detail: &str| tf(message, &[("detail", detail)]);
    match damage {
        Damage::NotPdf => t(De::DamageNotPdf).into(),
        Damage::NotZip => t(De::DamageNotZip).into(),
        Damage::NoPages => t(De::DamageNoPages).into(),
        Damage::WordNoBody => t(De::DamageWordNoBody).into(),
        Damage::OdtNoBody => t(De::DamageOdtNoBody).into(),
        Damage::NotXml { part, detail } => tf(De::DamageNotXml, &[("part", part), ("detail", detail)]),
        Damage::NotUnpacked { part, detail } => {
            tf(De::DamageNotUnpacked, &[("part", part), ("detail", detail)])
        }
        Damage::PartNotUtf8 { part: name } => part(De::DamagePartNotUtf8, name),
        Damage::PartMissing { part: name } => part(De::DamagePartMissing, name),
        Damage::ZipCutShort => t(De::DamageZipCutShort).into(),
        Damage::ZipInvalid(reason) => detail(De::DamageZipInvalid, reason),
        Damage::ZipUnsupported(reason) => detail(De::DamageZipUnsupported, reason),
        Damage::ZipPartMissing => t(De::DamageZipPartMissing).into(),
        Damage::Zip(reason) => detail(De::DamageZip, reason),
        Damage::ReaderAnswer(reason) => detail(De::DamageReaderAnswer, reason),
        Damage::PdfReaderNoText => t(De::DamagePdfReaderNoText).into(),
        Damage::PdfReaderText(reason) => detail(De::DamagePdfReaderText, reason),
        Damage::PdfNotOpened => t(De::DamagePdfNotOpened).into(),
        // pdf.js's own words.
        Damage::Pdf(said) => said.clone(),
    }
}

fn unsupported(what: &Unsupported) -> String {
    match what {
        Unsupported::PasswordProtected => t(De::UnsupportedPassword).into(),
        Unsupported::Spreadsheet => t(De::UnsupportedSpreadsheet).into(),
        Unsupported::Presentation => t(De::UnsupportedPresentation).into(),
        Unsupported::OtherZip => t(De::UnsupportedOtherZip).into(),
        Unsupported::OtherOpenDocument(kind) => tf(De::UnsupportedOtherOpenDocument, &[("kind", kind)]),
        Unsupported::NotADocument => t(De::UnsupportedNotADocument).into(),
        Unsupported::PdfOutsideReader => t(De::UnsupportedPdfOutsideReader).into(),
        Unsupported::UnknownRequest => t(De::UnsupportedUnknownRequest).into(),
        Unsupported::BrowserCouldNotRead => t(De::UnsupportedBrowserCouldNotRead).into(),
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Warning::Macros => t(De::Macros).into(),
            Warning::Images(n) => tn(DocumentWarnings::Images, u64::from(*n)),
            Warning::Notes(n) => tn(DocumentWarnings::Notes, u64::from(*n)),
            Warning::TrackedChanges => t(De::TrackedChanges).into(),
            Warning::PagesWithoutText(pages) => {
                let list: Vec<String> = pages.iter().map(u32::to_string).collect();
                tnf(DocumentWarnings::PagesWithoutText, pages.len() as u64, &[("pages", &list.join(", "))])
            }
        };
        f.write_str(&text)
    }
}
