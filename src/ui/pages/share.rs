use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::compression;
use crate::domain::Framework;
use crate::format::share::{base64url_decode, read_payload, Shared, MAX_INFLATED_BYTES};
use crate::i18n::messages::share::Share as S;
use crate::i18n::t;
use crate::state::catalogue::use_catalogue;
use crate::ui::components::incoming::SaveIncoming;

/// Opens a share link: shows what it holds and asks before saving anything.
#[component]
pub fn SharePage(data: String) -> impl IntoView {
    let catalogue = use_catalogue();
    let opened = RwSignal::new(None::<Result<Shared, String>>);
    let builtin = catalogue.with_value(|c| c.frameworks().to_vec());
    spawn_local(async move {
        let result = open_link(&data, &builtin).await;
        opened.set(Some(result));
    });
    view! {
        <h1 id="page-heading" tabindex="-1">{t(S::Heading)}</h1>
        // Read in place: the notes are worded as they are drawn, the assessment copied for saving.
        {move || opened.with(|opened| match opened {
            None => view! { <p role="status">{t(S::Opening)}</p> }.into_any(),
            Some(Err(message)) => view! {
                <p class="banner banner--error" role="alert">{message.clone()}</p>
                <p><a href="#/">{t(S::GoToAssessments)}</a></p>
            }
            .into_any(),
            Some(Ok(Shared { assessment, framework, report, .. })) => view! {
                <p class="lead">{t(S::SharedWithYou)}</p>
                {(!report.is_empty()).then(|| view! {
                    <div class="notice notice--warning">
                        <p><strong>{t(S::ChangedToOpen)}</strong></p>
                        <ul>{report.iter().map(|note| view! { <li>{note.to_string()}</li> }).collect_view()}</ul>
                    </div>
                })}
                <SaveIncoming incoming=vec![(assessment.clone(), Arc::new(framework.clone()))] />
            }
            .into_any(),
        })}
    }
}

async fn open_link(data: &str, builtin: &[Framework]) -> Result<Shared, String> {
    let compressed = base64url_decode(data).map_err(|e| e.to_string())?;
    let json = compression::inflate(&compressed, MAX_INFLATED_BYTES).await?;
    read_payload(&json, builtin).map_err(|e| e.to_string())
}
