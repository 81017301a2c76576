//! Native tests over the sources the built-in framework cites. A commissioning team shows a score
//! to a board, a partnership or a court, so every criterion must rest on the document itself: an
//! Act, a court judgment, a report of Parliament or of a public body, or a peer-reviewed paper,
//! not a blog post or a copy of it on a document-sharing site. A second-hand source may stay only
//! where no primary one could be found, and then its title must say "secondary source".

#[path = "support/common.rs"]
mod common;

use common::framework;

/// Hosts of public bodies, courts, Parliament and peer-reviewed journals. A host matches an entry
/// when it is the entry or ends with "." and the entry, so "gov.uk" covers every GOV.UK host.
const PRIMARY_HOSTS: &[&str] = &[
    // Acts and statutory instruments.
    "legislation.gov.uk",
    // UK government and its bodies: GOV.UK and its document store, HM Inspectorates
    // (justiceinspectorates.gov.uk), the ONS, The National Archives' Find Case Law, the Civil
    // Service's Procurement Pathway.
    "gov.uk",
    // Parliament: committee reports and evidence, the Commons Library, written statements.
    "parliament.uk",
    // The Welsh Government, and its procurement portal (sell2wales.gov.wales).
    "gov.wales",
    // NHS England and other NHS bodies.
    "nhs.uk",
    // The National Audit Office.
    "nao.org.uk",
    // Courts and judgments.
    "bailii.org",
    "judiciary.uk",
    "supremecourt.uk",
    // Peer-reviewed papers, by their DOI: the framework cites Probation Journal (SAGE) and
    // Health & Justice (BioMed Central) this way.
    "doi.org",
];

/// Code and data a public body publishes under its own name, as (host, path prefix): the Ministry
/// of Justice's GitHub organisation holds the production seed data of the Commissioned
/// Rehabilitative Services specifications.
const PRIMARY_PATHS: &[(&str, &str)] = &[("github.com", "/ministryofjustice/")];

/// Hosts that republish, summarise or comment on other people's documents: document-sharing
/// sites, legal-news aggregators and blog platforms. A source here must say in its title that it
/// is a secondary source.
const SECOND_HAND_HOSTS: &[&str] = &[
    "scribd.com",
    "lexology.com",
    "vlex.co.uk",
    "vlex.com",
    "medium.com",
    "substack.com",
    "wordpress.com",
    "blogspot.com",
    "blogspot.co.uk",
    "vdocuments.net",
    "vdocuments.site",
    "vdocuments.mx",
    "fdocuments.net",
    "fdocuments.in",
    "documents.pub",
    "docslib.org",
    "docplayer.net",
    "pdfslide.net",
    "pdfslide.us",
    "paperzz.com",
    "studylib.net",
    "readkong.com",
    "issuu.com",
    "slideshare.net",
    "yumpu.com",
];

/// What a title must contain (in any case) for a second-hand source to be allowed.
const SECONDARY_MARK: &str = "secondary source";

/// Years a cited document can plausibly have; `None` is allowed, since a year is never guessed.
const YEARS: std::ops::RangeInclusive<u16> = 1990..=2026;

