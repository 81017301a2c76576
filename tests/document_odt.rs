//! The OpenDocument reader over fixtures LibreOffice wrote (tests/fixtures/documents, made by
//! scripts/make_document_fixtures.sh from the flat ODT sources in src/), and hostile packages.
//! The odt-features fixture is also read as LibreOffice's .docx of it: both readers must agree.

mod document_support;

use document_support::{fixture, labelled_lines_match, package, Shown};
use spec_lens::format::document::{odt, read, zip, Kind, ReadError, Warning};

fn shown(name: &str) -> Vec<Shown> {
    let extracted = read(name, &fixture(name)).unwrap_or_else(|e| panic!("{name}: {e:?}"));
    extracted.paragraphs.iter().map(Shown::from).collect()
}

/// The .odt of the specification reads exactly as its .docx: same paragraphs, same labels.
#[test]
fn the_specification_reads_as_its_word_version_does() {
    let odt = shown("accommodation-spec.odt");
    assert_eq!(odt, shown("accommodation-spec.docx"));
    assert_eq!(odt.len(), 51);
    let labels: Vec<&str> = odt.iter().map(|p| p.label.as_str()).filter(|l| !l.is_empty()).collect();
    assert_eq!(
        labels,
        [
            "1.",
            "1.1",
            "1.",
            "1.1",
            "1.2",
            "1.2.1",
            "1.2.2",
            "2.",
            "1.2",
            "2.",
            "3.",
            "3.1",
            "3.2",
            "4.",
            "a)",
            "b)",
            "c)",
            "(i)",
            "(ii)",
            "(iii)",
            "(iv)",
            "3.",
            "1.",
            "2.",
            "2.1",
            "4.",
            "5.",
            "6.",
            "7.",
            "5.",
            "5.1",
            "5.2",
            "1.",
            "2.",
            "6.",
            "Footnote 1"
        ]
    );
}

#[test]
fn labels_match_what_libreoffice_shows() {
    labelled_lines_match(&shown("accommodation-spec.odt"), "accommodation-spec.odt.txt", &[]);
}

#[test]
fn headings_come_from_the_outline() {
    let headings: Vec<(String, String, String)> = shown("accommodation-spec.odt")
        .into_iter()
        .filter(|p| !p.role.is_empty())
        .map(|p| (p.role, p.label, p.text))
        .collect();
    let expected = [
        ("h1", "1.", "Introduction"),
        ("h2", "1.1", "Purpose"),
        ("h2", "1.2", "Definitions"),
        ("h1", "2.", "Eligibility"),
        ("h1", "3.", "Referral routes"),
        ("h1", "4.", "Women"),
        ("h1", "5.", "Welsh language"),
        ("h2", "5.1", "Services in Welsh"),
        ("h2", "5.2", "Active offer"),
        ("h1", "6.", "Performance and reporting"),
    ];
    let expected: Vec<(String, String, String)> =
        expected.iter().map(|(r, l, t)| (r.to_string(), l.to_string(), t.to_string())).collect();
    assert_eq!(headings, expected);
}

#[test]
fn running_headers_and_footers_are_not_clauses() {
    for p in shown("accommodation-spec.odt") {
        assert!(!p.text.contains("OFFICIAL") && !p.text.starts_with("Page "), "{p:?}");
    }
}

fn features_expected() -> Vec<Shown> {
    [
        // The image is counted and left out; the table of contents is skipped.
        ("", "", "Approved Premises: Schedule 3"),
        // Outline numbering with a prefix and an upper-case letter.
        ("h1", "Part A:", "Women's accommodation"),
        ("h2", "1.", "Standards"),
        // A list header: in the list, but not numbered.
        ("", "", "The Provider shall ensure that:"),
        ("", "1.", "every woman has a named key worker;"),
        ("", "2.", "accommodation is women-only, or has:"),
        ("", "(a)", "a separate entrance;"),
        ("", "(b)", "lockable bedrooms and bathrooms."),
        // Tracked changes: the insertion kept, the deletion ("where possible") left out.
        ("", "", "The Provider shall agree a safety plan with each woman and review it monthly."),
        ("", "I.", "Domestic abuse services are told of each placement."),
        ("", "II.", "Children's services are told where children are involved."),
        // Continues the first list past the roman one.
        ("", "3.", "staff complete trauma-informed practice training within three months of starting."),
        // An item that sets its own number, and the one after it.
        ("", "10.", "This item sets its own number."),
        ("", "11.", "And the next item follows it."),
        ("h2", "2.", "Monitoring"),
        // A table inside a section; the nested table's rows joined with "; ".
        ("", "", "Measure | Target"),
        ("", "", "Women in settled accommodation at exit | Year 1 | 60%; Year 2 | 70%"),
        ("h1", "Part B:", "Move-on"),
        // A heading that restarts the outline at 4: "D", and the level below starts again.
        ("h1", "Part D:", "Annex: charging"),
        ("h2", "1.", "Charges"),
        ("", "", "Charges are set out in the pricing schedule."),
        ("", "Endnote 1", "Settled accommodation as defined in Schedule 1."),
    ]
    .iter()
    .map(Shown::from)
    .collect()
}

#[test]
fn list_headers_start_values_continued_lists_and_outline_restarts() {
    assert_eq!(shown("odt-features.odt"), features_expected());
}

