//! Refusals and errors in the reader's language: with the Welsh text read and Welsh chosen, the same
//! bad framework is refused with the same Welsh sentence by every way in (a file, a share link, a
//! stored entry, the editor), the criteria spreadsheet refuses the same address in Welsh, and every
//! kind of file, link, spreadsheet and storage error is worded in Welsh with no English left in it
//! (what is quoted from the data, and the JSON parser's own words, aside).
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/common.rs"]
mod common;

#[path = "support/ways_in.rs"]
mod ways_in;
#[path = "support/welsh.rs"]
mod welsh;
use common::framework;
use spec_lens::domain::validation::{first_refusal, MAX_WEIGHT};
use spec_lens::domain::{validate, without_blank_terms, EditError, Framework, Language};
use spec_lens::format::criteria_csv::{
    criteria_csv, import_criteria_csv, CsvError, CsvProblem, CsvWeight, TEMPLATE_FILE_NAME,
};
use spec_lens::format::document::{self, Damage, ReadError, Unsupported, Warning};
use spec_lens::format::envelope::Kind;
use spec_lens::format::errors::{quoted, FrameworkProblem};
use spec_lens::format::import::{import, ImportError, Invalid, Missing, ValueType, WrongType};
use spec_lens::format::normalise::check_framework;
use spec_lens::format::share::ShareError;
use spec_lens::format::store::{Corrupt, Forgotten, StorageProblem, StoreError};
use spec_lens::i18n::{self, Lang, LanguageProblem};
use ways_in::{refused_as_file, refused_in_link};
use welsh::{assert_no_english, choose_welsh};

fn broken(change: impl FnOnce(&mut Framework)) -> Framework {
    let mut framework = framework();
    framework.title = "Fframwaith prawf".into();
    change(&mut framework);
    framework
}

/// Every way in says the same reason, in Welsh; returns it.
fn every_way_in_says(framework: &Framework) -> String {
    let file = refused_as_file(framework);
    let said = file.reason();
    match refused_in_link(framework) {
        ShareError::Refused(error) => assert_eq!(error.reason(), said, "the share link"),
        other => panic!("refused for another reason: {other}"),
    }
    let stored = check_framework(&without_blank_terms(framework)).expect_err("a stored entry is refused");
    assert_eq!(stored.reason(), said, "a stored entry");
    let checked = without_blank_terms(framework);
    let refusal = first_refusal(&checked).expect("the editor refuses it");
    assert_eq!(format!("yn y fframwaith {}, {refusal}", quoted(&checked.title)), said, "the editor");
    // Beside the field, the editor's sentence is the same problem, as a sentence.
    let beside = validate(&checked).into_iter().find(|e| e.path == refusal.path).expect("an error");
    assert!(said.contains(beside.message().trim_end_matches('.').get(1..).unwrap_or_default()), "{said}");
    assert_no_english(&said, false);
    assert_no_english(&file.to_string(), false);
    assert_no_english(&refused_in_link(framework).to_string(), false);
    said
}

#[test]
fn a_javascript_address_is_refused_in_welsh_the_same_way_by_every_way_in() {
    choose_welsh();
    let framework = broken(|f| f.sections[1].criteria[0].sources[0].url = "javascript:alert(1)".into());
    let said = every_way_in_says(&framework);
    assert!(
        said.starts_with("yn y fframwaith \"Fframwaith prawf\", cyfeiriad gwe ffynhonnell 1 yn y maen prawf"),
        "{said}"
    );
    assert!(said.contains("nid cyfeiriad gwe yw hwn"), "{said}");
    let file = refused_as_file(&framework).to_string();
    assert!(file.starts_with("Ni ellir mewnforio'r ffeil hon oherwydd yn y fframwaith"), "{file}");
    assert!(refused_in_link(&framework).to_string().starts_with("Ni ellir agor y ddolen rannu hon oherwydd"));

    // The spreadsheet refuses the same address by the same rule, in Welsh, naming line and column.
    let csv = criteria_csv(&framework);
    let errors = import_criteria_csv(csv.as_bytes()).expect_err("refused");
    let sources: Vec<&CsvError> = errors.iter().filter(|e| e.column.as_deref() == Some("sources")).collect();
    assert_eq!(sources.len(), 1, "{errors:?}");
    let shown = sources[0].to_string();
    assert!(shown.starts_with("Llinell "), "{shown}");
    assert!(shown.contains("nad yw'n gyfeiriad gwe"), "{shown}");
    assert_no_english(&shown.replace("sources", ""), false);
}

