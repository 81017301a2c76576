//! The Markdown report carries what the results page shows, with user text escaped.

#[path = "support/common.rs"]
mod common;

use common::{framework, worked_example};
use spec_lens::domain::finder::UnicodeFold;
use spec_lens::format::report::markdown_report;

#[test]
fn the_report_has_every_part_of_the_results() {
    let framework = framework();
    let assessment = worked_example();
    let md = markdown_report(&assessment, &framework, &UnicodeFold);
    for heading in [
        "# Results: ",
        "## Summary",
        "## By section",
        "## What to fix first",
        "## What the specification is silent on",
        "## Timescale findings",
        "## Insufficient evidence",
        "## Every criterion",
    ] {
        assert!(md.contains(heading), "missing {heading}");
    }
    assert!(md.contains("band **Inadequate**"));
    assert!(md.contains("**Critical criteria:**"));
    for section in &framework.sections {
        assert!(md.contains(&format!("### {}", section.title)), "{}", section.title);
    }
}

#[test]
fn user_text_cannot_break_the_document() {
    let framework = framework();
    let mut assessment = worked_example();
    assessment.specification.title = "Evil | title\n# injected <script>".into();
    let md = markdown_report(&assessment, &framework, &UnicodeFold);
    let first = md.lines().next().unwrap();
    assert_eq!(first, "# Results: Evil \\| title \\# injected \\<script\\>");
    assert!(!md.lines().any(|l| l.starts_with("# injected")));
}

#[test]
fn the_report_names_the_document_scored_and_cites_clauses_by_label_and_page() {
    use spec_lens::domain::document::{build, Paragraph, SourceFile};
    use spec_lens::domain::Evidence;
    let framework = framework();
    let mut assessment = worked_example();
    let source = SourceFile {
        name: "Accommodation v2.docx".into(),
        size: 48213,
        sha256: "sha256:5b0f7d1e".into(),
        opened_at: "2026-10-01T08:55:00Z".parse().unwrap(),
    };
    let mut clause = Paragraph::body("4.2.1", "Women are offered a female key worker.");
    clause.page = Some(12);
    assessment.specification.document = Some(build(Some(source), vec![clause], 0));
    let (id, response) = assessment.responses.iter_mut().next().expect("an answered criterion");
    response.evidence = vec![Evidence { clause: Some(1), quote: "a female key worker".into() }];
    let id = id.clone();
    let md = markdown_report(&assessment, &framework, &UnicodeFold);
    assert!(md.contains("Accommodation v2.docx (48213 bytes), opened"), "{md}");
    assert!(md.contains("`sha256:5b0f7d1e`"), "the document's SHA-256 as code");
    assert!(
        md.contains("> Clause 4.2.1 (p. 12): a female key worker"),
        "evidence for {id} cites label and page"
    );
}
