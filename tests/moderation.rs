//! Moderation (the workshop): merging people's files, spread, refusals, phase transitions, the
//! timer, and the agreed assessment with its provenance. Also writes the three workshop fixture
//! files the end-to-end test imports, and checks they are current (UPDATE_FIXTURES=1 rewrites them).

#[path = "support/common.rs"]
mod common;
#[path = "support/fixture_file.rs"]
mod fixture_file;

use std::collections::BTreeMap;

use chrono::{DateTime, TimeZone, Utc};
use common::{examples, framework};
use spec_lens::domain::cited::{cited, not_cited};
use spec_lens::domain::finder::{ClauseMatch, Findings, UnicodeFold};
use spec_lens::domain::moderation::{
    agreed_assessment, criterion_order, format_duration, merge, same_specification, Flag, MergeError, Phase,
    PhaseError, Scored, Sort, Timer,
};
use spec_lens::domain::{
    results, rules_hash, Answer, Assessment, Evidence, Framework, FrameworkRef, Response, Status,
};
use spec_lens::format::envelope::{export_assessment, Kind};
use spec_lens::format::import::{import, Imported};
use spec_lens::format::report::markdown_report;
use spec_lens::i18n::messages::merge::merge_error;
use spec_lens::i18n::words;

fn at(hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, hour, 0, 0).single().expect("a valid time")
}

fn level(level: u8) -> Answer {
    Answer::Level { level }
}

/// A person's assessment of the Accommodation example, with answers chosen by `answer` per
/// criterion index (None leaves the criterion unanswered).
fn scored(id: &str, assessor: &str, answer: impl Fn(usize) -> Option<Answer>) -> Scored {
    let framework = framework();
    let specification = examples().remove(0);
    let mut responses = BTreeMap::new();
    for (i, (_, criterion)) in framework.criteria().enumerate() {
        if let Some(answer) = answer(i) {
            let rationale = format!("{assessor}'s reading of the specification.");
            responses.insert(criterion.id.clone(), Response { answer, rationale, evidence: vec![] });
        }
    }
    let assessment = Assessment {
        id: id.into(),
        specification,
        framework: FrameworkRef {
            id: framework.id.clone(),
            version: framework.version.clone(),
            rules_hash: rules_hash(&framework),
        },
        assessor: assessor.into(),
        status: Status::Final,
        created_at: at(9),
        updated_at: at(10),
        revision: 3,
        responses,
        provenance: None,
    };
    Scored { assessment, framework, file_name: format!("{id}.speclens.json") }
}

/// Three people who see the Accommodation specification differently, as a real room would: they
/// agree on some criteria, differ by one level on many, and on a few one says Not applicable. On
/// the second criterion they cite clauses (see [`cite`]).
fn three() -> Vec<Scored> {
    cite(vec![
        scored("priya", "Priya Shah (probation)", |i| Some(level((i % 5) as u8))),
        scored("tom", "Tom Reid (PCC office)", |i| {
            Some(if i % 7 == 3 { Answer::InsufficientEvidence } else { level(((i + 1) % 5) as u8) })
        }),
        scored("ama", "Ama Boateng (lived experience)", |i| {
            Some(match i % 9 {
                4 => Answer::NotApplicable { reason: "The service does not house people itself.".into() },
                _ => level((i % 5) as u8),
            })
        }),
    ])
}

/// The criterion the three cite clauses for: the second, "Evidence beyond probation records".
const CITING: usize = 1;

fn citing_id() -> String {
    framework().criteria().nth(CITING).map(|(_, c)| c.id.clone()).expect("a second criterion")
}

fn evidence(clause: Option<u32>, quote: &str) -> Evidence {
    Evidence { clause, quote: quote.into() }
}

/// On the second criterion: Priya quotes part of clause 1 and all of clause 3; Tom all of clauses
/// 14 and 3, in that order; Ama part of clause 3 and a sentence of her own. Clause 3 is cited by
/// all three, the others by one each.
fn cite(mut files: Vec<Scored>) -> Vec<Scored> {
    let clauses = files[0].assessment.specification.clauses();
    let whole = |id: u32| {
        let text = clauses.iter().find(|c| c.id == id).map(|c| c.text.clone()).expect("the clause exists");
        evidence(Some(id), &text)
    };
    let id = citing_id();
    for file in &mut files {
        let given = match file.assessment.id.as_str() {
            "priya" => vec![evidence(Some(1), "Refer and monitor an intervention"), whole(3)],
            "tom" => vec![whole(14), whole(3)],
            _ => vec![
                evidence(Some(3), "the contract type data itself holds no eligibility"),
                evidence(None, "Nothing says where the data on need comes from beyond the referral system."),
            ],
        };
        file.assessment.responses.get_mut(&id).expect("answered").evidence = given;
    }
    files
}

