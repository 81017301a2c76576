//! UI preferences: kept apart from documents, never exported, and harmless to lose.

use serde::{Deserialize, Serialize};

use crate::browser::storage;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct UiPrefs {
    /// Score all criteria in one table rather than one at a time.
    pub scoring_as_list: bool,
    /// Show the specification beside the criterion while scoring.
    pub document_open: bool,
    /// The page's language ("en" or "cy"), once chosen; until then the browser's preference.
    pub language: Option<String>,
}

pub fn load() -> UiPrefs {
    storage::read_prefs()
}

/// Saving a preference may fail (full storage); the page works on without it.
pub fn update(change: impl FnOnce(&mut UiPrefs)) {
    let mut prefs = load();
    change(&mut prefs);
    let _ = storage::write_prefs(&prefs);
}
