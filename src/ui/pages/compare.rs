//! Two assessments side by side (`#/compare/<first>/<second>`): the overall and section results with
//! the change, a chart of the sections with its table, each criterion's answers (sortable by the
//! largest change, filterable to changes), what changed in the framework and in the text, and the
//! downloads. The numbers come from `domain::comparison`, the words from `format::comparison`.
//!
//! Comparing only reads: nothing here writes to storage. The comparison follows edits made in
//! another tab, and a deleted assessment behind a bookmarked address gets a sentence saying so.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::{clock, download, location};
use crate::domain::comparison::{
    compare, CompareError, Comparison, CriterionChange, CriterionOrder, Movement, Side,
};
use crate::domain::text_changes::{ClauseChange, WordChange};
use crate::domain::{Assessment, Citations, Framework};
use crate::format::comparison::wording::*;
use crate::format::comparison::{comparison_csv, comparison_markdown};
use crate::format::envelope;
use crate::format::report::wording::{answer_text, evidence_citation};
use crate::state::catalogue::use_catalogue;
use crate::state::library::use_library;
use crate::state::route::Page;
use crate::ui::components::change_chart::change_chart;
use crate::ui::components::charts::band_class;
use crate::ui::pages::library::display_title;

/// Clause changes shown before "Show all": two areas' specifications may differ in every clause, and
/// a page of thousands takes long to lay out.
const FIRST_CLAUSE_CHANGES: usize = 50;

/// Both assessments, their frameworks and the comparison.
struct Compared {
    first: Assessment,
    second: Assessment,
    first_framework: Framework,
    second_framework: Framework,
    comparison: Comparison,
    names: (String, String),
    /// How each side's evidence names its clauses, built once: each is a pass over the whole text.
    citations: (Citations, Citations),
}

impl Compared {
    fn sides(&self) -> (Side<'_>, Side<'_>) {
        (
            Side { assessment: &self.first, framework: &self.first_framework },
            Side { assessment: &self.second, framework: &self.second_framework },
        )
    }
}

/// Why there is nothing to compare.
#[derive(Clone)]
enum Problem {
    /// Which of the two are not in this browser.
    Missing {
        first: bool,
        second: bool,
    },
    /// The assessment with this title was scored under a framework this browser lacks.
    NoFramework(String),
    Refused(CompareError, String, String),
}

#[component]
pub fn ComparePage(first: String, second: String) -> impl IntoView {
    let library = use_library();
    let catalogue = use_catalogue();
    let (one, two) = (library.get(first.clone()), library.get(second.clone()));
    // Recomputed only when either assessment changes (both are memos); each result is taken as new,
    // as comparing two comparisons field by field would cost more code than it saves.
    let state = Memo::new_with_compare(
        move |_| {
            let (a, b) = (one.get(), two.get());
            catalogue.with_value(|c| {
                let framework = |a: &Assessment| {
                    c.for_assessment(&a.framework)
                        .cloned()
                        .ok_or_else(|| Problem::NoFramework(display_title(a)))
                };
                match (a, b) {
                    (Some(a), Some(b)) => {
                        let (fa, fb) = (framework(&a)?, framework(&b)?);
                        compared(a, b, fa, fb).map(Arc::new)
                    }
                    (a, b) => Err(Problem::Missing { first: a.is_none(), second: b.is_none() }),
                }
            })
        },
        |_, _| true,
    );
    let order = RwSignal::new(CriterionOrder::LargestChange);
    let changes_only = RwSignal::new(false);
    let swap = Page::Compare { first: second, second: first }.href();
    move || match state.get() {
        Ok(c) => view_comparison(c, order, changes_only, swap.clone()).into_any(),
        Err(problem) => problem_view(problem).into_any(),
    }
}

fn compared(a: Assessment, b: Assessment, fa: Framework, fb: Framework) -> Result<Compared, Problem> {
    let comparison =
        compare(Side { assessment: &a, framework: &fa }, Side { assessment: &b, framework: &fb })
            .map_err(|e| Problem::Refused(e, display_title(&a), display_title(&b)))?;
    let names = side_names(&a, &b);
    let citations = (a.specification.citations(), b.specification.citations());
    Ok(Compared {
        first: a,
        second: b,
        first_framework: fa,
        second_framework: fb,
        comparison,
        names,
        citations,
    })
}

