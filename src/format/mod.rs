//! The file and storage formats: versioned envelopes, migrations, normalisation and typed errors.
//! Pure: no web-sys, no clock. Everything here is tested natively.

pub mod comparison;
pub mod criteria_csv;
pub mod csv;
pub mod document;
pub mod docx_report;
pub mod envelope;
pub mod errors;
pub mod import;
pub mod migrate;
pub mod normalise;
pub mod notes;
pub mod report;
pub mod share;
pub mod store;
