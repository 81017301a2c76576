//! A moderation: a workshop over several people's assessments of the same specification under the
//! same framework. Each person scores blind; per criterion the room reveals the scores, looks at the
//! spread, and agrees one answer with the reason written down. Tender evaluation and NHS EDS 2022
//! grading work this way.
//!
//! Pure: times come in as arguments (milliseconds since the epoch for the timer).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::assessment::{Answer, Assessment, FrameworkRef, Response, Status};
use super::case::lower;
use super::framework::{CriterionId, Framework, MAX_LEVEL};
use super::rules_hash::{canonical_json, rules_hash, sha256_hex};
use super::sorting;
use super::specification::Specification;

/// Perspectives a room is expected to hear from; the facilitator ticks those present and may add others.
pub const PERSPECTIVES: [&str; 8] = [
    "Police and crime commissioner's office",
    "Probation",
    "Local authority",
    "Health",
    "Housing",
    "Voluntary-sector providers",
    "People with lived experience",
    "Commissioning team",
];

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Moderation {
    /// Derived from the merged files, so merging the same files twice gives the same id.
    pub id: String,
    pub specification: Specification,
    pub framework: FrameworkRef,
    /// The people whose blind scores are compared, in a fixed order (see [`merge`]).
    pub scorers: Vec<Scorer>,
    /// Who took part: roles and perspectives present, names optional.
    #[serde(default)]
    pub participants: Vec<Participant>,
    /// Keyed by criterion id; a criterion with no entry is still blind.
    #[serde(default)]
    pub items: BTreeMap<CriterionId, Item>,
    #[serde(deserialize_with = "crate::domain::rfc3339::deserialize_date_time")]
    pub created_at: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scorer {
    /// As written in the file; may be blank.
    pub name: String,
    pub source: ScoreSource,
    #[serde(default)]
    pub responses: BTreeMap<CriterionId, Response>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ScoreSource {
    /// Scored alone and brought as an assessment file (or taken from this browser's library).
    File { assessment_id: String, file_name: String },
    /// Typed in turn on the facilitator's machine, hidden until reveal.
    Typed,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub perspective: String,
    #[serde(default)]
    pub name: String,
}

/// Where the room is with one criterion.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub phase: Phase,
    #[serde(default)]
    pub agreed: Option<Agreement>,
    /// The facilitator's notes; shown in the presenter view, never on the projector.
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub timer: Timer,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Scores exist but nobody sees them.
    #[default]
    Blind,
    Revealed,
    Agreed,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agreement {
    pub answer: Answer,
    pub rationale: String,
}

/// A stopwatch per criterion. Stored as times, not ticks, so two windows showing it agree.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timer {
    /// Time counted before the current run.
    #[serde(default)]
    pub elapsed_ms: u64,
    /// When the current run started, if running.
    #[serde(default)]
    pub running_since_ms: Option<i64>,
}

impl Timer {
    pub fn elapsed(&self, now_ms: i64) -> u64 {
        let running = self.running_since_ms.map_or(0, |since| now_ms.saturating_sub(since).max(0) as u64);
        self.elapsed_ms.saturating_add(running)
    }

    pub fn is_running(&self) -> bool {
        self.running_since_ms.is_some()
    }

    /// Starts a stopped timer, stops a running one.
    pub fn toggle(&mut self, now_ms: i64) {
        match self.running_since_ms {
            Some(_) => {
                self.elapsed_ms = self.elapsed(now_ms);
                self.running_since_ms = None;
            }
            None => self.running_since_ms = Some(now_ms),
        }
    }

    pub fn reset(&mut self) {
        *self = Timer::default();
    }
}

/// "4:05", for the timer.
pub fn format_duration(ms: u64) -> String {
    let seconds = ms / 1000;
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// One assessor's file, read and ready to merge.
#[derive(Clone, Debug, PartialEq)]
pub struct Scored {
    pub assessment: Assessment,
    pub framework: Framework,
    pub file_name: String,
}

/// Why files could not be merged into one moderation. Each names the file and the difference;
/// the interface words it (`i18n::messages::merge::merge_error`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MergeError {
    TooFew {
        count: usize,
    },
    DifferentFramework {
        file: String,
        found: FrameworkName,
        expected: FrameworkName,
    },
    /// `found` and `expected` are the first 12 hex digits of the two rules hashes.
    DifferentRules {
        file: String,
        framework: FrameworkName,
        found: String,
        expected: String,
    },
    DifferentSpecification {
        file: String,
        found: String,
        expected: String,
    },
}

/// A framework as a refusal names it: its title and version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrameworkName {
    pub title: String,
    pub version: String,
}

