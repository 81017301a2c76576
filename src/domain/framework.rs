//! The framework a specification is scored against: its scale, sections, criteria,
//! bands and timescale rules. Plain data; the maths lives in `results` and `timescale`.

use super::finder::{fold_text, Fold};
use serde::{Deserialize, Serialize};

/// Identifies a criterion across framework versions, so answers carry over when re-scoring.
pub type CriterionId = String;

/// The numeric levels run 0..=MAX_LEVEL.
pub const MAX_LEVEL: u8 = 4;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Framework {
    pub id: String,
    /// Human version, e.g. "1.0". A change to the scoring rules needs a new version.
    pub version: String,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    pub scale: Scale,
    pub sections: Vec<Section>,
    #[serde(default)]
    pub bands: BandThresholds,
    #[serde(default)]
    pub timescale_rules: TimescaleRules,
    /// How failed critical criteria hold the band down. Left out of the file when it is the
    /// default, so frameworks from before it existed (1.0) keep their rules hash.
    #[serde(default, skip_serializing_if = "CriticalCaps::is_default")]
    pub critical_caps: CriticalCaps,
}

/// Levels 0 to 4, each with a label and a generic descriptor, plus the two answers that are not numbers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scale {
    /// Exactly five entries, for levels 0, 1, 2, 3 and 4 in that order.
    pub levels: Vec<LevelDef>,
    #[serde(default = "default_na_label")]
    pub not_applicable_label: String,
    #[serde(default = "default_insufficient_label")]
    pub insufficient_evidence_label: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LevelDef {
    pub label: String,
    pub descriptor: String,
}

fn default_na_label() -> String {
    "Not applicable".into()
}

fn default_insufficient_label() -> String {
    "Insufficient evidence".into()
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    /// Relative weight of the section in the overall percentage. Zero leaves it out.
    pub weight: f64,
    pub criteria: Vec<Criterion>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Criterion {
    pub id: CriterionId,
    pub title: String,
    pub question: String,
    #[serde(default)]
    pub guidance: String,
    /// What evidence in a specification meets the criterion.
    #[serde(default)]
    pub meets: String,
    /// What falls short of it.
    #[serde(default)]
    pub falls_short: String,
    /// Relative weight within its section. Zero leaves it out of the section's percentage.
    pub weight: f64,
    /// A critical criterion answered 0, 1 or Insufficient evidence caps the band.
    #[serde(default)]
    pub critical: bool,
    /// Overrides of the scale's descriptors for levels 0..=4; empty means use the scale's.
    #[serde(default)]
    pub descriptors: Vec<String>,
    pub sources: Vec<Source>,
    /// Words and phrases the evidence finder looks for in a specification ("women", "OASys",
    /// "co-produc*"). Wording, not a scoring rule: left out of the rules hash (see `rules_hash`),
    /// so adding or translating terms never changes how an assessment scores.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub search_terms: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub title: String,
    pub publisher: String,
    /// None when the source itself gives no date: a year is never guessed.
    #[serde(default)]
    pub year: Option<u16>,
    pub url: String,
}

/// Lower bounds (inclusive) of the bands on the overall percentage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BandThresholds {
    pub outstanding: f64,
    pub good: f64,
    pub requires_improvement: f64,
}

impl Default for BandThresholds {
    /// The words HM Inspectorate of Probation already uses, with its cut-offs.
    fn default() -> Self {
        Self { outstanding: 80.0, good: 60.0, requires_improvement: 40.0 }
    }
}

/// One failed critical criterion always holds the band at Requires improvement; a framework may
/// also say how many failed critical criteria hold it at Inadequate.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriticalCaps {
    /// From this many failed critical criteria, the band is held at Inadequate. None: never.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inadequate_from: Option<u32>,
}

impl CriticalCaps {
    pub fn is_default(&self) -> bool {
        *self == CriticalCaps::default()
    }
}

/// Timescale rules as data, so a framework can set its own expectations.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimescaleRules {
    /// The needs assessment must be completed on or before the day the specification is published.
    pub needs_assessment_before_publication: bool,
    /// Minimum length of the consultation window, in weeks.
    pub min_consultation_weeks: Option<u32>,
    /// Minimum time from publishing the specification to the service starting, in weeks.
    pub min_weeks_publication_to_start: Option<u32>,
    /// The criteria each rule's finding is about, so a finding that contradicts an answer can be
    /// shown beside it. Left out of the file when empty (frameworks from before it existed).
    #[serde(default, skip_serializing_if = "TimescaleCriteria::is_empty")]
    pub criteria: TimescaleCriteria,
}

/// For each timescale rule, the criterion whose answer its finding bears on, if any.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimescaleCriteria {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needs_assessment_before_publication: Option<CriterionId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consultation_window: Option<CriterionId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publication_to_start: Option<CriterionId>,
}

impl TimescaleCriteria {
    pub fn is_empty(&self) -> bool {
        *self == TimescaleCriteria::default()
    }
}

impl Default for TimescaleRules {
    fn default() -> Self {
        Self {
            needs_assessment_before_publication: true,
            min_consultation_weeks: None,
            min_weeks_publication_to_start: None,
            criteria: TimescaleCriteria::default(),
        }
    }
}

impl Framework {
    pub fn criteria(&self) -> impl Iterator<Item = (&Section, &Criterion)> {
        self.sections.iter().flat_map(|s| s.criteria.iter().map(move |c| (s, c)))
    }

    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria().map(|(_, c)| c).find(|c| c.id == id)
    }

    pub fn criterion_count(&self) -> usize {
        self.sections.iter().map(|s| s.criteria.len()).sum()
    }

    /// The descriptor shown for `level` on `criterion`: its own if it has one, else the scale's.
    pub fn descriptor<'a>(&'a self, criterion: &'a Criterion, level: u8) -> &'a str {
        let own = criterion.descriptors.get(level as usize).filter(|d| !d.trim().is_empty());
        match own {
            Some(d) => d,
            None => self.scale.levels.get(level as usize).map_or("", |l| l.descriptor.as_str()),
        }
    }

    pub fn level_label(&self, level: u8) -> &str {
        self.scale.levels.get(level as usize).map_or("", |l| l.label.as_str())
    }
}

impl Criterion {
    /// Whether every word of `query` is in the criterion's text or sources, for the Frameworks page
    /// filter: ignoring case and accents as the evidence finder does (`fold`: "cymraeg" and
    /// "CYMRAEG" find "Cymraeg", "gwyl" finds "Gŵyl"), but anywhere in a word, so that what is
    /// typed so far already filters ("cym"). An empty query matches everything.
    pub fn matches(&self, query: &str, fold: &dyn Fold) -> bool {
        let words: Vec<String> = query.split_whitespace().map(|word| fold_text(word, fold)).collect();
        if words.is_empty() {
            return true;
        }
        let haystack = fold_text(&self.search_text(), fold);
        words.iter().all(|word| haystack.contains(word.as_str()))
    }

    /// Its text, sources and search terms (what the finder looks for: "Cymraeg" finds the
    /// Welsh-language criterion).
    fn search_text(&self) -> String {
        let sources = self.sources.iter().map(|s| format!("{} {}", s.title, s.publisher));
        let text = [&self.id, &self.title, &self.question, &self.guidance, &self.meets, &self.falls_short]
            .into_iter()
            .cloned()
            .chain(self.descriptors.iter().cloned())
            .chain(sources)
            .chain(self.search_terms.iter().cloned())
            .collect::<Vec<_>>()
            .join(" ");
        text
    }
}
