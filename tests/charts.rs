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
