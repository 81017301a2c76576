//! The framework editor: every field of a framework, validated as the domain says, kept as a draft in
//! storage while it is typed, and saved through the catalogue (by rules hash, so earlier versions
//! stay stored and the assessments scored under them keep scoring the same).
//!
//! The form is drawn from the draft once per change of shape (a section or criterion added, removed
//! or moved, a CSV import, a new version); typing only updates the draft, so focus stays put.
//! Every field is read and written through one mapping from its `FieldPath`, so the view code is one
//! non-generic function per kind of input.
//!
//! A framework may carry its wording in a second language (`Framework::languages`). When asked, each
//! field that is wording (titles, questions, descriptors, search terms; not ids, weights or rules)
//! shows its translation beside it, read and written through the same `FieldPath`.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::files::{self, Content};
use crate::browser::{download, location, storage};
use crate::domain::numbers::{parse_decimal, shortest};
use crate::domain::validation::FieldPath;
use crate::domain::{
    needs_new_version, next_version, validate, without_blank_terms, Criterion, FieldError, Framework,
    Language, LevelDef, Scale, Section, Source, Translation, MAX_LEVEL,
};
use crate::format::criteria_csv::{
    criteria_csv, criteria_template, import_criteria_csv_worded, TEMPLATE_FILE_NAME,
};
use crate::format::import::MAX_FILE_BYTES;
use crate::i18n::messages::framework_editor::{Editor as E, EditorCounted as N, Item};
use crate::i18n::{t, tf, tn, tnf};
use crate::state::catalogue::{use_catalogue, AddError, Catalogue};
use crate::state::route::{navigate, Page};

/// Starts editing `framework` (kept as the draft) and opens the editor. One draft at a time: an
/// unsaved one is never overwritten.
pub fn start_editing(framework: &Framework) -> Result<(), String> {
    if let Some(draft) = storage::load_framework_draft() {
        return Err(tf(E::AlreadyEditing, &[("title", &draft.title)]));
    }
    storage::save_framework_draft(framework)
        .map_err(|e| tf(E::DraftNotKept, &[("error", &e.to_string())]))?;
    navigate(&Page::FrameworkEditor);
    Ok(())
}

/// A copy under a new id no other framework has, titled "Copy of …", at version 1.0.
pub fn copy_of(framework: &Framework, catalogue: &Catalogue) -> Framework {
    Framework {
        id: free_id(&format!("copy-of-{}", framework.id), catalogue),
        title: tf(E::CopyOf, &[("title", &framework.title)]),
        version: "1.0".into(),
        ..framework.clone()
    }
}

/// A framework from scratch: one section with one criterion, and the built-in scale and bands.
pub fn blank_framework(catalogue: &Catalogue) -> Framework {
    let scale = catalogue.newest_builtin().map(|f| f.scale.clone()).unwrap_or_else(|| Scale {
        levels: (0..=MAX_LEVEL)
            .map(|l| LevelDef {
                label: tf(E::NewLevelLabel, &[("level", &l.to_string())]),
                descriptor: String::new(),
            })
            .collect(),
        not_applicable_label: t(E::NewNotApplicable).into(),
        insufficient_evidence_label: t(E::NewInsufficientEvidence).into(),
    });
    Framework {
        id: free_id("new-framework", catalogue),
        version: "1.0".into(),
        title: t(E::NewTitle).into(),
        summary: String::new(),
        scale,
        sections: vec![Section {
            id: "section-1".into(),
            title: tf(E::NewSectionTitle, &[("n", "1")]),
            summary: String::new(),
            weight: 1.0,
            criteria: vec![blank_criterion("criterion-1")],
        }],
        bands: Default::default(),
        timescale_rules: Default::default(),
        critical_caps: Default::default(),
        language: "en".into(),
        languages: Default::default(),
    }
}

fn blank_criterion(id: &str) -> Criterion {
    Criterion {
        id: id.into(),
        title: String::new(),
        question: String::new(),
        guidance: String::new(),
        meets: String::new(),
        falls_short: String::new(),
        weight: 1.0,
        critical: false,
        descriptors: vec![],
        sources: vec![],
        search_terms: vec![],
    }
}

fn free_id(base: &str, catalogue: &Catalogue) -> String {
    (1..)
        .map(|n| if n == 1 { base.to_string() } else { format!("{base}-{n}") })
        .find(|id| catalogue.framework(id).is_none())
        .unwrap_or_default()
}

/// The editor page: the draft in storage, or a way to start one.
#[component]
pub fn FrameworkEditor() -> impl IntoView {
    match storage::load_framework_draft() {
        Some(framework) => view! { <Editor initial=framework /> }.into_any(),
        None => view! {
            <p class="breadcrumb"><a href="#/frameworks">{t(E::Frameworks)}</a></p>
            <h1 id="page-heading" tabindex="-1">{t(E::Heading)}</h1>
            <p>{t(E::NothingEdited)}</p>
        }
        .into_any(),
    }
}

/// A message in an error banner while there is one.
pub fn alert_banner(message: Signal<Option<String>>) -> AnyView {
    (move || message.get().map(|p| view! { <p class="banner banner--error" role="alert">{p}</p> })).into_any()
}

/// What the view needs to reach the draft.
#[derive(Clone, Copy)]
struct Ctx {
    draft: RwSignal<Framework>,
    errors: Memo<Vec<FieldError>>,
    /// Messages appear after the first try to save, then follow every keystroke.
    shown: RwSignal<bool>,
    /// Bumped when the form must be drawn again from the draft.
    layout: RwSignal<u32>,
    /// The second language whose wording shows beside each field, if asked for.
    second: RwSignal<Option<Language>>,
}

impl Ctx {
    fn error(self, path: FieldPath) -> Option<String> {
        if !self.shown.get() {
            return None;
        }
        self.errors.with(|e| e.iter().find(|e| e.path == path).map(|e| e.message()))
    }

