//! Saving a file to the user's computer: a Blob, an object URL and a temporary link. Nothing is
//! sent anywhere; the browser writes the bytes straight to the user's downloads.

use wasm_bindgen::JsCast;

use crate::i18n::messages::exports::Exports;
use crate::i18n::tf;

pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    download_bytes(filename, mime, text.as_bytes())
}

/// Saves `bytes` as they are (a Word package, or UTF-8 text) under `filename`.
pub fn download_bytes(filename: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let fail = |what: &str| tf(Exports::SaveFailed, &[("detail", what)]);
    let window = web_sys::window().ok_or_else(|| fail("no window"))?;
    let document = window.document().ok_or_else(|| fail("no document"))?;
    // The file's bytes as they are, not a JS string: a string would be decoded to UTF-16 and
    // encoded back to UTF-8 by the Blob, two passes over a backup of several megabytes.
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(|_| fail("blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("object URL"))?;
    let link = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or_else(|| fail("link"))?;
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    // The download starts from the URL asynchronously in some browsers: release it a little later.
    let release = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(release.unchecked_ref(), 10_000);
    Ok(())
}