#[test]
fn every_rule_refuses_in_welsh_the_same_way_everywhere() {
    choose_welsh();
    let cases: Vec<(Framework, &str)> = vec![
        (broken(|f| f.scale.levels.truncate(3)), "Mae gan y raddfa 3 lefel"),
        (broken(|f| f.sections[0].criteria[1].id = f.sections[0].criteria[0].id.clone()), "y dynodydd"),
        (broken(|f| f.sections[0].criteria[0].weight = MAX_WEIGHT * 10.0), "mwy na 1000000"),
        (broken(|f| f.bands.good = f.bands.outstanding + 1.0), "gwnewch i bob band ddechrau'n is"),
        (broken(|f| f.bands.good = 120.0), "ysgrifennwch ganran o 0 i 100"),
        (broken(|f| f.sections[0].criteria[0].title = "x".repeat(1_001)), "byrhewch ef i 1000"),
        (
            broken(|f| f.sections[0].criteria[0].search_terms.push("co*op".into())),
            "nad yw'n gorffen ei air olaf",
        ),
        (broken(|f| f.critical_caps.inadequate_from = Some(0)), "dechreuwch ef ar 1 neu fwy"),
        (
            broken(|f| f.timescale_rules.criteria.consultation_window = Some("no-such-criterion".into())),
            "nad yw yn y fframwaith hwn",
        ),
        (broken(|f| f.language = "fr".into()), "nid yw Spec Lens yn cynnwys yr iaith hon"),
        (broken(|f| f.sections[0].id = String::new()), "Mae angen dynodydd ar yr adran hon"),
        (
            broken(|f| {
                let mut welsh = f.languages.get("cy").cloned().unwrap_or_default();
                welsh.title = "t".repeat(1_001);
                f.languages.insert("cy".into(), welsh);
            }),
            "Mae teitl Cymraeg y fframwaith yn 1001 nod o hyd",
        ),
    ];
    for (framework, words) in cases {
        let said = every_way_in_says(&framework);
        assert!(said.to_lowercase().contains(&words.to_lowercase()), "{words:?} not in: {said}");
    }
}

#[test]
fn every_kind_of_file_refusal_is_in_welsh() {
    choose_welsh();
    let errors = [
        ImportError::TooLarge { bytes: 6 * 1024 * 1024, limit: 5 * 1024 * 1024 },
        ImportError::Empty,
        ImportError::NotUtf8,
        ImportError::TooDeep,
        ImportError::NotSpecLens,
        ImportError::UnsupportedKind("workshop".into()),
        ImportError::WrongKind { found: Kind::Library, expected: Kind::Framework },
        ImportError::WrongKind { found: Kind::Moderation, expected: Kind::Assessment },
        ImportError::TooNew { found: 9, supported: 4 },
        ImportError::MissingField(Missing::Payload),
        ImportError::MissingField(Missing::Version),
        ImportError::MissingField(Missing::Kind),
        ImportError::MissingField(Missing::InPayload("framework")),
        ImportError::WrongType(WrongType::Version(ValueType::Text)),
        ImportError::WrongType(WrongType::Kind(ValueType::Number)),
        ImportError::WrongType(WrongType::Payload { kind: Kind::Assessment, found: ValueType::List }),
        ImportError::WrongType(WrongType::Payload { kind: Kind::Library, found: ValueType::Bool }),
        ImportError::WrongType(WrongType::Payload { kind: Kind::Framework, found: ValueType::Object }),
        ImportError::Invalid(Invalid::CannotConvert(7)),
    ];
    for error in errors {
        let sentence = error.to_string();
        assert!(sentence.ends_with('.'), "{sentence}");
        assert_no_english(&sentence, false);
        assert_no_english(&error.reason(), false);
    }
    i18n::set_current(Lang::English);
    assert_eq!(ImportError::Empty.reason(), "it is empty");
}

