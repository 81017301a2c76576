//! Issue 19: a workshop keeps no English in its data. Who agreed an assessment ("Agreed in workshop
//! (3 scorers)"), a scorer without a name ("Assessor B") and the merge's flags are stored as
//! structure and worded when shown, in the reader's language. A Welsh and an English assessor's
//! files merge, and the agreed result reads in either language. Files, share links, stored entries
//! and a workshop kept in the browser from before the change (committed fixtures written by the
//! code of the time, `tests/fixtures/workshop-words/`) open with the old English read back into
//! structure; other text is the user's own and is kept.

#[path = "support/fixture_file.rs"]
mod fixture_file;
#[path = "support/welsh.rs"]
mod welsh;

use chrono::{DateTime, Utc};
use spec_lens::domain::builtin::{builtin_framework, builtin_frameworks, worked_example};
use spec_lens::domain::finder::UnicodeFold;
use spec_lens::domain::json::{from_json, to_json};
use spec_lens::domain::moderation::{
    agreed_assessment, assessed_by, merge, AssessedBy, Flag, MergeError, Participant, Provenance, Scored,
    Session,
};
use spec_lens::domain::{Answer, Assessment, Framework, Language};
use spec_lens::format::comparison::wording::side_names;
use spec_lens::format::envelope::{export_assessment, export_assessment_in, Kind};
use spec_lens::format::import::{import, Imported};
use spec_lens::format::report::markdown_report;
use spec_lens::format::share::{payload_json, read_payload};
use spec_lens::format::store::{decode_assessment, encode_assessment};
use spec_lens::i18n::messages::merge::{assessed_by_label, flag_text, merge_error, recorded_scorer};
use spec_lens::i18n::{self, Lang};
use welsh::in_welsh;

const DIR: &str = "tests/fixtures/workshop-words";

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{DIR}/{name}")).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn now() -> DateTime<Utc> {
    "2027-03-05T10:00:00Z".parse().expect("time")
}

fn english<T>(read: impl FnOnce() -> T) -> T {
    i18n::set_current(Lang::English);
    read()
}

/// An assessor's file, written in their language and read back as the workshop page reads it.
fn file_of(id: &str, assessor: &str, language: Language, shift: u8) -> Scored {
    let framework = builtin_framework().expect("1.1");
    let mut assessment = worked_example().expect("example");
    assessment.id = id.into();
    assessment.assessor = assessor.into();
    for (i, (_, c)) in framework.criteria().enumerate() {
        if let Some(r) = assessment.responses.get_mut(&c.id) {
            r.answer = Answer::Level { level: (i as u8 + shift) % 5 };
            if language == Language::Welsh {
                r.rationale = "Mae'r fanyleb yn dawel am hyn.".into();
            }
        }
    }
    let text = export_assessment_in(&assessment, &framework, language, now());
    let imported = import(text.as_bytes(), Some(Kind::Assessment)).expect("opens");
    assert_eq!(imported.file().language, language.code());
    let Imported::Assessment { payload, .. } = imported else { panic!("an assessment") };
    Scored {
        assessment: payload.assessment,
        framework: payload.framework,
        file_name: format!("{id}.speclens.json"),
    }
}

/// Bethan scores in Welsh, Ama in English, a third person gives no name, and Ama's file is loaded
/// twice (once under her name in capitals).
fn room() -> Vec<Scored> {
    vec![
        file_of("bethan", "Bethan Ifans", Language::Welsh, 0),
        file_of("ama", "Ama Boateng", Language::English, 1),
        file_of("nameless", "", Language::English, 2),
        file_of("ama-again", "AMA BOATENG", Language::English, 3),
    ]
}

fn agreed_of(files: Vec<Scored>) -> (Session, Assessment, Framework) {
    let merged = merge(files, now()).expect("one workshop");
    let mut session = Session::new(merged);
    let framework = session.framework.clone();
    let m = &mut session.moderation;
    m.participants.push(Participant { perspective: "Probation".into(), name: String::new() });
    for (i, (_, c)) in framework.criteria().enumerate().take(4) {
        m.reveal(&c.id);
        m.agree(&c.id, Answer::Level { level: i as u8 % 5 }, "Cytunwyd ar ôl trafod.").expect("agrees");
    }
    let agreed = agreed_assessment(&session.moderation, &framework, now());
    (session, agreed, framework)
}