    /// Changes the shape of the draft and draws the form again; `focus` is the id to focus after.
    fn reshape(self, change: impl FnOnce(&mut Framework), focus: Option<String>) {
        self.draft.update(change);
        self.layout.update(|n| *n += 1);
        if let Some(id) = focus {
            request_animation_frame(move || location::focus_element(&id));
        }
    }
}

#[component]
fn Editor(initial: Framework) -> impl IntoView {
    let catalogue = use_catalogue();
    // Wording already given in the other language shows from the start.
    let second = Some(other_language(&initial)).filter(|l| initial.languages.contains_key(l.code()));
    let draft = RwSignal::new(initial);
    let ctx = Ctx {
        draft,
        errors: Memo::new(move |_| draft.with(|f| validate(&tidy(f)))),
        shown: RwSignal::new(false),
        layout: RwSignal::new(0),
        second: RwSignal::new(second),
    };
    // Keep the draft as it is typed, so a reload loses nothing.
    let (kept, set_kept) = signal(None::<String>);
    // Set once saved: the effect must not write the draft back after Save cleared it.
    let done = StoredValue::new(false);
    Effect::new(move |_| {
        if done.get_value() {
            return;
        }
        let problem = draft.with(storage::save_framework_draft).err();
        set_kept.set(problem.map(|e| tf(E::DraftNotKeptSaveSoon, &[("error", &e.to_string())])));
    });
    let problem = RwSignal::new(None::<String>);
    let version_needed = RwSignal::new(None::<String>);
    let csv_report = RwSignal::new(None::<Result<String, Vec<String>>>);

    let save = move || {
        ctx.shown.set(true);
        version_needed.set(None);
        if !ctx.errors.with_untracked(Vec::is_empty) {
            // The summary is drawn after this handler returns.
            request_animation_frame(|| location::focus_element("editor-errors"));
            return;
        }
        let framework = draft.with_untracked(tidy);
        let clash = catalogue.with_value(|c| {
            c.frameworks().iter().find(|k| k.id == framework.id && needs_new_version(k, &framework)).cloned()
        });
        if let Some(saved) = clash {
            version_needed.set(Some(tf(E::VersionNeeded, &[("version", &saved.version)])));
            request_animation_frame(|| location::focus_element("version-needed"));
            return;
        }
        let mut result = Ok(());
        catalogue.update_value(|c| result = c.add_edited(framework.clone()));
        match result {
            Ok(()) => {
                done.set_value(true);
                storage::clear_framework_draft();
                navigate(&Page::Framework(framework.id));
            }
            Err(AddError::Builtin) => problem.set(Some(AddError::Builtin.to_string())),
            Err(e) => problem.set(Some(tf(E::NotSaved, &[("error", &e.to_string())]))),
        }
    };
    let save_as_next = move |_| {
        let next = draft.with_untracked(|f| next_version(&f.version));
        ctx.reshape(|f| f.version = next, None);
        save();
    };
    let discard = move |_| {
        done.set_value(true);
        storage::clear_framework_draft();
        navigate(&Page::Frameworks);
    };
    let import_csv = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(list) = input.files() else { return };
        let picked = files::take(&list);
        input.set_value("");
        spawn_local(async move {
            let Some(file) = files::read_all(picked, MAX_FILE_BYTES).await.pop() else { return };
            let outcome = match file.content {
                Content::Bytes(bytes) => import_criteria_csv_worded(&bytes)
                    .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>()),
                Content::TooLarge(_) => Err(vec![t(E::FileTooLarge).to_string()]),
                Content::Unreadable => Err(vec![t(E::FileUnreadable).to_string()]),
            };
            csv_report.set(Some(outcome.map(|criteria| {
                let count: usize = criteria.sections.iter().map(|s| s.criteria.len()).sum();
                ctx.reshape(|f| take_criteria(f, criteria), None);
                tnf(N::Imported, count as u64, &[("name", &file.name)])
            })));
        });
    };
    let export_csv = move |_| {
        let (name, text) = draft
            .with_untracked(|f| (format!("{}-{}-criteria.csv", f.id, f.version), criteria_csv(&tidy(f))));
        problem.set(download::download_text(&name, "text/csv", &text).err());
    };
    let template = move |_| {
        problem.set(download::download_text(TEMPLATE_FILE_NAME, "text/csv", &criteria_template()).err());
    };

    view! {
        <p class="breadcrumb"><a href="#/frameworks">{t(E::Frameworks)}</a></p>
        <h1 id="page-heading" tabindex="-1">{t(E::Heading)}</h1>
        <p class="lead">{t(E::Lead)}</p>
        {alert_banner(kept.into())}
        {move || {
            let count = ctx.errors.with(Vec::len);
            (ctx.shown.get() && count > 0).then(|| {
                let items = ctx.errors.with(|errors| {
                    errors
                        .iter()
                        .map(|e| {
                            let id = dom_id(e.path);
                            let href = format!("#{id}");
                            view! {
                                <li><a href=href on:click=move |ev| { ev.prevent_default(); location::focus_element(&id); }>{e.message()}</a></li>
                            }
                        })
                        .collect_view()
                });
                view! {
                    <div class="notice notice--error" id="editor-errors" tabindex="-1" role="alert" aria-labelledby="editor-errors-heading">
                        <h2 id="editor-errors-heading">{tn(N::FixProblems, count as u64)}</h2>
                        <ul>{items}</ul>
                    </div>
                }
            })
        }}
        <section class="fieldset" aria-labelledby="csv-heading">
            <h2 id="csv-heading">{t(E::CsvHeading)}</h2>
            <p class="hint">{t(E::CsvHint)}</p>
            <div class="button-row">
                <button type="button" class="button button--secondary" on:click=template>{t(E::DownloadTemplate)}</button>
                <button type="button" class="button button--secondary" on:click=export_csv>{t(E::ExportCriteria)}</button>
            </div>
            <div class="field">
                <label for="criteria-csv">{t(E::ImportCriteria)}</label>
                <input id="criteria-csv" type="file" accept=".csv,text/csv" on:change=import_csv />
            </div>
            {move || csv_report.get().map(|r| match r {
                Ok(message) => view! { <p class="banner" role="status">{message}</p> }.into_any(),
                Err(errors) => view! {
                    <div class="banner banner--error" role="alert">
                        <p>{t(E::NothingImported)}</p>
                        <ul>{errors.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                    </div>
                }.into_any(),
            })}
        </section>
        <SecondLanguage ctx=ctx />
        {move || {
            ctx.layout.track();
            // A snapshot: the fields borrow the draft themselves while they are drawn.
            form(ctx, &draft.get_untracked())
        }}
        {move || version_needed.get().map(|message| {
            let next = draft.with_untracked(|f| next_version(&f.version));
            view! {
                <div class="notice" id="version-needed" tabindex="-1" role="alert">
                    <p>{message}</p>
                    <button type="button" class="button" on:click=save_as_next>{tf(E::SaveAsVersion, &[("version", &next)])}</button>
                </div>
            }
        })}
        {alert_banner(problem.into())}
        <div class="button-row">
            <button type="button" class="button" on:click=move |_| save()>{t(E::SaveFramework)}</button>
            <button type="button" class="button button--secondary" on:click=discard>{t(E::DiscardChanges)}</button>
        </div>
    }
}

