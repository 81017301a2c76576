//! Which plural form a count takes, by the rules of Unicode's CLDR for whole numbers.
//!
//! Counts in Spec Lens are whole numbers, and for those the rules of English and Welsh are short
//! enough to write out; a wasm test checks them against the browser's `Intl.PluralRules`.

use super::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    /// The name `Intl.PluralRules` gives the category.
    pub fn name(self) -> &'static str {
        match self {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }
}

pub(super) fn categories(lang: Lang) -> &'static [PluralCategory] {
    use PluralCategory::*;
    match lang {
        Lang::English => &[One, Other],
        Lang::Welsh => &[Zero, One, Two, Few, Many, Other],
    }
}

pub(super) fn category(lang: Lang, n: u64) -> PluralCategory {
    use PluralCategory::*;
    match (lang, n) {
        (Lang::English, 1) => One,
        (Lang::English, _) => Other,
        // CLDR: zero n = 0; one n = 1; two n = 2; few n = 3; many n = 6; other everything else.
        (Lang::Welsh, 0) => Zero,
        (Lang::Welsh, 1) => One,
        (Lang::Welsh, 2) => Two,
        (Lang::Welsh, 3) => Few,
        (Lang::Welsh, 6) => Many,
        (Lang::Welsh, _) => Other,
    }
}
