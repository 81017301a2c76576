//! Reactive glue: one `provide_*`/`use_*` pair per concern, newtype contexts.

pub mod catalogue;
pub mod language;
pub mod library;
pub mod prefs;
pub mod route;
pub mod workshop;
