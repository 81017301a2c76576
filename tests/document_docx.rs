//! The Word reader over fixtures LibreOffice wrote (tests/fixtures/documents, made by
//! scripts/make_document_fixtures.sh), a hand-built Word package, and hostile files.

mod document_support;

use document_support::{fixture, labelled_lines_match, package, Shown};
use spec_lens::domain::document::Role;
use spec_lens::format::document::{docx, read, zip, Kind, ReadError, Warning};

fn spec() -> Vec<Shown> {
    let extracted = read("accommodation-spec.docx", &fixture("accommodation-spec.docx")).expect("reads");
    extracted.paragraphs.iter().map(Shown::from).collect()
}

/// Every paragraph of the specification, with the label Word (and LibreOffice) shows.
#[test]
fn the_specification_reads_in_order_with_its_labels() {
    let expected: Vec<Shown> = [
        ("", "", "Accommodation Support Service for People on Probation"),
        ("", "", "Service specification for the Commissioned Rehabilitative Services programme in Wales and the South West. Version 1.3, issued for tender."),
        ("h1", "1.", "Introduction"),
        ("h2", "1.1", "Purpose"),
        ("", "1.", "This specification sets out the accommodation support the Provider will deliver to people on probation who are homeless or at risk of homelessness."),
        ("", "1.1", "The Service helps each person to find, secure and keep settled accommodation."),
        ("", "1.2", "The Service works alongside the Probation Practitioner and local housing authorities, and does not replace them."),
        ("", "1.2.1", "The Provider does not make homelessness decisions; these remain with the local housing authority."),
        ("", "1.2.2", "The Provider supports the person to use their rights under the Housing (Wales) Act 2014 or the Housing Act 1996."),
        ("", "2.", "The Provider shall deliver the Service in every probation delivery unit named in Annex A."),
        ("h2", "1.2", "Definitions"),
        ("", "", "In this specification the following terms have the meanings given below."),
        ("", "", "Term | Meaning"),
        ("", "", "Person on Probation | A person aged 18 or over subject to a community order, suspended sentence order or licence."),
        ("", "", "Settled Accommodation | Accommodation the person can expect to keep for at least six months. It excludes night shelters and emergency hostels."),
        ("", "", "Welsh Language Standards | The standards the Welsh Ministers set under the Welsh Language (Wales) Measure 2011."),
        ("h1", "2.", "Eligibility"),
        ("", "3.", "The Service is open to any Person on Probation who is homeless, at risk of homelessness within 56 days, or living in unsuitable accommodation."),
        ("", "3.1", "Eligibility does not depend on the person's local connection, immigration status or priority need."),
        ("", "3.2", "People serving their sentence in the community and people leaving custody are equally eligible."),
        ("", "4.", "The Provider must accept referrals for people who:"),
        ("", "a)", "are due to leave prison within 12 weeks;"),
        ("", "b)", "are sleeping rough or in a night shelter;"),
        ("", "c)", "face a specific barrier to accommodation, including:"),
        ("", "(i)", "rent arrears or a previous eviction;"),
        ("", "(ii)", "licence conditions that exclude them from an area;"),
        ("", "(iii)", "a need for adapted or accessible housing;"),
        ("", "(iv)", "a risk of domestic abuse at their previous address."),
        ("", "", "A person who does not meet these criteria may still be referred where the Probation Practitioner sets out why the Service is needed."),
        ("h1", "3.", "Referral routes"),
        ("", "1.", "Referrals are made by the Probation Practitioner through the Refer and Monitor an Intervention service."),
        ("", "2.", "The Provider shall contact the person within two working days of the referral."),
        ("", "2.1", "For people in custody, first contact is made at least 12 weeks before release where the referral allows."),
        ("", "", "The Provider shall also accept information from:"),
        ("", "", "prison resettlement teams;"),
        ("", "", "local authority housing options teams;"),
        ("", "", "approved premises staff."),
        ("h1", "4.", "Women"),
        ("", "", "Clauses 1 to 4 of the Women's Services Framework apply; the clauses below add to them."),
        ("", "5.", "Women shall be offered a female caseworker and a women-only space for appointments."),
        ("", "6.", "The Provider shall not place a woman in mixed-sex accommodation without her informed agreement."),
        ("", "7.", "Where a woman has children, the Provider shall work with children's services to keep the family together where it is safe to do so."),
        ("h1", "5.", "Welsh language"),
        ("h2", "5.1", "Services in Welsh"),
        ("", "", "In Wales the Provider shall deliver the Service in line with the Welsh Language Standards, and treat the Welsh and English languages equally."),
        ("h2", "5.2", "Active offer"),
        ("", "1.", "The Provider shall make an active offer of Welsh at first contact, without waiting to be asked."),
        ("", "2.", "Written materials for people on probation shall be available in Welsh and English."),
        ("h1", "6.", "Performance and reporting"),
        ("", "", "The Provider shall report monthly on referrals, starts, completions and accommodation outcomes at the end of the intervention, broken down by sex, ethnicity, age and disability."),
        ("", "Footnote 1", "Welsh Language Standards (No. 7) Regulations 2018."),
    ]
    .iter()
    .map(Shown::from)
    .collect();
    assert_eq!(spec(), expected);
}

