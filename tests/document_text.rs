//! Plain text and Markdown read into a document: labels as the document shows them, headings,
//! running headers and footers dropped, and ids and fallback labels given by `build`.

use spec_lens::domain::document::{build, Block, Paragraph, Role};
use spec_lens::format::document::text::{decode, read};
use spec_lens::format::document::{self, into_document, ReadError};

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/documents").join(name);
    std::fs::read_to_string(path).expect("fixture")
}

/// (label, text) of every clause, and (level, label, text) of every heading, in order.
fn clauses(blocks: &[Block]) -> Vec<(String, String)> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Clause { label, text, .. } => Some((label.clone(), text.clone())),
            Block::Heading { .. } => None,
        })
        .collect()
}

fn headings(blocks: &[Block]) -> Vec<(u8, String, String)> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level, label, text, .. } => Some((*level, label.clone(), text.clone())),
            Block::Clause { .. } => None,
        })
        .collect()
}

#[test]
fn text_copied_out_of_a_pdf_keeps_the_documents_numbers_and_drops_headers_and_footers() {
    // The issue's case: a two-page specification copied out of a PDF became 69 clauses, its
    // numbers split from their text and its running header and footer read as clauses.
    let extracted = read(&fixture("pasted-from-pdf.txt"), false);
    assert_eq!(extracted.dropped_lines, 6, "two headers, two 'OFFICIAL' lines, two 'Page N of 2' footers");
    let doc = into_document(extracted, None);
    assert_eq!(
        headings(&doc.blocks),
        [
            (1, "1.".into(), "Introduction".into()),
            (1, "2.".into(), "Needs assessment".into()),
            (1, "3.".into(), "Eligibility and referral".into()),
            (1, "4.".into(), "Delivery".into()),
        ]
    );
    let labels: Vec<String> = clauses(&doc.blocks).into_iter().map(|(l, _)| l).collect();
    assert_eq!(
        labels,
        [
            "1.1",
            "1.2",
            "2.1",
            "2.2",
            "3.1",
            "3.1 a)",
            "3.1 b)",
            "3.1 c)",
            "3.2",
            "4.1",
            "4.1 (i)",
            "4.1 (ii)",
            "4.1 (iii)",
            "4.1 (iv)"
        ]
    );
    let texts = clauses(&doc.blocks);
    assert_eq!(
        texts[0].1,
        "This specification sets out the accommodation support service for people on probation in the \
         Dyfed-Powys area, commissioned jointly by the Probation Service and the Police and Crime Commissioner."
    );
    assert_eq!(
        texts[2].1,
        "The needs assessment drew on OASys data for 2025/26, the Joint Strategic Needs Assessment and \
         interviews with 41 people with lived experience of homelessness.",
        "a number alone on its line labels the text after it"
    );
    assert!(
        texts[3].1.contains("Data on disability was incomplete and"),
        "hyphenation rejoined: {}",
        texts[3].1
    );
    assert_eq!(texts[12].1, "make reasonable adjustments for disabled and neurodivergent people; and");
    assert_eq!(texts[8].1.split_whitespace().next(), Some("Exclusions"), "a page break does not split 3.2");
    let ids: Vec<u32> = doc.clauses().iter().map(|c| c.id).collect();
    assert_eq!(ids, (1..=14).collect::<Vec<_>>());
}

#[test]
fn text_without_numbers_is_labelled_by_place() {
    let doc = into_document(read("First paragraph.\n\nSecond paragraph\nwrapped.\n\nThird.", false), None);
    assert_eq!(
        clauses(&doc.blocks),
        [
            ("1".into(), "First paragraph.".into()),
            ("2".into(), "Second paragraph wrapped.".into()),
            ("3".into(), "Third.".into())
        ]
    );
}

#[test]
fn unnumbered_paragraphs_between_numbered_ones_are_placed_by_the_label_before_them() {
    let text = "Preamble before any number.\n\n4.2 The provider shall report monthly.\n\nReports go to the board.\n\nAnd to partners.\n\n4.3 Next.";
    let labels: Vec<String> =
        clauses(&into_document(read(text, false), None).blocks).into_iter().map(|c| c.0).collect();
    assert_eq!(labels, ["para 1", "4.2", "4.2, para 1", "4.2, para 2", "4.3"]);
}

