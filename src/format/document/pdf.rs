//! PDF text, as pdf.js gives it, structured into paragraphs.
//!
//! pdf.js (run in the browser by `js/pdf-read.mjs`, see `browser::pdf`) gives each page's text as
//! positioned runs of text: no lines, no paragraphs, running headers and page numbers mixed in, two
//! columns read across. [`structure`] rebuilds the document from them:
//!
//! 1. runs on one baseline make a line; a page whose text leaves a clear vertical gutter in its
//!    middle is read as two columns, left then right (full-width lines, such as a title, stay in
//!    place above or below them);
//! 2. lines that repeat at the top or bottom of pages at the same place (running headers and
//!    footers, with their page numbers) and page numbers on their own are dropped and counted;
//! 3. lines make paragraphs: a gap larger than the usual line spacing, a change of font size, or a
//!    line starting with a label ("4.2.1", "(a)") starts a new one; a word hyphenated at a line's
//!    end is rejoined;
//! 4. text larger than the body's most common size is a heading, its level by size (largest 1);
//!    a numbered paragraph with numbered children and heading-like text is a heading too;
//! 5. each paragraph keeps the page it starts on, and its label is read as the other readers do.
//!
//! A table of contents (lines ending in dot leaders and a page number, and its "Contents" title)
//! is dropped and counted with the running lines: its entries would repeat the headings' labels.
//!
//! A tagged PDF's structure tree, where pdf.js gives one, marks where paragraphs, list items, table
//! rows and headings (H1-H6) begin and end: those marks are used in place of the spacing guesses.
//!
//! Pure and total: any input, including NaN or infinite coordinates and empty strings, gives a
//! result or a [`ReadError`], never a panic, in O(n log n) time for n text runs.

use std::cmp::Ordering;
use std::collections::HashMap;

use serde::{Deserialize, Deserializer};

use super::labels::{depth, is_under, split_label};
use super::text::{heading_like, is_page_number, join_line};
use super::{Damage, Extracted, ReadError, Warning};
use crate::domain::document::{Paragraph, Role};

/// What `js/pdf-read.mjs` returns.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PdfFile {
    pub pages: Vec<PdfPage>,
}

/// One page: its size in PDF points and its text runs, in content-stream order.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PdfPage {
    /// From 1.
    pub number: u32,
    #[serde(deserialize_with = "number")]
    pub width: f64,
    #[serde(deserialize_with = "number")]
    pub height: f64,
    pub items: Vec<TextItem>,
    /// `page.getStructTree()`: a tagged PDF's structure, or None.
    pub struct_tree: Option<StructNode>,
}

/// One run of text (pdf.js's `TextItem`); x and y are the baseline's start, in points from the
/// page's bottom left corner.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TextItem {
    #[serde(rename = "str", deserialize_with = "string")]
    pub text: String,
    #[serde(deserialize_with = "number")]
    pub x: f64,
    #[serde(deserialize_with = "number")]
    pub y: f64,
    #[serde(deserialize_with = "number")]
    pub width: f64,
    #[serde(deserialize_with = "number")]
    pub height: f64,
    #[serde(deserialize_with = "number")]
    pub font_size: f64,
    #[serde(deserialize_with = "string")]
    pub font_name: String,
    pub has_eol: bool,
    /// The marked-content id ("p12R_mc3") the run is in, which the structure tree refers to.
    #[serde(deserialize_with = "optional_string")]
    pub mcid: Option<String>,
}

/// A node of pdf.js's structure tree: an element with a `role` ("H1", "P", "LI", "TR"…) and
/// children, or a leaf of `kind` "content" whose `id` is a marked-content id.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct StructNode {
    #[serde(deserialize_with = "string")]
    pub role: String,
    #[serde(rename = "type", deserialize_with = "string")]
    pub kind: String,
    #[serde(deserialize_with = "string")]
    pub id: String,
    pub children: Vec<StructNode>,
}

/// A number, or NaN where JSON has null (JavaScript writes NaN and infinities as null) or anything else.
fn number<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    Ok(serde_json::Value::deserialize(d)?.as_f64().unwrap_or(f64::NAN))
}