/// LibreOffice's .docx of the same file carries these as Word numbering (a startOverride for the
/// item that sets its own number, numId 0 for the list header): the Word reader agrees.
#[test]
fn the_word_version_of_the_features_reads_the_same() {
    assert_eq!(shown("odt-features.docx"), features_expected());
}

#[test]
fn feature_labels_match_what_libreoffice_shows() {
    labelled_lines_match(&shown("odt-features.odt"), "odt-features.odt.txt", &[]);
    labelled_lines_match(&shown("odt-features.docx"), "odt-features.docx.txt", &[]);
}

#[test]
fn images_tracked_changes_and_notes_are_reported() {
    let extracted = read("odt-features.odt", &fixture("odt-features.odt")).unwrap();
    assert_eq!(extracted.warnings, vec![Warning::TrackedChanges, Warning::Images(1), Warning::Notes(1)]);
}

#[test]
fn an_opendocument_file_is_told_from_its_contents() {
    assert_eq!(zip::kind_of(&fixture("accommodation-spec.odt")), Ok(Kind::Odt));
    assert!(read("renamed.docx", &fixture("accommodation-spec.odt")).is_ok());
    let spreadsheet = package(&[
        ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
        ("content.xml", b"<office:document-content/>"),
    ]);
    assert!(matches!(zip::kind_of(&spreadsheet), Err(ReadError::Unsupported(_))));
    let other_zip = package(&[("photo.jpg", b"\xff\xd8\xff")]);
    assert!(matches!(read("photos.zip", &other_zip), Err(ReadError::Unsupported(_))));
}

const NS: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0""#;

fn odt_of(text: &str, automatic_styles: &str) -> Vec<u8> {
    let content = format!(
        r#"<?xml version="1.0"?><office:document-content {NS}><office:automatic-styles>{automatic_styles}</office:automatic-styles><office:body><office:text>{text}</office:text></office:body></office:document-content>"#
    );
    package(&[("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", content.as_bytes())])
}

#[test]
fn spaces_tabs_and_breaks_are_single_spaces() {
    let bytes = odt_of(
        r#"<text:p>The<text:s text:c="3"/>Provider<text:tab/>shall<text:line-break/><text:span>report</text:span>.</text:p>"#,
        "",
    );
    let extracted = odt::read(&bytes).unwrap();
    assert_eq!(extracted.paragraphs[0].text, "The Provider shall report.");
}

/// A list with no style of its own takes the one its paragraph style links to; display-levels
/// shows the levels above; a list that does not continue starts again.
#[test]
fn list_styles_from_paragraph_styles_and_display_levels() {
    let styles = r#"<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/><text:list-level-style-number text:level="2" style:num-format="a" text:display-levels="2" style:num-suffix=")"/></text:list-style><style:style style:name="P1" style:family="paragraph" style:list-style-name="L1"/>"#;
    let item = |text: &str| {
        format!(r#"<text:list-item><text:p text:style-name="P1">{text}</text:p></text:list-item>"#)
    };
    let nested = format!(
        r#"<text:list-item><text:p text:style-name="P1">two</text:p><text:list>{}</text:list></text:list-item>"#,
        item("two a")
    );
    let text =
        format!(r#"<text:list>{}{nested}</text:list><text:list>{}</text:list>"#, item("one"), item("again"));
    let labels: Vec<String> =
        odt::read(&odt_of(&text, styles)).unwrap().paragraphs.into_iter().map(|p| p.label).collect();
    assert_eq!(labels, ["1.", "2.", "2.a)", "1."]);
}

#[test]
fn broken_and_protected_packages_are_refused() {
    let broken =
        package(&[("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", b"<office:")]);
    assert!(matches!(odt::read(&broken), Err(ReadError::Damaged(_))));
    let no_content =
        package(&[("mimetype", b"application/vnd.oasis.opendocument.text"), ("styles.xml", b"<x/>")]);
    assert!(matches!(odt::read(&no_content), Err(ReadError::Damaged(_))));
    let encrypted = package(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("META-INF/manifest.xml", b"<manifest:manifest><manifest:encryption-data/></manifest:manifest>"),
        ("content.xml", b"\x8f\x12binary"),
    ]);
    assert!(matches!(odt::read(&encrypted), Err(ReadError::Unsupported(_))));
}

#[test]
fn an_empty_document_reads_as_nothing_and_the_caller_refuses_it() {
    let bytes = odt_of("<text:p/><text:p>   </text:p>", "");
    assert_eq!(odt::read(&bytes).map(|e| e.paragraphs.len()), Ok(0));
    assert_eq!(read("empty.odt", &bytes), Err(ReadError::Empty));
}

#[test]
fn deep_nesting_does_not_overflow() {
    let deep = "<text:list><text:list-item>".repeat(5_000)
        + "<text:p>deep</text:p>"
        + &"</text:list-item></text:list>".repeat(5_000);
    assert!(odt::read(&odt_of(&deep, "")).is_ok());
    let spans = "<text:p>".to_string()
        + &"<text:span>".repeat(5_000)
        + "x"
        + &"</text:span>".repeat(5_000)
        + "</text:p>";
    assert!(odt::read(&odt_of(&spans, "")).is_ok());
}
