//! The language the page speaks: chosen in the header, remembered with the preferences, followed by
//! every window of the site (the projector and presenter follow the main window).

use leptos::prelude::*;

use crate::browser::language as edge;
use crate::i18n::{self, Lang, LanguageProblem};
use crate::state::catalogue::{self, use_catalogue, Catalogue};
use crate::state::prefs;

#[derive(Clone, Copy)]
pub struct Language {
    /// The language the page is worded in now. The whole page is drawn again when it changes.
    pub current: RwSignal<Lang>,
    /// Why the last change could not be made (the Welsh file could not be fetched), if it failed.
    pub problem: RwSignal<Option<LanguageProblem>>,
    /// Given the built-in framework's wording in a language when that language is first chosen.
    catalogue: StoredValue<Catalogue>,
}

/// The id of the toggle's link to the other language, where focus returns after a switch.
pub const TOGGLE_LINK_ID: &str = "language-switch";

pub fn use_language() -> Language {
    expect_context::<Language>()
}

/// The language to start in: the address's `?lang=` (a link to the Welsh page), then the one chosen
/// before, then the browser's own preference, then English.
pub fn starting_language() -> Lang {
    edge::from_address()
        .or_else(|| prefs::load().language.as_deref().and_then(Lang::from_tag))
        .or_else(edge::browser_preference)
        .unwrap_or_default()
}

/// Readies `lang` before the first drawing, so a Welsh reader never sees the English page first.
/// Falls back to English when the Welsh text cannot be fetched.
pub async fn prepare(lang: Lang) -> Lang {
    if load(lang).await.is_err() {
        return Lang::English;
    }
    i18n::set_current(lang);
    edge::set_document_language(lang);
    lang
}

/// Reads what `lang` needs that is not compiled into the page: for Welsh, the catalogue and the
/// built-in framework's Welsh wording (kept for the catalogue, see `catalogue::keep_wording`).
async fn load(lang: Lang) -> Result<(), LanguageProblem> {
    if lang == Lang::English {
        return Ok(());
    }
    edge::load_welsh().await?;
    for (hash, path) in catalogue::wording_to_fetch(lang) {
        let json = edge::fetch_welsh(path).await?;
        catalogue::keep_wording(hash, lang, &json).map_err(LanguageProblem::Wording)?;
    }
    Ok(())
}

/// Needs the catalogue provided first: a language chosen later gives it the framework's wording.
pub fn provide_language(start: Lang) -> Language {
    let language =
        Language { current: RwSignal::new(start), problem: RwSignal::new(None), catalogue: use_catalogue() };
    provide_context(language);
    edge::on_change_elsewhere(move || {
        if let Some(lang) = prefs::load().language.as_deref().and_then(Lang::from_tag) {
            if lang != language.current.get_untracked() {
                leptos::task::spawn_local(async move {
                    language.switch_quietly(lang).await;
                });
            }
        }
    });
    language
}

impl Language {
    /// Switches the page to `lang`: fetches its text if needed, remembers the choice for this
    /// browser and every window, and writes it into the address.
    pub fn choose(self, lang: Lang) {
        leptos::task::spawn_local(async move {
            if self.switch_quietly(lang).await {
                prefs::update(|p| p.language = Some(lang.code().to_string()));
                edge::show_in_address(lang);
                // The page is drawn again: keep the keyboard where it was, on the toggle.
                leptos::task::tick().await;
                crate::browser::location::focus_element(TOGGLE_LINK_ID);
            }
        });
    }

    /// Switches without remembering: how another window's choice is followed.
    async fn switch_quietly(self, lang: Lang) -> bool {
        if let Err(problem) = load(lang).await {
            self.problem.set(Some(problem));
            return false;
        }
        self.catalogue.update_value(Catalogue::word_builtin);
        self.problem.set(None);
        i18n::set_current(lang);
        edge::set_document_language(lang);
        self.current.set(lang);
        true
    }
}
