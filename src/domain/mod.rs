//! Pure model and maths: no leptos, no web-sys, no clock. Times come in as arguments.

pub mod assessment;
pub mod framework;
pub mod rules_hash;
pub mod specification;

pub use assessment::{Answer, Assessment, Evidence, FrameworkRef, Response, Status};
pub use framework::{
    BandThresholds, Criterion, CriterionId, Framework, LevelDef, Scale, Section, Source, TimescaleRules,
    MAX_LEVEL,
};
pub use specification::{split_clauses, Clause, KeyDates, Specification};
pub use rules_hash::{canonical_json, rules_hash, sha256_hex};
