//! Property tests over the file format: export then import gives back the equal document and the
//! same content hash, for generated assessments, libraries and frameworks; and the importer never
//! panics, over arbitrary bytes and over valid files mutated (bytes flipped, truncated, JSON
//! values spliced in or taken out), and what it accepts is normalised and stable.
//!
//! Weights are decimals of at most 15 significant digits, as the editor and the criteria CSV read
//! them (`domain::numbers`): serde_json reads those back bit for bit, so a framework's rules hash
//! survives export and import.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, HashSet};
use std::sync::LazyLock;

use chrono::{DateTime, NaiveDate, Utc};
use proptest::prelude::*;
use serde_json::Value;
use spec_lens::domain::builtin::builtin_framework;
use spec_lens::domain::{
    rules_hash, split_clauses, Answer, Assessment, BandThresholds, Criterion, Evidence, Framework,
    FrameworkRef, KeyDates, LevelDef, Response, Scale, Section, Source, Specification, Status,
    TimescaleRules, MAX_LEVEL,
};
use spec_lens::format::envelope::*;
use spec_lens::format::import::*;
use spec_lens::format::normalise::MAX_REPORT_LINES;

static BUILTIN: LazyLock<Framework> = LazyLock::new(|| builtin_framework().expect("built-in framework"));

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_795_000_000, 0).unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

/// Any Unicode, control characters and quotes included.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(any::<char>(), 0..24).prop_map(String::from_iter),
        "[a-zA-Z0-9 ,.'\"\\\\<>&/-]{0,30}",
        Just(String::new()),
        Just("<script>alert(1)</script> \u{202e}ʇxǝʇ 👩🏽‍⚖️ \u{0}".to_string()),
    ]
}

/// Text with something other than white space in it.
fn non_blank() -> impl Strategy<Value = String> {
    (text(), "[a-zA-Zé]{1,8}").prop_map(|(t, word)| format!("{t}{word}"))
}

fn date() -> impl Strategy<Value = Option<NaiveDate>> {
    prop_oneof![
        Just(None),
        (-100_000i32..100_000).prop_map(|d| NaiveDate::from_num_days_from_ce_opt(730_000 + d))
    ]
}

fn time() -> impl Strategy<Value = DateTime<Utc>> {
    (-5_000_000_000i64..5_000_000_000, 0u32..1_000_000_000)
        .prop_map(|(secs, nanos)| DateTime::from_timestamp(secs, nanos).unwrap_or_default())
}

/// A weight as the page reads one: a decimal of at most 15 significant digits.
fn weight() -> impl Strategy<Value = f64> {
    prop_oneof![
        (0u32..2_000).prop_map(|n| f64::from(n) / 100.0),
        // Up to the heaviest weight a framework may have (validation::MAX_WEIGHT, 10^6).
        (0u64..1_000_000_000_000_000, 9i32..16).prop_map(|(n, k)| n as f64 / 10f64.powi(k)),
        Just(0.333_333_333_333_333)
    ]
}

fn specification() -> impl Strategy<Value = Specification> {
    let clauses = prop::collection::vec(non_blank(), 0..8);
    let dates = (date(), date(), date(), date(), date(), date());
    (text(), text(), text(), text(), text(), dates, clauses).prop_map(
        |(title, commissioner, service_category, area, version, d, clauses)| Specification {
            title,
            commissioner,
            service_category,
            area,
            version,
            dates: KeyDates {
                needs_assessment_completed: d.0,
                consultation_opens: d.1,
                consultation_closes: d.2,
                specification_published: d.3,
                tender_launch: d.4,
                service_start: d.5,
            },
            text: clauses.join("\n\n"),
            document: None,
        },
    )
}

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        4 => (0..=MAX_LEVEL).prop_map(|level| Answer::Level { level }),
        1 => non_blank().prop_map(|reason| Answer::NotApplicable { reason }),
        1 => Just(Answer::InsufficientEvidence),
    ]
}

/// Evidence whose clause numbers exist in a specification of `clauses` clauses.
fn evidence(clauses: u32) -> impl Strategy<Value = Vec<Evidence>> {
    let clause = if clauses == 0 { Just(None).boxed() } else { prop::option::of(1..=clauses).boxed() };
    prop::collection::vec((clause, text()).prop_map(|(clause, quote)| Evidence { clause, quote }), 0..3)
}

fn response(clauses: u32) -> impl Strategy<Value = Response> {
    (answer(), text(), evidence(clauses)).prop_map(|(answer, rationale, evidence)| Response {
        answer,
        rationale,
        evidence,
    })
}

