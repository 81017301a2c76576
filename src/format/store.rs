//! How assessments are kept in the browser's localStorage: the key scheme, the versioned wrapper
//! each document is written in, the index, and the decisions the storage adapter
//! (`browser::storage`) acts on. Pure: no web-sys, no clock, so every rule here is tested natively.
//!
//! The rules that keep work from being lost:
//! - an entry that cannot be read is moved aside to a quarantine key, never written over or dropped;
//! - an entry written by a newer version of the app is left where it is and never written;
//! - a save overwrites only the revision this tab last loaded or saved; anything else is a conflict
//!   the user decides;
//! - the index is only an ordering: documents missing from it are found again from the keys;
//! - a specification's document (up to a few hundred KB of text) is stored once under its own key,
//!   named by the SHA-256 of what is stored, however many assessments score it; an assessment's
//!   entry refers to it (`specification.document_ref`);
//! - an entry from before version 3 recorded its framework's framework hash, which reading it
//!   rewrites to the rules hash (see `domain::rules_hash`): through the built-in versions' recorded
//!   old hashes, and the frameworks stored under their old keys (`decode_assessment_with`). The
//!   entry is written as version 3 at its next save; until then it is rewritten at each load.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::domain::builtin::legacy_rules_hash;
use crate::domain::json::{from_json, from_value, to_json, to_value};
use crate::domain::{sha256_hex, Assessment};
use serde_json::Value;

/// Every key this version of the app reads or writes starts with this.
pub const PREFIX: &str = "spec-lens:v1:";
/// Keys of assessment documents: the prefix followed by the assessment's id.
pub const ASSESSMENT_PREFIX: &str = "spec-lens:v1:assessment:";
/// Keys of documents: the prefix followed by the hex SHA-256 of the stored document.
pub const DOCUMENT_PREFIX: &str = "spec-lens:v1:document:";
/// Quarantined entries live outside the v1 namespace, so no loader reads them as documents.
pub const QUARANTINE_PREFIX: &str = "spec-lens:quarantine:";
/// The `format` field of every stored document.
pub const STORE_FORMAT: &str = "spec-lens-store";
/// The storage format version this app writes and the newest it reads.
/// 2: an assessment's specification may carry its document (`specification.document`), which
/// version 1 would not read, losing the clauses its evidence cites.
/// 3: `framework.rules_hash` is the rules hash of the scoring rules alone; a version-2 reader
/// would find no framework for it.
pub const STORE_VERSION: u32 = 3;

/// The first storage version whose references are rules hashes of the scoring rules alone.
pub const RULES_ONLY_SINCE: u32 = 3;

/// The list of assessment ids in library order.
pub fn index_key() -> String {
    format!("{PREFIX}index")
}

pub fn assessment_key(id: &str) -> String {
    format!("{ASSESSMENT_PREFIX}{id}")
}

/// Frameworks that came in with imported files or were saved in the editor, keyed by rules hash:
/// a framework's rules never change under its key, so two files carrying the same framework share
/// one entry; its wording may (a translation, a reworded question), and a later save replaces it.
/// Entries written before the split of the rules hash are under their framework hash (see
/// `domain::rules_hash`), and are read as they are.
pub const FRAMEWORK_PREFIX: &str = "spec-lens:v1:framework:";

pub fn framework_key(rules_hash: &str) -> String {
    format!("{FRAMEWORK_PREFIX}{rules_hash}")
}

/// The one most recently deleted assessment, kept for undo.
pub fn trash_key() -> String {
    format!("{PREFIX}trash")
}

/// The workshop in progress: shared by the presenter and projector windows, and kept so either
/// can be reloaded without losing it.
pub fn workshop_key() -> String {
    format!("{PREFIX}workshop")
}

/// UI preferences, kept apart from documents.
pub fn prefs_key() -> String {
    format!("{PREFIX}prefs")
}

/// Where an unreadable entry is moved; `stamp` is a timestamp string supplied by the caller.
pub fn quarantine_key(original_key: &str, stamp: &str) -> String {
    format!("{QUARANTINE_PREFIX}{original_key}:{stamp}")
}

/// The assessment id an assessment key holds, or None for any other key.
pub fn id_from_key(key: &str) -> Option<&str> {
    key.strip_prefix(ASSESSMENT_PREFIX)
}

