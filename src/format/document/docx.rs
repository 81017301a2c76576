//! Word (.docx, .docm) documents: word/document.xml read in order, with headings from paragraph
//! styles and labels computed from Word's automatic numbering.
//!
//! Choices: tables give one clause per row (cells joined with " | ", nested tables inside a cell
//! joined with "; "); tracked changes are read as accepted; footnotes and endnotes are kept as
//! clauses at the end ("Footnote 1"), since obligations are sometimes written there; text boxes
//! and images are left out (images are counted); headers and footers live in their own parts and
//! are never read. A table of contents (a content control Word marks as one) is skipped, as it
//! repeats the headings.

mod numbering;
mod xml;

pub use numbering::numeral;

use std::collections::HashMap;

use roxmltree::Node;

use self::numbering::{on, Numbering};
use self::xml::{attr, child, is_w, parse, val};
use super::zip::Package;
use super::{package_warnings, Damage, Extracted, ReadError};
use crate::domain::document::{Paragraph, Role};

/// Reads a Word package.
pub fn read(bytes: &[u8]) -> Result<Extracted, ReadError> {
    let mut package = Package::open(bytes)?;
    let main = main_part(&mut package)?;
    let parts = related_parts(&mut package, &main)?;
    let document_text = package.require_text(&main)?;
    let styles_text = read_part(&mut package, &parts, "styles")?;
    let numbering_text = read_part(&mut package, &parts, "numbering")?;
    let footnotes_text = read_part(&mut package, &parts, "footnotes")?;
    let endnotes_text = read_part(&mut package, &parts, "endnotes")?;

    let styles = match &styles_text {
        Some(text) => Styles::parse(parse("word/styles.xml", text)?.root_element()),
        None => Styles::default(),
    };
    let numbering = match &numbering_text {
        Some(text) => Numbering::parse(
            parse("word/numbering.xml", text)?.root_element(),
            styles.numbering_styles.clone(),
        ),
        None => Numbering::default(),
    };
    let document = parse("word/document.xml", &document_text)?;
    let body = child(&document.root_element(), "body").ok_or(ReadError::Damaged(Damage::WordNoBody))?;

    let mut reader = Reader { styles: &styles, numbering, images: 0, tracked: false };
    let pieces = reader.blocks(body, 0);
    let mut extracted = Extracted { paragraphs: into_paragraphs(pieces), ..Extracted::default() };

    let mut notes = 0;
    for (text, kind, name) in
        [(&footnotes_text, "footnote", "Footnote"), (&endnotes_text, "endnote", "Endnote")]
    {
        if let Some(text) = text {
            let doc = parse(&format!("word/{kind}s.xml"), text)?;
            // Numbered in order, as Word numbers notes by default.
            for (i, note) in reader.notes(doc.root_element(), kind).iter().enumerate() {
                notes += 1;
                extracted.paragraphs.push(Paragraph::body(&format!("{name} {}", i + 1), note));
            }
        }
    }
    let macros = package.has("word/vbaProject.bin");
    extracted.warnings.extend(package_warnings(macros, reader.tracked, reader.images, notes));
    Ok(extracted)
}

/// The main document part, as the package's relationships name it (word/document.xml in
/// practice, but a package may put it elsewhere).
fn main_part(package: &mut Package) -> Result<String, ReadError> {
    let targets = relationships(package, "_rels/.rels", "")?;
    Ok(targets
        .into_iter()
        .find(|(kind, _)| kind == "officeDocument")
        .map(|(_, target)| target)
        .filter(|target| package.has(target))
        .unwrap_or_else(|| "word/document.xml".to_string()))
}

/// The main part's related parts by kind ("styles", "numbering", "footnotes", "endnotes").
fn related_parts(package: &mut Package, main: &str) -> Result<HashMap<String, String>, ReadError> {
    let (dir, file) = main.rsplit_once('/').unwrap_or(("", main));
    let rels = if dir.is_empty() { format!("_rels/{file}.rels") } else { format!("{dir}/_rels/{file}.rels") };
    Ok(relationships(package, &rels, dir)?.into_iter().collect())
}

