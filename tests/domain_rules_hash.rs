//! The rules hash pins a framework's scoring rules: it must be stable across builds, platforms
//! and key order, must change whenever a rule changes, and must not change with the wording. The
//! framework hash (what the rules hash was up to file format 3) must still be what it was.

use spec_lens::domain::{
    canonical_json, framework_hash, rules_hash, sha256_hex, BandThresholds, Criterion, Framework, LevelDef,
    Scale, Section, Source, TimescaleRules,
};

/// The rules hash of [`fixed_framework`], recorded once (and checked independently with Python:
/// the rules view `{"rules":1,"id":…,"version":…,"levels":5,"sections":[{"id","weight","criteria":
/// [{"id","weight","critical"}]}],"bands":…,"timescale_rules":…,"critical_caps":{}}` through
/// `json.dumps(sort_keys=True, separators=(",", ":"))` then SHA-256). If this test fails, the
/// canonical form has changed and every saved assessment would stop matching its framework: that
/// needs a format migration, not a new literal.
const FIXED_HASH: &str = "sha256:64e8a58d564f6b5b47063eef057bbad7bd27a469ad61c2031c534de58617e324";

/// The framework hash of [`fixed_framework`]: what its rules hash was up to file format 3, when it
/// covered the whole framework (recorded then, checked with Python the same way). Old references
/// are recognised by it, so it must never change either.
const FIXED_FRAMEWORK_HASH: &str = "sha256:b9f66741167382b9c619cf8d490f0377d8c075552d774e534cebe6374a32d769";

fn fixed_framework() -> Framework {
    Framework {
        critical_caps: Default::default(),
        language: "en".into(),
        languages: Default::default(),
        id: "fixed".into(),
        version: "1.0".into(),
        title: "Fixed framework".into(),
        summary: "For the rules hash test.".into(),
        scale: Scale {
            levels: (0..=4)
                .map(|l| LevelDef { label: format!("Level {l}"), descriptor: format!("Descriptor {l}") })
                .collect(),
            not_applicable_label: "Not applicable".into(),
            insufficient_evidence_label: "Insufficient evidence".into(),
        },
        sections: vec![Section {
            id: "voice".into(),
            title: "Voice of people using services".into(),
            summary: String::new(),
            weight: 2.0,
            criteria: vec![Criterion {
                search_terms: vec![],
                id: "voice-1".into(),
                title: "Lived experience".into(),
                question: "Does the specification draw on lived experience?".into(),
                guidance: "Look for co-production.".into(),
                meets: "Named groups consulted.".into(),
                falls_short: "No mention.".into(),
                weight: 1.5,
                critical: true,
                descriptors: vec![],
                sources: vec![Source {
                    title: "A source".into(),
                    publisher: "A publisher".into(),
                    year: Some(2021),
                    url: "https://example.org/source".into(),
                }],
            }],
        }],
        bands: BandThresholds::default(),
        timescale_rules: TimescaleRules {
            criteria: Default::default(),
            needs_assessment_before_publication: true,
            min_consultation_weeks: Some(12),
            min_weeks_publication_to_start: None,
        },
    }
}

/// The same framework written with its keys in one order…
const JSON_ONE_ORDER: &str = r#"{
  "id": "fixed", "version": "1.0", "title": "Fixed framework", "summary": "For the rules hash test.",
  "scale": {
    "levels": [
      {"label": "Level 0", "descriptor": "Descriptor 0"}, {"label": "Level 1", "descriptor": "Descriptor 1"},
      {"label": "Level 2", "descriptor": "Descriptor 2"}, {"label": "Level 3", "descriptor": "Descriptor 3"},
      {"label": "Level 4", "descriptor": "Descriptor 4"}
    ],
    "not_applicable_label": "Not applicable", "insufficient_evidence_label": "Insufficient evidence"
  },
  "sections": [{
    "id": "voice", "title": "Voice of people using services", "summary": "", "weight": 2.0,
    "criteria": [{
      "id": "voice-1", "title": "Lived experience",
      "question": "Does the specification draw on lived experience?",
      "guidance": "Look for co-production.", "meets": "Named groups consulted.", "falls_short": "No mention.",
      "weight": 1.5, "critical": true, "descriptors": [],
      "sources": [{"title": "A source", "publisher": "A publisher", "year": 2021, "url": "https://example.org/source"}]
    }]
  }],
  "bands": {"outstanding": 80.0, "good": 60.0, "requires_improvement": 40.0},
  "timescale_rules": {"needs_assessment_before_publication": true, "min_consultation_weeks": 12, "min_weeks_publication_to_start": null}
}"#;

