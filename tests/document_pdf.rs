//! The PDF reader's structuring (format::document::pdf) on what pdf.js gives for real PDFs made by
//! LibreOffice (scripts/make_pdf_fixtures.sh writes the PDFs and, through scripts/pdf_items.mjs,
//! the JSON read here: no Node or LibreOffice needed), on made-up pages, and on arbitrary input.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use spec_lens::domain::document::{Paragraph, Role};
use spec_lens::format::document::pdf::{parse, read_error, structure, PdfPage, StructNode, TextItem};
use spec_lens::format::document::{Damage, Extracted, ReadError, Warning};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/documents/{name}.pdf.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn pages(name: &str) -> Vec<PdfPage> {
    parse(&fixture(name)).expect("the fixture parses")
}

fn read(name: &str) -> Extracted {
    structure(&pages(name)).expect("the fixture structures")
}

fn find<'a>(extracted: &'a Extracted, label: &str) -> &'a Paragraph {
    extracted
        .paragraphs
        .iter()
        .find(|p| p.label == label)
        .unwrap_or_else(|| panic!("no paragraph labelled {label:?} in {:#?}", extracted.paragraphs))
}

fn labels(extracted: &Extracted) -> Vec<&str> {
    extracted.paragraphs.iter().map(|p| p.label.as_str()).filter(|l| !l.is_empty()).collect()
}

/// Both the plain and the tagged PDF of the probation specification read the same way.
fn check_probation(e: &Extracted) {
    assert_eq!(
        labels(e),
        [
            "1.", "1.1", "1.2", "1.3", "2.", "2.1", "2.1.1", "2.1.2", "2.2", "3.", "3.1", "3.1.1", "3.1.2",
            "3.1.3", "3.2", "3.3", "(a)", "(b)", "(c)", "3.4", "4.", "4.1", "4.1.1", "4.1.2", "4.2", "5.",
            "5.1", "5.2", "5.2.1", "1.", "2.", "3."
        ]
    );
    // Running header (two lines) and "Page N of 3" footer on each of the three pages, and the
    // table of contents: its title and six entries.
    assert_eq!(e.dropped_lines, 9 + 7);
    assert!(
        e.paragraphs.iter().all(|p| p.text != "Contents" && !p.text.contains("....")),
        "{:#?}",
        e.paragraphs
    );
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
    for p in &e.paragraphs {
        assert!(!p.text.contains("OFFICIAL") && !p.text.contains("Page "), "{p:?}");
        assert!(!p.text.contains("Accommodation Support Specification"), "{p:?}");
        assert!(!p.text.contains("  ") && p.text == p.text.trim(), "{p:?}");
    }
    // Text, whole, with its page: 1.1 is a four-line paragraph on page 1.
    assert_eq!(
        find(e, "1.1").text,
        "This specification sets out the accommodation support services the Probation Service will \
         commission for adults on licence, on post-sentence supervision or serving community sentences \
         in the North West region. It describes the outcomes sought, the people the service is for, and \
         the standards the Provider must meet."
    );
    assert_eq!(find(e, "1.1").page, Some(1));
    assert_eq!(find(e, "2.2").page, Some(1));
    assert_eq!(find(e, "3.1.1").page, Some(2));
    assert_eq!(find(e, "4.2").page, Some(3));
    assert_eq!(find(e, "5.1").page, Some(3));
    // 4.1.2 runs over the page break, past the footer and the next page's header.
    assert_eq!(find(e, "4.1.2").page, Some(2));
    assert_eq!(
        find(e, "4.1.2").text,
        "Where the data show that any group is less likely to start or complete the service, or to secure \
         settled accommodation, the Provider must investigate the cause and agree a remedial action plan \
         with the Authority within one month."
    );
    // Words hyphenated at a line's end are rejoined; a real hyphen stays.
    assert_eq!(
        find(e, "3.3").text,
        "The Provider must support each person to secure and keep suitable accommodation, which includes:"
    );
    assert_eq!(
        find(e, "(b)").text,
        "negotiating with private landlords, including using deposit and rent-in-advance schemes;"
    );
    assert!(find(e, "5.2.1").text.contains("different communication needs"), "{:?}", find(e, "5.2.1"));
    assert!(find(e, "2.1.1").text.contains("Self-referral is not available"));
    assert!(e.paragraphs.iter().all(|p| !p.text.contains("- ") && !p.text.contains("accommod ")));
    // Headings, unnumbered text and the annex.
    let heading =
        |text: &str| e.paragraphs.iter().find(|p| p.text == text).map(|p| (p.role, p.label.as_str(), p.page));
    assert!(matches!(heading("Introduction"), Some((Role::Heading(_), "1.", Some(1)))));
    assert!(matches!(heading("Service requirements"), Some((Role::Heading(_), "3.", Some(2)))));
    assert!(matches!(heading("Performance and reporting"), Some((Role::Heading(_), "5.", Some(3)))));
    assert!(matches!(heading("Annex A: Key performance indicators"), Some((Role::Heading(_), "", Some(3)))));
    assert_eq!(e.paragraphs[1].role, Role::Body);
    assert!(e.paragraphs[1]
        .text
        .starts_with("Service specification for the Commissioned Rehabilitative Services"));
    assert!(e
        .paragraphs
        .iter()
        .filter(|p| p.role == Role::Body)
        .all(|p| !p.label.ends_with('.') || p.page == Some(3)));
}

