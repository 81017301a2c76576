//! Helpers shared by the Word and OpenDocument reader tests.
#![allow(dead_code)]

use std::io::Write;

use spec_lens::domain::document::{Paragraph, Role};

pub fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/documents/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A zip package of these entries, deflated.
pub fn package(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        writer.start_file(*name, options).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

/// A paragraph as the tests compare it: "h1", "h2"… or "" for body, its label and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    pub role: String,
    pub label: String,
    pub text: String,
}

impl From<&Paragraph> for Shown {
    fn from(p: &Paragraph) -> Self {
        let role = match p.role {
            Role::Heading(level) => format!("h{level}"),
            Role::Body => String::new(),
        };
        Shown { role, label: p.label.clone(), text: p.text.clone() }
    }
}

impl From<&(&str, &str, &str)> for Shown {
    fn from((role, label, text): &(&str, &str, &str)) -> Self {
        Shown { role: role.to_string(), label: label.to_string(), text: text.to_string() }
    }
}

/// LibreOffice's plain-text rendering of a fixture, one trimmed line each.
pub fn expected_lines(name: &str) -> Vec<String> {
    let text = String::from_utf8(fixture(&format!("expected/{name}"))).unwrap();
    text.lines().map(|l| l.trim().to_string()).collect()
}

/// Each labelled paragraph (but notes, which LibreOffice prints elsewhere, and the `skip`ped
/// ones, given as "label text") is a line of LibreOffice's rendering, in order. Table rows are
/// compared by their first cell, as LibreOffice prints each cell on its own line.
pub fn labelled_lines_match(shown: &[Shown], expected: &str, skip: &[&str]) {
    let lines = expected_lines(expected);
    let mut from = 0;
    let mut checked = 0;
    for p in shown {
        if p.label.is_empty() || p.label.starts_with("Footnote") || p.label.starts_with("Endnote") {
            continue;
        }
        let line = format!("{} {}", p.label, p.text.split(" | ").next().unwrap_or(""));
        if skip.contains(&line.as_str()) {
            continue;
        }
        let at = lines[from..].iter().position(|l| *l == line);
        let at = at.unwrap_or_else(|| panic!("{line:?} is not in LibreOffice's rendering after line {from}"));
        from += at + 1;
        checked += 1;
    }
    assert!(checked > 10, "only {checked} labelled paragraphs checked");
}
