//! CSV import and export of a framework's criteria: the template, good and bad spreadsheets, and
//! export then import giving the same criteria.

#[path = "support/common.rs"]
mod common;
#[path = "support/welsh.rs"]
mod welsh;

use std::path::Path;

use common::framework;
use spec_lens::domain::{Section, Source};
use spec_lens::format::criteria_csv::{
    criteria_csv, criteria_template, import_criteria_csv, CsvError, COLUMNS, REQUIRED_COLUMNS,
};

fn import(text: &str) -> Result<Vec<Section>, Vec<CsvError>> {
    import_criteria_csv(text.as_bytes())
}

fn imported(text: &str) -> Vec<Section> {
    import(text).unwrap_or_else(|errors| panic!("expected to import, got {errors:#?}"))
}

fn refused(text: &str) -> Vec<CsvError> {
    match import(text) {
        Ok(sections) => panic!("expected errors, imported {sections:#?}"),
        Err(errors) => errors,
    }
}

/// The errors as the user reads them.
fn messages(errors: &[CsvError]) -> Vec<String> {
    errors.iter().map(ToString::to_string).collect()
}

const HEADER: &str = "section_id,section_title,criterion_id,title,question,weight,critical,sources";

fn csv(rows: &[&str]) -> String {
    std::iter::once(HEADER).chain(rows.iter().copied()).map(|r| format!("{r}\n")).collect()
}

// ---------------------------------------------------------------------------------------------
// Template and fixture
// ---------------------------------------------------------------------------------------------

#[test]
fn the_template_has_every_column_and_imports_as_one_criterion() {
    let template = criteria_template();
    assert!(template.starts_with('\u{feff}'), "a BOM so Excel reads accents right");
    let header = template.trim_start_matches('\u{feff}').lines().next().unwrap();
    assert_eq!(header, COLUMNS.join(","));
    let sections = imported(&template);
    assert_eq!(sections.len(), 1);
    let criterion = &sections[0].criteria[0];
    assert!(criterion.critical);
    assert_eq!(criterion.descriptors.len(), 5);
    assert_eq!(criterion.sources.len(), 1);
    assert_eq!(criterion.sources[0].year, Some(2024));
}

#[test]
fn the_template_is_worded_in_the_readers_language_and_imports_the_same() {
    let english = imported(&criteria_template());
    let welsh = welsh::in_welsh(|| imported(&criteria_template()));
    let (en, cy) = (&english[0].criteria[0], &welsh[0].criteria[0]);
    assert_eq!(cy.title, "Profiad bywyd wedi llunio'r fanyleb");
    assert_eq!(welsh[0].title, "Llais pobl sy'n defnyddio gwasanaethau");
    assert_eq!(cy.search_terms, ["profiad bywyd", "cyd-gynhyrch*", "llais defnyddwyr gwasanaeth"]);
    assert_eq!(en.title, "Lived experience shaped the specification");
    // The same rules in either language: ids, weights, the critical flag, the source's address.
    assert_eq!((&cy.id, cy.weight, cy.critical), (&en.id, en.weight, en.critical));
    assert_eq!(cy.sources[0].url, en.sources[0].url);
    assert_ne!(cy.descriptors, en.descriptors);
}