/// What the facilitator should check before starting, stored with the workshop as structure and
/// worded when shown (`i18n::messages::merge::flag_text`). Read back by hand (see `FlagVisitor`),
/// which also takes the English sentences stored before flags were structure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Flag {
    /// One assessor (names compared without case) in more than one file: the name as the first
    /// of them gives it, and the files in scorer order.
    SameAssessor { name: String, files: Vec<String> },
    /// A flag an earlier version stored as an English sentence that is not one this version
    /// wrote: shown as it is.
    Text { text: String },
}

impl Flag {
    /// The sentence versions before flags were structure stored (in English), read back into the
    /// flag it words; any other text is kept as it is.
    pub fn from_old_sentence(text: &str) -> Flag {
        let parsed = (|| {
            let (name, rest) = text.split_once(" is the assessor in ")?;
            let (count, rest) = rest.split_once(" files (")?;
            let list = rest.strip_suffix(OLD_FLAG_END)?;
            let files: Vec<String> = list.split(", ").map(str::to_string).collect();
            let flag = Flag::SameAssessor { name: name.to_string(), files };
            (count.parse::<usize>().ok()? >= 2 && old_flag_sentence(&flag).as_deref() == Some(text))
                .then_some(flag)
        })();
        parsed.unwrap_or_else(|| Flag::Text { text: text.to_string() })
    }
}

const OLD_FLAG_END: &str = "); check that one person's scores were not loaded twice, or remove one.";

/// The English sentence earlier versions stored for `flag`: only to recognise it.
fn old_flag_sentence(flag: &Flag) -> Option<String> {
    let Flag::SameAssessor { name, files } = flag else { return None };
    Some(format!("{name} is the assessor in {} files ({}{OLD_FLAG_END}", files.len(), files.join(", ")))
}

impl<'de> Deserialize<'de> for Flag {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Flag, D::Error> {
        deserializer.deserialize_any(FlagVisitor)
    }
}

/// A flag as stored: `{"kind": "same_assessor", "name", "files"}` or `{"kind": "text", "text"}`,
/// or (before flags were structure) an English sentence. Written by hand: serde's derived reading
/// of a tagged enum, taken with an untagged one for the old sentences, cost the page several KB.
struct FlagVisitor;

impl<'de> serde::de::Visitor<'de> for FlagVisitor {
    type Value = Flag;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a flag")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Flag, E> {
        Ok(Flag::from_old_sentence(text))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Flag, A::Error> {
        use serde::de::Error;
        let (mut kind, mut name, mut files, mut text) = (None::<String>, None, None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "kind" => kind = Some(map.next_value()?),
                "name" => name = Some(map.next_value()?),
                "files" => files = Some(map.next_value()?),
                "text" => text = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        match kind.as_deref() {
            Some("same_assessor") => Ok(Flag::SameAssessor {
                name: name.ok_or_else(|| A::Error::missing_field("name"))?,
                files: files.ok_or_else(|| A::Error::missing_field("files"))?,
            }),
            Some("text") => Ok(Flag::Text { text: text.ok_or_else(|| A::Error::missing_field("text"))? }),
            Some(other) => Err(A::Error::unknown_variant(other, &["same_assessor", "text"])),
            None => Err(A::Error::missing_field("kind")),
        }
    }
}

/// The merged moderation, its framework, and anything the facilitator should check.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    pub moderation: Moderation,
    pub framework: Framework,
    /// For example the same assessor in two files. Shown, never fatal.
    pub flags: Vec<Flag>,
}

