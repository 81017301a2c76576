//! Reading a `.speclens.json` file back: the one entry point [`import`], its typed errors, and the
//! helpers the UI needs to decide what to do with what was read (replace or keep both).
//!
//! The steps, in order, each able to refuse the file with one [`ImportError`]:
//! 1. the size cap, on the byte length, before anything is parsed;
//! 2. UTF-8 (a byte-order mark is allowed and skipped);
//! 3. the header alone (`format`, `kind`, `version`; everything else is skipped unread);
//! 4. dispatch on `version`: newer than this app reads is refused naming both versions; older is
//!    migrated step by step (`format::migrate`);
//! 5. the payload read into the model, with unknown fields ignored, null read as missing, and
//!    defaults where a sensible one exists (`format::normalise`);
//! 6. normalisation and validation of the model (`format::normalise`).
//!
//! Nothing here touches storage: a refused file changes nothing, and what is returned is only a
//! proposal the UI shows before anything is saved. What normalisation changed comes back as
//! `report`, one note per change (`format::notes`), worded when shown. A content hash that does not match (the file was edited by
//! hand) and a framework whose rules differ from those the assessment recorded are reported,
//! never fatal. An assessment from before file format 4 recorded its framework's framework hash
//! (`domain::rules_hash`): when it is that of the framework it comes with, it is rewritten to the
//! rules hash, silently, as nothing about the work changed.
//!
//! The envelope's `language` (the language the file was written in, "en" or "cy") is returned in
//! [`FileInfo`]; absent means English, and a language Spec Lens does not have is read as English,
//! with a note.
//!
//! Robustness: serde_json refuses nesting deeper than 128 levels with an error (no stack
//! overflow), the header is read with `IgnoredAny` (iterative, no recursion), and every check is
//! linear in the size of the file.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use serde::de::{DeserializeOwned, Error as _, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::{Map, Value};

use super::envelope::{AssessmentPayload, FrameworkPayload, Kind, LibraryPayload, FILE_VERSION, FORMAT};
use super::migrate::{migrate, FIRST_HASHED_VERSION, UNCHANGED_SINCE};
use super::normalise::{
    criterion_ids, normalise_assessment, normalise_framework, repair_answer_value, repair_assessment_value,
    repair_framework_value, strip_nulls, subject, Report,
};
use super::notes::{named, ImportNote, LanguageFound, Subject};
use crate::domain::framework::{Language, DEFAULT_LANGUAGE};
use crate::domain::json::from_value;
use crate::domain::moderation::Provenance;
use crate::domain::rfc3339::parse_date_time;
use crate::domain::{
    framework_hash, rules_hash, sha256_hex, Assessment, BandThresholds, Criterion, Evidence, Framework,
    FrameworkRef, KeyDates, LevelDef, Response, RulesHashes, Scale, Section, Source, Specification,
    TimescaleRules,
};

pub use super::errors::{ImportError, Invalid, Missing, ValueType, WrongType, MAX_DEPTH, MAX_FILE_BYTES};

/// Details quoted from the parser are cut to this many characters.
const MAX_DETAIL_CHARS: usize = 200;

/// What the envelope said about the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileInfo {
    /// The file format the file was written in, before any migration.
    pub version: u32,
    /// The version of Spec Lens that wrote it, if it says (format 0 did not).
    pub app: Option<String>,
    /// When it was exported, if it says and the time reads.
    pub exported_at: Option<DateTime<Utc>>,
    /// Whether the content hash matches the payload as found in the file: None when the file
    /// carries none (format 0 files, hand-made files). A mismatch is also in the report.
    pub content_hash_matches: Option<bool>,
    /// The language the file was written in, as a code ("en", "cy"): English when it does not say
    /// (every file before format 4) or names a language Spec Lens does not have.
    pub language: String,
}

/// A file that was read, normalised and validated: one variant per kind, each with what the
/// envelope said and the report of what normalisation changed (empty when nothing did).
#[derive(Clone, Debug, PartialEq)]
pub enum Imported {
    Assessment { payload: Box<AssessmentPayload>, file: FileInfo, report: Vec<ImportNote> },
    Library { payload: LibraryPayload, file: FileInfo, report: Vec<ImportNote> },
    Framework { payload: Box<FrameworkPayload>, file: FileInfo, report: Vec<ImportNote> },
}

impl Imported {
    pub fn kind(&self) -> Kind {
        match self {
            Imported::Assessment { .. } => Kind::Assessment,
            Imported::Library { .. } => Kind::Library,
            Imported::Framework { .. } => Kind::Framework,
        }
    }