#[test]
fn merging_gives_the_same_moderation_whatever_the_order_of_the_files() {
    let files = three();
    let expected = merge(files.clone(), at(12)).expect("merges");
    for order in [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]] {
        let shuffled = order.iter().map(|&i| files[i].clone()).collect();
        assert_eq!(merge(shuffled, at(12)).expect("merges"), expected, "order {order:?}");
    }
    let names: Vec<_> = expected.moderation.scorers.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Ama Boateng (lived experience)", "Priya Shah (probation)", "Tom Reid (PCC office)"]);
    assert!(expected.moderation.id.starts_with("workshop-"));
    assert!(expected.flags.is_empty());
}

#[test]
fn the_moderation_id_depends_on_which_files_were_merged() {
    let mut files = three();
    let all = merge(files.clone(), at(12)).expect("merges").moderation.id;
    files.pop();
    assert_ne!(merge(files, at(12)).expect("merges").moderation.id, all);
}

#[test]
fn spread_gives_lowest_highest_and_range_with_insufficient_evidence_as_zero() {
    let m = merge(three(), at(12)).expect("merges").moderation;
    let ids: Vec<_> = framework().criteria().map(|(_, c)| c.id.clone()).collect();
    // Criterion 0: Priya 0, Tom 1, Ama 0.
    let s = m.spread(&ids[0]);
    assert_eq!((s.lowest, s.highest, s.range(), s.scored), (Some(0), Some(1), Some(1), 3));
    assert_eq!(s.disagreement(), 1);
    // Criterion 3: Priya 3, Tom Insufficient evidence (0), Ama 3.
    let s = m.spread(&ids[3]);
    assert_eq!((s.lowest, s.highest, s.range(), s.insufficient), (Some(0), Some(3), Some(3), 1));
    // Criterion 4: Priya 4, Tom 0, Ama Not applicable: the room disagrees whether it applies.
    let s = m.spread(&ids[4]);
    assert_eq!((s.lowest, s.highest, s.not_applicable, s.scored), (Some(0), Some(4), 1, 2));
    assert_eq!(s.disagreement(), 4);
}

#[test]
fn a_criterion_nobody_answered_has_no_spread() {
    let files = vec![scored("a", "A", |_| None), scored("b", "B", |_| None)];
    let m = merge(files, at(12)).expect("merges").moderation;
    let s = m.spread(&framework().sections[0].criteria[0].id);
    assert_eq!((s.lowest, s.highest, s.range(), s.missing), (None, None, None, 2));
    assert_eq!(s.disagreement(), 0);
}

#[test]
fn all_saying_not_applicable_is_agreement() {
    let na = || Some(Answer::NotApplicable { reason: "No.".into() });
    let m = merge(vec![scored("a", "A", |_| na()), scored("b", "B", |_| na())], at(12)).expect("merges");
    let s = m.moderation.spread(&framework().sections[0].criteria[0].id);
    assert_eq!((s.not_applicable, s.range(), s.disagreement()), (2, None, 0));
}

#[test]
fn sorting_by_disagreement_puts_the_widest_first_and_keeps_framework_order_for_ties() {
    let files = vec![
        scored("a", "A", |i| Some(level(if i == 10 { 0 } else { 2 }))),
        scored("b", "B", |i| {
            Some(level(if i == 10 {
                4
            } else if i == 20 {
                3
            } else {
                2
            }))
        }),
    ];
    let m = merge(files, at(12)).expect("merges").moderation;
    let f = framework();
    let framework_order: Vec<_> = f.criteria().map(|(_, c)| c.id.clone()).collect();
    assert_eq!(criterion_order(&m, &f, Sort::Framework), framework_order);
    let sorted = criterion_order(&m, &f, Sort::Disagreement);
    assert_eq!(sorted[0], framework_order[10]);
    assert_eq!(sorted[1], framework_order[20]);
    let rest: Vec<_> = framework_order.iter().enumerate().filter(|(i, _)| *i != 10 && *i != 20).collect();
    assert_eq!(sorted[2..].iter().collect::<Vec<_>>(), rest.iter().map(|(_, id)| *id).collect::<Vec<_>>());
}