fn read_part(
    package: &mut Package,
    parts: &HashMap<String, String>,
    kind: &str,
) -> Result<Option<String>, ReadError> {
    let fallback = format!("word/{kind}.xml");
    let name = parts.get(kind).map_or(fallback.as_str(), String::as_str);
    package.read_text(name)
}

/// (kind, package path) for each relationship in a .rels part; the kind is the last segment of
/// the relationship type URI. Missing .rels parts give none.
fn relationships(package: &mut Package, rels: &str, base: &str) -> Result<Vec<(String, String)>, ReadError> {
    let Some(text) = package.read_text(rels)? else { return Ok(Vec::new()) };
    let doc = parse(rels, &text)?;
    Ok(doc
        .root_element()
        .children()
        .filter(|n| n.is_element() && n.tag_name().name() == "Relationship")
        .filter(|n| n.attribute("TargetMode") != Some("External"))
        .filter_map(|n| {
            let kind = n.attribute("Type")?.rsplit('/').next()?.to_string();
            Some((kind, resolve(base, n.attribute("Target")?)))
        })
        .collect())
}

/// A relationship target relative to its source's folder, as a package path.
fn resolve(base: &str, target: &str) -> String {
    if let Some(absolute) = target.strip_prefix('/') {
        return absolute.to_string();
    }
    let mut parts: Vec<&str> = base.split('/').filter(|s| !s.is_empty()).collect();
    for segment in target.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

/// What a paragraph style contributes: its parent, heading level and linked numbering.
#[derive(Clone, Debug, Default)]
struct Style {
    based_on: Option<String>,
    /// `w:outlineLvl` (0-based; 9 is body text).
    outline: Option<u8>,
    /// The level a built-in heading style's name says ("heading 2").
    named_heading: Option<u8>,
    num_id: Option<String>,
    ilvl: Option<u8>,
    /// A table-of-contents entry style ("TOC 1", "Contents 1").
    toc: bool,
}

#[derive(Default)]
struct Styles {
    paragraph: HashMap<String, Style>,
    default_paragraph: Option<String>,
    /// Numbering styles and the numbering instance each names.
    numbering_styles: HashMap<String, String>,
}

/// Style chains are short; a longer one is a loop in a hostile file.
const MAX_STYLE_DEPTH: usize = 16;

impl Styles {
    fn parse(root: Node) -> Self {
        let mut styles = Styles::default();
        for node in root.children().filter(|n| is_w(n, "style")) {
            let Some(id) = attr(&node, "styleId") else { continue };
            let p_pr = child(&node, "pPr");
            let num_pr = p_pr.and_then(|p| child(&p, "numPr"));
            let num_id = num_pr.and_then(|n| child(&n, "numId")).and_then(|n| val(&n)).map(str::to_string);
            match attr(&node, "type") {
                Some("numbering") => {
                    if let Some(num_id) = num_id {
                        styles.numbering_styles.insert(id.to_string(), num_id);
                    }
                }
                Some("paragraph") | None => {
                    let name = child(&node, "name").and_then(|n| val(&n)).unwrap_or(id);
                    if attr(&node, "default").is_some_and(|d| matches!(d, "1" | "true" | "on")) {
                        styles.default_paragraph = Some(id.to_string());
                    }
                    let style = Style {
                        based_on: child(&node, "basedOn").and_then(|n| val(&n)).map(str::to_string),
                        outline: p_pr.and_then(|p| outline_level(&p)),
                        named_heading: heading_from_name(name).or_else(|| heading_from_name(id)),
                        num_id,
                        ilvl: num_pr.and_then(|n| ilvl(&n)),
                        toc: is_toc_name(name) || is_toc_name(id),
                    };
                    styles.paragraph.insert(id.to_string(), style);
                }
                Some(_) => {}
            }
        }
        styles
    }

    /// The style and its ancestors, nearest first.
    fn chain<'s>(&'s self, id: Option<&'s str>) -> impl Iterator<Item = (&'s str, &'s Style)> + 's {
        let mut next = id.or(self.default_paragraph.as_deref());
        std::iter::from_fn(move || {
            let id = next?;
            let style = self.paragraph.get(id)?;
            next = style.based_on.as_deref();
            Some((id, style))
        })
        .take(MAX_STYLE_DEPTH)
    }
}

fn outline_level(p_pr: &Node) -> Option<u8> {
    child(p_pr, "outlineLvl").and_then(|n| val(&n)).and_then(|v| v.trim().parse().ok())
}

fn ilvl(num_pr: &Node) -> Option<u8> {
    child(num_pr, "ilvl").and_then(|n| val(&n)).and_then(|v| v.trim().parse().ok())
}

/// "heading 1".."heading 9" (Word's built-in names, any case, with or without the space).
fn heading_from_name(name: &str) -> Option<u8> {
    let lower = name.to_ascii_lowercase();
    let rest = lower.strip_prefix("heading")?.trim_start();
    rest.parse::<u8>().ok().filter(|n| (1..=9).contains(n))
}

fn is_toc_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase().replace(' ', "");
    ["toc", "contents"].iter().any(|p| {
        lower.strip_prefix(p).is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()))
    })
}

