use leptos::prelude::*;

/// The start page: the assessments kept in this browser.
#[component]
pub fn Library() -> impl IntoView {
    view! {
        <article class="prose">
            <h1 id="page-heading" tabindex="-1">"Assessments"</h1>
            <p class="lead">
                "An assessment scores one service specification against a framework of inclusive "
                "needs-assessment criteria."
            </p>
            <p>
                "Scoring your own specifications arrives in the next version. Meanwhile you can read the "
                <a href="#/frameworks">"built-in framework"</a> " and its sources."
            </p>
        </article>
    }
}
