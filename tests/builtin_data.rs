//! Native tests over the data Spec Lens ships: the built-in framework, the example
//! specifications and the worked example. Users trust a score only as far as they trust the
//! criteria, so the data is held to the same bar as code.

#[path = "support/common.rs"]
mod common;

use std::collections::BTreeSet;

use common::{examples, framework, versions, worked_example};
use spec_lens::domain::builtin::{
    builtin_framework_1_0, builtin_frameworks, CRS_ATTRIBUTION, RULES_HASH_1_0, RULES_HASH_1_1,
};
use spec_lens::domain::{
    changes, rescore, results, rules_hash, split_clauses, Answer, Assessment, Band, FrameworkRef, Response,
    Status, MAX_LEVEL,
};

#[test]
fn both_versions_parse_with_their_identity() {
    let all = versions();
    let numbers: Vec<&str> = all.iter().map(|f| f.version.as_str()).collect();
    assert_eq!(numbers, ["1.0", "1.1"], "oldest first, the newest is the one new work uses");
    for f in &all {
        assert_eq!(f.id, "inclusive-needs-assessment");
        assert_eq!(f.title, "Inclusive needs assessment for commissioned rehabilitative services");
        assert!(!f.summary.trim().is_empty());
    }
    assert_eq!(framework().version, "1.1");
}

/// Changing the scoring rules (criteria ids, weights, critical flags, the scale's levels, bands,
/// caps, timescale rules; not the wording, which the rules hash leaves out) needs a deliberate
/// version bump: assessments scored under a version pin its hash, and must score the same when
/// reopened. If this test fails, either undo the change or add a new version beside the old one.
#[test]
fn rules_hashes_are_pinned_for_each_version() {
    let f = builtin_framework_1_0().expect("1.0 parses");
    assert_eq!(f.version, "1.0");
    assert_eq!(rules_hash(&f), "sha256:36a69dfd7a43b7e940d5fb26dd6dd8cce6d23bfd16a5ebc0f284fa6713f70faf");
    assert_eq!(RULES_HASH_1_0, rules_hash(&f));
    // 1.0 is kept as it shipped, word for word: its framework hash is what its rules hash was
    // before the split (file format 3), which old references to it recorded.
    assert_eq!(
        spec_lens::domain::framework_hash(&f),
        "sha256:dfde378daa8e60b5b3d702a97c352808d4186e64857cae91e80e91557fa3228c"
    );
    assert_eq!(RULES_HASH_1_1, rules_hash(&framework()));
}

/// The page takes the built-in frameworks' hashes from constants instead of working them out.
#[test]
fn the_recorded_rules_hashes_are_the_built_in_frameworks() {
    for (f, hash) in builtin_frameworks().expect("parse") {
        assert_eq!(hash, rules_hash(&f), "version {}", f.version);
    }
    assert_eq!(spec_lens::domain::builtin::BUILTIN_RULES_HASH, rules_hash(&framework()));
}

/// What 1.1 changes, as "Re-score under the new version" lists it: three new criteria, none
/// removed, the golden thread made critical (and so reweighted), and the needs-assessment criteria
/// reworded to require a local assessment.
#[test]
fn version_1_1_lists_its_changes_against_1_0() {
    let old = builtin_framework_1_0().expect("1.0 parses");
    let new = framework();
    let c = changes(&old, &new);
    assert_eq!(c.new, ["data-local-assessment", "access-digital-exclusion", "spec-resources-follow-need"]);
    assert!(c.removed.is_empty(), "{:?}", c.removed);
    assert_eq!(c.reweighted, ["spec-golden-thread"]);
    for id in ["data-oasys-beyond", "process-before-specification", "spec-eligibility-referral"] {
        assert!(c.reworded.iter().any(|r| r == id), "{id} should be reworded");
    }
    assert!(!c.bands_changed && !c.scale_changed);
    assert!(!c.timescale_changed, "the minimums are as they were");
    assert!(c.timescale_criteria_changed, "1.1 names the criteria its timescale findings bear on");
    assert!(c.caps_changed, "two failed critical criteria mean Inadequate");
    assert!(c.terms_changed.len() >= new.criterion_count() - c.new.len(), "every criterion gained terms");
}