/// A block as read, before it becomes a paragraph (or part of a table cell). Shared with the
/// OpenDocument reader, which builds the same shapes.
pub(super) enum Piece {
    Paragraph { heading: Option<u8>, label: String, text: String },
    Row { label: String, text: String },
}

pub(super) fn into_paragraphs(pieces: Vec<Piece>) -> Vec<Paragraph> {
    pieces
        .into_iter()
        .filter_map(|piece| match piece {
            Piece::Paragraph { heading, label, text } => {
                let role = heading.map_or(Role::Body, Role::Heading);
                (!text.is_empty()).then_some(Paragraph { role, label, text, page: None })
            }
            Piece::Row { label, text } => (!text.is_empty()).then(|| Paragraph::body(&label, &text)),
        })
        .collect()
}

struct Reader<'s> {
    styles: &'s Styles,
    numbering: Numbering,
    images: u32,
    tracked: bool,
}

impl Reader<'_> {
    /// The block-level content of a body, cell or content control, in order.
    fn blocks(&mut self, parent: Node, depth: usize) -> Vec<Piece> {
        let mut pieces = Vec::new();
        self.blocks_into(parent, &mut pieces, depth);
        pieces
    }

    fn blocks_into(&mut self, parent: Node, pieces: &mut Vec<Piece>, depth: usize) {
        // Nesting this deep is not a document but an attack on the stack.
        if depth > 64 {
            return;
        }
        for node in parent.children().filter(Node::is_element) {
            let name = node.tag_name().name();
            if !is_w(&node, name) {
                if name == "AlternateContent" {
                    self.alternate(node, |r, n| r.blocks_into(n, pieces, depth + 1));
                }
                continue;
            }
            match name {
                "p" => {
                    if let Some(piece) = self.paragraph(node) {
                        pieces.push(piece);
                    }
                }
                "tbl" => self.table(node, pieces, depth),
                // A content control; one marked as a table of contents repeats the headings.
                "sdt" if !is_toc_control(&node) => {
                    if let Some(content) = child(&node, "sdtContent") {
                        self.blocks_into(content, pieces, depth + 1);
                    }
                }
                "del" | "moveFrom" => self.tracked = true,
                "ins" | "moveTo" | "customXml" | "smartTag" => self.blocks_into(node, pieces, depth + 1),
                _ => {}
            }
        }
    }

    /// mc:AlternateContent holds the same content twice (for new and old readers): read the
    /// first choice only.
    fn alternate(&mut self, node: Node, mut read: impl FnMut(&mut Self, Node)) {
        if let Some(first) = node.children().find(Node::is_element) {
            read(self, first);
        }
    }

    fn table(&mut self, table: Node, pieces: &mut Vec<Piece>, depth: usize) {
        for row in rows(table) {
            pieces.push(row_piece(cells_of(row).into_iter().map(|cell| self.blocks(cell, depth + 1))));
        }
    }

    /// A paragraph's label, text and heading level; None for a table-of-contents entry.
    fn paragraph(&mut self, p: Node) -> Option<Piece> {
        let p_pr = child(&p, "pPr");
        let style_id = p_pr.and_then(|p| child(&p, "pStyle")).and_then(|n| val(&n));
        if self.styles.chain(style_id).next().is_some_and(|(_, s)| s.toc) {
            return None;
        }
        if p_pr.and_then(|p| child(&p, "rPr")).is_some_and(|r| child(&r, "del").is_some()) {
            self.tracked = true;
        }
        let heading = self.heading_level(p_pr, style_id);
        let label = match self.numbering_of(p_pr, style_id) {
            Some((num_id, ilvl)) => self.numbering.next_label(&num_id, ilvl),
            None => String::new(),
        };
        let mut text = String::new();
        self.inline(p, &mut text, 0);
        Some(Piece::Paragraph { heading, label, text: normalise(&text) })
    }

    fn heading_level(&self, p_pr: Option<Node>, style_id: Option<&str>) -> Option<u8> {
        let direct = p_pr.and_then(|p| outline_level(&p));
        let from_style =
            || self.styles.chain(style_id).find_map(|(_, s)| s.outline.or(s.named_heading.map(|n| n - 1)));
        direct.or_else(from_style).filter(|l| *l < 9).map(|l| l + 1)
    }

    /// The numbering instance and level of a paragraph: its own w:numPr, or its style's (or an
    /// ancestor style's). numId 0 switches numbering off.
    fn numbering_of(&self, p_pr: Option<Node>, style_id: Option<&str>) -> Option<(String, u8)> {
        let num_pr = p_pr.and_then(|p| child(&p, "numPr"));
        let direct_ilvl = num_pr.and_then(|n| ilvl(&n));
        if let Some(num_id) = num_pr.and_then(|n| child(&n, "numId")).and_then(|n| val(&n)) {
            return (num_id.trim() != "0").then(|| (num_id.trim().to_string(), direct_ilvl.unwrap_or(0)));
        }
        let (_, style) = self.styles.chain(style_id).find(|(_, s)| s.num_id.is_some())?;
        let num_id = style.num_id.as_deref()?.trim();
        if num_id == "0" {
            return None;
        }
        // The level may be set nearer than the numbering: a "level 2" style based on a
        // numbered "level 1" style. Unset, it is 0, as in Word and LibreOffice (a w:pStyle link
        // from the list level back to the style does not set it).
        let nearest_ilvl = || self.styles.chain(style_id).find_map(|(_, s)| s.ilvl);
        let level = direct_ilvl.or_else(nearest_ilvl).unwrap_or(0);
        Some((num_id.to_string(), level))
    }

    /// Collects the text of runs, hyperlinks, fields and insertions, leaving out deletions,
    /// field codes, hidden text, images and text boxes.
    fn inline(&mut self, node: Node, out: &mut String, depth: usize) {
        if depth > 64 {
            return;
        }
        for n in node.children().filter(Node::is_element) {
            let name = n.tag_name().name();
            if !is_w(&n, name) {
                match name {
                    "AlternateContent" => self.alternate(n, |r, c| r.inline(c, out, depth + 1)),
                    // Equations (m:oMath) and other foreign wrappers: keep their text.
                    _ => self.inline(n, out, depth + 1),
                }
                continue;
            }
            match name {
                "t" => out.push_str(n.text().unwrap_or("")),
                "tab" | "br" | "cr" | "ptab" => out.push(' '),
                "noBreakHyphen" => out.push('-'),
                "r" => {
                    if !hidden(&n) {
                        self.inline(n, out, depth + 1);
                    }
                }
                "drawing" | "pict" | "object" => self.images += u32::from(name != "object"),
                "del" | "moveFrom" => self.tracked = true,
                "pPr" | "rPr" | "instrText" | "delText" | "delInstrText" | "footnoteReference"
                | "endnoteReference" | "commentReference" | "annotationRef" | "sdtPr" | "sdtEndPr"
                | "txbxContent" | "fldData" => {}
                // Runs' containers: hyperlinks, insertions, fields, content controls, smart tags.
                _ => self.inline(n, out, depth + 1),
            }
        }
    }

    /// The text of each footnote or endnote that is a real note (not Word's separators).
    fn notes(&mut self, root: Node, kind: &str) -> Vec<String> {
        root.children()
            .filter(|n| is_w(n, kind))
            .filter(|n| matches!(attr(n, "type"), None | Some("normal")))
            .map(|note| {
                let parts: Vec<String> = note
                    .children()
                    .filter(|p| is_w(p, "p"))
                    .map(|p| {
                        let mut text = String::new();
                        self.inline(p, &mut text, 0);
                        normalise(&text)
                    })
                    .filter(|t| !t.is_empty())
                    .collect();
                parts.join(" ")
            })
            .filter(|t| !t.is_empty())
            .collect()
    }
}

