//! Pieces shared by the workshop, presenter and projector views: the comparison grid, the spread,
//! the agree form, the timer, and the keyboard controls.

use leptos::prelude::*;

use crate::browser::{location, screen};
use crate::domain::moderation::{
    anonymous_letter, format_duration, Moderation, Phase, PhaseError, Session, Sort, Spread,
};
use crate::domain::{Answer, Framework, MAX_LEVEL};
use crate::i18n::messages::merge::recorded_scorer;
use crate::i18n::messages::moderation::Moderation as M;
use crate::i18n::messages::workshop::participant_label;
use crate::i18n::{t, tf};
use crate::state::route::{navigate, Page};
use crate::state::workshop::{use_workshop, Workshop};

/// "3 Good", "Not applicable", "Insufficient evidence": an answer in the framework's words.
pub fn answer_text(framework: &Framework, answer: &Answer) -> String {
    match answer {
        Answer::Level { level } => format!("{level} {}", framework.level_label(*level)),
        Answer::NotApplicable { .. } => framework.scale.not_applicable_label.clone(),
        Answer::InsufficientEvidence => framework.scale.insufficient_evidence_label.clone(),
    }
}

/// The scorer's name, or "Assessor B" in the reader's language when names are hidden or blank.
pub fn scorer_label(m: &Moderation, index: usize, show_names: bool) -> String {
    match m.scorer_name(index, show_names) {
        Some(name) => name.to_string(),
        None => tf(M::Assessor, &[("letter", &anonymous_letter(index))]),
    }
}

pub fn phase_label(phase: Phase) -> &'static str {
    t(match phase {
        Phase::Blind => M::PhaseBlind,
        Phase::Revealed => M::PhaseRevealed,
        Phase::Agreed => M::PhaseAgreed,
    })
}

/// "Lowest 1, highest 3, range 2.", or that no one gave a level.
pub fn spread_summary(spread: &Spread) -> String {
    match (spread.lowest, spread.highest) {
        (Some(low), Some(high)) => tf(
            M::Spread,
            &[
                ("lowest", &low.to_string()),
                ("highest", &high.to_string()),
                ("range", &(high - low).to_string()),
            ],
        ),
        _ => t(M::NoLevel).to_string(),
    }
}

/// Why the room cannot do that yet, in the reader's language.
pub fn phase_error(error: PhaseError) -> &'static str {
    t(match error {
        PhaseError::NotRevealed => M::NotRevealed,
        PhaseError::NoRationale => M::NoRationale,
        PhaseError::AlreadyRevealed => M::AlreadyRevealed,
        PhaseError::NoSuchScorer => M::NoSuchScorer,
        PhaseError::FromFile => M::FromFile,
    })
}

#[component]
pub fn WorkshopProblem() -> impl IntoView {
    let workshop = use_workshop();
    move || workshop.problem.get().map(|p| view! { <p class="banner banner--error" role="alert">{p}</p> })
}

/// Framework order, or the widest disagreement first.
#[component]
pub fn SortChoice(id: &'static str) -> impl IntoView {
    let workshop = use_workshop();
    let value = move || workshop.session.with(|s| s.as_ref().map(|s| s.sort).unwrap_or_default());
    let change = move |ev: leptos::ev::Event| {
        let sort =
            if event_target_value(&ev) == "disagreement" { Sort::Disagreement } else { Sort::Framework };
        workshop.update(|s| s.sort = sort);
    };
    view! {
        <p class="inline-field">
            <label for=id>{t(M::OrderOfCriteria)}</label>
            <select id=id on:change=change>
                <option value="framework" selected=move || value() == Sort::Framework>{t(M::FrameworkOrder)}</option>
                <option value="disagreement" selected=move || value() == Sort::Disagreement>{t(M::MostDisagreementFirst)}</option>
            </select>
        </p>
    }
}

/// How many criteria the comparison draws in the workshop's first paint: more than a screen. The
/// rest follow at once after that paint. Fifty people by a hundred criteria are 5,600 cells, and
/// drawing and laying them all out before showing anything took most of a merge's time.
pub const FIRST_ROWS: usize = 25;

/// How many of `total` rows to draw: the first [`FIRST_ROWS`], or all of them.
pub fn rows_to_draw(total: usize, all: bool) -> usize {
    if all {
        total
    } else {
        total.min(FIRST_ROWS)
    }
}

/// Criteria by assessors: each cell the answer (hidden while blind), then lowest, highest and range,
/// the range shaded as a heatmap, and the agreed answer.
#[component]
pub fn Comparison() -> impl IntoView {
    let workshop = use_workshop();
    let all = RwSignal::new(false);
    screen::after_paint(Box::new(move || {
        let _ = all.try_set(true);
    }));
    move || {
        let all = all.get();
        workshop
            .worded
            .with(|f| workshop.session.with(|s| Some(comparison_table(s.as_ref()?, f.as_ref()?, all))))
    }
}

