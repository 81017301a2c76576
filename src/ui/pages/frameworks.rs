use leptos::prelude::*;

use crate::browser::fold::BrowserFold;
use crate::browser::{clock, download, location, storage};
use crate::domain::numbers::shortest;
use crate::domain::{rules_hash, Criterion, Framework, Section};
use crate::format::criteria_csv::criteria_csv;
use crate::format::envelope;
use crate::format::errors::FrameworkProblem;
use crate::format::report::wording::insufficient_means;
use crate::i18n::messages::frameworks::{Frameworks as M, FrameworksCounted as N};
use crate::i18n::{t, tf, tn, tnf};
use crate::state::catalogue::use_catalogue;
use crate::state::route::Page;
use crate::ui::pages::framework_editor::{alert_banner, blank_framework, copy_of, start_editing};
use crate::ui::words::with_slots;

/// Every framework this page knows, with a link to read each in full.
#[component]
pub fn FrameworkList() -> impl IntoView {
    let catalogue = use_catalogue();
    // One card per framework: its newest version, with the earlier ones linked from it.
    let (frameworks, problems) = catalogue.with_value(|c| {
        let mut ids: Vec<&str> = Vec::new();
        for f in c.frameworks() {
            if !ids.contains(&f.id.as_str()) {
                ids.push(&f.id);
            }
        }
        let cards: Vec<(Framework, Vec<String>)> = ids
            .into_iter()
            .filter_map(|id| {
                let versions = c.versions(id);
                let (newest, earlier) = versions.split_first()?;
                let newest = crate::i18n::worded(newest).into_owned();
                Some((newest, earlier.iter().map(|f| f.version.clone()).collect()))
            })
            .collect();
        (cards, c.problems.clone())
    });
    let (problem, set_problem) = signal(None::<String>);
    view! {
        <h1 id="page-heading" tabindex="-1">{t(M::Frameworks)}</h1>
        <p class="lead">{t(M::Lead)}</p>
        <Problems problems=problems />
        <div class="button-row">
            <button type="button" class="button" on:click=move |_| {
                let fresh = catalogue.with_value(blank_framework);
                set_problem.set(start_editing(&fresh).err());
            }>{t(M::NewFramework)}</button>
            {storage::load_framework_draft().map(|d| view! {
                <a class="button button--secondary" href=Page::FrameworkEditor.href()>{tf(M::ContinueEditing, &[("title", &d.title)])}</a>
            })}
        </div>
        {alert_banner(problem.into())}
        <ul class="card-list">
            {frameworks.into_iter().map(|(f, earlier)| view! { <FrameworkCard framework=f earlier=earlier /> }).collect_view()}
        </ul>
    }
}

#[component]
fn Problems(problems: Vec<FrameworkProblem>) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        view! {
            <div class="notice notice--error" role="alert">
                {problems.into_iter().map(|p| view! { <p>{p.to_string()}</p> }).collect_view()}
            </div>
        }
    })
}

#[component]
fn FrameworkCard(framework: Framework, earlier: Vec<String>) -> impl IntoView {
    let href = Page::Framework(framework.id.clone()).href();
    let counts = tf(
        M::CardFacts,
        &[
            ("version", &framework.version),
            ("sections", &tn(N::Sections, framework.sections.len() as u64)),
            ("criteria", &tn(N::Criteria, framework.criterion_count() as u64)),
        ],
    );
    view! {
        <li class="card">
            <h2 class="card__title"><a href=href>{framework.title.clone()}</a></h2>
            <p class="card__meta">{counts}</p>
            <p>{framework.summary.clone()}</p>
            {(!earlier.is_empty()).then(|| {
                let links = earlier
                    .into_iter()
                    .map(|version| {
                        let href = Page::FrameworkVersion { id: framework.id.clone(), version: version.clone() }.href();
                        let name = tf(M::VersionOf, &[("version", &version), ("title", &framework.title)]);
                        let text = tf(M::VersionNumber, &[("version", &version)]);
                        view! { <li><a href=href aria-label=name>{text}</a></li> }
                    })
                    .collect_view();
                view! {
                    <p class="card__meta">{t(M::EarlierVersions)}</p>
                    <ul class="inline-list">{links}</ul>
                }
            })}
        </li>
    }
}

