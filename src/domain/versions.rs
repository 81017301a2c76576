//! Versions of a framework: what changed between two of them, re-scoring an assessment under a new
//! one, and when an edit needs a new version.
//!
//! An assessment keeps the framework it was scored under (pinned by its rules hash), so editing a
//! framework never changes old results. Moving an assessment to a new version is an explicit step:
//! [`rescore`] carries the answers over by criterion id and returns the change list for the user to
//! read, and only the caller saves the result.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};

use super::assessment::{Assessment, FrameworkRef};
use super::editing::EditError;
use super::framework::{Criterion, CriterionId, Framework, Section, TimescaleCriteria, TimescaleRules};
use super::rules_hash::rules_hash;

/// What changed from one version of a framework to another, by criterion id. Each list is in
/// framework order: `removed` in the old framework's, the others in the new one's. A criterion can
/// be in several lists (moved to a section with another weight is both moved and reweighted).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrameworkChanges {
    /// In the new version only.
    pub new: Vec<CriterionId>,
    /// In the old version only: their answers are dropped when re-scoring.
    pub removed: Vec<CriterionId>,
    /// Title, question, guidance, what meets or falls short, or level descriptors changed.
    pub reworded: Vec<CriterionId>,
    /// Its sources changed (listed apart: a new edition of a report is not a new question).
    pub sources_changed: Vec<CriterionId>,
    /// Its search terms changed (wording outside the rules hash).
    pub terms_changed: Vec<CriterionId>,
    /// Its weight, its critical flag or the weight of its section changed.
    pub reweighted: Vec<CriterionId>,
    /// In a section with another id.
    pub moved: Vec<CriterionId>,
    /// The scale's labels or generic descriptors changed.
    pub scale_changed: bool,
    /// A band threshold changed.
    pub bands_changed: bool,
    /// A timescale rule changed (a minimum, or whether the needs assessment must come first).
    pub timescale_changed: bool,
    /// Which criteria the timescale findings are shown beside changed.
    pub timescale_criteria_changed: bool,
    /// How failed critical criteria cap the band changed.
    pub caps_changed: bool,
}

impl FrameworkChanges {
    /// True when nothing that the lists and flags track changed (titles of the framework or of its
    /// sections may still differ).
    pub fn is_empty(&self) -> bool {
        self.new.is_empty()
            && self.removed.is_empty()
            && self.reworded.is_empty()
            && self.sources_changed.is_empty()
            && self.terms_changed.is_empty()
            && self.reweighted.is_empty()
            && self.moved.is_empty()
            && !self.scale_changed
            && !self.bands_changed
            && !self.timescale_changed
            && !self.timescale_criteria_changed
            && !self.caps_changed
    }
}

/// An assessment moved to a new version of its framework, with what changed, for the user to check
/// before saving.
#[derive(Clone, Debug, PartialEq)]
pub struct Rescore {
    /// The answers carried over by criterion id, pinned to the new framework.
    pub assessment: Assessment,
    pub changes: FrameworkChanges,
    /// Criteria whose answers were dropped because the new version lacks them: in the old
    /// framework's order, then any the old framework lacked too, by id.
    pub dropped: Vec<CriterionId>,
}

/// The changes from `old` to `new`.
pub fn changes(old: &Framework, new: &Framework) -> FrameworkChanges {
    let before: HashMap<&str, (&Section, &Criterion)> =
        old.criteria().map(|(s, c)| (c.id.as_str(), (s, c))).collect();
    let after: HashSet<&str> = new.criteria().map(|(_, c)| c.id.as_str()).collect();
    let mut out = FrameworkChanges {
        removed: old
            .criteria()
            .filter(|(_, c)| !after.contains(c.id.as_str()))
            .map(|(_, c)| c.id.clone())
            .collect(),
        scale_changed: old.scale != new.scale,
        bands_changed: old.bands != new.bands,
        timescale_changed: TimescaleRules {
            criteria: TimescaleCriteria::default(),
            ..old.timescale_rules.clone()
        } != TimescaleRules {
            criteria: TimescaleCriteria::default(),
            ..new.timescale_rules.clone()
        },
        timescale_criteria_changed: old.timescale_rules.criteria != new.timescale_rules.criteria,
        caps_changed: old.critical_caps != new.critical_caps,
        ..FrameworkChanges::default()
    };
    for (section, criterion) in new.criteria() {
        let id = &criterion.id;
        let Some((old_section, old_criterion)) = before.get(id.as_str()) else {
            out.new.push(id.clone());
            continue;
        };
        if is_reworded(old_criterion, criterion) {
            out.reworded.push(id.clone());
        }
        if old_criterion.sources != criterion.sources {
            out.sources_changed.push(id.clone());
        }
        if old_criterion.search_terms != criterion.search_terms {
            out.terms_changed.push(id.clone());
        }
        if is_reweighted((old_section, old_criterion), (section, criterion)) {
            out.reweighted.push(id.clone());
        }
        if old_section.id != section.id {
            out.moved.push(id.clone());
        }
    }
    out
}

