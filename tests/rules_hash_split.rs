//! Issue 19: the rules hash covers the scoring rules alone, so the same framework worded in Welsh
//! and in English is one framework. Files, share links and stored entries from before the split
//! (committed fixtures written by the code of the time, `tests/fixtures/legacy-hash/`) open with
//! their references rewritten to the new rules hash.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use spec_lens::domain::builtin::{
    builtin_framework, builtin_framework_1_0, worked_example, LEGACY_RULES_HASHES, RULES_HASH_1_0,
    RULES_HASH_1_1,
};
use spec_lens::domain::comparison::{compare, Side};
use spec_lens::domain::json::{from_json, to_json};
use spec_lens::domain::moderation::{merge, Scored};
use spec_lens::domain::{framework_hash, rules_hash, Assessment, Framework, FrameworkRef, Language};
use spec_lens::format::envelope::{export_assessment, export_assessment_in, Kind, FILE_VERSION};
use spec_lens::format::import::{import, Imported};
use spec_lens::format::share::{payload_json_in, read_payload, SHARE_VERSION};
use spec_lens::format::store::{
    decode_assessment, decode_assessment_with, encode_assessment, framework_key, FRAMEWORK_PREFIX,
    STORE_VERSION,
};

const DIR: &str = "tests/fixtures/legacy-hash";

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{DIR}/{name}")).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn now() -> DateTime<Utc> {
    "2027-03-02T10:00:00Z".parse().expect("time")
}

/// The old hashes the fixtures recorded, by "id version".
fn legacy_hashes() -> BTreeMap<String, String> {
    from_json(&fixture("legacy-hashes.json")).expect("hashes")
}

/// The framework of the custom fixtures, as stored then (key and JSON).
fn stored_custom() -> (String, Framework) {
    #[derive(serde::Deserialize)]
    struct Stored {
        key: String,
        raw: String,
    }
    let stored: Stored = from_json(&fixture("store-v2-framework.json")).expect("stored framework");
    (stored.key, from_json(&stored.raw).expect("framework"))
}

fn no_documents(_: &str) -> Option<String> {
    None
}

#[test]
fn the_old_hashes_are_the_framework_hashes_and_no_longer_the_rules_hashes() {
    let old = legacy_hashes();
    let (key, custom) = stored_custom();
    assert_eq!(key, format!("{FRAMEWORK_PREFIX}{}", old["local-framework 2.0"]));
    assert_eq!(framework_hash(&custom), old["local-framework 2.0"]);
    assert_ne!(rules_hash(&custom), old["local-framework 2.0"]);
    let builtin_old = builtin_framework_1_0().expect("1.0");
    assert_eq!(framework_hash(&builtin_old), old["inclusive-needs-assessment 1.0"]);
    assert_eq!(
        LEGACY_RULES_HASHES.to_vec(),
        vec![
            (old["inclusive-needs-assessment 1.0"].as_str(), RULES_HASH_1_0),
            (old["inclusive-needs-assessment 1.1"].as_str(), RULES_HASH_1_1),
        ]
    );
}

#[test]
fn a_format_3_assessment_file_opens_with_its_reference_renewed() {
    for (name, builtin) in
        [("v3-assessment-builtin-1.1.speclens.json", true), ("v3-assessment-custom.speclens.json", false)]
    {
        let imported = import(fixture(name).as_bytes(), Some(Kind::Assessment)).expect(name);
        assert_eq!(imported.file().version, 3);
        assert_eq!(imported.file().language, "en", "a file before format 4 was written in English");
        assert_eq!(imported.file().content_hash_matches, Some(true));
        assert!(
            !imported.report().iter().any(|line| line.contains("differ")),
            "{name}: {:?}",
            imported.report()
        );
        let Imported::Assessment { payload, .. } = imported else { panic!("assessment") };
        assert_eq!(payload.assessment.framework.rules_hash, rules_hash(&payload.framework), "{name}");
        if builtin {
            assert_eq!(payload.assessment.framework.rules_hash, RULES_HASH_1_1);
        }
    }
}

#[test]
fn a_format_3_library_opens_with_every_reference_renewed() {
    let imported =
        import(fixture("v3-library.speclens.json").as_bytes(), Some(Kind::Library)).expect("library");
    assert!(imported.report().is_empty(), "{:?}", imported.report());
    let Imported::Library { payload, .. } = imported else { panic!("library") };
    assert_eq!(payload.assessments.len(), 3);
    let hashes: Vec<String> = payload.frameworks.iter().map(rules_hash).collect();
    for assessment in &payload.assessments {
        assert!(hashes.contains(&assessment.framework.rules_hash), "{}", assessment.id);
    }
    let pinned: Vec<&str> = payload.assessments.iter().map(|a| a.framework.rules_hash.as_str()).collect();
    assert!(pinned.contains(&RULES_HASH_1_0) && pinned.contains(&RULES_HASH_1_1));
}

