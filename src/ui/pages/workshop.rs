use leptos::prelude::*;

/// The workshop (moderation) is its own piece of work; until it lands this page says plainly
/// what it will do and what works today, rather than showing controls that do nothing.
#[component]
pub fn Workshop() -> impl IntoView {
    view! {
        <article class="prose">
            <h1 id="page-heading" tabindex="-1">"Workshop"</h1>
            <p class="lead">
                "A workshop brings several people's scores of the same specification together so the room "
                "can agree one score per criterion, with the reason written down."
            </p>
            <p>
                "Workshop mode is not in this version of Spec Lens yet. When it arrives you will load each "
                "person's file here, reveal the scores criterion by criterion on a projector, and record the "
                "agreed answer."
            </p>
        </article>
    }
}
