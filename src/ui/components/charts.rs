//! SVG charts drawn from series that `domain` computes, each with its data table beside it.
//!
//! Every number drawn comes from `domain::chart_geometry` (tested natively); these components
//! only lay it out. Colours come from classes in `style/results.css`: the page's CSP refuses
//! inline styles. A section without a score is drawn as missing (a dashed outline and the words
//! "no score yet"), never as a zero.

use leptos::prelude::*;

use crate::domain::chart_geometry::{
    band_regions, chars_fitting, fit_label, format_percent, percent_to_x, radar_edges, threshold_marks,
    wrap_label, LabelStyle, Radar, PERCENT_TICKS, RADAR_RINGS,
};
use crate::domain::{svg_points, Band, BandThresholds, SeriesPoint};

// ---- shared -------------------------------------------------------------------------------

/// A coordinate for an SVG attribute: one decimal is finer than a pixel at any size we draw.
fn n(v: f64) -> String {
    format!("{v:.1}")
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

/// A section's score in a table cell: the percentage, or a dash that reads "no score yet".
#[component]
pub fn ScoreCell(point: Option<f64>) -> impl IntoView {
    match point {
        Some(p) => view! { <td class="num">{format_percent(p)}</td> }.into_any(),
        None => view! {
            <td class="num">
                <span aria-hidden="true">"—"</span>
                <span class="visually-hidden">"No score yet"</span>
            </td>
        }
        .into_any(),
    }
}

fn value(point: &SeriesPoint) -> Option<f64> {
    point.has_value.then_some(point.value)
}

/// The figure every chart shares: caption first (it names the drawing), then the drawing and its
/// data table side by side on wide screens.
#[component]
fn ChartFigure(id: &'static str, caption: &'static str, svg: AnyView, table: AnyView) -> impl IntoView {
    let caption_id = format!("{id}-caption");
    let labelled_by = caption_id.clone();
    view! {
        <figure class="chart" id=id aria-labelledby=labelled_by>
            <figcaption id=caption_id class="chart__caption">{caption}</figcaption>
            <div class="chart__body">
                <div class="chart__drawing">{svg}</div>
                <div class="chart__data">{table}</div>
            </div>
        </figure>
    }
}

// ---- bar chart ----------------------------------------------------------------------------

const BAR_WIDTH: f64 = 640.0;
const BAR_X0: f64 = 16.0;
const BAR_PLOT: f64 = 528.0;
const BAR_VALUE_X: f64 = BAR_X0 + BAR_PLOT + 10.0;
const BAR_FONT: f64 = 15.0;
const BAR_LINE: f64 = 19.0;
const BAR_HEIGHT: f64 = 22.0;
const BAR_ROW_GAP: f64 = 16.0;
const STRIP_HEIGHT: f64 = 40.0;
const STRIP_FONT: f64 = 13.0;
const PLOT_TOP: f64 = STRIP_HEIGHT + 14.0;

/// One bar's row: its label lines with their baselines, and the bar's top edge.
struct BarRow {
    label: Vec<(f64, String)>,
    bar_top: f64,
    value: Option<f64>,
}

fn bar_rows(series: &[SeriesPoint]) -> (Vec<BarRow>, f64) {
    let max_chars = chars_fitting(BAR_WIDTH - BAR_X0, BAR_FONT);
    let mut y = PLOT_TOP;
    let rows = series
        .iter()
        .map(|p| {
            let lines = wrap_label(&p.label, max_chars, 2);
            let label = lines
                .into_iter()
                .enumerate()
                .map(|(i, l)| (y + BAR_FONT + BAR_LINE * i as f64, l))
                .collect::<Vec<_>>();
            let bar_top = y + BAR_LINE * label.len().max(1) as f64 + 6.0;
            y = bar_top + BAR_HEIGHT + BAR_ROW_GAP;
            BarRow { label, bar_top, value: value(p) }
        })
        .collect();
    (rows, y - BAR_ROW_GAP + 10.0)
}

/// Horizontal bars, one per section, over gridlines at every 20% and the band regions.
#[component]
pub fn BarChart(#[prop(into)] series: Signal<Vec<SeriesPoint>>, bands: BandThresholds) -> impl IntoView {
    let svg = move || {
        series.with(|s| {
            if s.is_empty() {
                return view! { <p>"This framework has no sections, so there is nothing to draw."</p> }
                    .into_any();
            }
            let (rows, plot_bottom) = bar_rows(s);
            let height = plot_bottom + 30.0;
            let view_box = format!("0 0 {} {}", BAR_WIDTH, n(height));
            view! {
                <svg
                    class="chart__svg chart__svg--bar"
                    role="img"
                    aria-labelledby="bar-chart-caption"
                    viewBox=view_box
                    width="100%"
                    focusable="false"
                >
                    {band_strip(&bands, plot_bottom)}
                    {grid(plot_bottom)}
                    {rows.into_iter().map(bar_row).collect_view()}
                </svg>
            }
            .into_any()
        })
    };
    let table = move || {
        let rows = series.with(|s| {
            s.iter()
                .map(
                    |p| view! { <tr><th scope="row">{p.label.clone()}</th><ScoreCell point=value(p) /></tr> },
                )
                .collect_view()
        });
        view! {
            <table class="table chart__table">
                <caption>"The bar chart's numbers"</caption>
                <thead><tr><th scope="col">"Section"</th><th scope="col" class="num">"Score"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    };
    view! {
        <ChartFigure
            id="bar-chart"
            caption="Bar chart: the percentage scored in each section, over the bands. Sections without a \
                     score yet are drawn as a dashed outline."
            svg=svg.into_any()
            table=table.into_any()
        />
    }
}

/// The band regions as a tinted strip along the top, each named where its name fits, and a
/// dashed line down the plot at each threshold.
fn band_strip(bands: &BandThresholds, plot_bottom: f64) -> impl IntoView {
    let regions = band_regions(bands)
        .into_iter()
        .map(|r| {
            let x = percent_to_x(r.from, BAR_X0, BAR_PLOT);
            let width = percent_to_x(r.to, BAR_X0, BAR_PLOT) - x;
            let lines =
                fit_label(r.band.label(), chars_fitting(width - 6.0, STRIP_FONT), 2).unwrap_or_default();
            let mid = x + width / 2.0;
            let first = if lines.len() > 1 { 17.0 } else { 25.0 };
            let text = lines
                .into_iter()
                .enumerate()
                .map(|(i, l)| view! { <tspan x=n(mid) y=n(first + 15.0 * i as f64)>{l}</tspan> })
                .collect_view();
            view! {
                <g class=format!("chart__band chart__band--{}", band_class(r.band))>
                    <rect x=n(x) y="0" width=n(width) height=n(STRIP_HEIGHT) />
                    <text class="chart__band-label" text-anchor="middle">{text}</text>
                </g>
            }
        })
        .collect_view();
    let marks = threshold_marks(bands)
        .into_iter()
        .map(|(_, at)| {
            let x = n(percent_to_x(at, BAR_X0, BAR_PLOT));
            view! { <line class="chart__threshold" x1=x.clone() x2=x y1="0" y2=n(plot_bottom) /> }
        })
        .collect_view();
    view! { <g>{regions}</g> <g>{marks}</g> }
}

fn grid(plot_bottom: f64) -> impl IntoView {
    PERCENT_TICKS
        .iter()
        .map(|&t| {
            let x = percent_to_x(t, BAR_X0, BAR_PLOT);
            let anchor = if t <= 0.0 { "start" } else { "middle" };
            let label_x = if t <= 0.0 { x - 4.0 } else { x };
            view! {
                <line class="chart__grid" x1=n(x) x2=n(x) y1=n(PLOT_TOP - 6.0) y2=n(plot_bottom) />
                <text class="chart__tick" x=n(label_x) y=n(plot_bottom + 20.0) text-anchor=anchor>
                    {format!("{t}%")}
                </text>
            }
        })
        .collect_view()
}

fn bar_row(row: BarRow) -> impl IntoView {
    let label = row
        .label
        .into_iter()
        .map(|(y, l)| view! { <text class="chart__label" x=n(BAR_X0) y=n(y)>{l}</text> })
        .collect_view();
    let mid = row.bar_top + BAR_HEIGHT / 2.0 + 5.0;
    let bar = match row.value {
        Some(v) => {
            let width = (percent_to_x(v, BAR_X0, BAR_PLOT) - BAR_X0).max(2.0);
            view! {
                <rect class="chart__track" x=n(BAR_X0) y=n(row.bar_top) width=n(BAR_PLOT) height=n(BAR_HEIGHT) />
                <rect class="chart__bar" x=n(BAR_X0) y=n(row.bar_top) width=n(width) height=n(BAR_HEIGHT) />
                <text class="chart__value" x=n(BAR_VALUE_X) y=n(mid)>{format_percent(v)}</text>
            }
            .into_any()
        }
        None => view! {
            <rect
                class="chart__bar chart__bar--missing"
                x=n(BAR_X0)
                y=n(row.bar_top)
                width=n(BAR_PLOT)
                height=n(BAR_HEIGHT)
            />
            <text class="chart__missing" x=n(BAR_X0 + 8.0) y=n(mid)>"No score yet"</text>
        }
        .into_any(),
    };
    view! { <g>{label}{bar}</g> }
}

// ---- radar chart --------------------------------------------------------------------------

const RADAR_WIDTH: f64 = 640.0;
const RADAR_FONT: f64 = 14.0;
const RADAR_LINE: f64 = 17.0;
const RADAR_LABEL_CHARS: usize = 20;
const RADAR_LABEL_LINES: usize = 3;
const RADAR_STYLE: LabelStyle = LabelStyle { gap: 12.0, line_height: RADAR_LINE, font_size: RADAR_FONT };
/// Room above and below the rings for up to four label lines (three of title, one "no score yet").
const RADAR_MARGIN: f64 = 12.0 + RADAR_FONT + RADAR_LINE * 3.0 + 10.0;
const RADAR: Radar = Radar { cx: RADAR_WIDTH / 2.0, cy: RADAR_MARGIN + 150.0, radius: 150.0 };
const RADAR_HEIGHT: f64 = 2.0 * (RADAR_MARGIN + 150.0);

/// The same series as a radar: one axis per section clockwise from the top, five rings at
/// 20% steps. Needs at least three sections to make a shape.
#[component]
pub fn RadarChart(#[prop(into)] series: Signal<Vec<SeriesPoint>>) -> impl IntoView {
    let svg = move || {
        series.with(|s| {
            if s.len() < 3 {
                return view! {
                    <p>"A radar needs at least three sections; the bar chart and the table show the scores."</p>
                }
                .into_any();
            }
            view! {
                <svg
                    class="chart__svg chart__svg--radar"
                    role="img"
                    aria-labelledby="radar-chart-caption"
                    viewBox=format!("0 0 {} {}", RADAR_WIDTH, RADAR_HEIGHT)
                    width="100%"
                    focusable="false"
                >
                    {radar_frame(s)}
                    {radar_shape(s)}
                    {radar_labels(s)}
                </svg>
            }
            .into_any()
        })
    };
    let table = move || {
        let rows = series.with(|s| {
            s.iter()
                .enumerate()
                .map(|(i, p)| {
                    view! {
                        <tr>
                            <td class="num">{i + 1}</td>
                            <th scope="row">{p.label.clone()}</th>
                            <ScoreCell point=value(p) />
                        </tr>
                    }
                })
                .collect_view()
        });
        view! {
            <table class="table chart__table">
                <caption>"The radar chart's numbers, clockwise from the top"</caption>
                <thead>
                    <tr>
                        <th scope="col" class="num">"Axis"</th>
                        <th scope="col">"Section"</th>
                        <th scope="col" class="num">"Score"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
    };
    view! {
        <ChartFigure
            id="radar-chart"
            caption="Radar chart: the same section percentages, one axis per section clockwise from the top, \
                     with rings every 20%. A section without a score leaves a gap in the shape."
            svg=svg.into_any()
            table=table.into_any()
        />
    }
}

fn radar_frame(series: &[SeriesPoint]) -> impl IntoView {
    let count = series.len();
    let rings = RADAR_RINGS
        .iter()
        .map(|&p| {
            let class = if p >= 100.0 { "radar__ring radar__ring--outer" } else { "radar__ring" };
            view! { <polygon class=class points=svg_points(&RADAR.ring(count, p)) /> }
        })
        .collect_view();
    let axes = series
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let (x, y) = RADAR.axis_end(i, count);
            let class = if p.has_value { "radar__axis" } else { "radar__axis radar__axis--missing" };
            view! { <line class=class x1=n(RADAR.cx) y1=n(RADAR.cy) x2=n(x) y2=n(y) /> }
        })
        .collect_view();
    let ring_labels = RADAR_RINGS
        .iter()
        .map(|&p| {
            let y = RADAR.cy - RADAR.radius * p / 100.0;
            view! { <text class="radar__ring-label" x=n(RADAR.cx + 5.0) y=n(y + 13.0)>{format!("{p}%")}</text> }
        })
        .collect_view();
    view! { <g>{rings}</g> <g>{axes}</g> <g>{ring_labels}</g> }
}

/// The filled shape: one polygon when every section has a score; otherwise a wedge from the
/// centre between each pair of neighbouring scored axes, so a missing section is a gap.
fn radar_shape(series: &[SeriesPoint]) -> impl IntoView {
    let values: Vec<f64> = series.iter().map(|p| p.value).collect();
    let has: Vec<bool> = series.iter().map(|p| p.has_value).collect();
    let points = RADAR.points(&values);
    let centre = (RADAR.cx, RADAR.cy);
    let area = if has.iter().all(|&h| h) {
        view! { <polygon class="radar__area" points=svg_points(&points) /> }.into_any()
    } else {
        radar_edges(&has)
            .into_iter()
            .map(|(a, b)| {
                let (pa, pb) = (points[a], points[b]);
                view! {
                    <polygon class="radar__wedge" points=svg_points(&[centre, pa, pb]) />
                    <line class="radar__edge" x1=n(pa.0) y1=n(pa.1) x2=n(pb.0) y2=n(pb.1) />
                }
            })
            .collect_view()
            .into_any()
    };
    let dots = points
        .iter()
        .zip(&has)
        .filter(|(_, &h)| h)
        .map(|(&(x, y), _)| view! { <circle class="radar__dot" cx=n(x) cy=n(y) r="4.5" /> })
        .collect_view();
    view! { <g>{area}</g> <g>{dots}</g> }
}

fn radar_labels(series: &[SeriesPoint]) -> impl IntoView {
    let count = series.len();
    series
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut lines: Vec<(String, bool)> = wrap_label(&p.label, RADAR_LABEL_CHARS, RADAR_LABEL_LINES)
                .into_iter()
                .map(|l| (l, false))
                .collect();
            lines.push(if p.has_value {
                (format_percent(p.value), true)
            } else {
                ("no score yet".into(), true)
            });
            let place = RADAR.label(i, count, lines.len(), RADAR_STYLE);
            let x = n(place.x);
            let missing = !p.has_value;
            let spans = lines
                .into_iter()
                .zip(place.baselines)
                .map(|((text, is_value), y)| {
                    let class = match (is_value, missing) {
                        (true, true) => "radar__missing",
                        (true, false) => "radar__value",
                        _ => "",
                    };
                    view! { <tspan class=class x=x.clone() y=n(y)>{text}</tspan> }
                })
                .collect_view();
            view! { <text class="chart__label" text-anchor=place.anchor.as_str()>{spans}</text> }
        })
        .collect_view()
}
