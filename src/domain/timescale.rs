//! Timescale findings: what the key dates of a specification say about how it was made.
//!
//! Pure date arithmetic on `chrono::NaiveDate` (no clock, no time zones): a date the user has
//! not entered yields an `Unknown` finding that names the date to add, never a guess. Findings are
//! structure (a kind with its dates and day counts); `i18n::words` words them in the reader's
//! language.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use serde::Serialize;

use super::assessment::{Answer, Response};
use super::framework::{CriterionId, Framework, TimescaleRules};
use super::specification::KeyDates;

const DAYS_PER_WEEK: i64 = 7;

/// The months' English names, for telling "3 March" from a clause number when reading a document.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Which rule a finding reports on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingRule {
    /// The needs assessment was completed on or before the day the specification was published.
    NeedsAssessmentBeforePublication,
    /// The consultation window lasted at least the framework's minimum.
    ConsultationWindow,
    /// Weeks from publishing the specification to the service starting.
    PublicationToStart,
    /// Two dates that cannot be in the order entered (most likely a typing slip).
    DateOrder,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingStatus {
    Met,
    NotMet,
    /// A date is missing or the dates contradict each other, so the rule cannot be judged.
    Unknown,
}

/// One of the specification's key dates, as a finding names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyDate {
    NeedsAssessmentCompleted,
    SpecificationPublished,
    ConsultationOpens,
    ConsultationCloses,
    TenderLaunch,
    ServiceStart,
}

/// Two dates that must come in this order: the first named is the earlier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePair {
    /// The consultation opens, then closes.
    Consultation,
    /// The specification is published, then the service starts.
    PublicationThenStart,
    /// The specification is published, then the tender launches.
    PublicationThenTender,
    /// The tender launches, then the service starts.
    TenderThenStart,
}

/// What a finding found, with its dates and day counts: the interface words it (`i18n::words`).
/// Spans are in days; a minimum is the framework's, in days (whole weeks).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FindingKind {
    /// The rule needs these dates and they are not entered (in the order the rule names them);
    /// `minimum_days` is the framework's minimum the rule would be judged against, if it sets one.
    Missing { dates: Vec<KeyDate>, minimum_days: Option<i64> },
    /// The later date of `pair` is entered before the earlier one.
    OutOfOrder { pair: DatePair, earlier: NaiveDate, later: NaiveDate },
    /// The needs assessment was completed `days` (0 or more) before the specification was published.
    NeedsAssessmentFirst { completed: NaiveDate, published: NaiveDate, days: i64 },
    /// The specification was published `days` (1 or more) before the needs assessment was completed.
    PublishedFirst { completed: NaiveDate, published: NaiveDate, days: i64 },
    /// The rule's span ends before it starts, so it cannot be measured.
    Backwards,
    /// The consultation window is `days` long; judged (see the status) when `minimum_days` is set.
    Window { opens: NaiveDate, closes: NaiveDate, days: i64, minimum_days: Option<i64> },
    /// The service starts `days` after the specification was published; judged when `minimum_days`
    /// is set.
    Lead { published: NaiveDate, start: NaiveDate, days: i64, minimum_days: Option<i64> },
}

/// One timescale finding: a rule, whether it was met, and what was found (dates and days), worded
/// for the reader by `i18n::words::finding`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule: FindingRule,
    pub status: FindingStatus,
    pub kind: FindingKind,
}

impl Finding {
    fn new(rule: FindingRule, status: FindingStatus, kind: FindingKind) -> Self {
        Self { rule, status, kind }
    }
}

