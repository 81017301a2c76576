//! Issue 19: reports and files in the reader's language. With Welsh chosen, the Markdown and Word
//! reports, the results spreadsheet and the comparison's spreadsheet and Markdown are in Welsh
//! (the framework's own text is the framework's: English here), with no English sentence of ours
//! left; with English chosen again they are as before. Files record the language they were written
//! in, and open whatever the page's language.
//!
//! The current language is per thread and tests run on many threads: each test sets it itself.

#[path = "support/compare_pair.rs"]
mod pair;
#[path = "support/welsh.rs"]
mod welsh;

use std::io::{Cursor, Read};

use pair::framework;
use spec_lens::domain::builtin::worked_example as builtin_example;
use spec_lens::domain::comparison::{compare, Side};
use spec_lens::domain::document::{build, Paragraph, SourceFile};
use spec_lens::domain::finder::UnicodeFold;
use spec_lens::domain::moderation::{Participant, Provenance};
use spec_lens::domain::{Assessment, Evidence, KeyDates};
use spec_lens::format::comparison::{comparison_csv, comparison_markdown};
use spec_lens::format::csv::assessment_csv;
use spec_lens::format::docx_report::docx_report;
use spec_lens::format::envelope::{export_assessment_in, export_framework_in, library_unhashed};
use spec_lens::format::import::import;
use spec_lens::format::report::markdown_report;
use spec_lens::i18n::{set_current, Lang};
use welsh::choose_welsh;

fn in_english() {
    set_current(Lang::English);
}

fn worked_example() -> Assessment {
    builtin_example().expect("the worked example parses")
}

/// The worked example with a document (a clause on page 12 quoted), a workshop record, and key
/// dates that give findings of several kinds.
fn example() -> Assessment {
    let mut a = worked_example();
    let source = SourceFile {
        name: "Spec v2.docx".into(),
        size: 48213,
        sha256: "sha256:5b0f".into(),
        opened_at: "2026-10-01T08:55:00Z".parse().unwrap(),
    };
    let mut clause = Paragraph::body("4.2.1", "Women are offered a female key worker.");
    clause.page = Some(12);
    a.specification.document = Some(build(Some(source), vec![clause], 0));
    let quoted = a.specification.clauses()[0].id;
    let (_, response) = a.responses.iter_mut().next().expect("an answer");
    response.evidence = vec![
        Evidence { clause: Some(quoted), quote: "Women".into() },
        Evidence { clause: None, quote: "typed".into() },
    ];
    a.provenance = Some(Provenance {
        moderation_id: "m".into(),
        scorers: vec![Some("Ann".into()), None],
        participants: vec![Participant { perspective: "Probation".into(), name: "Priya".into() }],
        individual: Default::default(),
    });
    let d = |y, m, day| chrono::NaiveDate::from_ymd_opt(y, m, day);
    a.specification.dates = KeyDates {
        needs_assessment_completed: d(2021, 3, 15),
        specification_published: d(2021, 3, 3),
        consultation_opens: d(2021, 3, 1),
        consultation_closes: d(2021, 3, 20),
        tender_launch: None,
        service_start: d(2021, 6, 1),
    };
    a
}

/// Sentences and labels of ours that must not be left in a Welsh report.
const ENGLISH: &[&str] = &[
    "# Results:",
    "## Summary",
    "## By section",
    "## What to fix first",
    "## What the specification is silent on",
    "## Timescale findings",
    "## Every criterion",
    "## Workshop",
    "Overall ",
    "Critical criteria",
    "Answered ",
    "Provisional",
    "- **Commissioner:**",
    "Document scored",
    "bytes), opened",
    "Rules hash",
    "last changed",
    "(version ",
    "Needs assessment before publication",
    "Consultation window",
    "Publication to service start",
    "Not met",
    "The specification was published",
    "The consultation window is",
    "The service starts on",
    "framework's minimum",
    "March",
    "weeks",
    "Capped at",
    "because a critical criterion",
    "because critical criteria",
    "On its percentage alone",
    "Clause 4.2.1",
    "(p. 12)",
    "Evidence:",
    "Perspectives present",
    "Levels 0 to 4",
    "Not answered",
    "criteria are answered",
    "No clause of the specification",
    "the specification never mentions",
    "Dates that contradict",
    "but the dates say",
    "(critical)",
];

