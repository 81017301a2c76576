//! The only code that touches localStorage. Every write is read back and checked; a full quota,
//! an unreadable entry or a newer write from another tab comes back as a typed `StoreError`, and
//! the stored bytes are kept (moved aside to a quarantine key when unreadable), never silently
//! written over or dropped. The rules themselves are pure and live in `format::store`.
//!
//! Never panics: a missing window or blocked storage is `StoreError::Unavailable`.
//! The handle is taken from `web_sys` rather than `gloo_storage::LocalStorage::raw()`, which throws
//! a JavaScript exception when storage is blocked, and gloo's typed get/set would JSON-encode the
//! already encoded documents a second time.

use std::cell::{OnceCell, RefCell};
use std::collections::{BTreeMap, HashSet};

use gloo_storage::Storage as _;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Storage;

use crate::browser::clock;
use crate::domain::json::{from_json, to_json};
use crate::domain::sorting;
use crate::domain::{framework_hash, rules_hash, Assessment, Framework};
use crate::format::store::{
    assessment_key, decide_load_with, decide_save, decode_assessment_with, decode_index, document_ref_of,
    encode_assessment, encode_index, ids_to_load, index_key, prefs_key, quarantine_key, stored_revision_of,
    trash_key, Corrupt, Index, LoadDecision, SaveDecision, StorageProblem, StoreError, DOCUMENT_PREFIX,
    PREFIX, QUARANTINE_PREFIX,
};

/// An unreadable entry that was moved aside at load.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuarantineReport {
    /// Where it was.
    pub key: String,
    /// Where its bytes are now, exactly as they were.
    pub quarantine_key: String,
    /// Why it could not be read.
    pub reason: StoreError,
}

/// Everything found in storage at start-up.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LibraryLoad {
    /// Each assessment with the revision stored for it: the base for its next save.
    pub assessments: Vec<(Assessment, u64)>,
    pub quarantined: Vec<QuarantineReport>,
    /// (key, reason): left in place and never written, e.g. saved by a newer version of the app.
    pub kept_unreadable: Vec<(String, StoreError)>,
    /// Anything else that went wrong, for the user (`Display` words it).
    pub problems: Vec<StorageProblem>,
}

/// The page's localStorage, or `Unavailable`.
pub fn local_storage() -> Result<Storage, StoreError> {
    web_sys::window()
        .ok_or(StoreError::Unavailable)?
        .local_storage()
        .map_err(|_| StoreError::Unavailable)?
        .ok_or(StoreError::Unavailable)
}

fn js_error(error: JsValue) -> StoreError {
    if let Some(dom) = error.dyn_ref::<web_sys::DomException>() {
        let name = dom.name();
        // Firefox used its own name for the same thing; code 22 is the legacy QUOTA_EXCEEDED_ERR.
        if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" || dom.code() == 22 {
            return StoreError::QuotaExceeded;
        }
        if name == "SecurityError" {
            return StoreError::Unavailable;
        }
        return StoreError::Other(format!("{name}: {}", dom.message()));
    }
    StoreError::Other(error.as_string().unwrap_or_else(|| format!("{error:?}")))
}

fn get(storage: &Storage, key: &str) -> Result<Option<String>, StoreError> {
    storage.get_item(key).map_err(js_error)
}

fn remove(storage: &Storage, key: &str) -> Result<(), StoreError> {
    storage.remove_item(key).map_err(js_error)
}

fn keys_with(storage: &Storage, prefix: &str) -> Result<Vec<String>, StoreError> {
    // All keys in one call: asking for them one index at a time took ~0.1 ms per key.
    let mut keys: Vec<String> = js_sys::Object::keys(storage)
        .iter()
        .filter_map(|key| key.as_string())
        .filter(|key| key.starts_with(prefix))
        .collect();
    // Storage order is up to the browser; sorting makes recovery order stable.
    sorting::sort(&mut keys);
    Ok(keys)
}

/// Reads a stored assessment entry, with the document it refers to, from this browser's storage.
pub fn decode_stored(raw: &str) -> Result<Assessment, StoreError> {
    let storage = local_storage()?;
    let legacy = OnceCell::new();
    decode_assessment_with(raw, &|key| get(&storage, key).ok().flatten(), &|hash| {
        legacy.get_or_init(|| stored_legacy_hashes(&storage)).get(hash).cloned()
    })
}