#[test]
fn fewer_than_two_files_are_refused() {
    let error = merge(vec![scored("a", "A", |_| None)], at(12)).expect_err("refused");
    assert_eq!(error, MergeError::TooFew { count: 1 });
    assert_eq!(
        merge_error(&error),
        "A workshop compares two or more people's scores, and 1 assessment was given; choose at least two \
         assessment files of the same specification."
    );
}

#[test]
fn a_file_scored_under_another_framework_is_refused_naming_both() {
    let mut files = three();
    files[1].framework.id = "local-priorities".into();
    files[1].framework.title = "Local priorities".into();
    let error = merge(files, at(12)).expect_err("refused");
    assert!(matches!(error, MergeError::DifferentFramework { .. }), "{error:?}");
    let f = framework();
    assert_eq!(
        merge_error(&error),
        format!(
            "tom.speclens.json was scored under the framework \u{201c}Local priorities\u{201d} version {}, \
             not \u{201c}{}\u{201d} version {} like the others; a workshop compares scores under one \
             framework, so leave it out or ask for it to be scored again.",
            f.version, f.title, f.version
        )
    );
}

#[test]
fn a_file_scored_under_other_rules_of_the_same_framework_is_refused() {
    let mut files = three();
    files[2].framework.sections[0].criteria[0].weight += 1.0;
    let error = merge(files, at(12)).expect_err("refused");
    let MergeError::DifferentRules { found, expected, .. } = &error else { panic!("{error:?}") };
    let f = framework();
    assert_eq!((found.len(), expected.len()), (12, 12), "the first 12 hex digits");
    assert_eq!(
        merge_error(&error),
        format!(
            "priya.speclens.json was scored under different rules of \u{201c}{}\u{201d} version {} (rules hash \
             {found}, where the others have {expected}), so its scores do not mean the same; leave it out \
             or ask for it to be scored under the same version.",
            f.title, f.version
        )
    );
}

#[test]
fn a_file_of_another_specification_is_refused_naming_both() {
    let mut files = three();
    let other = examples().remove(1);
    let other_title = other.title.clone();
    files[0].assessment.specification = other;
    let error = merge(files, at(12)).expect_err("refused");
    assert!(matches!(error, MergeError::DifferentSpecification { .. }), "{error:?}");
    let MergeError::DifferentSpecification { file, expected, .. } = &error else { unreachable!() };
    assert_eq!(
        merge_error(&error),
        format!(
            "{file} scores the specification \u{201c}{other_title}\u{201d}, not \u{201c}{expected}\u{201d} like \
             the others; a workshop compares scores of one specification, so leave it out."
        )
    );
}

#[test]
fn the_same_specification_is_recognised_despite_white_space() {
    let a = examples().remove(0);
    let mut b = a.clone();
    b.text = b.text.replace('\n', "\n\n  ");
    b.title = "Renamed".into();
    assert!(same_specification(&a, &b));
}

#[test]
fn the_same_assessor_twice_is_flagged_not_refused() {
    let mut files = three();
    files.push(scored("priya-again", " priya shah (PROBATION)", |_| Some(level(2))));
    let merged = merge(files, at(12)).expect("merges");
    assert_eq!(
        merged.flags,
        [Flag::SameAssessor {
            name: "Priya Shah (probation)".into(),
            files: vec!["priya.speclens.json".into(), "priya-again.speclens.json".into()],
        }]
    );
    assert_eq!(merged.moderation.scorers.len(), 4);
}

#[test]
fn phases_move_blind_then_revealed_then_agreed_and_agreeing_needs_a_reason() {
    let mut m = merge(three(), at(12)).expect("merges").moderation;
    let id = framework().sections[0].criteria[0].id.clone();
    assert_eq!(m.phase(&id), Phase::Blind);
    assert_eq!(m.agree(&id, level(2), "Because."), Err(PhaseError::NotRevealed));
    m.reveal(&id);
    assert_eq!(m.phase(&id), Phase::Revealed);
    assert_eq!(m.agree(&id, level(2), "  "), Err(PhaseError::NoRationale));
    assert_eq!(m.phase(&id), Phase::Revealed);
    m.agree(&id, level(9), " Clause 4 names two cohorts only. ").expect("agrees");
    assert_eq!(m.phase(&id), Phase::Agreed);
    let agreed = m.item(&id).agreed.expect("agreed");
    assert_eq!(agreed.answer, level(4), "levels are clamped to the scale");
    assert_eq!(agreed.rationale, "Clause 4 names two cohorts only.");
    m.reveal(&id);
    assert_eq!(m.phase(&id), Phase::Agreed, "revealing again does not undo an agreement");
    m.reopen(&id);
    assert_eq!((m.phase(&id), m.item(&id).agreed), (Phase::Revealed, None));
}

