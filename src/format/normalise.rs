//! Normalisation and validation of imported documents: the defaults, clamps and repairs that let
//! a hand-edited or damaged file open, each one reported to the user, and the few checks that
//! refuse a file whose structure cannot be trusted (no scale of five levels, duplicate ids).
//!
//! Two stages. Repairs on the JSON value run before it is read into the model, for what the model
//! types cannot even hold (a level of -1 or 7.5, a weight written as null, a missing timestamp).
//! Normalisation of the typed model runs after, for what needs the whole document (answers to
//! criteria the framework lacks, evidence citing clauses the specification lacks).
//!
//! Everything here is linear in the size of the file: ids are looked up in hash sets, never by
//! scanning, so a hostile 5 MB file costs no more than reading it.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use super::errors::{FrameworkRefusal, ImportError, Invalid};
use super::notes::{named, Given, ImportNote, Subject, Weight};
use crate::domain::numbers::to_fifteen_digits;
use crate::domain::results::Band;
use crate::domain::validation::{first_refusal, FieldPath};
use crate::domain::{canonical_json, sha256_hex, Answer, Assessment, Framework, MAX_LEVEL};

/// The reason given to a Not applicable answer whose file left the reason empty, saved as the
/// answer's reason: written in the language the reader works in when the file is read, as the
/// title of an imported copy is (it is text the user then owns, not wording of the page).
pub fn no_reason_given() -> &'static str {
    crate::i18n::t(crate::i18n::messages::import_notes::ImportNotes::NoReasonGiven)
}

/// A report keeps at most this many notes, then one counting the rest.
pub const MAX_REPORT_LINES: usize = 100;

/// What normalisation changed, one note per change (worded when shown, by `i18n::notes`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    notes: Vec<ImportNote>,
    more: usize,
}

impl Report {
    pub fn note(&mut self, note: ImportNote) {
        if self.notes.len() < MAX_REPORT_LINES {
            self.notes.push(note);
        } else {
            self.more += 1;
        }
    }

    pub fn extend(&mut self, other: Report) {
        let more = other.more;
        other.notes.into_iter().for_each(|note| self.note(note));
        self.more += more;
    }

    /// The notes, and one counting those past [`MAX_REPORT_LINES`] (`ImportNote::More`).
    pub fn finish(mut self) -> Vec<ImportNote> {
        if self.more > 0 {
            self.notes.push(ImportNote::More(self.more));
        }
        self.notes
    }
}

pub use super::errors::quoted;

/// An assessment as a note names it: its title, else its id.
pub fn subject(assessment: &Assessment) -> Subject {
    Subject::of(&assessment.specification.title, &assessment.id)
}

// ---------------------------------------------------------------------------------------------
// Repairs on JSON values, before the model reads them
// ---------------------------------------------------------------------------------------------

/// Removes every `null` member of every object, so that null reads as "missing": optional fields
/// become None and fields with defaults take them, as in Excalidraw's `restore`.
pub fn strip_nulls(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.retain(|_, v| !v.is_null());
            map.values_mut().for_each(strip_nulls);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_nulls),
        _ => {}
    }
}

/// A weight written as null (which is how JSON writes a weight that was not a number) becomes 0,
/// which leaves the section or criterion out of the score, and is reported.
pub fn repair_framework_value(framework: &mut Value, report: &mut Report) {
    let Some(Value::Array(sections)) = framework.get_mut("sections") else {
        return;
    };
    for section in sections.iter_mut() {
        let Some(section) = section.as_object_mut() else {
            continue;
        };
        let section_id = id_of(section);
        null_weight_to_zero(section, || Weight::Section(named(&section_id)), report);
        let Some(Value::Array(criteria)) = section.get_mut("criteria") else {
            continue;
        };
        for criterion in criteria.iter_mut().filter_map(Value::as_object_mut) {
            let criterion_id = id_of(criterion);
            null_weight_to_zero(criterion, || Weight::Criterion(named(&criterion_id)), report);
        }
    }
}

fn id_of(map: &Map<String, Value>) -> String {
    map.get("id").and_then(Value::as_str).unwrap_or("").to_string()
}

fn null_weight_to_zero(map: &mut Map<String, Value>, name: impl Fn() -> Weight, report: &mut Report) {
    if let Some(weight) = map.get_mut("weight").filter(|w| w.is_null()) {
        *weight = Value::from(0.0);
        report.note(ImportNote::WeightNotANumber(name()));
    }
}

