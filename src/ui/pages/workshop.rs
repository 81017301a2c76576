//! The facilitator's workshop page: start a moderation from people's files (or assessments in
//! this browser), record who took part, compare the scores, and take the agreed result away.
//! The room itself works on the projector and presenter views.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::files::PickedFile;
use crate::browser::{clock, download};
use crate::domain::moderation::{agreed_assessment, assessed_by, merge, Participant, Scored, PERSPECTIVES};
use crate::domain::{Assessment, Framework};
use crate::format::envelope;
use crate::i18n::messages::merge::{assessed_by_label, flag_text, merge_error};
use crate::i18n::messages::workshop::{perspective_label, Workshop as W};
use crate::i18n::{t, tf};
use crate::state::catalogue::{use_catalogue, Catalogue};
use crate::state::library::use_library;
use crate::state::route::{navigate, Page};
use crate::state::workshop::use_workshop;
use crate::ui::components::drop_zone::DropZone;
use crate::ui::components::import_files::{assessments_in, Known};
use crate::ui::components::moderation::{scorer_label, Comparison, SortChoice, WorkshopProblem};

#[component]
pub fn Workshop() -> impl IntoView {
    let workshop = use_workshop();
    let running = Memo::new(move |_| workshop.session.with(Option::is_some));
    view! {
        <h1 id="page-heading" tabindex="-1">{t(W::Heading)}</h1>
        <WorkshopProblem />
        {move || if running.get() { view! { <Overview /> }.into_any() } else { view! { <Start /> }.into_any() }}
    }
}

