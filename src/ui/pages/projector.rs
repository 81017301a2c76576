//! What the room sees: one criterion per screen in large, high-contrast type; the scores only once
//! revealed, under anonymous labels unless names are shown on purpose, beside the clauses the
//! assessors cited; the agreed score and its reason; the timer. Controlled from the keyboard or
//! from the presenter view.

use leptos::prelude::*;

use crate::domain::moderation::{Phase, Session};
use crate::domain::{Answer, Framework};
use crate::i18n::messages::moderation::Moderation as M;
use crate::i18n::messages::projector::Projector as P;
use crate::i18n::{t, tf};
use crate::state::route::Page;
use crate::state::workshop::use_workshop;
use crate::ui::components::cited::{cited_memos, CitedClauses};
use crate::ui::components::moderation::{
    answer_text, phase_label, scorer_label, spread_summary, use_room_keys, AgreeDraft, AgreeForm,
    TimerDisplay,
};

#[component]
pub fn Projector() -> impl IntoView {
    let workshop = use_workshop();
    let draft = use_room_keys();
    let running = Memo::new(move |_| workshop.session.with(Option::is_some));
    view! {
        {move || if running.get() {
            view! { <Screen draft=draft /> }.into_any()
        } else {
            view! {
                <h1 id="page-heading" tabindex="-1">{t(P::NoWorkshop)}</h1>
                <p class="projector__text">{t(P::StartOne)}</p>
                <p class="projector__text"><a href=Page::Workshop.href()>{t(P::GoToWorkshop)}</a></p>
            }.into_any()
        }}
    }
}

#[component]
fn Screen(draft: AgreeDraft) -> impl IntoView {
    let workshop = use_workshop();
    let framework = workshop.worded;
    // One memo for the four places that show it, so the order is worked out once per change.
    let heading = Memo::new(move |_| {
        workshop.with_current_worded(|s, f, id| {
            let (section, criterion) = f.criteria().find(|(_, c)| c.id == id)?;
            let (place, total) = s.position();
            Some((
                tf(
                    P::Where,
                    &[
                        ("place", &place.to_string()),
                        ("total", &total.to_string()),
                        ("section", &section.title),
                    ],
                ),
                criterion.title.clone(),
                criterion.question.clone(),
                s.moderation.phase(id),
            ))
        })
    });
    let heading = move || heading.get();
    let memos = cited_memos(workshop);
    let names = Signal::derive(move || workshop.session.with(|s| s.as_ref().is_some_and(|s| s.show_names)));
    // Names shown take two lines beside a clause where "cited by 2 of 3 assessors" takes one.
    let cited_on_screen =
        Signal::derive(move || if names.get() { CITED_WITH_NAMES } else { CITED_ON_SCREEN });
    view! {
        <div class="projector__bar">
            <p class="projector__where">{move || heading().map(|h| h.0)}</p>
            <p class="projector__phase">{move || heading().map(|h| phase_label(h.3))}</p>
            <TimerDisplay />
        </div>
        // Once revealed, the cited clauses take the right of the screen, beside the criterion and
        // its scores (style/projector.css); blind, the room column is all there is.
        <div class="projector__body">
            <div class="projector__room">
                <h1 id="page-heading" tabindex="-1" class="projector__title">{move || heading().map(|h| h.1)}</h1>
                <p class="projector__question">{move || heading().map(|h| h.2)}</p>
                {move || workshop.with_current_worded(|s, f, id| Some(scores(s, f, id)))}
                {move || framework.get().and_then(|f| draft.answer.get().is_some().then(|| view! { <AgreeForm draft=draft framework=f /> }))}
                {move || draft.error.get().filter(|_| draft.answer.get().is_none()).map(|e| view! { <p class="projector__notice" role="alert">{e}</p> })}
            </div>
            <CitedClauses workshop=workshop memos=memos names=names chars=CLAUSE_CHARS most=cited_on_screen />
        </div>
        <p class="projector__keys">{t(M::RoomKeys)}</p>
    }
}

/// How much of the cited clauses the room reads beside the criterion at 1080p: 480 characters
/// in all (four clauses of three lines fit), each clause between 80 and 220 (two to five lines).
const CLAUSE_CHARS: (usize, usize, usize) = (480, 80, 220);

/// How many cited items the projector shows, the most cited first; a sentence names the rest by
/// label. More would not fit one 1080p screen at the projector's type size: the presenter view
/// lists them all.
const CITED_ON_SCREEN: usize = 4;

/// The same with the assessors' names shown.
const CITED_WITH_NAMES: usize = 3;

/// Blind: how many have scored. Revealed: each score as a bar with its value in words, then the
/// spread. Agreed: the agreed score and its reason as well.
fn scores(s: &Session, f: &Framework, id: &str) -> AnyView {
    let m = &s.moderation;
    let phase = m.phase(id);
    if phase == Phase::Blind {
        let scored = m.answers(id).filter(Option::is_some).count();
        return view! {
            <p class="projector__text">
                {tf(P::Hidden, &[("scored", &scored.to_string()), ("total", &m.scorers.len().to_string())])}
            </p>
        }
        .into_any();
    }
    let rows = m
        .answers(id)
        .enumerate()
        .map(|(i, answer)| score_row(f, scorer_label(m, i, s.show_names), answer))
        .collect_view();
    let spread = m.spread(id);
    let summary = spread_summary(&spread);
    let split = (spread.not_applicable > 0 && spread.scored > 0)
        .then(|| format!(" {}", tf(P::SaidNotApplicable, &[("count", &spread.not_applicable.to_string())])));
    let agreed = m.item(id).agreed.map(|a| {
        view! {
            <div class="projector__agreed">
                <p><strong>{t(M::AgreedLabel)}" "</strong>{answer_text(f, &a.answer)}</p>
                <p>{a.rationale}</p>
            </div>
        }
    });
    view! {
        <table class=if s.show_names { "projector__scores" } else { "projector__scores projector__scores--anonymous" }>
            <caption class="visually-hidden">{t(P::ScoresCaption)}</caption>
            <thead><tr><th scope="col">{t(M::AssessorHeader)}</th><th scope="col">{t(M::ScoreHeader)}</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
        <p class="projector__text">{summary}{split}</p>
        {agreed}
    }
    .into_any()
}

fn score_row(f: &Framework, who: String, answer: Option<&Answer>) -> impl IntoView {
    let text = answer.map_or_else(|| t(M::NoScore).to_string(), |a| answer_text(f, a));
    // A class per level, not an inline style: the Content-Security-Policy allows no inline styles.
    let bar = answer.and_then(Answer::points).map(|p| {
        view! { <span class=format!("projector__bar-fill projector__bar-fill--{p}") aria-hidden="true"></span> }
    });
    view! {
        <tr>
            <th scope="row">{who}</th>
            <td><span class="projector__score-cell"><span class="projector__bar-track">{bar}</span><span class="projector__score">{text}</span></span></td>
        </tr>
    }
}