#[test]
fn the_five_criteria_fixture_imports() {
    let bytes = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/criteria-five.csv"))
        .expect("fixture");
    assert!(bytes.starts_with(b"\xef\xbb\xbf"), "saved as Excel's CSV UTF-8 does, with a BOM");
    let sections = import_criteria_csv(&bytes).unwrap_or_else(|e| panic!("{e:#?}"));
    let ids: Vec<(&str, Vec<&str>)> = sections
        .iter()
        .map(|s| (s.id.as_str(), s.criteria.iter().map(|c| c.id.as_str()).collect()))
        .collect();
    assert_eq!(
        ids,
        [
            ("voice", vec!["voice-lived-experience", "voice-feedback", "voice-peer-roles"]),
            ("access", vec!["access-rural", "access-language"])
        ]
    );
    let (voice, access) = (&sections[0], &sections[1]);
    assert_eq!(voice.title, "Voice of people who use services");
    assert_eq!((voice.weight, access.weight), (2.0, 1.0));
    assert_eq!(voice.criteria[0].sources.len(), 2, "two sources on two lines of one cell");
    assert_eq!(voice.criteria[0].sources[1].year, None);
    assert_eq!(voice.criteria[2].question.matches("\"peer mentors\"").count(), 1, "doubled quotes");
    assert!(voice.criteria[1].descriptors.is_empty(), "blank levels use the scale's descriptors");
    assert_eq!(access.criteria[0].weight, 1.5);
    assert!(access.criteria[1].critical, "true reads as critical");
    assert!(access.criteria[1].guidance.contains("line by line:\n- interpreting\n"));
}

// ---------------------------------------------------------------------------------------------
// Good spreadsheets: RFC 4180 and what spreadsheets write
// ---------------------------------------------------------------------------------------------

