//! Property tests for the criteria CSV: the importer never panics on any bytes or on a damaged
//! export, formula neutralising always reads back, and export then import gives the criteria back
//! for generated text full of commas, quotes, line breaks, bars and formula characters.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use spec_lens::domain::{Criterion, Framework, Section, Source};
use spec_lens::format::criteria_csv::{criteria_csv, criteria_template, import_criteria_csv};
use spec_lens::format::csv::{neutralise, unneutralise};

/// Text a spreadsheet cell may hold: the characters CSV and formulas care about, and some letters.
/// Carriage returns are left out: a line break inside a cell reads back as LF, by design.
fn cell() -> impl Strategy<Value = String> {
    "[a-zé ,;|\"'=+@\\-\t\n0-9.]{0,16}"
}

fn non_blank() -> impl Strategy<Value = String> {
    cell().prop_map(|t| if t.trim().is_empty() { format!("x{t}") } else { t })
}

/// What a source's parts may hold: no bar in the publisher or the link, no line breaks, no outer spaces.
fn part() -> impl Strategy<Value = String> {
    "[a-zé,;\"'=0-9]([a-zé ,;\"'=0-9]{0,8}[a-zé,;\"'=0-9])?"
}

fn source() -> impl Strategy<Value = Source> {
    (part(), prop::option::of(part()), prop::option::of(1u16..=9999), "[a-z]{1,8}").prop_map(
        |(title, publisher, year, host)| Source {
            title,
            publisher: publisher.unwrap_or_default(),
            year,
            url: format!("https://{host}.example/a?b=c"),
        },
    )
}

fn weight() -> impl Strategy<Value = f64> {
    // As the page reads weights: decimals of at most 15 significant digits (domain::numbers), up to
    // the heaviest weight a framework may have (validation::MAX_WEIGHT, 10^6).
    prop_oneof![
        Just(0.0),
        Just(1.0),
        (0u64..1_000_000_000_000_000, 9i32..16).prop_map(|(n, k)| n as f64 / 10f64.powi(k))
    ]
}

fn criterion(id: usize) -> impl Strategy<Value = Criterion> {
    (
        (non_blank(), non_blank(), cell(), cell(), cell()),
        (weight(), any::<bool>(), prop::option::of(prop::collection::vec(cell(), 5))),
        prop::collection::vec(source(), 0..3),
    )
        .prop_map(
            move |((title, question, guidance, meets, falls_short), (weight, critical, levels), sources)| {
                // All-blank levels read back as "use the scale's", which is what they mean.
                let descriptors =
                    levels.filter(|l| l.iter().any(|d| !d.trim().is_empty())).unwrap_or_default();
                Criterion {
                    search_terms: vec![],
                    id: format!("c{id}"),
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

fn section(index: usize) -> impl Strategy<Value = Section> {
    // A section's summary that is only spaces reads back blank: blank section cells inherit.
    let summary = prop_oneof![Just(String::new()), non_blank()];
    (non_blank(), summary, weight(), 1usize..4).prop_flat_map(move |(title, summary, weight, count)| {
        let criteria: Vec<_> = (0..count).map(|i| criterion(index * 10 + i)).collect();
        criteria.prop_map(move |criteria| Section {
            id: format!("s{index}"),
            title: title.clone(),
            summary: summary.clone(),
            weight,
            criteria,
        })
    })
}

fn sections() -> impl Strategy<Value = Vec<Section>> {
    (1usize..4).prop_flat_map(|count| (0..count).map(section).collect::<Vec<_>>())
}

fn framework_with(sections: Vec<Section>) -> Framework {
    let mut framework = spec_lens::domain::builtin::builtin_framework().expect("built-in framework");
    framework.sections = sections;
    framework
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn neutralised_cells_read_back_as_written(text in "['=+@\\-\t a-z0-9]{0,8}") {
        let written = neutralise(&text);
        prop_assert_eq!(unneutralise(&written), text.as_str());
    }

    #[test]
    fn export_then_import_gives_the_criteria_back(sections in sections()) {
        let csv = criteria_csv(&framework_with(sections.clone()));
        prop_assert_eq!(import_criteria_csv(csv.as_bytes()), Ok(sections));
    }

    #[test]
    fn any_bytes_are_read_or_refused_without_panicking(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = import_criteria_csv(&bytes);
    }

    #[test]
    fn a_damaged_template_is_read_or_refused_with_located_errors(cut in 0usize..2000, insert in "[\",;\n\r|x]{0,3}") {
        let template = criteria_template();
        let at = template.char_indices().map(|(i, _)| i).nth(cut % template.chars().count()).unwrap_or(0);
        let damaged = format!("{}{insert}{}", &template[..at], &template[at..]);
        if let Err(errors) = import_criteria_csv(damaged.as_bytes()) {
            prop_assert!(!errors.is_empty());
            prop_assert!(errors.iter().all(|e| !e.message().is_empty()));
        }
    }
}