/// The whole form, drawn from the draft as it is now. Views are collected as `Vec<AnyView>` so the
/// groups share one instance of the rendering code (each distinct view type costs bytes).
fn form(ctx: Ctx, f: &Framework) -> Vec<AnyView> {
    use FieldPath as P;
    let mut scale: Vec<AnyView> = (0..=usize::from(MAX_LEVEL))
        .flat_map(|level| {
            [
                text(ctx, P::Level { level, field: "label" }, numbered(E::LevelLabel, level), Kind::Line),
                text(
                    ctx,
                    P::Level { level, field: "descriptor" },
                    numbered(E::LevelMeans, level),
                    Kind::Area,
                ),
            ]
        })
        .collect();
    scale.push(text(ctx, P::Scale("not_applicable_label"), t(E::NotApplicableLabel).into(), Kind::Line));
    scale.push(text(
        ctx,
        P::Scale("insufficient_evidence_label"),
        t(E::InsufficientEvidenceLabel).into(),
        Kind::Line,
    ));
    let add_section = move |_| {
        let n = ctx.draft.with_untracked(|f| f.sections.len());
        ctx.reshape(
            |f| {
                f.sections.push(Section {
                    id: format!("section-{}", n + 1),
                    title: String::new(),
                    summary: String::new(),
                    weight: 1.0,
                    criteria: vec![blank_criterion(&format!("criterion-{}-1", n + 1))],
                })
            },
            Some(dom_id(P::Section { section: n, field: "id" })),
        );
    };
    let section_count = f.sections.len();
    let mut out = vec![
        group(
            "fieldset",
            t(E::TheFramework).into(),
            vec![
                text(ctx, P::Framework("title"), t(E::Title).into(), Kind::Line),
                text(ctx, P::Framework("summary"), t(E::Summary).into(), Kind::Area),
                text(ctx, P::Framework("id"), t(E::Id).into(), Kind::Line),
                text(ctx, P::Framework("version"), t(E::Version).into(), Kind::Line),
            ],
        ),
        group("fieldset", t(E::Scale).into(), scale),
        group(
            "fieldset",
            t(E::Bands).into(),
            vec![
                text(ctx, P::Bands("outstanding"), t(E::OutstandingFrom).into(), Kind::Number),
                text(ctx, P::Bands("good"), t(E::GoodFrom).into(), Kind::Number),
                text(
                    ctx,
                    P::Bands("requires_improvement"),
                    t(E::RequiresImprovementFrom).into(),
                    Kind::Number,
                ),
            ],
        ),
        group(
            "fieldset",
            t(E::TimescaleRules).into(),
            vec![
                check(ctx, P::Framework("needs_assessment_before_publication"), t(E::NeedsAssessmentFirst)),
                text(
                    ctx,
                    P::Framework("min_consultation_weeks"),
                    t(E::MinConsultationWeeks).into(),
                    Kind::Number,
                ),
                text(
                    ctx,
                    P::Framework("min_weeks_publication_to_start"),
                    t(E::MinWeeksToStart).into(),
                    Kind::Number,
                ),
            ],
        ),
        view! { <h2>{t(E::SectionsAndCriteria)}</h2> }.into_any(),
    ];
    out.extend(
        f.sections.iter().enumerate().map(|(s, section)| section_form(ctx, s, section_count, section)),
    );
    out.push(add_button(t(E::AddSection), None, Signal::stored(String::new()), add_section));
    out
}

/// A fieldset with its legend (fixed, or following a title as it is typed).
fn group(class: &'static str, legend: Signal<String>, children: Vec<AnyView>) -> AnyView {
    view! { <fieldset class=class><legend>{legend}</legend>{children}</fieldset> }.into_any()
}

/// A secondary button that adds something; `name` (when not blank) is its accessible name.
fn add_button(
    label: &'static str,
    id: Option<String>,
    name: Signal<String>,
    add: impl Fn(leptos::ev::MouseEvent) + 'static,
) -> AnyView {
    view! {
        <button type="button" class="button button--secondary" id=id
            aria-label=move || name.with(|n| (!n.is_empty()).then(|| n.clone())) on:click=add>{label}</button>
    }
    .into_any()
}

/// A message with one number, `{level}` or `{n}`.
fn numbered(message: E, n: usize) -> String {
    let n = n.to_string();
    tf(message, &[("level", &n), ("n", &n)])
}

/// How an item is named in legends and button labels: by its title, or by its place (from 1) while
/// it has none yet.
#[derive(Clone, PartialEq)]
enum ItemName {
    Titled(String),
    Numbered(usize),
}

impl ItemName {
    /// The message for this name: `titled` with `{title}`, or `numbered` with `{n}`; and `more` slots.
    fn say(&self, numbered: Item, titled: Item, more: &[(&str, &str)]) -> String {
        let (message, slot, value) = match self {
            ItemName::Titled(title) => (titled, "title", title.clone()),
            ItemName::Numbered(n) => (numbered, "n", n.to_string()),
        };
        let mut values = vec![(slot, value.as_str())];
        values.extend_from_slice(more);
        tf(message, &values)
    }
}

