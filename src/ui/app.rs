use leptos::prelude::*;

use crate::browser::location;
use crate::i18n::messages::shell::Shell;
use crate::i18n::{t, tf, Lang};
use crate::state::catalogue::provide_catalogue;
use crate::state::language::{provide_language, use_language, TOGGLE_LINK_ID};
use crate::state::library::provide_library;
use crate::state::route::{provide_route, use_page, NavSection, Page};
use crate::state::workshop::provide_workshop;
use crate::ui::components::storage_status::{SaveIndicator, StorageBanners};
use crate::ui::pages;

/// What a shared computer needs: whether the browser keeps the work under pressure, and, once
/// "Forget this browser" has run, what it removed (the page then shows only that).
#[derive(Clone, Copy)]
pub struct SharedComputer {
    /// "granted", "denied", "not asked" or "unsupported"; None until the browser answers.
    pub persisted: RwSignal<Option<String>>,
    pub forgotten: RwSignal<Option<String>>,
}

pub fn use_shared_computer() -> SharedComputer {
    expect_context::<SharedComputer>()
}

/// Asks the browser to keep the storage once the library first holds work: a browser that grants
/// it will not clear the work to make space.
fn provide_shared_computer() -> SharedComputer {
    let shared = SharedComputer { persisted: RwSignal::new(None), forgotten: RwSignal::new(None) };
    provide_context(shared);
    let library = crate::state::library::use_library();
    Effect::new(move |asked: Option<bool>| {
        let holds_work = library.list().with(|l| !l.is_empty());
        if asked == Some(true) {
            return true;
        }
        leptos::task::spawn_local(async move {
            shared.persisted.set(Some(crate::browser::forget::persistence(holds_work).await));
        });
        holds_work
    });
    shared
}

/// The shell: skip link, header with the main navigation, the current page, and a footer.
/// `start` is the language the page opens in, its text already read (`state::language::prepare`).
#[component]
pub fn App(#[prop(optional)] start: Lang) -> impl IntoView {
    provide_catalogue();
    let language = provide_language(start);
    provide_route();
    provide_library();
    provide_workshop();
    let shared = provide_shared_computer();
    let page = use_page();
    announce_page_changes(page);
    // The projector shows only what the room should see: no header, navigation or footer.
    let projector = Memo::new(move |_| page.get() == Page::Projector);
    move || {
        // Every message reads the language when drawn: a new language draws the page again.
        language.current.track();
        if let Some(said) = shared.forgotten.get() {
            // Nothing of the library is drawn again, so nothing can be saved back.
            view! {
                <main id="main-content" class="page" tabindex="-1">
                    <pages::about::Forgotten said=said />
                </main>
            }
            .into_any()
        } else if projector.get() {
            view! {
                <main id="main-content" class="projector" tabindex="-1">
                    <pages::projector::Projector />
                </main>
            }
            .into_any()
        } else {
            shell(page).into_any()
        }
    }
}

fn shell(page: ReadSignal<Page>) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main-content" on:click=skip_to_content>{t(Shell::SkipToContent)}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <a class="brand" href="#/">
                    <span class="brand__name">{t(Shell::Brand)}</span>
                </a>
                <MainNav />
                <SaveIndicator />
                <LanguageToggle />
            </div>
        </header>
        <main id="main-content" class="page" tabindex="-1">
            <StorageBanners />
            {move || render_page(page.get())}
        </main>
        <footer class="site-footer">
            <p>{t(Shell::Footer)}</p>
        </footer>
    }
}

/// The skip link must not change the hash (the hash is the route), so it moves focus itself.
fn skip_to_content(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    location::focus_element("main-content");
}

/// Keeps the document title in step with the page and, after the first render, moves focus to
/// the new page's heading so screen-reader users hear where they are.
fn announce_page_changes(page: ReadSignal<Page>) {
    let language = use_language();
    Effect::new(move |previous: Option<Page>| {
        language.current.track();
        let current = page.get();
        location::set_document_title(&tf(Shell::DocumentTitle, &[("page", pages::title(&current))]));
        if previous.is_some_and(|p| p != current) {
            location::focus_element("page-heading");
        }
        current
    });
}

#[component]
fn MainNav() -> impl IntoView {
    let page = use_page();
    let items = NavSection::ALL.map(|section| {
        let current = move || page.get().nav_section() == Some(section);
        view! {
            <li>
                <a href=section.page().href() aria-current=move || current().then_some("page")>
                    {nav_label(section)}
                </a>
            </li>
        }
    });
    view! {
        <nav class="main-nav" aria-label=t(Shell::MainNavigation)>
            <ul>{items.into_iter().collect_view()}</ul>
        </nav>
    }
}

fn nav_label(section: NavSection) -> &'static str {
    t(match section {
        NavSection::Assessments => Shell::NavAssessments,
        NavSection::Frameworks => Shell::NavFrameworks,
        NavSection::Workshop => Shell::NavWorkshop,
        NavSection::About => Shell::NavAbout,
    })
}

/// "English | Cymraeg", as GOV.UK services show it: the current language marked, the other a link to
/// this same page in that language (each named in its own language, with `lang` to match).
#[component]
fn LanguageToggle() -> impl IntoView {
    let language = use_language();
    let current = language.current.get_untracked();
    let choices = Lang::ALL.map(|lang| {
        let choice = if lang == current {
            view! { <span aria-current="true" lang=lang.code()>{lang.autonym()}</span> }.into_any()
        } else {
            let href = crate::browser::language::address_in(lang);
            let choose = move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                language.choose(lang);
            };
            view! {
                <a id=TOGGLE_LINK_ID href=href lang=lang.code() hreflang=lang.code() on:click=choose>
                    {lang.autonym()}
                </a>
            }
            .into_any()
        };
        view! { <li>{choice}</li> }
    });
    view! {
        <nav class="language-toggle" aria-label=t(Shell::LanguageNavigation)>
            <ul>{choices.into_iter().collect_view()}</ul>
            {move || language.problem.get().map(|p| view! { <p class="language-toggle__problem" role="alert">{p.to_string()}</p> })}
        </nav>
    }
}

fn render_page(page: Page) -> AnyView {
    match page {
        Page::Library => pages::library::Library().into_any(),
        Page::NewAssessment => pages::new_assessment::NewAssessment().into_any(),
        Page::Assessment(id) => view! { <pages::assess::AssessPage id=id /> }.into_any(),
        Page::Results(id) => view! { <pages::results::ResultsPage id=id /> }.into_any(),
        Page::Compare { first, second } => {
            view! { <pages::compare::ComparePage first=first second=second /> }.into_any()
        }
        Page::Frameworks => pages::frameworks::FrameworkList().into_any(),
        Page::Framework(id) => view! { <pages::frameworks::FrameworkDetail id=id /> }.into_any(),
        Page::FrameworkVersion { id, version } => {
            view! { <pages::frameworks::FrameworkDetail id=id version=version /> }.into_any()
        }
        Page::FrameworkEditor => pages::framework_editor::FrameworkEditor().into_any(),
        Page::Workshop => pages::workshop::Workshop().into_any(),
        Page::Presenter => pages::presenter::Presenter().into_any(),
        // Rendered by the App without the shell; never reached through here.
        Page::Projector => ().into_any(),
        Page::About => pages::about::About().into_any(),
        Page::Share(data) => view! { <pages::share::SharePage data=data /> }.into_any(),
        Page::NotFound(hash) => view! { <pages::not_found::NotFound hash=hash /> }.into_any(),
    }
}
