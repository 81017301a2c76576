//! The frameworks this page knows: the built-in one, parsed once at start.

use leptos::prelude::*;

use crate::domain::{builtin, Framework};

/// Built-in frameworks, or the reason one failed to load (shown to the user, never a panic).
#[derive(Clone)]
pub struct Catalogue {
    pub frameworks: Vec<Framework>,
    pub problems: Vec<String>,
}

impl Catalogue {
    pub fn load() -> Catalogue {
        match builtin::builtin_framework() {
            Ok(framework) => Catalogue { frameworks: vec![framework], problems: vec![] },
            Err(error) => Catalogue {
                frameworks: vec![],
                problems: vec![format!("The built-in framework could not be read ({error}).")],
            },
        }
    }

    pub fn framework(&self, id: &str) -> Option<&Framework> {
        self.frameworks.iter().find(|f| f.id == id)
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