fn item_name(ctx: Ctx, s: usize, c: Option<usize>) -> Memo<ItemName> {
    Memo::new(move |_| {
        ctx.draft.with(|f| {
            let section = f.sections.get(s);
            let (title, n) = match c {
                None => (section.map(|x| x.title.clone()), s),
                Some(c) => (section.and_then(|x| x.criteria.get(c)).map(|x| x.title.clone()), c),
            };
            match title.filter(|t| !t.trim().is_empty()) {
                Some(t) => ItemName::Titled(t),
                None => ItemName::Numbered(n + 1),
            }
        })
    })
}

/// What an item's buttons do.
#[derive(Clone, Copy, PartialEq)]
enum Action {
    Up,
    Down,
    Remove,
}

impl Action {
    fn step(self) -> i8 {
        match self {
            Action::Up => -1,
            Action::Down => 1,
            Action::Remove => 0,
        }
    }

    /// The end of the button's element id, the same in every language.
    fn id(self) -> &'static str {
        match self {
            Action::Up => "move-up",
            Action::Down => "move-down",
            Action::Remove => "remove",
        }
    }

    fn label(self) -> &'static str {
        t(match self {
            Action::Up => E::MoveUp,
            Action::Down => E::MoveDown,
            Action::Remove => E::Remove,
        })
    }

    /// The button's accessible name, with the item's.
    fn name(self, criterion: bool, item: &ItemName) -> String {
        let (numbered, titled) = match (self, criterion) {
            (Action::Up, false) => (Item::MoveUpSection, Item::MoveUpSectionTitled),
            (Action::Down, false) => (Item::MoveDownSection, Item::MoveDownSectionTitled),
            (Action::Remove, false) => (Item::RemoveSection, Item::RemoveSectionTitled),
            (Action::Up, true) => (Item::MoveUpCriterion, Item::MoveUpCriterionTitled),
            (Action::Down, true) => (Item::MoveDownCriterion, Item::MoveDownCriterionTitled),
            (Action::Remove, true) => (Item::RemoveCriterion, Item::RemoveCriterionTitled),
        };
        item.say(numbered, titled, &[])
    }
}

/// Move up, Move down and Remove buttons for a section (`c` None) or a criterion.
fn item_buttons(ctx: Ctx, s: usize, c: Option<usize>, first: bool, last: bool) -> AnyView {
    let name = item_name(ctx, s, c);
    let prefix = match c {
        None => format!("s{s}"),
        Some(c) => format!("c{s}-{c}"),
    };
    let button = move |action: Action, disabled: bool| {
        let id = format!("{prefix}-{}", action.id());
        view! {
            <button type="button" class="button button--secondary" id=id disabled=disabled
                aria-label=move || name.with(|n| action.name(c.is_some(), n))
                on:click=move |_| ctx.reshape_item(s, c, action.step())>
                {action.label()}
            </button>
        }
    };
    view! {
        <div class="button-row">
            {button(Action::Up, first)}
            {button(Action::Down, last)}
            {button(Action::Remove, false)}
        </div>
    }
    .into_any()
}

impl Ctx {
    /// Moves (step -1 or 1) or removes (step 0) a section or criterion. A criterion moved past the
    /// end of its section goes to the next or previous section, so the keyboard can move it anywhere.
    fn reshape_item(self, s: usize, c: Option<usize>, step: i8) {
        let mut focus = None;
        self.reshape(
            |f| {
                let (at, action) = move_item(f, s, c, step);
                let label = action.id();
                focus = at.map(|(s, c)| match c {
                    None => format!("s{s}-{label}"),
                    Some(c) => format!("c{s}-{c}-{label}"),
                });
            },
            None,
        );
        let focus = focus.unwrap_or_else(|| "page-heading".into());
        request_animation_frame(move || location::focus_element(&focus));
    }
}

/// Applies a move or removal; returns where the item is now (None when removed) and which of its
/// buttons to focus (the same one, or the other move button at an edge).
fn move_item(
    f: &mut Framework,
    s: usize,
    c: Option<usize>,
    step: i8,
) -> (Option<(usize, Option<usize>)>, Action) {
    let label = if step < 0 { Action::Up } else { Action::Down };
    match c {
        None if s < f.sections.len() => {
            if step == 0 {
                f.sections.remove(s);
                return (None, label);
            }
            let to = if step < 0 { s.checked_sub(1) } else { Some(s + 1).filter(|t| *t < f.sections.len()) };
            let Some(to) = to else { return (Some((s, None)), label) };
            f.sections.swap(s, to);
            let edge = to == 0 || to + 1 == f.sections.len();
            (Some((to, None)), if edge { other(label) } else { label })
        }
        Some(c) if s < f.sections.len() && c < f.sections[s].criteria.len() => {
            if step == 0 {
                f.sections[s].criteria.remove(c);
                return (None, label);
            }
            let len = f.sections[s].criteria.len();
            let to = if step < 0 {
                match c.checked_sub(1) {
                    Some(to) => Some((s, to)),
                    None => s.checked_sub(1).map(|p| (p, f.sections[p].criteria.len())),
                }
            } else if c + 1 < len {
                Some((s, c + 1))
            } else {
                Some(s + 1).filter(|n| *n < f.sections.len()).map(|n| (n, 0))
            };
            let Some((ts, tc)) = to else { return (Some((s, Some(c))), label) };
            let criterion = f.sections[s].criteria.remove(c);
            let tc = tc.min(f.sections[ts].criteria.len());
            f.sections[ts].criteria.insert(tc, criterion);
            let total: usize = f.sections.iter().map(|x| x.criteria.len()).sum();
            let flat: usize = f.sections[..ts].iter().map(|x| x.criteria.len()).sum::<usize>() + tc;
            let edge = flat == 0 || flat + 1 == total;
            (Some((ts, Some(tc))), if edge { other(label) } else { label })
        }
        _ => (None, label),
    }
}

