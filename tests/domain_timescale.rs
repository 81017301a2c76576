//! Timescale findings from a specification's key dates.

use chrono::NaiveDate;
use std::collections::BTreeMap;

use spec_lens::domain::builtin::builtin_framework;
use spec_lens::domain::{
    contradictions, results, timescale_findings, Answer, CriterionId, Finding, FindingRule, FindingStatus,
    KeyDates, Response, TimescaleRules,
};
use spec_lens::i18n::messages::dates::long_date;
use spec_lens::i18n::words;

/// The finding as the page and reports word it (in English: tests run with English current).
fn message(f: &Finding) -> String {
    words::finding(f)
}

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

fn rules(min_consultation: Option<u32>, min_to_start: Option<u32>) -> TimescaleRules {
    TimescaleRules {
        criteria: Default::default(),
        needs_assessment_before_publication: true,
        min_consultation_weeks: min_consultation,
        min_weeks_publication_to_start: min_to_start,
    }
}

fn only(findings: &[Finding], rule: FindingRule) -> &Finding {
    let matching: Vec<&Finding> = findings.iter().filter(|f| f.rule == rule).collect();
    assert_eq!(matching.len(), 1, "expected one {rule:?} finding in {findings:#?}");
    matching[0]
}

fn none_of(findings: &[Finding], rule: FindingRule) {
    assert!(findings.iter().all(|f| f.rule != rule), "unexpected {rule:?} in {findings:#?}");
}

/// Dates that meet every rule: assessment before publication, 12-week consultation, 26 weeks to start.
fn good_dates() -> KeyDates {
    KeyDates {
        needs_assessment_completed: d(2021, 1, 15),
        consultation_opens: d(2021, 3, 1),
        consultation_closes: d(2021, 5, 24),
        specification_published: d(2021, 6, 1),
        tender_launch: d(2021, 6, 14),
        service_start: d(2021, 11, 30),
    }
}

// ---- formatting --------------------------------------------------------------------------

#[test]
fn dates_are_written_day_month_year() {
    assert_eq!(long_date(NaiveDate::from_ymd_opt(2021, 3, 3).unwrap()), "3 March 2021");
    assert_eq!(long_date(NaiveDate::from_ymd_opt(1999, 12, 31).unwrap()), "31 December 1999");
    assert_eq!(long_date(NaiveDate::from_ymd_opt(2024, 1, 1).unwrap()), "1 January 2024");
}

#[test]
fn weeks_have_a_decimal_only_when_needed() {
    assert_eq!(words::weeks(42), "6 weeks");
    assert_eq!(words::weeks(7), "1 week");
    assert_eq!(words::weeks(0), "0 weeks");
    assert_eq!(words::weeks(41), "5.9 weeks");
    assert_eq!(words::weeks(3), "0.4 weeks");
    assert_eq!(words::weeks(50), "7.1 weeks");
}

// ---- all good ----------------------------------------------------------------------------

#[test]
fn good_dates_meet_every_rule() {
    let f = timescale_findings(&rules(Some(12), Some(20)), &good_dates());
    assert_eq!(f.len(), 3, "{f:#?}");
    assert!(f.iter().all(|x| x.status == FindingStatus::Met), "{f:#?}");
    none_of(&f, FindingRule::DateOrder);
    assert_eq!(
        message(only(&f, FindingRule::NeedsAssessmentBeforePublication)),
        "The needs assessment was completed on 15 January 2021, 137 days before the specification was \
         published on 1 June 2021."
    );
    assert_eq!(
        message(only(&f, FindingRule::ConsultationWindow)),
        "The consultation window is 12 weeks long (1 March 2021 to 24 May 2021), meeting the framework's \
         minimum of 12 weeks."
    );
    assert_eq!(
        message(only(&f, FindingRule::PublicationToStart)),
        "The service starts on 30 November 2021, 26 weeks after the specification was published on \
         1 June 2021, meeting the framework's minimum of 20 weeks."
    );
}

// ---- needs assessment --------------------------------------------------------------------

