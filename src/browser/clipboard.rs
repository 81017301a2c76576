//! Copying text to the clipboard with the browser's own API.

use wasm_bindgen_futures::JsFuture;

pub async fn copy_text(text: &str) -> Result<(), String> {
    let clipboard = web_sys::window().map(|w| w.navigator().clipboard()).ok_or("no window")?;
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| "The browser did not allow copying. Select the link and copy it yourself.".to_string())
}
