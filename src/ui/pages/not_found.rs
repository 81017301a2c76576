use leptos::prelude::*;

use crate::i18n::messages::shell::Shell;
use crate::i18n::t;
use crate::ui::words::with_slots;

#[component]
pub fn NotFound(hash: String) -> impl IntoView {
    let address =
        with_slots(t(Shell::NoPageAtAddress), move |_| view! { <code>{hash.clone()}</code> }.into_any());
    view! {
        <article class="prose">
            <h1 id="page-heading" tabindex="-1">{t(Shell::PageNotFound)}</h1>
            <p>{address}</p>
            <p><a href="#/">{t(Shell::GoToAssessments)}</a></p>
        </article>
    }
}

/// An assessment address this browser has nothing at: never saved here, or deleted.
#[component]
pub fn MissingAssessment() -> impl IntoView {
    view! {
        <h1 id="page-heading" tabindex="-1">{t(Shell::AssessmentNotFound)}</h1>
        <p>{t(Shell::NoAssessmentAtAddress)}</p>
        <p><a href="#/">{t(Shell::GoToAssessments)}</a></p>
    }
}