#[test]
fn not_applicable_agreed_without_its_own_reason_takes_the_rationale() {
    let mut m = merge(three(), at(12)).expect("merges").moderation;
    let id = framework().sections[0].criteria[0].id.clone();
    m.reveal(&id);
    m.agree(&id, Answer::NotApplicable { reason: String::new() }, "Out of scope.").expect("agrees");
    let answer = m.item(&id).agreed.expect("agreed").answer;
    assert_eq!(answer, Answer::NotApplicable { reason: "Out of scope.".into() });
}

#[test]
fn typed_scores_are_taken_only_while_blind_and_file_scores_never_change() {
    let mut m = merge(three(), at(12)).expect("merges").moderation;
    let id = framework().sections[0].criteria[0].id.clone();
    let sam = m.add_typed_scorer(" Sam (housing) ");
    assert_eq!(m.scorers[sam].name, "Sam (housing)");
    m.record_blind(sam, &id, level(3)).expect("recorded");
    assert_eq!(m.spread(&id).highest, Some(3));
    assert_eq!(m.record_blind(0, &id, level(4)), Err(PhaseError::FromFile));
    assert_eq!(m.record_blind(99, &id, level(4)), Err(PhaseError::NoSuchScorer));
    m.reveal(&id);
    assert_eq!(m.record_blind(sam, &id, level(1)), Err(PhaseError::AlreadyRevealed));
    assert_eq!(m.spread(&id).highest, Some(3));
}

#[test]
fn the_timer_counts_across_runs_and_two_readers_agree() {
    let mut t = Timer::default();
    assert_eq!(t.elapsed(5_000), 0);
    t.toggle(1_000);
    assert!(t.is_running());
    assert_eq!(t.elapsed(61_000), 60_000);
    t.toggle(61_000);
    assert_eq!(t.elapsed(999_999), 60_000, "a stopped timer does not move");
    t.toggle(100_000);
    assert_eq!(t.elapsed(105_500), 65_500);
    assert_eq!(format_duration(t.elapsed(105_500)), "1:05");
    assert_eq!(t.elapsed(90_000), 60_000, "a clock behind the start counts nothing, not negative time");
    t.reset();
    assert_eq!(t, Timer::default());
}

#[test]
fn names_are_hidden_unless_shown_on_purpose() {
    let m = merge(three(), at(12)).expect("merges").moderation;
    let label = spec_lens::ui::components::moderation::scorer_label;
    assert_eq!((m.scorer_name(0, false), label(&m, 0, false)), (None, "Assessor A".to_string()));
    assert_eq!(label(&m, 2, false), "Assessor C");
    assert_eq!(m.scorer_name(0, true), Some("Ama Boateng (lived experience)"));
    assert_eq!(label(&m, 0, true), "Ama Boateng (lived experience)");
}

fn agree_all(m: &mut spec_lens::domain::moderation::Moderation, f: &Framework) {
    for (i, (_, c)) in f.criteria().enumerate() {
        m.reveal(&c.id);
        m.agree(&c.id, level((i % 4) as u8 + 1), &format!("Agreed reason {i}.")).expect("agrees");
    }
}

#[test]
fn the_agreed_assessment_carries_agreed_answers_and_provenance() {
    let f = framework();
    let mut m = merge(three(), at(12)).expect("merges").moderation;
    m.participants.push(spec_lens::domain::moderation::Participant {
        perspective: "Housing".into(),
        name: String::new(),
    });
    let first = f.sections[0].criteria[0].id.clone();
    m.reveal(&first);
    m.agree(&first, level(2), "Two of three saw partial evidence.").expect("agrees");
    let draft = agreed_assessment(&m, &f, at(13));
    assert_eq!(draft.status, Status::Draft, "not every criterion is agreed yet");
    assert_eq!(draft.responses.len(), 1);
    assert_eq!(draft.responses[&first].rationale, "Two of three saw partial evidence.");
    let provenance = draft.provenance.as_ref().expect("provenance");
    assert_eq!(provenance.moderation_id, m.id);
    assert_eq!(provenance.scorers.len(), 3);
    assert_eq!(provenance.individual[&first], vec![Some(level(0)), Some(level(0)), Some(level(1))]);
    assert_eq!(provenance.participants[0].perspective, "Housing");

    agree_all(&mut m, &f);
    let done = agreed_assessment(&m, &f, at(13));
    assert_eq!(done.status, Status::Final);
    assert_eq!(done.responses.len(), f.criterion_count());
    assert!(results(&f, &done.responses).overall.is_some());
}

