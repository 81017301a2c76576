//! Reading documents and writing the Word report in the reader's worker (src/bin/reader.rs), which
//! is fetched only when first needed: the zip, XML, Word, OpenDocument, PDF-structuring and report
//! code stay out of the page's first load.

use wasm_bindgen::prelude::*;

use crate::domain::json::to_json;
use crate::domain::{Assessment, Framework};
use crate::format::document::{read_answer, Extracted, ReadError};
use crate::i18n::messages::exports::Exports;
use crate::i18n::tf;

#[wasm_bindgen(module = "/src/browser/reader.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = readDocument)]
    async fn read_document_js(name: &str, bytes: &[u8]) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = structurePdf)]
    async fn structure_pdf_js(json: String) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = warmUp)]
    fn warm_up_js();
    #[wasm_bindgen(catch, js_name = writeReport)]
    async fn write_report_js(
        assessment: String,
        framework: String,
        language: &str,
        catalogue: &str,
    ) -> Result<JsValue, JsValue>;
}

/// The Word report (`format::docx_report`), written in the worker: the zip writer and its
/// compressor stay out of the page's first load. It is worded in the page's language: the worker
/// is given the language and, for Welsh, the catalogue the page read.
pub async fn word_report(assessment: &Assessment, framework: &Framework) -> Result<Vec<u8>, String> {
    let failed = |e: serde_json::Error| tf(Exports::ReportFailed, &[("detail", &e.to_string())]);
    let assessment = to_json(assessment).map_err(failed)?;
    let framework = to_json(framework).map_err(failed)?;
    let language = crate::i18n::current();
    let catalogue = match language {
        crate::i18n::Lang::Welsh => crate::i18n::welsh_text().unwrap_or_default(),
        crate::i18n::Lang::English => "",
    };
    match write_report_js(assessment, framework, language.code(), catalogue).await {
        Ok(bytes) => Ok(js_sys::Uint8Array::new(&bytes).to_vec()),
        Err(thrown) => Err(thrown
            .as_string()
            .filter(|s| s != "unavailable")
            .unwrap_or_else(|| ReadError::ReaderUnavailable.to_string())),
    }
}

/// Starts the worker ahead of need: fetching and compiling it takes about 100 ms, which is better
/// spent while the user is choosing a file than after.
pub fn warm_up() {
    warm_up_js();
}

/// Reads a Word, OpenDocument, text or Markdown file.
pub async fn read_document(name: &str, bytes: &[u8]) -> Result<Extracted, ReadError> {
    answer(read_document_js(name, bytes).await)
}

/// Structures the text pdf.js read out of a PDF (`browser::pdf`).
pub async fn structure_pdf(json: String) -> Result<Extracted, ReadError> {
    answer(structure_pdf_js(json).await)
}

fn answer(reply: Result<JsValue, JsValue>) -> Result<Extracted, ReadError> {
    let json = reply.map_err(|_| ReadError::ReaderUnavailable)?;
    read_answer(&json.as_string().unwrap_or_default())
}
