//! Writes the data `make bench` measures with, from a fixed seed, so runs compare:
//! - `storage-200.json`: localStorage entries for a library of 200 assessments (built-in framework);
//! - `storage-latency.json`: one assessment under a generated 100-criterion framework;
//! - `merge/*.speclens.json`: 50 people's assessment files of one specification, 100 criteria each;
//! - `library-5mb.speclens.json`: a library backup just under the 5 MB import cap;
//! - `storage-finder.json` and `finder/*.speclens.json`: a 2,000-clause specification (the 60-page
//!   .docx's text, read by the app's own Word reader and taken again until it has 2,000 clauses)
//!   under the built-in framework, as one stored assessment and as two people's files for a workshop.
//!
//! Files are written through the app's own export and storage encoders, so hashes and formats are
//! exactly what users produce. Usage: `cargo run --release --example bench_data -- <out dir> [seed]`.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, TimeZone, Utc};
use spec_lens::domain::document::Role;
use spec_lens::domain::{
    builtin, rules_hash, Answer, Assessment, Criterion, Evidence, Framework, FrameworkRef, Response, Section,
    Source, Specification, Status,
};
use spec_lens::format::document::{into_document, read};
use spec_lens::format::envelope::{export_assessment, export_library};
use spec_lens::format::import::MAX_FILE_BYTES;
use spec_lens::format::store::{assessment_key, encode_assessment, framework_key, index_key, Index};

/// xorshift64*: small, seeded, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const WORDS: [&str; 24] = [
    "service",
    "people",
    "probation",
    "housing",
    "access",
    "needs",
    "women",
    "data",
    "partners",
    "local",
    "support",
    "review",
    "outcomes",
    "equality",
    "consultation",
    "providers",
    "health",
    "risk",
    "area",
    "evidence",
    "cohort",
    "referral",
    "monitoring",
    "community",
];

fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut out: Vec<&str> = (0..words).map(|_| WORDS[rng.below(WORDS.len() as u64) as usize]).collect();
    out.push("...");
    let text = out.join(" ");
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().collect::<String>() + chars.as_str()).unwrap_or_default()
}

fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day.clamp(1, 28), 9, 0, 0).single().unwrap_or_default()
}

/// The built-in scale and bands, with 10 sections of 10 generated criteria.
fn framework_100(rng: &mut Rng) -> Framework {
    let mut framework = builtin::builtin_framework().expect("the built-in framework parses");
    framework.id = "bench-100".into();
    framework.title = "Benchmark framework (100 criteria)".into();
    // The built-in timescale rules name its own criteria, which this framework does not have: a stored
    // framework that names criteria it lacks is refused on load.
    framework.timescale_rules.criteria = Default::default();
    framework.sections = (0..10)
        .map(|s| Section {
            id: format!("s{s}"),
            title: format!("Section {s}: {}", sentence(rng, 3)),
            summary: sentence(rng, 12),
            weight: 1.0 + rng.below(3) as f64,
            criteria: (0..10).map(|c| criterion(rng, s * 10 + c)).collect(),
        })
        .collect();
    framework
}

fn criterion(rng: &mut Rng, n: usize) -> Criterion {
    Criterion {
        search_terms: vec![],
        id: format!("c{n:03}"),
        title: format!("Criterion {n}: {}", sentence(rng, 3)),
        question: sentence(rng, 18),
        guidance: sentence(rng, 30),
        meets: sentence(rng, 15),
        falls_short: sentence(rng, 15),
        weight: 1.0 + rng.below(3) as f64,
        critical: n.is_multiple_of(17),
        descriptors: vec![],
        sources: vec![Source {
            title: sentence(rng, 5),
            publisher: "Benchmark".into(),
            year: Some(2024),
            url: "https://example.org/source".into(),
        }],
    }
}

fn specification(rng: &mut Rng, title: &str) -> Specification {
    let text = (1..=40).map(|i| format!("{i}. {}", sentence(rng, 25))).collect::<Vec<_>>().join("\n");
    Specification { title: title.into(), text, ..Specification::default() }
}