fn comparison_table(s: &Session, f: &Framework, all: bool) -> impl IntoView {
    let m = &s.moderation;
    let heads = (0..m.scorers.len())
        .map(|i| view! { <th scope="col">{scorer_label(m, i, s.show_names)}</th> })
        .collect_view();
    let order = s.order();
    let shown = rows_to_draw(order.len(), all);
    let rows = order
        .into_iter()
        .take(shown)
        .filter_map(|id| f.criterion(&id).map(|c| (id.clone(), c.title.clone())))
        .map(|(id, title)| comparison_row(s, &id, title))
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t(M::ScoresSideBySide)>
            <table class="table comparison">
                <caption class="visually-hidden">{t(M::ComparisonCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(M::Criterion)}</th>
                        <th scope="col">{t(M::Phase)}</th>
                        {heads}
                        <th scope="col">{t(M::Lowest)}</th>
                        <th scope="col">{t(M::Highest)}</th>
                        <th scope="col">{t(M::Range)}</th>
                        <th scope="col">{t(M::Agreed)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn comparison_row(s: &Session, id: &str, title: String) -> impl IntoView {
    let m = &s.moderation;
    let phase = m.phase(id);
    let hidden = phase == Phase::Blind;
    let cells = m
        .answers(id)
        .map(|answer| {
            let text = match (hidden, answer) {
                (_, None) => "—".to_string(),
                (true, Some(_)) => t(M::Hidden).to_string(),
                (false, Some(a)) => a.short().to_string(),
            };
            let class = match (hidden, answer.and_then(Answer::points)) {
                (true, _) => "cell-hidden".to_string(),
                (false, Some(p)) => format!("cell-level cell-level--{p}"),
                (false, None) => "cell-level".to_string(),
            };
            view! { <td class=class>{text}</td> }
        })
        .collect_view();
    let spread = m.spread(id);
    let shown = |v: Option<u8>| {
        if hidden {
            t(M::Hidden).to_string()
        } else {
            v.map_or("—".into(), |v| v.to_string())
        }
    };
    let heat = if hidden { "heat".to_string() } else { format!("heat heat--{}", spread.disagreement()) };
    let range = if hidden {
        t(M::Hidden).to_string()
    } else if spread.not_applicable > 0 && spread.scored > 0 {
        tf(M::RangeNotApplicableSplit, &[("range", &spread.range().unwrap_or(0).to_string())])
    } else {
        spread.range().map_or("—".into(), |r| r.to_string())
    };
    let agreed = m.item(id).agreed.map_or("—".to_string(), |a| a.answer.short().to_string());
    let go_id = id.to_string();
    let workshop = use_workshop();
    view! {
        <tr>
            <th scope="row">
                <button type="button" class="link-button" on:click=move |_| {
                    let id = go_id.clone();
                    workshop.update(move |s| s.current = Some(id));
                    navigate(&Page::Presenter);
                }>{title}</button>
            </th>
            <td>{phase_label(phase)}</td>
            {cells}
            <td>{shown(spread.lowest)}</td>
            <td>{shown(spread.highest)}</td>
            <td class=heat>{range}</td>
            <td>{agreed}</td>
        </tr>
    }
}

/// The criterion on screen, from the session; None when there is no workshop.
pub fn current_criterion(workshop: Workshop) -> Memo<Option<String>> {
    Memo::new(move |_| workshop.session.with(|s| s.as_ref().and_then(Session::current_id)))
}

/// "4:05" and whether it runs, for the current criterion.
#[component]
pub fn TimerDisplay() -> impl IntoView {
    let workshop = use_workshop();
    let text = move || {
        let now = workshop.now_ms.get();
        workshop.with_current(|s, id| {
            let timer = s.moderation.item(id).timer;
            Some((format_duration(timer.elapsed(now)), timer.is_running()))
        })
    };
    view! {
        <p class="timer" aria-label=t(M::TimeOnCriterion)>
            <span class="timer__time">{move || text().map(|t| t.0).unwrap_or_else(|| "0:00".into())}</span>
            <span class="timer__state">" "{move || t(if text().is_some_and(|t| t.1) { M::TimerRunning } else { M::TimerPaused })}</span>
        </p>
    }
}

/// Whether the agree form is open, and for which answer: shared by the keyboard and the buttons.
#[derive(Clone, Copy)]
pub struct AgreeDraft {
    pub answer: RwSignal<Option<Answer>>,
    pub rationale: RwSignal<String>,
    pub error: RwSignal<Option<String>>,
}

impl AgreeDraft {
    pub fn new() -> Self {
        Self {
            answer: RwSignal::new(None),
            rationale: RwSignal::new(String::new()),
            error: RwSignal::new(None),
        }
    }

    pub fn open(&self, answer: Answer) {
        self.answer.set(Some(answer));
        self.error.set(None);
        request_focus("agree-rationale");
    }

    pub fn close(&self) {
        self.answer.set(None);
        self.rationale.set(String::new());
        self.error.set(None);
    }

    /// Records the agreed answer; a missing reason or a blind criterion is said, not swallowed.
    pub fn submit(&self, workshop: Workshop) {
        let Some(answer) = self.answer.get_untracked() else { return };
        let rationale = self.rationale.get_untracked();
        let mut outcome = Ok(());
        workshop.update_current(|m, id| outcome = m.agree(id, answer, &rationale));
        match outcome {
            Ok(()) => self.close(),
            Err(error) => {
                self.error.set(Some(phase_error(error).to_string()));
                request_focus("agree-rationale");
            }
        }
    }
}

impl Default for AgreeDraft {
    fn default() -> Self {
        Self::new()
    }
}

/// Moves focus once the element exists (after the view that holds it has rendered).
fn request_focus(id: &'static str) {
    request_animation_frame(move || location::focus_element(id));
}

/// The form that records the agreed answer: the answer chosen, and the reason (required).
#[component]
pub fn AgreeForm(draft: AgreeDraft, framework: Framework) -> impl IntoView {
    let workshop = use_workshop();
    let label = {
        let framework = framework.clone();
        move || draft.answer.get().map(|a| answer_text(&framework, &a)).unwrap_or_default()
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        draft.submit(workshop);
    };
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == ENTER && (ev.ctrl_key() || ev.meta_key()) {
            ev.prevent_default();
            draft.submit(workshop);
        }
    };
    view! {
        <form class="agree-form" on:submit=submit aria-labelledby="agree-heading">
            <h2 id="agree-heading">{move || tf(M::AgreeOn, &[("answer", &label())])}</h2>
            <label for="agree-rationale">{t(M::Reason)}</label>
            <textarea id="agree-rationale" rows="3" prop:value=move || draft.rationale.get()
                aria-describedby="agree-hint agree-error"
                aria-invalid=move || draft.error.get().is_some().then_some("true")
                on:input=move |ev| draft.rationale.set(event_target_value(&ev)) on:keydown=keys></textarea>
            <p class="hint" id="agree-hint">{t(M::ReasonHint)}</p>
            <p class="field-error" id="agree-error">{move || draft.error.get()}</p>
            <div class="button-row">
                <button type="submit" class="button">{t(M::RecordAgreed)}</button>
                <button type="button" class="button button--secondary" on:click=move |_| draft.close()>{t(M::Cancel)}</button>
            </div>
        </form>
    }
}

/// Buttons for every answer on the scale, each opening the agree form with it.
#[component]
pub fn AgreeChoices(draft: AgreeDraft, framework: Framework) -> impl IntoView {
    let levels = (0..=MAX_LEVEL)
        .map(|level| {
            let text = answer_text(&framework, &Answer::Level { level });
            view! {
                <button type="button" class="button button--secondary" aria-keyshortcuts=level.to_string()
                    on:click=move |_| draft.open(Answer::Level { level })>{text}</button>
            }
        })
        .collect_view();
    let na = framework.scale.not_applicable_label.clone();
    let ie = framework.scale.insufficient_evidence_label.clone();
    view! {
        <div class="button-row agree-choices" role="group" aria-label=t(M::AgreeAScore)>
            {levels}
            <button type="button" class="button button--secondary"
                on:click=move |_| draft.open(Answer::NotApplicable { reason: String::new() })>{na}</button>
            <button type="button" class="button button--secondary"
                on:click=move |_| draft.open(Answer::InsufficientEvidence)>{ie}</button>
        </div>
    }
}

/// Listens for the room's keys while the calling view is on screen; returns the agree draft they
/// share with the view's buttons.
pub fn use_room_keys() -> AgreeDraft {
    let workshop = use_workshop();
    let draft = AgreeDraft::new();
    let keys = window_event_listener(leptos::ev::keydown, move |ev| room_keys(workshop, draft, &ev));
    on_cleanup(move || keys.remove());
    draft
}

// Key names as the browser gives them (`KeyboardEvent.key`), the same in every language.
const ENTER: &str = "Enter"; // not worded: a key name
const ESCAPE: &str = "Escape"; // not worded: a key name
const ARROW_RIGHT: &str = "ArrowRight"; // not worded: a key name
const ARROW_LEFT: &str = "ArrowLeft"; // not worded: a key name
const PAGE_DOWN: &str = "PageDown"; // not worded: a key name
const PAGE_UP: &str = "PageUp"; // not worded: a key name
const KEY_R: &str = "R"; // not worded: a key name
const KEY_T: &str = "T"; // not worded: a key name
const KEY_N: &str = "N"; // not worded: a key name
const KEY_F: &str = "F"; // not worded: a key name

/// True when the key went to a text box, where letters and digits are typing, not commands.
fn typing(ev: &leptos::ev::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    let Some(target) = ev.target() else { return false };
    let Ok(element) = target.dyn_into::<web_sys::Element>() else { return false };
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") // not worded: tag names
}

/// The room's keys, the same in the projector and presenter views: arrows move, R reveals, digits
/// open the agree form, T starts or stops the timer, N shows or hides names, F is full screen, Esc
/// closes the form or leaves.
fn room_keys(workshop: Workshop, draft: AgreeDraft, ev: &leptos::ev::KeyboardEvent) {
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    let key = ev.key();
    if key == ESCAPE {
        if draft.answer.get_untracked().is_some() {
            draft.close();
        } else {
            screen::leave_fullscreen();
            navigate(&Page::Workshop);
        }
        ev.prevent_default();
        return;
    }
    if typing(ev) {
        return;
    }
    let current = workshop.session.with_untracked(|s| s.as_ref().and_then(Session::current_id));
    let Some(id) = current else { return };
    let handled = match key.as_str() {
        ARROW_RIGHT | PAGE_DOWN => step(workshop, draft, 1),
        ARROW_LEFT | PAGE_UP => step(workshop, draft, -1),
        "r" | KEY_R => {
            workshop.update_current(|m, id| m.reveal(id));
            true
        }
        "t" | KEY_T => {
            let now = screen::now_ms();
            workshop.update_current(|m, id| m.toggle_timer(id, now));
            true
        }
        "n" | KEY_N => {
            workshop.update(|s| s.show_names = !s.show_names);
            true
        }
        "f" | KEY_F => {
            screen::toggle_fullscreen();
            true
        }
        "0" | "1" | "2" | "3" | "4" => {
            let revealed = workshop
                .session
                .with_untracked(|s| s.as_ref().is_some_and(|s| s.moderation.phase(&id) != Phase::Blind));
            if revealed {
                draft.open(Answer::Level { level: key.parse().unwrap_or(0) });
            } else {
                draft.error.set(Some(phase_error(PhaseError::NotRevealed).to_string()));
            }
            true
        }
        _ => false,
    };
    if handled {
        ev.prevent_default();
    }
}

fn step(workshop: Workshop, draft: AgreeDraft, delta: isize) -> bool {
    draft.close();
    workshop.update(|s| s.step(delta));
    true
}

/// On the results of an agreed assessment: who took part, and each agreed answer beside what each
/// person scored, so a reader sees how far apart people were before they agreed.
#[component]
pub fn WorkshopRecord(
    provenance: crate::domain::moderation::Provenance,
    framework: Framework,
    assessment: Signal<crate::domain::Assessment>,
) -> impl IntoView {
    let present = provenance.participants.iter().map(participant_label).collect::<Vec<_>>().join("; ");
    let heads = (0..provenance.scorers.len())
        .map(|i| view! { <th scope="col">{recorded_scorer(&provenance, i)}</th> })
        .collect_view();
    let rows = move || {
        assessment.with(|a| {
            framework
                .criteria()
                .map(|(_, c)| {
                    let agreed = a.responses.get(&c.id).map_or("—", |r| r.answer.short());
                    let individual = provenance.individual.get(&c.id).cloned().unwrap_or_default();
                    let cells = (0..provenance.scorers.len())
                        .map(|i| {
                            let text = individual.get(i).and_then(Option::as_ref).map_or("—", Answer::short);
                            view! { <td>{text}</td> }
                        })
                        .collect_view();
                    view! { <tr><th scope="row">{c.title.clone()}</th><td><strong>{agreed}</strong></td>{cells}</tr> }
                })
                .collect_view()
        })
    };
    view! {
        <section class="workshop-record" aria-labelledby="workshop-record-heading">
            <h2 id="workshop-record-heading">{t(M::RecordHeading)}</h2>
            {(!present.is_empty()).then(|| view! { <p><strong>{t(M::PerspectivesPresent)}" "</strong>{present}</p> })}
            <p class="muted">{t(M::RecordKey)}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t(M::RecordRegion)>
                <table class="table comparison">
                    <caption class="visually-hidden">{t(M::RecordCaption)}</caption>
                    <thead><tr><th scope="col">{t(M::Criterion)}</th><th scope="col">{t(M::Agreed)}</th>{heads}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::{rows_to_draw, FIRST_ROWS};

    #[test]
    fn the_first_rows_then_all() {
        assert_eq!(rows_to_draw(100, false), FIRST_ROWS);
        assert_eq!(rows_to_draw(100, true), 100);
        assert_eq!(rows_to_draw(FIRST_ROWS - 1, false), FIRST_ROWS - 1);
        assert_eq!(rows_to_draw(0, false), 0);
    }
}