/// For each framework stored under its framework hash (before the rules hash was split, see
/// `domain::rules_hash`), that old hash and the framework's rules hash: how an assessment entry from
/// then finds its framework. Read only when such an entry is met.
fn stored_legacy_hashes(storage: &Storage) -> BTreeMap<String, String> {
    use crate::format::store::FRAMEWORK_PREFIX;
    let mut legacy = BTreeMap::new();
    for key in keys_with(storage, FRAMEWORK_PREFIX).unwrap_or_default() {
        let Some(old) = key.strip_prefix(FRAMEWORK_PREFIX) else { continue };
        let framework = get(storage, &key).ok().flatten().and_then(|raw| from_json::<Framework>(&raw).ok());
        if let Some(framework) = framework {
            let hash = rules_hash(&framework);
            if hash != old {
                legacy.insert(old.to_string(), hash);
            }
        }
    }
    legacy
}

/// Removes stored documents no assessment refers to any more (`in_use`: those the load read) nor
/// the one in the trash, which Undo may bring back. Best effort: a document left behind only takes
/// room.
fn remove_unused_documents(storage: &Storage, keys: &[String], mut in_use: HashSet<String>) {
    if let Some(reference) = get(storage, &trash_key()).ok().flatten().and_then(|raw| document_ref_of(&raw)) {
        in_use.insert(reference);
    }
    for key in keys.iter().filter(|key| key.starts_with(DOCUMENT_PREFIX) && !in_use.contains(*key)) {
        let _ = remove(storage, key);
    }
}

/// How much of the site's storage is used, in UTF-16 code units (what browsers count against the
/// quota of about 5 million per site), over every key the site holds, not only Spec Lens's.
pub fn used_units() -> Option<u64> {
    let storage = local_storage().ok()?;
    let keys = js_sys::Object::keys(&storage);
    let mut used = 0u64;
    for key in keys.iter().filter_map(|k| k.as_string()) {
        let value = get(&storage, &key).ok().flatten().unwrap_or_default();
        used += js_sys::JsString::from(key.as_str()).length() as u64
            + js_sys::JsString::from(value).length() as u64;
    }
    Some(used)
}

/// Whether a document is stored already (by its key): a second assessment of it takes no room.
pub fn has_key(key: &str) -> bool {
    local_storage().ok().and_then(|s| get(&s, key).ok().flatten()).is_some()
}

/// The raw value under `key` (any key, including a quarantined one, e.g. to offer it as a download).
pub fn read_raw(key: &str) -> Result<Option<String>, StoreError> {
    get(&local_storage()?, key)
}

/// Every key in this app's namespace (`PREFIX`), sorted.
pub fn keys() -> Result<Vec<String>, StoreError> {
    keys_with(&local_storage()?, PREFIX)
}

/// Writes `value` under `key` and reads it back. A full quota is `QuotaExceeded` (nothing was
/// written); a read-back that differs is `ReadBackMismatch`, after the previous value (or its
/// absence) has been put back, so the last good copy is kept.
pub fn write_checked(key: &str, value: &str) -> Result<(), StoreError> {
    write_checked_with(&local_storage()?, key, value, read_back)
}

/// `write_checked` on a given storage with a given way of reading back: the seam that lets a test
/// make the read-back lie. Production code passes `read_back`.
pub fn write_checked_with(
    storage: &Storage,
    key: &str,
    value: &str,
    read_back: impl Fn(&Storage, &str) -> Result<Option<String>, StoreError>,
) -> Result<(), StoreError> {
    let previous = get(storage, key)?;
    storage.set_item(key, value).map_err(js_error)?;
    match read_back(storage, key) {
        Ok(Some(read)) if read == value => Ok(()),
        _ => {
            // Best effort: if even this fails there is nothing more to try.
            let _ = match previous {
                Some(previous) => storage.set_item(key, &previous),
                None => storage.remove_item(key),
            };
            Err(StoreError::ReadBackMismatch { key: key.to_string() })
        }
    }
}

/// The read-back used outside tests: what the storage now holds.
pub fn read_back(storage: &Storage, key: &str) -> Result<Option<String>, StoreError> {
    get(storage, key)
}