#[test]
fn quoted_fields_doubled_quotes_and_line_breaks_inside_cells_read_back() {
    let text = csv(&[r#"s,"Section, with a comma",c1,"Title ""quoted""","Line one
line two",2.5,yes,"A | P | 2020 | https://a.example
B | https://b.example""#]);
    let sections = imported(&text);
    let c = &sections[0].criteria[0];
    assert_eq!(sections[0].title, "Section, with a comma");
    assert_eq!(c.title, "Title \"quoted\"");
    assert_eq!(c.question, "Line one\nline two");
    assert_eq!(c.weight, 2.5);
    assert_eq!(
        c.sources,
        [
            Source {
                title: "A".into(),
                publisher: "P".into(),
                year: Some(2020),
                url: "https://a.example".into()
            },
            Source {
                title: "B".into(),
                publisher: String::new(),
                year: None,
                url: "https://b.example".into()
            },
        ]
    );
}

#[test]
fn crlf_and_lf_line_ends_and_a_bom_read_the_same() {
    let lf = csv(&["s,S,c1,T,\"Q\nmore\",1,no,", "s,S,c2,T2,Q2,,,"]);
    let crlf = lf.replace('\n', "\r\n");
    let bom = format!("\u{feff}{crlf}");
    let expected = imported(&lf);
    assert_eq!(imported(&crlf), expected, "CRLF inside a cell reads as LF");
    assert_eq!(imported(&bom), expected);
    assert_eq!(expected[0].criteria.len(), 2);
    assert_eq!(expected[0].criteria[1].weight, 1.0, "a blank weight is 1");
    assert!(!expected[0].criteria[1].critical, "a blank critical flag is no");
}

#[test]
fn headers_match_loosely_in_any_order_and_unknown_columns_are_ignored() {
    let text = "Notes,Question,Title,Criterion ID,Section-Title,SECTION_ID\n\
                ignore me,Q?,T,c1,S,s\n";
    let sections = imported(text);
    assert_eq!(sections[0].id, "s");
    assert_eq!(sections[0].criteria[0].question, "Q?");
}

#[test]
fn blank_rows_are_skipped_and_section_cells_may_be_blank_after_the_first_row() {
    let text = csv(&[
        "s,S,c1,T,Q,1,no,",
        ",,,,,,,",
        "",
        "s,,c2,T,Q,1,no,",
        "t,Other,c3,T,Q,1,no,",
        "s,S,c4,T,Q,1,no,",
    ]);
    let sections = imported(&text);
    let ids: Vec<Vec<&str>> =
        sections.iter().map(|s| s.criteria.iter().map(|c| c.id.as_str()).collect()).collect();
    assert_eq!(ids, [vec!["c1", "c2", "c4"], vec!["c3"]], "rows of one section join it, in order");
}

#[test]
fn every_critical_spelling_reads() {
    for (cell, critical) in [
        ("yes", true),
        ("Y", true),
        ("TRUE", true),
        ("1", true),
        ("no", false),
        ("n", false),
        ("False", false),
        ("0", false),
        ("", false),
    ] {
        let sections = imported(&csv(&[&format!("s,S,c1,T,Q,1,{cell},")]));
        assert_eq!(sections[0].criteria[0].critical, critical, "{cell:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Bad spreadsheets: every problem named by line and column, nothing imported
// ---------------------------------------------------------------------------------------------

#[test]
fn a_semicolon_separated_file_is_refused_with_a_clear_message() {
    let text = "section_id;section_title;criterion_id;title;question;weight\ns;S;c1;T;Q;1,5\n";
    let errors = refused(text);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let message = errors[0].to_string();
    assert!(
        message.starts_with("Line 1: the columns are separated by semicolons (;), not commas"),
        "{message}"
    );
    assert!(message.contains("CSV UTF-8 (Comma delimited)"), "{message}");
    // Excel in some locales also quotes every header cell.
    let quoted = "\"section_id\";\"section_title\";\"criterion_id\";\"title\";\"question\"\n";
    assert!(refused(quoted)[0].message().contains("semicolons"));
}

#[test]
fn a_tab_separated_file_is_refused_with_a_clear_message() {
    let errors = refused("section_id\tsection_title\tcriterion_id\ttitle\tquestion\ns\tS\tc1\tT\tQ\n");
    assert!(errors[0].message().contains("separated by tabs"), "{errors:#?}");
}

#[test]
fn a_bad_weight_names_its_line_and_column_and_says_what_to_write() {
    let errors = refused(&csv(&["s,S,c1,T,Q,1,no,", "s,S,c2,T,Q,abc,no,"]));
    assert_eq!(
        messages(&errors),
        ["Line 3, column weight: \"abc\" is not a number; write a number of 0 or more, such as 1 or 2.5 (0 leaves \
          it out of the score)."]
    );
    let comma = refused(&csv(&["s,S,c1,T,Q,\"1,5\",no,"]));
    assert_eq!(
        messages(&comma),
        ["Line 2, column weight: \"1,5\" uses a comma as the decimal mark; write it with a point, such as 1.5."]
    );
    for bad in ["-1", "NaN", "inf"] {
        let errors = refused(&csv(&[&format!("s,S,c1,T,Q,{bad},no,")]));
        assert_eq!(errors[0].column.as_deref(), Some("weight"), "{bad}");
    }
}

#[test]
fn a_duplicate_id_names_the_line_that_used_it_first() {
    let errors = refused(&csv(&["s,S,c1,T,Q,1,no,", "s,S,c2,T,Q,1,no,", "s,S,c1,T,Q,1,no,"]));
    assert_eq!(
        messages(&errors),
        ["Line 4, column criterion_id: the id \"c1\" is already used by the criterion on line 2; give each \
          criterion its own id."]
    );
}

#[test]
fn a_bad_url_and_a_bad_year_in_sources_are_named() {
    let errors = refused(&csv(&[
        "s,S,c1,T,Q,1,no,Report | Publisher | 2020 | www.example.org",
        "s,S,c2,T,Q,1,no,\"Good | https://ok.example\nReport | P | c. 2020 | https://x.example\"",
        "s,S,c3,T,Q,1,no,javascript:alert(1)",
    ]));
    let text = messages(&errors);
    assert_eq!(text.len(), 3, "{text:#?}");
    assert!(text[0].starts_with("Line 2, column sources: source 1 (\"Report | Publisher | 2020 | www.example.org\") ends with \"www.example.org\", which is not a web address"), "{}", text[0]);
    assert!(text[1].starts_with("Line 3, column sources: source 2 "), "{}", text[1]);
    assert!(text[1].contains("\"c. 2020\" as its year"), "{}", text[1]);
    assert!(text[2].starts_with("Line 5, column sources: source 1 "), "{}", text[2]);
}

#[test]
fn missing_required_columns_are_each_named() {
    let errors = refused("section_id,title,weight\ns,T,1\n");
    assert_eq!(
        errors.iter().map(|e| e.column.as_deref().unwrap_or("")).collect::<Vec<_>>(),
        ["section_title", "criterion_id", "question"]
    );
    assert!(errors.iter().all(|e| e.line == Some(1)));
    assert!(errors[1]
        .to_string()
        .starts_with("Line 1, column criterion_id: the first row has no column named"));
}

#[test]
fn a_column_given_twice_is_refused() {
    let errors = refused("section_id,section_title,criterion_id,title,question,title\ns,S,c,T,Q,T\n");
    assert_eq!(
        messages(&errors),
        ["Line 1, column title: this column appears twice (columns 4 and 6); keep one and delete the other."]
    );
}

#[test]
fn every_error_is_collected_in_line_order_and_line_numbers_count_line_breaks_inside_cells() {
    let text = csv(&[
        "s,S,c1,\"A title\nover three\nlines\",Q,1,no,", // lines 2-4
        "s,S,c2,,Q,x,maybe,",                            // line 5: no title, bad weight, bad critical
        ",S,,T,,1,no,",               // line 6: no section id, no criterion id, no question
        "t,,c3,T,Q,1,no,",            // line 7: section t never gets a title
        "s,Other title,c4,T,Q,1,no,", // line 8: conflicting section title
    ]);
    let errors = refused(&text);
    let located: Vec<(Option<usize>, Option<&str>)> =
        errors.iter().map(|e| (e.line, e.column.as_deref())).collect();
    assert_eq!(
        located,
        [
            (Some(5), Some("title")),
            (Some(5), Some("weight")),
            (Some(5), Some("critical")),
            (Some(6), Some("criterion_id")),
            (Some(6), Some("question")),
            (Some(6), Some("section_id")),
            (Some(7), Some("section_title")),
            (Some(8), Some("section_title")),
        ],
        "{:#?}",
        messages(&errors)
    );
    assert!(errors[7].message().contains("already has the title \"S\" (line 2)"), "{}", errors[7]);
}

#[test]
fn a_conflicting_section_weight_is_named() {
    let errors = refused(
        "section_id,section_title,section_weight,criterion_id,title,question\ns,S,2,c1,T,Q\ns,S,3,c2,T,Q\n",
    );
    assert_eq!(
        messages(&errors),
        ["Line 3, column section_weight: section \"s\" already has the weight 2 (line 2); give every row of a \
          section the same weight, or leave it blank after the first row."]
    );
}

#[test]
fn an_unclosed_quote_names_the_line_it_opened_on() {
    let errors = refused(&csv(&["s,S,c1,T,Q,1,no,", "s,S,c2,\"T,Q,1,no,", "s,S,c3,T,Q,1,no,"]));
    assert_eq!(errors.len(), 1);
    assert!(errors[0].to_string().starts_with("Line 3: a cell opens with a double quote"), "{}", errors[0]);
}

#[test]
fn files_that_are_not_criteria_spreadsheets_are_refused_whole() {
    for (bytes, expected) in [
        (&b""[..], "The file is empty"),
        (&b"\xef\xbb\xbf  \r\n"[..], "The file is empty"),
        (&b"\xff\xfes\x00"[..], "UTF-16"),
        (&b"section_id,caf\xe9\n"[..], "not UTF-8"),
        (HEADER.as_bytes(), "no criteria"),
    ] {
        let errors = import_criteria_csv(bytes).expect_err("refused");
        assert_eq!(errors.len(), 1);
        assert!(errors[0].to_string().contains(expected), "{expected}: {}", errors[0]);
    }
    let huge = vec![b'a'; spec_lens::format::import::MAX_FILE_BYTES + 1];
    assert!(import_criteria_csv(&huge).expect_err("too large")[0].message().contains("bytes"));
}

#[test]
fn required_columns_are_the_documented_ones() {
    assert_eq!(REQUIRED_COLUMNS, ["section_id", "section_title", "criterion_id", "title", "question"]);
    assert!(REQUIRED_COLUMNS.iter().all(|c| COLUMNS.contains(c)));
}

// ---------------------------------------------------------------------------------------------
// Export then import
// ---------------------------------------------------------------------------------------------

#[test]
fn export_then_import_of_the_builtin_framework_gives_equal_sections_and_criteria() {
    let framework = framework();
    let csv = criteria_csv(&framework);
    assert!(csv.starts_with('\u{feff}') && csv.contains("\r\n"));
    assert_eq!(imported(&csv), framework.sections);
}

#[test]
fn formula_like_cells_are_neutralised_on_export_and_read_back_as_written() {
    let mut framework = framework();
    let criterion = &mut framework.sections[0].criteria[0];
    criterion.title = "=HYPERLINK(\"http://x\")".into();
    criterion.question = "-10% reoffending?".into();
    criterion.guidance = "'=already quoted".into();
    criterion.meets = "+44 20 7946 0000".into();
    criterion.falls_short = "@mention, \"quoted\", and\nmore".into();
    criterion.descriptors[0] = "-1".into();
    framework.sections[0].weight = 0.0;
    framework.sections[1].criteria[0].weight = 0.35;
    let csv = criteria_csv(&framework);
    assert!(csv.contains(",\"'=HYPERLINK(\"\"http"), "the spreadsheet sees text, not a formula");
    assert!(csv.contains(",'-10% reoffending?,"));
    assert_eq!(imported(&csv), framework.sections);
}

#[test]
fn a_weight_of_more_than_15_significant_digits_reads_back_rounded_to_15() {
    let mut framework = framework();
    framework.sections[1].criteria[0].weight = 0.1 + 0.2;
    let read = imported(&criteria_csv(&framework));
    assert_eq!(read[1].criteria[0].weight, 0.3, "0.30000000000000004 has 17 significant digits");
    framework.sections[1].criteria[0].weight = 0.3;
    assert_eq!(read, framework.sections, "nothing else changes");
}

#[test]
fn export_then_import_of_an_edited_framework_gives_equal_criteria() {
    let mut framework = framework();
    framework.sections[1].criteria[0].descriptors.clear();
    framework.sections[1].criteria[1].sources.clear();
    framework.sections[1].criteria[2].critical = true;
    framework.sections[2].criteria[0].sources[0].year = None;
    framework.sections[2].criteria[0].sources[0].title = "A title | with a bar".into();
    framework.sections[2].summary = "Line one\nline two".into();
    framework.sections.swap(0, 3);
    assert_eq!(imported(&criteria_csv(&framework)), framework.sections);
}

#[test]
fn search_terms_read_one_per_line_and_a_malformed_term_is_refused_with_its_line_and_column() {
    let text = "section_id,section_title,criterion_id,title,question,search_terms\n\
                s,S,c1,T,Q,\"women\nco-produc*\n\n gender-specific \"\n";
    let sections = imported(text);
    assert_eq!(sections[0].criteria[0].search_terms, ["women", "co-produc*", "gender-specific"]);
    for (bad, says) in
        [("*", "has a * that does not end its last word"), ("co*op", "does not end its last word")]
    {
        let text = format!("section_id,section_title,criterion_id,title,question,search_terms\ns,S,c1,T,Q,\"women\n{bad}\"\n");
        let errors = refused(&text);
        assert_eq!(errors.len(), 1, "{bad}");
        assert_eq!(errors[0].column.as_deref(), Some("search_terms"));
        assert!(errors[0].to_string().starts_with("Line 2, column search_terms: "), "{}", errors[0]);
        assert!(errors[0].to_string().contains(says), "{}", errors[0]);
    }
    let long = "w".repeat(121);
    let errors = refused(&format!(
        "section_id,section_title,criterion_id,title,question,search_terms\ns,S,c1,T,Q,{long}\n"
    ));
    assert!(errors[0].to_string().contains("longer than 120 characters"), "{}", errors[0]);
}