/// The English the workshop used to write into data.
const OLD_ENGLISH: [&str; 3] = ["Agreed in workshop", "Assessor ", "is the assessor in"];

fn assert_no_old_english(what: &str, json: &str) {
    for english in OLD_ENGLISH {
        assert!(!json.contains(english), "{what} holds {english:?}");
    }
}

#[test]
fn a_welsh_and_an_english_assessors_files_merge_and_the_agreed_result_keeps_no_english() {
    let (session, agreed, framework) = agreed_of(room());
    let scorers: Vec<Option<&str>> =
        (0..session.moderation.scorers.len()).map(|i| session.moderation.scorer_name(i, true)).collect();
    assert_eq!(scorers, [None, Some("Ama Boateng"), Some("AMA BOATENG"), Some("Bethan Ifans")]);
    assert_eq!(agreed.assessor, "", "no assessor of its own");
    assert_eq!(assessed_by(&agreed), AssessedBy::Workshop { scorers: 4 });
    let provenance = agreed.provenance.as_ref().expect("provenance");
    assert_eq!(
        provenance.scorers,
        [None, Some("Ama Boateng".into()), Some("AMA BOATENG".into()), Some("Bethan Ifans".into())]
    );
    assert_eq!(
        session.flags,
        [Flag::SameAssessor {
            name: "Ama Boateng".into(),
            files: vec!["ama.speclens.json".into(), "ama-again.speclens.json".into()],
        }]
    );

    // Nothing worded is kept: not in the file, the link, the stored entry or the kept workshop.
    let builtins: Vec<Framework> =
        builtin_frameworks().expect("built-in").into_iter().map(|(f, _)| f).collect();
    assert_no_old_english("the file", &export_assessment(&agreed, &framework, now()));
    assert_no_old_english("the link", &payload_json(&agreed, &framework, &builtins));
    assert_no_old_english("the stored entry", &encode_assessment(&agreed).expect("encodes").entry);
    assert_no_old_english("the kept workshop", &to_json(&session).expect("json"));

    // A scorer without a name is written "", as a blank name always was: readers before this one
    // read the new files too (their scorers are a list of text).
    let value: serde_json::Value =
        serde_json::from_str(&export_assessment(&agreed, &framework, now())).expect("json");
    let written: Vec<String> =
        serde_json::from_value(value["payload"]["assessment"]["provenance"]["scorers"].clone())
            .expect("text");
    assert_eq!(written, ["", "Ama Boateng", "AMA BOATENG", "Bethan Ifans"]);
    assert_eq!(value["payload"]["assessment"]["assessor"], "");

    // And each kept form reads back as it was.
    let text = export_assessment(&agreed, &framework, now());
    let Imported::Assessment { payload, report, .. } =
        import(text.as_bytes(), Some(Kind::Assessment)).expect("imports")
    else {
        panic!("an assessment")
    };
    assert!(report.is_empty(), "{report:?}");
    assert_eq!(payload.assessment, agreed);
    let entry = encode_assessment(&agreed).expect("encodes").entry;
    assert_eq!(decode_assessment(&entry, &|_| None).expect("decodes"), agreed);
    let link = payload_json(&agreed, &framework, &builtins);
    assert_eq!(read_payload(link.as_bytes(), &builtins).expect("opens").assessment, agreed);
    let kept: Session = from_json(&to_json(&session).expect("json")).expect("reads");
    assert_eq!(kept, session);
}

