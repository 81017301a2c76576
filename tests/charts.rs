//! Chart geometry and wording: every number the results charts draw, tested without a browser.
//! Each test names the rule it guards.

use spec_lens::domain::chart_geometry::{
    band_regions, chars_fitting, fit_label, floor_tenth, format_percent, format_weight, percent_to_x,
    radar_edges, threshold_marks, wrap_label, wrap_words, Anchor, LabelStyle, Radar, PERCENT_TICKS,
    RADAR_RINGS,
};
use spec_lens::domain::{Band, BandThresholds};

const EPS: f64 = 1e-9;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < EPS
}

// ---- numbers ------------------------------------------------------------------------------

#[test]
fn a_percentage_is_never_rounded_up_past_its_band() {
    // 79.96 is Good; "80.0%" beside "Good" would contradict the band.
    assert_eq!(format_percent(79.96), "79.9%");
    assert_eq!(format_percent(59.999), "59.9%");
    assert_eq!(format_percent(5.357), "5.3%");
    assert_eq!(format_percent(0.0), "0.0%");
    assert_eq!(format_percent(100.0), "100.0%");
}

#[test]
fn float_noise_just_below_a_tenth_still_reads_as_that_tenth() {
    // The bands treat 79.99999999999999 as 80 (Outstanding); the text must agree.
    assert_eq!(format_percent(79.99999999999999), "80.0%");
    assert_eq!(format_percent(0.1 + 0.2), "0.3%");
}

#[test]
fn out_of_range_percentages_are_clamped_and_nan_reads_zero() {
    assert_eq!(format_percent(f64::NAN), "0.0%");
    assert_eq!(format_percent(-5.0), "0.0%");
    assert_eq!(format_percent(f64::INFINITY), "100.0%");
    assert_eq!(floor_tenth(120.0), 100.0);
}

#[test]
fn weights_read_as_people_write_them() {
    assert_eq!(format_weight(2.0), "2");
    assert_eq!(format_weight(1.5), "1.5");
    assert_eq!(format_weight(1.0 / 3.0), "0.33");
    assert_eq!(format_weight(-1.0), "0");
    assert_eq!(format_weight(f64::NAN), "0");
}

// ---- scales and bands ---------------------------------------------------------------------

#[test]
fn the_percentage_scale_maps_ends_and_clamps() {
    assert!(close(percent_to_x(0.0, 10.0, 500.0), 10.0));
    assert!(close(percent_to_x(100.0, 10.0, 500.0), 510.0));
    assert!(close(percent_to_x(50.0, 10.0, 500.0), 260.0));
    assert!(close(percent_to_x(150.0, 10.0, 500.0), 510.0));
    assert!(close(percent_to_x(f64::NAN, 10.0, 500.0), 10.0));
}

