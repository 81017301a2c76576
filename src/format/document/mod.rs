//! Reading a specification from a file: Word (.docx), OpenDocument (.odt), PDF (through pdf.js,
//! see `pdf`), plain text and Markdown. Pure: the bytes come in, paragraphs come out, and every
//! problem is a [`ReadError`] that says what was wrong and what to do. Nothing here can panic on
//! any input; the readers are property-tested and fuzzed.

pub mod docx;
pub mod labels;
pub mod odt;
pub mod pdf;
pub mod text;
pub mod zip;

use serde::{Deserialize, Serialize};

use crate::domain::document::{build, Document, Paragraph, SourceFile};

/// Files larger than this are refused before they are read: a 80-page specification with images
/// is a few megabytes, and the page must hold the file, its text and its structure in memory.
pub const MAX_DOCUMENT_BYTES: usize = 30 * 1024 * 1024;

/// What a reader gives: paragraphs in reading order, and what it dropped or noticed. It crosses
/// from the reader's worker to the page as JSON.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extracted {
    pub paragraphs: Vec<Paragraph>,
    /// Running header, footer and page-number lines that were dropped.
    pub dropped_lines: u32,
    pub warnings: Vec<Warning>,
}

/// Something the user should know about a document that was read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "detail", rename_all = "snake_case")]
pub enum Warning {
    /// Macros are in the file; they were not run (nothing in a file ever runs).
    Macros,
    /// Images are not kept; this many were left out.
    Images(u32),
    /// Footnotes or endnotes are kept as clauses at the end.
    Notes(u32),
    /// Tracked changes: insertions are read as accepted, deletions left out.
    TrackedChanges,
    /// Some pages of a PDF had no text (scanned pages).
    PagesWithoutText(Vec<u32>),
}

/// What a Word or OpenDocument reader noticed, as warnings, in the order the preview lists them.
pub fn package_warnings(macros: bool, tracked: bool, images: u32, notes: u32) -> Vec<Warning> {
    let mut warnings = Vec::new();
    if macros {
        warnings.push(Warning::Macros);
    }
    if tracked {
        warnings.push(Warning::TrackedChanges);
    }
    if images > 0 {
        warnings.push(Warning::Images(images));
    }
    if notes > 0 {
        warnings.push(Warning::Notes(notes));
    }
    warnings
}

/// Why a file could not be read. Each shows as one sentence (`i18n::refusals` words it): what was
/// wrong and what to do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "detail", rename_all = "snake_case")]
pub enum ReadError {
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    /// No text at all (an empty file, or a document with no paragraphs).
    Empty,
    /// An old binary Word document (.doc), or a Word file saved with a password (both are OLE
    /// compound files).
    LegacyWord,
    Rtf,
    /// A zip or PDF that is cut short or damaged: what was found.
    Damaged(Damage),
    /// A zip whose contents would unpack to more than the cap, or hold too many entries.
    TooBigUnpacked {
        limit: usize,
    },
    PdfEncrypted,
    /// A PDF with pages but no text layer: scanned.
    PdfNoText,
    /// Not a document this page reads (an image, a spreadsheet, binary data): what it is.
    Unsupported(Unsupported),
    /// The PDF reader (pdf.js) could not be loaded.
    PdfReaderUnavailable,
    /// The document reader (a worker of its own) could not be loaded or stopped.
    ReaderUnavailable,
}

/// What is damaged in a file. `part` is a part of a package ("word/document.xml"); `detail` is
/// what the zip, XML or JSON reader, or pdf.js, said, in its words. Sent from the reader's worker
/// as a [`Coded`] triple: serde's derived code for an enum of this many variants, in the page,
/// cost 25 KB of wasm.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "Coded", try_from = "Coded")]
pub enum Damage {
    /// Named .pdf, but does not start like a PDF.
    NotPdf,
    /// Not a zip package, as Word and OpenDocument files are.
    NotZip,
    NoPages,
    /// word/document.xml has no body.
    WordNoBody,
    /// content.xml has no text body.
    OdtNoBody,
    NotXml {
        part: String,
        detail: String,
    },
    NotUnpacked {
        part: String,
        detail: String,
    },
    PartNotUtf8 {
        part: String,
    },
    PartMissing {
        part: String,
    },
    ZipCutShort,
    ZipInvalid(String),
    ZipUnsupported(String),
    /// A part of the package is missing (unnamed).
    ZipPartMissing,
    Zip(String),
    /// The document reader's answer could not be read.
    ReaderAnswer(String),
    PdfReaderNoText,
    /// The PDF reader gave text that could not be read.
    PdfReaderText(String),
    /// The PDF reader could not open it, and said nothing more.
    PdfNotOpened,
    /// What the PDF reader said.
    Pdf(String),
}

