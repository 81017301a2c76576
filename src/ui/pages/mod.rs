pub mod about;
pub mod assess;
pub mod compare;
pub mod framework_editor;
pub mod frameworks;
pub mod library;
pub mod new_assessment;
pub mod not_found;
pub mod presenter;
pub mod projector;
pub mod results;
pub mod share;
pub mod workshop;

use crate::i18n::messages::shell::PageTitle;
use crate::i18n::t;
use crate::state::route::Page;

/// The document title of each page (the app adds " | Spec Lens").
pub fn title(page: &Page) -> &'static str {
    t(match page {
        Page::Library => PageTitle::Library,
        Page::NewAssessment => PageTitle::NewAssessment,
        Page::Assessment(_) => PageTitle::Assessment,
        Page::Results(_) => PageTitle::Results,
        Page::Compare { .. } => PageTitle::Compare,
        Page::Workshop => PageTitle::Workshop,
        Page::Projector => PageTitle::Projector,
        Page::Presenter => PageTitle::Presenter,
        Page::Frameworks | Page::Framework(_) | Page::FrameworkVersion { .. } => PageTitle::Frameworks,
        Page::FrameworkEditor => PageTitle::FrameworkEditor,
        Page::About => PageTitle::About,
        Page::Share(_) => PageTitle::Share,
        Page::NotFound(_) => PageTitle::NotFound,
    })
}