    /// What normalisation changed, one note per change, at most about a hundred.
    pub fn notes(&self) -> &[ImportNote] {
        match self {
            Imported::Assessment { report, .. }
            | Imported::Library { report, .. }
            | Imported::Framework { report, .. } => report,
        }
    }

    /// The notes worded in the current language, one sentence each (`i18n::notes`).
    pub fn report(&self) -> Vec<String> {
        crate::i18n::notes::words(self.notes())
    }

    pub fn file(&self) -> &FileInfo {
        match self {
            Imported::Assessment { file, .. }
            | Imported::Library { file, .. }
            | Imported::Framework { file, .. } => file,
        }
    }

    /// Every assessment the file holds, in file order.
    pub fn assessments(&self) -> Vec<&Assessment> {
        match self {
            Imported::Assessment { payload, .. } => vec![&payload.assessment],
            Imported::Library { payload, .. } => payload.assessments.iter().collect(),
            Imported::Framework { .. } => Vec::new(),
        }
    }

    /// Every framework the file holds, in file order.
    pub fn frameworks(&self) -> Vec<&Framework> {
        match self {
            Imported::Assessment { payload, .. } => vec![&payload.framework],
            Imported::Library { payload, .. } => payload.frameworks.iter().collect(),
            Imported::Framework { payload, .. } => vec![&payload.framework],
        }
    }
}

/// Reads a file's bytes. `expected` is the kind the caller asked for; None accepts any kind.
pub fn import(bytes: &[u8], expected: Option<Kind>) -> Result<Imported, ImportError> {
    import_remembering(bytes, expected, &mut Batch::default())
}

/// `import`, for one file of a batch: what earlier files of the batch taught (`Batch`) is not
/// worked out again.
pub fn import_remembering(
    bytes: &[u8],
    expected: Option<Kind>,
    batch: &mut Batch,
) -> Result<Imported, ImportError> {
    let opened = open(bytes, expected)?;
    let payload_hash = opened.to_hash().map(|text| sha256_hex(text.as_bytes()));
    opened.finish(payload_hash.as_deref(), batch)
}

/// What the files read so far in one batch have taught: the rules hashes of the frameworks met,
/// and the frameworks assessment files carried, as written and as read. Fifty workshop files each
/// carry the same framework; reading it (repairs, the model, normalising, the one check) is a
/// function of its JSON alone, so a framework written exactly as one read before is that
/// framework, with the same notes, and comparing the two values is cheaper than reading it again.
#[derive(Default)]
pub struct Batch {
    hashes: RulesHashes,
    frameworks: Vec<ReadBefore>,
}

/// A framework read earlier in the batch: where in its file, as written, and what reading it gave.
struct ReadBefore {
    path: &'static str,
    value: Value,
    framework: Framework,
    report: Report,
}

impl Batch {
    /// A batch that knows the page's own frameworks and their rules hashes already.
    pub fn knowing(page: Vec<(String, Framework)>) -> Batch {
        Batch { hashes: RulesHashes::knowing(page), frameworks: Vec::new() }
    }

    /// The framework's rules hash, hashed only if no framework met before is equal to it.
    pub fn rules_hash(&mut self, framework: &Framework) -> String {
        self.hashes.of(framework)
    }

    /// `decode_framework`, or what it gave for the same value before. Refusals are not kept: a
    /// framework that cannot be read is read (and refused) again.
    fn framework(
        &mut self,
        value: Value,
        path: &'static str,
        report: &mut Report,
    ) -> Result<Framework, ImportError> {
        if let Some(before) = self.frameworks.iter().find(|b| b.path == path && b.value == value) {
            report.extend(before.report.clone());
            return Ok(before.framework.clone());
        }
        let mut own = Report::default();
        let framework = decode_framework(value.clone(), path, &mut own)?;
        report.extend(own.clone());
        self.frameworks.push(ReadBefore { path, value, framework: framework.clone(), report: own });
        Ok(framework)
    }
}

/// A file read as far as its content hash: `import` in two steps, so that the page can hash the
/// payload with the browser's own SHA-256 in between (see `browser::digest`).
pub struct Opened {
    kind: Kind,
    version: u32,
    root: Map<String, Value>,
    exported_at_text: Option<String>,
    exported_at: Option<DateTime<Utc>>,
    app: Option<String>,
    language: String,
    /// A note for the report when the file names a language Spec Lens does not have.
    language_note: Option<ImportNote>,
    /// What the file records as its content hash, and the text it should be the hash of.
    hash: PayloadHash,
}

enum PayloadHash {
    /// The file's format has no content hash (format 0), or there is no payload to hash.
    NotRecorded,
    /// The format has one, but this file carries none.
    Missing,
    Recorded {
        recorded: String,
        canonical: String,
    },
}