/// One framework in full: scale, bands, timescale rules, and every criterion with a text filter.
/// Without a version, its newest version in this browser.
#[component]
pub fn FrameworkDetail(id: String, #[prop(optional)] version: Option<String>) -> impl IntoView {
    let catalogue = use_catalogue();
    let found = catalogue.with_value(|c| match &version {
        Some(v) => c.version(&id, v).cloned(),
        None => c.framework(&id).cloned(),
    });
    match found {
        Some(framework) => view! { <FrameworkText framework=framework /> }.into_any(),
        None => {
            let sentence = t(if version.is_some() { M::NoFrameworkVersion } else { M::NoFrameworkWithId });
            let text = with_slots(sentence, move |slot| match slot {
                "id" => view! { <code>{id.clone()}</code> }.into_any(),
                _ => version.clone().unwrap_or_default().into_any(),
            });
            view! {
                <h1 id="page-heading" tabindex="-1">{t(M::FrameworkNotFound)}</h1>
                <p>{text}</p>
                <p><a href="#/frameworks">{t(M::SeeAllFrameworks)}</a></p>
            }
            .into_any()
        }
    }
}

#[component]
fn FrameworkText(framework: Framework) -> impl IntoView {
    let catalogue = use_catalogue();
    // Shown in the page's language where the framework has wording in it; downloaded, edited and
    // copied as it is, with every language it carries.
    let worded = StoredValue::new(crate::i18n::worded(&framework).into_owned());
    let framework = StoredValue::new(framework);
    let (query, set_query) = signal(String::new());
    let total = framework.with_value(|f| f.criterion_count());
    let shown = Memo::new(move |_| {
        let q = query.get();
        let fold = BrowserFold::new();
        worded.with_value(|f| f.criteria().filter(|(_, c)| c.matches(&q, &fold)).count())
    });
    let (title, summary, version) =
        worded.with_value(|f| (f.title.clone(), f.summary.clone(), f.version.clone()));
    let hash = framework.with_value(rules_hash);
    let (problem, set_problem) = signal(None::<String>);
    // Reading an earlier version: say so, and link the newest.
    let newer = framework.with_value(|f| {
        catalogue.with_value(|c| {
            c.newer_version(f).map(|n| (n.version.clone(), Page::Framework(n.id.clone()).href()))
        })
    });

    view! {
        <div class="framework">
            <p class="breadcrumb"><a href="#/frameworks">{t(M::Frameworks)}</a></p>
            <h1 id="page-heading" tabindex="-1">{title}</h1>
            <p class="lead">{summary}</p>
            <dl class="facts">
                <div><dt>{t(M::Version)}</dt><dd>{version}</dd></div>
                <div><dt>{t(M::Criteria)}</dt><dd>{total}</dd></div>
                <div><dt>{t(M::RulesHash)}</dt><dd><code class="hash">{hash}</code></dd></div>
            </dl>
            {newer.map(|(version, href)| {
                let link = tf(M::ReadNewest, &[("version", &version)]);
                let text = with_slots(t(M::EarlierVersion), move |_| {
                    view! { <a href=href.clone()>{link.clone()}</a> }.into_any()
                });
                view! { <p class="notice">{text}</p> }
            })}
            <div class="button-row no-print">
                <button type="button" class="button" on:click=move |_| location::print_page()>
                    {t(M::PrintFramework)}
                </button>
                <button type="button" class="button button--secondary" on:click=move |_| {
                    set_problem.set(framework.with_value(download_framework).err());
                }>{t(M::DownloadFramework)}</button>
                <button type="button" class="button button--secondary" on:click=move |_| {
                    set_problem.set(framework.with_value(|f| {
                        download::download_text(&format!("{}-{}-criteria.csv", f.id, f.version), "text/csv", &criteria_csv(f))
                    }).err());
                }>{t(M::ExportCriteria)}</button>
                <button type="button" class="button button--secondary" on:click=move |_| {
                    set_problem.set(framework.with_value(start_editing).err());
                }>{t(M::EditFramework)}</button>
                <button type="button" class="button button--secondary" on:click=move |_| {
                    let copy = catalogue.with_value(|c| framework.with_value(|f| copy_of(f, c)));
                    set_problem.set(start_editing(&copy).err());
                }>{t(M::CopyFramework)}</button>
            </div>
            {alert_banner(problem.into())}
            <ScaleTable framework=worded.get_value() />
            <div class="filter no-print" role="search">
                <label for="criteria-filter">{t(M::FilterCriteria)}</label>
                <input
                    id="criteria-filter"
                    type="search"
                    autocomplete="off"
                    prop:value=query
                    on:input:target=move |ev| set_query.set(ev.target().value())
                />
                <p class="filter__count" role="status">
                    {move || tnf(N::Showing, total as u64, &[("shown", &shown.get().to_string())])}
                </p>
            </div>
            {move || {
                let q = query.get();
                worded
                    .with_value(|f| {
                        f.sections
                            .iter()
                            .map(|s| view! { <SectionText section=s.clone() framework=f.clone() query=q.clone() /> })
                            .collect_view()
                    })
            }}
        </div>
    }
}

