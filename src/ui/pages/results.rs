use leptos::prelude::*;

use crate::ui::pages::not_found::MissingAssessment;

use crate::domain::builtin;
use crate::i18n::messages::results::Results as Msg;
use crate::i18n::messages::shell::Shell;
use crate::i18n::{t, tf};
use crate::state::catalogue::use_catalogue;
use crate::state::library::use_library;
use crate::state::route::Page;
use crate::ui::components::exports::ExportPanel;
use crate::ui::components::moderation::WorkshopRecord;
use crate::ui::components::rescore::RescoreOffer;
use crate::ui::components::results_view::ResultsView;
use crate::ui::pages::library::display_title;

/// The results of one assessment, live: they follow every saved edit, in this tab or another.
#[component]
pub fn ResultsPage(id: String) -> impl IntoView {
    let library = use_library();
    let catalogue = use_catalogue();
    let stored = library.get(id.clone());
    // The built-in worked example can be read without adding it to the library.
    let worked_example = builtin::worked_example().ok().filter(|w| w.id == id);
    let assessment = Memo::new(move |_| stored.get().or_else(|| worked_example.clone()));
    let framework = assessment
        .get_untracked()
        .and_then(|a| catalogue.with_value(|c| c.for_assessment(&a.framework).cloned()));
    match (assessment.get_untracked(), framework) {
        (Some(initial), Some(framework)) => {
            let title = move || {
                let title = assessment.with(|a| a.as_ref().map(display_title).unwrap_or_default());
                tf(Msg::Heading, &[("title", &title)])
            };
            // Once deleted, keep showing the last known state rather than an empty page.
            let live = Signal::derive(move || assessment.get().unwrap_or_else(|| initial.clone()));
            // Shown in the page's language; the file export keeps the framework as it is.
            let shown = crate::i18n::worded(&framework).into_owned();
            let framework_for_record = shown.clone();
            view! {
                <p class="breadcrumb"><a href="#/">{t(Shell::NavAssessments)}</a></p>
                <div class="page-head">
                    <h1 id="page-heading" tabindex="-1">{title}</h1>
                    <a class="button button--secondary" href=Page::Assessment(id.clone()).href()>{t(Msg::Score)}</a>
                </div>
                <RescoreOffer assessment=live framework=shown.clone() />
                <ResultsView framework=shown assessment=live />
                {move || live.with(|a| a.provenance.clone()).map(|p| view! { <WorkshopRecord provenance=p framework=framework_for_record.clone() assessment=live /> })}
                <ExportPanel assessment=live framework=framework />
            }
            .into_any()
        }
        _ => MissingAssessment().into_any(),
    }
}