/// The labels are LibreOffice's: each labelled paragraph is a line of LibreOffice's own plain-text
/// rendering of the same file (expected/*.txt), in the same order.
#[test]
fn labels_match_what_libreoffice_shows() {
    labelled_lines_match(&spec(), "accommodation-spec.docx.txt", &[]);
}

#[test]
fn running_headers_and_footers_are_not_clauses() {
    for p in spec() {
        assert!(!p.text.contains("OFFICIAL") && !p.text.starts_with("Page "), "{p:?}");
    }
}

#[test]
fn notes_are_kept_at_the_end_with_a_warning() {
    let extracted = read("accommodation-spec.docx", &fixture("accommodation-spec.docx")).unwrap();
    assert_eq!(extracted.warnings, vec![Warning::Notes(1)]);
}

#[test]
fn a_word_file_is_told_from_its_contents_not_its_name() {
    let bytes = fixture("accommodation-spec.docx");
    assert_eq!(zip::kind_of(&bytes), Ok(Kind::Docx));
    assert!(read("renamed.odt", &bytes).is_ok());
    assert!(read("no-extension", &bytes).is_ok());
}

fn features() -> Vec<Shown> {
    let extracted = read("word-features.docm", &fixture("word-features.docm")).expect("reads");
    extracted.paragraphs.iter().map(Shown::from).collect()
}

/// A package written as Word writes it: numbering through styles and their basedOn chain, a
/// restart through startOverride, two instances sharing one list, lvlRestart and isLgl.
#[test]
fn word_numbering_is_computed_as_word_shows_it() {
    let expected: Vec<Shown> = [
        ("", "", "Approved Premises Move-On Service"),
        ("h1", "1", "Scope"),
        // "Clause" has no numbering of its own: it inherits "Clause base"'s (numId 1, level 0).
        ("", "1.", "This schedule applies to move-on accommodation from approved premises."),
        // "Subclause" sets level 1 and inherits the list from the same base.
        ("", "1.1", "Move-on support starts eight weeks before the planned departure date."),
        // Tracked changes read as accepted: the insertion kept, the deletion left out.
        (
            "",
            "1.2",
            "The Provider shall agree a move-on plan with the person and their Probation Practitioner.",
        ),
        ("", "a)", "Plans are reviewed at least monthly."),
        ("", "b)", "Plans are shared with the person in writing."),
        ("", "2.", "The Provider shall record the outcome of each plan."),
        ("h1", "2", "Referrals"),
        ("h2", "2.1", "Local arrangements"),
        // numId 2 overrides the start of the same abstract list: a fresh list from 1. Hidden
        // text and the footnote mark are left out.
        ("", "1.", "Referrals are accepted from approved premises staff and from probation practitioners."),
        // The field's result is kept, its code ("REF risk_summary") is not.
        ("", "2.", "A referral is complete when it includes the risk summary."),
        ("h2", "2.2", "Legal numbering"),
        ("", "I.", "Part one of the charging schedule."),
        // isLgl: "1.1", not "I.1".
        ("", "1.1", "Charges are agreed annually."),
        ("", "A.", "First level-three item."),
        ("", "II.", "Part two of the charging schedule."),
        ("", "2.1", "Charges are paid monthly in arrears."),
        // lvlRestart 0: this level never restarts, so "B." after "A.".
        ("", "B.", "Second level-three item, continuing."),
        ("h2", "2.3", "Other items"),
        ("", "", "Accommodation must be within reach of the person's probation office."),
        ("", "(iv)", "Continues the roman list from four."),
        ("", "(v)", "And the next one."),
        // numId 7 names the same abstract list as numId 1, with no override: numbering continues.
        ("", "3.", "Shares the first list's counters, so numbering continues."),
        ("", "", "Outcome | Measure"),
        // The row takes its first cell's number as its label; the nested table is flattened.
        ("", "4.", "Settled accommodation at exit | Percentage of completions; Target | 70%; Minimum | 55%"),
        ("", "Footnote 1", "Approved premises are listed in Annex C."),
    ]
    .iter()
    .map(Shown::from)
    .collect();
    assert_eq!(features(), expected);
}

