use leptos::prelude::*;

#[component]
pub fn NotFound(hash: String) -> impl IntoView {
    view! {
        <article class="prose">
            <h1 id="page-heading" tabindex="-1">"Page not found"</h1>
            <p>"There is no page at the address " <code>{hash}</code> "."</p>
            <p><a href="#/">"Go to your assessments"</a></p>
        </article>
    }
}

/// An assessment address this browser has nothing at: never saved here, or deleted.
#[component]
pub fn MissingAssessment() -> impl IntoView {
    view! {
        <h1 id="page-heading" tabindex="-1">"Assessment not found"</h1>
        <p>"This browser has no assessment with that address. It may have been deleted."</p>
        <p><a href="#/">"Go to your assessments"</a></p>
    }
}
