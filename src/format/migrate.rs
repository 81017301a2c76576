//! Migrations of old file formats, one step at a time, as pure functions over JSON values.
//!
//! Each entry of [`MIGRATIONS`] turns a file of format `from` into one of format `from + 1`. The
//! importer runs every step from the file's version up to [`FILE_VERSION`] in order. Rules (after
//! Excalidraw's `SCHEMA_MIGRATIONS`): integer versions only; one step per version, in order, with
//! no gaps (a test checks it); a step relies only on fields that format really wrote; a step
//! leaves anything it does not recognise as it was, so that the later reading stage reports it
//! with a clear message instead of the migration guessing. Each historical format keeps a fixture
//! in `tests/fixtures/v<N>-*.speclens.json` that must keep opening.
//!
//! ## Format 0: the pre-release layout
//!
//! Pre-release builds wrote `{"format":"spec-lens","kind":…,"version":0,"exported_at":…,"payload":…}`
//! with no `app` and no `content_hash`, and the payloads of format 1 (`{assessment, framework}`,
//! `{assessments, frameworks}`, `{framework}`) except for three details:
//! - a response held its answer in flat fields instead of a tagged `answer`:
//!   `{"level": 3}`, `{"na": "reason"}` or `{"insufficient": true}`, beside `rationale` and `evidence`;
//! - evidence cited its clause as a string: `{"clause": "4", "quote": …}`;
//! - a source's `year` was a string: `"2019"`, or `""` when the source gave none.
//!
//! ## Format 1
//!
//! Written by `format::envelope`: `answer` is `{"kind":"level","level":3}`,
//! `{"kind":"not_applicable","reason":…}` or `{"kind":"insufficient_evidence"}`; clauses and years
//! are numbers or null; the envelope carries `app` and `content_hash`. A specification held only
//! its pasted `text`, split into clauses numbered 1..N; evidence cites those numbers.
//!
//! ## Format 2
//!
//! A specification may also carry `document`: the file it was opened from (name, size, SHA-256,
//! when) and its headings and clauses, each clause with a stable `id`, its `label` as the document
//! shows it and, from a PDF, its `page`. Evidence cites a clause by that id. A specification with
//! no document is read as format 1 wrote it: its `text`, split the same way, so the numbers that
//! format-1 evidence cites are the ids of the same clauses. The step from 1 therefore changes no
//! data; it exists so that a format-1 reader refuses a format-2 file (naming both versions)
//! instead of opening it without its document and dropping every citation into it.
//!
//! ## Format 3
//!
//! A framework may carry `critical_caps` (from how many failed critical criteria the band is held
//! at Inadequate) and `timescale_rules.criteria` (the criterion each timescale finding bears on),
//! and its criteria `search_terms`. The first changes results, so a format-2 reader, which would
//! ignore it and give a better band than the framework allows, must refuse the file instead: the
//! step from 2 changes no data, as a format-2 framework has none of these fields.
//!
//! ## Format 4: the current layout
//!
//! An assessment's `framework.rules_hash` is the rules hash of the scoring rules alone (ids,
//! weights, critical flags, the scale's levels, bands, caps, timescale rules; `domain::rules_hash`
//! says exactly what), no longer of the whole framework with its wording. A framework may carry
//! its own `language` (absent: "en") and its wording in other `languages`; the envelope says which
//! `language` the file was written in (absent: "en").
//!
//! The step from 3 writes the envelope's `language` as "en". It cannot rewrite the rules hash: the
//! old hash was taken of the framework as the app held it, with every default filled in, which
//! only the reading stage has. So the importer does it (`format::import`): an assessment whose
//! reference is the framework hash (`domain::framework_hash`, what format 3 called the rules hash)
//! of the framework it comes with, or of one in the same library file, gets that framework's rules
//! hash. A format-3 reader must refuse a format-4 file: it would find the new hashes match no
//! framework and report every assessment as scored under other rules.
//!
//! ### Within format 4: the workshop's words as structure
//!
//! Format 4 files first held an agreed assessment's assessor as the English "Agreed in workshop (3
//! scorers)" and a scorer without a name as "Assessor B". Both are now structure, worded when shown:
//! the agreed assessment has no assessor of its own (its provenance says it was agreed) and a
//! scorer without a name is written "" (`null` is read too). No step or new version: every reader
//! (file, share link, stored entry) reads the old English back (`domain::moderation::read_old_words`,
//! and `Provenance`'s own reading of its scorers) where it is exactly what the old code wrote, and
//! keeps any other text as the user's. An earlier format-4 reader opens a new file, link or entry
//! with nothing lost, only showing a blank assessor and a blank heading for such a scorer.

