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
use crate::i18n::messages::compare::Compare as C;
use crate::i18n::messages::comparison_report::ComparisonReport as CR;
use crate::i18n::{parts, t, tf, Part};
use crate::state::catalogue::use_catalogue;
use crate::state::library::use_library;
use crate::state::route::Page;
use crate::ui::components::change_chart::change_chart;
use crate::ui::components::charts::band_class;
use crate::ui::pages::library::display_title;
use crate::ui::words::with_slots;

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
                        .map(|f| crate::i18n::worded(f).into_owned())
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
        Problem::Missing { first, second } => t(match (first, second) {
            (true, true) => C::NeitherHere,
            (true, _) => C::FirstNotHere,
            _ => C::SecondNotHere,
        })
        .to_string(),
        Problem::NoFramework(title) => tf(C::NoFramework, &[("title", &title)]),
        Problem::Refused(CompareError::SameAssessment, title, _) => {
            tf(C::SameAssessment, &[("title", &title)])
        }
        Problem::Refused(CompareError::NoCriterionInCommon, one, two) => {
            tf(C::NoCriterionInCommon, &[("one", &one), ("two", &two)])
        }
    };
    let tick_two =
        with_slots(t(C::TickTwo), |_| view! { <a href="#/">{t(C::GoToAssessments)}</a> }.into_any());
    view! {
        <p class="breadcrumb"><a href="#/">{t(C::Assessments)}</a></p>
        <h1 id="page-heading" tabindex="-1">{t(C::NothingToCompare)}</h1>
        <p class="lead">{sentence}</p>
        <p>{tick_two}</p>
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
        <p class="breadcrumb"><a href="#/">{t(C::Assessments)}</a></p>
        <div class="page-head">
            <h1 id="page-heading" tabindex="-1">{title}</h1>
            <a class="button button--secondary no-print" href=swap>{t(C::Swap)}</a>
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
                        <a class="no-print" href=results aria-label=tf(C::ResultsOf, &[("name", name)])>{t(C::Results)}</a>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <dl class="compare-sides">{items}</dl>
        <p class="muted no-print">{t(C::ChangesNothing)}</p>
    }
}

fn band_cell(band: Option<crate::domain::Band>) -> AnyView {
    match band {
        Some(b) => view! { <td><span class=format!("band-badge band-badge--{}", band_class(b))>{crate::i18n::words::band(b)}</span></td> }
            .into_any(),
        None => view! { <td>{t(C::NoBandYet)}</td> }.into_any(),
    }
}