/// The host and path of an https address, or `None` when the address is not https or has no
/// plausible host (lower-case letters, digits, hyphens and at least one dot; no user or port).
fn host_and_path(url: &str) -> Option<(&str, &str)> {
    let rest = url.strip_prefix("https://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (host, path) = rest.split_at(end);
    let labels_ok = host.split('.').all(|label| {
        !label.is_empty()
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
    });
    (host.contains('.') && labels_ok && !url.contains(char::is_whitespace)).then_some((host, path))
}

fn on_host(host: &str, entry: &str) -> bool {
    host == entry || host.strip_suffix(entry).is_some_and(|head| head.ends_with('.'))
}

fn is_primary(url: &str) -> bool {
    host_and_path(url).is_some_and(|(host, path)| {
        PRIMARY_HOSTS.iter().any(|entry| on_host(host, entry))
            || PRIMARY_PATHS.iter().any(|(entry, prefix)| on_host(host, entry) && path.starts_with(prefix))
    })
}

fn is_second_hand(url: &str) -> bool {
    host_and_path(url).is_some_and(|(host, _)| SECOND_HAND_HOSTS.iter().any(|entry| on_host(host, entry)))
}

fn marked_secondary(title: &str) -> bool {
    title.to_lowercase().contains(SECONDARY_MARK)
}

#[test]
fn every_criterion_cites_a_primary_source() {
    let f = framework();
    for (_, c) in f.criteria() {
        assert!(
            c.sources.iter().any(|s| is_primary(&s.url)),
            "{} (framework {}) cites no source on a public body, court, Parliament or journal host: {:?}",
            c.id,
            f.version,
            c.sources.iter().map(|s| s.url.as_str()).collect::<Vec<_>>()
        );
    }
}

#[test]
fn every_address_is_https_with_a_host() {
    let f = framework();
    for (_, c) in f.criteria() {
        for s in &c.sources {
            assert!(
                host_and_path(&s.url).is_some(),
                "{}: {:?} is not an https address with a host",
                c.id,
                s.url
            );
        }
    }
}

#[test]
fn no_second_hand_host_unless_the_title_says_so() {
    let f = framework();
    for (_, c) in f.criteria() {
        for s in &c.sources {
            assert!(
                !is_second_hand(&s.url) || marked_secondary(&s.title),
                "{}: {} is on a second-hand host; cite the document itself, or say \"{SECONDARY_MARK}\" in \
                 the title ({:?})",
                c.id,
                s.url,
                s.title
            );
        }
    }
}

#[test]
fn years_are_plausible_or_absent() {
    let f = framework();
    for (_, c) in f.criteria() {
        for s in &c.sources {
            if let Some(year) = s.year {
                assert!(YEARS.contains(&year), "{}: year {year} for {:?} is out of range", c.id, s.title);
            }
        }
    }
}

/// The rules above, on addresses whose answer is known, so a slip in the matching cannot let
/// every source through.
#[test]
fn the_host_rules_classify_known_addresses() {
    for url in [
        "https://www.legislation.gov.uk/ukpga/2011/13/section/10",
        "https://committees.parliament.uk/writtenevidence/11035/html/",
        "https://hmiprobation.justiceinspectorates.gov.uk/document/national-inspection-april-2025",
        "https://sell2wales.gov.wales/search/show/search_view.aspx?ID=JUN336418",
        "https://www.england.nhs.uk/long-read/x/",
        "https://nao.org.uk/press-release/x/",
        "https://doi.org/10.1177/0264550507070223",
        "https://github.com/ministryofjustice/hmpps-interventions-onboarding/blob/x/y.sql",
    ] {
        assert!(is_primary(url), "{url} should count as primary");
        assert!(!is_second_hand(url), "{url} should not count as second-hand");
    }
    for url in [
        "https://www.carleyconsult.com/4bn-probation-service-dynamic-framework-open-for-applications/",
        "https://notgov.uk/x",
        "https://gov.uk.example.com/x",
        "https://github.com/someone/ministryofjustice/x",
        "https://www.scribd.com/document/1429603/UK-Home-Office-PC60",
    ] {
        assert!(!is_primary(url), "{url} should not count as primary");
    }
    for url in [
        "https://www.scribd.com/document/1",
        "https://de.scribd.com/document/1",
        "https://www.lexology.com/library/detail.aspx?g=1",
        "https://vlex.co.uk/vid/1",
        "https://example.blogspot.com/2013/03/x.html",
        "https://someone.wordpress.com/x",
    ] {
        assert!(is_second_hand(url), "{url} should count as second-hand");
    }
    for url in [
        "http://www.gov.uk/x",
        "https://",
        "https:///x",
        "https://localhost/x",
        "https://Gov.UK/x",
        "https://a b.gov.uk/",
    ] {
        assert!(host_and_path(url).is_none(), "{url:?} should be refused");
    }
    assert!(marked_secondary("A copy (Secondary source: copy hosted on Scribd)"));
    assert!(!marked_secondary("Probation Circular PC60/2004"));
}
