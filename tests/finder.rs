//! The evidence finder's matcher: folding, whole words, wildcards, hyphens and line breaks,
//! phrases, ranges in the original text, ranking, silence, and no panics on any input.

#[path = "support/model.rs"]
mod model;

use proptest::prelude::*;
use spec_lens::domain::finder::{
    find, find_in, find_in_corpus, Corpus, Term, TermError, Terms, UnicodeFold, Words, MAX_TERM_CHARS,
};
use spec_lens::domain::silence::silent_on;
use spec_lens::domain::{Clause, Criterion};

fn term(text: &str) -> Term {
    Term::parse(text, &UnicodeFold).unwrap_or_else(|e| panic!("term {text:?} should parse: {e:?}"))
}

/// The parts of `text` that `term` finds.
fn found<'a>(term_text: &str, text: &'a str) -> Vec<&'a str> {
    term(term_text).hits(&Words::of(text, &UnicodeFold)).into_iter().map(|range| &text[range]).collect()
}

fn finds(term_text: &str, text: &str) -> bool {
    !found(term_text, text).is_empty()
}

fn clause(id: u32, text: &str) -> Clause {
    Clause { id, label: id.to_string(), text: text.into(), page: None }
}

fn clauses(texts: &[&str]) -> Vec<Clause> {
    texts.iter().zip(1..).map(|(text, id)| clause(id, text)).collect()
}

/// The criterion on women, looking for `terms`.
fn criterion(terms: &[&str]) -> Criterion {
    Criterion {
        title: "Women".into(),
        question: "Were women's needs assessed?".into(),
        search_terms: terms.iter().map(|t| t.to_string()).collect(),
        ..model::criterion("cohort-women", 1.0)
    }
}

#[test]
fn welsh_letters_match_with_or_without_their_accents() {
    assert!(finds("gwyl", "Gŵyl y Gwanwyn"));
    assert!(finds("Gŵyl", "gwyl y gwanwyn"));
    assert!(finds("dwr", "DŴR CYMRU"));
    assert!(finds("DŴR", "dŵr"));
    assert!(finds("y", "ŷ"));
    assert!(finds("ŷ", "Y"));
    // The same letters typed decomposed: "w" then U+0302 COMBINING CIRCUMFLEX.
    assert_eq!(found("gŵyl", "Gw\u{302}yl Fawr"), ["Gw\u{302}yl"]);
}

#[test]
fn other_accents_and_case_are_ignored() {
    assert!(finds("cafe", "Café"));
    assert!(finds("CAFÉ", "cafe"));
    assert!(finds("naive", "NAÏVE"));
    assert!(finds("OASys", "oasys"));
    assert!(finds("women", "WOMEN"));
    // Several marks on one letter, in either order: "ệ" as e + dot below + circumflex, and the
    // other way round.
    assert!(finds("tieng viet", "Tie\u{302}\u{301}ng Vie\u{323}\u{302}t"));
    assert!(finds("Tiếng Việt", "tie\u{301}\u{302}ng vie\u{302}\u{323}t"));
    // Full Unicode lower case, beyond the Latin scripts.
    assert!(finds("ΣΟΦΊΑ", "σοφία"));
}

#[test]
fn terms_match_whole_words_only() {
    assert!(!finds("men", "women"));
    assert!(!finds("men", "treatment and employment"));
    assert_eq!(found("men", "women and men"), ["men"]);
    assert_eq!(found("OASys", "from OASys, and"), ["OASys"]);
    assert!(!finds("OASys", "OASysX"));
    assert!(!finds("gender", "transgendered"));
}

#[test]
fn apostrophes_and_punctuation_separate_words() {
    assert_eq!(found("women", "the women's centre"), ["women"]);
    assert_eq!(found("women", "the women’s centre"), ["women"]);
    assert_eq!(found("women", "(women)/men"), ["women"]);
    assert_eq!(found("women's", "women’s services"), ["women’s"]);
}

#[test]
fn a_star_makes_the_last_word_a_prefix_and_the_whole_word_is_highlighted() {
    let text = "co-production, co-produced, coproduction and co production";
    assert_eq!(found("co-produc*", text), ["co-production", "co-produced", "coproduction", "co production"]);
    assert_eq!(
        found("neurodiver*", "Neurodivergent and neurodiversity"),
        ["Neurodivergent", "neurodiversity"]
    );
    assert!(!finds("produc*", "coproduction"));
    assert_eq!(found("care leav*", "Care leavers"), ["Care leavers"]);
}

