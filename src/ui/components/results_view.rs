//! The live results of one assessment: summary, sections, charts, gaps, what the specification is
//! silent on, Insufficient evidence, timescale findings and the answers they contradict, and what is
//! left to answer. Everything is a memo over the assessment (derive, don't sync), so the view
//! follows every answer as it is given.

use leptos::prelude::*;

use crate::browser::fold::BrowserFold;
use crate::browser::timing::measured;
use crate::domain::chart_geometry::{format_percent, format_weight};
use crate::domain::{
    contradictions, results, section_series, silences, timescale_findings, Assessment, Clause, Contradiction,
    CriterionId, Finding, FindingStatus, Framework, Gap, Results, SectionResult, Silence,
};
use crate::format::report::wording::{
    contradiction_sentence, insufficient_means, silence_lead, silence_sentence,
};
use crate::i18n::messages::report::Report;
use crate::i18n::messages::results::{Counted, Results as Msg};
use crate::i18n::messages::scoring::Scoring;
use crate::i18n::{t, tf, tn, tnf, words};
use crate::ui::components::charts::{band_class, bar_chart, radar_chart, score_cell};

/// How many gaps show before "Show all".
const TOP_GAPS: usize = 10;

/// More unanswered criteria than this fold into a disclosure.
const UNANSWERED_OPEN: usize = 5;

/// Everything the results page shows for one assessment; recomputed live from the assessment.
#[component]
pub fn ResultsView(framework: Framework, assessment: Signal<Assessment>) -> impl IntoView {
    let framework = StoredValue::new(framework);
    let results = Memo::new(move |_| assessment.with(|a| framework.with_value(|f| results(f, &a.responses))));
    let series = Memo::new(move |_| results.with(section_series));
    let findings = Memo::new(move |_| {
        assessment.with(|a| {
            framework.with_value(|f| timescale_findings(&f.timescale_rules, &a.specification.dates))
        })
    });
    let contradicted = Memo::new(move |_| {
        assessment.with(|a| framework.with_value(|f| contradictions(f, &a.specification.dates, &a.responses)))
    });
    // The clauses change only when the text does, so an answer given does not search it again.
    let clauses = Memo::new(move |_| assessment.with(|a| a.specification.clauses()));
    // Marked for `make bench`: the evidence finder over every clause for every criterion.
    let silent = Memo::new(move |_| {
        clauses.with(|c| {
            framework.with_value(|f| measured("spec-lens:silences", || silences(f, c, &BrowserFold::new())))
        })
    });
    let insufficient = Memo::new(move |_| results.with(|r| r.insufficient.clone()));
    let unanswered = Memo::new(move |_| results.with(|r| r.unanswered.clone()));
    let bands = framework.with_value(|f| f.bands.clone());

    // Plain functions rather than components below: each component costs WebAssembly bytes for
    // its props builder, and none of these parts is used anywhere else.
    view! {
        <div class="results">
            {summary(results)}
            {sections_table(results)}
            <section class="results__block" aria-labelledby="results-charts-heading">
                <h2 id="results-charts-heading">{t(Msg::Charts)}</h2>
                {bar_chart(series.into(), bands)}
                {radar_chart(series.into())}
            </section>
            {gaps(results, framework)}
            {silent_on(silent, clauses, framework)}
            {insufficient_evidence(insufficient, framework)}
            {timescale(findings)}
            {contradictions_list(contradicted, framework)}
            {unanswered_criteria(unanswered, framework)}
        </div>
    }
}

/// The criteria with these ids as a list of titles, in two columns on wide screens.
fn title_list(ids: &[CriterionId], framework: StoredValue<Framework>) -> impl IntoView {
    let items =
        framework.with_value(|f| ids.iter().map(|id| view! { <li>{title_of(f, id)}</li> }).collect_view());
    view! { <ul class="results-list results-list--columns">{items}</ul> }
}

/// A criterion's title by id; the id itself when the framework has no such criterion.
fn title_of(framework: &Framework, id: &str) -> String {
    framework.criterion(id).map_or_else(|| id.to_string(), |c| c.title.clone())
}

