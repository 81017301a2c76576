//! The Word report of an assessment: the Markdown report's facts, in the same order and words, as
//! a WordprocessingML (.docx) package, so that a board paper can start in Word.
//!
//! Headings use Word's own Title and Heading 1-3 styles (with outline levels, so the navigation
//! pane and screen readers move through them), tables mark their header row to repeat on each
//! page, and quoted evidence uses the Quote style. Pure: no web-sys, no clock; the package's dates
//! come from the assessment.

use std::fmt;
use std::io::{Cursor, Write};

use chrono::{Datelike, Timelike};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use crate::domain::chart_geometry::format_percent;
use crate::domain::finder::Fold;
use crate::domain::moderation::Provenance;
use crate::domain::{
    contradictions, results, silences, timescale_findings, Assessment, Clause, Framework, Results,
};

use super::report::wording::*;

pub const MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
pub const EXTENSION: &str = ".docx";

/// The package could not be written (the zip writer refused). Writing to memory cannot fail
/// otherwise, so this is not expected; it is reported rather than unwrapped.
#[derive(Debug)]
pub struct DocxError(String);

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::i18n::refusals::docx_not_made(&self.0))
    }
}

impl std::error::Error for DocxError {}

impl From<zip::result::ZipError> for DocxError {
    fn from(e: zip::result::ZipError) -> Self {
        DocxError(e.to_string())
    }
}

impl From<std::io::Error> for DocxError {
    fn from(e: std::io::Error) -> Self {
        DocxError(e.to_string())
    }
}