use serde_json::{Map, Value};

use super::envelope::FILE_VERSION;
use super::errors::{ImportError, Invalid};

/// One step: turns a whole file (the envelope with its payload) of format `from` into format
/// `from + 1`. The caller sets `version`.
pub type Migration = fn(Value) -> Result<Value, ImportError>;

/// The first format whose envelope records a content hash.
pub const FIRST_HASHED_VERSION: u32 = 1;

/// Files of this format or later are read as they are: the steps from it change no data (see
/// format 2 above), so the importer does not tell the user that their file was converted.
pub const UNCHANGED_SINCE: u32 = 1;

/// Every step, in order of the version it starts from.
pub const MIGRATIONS: &[(u32, Migration)] = &[(0, v0_to_v1), (1, v1_to_v2), (2, v2_to_v3), (3, v3_to_v4)];

/// Runs every step from `from` up to [`FILE_VERSION`]. A file already at the current version is
/// returned as it is.
pub fn migrate(mut file: Value, from: u32) -> Result<Value, ImportError> {
    let mut version = from;
    while version < FILE_VERSION {
        let step = MIGRATIONS
            .iter()
            .find(|(start, _)| *start == version)
            .map(|(_, step)| *step)
            .ok_or(ImportError::Invalid(Invalid::CannotConvert(version)))?;
        file = step(file)?;
        version += 1;
        if let Some(envelope) = file.as_object_mut() {
            envelope.insert("version".into(), Value::from(version));
        }
    }
    Ok(file)
}

/// Format 3 → 4: the file was written in English, the only language before format 4. The rules
/// hash is rewritten by the importer (see the module's notes).
fn v3_to_v4(mut file: Value) -> Result<Value, ImportError> {
    if let Some(envelope) = file.as_object_mut() {
        envelope.entry("language").or_insert_with(|| Value::from(crate::domain::framework::DEFAULT_LANGUAGE));
    }
    Ok(file)
}

/// Format 2 → 3: nothing to change (see the module's notes): a format-2 framework has no critical
/// caps, no timescale criteria and no search terms, which is what their absence means.
fn v2_to_v3(file: Value) -> Result<Value, ImportError> {
    Ok(file)
}

/// Format 1 → 2: nothing to change (see the module's notes): a specification without a document
/// is read from its text, as format 1 was.
fn v1_to_v2(file: Value) -> Result<Value, ImportError> {
    Ok(file)
}

/// Format 0 → 1: flat answers become tagged ones; clause and year strings become numbers.
fn v0_to_v1(mut file: Value) -> Result<Value, ImportError> {
    let Some(payload) = file.get_mut("payload").and_then(Value::as_object_mut) else {
        // Nothing to convert; the reading stage reports the missing or malformed payload.
        return Ok(file);
    };
    if let Some(assessment) = payload.get_mut("assessment") {
        v0_assessment(assessment);
    }
    if let Some(Value::Array(assessments)) = payload.get_mut("assessments") {
        assessments.iter_mut().for_each(v0_assessment);
    }
    if let Some(framework) = payload.get_mut("framework") {
        v0_framework(framework);
    }
    if let Some(Value::Array(frameworks)) = payload.get_mut("frameworks") {
        frameworks.iter_mut().for_each(v0_framework);
    }
    Ok(file)
}

fn v0_assessment(assessment: &mut Value) {
    let Some(Value::Object(responses)) = assessment.get_mut("responses") else {
        return;
    };
    for response in responses.values_mut() {
        let Value::Object(response) = response else {
            continue;
        };
        v0_answer(response);
        if let Some(Value::Array(evidence)) = response.get_mut("evidence") {
            for item in evidence.iter_mut() {
                if let Some(clause) = item.get_mut("clause") {
                    *clause = number_from_string(clause);
                }
            }
        }
    }
}

/// `{"na": reason}` wins over `{"insufficient": true}`, which wins over `{"level": n}`, the order
/// the pre-release editor checked them in. A response with none of them had no answer, and is
/// left without one: the reading stage drops it and says so.
fn v0_answer(response: &mut Map<String, Value>) {
    let na = response.remove("na");
    let insufficient = response.remove("insufficient");
    let level = response.remove("level");
    if response.contains_key("answer") {
        return;
    }
    let answer = match (na, insufficient, level) {
        (Some(reason), _, _) if !reason.is_null() => {
            let reason = match reason {
                Value::String(s) => s,
                _ => String::new(),
            };
            serde_json::json!({ "kind": "not_applicable", "reason": reason })
        }
        (_, Some(Value::Bool(true)), _) => serde_json::json!({ "kind": "insufficient_evidence" }),
        (_, _, Some(level)) if !level.is_null() => serde_json::json!({ "kind": "level", "level": level }),
        _ => return,
    };
    response.insert("answer".into(), answer);
}

