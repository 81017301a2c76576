//! The rules hash pins a framework's scoring rules: the SHA-256 of its canonical JSON.
//!
//! Canonical JSON here is serde_json's compact output of a `Value`, whose maps are sorted by key
//! (serde_json is built without `preserve_order`), so field order in source files never matters.
//! Floats are printed by serde_json's shortest round-trip formatter, the same on every platform.

use std::borrow::Cow;

use sha2::{Digest, Sha256};

use super::framework::Framework;

/// "sha256:" followed by 64 lowercase hex digits.
pub fn rules_hash(framework: &Framework) -> String {
    let canonical = canonical_json(&*rules_only(framework));
    format!("sha256:{}", sha256_hex(canonical.as_bytes()))
}

/// The framework without what is wording rather than rules: the search terms. Adding or changing
/// terms must not make an assessment's framework a different one, so they are left out of the hash
/// (and `skip_serializing_if` keeps a framework without terms hashing as it always did).
fn rules_only(framework: &Framework) -> Cow<'_, Framework> {
    if framework.criteria().all(|(_, c)| c.search_terms.is_empty()) {
        return Cow::Borrowed(framework);
    }
    let mut rules = framework.clone();
    for criterion in rules.sections.iter_mut().flat_map(|s| s.criteria.iter_mut()) {
        criterion.search_terms.clear();
    }
    Cow::Owned(rules)
}

/// Compact JSON with keys sorted at every level.
pub fn canonical_json<T: serde::Serialize>(value: &T) -> String {
    // Serialising our own plain data types cannot fail (no maps with non-string keys, no NaN
    // weights survive validation); should it ever, the empty string still hashes deterministically.
    super::json::to_json(value).unwrap_or_default()
}

/// Rules hashes remembered for the frameworks already met, for work that meets one framework many
/// times (fifty workshop files each carry the same one): comparing two frameworks is far cheaper
/// than hashing one.
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

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Bytes as lowercase hex, two digits each: how every SHA-256 is written in files and ids.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
