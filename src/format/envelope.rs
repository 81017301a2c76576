//! The one JSON envelope every Spec Lens file uses:
//! `{format, kind, version, app, language, exported_at, content_hash, payload}`.
//!
//! `language` is the language the file was written in ("en" or "cy"; from format 4, absent before
//! and read as "en"): the language of the page that exported it, so that it opens in that language
//! by default. It is a header field, outside the content hash: it changes nothing in the work.
//!
//! The content hash is the SHA-256 of the payload's canonical JSON, so a file that was edited by
//! hand or damaged in transit is noticed, and two exports of the same work hash the same.
//!
//! The payload of each kind:
//! - `assessment`: `{assessment, framework}`: the assessment carries the whole framework it was
//!   scored under, so it opens anywhere;
//! - `library`: `{assessments, frameworks}`: a backup of everything;
//! - `framework`: `{framework}`.
//!
//! Reading files back (size cap, header, migrations, normalisation, validation) is `format::import`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::domain::framework::{Language, DEFAULT_LANGUAGE};
use crate::domain::json::to_value;
use crate::domain::{canonical_json, sha256_hex, Assessment, Framework};

pub const FORMAT: &str = "spec-lens";
/// The file format version this app writes, and the newest it reads.
pub const FILE_VERSION: u32 = 4;
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
pub const EXTENSION: &str = ".speclens.json";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Assessment,
    Library,
    Framework,
    /// Reserved for moderation files; this version writes none and cannot open them.
    Moderation,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Assessment, Kind::Library, Kind::Framework, Kind::Moderation];

    /// The `kind` value written in files: "assessment", "library", "framework", "moderation".
    pub fn name(self) -> &'static str {
        match self {
            Kind::Assessment => "assessment",
            Kind::Library => "library",
            Kind::Framework => "framework",
            Kind::Moderation => "moderation",
        }
    }

    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Envelope<P> {
    pub format: String,
    pub kind: Kind,
    pub version: u32,
    pub app: String,
    /// The language the file was written in: "en" or "cy". Absent (files before format 4) is "en".
    #[serde(default = "english")]
    pub language: String,
    #[serde(deserialize_with = "crate::domain::rfc3339::deserialize_date_time")]
    pub exported_at: DateTime<Utc>,
    pub content_hash: String,
    pub payload: P,
}

fn english() -> String {
    DEFAULT_LANGUAGE.into()
}

/// One assessment with the whole framework it was scored under.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AssessmentPayload {
    pub assessment: Assessment,
    pub framework: Framework,
}

/// A backup of the whole library: every assessment with the frameworks they were scored under.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LibraryPayload {
    pub assessments: Vec<Assessment>,
    pub frameworks: Vec<Framework>,
}

/// One framework on its own.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FrameworkPayload {
    pub framework: Framework,
}

/// Borrowing twins of the payloads, so exporting clones nothing. They serialise exactly as the
/// owned payloads do, so their content hashes are the same.
#[derive(Serialize)]
struct AssessmentPayloadRef<'a> {
    assessment: &'a Assessment,
    framework: &'a Framework,
}

#[derive(Serialize)]
struct LibraryPayloadRef<'a> {
    assessments: &'a [Assessment],
    frameworks: &'a [Framework],
}

#[derive(Serialize)]
struct FrameworkPayloadRef<'a> {
    framework: &'a Framework,
}

pub fn content_hash<P: Serialize>(payload: &P) -> String {
    format!("sha256:{}", sha256_hex(canonical_json(payload).as_bytes()))
}

/// A whole file as pretty JSON: the header fields first, in the order the format lists them, then
/// the payload with its keys sorted.
fn export<P: Serialize>(kind: Kind, payload: P, language: Language, now: DateTime<Utc>) -> String {
    hashed_in_wasm(Unhashed::new(kind, payload, now).written_in(language))
}

/// The file, its content hash taken here rather than by the browser.
fn hashed_in_wasm(file: Unhashed) -> String {
    let hash = sha256_hex(file.canonical().as_bytes());
    file.finish(&hash)
}