/// A string, or "" for anything else.
fn string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(optional_string(d)?.unwrap_or_default())
}

fn optional_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::String(s) => Some(s),
        _ => None,
    })
}

/// Reads the JSON that `js/pdf-read.mjs` returns.
pub fn parse(json: &str) -> Result<Vec<PdfPage>, ReadError> {
    serde_json::from_str::<PdfFile>(json)
        .map(|file| file.pages)
        .map_err(|e| ReadError::Damaged(Damage::PdfReaderText(e.to_string())))
}

/// What the PDF reader's failure (a string thrown by `js/pdf-read.mjs`) means.
pub fn read_error(thrown: &str) -> ReadError {
    match thrown {
        "encrypted" => ReadError::PdfEncrypted,
        "unavailable" => ReadError::PdfReaderUnavailable,
        other => {
            let detail = other.strip_prefix("damaged:").unwrap_or(other).trim();
            ReadError::Damaged(if detail.is_empty() {
                Damage::PdfNotOpened
            } else {
                Damage::Pdf(detail.into())
            })
        }
    }
}

/// Structures a PDF's pages into paragraphs: see the module's documentation.
pub fn structure(pages: &[PdfPage]) -> Result<Extracted, ReadError> {
    if pages.is_empty() {
        return Err(ReadError::Damaged(Damage::NoPages));
    }
    let mut empty_pages = Vec::new();
    let mut page_lines: Vec<Vec<Line>> = Vec::with_capacity(pages.len());
    for (index, page) in pages.iter().enumerate() {
        let number =
            if page.number == 0 { u32::try_from(index + 1).unwrap_or(u32::MAX) } else { page.number };
        let lines = page_lines_of(page, number);
        if lines.is_empty() {
            empty_pages.push(number);
        }
        page_lines.push(lines);
    }
    if empty_pages.len() == pages.len() {
        return Err(ReadError::PdfNoText);
    }
    let running = drop_running_lines(&mut page_lines);
    let lines: Vec<Line> = page_lines.into_iter().flat_map(reading_order).collect();
    let (lines, contents) = drop_contents(lines);
    let dropped_lines = running.saturating_add(contents);
    let paragraphs = paragraphs(&lines);
    if paragraphs.is_empty() {
        return Err(ReadError::PdfNoText);
    }
    let mut warnings = Vec::new();
    if !empty_pages.is_empty() {
        warnings.push(Warning::PagesWithoutText(empty_pages));
    }
    Ok(Extracted { paragraphs, dropped_lines, warnings })
}

/// What a tagged PDF's structure tree says a run of text belongs to.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Block {
    /// Unique within the page.
    id: u32,
    /// Some(level) for a heading.
    heading: Option<u8>,
    /// Part of a table of contents.
    toc: bool,
}

/// A run of text, cleaned: finite coordinates, a usable size.
struct Run<'a> {
    text: &'a str,
    x0: f64,
    x1: f64,
    y: f64,
    size: f64,
    block: Option<Block>,
}

/// Where a line sits in its page's layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Column {
    /// The whole width: a one-column page, or a title or footer across two columns.
    Full,
    Left,
    Right,
}

#[derive(Clone, Debug)]
struct Line {
    text: String,
    x0: f64,
    x1: f64,
    /// Baseline, in points from the page's bottom.
    y: f64,
    /// The size of most of its characters.
    size: f64,
    page: u32,
    column: Column,
    block: Option<Block>,
    /// Where the line's column ends on its page: a line ending well before it ends its paragraph.
    right_edge: f64,
}

const MAX_COORDINATE: f64 = 1.0e6;

fn clean(value: f64) -> Option<f64> {
    value.is_finite().then(|| value.clamp(-MAX_COORDINATE, MAX_COORDINATE))
}

fn cmp(a: f64, b: f64) -> Ordering {
    a.total_cmp(&b)
}

/// Font sizes are compared in half points.
fn size_key(size: f64) -> i64 {
    (size * 2.0).round() as i64
}

