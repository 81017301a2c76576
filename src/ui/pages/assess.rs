//! The scoring page: one criterion at a time or all as a list, with keyboard shortcuts.

use leptos::prelude::*;

use crate::ui::pages::not_found::MissingAssessment;

use crate::browser::location;
use crate::domain::chart_geometry::format_percent;
use crate::domain::{
    contradictions, results, Answer, Assessment, Criterion, EditError, Evidence, Framework, MAX_LEVEL,
};
use crate::format::report::wording::{contradiction_sentence, insufficient_short};
use crate::i18n::messages::scoring::{Scoring as Msg, Shortcuts as Keys};
use crate::i18n::messages::shell::Shell;
use crate::i18n::{t, tf};
use crate::state::catalogue::use_catalogue;
use crate::state::library::{use_library, Library};
use crate::state::prefs;
use crate::state::route::Page;
use crate::ui::components::document_pane::DocumentPane;
use crate::ui::pages::library::display_title;
use crate::ui::words::with_slots;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    OneByOne,
    List,
}

/// The criteria in framework order, as (section title, criterion).
type Order = StoredValue<Vec<(String, Criterion)>>;

/// Everything the scoring components share, passed by value (all fields are Copy).
#[derive(Clone, Copy)]
struct Scoring {
    id: StoredValue<String>,
    framework: StoredValue<Framework>,
    order: Order,
    assessment: Memo<Option<Assessment>>,
    current: RwSignal<usize>,
    /// Not applicable was chosen but its reason is not typed yet.
    pending_na: RwSignal<Option<String>>,
    error: RwSignal<Option<String>>,
    library: Library,
    /// The specification is shown beside the criterion: it is then how clauses are cited.
    document_open: RwSignal<bool>,
}

impl Scoring {
    fn criterion(&self) -> Option<Criterion> {
        let index = self.current.get();
        self.order.with_value(|o| o.get(index).map(|(_, c)| c.clone()))
    }

    fn len(&self) -> usize {
        self.order.with_value(Vec::len)
    }

    fn is_final(&self) -> bool {
        self.assessment.with(|a| a.as_ref().is_some_and(Assessment::is_final))
    }

    fn answer_of(&self, criterion_id: &str) -> Option<Answer> {
        self.assessment
            .with(|a| a.as_ref().and_then(|a| a.responses.get(criterion_id).map(|r| r.answer.clone())))
    }

    fn edit(
        &self,
        change: impl FnOnce(&mut Assessment, &Framework, chrono::DateTime<chrono::Utc>) -> Result<(), EditError>,
    ) {
        let id = self.id.get_value();
        let framework = self.framework.get_value();
        let result = self.library.edit(&id, |a, now| change(a, &framework, now));
        self.error.set(result.err().map(|e| e.to_string()));
    }

    fn set_answer(&self, criterion_id: &str, answer: Answer) {
        if !matches!(answer, Answer::NotApplicable { .. }) {
            self.pending_na.set(None);
        }
        let cid = criterion_id.to_string();
        self.edit(move |a, f, now| a.answer(f, &cid, answer, now));
    }

    fn choose_not_applicable(&self, criterion_id: &str) {
        if self.is_final() {
            self.error.set(Some(EditError::Final.to_string()));
            return;
        }
        self.pending_na.set(Some(criterion_id.to_string()));
        // The reason field renders on the next tick; focus it once it is there.
        request_animation_frame(|| location::focus_element("na-reason"));
    }

    fn go(&self, index: usize) {
        if index < self.len() {
            self.pending_na.set(None);
            self.error.set(None);
            self.current.set(index);
        }
    }

    fn next_unanswered(&self) -> Option<usize> {
        let start = self.current.get_untracked();
        let len = self.len();
        (1..=len).map(|step| (start + step) % len).find(|&i| {
            let id = self.order.with_value(|o| o.get(i).map(|(_, c)| c.id.clone())).unwrap_or_default();
            self.assessment.with_untracked(|a| a.as_ref().is_some_and(|a| !a.responses.contains_key(&id)))
        })
    }
}

