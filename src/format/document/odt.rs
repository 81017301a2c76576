//! OpenDocument (.odt) documents: content.xml read in order, with labels computed from list
//! styles and the outline numbering, as LibreOffice shows them.
//!
//! Same choices as the Word reader: one clause per table row, notes kept as clauses at the end,
//! tracked deletions left out (OpenDocument keeps them outside the text already), images counted
//! and text boxes left out, indexes (a table of contents) skipped. Headers and footers live in
//! styles.xml's master pages and are never read.

use std::collections::HashMap;

use roxmltree::{Document, Node, ParsingOptions};

use super::docx::{into_paragraphs, normalise, row_piece, Piece};
use super::zip::Package;
use super::{package_warnings, Damage, Extracted, ReadError, Unsupported};
use crate::domain::document::Paragraph;

const TEXT: &str = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const STYLE: &str = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
const TABLE: &str = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const OFFICE: &str = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const DRAW: &str = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
const LOEXT: &str = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0";
const XML: &str = "http://www.w3.org/XML/1998/namespace";

/// OpenDocument lists have ten levels.
const LEVELS: usize = 10;

/// Nesting deeper than this is an attack on the stack, not a document.
const MAX_DEPTH: usize = 64;

/// Reads an OpenDocument text package.
pub fn read(bytes: &[u8]) -> Result<Extracted, ReadError> {
    let mut package = Package::open(bytes)?;
    if let Some(manifest) = package.read_text("META-INF/manifest.xml")? {
        if manifest.contains("encryption-data") {
            return Err(ReadError::Unsupported(Unsupported::PasswordProtected));
        }
    }
    let content_text = package.require_text("content.xml")?;
    let styles_text = package.read_text("styles.xml")?;
    let content = parse("content.xml", &content_text)?;
    let styles_doc = styles_text.as_deref().map(|t| parse("styles.xml", t)).transpose()?;

    let mut styles = Styles::default();
    if let Some(doc) = &styles_doc {
        styles.add(doc.root_element());
    }
    styles.add(content.root_element());

    let text = element(&content.root_element(), OFFICE, "body")
        .and_then(|body| element(&body, OFFICE, "text"))
        .ok_or(ReadError::Damaged(Damage::OdtNoBody))?;
    let mut reader = Reader::new(&styles);
    let mut pieces = Vec::new();
    reader.blocks(text, &mut pieces, 0);

    let mut extracted = Extracted { paragraphs: into_paragraphs(pieces), ..Extracted::default() };
    let note_count = reader.notes.len() as u32;
    let mut numbers: HashMap<&str, usize> = HashMap::new();
    for (class, note) in &reader.notes {
        let name = if class == "endnote" { "Endnote" } else { "Footnote" };
        let n = numbers.entry(name).or_insert(0);
        *n += 1;
        extracted.paragraphs.push(Paragraph::body(&format!("{name} {n}"), note));
    }
    extracted.warnings.extend(package_warnings(false, reader.tracked, reader.images, note_count));
    Ok(extracted)
}

fn parse<'a>(name: &str, text: &'a str) -> Result<Document<'a>, ReadError> {
    Document::parse_with_options(text, ParsingOptions { allow_dtd: false, ..ParsingOptions::default() })
        .map_err(|e| ReadError::Damaged(Damage::NotXml { part: name.into(), detail: e.to_string() }))
}

fn is(node: &Node, ns: &str, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name && node.tag_name().namespace() == Some(ns)
}

fn element<'a, 'i>(node: &Node<'a, 'i>, ns: &str, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|n| is(n, ns, name))
}

fn attr<'a>(node: &Node<'a, '_>, ns: &str, name: &str) -> Option<&'a str> {
    node.attribute((ns, name))
}

/// How one list level shows its number.
#[derive(Clone, Debug, Default)]
struct LevelStyle {
    /// "1", "a", "A", "i", "I"; empty for no number; None for a bullet or image level.
    format: Option<String>,
    prefix: String,
    suffix: String,
    display_levels: usize,
    start: i64,
    /// LibreOffice's own pattern ("%1%.%2%"), which says exactly what it shows.
    pattern: Option<String>,
    /// "aa, bb" rather than "aa, ab" after "z".
    letter_sync: bool,
}

