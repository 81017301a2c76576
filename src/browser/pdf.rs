//! Opening a PDF: pdf.js reads its text in the browser (fetched from this site on first use, then
//! kept by the service worker for offline use), and [`format::document::pdf::structure`] makes the
//! document from it in the reader's worker (`browser::reader`).
//!
//! [`format::document::pdf::structure`]: crate::format::document::pdf::structure

use wasm_bindgen::prelude::*;

use crate::format::document::{pdf, Damage, Extracted, ReadError, MAX_DOCUMENT_BYTES};

#[wasm_bindgen(module = "/src/browser/pdf.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = readPdf)]
    async fn read_pdf_js(bytes: &[u8]) -> Result<JsValue, JsValue>;
}

/// Reads a PDF file's bytes into paragraphs, with their labels and pages. Errors: the file is too
/// large, protected by a password, damaged, has no text (scanned), or pdf.js could not be loaded
/// (offline before its first use).
pub async fn read_pdf(bytes: &[u8]) -> Result<Extracted, ReadError> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(ReadError::TooLarge { bytes: bytes.len(), limit: MAX_DOCUMENT_BYTES });
    }
    let json = read_pdf_js(bytes)
        .await
        .map_err(|thrown| pdf::read_error(&thrown.as_string().unwrap_or_default()))?;
    let json = json.as_string().ok_or(ReadError::Damaged(Damage::PdfReaderNoText))?;
    // Structured in the reader's worker, with the other document readers.
    crate::browser::reader::structure_pdf(json).await
}
