//! The file and storage formats: versioned envelopes, migrations, normalisation and typed errors.
//! Pure: no web-sys, no clock. Everything here is tested natively.

pub mod envelope;
pub mod store;
