//! For a shared computer: remove everything Spec Lens keeps in this browser, and ask the browser
//! to keep the work from being cleared when space runs low.

use wasm_bindgen::prelude::*;

use crate::format::store::{Forgotten, ALL_PREFIX};
use crate::i18n::messages::storage_errors::StorageErrors;
use crate::i18n::tf;

#[wasm_bindgen(module = "/src/browser/forget.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = forgetOffline)]
    async fn forget_offline_js() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = persistStorage)]
    async fn persist_storage_js(ask: bool) -> Result<JsValue, JsValue>;
}

/// Removes every Spec Lens key from localStorage, then the offline copies of the page and its
/// service worker. Keys of other sites' apps on the same origin are left alone.
pub async fn forget_everything() -> Result<Forgotten, String> {
    let storage = super::storage::local_storage().map_err(|e| e.to_string())?;
    let mut forgotten = Forgotten::default();
    let keys: Vec<String> = js_sys::Object::keys(&storage)
        .iter()
        .filter_map(|k| k.as_string())
        .filter(|k| k.starts_with(ALL_PREFIX))
        .collect();
    for key in keys {
        storage.remove_item(&key).map_err(|_| tf(StorageErrors::ForgetRefused, &[("key", &key)]))?;
        forgotten.count(&key);
    }
    // Storage is gone whatever happens to the caches; a browser without them has nothing to remove.
    forgotten.offline_copies =
        forget_offline_js().await.ok().and_then(|n| n.as_f64()).unwrap_or(0.0) as usize;
    Ok(forgotten)
}

/// Whether the browser keeps this site's storage under pressure: "granted", "denied", "not asked"
/// or "unsupported". With `ask`, asks first (browsers may grant without a prompt, or refuse).
pub async fn persistence(ask: bool) -> String {
    persist_storage_js(ask).await.ok().and_then(|v| v.as_string()).unwrap_or_else(|| "unsupported".into())
}