#[test]
fn numbered_specification_with_running_header_footer_and_hyphenation() {
    let e = read("probation-accommodation");
    check_probation(&e);
    // Without tags, heading levels follow size: the 20 pt title, 15 pt sections, the 13 pt annex.
    assert_eq!(e.paragraphs[0].role, Role::Heading(1));
    assert_eq!(e.paragraphs[0].text, "Accommodation Support Services for People on Probation");
    assert_eq!(find(&e, "1.").role, Role::Heading(2));
    let annex = e.paragraphs.iter().find(|p| p.text.starts_with("Annex A")).expect("annex");
    assert_eq!(annex.role, Role::Heading(3));
}

#[test]
fn tagged_pdf_reads_the_same_with_its_heading_levels() {
    let pages = pages("probation-accommodation-tagged");
    assert!(pages.iter().all(|p| p.struct_tree.is_some()));
    let e = structure(&pages).expect("structures");
    check_probation(&e);
    // H1 and H2 from the structure tree; the title is a paragraph there, set large.
    assert_eq!(find(&e, "1.").role, Role::Heading(1));
    let annex = e.paragraphs.iter().find(|p| p.text.starts_with("Annex A")).expect("annex");
    assert_eq!(annex.role, Role::Heading(2));
}

#[test]
fn two_columns_are_read_left_then_right() {
    let e = read("women-two-column");
    assert_eq!(
        labels(&e),
        [
            "1.", "1.1", "1.2", "2.", "2.1", "2.2", "3.", "3.1", "3.2", "3.3", "4.", "4.1", "4.2", "5.",
            "5.1", "5.2"
        ]
    );
    // 3.1 ends at the foot of the left column; 3.2 starts the right one, beside 1.1.
    assert_eq!(
        find(&e, "3.1").text,
        "The Provider must offer one-to-one support and group sessions covering emotional wellbeing, \
         healthy relationships, finance, benefit and debt, and parenting. Sessions must be available in the \
         evening and at weekends for women who work or care for children."
    );
    assert!(find(&e, "3.2").text.starts_with("The Provider must pay for childcare, or provide a crèche"));
    assert!(find(&e, "2.1").text.ends_with("the care and management of individuals who are transgender."));
    // The title spans both columns and comes first; "Page 1" is dropped.
    let title =
        e.paragraphs.iter().position(|p| p.text == "Women’s Support Service: a summary").expect("title");
    assert!(matches!(e.paragraphs[title].role, Role::Heading(1)));
    assert!(title < e.paragraphs.iter().position(|p| p.label == "1.1").unwrap_or(0));
    assert_eq!(e.dropped_lines, 1);
    assert!(matches!(find(&e, "4.").role, Role::Heading(_)));
    assert!(e.paragraphs.iter().all(|p| p.page == Some(1)));
}