/// `fold` is the evidence finder's (`domain::finder::Fold`), for what the specification is silent on.
pub fn docx_report(
    assessment: &Assessment,
    framework: &Framework,
    fold: &dyn Fold,
) -> Result<Vec<u8>, DocxError> {
    let parts: [(&str, String); 6] = [
        ("[Content_Types].xml", CONTENT_TYPES.to_string()),
        ("_rels/.rels", PACKAGE_RELS.to_string()),
        ("docProps/core.xml", core_properties(assessment)),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.to_string()),
        ("word/styles.xml", STYLES.to_string()),
        ("word/document.xml", document_xml(assessment, framework, fold)),
    ];
    let at = assessment.updated_at;
    // Zip times are local-less and start in 1980; anything they cannot hold gets their default.
    let modified = u16::try_from(at.year())
        .ok()
        .and_then(|year| {
            zip::DateTime::from_date_and_time(
                year,
                at.month() as u8,
                at.day() as u8,
                at.hour() as u8,
                at.minute() as u8,
                at.second().min(59) as u8,
            )
            .ok()
        })
        .unwrap_or_default();
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(modified);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, xml) in parts {
        zip.start_file(name, options)?;
        zip.write_all(xml.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}

// ---- the document -------------------------------------------------------------------------

fn document_xml(assessment: &Assessment, framework: &Framework, fold: &dyn Fold) -> String {
    let r = results(framework, &assessment.responses);
    let spec = &assessment.specification;
    let mut d = Body::default();
    d.paragraph("Title", &[Run::plain(&title(spec))]);
    for row in detail_rows(assessment, framework) {
        d.paragraph("", &[Run::bold(&format!("{}: ", row.label)), Run::plain(&row.value)]);
    }
    summary(&mut d, &r);
    d.heading(1, BY_SECTION);
    let rows: Vec<Vec<String>> = r.sections.iter().map(|s| section_row(s).to_vec()).collect();
    d.table("Results by section", &SECTION_COLUMNS.map(String::from), &rows);
    gaps(&mut d, &r, framework);
    silent_on(&mut d, framework, &spec.clauses(), fold);
    d.heading(1, TIMESCALES);
    for f in timescale_findings(&framework.timescale_rules, &spec.dates) {
        let status = format!(" ({}): ", f.status.label());
        d.paragraph("", &[Run::bold(f.rule.label()), Run::plain(&status), Run::plain(&f.message)]);
    }
    let found = contradictions(framework, &spec.dates, &assessment.responses);
    if !found.is_empty() {
        d.heading(1, CONTRADICTIONS);
        d.paragraph("", &[Run::plain(CONTRADICTIONS_LEAD)]);
        for c in &found {
            d.paragraph("ListParagraph", &[Run::plain(&contradiction_sentence(c, framework))]);
        }
    }
    d.heading(1, INSUFFICIENT);
    let listed = insufficient_criteria(&r, framework);
    d.paragraph("", &[Run::plain(&insufficient_sentence(listed.len()))]);
    for (criterion, section) in &listed {
        d.paragraph("ListParagraph", &[Run::bold(criterion), Run::plain(&format!(", {section}"))]);
    }
    if let Some(provenance) = &assessment.provenance {
        workshop(&mut d, assessment, provenance, framework);
    }
    answers(&mut d, assessment, framework);
    d.finish()
}

fn summary(d: &mut Body, r: &Results) {
    d.heading(1, SUMMARY);
    match (r.overall, r.band) {
        (Some(overall), Some(band)) => d.paragraph(
            "",
            &[
                Run::plain("Overall "),
                Run::bold(&format_percent(overall)),
                Run::plain(", band "),
                Run::bold(band.label()),
                Run::plain("."),
            ],
        ),
        _ => d.paragraph("", &[Run::plain(NO_ANSWERS)]),
    }
    d.paragraph("", &[Run::plain(&coverage_sentence(r))]);
    if let Some(provisional) = provisional_sentence(r) {
        d.paragraph("", &[Run::italic(&provisional)]);
    }
    if let Some(cap) = cap_sentence(r) {
        d.paragraph("Quote", &[Run::bold(&format!("{CRITICAL}: ")), Run::plain(&cap)]);
    }
}

fn gaps(d: &mut Body, r: &Results, framework: &Framework) {
    d.heading(1, GAPS);
    if r.gaps.is_empty() {
        d.paragraph("", &[Run::plain(NO_GAPS)]);
    }
    for (rank, gap) in r.gaps.iter().enumerate() {
        let rest =
            format!("{}, {}: {}", critical_mark(gap.critical), gap.section_title, gap_answer(gap, framework));
        d.paragraph(
            "ListParagraph",
            &[Run::plain(&format!("{}. ", rank + 1)), Run::bold(&gap.criterion_title), Run::plain(&rest)],
        );
    }
}

fn silent_on(d: &mut Body, framework: &Framework, clauses: &[Clause], fold: &dyn Fold) {
    let found = silences(framework, clauses, fold);
    d.heading(1, SILENT_ON);
    d.paragraph("", &[Run::plain(&silence_lead(found.len(), !clauses.is_empty()))]);
    for silence in &found {
        d.paragraph("ListParagraph", &[Run::plain(&silence_sentence(silence, framework))]);
    }
}

fn workshop(d: &mut Body, assessment: &Assessment, provenance: &Provenance, framework: &Framework) {
    d.heading(1, WORKSHOP);
    if let Some(present) = participants_sentence(provenance) {
        d.paragraph("", &[Run::plain(&present)]);
    }
    d.paragraph("", &[Run::plain(WORKSHOP_KEY)]);
    let rows = workshop_rows(assessment, provenance, framework);
    d.table("Agreed and individual answers", &workshop_columns(provenance), &rows);
}

fn answers(d: &mut Body, assessment: &Assessment, framework: &Framework) {
    d.heading(1, EVERY_CRITERION);
    let citations = assessment.specification.citations();
    for section in &framework.sections {
        d.heading(2, &section.title);
        for criterion in &section.criteria {
            d.heading(3, &criterion.title);
            let response = assessment.responses.get(&criterion.id);
            let answer = answer_text(response.map(|r| &r.answer), framework);
            d.paragraph("", &[Run::bold("Answer: "), Run::plain(&answer)]);
            let Some(r) = response else { continue };
            if !r.rationale.trim().is_empty() {
                d.paragraph("", &[Run::plain(r.rationale.trim())]);
            }
            for e in &r.evidence {
                let cite = format!("{}: ", evidence_citation(e, &citations));
                d.paragraph("Quote", &[Run::bold(&cite), Run::plain(e.quote.trim())]);
            }
        }
    }
}

// ---- WordprocessingML ---------------------------------------------------------------------

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A4 with 2.54 cm margins: the text is this many twentieths of a point wide.
const TEXT_WIDTH: u32 = 11906 - 2 * 1440;

#[derive(Clone, Copy)]
struct Run<'a> {
    text: &'a str,
    bold: bool,
    italic: bool,
}

