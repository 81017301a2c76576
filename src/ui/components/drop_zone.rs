//! A file picker that also takes files dropped on it: several at once, read in the browser only.

use leptos::prelude::*;

/// Calls `picked` with the files chosen or dropped. The input is cleared after each pick, so the
/// same file can be picked again (`browser::files::take` copies the live list first).
#[component]
pub fn DropZone(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    picked: impl Fn(Option<web_sys::FileList>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let dragging = RwSignal::new(false);
    let hint_id = format!("{id}-hint");
    view! {
        <div class="dropzone" class:dropzone--active=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(false);
                picked(ev.data_transfer().and_then(|d| d.files()));
            }>
            <label for=id>{label}</label>
            <p class="hint" id=hint_id.clone()>{hint}</p>
            <input id=id type="file" multiple accept=".json,application/json" aria-describedby=hint_id
                on:change:target=move |ev| { picked(ev.target().files()); ev.target().set_value(""); } />
        </div>
    }
}
