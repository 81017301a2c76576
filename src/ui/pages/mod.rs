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

use crate::state::route::Page;

/// The document title of each page (the app adds " | Spec Lens").
pub fn title(page: &Page) -> String {
    match page {
        Page::Library => "Assessments".into(),
        Page::NewAssessment => "New assessment".into(),
        Page::Assessment(_) => "Score a specification".into(),
        Page::Results(_) => "Results".into(),
        Page::Compare { .. } => "Compare assessments".into(),
        Page::Workshop => "Workshop".into(),
        Page::Projector => "Workshop projector".into(),
        Page::Presenter => "Workshop presenter view".into(),
        Page::Frameworks | Page::Framework(_) | Page::FrameworkVersion { .. } => "Frameworks".into(),
        Page::FrameworkEditor => "Framework editor".into(),
        Page::About => "About".into(),
        Page::Share(_) => "Shared assessment".into(),
        Page::NotFound(_) => "Page not found".into(),
    }
}