fn other(action: Action) -> Action {
    if action == Action::Up {
        Action::Down
    } else {
        Action::Up
    }
}

fn section_form(ctx: Ctx, s: usize, count: usize, section: &Section) -> AnyView {
    use FieldPath as P;
    let name = item_name(ctx, s, None);
    let (before, total) = ctx.draft.with_untracked(|f| {
        (
            f.sections[..s.min(f.sections.len())].iter().map(|x| x.criteria.len()).sum::<usize>(),
            f.criterion_count(),
        )
    });
    let at = move |field| P::Section { section: s, field };
    let mut children = vec![
        item_buttons(ctx, s, None, s == 0, s + 1 == count),
        text(ctx, at("id"), t(E::SectionId).into(), Kind::Line),
        text(ctx, at("title"), t(E::SectionTitle).into(), Kind::Line),
        text(ctx, at("summary"), t(E::SectionSummary).into(), Kind::Area),
        text(ctx, at("weight"), t(E::SectionWeight).into(), Kind::Number),
    ];
    children.extend(section.criteria.iter().enumerate().map(|(c, criterion)| {
        criterion_form(ctx, s, c, before + c == 0, before + c + 1 == total, criterion)
    }));
    let n = section.criteria.len();
    let add = move |_| {
        ctx.reshape(
            |f| {
                if let Some(section) = f.sections.get_mut(s) {
                    section.criteria.push(blank_criterion(&format!("{}-{}", section.id, n + 1)));
                }
            },
            Some(dom_id(P::Criterion { section: s, criterion: n, field: "id" })),
        );
    };
    children.push(add_button(
        t(E::AddCriterion),
        None,
        Signal::derive(move || name.with(|n| n.say(Item::AddCriterionTo, Item::AddCriterionToTitled, &[]))),
        add,
    ));
    let legend = Signal::derive(move || name.with(|n| n.say(Item::Section, Item::SectionTitled, &[])));
    group("fieldset editor-section", legend, children)
}

fn criterion_form(ctx: Ctx, s: usize, c: usize, first: bool, last: bool, criterion: &Criterion) -> AnyView {
    use FieldPath as P;
    let name = item_name(ctx, s, Some(c));
    let at = move |field| P::Criterion { section: s, criterion: c, field };
    let mut children = vec![
        item_buttons(ctx, s, Some(c), first, last),
        text(ctx, at("id"), t(E::CriterionId).into(), Kind::Line),
        text(ctx, at("title"), t(E::CriterionTitle).into(), Kind::Line),
        text(ctx, at("question"), t(E::Question).into(), Kind::Area),
        text(ctx, at("guidance"), t(E::Guidance).into(), Kind::Area),
        text(ctx, at("meets"), t(E::WhatMeets).into(), Kind::Area),
        text(ctx, at("falls_short"), t(E::WhatFallsShort).into(), Kind::Area),
        text(ctx, at("weight"), t(E::Weight).into(), Kind::Number),
        check(ctx, at("critical"), t(E::Critical)),
        text(ctx, at("search_terms"), t(E::SearchTerms).into(), Kind::Area),
    ];
    children.extend(
        DESCRIPTOR_FIELDS
            .iter()
            .enumerate()
            .map(|(level, field)| text(ctx, at(field), numbered(E::LevelForCriterion, level), Kind::Area)),
    );
    children.extend((0..criterion.sources.len()).map(|i| {
        let at = move |field| P::Source { section: s, criterion: c, source: i, field };
        let remove = move |_| {
            ctx.reshape(
                |f| {
                    if let Some(x) = f.sections.get_mut(s).and_then(|x| x.criteria.get_mut(c)) {
                        if i < x.sources.len() {
                            x.sources.remove(i);
                        }
                    }
                },
                Some(format!("c{s}-{c}-add-source")),
            );
        };
        group(
            "fieldset",
            Signal::stored(numbered(E::Source, i + 1)),
            vec![
                text(ctx, at("title"), t(E::SourceTitle).into(), Kind::Line),
                text(ctx, at("publisher"), t(E::Publisher).into(), Kind::Line),
                text(ctx, at("year"), t(E::Year).into(), Kind::Number),
                text(ctx, at("url"), t(E::WebAddress).into(), Kind::Line),
                add_button(
                    t(E::RemoveSource),
                    None,
                    Signal::derive(move || {
                        let source = (i + 1).to_string();
                        name.with(|n| {
                            n.say(Item::RemoveSourceOf, Item::RemoveSourceOfTitled, &[("source", &source)])
                        })
                    }),
                    remove,
                ),
            ],
        )
    }));
    let n = criterion.sources.len();
    let add_source = move |_| {
        ctx.reshape(
            |f| {
                if let Some(x) = f.sections.get_mut(s).and_then(|x| x.criteria.get_mut(c)) {
                    x.sources.push(Source {
                        title: String::new(),
                        publisher: String::new(),
                        year: None,
                        url: String::new(),
                    });
                }
            },
            Some(dom_id(P::Source { section: s, criterion: c, source: n, field: "title" })),
        );
    };
    children.push(add_button(
        t(E::AddSource),
        Some(format!("c{s}-{c}-add-source")),
        Signal::derive(move || name.with(|n| n.say(Item::AddSourceTo, Item::AddSourceToTitled, &[]))),
        add_source,
    ));
    let legend = Signal::derive(move || name.with(|n| n.say(Item::Criterion, Item::CriterionTitled, &[])));
    group("fieldset editor-criterion", legend, children)
}

const DESCRIPTOR_FIELDS: [&str; MAX_LEVEL as usize + 1] =
    ["descriptor_0", "descriptor_1", "descriptor_2", "descriptor_3", "descriptor_4"];

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Line,
    Area,
    Number,
}

