//! Plain text and Markdown, pasted or opened: paragraphs rebuilt from hard-wrapped lines, labels
//! read off the start of each line, running headers, footers and page numbers (text copied out of
//! a PDF carries them) dropped.

use std::collections::HashMap;

use super::labels::{depth, is_under, split_label, starts_with_label};
use super::Extracted;
use crate::domain::document::{Paragraph, Role};

/// The text of a file: UTF-8 (a byte-order mark is skipped), UTF-16 with a byte-order mark, or
/// Windows-1252 (what Notepad long saved as "ANSI"). None for binary data.
pub fn decode(bytes: &[u8]) -> Option<String> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8(rest.to_vec()).ok();
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (!has_control_bytes(text.as_bytes())).then(|| text.to_string());
    }
    (!has_control_bytes(bytes)).then(|| bytes.iter().map(|&b| windows_1252(b)).collect())
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Option<String> {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units).collect::<Result<String, _>>().ok()
}

/// NUL and the other C0 controls but tab, line feed, form feed and carriage return: binary data.
fn has_control_bytes(bytes: &[u8]) -> bool {
    bytes.iter().any(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
}

/// Windows-1252: Latin-1 but for 0x80-0x9F, where it has curly quotes, dashes and the euro.
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
        '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// Reads text into paragraphs. `markdown`: lines starting "#" are headings, and "**" and "__"
/// emphasis marks are taken off.
pub fn read(text: &str, markdown: bool) -> Extracted {
    let all: Vec<&str> = lines(text).collect();
    let running = running_lines(&all);
    let mut dropped_lines = 0u32;
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    let mut open = false;
    // A label alone on its line ("4.2.1" copied out of a PDF) waits for its text.
    let mut pending_label: Option<String> = None;
    for (index, raw) in all.iter().enumerate() {
        let line = raw.trim();
        if line.is_empty() {
            open = false;
            continue;
        }
        if running.contains(&index) {
            dropped_lines += 1;
            continue;
        }
        if let Some((level, heading)) = markdown.then(|| markdown_heading(line)).flatten() {
            let (label, text) = split_label(heading).unwrap_or(("", heading));
            paragraphs.push(Paragraph::heading(level, label, &strip_emphasis(text)));
            open = false;
            continue;
        }
        let line = if markdown { strip_emphasis(line) } else { line.to_string() };
        if let Some(label) = lone_label(&line).or_else(|| split_number(&all, index, &line)) {
            pending_label = Some(label.to_string());
            open = false;
            continue;
        }
        if let Some(label) = pending_label.take() {
            paragraphs.push(Paragraph::body(&label, &line));
            open = true;
            continue;
        }
        match paragraphs.last_mut() {
            Some(last) if open && !starts_with_label(&line) => join_line(&mut last.text, &line),
            _ => {
                let (label, text) = split_label(&line).unwrap_or(("", &line));
                paragraphs.push(Paragraph::body(label, text));
            }
        }
        open = true;
    }
    if let Some(label) = pending_label {
        paragraphs.push(Paragraph::body(&label, ""));
    }
    Extracted { paragraphs: headings_from_numbers(paragraphs), dropped_lines, warnings: Vec::new() }
}

/// Joins a wrapped line onto its paragraph, rejoining a word hyphenated at the line's end
/// ("inclu-" + "sive") but keeping a real hyphen ("gender-" + "Specific" keeps it, as does
/// "self-" + "referral" when the part before is a whole word of the compound list).
pub fn join_line(paragraph: &mut String, line: &str) {
    let hyphenated = paragraph.ends_with('-')
        && paragraph[..paragraph.len() - 1].ends_with(char::is_alphabetic)
        && line.starts_with(char::is_lowercase);
    if hyphenated && !keeps_hyphen(paragraph) {
        paragraph.pop();
    } else if !paragraph.is_empty() && !hyphenated {
        paragraph.push(' ');
    }
    paragraph.push_str(line);
}

/// Prefixes that are joined to the next word by a hyphen in English and stay so when a line breaks
/// after them: "self-referral", "co-production", "non-statutory".
fn keeps_hyphen(paragraph: &str) -> bool {
    const PREFIXES: [&str; 12] =
        ["self", "co", "non", "pre", "post", "re", "cross", "multi", "inter", "sub", "well", "ex"];
    let word = paragraph[..paragraph.len() - 1].rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    PREFIXES.iter().any(|p| word.eq_ignore_ascii_case(p))
}

/// A line that is only a label ("4.2.1", "(iv)", "a)"), waiting for its text on the next line.
fn lone_label(line: &str) -> Option<&str> {
    match split_label(line) {
        Some((label, "")) if !label.is_empty() => Some(label),
        _ => None,
    }
}

/// A clause number alone on its line with the clause's text on the next ("4" then "The provider…"),
/// as text copied out of a PDF often comes.
fn split_number<'a>(lines: &[&str], index: usize, line: &'a str) -> Option<&'a str> {
    (line.len() <= 3 && followed_by_text(lines, index)).then_some(line)
}

