use leptos::prelude::*;

use crate::browser::forget::forget_everything;
use crate::i18n::messages::about::About as A;
use crate::i18n::t;
use crate::ui::app::use_shared_computer;
use crate::ui::components::storage_status::download_backup;

/// What the tool is for, who it is for, and the privacy promise, in plain English.
#[component]
pub fn About() -> impl IntoView {
    view! {
        <article class="prose">
            <h1 id="page-heading" tabindex="-1">{t(A::Heading)}</h1>
            <p class="lead">{t(A::Lead)}</p>
            <h2>{t(A::WhoFor)}</h2>
            <p>{t(A::WhoForText)}</p>
            <h2>{t(A::WhatItDoes)}</h2>
            <ul>
                <li>{t(A::DoesScore)}</li>
                <li>{t(A::DoesLevels)}</li>
                <li>{t(A::DoesResults)}</li>
                <li>{t(A::DoesShare)}</li>
            </ul>
            <h2>{t(A::WhyExists)}</h2>
            <p>{t(A::WhyExistsText)}</p>
            <h2>{t(A::DataStays)}</h2>
            <p>{t(A::DataStaysText)}</p>
            <p>{t(A::ClearingRemoves)}</p>
            <SharedComputerSection />
        </article>
    }
}

/// Whether the browser keeps the work, and "Forget this browser" for a shared computer.
#[component]
fn SharedComputerSection() -> impl IntoView {
    let shared = use_shared_computer();
    let kept = move || {
        t(match shared.persisted.get().as_deref() {
            Some("granted") => A::PersistGranted,
            Some("denied") => A::PersistDenied,
            Some("not asked") => A::PersistNotAsked,
            Some(_) => A::PersistUnknown,
            None => A::PersistAsking,
        })
    };
    let open = RwSignal::new(false);
    let (problem, set_problem) = signal(None::<String>);
    let backup = move |_| download_backup(move |r| set_problem.set(r.err()));
    let forget = move |_| {
        leptos::task::spawn_local(async move {
            match forget_everything().await {
                Ok(forgotten) => shared.forgotten.set(Some(forgotten.sentence())),
                Err(e) => set_problem.set(Some(e)),
            }
        });
    };
    view! {
        <h2 id="shared-computer">{t(A::SharedComputer)}</h2>
        <p role="status">{kept}</p>
        <p>{t(A::WhenYouFinish)}</p>
        <button type="button" class="button button--secondary" aria-expanded=move || open.get().to_string()
            aria-controls="forget-panel" on:click=move |_| open.update(|o| *o = !*o)>{t(A::ForgetBrowser)}</button>
        <div id="forget-panel" class="notice notice--warning" hidden=move || !open.get()>
            <p><strong>{t(A::ForgetWarning)}</strong></p>
            <div class="button-row">
                <button type="button" class="button button--secondary" on:click=backup>{t(A::BackupFirst)}</button>
                <button type="button" class="button button--danger" on:click=forget>{t(A::RemoveEverything)}</button>
            </div>
            {move || problem.get().map(|p| view! { <p class="banner banner--error" role="alert">{p}</p> })}
        </div>
    }
}

/// What is left after "Forget this browser": what was removed, and the way back.
#[component]
pub fn Forgotten(said: String) -> impl IntoView {
    view! {
        <h1 id="page-heading" tabindex="-1">{t(A::Forgotten)}</h1>
        <p role="status">{said}</p>
        <p>{t(A::CloseTab)}</p>
        <p><a class="button" href="./">{t(A::OpenAfresh)}</a></p>
    }
}