/// LibreOffice 7.4 agrees on every label except where it does not implement Word's rules:
/// legal numbering (isLgl, from LibreOffice 24.2) and a level that never restarts (lvlRestart 0).
/// Its text export also keeps deleted and hidden text, which Word does not show.
#[test]
fn word_feature_labels_match_libreoffice_where_it_follows_word() {
    let differs = ["1.1 Charges are agreed annually.", "2.1 Charges are paid monthly in arrears."];
    let differs_too = [
        "B. Second level-three item, continuing.",
        "1.2 The Provider shall agree a move-on plan with the person and their Probation Practitioner.",
        "1. Referrals are accepted from approved premises staff and from probation practitioners.",
    ];
    let skip: Vec<&str> = differs.iter().chain(differs_too.iter()).copied().collect();
    let shown: Vec<Shown> = features().into_iter().filter(|p| !p.label.starts_with("Footnote")).collect();
    labelled_lines_match(&shown, "word-features.docm.txt", &skip);
    let libreoffice = document_support::expected_lines("word-features.docm.txt");
    for line in ["I.1 Charges are agreed annually.", "A. Second level-three item, continuing."] {
        assert!(libreoffice.iter().any(|l| l == line), "LibreOffice 7.4 shows {line:?}");
    }
}

#[test]
fn macros_images_tracked_changes_and_notes_are_reported() {
    let extracted = read("word-features.docm", &fixture("word-features.docm")).unwrap();
    assert_eq!(
        extracted.warnings,
        vec![Warning::Macros, Warning::TrackedChanges, Warning::Images(1), Warning::Notes(1)]
    );
}

#[test]
fn a_table_of_contents_field_codes_and_hidden_text_are_left_out() {
    let all: String = features().iter().map(|p| format!("{} {}\n", p.label, p.text)).collect();
    for absent in ["Contents", "REF risk_summary", "secret draft wording", "where possible"] {
        assert!(!all.contains(absent), "{absent:?} in\n{all}");
    }
}

