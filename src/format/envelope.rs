//! The one JSON envelope every Spec Lens file uses:
//! `{format, kind, version, app, exported_at, content_hash, payload}`.
//!
//! The content hash is the SHA-256 of the payload's canonical JSON, so a file that was edited by
//! hand or damaged in transit is noticed, and two exports of the same work hash the same.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::{canonical_json, sha256_hex, Assessment, Framework};

pub const FORMAT: &str = "spec-lens";
/// The file format version this app writes.
pub const FILE_VERSION: u32 = 1;
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
pub const EXTENSION: &str = ".speclens.json";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Assessment,
    Library,
    Framework,
    Moderation,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Envelope<P> {
    pub format: String,
    pub kind: Kind,
    pub version: u32,
    pub app: String,
    pub exported_at: DateTime<Utc>,
    pub content_hash: String,
    pub payload: P,
}

/// A backup of the whole library: every assessment with the frameworks they were scored under.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LibraryPayload {
    pub assessments: Vec<Assessment>,
    pub frameworks: Vec<Framework>,
}

pub fn content_hash<P: Serialize>(payload: &P) -> String {
    format!("sha256:{}", sha256_hex(canonical_json(payload).as_bytes()))
}

pub fn wrap<P: Serialize>(kind: Kind, payload: P, now: DateTime<Utc>) -> Envelope<P> {
    Envelope {
        format: FORMAT.into(),
        kind,
        version: FILE_VERSION,
        app: APP_VERSION.into(),
        exported_at: now,
        content_hash: content_hash(&payload),
        payload,
    }
}

/// The library backup as pretty JSON, ready to download.
pub fn library_backup(
    assessments: Vec<Assessment>,
    frameworks: Vec<Framework>,
    now: DateTime<Utc>,
) -> String {
    let envelope = wrap(Kind::Library, LibraryPayload { assessments, frameworks }, now);
    serde_json::to_string_pretty(&envelope).unwrap_or_default()
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
    format!("{stem}-{}{EXTENSION}", now.format("%Y-%m-%d"))
}
