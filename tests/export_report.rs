//! The Markdown report carries what the results page shows, with user text escaped.

use spec_lens::domain::builtin;
use spec_lens::format::report::markdown_report;

#[test]
fn the_report_has_every_part_of_the_results() {
    let framework = builtin::builtin_framework().unwrap();
    let assessment = builtin::worked_example().unwrap();
    let md = markdown_report(&assessment, &framework);
    for heading in [
        "# Results: ",
        "## Summary",
        "## By section",
        "## What to fix first",
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
    let framework = builtin::builtin_framework().unwrap();
    let mut assessment = builtin::worked_example().unwrap();
    assessment.specification.title = "Evil | title\n# injected <script>".into();
    let md = markdown_report(&assessment, &framework);
    let first = md.lines().next().unwrap();
    assert_eq!(first, "# Results: Evil \\| title \\# injected \\<script\\>");
    assert!(!md.lines().any(|l| l.starts_with("# injected")));
}
