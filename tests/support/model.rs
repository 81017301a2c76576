//! Frameworks built by hand, small enough to reason about: criteria, sections and a framework around
//! them on the usual five-level scale. Included with `#[path = "support/model.rs"] mod model;`.

// Each test crate that includes this file uses only part of it.
#![allow(dead_code)]

use spec_lens::domain::{BandThresholds, Criterion, Framework, LevelDef, Scale, Section};

/// A criterion titled "Title {id}", asking "Question {id}?", not critical, with no descriptors,
/// sources or search terms.
pub fn criterion(id: &str, weight: f64) -> Criterion {
    Criterion {
        search_terms: vec![],
        id: id.into(),
        title: format!("Title {id}"),
        question: format!("Question {id}?"),
        guidance: String::new(),
        meets: String::new(),
        falls_short: String::new(),
        weight,
        critical: false,
        descriptors: Vec::new(),
        sources: Vec::new(),
    }
}

/// The same criterion, critical.
pub fn critical(id: &str, weight: f64) -> Criterion {
    Criterion { critical: true, ..criterion(id, weight) }
}

/// A section titled "Section {id}".
pub fn section(id: &str, weight: f64, criteria: Vec<Criterion>) -> Section {
    Section { id: id.into(), title: format!("Section {id}"), summary: String::new(), weight, criteria }
}

/// The framework "test", version 1, of these sections: levels 0 to 4 labelled L0 to L4, the default
/// bands, no critical cap rule and no timescale rules.
pub fn framework_of(sections: Vec<Section>) -> Framework {
    let levels = (0..=4).map(|l| LevelDef { label: format!("L{l}"), descriptor: format!("D{l}") }).collect();
    Framework {
        critical_caps: Default::default(),
        language: "en".into(),
        languages: Default::default(),
        id: "test".into(),
        version: "1".into(),
        title: "Test framework".into(),
        summary: String::new(),
        scale: Scale {
            levels,
            not_applicable_label: "Not applicable".into(),
            insufficient_evidence_label: "Insufficient evidence".into(),
        },
        sections,
        bands: BandThresholds::default(),
        timescale_rules: Default::default(),
    }
}