/// Merges assessors' files into a moderation. The result does not depend on the order of the
/// files: they are sorted by assessor, then assessment id, then content, before anything else.
pub fn merge(mut files: Vec<Scored>, now: DateTime<Utc>) -> Result<Merged, MergeError> {
    if files.len() < 2 {
        return Err(MergeError::TooFew { count: files.len() });
    }
    sorting::sort_by(&mut files, order);
    let first = &files[0];
    let expected_hash = rules_hash(&first.framework);
    for file in &files[1..] {
        check_same(first, &expected_hash, file)?;
    }
    let flags = duplicate_assessors(&files);
    let id = moderation_id(&files);
    let framework = first.framework.clone();
    let moderation = Moderation {
        id,
        specification: first.assessment.specification.clone(),
        framework: FrameworkRef {
            id: framework.id.clone(),
            version: framework.version.clone(),
            rules_hash: expected_hash,
        },
        scorers: files.into_iter().map(scorer_from).collect(),
        participants: Vec::new(),
        items: BTreeMap::new(),
        created_at: now,
    };
    Ok(Merged { moderation, framework, flags })
}

/// Assessor, then assessment id, then (only on a tie, which is rare) the answers themselves.
fn order(a: &Scored, b: &Scored) -> std::cmp::Ordering {
    let key = |s: &Scored| (lower(s.assessment.assessor.trim()), s.assessment.id.clone());
    key(a)
        .cmp(&key(b))
        .then_with(|| canonical_json(&a.assessment.responses).cmp(&canonical_json(&b.assessment.responses)))
}

fn check_same(first: &Scored, expected_hash: &str, file: &Scored) -> Result<(), MergeError> {
    let (want, got) = (&first.framework, &file.framework);
    if want.id != got.id {
        return Err(MergeError::DifferentFramework {
            file: file.file_name.clone(),
            found: framework_name(got),
            expected: framework_name(want),
        });
    }
    // Equal frameworks have equal hashes: hash only one that differs (hashing is the slow part).
    let hash = if got == want { expected_hash.to_string() } else { rules_hash(got) };
    if hash != expected_hash {
        return Err(MergeError::DifferentRules {
            file: file.file_name.clone(),
            framework: framework_name(want),
            found: short_hash(&hash),
            expected: short_hash(expected_hash),
        });
    }
    let (want, got) = (&first.assessment.specification, &file.assessment.specification);
    if !same_specification(want, got) {
        return Err(MergeError::DifferentSpecification {
            file: file.file_name.clone(),
            found: got.title.clone(),
            expected: want.title.clone(),
        });
    }
    Ok(())
}

fn framework_name(framework: &Framework) -> FrameworkName {
    FrameworkName { title: framework.title.clone(), version: framework.version.clone() }
}

fn short_hash(hash: &str) -> String {
    let hex = hash.trim_start_matches("sha256:");
    hex.get(..12).unwrap_or(hex).to_string()
}

/// Two people scored the same specification when they opened the same file (same SHA-256), when
/// its text is the same (white space aside), or, when neither has text, its title is.
pub fn same_specification(a: &Specification, b: &Specification) -> bool {
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    if let (Some(a), Some(b)) = (
        a.document.as_ref().and_then(|d| d.source.as_ref()),
        b.document.as_ref().and_then(|d| d.source.as_ref()),
    ) {
        if a.sha256 == b.sha256 {
            return true;
        }
    }
    let (text_a, text_b) = (words(&a.plain_text()), words(&b.plain_text()));
    if text_a.is_empty() && text_b.is_empty() {
        return lower(&words(&a.title)) == lower(&words(&b.title));
    }
    text_a == text_b
}

fn duplicate_assessors(files: &[Scored]) -> Vec<Flag> {
    let mut seen: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for file in files {
        let name = lower(file.assessment.assessor.trim());
        if !name.is_empty() {
            seen.entry(name).or_default().push(&file.file_name);
        }
    }
    let mut flags = Vec::new();
    for file in files {
        let name = file.assessment.assessor.trim();
        if let Some(files) = seen.remove(&lower(name)).filter(|f| f.len() > 1) {
            let files = files.into_iter().map(str::to_string).collect();
            flags.push(Flag::SameAssessor { name: name.to_string(), files });
        }
    }
    flags
}