#[test]
fn image_only_pdf_has_no_text() {
    let pages = pages("scanned");
    assert_eq!(pages.len(), 1);
    assert_eq!(structure(&pages), Err(ReadError::PdfNoText));
}

#[test]
fn encrypted_pdf_is_refused_by_the_reader() {
    // pdf.js throws a PasswordException, which js/pdf-read.mjs reports as "encrypted".
    let dump: serde_json::Value = serde_json::from_str(&fixture("encrypted")).expect("json");
    let thrown = dump["error"].as_str().expect("an error");
    assert_eq!(read_error(thrown), ReadError::PdfEncrypted);
    assert_eq!(read_error("unavailable"), ReadError::PdfReaderUnavailable);
    assert_eq!(
        read_error("damaged:Invalid PDF structure."),
        ReadError::Damaged(Damage::Pdf("Invalid PDF structure.".into()))
    );
    assert_eq!(read_error("damaged:"), ReadError::Damaged(Damage::PdfNotOpened));
    assert!(read_error("damaged:").to_string().contains("(the PDF reader could not open it)"));
}

#[test]
fn pages_without_text_are_named() {
    let mut pages = pages("probation-accommodation");
    let blank = |number| PdfPage { number, width: 595.0, height: 842.0, ..PdfPage::default() };
    pages.insert(1, blank(2));
    for (i, page) in pages.iter_mut().enumerate() {
        page.number = i as u32 + 1;
    }
    pages.push(blank(5));
    let e = structure(&pages).expect("structures");
    assert_eq!(e.warnings, [Warning::PagesWithoutText(vec![2, 5])]);
    assert_eq!(find(&e, "3.1.2").page, Some(3), "page 2 became page 3");
    assert_eq!(structure(&[blank(1), blank(2)]), Err(ReadError::PdfNoText));
    assert!(matches!(structure(&[]), Err(ReadError::Damaged(_))));
}

