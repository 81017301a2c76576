//! Versions of a framework: old results stay true after an edit, re-scoring under a new version and
//! its change list, when an edit needs a new version, the editor's validation, and framework files.

#[path = "support/common.rs"]
mod common;
#[path = "support/model.rs"]
mod model;

use chrono::{DateTime, TimeZone, Utc};
use common::{framework, worked_example};
use spec_lens::domain::{
    changes, needs_new_version, next_version, rescore, results, rules_changed, rules_hash, validate, Answer,
    Assessment, Criterion, EditError, FieldPath, Framework, FrameworkChanges, FrameworkRef, Response,
    Section, Source,
};
use spec_lens::format::envelope::{export_assessment, export_framework, Kind};
use spec_lens::format::import::{import, Imported};

/// The worked example is final; re-scoring is an edit, so it is reopened first.
fn draft() -> Assessment {
    let mut assessment = worked_example();
    assessment.reopen(at(0));
    assessment
}

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 1, 4, 9, minute, 0).single().expect("a valid time")
}

/// A new criterion of weight 1.
fn criterion(id: &str) -> Criterion {
    model::criterion(id, 1.0)
}

fn ids(list: &[String]) -> Vec<&str> {
    list.iter().map(String::as_str).collect()
}

/// The built-in framework as a partnership might adapt it: version 1.1, one weight raised, one
/// descriptor reworded, one criterion removed, one added.
fn edited(old: &Framework) -> Framework {
    let mut new = old.clone();
    new.version = "1.1".into();
    new.sections[0].criteria[1].weight += 1.0;
    new.sections[0].criteria[0].descriptors[2] = "Partly, and says how the gap will be closed.".into();
    new.sections[1].criteria.remove(0);
    new.sections[1].criteria.push(criterion("equality-new"));
    new
}

// ---------------------------------------------------------------------------------------------
// Old results stay true
// ---------------------------------------------------------------------------------------------

#[test]
fn editing_a_framework_never_changes_the_results_of_an_assessment_scored_under_an_earlier_version() {
    let old = framework();
    let assessment = worked_example();
    let before = results(&old, &assessment.responses);
    let pinned = assessment.framework.clone();
    assert_eq!(pinned.rules_hash, rules_hash(&old));

    let new = edited(&old);
    assert_ne!(rules_hash(&new), rules_hash(&old), "the edit changed the rules");
    assert_ne!(results(&new, &assessment.responses), before, "the edit matters under the new version");

    // The library keeps both versions; the assessment finds the one it was scored under by its hash.
    let library = [new.clone(), old.clone()];
    let scored_under = library.iter().find(|f| rules_hash(f) == pinned.rules_hash).expect("kept");
    assert_eq!(results(scored_under, &assessment.responses), before);
    assert_eq!(assessment.framework, pinned, "the assessment still names the old version");

    // And so does its file, which carries the old framework whole.
    let text = export_assessment(&assessment, scored_under, at(0));
    let Ok(Imported::Assessment { payload, report, .. }) = import(text.as_bytes(), Some(Kind::Assessment))
    else {
        panic!("the assessment file opens");
    };
    assert!(report.is_empty(), "{report:#?}");
    assert_eq!(results(&payload.framework, &payload.assessment.responses), before);
}

// ---------------------------------------------------------------------------------------------
// The change list
// ---------------------------------------------------------------------------------------------

#[test]
fn the_change_list_names_new_removed_reworded_reweighted_and_moved_criteria_in_framework_order() {
    let old = framework();
    let mut new = old.clone();
    let c = |s: usize, i: usize| old.sections[s].criteria[i].id.clone();
    new.sections[0].criteria[3].title.push_str(" (revised)");
    new.sections[0].criteria[1].question.push('!');
    new.sections[2].criteria[0].critical = !new.sections[2].criteria[0].critical;
    new.sections[0].criteria[2].weight = 5.0;
    new.sections[3].weight = 9.0; // every criterion of section 3 is reweighted
    let moved = new.sections[4].criteria.remove(0);
    new.sections[5].criteria.push(moved); // section 5 has another weight: moved and reweighted
    new.sections[1].criteria.remove(2);
    new.sections[1].criteria.remove(0);
    new.sections[0].criteria.insert(0, criterion("first-new"));
    new.sections[8].criteria.push(criterion("last-new"));

    let list = changes(&old, &new);
    assert_eq!(ids(&list.new), ["first-new", "last-new"]);
    assert_eq!(ids(&list.removed), [c(1, 0), c(1, 2)]);
    assert_eq!(ids(&list.reworded), [c(0, 1), c(0, 3)]);
    let section_3: Vec<String> = old.sections[3].criteria.iter().map(|c| c.id.clone()).collect();
    let mut reweighted = vec![c(0, 2), c(2, 0)];
    reweighted.extend(section_3);
    reweighted.push(c(4, 0));
    assert_eq!(list.reweighted, reweighted);
    assert_eq!(ids(&list.moved), [c(4, 0)]);
    assert!(!list.scale_changed && !list.bands_changed && !list.timescale_changed);
    assert_eq!(changes(&old, &new), list, "deterministic");
}