fn problem_view(problem: Problem) -> impl IntoView {
    let sentence = match problem {
        Problem::Missing { first, second } => match (first, second) {
            (true, true) => "Neither of the two assessments this address compares is in this browser: they may have \
                             been deleted, or the address was made in another browser."
                .to_string(),
            (true, _) => "The first of the two assessments this address compares is not in this browser: it may have \
                          been deleted, or the address was made in another browser."
                .to_string(),
            _ => "The second of the two assessments this address compares is not in this browser: it may have been \
                  deleted, or the address was made in another browser."
                .to_string(),
        },
        Problem::NoFramework(title) => format!(
            "\u{201c}{title}\u{201d} was scored under a framework that is not in this browser, so it cannot be \
             compared. Import the assessment's file again: it carries its framework."
        ),
        Problem::Refused(CompareError::SameAssessment, title, _) => format!(
            "This address compares \u{201c}{title}\u{201d} with itself. Choose two different assessments to compare."
        ),
        Problem::Refused(CompareError::NoCriterionInCommon, one, two) => format!(
            "\u{201c}{one}\u{201d} and \u{201c}{two}\u{201d} were scored under frameworks with no criterion in \
             common, so there is nothing to compare criterion by criterion. Choose two assessments scored under \
             the same framework, or two versions of it."
        ),
    };
    view! {
        <p class="breadcrumb"><a href="#/">"Assessments"</a></p>
        <h1 id="page-heading" tabindex="-1">"Nothing to compare"</h1>
        <p class="lead">{sentence}</p>
        <p><a href="#/">"Go to your assessments"</a>" and tick two to compare."</p>
    }
}

fn view_comparison(
    c: Arc<Compared>,
    order: RwSignal<CriterionOrder>,
    changes_only: RwSignal<bool>,
    swap: String,
) -> impl IntoView {
    let title = comparison_title(&c.first, &c.second);
    view! {
        <p class="breadcrumb"><a href="#/">"Assessments"</a></p>
        <div class="page-head">
            <h1 id="page-heading" tabindex="-1">{title}</h1>
            <a class="button button--secondary no-print" href=swap>"Swap the two"</a>
        </div>
        {sides(&c)}
        <div class="compare">
            {summary(&c)}
            {sections(&c)}
            {criteria(c.clone(), order, changes_only)}
            {framework_changes(&c)}
            {text_changes(c.clone())}
            {downloads(c)}
        </div>
    }
}

