//! The comparison's section chart: one row per section, the first assessment's bar above the
//! second's, each labelled with its side's name and value; a section one side lacks, or has no
//! score for, says so in words instead of drawing a zero.

use spec_lens::domain::chart_geometry::{format_percent, percent_to_x};
use spec_lens::domain::comparison::SectionChange;
use spec_lens::ui::components::change_chart::{change_scene, CHANGE_PLOT};
use spec_lens::ui::components::charts::Mark;

fn section(title: &str, before: Option<f64>, after: Option<f64>, in_before: bool) -> SectionChange {
    SectionChange {
        id: title.to_lowercase(),
        title: title.into(),
        before,
        after,
        in_before,
        in_after: true,
        comparable: in_before,
        change: before.zip(after).map(|(b, a)| a - b),
    }
}

fn bars(marks: &[Mark]) -> Vec<(&'static str, f64, f64, f64)> {
    marks
        .iter()
        .filter_map(|m| match m {
            Mark::Rect { class, y, width, height, .. } => Some((*class, *y, *width, *height)),
            _ => None,
        })
        .collect()
}

#[test]
fn each_section_has_the_first_bar_above_the_second_with_named_values() {
    let sections =
        [section("Data", Some(20.0), Some(45.5), true), section("Cohorts", Some(60.0), Some(40.0), true)];
    let scene = change_scene(&sections, ("Draft 1", "Draft 2"));
    let found = bars(&scene.marks);
    assert_eq!(found.len(), 4);
    let x0 = percent_to_x(0.0, 16.0, CHANGE_PLOT);
    for (pair, s) in found.chunks(2).zip(&sections) {
        let ((first_class, first_y, first_w, first_h), (second_class, second_y, second_w, second_h)) =
            (pair[0], pair[1]);
        assert_eq!((first_class, second_class), ("change-chart__first", "change-chart__second"));
        assert!(first_y < second_y, "the first side's bar is drawn above the second's");
        assert!(first_h < second_h, "and thinner, so shape tells them apart as well as fill");
        assert!((first_w - (percent_to_x(s.before.unwrap(), 16.0, CHANGE_PLOT) - x0)).abs() < 1e-9);
        assert!((second_w - (percent_to_x(s.after.unwrap(), 16.0, CHANGE_PLOT) - x0)).abs() < 1e-9);
    }
    let texts = scene.texts();
    for expected in ["Data", "Cohorts", "0%", "100%"] {
        assert!(texts.contains(&expected), "{expected} in {texts:?}");
    }
    assert!(texts.contains(&format!("Draft 1: {}", format_percent(20.0)).as_str()));
    assert!(texts.contains(&format!("Draft 2: {}", format_percent(45.5)).as_str()));
    assert!(scene.height > found.last().map_or(0.0, |b| b.1 + b.3), "the drawing holds its last bar");
}

#[test]
fn a_section_missing_from_one_side_or_unscored_is_said_not_drawn() {
    let sections =
        [section("Local data", None, Some(30.0), false), section("Review", Some(10.0), None, true)];
    let scene = change_scene(&sections, ("Version 1.0", "Version 1.1"));
    assert_eq!(bars(&scene.marks).len(), 2, "only the two scored bars are drawn");
    let texts = scene.texts();
    assert!(texts.contains(&"Version 1.0: Not in this version"), "{texts:?}");
    assert!(texts.contains(&"Version 1.1: no score yet"), "{texts:?}");
}

#[test]
fn a_zero_still_draws_a_sliver_and_long_names_are_shortened() {
    let scene = change_scene(
        &[section("Lived experience", Some(0.0), Some(0.0), true)],
        ("Commissioning team of Gwent", "B"),
    );
    assert!(bars(&scene.marks).iter().all(|b| b.2 >= 2.0));
    let texts = scene.texts();
    assert!(
        texts.iter().any(|t| t.starts_with("Commissionin") && t.contains('…') && t.ends_with(": 0.0%")),
        "{texts:?}"
    );
}