#[test]
fn parse_refuses_what_is_not_the_readers_json_and_tolerates_nulls() {
    assert!(matches!(parse("not json"), Err(ReadError::Damaged(_))));
    assert!(matches!(parse("[1, 2]"), Err(ReadError::Damaged(_))));
    // JavaScript writes NaN as null; a missing field is a default.
    let pages = parse(r#"{"pages":[{"number":1,"width":null,"items":[{"str":"Hello","x":null,"y":5}]}]}"#)
        .expect("parses");
    assert!(pages[0].width.is_nan() && pages[0].items[0].x.is_nan());
    assert_eq!(structure(&pages), Err(ReadError::PdfNoText));
}

fn item(text: &str, x: f64, y: f64, size: f64) -> TextItem {
    TextItem {
        text: text.into(),
        x,
        y,
        width: text.chars().count() as f64 * size * 0.5,
        height: size,
        font_size: size,
        font_name: "f1".into(),
        has_eol: true,
        mcid: None,
    }
}

#[test]
fn spacing_labels_and_sizes_make_paragraphs_and_headings() {
    let page = PdfPage {
        number: 7,
        width: 595.0,
        height: 842.0,
        items: vec![
            item("Eligibility", 72.0, 760.0, 16.0),
            item("The service is for adults on licence who are homeless", 72.0, 730.0, 11.0),
            item("or at risk of homelessness.", 72.0, 717.0, 11.0),
            item("A second paragraph follows after a wider gap, with no", 72.0, 690.0, 11.0),
            item("label of its own.", 72.0, 677.0, 11.0),
            item("4.2.1", 72.0, 650.0, 11.0),
            item("The Provider must assess each person within five inclu-", 110.0, 650.0, 11.0),
            item("sive working days.", 110.0, 637.0, 11.0),
            item("(iv) Interpreters are booked in advance.", 72.0, 624.0, 11.0),
        ],
        struct_tree: None,
    };
    let e = structure(&[page]).expect("structures");
    let got: Vec<(Role, &str, &str, Option<u32>)> =
        e.paragraphs.iter().map(|p| (p.role, p.label.as_str(), p.text.as_str(), p.page)).collect();
    assert_eq!(
        got,
        [
            (Role::Heading(1), "", "Eligibility", Some(7)),
            (
                Role::Body,
                "",
                "The service is for adults on licence who are homeless or at risk of homelessness.",
                Some(7)
            ),
            (
                Role::Body,
                "",
                "A second paragraph follows after a wider gap, with no label of its own.",
                Some(7)
            ),
            (
                Role::Body,
                "4.2.1",
                "The Provider must assess each person within five inclusive working days.",
                Some(7)
            ),
            (Role::Body, "(iv)", "Interpreters are booked in advance.", Some(7)),
        ]
    );
}

#[test]
fn a_structure_tree_decides_paragraph_boundaries() {
    let mut items = vec![
        item("First tagged paragraph line one", 72.0, 700.0, 11.0),
        // A wide gap, but the same P element: one paragraph.
        item("still the first paragraph.", 72.0, 650.0, 11.0),
        // Usual spacing, but a new element: a new paragraph, and a heading by its tag.
        item("Tagged heading", 72.0, 637.0, 11.0),
    ];
    for (item, id) in items.iter_mut().zip(["p1R_mc0", "p1R_mc1", "p1R_mc2"]) {
        item.mcid = Some(id.into());
    }
    let leaf = |id: &str| StructNode { kind: "content".into(), id: id.into(), ..StructNode::default() };
    let node = |role: &str, children| StructNode { role: role.into(), children, ..StructNode::default() };
    let tree = node(
        "Root",
        vec![node(
            "Document",
            vec![node("P", vec![leaf("p1R_mc0"), leaf("p1R_mc1")]), node("H3", vec![leaf("p1R_mc2")])],
        )],
    );
    let page = PdfPage { number: 1, width: 595.0, height: 842.0, items, struct_tree: Some(tree) };
    let e = structure(&[page]).expect("structures");
    let got: Vec<(Role, &str)> = e.paragraphs.iter().map(|p| (p.role, p.text.as_str())).collect();
    assert_eq!(
        got,
        [
            (Role::Body, "First tagged paragraph line one still the first paragraph."),
            (Role::Heading(3), "Tagged heading")
        ]
    );
}

/// 60 pages of 42 lines of 10 words, one text item a word, with a running header and footer, a
/// heading a page and numbered clauses: 25,200 words.
fn big_document() -> Vec<PdfPage> {
    (1..=60u32)
        .map(|number| {
            let mut items = vec![
                item("Probation Service specification", 300.0, 800.0, 9.0),
                item(&format!("Page {number} of 60"), 280.0, 30.0, 9.0),
                item(&format!("{number}. Section {number}"), 72.0, 770.0, 15.0),
            ];
            for line in 0..42u32 {
                let y = 740.0 - f64::from(line) * 14.0 - f64::from(line / 6) * 4.0;
                let mut x = 72.0;
                if line % 6 == 0 {
                    items.push(item(&format!("{number}.{}", line / 6 + 1), x, y, 11.0));
                    x += 40.0;
                }
                for word in 0..10u32 {
                    let text = [
                        "provider", "must", "assess", "each", "person", "within", "five", "days", "of",
                        "referral",
                    ][((line + word + number) % 10) as usize];
                    let text = if word == 0 && line % 6 == 0 { "The" } else { text };
                    let it = item(text, x, y, 11.0);
                    x += it.width + 3.0;
                    items.push(it);
                }
            }
            PdfPage { number, width: 595.0, height: 842.0, items, struct_tree: None }
        })
        .collect()
}

#[test]
fn sixty_pages_structure_quickly() {
    let pages = big_document();
    let words: usize = pages.iter().map(|p| p.items.len()).sum();
    assert!(words >= 25_000, "{words}");
    let start = std::time::Instant::now();
    let e = structure(&pages).expect("structures");
    let took = start.elapsed();
    println!(
        "structure(): {} pages, {words} items, {} paragraphs in {took:?}",
        pages.len(),
        e.paragraphs.len()
    );
    assert_eq!(e.dropped_lines, 120);
    assert_eq!(e.paragraphs.len(), 60 * 8);
    assert_eq!(find(&e, "42.3").page, Some(42));
    // Unoptimised test builds on a busy machine are several times slower than the release page.
    assert!(took.as_secs_f64() < 3.0, "{took:?}");
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        -1000.0..1000.0f64,
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(0.0),
        Just(-0.0),
        Just(1.0e300),
        Just(-1.0e300),
        Just(f64::MIN_POSITIVE),
    ]
}

