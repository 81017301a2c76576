//! A framework's wording in another language: checked by the one check (unknown languages and ids
//! refused with a sentence naming the field, lengths bounded), and carried by the criteria CSV in
//! columns per language.

use spec_lens::domain::builtin::builtin_framework;
use spec_lens::domain::{
    validate, without_blank_terms, CriterionWording, FieldPath, Framework, SectionWording, Translation,
};
use spec_lens::format::criteria_csv::{
    criteria_csv, import_criteria_csv, import_criteria_csv_worded, COLUMNS, WORDING_COLUMNS,
};
use spec_lens::format::normalise::check_framework;

fn framework() -> Framework {
    builtin_framework().expect("1.1")
}

fn with_welsh(edit: impl FnOnce(&mut Translation)) -> Framework {
    let mut f = framework();
    let mut translation = Translation::default();
    edit(&mut translation);
    f.languages.insert("cy".into(), translation);
    f
}

fn first_criterion(f: &Framework) -> String {
    f.sections[0].criteria[0].id.clone()
}

/// The sentence the one check refuses `framework` with.
fn refusal(framework: &Framework) -> String {
    check_framework(framework).expect_err("refused").reason()
}

#[test]
fn a_good_translation_passes_the_one_check() {
    let f = with_welsh(|t| {
        t.title = "Asesiad o anghenion cynhwysol".into();
        let id = first_criterion(&framework());
        t.criteria.insert(id, CriterionWording { question: "Cwestiwn?".into(), ..Default::default() });
        t.sections.insert("data".into(), SectionWording { title: "Data".into(), summary: String::new() });
    });
    assert_eq!(validate(&f), vec![]);
    assert_eq!(check_framework(&f), Ok(()));
}

#[test]
fn unknown_languages_are_refused_naming_the_field() {
    let mut f = framework();
    f.languages.insert("fr".into(), Translation { title: "Cadre".into(), ..Default::default() });
    let reason = refusal(&f);
    assert!(reason.contains("the framework's wording in other languages"), "{reason}");
    assert!(reason.contains("\"fr\" is in a language Spec Lens does not have"), "{reason}");
    assert!(reason.contains("\"cy\" for Welsh"), "{reason}");

    let mut f = framework();
    f.language = "de".into();
    let reason = refusal(&f);
    assert!(reason.contains("the framework's language"), "{reason}");
    assert!(reason.contains("\"de\" is not a language Spec Lens has"), "{reason}");

    let mut f = framework();
    f.languages.insert("en".into(), Translation { title: "Again".into(), ..Default::default() });
    assert!(refusal(&f).contains("the framework's own language (English)"));
    let errors = validate(&f);
    assert!(errors.iter().all(|e| e.path == FieldPath::Framework("languages")), "{errors:?}");
}

#[test]
fn every_id_a_translation_words_must_be_in_the_framework() {
    let f = with_welsh(|t| {
        t.criteria.insert(
            "no-such-criterion".into(),
            CriterionWording { title: "Dim".into(), ..Default::default() },
        );
    });
    let reason = refusal(&f);
    assert!(reason.contains("the Welsh wording names the criterion \"no-such-criterion\""), "{reason}");
    let f = with_welsh(|t| {
        t.sections.insert("no-such-section".into(), SectionWording::default());
    });
    assert!(refusal(&f).contains("names the section \"no-such-section\""));
}

#[test]
fn translations_are_bounded_like_the_framework_s_own_wording() {
    let id = first_criterion(&framework());
    let cases: Vec<(Framework, &str)> = vec![
        (with_welsh(|t| t.title = "t".repeat(1_001)), "Welsh title of the framework is 1001 characters long"),
        (
            with_welsh(|t| {
                t.criteria.insert(
                    id.clone(),
                    CriterionWording { question: "q".repeat(20_001), ..Default::default() },
                );
            }),
            "Welsh question of criterion",
        ),
        (
            with_welsh(|t| {
                t.criteria.insert(
                    id.clone(),
                    CriterionWording { descriptors: vec!["d".into(); 6], ..Default::default() },
                );
            }),
            "gives 6 descriptors",
        ),
        (
            with_welsh(|t| {
                t.criteria.insert(
                    id.clone(),
                    CriterionWording { search_terms: vec!["*".into()], ..Default::default() },
                );
            }),
            "among the Welsh search terms",
        ),
        (
            with_welsh(|t| {
                t.criteria.insert(
                    id.clone(),
                    CriterionWording { search_terms: vec!["term".into(); 201], ..Default::default() },
                );
            }),
            "201 Welsh search terms",
        ),
        (with_welsh(|t| t.scale.levels = vec![Default::default(); 6]), "gives 6 levels of the scale"),
    ];
    for (f, expected) in cases {
        let reason = refusal(&f);
        assert!(reason.contains(expected), "{reason} (wanted {expected})");
    }
}

#[test]
fn blank_translated_search_terms_are_dropped_by_the_editor_tidy() {
    let id = first_criterion(&framework());
    let f = with_welsh(|t| {
        t.criteria.insert(
            id.clone(),
            CriterionWording { search_terms: vec!["cymraeg".into(), " ".into()], ..Default::default() },
        );
    });
    assert!(check_framework(&f).is_err(), "a blank term in a file is refused");
    let tidy = without_blank_terms(&f);
    assert_eq!(tidy.languages["cy"].criteria[&id].search_terms, vec!["cymraeg".to_string()]);
    assert_eq!(check_framework(&tidy), Ok(()));
}

