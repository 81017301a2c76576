//! The page in Welsh for one test: the Welsh catalogue read (once per thread, as the page reads it
//! once) and chosen. Included with `#[path = "support/welsh.rs"] mod welsh;`.

// Each test crate that includes this file uses only part of it.
#![allow(dead_code)]

use spec_lens::i18n::messages::welsh_catalogue_json;
use spec_lens::i18n::{self, load_welsh, Lang};

/// Chooses Welsh for the rest of this test's thread (the choice is per thread).
pub fn choose_welsh() {
    if !i18n::welsh_loaded() {
        load_welsh(&welsh_catalogue_json()).expect("the Welsh catalogue reads");
    }
    i18n::set_current(Lang::Welsh);
}

/// Runs `read` with the page in Welsh, then goes back to English.
pub fn in_welsh<T>(read: impl FnOnce() -> T) -> T {
    choose_welsh();
    let out = read();
    i18n::set_current(Lang::English);
    out
}
