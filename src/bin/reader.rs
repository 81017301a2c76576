//! The document reader: a Web Worker with a wasm of its own, fetched the first time a document is
//! opened and kept for offline use after (never on the first load). It holds what only opening a
//! file needs: the zip and XML readers, the Word and OpenDocument readers, and the PDF text
//! structurer; and the Word report writer. About 140 KB gzip the page's own wasm would otherwise
//! carry.
//!
//! Once started it posts `"ready"`; the page sends nothing before that. Messages in:
//! `{id, kind: "read", name, bytes}` (a Word, OpenDocument, text or Markdown file) or
//! `{id, kind: "pdf", json}` (the text pdf.js read out of a PDF, see src/browser/pdf.js). Out:
//! `{id, result}`, `result` being `format::document::answer_json` of what was read or why not.
//! `{id, kind: "report", assessment, framework, language, catalogue}` (JSON text; the page's
//! language code and, for Welsh, its catalogue `public/i18n/cy.json`) gives `{id, bytes}` (the Word
//! report, its silences found with the browser's fold, `BrowserFold`, as on the page) or
//! `{id, error}` (a sentence).
//! Reading runs here, off the page's thread, so a long document never freezes the page.

use spec_lens::browser::fold::BrowserFold;
use spec_lens::domain::json::from_json;
use spec_lens::domain::{Assessment, Framework};
use spec_lens::format::document::{self, pdf, Extracted, ReadError, Unsupported};
use spec_lens::format::docx_report::docx_report;
use spec_lens::i18n::messages::exports::Exports;
use spec_lens::i18n::{self, tf, Lang};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    let Ok(scope) = js_sys::global().dyn_into::<web_sys::DedicatedWorkerGlobalScope>() else { return };
    let replies = scope.clone();
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let request = event.data();
        let answer = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&answer, &"id".into(), &field(&request, "id"));
        let (key, value): (&str, JsValue) = match field(&request, "kind").as_string().as_deref() {
            Some("report") => match word_report(&request) {
                Ok(bytes) => ("bytes", js_sys::Uint8Array::from(bytes.as_slice()).into()),
                Err(problem) => ("error", problem.into()),
            },
            _ => ("result", document::answer_json(&answer_to(&request)).into()),
        };
        let _ = js_sys::Reflect::set(&answer, &key.into(), &value);
        let _ = replies.post_message(&answer);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker does.
    on_message.forget();
    // Messages posted before the wasm had started would find no handler: the page waits for this.
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

fn answer_to(request: &JsValue) -> Result<Extracted, ReadError> {
    match field(request, "kind").as_string().as_deref() {
        Some("read") => {
            let name = field(request, "name").as_string().unwrap_or_default();
            let bytes = field(request, "bytes");
            let bytes =
                bytes.dyn_ref::<js_sys::Uint8Array>().map(js_sys::Uint8Array::to_vec).unwrap_or_default();
            document::read(&name, &bytes)
        }
        Some("pdf") => {
            let json = field(request, "json").as_string().unwrap_or_default();
            pdf::structure(&pdf::parse(&json)?)
        }
        _ => Err(ReadError::Unsupported(Unsupported::UnknownRequest)),
    }
}

/// The Word report of `{assessment, framework}` (each as JSON text), or the sentence saying why not.
fn word_report(request: &JsValue) -> Result<Vec<u8>, String> {
    let text = |name| field(request, name).as_string().unwrap_or_default();
    word_in(Lang::from_tag(&text("language")).unwrap_or_default(), &text("catalogue"));
    let unreadable = |e: serde_json::Error| tf(Exports::ReportFailed, &[("detail", &e.to_string())]);
    let assessment: Assessment = from_json(&text("assessment")).map_err(unreadable)?;
    let framework: Framework = from_json(&text("framework")).map_err(unreadable)?;
    docx_report(&assessment, &framework, &BrowserFold::new()).map_err(|e| e.to_string())
}

/// Words what follows in the page's language: Welsh when the page sent its catalogue (read once
/// per worker), else English.
fn word_in(language: Lang, catalogue: &str) {
    if language == Lang::Welsh && !i18n::welsh_loaded() && !catalogue.is_empty() {
        let _ = i18n::load_welsh(catalogue);
    }
    let welsh = language == Lang::Welsh && i18n::welsh_loaded();
    i18n::set_current(if welsh { Lang::Welsh } else { Lang::English });
}

fn field(object: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}