/// An assessment scored under `framework`, answering a random subset of its criteria.
fn assessment_under(framework: &Framework) -> impl Strategy<Value = Assessment> {
    let ids: Vec<String> = framework.criteria().map(|(_, c)| c.id.clone()).collect();
    let reference = FrameworkRef {
        id: framework.id.clone(),
        version: framework.version.clone(),
        rules_hash: rules_hash(framework),
    };
    let header = ("[a-z0-9-]{1,12}", specification(), text(), any::<bool>(), time(), time(), any::<u64>());
    header.prop_flat_map(move |(id, specification, assessor, final_, created_at, updated_at, revision)| {
        let clauses = split_clauses(&specification.text).len() as u32;
        let per_criterion =
            ids.iter().map(|_| prop::option::weighted(0.6, response(clauses))).collect::<Vec<_>>();
        let ids = ids.clone();
        let reference = reference.clone();
        per_criterion.prop_map(move |responses| Assessment {
            id: id.clone(),
            specification: specification.clone(),
            framework: reference.clone(),
            assessor: assessor.clone(),
            status: if final_ { Status::Final } else { Status::Draft },
            created_at,
            updated_at,
            revision,
            responses: ids
                .iter()
                .zip(responses)
                .filter_map(|(id, r)| r.map(|r| (id.clone(), r)))
                .collect::<BTreeMap<_, _>>(),
            provenance: None,
        })
    })
}

/// A source's address: blank (incomplete, which files may be) or a web address; other schemes are
/// refused on the way in, so they are generated by the tests that check the refusal.
fn url() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), "(https?)://[a-z]{1,10}\\.example(/[a-zA-Z0-9%._~-]{0,12}){0,2}"]
}

fn source() -> impl Strategy<Value = Source> {
    (text(), text(), prop::option::of(any::<u16>()), url()).prop_map(|(title, publisher, year, url)| Source {
        title,
        publisher,
        year,
        url,
    })
}

fn criterion() -> impl Strategy<Value = Criterion> {
    let words = (text(), text(), text(), text(), text());
    let rules = (
        weight(),
        any::<bool>(),
        prop::collection::vec(text(), 0..=5),
        prop::collection::vec(source(), 0..3),
    );
    (words, rules).prop_map(
        |((title, question, guidance, meets, falls_short), (weight, critical, descriptors, sources))| {
            Criterion {
                search_terms: vec![],
                id: String::new(),
                title,
                question,
                guidance,
                meets,
                falls_short,
                weight,
                critical,
                descriptors,
                sources,
            }
        },
    )
}

fn framework() -> impl Strategy<Value = Framework> {
    let section = (text(), text(), weight(), prop::collection::vec(criterion(), 1..5));
    let levels = prop::collection::vec((text(), text()), 5..=5);
    // Bands from 0 to 100%, each starting above the next one down, as the check requires.
    let bands = prop::collection::btree_set(0u32..=1000, 3).prop_map(|set| {
        let v: Vec<u32> = set.into_iter().collect();
        (v[2], v[1], v[0])
    });
    let weeks = || prop::option::of(0u32..=520);
    let rules = (any::<bool>(), weeks(), weeks());
    (("[a-z-]{1,10}", text(), text(), text()), levels, prop::collection::vec(section, 1..4), bands, rules)
        .prop_map(|((id, version, title, summary), levels, sections, bands, rules)| Framework {
            critical_caps: Default::default(),
            language: "en".into(),
            languages: Default::default(),
            id,
            version,
            title,
            summary,
            scale: Scale {
                levels: levels
                    .into_iter()
                    .map(|(label, descriptor)| LevelDef { label, descriptor })
                    .collect(),
                not_applicable_label: "Not applicable".into(),
                insufficient_evidence_label: "Insufficient evidence".into(),
            },
            sections: sections
                .into_iter()
                .enumerate()
                .map(|(s, (title, summary, weight, criteria))| Section {
                    id: format!("s{s}"),
                    title,
                    summary,
                    weight,
                    criteria: criteria
                        .into_iter()
                        .enumerate()
                        .map(|(c, criterion)| Criterion { id: format!("s{s}-c{c}"), ..criterion })
                        .collect(),
                })
                .collect(),
            bands: BandThresholds {
                outstanding: f64::from(bands.0) / 10.0,
                good: f64::from(bands.1) / 10.0,
                requires_improvement: f64::from(bands.2) / 10.0,
            },
            timescale_rules: TimescaleRules {
                criteria: Default::default(),
                needs_assessment_before_publication: rules.0,
                min_consultation_weeks: rules.1,
                min_weeks_publication_to_start: rules.2,
            },
        })
}