type ListStyle = Vec<LevelStyle>;

#[derive(Default)]
struct Styles {
    lists: HashMap<String, ListStyle>,
    outline: ListStyle,
    /// Paragraph styles: parent and linked list style.
    paragraphs: HashMap<String, (Option<String>, Option<String>)>,
}

impl Styles {
    /// Adds the list, outline and paragraph styles of styles.xml or content.xml (its automatic
    /// styles); content.xml comes second, and its names win.
    fn add(&mut self, root: Node) {
        for section in root.children().filter(|n| {
            is(n, OFFICE, "styles") || is(n, OFFICE, "automatic-styles") || is(n, OFFICE, "master-styles")
        }) {
            for node in section.children().filter(Node::is_element) {
                if is(&node, TEXT, "list-style") {
                    if let Some(name) = attr(&node, STYLE, "name") {
                        self.lists.insert(name.to_string(), list_style(node));
                    }
                } else if is(&node, TEXT, "outline-style") {
                    self.outline = list_style(node);
                } else if is(&node, STYLE, "style") && attr(&node, STYLE, "family") == Some("paragraph") {
                    if let Some(name) = attr(&node, STYLE, "name") {
                        let parent = attr(&node, STYLE, "parent-style-name").map(str::to_string);
                        let list = attr(&node, STYLE, "list-style-name").map(str::to_string);
                        self.paragraphs.insert(name.to_string(), (parent, list));
                    }
                }
            }
        }
    }

    /// The list style a paragraph style links to, through its parents.
    fn list_of_paragraph(&self, style: Option<&str>) -> Option<&str> {
        let mut next = style;
        for _ in 0..16 {
            let (parent, list) = self.paragraphs.get(next?)?;
            if let Some(list) = list.as_deref().filter(|l| !l.is_empty()) {
                return Some(list);
            }
            next = parent.as_deref();
        }
        None
    }
}

fn list_style(node: Node) -> ListStyle {
    let mut levels = vec![LevelStyle::default(); LEVELS];
    for level in node.children().filter(Node::is_element) {
        let Some(index) = attr(&level, TEXT, "level")
            .and_then(|l| l.trim().parse::<usize>().ok())
            .and_then(|l| l.checked_sub(1))
            .filter(|l| *l < LEVELS)
        else {
            continue;
        };
        let numbered = is(&level, TEXT, "list-level-style-number") || is(&level, TEXT, "outline-level-style");
        let parsed = LevelStyle {
            format: numbered.then(|| attr(&level, STYLE, "num-format").unwrap_or("").to_string()),
            prefix: attr(&level, STYLE, "num-prefix").unwrap_or("").to_string(),
            suffix: attr(&level, STYLE, "num-suffix").unwrap_or("").to_string(),
            display_levels: attr(&level, TEXT, "display-levels")
                .and_then(|d| d.trim().parse().ok())
                .unwrap_or(1),
            start: attr(&level, TEXT, "start-value").and_then(|s| s.trim().parse().ok()).unwrap_or(1),
            pattern: attr(&level, LOEXT, "num-list-format").map(str::to_string),
            letter_sync: attr(&level, STYLE, "num-letter-sync") == Some("true"),
        };
        if let Some(slot) = levels.get_mut(index) {
            *slot = parsed;
        }
    }
    levels
}

/// The counters of one list (a text:list and those that continue it).
type Counters = [Option<i64>; LEVELS];

/// Where a paragraph sits in a list.
#[derive(Clone)]
struct ListContext {
    instance: usize,
    style: Option<String>,
    /// 0-based level.
    level: usize,
}

struct Reader<'s> {
    styles: &'s Styles,
    lists: Vec<Counters>,
    /// Lists by xml:id, for text:continue-list.
    list_ids: HashMap<String, usize>,
    /// The last list of each style, for text:continue-numbering.
    last_of_style: HashMap<String, usize>,
    outline: Counters,
    notes: Vec<(String, String)>,
    images: u32,
    tracked: bool,
}