#[test]
fn a_misplaced_star_or_an_empty_term_does_not_parse() {
    assert_eq!(Term::parse("*", &UnicodeFold), Err(TermError::Wildcard));
    assert_eq!(Term::parse("co*op", &UnicodeFold), Err(TermError::Wildcard));
    assert_eq!(Term::parse("care *", &UnicodeFold), Err(TermError::Wildcard));
    assert_eq!(Term::parse("lived* experience", &UnicodeFold), Err(TermError::Wildcard));
    assert_eq!(Term::parse("", &UnicodeFold), Err(TermError::Empty));
    assert_eq!(Term::parse("   ", &UnicodeFold), Err(TermError::Empty));
    assert_eq!(Term::parse("--'", &UnicodeFold), Err(TermError::Empty));
    assert_eq!(Term::parse(&"a".repeat(MAX_TERM_CHARS + 1), &UnicodeFold), Err(TermError::TooLong));
    assert_eq!(term("  women ").text(), "women");
}

#[test]
fn a_word_broken_at_a_line_end_is_found_whole() {
    for text in ["the co-\nproduction of", "the co-\r\nproduction of", "the co-\n  production of"] {
        assert!(finds("coproduction", text), "{text:?}");
        assert!(finds("co-produc*", text), "{text:?}");
        assert!(finds("co-production", text), "{text:?}");
    }
    let text = "a gender-\nspecific service";
    assert_eq!(found("gender-specific", text), ["gender-\nspecific"]);
    assert_eq!(found("gender specific", text), ["gender-\nspecific"]);
    // A soft hyphen, as a PDF leaves it where it broke a word.
    assert_eq!(found("coproduction", "co\u{AD}production"), ["co\u{AD}production"]);
}

#[test]
fn a_hyphenated_term_also_matches_spaced_and_joined() {
    for text in
        ["gender-specific", "gender specific", "genderspecific", "Gender–specific", "gender - specific"]
    {
        // The en dash in "Gender–specific" is punctuation, read like a space.
        assert!(finds("gender-specific", text), "{text:?}");
    }
    assert!(finds("coproduction", "co-production"));
    // A space is not a hyphen: a one-word term is not found split in two.
    assert!(!finds("coproduction", "co production"));
    assert!(!finds("genderspecific", "gender specific"));
}

#[test]
fn phrases_match_consecutive_words_across_one_line_break_not_a_blank_line() {
    assert_eq!(found("lived experience", "people with lived experience of"), ["lived experience"]);
    assert_eq!(found("lived experience", "people with lived\nexperience of"), ["lived\nexperience"]);
    assert_eq!(found("lived experience", "lived  \r\n  experience"), ["lived  \r\n  experience"]);
    assert!(!finds("lived experience", "lived\n\nexperience"));
    assert!(!finds("lived experience", "lived\r\n\r\nexperience"));
    assert!(!finds("lived experience", "lived\u{2029}experience"));
    assert!(!finds("lived experience", "experience lived"));
    assert!(!finds("lived experience", "lived and experience"));
    assert!(finds("Offender Assessment System", "the Offender Assessment\nSystem (OASys)"));
}

#[test]
fn ranges_point_at_the_original_text() {
    let text = "Gwasanaeth Cymraeg i’r dynion, and the Welsh-language Gŵyl.";
    let hits = term("gwyl").hits(&Words::of(text, &UnicodeFold));
    assert_eq!(hits.len(), 1);
    assert_eq!(&text[hits[0].clone()], "Gŵyl");
    assert_eq!(found("welsh language", text), ["Welsh-language"]);
    assert_eq!(found("cymraeg", text), ["Cymraeg"]);
    // Text whose length changes when folded: "İ" folds to "i", "ß" stays, "ﬁ" is not decomposed.
    let text = "İSTANBUL İŞÇİ and Straße";
    assert_eq!(found("istanbul", text), ["İSTANBUL"]);
    assert_eq!(found("isci", text), ["İŞÇİ"]);
    assert_eq!(found("straße", text), ["Straße"]);
}

