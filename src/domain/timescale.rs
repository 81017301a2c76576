//! Timescale findings: what the key dates of a specification say about how it was made.
//!
//! Pure date arithmetic on `chrono::NaiveDate` (no clock, no time zones): a date the user has
//! not entered yields an `Unknown` finding that says which date to add, never a guess.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use serde::Serialize;

use super::assessment::{Answer, Response};
use super::framework::{CriterionId, Framework, TimescaleRules};
use super::numbers::fixed;
use super::specification::KeyDates;

const DAYS_PER_WEEK: i64 = 7;

/// The months' English names, for dates written out and for telling "3 March" from a clause number.
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

/// One timescale finding: a rule, whether it was met, and one plain-English sentence with the
/// dates and weeks in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule: FindingRule,
    pub status: FindingStatus,
    pub message: String,
}

impl FindingRule {
    pub fn label(self) -> &'static str {
        match self {
            FindingRule::NeedsAssessmentBeforePublication => "Needs assessment before publication",
            FindingRule::ConsultationWindow => "Consultation window",
            FindingRule::PublicationToStart => "Publication to service start",
            FindingRule::DateOrder => "Date order",
        }
    }
}

impl FindingStatus {
    pub fn label(self) -> &'static str {
        match self {
            FindingStatus::Met => "Met",
            FindingStatus::NotMet => "Not met",
            FindingStatus::Unknown => "Unknown",
        }
    }
}