/// The element id of a field: stable for its position, so the error summary can link to it.
fn dom_id(path: FieldPath) -> String {
    match path {
        FieldPath::Framework(f) => format!("fw-{f}"),
        FieldPath::Scale(f) => format!("scale-{f}"),
        FieldPath::Level { level, field } => format!("level-{level}-{field}"),
        FieldPath::Bands(f) => format!("band-{f}"),
        FieldPath::Section { section, field } => format!("s{section}-{field}"),
        FieldPath::Criterion { section, criterion, field } => format!("c{section}-{criterion}-{field}"),
        FieldPath::Source { section, criterion, source, field } => {
            format!("src{section}-{criterion}-{source}-{field}")
        }
    }
}

/// A labelled text, number or long-text field with its message, bound to the draft by `path`; with
/// its wording in the second language beside it when that is shown.
fn text(ctx: Ctx, path: FieldPath, label: String, kind: Kind) -> AnyView {
    let id = dom_id(path);
    let value = ctx.draft.try_update_untracked(|f| read(f, path)).unwrap_or_default();
    let error = Memo::new(move |_| ctx.error(path));
    let input = Callback::new(move |value: String| ctx.draft.update(|f| write_field(f, path, &value)));
    // Wording is in the framework's own language, which may not be the page's.
    let lang = is_wording(path).then(|| ctx.draft.with_untracked(|f| f.language.clone()));
    let own = field(Field { id, label: label.clone(), kind, lang, value, input, error: Some(error) });
    match ctx.second.get_untracked().filter(|_| is_wording(path)) {
        Some(lang) => {
            view! { <div class="field-pair">{own}{wording_text(ctx, path, label, kind, lang)}</div> }
                .into_any()
        }
        None => own,
    }
}

/// The field's wording in `lang`, beside the field. Blank falls back to the framework's own wording,
/// so nothing here is required; its language is marked for screen readers and spell checkers.
fn wording_text(ctx: Ctx, path: FieldPath, label: String, kind: Kind, lang: Language) -> AnyView {
    let value = ctx.draft.try_update_untracked(|f| read_wording(f, path, lang)).unwrap_or_default();
    let input =
        Callback::new(move |value: String| ctx.draft.update(|f| write_wording(f, path, lang, &value)));
    let label = tf(if lang == Language::Welsh { E::InWelsh } else { E::InEnglish }, &[("label", &label)]);
    let id = format!("{}-{}", dom_id(path), lang.code());
    field(Field { id, label, kind, lang: Some(lang.code().into()), value, input, error: None })
}

/// What one labelled field shows; both columns of a pair are drawn by `field`, so the page carries
/// one copy of the view code.
struct Field {
    id: String,
    label: String,
    kind: Kind,
    /// The language of what is typed, when it is wording.
    lang: Option<String>,
    value: String,
    input: Callback<String>,
    /// The field's message, if it is checked (wording in the second language falls back when blank).
    error: Option<Memo<Option<String>>>,
}

fn field(f: Field) -> AnyView {
    let Field { id, label, kind, lang, value, input, error } = f;
    let error_id = format!("{id}-error");
    let message = move || error.and_then(|e| e.get());
    let invalid = move || message().is_some().then_some("true");
    let described = {
        let error_id = error_id.clone();
        move || message().is_some().then(|| error_id.clone())
    };
    let on_input = move |ev: leptos::ev::Event| input.run(event_target_value(&ev));
    let control = if kind == Kind::Area {
        view! { <textarea id=id.clone() rows="3" lang=lang aria-invalid=invalid aria-describedby=described on:input=on_input prop:value=value></textarea> }
            .into_any()
    } else {
        let mode = (kind == Kind::Number).then_some("decimal");
        view! { <input id=id.clone() type="text" lang=lang inputmode=mode aria-invalid=invalid aria-describedby=described on:input=on_input prop:value=value /> }
            .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {control}
            {move || message().map(|m| view! { <p class="field-error" id=error_id.clone()>{m}</p> })}
        </div>
    }
    .into_any()
}

/// Whether to show the wording in the other language beside each field.
#[component]
fn SecondLanguage(ctx: Ctx) -> impl IntoView {
    let lang = ctx.draft.with_untracked(other_language);
    let label = t(if lang == Language::Welsh { E::ShowWelsh } else { E::ShowEnglish });
    let toggle = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        ctx.second.set(on.then_some(lang));
        ctx.layout.update(|n| *n += 1);
    };
    view! {
        <fieldset class="fieldset" id=dom_id(FieldPath::Framework("languages"))>
            <legend>{t(E::SecondLanguage)}</legend>
            <p class="hint">{t(E::SecondLanguageHint)}</p>
            <div class="field">
                <label><input type="checkbox" prop:checked=ctx.second.get_untracked().is_some() on:change=toggle />
                    " " {label}</label>
            </div>
        </fieldset>
    }
}

/// The language a framework's wording can be given in beside its own: the other of the two.
fn other_language(f: &Framework) -> Language {
    match Language::from_code(&f.language) {
        Some(Language::Welsh) => Language::English,
        _ => Language::Welsh,
    }
}

/// The draft as it is checked, saved and exported: blank search-term lines left out, and wording
/// left blank, or kept for a section or criterion no longer in the framework (removed, or its id
/// changed), dropped.
fn tidy(f: &Framework) -> Framework {
    let mut tidy = without_blank_terms(f);
    let sections: Vec<String> = tidy.sections.iter().map(|s| s.id.clone()).collect();
    let criteria: Vec<String> = tidy.criteria().map(|(_, c)| c.id.clone()).collect();
    for translation in tidy.languages.values_mut() {
        rebuild(&mut translation.sections, |id, w| {
            (sections.contains(&id) && *w != Default::default()).then_some(id)
        });
        rebuild(&mut translation.criteria, |id, w| {
            (criteria.contains(&id) && *w != Default::default()).then_some(id)
        });
        let levels = &mut translation.scale.levels;
        while levels.last().is_some_and(|l| *l == Default::default()) {
            levels.pop();
        }
    }
    rebuild(&mut tidy.languages, |code, t| (!t.is_empty()).then_some(code));
    tidy
}