#[test]
fn empty_terms_or_empty_text_find_nothing() {
    let none: [&str; 0] = [];
    let terms = Terms::new(&none, &UnicodeFold);
    assert!(terms.is_empty());
    let findings = find(&terms, &clauses(&["women"]), &UnicodeFold);
    assert!(findings.clauses.is_empty() && findings.unmatched.is_empty());

    let terms = Terms::new(&["women", "", "*"], &UnicodeFold);
    assert_eq!(terms.terms().len(), 1);
    assert_eq!(
        terms.rejected(),
        [("".to_string(), TermError::Empty), ("*".to_string(), TermError::Wildcard)]
    );
    let findings = find(&terms, &clauses(&["", "   ", "\n\n"]), &UnicodeFold);
    assert_eq!(findings.clause_count(), 0);
    assert_eq!(findings.unmatched, [0]);
    assert_eq!(find(&terms, &[], &UnicodeFold).clause_count(), 0);
    assert!(terms.hits(&Words::of("", &UnicodeFold)).is_empty());
}

#[test]
fn clauses_are_ranked_by_distinct_terms_then_hits_then_document_order() {
    let terms = Terms::new(&["women", "female", "gender-specific", "veterans"], &UnicodeFold);
    let spec = clauses(&[
        "Nothing here.",
        "Women, women and women.",
        "Women and female offenders.",
        "A gender-specific service for women.",
        "Services for women.",
        "Women and female, gender specific.",
    ]);
    let findings = find(&terms, &spec, &UnicodeFold);
    let order: Vec<u32> = findings.clauses.iter().map(|m| m.clause).collect();
    assert_eq!(order, [6, 3, 4, 2, 5]);
    assert_eq!(findings.clause_count(), 5);
    assert_eq!(findings.unmatched, [3], "veterans is the term no clause uses");
    let top = &findings.clauses[0];
    assert_eq!(top.terms, [0, 1, 2]);
    let texts: Vec<&str> = top.hits.iter().map(|hit| &spec[5].text[hit.range.clone()]).collect();
    assert_eq!(texts, ["Women", "female", "gender specific"]);
    assert_eq!(findings.clauses[3].hits.len(), 3);
}

#[test]
fn overlapping_hits_are_merged_for_highlighting() {
    let terms = Terms::new(&["women", "women-only", "only"], &UnicodeFold);
    let spec = clauses(&["A women-only space; only women."]);
    let findings = find(&terms, &spec, &UnicodeFold);
    let text = &spec[0].text;
    let highlighted: Vec<&str> = findings.clauses[0].highlights().into_iter().map(|r| &text[r]).collect();
    assert_eq!(highlighted, ["women-only", "only", "women"]);
}

#[test]
fn a_specification_is_silent_on_a_criterion_when_no_clause_uses_its_terms() {
    let women = criterion(&["women", " female ", "gender", "*"]);
    let spec = clauses(&["Men aged 18 to 25.", "Treatment for men."]);
    let terms = |c: &Criterion, spec: &[Clause]| silent_on(c, spec, &UnicodeFold).map(|s| s.terms);
    assert_eq!(terms(&women, &spec), Some(vec!["women".into(), "female".into(), "gender".into()]));
    assert_eq!(terms(&women, &clauses(&["Men.", "Female offenders."])), None);
    assert_eq!(terms(&criterion(&[]), &spec), None, "no terms: nothing was looked for");
    // The rule of `domain::silence`, which the results page and the reports list by: with no
    // clauses there is no text to be silent in.
    assert_eq!(terms(&women, &[]), None, "no clauses: nothing to be silent in");
}

/// Text from any characters, weighted towards what trips a matcher: hyphens, line breaks,
/// combining marks, apostrophes, letters that change length when folded.
fn text_strategy() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("-".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\u{AD}".to_string()),
        Just("\u{302}".to_string()),
        Just("’".to_string()),
        Just(" ".to_string()),
        Just("İ".to_string()),
        Just("ŵ".to_string()),
        Just("*".to_string()),
        "[a-zA-Z]{1,6}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|pieces| pieces.concat())
}