#[test]
fn the_agreed_result_words_in_english_and_in_welsh() {
    let (session, agreed, framework) = agreed_of(room());
    let provenance = agreed.provenance.as_ref().expect("provenance");
    let words = || {
        (
            assessed_by_label(assessed_by(&agreed)),
            (0..provenance.scorers.len()).map(|i| recorded_scorer(provenance, i)).collect::<Vec<_>>(),
            session.flags.iter().map(flag_text).collect::<Vec<_>>(),
        )
    };
    let (who, scorers, flags) = english(words);
    assert_eq!(who.as_deref(), Some("Agreed in workshop (4 scorers)"));
    assert_eq!(scorers, ["Assessor A", "Ama Boateng", "AMA BOATENG", "Bethan Ifans"]);
    assert_eq!(
        flags,
        ["Ama Boateng is the assessor in 2 files (ama.speclens.json, ama-again.speclens.json); check that \
          one person's scores were not loaded twice, or remove one."]
    );
    let (who, scorers, flags) = in_welsh(words);
    assert_eq!(who.as_deref(), Some("Cytunwyd mewn gweithdy (4 sgoriwr)"));
    assert_eq!(scorers, ["Aseswr A", "Ama Boateng", "AMA BOATENG", "Bethan Ifans"]);
    assert_eq!(
        flags,
        ["Ama Boateng yw'r aseswr mewn 2 ffeil (ama.speclens.json, ama-again.speclens.json); gwiriwch na \
          chafodd sgoriau un person eu llwytho ddwywaith, neu tynnwch un."]
    );

    // The reports are written in the page's language.
    let report = english(|| markdown_report(&agreed, &framework, &UnicodeFold));
    assert!(report.contains("- **Assessor:** Agreed in workshop (4 scorers)\n"), "{report}");
    assert!(report.contains("| Criterion | Agreed | Assessor A | Ama Boateng | AMA BOATENG | Bethan Ifans |"));
    let report = in_welsh(|| markdown_report(&agreed, &framework, &UnicodeFold));
    assert!(report.contains("- **Aseswr:** Cytunwyd mewn gweithdy (4 sgoriwr)\n"), "{report}");
    assert!(report
        .contains("| Maen prawf | Sgôr a gytunwyd | Aseswr A | Ama Boateng | AMA BOATENG | Bethan Ifans |"));
}

#[test]
fn why_files_do_not_merge_words_in_english_and_in_welsh() {
    let mut files = room();
    files[1].framework.id = "local".into();
    files[1].framework.title = "Ein fframwaith".into();
    let error = merge(files, now()).expect_err("refused");
    assert!(matches!(error, MergeError::DifferentFramework { .. }), "{error:?}");
    let english_text = english(|| merge_error(&error));
    assert!(english_text.starts_with("ama.speclens.json was scored under the framework \u{201c}Ein fframwaith\u{201d} version 1.1, not \u{201c}"), "{english_text}");
    let welsh_text = in_welsh(|| merge_error(&error));
    assert!(welsh_text.starts_with("Cafodd ama.speclens.json ei sgorio o dan y fframwaith \u{201c}Ein fframwaith\u{201d} fersiwn 1.1, nid \u{201c}"), "{welsh_text}");

    let one = merge(room().into_iter().take(1).collect(), now()).expect_err("refused");
    assert_eq!(one, MergeError::TooFew { count: 1 });
    assert!(in_welsh(|| merge_error(&one)).contains("dim ond 1 asesiad a roddwyd"));
    let none = MergeError::TooFew { count: 0 };
    assert!(
        english(|| merge_error(&none)).contains("and 0 assessments were given;"),
        "a fix: not 'assessment was'"
    );
    assert!(in_welsh(|| merge_error(&none)).contains("ni roddwyd yr un asesiad"));
}

/// What the old code wrote, as the fixtures' note has it.
#[derive(serde::Deserialize)]
struct OldWords {
    assessor: String,
    scorers: Vec<String>,
    flags: Vec<String>,
}

fn old_words() -> OldWords {
    from_json(&fixture("old-words.json")).expect("old words")
}

/// The agreed assessment of the fixtures, as the new code should read it.
fn assert_read_back(what: &str, assessment: &Assessment) {
    assert_eq!(assessment.assessor, "", "{what}: the old 'Agreed in workshop' is read back");
    assert_eq!(assessed_by(assessment), AssessedBy::Workshop { scorers: 5 }, "{what}");
    let provenance = assessment.provenance.as_ref().unwrap_or_else(|| panic!("{what}: provenance"));
    assert_eq!(
        provenance.scorers,
        [None, Some("Siân Ŵyn".into()), Some("Tom Reid".into()), Some("TOM REID".into()), None],
        "{what}: the old 'Assessor A' and 'Assessor E' are read back"
    );
    let old = old_words();
    let worded = english(|| {
        (
            assessed_by_label(assessed_by(assessment)),
            (0..5).map(|i| recorded_scorer(provenance, i)).collect::<Vec<_>>(),
        )
    });
    assert_eq!(worded, (Some(old.assessor), old.scorers), "{what}: the English reads as before");
    let worded = in_welsh(|| {
        (
            assessed_by_label(assessed_by(assessment)),
            (0..5).map(|i| recorded_scorer(provenance, i)).collect::<Vec<_>>(),
        )
    });
    assert_eq!(
        worded,
        (
            Some("Cytunwyd mewn gweithdy (5 sgoriwr)".to_string()),
            ["Aseswr A", "Siân Ŵyn", "Tom Reid", "TOM REID", "Aseswr E"].map(String::from).to_vec()
        ),
        "{what}"
    );
}

