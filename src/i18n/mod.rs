//! Every word the page shows, in English and in Welsh: the message catalogue.
//!
//! Messages are declared in `messages/`, one area per file, each English message beside its Welsh
//! one, so a reviewer reads both on one line. Keys are enum variants, checked by the compiler; a
//! message that takes a number has one form per plural category of each language (English two,
//! Welsh six), also checked by the compiler.
//!
//! Only English is compiled into the page. The Welsh text is compiled natively only, written to
//! `public/i18n/cy.json` (`cargo test --test catalogue` with `UPDATE_FIXTURES=1`; the test fails
//! when the file is stale), fetched when Welsh is first chosen and kept by the service worker.
//!
//! Wording happens here and in `ui`, never in `domain`: the domain returns structure (a kind and its
//! numbers) and the interface words it in the reader's language. Nothing worded is saved into data.

pub mod messages;
pub mod notes;
mod plural;
pub mod refusals;
mod template;
pub mod words;

use std::cell::{Cell, RefCell};

pub use plural::PluralCategory;
pub use template::{fill, parts, slot_names, Part};

/// The languages of the page: the domain's, so a file's, a framework's and the page's language are
/// one type. What only the page needs of a language is added here.
pub use crate::domain::Language as Lang;

impl Lang {
    /// A tag as written in addresses and `navigator.language` ("cy", "cy-GB", "en-GB", "EN").
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?;
        Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The language's own name for itself: the toggle shows each language in that language.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::English => "English",
            Lang::Welsh => "Cymraeg",
        }
    }

    /// The plural categories this language's messages have forms for, in the order they are written.
    pub fn plural_categories(self) -> &'static [PluralCategory] {
        plural::categories(self)
    }

    pub fn plural_category(self, n: u64) -> PluralCategory {
        plural::category(self, n)
    }
}

/// A set of messages without numbers: one area of the catalogue (declared with `messages!`).
pub trait Messages: Copy + 'static {
    /// The area's name: a top-level key of the Welsh file.
    const AREA: &'static str;
    fn key(self) -> &'static str;
    fn english(self) -> &'static str;
}

/// A set of messages that each take a count, with a form per plural category (`plurals!`).
pub trait Plurals: Copy + 'static {
    const AREA: &'static str;
    fn key(self) -> &'static str;
    /// English forms: "one", then "other".
    fn english(self) -> [&'static str; 2];
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::English) };
    static WELSH: RefCell<Option<&'static Translations>> = const { RefCell::new(None) };
    /// The Welsh file as read, for the document reader's worker, which words the Word report in
    /// the page's language and has no catalogue of its own.
    static WELSH_TEXT: Cell<Option<&'static str>> = const { Cell::new(None) };
}

/// The Welsh text, read once from its file and kept for the page's life: (area, key) -> text or
/// forms, sorted for binary search (a sorted list costs the page less code than a hash map).
type Translations = Vec<((&'static str, &'static str), Translation)>;

enum Translation {
    Plain(&'static str),
    Counted(Vec<&'static str>),
}

/// Leaked on purpose: read once per page, then every message borrows from it for the page's life.
fn keep(text: &str) -> &'static str {
    Box::leak(text.to_string().into_boxed_str())
}

/// The language messages are worded in now.
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// Words every later message in `lang`. Welsh needs `load_welsh` first; until then (or for a key the
/// file lacks) the English is shown, never an empty string or a key.
pub fn set_current(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

/// Why the page could not change language; it stays in the one it is in. Worded when shown
/// (`i18n::refusals`).
#[derive(Clone, Debug, PartialEq)]
pub enum LanguageProblem {
    /// A file the language needs could not be fetched: the site's answer ("HTTP 404"), or none
    /// (offline, or no answer).
    Unfetched { status: Option<String> },
    /// The catalogue is not what the build wrote (`detail` says where).
    Unreadable { detail: String },
    /// The built-in framework's wording in the language was refused.
    Wording(crate::format::errors::FrameworkProblem),
}

/// Whether the Welsh text has been read (so choosing Welsh needs no fetch).
pub fn welsh_loaded() -> bool {
    WELSH.with(|w| w.borrow().is_some())
}

/// Reads the Welsh catalogue (`public/i18n/cy.json`). Refused whole if it is not the shape written
/// by `welsh_catalogue_json`: a half-read catalogue would mix languages without saying so.
pub fn load_welsh(json: &str) -> Result<(), LanguageProblem> {
    let unreadable = |detail: String| LanguageProblem::Unreadable { detail };
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| unreadable(e.to_string()))?;
    let areas = value.as_object().ok_or_else(|| unreadable("not a list of areas".into()))?;
    let mut translations = Translations::new();
    for (area, entries) in areas {
        let entries =
            entries.as_object().ok_or_else(|| unreadable(format!("{area}: not a list of messages")))?;
        let area = keep(area);
        for (key, value) in entries {
            let translation = match value {
                serde_json::Value::String(text) => Translation::Plain(keep(text)),
                serde_json::Value::Array(forms) => Translation::Counted(
                    forms
                        .iter()
                        .map(|f| f.as_str().map(keep))
                        .collect::<Option<_>>()
                        .ok_or_else(|| unreadable(format!("{area}.{key}: not a list of words")))?,
                ),
                _ => return Err(unreadable(format!("{area}.{key}: not text"))),
            };
            translations.push(((area, keep(key)), translation));
        }
    }
    // No sort needed: serde_json's maps are ordered by key (no `preserve_order`), so the entries came
    // out ordered by (area, key), as `translation`'s binary search needs.
    let leaked: &'static Translations = Box::leak(Box::new(translations));
    WELSH.with(|w| *w.borrow_mut() = Some(leaked));
    WELSH_TEXT.with(|w| w.set(Some(keep(json))));
    Ok(())
}

/// The Welsh file as `load_welsh` read it, once it has.
pub fn welsh_text() -> Option<&'static str> {
    WELSH_TEXT.with(Cell::get)
}

