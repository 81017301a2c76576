//! The facilitator's window: the criterion with its guidance, private notes, the timer, blind
//! scores typed in turn, the clauses the assessors cited and the evidence finder's clauses nobody
//! cited, and every control. The projector window follows it.

use leptos::prelude::*;

use crate::browser::screen;
use crate::domain::moderation::{Phase, ScoreSource, Session};
use crate::domain::{Answer, Framework, MAX_LEVEL};
use crate::i18n::messages::moderation::Moderation as M;
use crate::i18n::messages::presenter::Presenter as P;
use crate::i18n::{t, tf};
use crate::state::route::Page;
use crate::state::workshop::use_workshop;
use crate::ui::components::cited::{cited_memos, CitedClauses, CriterionFinder};
use crate::ui::components::moderation::{
    answer_text, current_criterion, phase_label, scorer_label, spread_summary, use_room_keys, AgreeChoices,
    AgreeDraft, AgreeForm, SortChoice, TimerDisplay, WorkshopProblem,
};
use crate::ui::words::with_slots;

#[component]
pub fn Presenter() -> impl IntoView {
    let workshop = use_workshop();
    let draft = use_room_keys();
    let running = Memo::new(move |_| workshop.session.with(Option::is_some));
    view! {
        <h1 id="page-heading" tabindex="-1">{t(P::Heading)}</h1>
        <WorkshopProblem />
        {move || if running.get() {
            view! { <Console draft=draft /> }.into_any()
        } else {
            let sentence = with_slots(t(P::NoWorkshop), |_| {
                view! { <a href=Page::Workshop.href()>{t(P::StartOne)}</a> }.into_any()
            });
            view! { <p>{sentence}</p> }.into_any()
        }}
    }
}

#[component]
fn Console(draft: AgreeDraft) -> impl IntoView {
    let workshop = use_workshop();
    let current = current_criterion(workshop);
    let framework = workshop.worded;
    let phase = move || workshop.with_current(|s, id| Some(s.moderation.phase(id))).unwrap_or_default();
    let position = move || workshop.session.with(|s| s.as_ref().map(Session::position).unwrap_or((0, 0)));
    let show_names = move || workshop.session.with(|s| s.as_ref().is_some_and(|s| s.show_names));
    let toggle_timer = move |_| {
        let now = screen::now_ms();
        workshop.update_current(|m, id| m.toggle_timer(id, now));
    };
    let reset_timer = move |_| workshop.update_current(|m, id| m.reset_timer(id));
    let reveal = move |_| workshop.update_current(|m, id| m.reveal(id));
    let reopen = move |_| workshop.update_current(|m, id| m.reopen(id));
    let go = move |delta: isize| {
        draft.close();
        workshop.update(|s| s.step(delta));
    };
    let memos = cited_memos(workshop);
    view! {
        <div class="presenter__controls">
            <p class="presenter__where" aria-live="polite">
                {move || {
                    let (place, total) = position();
                    let (place, total) = (place.to_string(), total.to_string());
                    tf(P::Where, &[("place", &place), ("total", &total), ("phase", phase_label(phase()))])
                }}
            </p>
            <div class="button-row" role="group" aria-label=t(P::MoveBetween)>
                <button type="button" class="button button--secondary" aria-keyshortcuts="ArrowLeft" on:click=move |_| go(-1)>{t(P::Previous)}</button>
                <button type="button" class="button button--secondary" aria-keyshortcuts="ArrowRight" on:click=move |_| go(1)>{t(P::Next)}</button>
            </div>
            <div class="presenter__timer">
                <TimerDisplay />
                <button type="button" class="button button--secondary" aria-keyshortcuts="T" on:click=toggle_timer>{t(P::StartOrPause)}</button>
                <button type="button" class="button button--secondary" on:click=reset_timer>{t(P::ResetTimer)}</button>
            </div>
            <p class="check">
                <input type="checkbox" id="show-names" prop:checked=show_names
                    on:change=move |ev| { let on = event_target_checked(&ev); workshop.update(|s| s.show_names = on); } />
                <label for="show-names">{t(P::ShowNames)}</label>
            </p>
            <SortChoice id="presenter-sort" />
        </div>
        <div class="presenter__body">
            <section class="presenter__criterion" aria-labelledby="criterion-heading">
                {move || workshop.with_current_worded(|_, f, id| criterion_text(f, id))}
            </section>
            <section aria-labelledby="scores-heading">
                <h2 id="scores-heading">{t(P::Scores)}</h2>
                {move || match phase() {
                    Phase::Blind => view! {
                        <BlindScores />
                        <button type="button" class="button" aria-keyshortcuts="R" on:click=reveal>{t(P::Reveal)}</button>
                    }.into_any(),
                    Phase::Revealed => view! {
                        <Revealed />
                        {move || framework.get().map(|f| view! { <AgreeChoices draft=draft framework=f /> })}
                    }.into_any(),
                    Phase::Agreed => view! {
                        <Revealed />
                        <button type="button" class="button button--secondary" on:click=reopen>{t(P::Reopen)}</button>
                    }.into_any(),
                }}
                {move || framework.get().and_then(|f| draft.answer.get().is_some().then(|| view! { <AgreeForm draft=draft framework=f /> }))}
                {move || draft.error.get().filter(|_| draft.answer.get().is_none()).map(|e| view! { <p class="banner banner--error" role="alert">{e}</p> })}
            </section>
            <CitedClauses workshop=workshop memos=memos names=true chars=(CLAUSE_CHARS * 4, 120, CLAUSE_CHARS)
                while_blind=t(P::CitedWhileBlind) />
            <CriterionFinder workshop=workshop memos=memos max_chars=CLAUSE_CHARS />
            <Notes current=current />
        </div>
        <p class="muted">{t(M::RoomKeys)}</p>
    }
}

