//! The size floor: the page's non-view part (the domain, the file formats, storage, the built-in data,
//! serde, chrono, SHA-256) behind one paragraph, so `make size-floor` can weigh it apart from the views.
//! Its input is read from storage, so the compiler can fold none of it away. Never served to users.

use leptos::prelude::*;
use spec_lens::browser::fold::BrowserFold;
use spec_lens::browser::storage;
use spec_lens::domain::builtin::{builtin_framework, example_specifications, worked_example};
use spec_lens::domain::results::results;
use spec_lens::format::{criteria_csv, envelope, import, report, share};

fn main() {
    let text = exercise(&storage::read_raw("size-floor").ok().flatten().unwrap_or_default());
    leptos::mount::mount_to_body(move || view! { <p>{text}</p> });
}

/// Calls what the page calls on files, storage and the built-in data, and sums up what came back.
fn exercise(raw: &str) -> String {
    let (Ok(framework), Ok(example), Ok(specifications)) =
        (builtin_framework(), worked_example(), example_specifications())
    else {
        return "The built-in data did not read.".into();
    };
    let builtin = [framework.clone()];
    let library = storage::load_library("size-floor");
    let imported = match import::import(raw.as_bytes(), None) {
        Ok(imported) => imported.report().join(" "),
        Err(error) => error.reason(),
    };
    let stored = storage::decode_stored(raw).is_ok() && storage::save_assessment(&example, None).is_ok();
    let lines = [
        specifications.len().to_string(),
        library.assessments.len().to_string(),
        imported,
        envelope::export_library(std::slice::from_ref(&example), &builtin, chrono::Utc::now()),
        criteria_csv::criteria_csv(&framework),
        criteria_csv::import_criteria_csv(raw.as_bytes()).map_or(0, |s| s.len()).to_string(),
        share::payload_json(&example, &framework, &builtin),
        share::read_payload(raw.as_bytes(), &builtin).is_ok().to_string(),
        report::markdown_report(&example, &framework, &BrowserFold::new()),
        stored.to_string(),
        results(&framework, &example.responses).overall.unwrap_or(0.0).to_string(),
    ];
    lines.join("\n")
}
