//! What the domain returns as structure, worded in the current language: band, status and phase
//! names, timescale rules and findings, the critical cap's reason, clause citations and what a
//! crowded list of cited clauses leaves out. The pages and every report word them here, so each
//! sentence is written once per language.

use chrono::{DateTime, NaiveDate, Utc};

use super::messages::dates::long_date;
use super::messages::findings::{Findings as F, FindingsCounted as FC, Labels as L};
use super::messages::moderation::Moderation as M;
use super::{t, tf, tn, tnf};
use crate::domain::cited::{Shown, MORE_LABELS};
use crate::domain::moderation::Phase;
use crate::domain::numbers::fixed;
use crate::domain::{
    format_time, Band, Citations, CriticalCap, DatePair, Finding, FindingKind, FindingRule, FindingStatus,
    KeyDate, Status,
};

const DAYS_PER_WEEK: i64 = 7;

pub fn band(band: Band) -> &'static str {
    t(match band {
        Band::Outstanding => L::BandOutstanding,
        Band::Good => L::BandGood,
        Band::RequiresImprovement => L::BandRequiresImprovement,
        Band::Inadequate => L::BandInadequate,
    })
}

/// An assessment's status: "Draft", "Final".
pub fn status(status: Status) -> &'static str {
    t(match status {
        Status::Draft => L::StatusDraft,
        Status::Final => L::StatusFinal,
    })
}

/// A workshop criterion's phase: "Blind", "Revealed", "Agreed".
pub fn phase(phase: Phase) -> &'static str {
    t(match phase {
        Phase::Blind => M::PhaseBlind,
        Phase::Revealed => M::PhaseRevealed,
        Phase::Agreed => M::PhaseAgreed,
    })
}

pub fn finding_rule(rule: FindingRule) -> &'static str {
    t(match rule {
        FindingRule::NeedsAssessmentBeforePublication => L::RuleNeedsAssessment,
        FindingRule::ConsultationWindow => L::RuleConsultation,
        FindingRule::PublicationToStart => L::RulePublicationToStart,
        FindingRule::DateOrder => L::RuleDateOrder,
    })
}

pub fn finding_status(status: FindingStatus) -> &'static str {
    t(match status {
        FindingStatus::Met => L::FindingMet,
        FindingStatus::NotMet => L::FindingNotMet,
        FindingStatus::Unknown => L::FindingUnknown,
    })
}

/// "3 September 2026 07:05 UTC": a moment as reports write it, the month in the current language.
pub fn date_time(at: DateTime<Utc>) -> String {
    format!("{} {} UTC", long_date(at.date_naive()), format_time(at)) // not worded: UTC in both languages
}

/// "6 weeks", "1 week", "5.9 weeks": whole weeks without a decimal, otherwise one decimal.
pub fn weeks(days: i64) -> String {
    if days % DAYS_PER_WEEK == 0 {
        tn(FC::Weeks, (days / DAYS_PER_WEEK).unsigned_abs())
    } else {
        tf(F::WeeksFraction, &[("weeks", &fixed(days as f64 / DAYS_PER_WEEK as f64, 1))])
    }
}

/// The finding as one sentence, its dates and weeks in it.
pub fn finding(finding: &Finding) -> String {
    let date = |d: &NaiveDate| long_date(*d);
    match &finding.kind {
        FindingKind::Missing { dates, minimum_days } => missing(finding.rule, dates, *minimum_days),
        FindingKind::OutOfOrder { pair, earlier, later } => {
            let (earlier, later) = (date(earlier), date(later));
            let (message, slots) = match pair {
                DatePair::Consultation => {
                    (F::ConsultationOutOfOrder, [("opens", earlier), ("closes", later)])
                }
                DatePair::PublicationThenStart => {
                    (F::StartBeforePublished, [("published", earlier), ("start", later)])
                }
                DatePair::PublicationThenTender => {
                    (F::TenderBeforePublished, [("published", earlier), ("launch", later)])
                }
                DatePair::TenderThenStart => (F::StartBeforeTender, [("launch", earlier), ("start", later)]),
            };
            let slots: Vec<(&str, &str)> = slots.iter().map(|(k, v)| (*k, v.as_str())).collect();
            tf(message, &slots)
        }
        FindingKind::NeedsAssessmentFirst { completed, days: 0, .. } => {
            tf(F::SameDay, &[("completed", &date(completed))])
        }
        FindingKind::NeedsAssessmentFirst { completed, published, days } => tnf(
            FC::NeedsAssessmentFirst,
            days.unsigned_abs(),
            &[("completed", &date(completed)), ("published", &date(published))],
        ),
        FindingKind::PublishedFirst { completed, published, days } => tnf(
            FC::PublishedFirst,
            days.unsigned_abs(),
            &[("completed", &date(completed)), ("published", &date(published))],
        ),
        FindingKind::Backwards => t(match finding.rule {
            FindingRule::ConsultationWindow => F::ConsultationBackwards,
            FindingRule::PublicationToStart => F::StartBackwards,
            _ => F::Backwards,
        })
        .to_string(),
        FindingKind::Window { opens, closes, days, minimum_days } => {
            let message = judged(finding.status, *minimum_days, [F::Window, F::WindowShort, F::WindowMeets]);
            let minimum = minimum_days.map(weeks).unwrap_or_default();
            tf(
                message,
                &[
                    ("weeks", &weeks(*days)),
                    ("opens", &date(opens)),
                    ("closes", &date(closes)),
                    ("minimum", &minimum),
                ],
            )
        }
        FindingKind::Lead { published, start, days, minimum_days } => {
            let message = judged(finding.status, *minimum_days, [F::Lead, F::LeadShort, F::LeadMeets]);
            let minimum = minimum_days.map(weeks).unwrap_or_default();
            tf(
                message,
                &[
                    ("weeks", &weeks(*days)),
                    ("start", &date(start)),
                    ("published", &date(published)),
                    ("minimum", &minimum),
                ],
            )
        }
    }
}