#[test]
fn the_agreed_assessment_exports_and_imports_back_with_its_provenance() {
    let f = framework();
    let mut m = merge(three(), at(12)).expect("merges").moderation;
    agree_all(&mut m, &f);
    let agreed = agreed_assessment(&m, &f, at(13));
    let text = export_assessment(&agreed, &f, at(14));
    let Imported::Assessment { payload, report, .. } =
        import(text.as_bytes(), Some(Kind::Assessment)).expect("imports")
    else {
        panic!("an assessment")
    };
    assert!(report.is_empty(), "{report:?}");
    assert_eq!(payload.assessment, agreed);
}

#[test]
fn a_damaged_workshop_record_is_left_out_and_the_agreed_answers_kept() {
    let f = framework();
    let mut m = merge(three(), at(12)).expect("merges").moderation;
    agree_all(&mut m, &f);
    let agreed = agreed_assessment(&m, &f, at(13));
    let text = export_assessment(&agreed, &f, at(14));
    let mut value: serde_json::Value = serde_json::from_str(&text).expect("json");
    value["payload"]["assessment"]["provenance"] = serde_json::json!({"scorers": 7});
    let Imported::Assessment { payload, report, .. } =
        import(value.to_string().as_bytes(), Some(Kind::Assessment)).expect("imports")
    else {
        panic!("an assessment")
    };
    assert_eq!(payload.assessment.provenance, None);
    assert_eq!(payload.assessment.responses, agreed.responses);
    assert!(report.iter().any(|note| note.to_string().contains("workshop record")), "{report:?}");
}

#[test]
fn the_report_of_an_agreed_assessment_shows_each_agreed_answer_beside_the_individual_spread() {
    let f = framework();
    let mut m = merge(three(), at(12)).expect("merges").moderation;
    agree_all(&mut m, &f);
    let report = markdown_report(&agreed_assessment(&m, &f, at(13)), &f, &UnicodeFold);
    assert!(report.contains("## Workshop"), "{report}");
    assert!(report.contains("| Criterion | Agreed | Ama Boateng (lived experience) |"), "{report}");
    let first = &f.sections[0].criteria[0];
    let row = report.lines().find(|l| l.starts_with(&format!("| {} ", first.title))).expect("a row");
    assert!(row.contains("| 1 | 0 | 0 | 1 | 0–1 |"), "{row}");
}

/// The three files the workshop end-to-end test imports. They are written by this test from the
/// data above, so they always match the current file format and built-in framework.
#[test]
fn workshop_fixture_files_are_current() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workshop");
    for file in three() {
        let text = export_assessment(&file.assessment, &file.framework, at(11));
        fixture_file::keep_current(&dir.join(&file.file_name), &text, "moderation");
    }
}

#[test]
fn a_session_steps_through_criteria_in_the_chosen_order_and_stops_at_the_ends() {
    let merged = merge(three(), at(12)).expect("merges");
    let mut session = spec_lens::domain::moderation::Session::new(merged);
    let order = session.order();
    assert_eq!(session.position(), (1, 45));
    session.step(-1);
    assert_eq!(session.current_id(), Some(order[0].clone()));
    session.step(2);
    assert_eq!(session.position(), (3, 45));
    session.step(100);
    assert_eq!(session.position(), (45, 45));
    let here = session.current_id();
    session.sort = Sort::Disagreement;
    assert_eq!(session.current_id(), here, "sorting keeps the criterion on screen");
}

#[test]
fn a_later_revision_or_another_workshop_supersedes_a_session() {
    let session = spec_lens::domain::moderation::Session::new(merge(three(), at(12)).expect("merges"));
    let mut later = session.clone();
    later.revision += 1;
    assert!(session.is_superseded_by(&later));
    assert!(!later.is_superseded_by(&session));
    assert!(!session.is_superseded_by(&session));
    let mut other = session.clone();
    other.moderation.id = "workshop-other".into();
    assert!(session.is_superseded_by(&other));
}

