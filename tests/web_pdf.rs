//! browser::pdf in headless Chromium: its bindings and error mapping. The test runner's server has
//! no pdfjs/ folder, so this is the "pdf.js could not be loaded" path (offline before first use);
//! scripts/pdf_check.mjs checks the reader itself against a release build.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

use spec_lens::browser::pdf::read_pdf;
use spec_lens::format::document::{ReadError, MAX_DOCUMENT_BYTES};

#[wasm_bindgen_test]
async fn without_pdfjs_the_reader_is_unavailable() {
    assert_eq!(read_pdf(b"%PDF-1.7\n%%EOF\n").await, Err(ReadError::PdfReaderUnavailable));
}

#[wasm_bindgen_test]
async fn a_file_over_the_limit_is_refused_before_reading() {
    let bytes = vec![0u8; MAX_DOCUMENT_BYTES + 1];
    assert_eq!(
        read_pdf(&bytes).await,
        Err(ReadError::TooLarge { bytes: MAX_DOCUMENT_BYTES + 1, limit: MAX_DOCUMENT_BYTES })
    );
}