#[component]
pub fn AssessPage(id: String) -> impl IntoView {
    let library = use_library();
    let catalogue = use_catalogue();
    let assessment = library.get(id.clone());
    let framework = assessment.get_untracked().and_then(|a| {
        catalogue.with_value(|c| c.for_assessment(&a.framework).map(|f| crate::i18n::worded(f).into_owned()))
    });
    match (assessment.get_untracked(), framework) {
        (Some(_), Some(framework)) => view! { <ScoringView id=id framework=framework assessment=assessment /> }.into_any(),
        (Some(a), None) => view! {
            <h1 id="page-heading" tabindex="-1">{display_title(&a)}</h1>
            <p class="banner banner--error">
                {tf(Msg::FrameworkMissing, &[("framework", &a.framework.id), ("version", &a.framework.version.to_string())])}
            </p>
        }
        .into_any(),
        (None, _) => MissingAssessment().into_any(),
    }
}

#[component]
fn ScoringView(id: String, framework: Framework, assessment: Memo<Option<Assessment>>) -> impl IntoView {
    let order: Vec<(String, Criterion)> =
        framework.criteria().map(|(s, c)| (s.title.clone(), c.clone())).collect();
    let saved = prefs::load();
    let document_open = RwSignal::new(saved.document_open);
    let scoring = Scoring {
        id: StoredValue::new(id.clone()),
        framework: StoredValue::new(framework),
        order: StoredValue::new(order),
        assessment,
        current: RwSignal::new(0),
        pending_na: RwSignal::new(None),
        error: RwSignal::new(None),
        library: use_library(),
        document_open,
    };
    let mode = RwSignal::new(if saved.scoring_as_list { Mode::List } else { Mode::OneByOne });
    // On a narrow screen the criterion and the specification take turns: true shows the latter.
    let narrow_document = RwSignal::new(false);
    Effect::new(move |_| {
        let (as_list, open) = (mode.get() == Mode::List, document_open.get());
        prefs::update(|p| {
            p.scoring_as_list = as_list;
            p.document_open = open;
        });
    });
    let shortcuts = window_event_listener(leptos::ev::keydown, move |ev| {
        if mode.get_untracked() == Mode::OneByOne {
            handle_shortcut(scoring, &ev);
        }
    });
    on_cleanup(move || shortcuts.remove());
    let title = move || assessment.with(|a| a.as_ref().map(display_title).unwrap_or_default());

    view! {
        <p class="breadcrumb"><a href="#/">{t(Shell::NavAssessments)}</a></p>
        <div class="page-head">
            <h1 id="page-heading" tabindex="-1">{title}</h1>
            <a class="button button--secondary" href=Page::Results(id.clone()).href()>{t(Msg::ResultsLink)}</a>
        </div>
        <StatusBar scoring=scoring />
        <FinalBanner scoring=scoring />
        <div class="scoring-controls">
        <div class="mode-switch" role="group" aria-label=t(Msg::ShowCriteria)>
            <button type="button" class="toggle" aria-pressed=move || (mode.get() == Mode::OneByOne).to_string()
                on:click=move |_| mode.set(Mode::OneByOne)>{t(Msg::OneAtATime)}</button>
            <button type="button" class="toggle" aria-pressed=move || (mode.get() == Mode::List).to_string()
                on:click=move |_| mode.set(Mode::List)>{t(Msg::AsAList)}</button>
        </div>
        <button type="button" class="toggle toggle--single" aria-pressed=move || document_open.get().to_string()
            on:click=move |_| { document_open.update(|o| *o = !*o); narrow_document.set(true); mode.set(Mode::OneByOne); }>{t(Msg::ShowSpecification)}</button>
        </div>
        {move || scoring.error.get().map(|e| view! { <p class="banner banner--error" role="alert">{e}</p> })}
        {move || match mode.get() {
            // With the specification beside it, the criteria list gives way to the document
            // (J, K and U still move between criteria).
            Mode::OneByOne => {
                let open = document_open.get();
                view! {
                    <div class="scoring" class:scoring--document=open
                        data-narrow=move || if narrow_document.get() { "specification" } else { "criterion" }>
                        {open.then(|| view! { <NarrowSwitch narrow_document=narrow_document /> })}
                        {(!open).then(|| view! { <CriteriaNav scoring=scoring /> })}
                        <CriterionPanel scoring=scoring />
                        {open.then(|| view! { <ScoringDocument scoring=scoring reveal=Callback::new(move |_| narrow_document.set(true)) /> })}
                    </div>
                    <Shortcuts />
                }.into_any()
            }
            Mode::List => view! { <CriteriaList scoring=scoring on_open=move |i| { scoring.go(i); mode.set(Mode::OneByOne); } /> }.into_any(),
        }}
    }
}

