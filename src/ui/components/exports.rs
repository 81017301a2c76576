//! Getting an assessment out of the browser: a file that opens anywhere, a spreadsheet, a report,
//! a printout, a share link.

use leptos::prelude::*;

use crate::browser::fold::BrowserFold;
use crate::browser::{clock, download, location};
use crate::domain::{Assessment, Framework};
use crate::format::{csv, docx_report, envelope, report};
use crate::i18n::messages::exports::Exports as E;
use crate::i18n::t;
use crate::ui::components::share::ShareLink;

#[component]
pub fn ExportPanel(assessment: Signal<Assessment>, framework: Framework) -> impl IntoView {
    let stored_framework = StoredValue::new(framework.clone());
    let (problem, set_problem) = signal(None::<String>);
    let save = move |kind: &'static str| {
        let a = assessment.get_untracked();
        let now = clock::now();
        let stem = format!("spec-lens-{}", a.specification.title);
        let result = stored_framework.with_value(|f| match kind {
            "file" => download::download_text(
                &envelope::file_name(&stem, now),
                "application/json",
                &envelope::export_assessment_in(&a, f, crate::i18n::current(), now),
            ),
            "csv" => download::download_text(
                &envelope::file_name(&stem, now).replace(envelope::EXTENSION, ".csv"),
                "text/csv;charset=utf-8",
                &csv::assessment_csv(&a, &crate::i18n::worded(f)),
            ),
            "docx" => {
                // Written in the reader's worker, fetched on first use.
                let (a, f) = (a.clone(), crate::i18n::worded(f).into_owned());
                let name =
                    envelope::file_name(&stem, now).replace(envelope::EXTENSION, docx_report::EXTENSION);
                leptos::task::spawn_local(async move {
                    let written = crate::browser::reader::word_report(&a, &f).await;
                    let saved =
                        written.and_then(|bytes| download::download_bytes(&name, docx_report::MIME, &bytes));
                    set_problem.set(saved.err());
                });
                Ok(())
            }
            _ => download::download_text(
                &envelope::file_name(&stem, now).replace(envelope::EXTENSION, ".md"),
                "text/markdown;charset=utf-8",
                &report::markdown_report(&a, &crate::i18n::worded(f), &BrowserFold::new()),
            ),
        });
        set_problem.set(result.err());
    };
    view! {
        <section class="exports no-print" aria-labelledby="exports-heading">
            <h2 id="exports-heading">{t(E::Heading)}</h2>
            <div class="button-row">
                <button type="button" class="button" on:click=move |_| save("file")>{t(E::AssessmentFile)}</button>
                <button type="button" class="button button--secondary" on:click=move |_| save("csv")>{t(E::Spreadsheet)}</button>
                <button type="button" class="button button--secondary" on:click=move |_| save("md")>{t(E::Markdown)}</button>
                <button type="button" class="button button--secondary" on:click=move |_| save("docx")>{t(E::Word)}</button>
                <button type="button" class="button button--secondary" on:click=move |_| location::print_page()>{t(E::Print)}</button>
            </div>
            <p class="muted">{t(E::FileCarriesFramework)}</p>
            {move || problem.get().map(|p| view! { <p class="banner banner--error" role="alert">{p}</p> })}
            <h3>{t(E::ShareLink)}</h3>
            <ShareLink assessment=assessment framework=framework />
        </section>
    }
}
