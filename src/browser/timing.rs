//! The page's own work marked with the User Timing API (`performance.mark` and `measure`), so
//! that `make bench` (scripts/bench.mjs) reads how long it took inside the release build, apart
//! from the wait for the next frame. A mark costs microseconds; nothing is shown. Where there is no
//! `performance` (native code, a test), the work runs unmarked.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = performance, js_name = mark)]
    fn mark(name: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = performance, js_name = measure)]
    fn measure(name: &str, start_mark: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = performance, js_name = clearMarks)]
    fn clear_marks(name: &str) -> Result<JsValue, JsValue>;
}

/// Runs `work`, recorded as a User Timing measure called `name` ("spec-lens:silences").
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    if !cfg!(target_arch = "wasm32") {
        return work();
    }
    let start = format!("{name} start");
    let marked = mark(&start).is_ok();
    let out = work();
    if marked {
        // A failed measure loses a figure for the benchmark, and nothing else.
        let _ = measure(name, &start);
        let _ = clear_marks(&start);
    }
    out
}
