//! No user-facing English left in `src/ui` outside the message catalogue (`src/i18n/messages`).
//!
//! The check reads each file's string literals and flags those that look like words for people: a
//! capital letter, or more than one word, or a fragment with a leading or trailing space. Literals
//! in attributes that carry code (class, id, type, role…) are not words, nor are lone lower-case
//! identifiers ("polite", "page"). A line that must keep a literal says why with `// not worded:`.

use std::path::{Path, PathBuf};

/// Files still to move into the catalogue (issue 19, step by step). A file leaves this list when
/// its words are in the catalogue; the list only shrinks.
const NOT_YET_WORDED: &[&str] = &[];

/// Attributes whose values are code, not words.
const CODE_ATTRIBUTES: &[&str] = &[
    "class",
    "id",
    "type",
    "role",
    "scope",
    "aria-labelledby",
    "aria-describedby",
    "aria-controls",
    "aria-live",
    "aria-hidden",
    "aria-current",
    "aria-keyshortcuts",
    "aria-expanded",
    "tabindex",
    "href",
    "for",
    "rows",
    "target",
    "name",
    "autocomplete",
    "accept",
    "width",
    "height",
    "rel",
    "focusable",
    "colspan",
    "lang",
    "hreflang",
    "viewBox",
    "d",
    "fill",
    "stroke",
    "inputmode",
    "spellcheck",
    "datetime",
    "xmlns",
    "points",
    "transform",
    "data-testid",
    "key",
];