#[test]
fn share_spreadsheet_and_storage_errors_are_in_welsh() {
    choose_welsh();
    for error in [
        ShareError::NotBase64,
        ShareError::TooNew(9),
        ShareError::UnknownFramework { id: "x".into(), version: "1".into() },
    ] {
        assert_no_english(&error.to_string(), false);
    }
    let problems = [
        CsvProblem::Empty,
        CsvProblem::NotUtf8,
        CsvProblem::Utf16,
        CsvProblem::UnclosedQuote,
        CsvProblem::WrongSeparator { semicolons: true },
        CsvProblem::DuplicateColumn { first: 2, second: 5 },
        CsvProblem::NoSectionId,
        CsvProblem::NeedsTitle,
        CsvProblem::NeedsQuestion,
        CsvProblem::NoCriterionId,
        CsvProblem::RepeatedCriterionId { id: "c1".into(), first_line: 2 },
        CsvProblem::Weight { text: "1,5".into(), problem: CsvWeight::DecimalComma },
        CsvProblem::Weight { text: "x".into(), problem: CsvWeight::NotANumber },
        CsvProblem::SectionNoTitle { id: "s".into() },
        CsvProblem::NoCriteria,
    ];
    for problem in problems {
        let error = CsvError { line: Some(3), column: Some("weight".into()), problem };
        // The menus of Excel and LibreOffice are named as they show them.
        let shown = error
            .to_string()
            .replace("weight", "")
            .replace(TEMPLATE_FILE_NAME, "")
            .replace("File > Save", "");
        assert_no_english(&shown, false);
    }
    let store = [
        StoreError::Unavailable,
        StoreError::QuotaExceeded,
        StoreError::ReadBackMismatch { key: "k".into() },
        StoreError::Corrupt(Corrupt::NotMarked),
        StoreError::Corrupt(Corrupt::NoVersion),
        StoreError::TooNew { found: 9, supported: 3 },
        StoreError::Conflict { stored_revision: 4 },
        StoreError::QuarantineFull,
        StoreError::NotQuarantined { key: "k".into() },
    ];
    for error in store {
        assert_no_english(&error.to_string(), false);
        let problem = StorageProblem::Quarantined { reason: error, quarantine_key: "q".into() };
        assert_no_english(&problem.to_string(), false);
    }
    for problem in [StorageProblem::IndexTooNew, StorageProblem::IndexUnreadable] {
        assert_no_english(&problem.to_string(), false);
    }
    let refused =
        refused_as_file(&broken(|f| f.sections[1].criteria[0].sources[0].url = "javascript:alert(1)".into()));
    let frameworks = [
        FrameworkProblem::BuiltinUnreadable { detail: "EOF".into() },
        FrameworkProblem::WordingUnreadable { language: Language::Welsh, detail: "EOF".into() },
        FrameworkProblem::WordingWithoutVersion,
        FrameworkProblem::WordingRefused { language: Language::Welsh, refusal: Box::new(refused) },
        FrameworkProblem::Stored(StorageProblem::FrameworkUnreadable { key: "k".into() }),
    ];
    for problem in frameworks {
        assert_no_english(&problem.to_string(), false);
        assert_no_english(&LanguageProblem::Wording(problem).to_string(), false);
    }
    for error in [
        EditError::Final,
        EditError::UnknownCriterion("c1".into()),
        EditError::LevelOutOfRange(7),
        EditError::ReasonRequired,
        EditError::NotAnswered,
    ] {
        assert_no_english(&error.to_string(), false);
    }
    for problem in [
        LanguageProblem::Unfetched { status: Some("HTTP 404".into()) },
        LanguageProblem::Unfetched { status: None },
        LanguageProblem::Unreadable { detail: "shell.Nav".into() },
    ] {
        assert_no_english(&problem.to_string(), false);
    }
    let forgotten = Forgotten { assessments: 2, frameworks: 1, documents: 1, other: 2, offline_copies: 1 };
    let sentence = forgotten.sentence();
    assert!(sentence.starts_with("Tynnwyd 2 asesiad, 1 fframwaith"), "{sentence}");
    assert_no_english(&sentence, false);
}