fn fixture_file() -> Assessment {
    let imported = import(fixture("v4-agreed.speclens.json").as_bytes(), Some(Kind::Assessment))
        .expect("the old file opens");
    let Imported::Assessment { payload, report, .. } = imported else { panic!("an assessment") };
    assert!(report.is_empty(), "read back without a note: {report:?}");
    payload.assessment
}

#[test]
fn an_agreed_assessment_file_from_before_opens_with_its_words_as_structure() {
    let assessment = fixture_file();
    assert_read_back("the file", &assessment);
    // Its English report is the one the old code wrote, byte for byte.
    let framework = builtin_framework().expect("1.1");
    let report = english(|| markdown_report(&assessment, &framework, &UnicodeFold));
    assert_eq!(report, fixture("v4-agreed-report.md"));
    let mut individual = worked_example().expect("example");
    individual.assessor = "Tom Reid".into();
    let (one, two) = side_names(&assessment, &individual);
    assert_eq!(format!("{one}\n{two}\n"), fixture("v4-agreed-side-names.txt"));
}

#[test]
fn an_agreed_assessment_stored_or_shared_before_opens_with_its_words_as_structure() {
    let stored = decode_assessment(&fixture("store-v3-agreed.json"), &|_| None).expect("the old entry reads");
    assert_read_back("the stored entry", &stored);
    let builtins: Vec<Framework> =
        builtin_frameworks().expect("built-in").into_iter().map(|(f, _)| f).collect();
    let shared =
        read_payload(fixture("share-v4-agreed.json").as_bytes(), &builtins).expect("the old link opens");
    assert_read_back("the link", &shared.assessment);
    assert_eq!(stored, fixture_file());
    assert_eq!(shared.assessment, stored);
}

#[test]
fn a_workshop_kept_before_reads_its_flag_as_structure() {
    let session: Session = from_json(&fixture("workshop-session.json")).expect("the old workshop reads");
    assert_eq!(
        session.flags,
        [Flag::SameAssessor {
            name: "Tom Reid".into(),
            files: vec!["tom.speclens.json".into(), "tom-again.speclens.json".into()],
        }]
    );
    let old = old_words();
    assert_eq!(english(|| session.flags.iter().map(flag_text).collect::<Vec<_>>()), old.flags);
    assert_eq!(
        in_welsh(|| flag_text(&session.flags[0])),
        "Tom Reid yw'r aseswr mewn 2 ffeil (tom.speclens.json, tom-again.speclens.json); gwiriwch na chafodd \
         sgoriau un person eu llwytho ddwywaith, neu tynnwch un."
    );
    // The agreed result of the kept workshop keeps no English.
    let agreed = agreed_assessment(&session.moderation, &session.framework, now());
    assert_read_back("the agreed result of the kept workshop", &agreed);
}

