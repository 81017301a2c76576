//! The evidence finder's folding by the browser's own Unicode tables: `String.prototype.normalize`,
//! a `\p{M}` regular expression and `toLowerCase`. The page then carries no Unicode tables of its
//! own (`unicode-normalization`'s would be about 39 KB gzip); `tests/web.rs` checks that this fold
//! gives what `domain::finder::UnicodeFold` gives natively.

use js_sys::{JsString, RegExp};

use crate::domain::finder::Fold;

/// Holds its two regular expressions, compiled once: a document's words are folded in one pass.
pub struct BrowserFold {
    /// Every combining mark, for removing them after decomposition.
    marks: RegExp,
    /// One whole string that is a combining mark.
    one_mark: RegExp,
}

impl BrowserFold {
    pub fn new() -> Self {
        BrowserFold { marks: RegExp::new(r"\p{M}", "gu"), one_mark: RegExp::new(r"^\p{M}$", "u") }
    }
}

impl Default for BrowserFold {
    fn default() -> Self {
        BrowserFold::new()
    }
}

impl Fold for BrowserFold {
    fn is_mark(&self, c: char) -> bool {
        let mut buffer = [0u8; 4];
        self.one_mark.test(c.encode_utf8(&mut buffer))
    }

    fn fold(&self, word: &str) -> String {
        let decomposed = JsString::from(word).normalize("NFD");
        let bare = decomposed.replace_by_pattern(&self.marks, "");
        String::from(bare.to_lower_case())
    }
}

/// Unicode lower case by the browser's own tables (`String.prototype.toLowerCase`, which also
/// makes a final capital sigma ς): `domain::case` in the page and the reader's worker, which then
/// carry none of the standard library's case tables (about 25 KB of wasm).
pub fn lower_case(text: &str) -> String {
    String::from(JsString::from(text).to_lower_case())
}

/// Unicode upper case by the browser's own tables (`String.prototype.toUpperCase`).
pub fn upper_case(text: &str) -> String {
    String::from(JsString::from(text).to_upper_case())
}
