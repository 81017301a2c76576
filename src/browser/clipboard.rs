//! Copying text to the clipboard with the browser's own API.

use wasm_bindgen_futures::JsFuture;

use crate::i18n::messages::share::Share;
use crate::i18n::t;

pub async fn copy_text(text: &str) -> Result<(), String> {
    let refused = || t(Share::CopyRefused).to_string();
    let clipboard = web_sys::window().map(|w| w.navigator().clipboard()).ok_or_else(refused)?;
    JsFuture::from(clipboard.write_text(text)).await.map(|_| ()).map_err(|_| refused())
}
