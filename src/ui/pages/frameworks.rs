use leptos::prelude::*;

use crate::browser::fold::BrowserFold;
use crate::browser::{clock, download, location, storage};
use crate::domain::numbers::shortest;
use crate::domain::{rules_hash, Criterion, Framework, Section};
use crate::format::criteria_csv::criteria_csv;
use crate::format::envelope;
use crate::format::report::wording::INSUFFICIENT_MEANS;
use crate::state::catalogue::use_catalogue;
use crate::state::route::Page;
use crate::ui::pages::framework_editor::{alert_banner, blank_framework, copy_of, start_editing};

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
                Some(((*newest).clone(), earlier.iter().map(|f| f.version.clone()).collect()))
            })
            .collect();
        (cards, c.problems.clone())
    });
    let (problem, set_problem) = signal(None::<String>);
    view! {
        <h1 id="page-heading" tabindex="-1">"Frameworks"</h1>
        <p class="lead">
            "A framework is the set of criteria a specification is scored against, with their weights, "
            "levels and sources."
        </p>
        <Problems problems=problems />
        <div class="button-row">
            <button type="button" class="button" on:click=move |_| {
                let fresh = catalogue.with_value(blank_framework);
                set_problem.set(start_editing(&fresh).err());
            }>"New framework"</button>
            {storage::load_framework_draft().map(|d| view! {
                <a class="button button--secondary" href=Page::FrameworkEditor.href()>{format!("Continue editing \u{201c}{}\u{201d}", d.title)}</a>
            })}
        </div>
        {alert_banner(problem.into())}
        <ul class="card-list">
            {frameworks.into_iter().map(|(f, earlier)| view! { <FrameworkCard framework=f earlier=earlier /> }).collect_view()}
        </ul>
    }
}

#[component]
fn Problems(problems: Vec<String>) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        view! {
            <div class="notice notice--error" role="alert">
                {problems.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
            </div>
        }
    })
}

#[component]
fn FrameworkCard(framework: Framework, earlier: Vec<String>) -> impl IntoView {
    let href = Page::Framework(framework.id.clone()).href();
    let counts = format!(
        "Version {} · {} sections · {} criteria",
        framework.version,
        framework.sections.len(),
        framework.criterion_count()
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
                        let name = format!("Version {version} of {}", framework.title);
                        view! { <li><a href=href aria-label=name>{format!("Version {version}")}</a></li> }
                    })
                    .collect_view();
                view! {
                    <p class="card__meta">"Earlier versions in this browser:"</p>
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
            let what = version.map(|v| format!(" at version {v}")).unwrap_or_default();
            view! {
                <h1 id="page-heading" tabindex="-1">"Framework not found"</h1>
                <p>"This browser has no framework with the id " <code>{id}</code> {what} "."</p>
                <p><a href="#/frameworks">"See all frameworks"</a></p>
            }
            .into_any()
        }
    }
}