/// What a file that is not a document this page reads is. Sent as a [`Coded`] triple too.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "Coded", try_from = "Coded")]
pub enum Unsupported {
    /// An OpenDocument text protected by a password.
    PasswordProtected,
    Spreadsheet,
    Presentation,
    /// A zip file, but not a Word or OpenDocument document.
    OtherZip,
    /// An OpenDocument file of another kind (its media type).
    OtherOpenDocument(String),
    /// Not text, Word, OpenDocument or PDF.
    NotADocument,
    /// A PDF given to the document reader instead of the PDF reader.
    PdfOutsideReader,
    /// The page asked the reader for something it does not do.
    UnknownRequest,
    /// The browser could not read the file at all.
    BrowserCouldNotRead,
}

/// A kind and up to two texts, as [`Damage`] and [`Unsupported`] cross from the reader's worker.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Coded(u8, String, String);

impl From<Damage> for Coded {
    fn from(damage: Damage) -> Coded {
        let code = |n: u8| Coded(n, String::new(), String::new());
        match damage {
            Damage::NotPdf => code(0),
            Damage::NotZip => code(1),
            Damage::NoPages => code(2),
            Damage::WordNoBody => code(3),
            Damage::OdtNoBody => code(4),
            Damage::NotXml { part, detail } => Coded(5, part, detail),
            Damage::NotUnpacked { part, detail } => Coded(6, part, detail),
            Damage::PartNotUtf8 { part } => Coded(7, part, String::new()),
            Damage::PartMissing { part } => Coded(8, part, String::new()),
            Damage::ZipCutShort => code(9),
            Damage::ZipInvalid(detail) => Coded(10, detail, String::new()),
            Damage::ZipUnsupported(detail) => Coded(11, detail, String::new()),
            Damage::ZipPartMissing => code(12),
            Damage::Zip(detail) => Coded(13, detail, String::new()),
            Damage::ReaderAnswer(detail) => Coded(14, detail, String::new()),
            Damage::PdfReaderNoText => code(15),
            Damage::PdfReaderText(detail) => Coded(16, detail, String::new()),
            Damage::PdfNotOpened => code(17),
            Damage::Pdf(detail) => Coded(18, detail, String::new()),
        }
    }
}

impl TryFrom<Coded> for Damage {
    type Error = &'static str;
    fn try_from(Coded(code, a, b): Coded) -> Result<Damage, &'static str> {
        Ok(match code {
            0 => Damage::NotPdf,
            1 => Damage::NotZip,
            2 => Damage::NoPages,
            3 => Damage::WordNoBody,
            4 => Damage::OdtNoBody,
            5 => Damage::NotXml { part: a, detail: b },
            6 => Damage::NotUnpacked { part: a, detail: b },
            7 => Damage::PartNotUtf8 { part: a },
            8 => Damage::PartMissing { part: a },
            9 => Damage::ZipCutShort,
            10 => Damage::ZipInvalid(a),
            11 => Damage::ZipUnsupported(a),
            12 => Damage::ZipPartMissing,
            13 => Damage::Zip(a),
            14 => Damage::ReaderAnswer(a),
            15 => Damage::PdfReaderNoText,
            16 => Damage::PdfReaderText(a),
            17 => Damage::PdfNotOpened,
            18 => Damage::Pdf(a),
            _ => return Err("an unknown kind of damage"),
        })
    }
}

impl From<Unsupported> for Coded {
    fn from(what: Unsupported) -> Coded {
        let code = |n: u8| Coded(n, String::new(), String::new());
        match what {
            Unsupported::PasswordProtected => code(0),
            Unsupported::Spreadsheet => code(1),
            Unsupported::Presentation => code(2),
            Unsupported::OtherZip => code(3),
            Unsupported::OtherOpenDocument(kind) => Coded(4, kind, String::new()),
            Unsupported::NotADocument => code(5),
            Unsupported::PdfOutsideReader => code(6),
            Unsupported::UnknownRequest => code(7),
            Unsupported::BrowserCouldNotRead => code(8),
        }
    }
}

