//! What reading a file changed, in the reader's language: a damaged file read with Welsh chosen
//! gives Welsh notes, every kind of note is worded in Welsh with no English left in it (what is
//! quoted from the file, and the JSON reader's own words, aside), the notes are kept as structure
//! (the same notes read in English once English is chosen), and the reason saved for a Not applicable
//! answer the file gave none is written in the reader's language.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/welsh.rs"]
mod welsh;
use std::path::Path;

use spec_lens::domain::results::Band;
use spec_lens::domain::Answer;
use spec_lens::format::errors::{ImportError, ValueType};
use spec_lens::format::import::{import, Imported};
use spec_lens::format::notes::{Given, ImportNote, LanguageFound, Subject, Weight};
use spec_lens::i18n::{self, Lang};
use welsh::{assert_no_english, choose_welsh};

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()))
}

#[test]
fn a_damaged_file_read_in_welsh_gives_welsh_notes() {
    choose_welsh();
    let imported = import(&fixture("dangling-references.speclens.json"), None).expect("opens");
    let report = imported.report();
    assert_eq!(report.len(), 8, "{report:#?}");
    for line in &report {
        assert_no_english(line, false);
    }
    assert_eq!(
        report[3],
        "Mae'r maen prawf \"data-gaps\" yn yr asesiad \"Fixture: housing support\" wedi'i farcio'n \
         Amherthnasol heb reswm; mae'r rheswm bellach yn darllen (ni roddwyd rheswm yn y ffeil a fewnforiwyd)."
    );
    assert_eq!(
        report[4],
        "Y lefel a roddwyd i'r maen prawf \"data-sources\" yn yr asesiad \"Fixture: housing support\" oedd 7, \
         y tu allan i'r raddfa o 0 i 4; cafodd ei gosod i 4."
    );
    // Saved in the reader's language: the reason is the user's from now on.
    let Imported::Assessment { payload, .. } = &imported else { panic!("assessment") };
    let reason = "(ni roddwyd rheswm yn y ffeil a fewnforiwyd)".to_string();
    assert_eq!(payload.assessment.responses["data-gaps"].answer, Answer::NotApplicable { reason });

    // The notes are structure: the same notes read in English once English is chosen.
    i18n::set_current(Lang::English);
    assert_eq!(
        imported.report()[1],
        "The weight of criterion \"voice-lived\" was -1.5; weights cannot be negative, so it was set to 0, \
         which leaves it out of the score."
    );
    assert!(
        imported.report()[3].ends_with("the reason now reads (ni roddwyd rheswm yn y ffeil a fewnforiwyd).")
    );
}

#[test]
fn unreadable_answers_and_a_library_in_welsh() {
    choose_welsh();
    let imported = import(&fixture("unreadable-answers.speclens.json"), None).expect("opens");
    let report = imported.report();
    assert_eq!(report.len(), 3, "{report:#?}");
    for line in &report {
        // In parentheses: the JSON reader's own words; quoted: the file's.
        assert_no_english(line, true);
    }
    assert!(
        report[0].starts_with("Nid oes ateb yn y cofnod ar gyfer y maen prawf \"data-gaps\""),
        "{report:#?}"
    );

    let imported = import(&fixture("duplicate-assessments.speclens.json"), None).expect("opens");
    let report = imported.report();
    assert_eq!(
        report,
        [
            "Mae'r asesiad \"Fixture: housing support\" yn ymddangos ddwywaith yn y ffeil; cafodd ei gadw unwaith.",
            "Mae gan ddau asesiad gwahanol yn y ffeil y dynodydd \"fixture-assessment-1\"; cadwyd y ddau, ac mae \
             gan yr ail (asesiad \"Fixture: housing support (edited copy)\") y dynodydd \
             \"fixture-assessment-1-copy\" bellach.",
        ]
    );
}

