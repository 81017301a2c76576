//! Validation of a framework for the editor: every problem at once, each tied to the field it is
//! about, as a sentence that says what is wrong and what to do.
//!
//! The checks on ids are shared with the file importer (`format::normalise`), which refuses a file
//! on the first of them: answers are keyed by criterion id, so a blank or repeated id would mix up
//! answers. The other checks (text, weights, links, scale, bands) are the editor's: an imported file
//! with a blank title still opens, and the editor then asks for one.

use std::collections::HashSet;

use super::case::capitalised;
use super::finder::check_term;
use super::framework::{Criterion, Framework, Language, Section, Source, MAX_LEVEL};
use super::numbers::shortest;

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

impl FieldPath {
    /// The same place with its field named in words ("falls short", not "falls_short").
    fn humane(&self) -> FieldPath {
        let word = |field: &'static str| match field {
            "falls_short" => "falls short",
            "search_terms" => "search terms",
            "not_applicable_label" => "Not applicable label",
            "insufficient_evidence_label" => "Insufficient evidence label",
            "timescale_rules" => "timescale rules",
            "critical_caps" => "critical cap",
            "requires_improvement" => "Requires improvement",
            "languages" => "wording in other languages",
            "outstanding" => "Outstanding",
            "good" => "Good",
            other => other,
        };
        match *self {
            FieldPath::Framework(f) => FieldPath::Framework(word(f)),
            FieldPath::Scale(f) => FieldPath::Scale(word(f)),
            FieldPath::Level { level, field } => FieldPath::Level { level, field: word(field) },
            FieldPath::Bands(f) => FieldPath::Bands(word(f)),
            FieldPath::Section { section, field } => FieldPath::Section { section, field: word(field) },
            FieldPath::Criterion { section, criterion, field } => {
                FieldPath::Criterion { section, criterion, field: word(field) }
            }
            FieldPath::Source { section, criterion, source, field } => {
                FieldPath::Source { section, criterion, source, field: word(field) }
            }
        }
    }
}

/// One problem, to show next to its field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub path: FieldPath,
    pub message: String,
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
    let mut push = |path, message: String| errors.push(FieldError { path, message });
    let required = [
        ("id", &framework.id, "an id"),
        ("version", &framework.version, "a version"),
        ("title", &framework.title, "a title"),
    ];
    for (field, value, what) in required {
        if value.trim().is_empty() {
            push(FieldPath::Framework(field), format!("The framework needs {what}; type one."));
        }
    }
    let limits = [
        ("id", &framework.id, MAX_ID_CHARS),
        ("version", &framework.version, MAX_ID_CHARS),
        ("title", &framework.title, MAX_TITLE_CHARS),
        ("summary", &framework.summary, MAX_TEXT_CHARS),
    ];
    for (field, value, max) in limits {
        if let Some(message) = too_long(value, max) {
            push(FieldPath::Framework(field), message);
        }
    }
    scale_errors(framework, &mut push);
    band_errors(framework, &mut push);
    if framework.criterion_count() == 0 {
        push(FieldPath::Framework("sections"), "The framework has no criteria to score; add one.".into());
    }
    for issue in id_issues(framework) {
        let (path, message) = id_message(&issue);
        push(path, message);
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
fn rule_errors(framework: &Framework, push: &mut impl FnMut(FieldPath, String)) {
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
        push(
            FieldPath::Framework("timescale_rules"),
            format!("A timescale rule is about the criterion \"{id}\", which this framework does not have; name one of its criteria."),
        );
    }
    for weeks in [rules.min_consultation_weeks, rules.min_weeks_publication_to_start].into_iter().flatten() {
        if weeks > MAX_WEEKS {
            push(
                FieldPath::Framework("timescale_rules"),
                format!("A timescale rule asks for {weeks} weeks; write {MAX_WEEKS} weeks or fewer."),
            );
        }
    }
    if framework.critical_caps.inadequate_from == Some(0) {
        push(
            FieldPath::Framework("critical_caps"),
            "The critical cap starts at 0 failed criteria, which would make every result Inadequate; start it at 1 or more.".into(),
        );
    }
    if framework.criterion_count() > MAX_CRITERIA {
        push(
            FieldPath::Framework("sections"),
            format!(
                "The framework has {} criteria; {MAX_CRITERIA} is the most Spec Lens scores.",
                framework.criterion_count()
            ),
        );
    }
}