/// The lines of one page, in no particular order, each knowing its column.
fn page_lines_of(page: &PdfPage, number: u32) -> Vec<Line> {
    let blocks = page.struct_tree.as_ref().map(blocks_of).unwrap_or_default();
    let runs: Vec<Run> = page
        .items
        .iter()
        .filter(|item| !item.text.trim().is_empty())
        .filter_map(|item| {
            let x0 = clean(item.x)?;
            let y = clean(item.y)?;
            let width = clean(item.width).filter(|w| *w >= 0.0).unwrap_or(0.0);
            let size = [item.font_size, item.height]
                .into_iter()
                .find(|s| s.is_finite() && *s > 0.0)
                .unwrap_or(1.0)
                .clamp(1.0, 1000.0);
            let block = item.mcid.as_ref().and_then(|id| blocks.get(id.as_str()).copied());
            Some(Run { text: item.text.as_str(), x0, x1: (x0 + width).min(MAX_COORDINATE), y, size, block })
        })
        .collect();
    if runs.is_empty() {
        return Vec::new();
    }
    let gutter = gutter(&runs);
    let mut groups: [Vec<&Run>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    for run in &runs {
        let column = match gutter {
            Some((start, end)) if run.x1 <= end && run.x0 < start => Column::Left,
            Some((start, end)) if run.x0 >= start && run.x1 > end => Column::Right,
            Some((start, end)) if run.x0 >= start && run.x1 <= end => Column::Left,
            _ => Column::Full,
        };
        groups[column as usize].push(run);
    }
    let mut lines = Vec::new();
    for (index, group) in groups.iter_mut().enumerate() {
        let column = [Column::Full, Column::Left, Column::Right][index];
        let start = lines.len();
        lines.extend(lines_of(group, number, column));
        let right_edge = lines[start..].iter().map(|l: &Line| l.x1).fold(f64::MIN, f64::max);
        for line in &mut lines[start..] {
            line.right_edge = right_edge;
        }
    }
    lines
}

/// The gutter of a two-column page, as (start, end) in x: a vertical band in the middle of the
/// text that almost no line crosses, with several lines on each side of it. None for one column.
fn gutter(runs: &[Run]) -> Option<(f64, f64)> {
    const BIN: f64 = 2.0;
    const MAX_BINS: usize = 2000;
    let left = runs.iter().map(|r| r.x0).fold(f64::INFINITY, f64::min);
    let right = runs.iter().map(|r| r.x1).fold(f64::NEG_INFINITY, f64::max);
    let span = right - left;
    if !(span.is_finite() && span > 100.0) {
        return None;
    }
    let bin = (span / MAX_BINS as f64).max(BIN);
    let bins = ((span / bin).ceil() as usize).clamp(1, MAX_BINS);
    let index = |x: f64| (((x - left) / bin) as usize).min(bins - 1);
    // How many runs cover each bin, through a difference array: linear in runs and bins.
    let mut change = vec![0i64; bins + 1];
    for run in runs {
        let (a, b) = (index(run.x0), index(run.x1.max(run.x0)));
        change[a] += 1;
        change[b + 1] -= 1;
    }
    let mut cover = Vec::with_capacity(bins);
    let mut running = 0i64;
    for delta in &change[..bins] {
        running += delta;
        cover.push(running);
    }
    let lines = distinct_baselines(runs);
    if lines < 8 {
        return None;
    }
    let allowed = (lines as i64) / 10;
    let (low, high) = (bins / 4, bins - bins / 4);
    let mut best: Option<(usize, usize)> = None;
    let mut start = None;
    for (i, &c) in cover.iter().enumerate().take(high).skip(low) {
        if c <= allowed {
            let from = *start.get_or_insert(i);
            if best.is_none_or(|(a, b)| i + 1 - from > b - a) {
                best = Some((from, i + 1));
            }
        } else {
            start = None;
        }
    }
    let (a, b) = best?;
    let (start, end) = (left + a as f64 * bin, left + b as f64 * bin);
    if end - start < 8.0 {
        return None;
    }
    let side = |f: &dyn Fn(&Run) -> bool| {
        let chosen: Vec<&Run> = runs.iter().filter(|r| f(r)).collect();
        let chars: usize = chosen.iter().map(|r| r.text.len()).sum();
        (distinct_baselines_of(chosen.iter().map(|r| r.y)), chars)
    };
    let (left_lines, left_chars) = side(&|r: &Run| r.x1 <= end && r.x0 < start);
    let (right_lines, right_chars) = side(&|r: &Run| r.x0 >= start && r.x1 > end);
    let total: usize = runs.iter().map(|r| r.text.len()).sum();
    let enough = |lines: usize, chars: usize| lines >= 4 && chars * 5 >= total;
    (enough(left_lines, left_chars) && enough(right_lines, right_chars)).then_some((start, end))
}

fn distinct_baselines(runs: &[Run]) -> usize {
    distinct_baselines_of(runs.iter().map(|r| r.y))
}

fn distinct_baselines_of(ys: impl Iterator<Item = f64>) -> usize {
    let mut ys: Vec<i64> = ys.map(|y| (y / 2.0).round() as i64).collect();
    ys.sort_unstable();
    ys.dedup();
    ys.len()
}

/// Groups one column's runs into lines: runs whose baselines are within half a font size of each
/// other, read left to right.
fn lines_of(runs: &mut [&Run], page: u32, column: Column) -> Vec<Line> {
    runs.sort_by(|a, b| cmp(b.y, a.y).then(cmp(a.x0, b.x0)));
    let mut lines = Vec::new();
    let mut start = 0;
    while start < runs.len() {
        let (first_y, first_size) = (runs[start].y, runs[start].size);
        let mut end = start + 1;
        while end < runs.len() && (first_y - runs[end].y) <= 0.5 * first_size.max(runs[end].size) {
            end += 1;
        }
        let line = &mut runs[start..end];
        line.sort_by(|a, b| cmp(a.x0, b.x0));
        // Text drawn twice a fraction of a point apart (a "bold" made by overprinting) is read once.
        let mut unique: Vec<&Run> = Vec::with_capacity(line.len());
        for run in line.iter() {
            let repeated = unique.last().is_some_and(|last| {
                last.text == run.text && (last.x0 - run.x0).abs() < 1.0 && (last.y - run.y).abs() < 1.0
            });
            if !repeated {
                unique.push(run);
            }
        }
        lines.push(line_of(&unique, page, column));
        start = end;
    }
    lines
}

fn line_of(runs: &[&Run], page: u32, column: Column) -> Line {
    let mut text = String::new();
    let mut previous_end = f64::NEG_INFINITY;
    for run in runs {
        let gap = run.x0 - previous_end;
        if !text.is_empty()
            && !text.ends_with(char::is_whitespace)
            && !run.text.starts_with(char::is_whitespace)
            && gap > 0.15 * run.size
        {
            text.push(' ');
        }
        text.push_str(run.text);
        previous_end = previous_end.max(run.x1);
    }
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    // The line's size and baseline are those of most of its characters (not a superscript's).
    let main = runs.iter().max_by_key(|r| r.text.chars().count()).copied();
    let (y, size) = main.map_or((0.0, 1.0), |r| (r.y, r.size));
    Line {
        text,
        x0: runs.iter().map(|r| r.x0).fold(f64::INFINITY, f64::min),
        x1: runs.iter().map(|r| r.x1).fold(f64::NEG_INFINITY, f64::max),
        y,
        size,
        page,
        column,
        block: runs.iter().find_map(|r| r.block),
        right_edge: 0.0,
    }
}

/// Marks running headers, footers and page numbers and removes them; returns how many.
///
/// A line among the top three or bottom three of its page is running when the same text (digits
/// aside) stands at the same height on other pages: on at least two pages and three in ten of the
/// pages with text. A page number ("12", "Page 3 of 40", "- 3 -") among the top two or bottom two
/// lines is dropped on any page.
fn drop_running_lines(pages: &mut [Vec<Line>]) -> u32 {
    #[derive(PartialEq, Eq, Hash)]
    struct Key {
        top: bool,
        shape: String,
    }
    let mut drop: Vec<Vec<bool>> = pages.iter().map(|lines| vec![false; lines.len()]).collect();
    let mut seen: HashMap<Key, Vec<(usize, usize, f64)>> = HashMap::new();
    for (p, lines) in pages.iter().enumerate() {
        let mut order: Vec<usize> = (0..lines.len()).collect();
        order.sort_by(|&a, &b| cmp(lines[b].y, lines[a].y));
        let n = order.len();
        for (rank, &i) in order.iter().enumerate() {
            let from_bottom = n - 1 - rank;
            let line = &lines[i];
            if n > 1 && (rank < 2 || from_bottom < 2) && is_page_number(&line.text) {
                drop[p][i] = true;
                continue;
            }
            // A numbered line is a clause or heading, however often its shape recurs.
            if (rank < 3 || from_bottom < 3) && split_label(&line.text).is_none() {
                let shape = shape(&line.text);
                if !shape.is_empty() {
                    seen.entry(Key { top: rank < 3, shape }).or_default().push((p, i, line.y));
                }
            }
        }
    }
    let text_pages = pages.iter().filter(|lines| !lines.is_empty()).count();
    for places in seen.values() {
        let mut on_pages: Vec<usize> = places.iter().map(|(p, _, _)| *p).collect();
        on_pages.dedup();
        if on_pages.len() < 2 || on_pages.len() * 10 < text_pages * 3 {
            continue;
        }
        let mut ys: Vec<f64> = places.iter().map(|(_, _, y)| *y).collect();
        ys.sort_by(|a, b| cmp(*a, *b));
        let median = ys[ys.len() / 2];
        let close: Vec<&(usize, usize, f64)> =
            places.iter().filter(|(_, _, y)| (y - median).abs() <= 4.0).collect();
        let mut close_pages: Vec<usize> = close.iter().map(|(p, _, _)| *p).collect();
        close_pages.dedup();
        if close_pages.len() < 2 || close_pages.len() * 10 < text_pages * 3 {
            continue;
        }
        for (p, i, _) in close {
            drop[*p][*i] = true;
        }
    }
    let mut dropped = 0u32;
    for (lines, drop) in pages.iter_mut().zip(drop) {
        let mut flags = drop.into_iter();
        lines.retain(|_| {
            let dropped_here = flags.next().unwrap_or(false);
            dropped += u32::from(dropped_here);
            !dropped_here
        });
    }
    dropped
}

/// Drops a table of contents: entries ("4.2 Referrals ........ 12", or tagged TOC/TOCI) and the
/// "Contents" title just before them. Returns the lines left and how many were dropped.
fn drop_contents(lines: Vec<Line>) -> (Vec<Line>, u32) {
    let entry: Vec<bool> =
        lines.iter().map(|l| l.block.is_some_and(|b| b.toc) || is_contents_entry(&l.text)).collect();
    let mut kept = Vec::with_capacity(lines.len());
    let mut dropped = 0u32;
    for (i, line) in lines.into_iter().enumerate() {
        let title = matches!(line.text.to_lowercase().as_str(), "contents" | "table of contents" | "content")
            && entry.get(i + 1).copied().unwrap_or(false);
        if entry[i] || title {
            dropped = dropped.saturating_add(1);
        } else {
            kept.push(line);
        }
    }
    (kept, dropped)
}

/// "Introduction ........ 3", "4.2 Referrals . . . . 12", "Annex A………7": a contents line, its
/// page number after a leader of at least four dots.
fn is_contents_entry(text: &str) -> bool {
    let text = text.trim_end();
    let number = text.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = text.len() - number.len();
    let before = number.trim_end();
    let leader: String = before.chars().rev().take_while(|c| matches!(c, '.' | '…' | '·' | ' ')).collect();
    let dots = leader.chars().map(|c| if c == '…' { 3 } else { usize::from(c != ' ') }).sum::<usize>();
    (1..=4).contains(&digits) && dots >= 4
}

/// A line's text with digits taken out and case folded, so "Page 3 of 12" matches "Page 4 of 12".
fn shape(text: &str) -> String {
    text.split_whitespace()
        .map(|w| w.chars().filter(|c| !c.is_ascii_digit()).flat_map(char::to_lowercase).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A page's lines in reading order: top to bottom; on a two-column page, full-width lines divide
/// the page into bands, and each band is read left column first, then right.
fn reading_order(mut lines: Vec<Line>) -> Vec<Line> {
    let mut full: Vec<f64> = lines.iter().filter(|l| l.column == Column::Full).map(|l| l.y).collect();
    full.sort_by(|a, b| cmp(*b, *a));
    let key = |line: &Line| -> (usize, Column) {
        match line.column {
            Column::Full => (2 * full.partition_point(|&y| y > line.y) + 2, Column::Full),
            column => (2 * full.partition_point(|&y| y > line.y) + 1, column),
        }
    };
    lines.sort_by(|a, b| key(a).cmp(&key(b)).then(cmp(b.y, a.y)).then(cmp(a.x0, b.x0)));
    lines
}

/// A paragraph being built, with what the next line is compared with.
struct Open {
    paragraph: Paragraph,
    size: f64,
    last: Line,
}

fn paragraphs(lines: &[Line]) -> Vec<Paragraph> {
    let spacing = line_spacing(lines);
    let mut built: Vec<(Paragraph, f64)> = Vec::new();
    let mut open: Option<Open> = None;
    for line in lines {
        if line.text.is_empty() {
            continue;
        }
        if let Some(current) = open.as_mut() {
            if continues(current, line, spacing) {
                join(&mut current.paragraph.text, &line.text);
                current.last = line.clone();
                continue;
            }
        }
        if let Some(done) = open.take() {
            built.push((done.paragraph, done.size));
        }
        let (label, text) = split_label(&line.text).unwrap_or(("", &line.text));
        let mut paragraph = Paragraph::body(label, text);
        paragraph.page = Some(line.page);
        if let Some(level) = line.block.and_then(|b| b.heading) {
            paragraph.role = Role::Heading(level);
        }
        open = Some(Open { paragraph, size: line.size, last: line.clone() });
    }
    if let Some(done) = open {
        built.push((done.paragraph, done.size));
    }
    headings(built)
}

/// The usual distance between baselines, as a multiple of the font size: the lower quartile of
/// the spacing between consecutive lines of one size in one column, so paragraph gaps do not count.
fn line_spacing(lines: &[Line]) -> f64 {
    let mut ratios: Vec<f64> = lines
        .windows(2)
        .filter(|w| w[0].page == w[1].page && w[0].column == w[1].column)
        .filter(|w| size_key(w[0].size) == size_key(w[1].size))
        .map(|w| (w[0].y - w[1].y) / w[1].size)
        .filter(|r| (0.8..3.0).contains(r))
        .collect();
    if ratios.is_empty() {
        return 1.2;
    }
    ratios.sort_by(|a, b| cmp(*a, *b));
    ratios[ratios.len() / 4]
}

/// Whether `line` goes on in the open paragraph.
fn continues(open: &Open, line: &Line, spacing: f64) -> bool {
    let last = &open.last;
    // A tagged PDF says where its paragraphs, list items and headings start.
    if let (Some(a), Some(b)) = (last.block, line.block) {
        if last.page == line.page {
            return a.id == b.id;
        }
    }
    if split_label(&line.text).is_some() || size_key(line.size) != size_key(open.size) {
        return false;
    }
    let ends_sentence = last.text.ends_with(['.', ':', ';', '!', '?']);
    if last.page != line.page || last.column != line.column {
        // Over a page or column break, a paragraph goes on where a sentence does.
        return !ends_sentence && (line.text.starts_with(char::is_lowercase) || last.text.ends_with('-'));
    }
    let gap = last.y - line.y;
    let usual = spacing * line.size;
    let short = last.x1 < last.right_edge - 4.0 * line.size;
    gap > 0.0 && gap <= usual * 1.2 + 1.0 && !(short && ends_sentence)
}

/// Joins a wrapped line on; "rent-in-" + "advance" keeps its hyphen (the word already had one).
fn join(paragraph: &mut String, line: &str) {
    let last_word = paragraph.rsplit(char::is_whitespace).next().unwrap_or("");
    if last_word.len() > 1 && last_word.ends_with('-') && last_word[..last_word.len() - 1].contains('-') {
        paragraph.push_str(line);
    } else {
        join_line(paragraph, line);
    }
}

/// Headings by size: paragraphs set larger than the body's most common size, short and not
/// sentences, ranked by size (largest level 1). Then numbered headings in body size: a paragraph
/// numbered "4." with "4.1" after it and heading-like text.
fn headings(built: Vec<(Paragraph, f64)>) -> Vec<Paragraph> {
    let mut chars_by_size: HashMap<i64, usize> = HashMap::new();
    for (paragraph, size) in &built {
        *chars_by_size.entry(size_key(*size)).or_default() += paragraph.text.len() + paragraph.label.len();
    }
    let body =
        chars_by_size.iter().max_by_key(|(size, chars)| (**chars, -**size)).map_or(0, |(size, _)| *size);
    let is_large = |(paragraph, size): &(Paragraph, f64)| {
        size_key(*size) > body && paragraph.role == Role::Body && heading_like(&paragraph.text)
    };
    let mut large: Vec<i64> = built.iter().filter(|b| is_large(b)).map(|(_, size)| size_key(*size)).collect();
    large.sort_unstable_by(|a, b| b.cmp(a));
    large.dedup();
    let mut paragraphs: Vec<Paragraph> = Vec::with_capacity(built.len());
    for entry in &built {
        let mut paragraph = entry.0.clone();
        if is_large(entry) {
            let rank = large.iter().position(|s| *s == size_key(entry.1)).unwrap_or(0);
            paragraph.role = Role::Heading(u8::try_from(rank + 1).unwrap_or(6).min(6));
        }
        if !(paragraph.text.trim().is_empty() && paragraph.label.is_empty()) {
            paragraphs.push(paragraph);
        }
    }
    // The next label after each paragraph, found from the end: linear, not quadratic.
    let mut next_label: Option<String> = None;
    for paragraph in paragraphs.iter_mut().rev() {
        let is_heading = paragraph.role == Role::Body
            && depth(&paragraph.label) > 0
            && next_label.as_deref().is_some_and(|next| is_under(&paragraph.label, next))
            && heading_like(&paragraph.text);
        if is_heading {
            paragraph.role = Role::Heading(u8::try_from(depth(&paragraph.label)).unwrap_or(6).min(6));
        }
        if !paragraph.label.is_empty() {
            next_label = Some(paragraph.label.clone());
        }
    }
    paragraphs
}

/// Maps each marked-content id of a structure tree to the block (paragraph, list item, table row
/// or heading) it is part of. A list item or table row is one block with all it holds (its label,
/// its body's paragraphs), but for lists or rows inside it.
fn blocks_of(root: &StructNode) -> HashMap<&str, Block> {
    let mut map = HashMap::new();
    let mut next_id = 0u32;
    // An explicit stack: no recursion on a deep tree.
    // (node, depth, block, inside an item or row, inside a table of contents)
    let mut stack: Vec<(&StructNode, usize, Option<Block>, bool, bool)> = vec![(root, 0, None, false, false)];
    while let Some((node, level, block, in_item, in_toc)) = stack.pop() {
        if node.kind == "content" {
            let block = if in_toc { Some(Block { id: 0, heading: None, toc: true }) } else { block };
            if let Some(block) = block {
                map.insert(node.id.as_str(), block);
            }
            continue;
        }
        let role = node.role.as_str();
        let in_toc = in_toc || matches!(role, "TOC" | "TOCI");
        let heading = match role {
            "H" => Some(1),
            _ => role.strip_prefix('H').and_then(|n| n.parse::<u8>().ok()).filter(|n| (1..=6).contains(n)),
        };
        let item = matches!(role, "LI" | "TR");
        let paragraph = heading.is_some() || matches!(role, "P" | "Caption" | "TOCI" | "BlockQuote" | "Note");
        let (block, in_item) = if item || (paragraph && !in_item) {
            next_id = next_id.saturating_add(1);
            (
                Some(Block { id: next_id, heading: if item { None } else { heading }, toc: false }),
                in_item || item,
            )
        } else {
            (block, in_item)
        };
        if level < 256 {
            for child in node.children.iter().rev() {
                stack.push((child, level + 1, block, in_item, in_toc));
            }
        }
    }
    map
}