fn english_left(text: &str) -> Vec<&'static str> {
    ENGLISH.iter().copied().filter(|phrase| text.contains(phrase)).collect()
}

fn docx_parts(a: &Assessment) -> (String, String, String) {
    let bytes = docx_report(a, &framework(), &UnicodeFold).expect("the Word report");
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    let mut read = |name: &str| {
        let mut xml = String::new();
        archive.by_name(name).expect(name).read_to_string(&mut xml).expect("UTF-8");
        xml
    };
    (read("word/document.xml"), read("word/styles.xml"), read("docProps/core.xml"))
}

/// The text of a WordprocessingML part, runs joined, tags dropped.
fn words_of(xml: &str) -> String {
    let doc = roxmltree::Document::parse(xml).expect("XML");
    doc.descendants().filter(|n| n.is_text()).filter_map(|n| n.text()).collect::<Vec<_>>().join("")
}

#[test]
fn the_markdown_report_is_in_welsh_when_welsh_is_chosen() {
    let (a, f) = (example(), framework());
    in_english();
    let english = markdown_report(&a, &f, &UnicodeFold);
    choose_welsh();
    let welsh = markdown_report(&a, &f, &UnicodeFold);
    in_english();
    let again = markdown_report(&a, &f, &UnicodeFold);

    assert_eq!(english, again, "English comes back as it was");
    assert!(
        english.contains("## Summary") && english.contains("The specification was published on 3 March 2021")
    );
    for welsh_text in [
        "# Canlyniadau: ",
        "## Crynodeb",
        "## Fesul adran",
        "## Beth i'w drwsio gyntaf",
        "## Canfyddiadau am yr amserlen",
        "## Pob maen prawf",
        "## Gweithdy",
        "Cyhoeddwyd y fanyleb ar 3 Mawrth 2021, 12 diwrnod cyn i'r asesiad o anghenion gael ei gwblhau ar 15 Mawrth 2021.",
        "**Asesiad o anghenion cyn cyhoeddi** (Heb ei fodloni)",
        "Cymal 4.2.1 (t. 12)",
        "- **Comisiynydd:**",
        "(48213 beit), agorwyd 1 Hydref 2026 08:55 UTC",
        "Safbwyntiau a oedd yn bresennol:",
    ] {
        assert!(welsh.contains(welsh_text), "missing {welsh_text:?} in\n{welsh}");
    }
    assert_eq!(english_left(&welsh), Vec::<&str>::new(), "English left in\n{welsh}");
}

#[test]
fn the_word_report_is_in_welsh_and_says_so() {
    let a = example();
    choose_welsh();
    let (document, styles, core) = docx_parts(&a);
    in_english();
    let (english_document, english_styles, english_core) = docx_parts(&a);

    assert!(styles.contains("<w:lang w:val=\"cy-GB\""), "the document defaults are Welsh");
    assert!(core.contains("<dc:language>cy-GB</dc:language>"));
    assert!(english_styles.contains("<w:lang w:val=\"en-GB\"") && english_core.contains(">en-GB<"));
    let text = words_of(&document);
    for welsh_text in ["Crynodeb", "Cyffredinol ", ", band ", "Ateb: ", "Canlyniadau fesul adran"] {
        assert!(text.contains(welsh_text) || document.contains(welsh_text), "missing {welsh_text:?}");
    }
    for english in ["Answer: ", "Results by section", "Agreed and individual answers"] {
        assert!(!document.contains(english), "{english:?} left in the Welsh Word report");
    }
    let left: Vec<&str> = english_left(&text).into_iter().filter(|p| !p.starts_with('#')).collect();
    assert_eq!(left, Vec::<&str>::new());
    assert!(words_of(&english_document).contains("Answer: "));
}

