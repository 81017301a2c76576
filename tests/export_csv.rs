//! CSV export: one row per criterion, BOM, RFC 4180 quoting, formula injection neutralised.

#[path = "support/common.rs"]
mod common;
#[path = "support/rfc4180.rs"]
mod rfc4180;

use common::{framework, worked_example};
use rfc4180::parse;
use spec_lens::domain::{Answer, Evidence};
use spec_lens::format::csv::{assessment_csv, neutralise, quote};

#[test]
fn one_row_per_criterion_with_a_header_and_a_bom() {
    let framework = framework();
    let assessment = worked_example();
    let csv = assessment_csv(&assessment, &framework);
    assert!(csv.starts_with('\u{feff}'));
    let rows = parse(csv.trim_start_matches('\u{feff}'));
    assert_eq!(rows.len(), framework.criterion_count() + 1);
    assert_eq!(rows[0], ["Section", "Criterion", "Answer", "Level label", "Weight", "Rationale", "Evidence"]);
    assert!(rows.iter().all(|r| r.len() == 7));
    assert!(csv.contains("\r\n"));
}

#[test]
fn answers_rationale_and_evidence_survive_quoting() {
    let framework = framework();
    let mut assessment = worked_example();
    let first = framework.sections[0].criteria[0].clone();
    let response = assessment.responses.get_mut(&first.id).unwrap();
    response.answer = Answer::Level { level: 2 };
    response.rationale = "Says \"most\", not all,\nand no data".into();
    response.evidence = vec![Evidence { clause: Some(4), quote: "quoted, text".into() }];
    let rows = parse(assessment_csv(&assessment, &framework).trim_start_matches('\u{feff}'));
    let row = rows.iter().find(|r| r[1] == first.title).unwrap();
    assert_eq!(row[2], "2");
    assert_eq!(row[3], framework.level_label(2));
    assert_eq!(row[5], "Says \"most\", not all,\nand no data");
    assert_eq!(row[6], "Clause 4: \"quoted, text\"");
}

#[test]
fn not_applicable_and_unanswered_are_spelled_out() {
    let framework = framework();
    let mut assessment = worked_example();
    let ids: Vec<String> = framework.criteria().map(|(_, c)| c.id.clone()).collect();
    assessment.responses.get_mut(&ids[0]).unwrap().answer =
        Answer::NotApplicable { reason: "Wales only".into() };
    assessment.responses.remove(&ids[1]);
    let rows = parse(assessment_csv(&assessment, &framework).trim_start_matches('\u{feff}'));
    assert_eq!(rows[1][2], "N/A");
    assert!(rows[1][3].contains("Wales only"));
    assert_eq!(rows[2][2], "");
    assert_eq!(rows[2][3], "Not answered");
}

#[test]
fn formula_cells_are_neutralised() {
    for risky in ["=HYPERLINK(\"http://x\")", "+cmd", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"] {
        assert!(neutralise(risky).starts_with('\''), "{risky:?}");
    }
    for safe in ["plain", "-1", "+44", "3.5", "", "a=b"] {
        assert_eq!(neutralise(safe), safe);
    }
    let framework = framework();
    let mut assessment = worked_example();
    let id = framework.sections[0].criteria[0].id.clone();
    assessment.responses.get_mut(&id).unwrap().rationale = "=1+1".into();
    let rows = parse(assessment_csv(&assessment, &framework).trim_start_matches('\u{feff}'));
    assert_eq!(rows[1][5], "'=1+1");
}

#[test]
fn quoting_follows_rfc_4180() {
    assert_eq!(quote("a"), "a");
    assert_eq!(quote("a,b"), "\"a,b\"");
    assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(quote("two\nlines"), "\"two\nlines\"");
}