/// "## 4. Eligibility" is a level-2 heading "4. Eligibility".
fn markdown_heading(line: &str) -> Option<(u8, &str)> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    let rest = &line[hashes..];
    ((1..=6).contains(&hashes) && rest.starts_with(' ')).then(|| (hashes as u8, rest.trim()))
}

fn strip_emphasis(text: &str) -> String {
    text.replace("**", "").replace("__", "")
}

/// A paragraph whose label has numbered children after it ("4." before "4.1") and whose text is
/// short and unpunctuated ("Eligibility") is a heading, at the depth of its number.
fn headings_from_numbers(mut paragraphs: Vec<Paragraph>) -> Vec<Paragraph> {
    for i in 0..paragraphs.len() {
        let is_heading = {
            let p = &paragraphs[i];
            let next_label =
                paragraphs[i + 1..].iter().find(|n| !n.label.is_empty()).map(|n| n.label.as_str());
            p.role == Role::Body
                && depth(&p.label) > 0
                && next_label.is_some_and(|next| is_under(&p.label, next))
                && heading_like(&p.text)
        };
        if is_heading {
            let level = depth(&paragraphs[i].label).min(6) as u8;
            paragraphs[i].role = Role::Heading(level);
        }
    }
    paragraphs
}

/// Short, and not a sentence: at most 12 words and no closing full stop, colon or semicolon.
pub fn heading_like(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=12).contains(&words) && !text.trim_end().ends_with(['.', ':', ';', ','])
}

/// The lines of a text, borrowed from it. A line ends at "\n", "\r\n", a lone "\r", U+2028 or a
/// form feed (a page break); U+2029 ends a paragraph, so an empty line follows it.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    let mut paragraph_ended = false;
    std::iter::from_fn(move || {
        if std::mem::take(&mut paragraph_ended) {
            return Some("");
        }
        let s = rest?;
        let Some((at, end)) =
            s.char_indices().find(|(_, c)| matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{c}'))
        else {
            rest = None;
            return Some(s);
        };
        let mut next = at + end.len_utf8();
        if end == '\r' && s[next..].starts_with('\n') {
            next += 1;
        }
        paragraph_ended = matches!(end, '\u{2029}' | '\u{c}');
        rest = Some(&s[next..]);
        Some(&s[..at])
    })
}

/// The indices of running header, footer and page-number lines: "Page 3 of 12", "- 3 -", and short
/// lines that repeat through the text (digits aside), as a header or footer does on every page.
fn running_lines(lines: &[&str]) -> Vec<usize> {
    let mut seen: HashMap<String, Vec<usize>> = HashMap::new();
    let mut dropped = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if is_page_number(line) && !followed_by_text(lines, index) {
            dropped.push(index);
            continue;
        }
        if could_run(line) {
            seen.entry(shape(line)).or_default().push(index);
        }
    }
    for places in seen.values() {
        // A header on every page: at least twice, far apart (not a list of short items).
        let spread = places.windows(2).all(|w| w[1] - w[0] >= 8);
        if places.len() >= 2 && spread {
            dropped.extend(places);
        }
    }
    dropped.sort_unstable();
    dropped
}

/// "12", "Page 3", "Page 3 of 12", "3 of 12", "- 3 -", "3 | Page".
pub fn is_page_number(line: &str) -> bool {
    let words: Vec<String> = line
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '|' | '/'))
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let number = |w: &String| !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit());
    match words.as_slice() {
        [n] => number(n),
        [p, n] => (p == "page" && number(n)) || (number(p) && n == "page"),
        [n, of, m] => number(n) && of == "of" && number(m),
        [p, n, of, m] => p == "page" && number(n) && of == "of" && number(m),
        _ => false,
    }
}

/// A number alone on a line before text, in a paragraph, is a clause number split from its text
/// ("4" then "The provider…"), not a page number.
fn followed_by_text(lines: &[&str], index: usize) -> bool {
    let this = lines[index].trim();
    this.bytes().all(|b| b.is_ascii_digit())
        && lines.get(index + 1).is_some_and(|next| next.trim().starts_with(char::is_uppercase))
}

/// Lines a running header or footer could be: short, not numbered as a clause, not a sentence.
fn could_run(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=14).contains(&words) && line.chars().count() >= 6 && !starts_with_label(line) && !line.ends_with('.')
}

/// A line with its digits taken out, so "Accommodation specification, page 3" and "…, page 4" match.
fn shape(line: &str) -> String {
    line.split_whitespace()
        .map(|w| w.chars().filter(|c| !c.is_ascii_digit()).collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}
