//! Making a share link: the assessment goes into the link's fragment, which browsers never send
//! to a server.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{clipboard, compression, location};
use crate::domain::{Assessment, Framework};
use crate::format::share::{base64url_encode, payload_json_in, MAX_LINK_CHARS};
use crate::i18n::messages::share::{Share as S, ShareCount};
use crate::i18n::{t, tf, tn};
use crate::state::catalogue::use_catalogue;
use crate::state::route::Page;

#[derive(Clone, PartialEq)]
enum LinkState {
    None,
    Making,
    Ready(String),
    TooLong(usize),
    Failed(String),
}

#[component]
pub fn ShareLink(assessment: Signal<Assessment>, framework: Framework) -> impl IntoView {
    let catalogue = use_catalogue();
    let framework = StoredValue::new(framework);
    let state = RwSignal::new(LinkState::None);
    let copied = RwSignal::new(None::<String>);
    let make = move |_| {
        state.set(LinkState::Making);
        copied.set(None);
        let builtin = catalogue.with_value(|c| c.builtin());
        let json = framework.with_value(|f| {
            payload_json_in(&assessment.get_untracked(), f, &builtin, crate::i18n::current())
        });
        spawn_local(async move {
            let next = match compression::deflate(json.as_bytes()).await {
                Ok(bytes) => {
                    let link = format!(
                        "{}{}",
                        location::page_url_without_hash(),
                        Page::Share(base64url_encode(&bytes)).href()
                    );
                    if link.len() > MAX_LINK_CHARS {
                        LinkState::TooLong(link.len())
                    } else {
                        LinkState::Ready(link)
                    }
                }
                Err(e) => LinkState::Failed(e),
            };
            state.set(next);
        });
    };
    let copy = move |link: String| {
        spawn_local(async move {
            let message = match clipboard::copy_text(&link).await {
                Ok(()) => t(S::Copied).to_string(),
                Err(e) => e,
            };
            copied.set(Some(message));
        });
    };
    view! {
        <div class="share">
            <p>{t(S::Explained)}</p>
            <button type="button" class="button button--secondary" on:click=make>{t(S::Make)}</button>
            <div aria-live="polite">
                {move || match state.get() {
                    LinkState::None => ().into_any(),
                    LinkState::Making => view! { <p>{t(S::Making)}</p> }.into_any(),
                    LinkState::Ready(link) => {
                        let to_copy = link.clone();
                        view! {
                            <div class="field share__link">
                                <label for="share-link">{tn(ShareCount::LinkLength, link.len() as u64)}</label>
                                <input id="share-link" type="text" readonly prop:value=link />
                            </div>
                            <button type="button" class="button" on:click=move |_| copy(to_copy.clone())>{t(S::Copy)}</button>
                            {move || copied.get().map(|m| view! { <p role="status">{m}</p> })}
                        }
                        .into_any()
                    }
                    LinkState::TooLong(length) => view! {
                        <p class="banner banner--warning">
                            {tf(S::TooLong, &[("length", &length.to_string()), ("limit", &MAX_LINK_CHARS.to_string())])}
                        </p>
                    }
                    .into_any(),
                    LinkState::Failed(message) => view! { <p class="banner banner--error">{message}</p> }.into_any(),
                }}
            </div>
        </div>
    }
}