/// What goes wrong with storage; each shows as one sentence that says what happened and what to
/// do, worded by `i18n::refusals` (`Display`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser gives no localStorage (blocked site data, some private modes, no window).
    Unavailable,
    /// The origin's storage quota is full; nothing was written.
    QuotaExceeded,
    /// A write was read back different from what was written; the previous value was restored.
    ReadBackMismatch { key: String },
    /// The stored bytes are not a document this app can read.
    Corrupt(Corrupt),
    /// Written by a newer version of the app: kept as it is, never written by this version.
    TooNew { found: u64, supported: u32 },
    /// Another tab or window saved this assessment since this tab last loaded or saved it.
    Conflict { stored_revision: u64 },
    /// Every quarantine key for this entry and time is taken (a hundred moved aside in one
    /// millisecond), so the entry was left where it is.
    QuarantineFull,
    /// Asked to discard an entry that is not in the quarantine.
    NotQuarantined { key: String },
    /// Anything else the browser reported, in its words.
    Other(String),
}

/// Why a stored entry cannot be read. Details in parentheses are the JSON parser's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Corrupt {
    /// Its contents are not an assessment.
    NotAnAssessment(String),
    RevisionNotANumber,
    NotJson(String),
    NotMarked,
    NoVersion,
    /// Its reference to the specification's document is not a storage key.
    BadDocumentReference,
    /// The specification's document it refers to (this key) is missing.
    DocumentMissing(String),
    /// The specification's document (this key) does not read.
    DocumentUnreadable {
        key: String,
        detail: String,
    },
    /// The index is not JSON.
    IndexNotJson(String),
    /// The index does not list assessment ids.
    IndexNotIds(String),
    /// Writing it as JSON failed.
    NotEncoded(String),
}

/// What the user is told about storage at start-up, besides what a save reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// Storage itself failed.
    Store(StoreError),
    /// A saved assessment could not be read; its bytes were moved to `quarantine_key`.
    Quarantined { reason: StoreError, quarantine_key: String },
    /// An entry was left where it is, unread (saved by a newer version, or it could not be moved).
    KeptUnreadable { key: String, reason: StoreError },
    /// An unreadable entry could not be moved aside.
    NotMovedAside { key: String },
    /// The index was saved by a newer version.
    IndexTooNew,
    /// The index could not be read, and was set aside.
    IndexUnreadable,
    /// A stored framework breaks a rule (the file importer's refusal says which).
    FrameworkRefused { key: String, refusal: Box<super::errors::ImportError> },
    /// A stored framework could not be read.
    FrameworkUnreadable { key: String },
}

impl std::error::Error for StoreError {}

/// The wrapper every assessment is stored in:
/// `{"format":"spec-lens-store","version":1,"assessment":{...}}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoredAssessment {
    pub format: String,
    pub version: u32,
    pub assessment: Assessment,
}

/// Borrowing twin of `StoredAssessment` so encoding does not clone the document.
#[derive(Serialize)]
struct StoredAssessmentRef<'a> {
    format: &'static str,
    version: u32,
    assessment: &'a Assessment,
}

/// Read before anything else, so that a newer version is recognised whatever its payload looks like.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: String,
    #[serde(default)]
    version: u64,
}

/// An assessment as it is stored: its entry, and its specification's document apart, under a key
/// named by the document's SHA-256, so that every assessment of one document shares one copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Encoded {
    pub entry: String,
    /// (key, stored text) of the document, when the specification has one.
    pub document: Option<(String, String)>,
}

pub fn document_key(sha256_hex: &str) -> String {
    format!("{DOCUMENT_PREFIX}{sha256_hex}")
}

pub fn encode_assessment(assessment: &Assessment) -> Result<Encoded, StoreError> {
    let failed = |e: serde_json::Error| StoreError::Corrupt(Corrupt::NotEncoded(e.to_string()));
    let stored = StoredAssessmentRef { format: STORE_FORMAT, version: STORE_VERSION, assessment };
    let mut value = to_value(&stored).map_err(failed)?;
    let mut document = None;
    if let Some(specification) = value.pointer_mut("/assessment/specification").and_then(Value::as_object_mut)
    {
        if let Some(stored_document) = specification.remove("document").filter(|d| !d.is_null()) {
            let (key, raw) = document_entry(&stored_document)?;
            specification.insert("document_ref".into(), Value::String(key.clone()));
            document = Some((key, raw));
        }
    }
    Ok(Encoded { entry: to_json(&value).map_err(failed)?, document })
}

/// A document's storage key and stored text: the key is the SHA-256 of the text.
pub fn document_entry<T: Serialize>(document: &T) -> Result<(String, String), StoreError> {
    let raw = to_json(document).map_err(|e| StoreError::Corrupt(Corrupt::NotEncoded(e.to_string())))?;
    Ok((document_key(&sha256_hex(raw.as_bytes())), raw))
}

/// Reads an entry back. `documents` gives the stored text under a document key (from storage);
/// a document that is missing or unreadable makes the entry unreadable, so that it is kept aside
/// and reported rather than saved again without the clauses its evidence cites.
pub fn decode_assessment(
    raw: &str,
    documents: &dyn Fn(&str) -> Option<String>,
) -> Result<Assessment, StoreError> {
    decode_assessment_with(raw, documents, &|_| None)
}