#[test]
fn ticks_are_every_twenty_percent_and_rings_five() {
    assert_eq!(PERCENT_TICKS, [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
    assert_eq!(RADAR_RINGS.len(), 5);
    assert_eq!(RADAR_RINGS.last(), Some(&100.0));
}

#[test]
fn default_bands_tile_the_axis_worst_first() {
    let regions = band_regions(&BandThresholds::default());
    let spans: Vec<(Band, f64, f64)> = regions.iter().map(|r| (r.band, r.from, r.to)).collect();
    assert_eq!(
        spans,
        vec![
            (Band::Inadequate, 0.0, 40.0),
            (Band::RequiresImprovement, 40.0, 60.0),
            (Band::Good, 60.0, 80.0),
            (Band::Outstanding, 80.0, 100.0),
        ]
    );
    let marks = threshold_marks(&BandThresholds::default());
    assert_eq!(marks, vec![(Band::RequiresImprovement, 40.0), (Band::Good, 60.0), (Band::Outstanding, 80.0)]);
}

#[test]
fn hostile_thresholds_still_tile_without_overlap() {
    let cases = [
        BandThresholds { outstanding: 30.0, good: 70.0, requires_improvement: 50.0 },
        BandThresholds { outstanding: f64::NAN, good: -10.0, requires_improvement: 500.0 },
        BandThresholds { outstanding: 100.0, good: 0.0, requires_improvement: 0.0 },
    ];
    for t in cases {
        let regions = band_regions(&t);
        assert!(!regions.is_empty(), "{t:?}");
        assert!(close(regions[0].from, 0.0), "{t:?}");
        assert!(close(regions.last().unwrap().to, 100.0), "{t:?}");
        for pair in regions.windows(2) {
            assert!(close(pair[0].to, pair[1].from), "{t:?}: {regions:?}");
        }
        for r in &regions {
            assert!(r.to > r.from, "{t:?}: {regions:?}");
        }
        let marks = threshold_marks(&t);
        for pair in marks.windows(2) {
            assert!(pair[0].1 < pair[1].1, "{t:?}: {marks:?}");
        }
        assert!(marks.iter().all(|&(_, at)| at > 0.0 && at < 100.0), "{t:?}: {marks:?}");
    }
}

// ---- labels -------------------------------------------------------------------------------

#[test]
fn words_wrap_at_spaces_within_the_limit() {
    assert_eq!(
        wrap_words("Protected characteristics and intersectionality", 20),
        vec!["Protected", "characteristics and", "intersectionality"]
    );
    assert_eq!(wrap_words("   ", 10), Vec::<String>::new());
    // A single long word keeps its own line rather than being split mid-word.
    assert_eq!(wrap_words("Supercalifragilistic word", 8), vec!["Supercalifragilistic", "word"]);
}

#[test]
fn a_label_too_long_is_cut_with_an_ellipsis_and_never_exceeds_its_box() {
    let lines = wrap_label("one two three four five six seven eight nine ten", 9, 2);
    assert_eq!(lines.len(), 2);
    assert!(lines[1].ends_with('…'), "{lines:?}");
    for l in &lines {
        assert!(l.chars().count() <= 9, "{lines:?}");
    }
    let long = wrap_label("Intersectionality", 8, 3);
    assert_eq!(long, vec!["Interse…"]);
    assert_eq!(wrap_label("Short", 20, 3), vec!["Short"]);
}

#[test]
fn a_band_name_is_only_drawn_where_it_fits_whole() {
    assert_eq!(fit_label("Requires improvement", 12, 2), Some(vec!["Requires".into(), "improvement".into()]));
    assert_eq!(fit_label("Requires improvement", 6, 2), None);
    assert_eq!(fit_label("Good", 3, 2), None);
    assert_eq!(fit_label("", 10, 2), None);
}

#[test]
fn characters_fitting_a_width_are_a_safe_estimate() {
    assert_eq!(chars_fitting(0.0, 14.0), 0);
    assert_eq!(chars_fitting(100.0, 0.0), 0);
    assert_eq!(chars_fitting(f64::NAN, 14.0), 0);
    // 0.58 em per character: 14-unit text fits 12 characters in 100 units.
    assert_eq!(chars_fitting(100.0, 14.0), 12);
}

// ---- radar --------------------------------------------------------------------------------

const FRAME: Radar = Radar { cx: 300.0, cy: 200.0, radius: 100.0 };
const STYLE: LabelStyle = LabelStyle { gap: 10.0, line_height: 16.0, font_size: 14.0 };

#[test]
fn rings_are_regular_polygons_through_every_axis() {
    let ring = FRAME.ring(4, 50.0);
    let expected = [(300.0, 150.0), (350.0, 200.0), (300.0, 250.0), (250.0, 200.0)];
    for (p, e) in ring.iter().zip(expected) {
        assert!(close(p.0, e.0) && close(p.1, e.1), "{ring:?}");
    }
    let end = FRAME.axis_end(1, 4);
    assert!(close(end.0, 400.0) && close(end.1, 200.0), "{end:?}");
}

#[test]
fn labels_sit_outside_the_rings_and_face_away_from_the_centre() {
    // Top: centred, growing upwards, last line just above the axis end.
    let top = FRAME.label(0, 4, 3, STYLE);
    assert_eq!(top.anchor, Anchor::Middle);
    assert!(close(top.x, 300.0));
    assert_eq!(top.baselines.len(), 3);
    assert!(top.baselines.iter().all(|&y| y <= 200.0 - 110.0), "{top:?}");
    // Right: starts at the point.
    let right = FRAME.label(1, 4, 2, STYLE);
    assert_eq!(right.anchor, Anchor::Start);
    assert!(right.x >= 410.0 - EPS);
    // Bottom: centred, growing downwards, first line below the axis end.
    let bottom = FRAME.label(2, 4, 2, STYLE);
    assert_eq!(bottom.anchor, Anchor::Middle);
    assert!(bottom.baselines[0] > 310.0, "{bottom:?}");
    assert!(bottom.baselines[1] > bottom.baselines[0]);
    // Left: ends at the point.
    let left = FRAME.label(3, 4, 1, STYLE);
    assert_eq!(left.anchor, Anchor::End);
    assert!(left.x <= 190.0 + EPS);
}

#[test]
fn a_missing_value_breaks_the_radar_outline_instead_of_pulling_it_to_zero() {
    assert_eq!(radar_edges(&[true, true, true]), vec![(0, 1), (1, 2), (2, 0)]);
    assert_eq!(radar_edges(&[true, false, true, true]), vec![(2, 3), (3, 0)]);
    assert_eq!(radar_edges(&[false, false, false]), Vec::<(usize, usize)>::new());
    assert_eq!(radar_edges(&[true, true]), vec![(0, 1)]);
    assert_eq!(radar_edges(&[true]), Vec::<(usize, usize)>::new());
    assert_eq!(radar_edges(&[]), Vec::<(usize, usize)>::new());
}

// ---- scenes -------------------------------------------------------------------------------

use spec_lens::domain::SeriesPoint;
use spec_lens::ui::components::charts::{bar_scene, radar_scene, Mark, Scene, BAR_PLOT, BAR_X0, RADAR};

fn point(label: &str, value: Option<f64>) -> SeriesPoint {
    SeriesPoint {
        id: label.to_lowercase(),
        label: label.into(),
        value: value.unwrap_or(0.0),
        has_value: value.is_some(),
    }
}

fn sample() -> Vec<SeriesPoint> {
    vec![
        point("Breadth of evidence and data sources", Some(62.5)),
        point("Protected characteristics and intersectionality", Some(79.96)),
        point("Cohorts and inclusion groups", None),
        point("Lived experience and co-production", Some(0.0)),
        point("Partnership and co-commissioning", Some(100.0)),
    ]
}

fn rects<'a>(scene: &'a Scene, class: &str) -> Vec<&'a Mark> {
    scene.marks.iter().filter(|m| matches!(m, Mark::Rect { class: c, .. } if *c == class)).collect()
}

