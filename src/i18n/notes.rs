//! What reading a file or a share link noticed and changed (`format::notes::ImportNote`), worded in
//! the current language: one whole sentence per kind of note, with what the file named quoted into
//! its slots. The import page and the share page word the notes when they draw them, so the notes
//! read in the page's language whichever language the file was read in.

use std::fmt;

use super::messages::import::Import;
use super::messages::import_notes::{ImportNotes as N, ImportNotesCounted};
use super::refusals::{band_name, value_type};
use super::{t, tf, tn, tnf};
use crate::domain::numbers::shortest;
use crate::domain::MAX_LEVEL;
use crate::format::errors::quoted;
use crate::format::notes::{Given, ImportNote, LanguageFound, Subject, Weight};

impl fmt::Display for ImportNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&sentence(self))
    }
}

/// Each note as its sentence in the current language.
pub fn words(notes: &[ImportNote]) -> Vec<String> {
    notes.iter().map(sentence).collect()
}

/// "assessment \"Title\"", "untitled assessment": an assessment as a note names it, without its
/// article (each sentence has its own).
pub fn subject(assessment: &Subject) -> String {
    match assessment {
        Subject::Named(name) => tf(N::AssessmentNamed, &[("name", &quoted(name))]),
        Subject::Untitled => t(N::AssessmentUntitled).into(),
    }
}

/// A sentence about an assessment, with `more` slots besides `{assessment}`.
fn about(message: N, assessment: &Subject, more: &[(&str, &str)]) -> String {
    let assessment = subject(assessment);
    let mut values = vec![("assessment", assessment.as_str())];
    values.extend_from_slice(more);
    tf(message, &values)
}

/// A sentence about one criterion of an assessment.
fn about_criterion(message: N, assessment: &Subject, criterion: &str, more: &[(&str, &str)]) -> String {
    let criterion = quoted(criterion);
    let mut values = vec![("criterion", criterion.as_str())];
    values.extend_from_slice(more);
    about(message, assessment, &values)
}