#[test]
fn a_format_3_framework_file_opens_as_the_same_framework() {
    let imported = import(fixture("v3-framework-custom.speclens.json").as_bytes(), Some(Kind::Framework))
        .expect("framework");
    let (_, stored) = stored_custom();
    assert_eq!(imported.frameworks()[0], &stored);
}

#[test]
fn a_reference_that_is_neither_hash_is_still_reported() {
    let text = fixture("v3-assessment-custom.speclens.json")
        .replace(&legacy_hashes()["local-framework 2.0"], &format!("sha256:{}", "0".repeat(64)));
    let imported = import(text.as_bytes(), Some(Kind::Assessment)).expect("opens");
    assert!(imported.report().iter().any(|line| line.contains("recorded scoring rules that differ")));
}

#[test]
fn version_3_share_links_open_with_their_reference_renewed() {
    let builtins = vec![builtin_framework_1_0().expect("1.0"), builtin_framework().expect("1.1")];
    let shared = read_payload(fixture("share-v3-builtin.json").as_bytes(), &builtins).expect("builtin link");
    assert_eq!(shared.framework, builtins[1]);
    assert_eq!(shared.assessment.framework.rules_hash, RULES_HASH_1_1);
    assert_eq!(shared.language, "en");

    // The built-in framework found by its recorded old hash, not by hashing its wording again:
    // a page whose built-in framework has since gained a Welsh translation still opens the link.
    let mut worded = builtins.clone();
    let translation = welsh(&worded[1]);
    worded[1].languages.insert("cy".into(), translation);
    let shared = read_payload(fixture("share-v3-builtin.json").as_bytes(), &worded).expect("worded builtin");
    assert_eq!(shared.framework, worded[1]);
    assert_eq!(shared.assessment.framework.rules_hash, RULES_HASH_1_1);

    let shared = read_payload(fixture("share-v3-custom.json").as_bytes(), &builtins).expect("custom link");
    let (_, custom) = stored_custom();
    assert_eq!(shared.framework, custom);
    assert_eq!(shared.assessment.framework.rules_hash, rules_hash(&custom));
}

#[test]
fn version_2_stored_entries_read_with_their_reference_renewed() {
    for (name, hash) in
        [("store-v2-builtin.json", RULES_HASH_1_1), ("store-v2-builtin-1-0.json", RULES_HASH_1_0)]
    {
        let assessment = decode_assessment(&fixture(name), &no_documents).expect(name);
        assert_eq!(assessment.framework.rules_hash, hash, "{name}");
    }
    // A custom framework's reference goes through the framework stored under its old key.
    let (key, custom) = stored_custom();
    let raw = fixture("store-v2-custom.json");
    let old = key.strip_prefix(FRAMEWORK_PREFIX).expect("prefix").to_string();
    let renewed = rules_hash(&custom);
    let lookup = |hash: &str| (hash == old).then(|| renewed.clone());
    let assessment = decode_assessment_with(&raw, &no_documents, &lookup).expect("custom");
    assert_eq!(assessment.framework.rules_hash, rules_hash(&custom));
    // Without it the reference is kept as it was (the catalogue still finds it by the old key).
    let kept = decode_assessment(&raw, &no_documents).expect("custom");
    assert_eq!(kept.framework.rules_hash, old);
    // Saved again, it is a version-3 entry, read as it is.
    let entry = encode_assessment(&assessment).expect("encodes").entry;
    assert!(entry.contains(&format!("\"version\":{STORE_VERSION}")));
    assert_eq!(STORE_VERSION, 3);
    assert_eq!(decode_assessment(&entry, &no_documents), Ok(assessment));
    // New frameworks are stored under their rules hash.
    assert_eq!(framework_key(&rules_hash(&custom)), format!("{FRAMEWORK_PREFIX}{}", rules_hash(&custom)));
}

/// A version-3 entry is never rewritten, even if its hash happens to be an old one.
#[test]
fn version_3_entries_are_read_as_they_are() {
    let mut assessment = worked_example().expect("example");
    assessment.framework.rules_hash = LEGACY_RULES_HASHES[1].0.into();
    let entry = encode_assessment(&assessment).expect("encodes").entry;
    assert_eq!(
        decode_assessment(&entry, &no_documents).expect("reads").framework.rules_hash,
        LEGACY_RULES_HASHES[1].0
    );
}