#[test]
fn needs_assessment_completed_after_publication_is_not_met() {
    let dates = KeyDates {
        needs_assessment_completed: d(2021, 3, 15),
        specification_published: d(2021, 3, 3),
        ..Default::default()
    };
    let f = timescale_findings(&rules(None, None), &dates);
    let na = only(&f, FindingRule::NeedsAssessmentBeforePublication);
    assert_eq!(na.status, FindingStatus::NotMet);
    assert_eq!(
        message(na),
        "The specification was published on 3 March 2021, 12 days before the needs assessment was completed \
         on 15 March 2021."
    );
}

#[test]
fn needs_assessment_one_day_late_is_singular() {
    let dates = KeyDates {
        needs_assessment_completed: d(2021, 3, 4),
        specification_published: d(2021, 3, 3),
        ..Default::default()
    };
    let f = timescale_findings(&rules(None, None), &dates);
    let na = only(&f, FindingRule::NeedsAssessmentBeforePublication);
    assert_eq!(na.status, FindingStatus::NotMet);
    assert!(message(na).contains(", 1 day before"), "{}", message(na));
}

#[test]
fn needs_assessment_on_publication_day_is_met() {
    let dates = KeyDates {
        needs_assessment_completed: d(2021, 3, 3),
        specification_published: d(2021, 3, 3),
        ..Default::default()
    };
    let f = timescale_findings(&rules(None, None), &dates);
    let na = only(&f, FindingRule::NeedsAssessmentBeforePublication);
    assert_eq!(na.status, FindingStatus::Met);
    assert_eq!(
        message(na),
        "The needs assessment was completed on 3 March 2021, the same day the specification was published."
    );
}

#[test]
fn needs_assessment_rule_can_be_switched_off() {
    let mut r = rules(None, None);
    r.needs_assessment_before_publication = false;
    let dates = KeyDates {
        needs_assessment_completed: d(2021, 3, 15),
        specification_published: d(2021, 3, 3),
        ..Default::default()
    };
    none_of(&timescale_findings(&r, &dates), FindingRule::NeedsAssessmentBeforePublication);
}

#[test]
fn missing_needs_assessment_dates_are_unknown_and_named() {
    let cases = [
        (KeyDates { specification_published: d(2021, 3, 3), ..Default::default() }, "Add the date the needs assessment was completed to check"),
        (KeyDates { needs_assessment_completed: d(2021, 3, 3), ..Default::default() }, "Add the date the specification was published to check"),
        (
            KeyDates::default(),
            "Add the date the needs assessment was completed and the date the specification was published to check",
        ),
    ];
    for (dates, start) in cases {
        let f = timescale_findings(&rules(None, None), &dates);
        let na = only(&f, FindingRule::NeedsAssessmentBeforePublication);
        assert_eq!(na.status, FindingStatus::Unknown);
        assert!(message(na).starts_with(start), "{}", message(na));
    }
}

// ---- consultation window -----------------------------------------------------------------

#[test]
fn consultation_shorter_than_the_minimum_is_not_met() {
    let dates = KeyDates {
        consultation_opens: d(2021, 3, 3),
        consultation_closes: d(2021, 4, 13),
        ..Default::default()
    };
    let f = timescale_findings(&rules(Some(6), None), &dates);
    let c = only(&f, FindingRule::ConsultationWindow);
    assert_eq!(c.status, FindingStatus::NotMet);
    assert_eq!(
        message(c),
        "The consultation window is 5.9 weeks long (3 March 2021 to 13 April 2021), shorter than the \
         framework's minimum of 6 weeks."
    );
}

#[test]
fn consultation_of_exactly_the_minimum_is_met() {
    let dates = KeyDates {
        consultation_opens: d(2021, 3, 3),
        consultation_closes: d(2021, 4, 14),
        ..Default::default()
    };
    let c = only(&timescale_findings(&rules(Some(6), None), &dates), FindingRule::ConsultationWindow).clone();
    assert_eq!(c.status, FindingStatus::Met);
    assert!(message(&c).contains("is 6 weeks long"), "{}", message(&c));
}

#[test]
fn consultation_without_a_minimum_is_stated() {
    let dates = KeyDates {
        consultation_opens: d(2021, 3, 3),
        consultation_closes: d(2021, 3, 10),
        ..Default::default()
    };
    let c = only(&timescale_findings(&rules(None, None), &dates), FindingRule::ConsultationWindow).clone();
    assert_eq!(c.status, FindingStatus::Met);
    assert_eq!(message(&c), "The consultation window is 1 week long (3 March 2021 to 10 March 2021).");
}