/// An assessment of `spec` under `framework` with every criterion answered.
/// `words` sets the length of each rationale and quote: a library of 200 must fit the browser's
/// 5 MB of localStorage beside the rest.
fn assessment(
    rng: &mut Rng,
    id: &str,
    spec: &Specification,
    framework: &Framework,
    who: &str,
    words: usize,
) -> Assessment {
    let mut responses = BTreeMap::new();
    for (_, c) in framework.criteria() {
        let answer = match rng.below(12) {
            0 => Answer::InsufficientEvidence,
            1 => Answer::NotApplicable { reason: sentence(rng, 6) },
            _ => Answer::Level { level: rng.below(5) as u8 },
        };
        let evidence =
            vec![Evidence { clause: Some(1 + rng.below(40) as u32), quote: sentence(rng, words / 2) }];
        responses.insert(c.id.clone(), Response { answer, rationale: sentence(rng, words), evidence });
    }
    Assessment {
        id: id.into(),
        specification: spec.clone(),
        framework: FrameworkRef {
            id: framework.id.clone(),
            version: framework.version.clone(),
            rules_hash: rules_hash(framework),
        },
        assessor: who.into(),
        status: Status::Draft,
        created_at: at(1),
        updated_at: at(2),
        revision: 1,
        responses,
        provenance: None,
    }
}

/// How many clauses the finder's benchmark searches (issue "Score beside the document": "the finder
/// over 2,000 clauses x 42 criteria").
const FINDER_CLAUSES: usize = 2_000;

/// The 60-page specification (tests/fixtures/documents/bench/long-spec.docx, 775 clauses) read as
/// the page reads it, its paragraphs taken again from the start until there are `FINDER_CLAUSES`
/// clauses: realistic wording, with the terms of some criteria and not of others.
fn long_specification(clauses: usize) -> Specification {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/documents/bench/long-spec.docx");
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    let extracted = read("long-spec.docx", &bytes).expect("the long specification reads");
    let mut paragraphs = Vec::new();
    let mut body = 0;
    for paragraph in extracted.paragraphs.iter().cycle() {
        if body == clauses {
            break;
        }
        body += usize::from(paragraph.role == Role::Body);
        paragraphs.push(paragraph.clone());
    }
    let document = into_document(
        spec_lens::format::document::Extracted { paragraphs, dropped_lines: 0, warnings: vec![] },
        None,
    );
    assert_eq!(document.clause_count(), clauses, "the long specification repeated");
    Specification {
        title: format!("Community Accommodation and Resettlement Service ({clauses} clauses)"),
        document: Some(document),
        ..Specification::default()
    }
}

/// Two assessments to compare (issue "Compare assessments"): a 2,000-clause specification under the
/// 100-criterion framework, and its revision, scored apart. The revision rewords every 20th clause,
/// drops every 150th and adds one after every 200th, so clauses are renumbered as in a real redraft.
fn compare_pair(rng: &mut Rng, framework: &Framework) -> (Assessment, Assessment) {
    let clauses: Vec<String> = (0..2000).map(|_| sentence(rng, 25)).collect();
    let mut revised = Vec::new();
    for (i, clause) in clauses.iter().enumerate() {
        match i {
            i if i % 150 == 149 => continue,
            i if i % 20 == 0 => revised.push(format!("{clause} and partners {}", sentence(rng, 4))),
            _ => revised.push(clause.clone()),
        }
        if i % 200 == 199 {
            revised.push(sentence(rng, 25));
        }
    }
    // Paragraphs apart: in pasted text a typed number starts a clause only up to three digits.
    let text = |c: &[String]| {
        c.iter().enumerate().map(|(i, t)| format!("{}. {t}", i + 1)).collect::<Vec<_>>().join("\n\n")
    };
    let spec = |c: &[String], version: &str| Specification {
        title: "Benchmark comparison".into(),
        version: version.into(),
        text: text(c),
        ..Specification::default()
    };
    let first = assessment(rng, "bench-compare-1", &spec(&clauses, "Draft 1"), framework, "Benchmark", 12);
    let mut second =
        assessment(rng, "bench-compare-2", &spec(&revised, "Draft 2"), framework, "Benchmark", 12);
    second.updated_at = at(3);
    (first, second)
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
}

