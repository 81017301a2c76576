//! The hash router is pure: every page's href parses back to the same page.

use spec_lens::state::route::{NavSection, Page};

#[test]
fn empty_and_root_hashes_are_the_library() {
    for hash in ["", "#", "#/", "#/assessments", "#/assessments/"] {
        assert_eq!(Page::parse(hash), Page::Library, "{hash:?}");
    }
}

#[test]
fn every_page_round_trips_through_its_href() {
    let pages = [
        Page::Library,
        Page::NewAssessment,
        Page::Assessment("a1".into()),
        Page::Results("a1".into()),
        Page::Compare { first: "a1".into(), second: "a2".into() },
        Page::Workshop,
        Page::Projector,
        Page::Presenter,
        Page::Frameworks,
        Page::Framework("inclusive-needs-assessment".into()),
        Page::Framework("edit".into()),
        Page::FrameworkVersion { id: "inclusive-needs-assessment".into(), version: "1.0".into() },
        Page::FrameworkVersion { id: "f".into(), version: "2.0/draft".into() },
        Page::FrameworkEditor,
        Page::About,
        Page::Share("eJzLSM3JyQcABiwCFQ".into()),
    ];
    for page in pages {
        assert_eq!(Page::parse(&page.href()), page);
    }
}

#[test]
fn unknown_addresses_are_not_found_and_keep_the_hash() {
    assert_eq!(Page::parse("#/nowhere"), Page::NotFound("#/nowhere".into()));
    assert_eq!(Page::parse("#/about/extra"), Page::NotFound("#/about/extra".into()));
    assert_eq!(Page::parse("#main"), Page::NotFound("#main".into()));
}

#[test]
fn nav_sections_map_to_their_pages() {
    for section in NavSection::ALL {
        assert_eq!(section.page().nav_section(), Some(section));
    }
    assert_eq!(Page::Results("x".into()).nav_section(), Some(NavSection::Assessments));
    assert_eq!(Page::Projector.nav_section(), Some(NavSection::Workshop));
    assert_eq!(Page::FrameworkEditor.nav_section(), Some(NavSection::Frameworks));
    // A framework may have the id "edit": the editor's address never shadows it.
    assert_eq!(Page::parse("#/frameworks/edit"), Page::Framework("edit".into()));
    assert_eq!(Page::parse("#/framework-editor"), Page::FrameworkEditor);
    assert_eq!(Page::NotFound("#/x".into()).nav_section(), None);
}

#[test]
fn a_comparison_is_addressed_by_its_two_assessments_in_order() {
    assert_eq!(Page::parse("#/compare/a-1/a-2"), Page::Compare { first: "a-1".into(), second: "a-2".into() });
    assert_eq!(Page::Compare { first: "x".into(), second: "y".into() }.href(), "#/compare/x/y");
    assert_eq!(Page::parse("#/compare/a-1/a-2").nav_section(), Some(NavSection::Assessments));
    // Two ids, no more and no fewer: anything else is no comparison.
    for hash in ["#/compare", "#/compare/a-1", "#/compare/a-1/", "#/compare//a-2", "#/compare/a/b/c"] {
        assert_eq!(Page::parse(hash), Page::NotFound(hash.into()), "{hash}");
    }
}
