//! The frameworks this page knows: the built-in versions, parsed once at start, and those that
//! came with imported files, kept in storage.
//!
//! One framework per rules hash (the scoring rules alone, see `domain::rules_hash`): the same
//! rules in other words (a translation, a reworded question) are the same framework. For a
//! built-in version the built-in wording is kept whatever a file brings; for a stored framework,
//! a later save or import of the same rules replaces its wording.
//!
//! Assessments from before the split recorded a framework hash; the catalogue still finds their
//! framework by it (`by_hash`), through the built-in versions' recorded old hashes and the keys of
//! frameworks stored then, though stored entries and files are rewritten as they are read.

use std::cell::RefCell;
use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::browser::storage;
use crate::domain::json::from_json;
use crate::domain::{builtin, rules_hash, version_key, Framework, FrameworkRef, Language, Translation};
use crate::format::errors::FrameworkProblem;
use crate::format::normalise::check_framework;

thread_local! {
    /// Built-in versions' wording in other languages, read from their files (`builtin::WORDINGS`)
    /// when the language was first chosen: by rules hash and language code. Kept apart from the
    /// catalogue because Welsh may be read before the catalogue exists (a Welsh reader's first
    /// drawing is already in Welsh).
    static WORDING: RefCell<Vec<(&'static str, &'static str, Translation)>> = const { RefCell::new(Vec::new()) };
}

/// The wording files `lang` needs that have not been read yet.
pub fn wording_to_fetch(lang: Language) -> Vec<(&'static str, &'static str)> {
    builtin::WORDINGS
        .iter()
        .filter(|(hash, l, _)| *l == lang && !has_wording(hash, lang))
        .map(|(hash, _, path)| (*hash, *path))
        .collect()
}

fn has_wording(hash: &str, lang: Language) -> bool {
    WORDING.with(|w| w.borrow().iter().any(|(h, code, _)| *h == hash && *code == lang.code()))
}

/// Reads a built-in version's wording in `lang` from its file and keeps it for every catalogue,
/// this one and any made later. The file is checked with the framework it words (the one check,
/// as for any framework carrying a translation), so a damaged file is refused whole.
pub fn keep_wording(hash: &'static str, lang: Language, json: &str) -> Result<(), FrameworkProblem> {
    // Through the one reader of the app's types (`from_json`): another serde reader would add its own
    // copy of every wording type's reading code to the page (measured: 3 KB gzip).
    let translation: Translation = from_json(json)
        .map_err(|e| FrameworkProblem::WordingUnreadable { language: lang, detail: e.to_string() })?;
    let mut framework = builtin::builtin_frameworks()
        .map_err(|e| FrameworkProblem::BuiltinUnreadable { detail: e.to_string() })?
        .into_iter()
        .find(|(_, h)| *h == hash)
        .map(|(framework, _)| framework)
        .ok_or(FrameworkProblem::WordingWithoutVersion)?;
    framework.languages.insert(lang.code().into(), translation.clone());
    check_framework(&framework)
        .map_err(|e| FrameworkProblem::WordingRefused { language: lang, refusal: Box::new(e) })?;
    WORDING.with(|w| w.borrow_mut().push((hash, lang.code(), translation)));
    Ok(())
}

/// Built-in frameworks, or the reason one failed to load (shown to the user, never a panic).
///
/// Each framework's rules hash is worked out once, when it joins: finding an assessment's
/// framework by hash used to hash every framework again, which was a third of the time it took
/// to list a library of 200.
#[derive(Clone, Default)]
pub struct Catalogue {
    frameworks: Vec<Framework>,
    hashes: Vec<String>,
    /// The built-in versions come first, oldest first.
    builtin_count: usize,
    /// Old references (framework hashes, recorded before the split) and the rules hash each
    /// stands for.
    legacy: BTreeMap<String, String>,
    /// What was left out, and why: shown on the frameworks page.
    pub problems: Vec<FrameworkProblem>,
}

