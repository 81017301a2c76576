//! Spec Lens: score a service specification against inclusive needs-assessment criteria.
//!
//! Layers, data flowing one way: `browser` <-> `state` <-> `ui`, with `format` and `domain` pure.

pub mod browser;
pub mod domain;
pub mod format;
pub mod state;
pub mod ui;