impl<'s> Reader<'s> {
    fn new(styles: &'s Styles) -> Self {
        Reader {
            styles,
            lists: Vec::new(),
            list_ids: HashMap::new(),
            last_of_style: HashMap::new(),
            outline: [None; LEVELS],
            notes: Vec::new(),
            images: 0,
            tracked: false,
        }
    }

    fn blocks(&mut self, parent: Node, pieces: &mut Vec<Piece>, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        for node in parent.children().filter(Node::is_element) {
            let (ns, name) = (node.tag_name().namespace(), node.tag_name().name());
            match (ns, name) {
                (Some(TEXT), "p") => pieces.push(self.paragraph(node, None)),
                (Some(TEXT), "h") => pieces.push(self.heading(node, None, false)),
                (Some(TEXT), "list") => {
                    let context = self.new_list(node);
                    self.list(node, context, pieces, depth + 1);
                }
                (Some(TABLE), "table") => self.table(node, pieces, depth + 1),
                (Some(TEXT), "section")
                | (Some(TEXT), "numbered-paragraph")
                | (Some(TEXT), "change-start")
                | (Some(TEXT), "change-end") => self.blocks(node, pieces, depth + 1),
                (Some(TEXT), "tracked-changes") => {
                    self.tracked |= node.descendants().any(|d| is(&d, TEXT, "deletion"));
                }
                (Some(DRAW), "frame") => self.frame(node),
                _ => {}
            }
        }
    }

    /// A top-level list: a new one, or one that continues an earlier list.
    fn new_list(&mut self, list: Node) -> ListContext {
        let style = attr(&list, TEXT, "style-name")
            .map(str::to_string)
            .or_else(|| self.first_paragraph_list_style(list));
        let continued =
            attr(&list, TEXT, "continue-list").and_then(|id| self.list_ids.get(id).copied()).or_else(|| {
                let continues = attr(&list, TEXT, "continue-numbering") == Some("true");
                continues.then(|| style.as_ref().and_then(|s| self.last_of_style.get(s).copied())).flatten()
            });
        let instance = continued.unwrap_or_else(|| {
            self.lists.push([None; LEVELS]);
            self.lists.len() - 1
        });
        if let Some(id) = attr(&list, XML, "id") {
            self.list_ids.insert(id.to_string(), instance);
        }
        if let Some(style) = &style {
            self.last_of_style.insert(style.clone(), instance);
        }
        ListContext { instance, style, level: 0 }
    }

    /// A list with no style of its own takes the one linked from its paragraphs' style.
    fn first_paragraph_list_style(&self, list: Node) -> Option<String> {
        let paragraph = list.descendants().find(|n| is(n, TEXT, "p") || is(n, TEXT, "h"))?;
        self.styles.list_of_paragraph(attr(&paragraph, TEXT, "style-name")).map(str::to_string)
    }

    fn list(&mut self, list: Node, context: ListContext, pieces: &mut Vec<Piece>, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        for item in list.children().filter(Node::is_element) {
            let header = is(&item, TEXT, "list-header");
            if !header && !is(&item, TEXT, "list-item") {
                continue;
            }
            let start = attr(&item, TEXT, "start-value").and_then(|s| s.trim().parse::<i64>().ok());
            // Only an item's first paragraph carries its number; a list header carries none.
            let mut numbered = header;
            for node in item.children().filter(Node::is_element) {
                if is(&node, TEXT, "p") || is(&node, TEXT, "h") {
                    let label = if numbered { None } else { Some(self.list_label(&context, start)) };
                    numbered = true;
                    let piece = if is(&node, TEXT, "h") {
                        self.heading(node, label, true)
                    } else {
                        self.paragraph(node, label)
                    };
                    pieces.push(piece);
                } else if is(&node, TEXT, "list") {
                    let inner = ListContext { level: (context.level + 1).min(LEVELS - 1), ..context.clone() };
                    self.list(node, inner, pieces, depth + 1);
                } else {
                    self.blocks_one(node, pieces, depth + 1);
                }
            }
        }
    }

    /// Other block content inside a list item (a table, a section).
    fn blocks_one(&mut self, node: Node, pieces: &mut Vec<Piece>, depth: usize) {
        if is(&node, TABLE, "table") {
            self.table(node, pieces, depth);
        } else if is(&node, TEXT, "section") {
            self.blocks(node, pieces, depth);
        }
    }

