//! Reading files the user picked or dropped. The bytes never leave the browser.

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

/// Reads every file (from an `<input type="file">` or a drop).
pub async fn read_all(files: Vec<web_sys::File>, cap: usize) -> Vec<PickedFile> {
    let mut out = Vec::new();
    for file in files {
        let size = file.size();
        let content = if size > cap as f64 {
            Content::TooLarge(size as usize)
        } else {
            match JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => Content::Bytes(js_sys::Uint8Array::new(&buffer).to_vec()),
                Err(_) => Content::Unreadable,
            }
        };
        out.push(PickedFile { name: file.name(), content });
    }
    out
}
