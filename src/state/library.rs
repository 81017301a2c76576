//! The library: every assessment in this browser, kept in localStorage so that no work is lost.
//!
//! Edits change the in-memory copy at once and are saved at most 300 ms later, and at once when
//! the page is hidden or closed. A save never overwrites a newer write from another tab: it stops
//! and asks. What storage reports (full quota, quarantined entries) is shown, never swallowed.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::browser::lifecycle::StorageChange;
use crate::browser::{clock, lifecycle, storage};
use crate::domain::sorting;
use crate::domain::{Assessment, EditError, Framework, FrameworkRef, Specification, Status};
use crate::format::store::{self, StorageProblem, StoreError};
use crate::i18n::messages::library::Library as Words;
use crate::i18n::tf;

/// At most this long between an edit and its save.
const SAVE_DELAY: Duration = Duration::from_millis(300);

/// What the "saved" indicator shows. It only says Saved after storage read the bytes back.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    Saved(Option<DateTime<Utc>>),
    Pending,
    Failed(String),
    Conflict,
}

/// A newer copy of an assessment was written by another tab while this one had unsaved edits.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub id: String,
    pub title: String,
    /// The other tab's copy, when the storage event brought it: "take theirs" uses it rather than
    /// reading storage, which in this tab may still hold this tab's own write.
    pub theirs: Option<Assessment>,
}

/// Something storage reported that the user must know about.
#[derive(Clone, Debug, PartialEq)]
pub struct StorageNotice {
    /// Worded when shown (`Display`), in the page's language then.
    pub problem: StorageProblem,
}

#[derive(Clone, Copy)]
pub struct Library {
    assessments: RwSignal<Vec<Assessment>>,
    /// The stored revision each assessment was last loaded or saved at: what a save may overwrite.
    bases: StoredValue<BTreeMap<String, u64>>,
    dirty: StoredValue<BTreeSet<String>>,
    timer: StoredValue<Option<TimeoutHandle>>,
    pub save_state: RwSignal<SaveState>,
    pub quota_full: RwSignal<bool>,
    pub notices: RwSignal<Vec<StorageNotice>>,
    pub conflict: RwSignal<Option<Conflict>>,
    /// The assessment deleted last, while its undo is on offer.
    pub deleted: RwSignal<Option<Assessment>>,
}

pub fn provide_library() -> Library {
    let library = Library::load();
    lifecycle::on_hide(move || library.flush());
    lifecycle::on_storage_change(move |change| library.storage_changed(change));
    provide_context(library);
    library
}

pub fn use_library() -> Library {
    expect_context::<Library>()
}

impl Library {
    fn load() -> Library {
        let loaded = storage::load_library(&clock::stamp());
        let quarantined = loaded.quarantined.iter().map(|q| StorageProblem::Quarantined {
            reason: q.reason.clone(),
            quarantine_key: q.quarantine_key.clone(),
        });
        let kept = loaded
            .kept_unreadable
            .iter()
            .map(|(key, reason)| StorageProblem::KeptUnreadable { key: key.clone(), reason: reason.clone() });
        let notices: Vec<StorageNotice> = quarantined
            .chain(kept)
            .chain(loaded.problems.iter().cloned())
            .map(|problem| StorageNotice { problem })
            .collect();
        let bases = loaded.assessments.iter().map(|(a, base)| (a.id.clone(), *base)).collect();
        let mut assessments: Vec<Assessment> = loaded.assessments.into_iter().map(|(a, _)| a).collect();
        sort_newest_first(&mut assessments);
        Library {
            assessments: RwSignal::new(assessments),
            bases: StoredValue::new(bases),
            dirty: StoredValue::new(BTreeSet::new()),
            timer: StoredValue::new(None),
            save_state: RwSignal::new(SaveState::Saved(None)),
            quota_full: RwSignal::new(false),
            notices: RwSignal::new(notices),
            conflict: RwSignal::new(None),
            deleted: RwSignal::new(None),
        }
    }

    /// Every assessment, newest change first. Reactive.
    pub fn list(&self) -> Signal<Vec<Assessment>> {
        let assessments = self.assessments;
        Signal::derive(move || assessments.get())
    }