/// The built-in 1.1 with a few fields worded in Welsh (test wording, not the real translation).
fn welsh(framework: &Framework) -> spec_lens::domain::Translation {
    use spec_lens::domain::{CriterionWording, LevelWording, ScaleWording, SectionWording, Translation};
    let (section, criterion) =
        framework.criteria().next().map(|(s, c)| (s.id.clone(), c.id.clone())).expect("one");
    let mut translation = Translation {
        title: "Asesiad o anghenion cynhwysol".into(),
        scale: ScaleWording {
            levels: vec![LevelWording { label: "Absennol".into(), descriptor: String::new() }],
            not_applicable_label: "Amherthnasol".into(),
            insufficient_evidence_label: String::new(),
        },
        ..Default::default()
    };
    translation
        .sections
        .insert(section, SectionWording { title: "Ehangder y dystiolaeth".into(), summary: String::new() });
    translation.criteria.insert(
        criterion,
        CriterionWording {
            title: "Asesiad o anghenion lleol".into(),
            question: "A yw'r fanyleb yn seiliedig ar asesiad o anghenion lleol?".into(),
            descriptors: vec![String::new(), "Rhannol".into()],
            search_terms: vec!["asesiad o anghenion".into()],
            ..Default::default()
        },
    );
    translation
}

#[test]
fn a_welsh_and_an_english_assessment_merge_and_compare() {
    let english_framework = builtin_framework().expect("1.1");
    let mut bilingual = english_framework.clone();
    bilingual.languages.insert("cy".into(), welsh(&bilingual));
    assert_eq!(rules_hash(&bilingual), rules_hash(&english_framework));
    assert_eq!(rules_hash(&bilingual.in_language("cy")), RULES_HASH_1_1);
    assert_ne!(framework_hash(&bilingual), framework_hash(&english_framework));

    let mut english = worked_example().expect("example");
    english.assessor = "Ama (English)".into();
    let mut cymraeg = worked_example().expect("example");
    cymraeg.id = "welsh-scorer".into();
    cymraeg.assessor = "Bethan (Cymraeg)".into();
    cymraeg.responses.values_mut().for_each(|r| r.rationale = "Yn Gymraeg.".into());

    // Each assessor's file, written in their language, read back.
    let files = [
        export_assessment_in(&english, &english_framework, Language::English, now()),
        export_assessment_in(&cymraeg, &bilingual, Language::Welsh, now()),
    ];
    let mut scored = Vec::new();
    for (i, text) in files.iter().enumerate() {
        let imported = import(text.as_bytes(), Some(Kind::Assessment)).expect("opens");
        assert_eq!(imported.file().version, FILE_VERSION);
        assert_eq!(imported.file().language, ["en", "cy"][i]);
        let Imported::Assessment { payload, .. } = imported else { panic!("assessment") };
        assert_eq!(payload.assessment.framework.rules_hash, RULES_HASH_1_1);
        scored.push(Scored {
            assessment: payload.assessment,
            framework: payload.framework,
            file_name: format!("{i}"),
        });
    }
    assert_eq!(scored[1].framework, bilingual, "the file keeps the translation");
    let merged = merge(scored.clone(), now()).expect("one workshop");
    assert_eq!(merged.moderation.framework.rules_hash, RULES_HASH_1_1);
    assert_eq!(merged.moderation.scorers.len(), 2);

    let (a, b) = (&scored[0], &scored[1]);
    let comparison = compare(
        Side { assessment: &a.assessment, framework: &a.framework },
        Side { assessment: &b.assessment, framework: &b.framework },
    );
    assert!(comparison.is_ok(), "{comparison:?}");
}