/// A 1.0 assessment re-scores into 1.1 as a copy: every answer carried over, nothing dropped, the
/// three new criteria left for the assessor, and the copy pinned to 1.1.
#[test]
fn a_1_0_assessment_rescores_into_1_1() {
    let old = builtin_framework_1_0().expect("1.0 parses");
    let new = framework();
    let now = chrono::DateTime::parse_from_rfc3339("2026-12-05T10:00:00Z").unwrap().to_utc();
    let mut assessment = Assessment {
        id: "a-1".into(),
        specification: examples().remove(0),
        framework: FrameworkRef {
            id: old.id.clone(),
            version: old.version.clone(),
            rules_hash: rules_hash(&old),
        },
        assessor: "Assessor".into(),
        status: Status::Draft,
        created_at: now,
        updated_at: now,
        revision: 1,
        responses: Default::default(),
        provenance: None,
    };
    for (_, c) in old.criteria() {
        let response =
            Response { answer: Answer::Level { level: 2 }, rationale: String::new(), evidence: vec![] };
        assessment.responses.insert(c.id.clone(), response);
    }
    let before = results(&old, &assessment.responses);
    let r = rescore(&assessment, &old, &new, now).expect("a draft re-scores");
    assert!(r.dropped.is_empty());
    assert_eq!(r.assessment.framework.version, "1.1");
    assert_eq!(r.assessment.framework.rules_hash, RULES_HASH_1_1);
    assert_eq!(r.assessment.responses.len(), old.criterion_count());
    let after = results(&new, &r.assessment.responses);
    assert_eq!(
        after.unanswered,
        ["access-digital-exclusion", "data-local-assessment", "spec-resources-follow-need"]
    );
    assert_eq!(results(&old, &assessment.responses), before, "the original is left as it was");
}

/// One failed critical criterion holds 1.1's band at Requires improvement; two hold it at
/// Inadequate, however well the rest scores (the reason is in the framework's summary).
#[test]
fn two_failed_critical_criteria_mean_inadequate_in_1_1() {
    let f = framework();
    assert_eq!(f.critical_caps.inadequate_from, Some(2));
    assert!(f.summary.contains("Two or more failed critical criteria hold the band at Inadequate"));
    let full = |failing: &[&str]| {
        f.criteria()
            .map(|(_, c)| {
                let level = if failing.contains(&c.id.as_str()) { 1 } else { MAX_LEVEL };
                (
                    c.id.clone(),
                    Response { answer: Answer::Level { level }, rationale: String::new(), evidence: vec![] },
                )
            })
            .collect()
    };
    let one = results(&f, &full(&["spec-golden-thread"]));
    assert_eq!(one.uncapped_band, Some(Band::Outstanding));
    assert_eq!(one.band, Some(Band::RequiresImprovement));
    let two = results(&f, &full(&["spec-golden-thread", "data-local-assessment"]));
    assert_eq!(two.uncapped_band, Some(Band::Outstanding));
    assert_eq!(two.band, Some(Band::Inadequate));
    let cap = two.cap.expect("capped");
    assert_eq!(cap.band, Band::Inadequate);
    assert_eq!(cap.criteria, ["data-local-assessment", "spec-golden-thread"]);
    let reason = spec_lens::i18n::words::cap_reason(&cap);
    assert!(reason.starts_with("Capped at Inadequate"), "{reason}");
    // 1.0 never had the rule: the same two failures only hold it at Requires improvement.
    let old = builtin_framework_1_0().expect("1.0 parses");
    let old_two =
        results(&old, &full(&["spec-golden-thread", "process-before-specification", "partner-pcc"]));
    assert_eq!(old_two.band, Some(Band::RequiresImprovement));
}