impl<'a> Run<'a> {
    fn plain(text: &'a str) -> Self {
        Run { text, bold: false, italic: false }
    }
    fn bold(text: &'a str) -> Self {
        Run { text, bold: true, italic: false }
    }
    fn italic(text: &'a str) -> Self {
        Run { text, bold: false, italic: true }
    }
}

#[derive(Default)]
struct Body {
    xml: String,
}

impl Body {
    fn heading(&mut self, level: u8, text: &str) {
        self.paragraph(&format!("Heading{level}"), &[Run::plain(text)]);
    }

    /// A paragraph in `style` ("" for Normal).
    fn paragraph(&mut self, style: &str, runs: &[Run]) {
        self.paragraph_with(style, "", runs);
    }

    fn paragraph_with(&mut self, style: &str, jc: &str, runs: &[Run]) {
        self.xml.push_str("<w:p>");
        if !style.is_empty() || !jc.is_empty() {
            self.xml.push_str("<w:pPr>");
            if !style.is_empty() {
                self.xml.push_str(&format!("<w:pStyle w:val=\"{style}\"/>"));
            }
            if !jc.is_empty() {
                self.xml.push_str(&format!("<w:jc w:val=\"{jc}\"/>"));
            }
            self.xml.push_str("</w:pPr>");
        }
        for run in runs {
            write_run(&mut self.xml, run);
        }
        self.xml.push_str("</w:p>");
    }

    /// A table in the Report Table style whose first row is a header repeated on every page. The
    /// first column is text; the others are figures, set to the right.
    fn table(&mut self, caption: &str, header: &[String], rows: &[Vec<String>]) {
        let columns = header.len().max(1) as u32;
        let first = if columns == 1 { TEXT_WIDTH } else { TEXT_WIDTH * 2 / 5 };
        let other = if columns == 1 { 0 } else { (TEXT_WIDTH - first) / (columns - 1) };
        self.xml.push_str(&format!(
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>\
             <w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" \
             w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/><w:tblCaption w:val=\"{}\"/></w:tblPr><w:tblGrid>",
            escape(caption)
        ));
        for i in 0..columns {
            let width = if i == 0 { first } else { other };
            self.xml.push_str(&format!("<w:gridCol w:w=\"{width}\"/>"));
        }
        self.xml.push_str("</w:tblGrid>");
        self.row(header, true);
        for row in rows {
            self.row(row, false);
        }
        self.xml.push_str("</w:tbl>");
        // Word needs a paragraph between a table and what follows it.
        self.paragraph("", &[]);
    }

    fn row(&mut self, cells: &[String], header: bool) {
        self.xml.push_str("<w:tr>");
        if header {
            self.xml.push_str("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
        } else {
            self.xml.push_str("<w:trPr><w:cantSplit/></w:trPr>");
        }
        for (i, cell) in cells.iter().enumerate() {
            self.xml.push_str("<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/>");
            if header {
                self.xml.push_str("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/>");
            }
            self.xml.push_str("</w:tcPr>");
            let jc = if i == 0 { "" } else { "right" };
            let run = Run { text: cell, bold: header, italic: false };
            self.paragraph_with("", jc, &[run]);
            self.xml.push_str("</w:tc>");
        }
        self.xml.push_str("</w:tr>");
    }

    fn finish(self) -> String {
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
             <w:document xmlns:w=\"{W_NS}\"><w:body>{}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
             <w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"708\" \
             w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>",
            self.xml
        )
    }
}

