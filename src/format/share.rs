//! Share links: an assessment, deflated and base64url-encoded into the URL fragment
//! (`#/share/<data>`). The fragment is never sent to any server, so the link carries the work
//! from one browser to another without a server seeing it.
//!
//! The built-in framework is not put in the link (the receiving page has it, pinned by its rules
//! hash, whatever wording either page has for it); any other framework travels inside the link.
//!
//! Version 4: the assessment's `framework.rules_hash` is the rules hash of the scoring rules alone
//! (`domain::rules_hash`), and the link may say which `language` it was made in. A link from
//! before recorded the framework hash; it is recognised and rewritten to the rules hash when the
//! link is read: against the framework it carries, or the built-in versions' recorded old hashes.

use serde::{Deserialize, Serialize};

use super::errors::ImportError;
use super::normalise::{criterion_ids, normalise_assessment, normalise_framework, Report};
use super::notes::ImportNote;
use crate::domain::builtin::legacy_rules_hash;
use crate::domain::framework::{Language, DEFAULT_LANGUAGE};
use crate::domain::json::{from_json, from_value, to_json};
use crate::domain::{framework_hash, rules_hash, Assessment, Framework};
use serde_json::Value;

/// Longest link offered. Browsers take far longer URLs, but mail and chat tools cut or refuse
/// them; over this the page offers a file instead.
pub const MAX_LINK_CHARS: usize = 32_000;
/// A link never inflates to more than a file may hold.
pub const MAX_INFLATED_BYTES: usize = 5 * 1024 * 1024;
/// 2: the assessment's specification may carry its document (see `format::migrate`). 3: its
/// framework may carry critical caps. 4: the rules hash covers the scoring rules alone, and the
/// link records its language.
pub const SHARE_VERSION: u32 = 4;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SharePayload {
    pub version: u32,
    pub assessment: Assessment,
    /// None when the assessment was scored under a framework every Spec Lens page carries.
    #[serde(default)]
    pub framework: Option<Framework>,
    /// The language the link was made in ("en", "cy"). Absent (links before version 4) is English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// Why a share link was not opened; `i18n::refusals` words it (`Display`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    NotBase64,
    /// The link's JSON does not read; the detail is the parser's.
    Damaged(String),
    TooNew(u32),
    UnknownFramework {
        id: String,
        version: String,
    },
    /// Its contents break a rule a file's would be refused for; the reason names the field.
    Refused(Box<ImportError>),
}

impl std::error::Error for ShareError {}

/// The JSON that gets deflated, made in English (see [`payload_json_in`]).
pub fn payload_json(assessment: &Assessment, framework: &Framework, builtin: &[Framework]) -> String {
    payload_json_in(assessment, framework, builtin, Language::English)
}

/// The JSON that gets deflated: the framework is left out when a `builtin` one has its rules (the
/// receiving page has that framework, with its own wording in every language it has).
pub fn payload_json_in(
    assessment: &Assessment,
    framework: &Framework,
    builtin: &[Framework],
    language: Language,
) -> String {
    let hash = rules_hash(framework);
    let carried = !builtin.iter().any(|b| rules_hash(b) == hash);
    let payload = SharePayload {
        version: SHARE_VERSION,
        assessment: assessment.clone(),
        framework: carried.then(|| framework.clone()),
        language: Some(language.code().into()),
    };
    to_json(&payload).unwrap_or_default()
}

/// Reads the inflated JSON back and finds the framework: its own, or a built-in one whose rules
/// hash matches exactly. Both then pass the checks and repairs a file's contents get.
pub fn read_payload(json: &[u8], builtin: &[Framework]) -> Result<Shared, ShareError> {
    #[derive(Deserialize)]
    struct Header {
        #[serde(default)]
        version: u32,
    }
    let damaged = |e: serde_json::Error| ShareError::Damaged(e.to_string());
    let json = std::str::from_utf8(json).map_err(|e| ShareError::Damaged(e.to_string()))?;
    let value: Value = from_json(json).map_err(damaged)?;
    let header: Header = from_value(&value).map_err(damaged)?;
    if header.version > SHARE_VERSION {
        return Err(ShareError::TooNew(header.version));
    }
    let payload: SharePayload = from_value(&value).map_err(damaged)?;
    let mut report = Report::default();
    let refused = |e: ImportError| ShareError::Refused(Box::new(e));
    let framework = match payload.framework {
        // A framework in a link is checked as one in a file is: it may be saved to this browser.
        Some(mut framework) => {
            normalise_framework(&mut framework, &mut report).map_err(refused)?;
            framework
        }
        None => {
            let recorded = payload.assessment.framework.rules_hash.as_str();
            // A link from before version 4 recorded the built-in version's old hash.
            let wanted = legacy_rules_hash(recorded).unwrap_or(recorded);
            builtin
                .iter()
                .find(|b| rules_hash(b) == wanted)
                .or_else(|| builtin.iter().find(|b| framework_hash(b) == recorded))
                .cloned()
                .ok_or_else(|| ShareError::UnknownFramework {
                    id: payload.assessment.framework.id.clone(),
                    version: payload.assessment.framework.version.clone(),
                })?
        }
    };
    let mut assessment = payload.assessment;
    crate::domain::moderation::read_old_words(&mut assessment);
    renew_reference(&mut assessment, &framework);
    normalise_assessment(&mut assessment, Some(&criterion_ids(&framework)), &mut report);
    let language = payload
        .language
        .filter(|code| Language::from_code(code).is_some())
        .unwrap_or_else(|| DEFAULT_LANGUAGE.into());
    Ok(Shared { assessment, framework, language, report: report.finish() })
}

/// A reference from before version 4 (the framework hash of the framework, or a built-in
/// version's recorded old hash) becomes the framework's rules hash; any other is left as it is.
fn renew_reference(assessment: &mut Assessment, framework: &Framework) {
    let reference = &mut assessment.framework;
    let hash = rules_hash(framework);
    if reference.rules_hash == hash || reference.rules_hash.is_empty() {
        return;
    }
    let old = legacy_rules_hash(&reference.rules_hash) == Some(hash.as_str())
        || reference.rules_hash == framework_hash(framework);
    if old {
        reference.rules_hash = hash;
    }
}

/// What a share link held, checked and normalised as a file's contents are.
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    pub assessment: Assessment,
    pub framework: Framework,
    /// The language the link was made in ("en", "cy"): English for links before version 4.
    pub language: String,
    /// What normalisation changed, one note each (empty when nothing did), worded when shown.
    pub report: Vec<ImportNote>,
}

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

/// RFC 4648 base64url without padding: safe in a URL fragment as it is.
pub fn base64url_encode(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Reads what `base64url_encode` writes, and only that: the base64 crate's URL-safe engine without
/// padding, which refuses padding, any character outside the alphabet, a length no encoding has, and
/// a last character whose unused bits are not zero (a second spelling of the same bytes, so a link
/// that was changed). Any of these is `NotBase64`: "incomplete or was changed".
pub fn base64url_decode(text: &str) -> Result<Vec<u8>, ShareError> {
    URL_SAFE_NO_PAD.decode(text).map_err(|_| ShareError::NotBase64)
}
