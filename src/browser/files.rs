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

/// Reads every file of a FileList (from an `<input type="file">` or a drop).
pub async fn read_all(files: web_sys::FileList, cap: usize) -> Vec<PickedFile> {
    let mut out = Vec::new();
    for index in 0..files.length() {
        let Some(file) = files.get(index) else { continue };
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
