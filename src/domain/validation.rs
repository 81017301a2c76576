//! Validation of a framework for the editor: every problem at once, each tied to the field it is
//! about. A problem is structure (a kind and its numbers, [`Problem`]); `i18n::refusals` words it
//! as a sentence that says what is wrong and what to do, in the reader's language.
//!
//! The checks on ids are shared with the file importer (`format::normalise`), which refuses a file
//! on the first of them: answers are keyed by criterion id, so a blank or repeated id would mix up
//! answers. The other checks (text, weights, links, scale, bands) are the editor's: an imported file
//! with a blank title still opens, and the editor then asks for one.

use std::collections::HashSet;

use super::finder::{check_term, TermError};
use super::framework::{Criterion, Framework, Language, Section, Source, MAX_LEVEL};
use super::results::Band;

/// Which field of a framework a message is about. Positions are indexes into the framework as it is
/// edited (ids may be blank or repeated, so they cannot locate a field); `field` is the name of the
/// field as the model and the framework file spell it ("weight", "title", "url"…).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldPath {
    /// "id", "version" or "title" of the framework itself.
    Framework(&'static str),
    /// "levels", "not_applicable_label" or "insufficient_evidence_label".
    Scale(&'static str),
    /// The label of one level of the scale.
    Level {
        level: usize,
        field: &'static str,
    },
    /// "outstanding", "good" or "requires_improvement".
    Bands(&'static str),
    Section {
        section: usize,
        field: &'static str,
    },
    Criterion {
        section: usize,
        criterion: usize,
        field: &'static str,
    },
    Source {
        section: usize,
        criterion: usize,
        source: usize,
        field: &'static str,
    },
}

/// One problem, to show next to its field (`message()` words it).
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub path: FieldPath,
    pub problem: Problem,
}

/// What is wrong with a field: a kind and its numbers. Texts quoted from the framework (ids,
/// addresses, codes) are kept whole; the wording cuts them.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// A required field is blank.
    Needs(Needed),
    /// A text is longer than its limit.
    TooLong {
        chars: usize,
        max: usize,
    },
    NoCriteria,
    TooManyCriteria {
        count: usize,
    },
    /// A timescale rule names a criterion the framework does not have.
    UnknownRuleCriterion {
        id: String,
    },
    /// A timescale rule asks for more than [`MAX_WEEKS`] weeks.
    TooManyWeeks {
        weeks: u32,
    },
    /// The critical cap starts at 0 failed criteria.
    CapFromZero,
    /// The scale has other than `MAX_LEVEL + 1` levels.
    ScaleLevels {
        count: usize,
    },
    /// A band's lower bound is not a percentage.
    BandOutOfRange {
        band: Band,
        value: f64,
    },
    /// A band starts at or above the one above it.
    BandsOverlap {
        lower: Band,
        low: f64,
        higher: Band,
        high: f64,
    },
    /// Another section (`criterion` false) or criterion has this id.
    RepeatedId {
        criterion: bool,
        id: String,
    },
    /// A weight is negative, too heavy or not a number.
    Weight(WeightProblem),
    TooManyTerms {
        count: usize,
    },
    /// A search term the finder cannot use.
    BadTerm {
        term: String,
        error: TermError,
    },
    /// A source's address is not an http or https address.
    NotWebAddress {
        url: String,
    },
    /// The framework's language is not one Spec Lens has.
    UnknownLanguage {
        code: String,
    },
    /// A problem in the framework's wording in other languages.
    Translation(TranslationProblem),
}

/// A required field left blank.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needed {
    FrameworkId,
    FrameworkVersion,
    FrameworkTitle,
    LevelLabel { level: usize },
    NotApplicableLabel,
    InsufficientEvidenceLabel,
    SectionId,
    SectionTitle,
    CriterionId,
    CriterionTitle,
    CriterionQuestion,
    SourceTitle,
    SourceUrl,
}

/// Why a weight cannot be used.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum WeightProblem {
    /// More than [`MAX_WEIGHT`].
    TooHeavy(f64),
    /// Below 0.
    Negative(f64),
    NotANumber,
}

impl WeightProblem {
    /// The problem with a weight, or None for a weight a framework can use.
    pub fn of(weight: f64) -> Option<WeightProblem> {
        if is_valid_weight(weight) {
            None
        } else if weight > MAX_WEIGHT {
            Some(WeightProblem::TooHeavy(weight))
        } else if weight.is_finite() {
            Some(WeightProblem::Negative(weight))
        } else {
            Some(WeightProblem::NotANumber)
        }
    }
}

