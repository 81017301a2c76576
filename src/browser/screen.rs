//! Full screen, second windows and a once-a-second tick: what the workshop's projector needs from
//! the browser.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Enters full screen, or leaves it when already there. Refusals (no user gesture, a browser
/// that forbids it) leave the page as it is.
pub fn toggle_fullscreen() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(root) = document.document_element() {
        let _ = root.request_fullscreen();
    }
}

pub fn leave_fullscreen() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    }
}

/// Opens `hash` of this page in a new window named `name` (reusing it if already open).
/// Returns false when a pop-up blocker refused, so the page can offer a plain link instead.
pub fn open_window(hash: &str, name: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    matches!(window.open_with_url_and_target(hash, name), Ok(Some(_)))
}

/// Calls `tick` every `ms` milliseconds for as long as the page lives.
pub fn every(ms: i32, tick: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let callback = Closure::<dyn Fn()>::new(tick);
    let _ =
        window.set_interval_with_callback_and_timeout_and_arguments_0(callback.as_ref().unchecked_ref(), ms);
    callback.forget();
}

/// Milliseconds since the epoch, for the workshop timer.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Runs `work` once the page has painted what is on it now: a task queued from the next animation
/// frame runs after that frame is drawn. A page out of sight draws no frames, so the work runs after
/// a quarter of a second in any case (whichever comes first, once). For work the reader need not
/// wait for (keeping a workshop, the rest of a long table). One function for every caller, so one
/// copy in the wasm.
pub fn after_paint(work: Box<dyn FnOnce()>) {
    let work = std::rc::Rc::new(std::cell::Cell::new(Some(work)));
    let run = move || {
        if let Some(work) = work.take() {
            work();
        }
    };
    let later = run.clone();
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(run, std::time::Duration::ZERO)
    });
    leptos::prelude::set_timeout(later, std::time::Duration::from_millis(250));
}
