//! The Word report is a real WordprocessingML package: its parts open with the zip crate, its XML
//! parses, headings carry Word's heading styles in order, the section table repeats its header
//! row, evidence is quoted with its clause citation, and hostile text cannot break the XML.

#[path = "support/common.rs"]
mod common;

use std::io::{Cursor, Read};

use common::{framework, worked_example};
use roxmltree::{Document as Xml, Node};
use spec_lens::domain::document::{build, Paragraph};
use spec_lens::domain::finder::UnicodeFold;
use spec_lens::domain::moderation::{Participant, Provenance};
use spec_lens::domain::{chart_geometry::format_percent, results, Answer, Assessment, Evidence, Framework};
use spec_lens::format::docx_report::docx_report;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

fn part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip package");
    let mut file = archive.by_name(name).unwrap_or_else(|_| panic!("no part {name}"));
    let mut xml = String::new();
    file.read_to_string(&mut xml).expect("UTF-8 XML");
    xml
}

fn w<'a>(node: Node<'a, 'a>, name: &str) -> Option<Node<'a, 'a>> {
    node.children().find(|n| n.has_tag_name((W, name)))
}

fn style(p: Node) -> Option<String> {
    let ppr = w(p, "pPr")?;
    w(ppr, "pStyle")?.attribute((W, "val")).map(str::to_string)
}

/// A paragraph's text: w:t contents, w:br as "\n", w:tab as "\t".
fn text(node: Node) -> String {
    let mut out = String::new();
    for n in node.descendants() {
        if n.has_tag_name((W, "t")) {
            out.push_str(n.text().unwrap_or(""));
        } else if n.has_tag_name((W, "br")) {
            out.push('\n');
        } else if n.has_tag_name((W, "tab")) {
            out.push('\t');
        }
    }
    out
}

fn paragraphs<'a>(xml: &'a Xml<'a>) -> Vec<Node<'a, 'a>> {
    xml.descendants().filter(|n| n.has_tag_name((W, "p"))).collect()
}

/// The worked example, its specification given a document with labelled clauses (one on page 12),
/// and the first criterion's evidence quoting two of them and one typed note.
fn with_document() -> (Assessment, Framework) {
    let framework = framework();
    let mut assessment = worked_example();
    let mut on_page = Paragraph::body("4.2.1", "Providers must record housing need on arrival.");
    on_page.page = Some(12);
    let document = build(
        None,
        vec![
            Paragraph::heading(1, "1", "Scope"),
            Paragraph::body("1.1", "The service covers people leaving prison."),
            Paragraph::heading(1, "4", "Housing"),
            on_page,
            Paragraph::body("a)", "within two working days."),
        ],
        0,
    );
    assessment.specification.text.clear();
    assessment.specification.document = Some(document);
    let first = framework.sections[0].criteria[0].id.clone();
    let response = assessment.responses.get_mut(&first).expect("the worked example answers every criterion");
    response.rationale = "Line one\nline two".into();
    response.evidence = vec![
        Evidence { clause: Some(2), quote: "Providers must record housing need on arrival.".into() },
        Evidence { clause: Some(3), quote: "within two working days.".into() },
        Evidence { clause: None, quote: "Told at the provider day.".into() },
    ];
    (assessment, framework)
}