/// A problem with the wording of a framework in another language (`languages`): which language,
/// which part (by id), which field (the model's name: "title", "falls_short"…) and the numbers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TranslationProblem {
    /// Wording under a code Spec Lens does not have.
    UnknownCode {
        code: String,
    },
    /// Wording under the framework's own language.
    OwnLanguage {
        language: Language,
    },
    /// A field of the framework itself.
    FrameworkTooLong {
        language: Language,
        field: &'static str,
        chars: usize,
        max: usize,
    },
    TooManyLevels {
        language: Language,
        count: usize,
    },
    LevelTooLong {
        language: Language,
        field: &'static str,
        level: usize,
        chars: usize,
        max: usize,
    },
    UnknownSection {
        language: Language,
        id: String,
    },
    SectionTooLong {
        language: Language,
        field: &'static str,
        id: String,
        chars: usize,
        max: usize,
    },
    UnknownCriterion {
        language: Language,
        id: String,
    },
    CriterionTooLong {
        language: Language,
        field: &'static str,
        id: String,
        chars: usize,
        max: usize,
    },
    TooManyDescriptors {
        language: Language,
        id: String,
        count: usize,
    },
    DescriptorTooLong {
        language: Language,
        level: usize,
        id: String,
        chars: usize,
        max: usize,
    },
    TooManyTerms {
        language: Language,
        id: String,
        count: usize,
    },
    BadTerm {
        language: Language,
        id: String,
        term: String,
        error: TermError,
    },
}

/// A framework's first problem, as every way in refuses it: the field, the problem, and the ids
/// of the section and criterion it is in (blank when there are none, or they are blank), so that
/// the refusal can name the place.
#[derive(Clone, Debug, PartialEq)]
pub struct Refusal {
    pub path: FieldPath,
    pub problem: Problem,
    pub section_id: String,
    pub criterion_id: String,
}

/// A blank or repeated id, located by position: the structural problems an imported file is refused for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdIssue {
    pub section: usize,
    /// None when the issue is the section's own id.
    pub criterion: Option<usize>,
    /// None when the id is blank, else the repeated id.
    pub duplicate: Option<String>,
}

/// True for a weight a framework can use: a finite number, 0 or more. Zero is allowed because the
/// model gives it a meaning (it leaves the section or criterion out of the score) and framework
/// files use it; refusing it would make such a framework impossible to edit.
pub fn is_valid_weight(weight: f64) -> bool {
    weight.is_finite() && (0.0..=MAX_WEIGHT).contains(&weight)
}

/// True for an absolute http or https address with a host and no spaces: the links a source can
/// carry. Other schemes (javascript:, data:, file:) are refused, as the page opens these links.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let Some(rest) = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")) else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Every blank or repeated section and criterion id, in framework order (a section before its criteria).
pub fn id_issues(framework: &Framework) -> Vec<IdIssue> {
    let mut issues = Vec::new();
    let mut section_ids = HashSet::new();
    let mut criterion_ids = HashSet::new();
    for (s, section) in framework.sections.iter().enumerate() {
        if let Some(duplicate) = id_issue(&section.id, &mut section_ids) {
            issues.push(IdIssue { section: s, criterion: None, duplicate });
        }
        for (c, criterion) in section.criteria.iter().enumerate() {
            if let Some(duplicate) = id_issue(&criterion.id, &mut criterion_ids) {
                issues.push(IdIssue { section: s, criterion: Some(c), duplicate });
            }
        }
    }
    issues
}

/// Some(None) for a blank id, Some(Some(id)) for one already seen, None for a good one.
fn id_issue<'a>(id: &'a str, seen: &mut HashSet<&'a str>) -> Option<Option<String>> {
    if id.trim().is_empty() {
        Some(None)
    } else if !seen.insert(id) {
        Some(Some(id.to_string()))
    } else {
        None
    }
}