/// Each timescale rule of 1.1 names the criterion its finding bears on, and that criterion exists.
#[test]
fn timescale_rules_name_their_criteria_in_1_1() {
    let f = framework();
    let t = &f.timescale_rules.criteria;
    let named = [&t.needs_assessment_before_publication, &t.consultation_window, &t.publication_to_start];
    let ids: Vec<&str> = named.iter().map(|id| id.as_deref().expect("named")).collect();
    assert_eq!(ids, ["process-before-specification", "process-consultation", "process-timetable"]);
    for id in ids {
        assert!(f.criterion(id).is_some(), "{id}");
    }
}

#[test]
fn ids_are_unique_and_kebab_case() {
    let f = framework();
    let mut sections = BTreeSet::new();
    let mut criteria = BTreeSet::new();
    for section in &f.sections {
        assert!(sections.insert(section.id.clone()), "duplicate section id {}", section.id);
        for c in &section.criteria {
            assert!(criteria.insert(c.id.clone()), "duplicate criterion id {}", c.id);
        }
    }
    for id in sections.iter().chain(criteria.iter()) {
        let kebab = !id.is_empty()
            && id.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
            && !id.starts_with('-')
            && !id.ends_with('-')
            && !id.contains("--");
        assert!(kebab, "id {id:?} is not kebab-case");
    }
}

#[test]
fn size_and_shape() {
    let f = framework();
    let n = f.criterion_count();
    assert!((30..=50).contains(&n), "{n} criteria");
    assert!((8..=10).contains(&f.sections.len()), "{} sections", f.sections.len());
    for section in &f.sections {
        assert!(!section.criteria.is_empty(), "section {} is empty", section.id);
        assert!(!section.title.trim().is_empty());
    }
}

#[test]
fn every_weight_is_positive_and_finite() {
    let f = framework();
    for section in &f.sections {
        assert!(section.weight.is_finite() && section.weight > 0.0, "section {}", section.id);
        for c in &section.criteria {
            assert!(c.weight.is_finite() && c.weight > 0.0, "criterion {}", c.id);
        }
    }
}

#[test]
fn every_criterion_has_its_text() {
    let f = framework();
    for (_, c) in f.criteria() {
        for (field, text) in [
            ("title", &c.title),
            ("question", &c.question),
            ("guidance", &c.guidance),
            ("meets", &c.meets),
            ("falls_short", &c.falls_short),
        ] {
            assert!(!text.trim().is_empty(), "{}: empty {field}", c.id);
        }
        assert!(c.question.ends_with('?'), "{}: the question should be a question", c.id);
    }
}

#[test]
fn every_criterion_cites_a_plausible_source() {
    let f = framework();
    for (_, c) in f.criteria() {
        assert!(!c.sources.is_empty(), "{} has no source", c.id);
        assert!(c.sources.iter().any(|s| s.url.starts_with("https://")), "{}: no https source", c.id);
        for s in &c.sources {
            assert!(!s.title.trim().is_empty(), "{}: source without title", c.id);
            assert!(!s.publisher.trim().is_empty(), "{}: source without publisher", c.id);
            if let Some(year) = s.year {
                assert!((1990..=2026).contains(&year), "{}: implausible year {year}", c.id);
            }
            assert!(s.url.starts_with("https://") && !s.url.contains(' '), "{}: bad url {}", c.id, s.url);
        }
    }
}

#[test]
fn every_level_has_a_descriptor() {
    let f = framework();
    assert_eq!(f.scale.levels.len(), MAX_LEVEL as usize + 1, "the scale has exactly five levels");
    for level in &f.scale.levels {
        assert!(!level.label.trim().is_empty() && !level.descriptor.trim().is_empty());
    }
    for (_, c) in f.criteria() {
        assert!(
            c.descriptors.is_empty() || c.descriptors.len() == MAX_LEVEL as usize + 1,
            "{}: descriptors must cover levels 0 to 4 or be empty",
            c.id
        );
        for level in 0..=MAX_LEVEL {
            assert!(!f.descriptor(c, level).trim().is_empty(), "{}: no descriptor for level {level}", c.id);
        }
    }
}