#[test]
fn in_language_falls_back_field_by_field() {
    let english = builtin_framework().expect("1.1");
    let mut framework = english.clone();
    framework.languages.insert("cy".into(), welsh(&framework));
    assert!(matches!(framework.in_language("en"), std::borrow::Cow::Borrowed(_)));
    assert!(matches!(framework.in_language("fr"), std::borrow::Cow::Borrowed(_)));
    assert!(matches!(english.in_language("cy"), std::borrow::Cow::Borrowed(_)), "no translation: as it is");

    let view = framework.in_language("cy");
    assert_eq!(view.language, "cy");
    assert!(view.languages.is_empty());
    assert_eq!(view.title, "Asesiad o anghenion cynhwysol");
    assert_eq!(view.summary, english.summary, "no Welsh summary: the English one");
    assert_eq!(view.scale.levels[0].label, "Absennol");
    assert_eq!(view.scale.levels[0].descriptor, english.scale.levels[0].descriptor);
    assert_eq!(view.scale.levels[1], english.scale.levels[1]);
    assert_eq!(view.scale.not_applicable_label, "Amherthnasol");
    assert_eq!(view.scale.insufficient_evidence_label, english.scale.insufficient_evidence_label);
    let (s, c) = (&view.sections[0], &view.sections[0].criteria[0]);
    let (es, ec) = (&english.sections[0], &english.sections[0].criteria[0]);
    assert_eq!(s.title, "Ehangder y dystiolaeth");
    assert_eq!(s.summary, es.summary);
    assert_eq!(c.title, "Asesiad o anghenion lleol");
    assert_eq!(c.guidance, ec.guidance, "no Welsh guidance: the English");
    // The Welsh terms are looked for beside the English ones: a specification scored in Welsh may be
    // written in English.
    let mut both = ec.search_terms.clone();
    both.push("asesiad o anghenion".to_string());
    assert_eq!(c.search_terms, both);
    // Level 1 in Welsh; the others keep the criterion's own descriptor.
    assert_eq!(c.descriptors.len(), 5);
    assert_eq!(view.descriptor(c, 1), "Rhannol");
    for level in [0u8, 2, 3, 4] {
        assert_eq!(view.descriptor(c, level), english.descriptor(ec, level), "level {level}");
    }
    // Untranslated criteria are as they were; the rules are untouched.
    assert_eq!(view.sections[1].criteria, english.sections[1].criteria);
    assert_eq!(rules_hash(&view), rules_hash(&english));
    assert_eq!(framework.language_codes(), vec!["en", "cy"]);
}

#[test]
fn translations_and_languages_round_trip_through_files_links_and_storage() {
    let mut framework = builtin_framework().expect("1.1");
    framework.id = "bilingual".into();
    framework.languages.insert("cy".into(), welsh(&framework));
    let mut assessment = worked_example().expect("example");
    assessment.framework = FrameworkRef {
        id: framework.id.clone(),
        version: framework.version.clone(),
        rules_hash: rules_hash(&framework),
    };

    let text = export_assessment_in(&assessment, &framework, Language::Welsh, now());
    assert!(text.contains("\"language\": \"cy\""));
    let imported = import(text.as_bytes(), None).expect("file");
    assert_eq!(imported.file().language, "cy");
    assert_eq!(imported.frameworks()[0], &framework);
    assert_eq!(imported.assessments()[0], &assessment);

    let english_file = export_assessment(&assessment, &framework, now());
    assert_eq!(import(english_file.as_bytes(), None).expect("file").file().language, "en");

    let builtins = vec![builtin_framework().expect("1.1")];
    let json = payload_json_in(&assessment, &framework, &builtins, Language::Welsh);
    assert!(json.contains(&format!("\"version\":{SHARE_VERSION}")));
    let shared = read_payload(json.as_bytes(), &builtins).expect("link");
    assert_eq!(
        (shared.framework, shared.assessment, shared.language.as_str()),
        (framework.clone(), assessment, "cy")
    );

    // Storage keeps a framework as `to_json` writes it.
    let stored: Framework = from_json(&to_json(&framework).expect("json")).expect("reads");
    assert_eq!(stored, framework);
    // An English framework without translations writes neither field.
    let plain = to_json(&builtin_framework().expect("1.1")).expect("json");
    assert!(!plain.contains("\"language\"") && !plain.contains("\"languages\""));
}

#[test]
fn a_file_in_a_language_spec_lens_lacks_opens_in_english_with_a_note() {
    let text =
        export_assessment(&worked_example().expect("example"), &builtin_framework().expect("1.1"), now())
            .replace("\"language\": \"en\"", "\"language\": \"fr\"");
    let imported = import(text.as_bytes(), None).expect("opens");
    assert_eq!(imported.file().language, "en");
    assert!(
        imported.report().iter().any(|l| l.contains("\"fr\", which Spec Lens does not have")),
        "{:?}",
        imported.report()
    );
}

#[test]
fn the_language_header_is_outside_the_content_hash() {
    let assessment: Assessment = worked_example().expect("example");
    let framework = builtin_framework().expect("1.1");
    let hash = |text: &str| {
        let value: serde_json::Value = serde_json::from_str(text).expect("json");
        value["content_hash"].as_str().expect("hash").to_string()
    };
    assert_eq!(
        hash(&export_assessment_in(&assessment, &framework, Language::Welsh, now())),
        hash(&export_assessment(&assessment, &framework, now()))
    );
}
