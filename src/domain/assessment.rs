//! One assessor's scoring of one specification under one framework.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::framework::{CriterionId, MAX_LEVEL};
use super::moderation::Provenance;
use super::specification::Specification;

/// The framework an assessment was scored under, pinned by its rules hash.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameworkRef {
    pub id: String,
    pub version: String,
    pub rules_hash: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Draft,
    /// Locked against edits until reopened.
    Final,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub id: String,
    pub specification: Specification,
    pub framework: FrameworkRef,
    /// Name or role; may be blank.
    #[serde(default)]
    pub assessor: String,
    #[serde(default)]
    pub status: Status,
    #[serde(deserialize_with = "crate::domain::rfc3339::deserialize_date_time")]
    pub created_at: DateTime<Utc>,
    #[serde(deserialize_with = "crate::domain::rfc3339::deserialize_date_time")]
    pub updated_at: DateTime<Utc>,
    /// Bumped on every saved change; lets storage notice a newer write from another tab.
    #[serde(default)]
    pub revision: u64,
    /// Keyed by criterion id; a criterion with no entry is unanswered.
    #[serde(default)]
    pub responses: BTreeMap<CriterionId, Response>,
    /// Set on an assessment agreed in a workshop: who took part and what each person scored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Provenance>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Response {
    pub answer: Answer,
    #[serde(default)]
    pub rationale: String,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

/// The answer to one criterion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Answer {
    /// 0..=4; values above 4 are clamped by `Answer::level`.
    Level { level: u8 },
    /// Leaves the denominator; the reason is required.
    NotApplicable { reason: String },
    /// The specification says nothing checkable: scores 0, counted and listed apart.
    InsufficientEvidence,
}

impl Answer {
    /// The score this answer contributes, or None when it leaves the denominator.
    pub fn points(&self) -> Option<u8> {
        match self {
            Answer::Level { level } => Some((*level).min(MAX_LEVEL)),
            Answer::NotApplicable { .. } => None,
            Answer::InsufficientEvidence => Some(0),
        }
    }

    /// "3", "N/A" or "IE": for tables that show many answers side by side.
    pub fn short(&self) -> &'static str {
        match self {
            Answer::Level { level } => ["0", "1", "2", "3", "4"][usize::from((*level).min(MAX_LEVEL))],
            Answer::NotApplicable { .. } => "N/A",
            Answer::InsufficientEvidence => "IE",
        }
    }
}

/// Evidence quoted from the specification: a clause reference with its quote, or typed text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The clause number cited, if any; typed evidence has none.
    #[serde(default)]
    pub clause: Option<u32>,
    pub quote: String,
}
