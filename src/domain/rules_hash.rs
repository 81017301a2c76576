//! Two hashes of a framework: the **rules hash**, of its scoring rules alone, and the **framework
//! hash**, of its whole content (what the rules hash was up to file format 3).
//!
//! Both are the SHA-256 of canonical JSON: serde_json's compact output of a `Value`, whose maps are
//! sorted by key (serde_json is built without `preserve_order`), so field order in source files
//! never matters. Floats are printed by serde_json's shortest round-trip formatter, the same on
//! every platform.
//!
//! ## What the rules hash covers, and why
//!
//! Everything that can change a number, a band or a finding, and the names that pin them; nothing
//! that is only words (see [`RulesView`]):
//!
//! - the framework's `id` and `version`: an assessment is pinned to "these rules of this framework
//!   at this version". The version is kept in because the editor asks for a new version only when
//!   the rules change (`versions::needs_new_version`), so two versions with equal rules are only
//!   made on purpose, and the catalogue keeps one framework per rules hash: leaving the version
//!   out would fold built-in 1.0 into any later version that happened to score the same;
//! - the scale's number of levels (the values are its positions, 0 to 4);
//! - each section's `id` and `weight`, in framework order, and each of its criteria's `id`,
//!   `weight` and `critical` flag, in order. Order is kept although no number depends on it: a
//!   moved criterion is a change to the structure that the changes summary reports, and a hash
//!   that ignored order would need a rule for ties that the data cannot break;
//! - the bands, the critical caps, and the timescale rules with the criteria they name.
//!
//! Left out, as wording: every title, summary, question, guidance, meets and falls-short text,
//! descriptor, level label, the two answer labels, sources, search terms, the framework's
//! `language` and its other `languages`. So the same framework worded in Welsh and in English has
//! one rules hash: assessments scored in either merge in one workshop and compare with each other,
//! and a translation, a reworded question or a corrected source never strands an assessment.
//!
//! ## What each hash keys
//!
//! - `FrameworkRef.rules_hash` (in assessments: files, share links, stored entries, workshops) is
//!   the rules hash from file format 4, share link version 4 and stored-entry version 3.
//! - The catalogue (`state::catalogue`) finds an assessment's framework by rules hash, holding one
//!   framework per rules hash (the built-in wording wins for built-in rules; a stored framework's
//!   wording is replaced by a later save or import of the same rules).
//! - Stored frameworks are kept under `framework_key(rules hash)`: one entry per rules, its wording
//!   replaced in place. Entries written before the split stay under their old key, the framework
//!   hash, and are read as they are (see `browser::storage::load_frameworks`).
//! - Import conflicts ("same id and version, other rules"), share links leaving out a built-in
//!   framework, the workshop merge and `versions::rules_changed` all compare rules hashes.
//!
//! ## The framework hash, and old references
//!
//! [`framework_hash`] is exactly what `rules_hash` computed up to file format 3: the whole
//! framework without its criteria's search terms. Since `language` and `languages` are left out of
//! a framework's JSON when they are the defaults, a framework from before the split hashes as it
//! did. It is kept for one purpose: recognising the old references. An assessment from an older
//! file, link or stored entry records its framework's framework hash; when it comes with its
//! framework (a file, a link), the importer compares that reference with the framework's framework
//! hash and rewrites it to the rules hash (`format::import`, `format::share`); stored entries are
//! rewritten through the frameworks stored under their old keys and the built-in versions'
//! recorded hashes (`format::store`, `domain::builtin::LEGACY_RULES_HASHES`).

use std::collections::BTreeMap;

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::framework::{BandThresholds, CriticalCaps, Framework, TimescaleRules};

/// The rules hash: "sha256:" followed by 64 lowercase hex digits, of the canonical JSON of the
/// framework's [`RulesView`].
pub fn rules_hash(framework: &Framework) -> String {
    let canonical = canonical_json(&RulesView::of(framework));
    format!("sha256:{}", sha256_hex(canonical.as_bytes()))
}