/// `decode_assessment`, with `stored_legacy` giving the rules hash for an old framework hash of a
/// stored framework (from the keys of frameworks stored before the split): an entry from before
/// version 3 has its reference rewritten through it, or through the built-in versions' recorded
/// old hashes. A reference neither knows is left as it is.
pub fn decode_assessment_with(
    raw: &str,
    documents: &dyn Fn(&str) -> Option<String>,
    stored_legacy: &dyn Fn(&str) -> Option<String>,
) -> Result<Assessment, StoreError> {
    let mut value = read_entry(raw)?;
    let version = value.get("version").and_then(Value::as_u64).unwrap_or(0);
    if version < u64::from(RULES_ONLY_SINCE) {
        if let Some(Value::String(hash)) = value.pointer_mut("/assessment/framework/rules_hash") {
            let renewed = legacy_rules_hash(hash).map(str::to_string).or_else(|| stored_legacy(hash));
            if let Some(renewed) = renewed {
                *hash = renewed;
            }
        }
    }
    if let Some(specification) = value.pointer_mut("/assessment/specification").and_then(Value::as_object_mut)
    {
        if let Some(reference) = specification.remove("document_ref") {
            let document = stored_document(&reference, documents)?;
            specification.insert("document".into(), document);
        }
    }
    let mut stored: StoredAssessment =
        from_value(&value).map_err(|e| StoreError::Corrupt(Corrupt::NotAnAssessment(e.to_string())))?;
    crate::domain::moderation::read_old_words(&mut stored.assessment);
    Ok(stored.assessment)
}

/// The revision of a stored entry, without reading its document.
pub fn stored_revision_of(raw: &str) -> Result<u64, StoreError> {
    read_entry(raw)?
        .pointer("/assessment/revision")
        .map_or(Ok(0), |r| r.as_u64().ok_or(StoreError::Corrupt(Corrupt::RevisionNotANumber)))
}

/// The document key an entry refers to, if any: what keeps a stored document in use.
pub fn document_ref_of(raw: &str) -> Option<String> {
    let value = read_entry(raw).ok()?;
    value.pointer("/assessment/specification/document_ref")?.as_str().map(str::to_string)
}

fn read_entry(raw: &str) -> Result<Value, StoreError> {
    let unreadable = |e: serde_json::Error| StoreError::Corrupt(Corrupt::NotJson(e.to_string()));
    let value: Value = from_json(raw).map_err(unreadable)?;
    let header: Header = from_value(&value).map_err(unreadable)?;
    if header.format != STORE_FORMAT {
        return Err(StoreError::Corrupt(Corrupt::NotMarked));
    }
    check_version(header.version)?;
    Ok(value)
}

fn stored_document(
    reference: &Value,
    documents: &dyn Fn(&str) -> Option<String>,
) -> Result<Value, StoreError> {
    let key = reference
        .as_str()
        .filter(|key| key.starts_with(DOCUMENT_PREFIX))
        .ok_or(StoreError::Corrupt(Corrupt::BadDocumentReference))?;
    let raw = documents(key).ok_or_else(|| StoreError::Corrupt(Corrupt::DocumentMissing(key.into())))?;
    from_json(&raw).map_err(|e| {
        StoreError::Corrupt(Corrupt::DocumentUnreadable { key: key.into(), detail: e.to_string() })
    })
}

fn check_version(version: u64) -> Result<(), StoreError> {
    if version == 0 {
        return Err(StoreError::Corrupt(Corrupt::NoVersion));
    }
    if version > u64::from(STORE_VERSION) {
        return Err(StoreError::TooNew { found: version, supported: STORE_VERSION });
    }
    Ok(())
}

/// The library's order of assessments. Only an ordering: the documents' keys are the truth.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Index {
    pub version: u32,
    pub ids: Vec<String>,
}

impl Index {
    pub fn new(ids: Vec<String>) -> Self {
        Index { version: STORE_VERSION, ids }
    }

    /// Appends `id` unless present; true when the index changed.
    pub fn add_id(&mut self, id: &str) -> bool {
        if self.ids.iter().any(|i| i == id) {
            return false;
        }
        self.ids.push(id.to_string());
        true
    }

    /// Removes every occurrence of `id`; true when the index changed.
    pub fn remove_id(&mut self, id: &str) -> bool {
        let before = self.ids.len();
        self.ids.retain(|i| i != id);
        self.ids.len() != before
    }
}

pub fn encode_index(index: &Index) -> Result<String, StoreError> {
    to_json(index).map_err(|e| StoreError::Corrupt(Corrupt::NotEncoded(e.to_string())))
}