/// …and in another, with integer-looking weights and different spacing.
const JSON_OTHER_ORDER: &str = r#"{"timescale_rules":{"min_weeks_publication_to_start":null,"min_consultation_weeks":12,
"needs_assessment_before_publication":true},"bands":{"requires_improvement":40,"good":60,"outstanding":80},
"sections":[{"weight":2,"criteria":[{"sources":[{"url":"https://example.org/source","year":2021,
"publisher":"A publisher","title":"A source"}],"descriptors":[],"critical":true,"weight":1.5,
"falls_short":"No mention.","meets":"Named groups consulted.","guidance":"Look for co-production.",
"question":"Does the specification draw on lived experience?","title":"Lived experience","id":"voice-1"}],
"summary":"","title":"Voice of people using services","id":"voice"}],"scale":{"insufficient_evidence_label":
"Insufficient evidence","not_applicable_label":"Not applicable","levels":[{"descriptor":"Descriptor 0",
"label":"Level 0"},{"descriptor":"Descriptor 1","label":"Level 1"},{"descriptor":"Descriptor 2","label":"Level 2"},
{"descriptor":"Descriptor 3","label":"Level 3"},{"descriptor":"Descriptor 4","label":"Level 4"}]},
"summary":"For the rules hash test.","title":"Fixed framework","version":"1.0","id":"fixed"}"#;

fn parse(json: &str) -> Framework {
    serde_json::from_str(json).expect("test JSON parses")
}

#[test]
fn hash_of_the_fixed_framework_is_recorded() {
    assert_eq!(rules_hash(&fixed_framework()), FIXED_HASH);
    assert_eq!(framework_hash(&fixed_framework()), FIXED_FRAMEWORK_HASH);
}

#[test]
fn hash_has_the_documented_shape() {
    let hash = rules_hash(&fixed_framework());
    let hex = hash.strip_prefix("sha256:").expect("prefix");
    assert_eq!(hex.len(), 64);
    assert!(hex.chars().all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c)));
}

#[test]
fn key_order_and_spacing_in_the_input_do_not_change_the_hash() {
    let (one, other) = (parse(JSON_ONE_ORDER), parse(JSON_OTHER_ORDER));
    assert_eq!(one, fixed_framework());
    assert_eq!(other, fixed_framework());
    assert_eq!(rules_hash(&one), FIXED_HASH);
    assert_eq!(rules_hash(&other), FIXED_HASH);
    assert_eq!(framework_hash(&other), FIXED_FRAMEWORK_HASH);
}

#[test]
fn canonical_json_sorts_keys() {
    let json = canonical_json(&fixed_framework());
    let bands = json.find("\"bands\"").expect("bands");
    let id = json.find("\"id\"").expect("id");
    let version = json.rfind("\"version\"").expect("version");
    assert!(bands < id && id < version, "{json}");
    assert!(!json.contains("\": ") && !json.contains('\n'), "compact output: {json}");
}

#[test]
fn changing_a_criterion_weight_changes_the_hash() {
    let mut fw = fixed_framework();
    fw.sections[0].criteria[0].weight = 1.25;
    assert_ne!(rules_hash(&fw), FIXED_HASH);
}

#[test]
fn changing_a_section_weight_changes_the_hash() {
    let mut fw = fixed_framework();
    fw.sections[0].weight = 3.0;
    assert_ne!(rules_hash(&fw), FIXED_HASH);
}

/// Wording is not rules: a descriptor, a title, a question, a label, a source, a search term, the
/// framework's language or a translation leave the rules hash as it is, and change the framework
/// hash (but for search terms, which neither covers).
#[test]
fn changing_the_wording_keeps_the_rules_hash() {
    use spec_lens::domain::{CriterionWording, Translation};
    type Edit = fn(&mut Framework);
    let edits: Vec<(&str, Edit)> = vec![
        ("scale descriptor", |f| f.scale.levels[2].descriptor.push('!')),
        ("own descriptors", |f| f.sections[0].criteria[0].descriptors = vec!["Own descriptor".into()]),
        ("title", |f| f.title.push_str(" (local)")),
        ("summary", |f| f.summary = "Another summary.".into()),
        ("level label", |f| f.scale.levels[0].label = "Dim".into()),
        ("answer label", |f| f.scale.not_applicable_label = "Amherthnasol".into()),
        ("section title", |f| f.sections[0].title = "Llais".into()),
        ("question", |f| f.sections[0].criteria[0].question = "Reworded?".into()),
        ("guidance", |f| f.sections[0].criteria[0].guidance.clear()),
        ("meets", |f| f.sections[0].criteria[0].meets.push('.')),
        ("falls short", |f| f.sections[0].criteria[0].falls_short.push('.')),
        ("source", |f| f.sections[0].criteria[0].sources[0].year = Some(2022)),
        ("language", |f| f.language = "cy".into()),
        ("translation", |f| {
            let wording = CriterionWording { title: "Profiad bywyd".into(), ..Default::default() };
            let mut welsh = Translation { title: "Fframwaith sefydlog".into(), ..Default::default() };
            welsh.criteria.insert("voice-1".into(), wording);
            f.languages.insert("cy".into(), welsh);
        }),
    ];
    for (what, edit) in edits {
        let mut fw = fixed_framework();
        edit(&mut fw);
        assert_eq!(rules_hash(&fw), FIXED_HASH, "{what}");
        assert_ne!(framework_hash(&fw), FIXED_FRAMEWORK_HASH, "{what}");
    }
    let mut terms = fixed_framework();
    terms.sections[0].criteria[0].search_terms = vec!["lived experience".into()];
    assert_eq!(rules_hash(&terms), FIXED_HASH);
    assert_eq!(framework_hash(&terms), FIXED_FRAMEWORK_HASH);
}

