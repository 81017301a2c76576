//! Words and their folded forms, shared by the native test of `UnicodeFold` (tests/finder.rs) and the
//! browser test of `BrowserFold` (tests/web.rs), so that the page's fold is held to the native one.

/// (word, folded): Welsh letters, accents typed as one character or two, capitals of several
/// scripts, letters whose lower case is longer or context-dependent.
pub const FOLD_CASES: &[(&str, &str)] = &[
    ("Gŵyl", "gwyl"),
    ("DŴR", "dwr"),
    ("ŷ", "y"),
    ("Â", "a"),
    ("Cymraeg", "cymraeg"),
    ("w\u{0302}yl", "wyl"),
    ("Café", "cafe"),
    ("NAÏVE", "naive"),
    ("Ångström", "angstrom"),
    ("İstanbul", "istanbul"),
    ("Straße", "straße"),
    ("ÉCOLE", "ecole"),
    ("Łódź", "łodz"),
    ("ΟΔΟΣ", "οδος"),
    ("Москва", "москва"),
    ("Ǆemal", "ǆemal"),
    ("１２３", "１２３"),
];

/// (character, is a combining mark).
pub const MARK_CASES: &[(char, bool)] =
    &[('\u{0302}', true), ('\u{0301}', true), ('\u{0308}', true), ('ŵ', false), ('a', false), ('-', false)];
