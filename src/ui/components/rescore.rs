//! "Re-score under the new version": offered on the results of an assessment whose framework has a
//! newer version in this browser. It lists what changed and which answers would be dropped before
//! anything is saved; Re-score then saves a re-scored copy and keeps the original as it was.

use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::{rescore, Assessment, Framework};
use crate::format::comparison::wording::{change_sentences, title_of};
use crate::i18n::messages::rescore::Rescore as Msg;
use crate::i18n::{t, tf};
use crate::state::catalogue::use_catalogue;
use crate::state::library::use_library;
use crate::state::route::{navigate, Page};
use crate::ui::words::with_slots;

#[component]
pub fn RescoreOffer(assessment: Signal<Assessment>, framework: Framework) -> impl IntoView {
    let catalogue = use_catalogue();
    let library = use_library();
    let newer = catalogue.with_value(|c| c.newer_version(&framework).cloned())?;
    let heading = tf(Msg::Heading, &[("version", &newer.version.to_string())]);
    let intro = tf(
        Msg::Intro,
        &[
            ("old", &framework.version.to_string()),
            ("title", &framework.title),
            ("new", &newer.version.to_string()),
        ],
    );
    let (open, set_open) = signal(false);
    let old = StoredValue::new(framework);
    let new = StoredValue::new(newer);
    let preview = move || {
        let a = assessment.get();
        let result = old.with_value(|o| new.with_value(|n| rescore(&a, o, n, clock::now())));
        match result {
            Err(_) => {
                let href = Page::Assessment(a.id.clone()).href();
                let sentence = with_slots(t(Msg::Final), move |_| {
                    view! { <a href=href.clone()>{t(Msg::OpenToReopen)}</a> }.into_any()
                });
                view! { <p>{sentence}</p> }.into_any()
            }
            Ok(r) => {
                let lines = old.with_value(|o| new.with_value(|n| change_sentences(&r.changes, o, n)));
                let dropped: Vec<String> =
                    old.with_value(|o| r.dropped.iter().map(|id| title_of(o, id)).collect());
                let copy = StoredValue::new(r.assessment);
                let save = move |_| {
                    let mut copy = copy.get_value();
                    copy.id = clock::new_id("a");
                    copy.revision = 1;
                    let id = library.insert(copy);
                    navigate(&Page::Results(id));
                };
                view! {
                    <h3>{t(Msg::WhatChanged)}</h3>
                    <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    <h3>{t(Msg::Dropped)}</h3>
                    {if dropped.is_empty() {
                        view! { <p>{t(Msg::NoneDropped)}</p> }.into_any()
                    } else {
                        view! { <ul>{dropped.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul> }.into_any()
                    }}
                    <button type="button" class="button" on:click=save>{t(Msg::RescoreCopy)}</button>
                }
                .into_any()
            }
        }
    };
    Some(view! {
        <section class="notice no-print" aria-labelledby="rescore-heading">
            <h2 id="rescore-heading">{heading}</h2>
            <p>{intro}</p>
            <button type="button" class="button button--secondary" aria-expanded=move || open.get().to_string()
                on:click=move |_| set_open.update(|o| *o = !*o)>{t(Msg::Offer)}</button>
            {move || open.get().then(preview)}
        </section>
    })
}