/// Reads the bytes, checks the header and parses the JSON: everything before the content hash.
pub fn open(bytes: &[u8], expected: Option<Kind>) -> Result<Opened, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len(), limit: MAX_FILE_BYTES });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes); // not worded: the byte-order mark
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotUtf8)?;
    if text.trim_matches(JSON_WHITESPACE).is_empty() {
        return Err(ImportError::Empty);
    }
    let Envelope(root) = read_envelope(text)?;
    let (kind, version) = check_header(&root, expected)?;
    let exported_at_text = root.get("exported_at").and_then(Value::as_str).map(str::to_string);
    let exported_at = exported_at_text.as_deref().and_then(parse_date_time);
    let exported_at_text = exported_at.and(exported_at_text);
    let app = root.get("app").and_then(Value::as_str).map(|a| a.chars().take(100).collect());
    let (language, language_note) = file_language(root.get("language"));
    // Every format from 1 records a content hash of its payload, which migration leaves alone.
    let hashed = version >= FIRST_HASHED_VERSION;
    let hash = match (hashed, root.get("content_hash"), root.get("payload")) {
        (true, Some(Value::String(recorded)), Some(payload)) => PayloadHash::Recorded {
            recorded: recorded.clone(),
            // A parsed payload's compact JSON is canonical as it is (its maps are sorted).
            canonical: serde_json::to_string(payload).unwrap_or_default(),
        },
        (true, _, Some(_)) => PayloadHash::Missing,
        _ => PayloadHash::NotRecorded,
    };
    Ok(Opened { kind, version, root, exported_at_text, exported_at, app, language, language_note, hash })
}

/// The file's language: absent (or null) is English; a code Spec Lens does not have is read as
/// English, with a note saying so.
fn file_language(value: Option<&Value>) -> (String, Option<ImportNote>) {
    let english = DEFAULT_LANGUAGE.to_string();
    match value {
        None | Some(Value::Null) => (english, None),
        Some(Value::String(code)) if Language::from_code(code).is_some() => (code.clone(), None),
        Some(other) => {
            let found = match other {
                Value::String(code) => LanguageFound::Code(named(code)),
                other => LanguageFound::Type(ValueType::of(other)),
            };
            (english, Some(ImportNote::UnknownLanguage(found)))
        }
    }
}

impl Opened {
    /// The text whose SHA-256 the file records as its content hash, if it records one.
    pub fn to_hash(&self) -> Option<&str> {
        match &self.hash {
            PayloadHash::Recorded { canonical, .. } => Some(canonical),
            _ => None,
        }
    }

    /// Compares the content hash, given the SHA-256 of `to_hash()` as lowercase hex, then
    /// migrates, normalises and reads the payload.
    pub fn finish(self, payload_sha256: Option<&str>, batch: &mut Batch) -> Result<Imported, ImportError> {
        let Opened {
            kind,
            version,
            mut root,
            exported_at_text,
            exported_at,
            app,
            language,
            language_note,
            hash,
        } = self;
        let mut report = Report::default();
        if let Some(note) = language_note {
            report.note(note);
        }
        let mut content_hash_matches = None;
        match hash {
            PayloadHash::Recorded { recorded, .. } => {
                let matches = payload_sha256.is_some_and(|hex| recorded.strip_prefix("sha256:") == Some(hex));
                if !matches {
                    report.note(ImportNote::HashMismatch);
                }
                content_hash_matches = Some(matches);
            }
            PayloadHash::Missing => report.note(ImportNote::NoHash),
            PayloadHash::NotRecorded => {}
        }

        if version < FILE_VERSION {
            let migrated = migrate(Value::Object(root), version)?;
            root = match migrated {
                Value::Object(map) => map,
                _ => return Err(ImportError::NotSpecLens),
            };
            if version < UNCHANGED_SINCE {
                report.note(ImportNote::Converted { version, current: FILE_VERSION });
            }
        }
        let payload = root
            .remove("payload")
            .filter(|p| !p.is_null())
            .ok_or(ImportError::MissingField(Missing::Payload))?;
        drop(root);

        let file = FileInfo { version, app, exported_at, content_hash_matches, language };
        let exported_at = exported_at_text.as_deref();
        match kind {
            Kind::Assessment => {
                let payload = import_assessment(payload, exported_at, batch, &mut report)?;
                Ok(Imported::Assessment { payload: Box::new(payload), file, report: report.finish() })
            }
            Kind::Library => {
                let payload = import_library(payload, exported_at, &mut report)?;
                Ok(Imported::Library { payload, file, report: report.finish() })
            }
            Kind::Framework => {
                let framework = import_framework(payload, &mut report)?;
                Ok(Imported::Framework {
                    payload: Box::new(FrameworkPayload { framework }),
                    file,
                    report: report.finish(),
                })
            }
            Kind::Moderation => Err(ImportError::UnsupportedKind(Kind::Moderation.name().into())),
        }
    }
}