impl Catalogue {
    pub fn load() -> Catalogue {
        let mut catalogue = Catalogue::default();
        match builtin::builtin_frameworks() {
            Ok(versions) => {
                for (framework, hash) in versions {
                    catalogue.insert_hashed(framework, hash.into());
                }
                catalogue.builtin_count = catalogue.frameworks.len();
                catalogue.word_builtin();
            }
            Err(error) => {
                catalogue.problems.push(FrameworkProblem::BuiltinUnreadable { detail: error.to_string() })
            }
        }
        for (old, new) in builtin::LEGACY_RULES_HASHES {
            catalogue.legacy.insert(old.into(), new.into());
        }
        let (stored, problems) = storage::load_stored_frameworks();
        catalogue.problems.extend(problems.into_iter().map(FrameworkProblem::Stored));
        for stored in stored {
            if let Some(old) = stored.old_key {
                catalogue.legacy.insert(old, stored.rules_hash.clone());
            }
            catalogue.insert_hashed(stored.framework, stored.rules_hash);
        }
        catalogue
    }

    /// Gives the built-in versions the wording in other languages read so far (`keep_wording`), so
    /// that they show in those languages (`Framework::in_language`) and are exported with them. The
    /// rules, and so the rules hashes, are unchanged.
    pub fn word_builtin(&mut self) {
        WORDING.with(|w| {
            for (hash, code, translation) in w.borrow().iter() {
                if let Some(framework) = self.builtin_index(hash).and_then(|i| self.frameworks.get_mut(i)) {
                    framework.languages.insert((*code).into(), translation.clone());
                }
            }
        });
    }

    /// Where the built-in version with these rules is, if one has them.
    fn builtin_index(&self, hash: &str) -> Option<usize> {
        self.hashes.iter().take(self.builtin_count).position(|h| h == hash)
    }

    /// The built-in version with `framework`'s rules, to word it in `code` when it has no wording
    /// of its own in that language (a workshop, or a file, keeps its framework as the files brought
    /// it, which may be before Welsh was first chosen).
    fn builtin_wording_for(&self, framework: &Framework, code: &str) -> Option<&Framework> {
        if code == framework.language || framework.languages.contains_key(code) {
            return None;
        }
        self.frameworks.get(self.builtin_index(&rules_hash(framework))?)
    }

    /// `framework` worded in `lang`: by its own translation, or else by the wording of the built-in
    /// version with its rules, read with the language.
    pub fn worded(&self, framework: &Framework, lang: Language) -> Framework {
        let code = lang.code();
        match self.builtin_wording_for(framework, code).and_then(|b| b.languages.get(code)) {
            Some(wording) => {
                let mut with = framework.clone();
                with.languages.insert(code.into(), wording.clone());
                with.in_language(code).into_owned()
            }
            None => framework.in_language(code).into_owned(),
        }
    }

    /// `framework`'s title in `lang`, as `worded` gives it, without copying the framework.
    pub fn worded_title(&self, framework: &Framework, lang: Language) -> String {
        let code = lang.code();
        self.builtin_wording_for(framework, code).unwrap_or(framework).title_in(code).to_string()
    }

    /// Every framework with its rules hash, worked out once for a batch of files rather than once
    /// per file (hashing a framework is the slow part of reading one).
    pub fn hashed(&self) -> Vec<(String, Framework)> {
        self.hashes.iter().cloned().zip(self.frameworks.iter().cloned()).collect()
    }

    /// Every framework, the built-in versions first (oldest first).
    pub fn frameworks(&self) -> &[Framework] {
        &self.frameworks
    }

    /// The framework with exactly this rules hash, or the one an old reference (a framework hash
    /// recorded before the split) stands for.
    pub fn by_hash(&self, hash: &str) -> Option<&Framework> {
        self.by_rules_hash(hash).or_else(|| self.by_rules_hash(self.legacy.get(hash)?))
    }

    fn by_rules_hash(&self, hash: &str) -> Option<&Framework> {
        self.hashes.iter().position(|h| h == hash).and_then(|i| self.frameworks.get(i))
    }

    /// The rules hash an assessment's reference stands for: itself, or for an old reference (a
    /// framework hash recorded before the split) the rules hash of its framework.
    pub fn current_hash<'a>(&'a self, hash: &'a str) -> &'a str {
        match self.legacy.get(hash) {
            Some(renewed) if self.by_rules_hash(hash).is_none() => renewed,
            _ => hash,
        }
    }

    /// The built-in frameworks only: what a share link may leave out.
    pub fn builtin(&self) -> Vec<Framework> {
        self.frameworks.iter().take(self.builtin_count).cloned().collect()
    }

    /// The newest built-in framework: what new assessments and the examples are scored under.
    pub fn newest_builtin(&self) -> Option<&Framework> {
        self.frameworks.get(..self.builtin_count)?.last()
    }

