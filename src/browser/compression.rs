//! Deflate through the browser's CompressionStream: no compression crate in the bundle.

use wasm_bindgen::prelude::*;

use crate::i18n::messages::share::Share;
use crate::i18n::t;

#[wasm_bindgen(module = "/src/browser/compression.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = deflateRaw)]
    async fn deflate_raw_js(bytes: &[u8]) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = inflateRaw)]
    async fn inflate_raw_js(bytes: &[u8], limit: f64) -> Result<JsValue, JsValue>;
}

pub async fn deflate(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let value = deflate_raw_js(bytes).await.map_err(|_| t(Share::CompressFailed).to_string())?;
    Ok(js_sys::Uint8Array::new(&value).to_vec())
}

/// Inflates, refusing output over `limit` bytes.
pub async fn inflate(bytes: &[u8], limit: usize) -> Result<Vec<u8>, String> {
    let value = inflate_raw_js(bytes, limit as f64).await.map_err(|_| t(Share::LinkDamaged).to_string())?;
    Ok(js_sys::Uint8Array::new(&value).to_vec())
}