fn summary(c: &Compared) -> impl IntoView {
    let (one, two) = c.sides();
    let o = &c.comparison.overall;
    let change = if o.not_comparable.is_empty() {
        percent_change(o.before, o.after)
    } else {
        t(CR::NotCompared).into()
    };
    let band_way = o.band_movement.map_or(t(CR::NotCompared), movement_label);
    let coverage = |r: &crate::domain::Results| {
        tf(
            C::Coverage,
            &[
                ("answered", &r.coverage.answered.to_string()),
                ("applicable", &r.coverage.applicable.to_string()),
            ],
        )
    };
    let not_comparable = (!o.not_comparable.is_empty()).then(|| {
        let why = incomparable_sentence(&o.not_comparable, one.framework, two.framework);
        view! { <div class="notice notice--warning" role="note"><p><strong>{t(C::OverallNotCompared)}" "</strong>{why}</p></div> }
    });
    let caps = cap_sentences(&c.comparison)
        .into_iter()
        .map(|s| view! { <div class="notice notice--cap" role="note"><p>{s}</p></div> })
        .collect_view();
    view! {
        <section class="compare__block" aria-labelledby="compare-summary-heading">
            <h2 id="compare-summary-heading">{t(C::Summary)}</h2>
            <table class="table compare-table compare-summary">
                <caption>{t(C::SummaryCaption)}</caption>
                <thead>
                    <tr>
                        <td></td>
                        <th scope="col">{c.names.0.clone()}</th>
                        <th scope="col">{c.names.1.clone()}</th>
                        <th scope="col">{t(C::Change)}</th>
                    </tr>
                </thead>
                <tbody>
                    <tr>
                        <th scope="row">{t(C::OverallScore)}</th>
                        <td class="num">{result_text(o.before, None)}</td>
                        <td class="num">{result_text(o.after, None)}</td>
                        <td class="num">{change}</td>
                    </tr>
                    <tr>
                        <th scope="row">{t(C::Band)}</th>
                        {band_cell(o.band_before)}
                        {band_cell(o.band_after)}
                        <td>{band_way}</td>
                    </tr>
                    <tr>
                        <th scope="row">{t(C::CriteriaAnswered)}</th>
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
            <h2 id="compare-sections-heading">{t(C::BySection)}</h2>
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
        let total = total.to_string();
        if changes_only.get() {
            tf(C::ShowingChanged, &[("shown", &n.to_string()), ("total", &total)])
        } else {
            tf(C::ShowingAll, &[("total", &total)])
        }
    };
    let (one, two) = (c.names.0.clone(), c.names.1.clone());
    let rows = move || shown.with(|positions| positions.iter().map(|&i| criterion_row(&c, i)).collect_view());
    let choose = |value: CriterionOrder| move |_| order.set(value);
    view! {
        <section class="compare__block compare__block--long" aria-labelledby="compare-criteria-heading">
            <h2 id="compare-criteria-heading">{t(C::Criteria)}</h2>
            <div class="compare-controls no-print">
                <fieldset class="fieldset compare-controls__order">
                    <legend>{t(C::Order)}</legend>
                    <label class="check">
                        <input type="radio" name="compare-order" prop:checked=move || order.get() == CriterionOrder::LargestChange
                            on:change=choose(CriterionOrder::LargestChange) />
                        {t(C::LargestChangeFirst)}
                    </label>
                    <label class="check">
                        <input type="radio" name="compare-order" prop:checked=move || order.get() == CriterionOrder::Framework
                            on:change=choose(CriterionOrder::Framework) />
                        {t(C::FrameworkOrder)}
                    </label>
                </fieldset>
                <label class="check compare-controls__filter">
                    <input type="checkbox" prop:checked=move || changes_only.get()
                        on:change=move |ev| changes_only.set(event_target_checked(&ev)) />
                    {t(C::OnlyChanged)}
                </label>
            </div>
            <p role="status" class="muted">{count}</p>
            <table class="table compare-table compare-criteria">
                <caption>{move || t(if order.get() == CriterionOrder::LargestChange {
                    C::CaptionLargestChange
                } else {
                    C::CaptionFrameworkOrder
                })}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(C::Criterion)}</th>
                        <th scope="col">{one}</th>
                        <th scope="col">{two}</th>
                        <th scope="col" class="num">{t(C::Change)}</th>
                        <th scope="col">{t(C::WhichWay)}</th>
                        <th scope="col">{t(C::AlsoChanged)}</th>
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
            t(CR::NotInVersion).to_string()
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
                {k.critical.then(|| view! { <span class="badge badge--critical">{t(C::Critical)}</span> })}
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
                let text = tf(
                    C::Evidence,
                    &[
                        ("label", label),
                        ("citation", &evidence_citation(e, citations)),
                        ("quote", e.quote.trim()),
                    ],
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
            let sentence = with_slots(t(C::CitedClauseChanged), move |_| {
                let target = target.clone();
                let go = move |ev: leptos::ev::MouseEvent| {
                    ev.prevent_default();
                    location::focus_element(&target);
                };
                view! { <a href="#main-content" on:click=go>{title.clone()}</a> }.into_any()
            });
            view! { <li>{sentence}</li> }
        })
        .collect_view();
    view! {
        <ul class="compare-notes">
            {k.cap.map(|cap| view! { <li><strong>{cap_label(cap)}</strong></li> })}
            {evidence(t(CR::EvidenceAdded), &k.evidence_added, two)}
            {evidence(t(CR::EvidenceDropped), &k.evidence_dropped, one)}
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
    let lead = tf(
        C::FrameworkLead,
        &[
            ("first", &c.names.0),
            ("first_framework", &c.first_framework.title),
            ("first_version", &c.first_framework.version.to_string()),
            ("second", &c.names.1),
            ("second_framework", &c.second_framework.title),
            ("second_version", &c.second_framework.version.to_string()),
        ],
    );
    Some(view! {
        <section class="compare__block" aria-labelledby="compare-framework-heading">
            <h2 id="compare-framework-heading">{t(CR::FrameworkVersions)}</h2>
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
        let sentence = with_slots(t(C::TextKey), |slot| match slot {
            "struck" => view! { <del>{t(C::StruckThrough)}</del> }.into_any(),
            _ => view! { <ins>{t(C::Underlined)}</ins> }.into_any(),
        });
        view! { <p class="compare-key">{sentence}</p> }
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
                    {tf(C::ShowAllClauses, &[("total", &total.to_string())])}
                </button>
            }
        })
    };
    view! {
        <section class="compare__block compare__block--long" aria-labelledby="compare-text-heading">
            <h2 id="compare-text-heading">{t(CR::TextChanges)}</h2>
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
            WordChange::Removed => view! { <del>{announced(t(C::Removed), &run.text)}</del>" " }.into_any(),
            WordChange::Added => view! { <ins>{announced(t(C::Added), &run.text)}</ins>" " }.into_any(),
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
        view! { <p class="clause-change__cited"><strong>{t(C::CitedBy)}" "</strong>{citing.join(", ")}</p> }
    });
    view! {
        <li class="clause-change" id=format!("clause-change-{i}") tabindex="-1">
            <h3 class="clause-change__title">{clause_change_title(change)}</h3>
            <p class="clause-change__words">{words}</p>
            {cited_by}
        </li>
    }
}

/// The changed words shown, with the message around them ("[removed: …]") for screen readers only.
fn announced(message: &'static str, words: &str) -> Vec<AnyView> {
    parts(message)
        .into_iter()
        .map(|part| match part {
            Part::Text(text) => view! { <span class="visually-hidden">{text}</span> }.into_any(),
            Part::Slot(_) => words.to_string().into_any(),
        })
        .collect()
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
            <h2 id="compare-exports-heading">{t(C::DownloadAndPrint)}</h2>
            <div class="button-row">
                <button type="button" class="button" on:click=move |_| csv(false)>{t(C::DownloadCsv)}</button>
                <button type="button" class="button button--secondary" on:click=move |_| md(true)>{t(C::DownloadMarkdown)}</button>
                <button type="button" class="button button--secondary" on:click=move |_| location::print_page()>{t(C::Print)}</button>
            </div>
            <p class="muted">{t(C::Bookmark)}</p>
            {move || problem.get().map(|p| view! { <p class="banner banner--error" role="alert">{p}</p> })}
        </section>
    }
}