fn arbitrary_item() -> impl Strategy<Value = TextItem> {
    (
        prop_oneof!["", " ", "1.", "4.2.1", "(iv)", "Page 3 of 9", "inclu-", "sive", "\\PC{0,12}"],
        (number(), number(), number(), number(), number()),
        any::<bool>(),
        proptest::option::of(prop_oneof!["p1R_mc0", "p1R_mc1", "x"]),
    )
        .prop_map(|(text, (x, y, width, height, font_size), has_eol, mcid)| TextItem {
            text,
            x,
            y,
            width,
            height,
            font_size,
            font_name: String::new(),
            has_eol,
            mcid,
        })
}

fn arbitrary_tree() -> impl Strategy<Value = StructNode> {
    let leaf = prop_oneof!["p1R_mc0", "p1R_mc1", ""].prop_map(|id| StructNode {
        kind: "content".into(),
        id,
        ..StructNode::default()
    });
    leaf.prop_recursive(4, 24, 4, |inner| {
        (
            prop_oneof!["P", "H1", "H9", "H", "LI", "L", "Lbl", "TR", "Root", ""],
            proptest::collection::vec(inner, 0..4),
        )
            .prop_map(|(role, children)| StructNode { role, children, ..StructNode::default() })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn structure_never_panics(
        pages in proptest::collection::vec(
            (0u32..5, number(), number(), proptest::collection::vec(arbitrary_item(), 0..40),
             proptest::option::of(arbitrary_tree())),
            0..4,
        )
    ) {
        let pages: Vec<PdfPage> = pages
            .into_iter()
            .map(|(number, width, height, items, struct_tree)| PdfPage { number, width, height, items, struct_tree })
            .collect();
        if let Ok(e) = structure(&pages) {
            prop_assert!(!e.paragraphs.is_empty());
        }
    }

    #[test]
    fn parse_never_panics(json in "\\PC{0,200}") {
        let _ = parse(&json);
    }
}

#[test]
fn a_table_of_contents_is_dropped() {
    let page = PdfPage {
        number: 2,
        width: 595.0,
        height: 842.0,
        items: vec![
            item("Contents", 72.0, 760.0, 13.0),
            item("1. Introduction .................. 3", 72.0, 740.0, 11.0),
            item("4.2 Referrals . . . . . . . . 12", 72.0, 727.0, 11.0),
            item("Annex A………7", 72.0, 714.0, 11.0),
            item("1. Introduction", 72.0, 680.0, 13.0),
            item("1.1 The waiting list had 40 people... 12", 72.0, 660.0, 11.0),
        ],
        struct_tree: None,
    };
    let e = structure(&[page]).expect("structures");
    assert_eq!(e.dropped_lines, 4);
    let got: Vec<(&str, &str)> = e.paragraphs.iter().map(|p| (p.label.as_str(), p.text.as_str())).collect();
    assert_eq!(got, [("1.", "Introduction"), ("1.1", "The waiting list had 40 people... 12")]);
}

#[test]
fn overprinted_text_is_read_once() {
    let twice = item("Eligibility criteria", 72.3, 700.2, 11.0);
    let page = PdfPage {
        number: 1,
        width: 595.0,
        height: 842.0,
        items: vec![item("Eligibility criteria", 72.0, 700.0, 11.0), twice],
        struct_tree: None,
    };
    let e = structure(&[page]).expect("structures");
    assert_eq!(e.paragraphs.len(), 1);
    assert_eq!(e.paragraphs[0].text, "Eligibility criteria");
}