/// A quarantine key not yet in use for `key` at `stamp`.
fn free_quarantine_key(storage: &Storage, key: &str, stamp: &str) -> Result<String, StoreError> {
    let first = quarantine_key(key, stamp);
    if get(storage, &first)?.is_none() {
        return Ok(first);
    }
    for n in 2..100 {
        let candidate = quarantine_key(key, &format!("{stamp}-{n}"));
        if get(storage, &candidate)?.is_none() {
            return Ok(candidate);
        }
    }
    Err(StoreError::QuarantineFull)
}

/// Moves the bytes under `key` aside: written and checked under a quarantine key first, and only
/// then removed from `key`. On any failure the original stays where it was.
fn move_aside(storage: &Storage, key: &str, raw: &str, stamp: &str) -> Result<String, StoreError> {
    let to = free_quarantine_key(storage, key, stamp)?;
    write_checked_with(storage, &to, raw, read_back)?;
    remove(storage, key)?;
    Ok(to)
}

/// Reads the index and every assessment. Unreadable entries are moved to
/// `quarantine_key(key, stamp)` and reported; entries from a newer version are left in place.
/// `stamp` is a timestamp for the quarantine keys (`browser::clock::stamp()`).
pub fn load_library(stamp: &str) -> LibraryLoad {
    let mut load = LibraryLoad::default();
    let storage = match local_storage() {
        Ok(storage) => storage,
        Err(e) => {
            load.problems.push(StorageProblem::Store(e));
            return load;
        }
    };
    let keys = match keys_with(&storage, PREFIX) {
        Ok(keys) => keys,
        Err(e) => {
            load.problems.push(StorageProblem::Store(e));
            return load;
        }
    };
    let (index, index_writable) = match get(&storage, &index_key()) {
        Ok(None) => (None, true),
        Ok(Some(raw)) => match decode_index(&raw) {
            Ok(index) => (Some(index), true),
            Err(StoreError::TooNew { .. }) => {
                load.problems.push(StorageProblem::IndexTooNew);
                (None, false)
            }
            Err(_) => {
                load.problems.push(StorageProblem::IndexUnreadable);
                // Kept like any unreadable entry; rebuilt only once its bytes are safe.
                let moved = move_aside(&storage, &index_key(), &raw, stamp).is_ok();
                (None, moved)
            }
        },
        Err(e) => {
            load.problems.push(StorageProblem::Store(e));
            (None, false)
        }
    };
    let stored_order = index.as_ref().map(|i| i.ids.clone());
    let mut present: Vec<String> = Vec::new();
    // The documents the entries refer to, noted as they are read (not by reading every entry again).
    let in_use = RefCell::new(HashSet::new());
    let documents = |key: &str| {
        in_use.borrow_mut().insert(key.to_string());
        get(&storage, key).ok().flatten()
    };
    let problems_before = load.problems.len();
    let legacy = OnceCell::new();
    let stored_legacy = |hash: &str| legacy.get_or_init(|| stored_legacy_hashes(&storage)).get(hash).cloned();
    for id in ids_to_load(index, &keys) {
        let key = assessment_key(&id);
        let raw = match get(&storage, &key) {
            Ok(Some(raw)) => raw,
            Ok(None) => continue,
            Err(e) => {
                load.problems.push(StorageProblem::Store(e));
                present.push(id);
                continue;
            }
        };
        match decide_load_with(&key, &raw, &documents, &stored_legacy) {
            LoadDecision::Loaded(assessment) => {
                let revision = assessment.revision;
                load.assessments.push((*assessment, revision));
                present.push(id);
            }
            LoadDecision::KeepUnreadable { reason } => {
                load.kept_unreadable.push((key, reason));
                present.push(id);
            }
            LoadDecision::Quarantine { reason } => match move_aside(&storage, &key, &raw, stamp) {
                Ok(quarantine_key) => load.quarantined.push(QuarantineReport { key, quarantine_key, reason }),
                Err(_) => {
                    load.problems.push(StorageProblem::NotMovedAside { key: key.clone() });
                    load.kept_unreadable.push((key, reason));
                    present.push(id);
                }
            },
        }
    }
    // Repair the index (missing, unreadable, or out of step with the keys); it is only an
    // ordering, so a failure here loses nothing.
    let needs_repair = match &stored_order {
        Some(ids) => *ids != present,
        None => !present.is_empty(),
    };
    if index_writable && needs_repair {
        if let Ok(raw) = encode_index(&Index::new(present)) {
            let _ = write_checked_with(&storage, &index_key(), &raw, read_back);
        }
    }
    // Only when every entry was read: one this version cannot read may refer to a document.
    if load.kept_unreadable.is_empty() && load.problems.len() == problems_before {
        remove_unused_documents(&storage, &keys, in_use.into_inner());
    }
    load
}