#[test]
fn no_edit_means_no_changes_and_framework_wide_edits_are_flagged() {
    let old = framework();
    assert!(changes(&old, &old).is_empty());
    assert_eq!(changes(&old, &old), FrameworkChanges::default());

    let mut new = old.clone();
    new.scale.levels[1].label = "Barely".into();
    new.bands.good = 65.0;
    new.timescale_rules.min_consultation_weeks = Some(12);
    let list = changes(&old, &new);
    assert!(list.scale_changed && list.bands_changed && list.timescale_changed);
    assert!(list.new.is_empty() && list.reworded.is_empty() && list.reweighted.is_empty());
    assert!(!list.is_empty());
}

#[test]
fn a_changed_descriptor_is_a_rewording_and_sources_and_terms_are_listed_apart() {
    let old = framework();
    let mut new = old.clone();
    new.sections[0].criteria[0].sources[0].url = "https://www.example.org/moved".into();
    new.sections[0].criteria[1].descriptors.clear();
    new.sections[0].criteria[2].search_terms.push("new term".into());
    let list = changes(&old, &new);
    assert_eq!(ids(&list.reworded), [c_id(&old, 0, 1)]);
    assert_eq!(ids(&list.sources_changed), [c_id(&old, 0, 0)]);
    assert_eq!(ids(&list.terms_changed), [c_id(&old, 0, 2)]);
    assert!(list.reweighted.is_empty());
    assert!(!list.is_empty());
}

#[test]
fn a_changed_critical_cap_is_flagged() {
    let old = framework();
    let mut new = old.clone();
    new.critical_caps.inadequate_from = Some(3);
    let list = changes(&old, &new);
    assert!(list.caps_changed && !list.is_empty());
}

fn c_id(framework: &Framework, section: usize, criterion: usize) -> String {
    framework.sections[section].criteria[criterion].id.clone()
}

// ---------------------------------------------------------------------------------------------
// Re-scoring under a new version
// ---------------------------------------------------------------------------------------------

#[test]
fn rescore_carries_answers_over_by_id_drops_removed_ones_and_pins_the_new_version() {
    let old = framework();
    let new = edited(&old);
    let mut assessment = draft();
    let any_response = assessment.responses.values().next().expect("answered").clone();
    assessment.responses.insert("no-such-criterion".into(), any_response);
    let original = assessment.clone();
    let removed = c_id(&old, 1, 0);
    assert!(assessment.responses.contains_key(&removed), "the worked example answers every criterion");

    let rescored = rescore(&assessment, &old, &new, at(5)).expect("a draft can be re-scored");
    assert_eq!(assessment, original, "the input is not changed");
    assert_eq!(ids(&rescored.dropped), [removed.as_str(), "no-such-criterion"]);
    assert_eq!(rescored.changes, changes(&old, &new));
    assert_eq!(ids(&rescored.changes.new), ["equality-new"]);

    let out = &rescored.assessment;
    assert_eq!(
        out.framework,
        FrameworkRef { id: new.id.clone(), version: "1.1".into(), rules_hash: rules_hash(&new) }
    );
    assert_eq!(out.revision, original.revision + 1);
    assert_eq!(out.updated_at, at(5).max(original.updated_at));
    for (_, criterion) in new.criteria() {
        assert_eq!(
            out.responses.get(&criterion.id),
            original.responses.get(&criterion.id),
            "{}",
            criterion.id
        );
    }
    assert_eq!(out.responses.len(), original.responses.len() - 2);
    // The same answers score under the new rules as they would if typed in afresh.
    assert_eq!(results(&new, &out.responses), results(&new, &original.responses));
}

#[test]
fn rescore_keeps_rationale_evidence_and_not_applicable_reasons() {
    let old = framework();
    let new = edited(&old);
    let mut assessment = draft();
    let id = c_id(&old, 0, 1);
    let response = Response {
        answer: Answer::NotApplicable { reason: "Wales only".into() },
        rationale: "Explained".into(),
        evidence: vec![],
    };
    assessment.responses.insert(id.clone(), response.clone());
    let rescored = rescore(&assessment, &old, &new, at(1)).expect("re-scored");
    assert_eq!(rescored.assessment.responses.get(&id), Some(&response));
    assert!(ids(&rescored.changes.reweighted).contains(&id.as_str()));
}