fn recorded_hash(text: &str) -> String {
    let value: Value = serde_json::from_str(text).expect("export is JSON");
    value["content_hash"].as_str().expect("content hash").to_string()
}

// ---------------------------------------------------------------------------------------------
// Export then import
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn an_assessment_under_the_built_in_framework_round_trips(assessment in assessment_under(&BUILTIN)) {
        let text = export_assessment(&assessment, &BUILTIN, now());
        let imported = import(text.as_bytes(), Some(Kind::Assessment)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(imported.report().is_empty(), "{:#?}", imported.report());
        prop_assert_eq!(imported.file().content_hash_matches, Some(true));
        let Imported::Assessment { payload, .. } = imported else { return Err(TestCaseError::fail("kind")) };
        prop_assert_eq!(&payload.assessment, &assessment);
        prop_assert_eq!(&payload.framework, &*BUILTIN);
        prop_assert_eq!(content_hash(&*payload), recorded_hash(&text));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn a_library_round_trips(
        mut assessments in prop::collection::vec(assessment_under(&BUILTIN), 0..4),
        other in framework(),
    ) {
        for (i, a) in assessments.iter_mut().enumerate() {
            a.id = format!("{}-{i}", a.id);
        }
        let frameworks = vec![BUILTIN.clone(), other];
        let text = export_library(&assessments, &frameworks, now());
        let imported = import(text.as_bytes(), Some(Kind::Library)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(imported.report().is_empty(), "{:#?}", imported.report());
        let Imported::Library { payload, .. } = imported else { return Err(TestCaseError::fail("kind")) };
        prop_assert_eq!(&payload.assessments, &assessments);
        prop_assert_eq!(&payload.frameworks, &frameworks);
        prop_assert_eq!(content_hash(&payload), recorded_hash(&text));
        // Byte for byte what serde_json's pretty printer writes of the whole envelope (the payload
        // is indented from its canonical text, not serialised twice).
        let envelope: Envelope<Value> = serde_json::from_str(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(serde_json::to_string_pretty(&envelope).unwrap(), text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_framework_round_trips(framework in framework()) {
        let text = export_framework(&framework, now());
        let imported = import(text.as_bytes(), Some(Kind::Framework)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(imported.report().is_empty(), "{:#?}", imported.report());
        let Imported::Framework { payload, .. } = imported else { return Err(TestCaseError::fail("kind")) };
        prop_assert_eq!(&payload.framework, &framework);
        prop_assert_eq!(rules_hash(&payload.framework), rules_hash(&framework));
        prop_assert_eq!(content_hash(&*payload), recorded_hash(&text));
    }

    #[test]
    fn an_assessment_under_a_generated_framework_round_trips(
        (framework, assessment) in framework().prop_flat_map(|f| {
            let a = assessment_under(&f);
            (Just(f), a)
        })
    ) {
        let text = export_assessment(&assessment, &framework, now());
        let imported = import(text.as_bytes(), None).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(imported.report().is_empty(), "{:#?}", imported.report());
        prop_assert_eq!(imported.assessments(), vec![&assessment]);
        prop_assert_eq!(imported.frameworks(), vec![&framework]);
    }

    /// Share links: the payload that gets deflated into a link reads back to the same assessment
    /// and framework, whether the framework travels in the link or is the receiver's built-in one.
    #[test]
    fn share_links_round_trip(
        (framework, assessment) in framework().prop_flat_map(|f| {
            let a = assessment_under(&f);
            (Just(f), a)
        }),
        builtin_under in assessment_under(&BUILTIN),
    ) {
        use spec_lens::format::share::{base64url_decode, base64url_encode, payload_json, read_payload};
        let known = std::slice::from_ref(&*BUILTIN);
        for (a, f) in [(&assessment, &framework), (&builtin_under, &*BUILTIN)] {
            let json = payload_json(a, f, known);
            let link = base64url_encode(json.as_bytes());
            let back = base64url_decode(&link).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let shared = read_payload(&back, known).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let (a2, f2) = (shared.assessment, shared.framework);
            prop_assert_eq!(&a2, a);
            prop_assert_eq!(rules_hash(&f2), rules_hash(f));
            prop_assert_eq!(content_hash(&a2), content_hash(a));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// No panic, whatever the bytes
// ---------------------------------------------------------------------------------------------

static BASES: LazyLock<Vec<Vec<u8>>> = LazyLock::new(|| {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    [
        "v1-assessment.speclens.json",
        "v1-library.speclens.json",
        "v1-framework.speclens.json",
        "v0-assessment.speclens.json",
    ]
    .iter()
    .map(|name| std::fs::read(dir.join(name)).expect("fixture"))
    .collect()
});

fn expected_kind() -> impl Strategy<Value = Option<Kind>> {
    prop_oneof![Just(None), prop::sample::select(Kind::ALL.to_vec()).prop_map(Some)]
}

/// What the importer promises about anything it accepts: normalised, and stable (importing its
/// own export of it again gives the same document).
fn check_accepted(result: Result<Imported, ImportError>) -> Result<(), TestCaseError> {
    let Ok(imported) = result else { return Ok(()) };
    prop_assert!(imported.report().len() <= MAX_REPORT_LINES + 1);
    for framework in imported.frameworks() {
        prop_assert_eq!(framework.scale.levels.len(), 5);
        let mut ids = HashSet::new();
        for (section, criterion) in framework.criteria() {
            prop_assert!(section.weight.is_finite() && section.weight >= 0.0);
            prop_assert!(criterion.weight.is_finite() && criterion.weight >= 0.0);
            prop_assert!(ids.insert(criterion.id.as_str()), "criterion ids are unique");
        }
    }
    let mut ids = HashSet::new();
    for assessment in imported.assessments() {
        prop_assert!(!assessment.id.trim().is_empty());
        prop_assert!(ids.insert(assessment.id.as_str()), "assessment ids are unique");
        let clauses = assessment.specification.clauses().len() as u32;
        for response in assessment.responses.values() {
            match &response.answer {
                Answer::Level { level } => prop_assert!(*level <= MAX_LEVEL),
                Answer::NotApplicable { reason } => prop_assert!(!reason.trim().is_empty()),
                Answer::InsufficientEvidence => {}
            }
            for e in &response.evidence {
                prop_assert!(e.clause.is_none_or(|c| (1..=clauses).contains(&c)));
            }
        }
    }
    if let Imported::Assessment { payload, .. } = &imported {
        let framework = &payload.framework;
        for id in payload.assessment.responses.keys() {
            prop_assert!(framework.criterion(id).is_some(), "answers only criteria the framework has");
        }
    }
    let again = match &imported {
        Imported::Assessment { payload, .. } => {
            export_assessment(&payload.assessment, &payload.framework, now())
        }
        Imported::Library { payload, .. } => export_library(&payload.assessments, &payload.frameworks, now()),
        Imported::Framework { payload, .. } => export_framework(&payload.framework, now()),
    };
    let again =
        import(again.as_bytes(), Some(imported.kind())).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(again.assessments(), imported.assessments());
    prop_assert_eq!(again.frameworks(), imported.frameworks());
    Ok(())
}

/// A JSON value to splice in: every type, awkward numbers and strings, small nesting.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        prop::sample::select(vec![0.5, -1.5, 1e300, -0.0, 2.5, 4.0, 5.0, 255.0, 256.0, 1e-300])
            .prop_map(Value::from),
        text().prop_map(Value::from),
        prop::sample::select(vec![
            "level",
            "not_applicable",
            "insufficient_evidence",
            "",
            "2026-11-27T10:00:00Z",
            "1"
        ])
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Replaces the `n`th node (pre-order, modulo the node count) with `new`.
fn replace_nth(value: &mut Value, n: &mut usize, new: &Value) -> bool {
    if *n == 0 {
        *value = new.clone();
        return true;
    }
    *n -= 1;
    match value {
        Value::Array(items) => items.iter_mut().any(|v| replace_nth(v, n, new)),
        Value::Object(map) => map.values_mut().any(|v| replace_nth(v, n, new)),
        _ => false,
    }
}

/// Removes the `n`th object member (pre-order), if there is one.
fn remove_nth(value: &mut Value, n: &mut usize) -> bool {
    match value {
        Value::Array(items) => items.iter_mut().any(|v| remove_nth(v, n)),
        Value::Object(map) => {
            if *n < map.len() {
                let key = map.keys().nth(*n).cloned().unwrap_or_default();
                map.remove(&key);
                return true;
            }
            *n -= map.len();
            map.values_mut().any(|v| remove_nth(v, n))
        }
        _ => false,
    }
}

fn count_nodes(value: &Value) -> usize {
    1 + match value {
        Value::Array(items) => items.iter().map(count_nodes).sum(),
        Value::Object(map) => map.values().map(count_nodes).sum(),
        _ => 0,
    }
}

#[derive(Clone, Debug)]
enum Mutation {
    Flip(Vec<(usize, u8)>),
    Truncate(usize),
    Splice(Vec<(usize, Value)>),
    Remove(Vec<usize>),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        prop::collection::vec((any::<usize>(), any::<u8>()), 1..6).prop_map(Mutation::Flip),
        any::<usize>().prop_map(Mutation::Truncate),
        prop::collection::vec((any::<usize>(), json_value()), 1..4).prop_map(Mutation::Splice),
        prop::collection::vec(any::<usize>(), 1..4).prop_map(Mutation::Remove),
    ]
}

fn mutate(base: &[u8], mutation: &Mutation) -> Vec<u8> {
    match mutation {
        Mutation::Flip(flips) => {
            let mut bytes = base.to_vec();
            for (at, byte) in flips {
                let len = bytes.len();
                bytes[at % len] = *byte;
            }
            bytes
        }
        Mutation::Truncate(at) => base[..at % base.len()].to_vec(),
        Mutation::Splice(splices) => {
            let mut value: Value = serde_json::from_slice(base).expect("bases are JSON");
            for (at, new) in splices {
                let mut n = at % count_nodes(&value);
                replace_nth(&mut value, &mut n, new);
            }
            serde_json::to_vec_pretty(&value).expect("json")
        }
        Mutation::Remove(removals) => {
            let mut value: Value = serde_json::from_slice(base).expect("bases are JSON");
            for at in removals {
                let mut n = at % count_nodes(&value);
                remove_nth(&mut value, &mut n);
            }
            serde_json::to_vec(&value).expect("json")
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512), expected in expected_kind()) {
        check_accepted(import(&bytes, expected))?;
    }

    #[test]
    fn arbitrary_text_that_looks_like_a_header_never_panics(
        kind in prop::sample::select(vec!["assessment", "library", "framework", "moderation", "x"]),
        version in prop::sample::select(vec!["0", "1", "2", "-1", "1.0", "\"1\"", "null", "99999999999999999999"]),
        payload in json_value(),
    ) {
        let text = format!(r#"{{"format":"spec-lens","kind":"{kind}","version":{version},"payload":{payload}}}"#);
        check_accepted(import(text.as_bytes(), None))?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn mutated_valid_files_never_panic(base in 0..BASES.len(), mutation in mutation(), expected in expected_kind()) {
        let bytes = mutate(&BASES[base], &mutation);
        check_accepted(import(&bytes, expected))?;
    }
}

// ---------------------------------------------------------------------------------------------
// domain::json::Reader against serde_json's own &Value deserializer
// ---------------------------------------------------------------------------------------------

/// Reads `value` both ways: the same value or the same error, except where serde_json would read a
/// struct from an array (by position), which the Reader refuses.
fn same_as_serde_json<T>(value: &Value) -> Result<(), TestCaseError>
where
    T: serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let ours = spec_lens::domain::json::from_value::<T>(value);
    let theirs = T::deserialize(value);
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => prop_assert_eq!(a, b),
        (Err(a), Err(b)) if a.to_string() == b.to_string() => {}
        (Err(a), _) if a.to_string().starts_with("invalid type: sequence, expected struct") => {}
        _ => prop_assert!(false, "ours {:?}, serde_json {:?}", ours, theirs),
    }
    Ok(())
}

static READER_BASES: LazyLock<(Value, Value)> = LazyLock::new(|| {
    let assessment = spec_lens::domain::builtin::worked_example().expect("worked example");
    (serde_json::to_value(&*BUILTIN).expect("json"), serde_json::to_value(&assessment).expect("json"))
});

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn the_reader_reads_as_serde_json_does(splices in prop::collection::vec((any::<usize>(), json_value()), 0..3)) {
        let (mut framework, mut assessment) = READER_BASES.clone();
        for (at, new) in &splices {
            for value in [&mut framework, &mut assessment] {
                let mut n = at % count_nodes(value);
                replace_nth(value, &mut n, new);
            }
        }
        same_as_serde_json::<Framework>(&framework)?;
        same_as_serde_json::<Assessment>(&assessment)?;
    }
}

#[test]
fn the_reader_refuses_a_struct_written_as_an_array() {
    let value = serde_json::json!(["t", "p", "", 1]);
    let error = spec_lens::domain::json::from_value::<Source>(&value).map(|_| ()).unwrap_err().to_string();
    assert_eq!(error, "invalid type: sequence, expected struct Source");
}