/// A hash of who scored (name in small letters), which assessment and their answers, in the
/// order of [`order`] by those names. Merging the same files again gives the same id, and saving
/// its agreed result replaces the one saved before (`Library::insert_replacing`), so the names
/// are made small the way ids were first made, by [`frozen_lower`], not by `case::lower`: with
/// Unicode's lower case, names with İ, a capital final Σ, or capitals of scripts the first rules
/// left alone (Armenian, Georgian, Cherokee, ...) would give new ids for the same files.
fn moderation_id(files: &[Scored]) -> String {
    let mut keys: Vec<_> = files
        .iter()
        .map(|f| (frozen_lower(f.assessment.assessor.trim()), &f.assessment.id, &f.assessment.responses))
        .collect();
    // The files are in `order`, by `case::lower`; the id keeps the order of the frozen names.
    sorting::sort_by(&mut keys, |a, b| {
        (&a.0, a.1).cmp(&(&b.0, b.1)).then_with(|| canonical_json(a.2).cmp(&canonical_json(b.2)))
    });
    let text = canonical_json(&keys);
    let hash = sha256_hex(text.as_bytes());
    format!("workshop-{}", hash.get(..12).unwrap_or(&hash))
}

/// Lower case as workshop ids were first made, kept exactly so that ids do not change: Basic
/// Latin, Latin-1, Latin Extended-A, Latin Extended Additional, Greek and Cyrillic capitals made
/// small by rule (İ as i, Σ always σ), every other character as written. For ids only; names are
/// compared by `case::lower`.
fn frozen_lower(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars().map(frozen_lower_char).collect()
}

fn frozen_lower_char(c: char) -> char {
    let code = c as u32;
    let small = match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => code + 32,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => code | 1,
        0x139..=0x148 | 0x179..=0x17E if code % 2 == 1 => code + 1,
        0x130 => 0x69,
        0x178 => 0xFF,
        0x1E9E => 0xDF,
        0x370..=0x373 | 0x376 => code | 1,
        0x37F => 0x3F3,
        0x386 => 0x3AC,
        0x388..=0x38A => code + 37,
        0x38C => 0x3CC,
        0x38E | 0x38F => code + 63,
        0x391..=0x3A1 | 0x3A3..=0x3AB => code + 32,
        0x400..=0x40F => code + 80,
        0x410..=0x42F => code + 32,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F => code | 1,
        0x4C1..=0x4CE if code % 2 == 1 => code + 1,
        0x4C0 => 0x4CF,
        _ => code,
    };
    char::from_u32(small).unwrap_or(c)
}

fn scorer_from(file: Scored) -> Scorer {
    Scorer {
        name: file.assessment.assessor,
        source: ScoreSource::File { assessment_id: file.assessment.id, file_name: file.file_name },
        responses: file.assessment.responses,
    }
}

/// The lowest, highest and range of the scores given to one criterion.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spread {
    pub lowest: Option<u8>,
    pub highest: Option<u8>,
    /// Scorers who gave a level or Insufficient evidence (which scores 0).
    pub scored: usize,
    pub not_applicable: usize,
    pub insufficient: usize,
    /// Scorers with no answer to this criterion.
    pub missing: usize,
}

impl Spread {
    pub fn range(&self) -> Option<u8> {
        Some(self.highest? - self.lowest?)
    }

    /// 0 (all agree) to 4: the range, or the whole scale when some say Not applicable and others
    /// score it, since the room then disagrees on whether the criterion applies at all.
    pub fn disagreement(&self) -> u8 {
        if self.not_applicable > 0 && self.scored > 0 {
            return MAX_LEVEL;
        }
        self.range().unwrap_or(0)
    }
}