/// A table's rows, including rows wrapped in content controls or custom XML.
fn rows<'a, 'i>(table: Node<'a, 'i>) -> Vec<Node<'a, 'i>> {
    wrapped(table, "tr")
}

fn cells_of<'a, 'i>(row: Node<'a, 'i>) -> Vec<Node<'a, 'i>> {
    wrapped(row, "tc")
}

/// The children of this name, looking through w:sdt/w:sdtContent and w:customXml wrappers.
fn wrapped<'a, 'i>(parent: Node<'a, 'i>, name: &str) -> Vec<Node<'a, 'i>> {
    let mut out = Vec::new();
    for n in parent.children() {
        if is_w(&n, name) {
            out.push(n);
        } else if is_w(&n, "sdt") {
            if let Some(content) = child(&n, "sdtContent") {
                out.extend(content.children().filter(|c| is_w(c, name)));
            }
        } else if is_w(&n, "customXml") {
            out.extend(n.children().filter(|c| is_w(c, name)));
        }
    }
    out
}

/// A cell's paragraphs joined with spaces (each with its label), nested tables' rows with "; ".
/// `skip_first_label`: the first paragraph's label is the row's label.
/// One table row as one clause, from each cell's pieces: the cells' text joined by " | ", labelled
/// by the first cell's label (a numbered row), which is then not repeated in the text.
pub(super) fn row_piece(cells_pieces: impl Iterator<Item = Vec<Piece>>) -> Piece {
    let mut label = String::new();
    let mut cells = Vec::new();
    for cell_pieces in cells_pieces {
        if cells.is_empty() && label.is_empty() {
            if let Some(Piece::Paragraph { label: first, .. }) = cell_pieces.first() {
                label = first.clone();
            }
        }
        let text = cell_text(cell_pieces, cells.is_empty() && !label.is_empty());
        if !text.is_empty() {
            cells.push(text);
        }
    }
    Piece::Row { label, text: cells.join(" | ") }
}