/// Fills what an assessment needs and a sensible default exists for: an empty specification, the
/// framework reference (from the framework the file carries, if any), and a missing created or
/// updated time (from the other one, else from the file's export time). Each fill is reported.
pub fn repair_assessment_value(
    assessment: &mut Map<String, Value>,
    framework_ref: Option<Value>,
    exported_at: Option<&str>,
    report: &mut Report,
) {
    let title = assessment.get("specification").and_then(|s| s.get("title")).and_then(Value::as_str);
    let name = Subject::of(title.unwrap_or(""), &id_of(assessment));
    if assessment.get("id").is_none_or(Value::is_null) {
        // Given an id by `normalise_assessment`, which reports it.
        assessment.insert("id".into(), Value::from(""));
    }
    if assessment.get("specification").is_none_or(Value::is_null) {
        assessment.insert("specification".into(), Value::Object(Map::new()));
        report.note(ImportNote::NoSpecification { assessment: name.clone() });
    }
    if assessment.get("framework").is_none_or(Value::is_null) {
        let filled = framework_ref.is_some();
        let reference =
            framework_ref.unwrap_or_else(|| serde_json::json!({ "id": "", "version": "", "rules_hash": "" }));
        assessment.insert("framework".into(), reference);
        report.note(if filled {
            ImportNote::FrameworkFilledIn { assessment: name.clone() }
        } else {
            ImportNote::NoFramework { assessment: name.clone() }
        });
    }
    let created = assessment.get("created_at").and_then(Value::as_str).map(str::to_string);
    let updated = assessment.get("updated_at").and_then(Value::as_str).map(str::to_string);
    for (field, other, created) in [("created_at", &updated, true), ("updated_at", &created, false)] {
        if assessment.get(field).is_some_and(|v| !v.is_null()) {
            continue;
        }
        if let Some(time) = other.as_deref().or(exported_at) {
            assessment.insert(field.into(), Value::from(time));
            let (assessment, time) = (name.clone(), named(time));
            report.note(if created {
                ImportNote::NoCreationTime { assessment, time }
            } else {
                ImportNote::NoLastChangeTime { assessment, time }
            });
        }
    }
}

/// Levels outside 0..=4, negative or not whole (which the model cannot hold) are clamped and
/// rounded onto the scale, and reported. Anything that is not a number is left for the reader to
/// refuse.
pub fn repair_answer_value(
    response: &mut Map<String, Value>,
    criterion_id: &str,
    name: &Subject,
    report: &mut Report,
) {
    let Some(answer) = response.get_mut("answer").and_then(Value::as_object_mut) else {
        return;
    };
    if answer.get("kind").and_then(Value::as_str) != Some("level") {
        return;
    }
    let Some(Value::Number(level)) = answer.get("level") else {
        return;
    };
    if level.as_u64().is_some_and(|l| l <= u64::from(u8::MAX)) {
        return; // Fits the model; levels 5..=255 are clamped on the typed model.
    }
    let clamped = match level.as_f64() {
        Some(l) if l.is_finite() => l.round().clamp(0.0, f64::from(MAX_LEVEL)) as u8,
        _ => 0,
    };
    report.note(ImportNote::LevelOffScale {
        assessment: name.clone(),
        criterion: named(criterion_id),
        found: level.to_string(),
        now: clamped,
    });
    answer.insert("level".into(), Value::from(clamped));
}

// ---------------------------------------------------------------------------------------------
// The typed model
// ---------------------------------------------------------------------------------------------

/// Repairs a framework's weights, then checks it by the rules the editor applies
/// (`domain::validation`), refusing it on the first problem with the field named: every way in
/// (a file, a share link, a stored entry) takes a framework through here. Ids come first, as
/// answers are keyed by criterion id and a duplicate would mix up two criteria's answers.
pub fn normalise_framework(framework: &mut Framework, report: &mut Report) -> Result<(), ImportError> {
    for section in &mut framework.sections {
        repair_weight(&mut section.weight, || Weight::Section(named(&section.id)), report);
        for criterion in &mut section.criteria {
            repair_weight(&mut criterion.weight, || Weight::Criterion(named(&criterion.id)), report);
        }
    }
    let bands = &mut framework.bands;
    for (value, band) in [
        (&mut bands.outstanding, Band::Outstanding),
        (&mut bands.good, Band::Good),
        (&mut bands.requires_improvement, Band::RequiresImprovement),
    ] {
        if let Some((now, found)) = fifteen_digits(value) {
            report.note(ImportNote::BoundDigits { band, found, now });
        }
    }
    check_framework(framework)
}

/// The framework's first problem, if any, as a refusal naming the framework and the field.
pub fn check_framework(framework: &Framework) -> Result<(), ImportError> {
    let Some(refusal) = first_refusal(framework) else { return Ok(()) };
    let id_field = matches!(
        refusal.path,
        FieldPath::Section { field: "id", .. } | FieldPath::Criterion { field: "id", .. }
    );
    let refusal = Box::new(FrameworkRefusal { title: framework.title.clone(), refusal });
    Err(if id_field {
        ImportError::DuplicateId(refusal)
    } else {
        ImportError::Invalid(Invalid::Framework(refusal))
    })
}

/// Numbers are kept to 15 significant digits (see `domain::numbers`): a longer one, which Spec
/// Lens never writes, is rounded once here, so that it reads back the same after every export.
/// Returns what it is now and what it was, written out in full, when it was rounded.
fn fifteen_digits(value: &mut f64) -> Option<(f64, String)> {
    let (rounded, full) = to_fifteen_digits(*value)?;
    *value = rounded;
    Some((rounded, full))
}

