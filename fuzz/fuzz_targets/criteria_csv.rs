//! The fuzz target "criteria_csv": any bytes into `checks::criteria_spreadsheet` (see tests/support/fuzz_checks.rs).
#![no_main]

#[path = "../../tests/support/fuzz_checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::criteria_spreadsheet(data));