pub(super) fn cell_text(pieces: Vec<Piece>, skip_first_label: bool) -> String {
    let mut parts = Vec::new();
    for (i, piece) in pieces.into_iter().enumerate() {
        let (label, text, separator) = match piece {
            Piece::Paragraph { label, text, .. } => (label, text, " "),
            Piece::Row { label, text } => (label, text, "; "),
        };
        if text.is_empty() {
            continue;
        }
        let label = if i == 0 && skip_first_label { String::new() } else { label };
        let joined = if label.is_empty() { text } else { format!("{label} {text}") };
        parts.push((joined, separator));
    }
    let mut out = String::new();
    for (i, (part, separator)) in parts.into_iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(&part);
    }
    out
}

/// A run whose properties hide it (w:vanish), as Word does not show it.
fn hidden(run: &Node) -> bool {
    child(run, "rPr").and_then(|r| child(&r, "vanish")).is_some_and(|v| on(&v))
}

/// A content control Word marks as a table of contents.
fn is_toc_control(sdt: &Node) -> bool {
    child(sdt, "sdtPr")
        .and_then(|p| child(&p, "docPartObj"))
        .and_then(|d| child(&d, "docPartGallery"))
        .and_then(|g| val(&g))
        .is_some_and(|v| v.eq_ignore_ascii_case("Table of Contents"))
}

/// Runs of whitespace (tabs, breaks, spaces between runs) become one space.
pub(super) fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
