//! Any bytes into the document readers (Word, OpenDocument, text, Markdown), named each way the
//! page might see them: they must never panic, since a panic aborts the page in release. What is
//! read must build into a document whose clause ids run 1, 2, 3… (evidence cites them).
#![no_main]

use libfuzzer_sys::fuzz_target;
use spec_lens::format::document::{into_document, read};

const NAMES: [&str; 5] = ["spec.docx", "spec.odt", "spec.txt", "spec.md", "spec.docm"];

fuzz_target!(|data: &[u8]| {
    // The first byte picks the name, so the fuzzer explores each reader.
    let Some((&pick, bytes)) = data.split_first() else { return };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    let Ok(extracted) = read(name, bytes) else { return };
    let document = into_document(extracted, None);
    let ids: Vec<u32> = document.clauses().iter().map(|c| c.id).collect();
    assert!(ids.iter().enumerate().all(|(i, id)| *id as usize == i + 1), "clause ids are 1..N");
});