#[test]
fn the_spread_reads_as_a_sentence_and_a_participant_by_perspective_and_name() {
    let m = merge(three(), at(12)).expect("merges").moderation;
    let ids: Vec<_> = framework().criteria().map(|(_, c)| c.id.clone()).collect();
    let summary = spec_lens::ui::components::moderation::spread_summary;
    assert_eq!(summary(&m.spread(&ids[3])), "Lowest 0, highest 3, range 3.");
    assert_eq!(summary(&spec_lens::domain::moderation::Spread::default()), "No one gave a level.");
    let named = spec_lens::domain::moderation::Participant {
        perspective: "Probation".into(),
        name: " Priya ".into(),
    };
    let label = spec_lens::i18n::messages::workshop::participant_label;
    assert_eq!(label(&named), "Probation (Priya)");
    let unnamed =
        spec_lens::domain::moderation::Participant { perspective: "Housing".into(), name: " ".into() };
    assert_eq!(label(&unnamed), "Housing");
    // A perspective of the user's own is kept as they typed it.
    let own = spec_lens::domain::moderation::Participant {
        perspective: "Faith groups".into(),
        name: String::new(),
    };
    assert_eq!(label(&own), "Faith groups");
}

#[test]
fn cited_clauses_stay_hidden_while_blind_then_show_once_each_in_document_order_with_who_cited_them() {
    let mut m = merge(three(), at(12)).expect("merges").moderation;
    let clauses = m.specification.clauses();
    let id = citing_id();
    assert_eq!(cited(&m, &id, &clauses), None, "citations would give the scores away");
    m.reveal(&id);
    let found = cited(&m, &id, &clauses).expect("shown once revealed");
    let ids: Vec<u32> = found.clauses.iter().map(|c| c.clause.id).collect();
    assert_eq!(ids, vec![1, 3, 14], "document order, not the order cited");
    // Scorers in merge order: Ama (A), Priya (B), Tom (C).
    let who: Vec<&[usize]> = found.clauses.iter().map(|c| c.scorers.as_slice()).collect();
    assert_eq!(who, vec![&[1][..], &[0, 1, 2][..], &[2][..]]);
    assert_eq!(words::clause(&found.clauses[1].clause.label, found.clauses[1].clause.page), "Clause 3");
    assert_eq!(found.clauses[1].clause.text, clauses[2].text);
    assert_eq!(found.typed.len(), 1);
    assert_eq!(found.typed[0].scorers, vec![0]);
    assert!(found.typed[0].quote.starts_with("Nothing says where"));
    assert!(found.cites(3) && !found.cites(2));

    m.agree(&id, level(1), "Only the referral system is named.").expect("agrees");
    assert_eq!(cited(&m, &id, &clauses), Some(found), "still shown once agreed");
}

#[test]
fn a_quote_shorter_than_its_clause_is_marked_and_a_quote_of_the_whole_clause_is_not() {
    let mut m = merge(three(), at(12)).expect("merges").moderation;
    let clauses = m.specification.clauses();
    let id = citing_id();
    m.reveal(&id);
    let found = cited(&m, &id, &clauses).expect("revealed");
    let marked = |i: usize| -> Vec<&str> {
        let c = &found.clauses[i];
        c.quoted.iter().map(|r| &c.clause.text[r.clone()]).collect()
    };
    assert_eq!(marked(0), vec!["Refer and monitor an intervention"]);
    // Two quoted clause 3 whole, one quoted a part: the part stands out.
    assert_eq!(marked(1), vec!["the contract type data itself holds no eligibility"]);
    assert!(marked(2).is_empty(), "clause 14 was quoted whole");
}

#[test]
fn nothing_cited_is_said_once_revealed_and_typed_evidence_is_grouped_by_its_words() {
    let mut m = merge(three(), at(12)).expect("merges").moderation;
    let clauses = m.specification.clauses();
    let first = framework().criteria().next().map(|(_, c)| c.id.clone()).expect("a criterion");
    m.reveal(&first);
    assert!(cited(&m, &first, &clauses).expect("revealed").is_empty());

    // The same words typed twice by one person and once by another, a blank, a clause the
    // specification does not have, and one clause cited twice by the same person.
    let given = [
        (
            0,
            vec![
                evidence(None, "No local data."),
                evidence(None, "  no LOCAL\n data.  "),
                evidence(None, " "),
            ],
        ),
        (2, vec![evidence(None, "No local data."), evidence(Some(999), "A clause since removed.")]),
        (
            1,
            vec![
                evidence(Some(5), "Service user makes progress"),
                evidence(Some(5), "obtaining accommodation"),
            ],
        ),
    ];
    for (scorer, evidence) in given {
        m.scorers[scorer].responses.get_mut(&first).expect("answered").evidence = evidence;
    }
    let found = cited(&m, &first, &clauses).expect("revealed");
    assert_eq!(found.typed.len(), 2);
    assert_eq!((found.typed[0].quote.as_str(), &found.typed[0].scorers[..]), ("No local data.", &[0, 2][..]));
    assert_eq!(
        (found.typed[1].quote.as_str(), &found.typed[1].scorers[..]),
        ("A clause since removed.", &[2][..])
    );
    assert_eq!(found.clauses.len(), 1);
    assert_eq!(found.clauses[0].scorers, vec![1], "one person citing a clause twice counts once");
    let c = &found.clauses[0];
    let marked: Vec<&str> = c.quoted.iter().map(|r| &c.clause.text[r.clone()]).collect();
    assert_eq!(marked, vec!["Service user makes progress", "obtaining accommodation"]);
}