#[test]
fn the_package_has_its_parts_and_they_parse() {
    let (assessment, framework) = with_document();
    let bytes = docx_report(&assessment, &framework, &UnicodeFold).unwrap();
    assert!(bytes.starts_with(b"PK"));
    // For looking at the file by hand (LibreOffice, Word): SPEC_LENS_DOCX_OUT=/tmp/report.docx.
    if let Ok(path) = std::env::var("SPEC_LENS_DOCX_OUT") {
        std::fs::write(path, &bytes).unwrap();
    }
    let archive = zip::ZipArchive::new(Cursor::new(bytes.as_slice())).unwrap();
    let names: Vec<String> = archive.file_names().map(|n| n.unwrap().into_owned()).collect();
    for name in [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/document.xml",
        "word/styles.xml",
        "word/_rels/document.xml.rels",
        "docProps/core.xml",
    ] {
        assert!(names.iter().any(|n| n == name), "missing {name}");
        Xml::parse(&part(&bytes, name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    let core = part(&bytes, "docProps/core.xml");
    let when = assessment.updated_at.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    assert!(core.contains(&format!(">{when}</dcterms:created>")), "{core}");
    assert!(core.contains(&format!("<dc:title>Results: {}</dc:title>", assessment.specification.title)));
    // The same assessment gives the same bytes: nothing depends on a clock.
    assert_eq!(bytes, docx_report(&assessment, &framework, &UnicodeFold).unwrap());
}

#[test]
fn styles_define_headings_with_outline_levels_a_quote_a_table_header_and_british_english() {
    let (assessment, framework) = with_document();
    let styles = part(&docx_report(&assessment, &framework, &UnicodeFold).unwrap(), "word/styles.xml");
    let xml = Xml::parse(&styles).unwrap();
    let style = |id: &str| {
        xml.descendants()
            .find(|n| n.has_tag_name((W, "style")) && n.attribute((W, "styleId")) == Some(id))
            .unwrap_or_else(|| panic!("no style {id}"))
    };
    for (id, level) in [("Heading1", "0"), ("Heading2", "1"), ("Heading3", "2")] {
        let outline = style(id).descendants().find(|n| n.has_tag_name((W, "outlineLvl"))).unwrap();
        assert_eq!(outline.attribute((W, "val")), Some(level), "{id}");
    }
    style("Title");
    style("Quote");
    let table = style("ReportTable");
    assert!(table
        .descendants()
        .any(|n| n.has_tag_name((W, "tblStylePr")) && n.attribute((W, "type")) == Some("firstRow")));
    let lang = xml.descendants().find(|n| n.has_tag_name((W, "lang"))).unwrap();
    assert_eq!(lang.attribute((W, "val")), Some("en-GB"));
}

#[test]
fn headings_follow_the_markdown_report_in_order() {
    let (assessment, framework) = with_document();
    let document = part(&docx_report(&assessment, &framework, &UnicodeFold).unwrap(), "word/document.xml");
    let xml = Xml::parse(&document).unwrap();
    let headings: Vec<(String, String)> = paragraphs(&xml)
        .into_iter()
        .filter_map(|p| style(p).filter(|s| s == "Title" || s.starts_with("Heading")).map(|s| (s, text(p))))
        .collect();
    assert_eq!(headings[0], ("Title".into(), format!("Results: {}", assessment.specification.title)));
    let top: Vec<&str> = headings.iter().filter(|(s, _)| s == "Heading1").map(|(_, t)| t.as_str()).collect();
    assert_eq!(
        top,
        [
            "Summary",
            "By section",
            "What to fix first",
            "What the specification is silent on",
            "Timescale findings",
            "Insufficient evidence",
            "Every criterion"
        ]
    );
    // Under "Every criterion": each section as a Heading2, then its criteria as Heading3s.
    let start = headings.iter().position(|(_, t)| t == "Every criterion").unwrap();
    let mut expected = Vec::new();
    for section in &framework.sections {
        expected.push(("Heading2".to_string(), section.title.clone()));
        expected.extend(section.criteria.iter().map(|c| ("Heading3".to_string(), c.title.clone())));
    }
    assert_eq!(&headings[start + 1..], expected.as_slice());
    // No Heading2 before the first Heading1: the outline never skips a level.
    let first_h1 = headings.iter().position(|(s, _)| s == "Heading1").unwrap();
    assert!(headings[..first_h1].iter().all(|(s, _)| s == "Title"));
}

#[test]
fn the_section_table_repeats_its_header_row_and_has_one_row_per_section() {
    let (assessment, framework) = with_document();
    let document = part(&docx_report(&assessment, &framework, &UnicodeFold).unwrap(), "word/document.xml");
    let xml = Xml::parse(&document).unwrap();
    let table = xml.descendants().find(|n| n.has_tag_name((W, "tbl"))).expect("a table");
    let rows: Vec<Node> = table.children().filter(|n| n.has_tag_name((W, "tr"))).collect();
    let is_header = |row: &Node| w(*row, "trPr").and_then(|p| w(p, "tblHeader")).is_some();
    assert!(is_header(&rows[0]));
    assert!(rows[1..].iter().all(|r| !is_header(r)));
    let cells = |row: &Node| -> Vec<String> {
        row.children().filter(|n| n.has_tag_name((W, "tc"))).map(text).collect()
    };
    assert_eq!(cells(&rows[0]), ["Section", "Weight", "Answered", "Score"]);
    let r = results(&framework, &assessment.responses);
    assert_eq!(rows.len() - 1, framework.sections.len());
    for (row, section) in rows[1..].iter().zip(&r.sections) {
        let cells = cells(row);
        assert_eq!(cells[0], section.title);
        assert_eq!(cells[2], format!("{} of {}", section.answered, section.applicable));
        assert_eq!(cells[3], section.percent.map_or("—".to_string(), format_percent));
    }
}

#[test]
fn each_quote_is_a_quote_paragraph_with_its_clause_citation() {
    let (assessment, framework) = with_document();
    let document = part(&docx_report(&assessment, &framework, &UnicodeFold).unwrap(), "word/document.xml");
    let xml = Xml::parse(&document).unwrap();
    let quotes: Vec<String> =
        paragraphs(&xml).into_iter().filter(|p| style(*p).as_deref() == Some("Quote")).map(text).collect();
    for expected in [
        "Clause 4.2.1 (p. 12): Providers must record housing need on arrival.",
        "Clause 4.2.1 a): within two working days.",
        "Evidence: Told at the provider day.",
    ] {
        assert!(quotes.iter().any(|q| q == expected), "{expected} not in {quotes:#?}");
    }
    // The rationale's line break is kept as a w:br.
    assert!(paragraphs(&xml).into_iter().any(|p| text(p) == "Line one\nline two"));
}

#[test]
fn hostile_text_is_escaped_or_dropped_and_the_xml_parses() {
    let (mut assessment, framework) = with_document();
    let hostile = "<script>&\u{1}\"'\u{FFFF}</w:t>";
    assessment.specification.title = hostile.into();
    assessment.assessor = hostile.into();
    assessment.specification.commissioner = hostile.into();
    let first = framework.sections[0].criteria[0].id.clone();
    let response = assessment.responses.get_mut(&first).unwrap();
    response.rationale = hostile.into();
    response.evidence[0].quote = hostile.into();
    let bytes = docx_report(&assessment, &framework, &UnicodeFold).unwrap();
    let document = part(&bytes, "word/document.xml");
    let xml = Xml::parse(&document).expect("hostile text must not break the XML");
    let clean = "<script>&\"'</w:t>";
    assert!(paragraphs(&xml).into_iter().any(|p| text(p) == format!("Results: {clean}")));
    assert!(paragraphs(&xml).into_iter().any(|p| text(p) == format!("Clause 4.2.1 (p. 12): {clean}")));
    assert!(!document.contains("<script>"));
    assert!(!document.contains('\u{1}'));
    let core = part(&bytes, "docProps/core.xml");
    Xml::parse(&core).expect("core properties parse");
    assert!(core.contains("<dc:title>Results: &lt;script&gt;&amp;&quot;&apos;&lt;/w:t&gt;</dc:title>"));
}

#[test]
fn a_workshop_assessment_has_its_record_as_a_table() {
    let (mut assessment, framework) = with_document();
    let individual = framework
        .criteria()
        .map(|(_, c)| {
            (c.id.clone(), vec![Some(Answer::Level { level: 1 }), Some(Answer::Level { level: 3 })])
        })
        .collect();
    assessment.provenance = Some(Provenance {
        moderation_id: "m1".into(),
        participants: vec![Participant { perspective: "Probation".into(), name: "Priya Shah".into() }],
        scorers: vec![Some("Priya".into()), Some("Sam <&>".into())],
        individual,
    });
    let document = part(&docx_report(&assessment, &framework, &UnicodeFold).unwrap(), "word/document.xml");
    let xml = Xml::parse(&document).unwrap();
    let all = paragraphs(&xml);
    let workshop =
        all.iter().position(|p| style(*p).as_deref() == Some("Heading1") && text(*p) == "Workshop");
    let every = all.iter().position(|p| text(*p) == "Every criterion");
    assert!(workshop.unwrap() < every.unwrap());
    assert!(all.iter().any(|p| text(*p) == "Perspectives present: Probation (Priya Shah)."));
    let tables: Vec<Node> = xml.descendants().filter(|n| n.has_tag_name((W, "tbl"))).collect();
    assert_eq!(tables.len(), 2);
    let rows: Vec<Node> = tables[1].children().filter(|n| n.has_tag_name((W, "tr"))).collect();
    assert_eq!(rows.len(), framework.criterion_count() + 1);
    let header: Vec<String> = rows[0].children().filter(|n| n.has_tag_name((W, "tc"))).map(text).collect();
    assert_eq!(header, ["Criterion", "Agreed", "Priya", "Sam <&>", "Range"]);
    let first: Vec<String> = rows[1].children().filter(|n| n.has_tag_name((W, "tc"))).map(text).collect();
    assert_eq!(first[2..], ["1", "3", "1–3"]);
}

#[test]
fn what_the_specification_is_silent_on_follows_the_gaps_one_paragraph_per_criterion() {
    use spec_lens::domain::silences;
    use spec_lens::format::report::wording::{silence_lead, silence_sentence};
    let (assessment, framework) = with_document();
    let document = part(&docx_report(&assessment, &framework, &UnicodeFold).unwrap(), "word/document.xml");
    let xml = Xml::parse(&document).unwrap();
    let all = paragraphs(&xml);
    let heading = |name: &str| {
        all.iter().position(|p| style(*p).as_deref() == Some("Heading1") && text(*p) == name).unwrap()
    };
    let (start, end) = (heading("What the specification is silent on"), heading("Timescale findings"));
    assert!(heading("What to fix first") < start);
    let clauses = assessment.specification.clauses();
    let found = silences(&framework, &clauses, &UnicodeFold);
    // Three short clauses about prison and housing: silent on nearly everything.
    assert!(found.len() > 40, "{found:?}");
    assert_eq!(text(all[start + 1]), silence_lead(found.len(), true));
    let listed: Vec<(Option<String>, String)> =
        all[start + 2..end].iter().map(|p| (style(*p), text(*p))).collect();
    let expected: Vec<(Option<String>, String)> =
        found.iter().map(|s| (Some("ListParagraph".to_string()), silence_sentence(s, &framework))).collect();
    assert_eq!(listed, expected);
    assert!(listed.iter().any(|(_, t)| t.starts_with("\u{201c}Armed forces veterans\u{201d} \u{2014} ")));
}