    /// Counts one more item at the context's level and gives its label.
    fn list_label(&mut self, context: &ListContext, start: Option<i64>) -> String {
        let levels = context.style.as_deref().and_then(|s| self.styles.lists.get(s));
        let Some(counters) = self.lists.get_mut(context.instance) else { return String::new() };
        let default = ListStyle::new();
        let levels = levels.unwrap_or(&default);
        advance(counters, levels, context.level, start);
        label(counters, levels, context.level)
    }

    fn paragraph(&mut self, p: Node, label: Option<String>) -> Piece {
        let mut text = String::new();
        self.inline(p, &mut text, 0);
        Piece::Paragraph { heading: None, label: label.unwrap_or_default(), text: normalise(&text) }
    }

    /// A heading: numbered by the list it is in, or else by the outline numbering.
    fn heading(&mut self, h: Node, label: Option<String>, in_list: bool) -> Piece {
        let level = attr(&h, TEXT, "outline-level")
            .and_then(|l| l.trim().parse::<usize>().ok())
            .unwrap_or(1)
            .clamp(1, LEVELS);
        let label = match label {
            Some(label) => label,
            None if in_list => String::new(),
            None => self.outline_label(h, level - 1),
        };
        let mut text = String::new();
        self.inline(h, &mut text, 0);
        Piece::Paragraph { heading: Some(level as u8), label, text: normalise(&text) }
    }

    fn outline_label(&mut self, h: Node, level: usize) -> String {
        if attr(&h, TEXT, "is-list-header") == Some("true") {
            return String::new();
        }
        let start = (attr(&h, TEXT, "restart-numbering") == Some("true"))
            .then(|| attr(&h, TEXT, "start-value").and_then(|s| s.trim().parse().ok()).unwrap_or(1));
        advance(&mut self.outline, &self.styles.outline, level, start);
        label(&self.outline, &self.styles.outline, level)
    }

    fn table(&mut self, table: Node, pieces: &mut Vec<Piece>, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        for row in rows(table) {
            let cells = row.children().filter(|c| is(c, TABLE, "table-cell")).map(|cell| {
                let mut cell_pieces = Vec::new();
                self.blocks(cell, &mut cell_pieces, depth + 1);
                cell_pieces
            });
            pieces.push(row_piece(cells));
        }
    }

    /// The text of spans, links and fields; spaces, tabs and line breaks as one space. Notes go
    /// to the end, images are counted, and the rest (text boxes, comments, rendered list
    /// numbers, deleted text) is left out.
    fn inline(&mut self, node: Node, out: &mut String, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        for n in node.children() {
            if n.is_text() {
                out.push_str(n.text().unwrap_or(""));
                continue;
            }
            if !n.is_element() {
                continue;
            }
            match (n.tag_name().namespace(), n.tag_name().name()) {
                (Some(TEXT), "s" | "tab" | "line-break") => out.push(' '),
                (Some(TEXT), "note") => self.note(n),
                (Some(DRAW), "frame") => self.frame(n),
                (Some(DRAW), "a") => self.inline(n, out, depth + 1),
                (Some(DRAW), _)
                | (Some(OFFICE), "annotation")
                | (Some(TEXT), "number")
                | (Some(TEXT), "ruby-text")
                | (Some(TEXT), "tracked-changes") => {}
                _ => self.inline(n, out, depth + 1),
            }
        }
    }

    fn note(&mut self, note: Node) {
        let class = attr(&note, TEXT, "note-class").unwrap_or("footnote").to_string();
        let Some(body) = element(&note, TEXT, "note-body") else { return };
        let mut parts = Vec::new();
        for p in body.descendants().filter(|d| is(d, TEXT, "p") || is(d, TEXT, "h")) {
            let mut text = String::new();
            self.inline(p, &mut text, MAX_DEPTH - 4);
            let text = normalise(&text);
            if !text.is_empty() {
                parts.push(text);
            }
        }
        if !parts.is_empty() {
            self.notes.push((class, parts.join(" ")));
        }
    }

