//! The comparison as a spreadsheet (CSV) and as a Markdown report, from the two drafts of the
//! Accommodation specification (tests/support/compare_pair.rs).

#[path = "support/compare_pair.rs"]
mod pair;
#[path = "support/rfc4180.rs"]
mod rfc4180;

use pair::{draft, framework, revised};
use spec_lens::domain::chart_geometry::floor_tenth;
use spec_lens::domain::comparison::{compare, Comparison, Side};
use spec_lens::domain::numbers::parse_decimal;
use spec_lens::domain::{Assessment, Framework};
use spec_lens::format::comparison::wording::{percent_change, side_names};
use spec_lens::format::comparison::{comparison_csv, comparison_markdown};

struct Pair {
    first: Assessment,
    second: Assessment,
    f: Framework,
}

impl Pair {
    fn drafts() -> Self {
        Pair { first: draft(), second: revised(), f: framework() }
    }

    fn sides(&self) -> (Side<'_>, Side<'_>) {
        (
            Side { assessment: &self.first, framework: &self.f },
            Side { assessment: &self.second, framework: &self.f },
        )
    }

    fn comparison(&self) -> Comparison {
        let (a, b) = self.sides();
        compare(a, b).expect("comparable")
    }

    fn csv(&self) -> Vec<Vec<String>> {
        let (a, b) = self.sides();
        let text = comparison_csv(&self.comparison(), a, b);
        assert!(text.starts_with('\u{feff}') && text.contains("\r\n"));
        rfc4180::parse(text.trim_start_matches('\u{feff}'))
    }

    fn markdown(&self) -> String {
        let (a, b) = self.sides();
        comparison_markdown(&self.comparison(), a, b)
    }
}

fn row<'a>(rows: &'a [Vec<String>], title: &str) -> &'a Vec<String> {
    rows.iter().find(|r| r[2].starts_with(title) || (r[0] == "Section" && r[1] == title)).expect("a row")
}

#[test]
fn the_spreadsheet_has_the_overall_each_section_and_each_criterion() {
    let p = Pair::drafts();
    let rows = p.csv();
    let f = framework();
    assert_eq!(rows.len(), 1 + 1 + f.sections.len() + f.criterion_count());
    assert_eq!(rows[0][0], "Row");
    assert_eq!(rows[0].len(), 11);
    let c = p.comparison();
    let overall = &rows[1];
    assert_eq!(overall[0], "Overall");
    // A number a spreadsheet can add up: the change between the percentages as shown.
    let shown = |p: Option<f64>| floor_tenth(p.expect("scored"));
    let change = parse_decimal(&overall[5]).unwrap_or_else(|| panic!("a number: {overall:?}"));
    assert!((change - (shown(c.overall.after) - shown(c.overall.before))).abs() < 1e-9, "{overall:?}");
    assert!(overall[5].starts_with('+'));
    assert!(overall[3].ends_with("(Inadequate)"), "{overall:?}");
    let local = row(&rows, "Local needs assessment");
    assert_eq!(
        &local[3..8],
        ["0 Absent", "3 Achieving", "+3", "Better", "No longer holds the band down (critical, now above 1)"]
            .map(String::from)
    );
    assert!(local[2].ends_with("(critical)"));
    assert_eq!(
        local[8],
        "Clause 4: \u{201c}a needs assessment of the contract area was completed in March 2026\u{201d}"
    );
    assert_eq!(local[10], "Clause 4 added");
    let digital = row(&rows, "Digital exclusion");
    assert!(digital[9].starts_with("Clause 7: \u{201c}"), "{digital:?}");
    assert_eq!(digital[10], "Clause 7 removed");
    let evaluation = row(&rows, "Evaluating who it works for");
    assert_eq!(
        (evaluation[4].as_str(), evaluation[5].as_str(), evaluation[6].as_str()),
        ("Insufficient evidence", "0", "Changed")
    );
}

#[test]
fn a_formula_in_an_assessors_words_stays_text_in_the_spreadsheet() {
    let mut p = Pair::drafts();
    let evidence = &mut p.second.responses.get_mut("cohort-women").expect("answered").evidence;
    evidence.push(spec_lens::domain::Evidence { clause: None, quote: "=HYPERLINK(\"http://x\")".into() });
    p.f.sections[0].title = "+Data".into();
    let rows = p.csv();
    let section = rows.iter().find(|r| r[0] == "Section").expect("a section row");
    assert_eq!(section[1], "'+Data", "the title is neutralised as format::csv does");
    assert!(
        row(&rows, "Women")[8].contains("Evidence: \u{201c}=HYPERLINK"),
        "quoted text is not a formula cell"
    );
}