#[test]
fn a_handful_of_criteria_are_critical() {
    let f = framework();
    let critical: Vec<&str> = f.criteria().filter(|(_, c)| c.critical).map(|(_, c)| c.id.as_str()).collect();
    assert!((2..=8).contains(&critical.len()), "critical: {critical:?}");
    for id in [
        "data-local-assessment",
        "process-before-specification",
        "equality-nine-characteristics",
        "lived-input",
        "partner-pcc",
        "spec-golden-thread",
    ] {
        assert!(critical.contains(&id), "{id} should be critical");
    }
}

#[test]
fn bands_and_timescale_rules() {
    let f = framework();
    assert_eq!((f.bands.outstanding, f.bands.good, f.bands.requires_improvement), (80.0, 60.0, 40.0));
    let t = &f.timescale_rules;
    assert!(t.needs_assessment_before_publication);
    assert_eq!(t.min_consultation_weeks, Some(8));
    assert_eq!(t.min_weeks_publication_to_start, Some(26));
}

/// The domain rules say a reader from a Police and Crime Commissioner's office should understand
/// every line without a glossary: an acronym's first use in a criterion is its spelled-out form,
/// "Words In Full (ACRONYM)".
#[test]
fn acronyms_are_spelled_out_on_first_use_in_each_criterion() {
    let f = framework();
    let acronyms = ["OASys", "PCC", "JSNA", "HEAT", "NHS", "ADHD", "CRS", "EIA", "VCSE", "PDU", "ICB", "RAR"];
    for (_, c) in f.criteria() {
        let mut text = vec![c.title.as_str(), &c.question, &c.guidance, &c.meets, &c.falls_short];
        text.extend(c.descriptors.iter().map(String::as_str));
        let text = text.join("\n");
        for acronym in acronyms {
            if let Some(first) = text.find(acronym) {
                assert!(
                    first > 0
                        && text[..first].ends_with('(')
                        && text[first..].starts_with(&format!("{acronym})")),
                    "{}: {acronym} is used before it is spelled out",
                    c.id
                );
            }
        }
    }
}

#[test]
fn seven_examples_parse_in_the_fixed_order() {
    let examples = examples();
    let titles: Vec<&str> = examples.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Commissioned Rehabilitative Services: Accommodation",
            "Commissioned Rehabilitative Services: Education, Training and Employment",
            "Commissioned Rehabilitative Services: Personal Wellbeing",
            "Commissioned Rehabilitative Services: Women's Services",
            "Commissioned Rehabilitative Services: Mentoring",
            "Commissioned Rehabilitative Services: Dependency and Recovery",
            "Commissioned Rehabilitative Services: Women's Support Services (Greater Manchester)",
        ]
    );
}

#[test]
fn example_clauses_are_numbered_without_gaps_and_keep_the_attribution() {
    for spec in examples() {
        assert!(!spec.title.trim().is_empty() && !spec.text.trim().is_empty(), "{}", spec.title);
        assert!(!spec.commissioner.trim().is_empty() && !spec.service_category.trim().is_empty());
        let clauses = split_clauses(&spec.text);
        assert!(clauses.len() >= 6, "{}: {} clauses", spec.title, clauses.len());
        for (i, clause) in clauses.iter().enumerate() {
            let n = i as u32 + 1;
            assert_eq!(clause.id, n, "{}", spec.title);
            // The text's own numbering matches the derived numbering the user sees.
            assert!(
                clause.text.starts_with(&format!("{n}. ")),
                "{}: clause {n} is {:?}",
                spec.title,
                clause.text
            );
        }
        let last = clauses.last().expect("at least one clause");
        assert!(last.text.contains(CRS_ATTRIBUTION), "{}: no attribution in the last clause", spec.title);
        assert!(spec.text.contains("Desired outcome (") && spec.text.contains("Complexity level HIGH ("));
    }
}

