use leptos::prelude::*;

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
        </article>
    }
}