/// Puts `id` in the index if it is not there, rebuilding an unreadable or missing index from the
/// keys. Best effort: the document is already saved and the loader finds it from its key.
fn ensure_indexed(storage: &Storage, id: &str) {
    let index = match get(storage, &index_key()) {
        Ok(Some(raw)) => match decode_index(&raw) {
            Ok(index) => Some(index),
            Err(StoreError::TooNew { .. }) => return,
            Err(_) => {
                if move_aside(storage, &index_key(), &raw, &clock::stamp()).is_err() {
                    return;
                }
                None
            }
        },
        Ok(None) => None,
        Err(_) => return,
    };
    let rebuilt = index.is_none();
    let mut index = match index {
        Some(index) => index,
        None => match keys_with(storage, PREFIX) {
            Ok(keys) => Index::new(ids_to_load(None, &keys)),
            Err(_) => return,
        },
    };
    let changed = index.add_id(id);
    if changed || rebuilt {
        if let Ok(raw) = encode_index(&index) {
            let _ = write_checked_with(storage, &index_key(), &raw, read_back);
        }
    }
}

/// Saves `assessment` if the stored copy is the one this tab last loaded or saved
/// (`base_revision`; None for an assessment this tab has never saved). Returns the new base (the
/// assessment's revision). Another tab's newer write is `Conflict` and is left untouched; a failed
/// write leaves the previous good copy in place. An unreadable stored copy is first moved to a
/// quarantine key (see `list_quarantine`); a copy from a newer version is `TooNew` and never written.
pub fn save_assessment(assessment: &Assessment, base_revision: Option<u64>) -> Result<u64, StoreError> {
    let storage = local_storage()?;
    let key = assessment_key(&assessment.id);
    let encoded = encode_assessment(assessment)?;
    let raw = encoded.entry;
    let stored = match get(&storage, &key)? {
        None => None,
        Some(stored_raw) => match stored_revision_of(&stored_raw) {
            Ok(stored_revision) => {
                if stored_raw == raw {
                    // Already stored exactly so (a repeated flush): nothing to write.
                    ensure_indexed(&storage, &assessment.id);
                    return Ok(assessment.revision);
                }
                Some(stored_revision)
            }
            Err(e @ StoreError::TooNew { .. }) => return Err(e),
            Err(_) => {
                move_aside(&storage, &key, &stored_raw, &clock::stamp())?;
                None
            }
        },
    };
    if let SaveDecision::Conflict { stored_revision } = decide_save(stored, base_revision) {
        return Err(StoreError::Conflict { stored_revision });
    }
    // The document first: an entry must never refer to a document that is not there. Its key is
    // its content's hash, so one already stored under it is the same document.
    if let Some((document_key, document)) = &encoded.document {
        if get(&storage, document_key)?.is_none() {
            write_checked_with(&storage, document_key, document, read_back)?;
        }
    }
    write_checked_with(&storage, &key, &raw, read_back)?;
    ensure_indexed(&storage, &assessment.id);
    Ok(assessment.revision)
}

/// The revision stored for `id`, or None when nothing is stored: compare it with this tab's base
/// when a `storage` event names this assessment's key.
pub fn stored_revision(id: &str) -> Result<Option<u64>, StoreError> {
    match read_raw(&assessment_key(id))? {
        None => Ok(None),
        Some(raw) => stored_revision_of(&raw).map(Some),
    }
}

fn remove_from_index(storage: &Storage, id: &str) {
    let Ok(Some(raw)) = get(storage, &index_key()) else { return };
    let Ok(mut index) = decode_index(&raw) else { return };
    if index.remove_id(id) {
        if let Ok(raw) = encode_index(&index) {
            let _ = write_checked_with(storage, &index_key(), &raw, read_back);
        }
    }
}