const JSON_WHITESPACE: [char; 4] = [' ', '\t', '\n', '\r'];

/// The envelope's header fields: each may appear only once (a file naming two versions is ambiguous).
const HEADER_FIELDS: [&str; 3] = ["format", "kind", "version"];

/// A file's top-level object, read in one pass over its text, its header fields checked as they
/// are met.
struct Envelope(Map<String, Value>);

fn read_envelope(text: &str) -> Result<Envelope, ImportError> {
    if !text.trim_start_matches(JSON_WHITESPACE).starts_with('{') {
        // Not an object: valid JSON of another shape, or not JSON at all.
        return match serde_json::from_str::<IgnoredAny>(text) {
            Ok(_) => Err(ImportError::NotSpecLens),
            Err(e) => Err(json_error(e)),
        };
    }
    serde_json::from_str(text).map_err(json_error)
}

impl<'de> Deserialize<'de> for Envelope {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(EnvelopeVisitor)
    }
}

struct EnvelopeVisitor;

impl<'de> Visitor<'de> for EnvelopeVisitor {
    type Value = Envelope;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a Spec Lens file") // not worded: the JSON reader's own words, quoted as they are
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Envelope, A::Error> {
        let mut root = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let value: Value = map.next_value()?;
            if let Some(name) = HEADER_FIELDS.into_iter().find(|name| *name == key) {
                if root.contains_key(name) {
                    return Err(A::Error::duplicate_field(name));
                }
            }
            root.insert(key, value);
        }
        Ok(Envelope(root))
    }
}

/// Checks the header and returns the kind and version, in the order a user can act on: not a
/// Spec Lens file, then the wrong kind, then a version too new.
fn check_header(root: &Map<String, Value>, expected: Option<Kind>) -> Result<(Kind, u32), ImportError> {
    if root.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotSpecLens);
    }
    let version = match root.get("version") {
        Some(Value::Number(n)) => {
            n.as_u64().ok_or_else(|| ImportError::WrongType(WrongType::VersionNumber(n.to_string())))?
        }
        Some(other) => return Err(ImportError::WrongType(WrongType::Version(ValueType::of(other)))),
        None => return Err(ImportError::MissingField(Missing::Version)),
    };
    let too_new = version > u64::from(FILE_VERSION);
    let kind = match root.get("kind") {
        Some(Value::String(name)) => match Kind::from_name(name) {
            Some(kind) => kind,
            None if too_new => return Err(ImportError::TooNew { found: version, supported: FILE_VERSION }),
            None => return Err(ImportError::UnsupportedKind(name.clone())),
        },
        Some(other) => return Err(ImportError::WrongType(WrongType::Kind(ValueType::of(other)))),
        None => return Err(ImportError::MissingField(Missing::Kind)),
    };
    if let Some(expected) = expected.filter(|e| *e != kind) {
        return Err(ImportError::WrongKind { found: kind, expected });
    }
    if too_new {
        return Err(ImportError::TooNew { found: version, supported: FILE_VERSION });
    }
    // Not too new, so it fits.
    Ok((kind, version as u32))
}

fn json_error(e: serde_json::Error) -> ImportError {
    let message = e.to_string();
    if message.starts_with("recursion limit exceeded") {
        return ImportError::TooDeep;
    }
    match e.classify() {
        serde_json::error::Category::Data => ImportError::Invalid(Invalid::AmbiguousHeader(cut(&message))),
        _ => ImportError::NotJson(cut(&message)),
    }
}