fn handle_shortcut(scoring: Scoring, ev: &leptos::ev::KeyboardEvent) {
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    if typing_in_a_field(ev) {
        // Escape leaves the text box, so the shortcuts work again without reaching for the mouse.
        let escape = ev.key() == "Escape"; // not worded: a key's name
        if escape {
            location::focus_element("criterion-title");
        }
        return;
    }
    let key = ev.key();
    let on_radio = target_is_radio(ev);
    let Some(criterion) = scoring.criterion() else { return };
    let handled = match key.as_str() {
        "0" | "1" | "2" | "3" | "4" => {
            let level = key.parse::<u8>().unwrap_or(0).min(MAX_LEVEL);
            scoring.set_answer(&criterion.id, Answer::Level { level });
            true
        }
        "n" | "N" => done(|| scoring.choose_not_applicable(&criterion.id)), // not worded: a key's name
        "i" | "I" => done(|| scoring.set_answer(&criterion.id, Answer::InsufficientEvidence)), // not worded: a key's name
        // On a radio button the arrows move between answers, as users of radio groups expect.
        "ArrowRight" if !on_radio => step(scoring, 1), // not worded: a key's name
        "ArrowLeft" if !on_radio => step(scoring, -1), // not worded: a key's name
        "j" | "J" => step(scoring, 1),                 // not worded: a key's name
        "k" | "K" => step(scoring, -1),                // not worded: a key's name
        "u" | "U" => done(|| scoring.next_unanswered().into_iter().for_each(|i| scoring.go(i))), // not worded: a key's name
        _ => false,
    };
    if handled {
        ev.prevent_default();
    }
}

/// Does what a key asks; the key is then handled.
fn done(action: impl FnOnce()) -> bool {
    action();
    true
}

fn step(scoring: Scoring, by: isize) -> bool {
    let next = scoring.current.get_untracked().checked_add_signed(by);
    if let Some(next) = next {
        scoring.go(next);
    }
    true
}

fn target_element(ev: &leptos::ev::KeyboardEvent) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok())
}

fn target_is_radio(ev: &leptos::ev::KeyboardEvent) -> bool {
    target_element(ev).is_some_and(|e| e.get_attribute("type").as_deref() == Some("radio"))
}

/// Letters typed into a text box are text, not shortcuts.
pub(crate) fn typing_in_a_field(ev: &leptos::ev::KeyboardEvent) -> bool {
    let Some(element) = target_element(ev) else { return false };
    match element.tag_name().to_ascii_lowercase().as_str() {
        "textarea" | "select" => true,
        "input" => !matches!(element.get_attribute("type").as_deref(), Some("radio" | "checkbox" | "button")),
        _ => element.get_attribute("contenteditable").is_some(),
    }
}

#[component]
fn StatusBar(scoring: Scoring) -> impl IntoView {
    let summary = Memo::new(move |_| {
        scoring
            .assessment
            .with(|a| a.as_ref().map(|a| scoring.framework.with_value(|f| results(f, &a.responses))))
    });
    let progress = move || {
        summary.with(|r| {
            r.as_ref().map(|r| {
                let c = &r.coverage;
                tf(Msg::Progress, &[("done", &c.answered.to_string()), ("total", &c.applicable.to_string())])
            })
        })
    };
    let live = move || {
        summary.with(|r| {
            r.as_ref().map(|r| match (r.overall, r.band) {
                (Some(overall), Some(band)) => {
                    let message = if r.provisional { Msg::OverallProvisional } else { Msg::Overall };
                    tf(
                        message,
                        &[("percent", &format_percent(overall)), ("band", crate::i18n::words::band(band))],
                    )
                }
                _ => t(Msg::NoScoreYet).to_string(),
            })
        })
    };
    let value = move || summary.with(|r| r.as_ref().map_or(0, |r| r.coverage.answered));
    let max = move || summary.with(|r| r.as_ref().map_or(1, |r| r.coverage.applicable.max(1)));
    view! {
        <div class="status-bar">
            <div class="status-bar__progress">
                <p id="progress-label">{progress}</p>
                <progress aria-labelledby="progress-label" value=value max=max></progress>
            </div>
            <p class="status-bar__live" aria-live="polite">{live}</p>
            <FinaliseButton scoring=scoring />
        </div>
    }
}