    /// One assessment, reactive; None once it is deleted.
    pub fn get(&self, id: String) -> Memo<Option<Assessment>> {
        let assessments = self.assessments;
        Memo::new(move |_| assessments.with(|list| list.iter().find(|a| a.id == id).cloned()))
    }

    pub fn contains(&self, id: &str) -> bool {
        self.assessments.with_untracked(|list| list.iter().any(|a| a.id == id))
    }

    /// Adds a new draft assessment and saves it at once. Returns its id.
    pub fn create(&self, specification: Specification, framework: &Framework, assessor: String) -> String {
        let now = clock::now();
        let assessment = Assessment {
            id: clock::new_id("a"),
            specification,
            framework: FrameworkRef {
                id: framework.id.clone(),
                version: framework.version.clone(),
                rules_hash: crate::domain::rules_hash(framework),
            },
            assessor,
            status: Status::Draft,
            created_at: now,
            updated_at: now,
            revision: 1,
            responses: BTreeMap::new(),
            provenance: None,
        };
        self.insert(assessment)
    }

    /// Adds a copy under a new id, as a draft, and saves it at once. Returns the new id.
    pub fn duplicate(&self, id: &str) -> Option<String> {
        let original = self.assessments.with_untracked(|list| list.iter().find(|a| a.id == id).cloned())?;
        let now = clock::now();
        let mut copy = original;
        copy.id = clock::new_id("a");
        copy.specification.title = tf(Words::CopyOf, &[("title", &copy.specification.title)]);
        copy.status = Status::Draft;
        copy.created_at = now;
        copy.updated_at = now;
        copy.revision = 1;
        Some(self.insert(copy))
    }

    /// Adds an assessment as it is (an example or an import) and saves it at once.
    pub fn insert(&self, assessment: Assessment) -> String {
        let id = assessment.id.clone();
        self.assessments.update(|list| {
            list.retain(|a| a.id != id);
            list.insert(0, assessment);
        });
        self.mark_dirty(&id);
        self.flush();
        id
    }

    /// Adds an incoming assessment, replacing the stored one with the same id. The user chose to
    /// replace, so this overwrites on purpose: from the stored revision, with a revision above it.
    pub fn insert_replacing(&self, mut assessment: Assessment) -> String {
        let id = assessment.id.clone();
        if let Ok(Some(stored)) = storage::stored_revision(&id) {
            assessment.revision = store::revision_to_overwrite(assessment.revision, stored);
            self.bases.update_value(|b| {
                b.insert(id.clone(), stored);
            });
        }
        self.insert(assessment)
    }

    /// Applies one edit through the domain's rules; the change is saved within 300 ms.
    pub fn edit(
        &self,
        id: &str,
        change: impl FnOnce(&mut Assessment, DateTime<Utc>) -> Result<(), EditError>,
    ) -> Result<(), EditError> {
        let now = clock::now();
        let mut result = Ok(());
        self.assessments.update(|list| {
            if let Some(assessment) = list.iter_mut().find(|a| a.id == id) {
                result = change(assessment, now);
            }
        });
        if result.is_ok() {
            self.mark_dirty(id);
            self.schedule_save();
        }
        result
    }

    pub fn rename(&self, id: &str, title: String) -> Result<(), EditError> {
        self.edit(id, |a, now| a.set_title(title, now))
    }

    /// Deletes from storage (keeping a copy for undo) and from the list.
    pub fn delete(&self, id: &str) {
        self.flush();
        let Some(assessment) = self.assessments.with_untracked(|l| l.iter().find(|a| a.id == id).cloned())
        else {
            return;
        };
        match storage::delete_assessment(id) {
            Ok(()) => {
                self.assessments.update(|list| list.retain(|a| a.id != id));
                self.bases.update_value(|b| {
                    b.remove(id);
                });
                self.deleted.set(Some(assessment));
            }
            Err(error) => self.report(error),
        }
    }

