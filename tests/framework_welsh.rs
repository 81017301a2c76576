//! The built-in framework 1.1 in Welsh (`public/i18n/inclusive_needs_assessment-1.1.cy.json`, the
//! value of its `languages.cy`): it passes the one check, words every section and criterion the
//! English has, leaves the rules (and so the rules hash) alone, stays in the form the code writes,
//! and its search terms find a Welsh-language specification's clauses.

#[path = "support/fixture_file.rs"]
mod fixture_file;

use std::path::Path;

use spec_lens::domain::builtin::builtin_framework;
use spec_lens::domain::finder::UnicodeFold;
use spec_lens::domain::{rules_hash, silences, validate, Clause, Framework, Translation};
use spec_lens::format::normalise::check_framework;

const PATH: &str = "public/i18n/inclusive_needs_assessment-1.1.cy.json";
const WELSH: &str = include_str!("../public/i18n/inclusive_needs_assessment-1.1.cy.json");

fn english() -> Framework {
    builtin_framework().expect("the built-in framework parses")
}

fn translation() -> Translation {
    serde_json::from_str(WELSH).expect("the Welsh wording parses as a Translation")
}

/// The built-in framework carrying its Welsh wording, as a stored or exported one would.
fn bilingual() -> Framework {
    let mut framework = english();
    framework.languages.insert("cy".into(), translation());
    framework
}

#[test]
fn the_welsh_wording_passes_the_one_check() {
    let framework = bilingual();
    assert_eq!(validate(&framework), vec![]);
    assert_eq!(check_framework(&framework), Ok(()));
}

#[test]
fn the_file_is_kept_in_the_form_the_code_writes() {
    let text = serde_json::to_string_pretty(&translation()).expect("serialises") + "\n";
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(PATH);
    fixture_file::keep_current(&path, &text, "framework_welsh");
}

#[test]
fn every_id_worded_is_in_the_framework() {
    let framework = english();
    let t = translation();
    for id in t.sections.keys() {
        assert!(framework.sections.iter().any(|s| &s.id == id), "no section {id}");
    }
    for id in t.criteria.keys() {
        assert!(framework.criterion(id).is_some(), "no criterion {id}");
    }
}

#[test]
fn the_framework_and_its_scale_are_worded_in_welsh() {
    let framework = english();
    let t = translation();
    for (own, welsh) in [(&framework.title, &t.title), (&framework.summary, &t.summary)] {
        assert!(!welsh.trim().is_empty() && welsh != own, "{own}");
    }
    assert_eq!(t.scale.levels.len(), framework.scale.levels.len());
    for (level, wording) in framework.scale.levels.iter().zip(&t.scale.levels) {
        assert!(!wording.label.trim().is_empty() && wording.label != level.label, "{}", level.label);
        assert!(!wording.descriptor.trim().is_empty() && wording.descriptor != level.descriptor);
    }
    let scale = &framework.scale;
    assert!(
        !t.scale.not_applicable_label.is_empty()
            && t.scale.not_applicable_label != scale.not_applicable_label
    );
    assert!(
        !t.scale.insufficient_evidence_label.is_empty()
            && t.scale.insufficient_evidence_label != scale.insufficient_evidence_label
    );
}

#[test]
fn every_section_and_criterion_is_worded_in_welsh() {
    let framework = english();
    let t = translation();
    for section in &framework.sections {
        let wording =
            t.sections.get(&section.id).unwrap_or_else(|| panic!("section {} in Welsh", section.id));
        for (own, welsh) in [(&section.title, &wording.title), (&section.summary, &wording.summary)] {
            assert!(!welsh.trim().is_empty() && welsh != own, "section {}: {own}", section.id);
        }
        for criterion in &section.criteria {
            let id = &criterion.id;
            let wording = t.criteria.get(id).unwrap_or_else(|| panic!("criterion {id} in Welsh"));
            let fields = [
                ("title", &criterion.title, &wording.title),
                ("question", &criterion.question, &wording.question),
                ("guidance", &criterion.guidance, &wording.guidance),
                ("meets", &criterion.meets, &wording.meets),
                ("falls_short", &criterion.falls_short, &wording.falls_short),
            ];
            for (field, own, welsh) in fields {
                assert!(!welsh.trim().is_empty(), "{id}: {field} is empty");
                assert_ne!(welsh, own, "{id}: {field} is the English");
            }
            assert_eq!(wording.descriptors.len(), criterion.descriptors.len(), "{id}: descriptors");
            for (level, (own, welsh)) in criterion.descriptors.iter().zip(&wording.descriptors).enumerate() {
                assert!(!welsh.trim().is_empty() && welsh != own, "{id}: descriptor {level}");
            }
            assert!(!wording.search_terms.is_empty(), "{id}: search terms");
            assert!(wording.search_terms.iter().all(|term| !term.trim().is_empty()), "{id}: a blank term");
        }
    }
}

#[test]
fn the_welsh_view_has_the_same_rules_hash() {
    let framework = bilingual();
    let welsh = framework.in_language("cy");
    assert_eq!(welsh.language, "cy");
    assert_eq!(welsh.title, translation().title);
    assert_eq!(rules_hash(&welsh), rules_hash(&english()));
    assert_eq!(rules_hash(&framework), rules_hash(&english()));
}