/// How a workshop begins: people's files, or assessments already in this browser.
#[component]
fn Start() -> impl IntoView {
    let catalogue = use_catalogue();
    let workshop = use_workshop();
    let outcome = RwSignal::new(None::<Result<(), Vec<String>>>);
    let begin = move |scored: Vec<Scored>, problems: Vec<String>| {
        if !problems.is_empty() {
            return outcome.set(Some(Err(problems)));
        }
        match merge(scored, clock::now()) {
            Ok(merged) => {
                workshop.start(merged);
                outcome.set(Some(Ok(())));
            }
            Err(error) => outcome.set(Some(Err(vec![merge_error(&error)]))),
        }
    };
    let handle = move |picked: Vec<PickedFile>| {
        let mut known = Known::new(catalogue.with_value(Catalogue::hashed));
        spawn_local(async move {
            let (scored, problems) = read_files(picked, &mut known).await;
            begin(scored, problems);
        });
    };
    view! {
        <p class="lead">{t(W::Lead)}</p>
        <ol class="steps">
            <li>{t(W::StepScore)}</li>
            <li>{t(W::StepLoad)}</li>
            <li>{t(W::StepRoom)}</li>
        </ol>
        <section class="import" aria-labelledby="start-heading">
            <h2 id="start-heading">{t(W::StartHeading)}</h2>
            <DropZone id="workshop-files" label=t(W::ChooseFiles) hint=t(W::ChooseFilesHint)
                picked=handle />
            {move || match outcome.get() {
                Some(Err(problems)) => view! {
                    <div class="banner banner--error" role="alert">
                        <p>{t(W::NotStarted)}</p>
                        <ul>{problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                    </div>
                }.into_any(),
                _ => ().into_any(),
            }}
        </section>
        <FromLibrary begin=begin />
    }
}

/// Every assessment in every file, or why a file could not be used (naming the file).
async fn read_files(picked: Vec<PickedFile>, known: &mut Known) -> (Vec<Scored>, Vec<String>) {
    let mut scored = Vec::new();
    let mut problems = Vec::new();
    for file in picked {
        let name = file.name.clone();
        match assessments_in(file, known).await {
            Ok(found) => scored.extend(found.into_iter().map(|(assessment, framework)| Scored {
                assessment,
                framework: Arc::unwrap_or_clone(framework),
                file_name: name.clone(),
            })),
            Err(problem) => problems.push(format!("{name}: {problem}")),
        }
    }
    (scored, problems)
}

/// Starting from assessments already in this browser (for a facilitator who imported them earlier).
#[component]
fn FromLibrary(begin: impl Fn(Vec<Scored>, Vec<String>) + Copy + Send + Sync + 'static) -> impl IntoView {
    let library = use_library();
    let catalogue = use_catalogue();
    let chosen = RwSignal::new(Vec::<String>::new());
    let start = move |_| {
        let ids = chosen.get_untracked();
        let picked: Vec<Assessment> =
            library.list().get_untracked().into_iter().filter(|a| ids.contains(&a.id)).collect();
        let mut problems = Vec::new();
        let scored = picked
            .into_iter()
            .filter_map(|assessment| {
                let framework = catalogue.with_value(|c| c.for_assessment(&assessment.framework).cloned());
                match framework {
                    Some(framework) => {
                        let title = &assessment.specification.title;
                        let file_name = format!("\u{201c}{title}\u{201d} in this browser"); // not worded: kept in the workshop's data
                        Some(Scored { assessment, framework, file_name })
                    }
                    None => {
                        problems.push(tf(W::NoFramework, &[("title", &assessment.specification.title)]));
                        None
                    }
                }
            })
            .collect();
        begin(scored, problems);
    };
    let rows = move || {
        library
            .list()
            .get()
            .into_iter()
            .map(|a| {
                let id = a.id.clone();
                let checkbox_id = format!("pick-{}", a.id);
                let label = match assessed_by_label(assessed_by(&a)) {
                    None => a.specification.title.clone(),
                    Some(who) => tf(W::ScoredBy, &[("title", &a.specification.title), ("who", &who)]),
                };
                let toggle = move |ev: leptos::ev::Event| {
                    let on = event_target_checked(&ev);
                    chosen.update(|c| {
                        c.retain(|x| x != &id);
                        if on {
                            c.push(id.clone());
                        }
                    });
                };
                view! {
                    <li class="check">
                        <input type="checkbox" id=checkbox_id.clone() on:change=toggle />
                        <label for=checkbox_id>{label}</label>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="from-library-heading">
            <h2 id="from-library-heading">{t(W::FromLibraryHeading)}</h2>
            {move || if library.list().with(Vec::is_empty) {
                view! { <p class="muted">{t(W::NoAssessments)}</p> }.into_any()
            } else {
                view! {
                    <fieldset class="fieldset">
                        <legend>{t(W::AssessmentsToCompare)}</legend>
                        <ul class="plain-list">{rows}</ul>
                    </fieldset>
                    <button type="button" class="button" on:click=start>{t(W::StartWithThese)}</button>
                }.into_any()
            }}
        </section>
    }
}

/// The workshop in progress: who scores, who is in the room, the comparison, and the result.
#[component]
fn Overview() -> impl IntoView {
    let workshop = use_workshop();
    let summary = move || {
        workshop.session.with(|s| {
            s.as_ref().map(|s| {
                let agreed = s.moderation.agreed_count(&s.framework);
                let total = s.framework.criterion_count();
                let title = workshop.worded.with(|f| f.as_ref().map(|f| f.title.clone())).unwrap_or_default();
                (
                    s.moderation.specification.title.clone(),
                    tf(
                        W::FrameworkVersion,
                        &[("framework", &title), ("version", &s.framework.version.to_string())],
                    ),
                    tf(W::Progress, &[("agreed", &agreed.to_string()), ("total", &total.to_string())]),
                )
            })
        })
    };
    let flags = move || workshop.session.with(|s| s.as_ref().map(|s| s.flags.clone()).unwrap_or_default());
    view! {
        {move || summary().map(|(title, framework, progress)| view! {
            <dl class="facts">
                <div><dt>{t(W::Specification)}</dt><dd>{title}</dd></div>
                <div><dt>{t(W::Framework)}</dt><dd>{framework}</dd></div>
                <div><dt>{t(W::ProgressLabel)}</dt><dd id="workshop-progress">{progress}</dd></div>
            </dl>
        })}
        {move || {
            let flags = flags();
            (!flags.is_empty()).then(|| view! {
                <div class="banner banner--warning" role="status">
                    <p><strong>{t(W::CheckBeforeStart)}" "</strong></p>
                    <ul>{flags.iter().map(|f| view! { <li>{flag_text(f)}</li> }).collect_view()}</ul>
                </div>
            })
        }}
        <section aria-labelledby="views-heading">
            <h2 id="views-heading">{t(W::RunTheRoom)}</h2>
            <p>{t(W::RunTheRoomText)}</p>
            <div class="button-row">
                <a class="button" href=Page::Projector.href() target="spec-lens-projector">{t(W::OpenProjector)}</a>
                <a class="button button--secondary" href=Page::Presenter.href() target="spec-lens-presenter">{t(W::OpenPresenter)}</a>
            </div>
        </section>
        <Scorers />
        <Participants />
        <section aria-labelledby="comparison-heading">
            <h2 id="comparison-heading">{t(W::ScoresSideBySide)}</h2>
            <p class="muted">{t(W::ScoresHint)}</p>
            <SortChoice id="comparison-sort" />
            <Comparison />
        </section>
        <AgreedResult />
    }
}

/// The people whose scores are compared, and adding someone who scores on this computer.
#[component]
fn Scorers() -> impl IntoView {
    let workshop = use_workshop();
    let name = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = name.get_untracked();
        if typed.trim().is_empty() {
            return;
        }
        workshop.update(|s| {
            s.moderation.add_typed_scorer(&typed);
        });
        name.set(String::new());
    };
    let rows = move || {
        workshop.session.with(|s| {
            s.as_ref().map(|s| {
                s.moderation
                    .scorers
                    .iter()
                    .enumerate()
                    .map(|(i, scorer)| {
                        let label = scorer_label(&s.moderation, i, false);
                        let name = if scorer.name.trim().is_empty() {
                            t(W::NoNameGiven).to_string()
                        } else {
                            scorer.name.clone()
                        };
                        let source = match &scorer.source {
                            crate::domain::moderation::ScoreSource::File { file_name, .. } => {
                                tf(W::FromFile, &[("file", file_name)])
                            }
                            crate::domain::moderation::ScoreSource::Typed => {
                                t(W::TypedInPresenter).to_string()
                            }
                        };
                        view! { <li><strong>{label}</strong>": "{name}", "{source}</li> }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <section aria-labelledby="scorers-heading">
            <h2 id="scorers-heading">{t(W::WhoScored)}</h2>
            <ul>{rows}</ul>
            <form class="inline-form" on:submit=add>
                <label for="typed-scorer">{t(W::AddTypedScorer)}</label>
                <input id="typed-scorer" type="text" autocomplete="off" prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev)) />
                <button type="submit" class="button button--secondary">{t(W::AddPerson)}</button>
            </form>
        </section>
    }
}

/// Who took part: the perspectives in the room, names optional. Recorded with the agreed result.
#[component]
fn Participants() -> impl IntoView {
    let workshop = use_workshop();
    let participants = move || {
        workshop.session.with(|s| s.as_ref().map(|s| s.moderation.participants.clone()).unwrap_or_default())
    };
    let set_present = move |perspective: &str, present: bool| {
        let perspective = perspective.to_string();
        workshop.update(|s| {
            let list = &mut s.moderation.participants;
            list.retain(|p| p.perspective != perspective);
            if present {
                list.push(Participant { perspective, name: String::new() });
            }
        });
    };
    let set_name = move |perspective: String, name: String| {
        workshop.update(|s| {
            if let Some(p) = s.moderation.participants.iter_mut().find(|p| p.perspective == perspective) {
                p.name = name;
            }
        });
    };
    let other = RwSignal::new(String::new());
    let add_other = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = other.get_untracked().trim().to_string();
        if !text.is_empty() {
            set_present(&text, true);
            other.set(String::new());
        }
    };
    let perspectives = move || {
        let present = participants();
        let mut all: Vec<String> = PERSPECTIVES.iter().map(|p| p.to_string()).collect();
        all.extend(
            present.iter().map(|p| p.perspective.clone()).filter(|p| !PERSPECTIVES.contains(&p.as_str())),
        );
        all.into_iter()
            .enumerate()
            .map(|(i, perspective)| {
                let found = present.iter().find(|p| p.perspective == perspective).cloned();
                let checked = found.is_some();
                let box_id = format!("perspective-{i}");
                let name_id = format!("perspective-{i}-names");
                let toggle_p = perspective.clone();
                let name_p = perspective.clone();
                let shown = perspective_label(&perspective);
                view! {
                    <li class="participant">
                        <span class="check">
                            <input type="checkbox" id=box_id.clone() checked=checked
                                on:change=move |ev| set_present(&toggle_p, event_target_checked(&ev)) />
                            <label for=box_id>{shown.clone()}</label>
                        </span>
                        {found.map(|p| view! {
                            <label class="visually-hidden" for=name_id.clone()>{tf(W::NamesFor, &[("perspective", &shown)])}</label>
                            <input id=name_id type="text" class="participant__names" placeholder=t(W::NamesPlaceholder) value=p.name
                                on:change=move |ev| set_name(name_p.clone(), event_target_value(&ev)) />
                        })}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="participants-heading">
            <h2 id="participants-heading">{t(W::WhoTookPart)}</h2>
            <p class="muted">{t(W::TickPerspectives)}</p>
            <ul class="plain-list participants">{perspectives}</ul>
            <form class="inline-form" on:submit=add_other>
                <label for="other-perspective">{t(W::AnotherPerspective)}</label>
                <input id="other-perspective" type="text" prop:value=move || other.get()
                    on:input=move |ev| other.set(event_target_value(&ev)) />
                <button type="submit" class="button button--secondary">{t(W::Add)}</button>
            </form>
        </section>
    }
}

/// The agreed result: saved to this browser's library or downloaded as a file, then the end.
#[component]
fn AgreedResult() -> impl IntoView {
    let workshop = use_workshop();
    let library = use_library();
    let message = RwSignal::new(None::<Result<String, String>>);
    let confirming_end = RwSignal::new(false);
    let agreed = move || -> Option<(Assessment, Framework)> {
        workshop.session.with_untracked(|s| {
            s.as_ref()
                .map(|s| (agreed_assessment(&s.moderation, &s.framework, clock::now()), s.framework.clone()))
        })
    };
    let save = move |_| {
        let Some((assessment, _)) = agreed() else { return };
        let id = library.insert_replacing(assessment);
        navigate(&Page::Results(id));
    };
    let export = move |_| {
        let Some((assessment, framework)) = agreed() else { return };
        let now = clock::now();
        let name = envelope::file_name(&format!("spec-lens-agreed-{}", assessment.specification.title), now);
        let text = envelope::export_assessment_in(&assessment, &framework, crate::i18n::current(), now);
        message.set(Some(
            download::download_text(&name, "application/json", &text)
                .map(|_| tf(W::Downloaded, &[("name", &name)])),
        ));
    };
    view! {
        <section aria-labelledby="agreed-heading">
            <h2 id="agreed-heading">{t(W::AgreedHeading)}</h2>
            <p>{t(W::AgreedExplained)}</p>
            <div class="button-row">
                <button type="button" class="button" on:click=save>{t(W::SaveAgreed)}</button>
                <button type="button" class="button button--secondary" on:click=export>{t(W::DownloadAgreed)}</button>
            </div>
            {move || message.get().map(|m| match m {
                Ok(text) => view! { <p role="status">{text}</p> }.into_any(),
                Err(text) => view! { <p class="banner banner--error" role="alert">{text}</p> }.into_any(),
            })}
            <h3>{t(W::EndWorkshop)}</h3>
            {move || if confirming_end.get() {
                view! {
                    <div class="banner banner--warning" role="alert">
                        <p>{t(W::EndWarning)}</p>
                        <div class="button-row">
                            <button type="button" class="button button--danger" on:click=move |_| { confirming_end.set(false); workshop.end(); }>{t(W::EndNow)}</button>
                            <button type="button" class="button button--secondary" on:click=move |_| confirming_end.set(false)>{t(W::KeepWorkshop)}</button>
                        </div>
                    </div>
                }.into_any()
            } else {
                view! { <button type="button" class="button button--secondary" on:click=move |_| confirming_end.set(true)>{t(W::EndWorkshop)}</button> }.into_any()
            }}
        </section>
    }
}