/// A negative or missing weight becomes 0 (left out of the score), as old files used it; one over
/// the limit is left for the check to refuse, since no repair would be what the author meant.
fn repair_weight(value: &mut f64, weight: impl Fn() -> Weight, report: &mut Report) {
    if !(value.is_finite() && *value >= 0.0) {
        report.note(ImportNote::NegativeWeight { weight: weight(), found: *value });
        *value = 0.0;
    } else if let Some((now, found)) = fifteen_digits(value) {
        report.note(ImportNote::WeightDigits { weight: weight(), found, now });
    }
}

/// The ids of a framework's criteria, for checking answers against.
pub fn criterion_ids(framework: &Framework) -> HashSet<&str> {
    framework.criteria().map(|(_, c)| c.id.as_str()).collect()
}

/// Normalises one assessment. With `criteria` (the ids of the framework it was scored under),
/// answers to criteria that framework lacks are dropped; without, they are kept unchecked.
pub fn normalise_assessment(
    assessment: &mut Assessment,
    criteria: Option<&HashSet<&str>>,
    report: &mut Report,
) {
    if assessment.id.trim().is_empty() {
        let name = subject(assessment);
        let hash = sha256_hex(canonical_json(&*assessment).as_bytes());
        assessment.id = format!("imported-{}", hash.get(..12).unwrap_or(&hash));
        report.note(ImportNote::NoId { assessment: name, id: assessment.id.clone() });
    }
    let name = subject(assessment);
    if let Some(criteria) = criteria {
        let before = std::mem::take(&mut assessment.responses);
        for (id, response) in before {
            if criteria.contains(id.as_str()) {
                assessment.responses.insert(id, response);
            } else {
                report.note(ImportNote::UnknownCriterion {
                    assessment: name.clone(),
                    criterion: named(&id),
                    answer: given(&response.answer),
                });
            }
        }
    }
    if let Some(document) = assessment.specification.document.as_mut() {
        keep_first_of_each_clause_id(document, &name, report);
    }
    // Built once, on the first citation: most assessments in a file cite few clauses or none.
    let mut clause_ids: Option<(usize, std::collections::HashSet<u32>)> = None;
    for (id, response) in assessment.responses.iter_mut() {
        match &mut response.answer {
            Answer::Level { level } if *level > MAX_LEVEL => {
                report.note(ImportNote::LevelOffScale {
                    assessment: name.clone(),
                    criterion: named(id),
                    found: level.to_string(),
                    now: MAX_LEVEL,
                });
                *level = MAX_LEVEL;
            }
            Answer::NotApplicable { reason } if reason.trim().is_empty() => {
                *reason = no_reason_given().to_string();
                report.note(ImportNote::NoReason {
                    assessment: name.clone(),
                    criterion: named(id),
                    reason: reason.clone(),
                });
            }
            _ => {}
        }
        if response.evidence.iter().all(|e| e.clause.is_none()) {
            continue;
        }
        let (clauses, ids) = clause_ids.get_or_insert_with(|| {
            let ids = assessment.specification.clause_ids();
            (ids.len(), ids.into_iter().collect())
        });
        let clauses = *clauses;
        let evidence = std::mem::take(&mut response.evidence);
        for mut item in evidence {
            match item.clause {
                Some(number) if !ids.contains(&number) => {
                    item.clause = None;
                    let quote_kept = !item.quote.trim().is_empty();
                    report.note(ImportNote::ClauseMissing {
                        assessment: name.clone(),
                        criterion: named(id),
                        clause: number,
                        clauses,
                        quote_kept,
                    });
                    if quote_kept {
                        response.evidence.push(item);
                    }
                }
                _ => response.evidence.push(item),
            }
        }
    }
}

/// Evidence cites a clause by its id, so two clauses with one id (only a hand-edited file has them)
/// would make a citation ambiguous: the first keeps the id, and later ones are left out.
fn keep_first_of_each_clause_id(document: &mut crate::domain::Document, name: &Subject, report: &mut Report) {
    use crate::domain::document::Block;
    let mut seen = HashSet::new();
    let before = document.blocks.len();
    document.blocks.retain(|block| match block {
        Block::Clause { id, .. } => seen.insert(*id),
        Block::Heading { .. } => true,
    });
    let dropped = before - document.blocks.len();
    if dropped > 0 {
        report.note(ImportNote::RepeatedClauseIds { assessment: name.clone(), dropped });
    }
}

/// The answer, as a note describes it.
fn given(answer: &Answer) -> Given {
    match answer {
        Answer::Level { level } => Given::Level(*level),
        Answer::NotApplicable { .. } => Given::NotApplicable,
        Answer::InsufficientEvidence => Given::InsufficientEvidence,
    }
}

/// A new id for an imported assessment kept beside one with the same id: "<id>-copy", then
/// "<id>-copy-2", "<id>-copy-3"… the first that is not taken.
pub fn keep_both_id(id: &str, taken: &HashSet<String>, next: &mut HashMap<String, usize>) -> String {
    let counter = next.entry(id.to_string()).or_insert(1);
    loop {
        let candidate = if *counter == 1 { format!("{id}-copy") } else { format!("{id}-copy-{counter}") };
        *counter += 1;
        if !taken.contains(&candidate) {
            return candidate;
        }
    }
}