/// How much of a clause the presenter view shows.
const CLAUSE_CHARS: usize = 280;

/// The criterion with everything the facilitator may want to read out: question, guidance, what
/// meets it and what falls short, and the level descriptors.
fn criterion_text(f: &Framework, id: &str) -> Option<impl IntoView> {
    let (section, c) = f.criteria().find(|(_, c)| c.id == id)?;
    let descriptors = (0..=MAX_LEVEL)
        .map(|level| view! { <li><strong>{answer_text(f, &Answer::Level { level })}</strong>": "{f.descriptor(c, level).to_string()}</li> })
        .collect_view();
    let critical = c.critical.then(|| view! { <p class="badge badge--critical">{t(P::Critical)}</p> });
    Some(view! {
        <p class="muted">{section.title.clone()}</p>
        <h2 id="criterion-heading">{c.title.clone()}</h2>
        {critical}
        <p class="lead">{c.question.clone()}</p>
        {(!c.guidance.is_empty()).then(|| view! { <p><strong>{t(P::Guidance)}" "</strong>{c.guidance.clone()}</p> })}
        {(!c.meets.is_empty()).then(|| view! { <p><strong>{t(P::MeetsIt)}" "</strong>{c.meets.clone()}</p> })}
        {(!c.falls_short.is_empty()).then(|| view! { <p><strong>{t(P::FallsShort)}" "</strong>{c.falls_short.clone()}</p> })}
        <h3>{t(P::Levels)}</h3>
        <ul>{descriptors}</ul>
    })
}

/// While blind: who has scored (never what), and a place for people scoring on this computer.
#[component]
fn BlindScores() -> impl IntoView {
    let workshop = use_workshop();
    move || {
        workshop.with_current_worded(|s, f, id| {
            let m = &s.moderation;
            let rows = m
                .scorers
                .iter()
                .enumerate()
                .map(|(i, scorer)| {
                    let has = scorer.responses.contains_key(id);
                    let who = scorer_label(m, i, true);
                    let state = with_slots(t(if has { P::HasScored } else { P::HasNotScored }), |_| {
                        view! { <strong>{who.clone()}</strong> }.into_any()
                    });
                    let typed = (scorer.source == ScoreSource::Typed)
                        .then(|| view! { <TypedScore scorer=i criterion=id.to_string() who=who.clone() framework=f.clone() /> });
                    view! { <li>{state}{typed}</li> }
                })
                .collect_view();
            Some(view! { <ul class="plain-list blind-list">{rows}</ul> })
        })
    }
}