/// A file made but for its content hash, for a caller that hashes elsewhere: the page uses the
/// browser's own SHA-256, which on a backup of megabytes is many times faster than the wasm's
/// (most of all the first time, before the browser has optimised the wasm).
pub struct Unhashed {
    kind: Kind,
    payload: Value,
    canonical: String,
    language: Language,
    now: DateTime<Utc>,
}

impl Unhashed {
    /// The payload becomes a `Value` once (which sorts its keys), and both its canonical JSON (for
    /// the hash) and the file are written from that. Serialising the app's own plain data cannot
    /// fail (every map key is a string); should it ever, the payload is written as null, which the
    /// importer refuses as a file with no payload, never misreads.
    fn new<P: Serialize>(kind: Kind, payload: P, now: DateTime<Utc>) -> Unhashed {
        let payload = to_value(&payload).unwrap_or_default();
        let canonical = serde_json::to_string(&payload).unwrap_or_else(|_| "null".into());
        Unhashed { kind, payload, canonical, language: Language::English, now }
    }

    /// The file as written in `language` (English unless said).
    pub fn written_in(mut self, language: Language) -> Unhashed {
        self.language = language;
        self
    }

    /// The text the content hash is the SHA-256 of.
    pub fn canonical(&self) -> &str {
        &self.canonical
    }

    /// The file, given the SHA-256 of `canonical()` as lowercase hex: the envelope as serde_json's
    /// pretty printer writes it.
    pub fn finish(self, sha256_hex: &str) -> String {
        let envelope = Envelope {
            format: FORMAT.into(),
            kind: self.kind,
            version: FILE_VERSION,
            app: APP_VERSION.into(),
            language: self.language.code().into(),
            exported_at: self.now,
            content_hash: format!("sha256:{sha256_hex}"),
            payload: self.payload,
        };
        serde_json::to_string_pretty(&envelope).unwrap_or_default()
    }
}

/// An assessment file: the assessment and the whole framework it was scored under, pretty JSON,
/// written in English (see [`export_assessment_in`]).
pub fn export_assessment(assessment: &Assessment, framework: &Framework, now: DateTime<Utc>) -> String {
    export_assessment_in(assessment, framework, Language::English, now)
}

/// An assessment file written in `language`. The framework goes in whole, with every translation
/// it has, whatever the language: the file's `language` only says which the page was showing.
pub fn export_assessment_in(
    assessment: &Assessment,
    framework: &Framework,
    language: Language,
    now: DateTime<Utc>,
) -> String {
    export(Kind::Assessment, AssessmentPayloadRef { assessment, framework }, language, now)
}

/// A library file: every assessment and every framework, pretty JSON, written in English.
pub fn export_library(assessments: &[Assessment], frameworks: &[Framework], now: DateTime<Utc>) -> String {
    hashed_in_wasm(library_unhashed(assessments, frameworks, now))
}

/// A framework file, pretty JSON, written in English (see [`export_framework_in`]).
pub fn export_framework(framework: &Framework, now: DateTime<Utc>) -> String {
    export_framework_in(framework, Language::English, now)
}

/// A framework file written in `language`, with every translation the framework has.
pub fn export_framework_in(framework: &Framework, language: Language, now: DateTime<Utc>) -> String {
    export(Kind::Framework, FrameworkPayloadRef { framework }, language, now)
}

/// A library file but for its content hash (see `Unhashed`): the backup the page downloads.
/// Written in English unless `Unhashed::written_in` says otherwise.
pub fn library_unhashed(
    assessments: &[Assessment],
    frameworks: &[Framework],
    now: DateTime<Utc>,
) -> Unhashed {
    Unhashed::new(Kind::Library, LibraryPayloadRef { assessments, frameworks }, now)
}

/// A file name like "spec-lens-library-2026-11-27.speclens.json".
pub fn file_name(stem: &str, now: DateTime<Utc>) -> String {
    let safe: String = stem
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let stem = if safe.is_empty() { "spec-lens".to_string() } else { safe.chars().take(60).collect() };
    format!("{stem}-{}{EXTENSION}", now.date_naive())
}