fn marks_inside(scene: &Scene) {
    let inside = |x: f64, y: f64| x >= 0.0 && x <= scene.width && y >= 0.0 && y <= scene.height;
    for m in &scene.marks {
        let ok = match m {
            Mark::Rect { x, y, width, height, .. } => inside(*x, *y) && inside(x + width, y + height),
            Mark::Line { x1, y1, x2, y2, .. } => inside(*x1, *y1) && inside(*x2, *y2),
            Mark::Polygon { points, .. } => points.iter().all(|&(x, y)| inside(x, y)),
            Mark::Circle { cx, cy, .. } => inside(*cx, *cy),
            Mark::Text { lines, .. } => lines.iter().all(|l| inside(l.x, l.y)),
        };
        assert!(ok, "outside the viewBox {}x{}: {m:?}", scene.width, scene.height);
    }
}

#[test]
fn every_bar_is_as_long_as_its_percentage() {
    let scene = bar_scene(&sample(), &BandThresholds::default());
    let widths: Vec<f64> = rects(&scene, "chart__bar")
        .iter()
        .map(|m| match m {
            Mark::Rect { width, .. } => *width,
            _ => unreachable!(),
        })
        .collect();
    // 62.5%, 79.96%, 0% (a 2-unit sliver, so a zero reads as scored), 100%.
    let expected = [BAR_PLOT * 0.625, BAR_PLOT * 0.7996, 2.0, BAR_PLOT];
    assert_eq!(widths.len(), expected.len());
    for (w, e) in widths.iter().zip(expected) {
        assert!(close(*w, e), "{widths:?}");
    }
    let texts = scene.texts();
    assert!(texts.contains(&"79.9%"), "never rounded up past the band: {texts:?}");
    assert!(texts.contains(&"0.0%"));
}