impl Finding {
    fn new(rule: FindingRule, status: FindingStatus, message: String) -> Self {
        Self { rule, status, message }
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

/// "3 March 2021": the form used in every message, written out so it cannot depend on locale
/// or fail to format.
pub fn format_date(date: NaiveDate) -> String {
    let month = MONTHS.get(date.month0() as usize).copied().unwrap_or("");
    format!("{} {} {}", date.day(), month, date.year())
}

/// "3 Mar 2021, 14:05": a short date and time for lists, in whatever zone `at` is in (the page
/// passes the reader's local time, `browser::clock::local`).
pub fn format_short_date_time(at: impl Datelike + Timelike) -> String {
    let month = MONTHS.get(at.month0() as usize).copied().unwrap_or("");
    format!("{} {} {}, {}", at.day(), month.get(..3).unwrap_or(month), at.year(), format_time(at))
}

/// "3 March 2021 14:05 UTC".
pub fn format_date_time(at: DateTime<Utc>) -> String {
    format!("{} {} UTC", format_date(at.date_naive()), format_time(at))
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

/// "6 weeks", "1 week", "5.9 weeks": whole weeks without a decimal, otherwise one decimal.
pub fn format_weeks(days: i64) -> String {
    if days % DAYS_PER_WEEK == 0 {
        plural(days / DAYS_PER_WEEK, "week", "weeks")
    } else {
        format!("{} weeks", fixed(days as f64 / DAYS_PER_WEEK as f64, 1))
    }
}

fn format_days(days: i64) -> String {
    plural(days, "day", "days")
}

fn plural(n: i64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Days from `from` to `to`; negative when `to` is earlier.
fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    to.signed_duration_since(from).num_days()
}

fn weeks_to_days(weeks: u32) -> i64 {
    i64::from(weeks) * DAYS_PER_WEEK
}

/// Each pair is (earlier, later) as they must be; the closure words the problem.
fn date_order_findings(dates: &KeyDates) -> Vec<Finding> {
    type Wording = fn(&str, &str) -> String;
    let checks: [(Option<NaiveDate>, Option<NaiveDate>, Wording); 4] = [
        (dates.consultation_opens, dates.consultation_closes, |opens, closes| {
            format!("The consultation closes on {closes}, before it opens on {opens}; check both dates.")
        }),
        (dates.specification_published, dates.service_start, |published, start| {
            format!(
                "The service starts on {start}, before the specification was published on {published}; \
                 check both dates."
            )
        }),
        (dates.specification_published, dates.tender_launch, |published, launch| {
            format!(
                "The tender launches on {launch}, before the specification was published on {published}; \
                 check both dates."
            )
        }),
        (dates.tender_launch, dates.service_start, |launch, start| {
            format!(
                "The service starts on {start}, before the tender launches on {launch}; check both dates."
            )
        }),
    ];
    checks
        .into_iter()
        .filter_map(|(earlier, later, wording)| match (earlier, later) {
            (Some(e), Some(l)) if l < e => Some(Finding::new(
                FindingRule::DateOrder,
                FindingStatus::NotMet,
                wording(&format_date(e), &format_date(l)),
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
        let missing = missing_dates(&[
            (dates.needs_assessment_completed, "the date the needs assessment was completed"),
            (dates.specification_published, "the date the specification was published"),
        ]);
        let message =
            format!("Add {missing} to check that the needs assessment came before the specification.");
        return Finding::new(rule, FindingStatus::Unknown, message);
    };
    let (c, p) = (format_date(completed), format_date(published));
    let lead = days_between(completed, published);
    let (status, message) = match lead {
        0 => (
            FindingStatus::Met,
            format!("The needs assessment was completed on {c}, the same day the specification was published."),
        ),
        1.. => (
            FindingStatus::Met,
            format!(
                "The needs assessment was completed on {c}, {} before the specification was published on {p}.",
                format_days(lead)
            ),
        ),
        _ => (
            FindingStatus::NotMet,
            format!(
                "The specification was published on {p}, {} before the needs assessment was completed on {c}.",
                format_days(-lead)
            ),
        ),
    };
    Finding::new(rule, status, message)
}

/// None when there is nothing to say: no minimum set and no consultation date entered.
fn consultation_finding(min_weeks: Option<u32>, dates: &KeyDates) -> Option<Finding> {
    let rule = FindingRule::ConsultationWindow;
    let minimum =
        min_weeks.map(|w| format!(" against the framework's minimum of {}", format_weeks(weeks_to_days(w))));
    let (opens, closes) = match (dates.consultation_opens, dates.consultation_closes) {
        (Some(o), Some(c)) => (o, c),
        (None, None) if min_weeks.is_none() => return None,
        _ => {
            let missing = missing_dates(&[
                (dates.consultation_opens, "the date the consultation opens"),
                (dates.consultation_closes, "the date the consultation closes"),
            ]);
            let message =
                format!("Add {missing} to measure the consultation window{}.", minimum.unwrap_or_default());
            return Some(Finding::new(rule, FindingStatus::Unknown, message));
        }
    };
    let days = days_between(opens, closes);
    if days < 0 {
        let message = "The consultation window cannot be measured because it closes before it opens; \
                       correct the dates."
            .to_string();
        return Some(Finding::new(rule, FindingStatus::Unknown, message));
    }
    let window = format!(
        "The consultation window is {} long ({} to {})",
        format_weeks(days),
        format_date(opens),
        format_date(closes)
    );
    Some(judged_against_minimum(rule, window, days, min_weeks, "shorter than"))
}

fn publication_to_start_finding(min_weeks: Option<u32>, dates: &KeyDates) -> Finding {
    let rule = FindingRule::PublicationToStart;
    let (Some(published), Some(start)) = (dates.specification_published, dates.service_start) else {
        let missing = missing_dates(&[
            (dates.specification_published, "the date the specification was published"),
            (dates.service_start, "the date the service starts"),
        ]);
        let message = format!("Add {missing} to see the weeks from publication to service start.");
        return Finding::new(rule, FindingStatus::Unknown, message);
    };
    let days = days_between(published, start);
    if days < 0 {
        let message = "The weeks from publication to service start cannot be measured because the service \
                       starts before the specification was published; correct the dates."
            .to_string();
        return Finding::new(rule, FindingStatus::Unknown, message);
    }
    let statement = format!(
        "The service starts on {}, {} after the specification was published on {}",
        format_date(start),
        format_weeks(days),
        format_date(published)
    );
    judged_against_minimum(rule, statement, days, min_weeks, "less than")
}

/// Finishes `statement` (a sentence without its full stop) with the verdict against the
/// minimum, or leaves it a plain statement (Met) when the framework sets none.
fn judged_against_minimum(
    rule: FindingRule,
    statement: String,
    days: i64,
    min_weeks: Option<u32>,
    short_of: &str,
) -> Finding {
    match min_weeks.map(weeks_to_days) {
        None => Finding::new(rule, FindingStatus::Met, format!("{statement}.")),
        Some(min_days) if days < min_days => Finding::new(
            rule,
            FindingStatus::NotMet,
            format!("{statement}, {short_of} the framework's minimum of {}.", format_weeks(min_days)),
        ),
        Some(min_days) => Finding::new(
            rule,
            FindingStatus::Met,
            format!("{statement}, meeting the framework's minimum of {}.", format_weeks(min_days)),
        ),
    }
}

/// "the date X" or "the date X and the date Y": the names of the dates that are None.
fn missing_dates(dates: &[(Option<NaiveDate>, &str)]) -> String {
    let names: Vec<&str> = dates.iter().filter(|(d, _)| d.is_none()).map(|(_, name)| *name).collect();
    names.join(" and ")
}