#[test]
fn a_final_assessment_is_refused_until_reopened() {
    let old = framework();
    let new = edited(&old);
    let mut assessment = draft();
    assessment.finalise(at(1));
    assert_eq!(rescore(&assessment, &old, &new, at(2)), Err(EditError::Final));
    assessment.reopen(at(3));
    assert!(rescore(&assessment, &old, &new, at(4)).is_ok());
}

// ---------------------------------------------------------------------------------------------
// When an edit needs a new version
// ---------------------------------------------------------------------------------------------

#[test]
fn an_edit_to_the_rules_under_the_same_version_needs_a_new_version() {
    let saved = framework();
    assert!(!needs_new_version(&saved, &saved.clone()));

    let mut weight = saved.clone();
    weight.sections[0].criteria[0].weight = 2.5;
    assert!(rules_changed(&saved, &weight));
    assert!(needs_new_version(&saved, &weight));
    weight.version = next_version(&saved.version);
    assert!(!needs_new_version(&saved, &weight), "a new version string answers it");
    assert!(rules_changed(&saved, &weight), "the rules still differ");

    let mut renumbered = saved.clone();
    renumbered.version = "2.0".into();
    assert!(!rules_changed(&saved, &renumbered), "a new version string alone changes no rule");
    assert!(!needs_new_version(&saved, &renumbered));

    // The rules hash leaves the wording out (issue 19): a reworded title or question, or a
    // translation, scores the same, so it is saved under the same version.
    let mut title = saved.clone();
    title.title.push_str(" (local)");
    title.sections[0].criteria[0].question.push_str(" (reworded)");
    assert!(!rules_changed(&saved, &title));
    assert!(!needs_new_version(&saved, &title));
}

#[test]
fn next_version_suggests_the_next_number() {
    for (version, next) in [
        ("1.0", "1.1"),
        ("1.9", "1.10"),
        ("1", "1.1"),
        ("2.0-draft", "2.1-draft"),
        ("v3", "v3.1"),
        ("1.2.3", "1.2.4"),
        (" 1.0 ", "1.1"),
        ("draft", "draft.1"),
        ("", "1.0"),
        ("18446744073709551615", "18446744073709551615.1"),
        ("1.18446744073709551615", "1.18446744073709551615.1"),
    ] {
        assert_eq!(next_version(version), next, "{version:?}");
        assert_ne!(next_version(version), version.trim());
    }
}

// ---------------------------------------------------------------------------------------------
// The editor's validation
// ---------------------------------------------------------------------------------------------

#[test]
fn the_built_in_framework_is_valid() {
    assert_eq!(validate(&framework()), []);
}

#[test]
fn every_problem_is_tied_to_its_field() {
    let mut f = framework();
    f.title = " ".into();
    f.scale.levels[2].label = String::new();
    f.bands.good = 85.0;
    f.bands.requires_improvement = 120.0;
    f.sections[0].weight = -1.0;
    f.sections[1].id = f.sections[0].id.clone();
    f.sections[2].title = String::new();
    let c = &mut f.sections[0].criteria;
    c[1].id = c[0].id.clone();
    c[2].id = String::new();
    c[3].weight = f64::NAN;
    c[4].question = String::new();
    c[0].sources[1] = Source {
        title: String::new(),
        publisher: String::new(),
        year: None,
        url: "javascript:alert(1)".into(),
    };
    c[1].sources[0].url = String::new();

    let errors = validate(&f);
    let paths: Vec<FieldPath> = errors.iter().map(|e| e.path).collect();
    use FieldPath as P;
    assert_eq!(
        paths,
        [
            P::Framework("title"),
            P::Level { level: 2, field: "label" },
            P::Bands("requires_improvement"),
            P::Bands("good"),
            P::Bands("requires_improvement"),
            P::Criterion { section: 0, criterion: 1, field: "id" },
            P::Criterion { section: 0, criterion: 2, field: "id" },
            P::Section { section: 1, field: "id" },
            P::Section { section: 0, field: "weight" },
            P::Source { section: 0, criterion: 0, source: 1, field: "title" },
            P::Source { section: 0, criterion: 0, source: 1, field: "url" },
            P::Source { section: 0, criterion: 1, source: 0, field: "url" },
            P::Criterion { section: 0, criterion: 3, field: "weight" },
            P::Criterion { section: 0, criterion: 4, field: "question" },
            P::Section { section: 2, field: "title" },
        ],
        "{errors:#?}"
    );
    let message =
        |path: FieldPath| errors.iter().find(|e| e.path == path).map(|e| e.message()).unwrap_or_default();
    assert_eq!(message(P::Section { section: 0, field: "weight" }), "The weight is -1, below 0; write a number of 0 or more, such as 1 or 2.5 (0 leaves it out of the score).");
    assert!(message(P::Criterion { section: 0, criterion: 1, field: "id" }).contains("already has the id"));
    assert!(message(P::Source { section: 0, criterion: 0, source: 1, field: "url" })
        .contains("not a web address"));
    assert!(message(P::Bands("good")).contains("make each band start lower"));
}