/// A sentence for text over its limit, or None.
fn too_long(text: &str, max: usize) -> Option<String> {
    let chars = text.chars().count();
    (chars > max).then(|| format!("This text is {chars} characters long; shorten it to {max} or fewer."))
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

/// Where a problem is, in words, for a refusal that has no field to show it beside: "criterion
/// \"needs-first\" (section 2), field url of source 1".
pub fn location(framework: &Framework, path: &FieldPath) -> String {
    let section_id = |s: usize| framework.sections.get(s).map_or(String::new(), |x| x.id.clone());
    let criterion_id = |s: usize, c: usize| {
        framework.sections.get(s).and_then(|x| x.criteria.get(c)).map_or(String::new(), |x| x.id.clone())
    };
    let named = |what: &str, id: String, n: usize| {
        if id.trim().is_empty() {
            format!("{what} {n}")
        } else {
            format!("{what} \"{}\"", id.chars().take(60).collect::<String>())
        }
    };
    match path.humane() {
        FieldPath::Framework(field) => format!("the framework's {field}"),
        FieldPath::Scale(field) => format!("the scale's {field}"),
        FieldPath::Level { level, field } => format!("the {field} of level {level} of the scale"),
        FieldPath::Bands(field) => format!("the lower bound of {field}"),
        FieldPath::Section { section, field } => {
            format!("the {field} of {}", named("section", section_id(section), section + 1))
        }
        FieldPath::Criterion { section, criterion, field } => format!(
            "the {field} of {} (section {})",
            named("criterion", criterion_id(section, criterion), criterion + 1),
            section + 1
        ),
        FieldPath::Source { section, criterion, source, field } => format!(
            "the {field} of source {} of {}",
            source + 1,
            named("criterion", criterion_id(section, criterion), criterion + 1)
        ),
    }
}

/// The first problem of a framework as a refusal that names the field: how every way in (a file, a
/// share link, a stored entry) says why a framework was not taken. The editor shows the same
/// sentences beside their fields.
///
/// A wording field left empty (a title, a question, a label, a source's title or address) makes a
/// framework incomplete, not wrong: it is taken, and the editor asks for the words before the next
/// save. Everything else is refused: ids, the scale, the bands, weights, references, lengths, and
/// any address that is not http or https.
pub fn first_refusal(framework: &Framework) -> Option<(FieldError, String)> {
    let error = validate(framework).into_iter().find(|e| !left_empty(framework, &e.path))?;
    let message = error.message.trim_end_matches('.');
    let mut chars = message.chars();
    // Our sentences start in ASCII; `char::to_lowercase` would bring Unicode's case tables (9 KB).
    let first = chars.next().map(|c| c.to_ascii_lowercase().to_string()).unwrap_or_default();
    let sentence = format!("{}: {first}{}", location(framework, &error.path), chars.as_str());
    Some((error, sentence))
}

fn scale_errors(framework: &Framework, push: &mut impl FnMut(FieldPath, String)) {
    let scale = &framework.scale;
    let needed = usize::from(MAX_LEVEL) + 1;
    if scale.levels.len() != needed {
        push(
            FieldPath::Scale("levels"),
            format!(
                "The scale has {} levels; it needs exactly {needed}, for levels 0 to {MAX_LEVEL}.",
                scale.levels.len()
            ),
        );
    }
    for (level, def) in scale.levels.iter().enumerate() {
        if def.label.trim().is_empty() {
            push(
                FieldPath::Level { level, field: "label" },
                format!("Level {level} needs a label, such as \"Partly met\"; type one."),
            );
        }
    }
    for (field, label, example) in [
        ("not_applicable_label", &scale.not_applicable_label, "Not applicable"),
        ("insufficient_evidence_label", &scale.insufficient_evidence_label, "Insufficient evidence"),
    ] {
        if label.trim().is_empty() {
            push(
                FieldPath::Scale(field),
                format!("This answer needs a label, such as \"{example}\"; type one."),
            );
        }
    }
}

fn band_errors(framework: &Framework, push: &mut impl FnMut(FieldPath, String)) {
    let bands = &framework.bands;
    let thresholds = [
        ("outstanding", "Outstanding", bands.outstanding),
        ("good", "Good", bands.good),
        ("requires_improvement", "Requires improvement", bands.requires_improvement),
    ];
    for (field, name, value) in thresholds {
        if !(value.is_finite() && (0.0..=100.0).contains(&value)) {
            push(
                FieldPath::Bands(field),
                format!(
                    "The lower bound of {name} is {}; write a percentage from 0 to 100.",
                    shortest(value)
                ),
            );
        }
    }
    // Each band must start above the next one down, or a band would be empty.
    for pair in thresholds.windows(2) {
        let [(_, higher, high), (field, lower, low)] = pair else { continue };
        if low >= high {
            push(
                FieldPath::Bands(field),
                format!(
                    "{lower} starts at {low}%, not below {higher} ({high}%); make each band start lower than \
                     the one above it."
                ),
            );
        }
    }
}

fn id_message(issue: &IdIssue) -> (FieldPath, String) {
    let path = match issue.criterion {
        None => FieldPath::Section { section: issue.section, field: "id" },
        Some(criterion) => FieldPath::Criterion { section: issue.section, criterion, field: "id" },
    };
    let what = if issue.criterion.is_some() { "criterion" } else { "section" };
    let message = match &issue.duplicate {
        None => format!("This {what} needs an id; type a short one, such as \"{what}-1\"."),
        Some(id) => format!("Another {what} already has the id \"{id}\"; give this one its own id."),
    };
    (path, message)
}

fn section_errors(s: usize, section: &Section, push: &mut impl FnMut(FieldPath, String)) {
    let path = |field| FieldPath::Section { section: s, field };
    if section.title.trim().is_empty() {
        push(path("title"), "This section needs a title; type one.".into());
    }
    for (field, text, max) in [("id", &section.id, MAX_ID_CHARS), ("title", &section.title, MAX_TITLE_CHARS)]
    {
        if let Some(message) = too_long(text, max) {
            push(path(field), message);
        }
    }
    if !is_valid_weight(section.weight) {
        push(path("weight"), weight_message(section.weight));
    }
    for (c, criterion) in section.criteria.iter().enumerate() {
        let path = |field| FieldPath::Criterion { section: s, criterion: c, field };
        if criterion.title.trim().is_empty() {
            push(path("title"), "This criterion needs a title; type one.".into());
        }
        if criterion.question.trim().is_empty() {
            push(
                path("question"),
                "This criterion needs a question for the assessor to answer; type one.".into(),
            );
        }
        if !is_valid_weight(criterion.weight) {
            push(path("weight"), weight_message(criterion.weight));
        }
        for (field, text, max) in criterion_texts(criterion) {
            if let Some(message) = too_long(text, max) {
                push(path(field), message);
            }
        }
        if criterion.search_terms.len() > MAX_TERMS {
            push(
                path("search_terms"),
                format!(
                    "There are {} search terms; keep the {MAX_TERMS} that find the most.",
                    criterion.search_terms.len()
                ),
            );
        }
        // An empty term is refused: the editor drops the blank lines typing leaves before it
        // checks (`without_blank_terms`), so only a file or a link can hold one.
        let terms = criterion.search_terms.iter();
        if let Some((term, error)) = terms.filter_map(|t| check_term(t).err().map(|e| (t, e))).next() {
            push(path("search_terms"), capitalised(&error.explain(term)) + ".");
        }
        for (i, source) in criterion.sources.iter().enumerate() {
            source_errors(source, &mut |field, message| {
                push(FieldPath::Source { section: s, criterion: c, source: i, field }, message)
            });
        }
    }
}

fn source_errors(source: &Source, push: &mut impl FnMut(&'static str, String)) {
    if source.title.trim().is_empty() {
        push("title", "This source needs a title; type the title of the document.".into());
    }
    if !is_web_url(source.url.trim()) {
        push("url", url_message(&source.url));
    }
    for (field, text) in [("title", &source.title), ("publisher", &source.publisher), ("url", &source.url)] {
        if let Some(message) = too_long(text, MAX_TITLE_CHARS) {
            push(field, message);
        }
    }
}

/// The sentence for a weight that is negative or not a number.
pub fn weight_message(weight: f64) -> String {
    if weight > MAX_WEIGHT {
        format!("The weight is {}, more than {}; {WEIGHT_ADVICE}", shortest(weight), shortest(MAX_WEIGHT))
    } else if weight.is_finite() {
        format!("The weight is {}, below 0; {WEIGHT_ADVICE}", shortest(weight))
    } else {
        format!("The weight is not a number; {WEIGHT_ADVICE}")
    }
}

/// What to write instead of a bad weight.
pub const WEIGHT_ADVICE: &str =
    "write a number of 0 or more, such as 1 or 2.5 (0 leaves it out of the score).";

/// The sentence for a source link that is blank or not a web address.
pub fn url_message(url: &str) -> String {
    if url.trim().is_empty() {
        "This source needs a web address; paste its link, starting https://.".into()
    } else {
        format!(
            "\"{}\" is not a web address; paste the source's link, starting https:// or http://.",
            url.chars().take(60).collect::<String>()
        )
    }
}

/// The framework's language and its translations: known codes only, every id they word must be in
/// the framework, and the same limits as the framework's own wording. Empty fields are allowed:
/// they fall back to the framework's own wording.
fn language_errors(framework: &Framework, push: &mut impl FnMut(FieldPath, String)) {
    if Language::from_code(&framework.language).is_none() {
        push(
            FieldPath::Framework("language"),
            format!(
                "\"{}\" is not a language Spec Lens has; write {}.",
                cut(&framework.language),
                language_advice()
            ),
        );
    }
    let mut push = |message: String| push(FieldPath::Framework("languages"), capitalised(&message));
    let sections: HashSet<&str> = framework.sections.iter().map(|s| s.id.as_str()).collect();
    let criteria: HashSet<&str> = framework.criteria().map(|(_, c)| c.id.as_str()).collect();
    for (code, translation) in &framework.languages {
        let Some(language) = Language::from_code(code) else {
            push(format!(
                "the wording under \"{}\" is in a language Spec Lens does not have; name it {}.",
                cut(code),
                language_advice()
            ));
            continue;
        };
        let name = language.english_name();
        if *code == framework.language {
            push(format!(
                "the wording under \"{code}\" is in the framework's own language ({name}); put it in the \
                 framework's own fields, or remove it."
            ));
            continue;
        }
        for (what, text, max) in [
            ("title", &translation.title, MAX_TITLE_CHARS),
            ("summary", &translation.summary, MAX_TEXT_CHARS),
            ("Not applicable label", &translation.scale.not_applicable_label, MAX_TITLE_CHARS),
            ("Insufficient evidence label", &translation.scale.insufficient_evidence_label, MAX_TITLE_CHARS),
        ] {
            if let Some(message) = too_long_in(text, max) {
                push(format!("the {name} {what} of the framework {message}"));
            }
        }
        let levels = translation.scale.levels.len();
        if levels > usize::from(MAX_LEVEL) + 1 {
            push(format!(
                "the {name} wording gives {levels} levels of the scale; give at most {}, for levels 0 to {MAX_LEVEL}.",
                usize::from(MAX_LEVEL) + 1
            ));
        }
        for (level, wording) in translation.scale.levels.iter().enumerate() {
            for (what, text, max) in [
                ("label", &wording.label, MAX_TITLE_CHARS),
                ("descriptor", &wording.descriptor, MAX_TEXT_CHARS),
            ] {
                if let Some(message) = too_long_in(text, max) {
                    push(format!("the {name} {what} of level {level} of the scale {message}"));
                }
            }
        }
        for (id, wording) in &translation.sections {
            if !sections.contains(id.as_str()) {
                push(format!(
                    "the {name} wording names the section \"{}\", which this framework does not have; use the \
                     id of one of its sections.",
                    cut(id)
                ));
                continue;
            }
            for (what, text, max) in
                [("title", &wording.title, MAX_TITLE_CHARS), ("summary", &wording.summary, MAX_TEXT_CHARS)]
            {
                if let Some(message) = too_long_in(text, max) {
                    push(format!("the {name} {what} of section \"{}\" {message}", cut(id)));
                }
            }
        }
        for (id, wording) in &translation.criteria {
            if !criteria.contains(id.as_str()) {
                push(format!(
                    "the {name} wording names the criterion \"{}\", which this framework does not have; use \
                     the id of one of its criteria.",
                    cut(id)
                ));
                continue;
            }
            let of = format!("of criterion \"{}\"", cut(id));
            let texts = [
                ("title", &wording.title, MAX_TITLE_CHARS),
                ("question", &wording.question, MAX_TEXT_CHARS),
                ("guidance", &wording.guidance, MAX_TEXT_CHARS),
                ("meets", &wording.meets, MAX_TEXT_CHARS),
                ("falls short", &wording.falls_short, MAX_TEXT_CHARS),
            ];
            for (what, text, max) in texts {
                if let Some(message) = too_long_in(text, max) {
                    push(format!("the {name} {what} {of} {message}"));
                }
            }
            let descriptors = wording.descriptors.len();
            if descriptors > usize::from(MAX_LEVEL) + 1 {
                push(format!(
                    "the {name} wording gives {descriptors} descriptors {of}; give at most {}, for levels 0 to \
                     {MAX_LEVEL}.",
                    usize::from(MAX_LEVEL) + 1
                ));
            }
            for (level, text) in wording.descriptors.iter().enumerate() {
                if let Some(message) = too_long_in(text, MAX_TEXT_CHARS) {
                    push(format!("the {name} descriptor for level {level} {of} {message}"));
                }
            }
            let terms = &wording.search_terms;
            if terms.len() > MAX_TERMS {
                push(format!(
                    "there are {} {name} search terms {of}; keep the {MAX_TERMS} that find the most.",
                    terms.len()
                ));
            }
            if let Some((term, error)) =
                terms.iter().filter_map(|t| check_term(t).err().map(|e| (t, e))).next()
            {
                push(format!("among the {name} search terms {of}, {}.", error.explain(term)));
            }
        }
    }
}

/// "is 1200 characters long; shorten it to 1000 or fewer.", or None when the text fits.
fn too_long_in(text: &str, max: usize) -> Option<String> {
    let chars = text.chars().count();
    (chars > max).then(|| format!("is {chars} characters long; shorten it to {max} or fewer."))
}

/// What to name a language instead of an unknown code.
fn language_advice() -> String {
    let codes: Vec<String> =
        Language::ALL.iter().map(|l| format!("\"{}\" for {}", l.code(), l.english_name())).collect();
    codes.join(" or ")
}

/// A code or id cut to 60 characters, for sentences.
fn cut(text: &str) -> String {
    text.chars().take(60).collect()
}