/// localStorage entries as the app itself writes them.
fn storage(assessments: &[Assessment], frameworks: &[&Framework]) -> String {
    let mut entries = BTreeMap::new();
    for a in assessments {
        let encoded = encode_assessment(a).expect("encodes");
        if let Some((key, document)) = encoded.document {
            entries.insert(key, document);
        }
        entries.insert(assessment_key(&a.id), encoded.entry);
    }
    for f in frameworks {
        entries.insert(framework_key(&rules_hash(f)), serde_json::to_string(f).expect("encodes"));
    }
    let index = Index::new(assessments.iter().map(|a| a.id.clone()).collect());
    entries.insert(index_key(), serde_json::to_string(&index).expect("encodes"));
    serde_json::to_string(&entries).expect("encodes")
}

fn main() {
    let mut args = std::env::args().skip(1);
    let out = args.next().unwrap_or_else(|| "target/bench-data".into());
    let seed: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(20261127);
    let out = Path::new(&out);
    std::fs::create_dir_all(out.join("merge")).expect("output folder");
    let mut rng = Rng(seed.max(1));
    let builtin = builtin::builtin_framework().expect("the built-in framework parses");
    let examples = builtin::example_specifications().expect("examples parse");

    let library: Vec<Assessment> = (0..200)
        .map(|i| {
            let spec = &examples[i % examples.len()];
            assessment(&mut rng, &format!("bench-{i:03}"), spec, &builtin, &format!("Assessor {i}"), 6)
        })
        .collect();
    write(&out.join("storage-200.json"), &storage(&library, &[]));

    let big = framework_100(&mut rng);
    let spec = specification(&mut rng, "Benchmark specification");
    let one = assessment(&mut rng, "bench-latency", &spec, &big, "Benchmark", 20);
    write(&out.join("storage-latency.json"), &storage(&[one], &[&big]));

    for i in 0..50 {
        let a = assessment(&mut rng, &format!("merge-{i:02}"), &spec, &big, &format!("Person {i:02}"), 20);
        write(
            &out.join("merge").join(format!("person-{i:02}.speclens.json")),
            &export_assessment(&a, &big, at(3)),
        );
    }

    let (first, second) = compare_pair(&mut rng, &big);
    write(&out.join("storage-compare.json"), &storage(&[first, second], &[&big]));

    // Grow the backup until the next assessment would take it over the cap.
    let mut backup = Vec::new();
    let mut text = export_library(&backup, std::slice::from_ref(&builtin), at(3));
    loop {
        let spec = &examples[backup.len() % examples.len()];
        backup.push(assessment(&mut rng, &format!("big-{:04}", backup.len()), spec, &builtin, "Backup", 20));
        let next = export_library(&backup, std::slice::from_ref(&builtin), at(3));
        if next.len() > MAX_FILE_BYTES - 64 * 1024 {
            break;
        }
        text = next;
    }
    write(&out.join("library-5mb.speclens.json"), &text);

    let long = long_specification(FINDER_CLAUSES);
    let finder = assessment(&mut rng, "bench-finder", &long, &builtin, "Benchmark", 6);
    write(&out.join("storage-finder.json"), &storage(&[finder], &[]));
    std::fs::create_dir_all(out.join("finder")).expect("output folder");
    for who in ["Ana", "Bryn"] {
        let a = assessment(&mut rng, &format!("finder-{who}"), &long, &builtin, who, 6);
        write(
            &out.join("finder").join(format!("{who}.speclens.json")),
            &export_assessment(&a, &builtin, at(3)),
        );
    }
    println!("bench data (seed {seed}) in {}: 200-assessment storage, 100-criterion framework, 50 files, the finder's 2,000 clauses, two 2,000-clause assessments to compare, {} byte backup", out.display(), text.len());
}
