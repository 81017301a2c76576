//! One check for every way a framework comes in: a file, a share link, the editor and a stored
//! entry refuse the same bad framework with the same sentence, naming the field; the criteria CSV
//! refuses the same addresses by the same rule, naming the line and column. (The stored entry's
//! way in is `browser::storage::load_frameworks`, which calls `normalise::check_framework`; its
//! test against real localStorage is in tests/web_storage.rs.)
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/common.rs"]
mod common;
#[path = "support/ways_in.rs"]
mod ways_in;

use chrono::DateTime;
use common::framework;
use spec_lens::domain::validation::{first_refusal, MAX_WEIGHT};
use spec_lens::domain::{validate, without_blank_terms, FieldPath, Framework};
use spec_lens::format::criteria_csv::{criteria_csv, import_criteria_csv};
use spec_lens::format::envelope::export_framework;
use spec_lens::format::errors::quoted;
use spec_lens::format::import::import;
use spec_lens::format::normalise::check_framework;
use spec_lens::format::share::ShareError;
use ways_in::{refused_as_file, refused_in_link};

/// The built-in framework with one change.
fn broken(change: impl FnOnce(&mut Framework)) -> Framework {
    let mut framework = framework();
    change(&mut framework);
    framework
}

fn with_source_url(url: &str) -> Framework {
    broken(|f| f.sections[1].criteria[0].sources[0].url = url.into())
}

/// The reason each way in gives, as the clause after "because".
fn by_file(framework: &Framework) -> String {
    refused_as_file(framework).reason()
}

fn by_link(framework: &Framework) -> String {
    match refused_in_link(framework) {
        ShareError::Refused(error) => error.reason(),
        other => panic!("refused for another reason: {other}"),
    }
}

fn by_stored_entry(framework: &Framework) -> String {
    check_framework(&without_blank_terms(framework)).expect_err("the stored entry should be refused").reason()
}

/// What the editor says beside the field, as the refusal words it.
fn by_editor(framework: &Framework) -> String {
    let checked = without_blank_terms(framework);
    assert!(!validate(&checked).is_empty(), "the editor should not save it");
    let refusal = first_refusal(&checked).expect("a refusal");
    format!("in the framework {}, {refusal}", quoted(&checked.title))
}

fn every_way_in_says(framework: &Framework) -> String {
    let said = by_file(framework);
    assert_eq!(by_link(framework), said, "the share link");
    assert_eq!(by_stored_entry(framework), said, "a stored entry");
    assert_eq!(by_editor(framework), said, "the editor");
    said
}

#[test]
fn a_javascript_or_data_address_is_refused_by_every_way_in_naming_the_field() {
    for url in
        ["javascript:alert(1)", "JavaScript:alert(document.cookie)", "data:text/html,<script>x</script>"]
    {
        let framework = with_source_url(url);
        let said = every_way_in_says(&framework);
        assert!(said.contains("the url of source 1 of criterion"), "{said}");
        assert!(said.contains("is not a web address"), "{said}");
        assert!(said.contains(&url[..10]), "{said}");
    }
}

#[test]
fn a_web_address_or_an_empty_one_is_taken() {
    for url in ["https://www.gov.uk/guidance", "http://example.org/a?b=c", ""] {
        let framework = with_source_url(url);
        assert_eq!(check_framework(&framework), Ok(()), "{url}");
    }
}

#[test]
fn the_same_rules_refuse_the_same_way_everywhere() {
    let cases: Vec<(Framework, &str)> = vec![
        (broken(|f| f.scale.levels.truncate(3)), "the scale has 3 levels"),
        (
            broken(|f| f.sections[0].criteria[1].id = f.sections[0].criteria[0].id.clone()),
            "already has the id",
        ),
        (broken(|f| f.sections[0].criteria[0].weight = MAX_WEIGHT * 10.0), "more than 1000000"),
        (broken(|f| f.bands.good = f.bands.outstanding + 1.0), "make each band start lower"),
        (broken(|f| f.sections[0].criteria[0].title = "x".repeat(1_001)), "shorten it to 1000"),
        (broken(|f| f.sections[0].criteria[0].search_terms.push("co*op".into())), "has a *"),
        (broken(|f| f.critical_caps.inadequate_from = Some(0)), "start it at 1 or more"),
        (
            broken(|f| f.timescale_rules.criteria.consultation_window = Some("no-such-criterion".into())),
            "which this framework does not have",
        ),
    ];
    for (framework, words) in cases {
        let said = every_way_in_says(&framework);
        assert!(said.contains(words), "{said}");
    }
}

#[test]
fn an_empty_search_term_is_refused_in_a_file_but_is_a_blank_line_in_the_editor() {
    let framework = broken(|f| f.sections[0].criteria[0].search_terms.push(String::new()));
    assert!(by_file(&framework).contains("search terms of criterion"), "{}", by_file(&framework));
    assert!(by_link(&framework).contains("search terms of criterion"));
    assert!(validate(&without_blank_terms(&framework)).is_empty(), "the editor drops blank lines");
}

#[test]
fn a_wording_field_left_empty_is_taken_and_the_editor_asks_for_it() {
    let framework = broken(|f| f.sections[0].criteria[0].title = String::new());
    assert_eq!(check_framework(&framework), Ok(()));
    let errors = validate(&framework);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].path, FieldPath::Criterion { section: 0, criterion: 0, field: "title" });
}

#[test]
fn the_criteria_csv_refuses_the_same_addresses_naming_line_and_column() {
    for url in ["javascript:alert(1)", "data:text/html,x"] {
        let csv = criteria_csv(&with_source_url(url));
        let errors = import_criteria_csv(csv.as_bytes()).expect_err("refused");
        assert!(
            errors
                .iter()
                .any(|e| e.column.as_deref() == Some("sources") && e.message().contains("not a web address")),
            "{errors:?}"
        );
    }
}

#[test]
fn a_refusal_reads_as_a_sentence() {
    let at = DateTime::parse_from_rfc3339("2026-12-05T12:00:00Z").expect("time").to_utc();
    let file = export_framework(&with_source_url("javascript:x"), at);
    let said = import(file.as_bytes(), None).expect_err("refused").to_string();
    assert!(said.starts_with("This file cannot be imported because in the framework"), "{said}");
    assert!(!said.contains(".;") && !said.contains("_"), "{said}");
}