#[test]
fn text_that_is_not_the_old_pattern_is_the_users_own_and_is_kept() {
    let mut value: serde_json::Value =
        serde_json::from_str(&fixture("v4-agreed.speclens.json")).expect("json");
    let assessment = &mut value["payload"]["assessment"];
    // Not this workshop's count, so not what the old code wrote for it.
    assessment["assessor"] = "Agreed in workshop (4 scorers)".into();
    // "Assessor A" was the first scorer's letter; "Assessor A" in second place is someone's name.
    assessment["provenance"]["scorers"] =
        serde_json::json!(["Assessor B", "Assessor A", "", null, "Assessor E "]);
    // The content hash no longer matches: the import notes it, and reads the file.
    let Imported::Assessment { payload, .. } =
        import(value.to_string().as_bytes(), Some(Kind::Assessment)).expect("imports")
    else {
        panic!("an assessment")
    };
    assert_eq!(payload.assessment.assessor, "Agreed in workshop (4 scorers)");
    let provenance: &Provenance = payload.assessment.provenance.as_ref().expect("provenance");
    assert_eq!(
        provenance.scorers,
        [Some("Assessor B".into()), Some("Assessor A".into()), None, None, Some("Assessor E ".into())]
    );
    assert_eq!(provenance.scorer_name(4), Some("Assessor E"));

    // Without its workshop record the assessor is text like any other.
    let mut lost = fixture_file();
    lost.provenance = None;
    lost.assessor = "Agreed in workshop (5 scorers)".into();
    let entry = encode_assessment(&lost).expect("encodes").entry;
    assert_eq!(
        decode_assessment(&entry, &|_| None).expect("decodes").assessor,
        "Agreed in workshop (5 scorers)"
    );

    // A flag that is not the old sentence is shown as it was written.
    for text in [
        "Check the names.",
        "Tom is the assessor in 3 files (a, b); check that one person's scores were not loaded twice, or remove one.",
        "Tom is the assessor in 2 files (a, b, c); check that one person's scores were not loaded twice, or remove one.",
    ] {
        assert_eq!(Flag::from_old_sentence(text), Flag::Text { text: text.into() }, "{text}");
        assert_eq!(flag_text(&Flag::from_old_sentence(text)), text);
    }
    let mut kept: serde_json::Value = serde_json::from_str(&fixture("workshop-session.json")).expect("json");
    kept["flags"] = serde_json::json!(["Check the names.", {"kind": "text", "text": "Mine."}]);
    let session: Session = from_json(&kept.to_string()).expect("reads");
    assert_eq!(
        session.flags,
        [Flag::Text { text: "Check the names.".into() }, Flag::Text { text: "Mine.".into() }]
    );
}

/// A Welsh assessor who gave no name, scoring the Accommodation specification in Welsh: with the
/// three English files of `tests/fixtures/workshop/`, the Welsh workshop end-to-end test merges a
/// Welsh and an English assessor's files. Written here, so it matches the current file format
/// (UPDATE_FIXTURES=1 rewrites it).
#[test]
fn the_welsh_assessors_file_is_current() {
    let framework = builtin_framework().expect("1.1");
    let mut assessment = worked_example().expect("example");
    assessment.id = "bethan".into();
    assessment.assessor = String::new();
    assessment.specification =
        spec_lens::domain::builtin::example_specifications().expect("examples").remove(0);
    assessment.created_at = "2026-11-20T09:00:00Z".parse().expect("time");
    assessment.updated_at = "2026-11-20T10:00:00Z".parse().expect("time");
    for r in assessment.responses.values_mut() {
        r.rationale = "Mae'r fanyleb yn sôn am hyn, ond heb ddigon o fanylion.".into();
    }
    let text = export_assessment_in(&assessment, &framework, Language::Welsh, now());
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(DIR).join("bethan-cy.speclens.json");
    fixture_file::keep_current(&path, &text, "workshop_words");
    // It merges with the English files.
    let english = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workshop");
    let mut files = vec![(path, "bethan-cy.speclens.json".to_string())];
    files.extend(
        ["ama", "priya", "tom"]
            .map(|n| (english.join(format!("{n}.speclens.json")), format!("{n}.speclens.json"))),
    );
    let scored = files
        .into_iter()
        .map(|(path, file_name)| {
            let bytes = std::fs::read(&path).expect("fixture");
            let Imported::Assessment { payload, .. } = import(&bytes, Some(Kind::Assessment)).expect("opens")
            else {
                panic!("an assessment")
            };
            Scored { assessment: payload.assessment, framework: payload.framework, file_name }
        })
        .collect();
    let (_, agreed, _) = agreed_of(scored);
    assert_eq!(assessed_by(&agreed), AssessedBy::Workshop { scorers: 4 });
    assert_eq!(agreed.provenance.as_ref().and_then(|p| p.scorers[0].clone()), None, "Bethan goes by A");
}