proptest! {
    #[test]
    fn any_text_and_terms_never_panic_and_ranges_sit_on_char_boundaries(
        text in text_strategy(),
        raw_terms in prop::collection::vec(text_strategy(), 0..4),
    ) {
        let mut raw_terms = raw_terms;
        raw_terms.extend(["co-produc*", "women", "gŵyl"].map(String::from));
        let terms = Terms::new(&raw_terms, &UnicodeFold);
        let findings = find(&terms, &[clause(1, &text)], &UnicodeFold);
        for m in &findings.clauses {
            for hit in &m.hits {
                prop_assert!(hit.range.start < hit.range.end && hit.range.end <= text.len());
                prop_assert!(text.is_char_boundary(hit.range.start) && text.is_char_boundary(hit.range.end));
                prop_assert!(hit.term < terms.terms().len());
            }
            for range in m.highlights() {
                prop_assert!(text.get(range).is_some());
            }
        }
        prop_assert!(findings.unmatched.iter().all(|&t| t < terms.terms().len()));
    }

    /// A term made from a stretch of the text's own words finds that text.
    #[test]
    fn a_phrase_of_the_text_is_found_in_it(words in prop::collection::vec("[a-zA-Zŵŷâ]{1,6}", 1..6)) {
        let text = format!("start {} end", words.join(" "));
        let phrase = words.join("-");
        prop_assert!(finds(&phrase, &text), "{phrase:?} in {text:?}");
    }
}

#[path = "support/fold_cases.rs"]
mod fold_cases;

/// The table the browser's fold is held to (tests/web.rs) is what the native fold gives.
#[test]
fn the_native_fold_gives_the_shared_table() {
    use spec_lens::domain::finder::Fold;
    for &(word, folded) in fold_cases::FOLD_CASES {
        assert_eq!(UnicodeFold.fold(word), folded, "{word}");
    }
    for &(c, mark) in fold_cases::MARK_CASES {
        assert_eq!(UnicodeFold.is_mark(c), mark, "{c:?}");
    }
}

#[test]
fn check_term_refuses_what_the_finder_would_set_aside() {
    use spec_lens::domain::finder::check_term;
    for good in ["women", "co-produc*", "gender-specific", "Cymraeg", "18-25", "women's centre*"] {
        assert_eq!(check_term(good), Ok(()), "{good}");
        assert!(Term::parse(good, &UnicodeFold).is_ok(), "{good}");
    }
    for (bad, error) in [
        ("", TermError::Empty),
        ("  ", TermError::Empty),
        ("--", TermError::Empty),
        ("*", TermError::Wildcard),
        ("co*op", TermError::Wildcard),
        ("care *", TermError::Wildcard),
    ] {
        assert_eq!(check_term(bad), Err(error), "{bad:?}");
        assert_eq!(Term::parse(bad, &UnicodeFold).err(), Some(error), "{bad:?}");
    }
    assert_eq!(check_term(&"a".repeat(MAX_TERM_CHARS + 1)), Err(TermError::TooLong));
    assert!(TermError::Wildcard.explain("co*op").contains("\u{201c}co*op\u{201d}"));
}

/// The framework editor shows a malformed term beside the criterion's search terms; blank lines,
/// which typing a new term leaves for a moment, are no error.
#[test]
fn the_editor_flags_a_malformed_term_and_not_a_blank_line() {
    use spec_lens::domain::{validate, without_blank_terms, FieldPath};
    let mut framework = spec_lens::domain::builtin::builtin_framework().expect("built-in");
    assert!(validate(&framework).is_empty());
    framework.sections[0].criteria[0].search_terms.push(String::new());
    // The editor checks what it would save, without the blank lines typing leaves; a file or a
    // link with an empty term is refused.
    assert!(validate(&without_blank_terms(&framework)).is_empty(), "a blank line while typing");
    assert_eq!(validate(&framework).len(), 1, "an empty term in a file");
    framework.sections[0].criteria[0].search_terms.push("co*op".into());
    let errors = validate(&without_blank_terms(&framework));
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].path, FieldPath::Criterion { section: 0, criterion: 0, field: "search_terms" });
    assert!(
        errors[0].message().starts_with("The search term \u{201c}co*op\u{201d} has a *"),
        "{}",
        errors[0].message()
    );
}