#[test]
fn no_consultation_dates_and_no_minimum_says_nothing() {
    none_of(&timescale_findings(&rules(None, None), &KeyDates::default()), FindingRule::ConsultationWindow);
}

#[test]
fn missing_consultation_dates_with_a_minimum_are_unknown() {
    let f = timescale_findings(
        &rules(Some(8), None),
        &KeyDates { consultation_opens: d(2021, 3, 3), ..Default::default() },
    );
    let c = only(&f, FindingRule::ConsultationWindow);
    assert_eq!(c.status, FindingStatus::Unknown);
    assert_eq!(
        message(c),
        "Add the date the consultation closes to measure the consultation window against the framework's \
         minimum of 8 weeks."
    );
    let f = timescale_findings(&rules(Some(8), None), &KeyDates::default());
    let c = only(&f, FindingRule::ConsultationWindow);
    assert_eq!(c.status, FindingStatus::Unknown);
    assert!(
        message(c).starts_with("Add the date the consultation opens and the date the consultation closes")
    );
}

#[test]
fn one_consultation_date_without_a_minimum_asks_for_the_other() {
    let f = timescale_findings(
        &rules(None, None),
        &KeyDates { consultation_closes: d(2021, 3, 3), ..Default::default() },
    );
    let c = only(&f, FindingRule::ConsultationWindow);
    assert_eq!(c.status, FindingStatus::Unknown);
    assert_eq!(message(c), "Add the date the consultation opens to measure the consultation window.");
}

#[test]
fn consultation_closing_before_it_opens_is_a_date_order_finding() {
    let dates = KeyDates {
        consultation_opens: d(2021, 4, 13),
        consultation_closes: d(2021, 3, 3),
        ..Default::default()
    };
    let f = timescale_findings(&rules(Some(6), None), &dates);
    let order = only(&f, FindingRule::DateOrder);
    assert_eq!(order.status, FindingStatus::NotMet);
    assert_eq!(
        message(order),
        "The consultation closes on 3 March 2021, before it opens on 13 April 2021; check both dates."
    );
    let window = only(&f, FindingRule::ConsultationWindow);
    assert_eq!(window.status, FindingStatus::Unknown, "a negative window is not judged against the minimum");
    assert!(message(window).contains("closes before it opens"));
}

// ---- publication to service start --------------------------------------------------------

#[test]
fn publication_to_start_is_always_reported() {
    let f = timescale_findings(&rules(None, None), &KeyDates::default());
    let p = only(&f, FindingRule::PublicationToStart);
    assert_eq!(p.status, FindingStatus::Unknown);
    assert_eq!(
        message(p),
        "Add the date the specification was published and the date the service starts to see the weeks from \
         publication to service start."
    );
}

#[test]
fn publication_to_start_without_a_minimum_is_a_plain_statement() {
    let dates = KeyDates {
        specification_published: d(2021, 3, 3),
        service_start: d(2021, 6, 1),
        ..Default::default()
    };
    let p = only(&timescale_findings(&rules(None, None), &dates), FindingRule::PublicationToStart).clone();
    assert_eq!(p.status, FindingStatus::Met);
    assert_eq!(message(&p), "The service starts on 1 June 2021, 12.9 weeks after the specification was published on 3 March 2021.");
}

#[test]
fn publication_to_start_below_the_minimum_is_not_met() {
    let dates = KeyDates {
        specification_published: d(2021, 3, 3),
        service_start: d(2021, 6, 2),
        ..Default::default()
    };
    let p =
        only(&timescale_findings(&rules(None, Some(16)), &dates), FindingRule::PublicationToStart).clone();
    assert_eq!(p.status, FindingStatus::NotMet);
    assert_eq!(
        message(&p),
        "The service starts on 2 June 2021, 13 weeks after the specification was published on 3 March 2021, \
         less than the framework's minimum of 16 weeks."
    );
    let at_minimum = KeyDates { service_start: d(2021, 6, 23), ..dates };
    let p = only(&timescale_findings(&rules(None, Some(16)), &at_minimum), FindingRule::PublicationToStart)
        .clone();
    assert_eq!(p.status, FindingStatus::Met);
}