/// The framework as a `.speclens.json` file of kind framework.
fn download_framework(framework: &Framework) -> Result<(), String> {
    let now = clock::now();
    let name = envelope::file_name(&format!("{}-{}", framework.id, framework.version), now);
    download::download_text(
        &name,
        "application/json",
        &envelope::export_framework_in(framework, crate::i18n::current(), now),
    )
}

#[component]
fn ScaleTable(framework: Framework) -> impl IntoView {
    let rows = framework
        .scale
        .levels
        .iter()
        .enumerate()
        .map(|(level, l)| {
            view! { <tr><th scope="row">{level}</th><td>{l.label.clone()}</td><td>{l.descriptor.clone()}</td></tr> }
        })
        .collect_view();
    let bands = &framework.bands;
    let mut bands_text = tf(
        M::Bands,
        &[
            ("outstanding", &bands.outstanding.to_string()),
            ("good", &bands.good.to_string()),
            ("requires_improvement", &bands.requires_improvement.to_string()),
        ],
    );
    // A sentence more, when critical criteria can hold the band lower still.
    match framework.critical_caps.inadequate_from {
        Some(n) if n > 1 => bands_text = format!("{bands_text} {}", tn(N::ManyCapInadequate, u64::from(n))),
        Some(_) => bands_text = format!("{bands_text} {}", t(M::AnyCapsInadequate)),
        None => {}
    }
    view! {
        <section aria-labelledby="scale-heading" class="scale">
            <h2 id="scale-heading">{t(M::HowScored)}</h2>
            <table class="table">
                <caption class="visually-hidden">{t(M::ScaleCaption)}</caption>
                <thead><tr><th scope="col">{t(M::Level)}</th><th scope="col">{t(M::Label)}</th><th scope="col">{t(M::Means)}</th></tr></thead>
                <tbody>
                    {rows}
                    <tr>
                        <th scope="row">"–"</th>
                        <td>{framework.scale.not_applicable_label.clone()}</td>
                        <td>{t(M::NotApplicableMeans)}</td>
                    </tr>
                    <tr>
                        <th scope="row">"–"</th>
                        <td>{framework.scale.insufficient_evidence_label.clone()}</td>
                        <td>{insufficient_means()}</td>
                    </tr>
                </tbody>
            </table>
            <p>{bands_text}</p>
            <TimescaleRulesText framework=framework.clone() />
        </section>
    }
}

#[component]
fn TimescaleRulesText(framework: Framework) -> impl IntoView {
    let rules = &framework.timescale_rules;
    let mut lines = Vec::new();
    if rules.needs_assessment_before_publication {
        lines.push(t(M::NeedsAssessmentFirst).to_string());
    }
    if let Some(weeks) = rules.min_consultation_weeks {
        lines.push(tn(N::MinConsultation, u64::from(weeks)));
    }
    if let Some(weeks) = rules.min_weeks_publication_to_start {
        lines.push(tn(N::MinPublicationToStart, u64::from(weeks)));
    }
    (!lines.is_empty()).then(|| {
        view! {
            <h3>{t(M::TimescaleRules)}</h3>
            <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        }
    })
}