/// A corrupt index is not fatal: the loader rebuilds the list from the keys present.
pub fn decode_index(raw: &str) -> Result<Index, StoreError> {
    let unreadable = |e: serde_json::Error| StoreError::Corrupt(Corrupt::IndexNotJson(e.to_string()));
    let value: Value = from_json(raw).map_err(unreadable)?;
    let header: Header = from_value(&value).map_err(unreadable)?;
    check_version(header.version)?;
    from_value(&value).map_err(|e| StoreError::Corrupt(Corrupt::IndexNotIds(e.to_string())))
}

/// What to do with one stored entry found at load.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadDecision {
    /// Boxed: an assessment is much larger than the other variants.
    Loaded(Box<Assessment>),
    /// Unreadable: move the raw bytes to a quarantine key and report it.
    Quarantine { reason: StoreError },
    /// Written by a newer version: leave it in place, report it, and never write that key.
    KeepUnreadable { reason: StoreError },
}

/// Decides what to do with the entry stored under `key`. The id in an assessment key wins over the
/// id inside the document, so that saving it again writes back to the same key.
pub fn decide_load(key: &str, raw: &str, documents: &dyn Fn(&str) -> Option<String>) -> LoadDecision {
    decide_load_with(key, raw, documents, &|_| None)
}

/// `decide_load`, reading old references through `stored_legacy` (see `decode_assessment_with`).
pub fn decide_load_with(
    key: &str,
    raw: &str,
    documents: &dyn Fn(&str) -> Option<String>,
    stored_legacy: &dyn Fn(&str) -> Option<String>,
) -> LoadDecision {
    match decode_assessment_with(raw, documents, stored_legacy) {
        Ok(mut assessment) => {
            if let Some(id) = id_from_key(key) {
                if assessment.id != id {
                    assessment.id = id.to_string();
                }
            }
            LoadDecision::Loaded(Box::new(assessment))
        }
        Err(e @ StoreError::TooNew { .. }) => LoadDecision::KeepUnreadable { reason: e },
        Err(e) => LoadDecision::Quarantine { reason: e },
    }
}

/// Whether a save may write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveDecision {
    Write,
    Conflict { stored_revision: u64 },
}

/// A save may overwrite only when nothing is stored, or when the stored revision is the one this
/// tab last loaded or saved (`base_revision`). Anything else means another tab wrote since.
pub fn decide_save(stored_revision: Option<u64>, base_revision: Option<u64>) -> SaveDecision {
    match stored_revision {
        None => SaveDecision::Write,
        Some(stored) if Some(stored) == base_revision => SaveDecision::Write,
        Some(stored) => SaveDecision::Conflict { stored_revision: stored },
    }
}

/// The revision to give this tab's copy when the user, asked about a conflict, keeps it: above
/// both, so that any other tab still holding the stored revision sees a conflict in turn.
pub fn revision_to_overwrite(mine: u64, stored_revision: u64) -> u64 {
    mine.max(stored_revision).saturating_add(1)
}

/// The ids to load, given the index (if it could be read) and every key in storage: ids from the
/// index in its order, then ids of assessment keys the index misses (a crash between writing a
/// document and writing the index), without duplicates. Index ids with no key are left out.
pub fn ids_to_load(index: Option<Index>, keys: &[String]) -> Vec<String> {
    let present: Vec<&str> = keys.iter().filter_map(|k| id_from_key(k)).collect();
    let present_set: HashSet<&str> = present.iter().copied().collect();
    let mut seen: HashSet<String> = HashSet::with_capacity(present.len());
    let mut ids: Vec<String> = Vec::with_capacity(present.len());
    let from_index = index.map(|i| i.ids).unwrap_or_default();
    for id in from_index {
        if present_set.contains(id.as_str()) && seen.insert(id.clone()) {
            ids.push(id);
        }
    }
    for id in present {
        if seen.insert(id.to_string()) {
            ids.push(id.to_string());
        }
    }
    ids
}

/// Every key Spec Lens writes starts with this, whatever its version.
pub const ALL_PREFIX: &str = "spec-lens:";

/// What "Forget this browser" removed, by kind of entry, for the sentence that says so.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Forgotten {
    pub assessments: usize,
    pub frameworks: usize,
    pub documents: usize,
    /// Preferences, the framework draft, the workshop, the index, the bin, entries kept aside.
    pub other: usize,
    /// Offline copies of the page (caches) removed.
    pub offline_copies: usize,
}

impl Forgotten {
    /// Counts one removed key by its kind.
    pub fn count(&mut self, key: &str) {
        if key.starts_with(ASSESSMENT_PREFIX) {
            self.assessments += 1;
        } else if key.starts_with(FRAMEWORK_PREFIX) {
            self.frameworks += 1;
        } else if key.starts_with(DOCUMENT_PREFIX) {
            self.documents += 1;
        } else {
            self.other += 1;
        }
    }
}
