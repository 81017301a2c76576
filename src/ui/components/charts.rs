//! SVG charts drawn from series that `domain` computes, each with its data table beside it.
//!
//! A chart is built in two steps. [`bar_scene`] and [`radar_scene`] are plain functions (no
//! signals, no DOM) that lay a series out as a [`Scene`]: a list of rectangles, lines, polygons,
//! circles and text, with every coordinate worked out by `domain::chart_geometry`. They are tested
//! natively (`tests/charts.rs`). The components then turn a scene into SVG with one small function
//! per kind of mark, which keeps the WebAssembly small however many marks a chart has.
//!
//! Colours come from classes in `style/results.css` (the page's CSP refuses inline styles). A
//! section without a score is drawn as missing (a dashed outline and the words "no score yet"),
//! never as a zero.

use leptos::prelude::*;

use crate::domain::chart_geometry::{
    band_regions, chars_fitting, fit_label, format_percent, percent_to_x, radar_edges, threshold_marks,
    wrap_label, Anchor, LabelStyle, Radar, PERCENT_TICKS, RADAR_RINGS,
};
use crate::domain::numbers::fixed;
use crate::domain::{svg_points, Band, BandThresholds, SeriesPoint};
use crate::i18n::messages::charts::Charts as Msg;
use crate::i18n::t;

// ---- scenes -------------------------------------------------------------------------------

/// One line of a text mark, positioned on its own (an SVG `tspan`).
#[derive(Clone, Debug, PartialEq)]
pub struct TextLine {
    pub x: f64,
    pub y: f64,
    pub text: String,
    /// Extra class for this line ("" for none).
    pub class: &'static str,
}