#[component]
fn SectionText(section: Section, framework: Framework, query: String) -> impl IntoView {
    let fold = BrowserFold::new();
    let matching: Vec<Criterion> =
        section.criteria.iter().filter(|c| c.matches(&query, &fold)).cloned().collect();
    (!matching.is_empty()).then(|| {
        let heading_id = format!("section-{}", section.id);
        let labelled_by = heading_id.clone();
        let weight = tf(M::SectionWeight, &[("weight", &shortest(section.weight))]);
        view! {
            <section class="framework-section" aria-labelledby=labelled_by>
                <h2 id=heading_id>{section.title.clone()}</h2>
                <p class="muted">{weight}</p>
                <p>{section.summary.clone()}</p>
                {matching
                    .into_iter()
                    .map(|c| view! { <CriterionText criterion=c framework=framework.clone() /> })
                    .collect_view()}
            </section>
        }
    })
}

#[component]
fn CriterionText(criterion: Criterion, framework: Framework) -> impl IntoView {
    let levels = (0..=crate::domain::MAX_LEVEL)
        .map(|level| {
            let label = framework.level_label(level).to_string();
            let text = framework.descriptor(&criterion, level).to_string();
            view! { <li><strong>{format!("{} {}: ", level, label)}</strong>{text}</li> }
        })
        .collect_view();
    let sources = criterion.sources.iter().map(|s| view! { <SourceLink source=s.clone() /> }).collect_view();
    let weight = tf(M::Weight, &[("weight", &shortest(criterion.weight))]);
    let summary =
        disclosure_name(t(M::GuidanceLevelsSources), tf(M::GuidanceFor, &[("title", &criterion.title)]));
    view! {
        <article class="criterion" id=format!("criterion-{}", criterion.id)>
            <h3 class="criterion__title">
                {criterion.title.clone()}
                {criterion.critical.then(|| view! { <span class="badge badge--critical">{t(M::Critical)}</span> })}
            </h3>
            <p class="criterion__question">{criterion.question.clone()}</p>
            <p class="muted">{weight}</p>
            <details class="criterion__details">
                <summary>{summary}</summary>
                <h4>{t(M::Guidance)}</h4>
                <p>{criterion.guidance.clone()}</p>
                <h4>{t(M::WhatMeets)}</h4>
                <p>{criterion.meets.clone()}</p>
                <h4>{t(M::WhatFallsShort)}</h4>
                <p>{criterion.falls_short.clone()}</p>
                <h4>{t(M::Levels)}</h4>
                <ul class="levels">{levels}</ul>
                <h4>{t(M::Sources)}</h4>
                <ul class="sources">{sources}</ul>
            </details>
        </article>
    }
}

/// A disclosure's label, seen short and heard whole: both are whole messages. When the whole one
/// starts with the short one (as in English and Welsh), the rest is hidden text after it, so the
/// label reads as one piece of text; otherwise the short one is shown and the whole one heard.
fn disclosure_name(seen: &'static str, heard: String) -> AnyView {
    match heard.strip_prefix(seen) {
        Some(rest) => {
            let rest = rest.to_string();
            view! { {seen}<span class="visually-hidden">{rest}</span> }.into_any()
        }
        None => view! {
            <span aria-hidden="true">{seen}</span>
            <span class="visually-hidden">{heard}</span>
        }
        .into_any(),
    }
}

#[component]
fn SourceLink(source: crate::domain::Source) -> impl IntoView {
    let year = source.year.map(|y| y.to_string());
    let sentence = t(if year.is_some() { M::SourceDated } else { M::SourceUndated });
    let text = with_slots(sentence, move |slot| match slot {
        "link" => view! {
            <a href=source.url.clone() rel="noopener noreferrer" target="_blank">
                {source.title.clone()}
                <span class="visually-hidden">{format!(" {}", t(M::OpensInNewTab))}</span>
            </a>
        }
        .into_any(),
        "publisher" => source.publisher.clone().into_any(),
        _ => year.clone().unwrap_or_default().into_any(),
    });
    view! { <li>{text}</li> }
}