#[test]
fn an_annex_prefixes_the_labels_within_it() {
    let paragraphs = vec![
        Paragraph::heading(1, "1.", "Service"),
        Paragraph::body("1.1", "Body clause."),
        Paragraph::heading(1, "", "Annex B: Data sharing"),
        Paragraph::body("3.", "Partners share data monthly."),
        Paragraph::body("a)", "by secure email;"),
        Paragraph::body("", "A closing note."),
    ];
    let labels: Vec<String> = clauses(&build(None, paragraphs, 0).blocks).into_iter().map(|c| c.0).collect();
    assert_eq!(labels, ["1.1", "Annex B, 3", "Annex B, 3 a)", "Annex B, 3 a), para 1"]);
}

#[test]
fn markdown_headings_and_lists() {
    let text = "# Service specification\n\n## 2. Eligibility\n\n2.1 The **service** is open to all.\n\n- women\n- young adults\n";
    let doc = into_document(read(text, true), None);
    assert_eq!(
        headings(&doc.blocks),
        [(1, "".into(), "Service specification".into()), (2, "2.".into(), "Eligibility".into())]
    );
    assert_eq!(
        clauses(&doc.blocks),
        [
            ("2.1".into(), "The service is open to all.".into()),
            ("2.1, para 1".into(), "women".into()),
            ("2.1, para 2".into(), "young adults".into())
        ]
    );
}

#[test]
fn numbers_that_are_not_labels_stay_in_the_text() {
    let text =
        "Appointments last\n12 weeks and start on\n3 March each year; the fee is\n2.5 per cent of the value.";
    let doc = into_document(read(text, false), None);
    assert_eq!(doc.clause_count(), 1, "{:#?}", doc.blocks);
    let extracted = read("The rate fell by\n-5% in 2024.", false);
    assert_eq!(extracted.paragraphs.len(), 1);
    assert_eq!(extracted.paragraphs[0].role, Role::Body);
}

#[test]
fn a_number_whose_space_was_lost_is_still_a_label() {
    use spec_lens::format::document::labels::split_label;
    assert_eq!(split_label("11.Information and data sharing"), Some(("11.", "Information and data sharing")));
    assert_eq!(split_label("4.2.1.The provider"), Some(("4.2.1.", "The provider")));
    // Not labels: a year, a decimal, a version with letters after it.
    assert_eq!(split_label("2021.In that year"), None);
    assert_eq!(split_label("3.5million people"), None);
    assert_eq!(split_label("1.5.x releases"), None);
}

#[test]
fn real_hyphens_at_line_ends_are_kept() {
    let doc = into_document(read("People may self-\nrefer, and co-\nproduction is expected.", false), None);
    assert_eq!(clauses(&doc.blocks)[0].1, "People may self-refer, and co-production is expected.");
}

#[test]
fn the_outline_counts_clauses_under_each_heading() {
    let doc = into_document(read(&fixture("pasted-from-pdf.txt"), false), None);
    let outline: Vec<(String, usize)> = doc.outline().into_iter().map(|e| (e.text, e.clauses)).collect();
    assert_eq!(
        outline,
        [
            ("Introduction".to_string(), 2),
            ("Needs assessment".to_string(), 2),
            ("Eligibility and referral".to_string(), 5),
            ("Delivery".to_string(), 5)
        ]
    );
}

#[test]
fn a_heading_counts_the_clauses_under_its_subheadings_too() {
    let paragraphs = vec![
        Paragraph::heading(1, "1.", "Introduction"),
        Paragraph::heading(2, "1.1", "Purpose"),
        Paragraph::body("1.1.1", "One."),
        Paragraph::body("1.1.2", "Two."),
        Paragraph::heading(2, "1.2", "Scope"),
        Paragraph::body("1.2.1", "Three."),
        Paragraph::heading(1, "2.", "Eligibility"),
        Paragraph::body("2.1", "Four."),
    ];
    let outline: Vec<(String, usize)> =
        build(None, paragraphs, 0).outline().into_iter().map(|e| (e.label, e.clauses)).collect();
    assert_eq!(outline, [("1.".into(), 3), ("1.1".into(), 2), ("1.2".into(), 1), ("2.".into(), 1)]);
}

