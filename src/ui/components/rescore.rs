//! "Re-score under the new version": offered on the results of an assessment whose framework has a
//! newer version in this browser. It lists what changed and which answers would be dropped before
//! anything is saved; Re-score then saves a re-scored copy and keeps the original as it was.

use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::numbers::shortest;
use crate::domain::{rescore, Assessment, Framework, FrameworkChanges};
use crate::state::catalogue::use_catalogue;
use crate::state::library::use_library;
use crate::state::route::{navigate, Page};

#[component]
pub fn RescoreOffer(assessment: Signal<Assessment>, framework: Framework) -> impl IntoView {
    let catalogue = use_catalogue();
    let library = use_library();
    let newer = catalogue.with_value(|c| c.newer_version(&framework).cloned())?;
    let heading = format!("Version {} of this framework is in this browser", newer.version);
    let intro = format!(
        "This assessment was scored under version {} of \u{201c}{}\u{201d}. Re-scoring carries its answers over to version {} by criterion, as a copy; this assessment stays as it is.",
        framework.version, framework.title, newer.version
    );
    let (open, set_open) = signal(false);
    let old = StoredValue::new(framework);
    let new = StoredValue::new(newer);
    let preview = move || {
        let a = assessment.get();
        let result = old.with_value(|o| new.with_value(|n| rescore(&a, o, n, clock::now())));
        match result {
            Err(_) => view! {
                <p>
                    "This assessment is final, so it cannot be re-scored. "
                    <a href=Page::Assessment(a.id.clone()).href()>"Open it and choose Reopen for editing"</a>
                    " first."
                </p>
            }
            .into_any(),
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
                    <h3>"What changed"</h3>
                    <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    <h3>"Answers that would be dropped"</h3>
                    {if dropped.is_empty() {
                        view! { <p>"None: every answered criterion is in the new version."</p> }.into_any()
                    } else {
                        view! { <ul>{dropped.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul> }.into_any()
                    }}
                    <button type="button" class="button" on:click=save>"Re-score as a copy"</button>
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
                on:click=move |_| set_open.update(|o| *o = !*o)>"Re-score under the new version"</button>
            {move || open.get().then(preview)}
        </section>
    })
}

fn title_of(framework: &Framework, id: &str) -> String {
    framework.criterion(id).map_or_else(|| id.to_string(), |c| format!("\u{201c}{}\u{201d}", c.title))
}

/// The change list in plain sentences, with criterion titles.
pub fn change_sentences(changes: &FrameworkChanges, old: &Framework, new: &Framework) -> Vec<String> {
    let section_of = |f: &Framework, id: &str| {
        f.criteria().find(|(_, c)| c.id == id).map(|(s, c)| (s.title.clone(), s.weight, c.weight, c.critical))
    };
    let mut out = Vec::new();
    for id in &changes.new {
        out.push(format!("New: {}.", title_of(new, id)));
    }
    for id in &changes.removed {
        out.push(format!("Removed: {}.", title_of(old, id)));
    }
    for id in &changes.reworded {
        out.push(format!("Reworded: {}.", title_of(new, id)));
    }
    for id in &changes.reweighted {
        let (Some(a), Some(b)) = (section_of(old, id), section_of(new, id)) else { continue };
        let mut parts = Vec::new();
        if a.2.to_bits() != b.2.to_bits() {
            parts.push(format!("weight {} \u{2192} {}", shortest(a.2), shortest(b.2)));
        }
        if a.1.to_bits() != b.1.to_bits() {
            parts.push(format!("section weight {} \u{2192} {}", shortest(a.1), shortest(b.1)));
        }
        if a.3 != b.3 {
            parts.push(if b.3 { "now critical".into() } else { "no longer critical".to_string() });
        }
        out.push(format!("Reweighted: {} ({}).", title_of(new, id), parts.join(", ")));
    }
    for id in &changes.moved {
        let (Some(a), Some(b)) = (section_of(old, id), section_of(new, id)) else { continue };
        out.push(format!(
            "Moved: {} from \u{201c}{}\u{201d} to \u{201c}{}\u{201d}.",
            title_of(new, id),
            a.0,
            b.0
        ));
    }
    // Sources and search terms change for many criteria at once: counted, not listed one by one.
    for (ids, what) in [(&changes.sources_changed, "Sources"), (&changes.terms_changed, "Search terms")] {
        match ids.len() {
            0 => {}
            1 => out.push(format!("{what} updated: {}.", title_of(new, &ids[0]))),
            n => out.push(format!("{what} updated for {n} criteria.")),
        }
    }
    for (changed, what) in [
        (changes.scale_changed, "The scale's labels or descriptors changed."),
        (changes.bands_changed, "The band thresholds changed."),
        (changes.timescale_changed, "The timescale rules changed."),
        (
            changes.timescale_criteria_changed,
            "Timescale findings are shown beside the criteria they are about, where the dates contradict an answer.",
        ),
        (changes.caps_changed, "How failed critical criteria cap the band changed."),
    ] {
        if changed {
            out.push(what.into());
        }
    }
    if out.is_empty() {
        out.push("No criterion changed; only titles of the framework or its sections differ.".into());
    }
    out
}
