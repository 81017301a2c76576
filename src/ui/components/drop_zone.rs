//! A file picker that also takes files dropped on it: several at once, read in the browser only.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::files::{self, PickedFile};
use crate::format::import::MAX_FILE_BYTES;

/// Reads the files chosen or dropped (each over `cap` bytes is left unread) and calls `picked`
/// with them. The input is cleared after each pick, so the same file can be picked again; the live
/// FileList is copied first, since clearing would empty it before the read.
#[component]
pub fn DropZone(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    picked: impl Fn(Vec<PickedFile>) + Copy + Send + Sync + 'static,
    /// What the picker offers: Spec Lens files unless told otherwise.
    #[prop(default = ".json,application/json")]
    accept: &'static str,
    /// Whether several files may be picked or dropped at once; if not, only the first dropped is read.
    #[prop(default = true)]
    multiple: bool,
    #[prop(default = MAX_FILE_BYTES)] cap: usize,
) -> impl IntoView {
    let read = move |list: Option<web_sys::FileList>| {
        let Some(list) = list else { return };
        let mut list = files::take(&list);
        if !multiple {
            list.truncate(1);
        }
        spawn_local(async move { picked(files::read_all(list, cap).await) });
    };
    let dragging = RwSignal::new(false);
    let hint_id = format!("{id}-hint");
    view! {
        <div class="dropzone" class:dropzone--active=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(false);
                read(ev.data_transfer().and_then(|d| d.files()));
            }>
            <label for=id>{label}</label>
            <p class="hint" id=hint_id.clone()>{hint}</p>
            <input id=id type="file" multiple=multiple accept=accept aria-describedby=hint_id
                on:change:target=move |ev| { read(ev.target().files()); ev.target().set_value(""); } />
        </div>
    }
}