#[test]
fn encodings_a_text_file_may_come_in() {
    assert_eq!(decode(b"\xEF\xBB\xBFCaf\xC3\xA9").as_deref(), Some("Café"));
    assert_eq!(decode(&[0xFF, 0xFE, b'h', 0, b'i', 0]).as_deref(), Some("hi"));
    assert_eq!(decode(&[0xFE, 0xFF, 0, b'h', 0, b'i']).as_deref(), Some("hi"));
    assert_eq!(decode(b"\x93Women\x94 \x96 caf\xe9").as_deref(), Some("\u{201c}Women\u{201d} \u{2013} café"));
    assert_eq!(decode(b"PK\x03\x04\x00\x01binary"), None);
}

#[test]
fn bad_text_input_gets_its_sentence() {
    assert_eq!(document::read("empty.txt", b"  \n\n "), Err(ReadError::Empty));
    assert_eq!(document::read("a.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"), Err(ReadError::LegacyWord));
    assert_eq!(document::read("a.rtf", b"{\\rtf1\\ansi hello}"), Err(ReadError::Rtf));
    assert!(matches!(
        document::read("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00"),
        Err(ReadError::Unsupported(_))
    ));
    let big = vec![b'a'; document::MAX_DOCUMENT_BYTES + 1];
    let error = document::read("big.txt", &big).expect_err("too large");
    assert!(error.to_string().contains("more than the 30 MB Spec Lens opens"), "{error}");
    assert!(ReadError::LegacyWord.to_string().contains("save it as .docx or PDF"));
}

#[test]
fn every_read_error_crosses_from_the_reader_and_back_unchanged() {
    use spec_lens::format::document::{Damage, Unsupported};
    let text = || "x".to_string();
    let damages = [
        Damage::NotPdf,
        Damage::NotZip,
        Damage::NoPages,
        Damage::WordNoBody,
        Damage::OdtNoBody,
        Damage::NotXml { part: "a.xml".into(), detail: text() },
        Damage::NotUnpacked { part: "b".into(), detail: text() },
        Damage::PartNotUtf8 { part: "c".into() },
        Damage::PartMissing { part: "d".into() },
        Damage::ZipCutShort,
        Damage::ZipInvalid(text()),
        Damage::ZipUnsupported(text()),
        Damage::ZipPartMissing,
        Damage::Zip(text()),
        Damage::ReaderAnswer(text()),
        Damage::PdfReaderNoText,
        Damage::PdfReaderText(text()),
        Damage::PdfNotOpened,
        Damage::Pdf(text()),
    ];
    let unsupported = [
        Unsupported::PasswordProtected,
        Unsupported::Spreadsheet,
        Unsupported::Presentation,
        Unsupported::OtherZip,
        Unsupported::OtherOpenDocument("application/x".into()),
        Unsupported::NotADocument,
        Unsupported::PdfOutsideReader,
        Unsupported::UnknownRequest,
        Unsupported::BrowserCouldNotRead,
    ];
    let errors = damages
        .into_iter()
        .map(ReadError::Damaged)
        .chain(unsupported.into_iter().map(ReadError::Unsupported));
    for error in errors {
        let json = serde_json::to_string(&error).expect("written");
        assert_eq!(serde_json::from_str::<ReadError>(&json).expect("read"), error, "{json}");
        // As the page reads the reader's answer.
        let answer = document::answer_json(&Err(error.clone()));
        assert_eq!(document::read_answer(&answer), Err(error), "{answer}");
    }
    assert!(serde_json::from_str::<ReadError>(r#"{"kind":"damaged","detail":[99,"",""]}"#).is_err());
    // The reader's answer when it cannot write one.
    let unwritten = r#"{"Err":{"kind":"damaged","detail":[14,"the answer could not be written",""]}}"#;
    assert_eq!(
        document::read_answer(unwritten),
        Err(ReadError::Damaged(Damage::ReaderAnswer("the answer could not be written".into())))
    );
}