impl TryFrom<Coded> for Unsupported {
    type Error = &'static str;
    fn try_from(Coded(code, a, _): Coded) -> Result<Unsupported, &'static str> {
        Ok(match code {
            0 => Unsupported::PasswordProtected,
            1 => Unsupported::Spreadsheet,
            2 => Unsupported::Presentation,
            3 => Unsupported::OtherZip,
            4 => Unsupported::OtherOpenDocument(a),
            5 => Unsupported::NotADocument,
            6 => Unsupported::PdfOutsideReader,
            7 => Unsupported::UnknownRequest,
            8 => Unsupported::BrowserCouldNotRead,
            _ => return Err("an unknown kind of file"),
        })
    }
}

/// What kind of document a file is, from its first bytes (and its name where bytes cannot tell).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Docx,
    Odt,
    Pdf,
    Text,
    Markdown,
}

/// Whether a file is a PDF, for the page to hand it to pdf.js (everything else goes to the reader's
/// worker, which tells the rest apart with [`detect`]).
pub fn is_pdf(name: &str, bytes: &[u8]) -> bool {
    bytes.starts_with(b"%PDF-")
        || (name.to_ascii_lowercase().ends_with(".pdf") && find(bytes, b"%PDF-", 1024))
}

/// Tells a file's kind from its bytes: the name can lie (a .doc renamed .docx), the bytes cannot.
pub fn detect(name: &str, bytes: &[u8]) -> Result<Kind, ReadError> {
    // Extensions are ASCII: no Unicode case tables needed to compare them.
    let lower = name.to_ascii_lowercase();
    if is_pdf(name, bytes) {
        return Ok(Kind::Pdf);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Err(ReadError::LegacyWord);
    }
    if bytes.starts_with(b"{\\rtf") {
        return Err(ReadError::Rtf);
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return zip::kind_of(bytes);
    }
    if lower.ends_with(".pdf") {
        return Err(ReadError::Damaged(Damage::NotPdf));
    }
    if lower.ends_with(".docx") || lower.ends_with(".docm") || lower.ends_with(".odt") {
        return Err(ReadError::Damaged(Damage::NotZip));
    }
    if text::decode(bytes).is_none() {
        return Err(ReadError::Unsupported(Unsupported::NotADocument));
    }
    Ok(if lower.ends_with(".md") || lower.ends_with(".markdown") { Kind::Markdown } else { Kind::Text })
}

fn find(bytes: &[u8], needle: &[u8], within: usize) -> bool {
    bytes[..bytes.len().min(within)].windows(needle.len()).any(|w| w == needle)
}

/// Reads a Word, OpenDocument, text or Markdown file. PDFs are read in the browser by pdf.js and
/// structured by [`pdf::structure`]; asked here, they are an error for the caller to route.
pub fn read(name: &str, bytes: &[u8]) -> Result<Extracted, ReadError> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(ReadError::TooLarge { bytes: bytes.len(), limit: MAX_DOCUMENT_BYTES });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ReadError::Empty);
    }
    let extracted = match detect(name, bytes)? {
        Kind::Docx => docx::read(bytes)?,
        Kind::Odt => odt::read(bytes)?,
        Kind::Text => text::read(&text::decode(bytes).unwrap_or_default(), false),
        Kind::Markdown => text::read(&text::decode(bytes).unwrap_or_default(), true),
        Kind::Pdf => return Err(ReadError::Unsupported(Unsupported::PdfOutsideReader)),
    };
    non_empty(extracted)
}

/// Refuses a document with no text in it.
pub fn non_empty(extracted: Extracted) -> Result<Extracted, ReadError> {
    if extracted.paragraphs.iter().all(|p| p.text.trim().is_empty() && p.label.trim().is_empty()) {
        return Err(ReadError::Empty);
    }
    Ok(extracted)
}

/// The reader's answer as it crosses from its worker to the page: JSON of `Result<Extracted, ReadError>`.
pub fn answer_json(answer: &Result<Extracted, ReadError>) -> String {
    crate::domain::json::to_json(answer).unwrap_or_else(|_| {
        // Damage::ReaderAnswer, as a `Coded` triple, with the writer's failure as its detail.
        r#"{"Err":{"kind":"damaged","detail":[14,"the answer could not be written",""]}}"#.to_string()
    })
}

/// Reads the reader's answer back on the page. A garbled answer is an error, never a panic.
pub fn read_answer(json: &str) -> Result<Extracted, ReadError> {
    crate::domain::json::from_json::<Result<Extracted, ReadError>>(json)
        .unwrap_or_else(|e| Err(ReadError::Damaged(Damage::ReaderAnswer(e.to_string()))))
}

/// A read document with its source, ready to be scored.
pub fn into_document(extracted: Extracted, source: Option<SourceFile>) -> Document {
    build(source, extracted.paragraphs, extracted.dropped_lines)
}
