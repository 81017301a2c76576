use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::{builtin, results, Assessment, Status};
use crate::i18n::messages::dates::short_date_time;
use crate::i18n::messages::library::{Library as L, LibraryCount};
use crate::i18n::messages::storage::Storage;
use crate::i18n::{t, tf, tnf, words};
use crate::state::catalogue::use_catalogue;
use crate::state::library::use_library;
use crate::state::route::{navigate, Page};
use crate::ui::components::import_files::ImportFiles;
use crate::ui::components::storage_status::download_backup;

/// The start page: every assessment kept in this browser, and the examples to try.
#[component]
pub fn Library() -> impl IntoView {
    let library = use_library();
    let list = library.list();
    // Held here, not in the table, so the ticks survive the table being drawn again.
    let chosen = RwSignal::new(Vec::<String>::new());
    view! {
        <div class="page-head">
            <h1 id="page-heading" tabindex="-1">{t(L::Heading)}</h1>
            <a class="button" href=Page::NewAssessment.href()>{t(L::NewAssessment)}</a>
        </div>
        {move || {
            let assessments = list.get();
            if assessments.is_empty() {
                view! {
                    <p class="lead empty">{t(L::Empty)}</p>
                }
                .into_any()
            } else {
                view! { <AssessmentTable assessments=assessments chosen=chosen /> <CompareAction chosen=chosen /> <Backup /> }
                    .into_any()
            }
        }}
        <ImportFiles />
        <Examples />
    }
}

/// Everything in one file: every assessment with the frameworks they were scored under.
#[component]
fn Backup() -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    view! {
        <p class="button-row">
            <button type="button" class="button button--secondary" on:click=move |_| download_backup(move |r| problem.set(r.err()))>
                {t(Storage::DownloadBackup)}
            </button>
        </p>
        {move || problem.get().map(|p| view! { <p class="banner banner--error" role="alert">{p}</p> })}
    }
}

/// "Compare": the two assessments ticked in the table, side by side, the one changed first on the left
/// (a draft before its revision).
#[component]
fn CompareAction(chosen: RwSignal<Vec<String>>) -> impl IntoView {
    let library = use_library();
    let problem = RwSignal::new(None::<String>);
    let go = move |_| {
        let ids = chosen.get_untracked();
        let mut picked: Vec<Assessment> =
            library.list().get_untracked().into_iter().filter(|a| ids.contains(&a.id)).collect();
        if picked.len() != 2 {
            problem.set(Some(match picked.len() {
                0 => t(L::NoneTicked).to_string(),
                n => tnf(LibraryCount::WrongTicked, n as u64, &[]),
            }));
            return;
        }
        crate::domain::sorting::sort_by_key(&mut picked, |a| a.updated_at);
        problem.set(None);
        navigate(&Page::Compare { first: picked[0].id.clone(), second: picked[1].id.clone() });
    };
    view! {
        <div class="button-row compare-action">
            <button type="button" class="button button--secondary" on:click=go>{t(L::CompareTicked)}</button>
        </div>
        <p role="status" class="compare-action__message">{move || problem.get()}</p>
    }
}

