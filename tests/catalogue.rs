//! The message catalogue: every Welsh message keeps its English one's slots, the Welsh file the page
//! fetches is current, and messages come out in the language chosen, counted by each language's rules.

#[path = "support/fixture_file.rs"]
mod fixture_file;

use std::path::Path;

use spec_lens::i18n::messages::{areas, dates, shell, welsh_catalogue_json};
use spec_lens::i18n::{self, fill, load_welsh, slot_names, t, tn, Lang, PluralCategory};

const WELSH_FILE: &str = "public/i18n/cy.json";

#[test]
fn the_welsh_file_the_page_fetches_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(WELSH_FILE);
    fixture_file::keep_current(&path, &welsh_catalogue_json(), "catalogue");
}

#[test]
fn every_welsh_message_has_the_slots_of_its_english_one() {
    let mut wrong = Vec::new();
    for (area, entries) in areas() {
        for entry in entries {
            let english: Vec<&str> = slots_besides_count(&entry.english);
            for form in &entry.welsh {
                let welsh: Vec<&str> = slot_names(form).into_iter().filter(|s| *s != "n").collect();
                if welsh != english {
                    wrong.push(format!("{area}.{}: {form:?} has {welsh:?}, English {english:?}", entry.key));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "slots differ:\n{}", wrong.join("\n"));
}

/// The slots of every English form but the count, which a Welsh form may spell out as a word
/// ("un", "dau") instead.
fn slots_besides_count<'a>(forms: &[&'a str]) -> Vec<&'a str> {
    let mut names: Vec<&str> = forms.iter().flat_map(|f| slot_names(f)).filter(|s| *s != "n").collect();
    names.sort_unstable();
    names.dedup();
    names
}

#[test]
fn no_message_is_empty_and_areas_are_named_once() {
    let all = areas();
    let mut names: Vec<&str> = all.iter().map(|(name, _)| *name).collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(names.len(), before, "two areas share a name");
    for (area, entries) in all {
        for entry in entries {
            assert!(
                entry.english.iter().chain(&entry.welsh).all(|m| !m.trim().is_empty()),
                "{area}.{} has an empty message",
                entry.key
            );
        }
    }
}

#[test]
fn counted_messages_have_a_form_for_every_plural_category() {
    for (area, entries) in areas() {
        for entry in entries.iter().filter(|e| e.counted) {
            assert_eq!(entry.english.len(), Lang::English.plural_categories().len(), "{area}.{}", entry.key);
            assert_eq!(entry.welsh.len(), Lang::Welsh.plural_categories().len(), "{area}.{}", entry.key);
        }
    }
}

#[test]
fn messages_come_out_in_the_chosen_language_once_the_welsh_is_read() {
    i18n::set_current(Lang::Welsh);
    // Before the Welsh file is read, the English shows: never a key or an empty string.
    assert_eq!(t(shell::Shell::NavAssessments), "Assessments");
    load_welsh(&welsh_catalogue_json()).expect("the Welsh file reads");
    assert_eq!(t(shell::Shell::NavAssessments), "Asesiadau");
    assert_eq!(dates::long_date(chrono::NaiveDate::from_ymd_opt(2026, 12, 5).unwrap()), "5 Rhagfyr 2026");
    i18n::set_current(Lang::English);
    assert_eq!(t(shell::Shell::NavAssessments), "Assessments");
    assert_eq!(dates::long_date(chrono::NaiveDate::from_ymd_opt(2026, 12, 5).unwrap()), "5 December 2026");
}

#[test]
fn a_welsh_file_of_the_wrong_shape_is_refused_whole() {
    assert!(load_welsh("[]").is_err());
    assert!(load_welsh(r#"{"shell": {"NavAssessments": 3}}"#).is_err());
    assert!(load_welsh(r#"{"shell": {"NavAssessments": ["a", 2]}}"#).is_err());
}

#[test]
fn welsh_counts_follow_cldr_for_whole_numbers() {
    use PluralCategory::*;
    let expected = [(0, Zero), (1, One), (2, Two), (3, Few), (4, Other), (5, Other), (6, Many), (7, Other)];
    for (n, category) in expected {
        assert_eq!(Lang::Welsh.plural_category(n), category, "cy {n}");
    }
    for n in [10, 11, 13, 16, 20, 100, 103, 106] {
        assert_eq!(Lang::Welsh.plural_category(n), Other, "cy {n}");
    }
    assert_eq!(Lang::English.plural_category(1), One);
    for n in [0, 2, 3, 6, 11, 21, 101] {
        assert_eq!(Lang::English.plural_category(n), Other, "en {n}");
    }
}

spec_lens::plurals! {
    enum Sample in "test_sample" {
        Criteria: ["{n} criterion", "{n} criteria"] => ["{n} maen prawf", "{n} maen prawf", "{n} faen prawf", "{n} maen prawf", "{n} maen prawf", "{n} maen prawf"],
    }
}

#[test]
fn a_counted_message_picks_its_form_by_the_count() {
    i18n::set_current(Lang::English);
    assert_eq!(tn(Sample::Criteria, 1), "1 criterion");
    assert_eq!(tn(Sample::Criteria, 0), "0 criteria");
    assert_eq!(tn(Sample::Criteria, 2), "2 criteria");
    // Sample is not in the page's catalogue, so Welsh falls back to English rather than to nothing.
    i18n::set_current(Lang::Welsh);
    assert_eq!(tn(Sample::Criteria, 2), "2 criteria");
    i18n::set_current(Lang::English);
    assert_eq!(Sample::entries()[0].welsh.len(), 6);
}

#[test]
fn slots_are_filled_and_braces_that_are_not_slots_are_text() {
    assert_eq!(fill("Nid oes tudalen yn {address}.", &[("address", "#/x")]), "Nid oes tudalen yn #/x.");
    assert_eq!(fill("{a}{b}", &[("a", "1"), ("b", "2")]), "12");
    assert_eq!(
        fill("keep {missing} and { } and {1x} and {open", &[]),
        "keep {missing} and { } and {1x} and {open"
    );
    assert_eq!(slot_names("{b} {a} {b}"), vec!["a", "b"]);
    assert_eq!(Lang::from_tag("cy-GB"), Some(Lang::Welsh));
    assert_eq!(Lang::from_tag("EN"), Some(Lang::English));
    assert_eq!(Lang::from_tag("fr"), None);
}

/// An area declared but not listed in `areas()` would never reach the Welsh file: its messages would
/// show in English to a Welsh reader without any test noticing.
#[test]
fn every_declared_area_is_listed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n/messages");
    let listed: Vec<&str> = areas().into_iter().map(|(name, _)| name).collect();
    for file in std::fs::read_dir(dir).unwrap() {
        let source = std::fs::read_to_string(file.unwrap().path()).unwrap();
        for declared in source.split(" in \"").skip(1).filter_map(|rest| rest.split('"').next()) {
            assert!(listed.contains(&declared), "area {declared:?} is declared but not listed in areas()");
        }
    }
}
