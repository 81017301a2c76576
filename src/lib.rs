//! Spec Lens: score a service specification against inclusive needs-assessment criteria.
//!
//! Layers, data flowing one way: `browser` <-> `state` <-> `ui`, with `format` and `domain` pure.
//! `i18n` words what the others show, in English or Welsh.

pub mod browser;
pub mod domain;
pub mod format;
pub mod i18n;
pub mod state;
pub mod ui;
