//! The page's language at the edge: the Welsh file, `<html lang>`, the address's `?lang=`, and the
//! browser's own preference.

use wasm_bindgen::prelude::*;

use crate::i18n::{Lang, LanguageProblem};

#[wasm_bindgen(module = "/src/browser/language.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = fetchCatalogue)]
    async fn fetch_catalogue_js(path: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = onLanguageChange)]
    fn on_language_change_js(key: &str, callback: &Closure<dyn FnMut()>);
}

/// Where the build puts the Welsh catalogue (index.html copies `public/`).
const WELSH_CATALOGUE: &str = "public/i18n/cy.json";

/// Fetches and reads the Welsh text. A failure says what to do; the page stays in English.
pub async fn load_welsh() -> Result<(), LanguageProblem> {
    if crate::i18n::welsh_loaded() {
        return Ok(());
    }
    let text = fetch_welsh(WELSH_CATALOGUE).await?;
    crate::i18n::load_welsh(&text)
}

/// One of the files Welsh needs (the catalogue, a built-in framework's wording), fetched from this
/// site. A failure says what to do; the page stays in English.
pub async fn fetch_welsh(path: &str) -> Result<String, LanguageProblem> {
    let text =
        fetch_catalogue_js(path).await.map_err(|e| LanguageProblem::Unfetched { status: e.as_string() })?;
    Ok(text.as_string().unwrap_or_default())
}

/// `<html lang>` follows the language, so screen readers speak it with the right voice.
pub fn set_document_language(lang: Lang) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// The language asked for in the address (`?lang=cy`), as a link to the Welsh page gives it.
pub fn from_address() -> Option<Lang> {
    let search = web_sys::window()?.location().search().ok()?;
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .and_then(Lang::from_tag)
}

/// The address of this page in `lang`: the same route, with `?lang=`.
pub fn address_in(lang: Lang) -> String {
    let hash = super::location::hash();
    format!("?lang={}{hash}", lang.code())
}

/// Writes `?lang=` into the address without a reload, so a copied link opens in this language.
pub fn show_in_address(lang: Lang) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address_in(lang)));
    }
}

/// The browser's preferred language, when it is one the page speaks.
pub fn browser_preference() -> Option<Lang> {
    web_sys::window()?.navigator().language().as_deref().and_then(Lang::from_tag)
}

/// Calls `changed` when another window of this site changes the stored preferences (where the
/// language is kept). Lives as long as the page.
pub fn on_change_elsewhere(changed: impl FnMut() + 'static) {
    let callback = Closure::<dyn FnMut()>::new(changed);
    on_language_change_js(&crate::format::store::prefs_key(), &callback);
    callback.forget();
}