/// Deletes an assessment, keeping a copy under `trash_key()` (in place of the previous one) for
/// undo with `restore_trash`. When storage is too full for that copy, the previous trash is dropped
/// and the copy tried again; if it still does not fit this is `QuotaExceeded` and nothing is
/// deleted (offer a backup, then `delete_without_undo`). Entries this version cannot read are
/// refused with their error.
pub fn delete_assessment(id: &str) -> Result<(), StoreError> {
    let storage = local_storage()?;
    let key = assessment_key(id);
    if let Some(raw) = get(&storage, &key)? {
        stored_revision_of(&raw)?;
        match write_checked_with(&storage, &trash_key(), &raw, read_back) {
            Err(StoreError::QuotaExceeded) => {
                remove(&storage, &trash_key())?;
                write_checked_with(&storage, &trash_key(), &raw, read_back)?;
            }
            other => other?,
        }
    }
    remove_from_index(&storage, id);
    remove(&storage, &key)
}

/// Deletes an assessment with no copy kept for undo: for when storage is too full for
/// `delete_assessment`, after the user has been offered a backup.
pub fn delete_without_undo(id: &str) -> Result<(), StoreError> {
    let storage = local_storage()?;
    remove_from_index(&storage, id);
    remove(&storage, &assessment_key(id))
}

/// Undoes the last delete: puts the trashed assessment back under its key and in the index, empties
/// the trash, and returns it (its revision is the base for its next save). None when the trash is
/// empty. If something else is now stored under that id, that is a `Conflict` and nothing changes.
pub fn restore_trash() -> Result<Option<Assessment>, StoreError> {
    let storage = local_storage()?;
    let Some(raw) = get(&storage, &trash_key())? else { return Ok(None) };
    let legacy = OnceCell::new();
    let assessment = decode_assessment_with(&raw, &|doc| get(&storage, doc).ok().flatten(), &|hash| {
        legacy.get_or_init(|| stored_legacy_hashes(&storage)).get(hash).cloned()
    })?;
    let key = assessment_key(&assessment.id);
    match get(&storage, &key)? {
        Some(existing) if existing == raw => {}
        Some(existing) => {
            let stored_revision = stored_revision_of(&existing)?;
            return Err(StoreError::Conflict { stored_revision });
        }
        None => write_checked_with(&storage, &key, &raw, read_back)?,
    }
    ensure_indexed(&storage, &assessment.id);
    // The document is back; a trash left behind would only offer the same undo again.
    let _ = remove(&storage, &trash_key());
    Ok(Some(assessment))
}

/// UI preferences, typed JSON through gloo-storage; missing, unreadable or unavailable gives the
/// default. Checking `local_storage()` first matters: gloo throws when storage is blocked.
pub fn read_prefs<T: DeserializeOwned + Default>() -> T {
    if local_storage().is_err() {
        return T::default();
    }
    gloo_storage::LocalStorage::get(prefs_key()).unwrap_or_default()
}

pub fn write_prefs<T: Serialize>(prefs: &T) -> Result<(), StoreError> {
    local_storage()?;
    gloo_storage::LocalStorage::set(prefs_key(), prefs).map_err(|error| match error {
        gloo_storage::errors::StorageError::JsError(e) if e.name == "QuotaExceededError" => {
            StoreError::QuotaExceeded
        }
        other => StoreError::Other(other.to_string()),
    })
}

/// Keys of entries moved aside (`QUARANTINE_PREFIX`), sorted; read one with `read_raw`.
pub fn list_quarantine() -> Vec<String> {
    local_storage().and_then(|storage| keys_with(&storage, QUARANTINE_PREFIX)).unwrap_or_default()
}

/// Removes one quarantined entry, once the user has downloaded or dismissed it. Refuses any key
/// outside the quarantine.
pub fn discard_quarantined(key: &str) -> Result<(), StoreError> {
    if !key.starts_with(QUARANTINE_PREFIX) {
        return Err(StoreError::NotQuarantined { key: key.to_string() });
    }
    remove(&local_storage()?, key)
}

/// Keeps a framework that came with an imported file or was saved in the editor, under its rules
/// hash: a framework with the same rules (another wording) is replaced.
pub fn save_framework(framework: &Framework) -> Result<(), StoreError> {
    let raw = to_json(framework).map_err(|e| StoreError::Corrupt(Corrupt::NotEncoded(e.to_string())))?;
    write_checked(&crate::format::store::framework_key(&rules_hash(framework)), &raw)
}

/// A framework read from storage.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredFramework {
    pub framework: Framework,
    pub rules_hash: String,
    /// For an entry stored before the rules hash was split: the framework hash it is stored under,
    /// which assessments scored under it then recorded.
    pub old_key: Option<String>,
}

