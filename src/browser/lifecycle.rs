//! Page lifecycle hooks: the page may be hidden, frozen or closed at any moment, and unsaved work
//! must be written before that happens.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Calls `flush` when the page becomes hidden (tab switch, minimise, mobile app switch) and on
/// `pagehide` (close, reload, navigation away). Both are needed: `pagehide` is the only event
/// that fires reliably on unload, and `visibilitychange` is the last one some browsers send.
pub fn on_hide(flush: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    let flush = std::rc::Rc::new(flush);
    let on_visibility = {
        let flush = flush.clone();
        let document = document.clone();
        Closure::<dyn Fn()>::new(move || {
            if document.visibility_state() == web_sys::VisibilityState::Hidden {
                flush();
            }
        })
    };
    let on_pagehide = Closure::<dyn Fn()>::new(move || flush());
    let _ =
        document.add_event_listener_with_callback("visibilitychange", on_visibility.as_ref().unchecked_ref());
    let _ = window.add_event_listener_with_callback("pagehide", on_pagehide.as_ref().unchecked_ref());
    // The listeners live as long as the page does.
    on_visibility.forget();
    on_pagehide.forget();
}

/// Another tab's write to one localStorage key, as the browser reported it.
pub struct StorageChange {
    /// None when the other tab cleared all of storage.
    pub key: Option<String>,
    /// What the key held just before that write.
    pub old_value: Option<String>,
    /// What the other tab wrote; None when it removed the key.
    pub new_value: Option<String>,
}

/// Calls `changed` when another tab of this origin writes to localStorage.
pub fn on_storage_change(changed: impl Fn(StorageChange) + 'static) {
    let Some(window) = web_sys::window() else { return };
    let listener = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
        changed(StorageChange {
            key: event.key(),
            old_value: event.old_value(),
            new_value: event.new_value(),
        });
    });
    let _ = window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// Removes the start page drawn at build time (`scripts/prerender.mjs`), just before the app draws
/// its own in the same task, so no frame shows both or neither.
pub fn remove_prerendered() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    while let Some(drawn) = document.query_selector("[data-prerendered]").ok().flatten() {
        drawn.remove();
    }
    if let Some(root) = document.document_element() {
        let _ = root.remove_attribute("data-first-visit");
    }
}