#[test]
fn a_scale_needs_five_levels_and_a_framework_needs_criteria() {
    let mut f = framework();
    f.scale.levels.pop();
    f.sections.clear();
    f.id = String::new();
    let paths: Vec<FieldPath> = validate(&f).iter().map(|e| e.path).collect();
    assert_eq!(
        paths,
        [FieldPath::Framework("id"), FieldPath::Scale("levels"), FieldPath::Framework("sections")]
    );
}

#[test]
fn zero_weights_are_valid_because_they_leave_a_criterion_out() {
    let mut f = framework();
    f.sections[0].weight = 0.0;
    f.sections[1].criteria[0].weight = 0.0;
    assert_eq!(validate(&f), []);
}

#[test]
fn a_new_section_is_validated_like_any_other() {
    let mut f = framework();
    f.sections.push(Section {
        id: "extra".into(),
        title: "Extra".into(),
        summary: String::new(),
        weight: 1.0,
        criteria: vec![criterion("extra-1")],
    });
    assert_eq!(validate(&f), []);
}

// ---------------------------------------------------------------------------------------------
// Framework files
// ---------------------------------------------------------------------------------------------

fn round_trip(framework: &Framework) -> Framework {
    let text = export_framework(framework, at(0));
    match import(text.as_bytes(), Some(Kind::Framework)) {
        Ok(Imported::Framework { payload, report, .. }) => {
            assert!(report.is_empty(), "{report:#?}");
            payload.framework
        }
        other => panic!("a framework file opens as a framework: {other:#?}"),
    }
}

#[test]
fn framework_files_export_then_import_to_an_equal_framework_with_an_equal_rules_hash() {
    let builtin = framework();
    let mut copy = edited(&builtin);
    copy.id = "local-copy".into();
    copy.title = "Local copy".into();
    copy.bands.outstanding = 85.0;
    copy.timescale_rules.min_consultation_weeks = Some(12);
    copy.sections[2].weight = 0.35;
    copy.sections.swap(0, 1);
    for framework in [builtin, copy] {
        let back = round_trip(&framework);
        assert_eq!(back, framework);
        assert_eq!(rules_hash(&back), rules_hash(&framework));
        assert_eq!(validate(&back), []);
    }
}

#[test]
fn a_number_of_more_than_15_significant_digits_is_rounded_once_with_a_note() {
    let mut framework = framework();
    framework.sections[2].weight = 0.1 + 0.2;
    framework.bands.good = 60.000000000000014;
    let text = export_framework(&framework, at(0));
    let Ok(Imported::Framework { payload, report, .. }) = import(text.as_bytes(), Some(Kind::Framework))
    else {
        panic!("a framework file opens as a framework");
    };
    assert_eq!(payload.framework.sections[2].weight, 0.3);
    assert_eq!(payload.framework.bands.good, 60.0);
    assert_eq!(
        spec_lens::i18n::notes::words(&report),
        [
            format!(
                "The weight of section {:?} was 0.30000000000000004; Spec Lens keeps 15 significant digits, \
                 so it is now 0.3.",
                framework.sections[2].id
            ),
            "The lower bound of Good was 60.000000000000014; Spec Lens keeps 15 significant digits, so it is \
             now 60."
                .to_string(),
        ]
    );
    assert_eq!(round_trip(&payload.framework), payload.framework, "from then on it reads back the same");
}

#[test]
fn versions_order_by_their_numbers() {
    use spec_lens::domain::version_key;
    assert!(version_key("1.10") > version_key("1.9"));
    assert!(version_key("2.0-draft") > version_key("1.9"));
    assert!(version_key("1.0") > version_key("draft"));
    assert!(version_key("1.0.1") > version_key("1.0"));
    assert_eq!(version_key("v3"), vec![3]);
}
