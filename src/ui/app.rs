use leptos::prelude::*;

use crate::browser::location;
use crate::state::catalogue::provide_catalogue;
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
#[component]
pub fn App() -> impl IntoView {
    provide_route();
    provide_catalogue();
    provide_library();
    provide_workshop();
    let shared = provide_shared_computer();
    let page = use_page();
    announce_page_changes(page);
    // The projector shows only what the room should see: no header, navigation or footer.
    let projector = Memo::new(move |_| page.get() == Page::Projector);
    move || {
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
        <a class="skip-link" href="#main-content" on:click=skip_to_content>"Skip to content"</a>
        <header class="site-header">
            <div class="site-header__inner">
                <a class="brand" href="#/">
                    <span class="brand__name">"Spec Lens"</span>
                </a>
                <MainNav />
                <SaveIndicator />
            </div>
        </header>
        <main id="main-content" class="page" tabindex="-1">
            <StorageBanners />
            {move || render_page(page.get())}
        </main>
        <footer class="site-footer">
            <p>"Spec Lens runs entirely in your browser. Nothing you type or load leaves this computer."</p>
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
    Effect::new(move |previous: Option<Page>| {
        let current = page.get();
        location::set_document_title(&format!("{} | Spec Lens", pages::title(&current)));
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
                    {section.label()}
                </a>
            </li>
        }
    });
    view! {
        <nav class="main-nav" aria-label="Main">
            <ul>{items.into_iter().collect_view()}</ul>
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
