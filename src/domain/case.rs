//! Lower case for comparing what people type: assessors' names, specification titles, quoted
//! evidence and column headings. Unicode's own lower case (the standard library's tables), in every
//! script, with one change for comparing: the Turkish capital İ becomes a plain i, as a Turkish
//! speaker writes it in small letters ("İSMAİL" and "İsmail" are one name), where Unicode gives an
//! i with a combining dot above.
//!
//! Accents are kept: "Siân" and "Sian" may be two people. The evidence finder and the Frameworks
//! filter, which look for words, fold accents away as well (`domain::finder::Fold`).
//!
//! The tables: in the wasm (the page and the reader's worker), the browser's own, through
//! `browser::fold::{lower_case, upper_case}`; the standard library's would add about 25 KB of wasm
//! (11 KB gzip) to every first load. Natively, the standard library's. `tests/web.rs` checks that
//! the two agree letter by letter.

#[cfg(target_arch = "wasm32")]
use crate::browser::fold::{lower_case as unicode_lower, upper_case as unicode_upper};

#[cfg(not(target_arch = "wasm32"))]
fn unicode_lower(text: &str) -> String {
    text.to_lowercase()
}

#[cfg(not(target_arch = "wasm32"))]
fn unicode_upper(text: &str) -> String {
    text.to_uppercase()
}

/// `text` in small letters, for comparing.
pub fn lower(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    if text.contains(TURKISH_CAPITAL_I) {
        return unicode_lower(&text.replace(TURKISH_CAPITAL_I, "i"));
    }
    unicode_lower(text)
}

/// One character in small letters, for comparing text character by character (a quote with the
/// clause it was taken from): as [`lower`] gives it, except that a final sigma (ς) is the sigma σ,
/// since one character alone cannot tell whether it ends a word.
pub fn lower_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if c == TURKISH_CAPITAL_I {
        return 'i';
    }
    // Only letters have case (in the wasm, this spares a call to the browser per punctuation mark).
    if !c.is_alphabetic() {
        return c;
    }
    // Every other character's lower case is one character (only İ has two in Unicode's table).
    let mut buffer = [0u8; 4];
    let small = unicode_lower(c.encode_utf8(&mut buffer));
    let mut chars = small.chars();
    match (chars.next(), chars.next()) {
        (Some('ς'), None) => 'σ',
        (Some(small), None) => small,
        _ => c,
    }
}

/// `text` with its first letter made capital, for a sentence that starts with words we wrote
/// ("section 2", "the weight of criterion \"x\"") or a user's title.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else { return String::new() };
    if first.is_ascii() {
        return first.to_ascii_uppercase().to_string() + chars.as_str();
    }
    let mut buffer = [0u8; 4];
    unicode_upper(first.encode_utf8(&mut buffer)) + chars.as_str()
}

const TURKISH_CAPITAL_I: char = '\u{130}';