fn is_reworded(old: &Criterion, new: &Criterion) -> bool {
    old.title != new.title
        || old.question != new.question
        || old.guidance != new.guidance
        || old.meets != new.meets
        || old.falls_short != new.falls_short
        || old.descriptors != new.descriptors
}

fn is_reweighted(old: (&Section, &Criterion), new: (&Section, &Criterion)) -> bool {
    // Compared bit for bit: the rules hash sees any difference, so the change list must too.
    old.0.weight.to_bits() != new.0.weight.to_bits()
        || old.1.weight.to_bits() != new.1.weight.to_bits()
        || old.1.critical != new.1.critical
}

/// The assessment re-scored under `new`: answers (with their rationale and evidence) carried over by
/// criterion id, answers to criteria `new` lacks dropped and listed, the framework reference set to
/// `new`'s id, version and rules hash, and the revision bumped. The input is not changed; nothing is
/// saved. A final assessment is refused, as for any other edit: reopen it first.
pub fn rescore(
    assessment: &Assessment,
    old: &Framework,
    new: &Framework,
    now: DateTime<Utc>,
) -> Result<Rescore, EditError> {
    if assessment.is_final() {
        return Err(EditError::Final);
    }
    let mut rescored = assessment.clone();
    let mut dropped_answers = std::mem::take(&mut rescored.responses);
    for (_, criterion) in new.criteria() {
        if let Some(response) = dropped_answers.remove(&criterion.id) {
            rescored.responses.insert(criterion.id.clone(), response);
        }
    }
    let mut dropped: Vec<CriterionId> =
        old.criteria().filter_map(|(_, c)| dropped_answers.remove_entry(&c.id)).map(|(id, _)| id).collect();
    // What is left answered criteria neither framework has; BTreeMap order keeps it deterministic.
    dropped.extend(dropped_answers.into_keys());
    rescored.framework =
        FrameworkRef { id: new.id.clone(), version: new.version.clone(), rules_hash: rules_hash(new) };
    rescored.touch(now);
    Ok(Rescore { assessment: rescored, changes: changes(old, new), dropped })
}

/// True when `edited` scores differently from `saved` under the same version string: its rules hash,
/// taken with `saved`'s version, differs. The editor then asks for a new version before saving, so
/// an assessment pinned to the old version never meets changed rules under the same name.
pub fn needs_new_version(saved: &Framework, edited: &Framework) -> bool {
    edited.version.trim() == saved.version.trim() && rules_changed(saved, edited)
}

/// True when anything the rules hash covers changed, apart from the version string itself.
pub fn rules_changed(saved: &Framework, edited: &Framework) -> bool {
    if edited.version == saved.version {
        return rules_hash(edited) != rules_hash(saved);
    }
    let same_version = Framework { version: saved.version.clone(), ..edited.clone() };
    rules_hash(&same_version) != rules_hash(saved)
}

/// A suggested version after `version`: the last number of its first dotted number goes up by one,
/// and any prefix or suffix is kept. "1.0" → "1.1", "1.9" → "1.10", "1" → "1.1", "2.0-draft" →
/// "2.1-draft", "v3" → "v3.1"; no number at all gets ".1" added ("draft" → "draft.1"), and a blank
/// version becomes "1.0".
pub fn next_version(version: &str) -> String {
    let version = version.trim();
    if version.is_empty() {
        return "1.0".into();
    }
    let Some(start) = version.find(|c: char| c.is_ascii_digit()) else {
        return format!("{version}.1");
    };
    let (prefix, rest) = version.split_at(start);
    let number_len = dotted_number_len(rest);
    let (number, suffix) = rest.split_at(number_len);
    let bumped = match number.rsplit_once('.') {
        Some((head, last)) => {
            last.parse::<u64>().ok().and_then(|n| n.checked_add(1)).map(|n| format!("{head}.{n}"))
        }
        None => Some(format!("{number}.1")),
    };
    match bumped {
        Some(bumped) => format!("{prefix}{bumped}{suffix}"),
        None => format!("{version}.1"),
    }
}

/// The length in bytes of the `digits(.digits)*` run at the start of `text`.
fn dotted_number_len(text: &str) -> usize {
    let mut len = 0;
    let mut after_dot = false;
    for (i, c) in text.char_indices() {
        if c.is_ascii_digit() {
            len = i + 1;
            after_dot = false;
        } else if c == '.' && !after_dot && len == i {
            after_dot = true;
        } else {
            break;
        }
    }
    len
}

/// The numbers in a version string, for ordering versions of one framework: "1.10" after "1.9",
/// "2.0-draft" after "1.9". Text between numbers is ignored; a version with no number sorts first.
pub fn version_key(version: &str) -> Vec<u64> {
    version
        .split(|c: char| !c.is_ascii_digit())
        .filter(|part| !part.is_empty())
        .map(|part| part.parse::<u64>().unwrap_or(u64::MAX))
        .collect()
}
