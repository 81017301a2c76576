//! The data Spec Lens ships with: the built-in framework, one example specification per
//! Commissioned Rehabilitative Services (CRS) contract type, and a worked example assessment.
//!
//! The data lives in JSON files beside this module, not in Rust literals, so that it is reviewed
//! as data, has the same shape as the files users import and export, and can be diffed when the
//! criteria change. The files are compiled in with `include_str!`: the page needs no request to load them.
//!
//! Every loader returns a `Result` instead of panicking. The files are checked by
//! `tests/builtin_data.rs`, so an error here means a broken build of the data, and the UI should
//! say so rather than crash the page.

use super::assessment::Assessment;
use super::framework::{Framework, Language};
use super::json::from_json;
use super::specification::Specification;

/// One line of attribution for the example specifications, for the UI and the README. The MIT
/// licence asks that the copyright notice travel with the data: the full notice is in
/// `examples/LICENSE-crs.txt`, and each example's last clause repeats this line.
pub const CRS_ATTRIBUTION: &str =
    "Built from Commissioned Rehabilitative Services seed data in the repository \
ministryofjustice/hmpps-interventions-onboarding, Crown Copyright (Ministry of Justice), MIT licence.";

/// Version 1.0, kept as it shipped: assessments scored under it keep their results, and are offered
/// a re-score under the newest version.
const FRAMEWORK_1_0_JSON: &str = include_str!("inclusive_needs_assessment-1.0.json");

/// Version 1.1: a local needs assessment, the golden thread critical, digital exclusion, resources
/// following need, search terms, primary sources (its summary lists the changes).
const FRAMEWORK_1_1_JSON: &str = include_str!("inclusive_needs_assessment-1.1.json");

const WORKED_EXAMPLE_JSON: &str = include_str!("worked_example.json");

/// The example files, in the order of the CRS contract types in the production seed data.
const EXAMPLES_JSON: [&str; 7] = [
    include_str!("examples/accommodation.json"),
    include_str!("examples/education-training-employment.json"),
    include_str!("examples/personal-wellbeing.json"),
    include_str!("examples/womens-services.json"),
    include_str!("examples/mentoring.json"),
    include_str!("examples/dependency-recovery.json"),
    include_str!("examples/womens-support-services-gm.json"),
];

/// The rules hashes of the built-in versions, recorded so the page need not work them out as it
/// starts: hashing a framework was a tenth of the time to first render (10-25 ms, most of it in
/// SHA-256 running before the browser has optimised it). `tests/builtin_data.rs` checks them
/// against the frameworks, and pins them: a change to a version's rules that is not matched by a
/// new version fails that test, because an assessment scored under it must score the same when it
/// is reopened.
///
/// These are the rules hashes of the scoring rules alone (from file format 4); what they were before,
/// when the hash covered the wording too, is in [`LEGACY_RULES_HASHES`].
pub const RULES_HASH_1_0: &str = "sha256:36a69dfd7a43b7e940d5fb26dd6dd8cce6d23bfd16a5ebc0f284fa6713f70faf";
pub const RULES_HASH_1_1: &str = "sha256:c93d4775f92e5dca9aedfa4095c83fc857febae7a2da2c23c4b5ee529f79fb6e";

/// What the built-in versions' rules hashes were up to file format 3, when the rules hash covered
/// their wording too (now their framework hash, see `rules_hash`), each with the rules hash it
/// stands for: old references to a built-in version are recognised by these, not by hashing the
/// built-in framework again, whose wording (a Welsh translation) may since have changed.
pub const LEGACY_RULES_HASHES: [(&str, &str); 2] = [
    ("sha256:dfde378daa8e60b5b3d702a97c352808d4186e64857cae91e80e91557fa3228c", RULES_HASH_1_0),
    ("sha256:e615101b021cb76252c13e1095546ba0960f6505214ae689c5d1112071aaefcd", RULES_HASH_1_1),
];

/// The rules hash a built-in version's old hash stands for (see [`LEGACY_RULES_HASHES`]).
pub fn legacy_rules_hash(old: &str) -> Option<&'static str> {
    LEGACY_RULES_HASHES.iter().find(|(legacy, _)| *legacy == old).map(|(_, new)| *new)
}

/// Built-in versions' wording in other languages: the version's rules hash, the language, and the
/// file (under the site's `public/`) that holds the wording, a [`crate::domain::Translation`]. Kept
/// out of the page's code and fetched when the language is first chosen; version 1.0 has none, so
/// it shows in English on a Welsh page.
pub const WORDINGS: [(&str, Language, &str); 1] =
    [(RULES_HASH_1_1, Language::Welsh, "public/i18n/inclusive_needs_assessment-1.1.cy.json")];

/// The newest built-in version's rules hash: the one new assessments and the examples use.
pub const BUILTIN_RULES_HASH: &str = RULES_HASH_1_1;

/// "Inclusive needs assessment for commissioned rehabilitative services", newest version (1.1):
/// what new assessments are scored under.
pub fn builtin_framework() -> Result<Framework, serde_json::Error> {
    from_json(FRAMEWORK_1_1_JSON)
}

/// Version 1.0 of the built-in framework, as it shipped.
pub fn builtin_framework_1_0() -> Result<Framework, serde_json::Error> {
    from_json(FRAMEWORK_1_0_JSON)
}

/// Every built-in version, oldest first, each with its recorded rules hash.
pub fn builtin_frameworks() -> Result<Vec<(Framework, &'static str)>, serde_json::Error> {
    Ok(vec![(builtin_framework_1_0()?, RULES_HASH_1_0), (builtin_framework()?, RULES_HASH_1_1)])
}

/// The example specifications, one per CRS contract type, in this fixed order: Accommodation;
/// Education, Training and Employment; Personal Wellbeing; Women's Services; Mentoring;
/// Dependency and Recovery; Women's Support Services (Greater Manchester).
///
/// They are real production data, so a first-time user scores something real, and what the data
/// leaves out (most protected characteristics, cohorts, partners) shows up as it would in practice.
pub fn example_specifications() -> Result<Vec<Specification>, serde_json::Error> {
    EXAMPLES_JSON.iter().map(|json| from_json(json)).collect()
}

/// The Accommodation example scored against the newest built-in framework, so a first-time user can see
/// what a finished assessment looks like: a rationale for every criterion, and evidence that cites
/// clause numbers.
///
/// The file leaves `framework.rules_hash` empty and this loader fills it in from the built-in
/// framework, so the data cannot drift out of step with the framework it was scored under.
pub fn worked_example() -> Result<Assessment, serde_json::Error> {
    let mut assessment: Assessment = from_json(WORKED_EXAMPLE_JSON)?;
    assessment.framework.rules_hash = BUILTIN_RULES_HASH.into();
    Ok(assessment)
}