/// One run of text: tabs become `w:tab`, line breaks (`\n`, `\r\n`, `\r`, U+2028) `w:br`.
fn write_run(out: &mut String, run: &Run) {
    out.push_str("<w:r>");
    if run.bold || run.italic {
        out.push_str("<w:rPr>");
        if run.bold {
            out.push_str("<w:b/>");
        }
        if run.italic {
            out.push_str("<w:i/>");
        }
        out.push_str("</w:rPr>");
    }
    let text = run.text.replace("\r\n", "\n").replace(['\r', '\u{2028}'], "\n");
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<w:br/>");
        }
        for (j, piece) in line.split('\t').enumerate() {
            if j > 0 {
                out.push_str("<w:tab/>");
            }
            if !piece.is_empty() {
                out.push_str("<w:t xml:space=\"preserve\">");
                out.push_str(&escape(piece));
                out.push_str("</w:t>");
            }
        }
    }
    out.push_str("</w:r>");
}

/// Text for XML content or an attribute value: markup characters escaped, and the characters
/// XML 1.0 forbids (controls other than tab, line feed and carriage return; U+FFFE, U+FFFF)
/// dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(ch),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

// ---- the package's other parts ------------------------------------------------------------

fn core_properties(assessment: &Assessment) -> String {
    // Written by hand: chrono's pattern interpreter costs the wasm several kilobytes.
    let at = assessment.updated_at;
    let when = format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        at.year(),
        at.month(),
        at.day(),
        at.hour(),
        at.minute(),
        at.second().min(59)
    );
    let creator = match assessment.assessor.trim() {
        "" => String::new(),
        name => format!("<dc:creator>{}</dc:creator>", escape(name)),
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{}</dc:title>{creator}<dc:language>en-GB</dc:language>\
         <dcterms:created xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:created>\
         <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:modified></cp:coreProperties>",
        escape(&title(&assessment.specification))
    )
}

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" \
ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" \
ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
<Override PartName=\"/docProps/core.xml\" \
ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
</Types>";

const PACKAGE_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" \
Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" \
Target=\"word/document.xml\"/>\
<Relationship Id=\"rId2\" \
Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" \
Target=\"docProps/core.xml\"/>\
</Relationships>";

const DOCUMENT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" \
Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
</Relationships>";

/// Word's built-in style names ("heading 1", "Title", "Quote"), so that Word treats them as its
/// own: the navigation pane, the table of contents and screen readers find the headings.
const STYLES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:docDefaults><w:rPrDefault><w:rPr>\
<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" w:cs=\"Arial\"/>\
<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"en-GB\" w:eastAsia=\"en-GB\" w:bidi=\"ar-SA\"/>\
</w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>\
</w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>\
<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:after=\"240\"/></w:pPr>\
<w:rPr><w:b/><w:bCs/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>\
<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"360\" w:after=\"120\"/>\
<w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/>\
<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"280\" w:after=\"120\"/>\
<w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/><w:basedOn w:val=\"Normal\"/>\
<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"200\" w:after=\"80\"/>\
<w:outlineLvl w:val=\"2\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Quote\"><w:name w:val=\"Quote\"/><w:basedOn w:val=\"Normal\"/>\
<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>\
<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"8\" w:color=\"808080\"/></w:pBdr>\
<w:ind w:left=\"567\" w:right=\"567\"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val=\"404040\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/>\
<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:ind w:left=\"567\" w:hanging=\"567\"/></w:pPr></w:style>\
<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>\
<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>\
<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>\
<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\
<w:style w:type=\"table\" w:styleId=\"ReportTable\"><w:name w:val=\"Report Table\"/>\
<w:basedOn w:val=\"TableNormal\"/><w:pPr><w:spacing w:before=\"40\" w:after=\"40\"/></w:pPr><w:tblPr><w:tblBorders>\
<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>\
<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>\
<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>\
<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>\
<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>\
<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>\
</w:tblBorders></w:tblPr>\
<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/></w:rPr>\
<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/></w:tcPr></w:tblStylePr></w:style>\
</w:styles>";