/// The findings, date-order problems first (they cast doubt on everything after them), then
/// the needs assessment (only when the framework asks for it), the consultation window (when
/// the framework sets a minimum or a consultation date is entered) and, always, the weeks
/// from publication to service start.
pub fn timescale_findings(rules: &TimescaleRules, dates: &KeyDates) -> Vec<Finding> {
    let mut findings = date_order_findings(dates);
    if rules.needs_assessment_before_publication {
        findings.push(needs_assessment_finding(dates));
    }
    findings.extend(consultation_finding(rules.min_consultation_weeks, dates));
    findings.push(publication_to_start_finding(rules.min_weeks_publication_to_start, dates));
    findings
}

/// A level at or above this claims a criterion is met in full (Achieving, Excelling).
const MET_IN_FULL: u8 = 3;

/// A finding that contradicts an answer: the dates say a rule was not met, yet the criterion the
/// rule is about is answered as met in full. Shown beside the answer and listed with the results;
/// the answer itself is the assessor's and is never changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Contradiction {
    pub criterion_id: CriterionId,
    /// The level the criterion was answered at.
    pub level: u8,
    pub finding: Finding,
}

/// The criterion a rule's finding bears on, as the framework names it. Date-order findings are
/// about the dates themselves, not about any one criterion.
pub fn criterion_for(rules: &TimescaleRules, rule: FindingRule) -> Option<&CriterionId> {
    let criteria = &rules.criteria;
    match rule {
        FindingRule::NeedsAssessmentBeforePublication => {
            criteria.needs_assessment_before_publication.as_ref()
        }
        FindingRule::ConsultationWindow => criteria.consultation_window.as_ref(),
        FindingRule::PublicationToStart => criteria.publication_to_start.as_ref(),
        FindingRule::DateOrder => None,
    }
}

/// Every finding that contradicts an answer, in the order of the findings. A criterion the
/// framework does not have is skipped, so a hand-edited file cannot point a finding at nothing.
pub fn contradictions(
    framework: &Framework,
    dates: &KeyDates,
    responses: &BTreeMap<CriterionId, Response>,
) -> Vec<Contradiction> {
    let rules = &framework.timescale_rules;
    timescale_findings(rules, dates)
        .into_iter()
        .filter(|finding| finding.status == FindingStatus::NotMet)
        .filter_map(|finding| {
            let id = criterion_for(rules, finding.rule)?;
            framework.criterion(id)?;
            let level = match responses.get(id)?.answer {
                Answer::Level { level } if level >= MET_IN_FULL => level,
                _ => return None,
            };
            Some(Contradiction { criterion_id: id.clone(), level, finding })
        })
        .collect()
}

/// "14:05", in whatever zone `at` is in.
pub fn format_time(at: impl Timelike) -> String {
    format!("{:02}:{:02}", at.hour(), at.minute())
}

/// "20261127T140501.123Z": a moment as text that is safe inside a storage key and sorts in time
/// order. These helpers write dates by hand rather than through chrono's `format`, whose pattern
/// interpreter is ~10 KB of wasm that nothing else needs.
pub fn key_stamp(at: DateTime<Utc>) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}.{:03}Z",
        at.year(),
        at.month(),
        at.day(),
        at.hour(),
        at.minute(),
        at.second(),
        at.timestamp_subsec_millis().min(999)
    )
}

/// Days from `from` to `to`; negative when `to` is earlier.
fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    to.signed_duration_since(from).num_days()
}

fn weeks_to_days(weeks: u32) -> i64 {
    i64::from(weeks) * DAYS_PER_WEEK
}

/// Each pair as it must be, (earlier, later).
fn date_order_findings(dates: &KeyDates) -> Vec<Finding> {
    let checks = [
        (DatePair::Consultation, dates.consultation_opens, dates.consultation_closes),
        (DatePair::PublicationThenStart, dates.specification_published, dates.service_start),
        (DatePair::PublicationThenTender, dates.specification_published, dates.tender_launch),
        (DatePair::TenderThenStart, dates.tender_launch, dates.service_start),
    ];
    checks
        .into_iter()
        .filter_map(|(pair, earlier, later)| match (earlier, later) {
            (Some(earlier), Some(later)) if later < earlier => Some(Finding::new(
                FindingRule::DateOrder,
                FindingStatus::NotMet,
                FindingKind::OutOfOrder { pair, earlier, later },
            )),
            _ => None,
        })
        .collect()
}