fn sentence(note: &ImportNote) -> String {
    use ImportNote as I;
    match note {
        I::UnknownLanguage(found) => {
            let shown = match found {
                LanguageFound::Code(code) => quoted(code),
                LanguageFound::Type(found) => value_type(*found).into(),
            };
            tf(N::UnknownLanguage, &[("language", &shown)])
        }
        I::HashMismatch => t(N::HashMismatch).into(),
        I::NoHash => t(N::NoHash).into(),
        I::Converted { version, current } => {
            tf(N::Converted, &[("version", &version.to_string()), ("current", &current.to_string())])
        }
        I::WeightNotANumber(weight) => {
            let (message, id) = match weight {
                Weight::Section(id) => (N::SectionWeightNotANumber, id),
                Weight::Criterion(id) => (N::CriterionWeightNotANumber, id),
            };
            tf(message, &[("id", &quoted(id))])
        }
        I::NegativeWeight { weight, found } => {
            let (message, id) = match weight {
                Weight::Section(id) => (N::SectionWeightNegative, id),
                Weight::Criterion(id) => (N::CriterionWeightNegative, id),
            };
            tf(message, &[("id", &quoted(id)), ("found", &shortest(*found))])
        }
        I::WeightDigits { weight, found, now } => {
            let (message, id) = match weight {
                Weight::Section(id) => (N::SectionWeightDigits, id),
                Weight::Criterion(id) => (N::CriterionWeightDigits, id),
            };
            tf(message, &[("id", &quoted(id)), ("found", found), ("now", &shortest(*now))])
        }
        I::BoundDigits { band, found, now } => {
            tf(N::BoundDigits, &[("band", band_name(*band)), ("found", found), ("now", &shortest(*now))])
        }
        I::FrameworkTwice { title, version } => {
            tf(N::FrameworkTwice, &[("title", &quoted(title)), ("version", &quoted(version))])
        }
        I::FrameworkIdClash { id, version, n } => tf(
            N::FrameworkIdClash,
            &[("id", &quoted(id)), ("version", &quoted(version)), ("n", &n.to_string())],
        ),
        I::FrameworkLeftOut { n, error } => {
            tf(N::FrameworkLeftOut, &[("n", &n.to_string()), ("reason", &error.reason())])
        }
        I::NoSpecification { assessment } => about(N::NoSpecification, assessment, &[]),
        I::FrameworkFilledIn { assessment } => about(N::FrameworkFilledIn, assessment, &[]),
        I::NoFramework { assessment } => about(N::NoFramework, assessment, &[]),
        I::NoCreationTime { assessment, time } => about(N::NoCreationTime, assessment, &[("time", time)]),
        I::NoLastChangeTime { assessment, time } => about(N::NoLastChangeTime, assessment, &[("time", time)]),
        I::LevelOffScale { assessment, criterion, found, now } => about_criterion(
            N::LevelOffScale,
            assessment,
            criterion,
            &[("found", found), ("max", &MAX_LEVEL.to_string()), ("now", &now.to_string())],
        ),
        I::NoId { assessment, id } => about(N::NoId, assessment, &[("id", &quoted(id))]),
        I::UnknownCriterion { assessment, criterion, answer } => {
            let answer = match answer {
                Given::Level(level) => tf(N::GivenLevel, &[("level", &level.to_string())]),
                Given::NotApplicable => t(N::GivenNotApplicable).into(),
                Given::InsufficientEvidence => t(N::GivenInsufficientEvidence).into(),
            };
            about_criterion(N::UnknownCriterion, assessment, criterion, &[("answer", &answer)])
        }
        I::NoReason { assessment, criterion, reason } => {
            about_criterion(N::NoReason, assessment, criterion, &[("reason", reason)])
        }
        I::ClauseMissing { assessment, criterion, clause, clauses, quote_kept } => {
            let message = if *quote_kept { N::ClauseMissingQuoteKept } else { N::ClauseMissingNothingQuoted };
            let (clause, clauses) = (clause.to_string(), clauses.to_string());
            about_criterion(message, assessment, criterion, &[("clause", &clause), ("clauses", &clauses)])
        }
        I::RepeatedClauseIds { assessment, dropped } => tnf(
            ImportNotesCounted::RepeatedClauseIds,
            *dropped as u64,
            &[("assessment", &subject(assessment))],
        ),
        I::FrameworkNotInFile { assessment, id, version } => {
            about(N::FrameworkNotInFile, assessment, &[("id", &quoted(id)), ("version", &quoted(version))])
        }
        I::AssessmentLeftOut { n, error } => {
            tf(N::AssessmentLeftOut, &[("n", &n.to_string()), ("reason", &error.reason())])
        }
        I::AssessmentTwice { assessment } => about(N::AssessmentTwice, assessment, &[]),
        I::AssessmentIdClash { id, assessment, new_id } => {
            about(N::AssessmentIdClash, assessment, &[("id", &quoted(id)), ("new_id", &quoted(new_id))])
        }
        I::RulesRecorded { assessment, title, version } => {
            about(N::RulesRecorded, assessment, &[("title", &quoted(title)), ("version", &quoted(version))])
        }
        I::RulesDiffer { assessment, title, version } => {
            about(N::RulesDiffer, assessment, &[("title", &quoted(title)), ("version", &quoted(version))])
        }
        I::WorkshopRecordUnreadable { assessment } => about(N::WorkshopRecordUnreadable, assessment, &[]),
        I::AnswerNotAnObject { assessment, criterion, found } => {
            about_criterion(N::AnswerNotAnObject, assessment, criterion, &[("found", value_type(*found))])
        }
        I::NoAnswer { assessment, criterion, rationale: None } => {
            about_criterion(N::NoAnswer, assessment, criterion, &[])
        }
        I::NoAnswer { assessment, criterion, rationale: Some(rationale) } => about_criterion(
            N::NoAnswerWithRationale,
            assessment,
            criterion,
            &[("rationale", &quoted(rationale))],
        ),
        I::AnswerUnreadable { assessment, criterion, detail } => {
            about_criterion(N::AnswerUnreadable, assessment, criterion, &[("detail", detail)])
        }
        I::EvidenceUnreadable { assessment, criterion, item, detail } => about_criterion(
            N::EvidenceUnreadable,
            assessment,
            criterion,
            &[("item", &item.to_string()), ("detail", detail)],
        ),
        I::EvidenceNotAList { assessment, criterion, found } => {
            about_criterion(N::EvidenceNotAList, assessment, criterion, &[("found", value_type(*found))])
        }
        I::FrameworkUnknown { title, id, version } => {
            tf(Import::FrameworkMissing, &[("title", title), ("framework", id), ("version", version)])
        }
        I::More(n) => tn(ImportNotesCounted::More, *n as u64),
    }
}