/// The framework hash: the SHA-256 of the whole framework's canonical JSON without its criteria's
/// search terms (in any language). Up to file format 3 this was the rules hash, so old references
/// are recognised by it (see the module's notes).
pub fn framework_hash(framework: &Framework) -> String {
    let has_terms = framework.criteria().any(|(_, c)| !c.search_terms.is_empty())
        || framework.languages.values().any(|t| t.criteria.values().any(|c| !c.search_terms.is_empty()));
    let canonical = if has_terms {
        let mut wording = framework.clone();
        for criterion in wording.sections.iter_mut().flat_map(|s| s.criteria.iter_mut()) {
            criterion.search_terms.clear();
        }
        for translation in wording.languages.values_mut() {
            translation.criteria.values_mut().for_each(|c| c.search_terms.clear());
        }
        canonical_json(&wording)
    } else {
        canonical_json(framework)
    };
    format!("sha256:{}", sha256_hex(canonical.as_bytes()))
}

/// What the rules hash is taken of: the scoring rules of a framework and nothing else. Its JSON is
/// the hashed text, so its field names are part of the hash and must not change.
#[derive(Serialize)]
pub struct RulesView<'a> {
    /// Marks the text as a rules view (and which), so it can never read as a whole framework.
    rules: u32,
    id: &'a str,
    version: &'a str,
    levels: usize,
    sections: Vec<SectionRules<'a>>,
    bands: &'a BandThresholds,
    timescale_rules: &'a TimescaleRules,
    critical_caps: &'a CriticalCaps,
}

#[derive(Serialize)]
struct SectionRules<'a> {
    id: &'a str,
    weight: f64,
    criteria: Vec<CriterionRules<'a>>,
}

#[derive(Serialize)]
struct CriterionRules<'a> {
    id: &'a str,
    weight: f64,
    critical: bool,
}

impl<'a> RulesView<'a> {
    pub fn of(framework: &'a Framework) -> RulesView<'a> {
        RulesView {
            rules: 1,
            id: &framework.id,
            version: &framework.version,
            levels: framework.scale.levels.len(),
            sections: framework
                .sections
                .iter()
                .map(|s| SectionRules {
                    id: &s.id,
                    weight: s.weight,
                    criteria: s
                        .criteria
                        .iter()
                        .map(|c| CriterionRules { id: &c.id, weight: c.weight, critical: c.critical })
                        .collect(),
                })
                .collect(),
            bands: &framework.bands,
            timescale_rules: &framework.timescale_rules,
            critical_caps: &framework.critical_caps,
        }
    }
}

/// Compact JSON with keys sorted at every level.
pub fn canonical_json<T: serde::Serialize>(value: &T) -> String {
    // Serialising our own plain data types cannot fail (no maps with non-string keys, no NaN
    // weights survive validation); should it ever, the empty string still hashes deterministically.
    super::json::to_json(value).unwrap_or_default()
}

/// Rules hashes remembered for the frameworks already met, for work that meets one framework many
/// times (fifty workshop files each carry the same one): comparing two frameworks is cheaper than
/// hashing one.
#[derive(Default)]
pub struct RulesHashes {
    seen: Vec<(String, Framework)>,
}

impl RulesHashes {
    /// Remembering frameworks whose hashes are known already (the page's own, hashed when they
    /// joined): a file carrying one of them then needs a comparison, not a hash.
    pub fn knowing(seen: Vec<(String, Framework)>) -> RulesHashes {
        RulesHashes { seen }
    }

    pub fn of(&mut self, framework: &Framework) -> String {
        if let Some((hash, _)) = self.seen.iter().find(|(_, f)| f == framework) {
            return hash.clone();
        }
        let hash = rules_hash(framework);
        self.seen.push((hash.clone(), framework.clone()));
        hash
    }
}

/// Old references (framework hashes) and the rules hashes they now stand for, for rewriting the
/// references of stored assessments: see the module's notes.
pub type LegacyHashes = BTreeMap<String, String>;

pub fn sha256_hex(bytes: &[u8]) -> String {
    let mut hasher = Sha256::new();
    // In pieces, so that hashing megabytes (a workshop's id over fifty people's answers) runs
    // optimised: V8 first runs a wasm function as baseline code and moves to optimised code only
    // at a later call, never inside a running loop. In one call the whole text was hashed by the
    // baseline code: in Chromium's profiler, 1.7 MB took 64 ms in one call and 16 ms in pieces.
    for piece in bytes.chunks(HASH_PIECE) {
        hasher.update(piece);
    }
    hex(&hasher.finalize())
}

/// 64 KB: a thousand blocks per call, so the pieces cost nothing natively.
const HASH_PIECE: usize = 64 * 1024;

/// Bytes as lowercase hex, two digits each: how every SHA-256 is written in files and ids.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
