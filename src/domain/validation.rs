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
use super::framework::{Framework, Section, Source, MAX_LEVEL};
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
    weight.is_finite() && weight >= 0.0
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
    errors
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
        // Blank lines are what typing a new term leaves for a moment: not an error.
        let terms = criterion.search_terms.iter().filter(|t| !t.trim().is_empty());
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
}

/// The sentence for a weight that is negative or not a number.
pub fn weight_message(weight: f64) -> String {
    if weight.is_finite() {
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