fn v0_framework(framework: &mut Value) {
    let Some(Value::Array(sections)) = framework.get_mut("sections") else {
        return;
    };
    let criteria = sections
        .iter_mut()
        .filter_map(|s| match s.get_mut("criteria") {
            Some(Value::Array(criteria)) => Some(criteria),
            _ => None,
        })
        .flatten();
    for criterion in criteria {
        if let Some(Value::Array(sources)) = criterion.get_mut("sources") {
            for source in sources.iter_mut() {
                if let Some(year) = source.get_mut("year") {
                    *year = number_from_string(year);
                }
            }
        }
    }
}

/// "4" → 4, " 2019 " → 2019, "" or "n.d." → null; anything that is not a string is kept.
fn number_from_string(value: &Value) -> Value {
    match value {
        Value::String(s) => s.trim().parse::<u64>().map(Value::from).unwrap_or(Value::Null),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_ordered_without_gaps_and_end_at_the_current_version() {
        let starts: Vec<u32> = MIGRATIONS.iter().map(|(from, _)| *from).collect();
        let expected: Vec<u32> = (0..FILE_VERSION).collect();
        assert_eq!(starts, expected);
    }

    #[test]
    fn v0_answers_become_tagged() {
        let file = serde_json::json!({
            "format": "spec-lens", "kind": "assessment", "version": 0,
            "payload": { "assessment": { "responses": {
                "a": { "level": 3, "rationale": "r" },
                "b": { "na": "no housing" },
                "c": { "insufficient": true },
                "d": { "rationale": "nothing chosen" },
                "e": { "answer": { "kind": "level", "level": 1 } },
                "f": { "level": 2, "evidence": [{ "clause": "4", "quote": "q" }, { "clause": "iv", "quote": "q" }] }
            } } }
        });
        let out = migrate(file, 0).expect("migrates");
        assert_eq!(out["version"], FILE_VERSION);
        let r = &out["payload"]["assessment"]["responses"];
        assert_eq!(
            r["a"],
            serde_json::json!({ "answer": { "kind": "level", "level": 3 }, "rationale": "r" })
        );
        assert_eq!(r["b"]["answer"], serde_json::json!({ "kind": "not_applicable", "reason": "no housing" }));
        assert_eq!(r["c"]["answer"], serde_json::json!({ "kind": "insufficient_evidence" }));
        assert_eq!(r["d"], serde_json::json!({ "rationale": "nothing chosen" }));
        assert_eq!(r["e"]["answer"], serde_json::json!({ "kind": "level", "level": 1 }));
        assert_eq!(r["f"]["evidence"][0]["clause"], 4);
        assert_eq!(r["f"]["evidence"][1]["clause"], Value::Null);
    }

    #[test]
    fn v0_years_become_numbers() {
        let file = serde_json::json!({
            "version": 0,
            "payload": { "frameworks": [{ "sections": [{ "criteria": [{ "sources": [
                { "year": "2019" }, { "year": "" }, { "year": 2020 }, {}
            ] }] }] }] }
        });
        let out = migrate(file, 0).expect("migrates");
        let sources = &out["payload"]["frameworks"][0]["sections"][0]["criteria"][0]["sources"];
        assert_eq!(sources[0]["year"], 2019);
        assert_eq!(sources[1]["year"], Value::Null);
        assert_eq!(sources[2]["year"], 2020);
        assert_eq!(sources[3], serde_json::json!({}));
    }

    #[test]
    fn shapes_it_does_not_know_are_left_alone() {
        for file in [serde_json::json!(null), serde_json::json!([1]), serde_json::json!({ "payload": 3 })] {
            let out = migrate(file.clone(), 0).expect("never fails on shape");
            if let Value::Object(map) = &out {
                assert_eq!(map.get("version"), Some(&Value::from(FILE_VERSION)));
            } else {
                assert_eq!(out, file);
            }
        }
    }

    #[test]
    fn current_version_is_returned_as_it_is() {
        let file = serde_json::json!({ "version": FILE_VERSION, "payload": { "x": 1 } });
        assert_eq!(migrate(file.clone(), FILE_VERSION).expect("no steps"), file);
    }
}