#[component]
fn AssessmentTable(assessments: Vec<Assessment>, chosen: RwSignal<Vec<String>>) -> impl IntoView {
    view! {
        <table class="table library-table">
            <caption class="visually-hidden">{t(L::Caption)}</caption>
            <thead>
                <tr>
                    <th scope="col" class="library-table__compare">{t(L::ColumnCompare)}</th>
                    <th scope="col">{t(L::ColumnSpecification)}</th>
                    <th scope="col">{t(L::ColumnFramework)}</th>
                    <th scope="col">{t(L::ColumnAssessor)}</th>
                    <th scope="col">{t(L::ColumnLastChange)}</th>
                    <th scope="col">{t(L::ColumnStatus)}</th>
                    <th scope="col">{t(L::ColumnBand)}</th>
                    <th scope="col">{t(L::ColumnActions)}</th>
                </tr>
            </thead>
            <tbody>
                {assessments.into_iter().map(|a| view! { <AssessmentRow assessment=a chosen=chosen /> }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn AssessmentRow(assessment: Assessment, chosen: RwSignal<Vec<String>>) -> impl IntoView {
    let library = use_library();
    let catalogue = use_catalogue();
    let id = assessment.id.clone();
    let title = display_title(&assessment);
    // Read in place: a copy of the framework per row was a fifth of listing 200 assessments.
    let scored = catalogue.with_value(|c| {
        c.for_assessment(&assessment.framework)
            .map(|f| (crate::i18n::worded_title(f).to_string(), results(f, &assessment.responses)))
    });
    let framework_title = scored.as_ref().map_or_else(|| assessment.framework.id.clone(), |(t, _)| t.clone());
    let band = scored.map(|(_, r)| r).map_or_else(
        || t(L::UnknownFramework).to_string(),
        |r| match r.band {
            Some(band) if r.provisional => tf(L::Provisional, &[("band", words::band(band))]),
            Some(band) => words::band(band).to_string(),
            None => t(L::NotScoredYet).to_string(),
        },
    );
    let status = words::status(assessment.status);
    let (renaming, set_renaming) = signal(false);
    let open_href = Page::Assessment(id.clone()).href();
    let results_href = Page::Results(id.clone()).href();
    let (dup_id, del_id) = (id.clone(), id.clone());
    let assessor =
        crate::i18n::messages::merge::assessed_by_label(crate::domain::moderation::assessed_by(&assessment))
            .unwrap_or_else(|| "—".to_string());
    let is_final = assessment.status == Status::Final;
    // Each action's name says which assessment it acts on ("Delete Mentoring"); the visible word
    // is the action alone.
    let [results_name, duplicate_name, rename_name, delete_name] =
        [L::ResultsOf, L::DuplicateNamed, L::RenameNamed, L::DeleteNamed]
            .map(|action| tf(action, &[("title", &title)]));
    let (tick_id, ticked_id) = (format!("compare-{id}"), id.clone());
    let toggle = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        chosen.update(|c| {
            c.retain(|x| x != &ticked_id);
            if on {
                c.push(ticked_id.clone());
            }
        });
    };
    let ticked = {
        let id = id.clone();
        move || chosen.with(|c| c.contains(&id))
    };
    view! {
        <tr>
            <td class="library-table__compare">
                <input type="checkbox" id=tick_id.clone() prop:checked=ticked on:change=toggle />
                <label for=tick_id class="visually-hidden">{compare_label(&assessment)}</label>
            </td>
            <th scope="row">
                <a href=open_href>{title.clone()}</a>
                {move || renaming.get().then(|| view! {
                    <RenameForm id=id.clone() title=title.clone() done=move || set_renaming.set(false) />
                })}
            </th>
            <td>{framework_title}</td>
            <td>{assessor}</td>
            <td><time datetime=assessment.updated_at.to_rfc3339()>{short_date_time(crate::browser::clock::local(assessment.updated_at))}</time></td>
            <td>{status}</td>
            <td>{band}</td>
            <td>
                <div class="row-actions">
                    <a href=results_href aria-label=results_name>{t(L::Results)}</a>
                    <button type="button" class="link-button" aria-label=duplicate_name on:click=move |_| {
                        if let Some(new_id) = library.duplicate(&dup_id) { navigate(&Page::Assessment(new_id)) }
                    }>
                        {t(L::Duplicate)}
                    </button>
                    <button type="button" class="link-button" disabled=is_final aria-label=rename_name
                        on:click=move |_| set_renaming.set(true)>
                        {t(L::Rename)}
                    </button>
                    <button type="button" class="link-button link-button--danger" aria-label=delete_name
                        on:click=move |_| library.delete(&del_id)>
                        {t(L::Delete)}
                    </button>
                </div>
            </td>
        </tr>
    }
}

#[component]
fn RenameForm(id: String, title: String, done: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let library = use_library();
    let (value, set_value) = signal(title.clone());
    let (error, set_error) = signal(None::<String>);
    let input_id = format!("rename-{id}");
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let new_title = value.get_untracked().trim().to_string();
        if new_title.is_empty() {
            set_error.set(Some(t(L::EnterTitle).into()));
            return;
        }
        match library.rename(&id, new_title) {
            Ok(()) => done(),
            Err(e) => set_error.set(Some(e.to_string())),
        }
    };
    view! {
        <form class="rename-form" on:submit=submit>
            <label for=input_id.clone()>{tf(L::NewTitleFor, &[("title", &title)])}</label>
            <input id=input_id type="text" prop:value=value on:input:target=move |ev| set_value.set(ev.target().value()) autofocus />
            {move || error.get().map(|e| view! { <p class="field-error">{e}</p> })}
            <button type="submit" class="button">{t(L::SaveTitle)}</button>
            <button type="button" class="button button--secondary" on:click=move |_| done()>{t(L::Cancel)}</button>
        </form>
    }
}

/// The Compare tick's name: two versions of one specification share a title, so its version and
/// last change tell them apart.
fn compare_label(a: &Assessment) -> String {
    let (title, changed) = (display_title(a), short_date_time(a.updated_at));
    match a.specification.version.trim() {
        "" => tf(L::CompareLabel, &[("title", &title), ("changed", &changed)]),
        v => tf(L::CompareLabelVersion, &[("title", &title), ("version", v), ("changed", &changed)]),
    }
}

pub fn display_title(assessment: &Assessment) -> String {
    let title = assessment.specification.title.trim();
    if title.is_empty() {
        t(L::UntitledSpecification).into()
    } else {
        title.into()
    }
}

/// The example specifications from real production data, and the worked example.
#[component]
fn Examples() -> impl IntoView {
    let library = use_library();
    let catalogue = use_catalogue();
    let examples = builtin::example_specifications().unwrap_or_default();
    let framework = catalogue.with_value(|c| c.newest_builtin().cloned());
    let open_worked_example = move |_| {
        if let Ok(mut example) = builtin::worked_example() {
            example.id = clock::new_id("a");
            let id = library.insert(example);
            navigate(&Page::Results(id));
        }
    };
    let items = examples
        .into_iter()
        .map(|spec| {
            let framework = framework.clone();
            let name = spec.title.clone();
            let score = move |_| {
                if let Some(framework) = framework.as_ref() {
                    let id = library.create(spec.clone(), framework, String::new());
                    navigate(&Page::Assessment(id));
                }
            };
            view! {
                <li>
                    <span>{name.clone()}</span>
                    <button type="button" class="link-button" aria-label=tf(L::ScoreExampleNamed, &[("name", &name)]) on:click=score>
                        {t(L::ScoreExample)}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="examples" aria-labelledby="examples-heading">
            <h2 id="examples-heading">{t(L::TryAnExample)}</h2>
            <p>{t(L::WorkedExampleIntro)}</p>
            <p><button type="button" class="button" on:click=open_worked_example>{t(L::OpenWorkedExample)}</button></p>
            <p>{t(L::ExamplesIntro)}</p>
            <ul class="example-list">{items}</ul>
            <p class="muted small">{t(L::CrsAttribution)}</p>
        </section>
    }
}