    /// By id, for pages addressed by a framework's id: its newest version (by the numbers in the
    /// version; on a tie, the one found last).
    pub fn framework(&self, id: &str) -> Option<&Framework> {
        self.newest(id).map(|(framework, _)| framework)
    }

    /// This exact version of a framework (on a tie, the one found last).
    pub fn version(&self, id: &str, version: &str) -> Option<&Framework> {
        self.frameworks.iter().rev().find(|f| f.id == id && f.version == version)
    }

    /// Every version of a framework in this browser, newest first (by the numbers in the version).
    pub fn versions(&self, id: &str) -> Vec<&Framework> {
        let mut all: Vec<&Framework> = self.frameworks.iter().filter(|f| f.id == id).collect();
        all.sort_by_key(|f| std::cmp::Reverse(version_key(&f.version)));
        all
    }

    /// A newer version of `framework` (same id, other rules, a higher version), to re-score under.
    pub fn newer_version(&self, framework: &Framework) -> Option<&Framework> {
        let hash = rules_hash(framework);
        self.newest(&framework.id)
            .filter(|(newest, newest_hash)| {
                version_key(&newest.version) > version_key(&framework.version) && *newest_hash != hash
            })
            .map(|(newest, _)| newest)
    }

    /// The newest version with this id (on a tie, the one found last), and its rules hash.
    fn newest(&self, id: &str) -> Option<(&Framework, &str)> {
        self.frameworks
            .iter()
            .zip(&self.hashes)
            .filter(|(f, _)| f.id == id)
            .max_by_key(|(f, _)| version_key(&f.version))
            .map(|(f, hash)| (f, hash.as_str()))
    }

    /// The framework an assessment was scored under: the one with its rules hash, never merely
    /// one with the same id, since an edited copy may keep the id.
    pub fn for_assessment(&self, reference: &FrameworkRef) -> Option<&Framework> {
        self.by_hash(&reference.rules_hash)
    }

    /// Adds a framework from an imported file and keeps it in storage. Known ones are left alone,
    /// the built-in versions whatever wording the file gives them. One with the rules of a stored
    /// one but other wording (titles, questions, search terms, translations: what the rules hash
    /// leaves out) replaces it.
    pub fn add(&mut self, framework: Framework) -> Result<(), String> {
        match self.add_edited(framework) {
            Err(AddError::Builtin) => Ok(()),
            Err(AddError::Storage(message)) => Err(message),
            Ok(()) => Ok(()),
        }
    }

    /// Adds a framework saved in the editor: as `add`, but an edit of a built-in version's wording
    /// alone is refused, so that it is not silently lost (a new version or a copy keeps it).
    pub fn add_edited(&mut self, framework: Framework) -> Result<(), AddError> {
        let hash = rules_hash(&framework);
        match self.hashes.iter().position(|h| *h == hash) {
            Some(i) if self.frameworks.get(i) == Some(&framework) => Ok(()),
            Some(i) if i < self.builtin_count => Err(AddError::Builtin),
            Some(i) => {
                storage::save_framework(&framework).map_err(|e| AddError::Storage(e.to_string()))?;
                if let Some(slot) = self.frameworks.get_mut(i) {
                    *slot = framework;
                }
                Ok(())
            }
            None => {
                storage::save_framework(&framework).map_err(|e| AddError::Storage(e.to_string()))?;
                self.insert(framework);
                Ok(())
            }
        }
    }

    fn insert(&mut self, framework: Framework) {
        let hash = rules_hash(&framework);
        self.insert_hashed(framework, hash);
    }

    fn insert_hashed(&mut self, framework: Framework, hash: String) {
        if self.by_rules_hash(&hash).is_none() {
            self.frameworks.push(framework);
            self.hashes.push(hash);
        }
    }
}

/// Why a framework could not be added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddError {
    /// The rules of a built-in version with other wording.
    Builtin,
    /// Storage refused it (full, or unavailable); the message says so.
    Storage(String),
}

impl std::fmt::Display for AddError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AddError::Builtin => {
                f.write_str(crate::i18n::t(crate::i18n::messages::framework_editor::Editor::BuiltinWording))
            }
            AddError::Storage(message) => f.write_str(message),
        }
    }
}

#[derive(Clone, Copy)]
pub struct CatalogueContext(pub StoredValue<Catalogue>);

pub fn provide_catalogue() {
    provide_context(CatalogueContext(StoredValue::new(Catalogue::load())));
}

pub fn use_catalogue() -> StoredValue<Catalogue> {
    expect_context::<CatalogueContext>().0
}