fn cut(text: &str) -> String {
    let mut out: String = text.chars().take(MAX_DETAIL_CHARS).collect();
    if text.chars().nth(MAX_DETAIL_CHARS).is_some() {
        out.push('…');
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The kinds
// ---------------------------------------------------------------------------------------------

fn import_assessment(
    payload: Value,
    exported_at: Option<&str>,
    batch: &mut Batch,
    report: &mut Report,
) -> Result<AssessmentPayload, ImportError> {
    let Value::Object(mut payload) = payload else {
        let found = ValueType::of(&payload);
        return Err(ImportError::WrongType(WrongType::Payload { kind: Kind::Assessment, found }));
    };
    let framework = payload
        .remove("framework")
        .filter(|v| !v.is_null())
        .ok_or(ImportError::MissingField(Missing::InPayload("framework")))?;
    let assessment = payload
        .remove("assessment")
        .filter(|v| !v.is_null())
        .ok_or(ImportError::MissingField(Missing::InPayload("assessment")))?;
    drop(payload);
    let framework = batch.framework(framework, "payload.framework", report)?;
    let hash = batch.rules_hash(&framework);
    let reference =
        serde_json::json!({ "id": framework.id, "version": framework.version, "rules_hash": hash });
    let mut assessment =
        decode_assessment(assessment, "payload.assessment", Some(reference), exported_at, report)?;
    normalise_assessment(&mut assessment, Some(&criterion_ids(&framework)), report);
    check_reference(&mut assessment, &framework, &hash, report);
    Ok(AssessmentPayload { assessment, framework })
}

fn import_framework(payload: Value, report: &mut Report) -> Result<Framework, ImportError> {
    let Value::Object(mut payload) = payload else {
        let found = ValueType::of(&payload);
        return Err(ImportError::WrongType(WrongType::Payload { kind: Kind::Framework, found }));
    };
    let framework = payload
        .remove("framework")
        .filter(|v| !v.is_null())
        .ok_or(ImportError::MissingField(Missing::InPayload("framework")))?;
    decode_framework(framework, "payload.framework", report)
}

/// A library is read item by item, as Excalidraw restores element by element: a framework or an
/// assessment that cannot be read is left out and reported, and the rest opens. Only when nothing
/// at all can be read is the file refused, with the first item's error.
fn import_library(
    payload: Value,
    exported_at: Option<&str>,
    report: &mut Report,
) -> Result<LibraryPayload, ImportError> {
    let Value::Object(mut payload) = payload else {
        let found = ValueType::of(&payload);
        return Err(ImportError::WrongType(WrongType::Payload { kind: Kind::Library, found }));
    };
    let framework_values = take_list(&mut payload, "frameworks")?;
    let assessment_values = take_list(&mut payload, "assessments")?;
    drop(payload);
    let mut first_error: Option<ImportError> = None;

    let mut frameworks: Vec<Framework> = Vec::with_capacity(framework_values.len());
    let mut by_name: HashMap<(String, String), usize> = HashMap::new();
    for (i, value) in framework_values.into_iter().enumerate() {
        let mut notes = Report::default();
        match decode_framework(value, &format!("payload.frameworks[{i}]"), &mut notes) {
            Ok(framework) => {
                let key = (framework.id.clone(), framework.version.clone());
                match by_name.get(&key) {
                    Some(&kept) if frameworks[kept] == framework => report.note(ImportNote::FrameworkTwice {
                        title: named(&framework.title),
                        version: named(&framework.version),
                    }),
                    Some(_) => report.note(ImportNote::FrameworkIdClash {
                        id: named(&framework.id),
                        version: named(&framework.version),
                        n: i + 1,
                    }),
                    None => {
                        report.extend(notes);
                        by_name.insert(key, frameworks.len());
                        frameworks.push(framework);
                    }
                }
            }
            Err(e) => {
                report.note(ImportNote::FrameworkLeftOut { n: i + 1, error: Box::new(e.clone()) });
                first_error.get_or_insert(e);
            }
        }
    }

    let hashes: Vec<String> = frameworks.iter().map(rules_hash).collect();
    let by_hash: HashMap<&str, usize> = hashes.iter().enumerate().map(|(i, h)| (h.as_str(), i)).collect();
    // The frameworks' framework hashes, which assessments from before format 4 recorded: worked
    // out only when an assessment's reference is not a rules hash in the file.
    let mut by_old_hash: Option<HashMap<String, usize>> = None;
    let criteria: Vec<HashSet<&str>> = frameworks.iter().map(criterion_ids).collect();
    let mut assessments: Vec<Assessment> = Vec::with_capacity(assessment_values.len());
    for (i, value) in assessment_values.into_iter().enumerate() {
        let mut notes = Report::default();
        match decode_assessment(value, &format!("payload.assessments[{i}]"), None, exported_at, &mut notes) {
            Ok(mut assessment) => {
                let reference = &assessment.framework;
                let found = by_hash
                    .get(reference.rules_hash.as_str())
                    .copied()
                    .or_else(|| {
                        by_old_hash
                            .get_or_insert_with(|| {
                                frameworks.iter().enumerate().map(|(i, f)| (framework_hash(f), i)).collect()
                            })
                            .get(&reference.rules_hash)
                            .copied()
                    })
                    .or_else(|| by_name.get(&(reference.id.clone(), reference.version.clone())).copied());
                normalise_assessment(&mut assessment, found.map(|k| &criteria[k]), &mut notes);
                match found {
                    Some(k) => check_reference(&mut assessment, &frameworks[k], &hashes[k], &mut notes),
                    None if assessment.framework == FrameworkRef::default() => {}
                    None => notes.note(ImportNote::FrameworkNotInFile {
                        assessment: subject(&assessment),
                        id: named(&assessment.framework.id),
                        version: named(&assessment.framework.version),
                    }),
                }
                report.extend(notes);
                assessments.push(assessment);
            }
            Err(e) => {
                report.note(ImportNote::AssessmentLeftOut { n: i + 1, error: Box::new(e.clone()) });
                first_error.get_or_insert(e);
            }
        }
    }
    drop(criteria);
    drop(by_hash);

    if frameworks.is_empty() && assessments.is_empty() {
        if let Some(e) = first_error {
            return Err(e);
        }
    }
    let assessments = dedupe_assessments(assessments, report);
    Ok(LibraryPayload { assessments, frameworks })
}

/// Two assessments with one id: an identical copy is kept once; a different one is kept beside
/// the first under a new id ("<id>-copy"), so no one's work is dropped.
fn dedupe_assessments(assessments: Vec<Assessment>, report: &mut Report) -> Vec<Assessment> {
    let mut taken: HashSet<String> = assessments.iter().map(|a| a.id.clone()).collect();
    let mut first: HashMap<String, usize> = HashMap::with_capacity(assessments.len());
    let mut next = HashMap::new();
    let mut kept: Vec<Assessment> = Vec::with_capacity(assessments.len());
    for mut assessment in assessments {
        match first.get(&assessment.id) {
            None => {
                first.insert(assessment.id.clone(), kept.len());
                kept.push(assessment);
            }
            Some(&k) if kept[k] == assessment => {
                report.note(ImportNote::AssessmentTwice { assessment: subject(&assessment) })
            }
            Some(_) => {
                let id = super::normalise::keep_both_id(&assessment.id, &taken, &mut next);
                report.note(ImportNote::AssessmentIdClash {
                    id: named(&assessment.id),
                    assessment: subject(&assessment),
                    new_id: named(&id),
                });
                taken.insert(id.clone());
                assessment.id = id;
                first.insert(assessment.id.clone(), kept.len());
                kept.push(assessment);
            }
        }
    }
    kept
}

/// `payload[key]` as a list; missing or null is an empty list.
fn take_list(payload: &mut Map<String, Value>, key: &str) -> Result<Vec<Value>, ImportError> {
    match payload.remove(key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => Ok(items),
        Some(other) => {
            Err(ImportError::WrongType(WrongType::List { key: key.into(), found: ValueType::of(&other) }))
        }
    }
}

/// Compares what the assessment recorded about its framework with the framework it comes with.
/// An empty reference is filled in; a different rules hash is reported, never fatal: the results
/// follow the framework in the file.
fn check_reference(assessment: &mut Assessment, framework: &Framework, hash: &str, report: &mut Report) {
    let name = subject(assessment);
    let reference = &mut assessment.framework;
    if reference.rules_hash == hash {
        return;
    }
    // Recorded before file format 4: the framework hash of this very framework.
    if !reference.rules_hash.is_empty() && reference.rules_hash == framework_hash(framework) {
        reference.rules_hash = hash.into();
        return;
    }
    let same_name = reference.id == framework.id && reference.version == framework.version;
    if reference.rules_hash.is_empty()
        && (same_name || (reference.id.is_empty() && reference.version.is_empty()))
    {
        *reference = FrameworkRef {
            id: framework.id.clone(),
            version: framework.version.clone(),
            rules_hash: hash.into(),
        };
        report.note(ImportNote::RulesRecorded {
            assessment: name,
            title: named(&framework.title),
            version: named(&framework.version),
        });
        return;
    }
    report.note(ImportNote::RulesDiffer {
        assessment: name,
        title: named(&framework.title),
        version: named(&framework.version),
    });
}

// ---------------------------------------------------------------------------------------------
// Reading values into the model
// ---------------------------------------------------------------------------------------------

fn decode_framework(mut value: Value, path: &str, report: &mut Report) -> Result<Framework, ImportError> {
    if !value.is_object() {
        let found = ValueType::of(&value);
        return Err(ImportError::WrongType(WrongType::Framework { path: path.into(), found }));
    }
    repair_framework_value(&mut value, report);
    strip_nulls(&mut value);
    let mut framework = from_value::<Framework>(&value).map_err(|e| {
        data_error(failure::<Framework>(&value, path, &framework_parts).unwrap_or((path.into(), e)))
    })?;
    drop(value);
    normalise_framework(&mut framework, report)?;
    Ok(framework)
}

fn decode_assessment(
    value: Value,
    path: &str,
    framework_ref: Option<Value>,
    exported_at: Option<&str>,
    report: &mut Report,
) -> Result<Assessment, ImportError> {
    let Value::Object(mut map) = value else {
        let found = ValueType::of(&value);
        return Err(ImportError::WrongType(WrongType::Assessment { path: path.into(), found }));
    };
    repair_assessment_value(&mut map, framework_ref, exported_at, report);
    let responses = map.remove("responses");
    let provenance = map.remove("provenance");
    let mut value = Value::Object(map);
    strip_nulls(&mut value);
    let mut assessment = from_value::<Assessment>(&value).map_err(|e| {
        data_error(failure::<Assessment>(&value, path, &assessment_parts).unwrap_or((path.into(), e)))
    })?;
    drop(value);
    assessment.provenance = decode_provenance(provenance, &assessment, report);
    crate::domain::moderation::read_old_words(&mut assessment);
    match responses {
        None | Some(Value::Null) => {}
        Some(Value::Object(responses)) => {
            let name = subject(&assessment);
            for (id, response) in responses {
                if let Some(response) = decode_response(&id, response, &name, report) {
                    assessment.responses.insert(id, response);
                }
            }
        }
        Some(other) => {
            let found = ValueType::of(&other);
            return Err(ImportError::WrongType(WrongType::Responses { path: path.into(), found }));
        }
    }
    Ok(assessment)
}

/// The workshop record of an agreed assessment. A damaged one is left out (and reported): the
/// agreed answers still stand without it.
fn decode_provenance(
    value: Option<Value>,
    assessment: &Assessment,
    report: &mut Report,
) -> Option<Provenance> {
    let mut value = value.filter(|v| !v.is_null())?;
    strip_nulls(&mut value);
    match from_value::<Provenance>(&value) {
        Ok(provenance) => Some(provenance),
        Err(_) => {
            report.note(ImportNote::WorkshopRecordUnreadable { assessment: subject(assessment) });
            None
        }
    }
}

/// One answer, read on its own so that one bad answer is left out (and reported) without losing
/// the rest; likewise one bad evidence item.
fn decode_response(id: &str, value: Value, name: &Subject, report: &mut Report) -> Option<Response> {
    let Value::Object(mut map) = value else {
        report.note(ImportNote::AnswerNotAnObject {
            assessment: name.clone(),
            criterion: named(id),
            found: ValueType::of(&value),
        });
        return None;
    };
    if map.get("answer").is_none_or(Value::is_null) {
        let rationale = map.get("rationale").and_then(Value::as_str).unwrap_or("");
        let rationale = (!rationale.trim().is_empty()).then(|| named(rationale));
        report.note(ImportNote::NoAnswer { assessment: name.clone(), criterion: named(id), rationale });
        return None;
    }
    repair_answer_value(&mut map, id, name, report);
    let evidence = map.remove("evidence");
    let mut value = Value::Object(map);
    strip_nulls(&mut value);
    let mut response = match from_value::<Response>(&value) {
        Ok(response) => response,
        Err(e) => {
            report.note(ImportNote::AnswerUnreadable {
                assessment: name.clone(),
                criterion: named(id),
                detail: cut(&e.to_string()),
            });
            return None;
        }
    };
    match evidence {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            for (i, mut item) in items.into_iter().enumerate() {
                strip_nulls(&mut item);
                match from_value::<Evidence>(&item) {
                    Ok(evidence) => response.evidence.push(evidence),
                    Err(e) => report.note(ImportNote::EvidenceUnreadable {
                        assessment: name.clone(),
                        criterion: named(id),
                        item: i + 1,
                        detail: cut(&e.to_string()),
                    }),
                }
            }
        }
        Some(other) => report.note(ImportNote::EvidenceNotAList {
            assessment: name.clone(),
            criterion: named(id),
            found: ValueType::of(&other),
        }),
    }
    Some(response)
}

/// A located failure: the path of the deepest part that fails to read, and serde's message there.
type Located = (String, serde_json::Error);

/// Where reading `value` as `T` fails, as deep as the parts tell, or None when it reads.
/// Only runs after a failure, and reads each part once, so it stays linear.
fn failure<T: DeserializeOwned>(
    value: &Value,
    path: &str,
    parts: &dyn Fn(&Value, &str) -> Option<Located>,
) -> Option<Located> {
    let error = from_value::<T>(value).err()?;
    if let Some(deeper) = parts(value, path) {
        return Some(deeper);
    }
    Some((field_of::<T>(value, path, &error), error))
}

/// Narrows a type error to the field that holds it: taking the culprit out changes the error
/// (to "missing field", or none), taking any other field out does not, since serde stops at the
/// first bad value. Tried only on objects of a few fields, so a hostile one costs nothing.
fn field_of<T: DeserializeOwned>(value: &Value, path: &str, error: &serde_json::Error) -> String {
    const MAX_FIELDS: usize = 32;
    let message = error.to_string();
    match value {
        Value::Object(map) if map.len() <= MAX_FIELDS && !message.starts_with("missing field") => {
            let mut probe = Value::Object(map.clone());
            for key in map.keys() {
                let Some(held) = probe.as_object_mut().and_then(|p| p.remove(key)) else {
                    continue;
                };
                let changed = from_value::<T>(&probe).err().is_none_or(|e| e.to_string() != message);
                if let Some(p) = probe.as_object_mut() {
                    p.insert(key.clone(), held);
                }
                if changed {
                    return format!("{path}.{key}");
                }
            }
            path.into()
        }
        _ => path.into(),
    }
}

fn member<T: DeserializeOwned>(
    value: &Value,
    path: &str,
    key: &str,
    parts: &dyn Fn(&Value, &str) -> Option<Located>,
) -> Option<Located> {
    failure::<T>(value.get(key)?, &format!("{path}.{key}"), parts)
}

fn items<T: DeserializeOwned>(
    value: &Value,
    path: &str,
    key: &str,
    parts: &dyn Fn(&Value, &str) -> Option<Located>,
) -> Option<Located> {
    let Value::Array(items) = value.get(key)? else {
        return None;
    };
    items.iter().enumerate().find_map(|(i, item)| failure::<T>(item, &format!("{path}.{key}[{i}]"), parts))
}

fn no_parts(_: &Value, _: &str) -> Option<Located> {
    None
}

fn framework_parts(v: &Value, path: &str) -> Option<Located> {
    member::<BandThresholds>(v, path, "bands", &no_parts)
        .or_else(|| member::<Scale>(v, path, "scale", &|s, p| items::<LevelDef>(s, p, "levels", &no_parts)))
        .or_else(|| items::<Section>(v, path, "sections", &section_parts))
        .or_else(|| member::<TimescaleRules>(v, path, "timescale_rules", &no_parts))
}

fn section_parts(v: &Value, path: &str) -> Option<Located> {
    items::<Criterion>(v, path, "criteria", &|c, p| items::<Source>(c, p, "sources", &no_parts))
}

fn assessment_parts(v: &Value, path: &str) -> Option<Located> {
    member::<FrameworkRef>(v, path, "framework", &no_parts).or_else(|| {
        member::<Specification>(v, path, "specification", &|s, p| {
            member::<KeyDates>(s, p, "dates", &no_parts)
        })
    })
}

/// A serde error at a path, as the error variant its message calls for.
fn data_error((path, error): Located) -> ImportError {
    let message = cut(&error.to_string());
    let missing = "missing field "; // not worded: the JSON reader's own words
    if let Some(field) = message.strip_prefix(missing) {
        return ImportError::MissingField(Missing::Field { field: field.into(), path });
    }
    ImportError::WrongType(WrongType::Data { message, path })
}

// ---------------------------------------------------------------------------------------------
// For the UI: what already exists
// ---------------------------------------------------------------------------------------------

/// The ids of imported assessments that already exist in the library (`existing_ids`), in file
/// order: for each, the UI asks whether to replace it (after offering a backup) or keep both.
pub fn conflicts(existing_ids: &[String], imported: &Imported) -> Vec<String> {
    let existing: HashSet<&str> = existing_ids.iter().map(String::as_str).collect();
    let mut seen = HashSet::new();
    imported
        .assessments()
        .into_iter()
        .map(|a| a.id.as_str())
        .filter(|id| existing.contains(id) && seen.insert(*id))
        .map(str::to_string)
        .collect()
}

/// The id to give an imported assessment kept beside an existing one with the same id ("keep
/// both"): "<id>-copy", else "<id>-copy-2", "<id>-copy-3"…, the first not in `taken`.
pub fn keep_both_id(id: &str, taken: &[String]) -> String {
    let taken: HashSet<String> = taken.iter().cloned().collect();
    super::normalise::keep_both_id(id, &taken, &mut HashMap::new())
}

/// Imported frameworks whose id and version match an existing framework with different rules:
/// `(id, version)` pairs, in file order. A framework with the rules of an existing one (same rules
/// hash) is not a conflict, whatever its wording: the catalogue keeps one framework per rules, and
/// takes the imported wording for a stored one (never for a built-in one).
pub fn framework_conflicts(existing: &[Framework], imported: &Imported) -> Vec<(String, String)> {
    let existing: HashMap<(&str, &str), String> =
        existing.iter().map(|f| ((f.id.as_str(), f.version.as_str()), rules_hash(f))).collect();
    imported
        .frameworks()
        .into_iter()
        .filter(|f| {
            existing.get(&(f.id.as_str(), f.version.as_str())).is_some_and(|hash| *hash != rules_hash(f))
        })
        .map(|f| (f.id.clone(), f.version.clone()))
        .collect()
}
