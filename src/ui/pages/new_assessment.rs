use leptos::prelude::*;

use crate::domain::rfc3339::parse_date;
use crate::domain::{builtin, KeyDates, Specification};
use crate::format::document::text;
use crate::i18n::messages::new_assessment::NewAssessment as N;
use crate::i18n::{t, tf};
use crate::state::catalogue::{use_catalogue, Catalogue};
use crate::state::library::use_library;
use crate::state::route::{navigate, Page};
use crate::ui::components::open_document::{opened, DocumentPreview, OpenDocument, OpenedDocument};

/// A new assessment: the specification's details, key dates and text, the framework, the assessor.
#[component]
pub fn NewAssessment() -> impl IntoView {
    let library = use_library();
    let catalogue = use_catalogue();
    let mut frameworks = catalogue.with_value(Catalogue::hashed);
    // The newest built-in version first, and chosen: older versions stay on offer for a team that
    // must score as it did before.
    frameworks.sort_by_key(|(hash, _)| hash != builtin::BUILTIN_RULES_HASH);
    let first_framework = frameworks.first().map(|(hash, _)| hash.clone()).unwrap_or_default();

    let title = RwSignal::new(String::new());
    let commissioner = RwSignal::new(String::new());
    let category = RwSignal::new(String::new());
    let area = RwSignal::new(String::new());
    let version = RwSignal::new(String::new());
    let assessor = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let framework_id = RwSignal::new(first_framework);
    let dates: [RwSignal<String>; 6] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let (title_error, set_title_error) = signal(None::<String>);
    // The file opened, if any; otherwise the pasted text, read the same way as a .txt file.
    let from_file = RwSignal::new(None::<OpenedDocument>);
    let pasted =
        Memo::new(move |_| text.with(|t| (!t.trim().is_empty()).then(|| opened(text::read(t, false), None))));
    let named = move |name: String| {
        if title.get_untracked().trim().is_empty() {
            title.set(name);
        }
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if title.get_untracked().trim().is_empty() {
            set_title_error.set(Some(t(N::EnterTitle).into()));
            crate::browser::location::focus_element("spec-title");
            return;
        }
        let chosen = framework_id.get_untracked();
        let Some(framework) = catalogue.with_value(|c| c.by_hash(&chosen).cloned()) else {
            return;
        };
        let specification = Specification {
            title: title.get_untracked().trim().to_string(),
            commissioner: commissioner.get_untracked(),
            service_category: category.get_untracked(),
            area: area.get_untracked(),
            version: version.get_untracked(),
            dates: key_dates(&dates.map(|d| d.get_untracked())),
            text: String::new(),
            document: from_file.get_untracked().or_else(|| pasted.get_untracked()).map(|o| o.document),
        };
        let id = library.create(specification, &framework, assessor.get_untracked().trim().to_string());
        navigate(&Page::Assessment(id));
    };

    let framework_options = frameworks
        .into_iter()
        .map(|(hash, f)| view! { <option value=hash>{tf(N::FrameworkOption, &[("title", crate::i18n::worded_title(&f)), ("version", &f.version)])}</option> })
        .collect_view();

    view! {
        <p class="breadcrumb"><a href="#/">{t(N::Breadcrumb)}</a></p>
        <h1 id="page-heading" tabindex="-1">{t(N::Heading)}</h1>
        <form class="form" on:submit=submit novalidate>
            <fieldset>
                <legend>{t(N::TheSpecification)}</legend>
                <div class="field">
                    <label for="spec-title">{t(N::Title)}</label>
                    <input id="spec-title" type="text" required
                        aria-invalid=move || title_error.get().is_some().then_some("true")
                        aria-describedby=move || title_error.get().is_some().then_some("spec-title-error")
                        prop:value=title on:input:target=move |ev| { title.set(ev.target().value()); set_title_error.set(None); } />
                    {move || title_error.get().map(|e| view! { <p class="field-error" id="spec-title-error">{e}</p> })}
                </div>
                <TextField id="spec-commissioner" label=t(N::Commissioner) value=commissioner />
                <TextField id="spec-category" label=t(N::ServiceCategory) value=category />
                <TextField id="spec-area" label=t(N::Area) value=area />
                <TextField id="spec-version" label=t(N::Version) value=version />
            </fieldset>
            <fieldset>
                <legend>{t(N::KeyDates)}</legend>
                <p class="hint">{t(N::KeyDatesHint)}</p>
                <div class="date-grid">
                    {DATE_LABELS.iter().zip(dates).map(|((id, label), value)| view! { <DateField id=id label=t(*label) value=value /> }).collect_view()}
                </div>
            </fieldset>
            <fieldset>
                <legend>{t(N::SpecificationText)}</legend>
                <Show when=move || from_file.with(Option::is_none)
                    fallback=move || view! {
                        <DocumentPreview opened=from_file heading_id="document-preview-heading" />
                        <div class="button-row">
                            <button type="button" class="button button--secondary" on:click=move |_| {
                                from_file.set(None);
                                request_animation_frame(|| crate::browser::location::focus_element("spec-file"));
                            }>{t(N::ChooseAnotherFile)}</button>
                            <button type="button" class="button button--secondary" on:click=move |_| {
                                from_file.set(None);
                                request_animation_frame(|| crate::browser::location::focus_element("spec-text"));
                            }>{t(N::PasteInstead)}</button>
                        </div>
                    }>
                    <OpenDocument opened=from_file named=named />
                    <div class="field">
                        <label for="spec-text">{t(N::OrPaste)}</label>
                        <p class="hint" id="spec-text-hint">
                            {t(N::PasteHint)}
                        </p>
                        <textarea id="spec-text" rows="12" aria-describedby="spec-text-hint"
                            prop:value=text on:input:target=move |ev| text.set(ev.target().value())></textarea>
                    </div>
                    <DocumentPreview opened=pasted heading_id="pasted-preview-heading" />
                </Show>
            </fieldset>
            <fieldset>
                <legend>{t(N::Scoring)}</legend>
                <div class="field">
                    <label for="spec-framework">{t(N::Framework)}</label>
                    <select id="spec-framework" on:change:target=move |ev| framework_id.set(ev.target().value())>
                        {framework_options}
                    </select>
                </div>
                <div class="field">
                    <label for="spec-assessor">{t(N::Assessor)}</label>
                    <p class="hint" id="spec-assessor-hint">{t(N::AssessorHint)}</p>
                    <input id="spec-assessor" type="text" aria-describedby="spec-assessor-hint"
                        prop:value=assessor on:input:target=move |ev| assessor.set(ev.target().value()) />
                </div>
            </fieldset>
            <button type="submit" class="button">{t(N::Create)}</button>
        </form>
    }
}

const DATE_LABELS: [(&str, N); 6] = [
    ("date-needs", N::NeedsAssessmentCompleted),
    ("date-consult-open", N::ConsultationOpens),
    ("date-consult-close", N::ConsultationCloses),
    ("date-published", N::SpecificationPublished),
    ("date-tender", N::TenderLaunch),
    ("date-start", N::ServiceStart),
];

/// Date inputs give "YYYY-MM-DD" or "" (empty or invalid), in DATE_LABELS order.
fn key_dates(values: &[String; 6]) -> KeyDates {
    let parse = |i: usize| parse_date(&values[i]);
    KeyDates {
        needs_assessment_completed: parse(0),
        consultation_opens: parse(1),
        consultation_closes: parse(2),
        specification_published: parse(3),
        tender_launch: parse(4),
        service_start: parse(5),
    }
}

#[component]
fn TextField(id: &'static str, label: &'static str, value: RwSignal<String>) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input id=id type="text" prop:value=value on:input:target=move |ev| value.set(ev.target().value()) />
        </div>
    }
}

#[component]
fn DateField(id: &'static str, label: &'static str, value: RwSignal<String>) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input id=id type="date" prop:value=value on:input:target=move |ev| value.set(ev.target().value()) />
        </div>
    }
}