    pub fn undo_delete(&self) {
        match storage::restore_trash() {
            Ok(Some(assessment)) => {
                let id = assessment.id.clone();
                self.bases.update_value(|b| {
                    b.insert(id, assessment.revision);
                });
                self.assessments.update(|list| {
                    list.insert(0, assessment);
                    sort_newest_first(list);
                });
                self.deleted.set(None);
            }
            Ok(None) => self.deleted.set(None),
            Err(error) => self.report(error),
        }
    }

    /// Writes every unsaved change now. Safe to call at any time.
    pub fn flush(&self) {
        if let Some(handle) = self.timer.try_update_value(|t| t.take()).flatten() {
            handle.clear();
        }
        let dirty = self.dirty.try_update_value(std::mem::take).unwrap_or_default();
        if dirty.is_empty() {
            return;
        }
        let mut failed = None;
        for id in dirty {
            if let Err(error) = self.save_one(&id) {
                self.dirty.update_value(|d| {
                    d.insert(id.clone());
                });
                failed = Some(error);
            }
        }
        match failed {
            None => {
                self.quota_full.set(false);
                self.save_state.set(SaveState::Saved(Some(clock::now())));
            }
            Some(error) => self.report(error),
        }
    }

    /// The conflict's resolution: keep this tab's version, overwriting the other tab's.
    pub fn keep_mine(&self) {
        let Some(conflict) = self.conflict.get_untracked() else { return };
        if let Ok(Some(stored)) = storage::stored_revision(&conflict.id) {
            // Overwrite deliberately: from the stored revision, with a revision above both.
            self.bases.update_value(|b| {
                b.insert(conflict.id.clone(), stored);
            });
            self.assessments.update(|list| {
                if let Some(a) = list.iter_mut().find(|a| a.id == conflict.id) {
                    a.revision = store::revision_to_overwrite(a.revision, stored);
                }
            });
        }
        self.conflict.set(None);
        self.mark_dirty(&conflict.id);
        self.flush();
    }

    /// The conflict's resolution: take the other tab's version, dropping this tab's unsaved edits.
    pub fn take_theirs(&self) {
        let Some(conflict) = self.conflict.get_untracked() else { return };
        self.dirty.update_value(|d| {
            d.remove(&conflict.id);
        });
        match conflict.theirs {
            Some(theirs) => self.take(theirs),
            None => self.reload_one(&conflict.id),
        }
        self.conflict.set(None);
        self.save_state.set(SaveState::Saved(Some(clock::now())));
    }

    pub fn dismiss_notices(&self) {
        self.notices.set(vec![]);
    }

    fn save_one(&self, id: &str) -> Result<(), StoreError> {
        let Some(assessment) = self.assessments.with_untracked(|l| l.iter().find(|a| a.id == id).cloned())
        else {
            return Ok(());
        };
        let base = self.bases.with_value(|b| b.get(id).copied());
        let new_base = storage::save_assessment(&assessment, base).inspect_err(|error| {
            if matches!(error, StoreError::Conflict { .. }) {
                let title = assessment.specification.title.clone();
                self.conflict.set(Some(Conflict { id: id.to_string(), title, theirs: None }));
            }
        })?;
        self.bases.update_value(|b| {
            b.insert(id.to_string(), new_base);
        });
        Ok(())
    }

    fn mark_dirty(&self, id: &str) {
        self.dirty.update_value(|d| {
            d.insert(id.to_string());
        });
        if !matches!(self.save_state.get_untracked(), SaveState::Conflict) {
            self.save_state.set(SaveState::Pending);
        }
    }

    /// Debounced, but never by more than SAVE_DELAY after the first unsaved edit.
    fn schedule_save(&self) {
        if self.timer.with_value(Option::is_some) {
            return;
        }
        let library = *self;
        let handle = set_timeout_with_handle(move || library.flush(), SAVE_DELAY).ok();
        self.timer.set_value(handle);
    }

    fn report(&self, error: StoreError) {
        match error {
            StoreError::Conflict { .. } => self.save_state.set(SaveState::Conflict),
            StoreError::QuotaExceeded => {
                self.quota_full.set(true);
                self.save_state.set(SaveState::Failed(error.to_string()));
            }
            other => self.save_state.set(SaveState::Failed(other.to_string())),
        }
    }