#[test]
fn english_stays_as_it_was() {
    i18n::set_current(Lang::English);
    let framework = broken(|f| f.sections[1].criteria[0].sources[0].url = "javascript:alert(1)".into());
    let said = refused_as_file(&framework).reason();
    assert!(
        said.starts_with("in the framework \"Fframwaith prawf\", the url of source 1 of criterion"),
        "{said}"
    );
    assert!(
        said.contains("is not a web address; paste the source's link, starting https:// or http://"),
        "{said}"
    );
}

#[test]
fn a_document_that_cannot_be_read_is_refused_in_welsh() {
    choose_welsh();
    let errors = [
        ReadError::TooLarge { bytes: 30 * 1024 * 1024, limit: 20 * 1024 * 1024 },
        ReadError::Empty,
        ReadError::LegacyWord,
        ReadError::Rtf,
        ReadError::Damaged(Damage::NotZip),
        ReadError::Damaged(Damage::WordNoBody),
        ReadError::Damaged(Damage::ZipCutShort),
        ReadError::TooBigUnpacked { limit: 200 * 1024 * 1024 },
        ReadError::PdfEncrypted,
        ReadError::PdfNoText,
        ReadError::Unsupported(Unsupported::Spreadsheet),
        ReadError::Unsupported(Unsupported::NotADocument),
        ReadError::Unsupported(Unsupported::BrowserCouldNotRead),
        ReadError::ReaderUnavailable,
        ReadError::PdfReaderUnavailable,
    ];
    for error in errors {
        // Program and format names (Word, PDF, LibreOffice…) are names in Welsh too.
        assert_no_english(&error.to_string(), false);
    }
    let read = document::read("a.rtf", b"{\\rtf1\\ansi hello}").expect_err("refused");
    assert!(read.to_string().starts_with("Ffeil Rich Text (.rtf) yw hon"), "{read}");
    for warning in [
        Warning::Macros,
        Warning::TrackedChanges,
        Warning::Images(1),
        Warning::Images(3),
        Warning::Notes(2),
        Warning::PagesWithoutText(vec![2, 5]),
    ] {
        assert_no_english(&warning.to_string(), false);
    }
    assert_eq!(
        Warning::PagesWithoutText(vec![4]).to_string().split(':').next(),
        Some("Ni chafwyd testun ar dudalen 4")
    );
    i18n::set_current(Lang::English);
    assert_eq!(
        Warning::PagesWithoutText(vec![2, 5]).to_string(),
        "No text was found on pages 2, 5: they may be scanned images, which Spec Lens cannot read."
    );
    assert_eq!(Warning::Images(1).to_string(), "1 image was left out: Spec Lens keeps the text only.");
}

#[test]
fn what_reading_a_file_noticed_about_it_is_said_in_welsh() {
    choose_welsh();
    let old = std::fs::read("tests/fixtures/v0-assessment.speclens.json").expect("fixture");
    let report = import(&old, None).expect("opens").report().to_vec();
    assert!(
        report.iter().any(|line| line.starts_with("Cafodd y ffeil hon ei chadw yn fformat ffeil 0")),
        "{report:#?}"
    );
    let partly = std::fs::read("tests/fixtures/library-partly-unreadable.speclens.json").expect("fixture");
    let report = import(&partly, None).expect("opens").report().to_vec();
    let left_out: Vec<&String> =
        report.iter().filter(|line| line.contains("felly cafodd ei adael allan")).collect();
    assert!(!left_out.is_empty(), "{report:#?}");
    for line in left_out {
        // In parentheses: the JSON reader's own words and where in the file, as they are.
        assert_no_english(line.split('(').next().unwrap_or_default(), false);
    }
}

#[test]
fn the_check_for_english_finds_it_and_leaves_quotes_alone() {
    assert!(std::panic::catch_unwind(|| assert_no_english("Nid oedd modd darllen the file", false)).is_err());
    assert_no_english("Nid oedd modd darllen \"the file\" na `the kind` na \u{201c}the term\u{201d}", false);
    assert!(std::panic::catch_unwind(|| assert_no_english("Ni ddarllenwyd (the detail)", false)).is_err());
    assert_no_english("Ni ddarllenwyd (the detail)", true);
}