#[component]
fn FinaliseButton(scoring: Scoring) -> impl IntoView {
    let toggle = move |_| {
        let final_now = scoring.is_final();
        scoring.edit(move |a, _, now| {
            if final_now {
                a.reopen(now)
            } else {
                a.finalise(now)
            }
            Ok(())
        });
    };
    view! {
        <button type="button" class="button" on:click=toggle>
            {move || if scoring.is_final() { t(Msg::Reopen) } else { t(Msg::MarkFinal) }}
        </button>
    }
}

#[component]
fn FinalBanner(scoring: Scoring) -> impl IntoView {
    move || {
        scoring.is_final().then(|| {
            view! {
                <p class="banner banner--info" role="status">
                    <strong>{t(Msg::IsFinal)}</strong>
                    " "
                    {t(Msg::IsLocked)}
                </p>
            }
        })
    }
}

#[component]
fn CriteriaNav(scoring: Scoring) -> impl IntoView {
    let items = move || {
        scoring.order.with_value(|order| {
            order
                .iter()
                .enumerate()
                .map(|(i, (_, c))| {
                    let cid = c.id.clone();
                    let title = c.title.clone();
                    let state = move || answer_short(scoring.answer_of(&cid).as_ref());
                    view! {
                        <li>
                            <button type="button" class="nav-criterion"
                                aria-current=move || (scoring.current.get() == i).then_some("step")
                                on:click=move |_| scoring.go(i)>
                                <span class="nav-criterion__state">{state}</span>
                                <span>{title}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <nav class="criteria-nav" aria-label=t(Msg::CriteriaNav)>
            <ol>{items}</ol>
        </nav>
    }
}

fn answer_short(answer: Option<&Answer>) -> String {
    match answer {
        None => "–".into(),
        Some(Answer::Level { level }) => level.to_string(),
        Some(Answer::NotApplicable { .. }) => t(Msg::NotApplicableShort).into(),
        Some(Answer::InsufficientEvidence) => t(Msg::InsufficientShort).into(),
    }
}

/// On a narrow screen, where the specification cannot sit beside the criterion, which of the two
/// is shown: the other is one press away. Hidden by the style sheet on wider screens.
#[component]
fn NarrowSwitch(narrow_document: RwSignal<bool>) -> impl IntoView {
    view! {
        <div class="mode-switch narrow-switch" role="group" aria-label=t(Msg::NarrowScreen)>
            <button type="button" class="toggle" aria-pressed=move || (!narrow_document.get()).to_string()
                on:click=move |_| narrow_document.set(false)>{t(Msg::Criterion)}</button>
            <button type="button" class="toggle" aria-pressed=move || narrow_document.get().to_string()
                on:click=move |_| narrow_document.set(true)>{t(Msg::Specification)}</button>
        </div>
    }
}

/// The specification beside the current criterion: its evidence finder and Cite add evidence to it.
/// `reveal` brings it into view on a narrow screen, where it takes turns with the criterion.
#[component]
fn ScoringDocument(scoring: Scoring, reveal: Callback<()>) -> impl IntoView {
    let criterion = Memo::new(move |_| scoring.criterion());
    let cite = Callback::new(move |item: Evidence| {
        if let Some(id) = criterion.get_untracked().map(|c| c.id) {
            scoring.edit(move |a, f, now| a.add_evidence(f, &id, item, now));
        }
    });
    // A memo, not a derived signal: every clause's Cite button reads it, and a derived signal
    // would be worked out again by each of them at every answer.
    let can_cite = Memo::new(move |_| {
        criterion.with(|c| c.as_ref().is_some_and(|c| scoring.answer_of(&c.id).is_some()))
            && !scoring.is_final()
    });
    view! { <DocumentPane assessment=scoring.assessment criterion=criterion cite=cite can_cite=can_cite.into() reveal=reveal /> }
}

/// The current criterion. What belongs to one criterion is drawn anew when the criterion changes;
/// the evidence picker stays, because its list of every clause is slow to build for a long
/// specification.
#[component]
fn CriterionPanel(scoring: Scoring) -> impl IntoView {
    let criterion_id = Memo::new(move |_| scoring.criterion().map(|c| c.id).unwrap_or_default());
    let about = move || {
        let index = scoring.current.get();
        let criterion = scoring.criterion()?;
        let section = scoring.order.with_value(|o| o.get(index).map(|(s, _)| s.clone())).unwrap_or_default();
        let position = tf(
            Msg::Position,
            &[
                ("number", &(index + 1).to_string()),
                ("total", &scoring.len().to_string()),
                ("section", &section),
            ],
        );
        Some(view! {
            <p class="muted">{position}</p>
            <h2 id="criterion-title" tabindex="-1">
                {criterion.title.clone()}
                {criterion.critical.then(|| view! { <span class="badge badge--critical">{t(Msg::Critical)}</span> })}
            </h2>
            <p class="criterion__question">{criterion.question.clone()}</p>
            <div class="guidance">
                <div><h3 class="h4">{t(Msg::Guidance)}</h3><p>{criterion.guidance.clone()}</p></div>
                <div><h3 class="h4">{t(Msg::WhatMeetsIt)}</h3><p>{criterion.meets.clone()}</p></div>
                <div><h3 class="h4">{t(Msg::WhatFallsShort)}</h3><p>{criterion.falls_short.clone()}</p></div>
            </div>
            <AnswerChoice scoring=scoring criterion=criterion.clone() />
            <DatesContradict scoring=scoring criterion_id=criterion.id.clone() />
            <Rationale scoring=scoring criterion_id=criterion.id.clone() />
        })
    };
    (scoring.len() > 0).then(|| view! {
        <article class="criterion-panel" aria-labelledby="criterion-title">
            {about}
            <EvidencePicker scoring=scoring criterion_id=criterion_id />
            <div class="button-row criterion-panel__nav">
                <button type="button" class="button button--secondary" disabled=move || scoring.current.get() == 0
                    on:click=move |_| { step(scoring, -1); }>{t(Msg::Previous)}</button>
                <button type="button" class="button button--secondary" disabled=move || { scoring.current.get() + 1 >= scoring.len() }
                    on:click=move |_| { step(scoring, 1); }>{t(Msg::Next)}</button>
                <button type="button" class="button button--secondary"
                    on:click=move |_| { if let Some(i) = scoring.next_unanswered() { scoring.go(i) } }>{t(Msg::NextUnanswered)}</button>
            </div>
        </article>
    })
}

#[component]
fn AnswerChoice(scoring: Scoring, criterion: Criterion) -> impl IntoView {
    let cid = StoredValue::new(criterion.id.clone());
    let name = format!("answer-{}", criterion.id);
    let answer = move || scoring.answer_of(&cid.get_value());
    let levels = (0..=MAX_LEVEL)
        .map(|level| {
            let (label, descriptor) = scoring.framework.with_value(|f| {
                (f.level_label(level).to_string(), f.descriptor(&criterion, level).to_string())
            });
            let checked =
                move || answer() == Some(Answer::Level { level }) && scoring.pending_na.get().is_none();
            view! {
                <AnswerOption name=name.clone() value=level.to_string() checked=Signal::derive(checked)
                    label=format!("{level} {label}") descriptor=descriptor
                    choose=move || scoring.set_answer(&cid.get_value(), Answer::Level { level }) />
            }
        })
        .collect_view();
    let (na_label, ie_label) = scoring
        .framework
        .with_value(|f| (f.scale.not_applicable_label.clone(), f.scale.insufficient_evidence_label.clone()));
    let na_checked =
        move || scoring.pending_na.get().is_some() || matches!(answer(), Some(Answer::NotApplicable { .. }));
    let ie_checked =
        move || answer() == Some(Answer::InsufficientEvidence) && scoring.pending_na.get().is_none();
    view! {
        <fieldset class="answer" disabled=move || scoring.is_final()>
            <legend>{t(Msg::Answer)}</legend>
            <div class="answer__options">
                {levels}
                <AnswerOption name=name.clone() value="na".into() checked=Signal::derive(na_checked)
                    label=format!("N {na_label}") descriptor=t(Msg::NotApplicableDescriptor).into() // not worded: the key N before the framework's label
                    choose=move || scoring.choose_not_applicable(&cid.get_value()) />
                <AnswerOption name=name.clone() value="ie".into() checked=Signal::derive(ie_checked)
                    label=format!("I {ie_label}") descriptor=insufficient_short().into() // not worded: the key I before the framework's label
                    choose=move || scoring.set_answer(&cid.get_value(), Answer::InsufficientEvidence) />
            </div>
            {move || na_checked().then(|| view! { <NotApplicableReason scoring=scoring criterion_id=cid.get_value() /> })}
        </fieldset>
    }
}

/// The timescale finding that contradicts this criterion's answer, beside the answer. A status
/// region that is always there, so a screen reader hears the finding as the answer that
/// contradicts it is chosen. The answer is the assessor's: nothing here changes it.
#[component]
fn DatesContradict(scoring: Scoring, criterion_id: String) -> impl IntoView {
    let contradiction = move || {
        scoring.assessment.with(|a| {
            let a = a.as_ref()?;
            scoring.framework.with_value(|f| {
                contradictions(f, &a.specification.dates, &a.responses)
                    .into_iter()
                    .find(|c| c.criterion_id == criterion_id)
                    .map(|c| contradiction_sentence(&c, f))
            })
        })
    };
    view! {
        <div role="status">
            {move || contradiction().map(|sentence| view! {
                <div class="notice notice--warning dates-contradict">
                    <p><strong>{t(Msg::DatesContradict)}" "</strong>{sentence}</p>
                    <p>{t(Msg::DatesCheck)}</p>
                </div>
            })}
        </div>
    }
}

#[component]
fn AnswerOption(
    name: String,
    value: String,
    checked: Signal<bool>,
    label: String,
    descriptor: String,
    choose: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let id = format!("{name}-{value}");
    view! {
        <div class="answer-option">
            <input type="radio" id=id.clone() name=name value=value prop:checked=checked on:change=move |_| choose() />
            <label for=id>
                <strong>{label}</strong>
                <span class="answer-option__descriptor">{descriptor}</span>
            </label>
        </div>
    }
}

#[component]
fn NotApplicableReason(scoring: Scoring, criterion_id: String) -> impl IntoView {
    let cid = StoredValue::new(criterion_id);
    let initial = match scoring.answer_of(&cid.get_value()) {
        Some(Answer::NotApplicable { reason }) => reason,
        _ => String::new(),
    };
    let (reason, set_reason) = signal(initial);
    let on_input = move |value: String| {
        set_reason.set(value.clone());
        if value.trim().is_empty() {
            scoring.pending_na.set(Some(cid.get_value()));
        } else {
            scoring.pending_na.set(None);
            scoring.set_answer(&cid.get_value(), Answer::NotApplicable { reason: value });
        }
    };
    view! {
        <div class="field">
            <label for="na-reason">{t(Msg::WhyNotApplicable)}</label>
            <textarea id="na-reason" rows="2" prop:value=reason
                aria-describedby=move || reason.get().trim().is_empty().then_some("na-reason-hint")
                on:input:target=move |ev| on_input(ev.target().value())></textarea>
            {move || reason.get().trim().is_empty().then(|| view! {
                <p class="field-hint" id="na-reason-hint">{t(Msg::WhyNotApplicableHint)}</p>
            })}
        </div>
    }
}

#[component]
fn Rationale(scoring: Scoring, criterion_id: String) -> impl IntoView {
    let cid = StoredValue::new(criterion_id);
    let text = move || {
        scoring.assessment.with(|a| {
            a.as_ref()
                .and_then(|a| a.responses.get(&cid.get_value()).map(|r| r.rationale.clone()))
                .unwrap_or_default()
        })
    };
    let answered = move || scoring.answer_of(&cid.get_value()).is_some();
    let set = move |value: String| {
        let id = cid.get_value();
        scoring.edit(move |a, f, now| a.set_rationale(f, &id, value, now));
    };
    view! {
        <div class="field">
            <label for="rationale">{t(Msg::Rationale)}</label>
            <p class="field-hint" id="rationale-hint">
                {move || if answered() { t(Msg::RationaleHint) } else { t(Msg::RationaleFirst) }}
            </p>
            <textarea id="rationale" rows="3" aria-describedby="rationale-hint" prop:value=text
                disabled=move || !answered() || scoring.is_final()
                on:input:target=move |ev| set(ev.target().value())></textarea>
        </div>
    }
}

#[component]
fn EvidencePicker(scoring: Scoring, criterion_id: Memo<String>) -> impl IntoView {
    let cid = criterion_id;
    let clauses = Memo::new(move |_| {
        scoring.assessment.with(|a| a.as_ref().map(|a| a.specification.clauses()).unwrap_or_default())
    });
    let evidence = move || {
        scoring.assessment.with(|a| {
            a.as_ref()
                .and_then(|a| a.responses.get(&cid.get()).map(|r| r.evidence.clone()))
                .unwrap_or_default()
        })
    };
    let locked = move || scoring.answer_of(&cid.get()).is_none() || scoring.is_final();
    let (clause_choice, set_clause_choice) = signal(String::new());
    let (typed, set_typed) = signal(String::new());
    // A choice made for one criterion is not carried to the next.
    Effect::new(move |_| {
        cid.track();
        set_clause_choice.set(String::new());
        set_typed.set(String::new());
    });
    let add = move |item: Evidence| {
        let id = cid.get_untracked();
        scoring.edit(move |a, f, now| a.add_evidence(f, &id, item, now));
    };
    let add_clause = move |_| {
        let number: Option<u32> = clause_choice.get_untracked().parse().ok();
        let clause = number.and_then(|n| clauses.with_untracked(|cs| cs.iter().find(|c| c.id == n).cloned()));
        if let Some(clause) = clause {
            add(Evidence { clause: Some(clause.id), quote: clause.text });
        }
    };
    let add_typed = move |_| {
        let text = typed.get_untracked().trim().to_string();
        if !text.is_empty() {
            add(Evidence { clause: None, quote: text });
            set_typed.set(String::new());
        }
    };
    let remove = move |index: usize| {
        let id = cid.get_untracked();
        scoring.edit(move |a, f, now| a.remove_evidence(f, &id, index, now));
    };
    view! {
        <fieldset class="evidence" disabled=locked>
            <legend>{t(Msg::Evidence)}</legend>
            <ul class="evidence__list">
                {move || {
                    let items = evidence();
                    if items.is_empty() {
                        return view! { <li class="muted">{t(Msg::NoEvidence)}</li> }.into_any();
                    }
                    items.into_iter().enumerate().map(|(i, e)| {
                        let cite = e.clause.map_or_else(|| t(Msg::Typed).to_string(), |id| cited_clause(clauses, id));
                        view! {
                            <li>
                                <strong>{cite.clone()}": "</strong>
                                <q>{e.quote}</q>
                                " "
                                <button type="button" class="link-button" on:click=move |_| remove(i)
                                    aria-label=tf(Msg::RemoveEvidence, &[("number", &(i + 1).to_string())])>
                                    {t(Msg::Remove)}
                                </button>
                            </li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            // With the specification beside, clauses are cited from it: a list of every clause here
            // would only repeat it (and rebuilding it at each criterion is slow for a long document).
            {move || (!scoring.document_open.get()).then(|| view! {
            <div class="evidence__add">
                <div class="field">
                    <label for="evidence-clause">{t(Msg::QuoteClause)}</label>
                    <select id="evidence-clause" on:change:target=move |ev| set_clause_choice.set(ev.target().value())
                        prop:value=clause_choice>
                        <option value="">{t(Msg::ChooseClause)}</option>
                        {move || clauses.get().into_iter().map(|c| {
                            let text = format!("{} {}", crate::i18n::words::citation(&c.label, c.page), shorten(&c.text, 110));
                            view! { <option value=c.id.to_string()>{text}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <button type="button" class="button button--secondary" on:click=add_clause>{t(Msg::AddClause)}</button>
            </div>
            })}
            <div class="evidence__add">
                <div class="field">
                    <label for="evidence-typed">{t(Msg::OrTypeEvidence)}</label>
                    <input id="evidence-typed" type="text" prop:value=typed on:input:target=move |ev| set_typed.set(ev.target().value()) />
                </div>
                <button type="button" class="button button--secondary" on:click=add_typed>{t(Msg::AddTypedEvidence)}</button>
            </div>
        </fieldset>
    }
}

/// "Clause 4.2 (p. 3)": a cited clause as the evidence list names it; by its number where the
/// specification no longer has it.
fn cited_clause(clauses: Memo<Vec<crate::domain::Clause>>, id: u32) -> String {
    let citation = clauses
        .with(|cs| cs.iter().find(|c| c.id == id).map(|c| crate::i18n::words::citation(&c.label, c.page)))
        .unwrap_or_else(|| id.to_string());
    tf(Msg::Clause, &[("citation", &citation)])
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    format!("{}…", cut.trim_end())
}

#[component]
fn Shortcuts() -> impl IntoView {
    let key = |name: &'static str| view! { <kbd>{name}</kbd> }.into_any();
    // Two keys in one sentence ("0 to 4", "→ or J"), in the order the language puts them.
    let two = |message: Keys, first: &'static str, second: &'static str| {
        with_slots(t(message), move |slot| match slot {
            "from" | "key" => key(first),
            _ => key(second),
        })
    };
    view! {
        <section class="shortcuts" aria-labelledby="shortcuts-heading">
            <h2 id="shortcuts-heading" class="h3">{t(Keys::Heading)}</h2>
            <p class="muted">{t(Keys::When)}</p>
            <dl class="shortcuts__list">
                <div><dt>{two(Keys::Range, "0", "4")}</dt><dd>{t(Keys::ChooseLevel)}</dd></div>
                <div><dt>{key("N")}</dt><dd>{t(Keys::NotApplicable)}</dd></div> // not worded: a key's name
                <div><dt>{key("I")}</dt><dd>{t(Keys::Insufficient)}</dd></div> // not worded: a key's name
                <div><dt>{two(Keys::Either, "→", "J")}</dt><dd>{t(Keys::NextCriterion)}</dd></div> // not worded: keys' names
                <div><dt>{two(Keys::Either, "←", "K")}</dt><dd>{t(Keys::PreviousCriterion)}</dd></div> // not worded: keys' names
                <div><dt>{key("U")}</dt><dd>{t(Keys::NextUnanswered)}</dd></div> // not worded: a key's name
                <div><dt>{key("Esc")}</dt><dd>{t(Keys::LeaveTextBox)}</dd></div> // not worded: a key's name
            </dl>
        </section>
    }
}

#[component]
fn CriteriaList(scoring: Scoring, on_open: impl Fn(usize) + Copy + Send + Sync + 'static) -> impl IntoView {
    let rows = scoring.order.with_value(|order| {
        order
            .iter()
            .enumerate()
            .map(|(i, (section, c))| {
                let cid = StoredValue::new(c.id.clone());
                let select_id = format!("list-answer-{}", c.id);
                let value = move || match scoring.answer_of(&cid.get_value()) {
                    None => String::new(),
                    Some(Answer::Level { level }) => level.to_string(),
                    Some(Answer::NotApplicable { .. }) => "na".into(),
                    Some(Answer::InsufficientEvidence) => "ie".into(),
                };
                let change = move |v: String| match v.as_str() {
                    "na" => on_open(i),
                    "ie" => scoring.set_answer(&cid.get_value(), Answer::InsufficientEvidence),
                    "" => {
                        let id = cid.get_value();
                        scoring.edit(move |a, f, now| a.clear(f, &id, now));
                    }
                    level => {
                        let level = level.parse::<u8>().unwrap_or(0).min(MAX_LEVEL);
                        scoring.set_answer(&cid.get_value(), Answer::Level { level });
                    }
                };
                let options = scoring.framework.with_value(|f| {
                    (0..=MAX_LEVEL).map(|l| (l.to_string(), format!("{l} {}", f.level_label(l)))).collect::<Vec<_>>()
                });
                let title = c.title.clone();
                view! {
                    <tr>
                        <td>{i + 1}</td>
                        <td>{section.clone()}</td>
                        <th scope="row">
                            <button type="button" class="link-button" on:click=move |_| on_open(i)>{title.clone()}</button>
                        </th>
                        <td>
                            <label class="visually-hidden" for=select_id.clone()>{tf(Msg::AnswerFor, &[("criterion", &c.title)])}</label>
                            <select id=select_id prop:value=value disabled=move || scoring.is_final()
                                on:change:target=move |ev| change(ev.target().value())>
                                <option value="">{t(Msg::NotAnswered)}</option>
                                {options.into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
                                <option value="na">{t(Msg::NotApplicableChoice)}</option>
                                <option value="ie">{t(Msg::InsufficientEvidence)}</option>
                            </select>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    });
    view! {
        <table class="table criteria-table">
            <caption class="visually-hidden">{t(Msg::EveryCriterion)}</caption>
            <thead>
                <tr>
                    <th scope="col">"#"</th>
                    <th scope="col">{t(Msg::Section)}</th>
                    <th scope="col">{t(Msg::Criterion)}</th>
                    <th scope="col">{t(Msg::Answer)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
