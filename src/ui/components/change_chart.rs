//! The section changes of a comparison as a chart: one row per section, the first assessment's
//! percentage as a thin outlined bar over the second's as a solid one, each bar labelled with its
//! side's name and value, so neither colour nor shape alone tells them apart. Its data table sits
//! beside it, as with the results charts (`ui::components::charts`), whose marks and rendering it
//! uses. [`change_scene`] is a plain function, tested natively (`tests/compare_chart.rs`).

use leptos::prelude::*;

use crate::domain::chart_geometry::{
    chars_fitting, format_percent, percent_to_x, wrap_label, Anchor, PERCENT_TICKS,
};
use crate::domain::comparison::SectionChange;
use crate::format::comparison::wording::{section_change, section_score};
use crate::i18n::messages::charts::Charts as Msg;
use crate::i18n::messages::comparison_report::ComparisonReport as CR;
use crate::i18n::t;
use crate::ui::components::charts::{chart_figure, scene_view, Mark, Scene, TextLine};

pub const CHANGE_WIDTH: f64 = 640.0;
const X0: f64 = 16.0;
/// Room at the right of the plot for "Draft 1: 100.0%".
const VALUE_ROOM: f64 = 190.0;
pub const CHANGE_PLOT: f64 = CHANGE_WIDTH - X0 - VALUE_ROOM;
const FONT: f64 = 15.0;
const LINE: f64 = 19.0;
const FIRST_BAR: f64 = 12.0;
const SECOND_BAR: f64 = 18.0;
const BAR_GAP: f64 = 6.0;
const ROW_GAP: f64 = 18.0;
const TOP: f64 = 8.0;
/// Characters of a side's name kept in a bar's label; the table beside has it whole.
const NAME_CHARS: usize = 14;

/// The chart's marks: per section its title, then the first side's bar and the second's.
pub fn change_scene(sections: &[SectionChange], names: (&str, &str)) -> Scene {
    let mut marks = Vec::new();
    let max_chars = chars_fitting(CHANGE_WIDTH - X0, FONT);
    let mut y = TOP;
    let mut rows = Vec::new();
    for section in sections {
        let lines: Vec<TextLine> = wrap_label(&section.title, max_chars, 2)
            .into_iter()
            .enumerate()
            .map(|(i, text)| TextLine { x: X0, y: y + FONT + LINE * i as f64, text, class: "" })
            .collect();
        let first_top = y + LINE * lines.len().max(1) as f64 + 6.0;
        let second_top = first_top + FIRST_BAR + BAR_GAP;
        marks.push(Mark::Text { class: "chart__label", anchor: Anchor::Start, lines });
        rows.push((section, first_top, second_top));
        y = second_top + SECOND_BAR + ROW_GAP;
    }
    let bottom = y - ROW_GAP + 8.0;
    let mut grid = Vec::new();
    for &t in &PERCENT_TICKS {
        let x = percent_to_x(t, X0, CHANGE_PLOT);
        grid.push(Mark::Line { class: "chart__grid", x1: x, y1: TOP, x2: x, y2: bottom });
        let (anchor, label_x) = if t <= 0.0 { (Anchor::Start, x - 4.0) } else { (Anchor::Middle, x) };
        grid.push(text("chart__tick", anchor, label_x, bottom + 20.0, format!("{t}%")));
    }
    // The grid first, so the bars and labels sit on top of it.
    grid.extend(marks);
    let mut marks = grid;
    for (section, first_top, second_top) in rows {
        let first = (section.in_before, section.before, names.0, first_top, FIRST_BAR, "change-chart__first");
        let second =
            (section.in_after, section.after, names.1, second_top, SECOND_BAR, "change-chart__second");
        for (present, value, name, top, height, class) in [first, second] {
            bar(&mut marks, (present, value), name, (top, height), class);
        }
    }
    Scene { width: CHANGE_WIDTH, height: bottom + 30.0, marks }
}

fn text(class: &'static str, anchor: Anchor, x: f64, y: f64, text: String) -> Mark {
    Mark::Text { class, anchor, lines: vec![TextLine { x, y, text, class: "" }] }
}

/// One side's bar with "Name: 42.1%" after it, or the reason there is none in its place.
fn bar(
    marks: &mut Vec<Mark>,
    (present, value): (bool, Option<f64>),
    name: &str,
    (top, height): (f64, f64),
    class: &'static str,
) {
    let name = wrap_label(name, NAME_CHARS, 1).into_iter().next().unwrap_or_default();
    let mid = top + height / 2.0 + 5.0;
    match (present, value) {
        (true, Some(v)) => {
            // A zero still shows a sliver, so it reads as "scored 0", not as "nothing here".
            let width = (percent_to_x(v, X0, CHANGE_PLOT) - X0).max(2.0);
            marks.push(Mark::Rect { class, x: X0, y: top, width, height });
            let label_x = X0 + CHANGE_PLOT + 10.0;
            marks.push(text(
                "chart__value",
                Anchor::Start,
                label_x,
                mid,
                format!("{name}: {}", format_percent(v)),
            ));
        }
        (present, _) => {
            let why = if present { t(Msg::NoScoreYetInChart) } else { t(CR::NotInVersion) };
            marks.push(text("chart__missing", Anchor::Start, X0 + 4.0, mid, format!("{name}: {why}")));
        }
    }
}

/// The chart with its data table beside it.
pub fn change_chart(sections: Signal<Vec<SectionChange>>, names: Signal<(String, String)>) -> impl IntoView {
    let drawing = move || {
        sections.with(|s| {
            names.with(|(one, two)| {
                if s.is_empty() {
                    view! { <p>{t(Msg::NeitherHasSections)}</p> }.into_any()
                } else {
                    scene_view(
                        change_scene(s, (one, two)),
                        "chart__svg chart__svg--change",
                        "change-chart-caption",
                    )
                }
            })
        })
    };
    let rows = move || {
        sections.with(|s| {
            s.iter()
                .map(|section| {
                    view! {
                        <tr>
                            <th scope="row">{section.title.clone()}</th>
                            <td class="num">{section_score(section.before, section.in_before)}</td>
                            <td class="num">{section_score(section.after, section.in_after)}</td>
                            <td class="num">{section_change(section)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let table = view! {
        <table class="table chart__table">
            <caption>{t(Msg::ChangeTable)}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(Msg::Section)}</th>
                    <th scope="col" class="num">{move || names.with(|n| n.0.clone())}</th>
                    <th scope="col" class="num">{move || names.with(|n| n.1.clone())}</th>
                    <th scope="col" class="num">{t(Msg::Change)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    };
    chart_figure("change-chart", "change-chart-caption", t(Msg::ChangeCaption), drawing, table)
}