impl Moderation {
    /// Each scorer's answer to `criterion`, in scorer order.
    pub fn answers<'a>(&'a self, criterion: &'a str) -> impl Iterator<Item = Option<&'a Answer>> + 'a {
        self.scorers.iter().map(move |s| s.responses.get(criterion).map(|r| &r.answer))
    }

    pub fn spread(&self, criterion: &str) -> Spread {
        let mut spread = Spread::default();
        for answer in self.answers(criterion) {
            match answer {
                None => spread.missing += 1,
                Some(Answer::NotApplicable { .. }) => spread.not_applicable += 1,
                Some(answer) => {
                    if matches!(answer, Answer::InsufficientEvidence) {
                        spread.insufficient += 1;
                    }
                    let points = answer.points().unwrap_or(0);
                    spread.scored += 1;
                    spread.lowest = Some(spread.lowest.map_or(points, |l| l.min(points)));
                    spread.highest = Some(spread.highest.map_or(points, |h| h.max(points)));
                }
            }
        }
        spread
    }

    pub fn phase(&self, criterion: &str) -> Phase {
        self.items.get(criterion).map_or(Phase::Blind, |i| i.phase)
    }

    pub fn item(&self, criterion: &str) -> Item {
        self.items.get(criterion).cloned().unwrap_or_default()
    }

    fn item_mut(&mut self, criterion: &str) -> &mut Item {
        self.items.entry(criterion.to_string()).or_default()
    }

    /// Blind to revealed. Revealing twice changes nothing; an agreed criterion stays agreed.
    pub fn reveal(&mut self, criterion: &str) {
        let item = self.item_mut(criterion);
        if item.phase == Phase::Blind {
            item.phase = Phase::Revealed;
        }
    }

    /// Records the room's answer. Only after reveal, and only with a reason.
    pub fn agree(&mut self, criterion: &str, answer: Answer, rationale: &str) -> Result<(), PhaseError> {
        let rationale = rationale.trim();
        if self.phase(criterion) == Phase::Blind {
            return Err(PhaseError::NotRevealed);
        }
        if rationale.is_empty() {
            return Err(PhaseError::NoRationale);
        }
        let answer = match answer {
            Answer::NotApplicable { reason } if reason.trim().is_empty() => {
                Answer::NotApplicable { reason: rationale.to_string() }
            }
            Answer::Level { level } => Answer::Level { level: level.min(MAX_LEVEL) },
            other => other,
        };
        let item = self.item_mut(criterion);
        item.phase = Phase::Agreed;
        item.agreed = Some(Agreement { answer, rationale: rationale.to_string() });
        Ok(())
    }

    /// Agreed back to revealed, so the room can think again; the agreed answer is removed.
    pub fn reopen(&mut self, criterion: &str) {
        let item = self.item_mut(criterion);
        if item.phase == Phase::Agreed {
            item.phase = Phase::Revealed;
            item.agreed = None;
        }
    }

    /// Adds a person who scores on the facilitator's machine; returns their place among the scorers.
    pub fn add_typed_scorer(&mut self, name: &str) -> usize {
        self.scorers.push(Scorer {
            name: name.trim().to_string(),
            source: ScoreSource::Typed,
            responses: BTreeMap::new(),
        });
        self.scorers.len() - 1
    }

    /// A typed scorer's blind score. Refused once the criterion is revealed, so nobody scores
    /// after seeing the others; file scores are never changed here.
    pub fn record_blind(&mut self, scorer: usize, criterion: &str, answer: Answer) -> Result<(), PhaseError> {
        if self.phase(criterion) != Phase::Blind {
            return Err(PhaseError::AlreadyRevealed);
        }
        let Some(s) = self.scorers.get_mut(scorer) else { return Err(PhaseError::NoSuchScorer) };
        if s.source != ScoreSource::Typed {
            return Err(PhaseError::FromFile);
        }
        s.responses
            .insert(criterion.to_string(), Response { answer, rationale: String::new(), evidence: vec![] });
        Ok(())
    }

    pub fn set_notes(&mut self, criterion: &str, notes: &str) {
        self.item_mut(criterion).notes = notes.to_string();
    }

    pub fn toggle_timer(&mut self, criterion: &str, now_ms: i64) {
        self.item_mut(criterion).timer.toggle(now_ms);
    }

    pub fn reset_timer(&mut self, criterion: &str) {
        self.item_mut(criterion).timer.reset();
    }

    /// How many criteria of `framework` are agreed.
    pub fn agreed_count(&self, framework: &Framework) -> usize {
        framework.criteria().filter(|(_, c)| self.phase(&c.id) == Phase::Agreed).count()
    }

    /// The scorer's name when names are shown and the scorer gave one; None means the scorer goes
    /// by their anonymous letter (`anonymous_letter`), which the interface words ("Assessor B").
    pub fn scorer_name(&self, index: usize, show_names: bool) -> Option<&str> {
        self.scorers.get(index).map(|s| s.name.trim()).filter(|name| show_names && !name.is_empty())
    }
}