#[test]
fn publication_to_start_with_one_date_missing_names_it() {
    let dates = KeyDates { specification_published: d(2021, 3, 3), ..Default::default() };
    let p =
        only(&timescale_findings(&rules(None, Some(12)), &dates), FindingRule::PublicationToStart).clone();
    assert_eq!(p.status, FindingStatus::Unknown);
    assert!(message(&p).starts_with("Add the date the service starts to see"), "{}", message(&p));
}

#[test]
fn service_start_before_publication_is_a_date_order_finding() {
    let dates = KeyDates {
        specification_published: d(2021, 6, 1),
        service_start: d(2021, 3, 3),
        ..Default::default()
    };
    let f = timescale_findings(&rules(None, Some(12)), &dates);
    let order = only(&f, FindingRule::DateOrder);
    assert_eq!(order.status, FindingStatus::NotMet);
    assert_eq!(
        message(order),
        "The service starts on 3 March 2021, before the specification was published on 1 June 2021; check both dates."
    );
    assert_eq!(only(&f, FindingRule::PublicationToStart).status, FindingStatus::Unknown);
}

// ---- date order --------------------------------------------------------------------------

#[test]
fn tender_launch_before_publication_is_a_date_order_finding() {
    let dates = KeyDates {
        specification_published: d(2021, 6, 1),
        tender_launch: d(2021, 5, 31),
        ..Default::default()
    };
    let f = timescale_findings(&rules(None, None), &dates);
    let order = only(&f, FindingRule::DateOrder);
    assert_eq!(order.status, FindingStatus::NotMet);
    assert_eq!(
        message(order),
        "The tender launches on 31 May 2021, before the specification was published on 1 June 2021; check both dates."
    );
}

#[test]
fn service_start_before_tender_launch_is_a_date_order_finding() {
    let dates = KeyDates { tender_launch: d(2021, 6, 1), service_start: d(2021, 5, 1), ..Default::default() };
    let order = only(&timescale_findings(&rules(None, None), &dates), FindingRule::DateOrder).clone();
    assert_eq!(
        message(&order),
        "The service starts on 1 May 2021, before the tender launches on 1 June 2021; check both dates."
    );
}

#[test]
fn equal_dates_are_in_order() {
    let day = d(2021, 6, 1);
    let dates = KeyDates {
        needs_assessment_completed: day,
        consultation_opens: day,
        consultation_closes: day,
        specification_published: day,
        tender_launch: day,
        service_start: day,
    };
    let f = timescale_findings(&rules(None, None), &dates);
    none_of(&f, FindingRule::DateOrder);
    assert!(f.iter().all(|x| x.status == FindingStatus::Met), "{f:#?}");
}

#[test]
fn several_date_order_problems_are_each_reported_first() {
    let dates = KeyDates {
        consultation_opens: d(2021, 5, 1),
        consultation_closes: d(2021, 4, 1),
        specification_published: d(2021, 6, 1),
        tender_launch: d(2021, 5, 1),
        service_start: d(2021, 1, 1),
        ..Default::default()
    };
    let f = timescale_findings(&rules(None, None), &dates);
    let order: Vec<FindingRule> = f.iter().map(|x| x.rule).collect();
    // Closes before opens, start before publication, tender before publication, start before tender.
    assert_eq!(&order[..4], [FindingRule::DateOrder; 4], "{f:#?}");
    assert_eq!(f.iter().filter(|x| x.rule == FindingRule::DateOrder).count(), 4, "{f:#?}");
}

#[test]
fn dates_far_apart_do_not_overflow() {
    let dates = KeyDates {
        specification_published: Some(NaiveDate::MIN),
        service_start: Some(NaiveDate::MAX),
        ..Default::default()
    };
    let p = only(&timescale_findings(&rules(None, Some(u32::MAX)), &dates), FindingRule::PublicationToStart)
        .clone();
    assert_eq!(p.status, FindingStatus::NotMet, "about 191 million days is under u32::MAX weeks");
    let p = only(&timescale_findings(&rules(None, None), &dates), FindingRule::PublicationToStart).clone();
    assert_eq!(p.status, FindingStatus::Met);
}

#[test]
fn labels_are_plain_english() {
    assert_eq!(words::finding_status(FindingStatus::NotMet), "Not met");
    assert_eq!(words::finding_rule(FindingRule::PublicationToStart), "Publication to service start");
}