#[test]
fn the_results_spreadsheet_is_in_welsh() {
    let (a, f) = (example(), framework());
    choose_welsh();
    let csv = assessment_csv(&a, &f);
    in_english();
    let header = csv.trim_start_matches('\u{feff}').lines().next().expect("a header");
    assert_eq!(header, "Adran,Maen prawf,Ateb,Label y lefel,Pwysoliad,Rhesymeg,Tystiolaeth");
    assert!(csv.contains("Cymal 4.2.1 (t. 12): \"\"Women\"\""), "{csv}");
}

#[test]
fn the_comparison_exports_are_in_welsh() {
    let (first, second, f) = (pair::draft(), pair::revised(), pair::framework());
    let (x, y) = (Side { assessment: &first, framework: &f }, Side { assessment: &second, framework: &f });
    let c = compare(x, y).expect("comparable");
    in_english();
    let (english_md, english_csv) = (comparison_markdown(&c, x, y), comparison_csv(&c, x, y));
    choose_welsh();
    let (md, csv) = (comparison_markdown(&c, x, y), comparison_csv(&c, x, y));
    in_english();
    assert_eq!((comparison_markdown(&c, x, y), comparison_csv(&c, x, y)), (english_md, english_csv));

    for welsh_text in [
        "# Cymhariaeth: ",
        "## Crynodeb",
        "## Meini prawf a newidiodd",
        "## Beth newidiodd yn y testun",
        "Cyffredinol ",
        "| Adran |",
    ] {
        assert!(md.contains(welsh_text), "missing {welsh_text:?} in\n{md}");
    }
    for english in [
        "Comparison:",
        "## Summary",
        "Criteria that changed",
        "What changed in the text",
        "Overall ",
        " points",
        "No change",
        "Evidence:",
        "added,",
        "the same",
        "| Section |",
        "| Criterion |",
        "Which way",
        "Better",
        "Worse",
        "last changed",
        "scored by",
        "Clause ",
        "reworded",
        "struck through",
        "(critical)",
    ] {
        assert!(!md.contains(english), "{english:?} left in\n{md}");
    }
    let header = csv.trim_start_matches('\u{feff}').lines().next().expect("a header");
    assert!(header.starts_with("Rhes,Adran,Maen prawf,Ateb yn y cyntaf,Ateb yn yr ail,Newid"), "{header}");
    assert!(csv.contains("\r\nCyffredinol,"), "the overall row is named in Welsh");
}

#[test]
fn files_record_the_language_they_were_written_in_and_open_in_either() {
    let (a, f) = (worked_example(), framework());
    let now = "2027-03-02T10:00:00Z".parse().unwrap();
    let welsh_file = export_assessment_in(&a, &f, Lang::Welsh, now);
    let english_file = export_assessment_in(&a, &f, Lang::English, now);
    assert!(welsh_file.contains("\"language\": \"cy\"") && english_file.contains("\"language\": \"en\""));

    // A Welsh file on an English page, and an English file on a Welsh page: the same work.
    in_english();
    let opened = import(welsh_file.as_bytes(), None).expect("opens");
    assert_eq!((opened.file().language.as_str(), opened.assessments()[0]), ("cy", &a));
    choose_welsh();
    let opened = import(english_file.as_bytes(), None).expect("opens");
    assert_eq!((opened.file().language.as_str(), opened.assessments()[0]), ("en", &a));
    let opened = import(welsh_file.as_bytes(), None).expect("opens");
    assert_eq!(opened.assessments()[0], &a);
    in_english();

    let framework_file = export_framework_in(&f, Lang::Welsh, now);
    assert_eq!(import(framework_file.as_bytes(), None).expect("opens").file().language, "cy");

    let backup =
        library_unhashed(std::slice::from_ref(&a), std::slice::from_ref(&f), now).written_in(Lang::Welsh);
    let hash = spec_lens::domain::sha256_hex(backup.canonical().as_bytes());
    let backup = backup.finish(&hash);
    let opened = import(backup.as_bytes(), None).expect("opens");
    assert_eq!((opened.file().language.as_str(), opened.assessments().len()), ("cy", 1));
}