fn needs_assessment_finding(dates: &KeyDates) -> Finding {
    let rule = FindingRule::NeedsAssessmentBeforePublication;
    let (Some(completed), Some(published)) =
        (dates.needs_assessment_completed, dates.specification_published)
    else {
        let dates = missing_dates(&[
            (dates.needs_assessment_completed, KeyDate::NeedsAssessmentCompleted),
            (dates.specification_published, KeyDate::SpecificationPublished),
        ]);
        return Finding::new(
            rule,
            FindingStatus::Unknown,
            FindingKind::Missing { dates, minimum_days: None },
        );
    };
    let lead = days_between(completed, published);
    if lead >= 0 {
        Finding::new(
            rule,
            FindingStatus::Met,
            FindingKind::NeedsAssessmentFirst { completed, published, days: lead },
        )
    } else {
        Finding::new(
            rule,
            FindingStatus::NotMet,
            FindingKind::PublishedFirst { completed, published, days: -lead },
        )
    }
}

/// None when there is nothing to say: no minimum set and no consultation date entered.
fn consultation_finding(min_weeks: Option<u32>, dates: &KeyDates) -> Option<Finding> {
    let rule = FindingRule::ConsultationWindow;
    let minimum_days = min_weeks.map(weeks_to_days);
    let (opens, closes) = match (dates.consultation_opens, dates.consultation_closes) {
        (Some(o), Some(c)) => (o, c),
        (None, None) if min_weeks.is_none() => return None,
        _ => {
            let dates = missing_dates(&[
                (dates.consultation_opens, KeyDate::ConsultationOpens),
                (dates.consultation_closes, KeyDate::ConsultationCloses),
            ]);
            return Some(Finding::new(
                rule,
                FindingStatus::Unknown,
                FindingKind::Missing { dates, minimum_days },
            ));
        }
    };
    let days = days_between(opens, closes);
    if days < 0 {
        return Some(Finding::new(rule, FindingStatus::Unknown, FindingKind::Backwards));
    }
    let status = judged(days, minimum_days);
    Some(Finding::new(rule, status, FindingKind::Window { opens, closes, days, minimum_days }))
}

fn publication_to_start_finding(min_weeks: Option<u32>, dates: &KeyDates) -> Finding {
    let rule = FindingRule::PublicationToStart;
    let minimum_days = min_weeks.map(weeks_to_days);
    let (Some(published), Some(start)) = (dates.specification_published, dates.service_start) else {
        let dates = missing_dates(&[
            (dates.specification_published, KeyDate::SpecificationPublished),
            (dates.service_start, KeyDate::ServiceStart),
        ]);
        // The minimum is not named while a date is missing: the sentence says what to add.
        return Finding::new(
            rule,
            FindingStatus::Unknown,
            FindingKind::Missing { dates, minimum_days: None },
        );
    };
    let days = days_between(published, start);
    if days < 0 {
        return Finding::new(rule, FindingStatus::Unknown, FindingKind::Backwards);
    }
    Finding::new(rule, judged(days, minimum_days), FindingKind::Lead { published, start, days, minimum_days })
}

/// Met when the framework sets no minimum (a plain statement) or the span reaches it.
fn judged(days: i64, minimum_days: Option<i64>) -> FindingStatus {
    match minimum_days {
        Some(min) if days < min => FindingStatus::NotMet,
        _ => FindingStatus::Met,
    }
}

/// The dates that are None, in the order given.
fn missing_dates(dates: &[(Option<NaiveDate>, KeyDate)]) -> Vec<KeyDate> {
    dates.iter().filter(|(d, _)| d.is_none()).map(|(_, which)| *which).collect()
}