// ---- 1. summary ---------------------------------------------------------------------------

fn summary(results: Memo<Results>) -> impl IntoView {
    view! {
        <section class="results__block results-summary" aria-labelledby="results-summary-heading">
            <h2 id="results-summary-heading">{t(Msg::Summary)}</h2>
            {move || results.with(summary_body)}
        </section>
    }
}

fn summary_body(r: &Results) -> AnyView {
    let c = r.coverage;
    let coverage = tnf(
        Counted::Coverage,
        c.applicable as u64,
        &[("answered", &c.answered.to_string()), ("not_applicable", &c.not_applicable.to_string())],
    );
    let insufficient = tn(Counted::Insufficient, c.insufficient as u64);
    // With nothing answered the headline already says so; "provisional" would only repeat it.
    let provisional = (r.provisional && c.answered > 0).then(|| {
        let text = tn(Counted::Provisional, c.unanswered as u64);
        view! { <p class="results-summary__provisional">{text}</p> }
    });
    let headline = match (r.overall, r.band) {
        (Some(overall), Some(band)) => view! {
            <dl class="results-summary__figures">
                <div class="results-summary__figure">
                    <dt>{t(Msg::OverallScore)}</dt>
                    <dd class="results-summary__percent">{format_percent(overall)}</dd>
                </div>
                <div class="results-summary__figure">
                    <dt>{t(Msg::Band)}</dt>
                    <dd>
                        <span class=format!("band-badge band-badge--{}", band_class(band))>{words::band(band)}</span>
                    </dd>
                </div>
            </dl>
        }
        .into_any(),
        _ if c.answered == 0 => view! {
            <p class="results-summary__empty">{t(Msg::NothingAnswered)}</p>
        }
        .into_any(),
        _ => view! {
            <p class="results-summary__empty">{t(Msg::NothingCounts)}</p>
        }
        .into_any(),
    };
    let cap = r.cap.as_ref().map(|cap| {
        let uncapped = match (cap.applied, r.uncapped_band) {
            (true, Some(b)) => Some(format!(" {}", tf(Msg::UncappedBand, &[("band", words::band(b))]))),
            _ => None,
        };
        view! {
            <div class="notice notice--cap" role="note">
                <p><strong>{t(Msg::CriticalCriteria)}" "</strong>{words::cap_reason(cap)}{uncapped}</p>
            </div>
        }
    });
    view! {
        {headline}
        {provisional}
        {cap}
        <ul class="results-summary__facts">
            <li>{coverage}</li>
            <li>{insufficient}</li>
        </ul>
    }
    .into_any()
}

// ---- 2. by section ------------------------------------------------------------------------

fn sections_table(results: Memo<Results>) -> impl IntoView {
    let rows = move || results.with(|r| r.sections.iter().map(section_row).collect_view());
    let overall = move || results.with(|r| r.overall);
    view! {
        <section class="results__block" aria-labelledby="results-sections-heading">
            <h2 id="results-sections-heading">{t(Msg::BySection)}</h2>
            <table class="table results-table">
                    <caption>{t(Msg::SectionsCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t(Msg::Section)}</th>
                            <th scope="col" class="num">{t(Msg::Weight)}</th>
                            <th scope="col" class="num">{t(Msg::Answered)}</th>
                            <th scope="col" class="num">{t(Msg::ScoreColumn)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row" colspan="3">{t(Msg::OverallWeighted)}</th>
                            {move || score_cell(overall())}
                        </tr>
                    </tfoot>
                </table>
        </section>
    }
}

fn section_row(s: &SectionResult) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{s.title.clone()}</th>
            <td class="num">{format_weight(s.weight)}</td>
            <td class="num">
                {tf(Msg::AnsweredOf, &[("answered", &s.answered.to_string()), ("applicable", &s.applicable.to_string())])}
            </td>
            {score_cell(s.percent)}
        </tr>
    }
}