/// One thing drawn. `class` names the CSS rule that colours it.
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    Rect { class: &'static str, x: f64, y: f64, width: f64, height: f64 },
    Line { class: &'static str, x1: f64, y1: f64, x2: f64, y2: f64 },
    Polygon { class: &'static str, points: Vec<(f64, f64)> },
    Circle { class: &'static str, cx: f64, cy: f64, r: f64 },
    Text { class: &'static str, anchor: Anchor, lines: Vec<TextLine> },
}

/// A whole drawing in user units: the `viewBox` is `0 0 width height`.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    pub width: f64,
    pub height: f64,
    pub marks: Vec<Mark>,
}

impl Scene {
    fn new(width: f64) -> Self {
        Scene { width, height: 0.0, marks: Vec::new() }
    }

    fn text(&mut self, class: &'static str, anchor: Anchor, x: f64, y: f64, text: impl Into<String>) {
        self.marks.push(Mark::Text {
            class,
            anchor,
            lines: vec![TextLine { x, y, text: text.into(), class: "" }],
        });
    }

    /// Every text line in the scene, in drawing order: what a reader of the chart can see.
    pub fn texts(&self) -> Vec<&str> {
        self.marks
            .iter()
            .flat_map(|m| match m {
                Mark::Text { lines, .. } => lines.iter().map(|l| l.text.as_str()).collect(),
                _ => Vec::new(),
            })
            .collect()
    }
}

/// The CSS modifier for a band, used for its tint and badge.
pub fn band_class(band: Band) -> &'static str {
    match band {
        Band::Outstanding => "outstanding",
        Band::Good => "good",
        Band::RequiresImprovement => "requires-improvement",
        Band::Inadequate => "inadequate",
    }
}

fn band_region_class(band: Band) -> &'static str {
    match band {
        Band::Outstanding => "chart__band chart__band--outstanding",
        Band::Good => "chart__band chart__band--good",
        Band::RequiresImprovement => "chart__band chart__band--requires-improvement",
        Band::Inadequate => "chart__band chart__band--inadequate",
    }
}

fn value(point: &SeriesPoint) -> Option<f64> {
    point.has_value.then_some(point.value)
}

// ---- bar scene ----------------------------------------------------------------------------

/// Width of the bar chart's `viewBox`.
pub const BAR_WIDTH: f64 = 640.0;
/// Left edge of the plot (0%).
pub const BAR_X0: f64 = 16.0;
/// Width of the plot (0% to 100%).
pub const BAR_PLOT: f64 = 528.0;
const BAR_VALUE_X: f64 = BAR_X0 + BAR_PLOT + 10.0;
const BAR_FONT: f64 = 15.0;
const BAR_LINE: f64 = 19.0;
const BAR_HEIGHT: f64 = 22.0;
const BAR_ROW_GAP: f64 = 16.0;
const STRIP_HEIGHT: f64 = 40.0;
const STRIP_FONT: f64 = 13.0;
const PLOT_TOP: f64 = STRIP_HEIGHT + 14.0;

/// Horizontal bars, one per section in series order, each under its label; a tinted strip naming
/// the bands along the top with a dashed line down the plot at each threshold; gridlines and
/// labels at every 20%. A section without a score gets a dashed outline the full width of the
/// plot with "No score yet" inside it, and no bar.
pub fn bar_scene(series: &[SeriesPoint], bands: &BandThresholds) -> Scene {
    let mut scene = Scene::new(BAR_WIDTH);
    let max_chars = chars_fitting(BAR_WIDTH - BAR_X0, BAR_FONT);

    // Rows first, to know where the plot ends; drawn after the grid so they sit on top of it.
    let mut rows = Vec::new();
    let mut y = PLOT_TOP;
    for point in series {
        let lines: Vec<TextLine> = wrap_label(&point.label, max_chars, 2)
            .into_iter()
            .enumerate()
            .map(|(i, text)| TextLine { x: BAR_X0, y: y + BAR_FONT + BAR_LINE * i as f64, text, class: "" })
            .collect();
        let bar_top = y + BAR_LINE * lines.len().max(1) as f64 + 6.0;
        rows.push((lines, bar_top, value(point)));
        y = bar_top + BAR_HEIGHT + BAR_ROW_GAP;
    }
    let plot_bottom = y - BAR_ROW_GAP + 10.0;

    for region in band_regions(bands) {
        let x = percent_to_x(region.from, BAR_X0, BAR_PLOT);
        let width = percent_to_x(region.to, BAR_X0, BAR_PLOT) - x;
        scene.marks.push(Mark::Rect {
            class: band_region_class(region.band),
            x,
            y: 0.0,
            width,
            height: STRIP_HEIGHT,
        });
        let name =
            fit_label(crate::i18n::words::band(region.band), chars_fitting(width - 6.0, STRIP_FONT), 2)
                .unwrap_or_default();
        let first = if name.len() > 1 { 17.0 } else { 25.0 };
        let mid = x + width / 2.0;
        let lines = name
            .into_iter()
            .enumerate()
            .map(|(i, text)| TextLine { x: mid, y: first + 15.0 * i as f64, text, class: "" })
            .collect::<Vec<_>>();
        if !lines.is_empty() {
            scene.marks.push(Mark::Text { class: "chart__band-label", anchor: Anchor::Middle, lines });
        }
    }
    for &t in &PERCENT_TICKS {
        let x = percent_to_x(t, BAR_X0, BAR_PLOT);
        scene.marks.push(Mark::Line {
            class: "chart__grid",
            x1: x,
            y1: PLOT_TOP - 6.0,
            x2: x,
            y2: plot_bottom,
        });
        let (anchor, label_x) = if t <= 0.0 { (Anchor::Start, x - 4.0) } else { (Anchor::Middle, x) };
        scene.text("chart__tick", anchor, label_x, plot_bottom + 20.0, format!("{t}%"));
    }
    for (_, at) in threshold_marks(bands) {
        let x = percent_to_x(at, BAR_X0, BAR_PLOT);
        scene.marks.push(Mark::Line { class: "chart__threshold", x1: x, y1: 0.0, x2: x, y2: plot_bottom });
    }

    for (lines, bar_top, value) in rows {
        scene.marks.push(Mark::Text { class: "chart__label", anchor: Anchor::Start, lines });
        let mid = bar_top + BAR_HEIGHT / 2.0 + 5.0;
        let track = |class| Mark::Rect { class, x: BAR_X0, y: bar_top, width: BAR_PLOT, height: BAR_HEIGHT };
        match value {
            Some(v) => {
                scene.marks.push(track("chart__track"));
                // A zero still shows a sliver, so it reads as "scored 0", not as "nothing here".
                let width = (percent_to_x(v, BAR_X0, BAR_PLOT) - BAR_X0).max(2.0);
                scene.marks.push(Mark::Rect {
                    class: "chart__bar",
                    x: BAR_X0,
                    y: bar_top,
                    width,
                    height: BAR_HEIGHT,
                });
                scene.text("chart__value", Anchor::Start, BAR_VALUE_X, mid, format_percent(v));
            }
            None => {
                scene.marks.push(track("chart__bar chart__bar--missing"));
                scene.text("chart__missing", Anchor::Start, BAR_X0 + 8.0, mid, t(Msg::NoScoreYet));
            }
        }
    }
    scene.height = plot_bottom + 30.0;
    scene
}

// ---- radar scene --------------------------------------------------------------------------

/// Width of the radar chart's `viewBox`.
pub const RADAR_WIDTH: f64 = 640.0;
const RADAR_RADIUS: f64 = 145.0;
const RADAR_FONT: f64 = 14.0;
const RADAR_LINE: f64 = 17.0;
const RADAR_LABEL_CHARS: usize = 20;
const RADAR_LABEL_LINES: usize = 3;
const RADAR_STYLE: LabelStyle = LabelStyle { gap: 12.0, line_height: RADAR_LINE, font_size: RADAR_FONT };
/// Room above and below the rings for a label of four lines (three of title, one of score).
const RADAR_MARGIN: f64 = 12.0 + RADAR_FONT + RADAR_LINE * 3.0 + 10.0;
/// The radar's frame: centred across the width, 100% reaching `RADAR_RADIUS`.
pub const RADAR: Radar =
    Radar { cx: RADAR_WIDTH / 2.0, cy: RADAR_MARGIN + RADAR_RADIUS, radius: RADAR_RADIUS };

/// The same series as a radar: one axis per section clockwise from the top, five rings at 20%
/// steps, each axis labelled with its (wrapped, perhaps shortened) title and score. Where every
/// section has a score the shape is one polygon; otherwise it is drawn as wedges between
/// neighbouring scored axes, so a section without a score leaves a gap (its axis dashed and
/// labelled "no score yet") instead of pulling the shape to the centre. None for fewer than three
/// sections, which make no shape.
pub fn radar_scene(series: &[SeriesPoint]) -> Option<Scene> {
    let count = series.len();
    if count < 3 {
        return None;
    }
    let mut scene = Scene::new(RADAR_WIDTH);
    for &p in &RADAR_RINGS {
        let class = if p >= 100.0 { "radar__ring radar__ring--outer" } else { "radar__ring" };
        scene.marks.push(Mark::Polygon { class, points: RADAR.ring(count, p) });
    }
    for (i, point) in series.iter().enumerate() {
        let (x2, y2) = RADAR.axis_end(i, count);
        let class = if point.has_value { "radar__axis" } else { "radar__axis radar__axis--missing" };
        scene.marks.push(Mark::Line { class, x1: RADAR.cx, y1: RADAR.cy, x2, y2 });
    }
    for &p in &RADAR_RINGS {
        let y = RADAR.cy - RADAR.radius * p / 100.0 + 13.0;
        scene.text("radar__ring-label", Anchor::Start, RADAR.cx + 5.0, y, format!("{p}%"));
    }

    let values: Vec<f64> = series.iter().map(|p| p.value).collect();
    let has: Vec<bool> = series.iter().map(|p| p.has_value).collect();
    let points = RADAR.points(&values);
    if has.iter().all(|&h| h) {
        scene.marks.push(Mark::Polygon { class: "radar__area", points: points.clone() });
    } else {
        let centre = (RADAR.cx, RADAR.cy);
        for (a, b) in radar_edges(&has) {
            let (pa, pb) = (points[a], points[b]);
            scene.marks.push(Mark::Polygon { class: "radar__wedge", points: vec![centre, pa, pb] });
            scene.marks.push(Mark::Line { class: "radar__edge", x1: pa.0, y1: pa.1, x2: pb.0, y2: pb.1 });
        }
    }
    for (&(cx, cy), _) in points.iter().zip(&has).filter(|(_, &h)| h) {
        scene.marks.push(Mark::Circle { class: "radar__dot", cx, cy, r: 4.5 });
    }

    for (i, point) in series.iter().enumerate() {
        let mut texts: Vec<(String, &'static str)> =
            wrap_label(&point.label, RADAR_LABEL_CHARS, RADAR_LABEL_LINES)
                .into_iter()
                .map(|l| (l, ""))
                .collect();
        texts.push(match value(point) {
            Some(v) => (format_percent(v), "radar__value"),
            None => (t(Msg::NoScoreYetInChart).to_string(), "radar__missing"),
        });
        let place = RADAR.label(i, count, texts.len(), RADAR_STYLE);
        let lines = texts
            .into_iter()
            .zip(place.baselines)
            .map(|((text, class), y)| TextLine { x: place.x, y, text, class })
            .collect();
        scene.marks.push(Mark::Text { class: "chart__label", anchor: place.anchor, lines });
    }
    scene.height = 2.0 * (RADAR_MARGIN + RADAR_RADIUS);
    Some(scene)
}

// ---- rendering ----------------------------------------------------------------------------

/// A coordinate for an SVG attribute: one decimal is finer than a pixel at any size we draw.
fn n(v: f64) -> String {
    fixed(v, 1)
}

fn mark_view(mark: Mark) -> AnyView {
    match mark {
        Mark::Rect { class, x, y, width, height } => {
            view! { <rect class=class x=n(x) y=n(y) width=n(width) height=n(height) /> }.into_any()
        }
        Mark::Line { class, x1, y1, x2, y2 } => {
            view! { <line class=class x1=n(x1) y1=n(y1) x2=n(x2) y2=n(y2) /> }.into_any()
        }
        Mark::Polygon { class, points } => {
            view! { <polygon class=class points=svg_points(&points) /> }.into_any()
        }
        Mark::Circle { class, cx, cy, r } => {
            view! { <circle class=class cx=n(cx) cy=n(cy) r=n(r) /> }.into_any()
        }
        Mark::Text { class, anchor, lines } => {
            let spans = lines
                .into_iter()
                .map(|l| view! { <tspan class=l.class x=n(l.x) y=n(l.y)>{l.text}</tspan> })
                .collect_view();
            view! { <text class=class text-anchor=anchor.as_str()>{spans}</text> }.into_any()
        }
    }
}

/// A scene as an SVG image named by the figure's caption.
pub fn scene_view(scene: Scene, modifier: &'static str, caption_id: &'static str) -> AnyView {
    let view_box = format!("0 0 {} {}", n(scene.width), n(scene.height));
    let marks = scene.marks.into_iter().map(mark_view).collect_view();
    view! {
        <svg
            class=modifier
            role="img"
            aria-labelledby=caption_id
            viewBox=view_box
            width="100%"
            focusable="false"
        >
            {marks}
        </svg>
    }
    .into_any()
}

/// A section's score in a table cell: the percentage, or a dash that reads "no score yet".
pub fn score_cell(score: Option<f64>) -> AnyView {
    match score {
        Some(p) => view! { <td class="num">{format_percent(p)}</td> }.into_any(),
        None => view! {
            <td class="num">
                <span aria-hidden="true">"—"</span>
                <span class="visually-hidden">{t(Msg::NoScoreYet)}</span>
            </td>
        }
        .into_any(),
    }
}

/// The data table beside a chart: one row per section; with `numbered`, the axis numbers too.
fn series_table(series: Signal<Vec<SeriesPoint>>, caption: &'static str, numbered: bool) -> impl IntoView {
    let rows = move || {
        series.with(|s| {
            s.iter()
                .enumerate()
                .map(|(i, p)| {
                    view! {
                        <tr>
                            {numbered.then(|| view! { <td class="num">{i + 1}</td> })}
                            <th scope="row">{p.label.clone()}</th>
                            {score_cell(value(p))}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <table class="table chart__table">
            <caption>{caption}</caption>
            <thead>
                <tr>
                    {numbered.then(|| view! { <th scope="col" class="num">{t(Msg::Axis)}</th> })}
                    <th scope="col">{t(Msg::Section)}</th>
                    <th scope="col" class="num">{t(Msg::Score)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// The figure every chart shares: its caption names both the figure and the drawing, and the
/// drawing and its data table sit side by side on wide screens.
pub fn chart_figure(
    id: &'static str,
    caption_id: &'static str,
    caption: &'static str,
    drawing: impl IntoView + 'static,
    table: impl IntoView + 'static,
) -> impl IntoView {
    view! {
        <figure class="chart" id=id aria-labelledby=caption_id>
            <figcaption id=caption_id class="chart__caption">{caption}</figcaption>
            <div class="chart__body">
                <div class="chart__drawing">{drawing}</div>
                <div class="chart__data">{table}</div>
            </div>
        </figure>
    }
}

/// Horizontal bars, one per section, over gridlines at every 20% and the band regions; see
/// [`bar_scene`].
pub fn bar_chart(series: Signal<Vec<SeriesPoint>>, bands: BandThresholds) -> impl IntoView {
    let drawing = move || {
        series.with(|s| {
            if s.is_empty() {
                view! { <p>{t(Msg::NoSections)}</p> }.into_any()
            } else {
                scene_view(bar_scene(s, &bands), "chart__svg chart__svg--bar", "bar-chart-caption")
            }
        })
    };
    chart_figure(
        "bar-chart",
        "bar-chart-caption",
        t(Msg::BarCaption),
        drawing,
        series_table(series, t(Msg::BarTable), false),
    )
}

/// The same series as a radar; see [`radar_scene`].
pub fn radar_chart(series: Signal<Vec<SeriesPoint>>) -> impl IntoView {
    let drawing = move || {
        series.with(|s| match radar_scene(s) {
            Some(scene) => scene_view(scene, "chart__svg chart__svg--radar", "radar-chart-caption"),
            None => view! {
                <p>{t(Msg::RadarTooFew)}</p>
            }
            .into_any(),
        })
    };
    chart_figure(
        "radar-chart",
        "radar-chart-caption",
        t(Msg::RadarCaption),
        drawing,
        series_table(series, t(Msg::RadarTable), true),
    )
}