#[test]
fn a_framework_file_with_an_unknown_language_is_refused() {
    use spec_lens::format::envelope::export_framework;
    use spec_lens::format::import::import;
    let mut f = framework();
    f.languages.insert("xx".into(), Translation { title: "?".into(), ..Default::default() });
    let text = export_framework(&f, "2027-03-02T10:00:00Z".parse().expect("time"));
    let error = import(text.as_bytes(), None).expect_err("refused");
    assert!(error.to_string().contains("\"xx\" is in a language Spec Lens does not have"), "{error}");
}

#[test]
fn the_criteria_csv_carries_each_translation_in_its_own_columns() {
    let f = with_welsh(|t| {
        t.title = "Ignored by the CSV".into();
        t.sections.insert(
            "data".into(),
            SectionWording { title: "Data, yn Gymraeg".into(), summary: "Crynodeb".into() },
        );
        let id = first_criterion(&framework());
        t.criteria.insert(
            id,
            CriterionWording {
                title: "Teitl".into(),
                question: "Cwestiwn, \"gyda dyfynodau\"?".into(),
                guidance: "Canllaw\nar ddwy linell".into(),
                meets: "Yn bodloni".into(),
                falls_short: "=Yn brin".into(),
                descriptors: vec!["0".into(), "1".into(), "2".into(), "3".into(), "4".into()],
                search_terms: vec!["asesiad o anghenion".into(), "cyd-gynhyrch*".into()],
            },
        );
    });
    let csv = criteria_csv(&f);
    let header = csv.trim_start_matches('\u{feff}').lines().next().expect("header");
    let expected: Vec<String> = COLUMNS
        .iter()
        .map(|c| c.to_string())
        .chain(WORDING_COLUMNS.iter().map(|c| format!("{c}_cy")))
        .collect();
    assert_eq!(header, expected.join(","));

    let read = import_criteria_csv_worded(csv.as_bytes()).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(read.sections, f.sections);
    let mut wanted = f.languages["cy"].clone();
    wanted.title.clear(); // the framework's own fields are not in the CSV
                          // Sections without Welsh wording are not written, nor read back.
    assert_eq!(read.languages.keys().collect::<Vec<_>>(), vec!["cy"]);
    assert_eq!(read.languages["cy"], wanted);
    assert_eq!(import_criteria_csv(csv.as_bytes()).expect("reads"), f.sections);

    // Without translations the export is as before: no language columns.
    let plain = criteria_csv(&framework());
    assert_eq!(plain.trim_start_matches('\u{feff}').lines().next(), Some(COLUMNS.join(",").as_str()));
    assert!(import_criteria_csv_worded(plain.as_bytes()).expect("reads").languages.is_empty());
}

#[test]
fn old_criteria_files_and_partial_language_columns_read() {
    let old = std::fs::read("tests/fixtures/criteria-five.csv").expect("fixture");
    let read = import_criteria_csv_worded(&old).expect("an old file reads");
    assert!(read.languages.is_empty());

    let text = "section_id,section_title,criterion_id,title,question,Title CY,question-cy,Search Terms_CY,level_2_cy\n\
                s1,Section,c1,Title,Question?,Teitl,,,\n\
                s1,,c2,Title 2,Question 2?,,Cwestiwn 2?,\"un\ndau\",Lefel 2\n\
                s1,,c3,Title 3,Question 3?,,,,\n";
    let read = import_criteria_csv_worded(text.as_bytes()).unwrap_or_else(|e| panic!("{e:#?}"));
    let welsh = &read.languages["cy"];
    assert_eq!(welsh.criteria.len(), 2, "a row with no Welsh adds nothing");
    assert_eq!(welsh.criteria["c1"].title, "Teitl");
    assert_eq!(welsh.criteria["c2"].question, "Cwestiwn 2?");
    assert_eq!(welsh.criteria["c2"].search_terms, vec!["un".to_string(), "dau".to_string()]);
    assert_eq!(welsh.criteria["c2"].descriptors, vec!["", "", "Lefel 2", "", ""]);
    assert!(welsh.sections.is_empty());
}

#[test]
fn bad_language_cells_are_reported_with_their_line_and_column() {
    let text = "section_id,section_title,section_title_cy,criterion_id,title,question,search_terms_cy,title_cy,title_cy\n\
                s1,Section,Adran,c1,Title,Question?,*,,\n";
    let errors = import_criteria_csv_worded(text.as_bytes()).expect_err("refused");
    assert_eq!(errors[0].column.as_deref(), Some("title_cy"), "{errors:#?}");
    assert!(errors[0].message().contains("appears twice"));

    let text = "section_id,section_title,section_title_cy,criterion_id,title,question,search_terms_cy\n\
                s1,Section,Adran,c1,Title,Question?,*\n\
                s1,,Adran arall,c2,Title,Question?,\n";
    let errors = import_criteria_csv_worded(text.as_bytes()).expect_err("refused");
    let at: Vec<(Option<usize>, Option<&str>)> =
        errors.iter().map(|e| (e.line, e.column.as_deref())).collect();
    assert_eq!(
        at,
        vec![(Some(2), Some("search_terms_cy")), (Some(3), Some("section_title_cy"))],
        "{errors:#?}"
    );
    assert!(errors[1].message().contains("already has the Welsh title \"Adran\""), "{errors:#?}");
}
