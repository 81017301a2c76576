//! The framework a specification is scored against: its scale, sections, criteria,
//! bands and timescale rules. Plain data; the maths lives in `results` and `timescale`.
//!
//! A framework is worded in one language (`language`, English unless it says) and may carry its
//! wording in others (`languages`: a [`Translation`] per language code, keyed by the ids of what
//! it words). Wording is not rules: neither is in the rules hash (`rules_hash`), so an assessment
//! scored in Welsh and one scored in English are scored under the same rules.
//! [`Framework::in_language`] gives the framework worded in a language.

use std::borrow::Cow;
use std::collections::BTreeMap;

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
    /// The language of the framework's own wording, as a code: "en" or "cy". Left out of the file
    /// when English, which is what its absence means (every framework before file format 4).
    #[serde(default = "default_language", skip_serializing_if = "is_default_language")]
    pub language: String,
    /// Its wording in other languages, by code ("cy"). Left out of the file when there is none.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub languages: BTreeMap<String, Translation>,
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
    /// "co-produc*"). Wording, not a scoring rule: left out of both hashes (see `rules_hash`),
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

// ---------------------------------------------------------------------------------------------
// Languages
// ---------------------------------------------------------------------------------------------

/// The languages Spec Lens has: the codes a framework, its translations and a file may name.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Language {
    #[default]
    English,
    Welsh,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::English, Language::Welsh];

    /// The BCP 47 code written in files and in `lang` attributes: "en", "cy".
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Welsh => "cy",
        }
    }

    /// The language with this code (exactly as written in files), or None.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Its name in English, for sentences about a file's fields: "English", "Welsh".
    pub fn english_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Welsh => "Welsh",
        }
    }
}

/// "en": what a framework's `language` and a file's `language` mean when absent.
pub const DEFAULT_LANGUAGE: &str = "en";

fn default_language() -> String {
    DEFAULT_LANGUAGE.into()
}

fn is_default_language(code: &String) -> bool {
    code == DEFAULT_LANGUAGE
}

/// A framework's wording in another language, keyed by the ids of what it words. Every field may
/// be left empty (or out of the file), and each empty one falls back to the framework's own
/// wording (`Framework::in_language`). Sources are not translated: they are titles of documents.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Translation {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    #[serde(default, skip_serializing_if = "ScaleWording::is_empty")]
    pub scale: ScaleWording,
    /// By section id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sections: BTreeMap<String, SectionWording>,
    /// By criterion id (criterion ids are unique in a framework).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub criteria: BTreeMap<CriterionId, CriterionWording>,
}

impl Translation {
    pub fn is_empty(&self) -> bool {
        *self == Translation::default()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ScaleWording {
    /// For levels 0, 1, 2… in order: at most five; fewer, or blank fields, fall back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<LevelWording>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub not_applicable_label: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub insufficient_evidence_label: String,
}

impl ScaleWording {
    pub fn is_empty(&self) -> bool {
        *self == ScaleWording::default()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LevelWording {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub descriptor: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SectionWording {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CriterionWording {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub question: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub guidance: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub meets: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub falls_short: String,
    /// For levels 0..=4, as the criterion's own `descriptors`; a blank one falls back to the
    /// criterion's own descriptor for that level, then to the scale's (in this language).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub descriptors: Vec<String>,
    /// The evidence finder's terms in this language, looked for as well as the framework's own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub search_terms: Vec<String>,
}

impl Framework {
    /// The framework worded in `language` (a code: "en", "cy"): each field from its translation
    /// where that has one, else the framework's own wording, field by field. The rules are
    /// untouched, so the result has the same rules hash. Borrowed when nothing changes: the
    /// framework's own language, or one it has no translation for.
    ///
    /// The result is a view for showing, scoring and reporting: its `language` is `language` and it
    /// carries no translations. Store and export the framework itself, which keeps them all.
    pub fn in_language(&self, language: &str) -> Cow<'_, Framework> {
        let Some(translation) = self.languages.get(language).filter(|_| language != self.language) else {
            return Cow::Borrowed(self);
        };
        let mut view = self.clone();
        view.languages.clear();
        view.language = language.to_string();
        put(&mut view.title, &translation.title);
        put(&mut view.summary, &translation.summary);
        let scale = &translation.scale;
        for (level, wording) in view.scale.levels.iter_mut().zip(&scale.levels) {
            put(&mut level.label, &wording.label);
            put(&mut level.descriptor, &wording.descriptor);
        }
        put(&mut view.scale.not_applicable_label, &scale.not_applicable_label);
        put(&mut view.scale.insufficient_evidence_label, &scale.insufficient_evidence_label);
        for section in &mut view.sections {
            if let Some(wording) = translation.sections.get(&section.id) {
                put(&mut section.title, &wording.title);
                put(&mut section.summary, &wording.summary);
            }
            for criterion in &mut section.criteria {
                if let Some(wording) = translation.criteria.get(&criterion.id) {
                    criterion.word(wording);
                }
            }
        }
        Cow::Owned(view)
    }

    /// Its title in `language`, as `in_language` gives it, without copying the framework (a list of
    /// assessments shows one title per row).
    pub fn title_in(&self, language: &str) -> &str {
        match self.languages.get(language).filter(|t| language != self.language && !t.title.trim().is_empty())
        {
            Some(translation) => &translation.title,
            None => &self.title,
        }
    }

    /// The codes of the languages this framework can be shown in: its own first, then its
    /// translations' in code order.
    pub fn language_codes(&self) -> Vec<&str> {
        let others = self.languages.keys().map(String::as_str).filter(|code| *code != self.language);
        std::iter::once(self.language.as_str()).chain(others).collect()
    }
}

impl Criterion {
    fn word(&mut self, wording: &CriterionWording) {
        put(&mut self.title, &wording.title);
        put(&mut self.question, &wording.question);
        put(&mut self.guidance, &wording.guidance);
        put(&mut self.meets, &wording.meets);
        put(&mut self.falls_short, &wording.falls_short);
        let translated = wording.descriptors.iter().any(|d| !d.trim().is_empty());
        if translated {
            // A blank translated level keeps the criterion's own descriptor for it, if any; a
            // level with neither is left blank, which shows the scale's (translated) descriptor.
            let own = std::mem::take(&mut self.descriptors);
            self.descriptors = (0..=usize::from(MAX_LEVEL))
                .map(|level| match wording.descriptors.get(level).filter(|d| !d.trim().is_empty()) {
                    Some(d) => d.clone(),
                    None => own.get(level).cloned().unwrap_or_default(),
                })
                .collect();
        }
        // The translated terms join the framework's own rather than replace them: a specification
        // scored in Welsh is often written in English, or in both, and silence must mean silence in
        // either language.
        for term in &wording.search_terms {
            if !self.search_terms.contains(term) {
                self.search_terms.push(term.clone());
            }
        }
    }
}

/// Puts a translated text in place of the framework's own, unless it is blank.
fn put(own: &mut String, translated: &str) {
    if !translated.trim().is_empty() {
        *own = translated.to_string();
    }
}