#[test]
fn the_finder_clauses_nobody_cited_are_those_left_to_point_to() {
    let mut m = merge(three(), at(12)).expect("merges").moderation;
    let clauses = m.specification.clauses();
    let id = citing_id();
    let matched = |clause: u32| ClauseMatch { clause, hits: vec![], terms: vec![0] };
    let findings =
        Findings { clauses: vec![matched(14), matched(2), matched(3), matched(9)], unmatched: vec![] };
    let all: Vec<u32> = not_cited(&findings, None).map(|c| c.clause).collect();
    assert_eq!(all, vec![14, 2, 3, 9], "while blind nothing is known to be cited");
    m.reveal(&id);
    let found = cited(&m, &id, &clauses);
    let left: Vec<u32> = not_cited(&findings, found.as_ref()).map(|c| c.clause).collect();
    assert_eq!(left, vec![2, 9], "the finder's order, cited clauses left out");
}

/// Assessors' names in scripts where Unicode's lower case and the hand-written one it replaced
/// differ, or where the old one left capitals as written: Turkish İ, a Greek name ending in a
/// capital sigma, Armenian and Georgian capitals, Azerbaijani Ə, German ẞ; and names it handled
/// the same (Welsh, Latin-1). The Georgian and Amharic pair sort the other way round in Unicode's
/// lower case (Georgian capitals come after Ethiopic, its small letters before).
const NAMES_ACROSS_SCRIPTS: [&str; 9] = [
    "İSMAİL Yılmaz",
    "ΟΔΥΣΣΕΑΣ Παππάς",
    "ԱՐԱՄ Պետրոսյան",
    "ᲒᲘᲝᲠᲒᲘ Beridze",
    "አበበ Kebede",
    "ƏLİ Həsənov",
    "Jürgen GROẞ",
    "SIÂN Ŵyn",
    "Zoë Ñúñez",
];

/// A workshop's id is a hash of who scored, which assessment and the answers, with each name in
/// lower case; the agreed assessment's id is made from it, and saving an agreed result replaces one
/// with the same id. So merging the same files must give the same id as before lower case changed
/// to Unicode's: these ids were computed by the earlier code (commit 10143fe), pair by pair.
#[test]
fn workshop_ids_are_what_they_were_before_lower_case_followed_unicode() {
    let ids: Vec<String> = NAMES_ACROSS_SCRIPTS
        .windows(2)
        .enumerate()
        .map(|(i, pair)| {
            let files = vec![
                scored(&format!("a{i}"), pair[0], |c| Some(level((c % 5) as u8))),
                scored(&format!("b{i}"), pair[1], |c| Some(level(((c + i) % 5) as u8))),
            ];
            merge(files, at(12)).expect("merges").moderation.id
        })
        .collect();
    assert_eq!(
        ids,
        [
            "workshop-e22cf7581093",
            "workshop-4efaa95b5408",
            "workshop-930cabf8f653",
            "workshop-5fbfbaa2d3d4",
            "workshop-4695bcd88f83",
            "workshop-d030ecac0f02",
            "workshop-750e1604c729",
            "workshop-f3d001527867",
        ]
    );
    // The agreed assessment's id follows, so saving it again replaces the one saved before.
    let files = vec![
        scored("a", NAMES_ACROSS_SCRIPTS[0], |c| Some(level((c % 5) as u8))),
        scored("b", NAMES_ACROSS_SCRIPTS[1], |_| Some(level(2))),
    ];
    let merged = merge(files, at(12)).expect("merges");
    let agreed = agreed_assessment(&merged.moderation, &merged.framework, at(13));
    assert_eq!(agreed.id, format!("{}-agreed", merged.moderation.id));
}