#[test]
fn a_section_without_a_score_is_drawn_as_missing_not_as_zero() {
    let scene = bar_scene(&sample(), &BandThresholds::default());
    let missing = rects(&scene, "chart__bar chart__bar--missing");
    assert_eq!(missing.len(), 1);
    match missing[0] {
        Mark::Rect { x, width, .. } => assert!(close(*x, BAR_X0) && close(*width, BAR_PLOT)),
        _ => unreachable!(),
    }
    assert_eq!(scene.texts().iter().filter(|t| **t == "No score yet").count(), 1);
    // Four scored sections, four bars: the missing one has none.
    assert_eq!(rects(&scene, "chart__bar").len(), 4);

    let radar = radar_scene(&sample()).expect("five sections make a radar");
    let full_shape = radar.marks.iter().any(|m| matches!(m, Mark::Polygon { class: "radar__area", .. }));
    assert!(!full_shape, "a missing section must break the shape");
    let wedges =
        radar.marks.iter().filter(|m| matches!(m, Mark::Polygon { class: "radar__wedge", .. })).count();
    // Axes 0-1, 3-4 and 4-0 have both ends scored; 1-2 and 2-3 touch the missing section.
    assert_eq!(wedges, 3);
    let dots = radar.marks.iter().filter(|m| matches!(m, Mark::Circle { .. })).count();
    assert_eq!(dots, 4);
    assert!(radar.texts().contains(&"no score yet"));
    let dashed = radar
        .marks
        .iter()
        .filter(|m| matches!(m, Mark::Line { class: "radar__axis radar__axis--missing", .. }));
    assert_eq!(dashed.count(), 1);
}

#[test]
fn a_complete_series_is_one_polygon_over_five_rings() {
    let mut series = sample();
    series[2] = point("Cohorts and inclusion groups", Some(50.0));
    let radar = radar_scene(&series).unwrap();
    let count = |class: &str| {
        radar.marks.iter().filter(|m| matches!(m, Mark::Polygon { class: c, .. } if *c == class)).count()
    };
    assert_eq!(count("radar__area"), 1);
    assert_eq!(count("radar__wedge"), 0);
    assert_eq!(count("radar__ring") + count("radar__ring radar__ring--outer"), 5);
    // The 100% vertex of axis 4 lies on the outer ring.
    let area = radar.marks.iter().find_map(|m| match m {
        Mark::Polygon { class: "radar__area", points } => Some(points.clone()),
        _ => None,
    });
    let end = RADAR.axis_end(4, 5);
    let vertex = area.unwrap()[4];
    assert!(close(vertex.0, end.0) && close(vertex.1, end.1));
}

#[test]
fn the_bar_chart_marks_gridlines_every_twenty_percent_and_the_band_thresholds() {
    let scene = bar_scene(&sample(), &BandThresholds::default());
    let grid = scene.marks.iter().filter(|m| matches!(m, Mark::Line { class: "chart__grid", .. })).count();
    assert_eq!(grid, 6);
    let thresholds: Vec<f64> = scene
        .marks
        .iter()
        .filter_map(|m| match m {
            Mark::Line { class: "chart__threshold", x1, .. } => Some(*x1),
            _ => None,
        })
        .collect();
    assert_eq!(thresholds.len(), 3);
    for (x, pct) in thresholds.iter().zip([40.0, 60.0, 80.0]) {
        assert!(close(*x, percent_to_x(pct, BAR_X0, BAR_PLOT)));
    }
    let texts = scene.texts();
    for label in ["0%", "20%", "40%", "60%", "80%", "100%", "Inadequate", "Good", "Outstanding"] {
        assert!(texts.contains(&label), "{label} missing from {texts:?}");
    }
}

#[test]
fn everything_drawn_stays_inside_the_view_box() {
    let long = vec![
        point(
            "A very long section title that keeps going well past any sensible width for a chart label",
            Some(40.0),
        ),
        point("Short", None),
        point("Another long title about partnership and co-commissioning arrangements", Some(100.0)),
        point("x", Some(-20.0)),
        point("Lots of sections", Some(f64::NAN)),
        point("Six", Some(250.0)),
        point("Seven", Some(12.0)),
    ];
    marks_inside(&bar_scene(&long, &BandThresholds::default()));
    marks_inside(&bar_scene(
        &long,
        &BandThresholds { outstanding: 95.0, good: 90.0, requires_improvement: 5.0 },
    ));
    marks_inside(&radar_scene(&long).unwrap());
    marks_inside(&radar_scene(&sample()).unwrap());
}

#[test]
fn fewer_than_three_sections_make_no_radar() {
    assert!(radar_scene(&sample()[..2]).is_none());
    assert!(radar_scene(&[]).is_none());
    assert!(radar_scene(&sample()[..3]).is_some());
}