fn translation(area: &str, key: &str) -> Option<&'static Translation> {
    let table = welsh()?;
    let at = table.binary_search_by(|(k, _)| (k.0, k.1).cmp(&(area, key))).ok()?;
    Some(&table[at].1)
}

fn welsh() -> Option<&'static Translations> {
    if current() != Lang::Welsh {
        return None;
    }
    WELSH.with(|w| *w.borrow())
}

// The generic functions below only gather the message's area, key and English, then call one plain
// function: 37 areas would otherwise each get their own copy of the lookup (measured: the page wasm
// is smaller this way).

/// A message in the current language.
#[inline]
pub fn t<M: Messages>(message: M) -> &'static str {
    plain(M::AREA, message.key(), message.english())
}

/// A message with its `{name}` slots filled.
#[inline]
pub fn tf<M: Messages>(message: M, values: &[(&str, &str)]) -> String {
    fill(t(message), values)
}

/// A counted message in the current language, with `{n}` written as the count.
#[inline]
pub fn tn<P: Plurals>(message: P, n: u64) -> String {
    counted(P::AREA, message.key(), message.english(), n, &[])
}

/// A counted message with `{n}` and its other slots filled.
#[inline]
pub fn tnf<P: Plurals>(message: P, n: u64, values: &[(&str, &str)]) -> String {
    counted(P::AREA, message.key(), message.english(), n, values)
}

fn plain(area: &str, key: &str, english: &'static str) -> &'static str {
    match translation(area, key) {
        Some(Translation::Plain(text)) => text,
        _ => english,
    }
}

fn counted(area: &str, key: &str, english: [&'static str; 2], n: u64, values: &[(&str, &str)]) -> String {
    let count = n.to_string();
    let mut all = vec![("n", count.as_str())];
    all.extend_from_slice(values);
    fill(plural_form(area, key, english, n), &all)
}

fn plural_form(area: &str, key: &str, english: [&'static str; 2], n: u64) -> &'static str {
    let lang = current();
    let index = lang.plural_categories().iter().position(|c| *c == lang.plural_category(n)).unwrap_or(0);
    if let Some(Translation::Counted(forms)) = translation(area, key) {
        if let Some(form) = forms.get(index) {
            return form;
        }
    }
    let [one, other] = english;
    if Lang::English.plural_category(n) == PluralCategory::One {
        one
    } else {
        other
    }
}

/// Declares one area of plain messages: `Key: "English" => "Cymraeg",` per message.
#[macro_export]
macro_rules! messages {
    ($(#[$meta:meta])* $vis:vis enum $name:ident in $area:literal {
        $($(#[$kmeta:meta])* $key:ident : $en:literal => $cy:literal),* $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        $vis enum $name { $($(#[$kmeta])* $key),* }

        impl $crate::i18n::Messages for $name {
            const AREA: &'static str = $area;
            fn key(self) -> &'static str {
                match self { $(Self::$key => stringify!($key)),* }
            }
            fn english(self) -> &'static str {
                match self { $(Self::$key => $en),* }
            }
        }

        // The Welsh is compiled natively only: the page fetches it from public/i18n/cy.json.
        #[cfg(not(target_arch = "wasm32"))]
        impl $name {
            pub fn entries() -> ::std::vec::Vec<$crate::i18n::messages::Entry> {
                ::std::vec![$($crate::i18n::messages::Entry::plain(stringify!($key), $en, $cy)),*]
            }
        }
    };
}

/// Declares one area of counted messages:
/// `Key: ["one", "other"] => ["zero", "one", "two", "few", "many", "other"],` per message.
#[macro_export]
macro_rules! plurals {
    ($(#[$meta:meta])* $vis:vis enum $name:ident in $area:literal {
        $($(#[$kmeta:meta])* $key:ident : [$en1:literal, $en2:literal] =>
            [$cy0:literal, $cy1:literal, $cy2:literal, $cy3:literal, $cy6:literal, $cyo:literal]),* $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        $vis enum $name { $($(#[$kmeta])* $key),* }

        impl $crate::i18n::Plurals for $name {
            const AREA: &'static str = $area;
            fn key(self) -> &'static str {
                match self { $(Self::$key => stringify!($key)),* }
            }
            fn english(self) -> [&'static str; 2] {
                match self { $(Self::$key => [$en1, $en2]),* }
            }
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl $name {
            pub fn entries() -> ::std::vec::Vec<$crate::i18n::messages::Entry> {
                ::std::vec![$($crate::i18n::messages::Entry::plural(
                    stringify!($key), &[$en1, $en2], &[$cy0, $cy1, $cy2, $cy3, $cy6, $cyo])),*]
            }
        }
    };
}

/// A framework worded in the current language, where it has wording in it (its own language, a
/// translation it carries, or the built-in version's wording read with the language); field by
/// field the framework's own where not. The rules are the same, so results are too.
pub fn worded(framework: &crate::domain::Framework) -> std::borrow::Cow<'_, crate::domain::Framework> {
    framework.in_language(current().code())
}

/// A framework's title in the current language (as `worded` gives it, without the copy).
pub fn worded_title(framework: &crate::domain::Framework) -> &str {
    framework.title_in(current().code())
}