/// A measurement as a plain statement (no minimum), short of the minimum, or meeting it.
fn judged(status: FindingStatus, minimum: Option<i64>, [plain, short, meets]: [F; 3]) -> F {
    match (minimum, status) {
        (None, _) => plain,
        (Some(_), FindingStatus::NotMet) => short,
        (Some(_), _) => meets,
    }
}

/// "Add the date … to …": which dates are missing, for which rule.
fn missing(rule: FindingRule, dates: &[KeyDate], minimum_days: Option<i64>) -> String {
    use KeyDate::*;
    let has = |d: KeyDate| dates.contains(&d);
    let message = match rule {
        FindingRule::NeedsAssessmentBeforePublication => {
            match (has(NeedsAssessmentCompleted), has(SpecificationPublished)) {
                (true, true) => F::AddCompletedAndPublished,
                (true, false) => F::AddCompleted,
                (false, true) => F::AddPublishedForNeeds,
                (false, false) => F::AddDates,
            }
        }
        FindingRule::ConsultationWindow => {
            let against = minimum_days.is_some();
            match (has(ConsultationOpens), has(ConsultationCloses), against) {
                (true, true, false) => F::AddOpensAndCloses,
                (true, false, false) => F::AddOpens,
                (false, true, false) => F::AddCloses,
                (true, true, true) => F::AddOpensAndClosesAgainst,
                (true, false, true) => F::AddOpensAgainst,
                (false, true, true) => F::AddClosesAgainst,
                (false, false, _) => F::AddDates,
            }
        }
        FindingRule::PublicationToStart => match (has(SpecificationPublished), has(ServiceStart)) {
            (true, true) => F::AddPublishedAndStart,
            (true, false) => F::AddPublishedForStart,
            (false, true) => F::AddStart,
            (false, false) => F::AddDates,
        },
        FindingRule::DateOrder => F::AddDates,
    };
    tf(message, &[("minimum", &minimum_days.map(weeks).unwrap_or_default())])
}

/// Why critical criteria hold the band down, naming them by title.
pub fn cap_reason(cap: &CriticalCap) -> String {
    let message = if cap.applied { FC::CapApplied } else { FC::CapHolds };
    tnf(message, cap.titles.len() as u64, &[("band", band(cap.band)), ("titles", &cap.titles.join(", "))])
}

/// "4.2.1 (p. 12)", or "4.2.1" where the page is not known.
pub fn citation(label: &str, page: Option<u32>) -> String {
    match page {
        Some(page) => tf(F::ClausePage, &[("label", label), ("page", &page.to_string())]),
        None => label.to_string(),
    }
}

/// "Clause 4.2.1 (p. 12)": a clause evidence quotes.
pub fn clause(label: &str, page: Option<u32>) -> String {
    tf(F::Clause, &[("citation", &citation(label, page))])
}

/// The clause a piece of evidence quotes, by id: "Clause 4.2.1 (p. 12)"; "Clause 7" for an id
/// the specification lacks.
pub fn evidence_clause(citations: &Citations, id: u32) -> String {
    match citations.get(id) {
        Some((label, page)) => clause(label, page),
        None => clause(&id.to_string(), None),
    }
}

/// "a, b and c": a list of names or labels.
pub fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => tf(F::ListAnd, &[("items", &rest.join(", ")), ("last", last)]),
    }
}

/// What was left out, as one sentence: "And 6 more cited clauses: 4.2, 5.1, 7.3, 9.1, 10.2 and
/// 12.1." Labels are named up to `MORE_LABELS`, the rest counted. None when nothing was.
pub fn more(shown: &Shown) -> Option<String> {
    let (n, typed) = (shown.more_clauses.len(), shown.more_typed);
    let clauses = (n > 0).then(|| {
        let mut labels: Vec<String> =
            shown.more_clauses.iter().take(MORE_LABELS).map(|c| c.clause.label.clone()).collect();
        if n > MORE_LABELS {
            labels.push(tn(FC::Others, (n - MORE_LABELS) as u64));
        }
        tnf(FC::MoreClauses, n as u64, &[("labels", &list(&labels))])
    });
    let typed = (typed > 0).then(|| tn(FC::MoreTyped, typed as u64));
    match (clauses, typed) {
        (Some(c), Some(t)) => Some(tf(F::MoreBoth, &[("clauses", &c), ("typed", &t)])),
        (Some(one), None) | (None, Some(one)) => Some(tf(F::MoreOne, &[("more", &one)])),
        (None, None) => None,
    }
}