#[test]
fn a_truncated_package_is_damaged() {
    match read("truncated.docx", &fixture("truncated.docx")) {
        Err(error @ ReadError::Damaged(_)) => assert!(error.to_string().contains("damaged"), "{error}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_zip_bomb_is_refused_whatever_its_headers_say() {
    let cap = ReadError::TooBigUnpacked { limit: zip::MAX_UNPACKED_BYTES };
    assert_eq!(read("bomb.docx", &fixture("bomb.docx")), Err(cap.clone()));
    // Headers patched to claim 1,000 bytes: the read stops at the cap, not at the claim (the
    // zip crate may also notice the lie first, which is a damaged file).
    match read("bomb-lying.docx", &fixture("bomb-lying.docx")) {
        Err(ReadError::TooBigUnpacked { .. }) | Err(ReadError::Damaged(_)) => {}
        other => panic!("{other:?}"),
    }
}

#[test]
fn too_many_entries_are_refused() {
    let mut entries: Vec<(String, Vec<u8>)> =
        (0..=zip::MAX_ENTRIES).map(|i| (format!("f{i}"), Vec::new())).collect();
    entries.push(("word/document.xml".into(), b"<w:document/>".to_vec()));
    let refs: Vec<(&str, &[u8])> = entries.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
    assert_eq!(
        read("many.docx", &package(&refs)),
        Err(ReadError::TooBigUnpacked { limit: zip::MAX_UNPACKED_BYTES })
    );
}

/// A forged zip64 end record claiming six million entries: refused before the zip crate
/// reserves memory for them (in the browser that reservation would abort the page).
#[test]
fn a_forged_entry_count_is_refused_before_anything_is_reserved() {
    let mut bytes = b"PK\x03\x04".to_vec();
    let zip64_end = bytes.len() as u64;
    bytes.extend_from_slice(b"PK\x06\x06");
    bytes.extend_from_slice(&44u64.to_le_bytes()); // record size
    bytes.extend_from_slice(&[45, 0, 45, 0]); // versions
    bytes.extend_from_slice(&[0; 8]); // disk numbers
    bytes.extend_from_slice(&6_000_000u64.to_le_bytes()); // entries on this disk
    bytes.extend_from_slice(&6_000_000u64.to_le_bytes()); // entries
    bytes.extend_from_slice(&(46 * 6_000_000u64).to_le_bytes()); // directory size
    bytes.extend_from_slice(&8_000_000u64.to_le_bytes()); // directory offset
    bytes.extend_from_slice(b"PK\x06\x07\0\0\0\0");
    bytes.extend_from_slice(&zip64_end.to_le_bytes());
    bytes.extend_from_slice(&1u32.to_le_bytes());
    bytes.extend_from_slice(b"PK\x05\x06\0\0\0\0\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\0\0");
    assert_eq!(
        read("forged.docx", &bytes),
        Err(ReadError::TooBigUnpacked { limit: zip::MAX_UNPACKED_BYTES })
    );
}

#[test]
fn other_office_packages_are_named_not_called_damaged() {
    let workbook = package(&[
        ("[Content_Types].xml", b"<Types/>"),
        ("_rels/.rels", b"<Relationships/>"),
        ("xl/workbook.xml", b"<workbook/>"),
    ]);
    assert!(
        matches!(read("budget.docx", &workbook), Err(e @ ReadError::Unsupported(_)) if e.to_string().contains("Excel"))
    );
    let slides = package(&[("[Content_Types].xml", b"<Types/>"), ("ppt/presentation.xml", b"<p/>")]);
    assert!(
        matches!(read("slides.docx", &slides), Err(e @ ReadError::Unsupported(_)) if e.to_string().contains("PowerPoint"))
    );
}

#[test]
fn old_word_and_rich_text_files_are_told_apart() {
    assert_eq!(read("legacy.docx", &fixture("legacy.doc")), Err(ReadError::LegacyWord));
    assert_eq!(read("spec.docx", &fixture("spec.rtf")), Err(ReadError::Rtf));
}

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

fn word(body: &str) -> Vec<u8> {
    let document = format!(r#"<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>"#);
    package(&[("[Content_Types].xml", b"<Types/>"), ("word/document.xml", document.as_bytes())])
}

#[test]
fn a_minimal_package_reads_without_styles_or_numbering() {
    let bytes = word(
        "<w:p><w:r><w:t>The Provider</w:t><w:tab/><w:t>shall</w:t><w:br/><w:t>report.</w:t></w:r></w:p>",
    );
    let extracted = docx::read(&bytes).unwrap();
    assert_eq!(extracted.paragraphs.len(), 1);
    assert_eq!(extracted.paragraphs[0].text, "The Provider shall report.");
    assert_eq!(extracted.paragraphs[0].role, Role::Body);
}

#[test]
fn an_empty_document_reads_as_nothing_and_the_caller_refuses_it() {
    let bytes = word("<w:p/><w:sectPr/>");
    assert_eq!(docx::read(&bytes).map(|e| e.paragraphs.len()), Ok(0));
    assert_eq!(read("empty.docx", &bytes), Err(ReadError::Empty));
}

#[test]
fn broken_parts_are_damaged_not_panics() {
    let broken = package(&[("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b"<w:document")]);
    assert!(matches!(docx::read(&broken), Err(ReadError::Damaged(_))));
    let no_document = package(&[("[Content_Types].xml", b"<Types/>"), ("_rels/.rels", b"<Relationships/>")]);
    assert!(matches!(docx::read(&no_document), Err(ReadError::Damaged(_))));
    let no_body = package(&[("word/document.xml", format!("<w:document {W}/>").as_bytes())]);
    assert!(matches!(docx::read(&no_body), Err(ReadError::Damaged(_))));
    let not_utf8 = package(&[("word/document.xml", &[0xff, 0xfe, 0x00][..])]);
    assert!(matches!(docx::read(&not_utf8), Err(ReadError::Damaged(_))));
}

/// A DTD could define entities that expand without bound (the "billion laughs"): refused.
#[test]
fn a_document_type_definition_is_refused() {
    let laughs = format!(
        r#"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><w:document {W}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"#
    );
    let bytes = package(&[("word/document.xml", laughs.as_bytes())]);
    assert!(matches!(docx::read(&bytes), Err(ReadError::Damaged(_))));
}

#[test]
fn hostile_nesting_and_style_loops_do_not_hang_or_overflow() {
    let deep = "<w:tbl><w:tr><w:tc>".repeat(5_000)
        + "<w:p><w:r><w:t>deep</w:t></w:r></w:p>"
        + &"</w:tc></w:tr></w:tbl>".repeat(5_000);
    assert!(docx::read(&word(&deep)).is_ok());
    let deep_runs =
        "<w:p>".to_string() + &"<w:hyperlink>".repeat(5_000) + &"</w:hyperlink>".repeat(5_000) + "</w:p>";
    assert!(docx::read(&word(&deep_runs)).is_ok());
    let styles = format!(
        r#"<w:styles {W}><w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/></w:style><w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/></w:style></w:styles>"#
    );
    let document = format!(
        r#"<w:document {W}><w:body><w:p><w:pPr><w:pStyle w:val="A"/></w:pPr><w:r><w:t>Looped style.</w:t></w:r></w:p></w:body></w:document>"#
    );
    let bytes =
        package(&[("word/document.xml", document.as_bytes()), ("word/styles.xml", styles.as_bytes())]);
    assert_eq!(docx::read(&bytes).unwrap().paragraphs[0].text, "Looped style.");
}

/// Numbering with no definitions, a level out of range, a huge start: no label, no panic.
#[test]
fn odd_numbering_gives_labels_without_panicking() {
    let numbering = format!(
        r#"<w:numbering {W}><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="9223372036854775807"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1.%9%"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#
    );
    let p = |num: &str, ilvl: &str| {
        format!(
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>"#
        )
    };
    let body = [p("1", "0"), p("1", "0"), p("1", "42"), p("9", "0"), p("0", "0")].concat();
    let document = format!(r#"<w:document {W}><w:body>{body}</w:body></w:document>"#);
    let bytes =
        package(&[("word/document.xml", document.as_bytes()), ("word/numbering.xml", numbering.as_bytes())]);
    let labels: Vec<String> = docx::read(&bytes).unwrap().paragraphs.into_iter().map(|p| p.label).collect();
    assert_eq!(labels, ["9223372036854775807.0%", "9223372036854775807.0%", "", "", ""]);
}

/// A 60-page specification: 1,500 numbered clauses and 300 headings, read in linear time.
#[test]
fn a_long_document_reads_quickly() {
    let numbering = format!(
        r#"<w:numbering {W}><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#
    );
    let mut body = String::new();
    for section in 0..300 {
        body.push_str(&format!(r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Section {section}</w:t></w:r></w:p>"#));
        for _ in 0..5 {
            body.push_str(r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>The Provider shall keep records of every referral, assessment and outcome, and share them with the Authority each month.</w:t></w:r></w:p>"#);
        }
    }
    let document = format!(r#"<w:document {W}><w:body>{body}</w:body></w:document>"#);
    let bytes =
        package(&[("word/document.xml", document.as_bytes()), ("word/numbering.xml", numbering.as_bytes())]);
    let started = std::time::Instant::now();
    let extracted = docx::read(&bytes).unwrap();
    let took = started.elapsed();
    assert_eq!(extracted.paragraphs.len(), 1_800);
    assert_eq!(extracted.paragraphs.last().map(|p| p.label.as_str()), Some("300.5"));
    // Generous for an unoptimised test build on a busy machine; release is far faster.
    assert!(took.as_millis() < 2_000, "took {took:?}");
}