    fn frame(&mut self, frame: Node) {
        if frame.children().any(|c| is(&c, DRAW, "image")) {
            self.images += 1;
        }
    }
}

/// A table's rows, through header rows, row groups and row containers.
fn rows<'a, 'i>(table: Node<'a, 'i>) -> Vec<Node<'a, 'i>> {
    let mut out = Vec::new();
    collect_rows(table, &mut out, 0);
    out
}

fn collect_rows<'a, 'i>(node: Node<'a, 'i>, out: &mut Vec<Node<'a, 'i>>, depth: usize) {
    if depth > 8 {
        return;
    }
    for child in node.children().filter(Node::is_element) {
        if is(&child, TABLE, "table-row") {
            out.push(child);
        } else if is(&child, TABLE, "table-header-rows")
            || is(&child, TABLE, "table-rows")
            || is(&child, TABLE, "table-row-group")
        {
            collect_rows(child, out, depth + 1);
        }
    }
}

/// Counts one more at `level` (or sets the item's own start value) and resets the levels below.
fn advance(counters: &mut Counters, levels: &ListStyle, level: usize, start: Option<i64>) {
    let first = levels.get(level).map_or(1, |l| l.start);
    if let Some(slot) = counters.get_mut(level) {
        *slot = Some(match (start, *slot) {
            (Some(start), _) => start,
            (None, Some(n)) => n.saturating_add(1),
            (None, None) => first,
        });
    }
    for slot in counters.iter_mut().skip(level + 1) {
        *slot = None;
    }
}

/// The label the level shows: LibreOffice's pattern if the file has one, else the prefix, the
/// last `display-levels` numbers joined with ".", and the suffix.
fn label(counters: &Counters, levels: &ListStyle, level: usize) -> String {
    let Some(style) = levels.get(level) else { return String::new() };
    if style.format.is_none() {
        return String::new(); // a bullet or image: not a label
    }
    let number = |i: usize| {
        let n = counters.get(i).copied().flatten().or_else(|| levels.get(i).map(|l| l.start)).unwrap_or(1);
        levels.get(i).map_or_else(|| n.to_string(), |l| numeral(n, l))
    };
    let text = match &style.pattern {
        Some(pattern) => fill_pattern(pattern, number),
        None => {
            let shown = style.display_levels.clamp(1, level + 1);
            let numbers: Vec<String> = (level + 1 - shown..=level).map(number).collect();
            format!("{}{}{}", style.prefix, numbers.join("."), style.suffix)
        }
    };
    text.trim().to_string()
}

/// "%1%.%2%" with each level's number.
fn fill_pattern(pattern: &str, number: impl Fn(usize) -> String) -> String {
    let mut out = String::new();
    let mut rest = pattern;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        let closed = after[digits.len()..].starts_with('%');
        match digits.parse::<usize>() {
            Ok(n) if closed && (1..=LEVELS).contains(&n) => {
                out.push_str(&number(n - 1));
                rest = &after[digits.len() + 1..];
            }
            _ => {
                out.push('%');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A number in an OpenDocument format: "1", "a", "A", "i", "I", or "" for none.
fn numeral(n: i64, level: &LevelStyle) -> String {
    let format = level.format.as_deref().unwrap_or("");
    match format {
        "" => String::new(),
        "a" | "A" if !level.letter_sync => {
            let s = letters(n).unwrap_or_else(|| n.to_string());
            if format == "A" {
                s.to_uppercase()
            } else {
                s
            }
        }
        "a" => super::docx::numeral(n, "lowerLetter"),
        "A" => super::docx::numeral(n, "upperLetter"),
        "i" => super::docx::numeral(n, "lowerRoman"),
        "I" => super::docx::numeral(n, "upperRoman"),
        _ => n.to_string(),
    }
}

/// a..z, aa, ab..az, ba..: LibreOffice's default letter numbering (bijective base 26).
fn letters(n: i64) -> Option<String> {
    if n < 1 {
        return None;
    }
    let mut rest = n;
    let mut out = Vec::new();
    while rest > 0 {
        rest -= 1;
        out.push(char::from(b'a' + u8::try_from(rest % 26).ok()?));
        rest /= 26;
    }
    Some(out.iter().rev().collect())
}