/// The Frameworks page filter folds as the finder does: case and accents ignored, in any script;
/// but it matches anywhere in a word, so that what is typed so far already filters.
#[test]
fn the_frameworks_filter_ignores_case_and_accents_as_the_finder_does() {
    let framework = spec_lens::domain::builtin::builtin_framework().expect("the built-in framework parses");
    let found = |query: &str| -> Vec<String> {
        framework
            .criteria()
            .filter(|(_, c)| c.matches(query, &UnicodeFold))
            .map(|(_, c)| c.id.clone())
            .collect()
    };
    // "Cymraeg" is one of the Welsh-language criterion's search terms: found however it is typed.
    for query in ["cymraeg", "CYMRAEG", "Cymraeg", "cym", "cymraeg welsh"] {
        assert_eq!(found(query), ["access-welsh-language"], "{query}");
    }
    assert_eq!(found("").len(), framework.criterion_count(), "no query: every criterion");
    assert_eq!(found("cymraeg veterans"), Vec::<String>::new(), "every word must be found");

    let mut welsh = criterion(&[]);
    welsh.title = "Gŵyl a Phrosiectau Ŷd: ΟΔΥΣΣΕΑΣ, İzmir, STRAẞE, ԱՐԱՄ".into();
    for query in ["gwyl", "GWYL", "gŵyl", "ŷd", "yd", "οδυσσεας", "οδυσσέας", "izmir", "straße", "արամ"]
    {
        assert!(welsh.matches(query, &UnicodeFold), "{query}");
    }
    assert!(!welsh.matches("gwyliau", &UnicodeFold));
}

proptest! {
    /// The corpus's index finds exactly what the clause-by-clause search finds: the same clauses,
    /// hits, ranking and unmatched terms, and the same answer to whether any term occurs.
    #[test]
    fn the_index_finds_what_the_search_clause_by_clause_finds(
        texts in proptest::collection::vec(text_strategy(), 0..6),
        raw_terms in proptest::collection::vec(text_strategy(), 0..4),
        letters in "[a-z]{1,3}",
    ) {
        let words: Vec<(u32, Words)> =
            texts.iter().enumerate().map(|(i, t)| (i as u32 + 1, Words::of(t, &UnicodeFold))).collect();
        let mut raw_terms = raw_terms;
        // Short words and prefixes, which the random texts often hold, and the tricky kinds.
        raw_terms.extend([letters.clone(), format!("{letters}*"), format!("{letters}-{letters}")]);
        raw_terms.extend(["co-produc*", "women", "gŵyl", "i"].map(String::from));
        let terms = Terms::new(&raw_terms, &UnicodeFold);
        let corpus = Corpus::new(words.clone());
        prop_assert_eq!(find_in_corpus(&terms, &corpus), find_in(&terms, &words));
        prop_assert_eq!(terms.occur_in_corpus(&corpus), words.iter().any(|(_, w)| terms.occur_in(w)));
    }
}

#[test]
fn the_index_finds_words_joined_and_split_at_hyphens_and_prefixes() {
    let texts = [
        "Co-\nproduction with people.",
        "We coproduce; co-produced plans.",
        "Women-only space.",
        "A cohort.",
    ];
    let words: Vec<(u32, Words)> =
        texts.iter().enumerate().map(|(i, t)| (i as u32 + 1, Words::of(t, &UnicodeFold))).collect();
    let corpus = Corpus::new(words.clone());
    for term in
        ["coproduction", "co-produc*", "co-production", "women only", "womenonly", "coh*", "co", "men"]
    {
        let terms = Terms::new(&[term], &UnicodeFold);
        assert_eq!(find_in_corpus(&terms, &corpus), find_in(&terms, &words), "{term}");
    }
    let ids = |term: &str| -> Vec<u32> {
        find_in_corpus(&Terms::new(&[term], &UnicodeFold), &corpus).clauses.iter().map(|m| m.clause).collect()
    };
    assert_eq!(ids("coproduction"), [1]);
    assert_eq!(ids("co-produc*"), [2, 1]);
    assert_eq!(ids("womenonly"), [3]);
    assert_eq!(ids("men"), Vec::<u32>::new());
}