/// Criteria from a spreadsheet: they replace the framework's, with their wording in other
/// languages where the file has it (the framework's own title and scale wording are kept).
fn take_criteria(f: &mut Framework, criteria: crate::format::criteria_csv::Criteria) {
    f.sections = criteria.sections;
    for translation in f.languages.values_mut() {
        translation.sections.clear();
        translation.criteria.clear();
    }
    for (code, worded) in criteria.languages {
        if code == f.language {
            continue;
        }
        let translation = f.languages.entry(code).or_default();
        translation.sections = worded.sections;
        translation.criteria = worded.criteria;
    }
}

fn check(ctx: Ctx, path: FieldPath, label: &'static str) -> AnyView {
    let id = dom_id(path);
    let checked = ctx.draft.try_update_untracked(|f| read(f, path) == "true").unwrap_or_default();
    view! {
        <div class="field">
            <label><input type="checkbox" id=id prop:checked=checked
                on:change:target=move |ev| ctx.draft.update(|f| write(f, path, if ev.target().checked() { "true" } else { "" })) />
                " " {label}</label>
        </div>
    }
    .into_any()
}

/// One field of the framework, reachable for reading and writing.
enum Slot<'a> {
    Text(&'a mut String),
    Number(&'a mut f64),
    Weeks(&'a mut Option<u32>),
    Year(&'a mut Option<u16>),
    Flag(&'a mut bool),
    Descriptor(&'a mut Vec<String>, usize),
    /// One entry per line.
    Lines(&'a mut Vec<String>),
}

fn slot(f: &mut Framework, path: FieldPath) -> Option<Slot<'_>> {
    use FieldPath as P;
    Some(match path {
        P::Framework("id") => Slot::Text(&mut f.id),
        P::Framework("version") => Slot::Text(&mut f.version),
        P::Framework("title") => Slot::Text(&mut f.title),
        P::Framework("summary") => Slot::Text(&mut f.summary),
        P::Framework("needs_assessment_before_publication") => {
            Slot::Flag(&mut f.timescale_rules.needs_assessment_before_publication)
        }
        P::Framework("min_consultation_weeks") => Slot::Weeks(&mut f.timescale_rules.min_consultation_weeks),
        P::Framework("min_weeks_publication_to_start") => {
            Slot::Weeks(&mut f.timescale_rules.min_weeks_publication_to_start)
        }
        P::Scale("not_applicable_label") => Slot::Text(&mut f.scale.not_applicable_label),
        P::Scale("insufficient_evidence_label") => Slot::Text(&mut f.scale.insufficient_evidence_label),
        P::Level { level, field } => {
            let l = f.scale.levels.get_mut(level)?;
            Slot::Text(if field == "label" { &mut l.label } else { &mut l.descriptor })
        }
        P::Bands("outstanding") => Slot::Number(&mut f.bands.outstanding),
        P::Bands("good") => Slot::Number(&mut f.bands.good),
        P::Bands("requires_improvement") => Slot::Number(&mut f.bands.requires_improvement),
        P::Section { section, field } => {
            let x = f.sections.get_mut(section)?;
            match field {
                "id" => Slot::Text(&mut x.id),
                "title" => Slot::Text(&mut x.title),
                "summary" => Slot::Text(&mut x.summary),
                "weight" => Slot::Number(&mut x.weight),
                _ => return None,
            }
        }
        P::Criterion { section, criterion, field } => {
            let x = f.sections.get_mut(section)?.criteria.get_mut(criterion)?;
            match field {
                "id" => Slot::Text(&mut x.id),
                "title" => Slot::Text(&mut x.title),
                "question" => Slot::Text(&mut x.question),
                "guidance" => Slot::Text(&mut x.guidance),
                "meets" => Slot::Text(&mut x.meets),
                "falls_short" => Slot::Text(&mut x.falls_short),
                "weight" => Slot::Number(&mut x.weight),
                "critical" => Slot::Flag(&mut x.critical),
                "search_terms" => Slot::Lines(&mut x.search_terms),
                other => {
                    Slot::Descriptor(&mut x.descriptors, DESCRIPTOR_FIELDS.iter().position(|d| *d == other)?)
                }
            }
        }
        P::Source { section, criterion, source, field } => {
            let x = f.sections.get_mut(section)?.criteria.get_mut(criterion)?.sources.get_mut(source)?;
            match field {
                "title" => Slot::Text(&mut x.title),
                "publisher" => Slot::Text(&mut x.publisher),
                "year" => Slot::Year(&mut x.year),
                "url" => Slot::Text(&mut x.url),
                _ => return None,
            }
        }
        _ => return None,
    })
}

/// Whether a field is wording, which a translation can give in another language (ids, numbers,
/// flags, web addresses and sources are the same in every language).
fn is_wording(path: FieldPath) -> bool {
    use FieldPath as P;
    match path {
        P::Framework(field) => matches!(field, "title" | "summary"),
        P::Scale(field) => matches!(field, "not_applicable_label" | "insufficient_evidence_label"),
        P::Level { .. } => true,
        P::Section { field, .. } => matches!(field, "title" | "summary"),
        P::Criterion { field, .. } => !matches!(field, "id" | "weight" | "critical"),
        P::Bands(_) | P::Source { .. } => false,
    }
}

/// One wording field of a translation. Sections and criteria are worded by id, so the id is looked
/// up in the framework first.
fn wording_slot<'a>(t: &'a mut Translation, owner: Option<String>, path: FieldPath) -> Option<Slot<'a>> {
    use FieldPath as P;
    Some(match path {
        P::Framework("title") => Slot::Text(&mut t.title),
        P::Framework("summary") => Slot::Text(&mut t.summary),
        P::Scale("not_applicable_label") => Slot::Text(&mut t.scale.not_applicable_label),
        P::Scale("insufficient_evidence_label") => Slot::Text(&mut t.scale.insufficient_evidence_label),
        P::Level { level, field } => {
            if t.scale.levels.len() <= level {
                t.scale.levels.resize(level + 1, Default::default());
            }
            let l = &mut t.scale.levels[level];
            Slot::Text(if field == "label" { &mut l.label } else { &mut l.descriptor })
        }
        P::Section { field, .. } => {
            let w = t.sections.entry(owner?).or_default();
            match field {
                "title" => Slot::Text(&mut w.title),
                "summary" => Slot::Text(&mut w.summary),
                _ => return None,
            }
        }
        P::Criterion { field, .. } => {
            let w = t.criteria.entry(owner?).or_default();
            match field {
                "title" => Slot::Text(&mut w.title),
                "question" => Slot::Text(&mut w.question),
                "guidance" => Slot::Text(&mut w.guidance),
                "meets" => Slot::Text(&mut w.meets),
                "falls_short" => Slot::Text(&mut w.falls_short),
                "search_terms" => Slot::Lines(&mut w.search_terms),
                other => {
                    Slot::Descriptor(&mut w.descriptors, DESCRIPTOR_FIELDS.iter().position(|d| *d == other)?)
                }
            }
        }
        _ => return None,
    })
}

/// The id of the section or criterion a field belongs to, which its wording is kept under.
fn owner_id(f: &Framework, path: FieldPath) -> Option<String> {
    match path {
        FieldPath::Section { section, .. } => f.sections.get(section).map(|s| s.id.clone()),
        FieldPath::Criterion { section, criterion, .. } => {
            f.sections.get(section)?.criteria.get(criterion).map(|c| c.id.clone())
        }
        _ => None,
    }
}

/// Reads or writes a field's wording in `lang` through `use_slot`. Reading may leave empty wording
/// in the draft; `tidy` drops it before the draft is checked, saved or exported.
fn with_wording<R>(
    f: &mut Framework,
    path: FieldPath,
    lang: Language,
    use_slot: impl FnOnce(Option<Slot<'_>>) -> R,
) -> R {
    let owner = owner_id(f, path);
    let translation = f.languages.entry(lang.code().into()).or_default();
    use_slot(wording_slot(translation, owner, path))
}

fn read_wording(f: &mut Framework, path: FieldPath, lang: Language) -> String {
    with_wording(f, path, lang, read_slot)
}

fn write_wording(f: &mut Framework, path: FieldPath, lang: Language, value: &str) {
    with_wording(f, path, lang, |slot| write_slot(slot, value));
}

/// Writes a field, and when it is a section's or criterion's id, moves its wording in other
/// languages to the new id (wording is kept by id). Not onto an id that already has wording: that
/// is another item's, and the duplicate id is reported anyway.
fn write_field(f: &mut Framework, path: FieldPath, value: &str) {
    let renamed = match path {
        FieldPath::Section { field: "id", .. } | FieldPath::Criterion { field: "id", .. } => {
            owner_id(f, path)
        }
        _ => None,
    };
    write(f, path, value);
    let Some(old) = renamed else { return };
    let renamed = |id: String| Some(if id == old { value.to_string() } else { id });
    for translation in f.languages.values_mut() {
        if matches!(path, FieldPath::Section { .. }) {
            if !translation.sections.contains_key(value) {
                rebuild(&mut translation.sections, |id, _| renamed(id));
            }
        } else if !translation.criteria.contains_key(value) {
            rebuild(&mut translation.criteria, |id, _| renamed(id));
        }
    }
}

/// Builds `map` again from its entries, each kept under the key `keep` gives it, or dropped. By
/// insertion rather than `retain` and `remove`, whose rebalancing code, for these maps of wording,
/// measured 9 KB raw in the page; insertion is there anyway, for reading files.
fn rebuild<V>(map: &mut BTreeMap<String, V>, mut keep: impl FnMut(String, &V) -> Option<String>) {
    for (key, value) in std::mem::take(map) {
        if let Some(key) = keep(key, &value) {
            map.entry(key).or_insert(value);
        }
    }
}

/// What a field holds, as typed. `slot` needs a mutable framework, so callers lend one untracked.
fn read(f: &mut Framework, path: FieldPath) -> String {
    read_slot(slot(f, path))
}

fn read_slot(slot: Option<Slot<'_>>) -> String {
    match slot {
        Some(Slot::Text(t)) => t.clone(),
        Some(Slot::Number(n)) => shortest(*n),
        Some(Slot::Weeks(w)) => w.map(|w| w.to_string()).unwrap_or_default(),
        Some(Slot::Year(y)) => y.map(|y| y.to_string()).unwrap_or_default(),
        Some(Slot::Flag(b)) => {
            if *b {
                "true".into()
            } else {
                String::new()
            }
        }
        Some(Slot::Descriptor(d, i)) => d.get(i).cloned().unwrap_or_default(),
        Some(Slot::Lines(lines)) => lines.join("\n"),
        None => String::new(),
    }
}

/// Writes what was typed. A weight that is not a number becomes NaN, which `validate` reports; a
/// week count or year that is not a whole number is left blank.
fn write(f: &mut Framework, path: FieldPath, value: &str) {
    write_slot(slot(f, path), value)
}

fn write_slot(slot: Option<Slot<'_>>, value: &str) {
    match slot {
        Some(Slot::Text(t)) => *t = value.to_string(),
        Some(Slot::Number(n)) => *n = parse_decimal(value.trim()).unwrap_or(f64::NAN),
        Some(Slot::Weeks(w)) => *w = value.trim().parse().ok(),
        Some(Slot::Year(y)) => *y = value.trim().parse().ok(),
        Some(Slot::Flag(b)) => *b = !value.is_empty(),
        Some(Slot::Descriptor(d, i)) => {
            d.resize(usize::from(MAX_LEVEL) + 1, String::new());
            d[i] = value.to_string();
            // All blank means "the scale's", stored as no descriptors, as files write it.
            if d.iter().all(|x| x.trim().is_empty()) {
                d.clear();
            }
        }
        // Kept as typed, blank lines too, so that Enter starts a new line; the finder and the
        // export skip blank ones.
        Some(Slot::Lines(lines)) => {
            *lines = if value.trim().is_empty() {
                vec![]
            } else {
                value.split('\n').map(|l| l.trim_end_matches('\r').to_string()).collect()
            };
        }
        None => {}
    }
}
