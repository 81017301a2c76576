//! The frameworks this page knows: the built-in one, parsed once at start, and those that came
//! with imported files, kept in storage.

use leptos::prelude::*;

use crate::browser::storage;
use crate::domain::{builtin, rules_hash, version_key, Framework, FrameworkRef};

/// Built-in frameworks, or the reason one failed to load (shown to the user, never a panic).
#[derive(Clone)]
pub struct Catalogue {
    pub frameworks: Vec<Framework>,
    pub problems: Vec<String>,
}

impl Catalogue {
    pub fn load() -> Catalogue {
        let mut catalogue = match builtin::builtin_framework() {
            Ok(framework) => Catalogue { frameworks: vec![framework], problems: vec![] },
            Err(error) => Catalogue {
                frameworks: vec![],
                problems: vec![format!("The built-in framework could not be read ({error}).")],
            },
        };
        let (stored, problems) = storage::load_frameworks();
        catalogue.problems.extend(problems);
        for framework in stored {
            catalogue.insert(framework);
        }
        catalogue
    }

    /// Every framework with its rules hash, worked out once for a batch of files rather than once
    /// per file (hashing a framework is the slow part of reading one).
    pub fn hashed(&self) -> Vec<(String, Framework)> {
        self.frameworks.iter().map(|f| (rules_hash(f), f.clone())).collect()
    }

    /// The built-in frameworks only: what a share link may leave out.
    pub fn builtin(&self) -> Vec<Framework> {
        self.frameworks.iter().take(1).cloned().collect()
    }

    /// By id, for pages addressed by a framework's id: its newest version (by the numbers in the
    /// version; on a tie, the one found last).
    pub fn framework(&self, id: &str) -> Option<&Framework> {
        self.frameworks.iter().filter(|f| f.id == id).max_by_key(|f| version_key(&f.version))
    }

    /// A newer version of `framework` (same id, other rules, a higher version), to re-score under.
    pub fn newer_version(&self, framework: &Framework) -> Option<&Framework> {
        self.framework(&framework.id).filter(|newest| {
            version_key(&newest.version) > version_key(&framework.version)
                && rules_hash(newest) != rules_hash(framework)
        })
    }

    /// The framework an assessment was scored under: the one with its rules hash, never merely
    /// one with the same id, since an edited copy may keep the id.
    pub fn for_assessment(&self, reference: &FrameworkRef) -> Option<&Framework> {
        self.frameworks.iter().find(|f| rules_hash(f) == reference.rules_hash)
    }

    /// Adds a framework from an imported file or the editor and keeps it in storage. Known ones are left alone.
    pub fn add(&mut self, framework: Framework) -> Result<(), String> {
        let hash = rules_hash(&framework);
        if self.frameworks.iter().any(|f| rules_hash(f) == hash) {
            return Ok(());
        }
        storage::save_framework(&framework).map_err(|e| e.to_string())?;
        self.insert(framework);
        Ok(())
    }

    fn insert(&mut self, framework: Framework) {
        let hash = rules_hash(&framework);
        if !self.frameworks.iter().any(|f| rules_hash(f) == hash) {
            self.frameworks.push(framework);
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
