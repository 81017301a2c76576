//! Temporary: writes the fixtures of tests/fixtures/workshop-words with the code from before the
//! workshop's words were stored as structure. Run once, committed, then removed.
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use spec_lens::domain::builtin::{builtin_framework, builtin_frameworks, worked_example};
use spec_lens::domain::json::to_json;
use spec_lens::domain::moderation::{agreed_assessment, merge, Participant, Scored, Session};
use spec_lens::domain::Answer;
use spec_lens::format::envelope::export_assessment;
use spec_lens::format::share::payload_json;
use spec_lens::format::store::encode_assessment;

fn now() -> DateTime<Utc> {
    "2027-03-04T12:00:00Z".parse().unwrap()
}

fn scored(id: &str, assessor: &str, welsh: bool, shift: u8) -> Scored {
    let framework = builtin_framework().unwrap();
    let mut assessment = worked_example().unwrap();
    assessment.id = id.into();
    assessment.assessor = assessor.into();
    let mut responses = BTreeMap::new();
    for (i, (_, c)) in framework.criteria().enumerate() {
        let mut r = assessment.responses.get(&c.id).cloned().unwrap_or(spec_lens::domain::Response {
            answer: Answer::InsufficientEvidence,
            rationale: String::new(),
            evidence: vec![],
        });
        r.answer = Answer::Level { level: ((i as u8) + shift) % 5 };
        if welsh {
            r.rationale = "Mae'r fanyleb yn dawel am hyn.".into();
        }
        responses.insert(c.id.clone(), r);
    }
    assessment.responses = responses;
    Scored { assessment, framework, file_name: format!("{id}.speclens.json") }
}

#[test]
#[ignore]
fn write_workshop_words_fixtures() {
    let dir = std::path::Path::new("tests/fixtures/workshop-words");
    let framework = builtin_framework().unwrap();
    let files = vec![
        scored("sian", "Siân Ŵyn", true, 0),
        scored("unnamed", "", false, 1),
        scored("tom", "Tom Reid", false, 2),
        scored("tom-again", "TOM REID", false, 3),
    ];
    let merged = merge(files, now()).unwrap();
    let mut session = Session::new(merged);
    let m = &mut session.moderation;
    m.add_typed_scorer("  ");
    m.participants.push(Participant { perspective: "Probation".into(), name: String::new() });
    m.participants.push(Participant { perspective: "People with lived experience".into(), name: "Ama".into() });
    m.participants.push(Participant { perspective: "Tenants' panel".into(), name: String::new() });
    for (i, (_, c)) in framework.criteria().enumerate().take(3) {
        m.reveal(&c.id);
        m.agree(&c.id, Answer::Level { level: (i as u8) % 5 }, "Cytunwyd ar ôl trafod.").unwrap();
    }
    let agreed = agreed_assessment(&session.moderation, &session.framework, now());
    let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).unwrap();
    write("v4-agreed.speclens.json", &export_assessment(&agreed, &framework, now()));
    write("store-v3-agreed.json", &encode_assessment(&agreed).unwrap().entry);
    let builtins: Vec<_> = builtin_frameworks().unwrap().into_iter().map(|(f, _)| f).collect();
    write("share-v4-agreed.json", &payload_json(&agreed, &framework, &builtins));
    write("workshop-session.json", &to_json(&session).unwrap());
    let words = serde_json::json!({
        "assessor": agreed.assessor,
        "scorers": agreed.provenance.as_ref().unwrap().scorers,
        "flags": session.flags,
    });
    write("old-words.json", &serde_json::to_string_pretty(&words).unwrap());
}