/// Every problem in the framework, in the order the editor shows the fields.
pub fn validate(framework: &Framework) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut push = |path, problem| errors.push(FieldError { path, problem });
    let required = [
        ("id", &framework.id, Needed::FrameworkId),
        ("version", &framework.version, Needed::FrameworkVersion),
        ("title", &framework.title, Needed::FrameworkTitle),
    ];
    for (field, value, needed) in required {
        if value.trim().is_empty() {
            push(FieldPath::Framework(field), Problem::Needs(needed));
        }
    }
    let limits = [
        ("id", &framework.id, MAX_ID_CHARS),
        ("version", &framework.version, MAX_ID_CHARS),
        ("title", &framework.title, MAX_TITLE_CHARS),
        ("summary", &framework.summary, MAX_TEXT_CHARS),
    ];
    for (field, value, max) in limits {
        if let Some(problem) = too_long(value, max) {
            push(FieldPath::Framework(field), problem);
        }
    }
    scale_errors(framework, &mut push);
    band_errors(framework, &mut push);
    if framework.criterion_count() == 0 {
        push(FieldPath::Framework("sections"), Problem::NoCriteria);
    }
    for issue in id_issues(framework) {
        let (path, problem) = id_problem(&issue);
        push(path, problem);
    }
    for (s, section) in framework.sections.iter().enumerate() {
        section_errors(s, section, &mut push);
    }
    rule_errors(framework, &mut push);
    language_errors(framework, &mut push);
    errors
}

/// The framework with the blank lines of its search-term lists left out: what the editor checks and
/// saves. Blank lines are what typing a new term leaves for a moment, not terms.
pub fn without_blank_terms(framework: &Framework) -> Framework {
    let mut tidy = framework.clone();
    for section in &mut tidy.sections {
        for criterion in &mut section.criteria {
            criterion.search_terms.retain(|t| !t.trim().is_empty());
        }
    }
    for translation in tidy.languages.values_mut() {
        for wording in translation.criteria.values_mut() {
            wording.search_terms.retain(|t| !t.trim().is_empty());
        }
    }
    tidy
}

/// True when the error is about a wording field that is empty: see [`first_refusal`].
fn left_empty(framework: &Framework, path: &FieldPath) -> bool {
    wording(framework, path).is_some_and(|text| text.trim().is_empty())
}

