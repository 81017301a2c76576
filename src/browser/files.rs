//! Reading files the user picked or dropped. The bytes never leave the browser.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub enum Content {
    Bytes(Vec<u8>),
    /// Over the cap: not read at all, so a huge file cannot exhaust the page's memory.
    TooLarge(usize),
    Unreadable,
}

pub struct PickedFile {
    pub name: String,
    pub content: Content,
}

/// Takes the files out of a FileList at once: the list is live, and clearing the input (so the same
/// file can be picked again) would empty it before an async read got to it.
pub fn take(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads every file (from an `<input type="file">` or a drop). All reads start at once and are
/// awaited together: one after another, fifty files spent most of their time waiting in turn.
pub async fn read_all(files: Vec<web_sys::File>, cap: usize) -> Vec<PickedFile> {
    // File.size can cost a stat each time it is asked: ask once per file.
    let sizes: Vec<f64> = files.iter().map(|file| file.size()).collect();
    let reads = js_sys::Array::new();
    for (file, size) in files.iter().zip(&sizes) {
        let read = if *size > cap as f64 {
            js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL)
        } else {
            file.array_buffer()
        };
        reads.push(&read);
    }
    // allSettled, not all: one unreadable file must not fail the others.
    let settled = match JsFuture::from(js_sys::Promise::all_settled(&reads)).await {
        Ok(settled) => js_sys::Array::from(&settled),
        Err(_) => js_sys::Array::new(),
    };
    files
        .into_iter()
        .zip(sizes)
        .enumerate()
        .map(|(i, (file, size))| {
            let buffer = js_sys::Reflect::get(&settled.get(i as u32), &"value".into()).unwrap_or_default();
            let content = if size > cap as f64 {
                Content::TooLarge(size as usize)
            } else if buffer.is_instance_of::<js_sys::ArrayBuffer>() {
                Content::Bytes(js_sys::Uint8Array::new(&buffer).to_vec())
            } else {
                Content::Unreadable
            };
            PickedFile { name: file.name(), content }
        })
        .collect()
}
