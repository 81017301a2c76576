//! The fuzz target "stored": any bytes into `checks::stored_entry` (see tests/support/fuzz_checks.rs).
#![no_main]

#[path = "../../tests/support/fuzz_checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::stored_entry(data));
