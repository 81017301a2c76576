//! What a specification is silent on, over real texts: the seven example specifications (production
//! data of the probation referral system, `domain::builtin`) and the two framework 1.1 fixtures
//! (made up: one inclusive, one thin). Every list below was checked by reading the text, and the
//! whole of each against an independent matcher (a regular expression per term over the text).

#[path = "support/common.rs"]
mod common;

use common::{examples, framework, worked_example};
use spec_lens::domain::finder::UnicodeFold;
use spec_lens::domain::json::from_json;
use spec_lens::domain::silence::silent_on;
use spec_lens::domain::{silences, split_clauses, Assessment, Criterion, Silence, Specification};
use spec_lens::format::report::markdown_report;
use spec_lens::format::report::wording::{silence_lead, silence_sentence};

const SILENT_ON: &str = "What the specification is silent on";

const INCLUSIVE: &str = include_str!("fixtures/framework-1.1/inclusive-specification.json");
const THIN: &str = include_str!("fixtures/framework-1.1/thin-specification.json");

fn example(title_ends: &str) -> Specification {
    let examples = examples();
    let found = examples.into_iter().find(|s| s.title.ends_with(title_ends));
    found.unwrap_or_else(|| panic!("an example titled …{title_ends}"))
}

fn fixture(json: &str) -> Specification {
    from_json::<Assessment>(json).expect("the fixture parses").specification
}

fn silent(spec: &Specification) -> Vec<Silence> {
    silences(&framework(), &spec.clauses(), &UnicodeFold)
}

fn silent_ids(spec: &Specification) -> Vec<String> {
    silent(spec).into_iter().map(|s| s.criterion_id).collect()
}

/// The ids of the framework's criteria not in `ids`: what the specification does mention.
fn mentioned(spec: &Specification) -> Vec<String> {
    let ids = silent_ids(spec);
    framework().criteria().map(|(_, c)| c.id.clone()).filter(|id| !ids.contains(id)).collect()
}

fn terms_of(id: &str) -> Vec<String> {
    let framework = framework();
    let criterion = framework.criterion(id).unwrap_or_else(|| panic!("criterion {id}"));
    criterion.search_terms.iter().map(|t| t.trim().to_string()).collect()
}

/// The Accommodation example (15 clauses) mentions six criteria: women and eligibility (clause 3,
/// "whether it accepts women"), complexity levels (clause 2), homelessness (clause 9) and learning
/// difficulties and disabilities (clause 13), the last of which is also a protected characteristic.
/// It says nothing about the other 39, among them veterans, care leavers, Wales and the PCC.
#[test]
fn the_accommodation_example_is_silent_on_all_but_six_criteria() {
    let spec = example("Accommodation");
    assert_eq!(
        mentioned(&spec),
        [
            "equality-nine-characteristics",
            "cohort-women",
            "cohort-neurodivergent",
            "cohort-inclusion-health",
            "spec-complexity-tiers",
            "spec-eligibility-referral",
        ]
    );
    let found = silent(&spec);
    assert_eq!(found.len(), 39);
    for id in ["cohort-veterans", "cohort-care-leavers", "access-welsh-language", "partner-pcc"] {
        let silence = found.iter().find(|s| s.criterion_id == id).unwrap_or_else(|| panic!("silent on {id}"));
        assert_eq!(silence.terms, terms_of(id), "{id}: every term was looked for");
    }
    let veterans = found.iter().find(|s| s.criterion_id == "cohort-veterans").unwrap();
    assert_eq!(
        silence_sentence(veterans, &framework()),
        "\u{201c}Armed forces veterans\u{201d} \u{2014} the specification never mentions: veteran*, armed forces, \
         ex-forces, ex-service personnel, ex-servicem*, military, service leaver*, Op Courage"
    );
}

#[test]
fn the_list_follows_the_framework_and_agrees_with_one_criterion_asked_alone() {
    let framework = framework();
    let mut specs = examples();
    specs.extend([fixture(INCLUSIVE), fixture(THIN)]);
    for spec in &specs {
        let clauses = spec.clauses();
        let expected: Vec<Silence> =
            framework.criteria().filter_map(|(_, c)| silent_on(c, &clauses, &UnicodeFold)).collect();
        assert!(!expected.is_empty(), "{} is silent on something", spec.title);
        assert_eq!(silences(&framework, &clauses, &UnicodeFold), expected, "{}", spec.title);
    }
}

/// The two women's services specifications name women four times each; every other example names
/// them once, in its eligibility clause ("whether it accepts women"). None of the seven names
/// veterans, care leavers, the Welsh language, the PCC or social value.
#[test]
fn no_example_is_silent_on_women_and_every_one_is_silent_on_veterans() {
    for spec in examples() {
        let ids = silent_ids(&spec);
        assert!(!ids.iter().any(|id| id == "cohort-women"), "{} names women", spec.title);
        for id in [
            "cohort-veterans",
            "cohort-care-leavers",
            "access-welsh-language",
            "partner-pcc",
            "process-social-value",
        ] {
            assert!(ids.iter().any(|i| i == id), "{} is silent on {id}", spec.title);
        }
    }
}