#[test]
fn times_are_written_out_without_chrono_patterns() {
    use chrono::TimeZone;
    use spec_lens::domain::{format_time, key_stamp};
    use spec_lens::i18n::messages::dates::short_date_time;
    let at = chrono::Utc.with_ymd_and_hms(2026, 9, 3, 7, 5, 9).unwrap() + chrono::Duration::milliseconds(42);
    assert_eq!(format_time(at), "07:05");
    assert_eq!(short_date_time(at), "3 Sep 2026, 07:05");
    assert_eq!(words::date_time(at), "3 September 2026 07:05 UTC");
    assert_eq!(key_stamp(at), "20260903T070509.042Z");
    assert_eq!(key_stamp(at), at.format("%Y%m%dT%H%M%S%.3fZ").to_string());
}

// ---- findings that contradict an answer --------------------------------------------------

fn answered(pairs: &[(&str, Answer)]) -> BTreeMap<CriterionId, Response> {
    pairs
        .iter()
        .map(|(id, answer)| {
            (id.to_string(), Response { answer: answer.clone(), rationale: String::new(), evidence: vec![] })
        })
        .collect()
}

/// A five-week consultation and six weeks to start, published before the needs assessment.
fn rushed_dates() -> KeyDates {
    KeyDates {
        needs_assessment_completed: d(2021, 3, 1),
        consultation_opens: d(2021, 1, 4),
        consultation_closes: d(2021, 2, 8),
        specification_published: d(2021, 2, 15),
        tender_launch: d(2021, 2, 22),
        service_start: d(2021, 3, 29),
    }
}

#[test]
fn a_not_met_finding_contradicts_an_answer_of_achieving_or_better_on_its_criterion() {
    let f = builtin_framework().expect("built-in");
    let responses = answered(&[
        ("process-consultation", Answer::Level { level: 3 }),
        ("process-timetable", Answer::Level { level: 4 }),
        ("process-before-specification", Answer::Level { level: 3 }),
    ]);
    let found = contradictions(&f, &rushed_dates(), &responses);
    let ids: Vec<&str> = found.iter().map(|c| c.criterion_id.as_str()).collect();
    assert_eq!(ids, ["process-before-specification", "process-consultation", "process-timetable"]);
    assert_eq!(found[1].level, 3);
    assert_eq!(found[1].finding.rule, FindingRule::ConsultationWindow);
    assert!(message(&found[1].finding).contains("5 weeks"), "{}", message(&found[1].finding));
    // Nothing is changed for the assessor: the results are those of the answers as given.
    let r = results(&f, &responses);
    assert_eq!(r.coverage.answered, 3);
}

#[test]
fn lower_answers_met_rules_missing_dates_and_unlinked_frameworks_give_no_contradiction() {
    let f = builtin_framework().expect("built-in");
    let low = answered(&[
        ("process-consultation", Answer::Level { level: 2 }),
        ("process-timetable", Answer::InsufficientEvidence),
        ("process-before-specification", Answer::NotApplicable { reason: "r".into() }),
    ]);
    assert!(contradictions(&f, &rushed_dates(), &low).is_empty());
    let high = answered(&[
        ("process-consultation", Answer::Level { level: 4 }),
        ("process-timetable", Answer::Level { level: 4 }),
        ("process-before-specification", Answer::Level { level: 4 }),
    ]);
    assert!(contradictions(&f, &good_dates(), &high).is_empty(), "every rule is met");
    assert!(contradictions(&f, &KeyDates::default(), &high).is_empty(), "unknown is not a contradiction");
    let mut unlinked = f.clone();
    unlinked.timescale_rules.criteria = Default::default();
    assert!(contradictions(&unlinked, &rushed_dates(), &high).is_empty());
    // A link to a criterion the framework lacks is skipped, not reported.
    let mut dangling = f.clone();
    dangling.timescale_rules.criteria.consultation_window = Some("no-such-criterion".into());
    let mut answers = high.clone();
    answers.insert("no-such-criterion".into(), high["process-consultation"].clone());
    let ids: Vec<String> =
        contradictions(&dangling, &rushed_dates(), &answers).into_iter().map(|c| c.criterion_id).collect();
    assert_eq!(ids, ["process-before-specification", "process-timetable"]);
}