/// Clauses of a made-up Welsh-language specification for a probation accommodation service. Some
/// key words are mutated, as running Welsh has them: "fenywod", "ddatgelu", "gyd-gynhyrchu",
/// "phrofiad".
const SPECIFICATION: [&str; 7] = [
    "Bydd y darparwr yn defnyddio'r asesiad lleol o anghenion a gyhoeddwyd ym mis Mawrth 2025, a luniwyd gyda \
     phartneriaid lleol, ac sy'n dangos anghenion fesul ardal awdurdod lleol.",
    "Mae'r asesiad yn nodi bylchau yn y data: nid oedd ethnigrwydd wedi'i gofnodi mewn un o bob deg achos.",
    "Mae llawer o fenywod ar brawf wedi profi cam-drin domestig ac yn amharod i'w ddatgelu.",
    "Rhaid i'r darparwr gynnig gwasanaeth dwyieithog a chydymffurfio â Safonau'r Gymraeg, gan gynnig \
     y dewis iaith yn rhagweithiol.",
    "Cynlluniwyd y gwasanaeth drwy gyd-gynhyrchu â phobl sydd â phrofiad bywyd o'r system cyfiawnder troseddol.",
    "Bydd y contract yn cael ei adolygu bob blwyddyn, gyda data monitro wedi'i ddadansoddi yn ôl nodweddion \
     gwarchodedig.",
    "Gall asiantaethau partner atgyfeirio pobl i'r gwasanaeth, a gall pobl hunanatgyfeirio hefyd.",
];

/// The criteria the clauses above speak to, each through its Welsh terms.
const FOUND: [&str; 10] = [
    "data-local-assessment",
    "data-completeness",
    "data-disclosure",
    "cohort-women",
    "access-welsh-language",
    "lived-input",
    "lived-influence",
    "spec-eligibility-referral",
    "review-disaggregated-monitoring",
    "review-cycle",
];

fn clauses() -> Vec<Clause> {
    let texts = SPECIFICATION.iter().zip(1..);
    texts.map(|(text, id)| Clause { id, label: id.to_string(), text: text.to_string(), page: None }).collect()
}

fn silent_ids(framework: &Framework) -> Vec<String> {
    silences(framework, &clauses(), &UnicodeFold).into_iter().map(|s| s.criterion_id).collect()
}

#[test]
fn the_welsh_terms_find_a_welsh_specification() {
    let framework = bilingual();
    let welsh = framework.in_language("cy");
    let silent_in_welsh = silent_ids(&welsh);
    let silent_in_english = silent_ids(&english());
    for id in FOUND {
        assert!(welsh.criterion(id).is_some(), "no criterion {id}");
        assert!(!silent_in_welsh.contains(&id.to_string()), "{id}: its Welsh terms find nothing");
        // The English terms miss the Welsh text, except the Welsh-language criterion's, which
        // include "Cymraeg" and "Gymraeg".
        let english_finds_it = !silent_in_english.contains(&id.to_string());
        assert_eq!(english_finds_it, id == "access-welsh-language", "{id}: what its English terms find");
    }
    // And a criterion the text never speaks to stays silent in Welsh.
    assert!(silent_in_welsh.contains(&"cohort-veterans".to_string()));
}

/// How the page reads the file when Welsh is first chosen (`state::catalogue::keep_wording`): the
/// wording file listed for the built-in version is this one, it is accepted and then not fetched
/// again, and a damaged one is refused whole with a sentence, never a panic.
#[test]
fn the_page_reads_the_welsh_wording_once_and_refuses_a_damaged_file() {
    use spec_lens::domain::builtin::{RULES_HASH_1_1, WORDINGS};
    use spec_lens::domain::Language;
    use spec_lens::format::errors::FrameworkProblem;
    use spec_lens::state::catalogue::{keep_wording, wording_to_fetch};

    assert_eq!(
        WORDINGS.map(|(hash, lang, path)| (hash, lang, path)),
        [(RULES_HASH_1_1, Language::Welsh, PATH)]
    );
    assert_eq!(wording_to_fetch(Language::Welsh), vec![(RULES_HASH_1_1, PATH)]);
    assert_eq!(wording_to_fetch(Language::English), vec![]);

    let damaged = WELSH.replacen("\"criteria\"", "\"criteria\": 3, \"x\"", 1);
    let refused =
        keep_wording(RULES_HASH_1_1, Language::Welsh, &damaged).expect_err("a damaged file is refused");
    assert!(
        matches!(refused, FrameworkProblem::WordingUnreadable { language: Language::Welsh, .. }),
        "{refused:?}"
    );
    assert!(
        refused.to_string().starts_with("The Welsh wording of the built-in framework could not be read"),
        "{refused}"
    );
    let unknown = r#"{"criteria": {"no-such-criterion": {"title": "Teitl"}}}"#;
    assert!(
        matches!(
            keep_wording(RULES_HASH_1_1, Language::Welsh, unknown),
            Err(FrameworkProblem::WordingRefused { language: Language::Welsh, .. })
        ),
        "wording for a criterion it lacks"
    );
    assert_eq!(wording_to_fetch(Language::Welsh).len(), 1, "nothing refused is kept");

    keep_wording(RULES_HASH_1_1, Language::Welsh, WELSH).expect("the shipped wording is accepted");
    assert_eq!(wording_to_fetch(Language::Welsh), vec![], "read once");
}

#[test]
fn a_title_in_welsh_is_read_without_copying_the_framework() {
    let framework = bilingual();
    assert_eq!(framework.title_in("cy"), translation().title);
    assert_eq!(framework.title_in("en"), english().title);
    assert_eq!(english().title_in("cy"), english().title, "no wording: its own title");
}
