//! Any bytes into the importer: it must never panic (a panic aborts the page in release), and
//! whatever it accepts must survive its own export: importing that again succeeds and gives the
//! same documents.
#![no_main]

use libfuzzer_sys::fuzz_target;
use spec_lens::format::envelope::{export_assessment, export_framework, export_library};
use spec_lens::format::import::{import, Imported};

fuzz_target!(|data: &[u8]| {
    let Ok(imported) = import(data, None) else {
        return;
    };
    let now = imported.file().exported_at.unwrap_or_default();
    let text = match &imported {
        Imported::Assessment { payload, .. } => {
            export_assessment(&payload.assessment, &payload.framework, now)
        }
        Imported::Library { payload, .. } => export_library(&payload.assessments, &payload.frameworks, now),
        Imported::Framework { payload, .. } => export_framework(&payload.framework, now),
    };
    let again = match import(text.as_bytes(), Some(imported.kind())) {
        Ok(again) => again,
        Err(e) => panic!("an accepted file's own export was refused: {e}"),
    };
    assert_eq!(again.assessments(), imported.assessments());
    assert_eq!(again.frameworks(), imported.frameworks());
});