/// The text of a wording field, or None for a field that is not wording (ids, numbers, rules).
fn wording<'a>(framework: &'a Framework, path: &FieldPath) -> Option<&'a str> {
    let criterion = |s: usize, c: usize| framework.sections.get(s)?.criteria.get(c);
    match *path {
        FieldPath::Framework("version") => Some(&framework.version),
        FieldPath::Framework("title") => Some(&framework.title),
        FieldPath::Scale("not_applicable_label") => Some(&framework.scale.not_applicable_label),
        FieldPath::Scale("insufficient_evidence_label") => Some(&framework.scale.insufficient_evidence_label),
        FieldPath::Level { level, field: "label" } => {
            framework.scale.levels.get(level).map(|l| l.label.as_str())
        }
        FieldPath::Section { section, field: "title" } => {
            framework.sections.get(section).map(|s| s.title.as_str())
        }
        FieldPath::Criterion { section, criterion: c, field: "title" } => {
            criterion(section, c).map(|c| c.title.as_str())
        }
        FieldPath::Criterion { section, criterion: c, field: "question" } => {
            criterion(section, c).map(|c| c.question.as_str())
        }
        FieldPath::Source { section, criterion: c, source, field } => {
            let source = criterion(section, c)?.sources.get(source)?;
            match field {
                "title" => Some(&source.title),
                "url" => Some(&source.url),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Longest id: ids are keys and appear in addresses and file names.
pub const MAX_ID_CHARS: usize = 200;
/// Longest title, label or source field.
pub const MAX_TITLE_CHARS: usize = 1_000;
/// Longest question, guidance, descriptor or summary.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Most criteria a framework may have: a scoring session of more would not be one.
pub const MAX_CRITERIA: usize = 1_000;
/// Most search terms one criterion may carry.
pub const MAX_TERMS: usize = 200;
/// Heaviest weight: far beyond any real framework, small enough that sums stay exact.
pub const MAX_WEIGHT: f64 = 1_000_000.0;
/// Longest timescale expectation, in weeks (ten years).
pub const MAX_WEEKS: u32 = 520;

/// The rules that refer to other parts: timescale findings name criteria that must exist, and the
/// critical cap counts failures from one up.
fn rule_errors(framework: &Framework, push: &mut impl FnMut(FieldPath, Problem)) {
    let ids: HashSet<&str> = framework.criteria().map(|(_, c)| c.id.as_str()).collect();
    let rules = &framework.timescale_rules;
    let named = [
        &rules.criteria.needs_assessment_before_publication,
        &rules.criteria.consultation_window,
        &rules.criteria.publication_to_start,
    ];
    // With no criteria at all, that is the problem to report, not each rule's reference.
    let missing = named.into_iter().flatten().filter(|id| !ids.is_empty() && !ids.contains(id.as_str()));
    for id in missing {
        push(FieldPath::Framework("timescale_rules"), Problem::UnknownRuleCriterion { id: id.clone() });
    }
    for weeks in [rules.min_consultation_weeks, rules.min_weeks_publication_to_start].into_iter().flatten() {
        if weeks > MAX_WEEKS {
            push(FieldPath::Framework("timescale_rules"), Problem::TooManyWeeks { weeks });
        }
    }
    if framework.critical_caps.inadequate_from == Some(0) {
        push(FieldPath::Framework("critical_caps"), Problem::CapFromZero);
    }
    if framework.criterion_count() > MAX_CRITERIA {
        push(
            FieldPath::Framework("sections"),
            Problem::TooManyCriteria { count: framework.criterion_count() },
        );
    }
}

/// The problem of a text over its limit, or None.
fn too_long(text: &str, max: usize) -> Option<Problem> {
    let chars = text.chars().count();
    (chars > max).then_some(Problem::TooLong { chars, max })
}

/// Every text field of a criterion with its limit, for the length check.
fn criterion_texts(criterion: &Criterion) -> impl Iterator<Item = (&'static str, &str, usize)> {
    [
        ("id", criterion.id.as_str(), MAX_ID_CHARS),
        ("title", criterion.title.as_str(), MAX_TITLE_CHARS),
        ("question", criterion.question.as_str(), MAX_TEXT_CHARS),
        ("guidance", criterion.guidance.as_str(), MAX_TEXT_CHARS),
        ("meets", criterion.meets.as_str(), MAX_TEXT_CHARS),
        ("falls_short", criterion.falls_short.as_str(), MAX_TEXT_CHARS),
    ]
    .into_iter()
    .chain(criterion.descriptors.iter().map(|d| ("descriptors", d.as_str(), MAX_TEXT_CHARS)))
}

/// The first problem of a framework as a refusal that names the field: how every way in (a file, a
/// share link, a stored entry) says why a framework was not taken. The editor shows the same
/// problems beside their fields.
///
/// A wording field left empty (a title, a question, a label, a source's title or address) makes a
/// framework incomplete, not wrong: it is taken, and the editor asks for the words before the next
/// save. Everything else is refused: ids, the scale, the bands, weights, references, lengths, and
/// any address that is not http or https.
pub fn first_refusal(framework: &Framework) -> Option<Refusal> {
    let error = validate(framework).into_iter().find(|e| !left_empty(framework, &e.path))?;
    let section = |s: usize| framework.sections.get(s);
    let (section_id, criterion_id) = match error.path {
        FieldPath::Section { section: s, .. } => (section(s).map(|x| x.id.clone()), None),
        FieldPath::Criterion { section: s, criterion: c, .. }
        | FieldPath::Source { section: s, criterion: c, .. } => (
            section(s).map(|x| x.id.clone()),
            section(s).and_then(|x| x.criteria.get(c)).map(|x| x.id.clone()),
        ),
        _ => (None, None),
    };
    Some(Refusal {
        path: error.path,
        problem: error.problem,
        section_id: section_id.unwrap_or_default(),
        criterion_id: criterion_id.unwrap_or_default(),
    })
}

fn scale_errors(framework: &Framework, push: &mut impl FnMut(FieldPath, Problem)) {
    let scale = &framework.scale;
    let needed = usize::from(MAX_LEVEL) + 1;
    if scale.levels.len() != needed {
        push(FieldPath::Scale("levels"), Problem::ScaleLevels { count: scale.levels.len() });
    }
    for (level, def) in scale.levels.iter().enumerate() {
        if def.label.trim().is_empty() {
            push(FieldPath::Level { level, field: "label" }, Problem::Needs(Needed::LevelLabel { level }));
        }
    }
    for (field, label, needed) in [
        ("not_applicable_label", &scale.not_applicable_label, Needed::NotApplicableLabel),
        (
            "insufficient_evidence_label",
            &scale.insufficient_evidence_label,
            Needed::InsufficientEvidenceLabel,
        ),
    ] {
        if label.trim().is_empty() {
            push(FieldPath::Scale(field), Problem::Needs(needed));
        }
    }
}

fn band_errors(framework: &Framework, push: &mut impl FnMut(FieldPath, Problem)) {
    let bands = &framework.bands;
    let thresholds = [
        ("outstanding", Band::Outstanding, bands.outstanding),
        ("good", Band::Good, bands.good),
        ("requires_improvement", Band::RequiresImprovement, bands.requires_improvement),
    ];
    for (field, band, value) in thresholds {
        if !(value.is_finite() && (0.0..=100.0).contains(&value)) {
            push(FieldPath::Bands(field), Problem::BandOutOfRange { band, value });
        }
    }
    // Each band must start above the next one down, or a band would be empty.
    for pair in thresholds.windows(2) {
        let [(_, higher, high), (field, lower, low)] = *pair else { continue };
        if low >= high {
            push(FieldPath::Bands(field), Problem::BandsOverlap { lower, low, higher, high });
        }
    }
}

fn id_problem(issue: &IdIssue) -> (FieldPath, Problem) {
    let path = match issue.criterion {
        None => FieldPath::Section { section: issue.section, field: "id" },
        Some(criterion) => FieldPath::Criterion { section: issue.section, criterion, field: "id" },
    };
    let criterion = issue.criterion.is_some();
    let problem = match &issue.duplicate {
        None if criterion => Problem::Needs(Needed::CriterionId),
        None => Problem::Needs(Needed::SectionId),
        Some(id) => Problem::RepeatedId { criterion, id: id.clone() },
    };
    (path, problem)
}

fn section_errors(s: usize, section: &Section, push: &mut impl FnMut(FieldPath, Problem)) {
    let path = |field| FieldPath::Section { section: s, field };
    if section.title.trim().is_empty() {
        push(path("title"), Problem::Needs(Needed::SectionTitle));
    }
    for (field, text, max) in [("id", &section.id, MAX_ID_CHARS), ("title", &section.title, MAX_TITLE_CHARS)]
    {
        if let Some(problem) = too_long(text, max) {
            push(path(field), problem);
        }
    }
    if let Some(problem) = WeightProblem::of(section.weight) {
        push(path("weight"), Problem::Weight(problem));
    }
    for (c, criterion) in section.criteria.iter().enumerate() {
        let path = |field| FieldPath::Criterion { section: s, criterion: c, field };
        if criterion.title.trim().is_empty() {
            push(path("title"), Problem::Needs(Needed::CriterionTitle));
        }
        if criterion.question.trim().is_empty() {
            push(path("question"), Problem::Needs(Needed::CriterionQuestion));
        }
        if let Some(problem) = WeightProblem::of(criterion.weight) {
            push(path("weight"), Problem::Weight(problem));
        }
        for (field, text, max) in criterion_texts(criterion) {
            if let Some(problem) = too_long(text, max) {
                push(path(field), problem);
            }
        }
        if criterion.search_terms.len() > MAX_TERMS {
            push(path("search_terms"), Problem::TooManyTerms { count: criterion.search_terms.len() });
        }
        // An empty term is refused: the editor drops the blank lines typing leaves before it
        // checks (`without_blank_terms`), so only a file or a link can hold one.
        let terms = criterion.search_terms.iter();
        if let Some((term, error)) = terms.filter_map(|t| check_term(t).err().map(|e| (t, e))).next() {
            push(path("search_terms"), Problem::BadTerm { term: term.clone(), error });
        }
        for (i, source) in criterion.sources.iter().enumerate() {
            source_errors(source, &mut |field, problem| {
                push(FieldPath::Source { section: s, criterion: c, source: i, field }, problem)
            });
        }
    }
}

fn source_errors(source: &Source, push: &mut impl FnMut(&'static str, Problem)) {
    if source.title.trim().is_empty() {
        push("title", Problem::Needs(Needed::SourceTitle));
    }
    if !is_web_url(source.url.trim()) {
        push("url", url_problem(&source.url));
    }
    for (field, text) in [("title", &source.title), ("publisher", &source.publisher), ("url", &source.url)] {
        if let Some(problem) = too_long(text, MAX_TITLE_CHARS) {
            push(field, problem);
        }
    }
}

/// The problem of a source link that is blank or not a web address.
pub fn url_problem(url: &str) -> Problem {
    if url.trim().is_empty() {
        Problem::Needs(Needed::SourceUrl)
    } else {
        Problem::NotWebAddress { url: url.to_string() }
    }
}

/// The framework's language and its translations: known codes only, every id they word must be in
/// the framework, and the same limits as the framework's own wording. Empty fields are allowed:
/// they fall back to the framework's own wording.
fn language_errors(framework: &Framework, push: &mut impl FnMut(FieldPath, Problem)) {
    if Language::from_code(&framework.language).is_none() {
        push(FieldPath::Framework("language"), Problem::UnknownLanguage { code: framework.language.clone() });
    }
    let mut push = |problem| push(FieldPath::Framework("languages"), Problem::Translation(problem));
    let sections: HashSet<&str> = framework.sections.iter().map(|s| s.id.as_str()).collect();
    let criteria: HashSet<&str> = framework.criteria().map(|(_, c)| c.id.as_str()).collect();
    let long = |text: &str, max: usize| {
        let chars = text.chars().count();
        (chars > max).then_some(chars)
    };
    for (code, translation) in &framework.languages {
        let Some(language) = Language::from_code(code) else {
            push(TranslationProblem::UnknownCode { code: code.clone() });
            continue;
        };
        if *code == framework.language {
            push(TranslationProblem::OwnLanguage { language });
            continue;
        }
        for (field, text, max) in [
            ("title", &translation.title, MAX_TITLE_CHARS),
            ("summary", &translation.summary, MAX_TEXT_CHARS),
            ("not_applicable_label", &translation.scale.not_applicable_label, MAX_TITLE_CHARS),
            ("insufficient_evidence_label", &translation.scale.insufficient_evidence_label, MAX_TITLE_CHARS),
        ] {
            if let Some(chars) = long(text, max) {
                push(TranslationProblem::FrameworkTooLong { language, field, chars, max });
            }
        }
        let levels = translation.scale.levels.len();
        if levels > usize::from(MAX_LEVEL) + 1 {
            push(TranslationProblem::TooManyLevels { language, count: levels });
        }
        for (level, wording) in translation.scale.levels.iter().enumerate() {
            for (field, text, max) in [
                ("label", &wording.label, MAX_TITLE_CHARS),
                ("descriptor", &wording.descriptor, MAX_TEXT_CHARS),
            ] {
                if let Some(chars) = long(text, max) {
                    push(TranslationProblem::LevelTooLong { language, field, level, chars, max });
                }
            }
        }
        for (id, wording) in &translation.sections {
            if !sections.contains(id.as_str()) {
                push(TranslationProblem::UnknownSection { language, id: id.clone() });
                continue;
            }
            for (field, text, max) in
                [("title", &wording.title, MAX_TITLE_CHARS), ("summary", &wording.summary, MAX_TEXT_CHARS)]
            {
                if let Some(chars) = long(text, max) {
                    push(TranslationProblem::SectionTooLong { language, field, id: id.clone(), chars, max });
                }
            }
        }
        for (id, wording) in &translation.criteria {
            if !criteria.contains(id.as_str()) {
                push(TranslationProblem::UnknownCriterion { language, id: id.clone() });
                continue;
            }
            let texts = [
                ("title", &wording.title, MAX_TITLE_CHARS),
                ("question", &wording.question, MAX_TEXT_CHARS),
                ("guidance", &wording.guidance, MAX_TEXT_CHARS),
                ("meets", &wording.meets, MAX_TEXT_CHARS),
                ("falls_short", &wording.falls_short, MAX_TEXT_CHARS),
            ];
            for (field, text, max) in texts {
                if let Some(chars) = long(text, max) {
                    push(TranslationProblem::CriterionTooLong {
                        language,
                        field,
                        id: id.clone(),
                        chars,
                        max,
                    });
                }
            }
            let descriptors = wording.descriptors.len();
            if descriptors > usize::from(MAX_LEVEL) + 1 {
                push(TranslationProblem::TooManyDescriptors { language, id: id.clone(), count: descriptors });
            }
            for (level, text) in wording.descriptors.iter().enumerate() {
                if let Some(chars) = long(text, MAX_TEXT_CHARS) {
                    let max = MAX_TEXT_CHARS;
                    push(TranslationProblem::DescriptorTooLong {
                        language,
                        level,
                        id: id.clone(),
                        chars,
                        max,
                    });
                }
            }
            let terms = &wording.search_terms;
            if terms.len() > MAX_TERMS {
                push(TranslationProblem::TooManyTerms { language, id: id.clone(), count: terms.len() });
            }
            if let Some((term, error)) =
                terms.iter().filter_map(|t| check_term(t).err().map(|e| (t, e))).next()
            {
                push(TranslationProblem::BadTerm { language, id: id.clone(), term: term.clone(), error });
            }
        }
    }
}
