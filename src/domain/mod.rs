//! Pure model and maths: no leptos, no web-sys, no clock. Times come in as arguments.

pub mod assessment;
pub mod builtin;
pub mod case;
pub mod chart_geometry;
pub mod cited;
pub mod comparison;
pub mod document;
pub mod editing;
pub mod excerpt;
pub mod finder;
pub mod framework;
pub mod json;
pub mod moderation;
pub mod numbers;
pub mod results;
pub mod rfc3339;
pub mod rules_hash;
pub mod silence;
pub mod sorting;
pub mod specification;
pub mod text_changes;
pub mod timescale;
pub mod validation;
pub mod versions;

pub use assessment::{Answer, Assessment, Evidence, FrameworkRef, Response, Status};
pub use document::{Clause, Document};
pub use editing::EditError;
pub use framework::{
    BandThresholds, Criterion, CriterionId, CriterionWording, CriticalCaps, Framework, Language, LevelDef,
    LevelWording, Scale, ScaleWording, Section, SectionWording, Source, TimescaleCriteria, TimescaleRules,
    Translation, MAX_LEVEL,
};
pub use results::{
    radar_points, results, section_series, svg_points, Band, Coverage, CriticalCap, Gap, Results,
    SectionResult, SeriesPoint,
};
pub use rules_hash::{canonical_json, framework_hash, hex, rules_hash, sha256_hex, RulesHashes};
pub use silence::{silences, Silence};
pub use specification::{clause_count, split_clauses, Citations, KeyDates, Specification};
pub use timescale::{
    contradictions, format_time, key_stamp, timescale_findings, Contradiction, DatePair, Finding,
    FindingKind, FindingRule, FindingStatus, KeyDate,
};
pub use validation::{validate, without_blank_terms, FieldError, FieldPath};
pub use versions::{
    changes, needs_new_version, next_version, rescore, rules_changed, version_key, FrameworkChanges, Rescore,
};
