//! The page in Welsh for one test: the Welsh catalogue read (once per thread, as the page reads it
//! once) and chosen, and a check that a message has no English left. Included with `#[path = "support/welsh.rs"] mod welsh;`.

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

/// Words that are English and not Welsh: one of them in a message means part of it was not worded.
/// ("is" is Welsh too: "yn is na", lower than.)
const ENGLISH: &[&str] = &[
    "the",
    "not",
    "of",
    "this",
    "that",
    "file",
    "framework",
    "criterion",
    "criteria",
    "because",
    "ask",
    "address",
    "source",
    "section",
    "and",
    "with",
    "it",
    "its",
    "has",
    "needs",
    "type",
    "write",
    "weight",
    "title",
    "level",
    "scale",
    "was",
    "be",
    "could",
    "read",
    "for",
    "in",
    "entry",
    "browser",
    "storage",
    "assessment",
    "assessments",
    "removed",
    "line",
    "column",
    "had",
    "were",
    "answer",
    "evidence",
    "clause",
    "left",
    "out",
    "kept",
    "reason",
    "number",
    "given",
    "no",
    "untitled",
    "which",
    "so",
];

/// The message's own words: what it quotes from the data or the file's format ("…", `…`, “…”) left
/// out, and what is in parentheses too when `parenthesised` (the JSON reader's own words).
fn words_of_its_own(message: &str, parenthesised: bool) -> Vec<String> {
    let mut kept = String::new();
    let (mut closing, mut depth) = (None, 0);
    for c in message.chars() {
        match (closing, c) {
            (Some(end), _) if c == end => closing = None,
            (Some(_), _) => {}
            (None, '"' | '`') => closing = Some(c),
            (None, '\u{201c}') => closing = Some('\u{201d}'),
            (None, '(') if parenthesised => depth += 1,
            (None, ')') if parenthesised && depth > 0 => depth -= 1,
            (None, _) if depth == 0 => kept.push(c),
            _ => {}
        }
    }
    kept.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Fails if `message` has a word of English of its own (see `words_of_its_own`).
pub fn assert_no_english(message: &str, parenthesised: bool) {
    let english: Vec<String> = words_of_its_own(message, parenthesised)
        .into_iter()
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect();
    assert!(english.is_empty(), "English words {english:?} in: {message}");
}