/// Who and what is compared, each with a link to its own results.
fn sides(c: &Compared) -> impl IntoView {
    let (one, two) = c.sides();
    let items = [(&c.names.0, one), (&c.names.1, two)]
        .into_iter()
        .map(|(name, side)| {
            let results = Page::Results(side.assessment.id.clone()).href();
            view! {
                <div class="compare-side">
                    <dt>{name.clone()}</dt>
                    <dd>
                        {side_details(side)}
                        <br />
                        <a class="no-print" href=results>"Results"<span class="visually-hidden">{format!(" of {name}")}</span></a>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <dl class="compare-sides">{items}</dl>
        <p class="muted no-print">"Comparing changes nothing: both assessments stay as they are."</p>
    }
}

fn band_cell(band: Option<crate::domain::Band>) -> AnyView {
    match band {
        Some(b) => view! { <td><span class=format!("band-badge band-badge--{}", band_class(b))>{b.label()}</span></td> }
            .into_any(),
        None => view! { <td>"No band yet"</td> }.into_any(),
    }
}

fn summary(c: &Compared) -> impl IntoView {
    let (one, two) = c.sides();
    let o = &c.comparison.overall;
    let change =
        if o.not_comparable.is_empty() { percent_change(o.before, o.after) } else { NOT_COMPARED.into() };
    let band_way = o.band_movement.map_or(NOT_COMPARED, movement_label);
    let coverage =
        |r: &crate::domain::Results| format!("{} of {}", r.coverage.answered, r.coverage.applicable);
    let not_comparable = (!o.not_comparable.is_empty()).then(|| {
        let why = incomparable_sentence(&o.not_comparable, one.framework, two.framework);
        view! { <div class="notice notice--warning" role="note"><p><strong>"Overall not compared: "</strong>{why}</p></div> }
    });
    let caps = cap_sentences(&c.comparison)
        .into_iter()
        .map(|s| view! { <div class="notice notice--cap" role="note"><p>{s}</p></div> })
        .collect_view();
    view! {
        <section class="compare__block" aria-labelledby="compare-summary-heading">
            <h2 id="compare-summary-heading">"Summary"</h2>
            <table class="table compare-table compare-summary">
                <caption>"The overall results side by side"</caption>
                <thead>
                    <tr>
                        <td></td>
                        <th scope="col">{c.names.0.clone()}</th>
                        <th scope="col">{c.names.1.clone()}</th>
                        <th scope="col">"Change"</th>
                    </tr>
                </thead>
                <tbody>
                    <tr>
                        <th scope="row">"Overall score"</th>
                        <td class="num">{result_text(o.before, None)}</td>
                        <td class="num">{result_text(o.after, None)}</td>
                        <td class="num">{change}</td>
                    </tr>
                    <tr>
                        <th scope="row">"Band"</th>
                        {band_cell(o.band_before)}
                        {band_cell(o.band_after)}
                        <td>{band_way}</td>
                    </tr>
                    <tr>
                        <th scope="row">"Criteria answered"</th>
                        <td class="num">{coverage(&c.comparison.before)}</td>
                        <td class="num">{coverage(&c.comparison.after)}</td>
                        <td></td>
                    </tr>
                </tbody>
            </table>
            {not_comparable}
            {caps}
            <p>{tally_sentence(&c.comparison.tally)}</p>
        </section>
    }
}

fn sections(c: &Compared) -> impl IntoView {
    let sections = Signal::stored(c.comparison.sections.clone());
    let names = Signal::stored(c.names.clone());
    view! {
        <section class="compare__block" aria-labelledby="compare-sections-heading">
            <h2 id="compare-sections-heading">"By section"</h2>
            {change_chart(sections, names)}
        </section>
    }
}

fn criteria(
    c: Arc<Compared>,
    order: RwSignal<CriterionOrder>,
    changes_only: RwSignal<bool>,
) -> impl IntoView {
    let total = c.comparison.criteria.len();
    let shown = {
        let c = c.clone();
        Memo::new(move |_| c.comparison.order(order.get(), changes_only.get()))
    };
    let count = move || {
        let n = shown.with(Vec::len);
        if changes_only.get() {
            format!("Showing the {n} criteria with a change, of {total}.")
        } else {
            format!("Showing all {total} criteria.")
        }
    };
    let (one, two) = (c.names.0.clone(), c.names.1.clone());
    let rows = move || shown.with(|positions| positions.iter().map(|&i| criterion_row(&c, i)).collect_view());
    let choose = |value: CriterionOrder| move |_| order.set(value);
    view! {
        <section class="compare__block compare__block--long" aria-labelledby="compare-criteria-heading">
            <h2 id="compare-criteria-heading">"Criteria"</h2>
            <div class="compare-controls no-print">
                <fieldset class="fieldset compare-controls__order">
                    <legend>"Order"</legend>
                    <label class="check">
                        <input type="radio" name="compare-order" prop:checked=move || order.get() == CriterionOrder::LargestChange
                            on:change=choose(CriterionOrder::LargestChange) />
                        "Largest change first"
                    </label>
                    <label class="check">
                        <input type="radio" name="compare-order" prop:checked=move || order.get() == CriterionOrder::Framework
                            on:change=choose(CriterionOrder::Framework) />
                        "Framework order"
                    </label>
                </fieldset>
                <label class="check compare-controls__filter">
                    <input type="checkbox" prop:checked=move || changes_only.get()
                        on:change=move |ev| changes_only.set(event_target_checked(&ev)) />
                    "Show only criteria that changed"
                </label>
            </div>
            <p role="status" class="muted">{count}</p>
            <table class="table compare-table compare-criteria">
                <caption>{move || if order.get() == CriterionOrder::LargestChange {
                    "Each criterion's answer in both, largest change first"
                } else {
                    "Each criterion's answer in both, in framework order"
                }}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Criterion"</th>
                        <th scope="col">{one}</th>
                        <th scope="col">{two}</th>
                        <th scope="col" class="num">"Change"</th>
                        <th scope="col">"Which way"</th>
                        <th scope="col">"Also changed"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

fn criterion_row(c: &Compared, i: usize) -> impl IntoView {
    let k = &c.comparison.criteria[i];
    let (one, two) = c.sides();
    let answer = |side: Side, first_side: bool, answer: Option<&crate::domain::Answer>| {
        if in_side(k, first_side) {
            answer_text(answer, side.framework)
        } else {
            NOT_IN_VERSION.to_string()
        }
    };
    let way_class = match k.movement {
        Movement::Better => "compare-way compare-way--better",
        Movement::Worse => "compare-way compare-way--worse",
        _ => "compare-way",
    };
    view! {
        <tr class:compare-row--changed=k.is_change()>
            <th scope="row">
                {k.title.clone()}
                {k.critical.then(|| view! { <span class="badge badge--critical">"Critical"</span> })}
                <span class="compare-criteria__section">{k.section_title.clone()}</span>
            </th>
            <td>{answer(one, true, k.before.as_ref())}</td>
            <td>{answer(two, false, k.after.as_ref())}</td>
            <td class="num">{level_change(k.points_change)}</td>
            <td class=way_class>{which_way(k)}</td>
            <td>{also_changed(c, k)}</td>
        </tr>
    }
}

/// The cap, evidence added and dropped, and cited clauses that changed (each a link to the change).
fn also_changed(c: &Compared, k: &CriterionChange) -> impl IntoView {
    let (one, two) = (&c.citations.0, &c.citations.1);
    let evidence = |label: &'static str, list: &[crate::domain::Evidence], citations: &Citations| {
        list.iter()
            .map(|e| {
                let text = format!(
                    "{label}: {}: \u{201c}{}\u{201d}",
                    evidence_citation(e, citations),
                    e.quote.trim()
                );
                view! { <li>{text}</li> }
            })
            .collect_view()
    };
    let cited = k
        .cited_changes
        .iter()
        .filter_map(|&i| c.comparison.text.changes.get(i).map(|change| (i, clause_change_title(change))))
        .map(|(i, title)| {
            let target = format!("clause-change-{i}");
            let go = move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                location::focus_element(&target);
            };
            view! { <li>"Cited clause changed: "<a href="#main-content" on:click=go>{title}</a></li> }
        })
        .collect_view();
    view! {
        <ul class="compare-notes">
            {k.cap.map(|cap| view! { <li><strong>{cap_label(cap)}</strong></li> })}
            {evidence(EVIDENCE_ADDED, &k.evidence_added, two)}
            {evidence(EVIDENCE_DROPPED, &k.evidence_dropped, one)}
            {cited}
        </ul>
    }
}

fn framework_changes(c: &Compared) -> Option<impl IntoView> {
    let changes = c.comparison.framework_changes.as_ref()?;
    let items = change_sentences(changes, &c.first_framework, &c.second_framework)
        .into_iter()
        .map(|s| view! { <li>{s}</li> })
        .collect_view();
    let lead = format!(
        "{} was scored under \u{201c}{}\u{201d} version {}, and {} under \u{201c}{}\u{201d} version {}. Criteria are \
         matched by their ids.",
        c.names.0,
        c.first_framework.title,
        c.first_framework.version,
        c.names.1,
        c.second_framework.title,
        c.second_framework.version
    );
    Some(view! {
        <section class="compare__block" aria-labelledby="compare-framework-heading">
            <h2 id="compare-framework-heading">{FRAMEWORK_VERSIONS}</h2>
            <p>{lead}</p>
            <ul>{items}</ul>
        </section>
    })
}

fn text_changes(c: Arc<Compared>) -> impl IntoView {
    let all = RwSignal::new(false);
    let total = c.comparison.text.changes.len();
    let lead = text_lead(&c.comparison);
    let key = (total > 0).then(|| {
        view! {
            <p class="compare-key">
                "Removed words are "<del>"struck through"</del>", added words are "<ins>"underlined"</ins>
                "; a screen reader announces each as removed or added."
            </p>
        }
    });
    let list = move || {
        let shown = if all.get() { total } else { total.min(FIRST_CLAUSE_CHANGES) };
        c.comparison
            .text
            .changes
            .iter()
            .enumerate()
            .take(shown)
            .map(|(i, change)| clause_change(&c, i, change))
            .collect_view()
    };
    let more = move || {
        (total > FIRST_CLAUSE_CHANGES && !all.get()).then(|| {
            view! {
                <button type="button" class="button button--secondary no-print" on:click=move |_| all.set(true)>
                    {format!("Show all {total} changed clauses")}
                </button>
            }
        })
    };
    view! {
        <section class="compare__block compare__block--long" aria-labelledby="compare-text-heading">
            <h2 id="compare-text-heading">{TEXT_CHANGES}</h2>
            <p>{lead}</p>
            {key}
            <ol class="clause-changes">{list}</ol>
            {more}
        </section>
    }
}

fn clause_change(c: &Compared, i: usize, change: &ClauseChange) -> impl IntoView {
    let words = change
        .words
        .iter()
        .map(|run| match run.change {
            WordChange::Same => view! { <span>{run.text.clone()}" "</span> }.into_any(),
            WordChange::Removed => view! {
                <del><span class="visually-hidden">"[removed: "</span>{run.text.clone()}<span class="visually-hidden">"]"</span></del>" "
            }
            .into_any(),
            WordChange::Added => view! {
                <ins><span class="visually-hidden">"[added: "</span>{run.text.clone()}<span class="visually-hidden">"]"</span></ins>" "
            }
            .into_any(),
        })
        .collect_view();
    let citing: Vec<String> = c
        .comparison
        .criteria
        .iter()
        .filter(|k| k.cited_changes.contains(&i))
        .map(|k| format!("\u{201c}{}\u{201d}", k.title))
        .collect();
    let cited_by = (!citing.is_empty()).then(|| {
        view! { <p class="clause-change__cited"><strong>"Cited by: "</strong>{citing.join(", ")}</p> }
    });
    view! {
        <li class="clause-change" id=format!("clause-change-{i}") tabindex="-1">
            <h3 class="clause-change__title">{clause_change_title(change)}</h3>
            <p class="clause-change__words">{words}</p>
            {cited_by}
        </li>
    }
}

fn downloads(c: Arc<Compared>) -> impl IntoView {
    let (problem, set_problem) = signal(None::<String>);
    let save = move |markdown: bool| {
        let (one, two) = c.sides();
        let stem = format!("spec-lens-comparison-{}", c.first.specification.title);
        let name = envelope::file_name(&stem, clock::now());
        let result = if markdown {
            download::download_text(
                &name.replace(envelope::EXTENSION, ".md"),
                "text/markdown;charset=utf-8",
                &comparison_markdown(&c.comparison, one, two),
            )
        } else {
            download::download_text(
                &name.replace(envelope::EXTENSION, ".csv"),
                "text/csv;charset=utf-8",
                &comparison_csv(&c.comparison, one, two),
            )
        };
        set_problem.set(result.err());
    };
    let (csv, md) = (save.clone(), save);
    view! {
        <section class="compare__block exports no-print" aria-labelledby="compare-exports-heading">
            <h2 id="compare-exports-heading">"Download and print"</h2>
            <div class="button-row">
                <button type="button" class="button" on:click=move |_| csv(false)>"Download the comparison (CSV)"</button>
                <button type="button" class="button button--secondary" on:click=move |_| md(true)>"Download the comparison (Markdown)"</button>
                <button type="button" class="button button--secondary" on:click=move |_| location::print_page()>"Print the comparison"</button>
            </div>
            <p class="muted">"This address can be bookmarked: it opens this comparison again in this browser."</p>
            {move || problem.get().map(|p| view! { <p class="banner banner--error" role="alert">{p}</p> })}
        </section>
    }
}