#[test]
fn the_report_names_both_drafts_and_says_what_changed() {
    let md = Pair::drafts().markdown();
    assert!(
        md.starts_with(
            "# Comparison: Commissioned Rehabilitative Services: Accommodation, Draft 1 and Draft 2\n"
        ),
        "{md}"
    );
    assert!(md.contains(
        "- **Draft 1:** Commissioned Rehabilitative Services: Accommodation (version Draft 1, Not stated"
    ));
    assert!(md.contains("| Section | Draft 1 | Draft 2 | Change |"));
    assert!(md.contains("3 criteria better, 1 worse,"), "{md}");
    assert!(md.contains("> No longer holding the band down (critical, now scored above 1): \u{201c}Local needs assessment\u{201d}."));
    // Largest change first: the local needs assessment (three levels) heads the table.
    let table_start = md.find("## Criteria that changed").expect("the criteria section");
    let first_row = md[table_start..].lines().nth(4).expect("a first row");
    assert!(
        first_row.starts_with("| Local needs assessment (critical) | 0 Absent | 3 Achieving | +3 | Better |"),
        "{first_row}"
    );
    assert!(md.contains("## What changed in the text\n\nFrom the first text to the second: 1 clause added, 1 removed, 2 reworded; 12 clauses unchanged (3 of them under another number)."), "{md}");
    assert!(
        md.contains(
            "- **Clause 3 reworded**: Eligibility: ~~people~~ **women and men** on a Community Order"
        ),
        "{md}"
    );
    assert!(md.contains("- **Clause 7 removed**: ~~Desired outcome (Accommodation): Service user is helped to secure a tenancy"));
    assert!(!md.contains("## What changed in the framework"), "the same rules: no framework section");
}

#[test]
fn between_framework_versions_the_report_says_why_the_overall_is_not_compared() {
    let (first, old) = pair::draft_under_1_0();
    let second = revised();
    let new = framework();
    let (a, b) =
        (Side { assessment: &first, framework: &old }, Side { assessment: &second, framework: &new });
    let md = comparison_markdown(&compare(a, b).expect("comparable"), a, b);
    assert!(
        md.contains("not compared: versions 1.0 and 1.1 of the framework score different criteria, weigh criteria differently and cap the band differently when critical criteria fail"),
        "{md}"
    );
    assert!(
        md.contains("## What changed in the framework\n\n- New: \u{201c}Local needs assessment\u{201d}."),
        "{md}"
    );
    assert!(md.contains("Only in the second version"));
    let csv = comparison_csv(&compare(a, b).expect("comparable"), a, b);
    let rows = rfc4180::parse(csv.trim_start_matches('\u{feff}'));
    assert_eq!(rows[1][5], "Not compared");
    assert_eq!(row(&rows, "Local needs assessment")[3], "Not in this version");
}

#[test]
fn the_two_sides_are_named_by_what_tells_them_apart() {
    let (mut one, mut two) = (draft(), draft());
    two.id = "b".into();
    assert_eq!(side_names(&one, &two), ("First".into(), "Second".into()));
    two.assessor = "Priya".into();
    assert_eq!(side_names(&one, &two), ("Commissioning team".into(), "Priya".into()));
    one.specification.area = "Gwent".into();
    two.specification.area = "Dyfed-Powys".into();
    assert_eq!(side_names(&one, &two), ("Gwent".into(), "Dyfed-Powys".into()));
    two.specification.version = "Draft 2".into();
    assert_eq!(side_names(&one, &two), ("Draft 1".into(), "Draft 2".into()));
}

#[test]
fn a_change_of_percentage_matches_the_percentages_shown() {
    // 40.06 shows as 40.0% and 48.44 as 48.4%: the change reads 8.4, not 8.38 rounded.
    assert_eq!(percent_change(Some(40.06), Some(48.44)), "+8.4 points");
    assert_eq!(percent_change(Some(48.44), Some(40.06)), "\u{2212}8.4 points");
    assert_eq!(percent_change(Some(50.0), Some(50.04)), "No change");
    assert_eq!(percent_change(None, Some(50.0)), "\u{2014}");
}