/// A, B, … Z, then AA, AB, …: stable anonymous names in scorer order.
pub fn anonymous_letter(index: usize) -> String {
    let letter = |i: usize| char::from(b'A' + (i % 26) as u8);
    if index < 26 {
        letter(index).to_string()
    } else {
        format!("{}{}", letter(index / 26 - 1), letter(index))
    }
}

/// Why the room cannot do that yet; the interface words it
/// (`ui::components::moderation::phase_error`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhaseError {
    NotRevealed,
    NoRationale,
    AlreadyRevealed,
    NoSuchScorer,
    FromFile,
}

/// How criteria are ordered in the comparison and on the projector.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    #[default]
    Framework,
    /// Widest disagreement first; ties keep framework order.
    Disagreement,
}

/// Criterion ids in the order the room takes them.
pub fn criterion_order(moderation: &Moderation, framework: &Framework, sort: Sort) -> Vec<CriterionId> {
    let mut ids: Vec<CriterionId> = framework.criteria().map(|(_, c)| c.id.clone()).collect();
    if sort == Sort::Disagreement {
        sorting::sort_by_key(&mut ids, |id| std::cmp::Reverse(moderation.spread(id).disagreement()));
    }
    ids
}

/// Where the agreed assessment came from: the workshop, who took part, and each person's answers,
/// so its report can show the agreed answer beside the individual spread.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Provenance {
    pub moderation_id: String,
    pub participants: Vec<Participant>,
    /// Scorer names in order; None where the file gave none: that scorer goes by the anonymous
    /// letter of their place (`anonymous_letter`), worded when shown ("Assessor B"). Written as ""
    /// (as a blank `Scorer::name` is), which readers before this one also read. Versions before
    /// this wrote the English "Assessor B" in its place, which reads back as None.
    #[serde(serialize_with = "serialize_scorer_names", deserialize_with = "deserialize_scorer_names")]
    pub scorers: Vec<Option<String>>,
    /// Per criterion, each scorer's answer in scorer order (None where they gave none).
    pub individual: BTreeMap<CriterionId, Vec<Option<Answer>>>,
}

impl Provenance {
    /// The name of the scorer at `index`, or None when they go by their anonymous letter.
    pub fn scorer_name(&self, index: usize) -> Option<&str> {
        self.scorers.get(index)?.as_deref().map(str::trim).filter(|name| !name.is_empty())
    }
}

/// What versions before scorer names were structure wrote for a scorer without a name.
fn old_anonymous_name(index: usize) -> String {
    format!("Assessor {}", anonymous_letter(index))
}

fn serialize_scorer_names<S: serde::Serializer>(
    names: &[Option<String>],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(names.iter().map(|name| name.as_deref().unwrap_or("")))
}

/// Names as written: a name, "" or null for none, or the old English "Assessor B" at B's place.
fn deserialize_scorer_names<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<Option<String>>, D::Error> {
    let stored = Vec::<Option<String>>::deserialize(deserializer)?;
    Ok(stored
        .into_iter()
        .enumerate()
        .map(|(i, name)| name.filter(|n| !n.trim().is_empty() && *n != old_anonymous_name(i)))
        .collect())
}

/// Who an assessment is by, for the interface to word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssessedBy<'a> {
    /// The assessor as written.
    Named(&'a str),
    /// Agreed in a workshop of this many scorers (an agreed assessment has no assessor of its own).
    Workshop { scorers: usize },
    /// No name given.
    Unnamed,
}

pub fn assessed_by(assessment: &Assessment) -> AssessedBy<'_> {
    match (assessment.assessor.trim(), &assessment.provenance) {
        ("", Some(provenance)) => AssessedBy::Workshop { scorers: provenance.scorers.len() },
        ("", None) => AssessedBy::Unnamed,
        (name, _) => AssessedBy::Named(name),
    }
}

/// Reads back what versions before this one wrote in English into an agreed assessment: the
/// assessor "Agreed in workshop (3 scorers)", where the count is its workshop's, becomes no
/// assessor (worded when shown, see [`assessed_by`]). Any other assessor is the user's own text
/// and is kept. Called by every reader of assessments (files, share links, stored entries); the
/// scorer names are read back by `Provenance` itself.
pub fn read_old_words(assessment: &mut Assessment) {
    if let Some(provenance) = &assessment.provenance {
        let n = provenance.scorers.len();
        if assessment.assessor == format!("Agreed in workshop ({n} scorers)") {
            assessment.assessor.clear();
        }
    }
}