#[test]
fn changing_an_id_the_version_or_the_order_changes_the_hash() {
    let mut id = fixed_framework();
    id.sections[0].criteria[0].id = "voice-2".into();
    let mut section = fixed_framework();
    section.sections[0].id = "voices".into();
    let mut version = fixed_framework();
    version.version = "1.1".into();
    let mut framework = fixed_framework();
    framework.id = "other".into();
    let mut levels = fixed_framework();
    levels.scale.levels.pop();
    let mut caps = fixed_framework();
    caps.critical_caps.inadequate_from = Some(2);
    let mut order = fixed_framework();
    let mut second = order.sections[0].criteria[0].clone();
    second.id = "voice-2".into();
    order.sections[0].criteria.push(second);
    let mut swapped = order.clone();
    swapped.sections[0].criteria.reverse();
    for fw in [id, section, version, framework, levels, caps] {
        assert_ne!(rules_hash(&fw), FIXED_HASH);
    }
    assert_ne!(rules_hash(&order), rules_hash(&swapped), "order is part of the structure");
}

#[test]
fn changing_bands_critical_flag_or_timescale_rules_changes_the_hash() {
    let mut a = fixed_framework();
    a.bands.good = 65.0;
    let mut b = fixed_framework();
    b.sections[0].criteria[0].critical = false;
    let mut c = fixed_framework();
    c.timescale_rules.min_consultation_weeks = Some(8);
    for fw in [a, b, c] {
        assert_ne!(rules_hash(&fw), FIXED_HASH);
    }
}

#[test]
fn sha256_matches_a_known_vector() {
    assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assert_eq!(sha256_hex(b""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    // Longer texts are hashed in 64 KB pieces: exactly one piece, and several with a part left.
    // (Python's hashlib.sha256(b"a" * n).hexdigest().)
    let a = |n| vec![b'a'; n];
    assert_eq!(sha256_hex(&a(65_536)), "bf718b6f653bebc184e1479f1935b8da974d701b893afcf49e701f3e2f9f9c5a");
    assert_eq!(sha256_hex(&a(200_000)), "2287d207f24a941ff3b56c04c8a25ad56b63e3023207b3bb5b4ac0c9869d74be");
}

#[test]
fn remembered_hashes_are_the_rules_hash_of_each_framework() {
    use spec_lens::domain::RulesHashes;
    let framework = spec_lens::domain::builtin::builtin_framework().unwrap();
    let mut other = framework.clone();
    other.sections[0].weight += 1.0;
    let mut hashes = RulesHashes::default();
    for _ in 0..3 {
        assert_eq!(hashes.of(&framework), rules_hash(&framework));
        assert_eq!(hashes.of(&other), rules_hash(&other));
    }
    assert_ne!(hashes.of(&framework), hashes.of(&other));
}

/// Seeded with the page's frameworks and their hashes, an equal framework takes the seeded hash
/// (here a stand-in, to show no hashing happened) and any other is hashed as usual.
#[test]
fn known_hashes_are_taken_without_hashing() {
    use spec_lens::domain::RulesHashes;
    let framework = spec_lens::domain::builtin::builtin_framework().unwrap();
    let mut other = framework.clone();
    other.sections[0].weight += 1.0;
    let mut hashes = RulesHashes::knowing(vec![("sha256:seeded".into(), framework.clone())]);
    assert_eq!(hashes.of(&framework), "sha256:seeded");
    assert_eq!(hashes.of(&other), rules_hash(&other));
}