/// Every stored framework whose content still matches its key and passes the checks a file's
/// framework passes. An entry that cannot be read, no longer hashes to its key, or fails a check is
/// left untouched and reported.
pub fn load_frameworks() -> (Vec<Framework>, Vec<StorageProblem>) {
    let (stored, problems) = load_stored_frameworks();
    (stored.into_iter().map(|s| s.framework).collect(), problems)
}

/// `load_frameworks`, with each framework's rules hash and, for an entry stored before the rules
/// hash was split, its old key. Entries under their rules hash come first: where an older entry has
/// the same rules, its wording is the older one.
pub fn load_stored_frameworks() -> (Vec<StoredFramework>, Vec<StorageProblem>) {
    use crate::format::store::FRAMEWORK_PREFIX;
    let Ok(storage) = local_storage() else { return (Vec::new(), Vec::new()) };
    let mut frameworks = Vec::new();
    let mut problems = Vec::new();
    for key in keys_with(&storage, FRAMEWORK_PREFIX).unwrap_or_default() {
        let stored_hash = key.strip_prefix(FRAMEWORK_PREFIX).unwrap_or_default();
        let parsed = get(&storage, &key).ok().flatten().and_then(|raw| from_json::<Framework>(&raw).ok());
        // Under its rules hash, or (stored before the split) under its framework hash.
        let keyed = parsed.and_then(|f| {
            let hash = rules_hash(&f);
            if hash == stored_hash {
                Some((f, hash, None))
            } else if framework_hash(&f) == stored_hash {
                Some((f, hash, Some(stored_hash.to_string())))
            } else {
                None
            }
        });
        // Checked as a file's framework is, after dropping the blank search-term lines an older
        // editor saved (terms are outside both hashes, so the key still holds).
        let checked = keyed.map(|(f, hash, old)| {
            let f = crate::domain::without_blank_terms(&f);
            let verdict = crate::format::normalise::check_framework(&f);
            (StoredFramework { framework: f, rules_hash: hash, old_key: old }, verdict)
        });
        match checked {
            Some((framework, Ok(()))) => frameworks.push(framework),
            Some((_, Err(refusal))) => problems
                .push(StorageProblem::FrameworkRefused { key: key.clone(), refusal: Box::new(refusal) }),
            None => problems.push(StorageProblem::FrameworkUnreadable { key: key.clone() }),
        }
    }
    // Stable: keys stay in their sorted order within each group.
    sorting::sort_by_key(&mut frameworks, |f| f.old_key.is_some());
    (frameworks, problems)
}

/// Where the framework editor keeps its draft: one at a time, saved as it is typed.
const FRAMEWORK_DRAFT_KEY: &str = "spec-lens:v1:framework-draft";

/// The framework being edited, if any (None too when it cannot be read).
pub fn load_framework_draft() -> Option<crate::domain::Framework> {
    read_raw(FRAMEWORK_DRAFT_KEY).ok().flatten().and_then(|raw| from_json(&raw).ok())
}

pub fn save_framework_draft(framework: &crate::domain::Framework) -> Result<(), StoreError> {
    let raw = to_json(framework).map_err(|e| StoreError::Corrupt(Corrupt::NotEncoded(e.to_string())))?;
    write_checked(FRAMEWORK_DRAFT_KEY, &raw)
}

pub fn clear_framework_draft() {
    if let Ok(storage) = local_storage() {
        let _ = remove(&storage, FRAMEWORK_DRAFT_KEY);
    }
}

/// The workshop in progress, as stored (JSON), if any.
pub fn load_workshop() -> Result<Option<String>, StoreError> {
    read_raw(&crate::format::store::workshop_key())
}

pub fn save_workshop(raw: &str) -> Result<(), StoreError> {
    write_checked(&crate::format::store::workshop_key(), raw)
}

/// Ends the workshop in progress. Its agreed result has been exported or saved by then.
pub fn clear_workshop() -> Result<(), StoreError> {
    remove(&local_storage()?, &crate::format::store::workshop_key())
}

/// Moves an unreadable workshop entry aside, byte for byte, so a new workshop can start.
pub fn quarantine_workshop(raw: &str, stamp: &str) -> Result<(), StoreError> {
    let key = crate::format::store::workshop_key();
    let storage = local_storage()?;
    storage.set_item(&crate::format::store::quarantine_key(&key, stamp), raw).map_err(js_error)?;
    remove(&storage, &key)
}