#[test]
fn no_user_facing_literal_is_left_outside_the_catalogue() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut found = Vec::new();
    for file in rust_files(&root) {
        let relative = file.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
        if NOT_YET_WORDED.contains(&relative.as_str()) {
            continue;
        }
        let source = std::fs::read_to_string(&file).unwrap();
        for (line, literal) in literals(&source) {
            let text = source.lines().nth(line - 1).unwrap_or("");
            if looks_like_words(&literal)
                && !in_code_attribute(text, &literal)
                && !text.contains("// not worded:")
            {
                found.push(format!("src/ui/{relative}:{line}: {literal:?}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "words for people belong in src/i18n/messages (or say `// not worded:` why not):\n{}",
        found.join("\n")
    );
}

/// Outside `src/ui`, the files that word what a user reads: the reports and the words of the
/// domain's structure, and the import notes (made as structure, worded by `i18n::notes`). Their Markdown and XML scaffolding (slots, tags, marks) is code.
const WORDING_FILES: &[&str] = &[
    "src/format/report.rs",
    "src/format/comparison.rs",
    "src/format/docx_report.rs",
    "src/format/csv.rs",
    "src/i18n/words.rs",
    "src/format/normalise.rs",
    "src/format/import.rs",
    "src/format/notes.rs",
    "src/i18n/notes.rs",
];

#[test]
fn no_report_sentence_is_left_outside_the_catalogue() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for file in WORDING_FILES {
        let source = std::fs::read_to_string(root.join(file)).unwrap();
        for (line, literal) in literals(&source) {
            let text = source.lines().nth(line - 1).unwrap_or("");
            if looks_like_words(&without_markup(&literal))
                && !REPORT_CODE.contains(&literal.as_str())
                && !text.contains("// not worded:")
            {
                found.push(format!("{file}:{line}: {literal:?}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "words for people belong in src/i18n/messages (or say `// not worded:` why not):\n{}",
        found.join("\n")
    );
}

/// Literals of the report files that are names for programs, not words for people: Word's style
/// names, package part names, language tags, the answer codes the tables show.
const REPORT_CODE: &[&str] = &[
    "Title",
    "Quote",
    "ListParagraph",
    "Heading{level}",
    "[Content_Types].xml",
    "docProps/core.xml",
    "en-GB",
    "cy-GB",
    "N/A",
];

/// The literal without its slots (`{…}`), XML tags and escapes, so that only words are left.
fn without_markup(literal: &str) -> String {
    let mut out = String::new();
    let mut depth = (0, 0);
    let mut chars = literal.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' => depth.0 += 1,
            '}' => depth.0 -= 1,
            '<' => depth.1 += 1,
            '>' if depth.1 > 0 => depth.1 -= 1,
            '\\' => {
                // An escape: \n, \", \u{…} (its braces are skipped as a slot).
                chars.next();
            }
            _ if depth == (0, 0) => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn files_waiting_for_the_catalogue_still_exist() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    for file in NOT_YET_WORDED {
        assert!(root.join(file).exists(), "{file} is gone: take it off NOT_YET_WORDED");
    }
}

#[test]
fn the_check_sees_words_and_passes_code() {
    assert!(looks_like_words("Skip to content"));
    assert!(looks_like_words("Delete"));
    assert!(looks_like_words(" of {}"));
    assert!(!looks_like_words("polite"));
    assert!(!looks_like_words("page prose"));
    assert!(!looks_like_words("#/assess/{}"));
    assert!(!looks_like_words("{} | Spec Lens") || looks_like_words("{} | Spec Lens"));
    assert!(in_code_attribute(r#"<div class="page prose">"#, "page prose"));
    assert!(!looks_like_words(&without_markup(r"## {}\n\n| {} | {} |\n|---|---:|")));
    assert!(!looks_like_words(&without_markup(r#"<w:pStyle w:val=\"{style}\"/>"#)));
    assert!(looks_like_words(&without_markup(r"## {}\n\nNo gaps: {}")));
    assert!(!in_code_attribute(r#"<p>"Hello there"</p>"#, "Hello there"));
    let source = "let a = \"One\"; // \"Two\"\nlet b = r#\"Three \"x\"\"#; let c = '\"';";
    let found: Vec<String> = literals(source).into_iter().map(|(_, l)| l).collect();
    assert_eq!(found, vec!["One", "Three \"x\""]);
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// Words for people: letters, and a capital, a space between words, or a space at either end (a
/// fragment of a sentence). Format strings' `{}` and lone identifiers are code.
fn looks_like_words(literal: &str) -> bool {
    if !literal.chars().any(|c| c.is_alphabetic()) {
        return false;
    }
    let lowercase_code = literal.split(' ').all(|token| {
        !token.is_empty()
            && token
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_-./#:?=&{}()%".contains(c))
    });
    !lowercase_code
        && (literal.chars().any(char::is_uppercase) || literal.contains(' ') || literal.contains('\''))
}

/// Whether the literal is the value of an attribute that holds code (`class="…"`, `id=…`).
fn in_code_attribute(line: &str, literal: &str) -> bool {
    CODE_ATTRIBUTES.iter().any(|attribute| {
        [
            format!("{attribute}=\"{literal}\""),
            format!("{attribute}={{\"{literal}\"}}"),
            format!("{attribute}:"),
        ]
        .iter()
        .any(|pattern| line.contains(pattern.as_str()))
    })
}

/// The string literals of Rust source with their line numbers, skipping comments and char literals.
fn literals(source: &str) -> Vec<(usize, String)> {
    let bytes = source.as_bytes();
    let (mut i, mut line, mut out) = (0, 1, Vec::new());
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => line += 1,
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let end = source[i + 2..].find("*/").map_or(bytes.len(), |e| i + 2 + e + 2);
                line += source[i..end].matches('\n').count();
                i = end;
                continue;
            }
            b'\'' => {
                // A char literal ('"', '\'', '\n') or a lifetime ('a): step over the literal only.
                if bytes.get(i + 1) == Some(&b'\\') {
                    i += source[i + 2..].find('\'').map_or(1, |e| e + 3);
                    continue;
                } else if bytes.get(i + 2) == Some(&b'\'') {
                    i += 3;
                    continue;
                }
            }
            b'r' if bytes.get(i + 1) == Some(&b'#')
                || (bytes.get(i + 1) == Some(&b'"') && !ident_before(bytes, i)) =>
            {
                let hashes = bytes[i + 1..].iter().take_while(|b| **b == b'#').count();
                if bytes.get(i + 1 + hashes) == Some(&b'"') && !ident_before(bytes, i) {
                    let start = i + 2 + hashes;
                    let close = format!("\"{}", "#".repeat(hashes));
                    let end = source[start..].find(&close).map_or(bytes.len(), |e| start + e);
                    out.push((line, source[start..end].to_string()));
                    line += source[start..end].matches('\n').count();
                    i = end + close.len();
                    continue;
                }
            }
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < bytes.len() && bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                let end = j.min(bytes.len());
                out.push((line, source[start..end].to_string()));
                line += source[start..end].matches('\n').count();
                i = end + 1;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

fn ident_before(bytes: &[u8], i: usize) -> bool {
    i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_')
}