/// The agreed result as an assessment like any other: agreed answers with their reasons, and the
/// workshop's provenance. Final when every criterion is agreed; a draft otherwise. It has no
/// assessor of its own: the interface says it was agreed in the workshop ([`assessed_by`]).
pub fn agreed_assessment(moderation: &Moderation, framework: &Framework, now: DateTime<Utc>) -> Assessment {
    let mut responses = BTreeMap::new();
    let mut individual = BTreeMap::new();
    for (_, criterion) in framework.criteria() {
        let id = &criterion.id;
        individual.insert(id.clone(), moderation.answers(id).map(|a| a.cloned()).collect());
        if let Some(agreed) = moderation.items.get(id).and_then(|i| i.agreed.as_ref()) {
            let response = Response {
                answer: agreed.answer.clone(),
                rationale: agreed.rationale.clone(),
                evidence: Vec::new(),
            };
            responses.insert(id.clone(), response);
        }
    }
    let all_agreed = moderation.agreed_count(framework) == framework.criterion_count();
    let scorers =
        (0..moderation.scorers.len()).map(|i| moderation.scorer_name(i, true).map(str::to_string)).collect();
    Assessment {
        id: format!("{}-agreed", moderation.id),
        specification: moderation.specification.clone(),
        framework: moderation.framework.clone(),
        assessor: String::new(),
        status: if all_agreed { Status::Final } else { Status::Draft },
        created_at: moderation.created_at,
        updated_at: now,
        revision: 1,
        responses,
        provenance: Some(Provenance {
            moderation_id: moderation.id.clone(),
            participants: moderation.participants.clone(),
            scorers,
            individual,
        }),
    }
}

/// A workshop in progress as both windows see it: the moderation, its framework, and where the
/// room is. Every change bumps `revision`, so a window can tell a newer state from an older one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub moderation: Moderation,
    pub framework: Framework,
    /// The criterion on screen; None means the first in order.
    #[serde(default)]
    pub current: Option<CriterionId>,
    #[serde(default)]
    pub sort: Sort,
    /// Assessor names on the projector: off unless the facilitator turns them on.
    #[serde(default)]
    pub show_names: bool,
    #[serde(default)]
    pub revision: u64,
    /// What the merge flagged (the same assessor twice), shown until the workshop ends.
    #[serde(default)]
    pub flags: Vec<Flag>,
}

impl Session {
    pub fn new(merged: Merged) -> Session {
        Session {
            moderation: merged.moderation,
            framework: merged.framework,
            current: None,
            sort: Sort::Framework,
            show_names: false,
            revision: 1,
            flags: merged.flags,
        }
    }

    pub fn order(&self) -> Vec<CriterionId> {
        criterion_order(&self.moderation, &self.framework, self.sort)
    }

    pub fn current_id(&self) -> Option<CriterionId> {
        let order = self.order();
        match &self.current {
            Some(id) if order.contains(id) => Some(id.clone()),
            _ => order.into_iter().next(),
        }
    }

    /// 1-based place of the current criterion, and how many there are.
    pub fn position(&self) -> (usize, usize) {
        let order = self.order();
        let place = match &self.current {
            Some(id) => order.iter().position(|x| x == id).map_or(1, |i| i + 1),
            None => 1,
        };
        (if order.is_empty() { 0 } else { place }, order.len())
    }

    /// Moves `delta` criteria along the order, stopping at either end.
    pub fn step(&mut self, delta: isize) {
        let order = self.order();
        let (place, total) = self.position();
        if total == 0 {
            return;
        }
        let target = (place as isize - 1 + delta).clamp(0, total as isize - 1) as usize;
        self.current = order.get(target).cloned();
    }

    /// True when `other` should replace this state: another workshop, or a later change.
    pub fn is_superseded_by(&self, other: &Session) -> bool {
        other.moderation.id != self.moderation.id || other.revision > self.revision
    }
}