#[test]
fn womens_examples_say_they_are_for_women() {
    let examples = examples();
    for spec in &examples {
        let for_women = spec.text.contains("this contract type is for women");
        assert_eq!(for_women, spec.title.contains("Women's"), "{}", spec.title);
    }
    assert_eq!(examples[6].area, "Greater Manchester");
}

#[test]
fn attribution_names_the_source_and_licence() {
    for needle in
        ["ministryofjustice/hmpps-interventions-onboarding", "Crown Copyright (Ministry of Justice)", "MIT"]
    {
        assert!(CRS_ATTRIBUTION.contains(needle), "{needle}");
    }
    let licence = include_str!("../src/domain/builtin/examples/LICENSE-crs.txt");
    assert!(licence.contains("MIT License") && licence.contains("Crown Copyright (Ministry of Justice)"));
}

#[test]
fn worked_example_scores_the_accommodation_example_without_errors() {
    let f = framework();
    let assessment = worked_example();
    let accommodation = examples().remove(0);

    assert_eq!(
        assessment.specification, accommodation,
        "the worked example scores the shipped Accommodation example"
    );
    assert_eq!(assessment.framework.id, f.id);
    assert_eq!(assessment.framework.version, f.version);
    assert_eq!(assessment.framework.rules_hash, rules_hash(&f), "the loader pins the framework's rules hash");

    let ids: BTreeSet<&str> = f.criteria().map(|(_, c)| c.id.as_str()).collect();
    let answered: BTreeSet<&str> = assessment.responses.keys().map(String::as_str).collect();
    assert_eq!(answered, ids, "every criterion, and only criteria of the framework, has a response");

    let clauses = split_clauses(&assessment.specification.text);
    for (id, response) in &assessment.responses {
        assert!(!response.rationale.trim().is_empty(), "{id}: empty rationale");
        match &response.answer {
            Answer::Level { level } => assert!(*level <= MAX_LEVEL, "{id}: level {level}"),
            Answer::NotApplicable { reason } => {
                assert!(!reason.trim().is_empty(), "{id}: N/A without a reason")
            }
            Answer::InsufficientEvidence => {}
        }
        for evidence in &response.evidence {
            assert!(!evidence.quote.trim().is_empty(), "{id}: empty quote");
            let number = evidence.clause.expect("the worked example cites clauses");
            let clause = clauses
                .iter()
                .find(|c| c.id == number)
                .unwrap_or_else(|| panic!("{id}: clause {number} does not exist"));
            assert!(clause.text.contains(&evidence.quote), "{id}: quote not found in clause {number}");
        }
    }
}

#[test]
fn worked_example_results_are_honest() {
    let f = framework();
    let assessment = worked_example();
    let r = results(&f, &assessment.responses);

    let overall = r.overall.expect("a complete assessment has an overall percentage");
    assert!((0.0..=100.0).contains(&overall), "overall {overall}");
    assert!(!r.provisional, "every criterion is answered");
    assert_eq!(r.coverage.total, f.criterion_count());
    assert_eq!(r.coverage.unanswered, 0);
    // The Accommodation specification is thin on inclusion; the worked example says so.
    assert!(overall < 40.0, "overall {overall}");
    assert_eq!(r.band, Some(Band::Inadequate));
    let cap = r.cap.expect("critical criteria scored 1 or less are reported");
    assert_eq!(cap.band, Band::Inadequate, "more than one critical criterion fails");
    // Where the text says nothing, the answer is Absent (0), not Insufficient evidence: the
    // Accommodation example never points to evidence it does not include.
    assert!(r.insufficient.is_empty(), "{:?}", r.insufficient);
}

/// The page shows the examples' copyright notice through the catalogue (so a Welsh page words it);
/// its English is the notice the data carries, word for word.
#[test]
fn the_attribution_on_the_page_is_the_notice_the_data_carries() {
    use spec_lens::i18n::{messages::library::Library, Messages};
    assert_eq!(Library::CrsAttribution.english(), spec_lens::domain::builtin::CRS_ATTRIBUTION);
}