    /// Another tab wrote to storage. Take its changes where this tab has none pending; where this
    /// tab has unsaved edits to the same assessment, ask.
    ///
    /// What the other tab wrote is read from the event, not from storage: each tab keeps its own
    /// copy of localStorage, and Chromium keeps a tab's pending write over another tab's, so after
    /// two saves in the same instant each tab can read back its own.
    fn storage_changed(&self, change: StorageChange) {
        let Some(key) = change.key else { return };
        if key == store::index_key() {
            self.load_new_from_index();
            return;
        }
        let Some(id) = key.strip_prefix(&store::assessment_key("")).map(str::to_string) else { return };
        let dirty = self.dirty.with_value(|d| d.contains(&id));
        let theirs = match change.new_value.as_deref().map(storage::decode_stored) {
            Some(Ok(theirs)) => Some(theirs),
            // Unreadable here (perhaps written by a newer Spec Lens): with edits pending, ask.
            Some(Err(error)) if !dirty => return self.report(error),
            Some(Err(_)) | None => None,
        };
        let stored = theirs.as_ref().map(|a| a.revision);
        let base = self.bases.with_value(|b| b.get(&id).copied());
        // Two tabs saving within a few milliseconds can both write the same revision. Storage
        // keeps the later write; the event's old value tells which that was: when the value
        // theirs replaced is this tab's, this tab's save was overwritten and it must ask. When it
        // is older, this tab's save came later and is the one kept: the other tab asks.
        let overwritten = stored == base
            && theirs.as_ref().is_some_and(|t| !self.is_mine(t))
            && change
                .old_value
                .as_deref()
                .and_then(|raw| storage::decode_stored(raw).ok())
                .is_some_and(|old| self.is_mine(&old));
        if stored == base && !overwritten {
            return;
        }
        if overwritten || dirty {
            let title = self
                .assessments
                .with_untracked(|l| l.iter().find(|a| a.id == id).map(|a| a.specification.title.clone()))
                .unwrap_or_default();
            self.conflict.set(Some(Conflict { id, title, theirs }));
            self.save_state.set(SaveState::Conflict);
        } else {
            match theirs {
                Some(theirs) => self.take(theirs),
                None => self.drop_deleted(&id),
            }
        }
    }

    /// True when this tab holds exactly `assessment` (same id, same content).
    fn is_mine(&self, assessment: &Assessment) -> bool {
        self.assessments.with_untracked(|list| list.iter().any(|mine| mine == assessment))
    }

    /// Deleted in another tab: drop it here too, unless this tab has unsaved edits to it.
    fn drop_deleted(&self, id: &str) {
        if !self.dirty.with_value(|d| d.contains(id)) {
            self.assessments.update(|list| list.retain(|a| a.id != id));
        }
    }

    /// Puts another tab's copy in place of this tab's, as the base of the next save.
    fn take(&self, assessment: Assessment) {
        self.bases.update_value(|b| {
            b.insert(assessment.id.clone(), assessment.revision);
        });
        self.assessments.update(|list| match list.iter_mut().find(|a| a.id == assessment.id) {
            Some(slot) => *slot = assessment,
            None => list.insert(0, assessment),
        });
    }

    fn reload_one(&self, id: &str) {
        match storage::read_raw(&store::assessment_key(id)) {
            Ok(Some(raw)) => match storage::decode_stored(&raw) {
                Ok(assessment) => self.take(assessment),
                Err(error) => self.report(error),
            },
            Ok(None) => self.drop_deleted(id),
            Err(error) => self.report(error),
        }
    }

    fn load_new_from_index(&self) {
        let loaded = storage::load_library(&clock::stamp());
        for (assessment, base) in loaded.assessments {
            if !self.contains(&assessment.id) {
                self.bases.update_value(|b| {
                    b.insert(assessment.id.clone(), base);
                });
                self.assessments.update(|list| list.insert(0, assessment));
            }
        }
    }
}

fn sort_newest_first(list: &mut Vec<Assessment>) {
    sorting::sort_by(list, |a, b| b.updated_at.cmp(&a.updated_at).then_with(|| a.id.cmp(&b.id)));
}