/// Every kind of note, in Welsh, with nothing left in English but what it quotes.
#[test]
fn every_kind_of_note_is_worded_in_welsh() {
    choose_welsh();
    let named = || Subject::Named("Housing".into());
    let c = || "c1".to_string();
    let notes = [
        ImportNote::UnknownLanguage(LanguageFound::Code("fr".into())),
        ImportNote::UnknownLanguage(LanguageFound::Type(ValueType::Number)),
        ImportNote::HashMismatch,
        ImportNote::NoHash,
        ImportNote::Converted { version: 0, current: 4 },
        ImportNote::WeightNotANumber(Weight::Section("s".into())),
        ImportNote::WeightNotANumber(Weight::Criterion(c())),
        ImportNote::NegativeWeight { weight: Weight::Section("s".into()), found: -2.0 },
        ImportNote::NegativeWeight { weight: Weight::Criterion(c()), found: -1.5 },
        ImportNote::WeightDigits { weight: Weight::Section("s".into()), found: "0.1".into(), now: 0.1 },
        ImportNote::WeightDigits { weight: Weight::Criterion(c()), found: "0.1".into(), now: 0.1 },
        ImportNote::BoundDigits { band: Band::Good, found: "60.0000000000000001".into(), now: 60.0 },
        ImportNote::FrameworkTwice { title: "F".into(), version: "1".into() },
        ImportNote::FrameworkIdClash { id: "f".into(), version: "1".into(), n: 2 },
        ImportNote::FrameworkLeftOut { n: 1, error: Box::new(ImportError::NotSpecLens) },
        ImportNote::NoSpecification { assessment: Subject::Untitled },
        ImportNote::FrameworkFilledIn { assessment: named() },
        ImportNote::NoFramework { assessment: named() },
        ImportNote::NoCreationTime { assessment: named(), time: "2026-05-01T08:00:00Z".into() },
        ImportNote::NoLastChangeTime { assessment: named(), time: "2026-05-01T08:00:00Z".into() },
        ImportNote::LevelOffScale { assessment: named(), criterion: c(), found: "-3".into(), now: 0 },
        ImportNote::NoId { assessment: Subject::Untitled, id: "imported-1".into() },
        ImportNote::UnknownCriterion { assessment: named(), criterion: c(), answer: Given::Level(2) },
        ImportNote::UnknownCriterion { assessment: named(), criterion: c(), answer: Given::NotApplicable },
        ImportNote::UnknownCriterion {
            assessment: named(),
            criterion: c(),
            answer: Given::InsufficientEvidence,
        },
        ImportNote::NoReason { assessment: named(), criterion: c(), reason: "(ni roddwyd rheswm)".into() },
        ImportNote::ClauseMissing {
            assessment: named(),
            criterion: c(),
            clause: 9,
            clauses: 4,
            quote_kept: true,
        },
        ImportNote::ClauseMissing {
            assessment: named(),
            criterion: c(),
            clause: 0,
            clauses: 4,
            quote_kept: false,
        },
        ImportNote::RepeatedClauseIds { assessment: named(), dropped: 1 },
        ImportNote::RepeatedClauseIds { assessment: named(), dropped: 3 },
        ImportNote::FrameworkNotInFile { assessment: named(), id: "f".into(), version: "1".into() },
        ImportNote::AssessmentLeftOut { n: 2, error: Box::new(ImportError::Empty) },
        ImportNote::AssessmentTwice { assessment: named() },
        ImportNote::AssessmentIdClash { id: "a".into(), assessment: named(), new_id: "a-copy".into() },
        ImportNote::RulesRecorded { assessment: named(), title: "F".into(), version: "1".into() },
        ImportNote::RulesDiffer { assessment: named(), title: "F".into(), version: "1".into() },
        ImportNote::WorkshopRecordUnreadable { assessment: named() },
        ImportNote::AnswerNotAnObject { assessment: named(), criterion: c(), found: ValueType::Number },
        ImportNote::NoAnswer { assessment: named(), criterion: c(), rationale: None },
        ImportNote::NoAnswer { assessment: named(), criterion: c(), rationale: Some("Later.".into()) },
        ImportNote::AnswerUnreadable { assessment: named(), criterion: c(), detail: "bad".into() },
        ImportNote::EvidenceUnreadable { assessment: named(), criterion: c(), item: 1, detail: "bad".into() },
        ImportNote::EvidenceNotAList { assessment: named(), criterion: c(), found: ValueType::Text },
        ImportNote::FrameworkUnknown { title: "T".into(), id: "f".into(), version: "1".into() },
        ImportNote::More(3),
    ];
    for note in &notes {
        let worded = note.to_string();
        assert!(!worded.contains('{'), "a slot left unfilled: {worded}");
        assert_no_english(&worded, false);
    }
    assert_eq!(
        ImportNote::NoSpecification { assessment: Subject::Untitled }.to_string(),
        "Nid oedd manyleb gan yr asesiad heb deitl; defnyddiwyd un wag."
    );
    assert_eq!(
        ImportNote::RepeatedClauseIds { assessment: named(), dropped: 2 }.to_string(),
        "Roedd gan 2 gymal yn nogfen yr asesiad \"Housing\" ddynodydd a oedd gan gymal arall eisoes; cawsant \
         eu gadael allan, fel bod pob cyfeiriad yn pwyntio at un cymal."
    );

    i18n::set_current(Lang::English);
    assert_eq!(
        ImportNote::RepeatedClauseIds { assessment: named(), dropped: 2 }.to_string(),
        "The document of the assessment \"Housing\" gave 2 clauses an id another clause already had; they were \
         left out, so that each citation points at one clause."
    );
    assert_eq!(
        ImportNote::BoundDigits { band: Band::RequiresImprovement, found: "40.1".into(), now: 40.0 }.to_string(),
        "The lower bound of Requires improvement was 40.1; Spec Lens keeps 15 significant digits, so it is now 40."
    );
}