/// The inclusive fixture (a made-up English county) mentions every criterion but one: it never
/// says anything about the Welsh language, which an English service need not.
#[test]
fn the_inclusive_fixture_is_silent_only_on_the_welsh_language() {
    let found = silent(&fixture(INCLUSIVE));
    assert_eq!(
        found,
        [Silence { criterion_id: "access-welsh-language".into(), terms: terms_of("access-welsh-language") }]
    );
}

/// The thin fixture says a little about many things: the PCC (9.1, to be told of the award), men
/// and women (5.1), the Equality Act (2.3), OASys (2.2), but nothing about the groups a needs
/// assessment should find, and nothing about lived experience, social value or review.
#[test]
fn the_thin_fixture_is_silent_on_the_groups_it_never_names() {
    let spec = fixture(THIN);
    let ids = silent_ids(&spec);
    assert_eq!(ids.len(), 30, "{ids:?}");
    for id in [
        "cohort-veterans",
        "cohort-care-leavers",
        "cohort-racially-minoritised",
        "cohort-young-adults",
        "access-welsh-language",
        "lived-input",
        "process-social-value",
        "review-cycle",
    ] {
        assert!(ids.iter().any(|i| i == id), "silent on {id}");
    }
    for id in [
        "partner-pcc",
        "cohort-women",
        "equality-nine-characteristics",
        "data-oasys-beyond",
        "spec-eligibility-referral",
        "process-consultation",
    ] {
        assert!(!ids.iter().any(|i| i == id), "mentions {id}");
    }
}

fn criterion(id: &str, terms: &[&str]) -> Criterion {
    let mut criterion = framework().criteria().next().unwrap().1.clone();
    criterion.id = id.into();
    criterion.search_terms = terms.iter().map(|t| t.to_string()).collect();
    criterion
}

#[test]
fn nothing_is_listed_without_text_or_without_terms() {
    let framework = framework();
    assert_eq!(silences(&framework, &[], &UnicodeFold), [], "no clauses: nothing to be silent in");
    let mut custom = framework.clone();
    custom.sections.truncate(1);
    custom.sections[0].criteria = vec![
        criterion("none", &[]),
        criterion("unusable", &["*", "--"]),
        criterion("women", &[" women ", "*", "female"]),
    ];
    let clauses = split_clauses("Men only.\n\nAdults on licence.");
    // Only the criterion with usable terms; its unusable term left out, the others trimmed.
    assert_eq!(
        silences(&custom, &clauses, &UnicodeFold),
        [Silence { criterion_id: "women".into(), terms: vec!["women".into(), "female".into()] }]
    );
    assert_eq!(silences(&custom, &split_clauses("Female only."), &UnicodeFold), []);
}

#[test]
fn the_lead_says_how_many_none_or_that_there_is_no_text() {
    assert!(silence_lead(1, true).contains("search terms of 1 criterion."), "{}", silence_lead(1, true));
    assert!(silence_lead(39, true).contains("search terms of 39 criteria."));
    assert_eq!(
        silence_lead(0, true),
        "At least one search term of every criterion is found somewhere in the specification."
    );
    assert!(silence_lead(0, false).starts_with("The specification has no text yet"));
}

/// The worked example scores the Accommodation example: its report lists the same 39 criteria.
#[test]
fn the_worked_examples_markdown_report_lists_what_it_is_silent_on() {
    let framework = framework();
    let assessment = worked_example();
    let md = markdown_report(&assessment, &framework, &UnicodeFold);
    let heading = format!("## {SILENT_ON}\n");
    let start = md.find(&heading).expect("the section");
    assert!(start > md.find("## What to fix first").unwrap(), "after the gaps");
    let section = &md[start + heading.len()..];
    let section = &section[..section.find("\n## ").unwrap()];
    assert!(section.contains("any of the search terms of 39 criteria"), "{section}");
    let items: Vec<&str> = section.lines().filter(|l| l.starts_with("- ")).collect();
    assert_eq!(items.len(), 39);
    assert!(
        items.contains(
            &"- \u{201c}Armed forces veterans\u{201d} \u{2014} the specification never mentions: veteran\\*, armed \
              forces, ex-forces, ex-service personnel, ex-servicem\\*, military, service leaver\\*, Op Courage"
        ),
        "{section}"
    );
    assert!(!section.contains("\u{201c}Women\u{201d}"), "the example names women");
}

#[test]
fn a_report_on_a_specification_without_text_says_so() {
    let framework = framework();
    let mut assessment = worked_example();
    assessment.specification.text.clear();
    assessment.specification.document = None;
    let md = markdown_report(&assessment, &framework, &UnicodeFold);
    let start = md.find(&format!("## {SILENT_ON}")).unwrap();
    let section = &md[start..start + md[start..].find("\n## ").unwrap()];
    assert!(section.contains("has no text yet"), "{section}");
    assert!(!section.lines().any(|l| l.starts_with("- ")), "{section}");
}
