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

/// Calls `changed(key)` when another tab of this origin writes to localStorage.
pub fn on_storage_change(changed: impl Fn(Option<String>) + 'static) {
    let Some(window) = web_sys::window() else { return };
    let listener = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
        changed(event.key());
    });
    let _ = window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    listener.forget();
}