#[component]
fn FrameworkText(framework: Framework) -> impl IntoView {
    let catalogue = use_catalogue();
    let framework = StoredValue::new(framework);
    let (query, set_query) = signal(String::new());
    let total = framework.with_value(|f| f.criterion_count());
    let shown = Memo::new(move |_| {
        let q = query.get();
        let fold = BrowserFold::new();
        framework.with_value(|f| f.criteria().filter(|(_, c)| c.matches(&q, &fold)).count())
    });
    let (title, summary, version) =
        framework.with_value(|f| (f.title.clone(), f.summary.clone(), f.version.clone()));
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
            <p class="breadcrumb"><a href="#/frameworks">"Frameworks"</a></p>
            <h1 id="page-heading" tabindex="-1">{title}</h1>
            <p class="lead">{summary}</p>
            <dl class="facts">
                <div><dt>"Version"</dt><dd>{version}</dd></div>
                <div><dt>"Criteria"</dt><dd>{total}</dd></div>
                <div><dt>"Rules hash"</dt><dd><code class="hash">{hash}</code></dd></div>
            </dl>
            {newer.map(|(version, href)| view! {
                <p class="notice">
                    "This is an earlier version. " <a href=href>{format!("Read version {version}, the newest in this browser")}</a> "."
                </p>
            })}
            <div class="button-row no-print">
                <button type="button" class="button" on:click=move |_| location::print_page()>
                    "Print this framework"
                </button>
                <button type="button" class="button button--secondary" on:click=move |_| {
                    set_problem.set(framework.with_value(download_framework).err());
                }>"Download this framework file"</button>
                <button type="button" class="button button--secondary" on:click=move |_| {
                    set_problem.set(framework.with_value(|f| {
                        download::download_text(&format!("{}-{}-criteria.csv", f.id, f.version), "text/csv", &criteria_csv(f))
                    }).err());
                }>"Export criteria (CSV)"</button>
                <button type="button" class="button button--secondary" on:click=move |_| {
                    set_problem.set(framework.with_value(start_editing).err());
                }>"Edit this framework"</button>
                <button type="button" class="button button--secondary" on:click=move |_| {
                    let copy = catalogue.with_value(|c| framework.with_value(|f| copy_of(f, c)));
                    set_problem.set(start_editing(&copy).err());
                }>"Copy this framework"</button>
            </div>
            {alert_banner(problem.into())}
            <ScaleTable framework=framework.get_value() />
            <div class="filter no-print" role="search">
                <label for="criteria-filter">"Filter criteria"</label>
                <input
                    id="criteria-filter"
                    type="search"
                    autocomplete="off"
                    prop:value=query
                    on:input:target=move |ev| set_query.set(ev.target().value())
                />
                <p class="filter__count" role="status">
                    {move || format!("Showing {} of {} criteria", shown.get(), total)}
                </p>
            </div>
            {move || {
                let q = query.get();
                framework
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
    download::download_text(&name, "application/json", &envelope::export_framework(framework, now))
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
    let inadequate = match framework.critical_caps.inadequate_from {
        Some(n) if n > 1 => format!(" {n} or more such criteria hold it at Inadequate."),
        Some(_) => " Any such criterion holds it at Inadequate.".to_string(),
        None => String::new(),
    };
    let bands_text = format!(
        "Bands on the overall percentage: Outstanding from {}%, Good from {}%, Requires improvement from {}%, \
         Inadequate below that. A critical criterion scored 0, 1 or Insufficient evidence caps the band at \
         Requires improvement.{inadequate}",
        bands.outstanding, bands.good, bands.requires_improvement
    );
    view! {
        <section aria-labelledby="scale-heading" class="scale">
            <h2 id="scale-heading">"How criteria are scored"</h2>
            <table class="table">
                <caption class="visually-hidden">"The scale's levels"</caption>
                <thead><tr><th scope="col">"Level"</th><th scope="col">"Label"</th><th scope="col">"Means"</th></tr></thead>
                <tbody>
                    {rows}
                    <tr>
                        <th scope="row">"–"</th>
                        <td>{framework.scale.not_applicable_label.clone()}</td>
                        <td>"Does not apply to this service; needs a reason and leaves the calculation."</td>
                    </tr>
                    <tr>
                        <th scope="row">"–"</th>
                        <td>{framework.scale.insufficient_evidence_label.clone()}</td>
                        <td>{INSUFFICIENT_MEANS}</td>
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
        lines.push("The needs assessment is completed before the specification is published.".to_string());
    }
    if let Some(weeks) = rules.min_consultation_weeks {
        lines.push(format!("Consultation lasts at least {weeks} weeks."));
    }
    if let Some(weeks) = rules.min_weeks_publication_to_start {
        lines.push(format!(
            "At least {weeks} weeks pass between publishing the specification and the service starting."
        ));
    }
    (!lines.is_empty()).then(|| {
        view! {
            <h3>"Timescale rules"</h3>
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
        let weight = format!("Section weight {}", shortest(section.weight));
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
            view! { <li><strong>{format!("{level} {label}: ")}</strong>{text}</li> }
        })
        .collect_view();
    let sources = criterion.sources.iter().map(|s| view! { <SourceLink source=s.clone() /> }).collect_view();
    let weight = format!("Weight {}", shortest(criterion.weight));
    view! {
        <article class="criterion" id=format!("criterion-{}", criterion.id)>
            <h3 class="criterion__title">
                {criterion.title.clone()}
                {criterion.critical.then(|| view! { <span class="badge badge--critical">"Critical"</span> })}
            </h3>
            <p class="criterion__question">{criterion.question.clone()}</p>
            <p class="muted">{weight}</p>
            <details class="criterion__details">
                <summary>
                    "Guidance, levels and sources"
                    <span class="visually-hidden">{format!(" for {}", criterion.title)}</span>
                </summary>
                <h4>"Guidance"</h4>
                <p>{criterion.guidance.clone()}</p>
                <h4>"What meets it"</h4>
                <p>{criterion.meets.clone()}</p>
                <h4>"What falls short"</h4>
                <p>{criterion.falls_short.clone()}</p>
                <h4>"Levels"</h4>
                <ul class="levels">{levels}</ul>
                <h4>"Sources"</h4>
                <ul class="sources">{sources}</ul>
            </details>
        </article>
    }
}

#[component]
fn SourceLink(source: crate::domain::Source) -> impl IntoView {
    view! {
        <li>
            <a href=source.url.clone() rel="noopener noreferrer" target="_blank">
                {source.title.clone()}
                <span class="visually-hidden">" (opens in a new tab)"</span>
            </a>
            {match source.year {
                Some(year) => format!(", {}, {year}", source.publisher),
                None => format!(", {}, undated", source.publisher),
            }}
        </li>
    }
}