// ---- 4. gaps ------------------------------------------------------------------------------

fn gaps(results: Memo<Results>, framework: StoredValue<Framework>) -> impl IntoView {
    let (show_all, set_show_all) = signal(false);
    let total = Memo::new(move |_| results.with(|r| r.gaps.len()));
    let has_more = Memo::new(move |_| total.get() > TOP_GAPS);
    let nothing_answered = Memo::new(move |_| results.with(|r| r.coverage.answered == 0));
    let answer_label = move |g: &Gap| {
        framework.with_value(|f| {
            if g.insufficient {
                f.scale.insufficient_evidence_label.clone()
            } else {
                format!("{} {}", g.points, f.level_label(g.points))
            }
        })
    };
    let rows = move || {
        let limit = if show_all.get() { usize::MAX } else { TOP_GAPS };
        results.with(|r| {
            r.gaps
                .iter()
                .take(limit)
                .map(|g| {
                    view! {
                        <li class="results-gap">
                            <p class="results-gap__title">
                                <strong>{g.criterion_title.clone()}</strong>
                                {g.critical
                                    .then(|| {
                                        view! {
                                            <span class="visually-hidden">", "</span>
                                            <span class="badge badge--critical">{t(Scoring::Critical)}</span>
                                        }
                                    })}
                            </p>
                            <p class="results-gap__meta">
                                <span>{tf(Msg::GapSection, &[("section", &g.section_title)])}</span>
                                <span>{tf(Msg::GapAnswer, &[("answer", &answer_label(g))])}</span>
                            </p>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let toggle = move || {
        has_more.get().then(|| {
            view! {
                <button
                    type="button"
                    class="button button--secondary"
                    aria-controls="results-gaps-list"
                    aria-expanded=move || if show_all.get() { "true" } else { "false" }
                    on:click=move |_| set_show_all.update(|s| *s = !*s)
                >
                    {move || {
                        if show_all.get() {
                            tf(Msg::ShowTopGaps, &[("count", &TOP_GAPS.to_string())])
                        } else {
                            tn(Counted::ShowAllGaps, total.get() as u64)
                        }
                    }}
                </button>
            }
        })
    };
    let body = move || {
        if total.get() == 0 {
            return if nothing_answered.get() {
                view! { <p>{t(Msg::NoGapsYet)}</p> }.into_any()
            } else {
                view! { <p>{t(Msg::NoGaps)}</p> }.into_any()
            };
        }
        view! {
            <p>{t(Msg::GapsLead)}</p>
            <p class="muted">
                {move || {
                    let shown = total.get().min(if show_all.get() { usize::MAX } else { TOP_GAPS });
                    tf(Msg::ShowingGaps, &[("shown", &shown.to_string()), ("total", &total.get().to_string())])
                }}
            </p>
            <ol class="results-gaps" id="results-gaps-list">{rows}</ol>
        }
        .into_any()
    };
    view! {
        <section class="results__block" aria-labelledby="results-gaps-heading">
            <h2 id="results-gaps-heading">{t(Msg::WhatToFixFirst)}</h2>
            {body}
            {toggle}
        </section>
    }
}

// ---- 5. silent on -------------------------------------------------------------------------

/// The criteria whose search terms no clause uses, each with the terms; or a sentence saying there
/// are none, or that there is no text to look in.
fn silent_on(
    silent: Memo<Vec<Silence>>,
    clauses: Memo<Vec<Clause>>,
    framework: StoredValue<Framework>,
) -> impl IntoView {
    let body = move || {
        let has_text = clauses.with(|c| !c.is_empty());
        silent.with(|all| {
            let lead = silence_lead(all.len(), has_text);
            let list = (!all.is_empty()).then(|| {
                let items = framework.with_value(|f| {
                    all.iter().map(|s| view! { <li>{silence_sentence(s, f)}</li> }).collect_view()
                });
                view! { <ul class="results-list">{items}</ul> }
            });
            view! {
                <p>{lead}</p>
                {list}
            }
        })
    };
    view! {
        <section class="results__block" aria-labelledby="results-silent-heading">
            <h2 id="results-silent-heading">{t(Report::SilentOn)}</h2>
            {body}
        </section>
    }
}

// ---- 6. insufficient evidence -------------------------------------------------------------

fn insufficient_evidence(ids: Memo<Vec<CriterionId>>, framework: StoredValue<Framework>) -> impl IntoView {
    let body = move || {
        ids.with(|ids| {
            if ids.is_empty() {
                return view! { <p>{t(Msg::InsufficientNone)}</p> }.into_any();
            }
            let count = tn(Counted::InsufficientLead, ids.len() as u64);
            view! {
                <p>{count}</p>
                {title_list(ids, framework)}
            }
            .into_any()
        })
    };
    view! {
        <section class="results__block" aria-labelledby="results-insufficient-heading">
            <h2 id="results-insufficient-heading">{t(Msg::InsufficientHeading)}</h2>
            <p>{insufficient_means()}</p>
            {body}
        </section>
    }
}

// ---- 7. timescale findings ----------------------------------------------------------------

fn timescale(findings: Memo<Vec<Finding>>) -> impl IntoView {
    let items = move || {
        findings.with(|all| {
            all.iter()
                .map(|f| {
                    let class = match f.status {
                        FindingStatus::Met => "finding-status finding-status--met",
                        FindingStatus::NotMet => "finding-status finding-status--not-met",
                        FindingStatus::Unknown => "finding-status finding-status--unknown",
                    };
                    view! {
                        <li class="results-finding">
                            <p class="results-finding__head">
                                <strong>{words::finding_rule(f.rule)}</strong>
                                <span class="visually-hidden">": "</span>
                                <span class=class>{words::finding_status(f.status)}</span>
                            </p>
                            <p class="results-finding__message">{words::finding(f)}</p>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="results__block" aria-labelledby="results-timescale-heading">
            <h2 id="results-timescale-heading">{t(Msg::TimescaleHeading)}</h2>
            <p>{t(Msg::TimescaleLead)}</p>
            <ul class="results-findings">{items}</ul>
        </section>
    }
}

/// Shown only when a finding contradicts an answer: the assessor decides, so this lists, never fixes.
fn contradictions_list(found: Memo<Vec<Contradiction>>, framework: StoredValue<Framework>) -> impl IntoView {
    move || {
        found.with(|all| {
            (!all.is_empty()).then(|| {
                let items = all
                    .iter()
                    .map(|c| view! { <li>{framework.with_value(|f| contradiction_sentence(c, f))}</li> })
                    .collect_view();
                view! {
                    <section class="results__block" aria-labelledby="results-contradictions-heading">
                        <h2 id="results-contradictions-heading">{t(Report::Contradictions)}</h2>
                        <p>{t(Report::ContradictionsLead)}</p>
                        <ul class="results-contradictions">{items}</ul>
                    </section>
                }
            })
        })
    }
}

// ---- 8. unanswered ------------------------------------------------------------------------

fn unanswered_criteria(ids: Memo<Vec<CriterionId>>, framework: StoredValue<Framework>) -> impl IntoView {
    let body = move || {
        ids.with(|ids| {
            let count = ids.len();
            if count == 0 {
                return view! { <p>{t(Msg::AllAnswered)}</p> }.into_any();
            }
            let lead = tn(Counted::Unanswered, count as u64);
            if count > UNANSWERED_OPEN {
                view! {
                    <p>{lead}</p>
                    <details class="results-details">
                        <summary>{tf(Msg::ShowUnanswered, &[("count", &count.to_string())])}</summary>
                        {title_list(ids, framework)}
                    </details>
                }
                .into_any()
            } else {
                view! { <p>{lead}</p> {title_list(ids, framework)} }.into_any()
            }
        })
    };
    view! {
        <section class="results__block" aria-labelledby="results-unanswered-heading">
            <h2 id="results-unanswered-heading">{t(Msg::UnansweredHeading)}</h2>
            {body}
        </section>
    }
}