/// The same person's name typed in capitals once is one assessor, in any script: flagged as in
/// two files, and the two sit together in the scorer order.
#[test]
fn an_assessor_in_capitals_and_in_small_letters_is_one_person_in_any_script() {
    for (first, again) in [
        ("Siân Ŵyn", "SIÂN ŴYN"),
        ("İsmail Demir", "İSMAİL DEMİR"),
        ("Οδυσσεας", "ΟΔΥΣΣΕΑΣ"),
        ("Արամ", "ԱՐԱՄ"),
        ("Jürgen Groß", "JÜRGEN GROẞ"),
    ] {
        let files = vec![
            scored("one", first, |_| Some(level(2))),
            scored("middle", "M", |_| Some(level(3))),
            scored("two", again, |_| Some(level(1))),
        ];
        let merged = merge(files, at(12)).expect("merges");
        let files = vec!["one.speclens.json".to_string(), "two.speclens.json".to_string()];
        assert_eq!(merged.flags, [Flag::SameAssessor { name: first.into(), files }], "{first} / {again}");
        let names: Vec<&str> = merged.moderation.scorers.iter().map(|s| s.name.as_str()).collect();
        let (a, b) = (names.iter().position(|n| *n == first), names.iter().position(|n| *n == again));
        assert_eq!(a.zip(b).map(|(a, b)| a.abs_diff(b)), Some(1), "{names:?}");
    }
    // Accents are not case: "Sian" may be someone else.
    let files = vec![scored("one", "Siân", |_| Some(level(2))), scored("two", "SIAN", |_| Some(level(1)))];
    assert!(merge(files, at(12)).expect("merges").flags.is_empty());
}

/// The projector has room for a few cited items: the clauses most assessors cited first (ties in
/// document order), typed evidence in the room left, and one sentence naming the rest by label.
#[test]
fn a_screen_with_room_for_four_shows_the_most_cited_and_names_the_rest() {
    use spec_lens::domain::cited::{Cited, CitedClause, TypedQuote};
    use spec_lens::domain::Clause;
    let clause = |id: u32, scorers: &[usize]| CitedClause {
        clause: Clause { id, label: format!("{id}.1"), text: format!("Clause {id}."), page: None },
        scorers: scorers.to_vec(),
        quoted: vec![],
    };
    let typed = |quote: &str| TypedQuote { quote: quote.into(), scorers: vec![0] };
    // Ten clauses in document order; 4, 7 and 9 cited by more than one assessor.
    let clauses: Vec<CitedClause> = (1..=10)
        .map(|id| match id {
            4 | 9 => clause(id, &[0, 1, 2]),
            7 => clause(id, &[0, 2]),
            _ => clause(id, &[1]),
        })
        .collect();
    let cited = Cited { clauses, typed: vec![typed("Our own words."), typed("More words.")] };
    let shown = cited.most_cited(4);
    let ids: Vec<u32> = shown.clauses.iter().map(|c| c.clause.id).collect();
    assert_eq!(ids, [4, 9, 7, 1], "three by most, then the first of those cited by one");
    assert!(shown.typed.is_empty());
    let more: Vec<u32> = shown.more_clauses.iter().map(|c| c.clause.id).collect();
    assert_eq!(more, [2, 3, 5, 6, 8, 10], "in document order");
    assert_eq!(shown.more_typed, 2);
    assert_eq!(
        words::more(&shown).as_deref(),
        Some("And 6 more cited clauses: 2.1, 3.1, 5.1, 6.1, 8.1 and 10.1; and 2 more typed quotes.")
    );

    // Room for everything: every clause in document order, then the typed evidence; no sentence.
    let few = Cited { clauses: cited.clauses[..3].to_vec(), typed: vec![typed("Our own words.")] };
    let all = few.most_cited(4);
    assert_eq!(all.clauses.iter().map(|c| c.clause.id).collect::<Vec<_>>(), [1, 2, 3]);
    assert_eq!(all.typed.len(), 1);
    assert_eq!(words::more(&all), None);

    // Many left out: six labels named, the rest counted.
    let many = Cited { clauses: (1..=20).map(|id| clause(id, &[0])).collect(), typed: vec![] };
    assert_eq!(
        words::more(&many.most_cited(4)).as_deref(),
        Some("And 16 more cited clauses: 5.1, 6.1, 7.1, 8.1, 9.1, 10.1 and 10 others.")
    );
    let one_more = Cited { clauses: (1..=5).map(|id| clause(id, &[0])).collect(), typed: vec![] };
    assert_eq!(words::more(&one_more.most_cited(4)).as_deref(), Some("And 1 more cited clause: 5.1."));
    assert_eq!(one_more.most_cited(0).len(), 1, "room for at least one");
}
