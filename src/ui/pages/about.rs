use leptos::prelude::*;

use crate::browser::forget::forget_everything;
use crate::ui::app::use_shared_computer;
use crate::ui::components::storage_status::download_backup;

/// What the tool is for, who it is for, and the privacy promise, in plain English.
#[component]
pub fn About() -> impl IntoView {
    view! {
        <article class="prose">
            <h1 id="page-heading" tabindex="-1">"About Spec Lens"</h1>
            <p class="lead">
                "Spec Lens helps you show whether a proposed service specification rests on a thorough and "
                "inclusive needs assessment, and where it does not."
            </p>
            <h2>"Who it is for"</h2>
            <p>
                "Commissioning teams in Police and Crime Commissioners' offices, probation regions, local "
                "authorities and health; reducing-reoffending partnerships; and voluntary-sector providers "
                "who are asked to comment on a specification before it goes to tender."
            </p>
            <h2>"What it does"</h2>
            <ul>
                <li>"You paste or describe a specification and score it against a framework of criteria."</li>
                <li>
                    "Each criterion gets a level from 0 to 4, a reason, and evidence quoted from the "
                    "specification. Some criteria are critical: a low score on one of them limits the overall band."
                </li>
                <li>"The results show weighted percentages, a band, the gaps to fix first and timing problems."</li>
                <li>
                    "You share work as files or links. In a workshop, a group scores separately, then reveals "
                    "the scores criterion by criterion on a projector and agrees each one with a recorded reason."
                </li>
            </ul>
            <h2>"Why it exists"</h2>
            <p>
                "In 2020 the Office of the Police and Crime Commissioner for Gloucestershire told the House of "
                "Commons Justice Committee that good commissioning \"begins with a thorough and inclusive needs "
                "assessment which then shapes the specification for tender\", and that the needs assessment behind "
                "probation's commissioned rehabilitative services rested on data that was arguably not broad "
                "enough. Spec Lens makes that question checkable, criterion by criterion."
            </p>
            <h2>"Your data stays with you"</h2>
            <p>
                "Spec Lens has no server and no account. Everything you enter is kept in this browser's own "
                "storage on this computer. The page makes no requests to any other website: no fonts, no "
                "analytics, no tracking. You share work by saving a file and sending it yourself."
            </p>
            <p>
                "Because your work lives in this browser, clearing your browsing data removes it. "
                "Keep a backup file of anything you need to keep."
            </p>
            <SharedComputerSection />
        </article>
    }
}

/// Whether the browser keeps the work, and "Forget this browser" for a shared computer.
#[component]
fn SharedComputerSection() -> impl IntoView {
    let shared = use_shared_computer();
    let kept = move || {
        match shared.persisted.get().as_deref() {
        Some("granted") => "This browser has agreed to keep Spec Lens's storage: it will not clear your work to make space.",
        Some("denied") => "This browser has not agreed to keep Spec Lens's storage: it may clear your work when space runs low, so keep backups.",
        Some("not asked") => "Spec Lens asks this browser to keep its storage once you have saved some work.",
        Some(_) => "This browser cannot say whether it keeps Spec Lens's storage; keep backups.",
        None => "Asking this browser whether it keeps Spec Lens's storage…",
    }
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
        <h2 id="shared-computer">"On a shared computer"</h2>
        <p role="status">{kept}</p>
        <p>
            "When you finish on a computer that others use, remove your work from this browser. Download a "
            "backup first if you need to keep it."
        </p>
        <button type="button" class="button button--secondary" aria-expanded=move || open.get().to_string()
            aria-controls="forget-panel" on:click=move |_| open.update(|o| *o = !*o)>"Forget this browser…"</button>
        <div id="forget-panel" class="notice notice--warning" hidden=move || !open.get()>
            <p><strong>"This removes every assessment, framework, document, draft and preference Spec Lens keeps in this browser, and its offline copy of the page. It cannot be undone."</strong></p>
            <div class="button-row">
                <button type="button" class="button button--secondary" on:click=backup>"Download a backup first"</button>
                <button type="button" class="button button--danger" on:click=forget>"Remove everything from this browser"</button>
            </div>
            {move || problem.get().map(|p| view! { <p class="banner banner--error" role="alert">{p}</p> })}
        </div>
    }
}

/// What is left after "Forget this browser": what was removed, and the way back.
#[component]
pub fn Forgotten(said: String) -> impl IntoView {
    view! {
        <h1 id="page-heading" tabindex="-1">"Spec Lens has forgotten this browser"</h1>
        <p role="status">{said}</p>
        <p>"Close this tab to finish. To use Spec Lens again here, open it afresh."</p>
        <p><a class="button" href="./">"Open Spec Lens afresh"</a></p>
    }
}