/// A blind score typed in turn: the person picks their answer; only "has scored" shows.
#[component]
fn TypedScore(scorer: usize, criterion: String, who: String, framework: Framework) -> impl IntoView {
    let workshop = use_workshop();
    let select_id = format!("typed-{scorer}");
    let record = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let answer = match value.as_str() {
            "na" => Answer::NotApplicable { reason: "Given in the workshop".into() }, // not worded: kept in the data
            "ie" => Answer::InsufficientEvidence,
            digit => match digit.parse::<u8>() {
                Ok(level) => Answer::Level { level },
                Err(_) => return,
            },
        };
        let criterion = criterion.clone();
        workshop.update(move |s| {
            let _ = s.moderation.record_blind(scorer, &criterion, answer);
        });
    };
    let options = (0..=MAX_LEVEL)
        .map(|level| view! { <option value=level.to_string()>{answer_text(&framework, &Answer::Level { level })}</option> })
        .collect_view();
    view! {
        <span class="typed-score">
            <label for=select_id.clone()>{tf(P::ScoreFor, &[("who", &who)])}</label>
            <select id=select_id on:change=record>
                <option value="">{t(P::Choose)}</option>
                {options}
                <option value="na">{framework.scale.not_applicable_label.clone()}</option>
                <option value="ie">{framework.scale.insufficient_evidence_label.clone()}</option>
            </select>
        </span>
    }
}

/// After reveal: each person's answer with their own reason from their file, then the agreed one.
#[component]
fn Revealed() -> impl IntoView {
    let workshop = use_workshop();
    move || {
        workshop.with_current_worded(|s, f, id| {
            let m = &s.moderation;
            let rows = m
                .scorers
                .iter()
                .enumerate()
                .map(|(i, scorer)| {
                    let response = scorer.responses.get(id);
                    let answer = response.map_or_else(|| t(M::NoScore).to_string(), |r| answer_text(f, &r.answer));
                    let reason = response.map(|r| r.rationale.clone()).unwrap_or_default();
                    view! { <tr><th scope="row">{scorer_label(m, i, true)}</th><td>{answer}</td><td>{reason}</td></tr> }
                })
                .collect_view();
            let spread = m.spread(id);
            let summary = spread_summary(&spread);
            let agreed = m.item(id).agreed.map(|a| {
                view! { <p class="agreed"><strong>{t(M::AgreedLabel)}" "</strong>{answer_text(f, &a.answer)}" — "{a.rationale}</p> }
            });
            Some(view! {
                <table class="table">
                    <caption class="visually-hidden">{t(P::ScoresCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t(M::AssessorHeader)}</th>
                            <th scope="col">{t(M::ScoreHeader)}</th>
                            <th scope="col">{t(P::TheirReason)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
                <p>{summary}</p>
                {agreed}
            })
        })
    }
}

/// The facilitator's notes on the criterion on screen; never shown on the projector.
#[component]
fn Notes(current: Memo<Option<String>>) -> impl IntoView {
    let workshop = use_workshop();
    let text = move || {
        let id = current.get()?;
        workshop.session.with(|s| s.as_ref().map(|s| s.moderation.item(&id).notes))
    };
    let save = move |ev: leptos::ev::Event| {
        let Some(id) = current.get_untracked() else { return };
        let notes = event_target_value(&ev);
        workshop.update(move |s| s.moderation.set_notes(&id, &notes));
    };
    view! {
        <section aria-labelledby="notes-heading">
            <h2 id="notes-heading">{t(P::NotesHeading)}</h2>
            <label for="presenter-notes">{t(P::Notes)}</label>
            <textarea id="presenter-notes" rows="4" prop:value=text on:change=save></textarea>
        </section>
    }
}
