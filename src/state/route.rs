//! Pages live in `location.hash`, so every page has a link that can be bookmarked or shared and a
//! static host needs no rewrite rules. The parser is pure and tested natively.

use leptos::prelude::*;

use crate::browser::location;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    /// The start page: every assessment in this browser.
    Library,
    NewAssessment,
    Assessment(String),
    Results(String),
    /// Two assessments side by side, by id: the first (earlier) one, then the second.
    Compare {
        first: String,
        second: String,
    },
    Workshop,
    Projector,
    Presenter,
    Frameworks,
    /// A framework by id: its newest version in this browser.
    Framework(String),
    /// One version of a framework, by id and version: how an earlier version is read in full.
    FrameworkVersion {
        id: String,
        version: String,
    },
    /// The framework being edited: one draft at a time, kept in storage, so the address needs no id
    /// (and no framework id can clash with it).
    FrameworkEditor,
    About,
    /// A share link: the assessment travels in the fragment itself.
    Share(String),
    NotFound(String),
}

impl Page {
    /// Parses a `location.hash` such as "#/frameworks/abc". An empty hash is the library.
    pub fn parse(hash: &str) -> Page {
        let path = hash.trim_start_matches('#').trim_start_matches('/').trim_end_matches('/');
        let parts: Vec<&str> = path.split('/').collect();
        match parts.as_slice() {
            [""] | ["assessments"] => Page::Library,
            ["assessments", "new"] => Page::NewAssessment,
            ["assessments", id] if !id.is_empty() => Page::Assessment(id.to_string()),
            ["assessments", id, "results"] if !id.is_empty() => Page::Results(id.to_string()),
            ["compare", first, second] if !first.is_empty() && !second.is_empty() => {
                Page::Compare { first: first.to_string(), second: second.to_string() }
            }
            ["workshop"] => Page::Workshop,
            ["workshop", "projector"] => Page::Projector,
            ["workshop", "presenter"] => Page::Presenter,
            ["frameworks"] => Page::Frameworks,
            ["frameworks", id] if !id.is_empty() => Page::Framework(id.to_string()),
            ["frameworks", id, "versions", version @ ..] if !id.is_empty() && !version.is_empty() => {
                Page::FrameworkVersion { id: id.to_string(), version: version.join("/") }
            }
            ["framework-editor"] => Page::FrameworkEditor,
            ["about"] => Page::About,
            ["share", data] if !data.is_empty() => Page::Share(data.to_string()),
            _ => Page::NotFound(hash.to_string()),
        }
    }

    /// The hash that `parse` reads back as this page.
    pub fn href(&self) -> String {
        match self {
            Page::Library => "#/".into(),
            Page::NewAssessment => "#/assessments/new".into(),
            Page::Assessment(id) => format!("#/assessments/{id}"),
            Page::Results(id) => format!("#/assessments/{id}/results"),
            Page::Compare { first, second } => format!("#/compare/{first}/{second}"),
            Page::Workshop => "#/workshop".into(),
            Page::Projector => "#/workshop/projector".into(),
            Page::Presenter => "#/workshop/presenter".into(),
            Page::Frameworks => "#/frameworks".into(),
            Page::Framework(id) => format!("#/frameworks/{id}"),
            Page::FrameworkVersion { id, version } => format!("#/frameworks/{id}/versions/{version}"),
            Page::FrameworkEditor => "#/framework-editor".into(),
            Page::About => "#/about".into(),
            Page::Share(data) => format!("#/share/{data}"),
            Page::NotFound(hash) => hash.clone(),
        }
    }

    /// Which main navigation entry this page belongs to.
    pub fn nav_section(&self) -> Option<NavSection> {
        match self {
            Page::Library
            | Page::NewAssessment
            | Page::Assessment(_)
            | Page::Results(_)
            | Page::Compare { .. } => Some(NavSection::Assessments),
            Page::Workshop | Page::Projector | Page::Presenter => Some(NavSection::Workshop),
            Page::Frameworks | Page::Framework(_) | Page::FrameworkVersion { .. } | Page::FrameworkEditor => {
                Some(NavSection::Frameworks)
            }
            Page::About => Some(NavSection::About),
            Page::Share(_) => Some(NavSection::Assessments),
            Page::NotFound(_) => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NavSection {
    Assessments,
    Frameworks,
    Workshop,
    About,
}

impl NavSection {
    pub const ALL: [NavSection; 4] =
        [NavSection::Assessments, NavSection::Frameworks, NavSection::Workshop, NavSection::About];

    pub fn page(self) -> Page {
        match self {
            NavSection::Assessments => Page::Library,
            NavSection::Frameworks => Page::Frameworks,
            NavSection::Workshop => Page::Workshop,
            NavSection::About => Page::About,
        }
    }
}

/// Goes to `page` by changing the hash, so the browser's history and back button work.
pub fn navigate(page: &Page) {
    location::set_hash(&page.href());
}

/// The current page, read-only for components; it changes only when the hash does.
#[derive(Clone, Copy)]
pub struct CurrentPage(pub ReadSignal<Page>);

pub fn provide_route() {
    let (page, set_page) = signal(Page::parse(&location::hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_page.set(Page::parse(&location::hash()));
    });
    on_cleanup(move || handle.remove());
    provide_context(CurrentPage(page));
}

pub fn use_page() -> ReadSignal<Page> {
    expect_context::<CurrentPage>().0
}
