//! Excerpts: long clauses shortened around what was quoted or matched, cut between words, starting
//! at a sentence where one starts close by; and where a quote sits in its clause.

use std::ops::Range;

use proptest::prelude::*;
use spec_lens::domain::excerpt::{clause_excerpt, excerpt, quote_ranges, share_of, Part};

const CLAUSE: &str =
    "Eligibility: people on a Community Order or Suspended Sentence Order with a Rehabilitation \
Activity Requirement, or on licence or post-sentence supervision. Each contract records eligibility only as \
whether it accepts women, whether it accepts men, and a minimum and maximum age (by default 18 to 120); the \
contract type data itself holds no eligibility.";

fn range_of(text: &str, part: &str) -> Range<usize> {
    let start = text.find(part).expect("the part is in the text");
    start..start + part.len()
}

/// The excerpt as one line: marks in [brackets], gaps as "…".
fn shown(parts: &[Part]) -> String {
    parts
        .iter()
        .map(|p| match p {
            Part::Text(t) => t.clone(),
            Part::Mark(t) => format!("[{t}]"),
            Part::Gap => "…".into(),
        })
        .collect()
}

fn kept_chars(parts: &[Part]) -> usize {
    parts
        .iter()
        .map(|p| match p {
            Part::Text(t) | Part::Mark(t) => t.chars().count(),
            Part::Gap => 0,
        })
        .sum()
}

#[test]
fn a_text_that_fits_is_kept_whole_with_its_marks() {
    let text = "Service user makes progress in obtaining accommodation.";
    let parts = excerpt(text, &[range_of(text, "progress")], 200);
    assert_eq!(shown(&parts), "Service user makes [progress] in obtaining accommodation.");
}

#[test]
fn a_long_text_without_marks_keeps_its_beginning_cut_between_words() {
    let parts = excerpt(CLAUSE, &[], 60);
    assert_eq!(shown(&parts), "Eligibility: people on a Community Order or Suspended…");
    assert!(kept_chars(&parts) <= 60);
}

#[test]
fn a_cut_near_the_end_stops_at_a_pause_rather_than_mid_phrase() {
    let text = "Complexity level HIGH (Accommodation): Service user is homeless or in temporary/unstable \
                accommodation, or will be on release from prison. Service user has poor accommodation history.";
    assert_eq!(
        shown(&excerpt(text, &[], 110)),
        "Complexity level HIGH (Accommodation): Service user is homeless or in temporary/unstable accommodation…"
    );
    assert_eq!(
        shown(&excerpt(text, &[], 150)),
        "Complexity level HIGH (Accommodation): Service user is homeless or in temporary/unstable accommodation, \
         or will be on release from prison.…"
    );
}

#[test]
fn a_quote_deep_in_a_long_text_is_kept_with_the_start_of_its_sentence() {
    let quote = range_of(CLAUSE, "whether it accepts women");
    let parts = excerpt(CLAUSE, &[quote], 120);
    let line = shown(&parts);
    assert!(
        line.starts_with("…Each contract records eligibility only as [whether it accepts women]"),
        "{line}"
    );
    assert!(line.ends_with('…'), "{line}");
    assert!(kept_chars(&parts) <= 120, "{line}");
}

#[test]
fn a_quote_near_the_end_keeps_the_end_and_no_gap_after_it() {
    let quote = range_of(CLAUSE, "the contract type data itself holds no eligibility.");
    let line = shown(&excerpt(CLAUSE, &[quote], 100));
    assert!(line.starts_with('…'), "{line}");
    assert!(line.ends_with("[the contract type data itself holds no eligibility.]"), "{line}");
}

#[test]
fn a_quote_that_ends_the_text_takes_the_characters_left_after_it_from_before_it() {
    let quote = range_of(CLAUSE, "the contract type data itself holds no eligibility");
    let parts = excerpt(CLAUSE, &[quote], 160);
    let line = shown(&parts);
    assert!(line.starts_with("…as whether it accepts women, whether it accepts men"), "{line}");
    assert!(
        line.ends_with("(by default 18 to 120); [the contract type data itself holds no eligibility]."),
        "{line}"
    );
    assert!(kept_chars(&parts) <= 160, "{line}");
}

#[test]
fn a_clause_shows_without_the_label_it_starts_with() {
    let text = "14. Complexity level HIGH (Accommodation): Service user is homeless.";
    let parts = clause_excerpt("14", text, &[range_of(text, "homeless")], 200);
    assert_eq!(shown(&parts), "Complexity level HIGH (Accommodation): Service user is [homeless].");
    let lettered = "3.1 a) People who sleep rough.";
    assert_eq!(shown(&clause_excerpt("3.1 a)", lettered, &[], 200)), "People who sleep rough.");
    // A text that merely starts with the same digits keeps them.
    assert_eq!(shown(&clause_excerpt("14", "140 people a year.", &[], 200)), "140 people a year.");
    assert_eq!(shown(&clause_excerpt("", "Text.", &[], 200)), "Text.");
    assert_eq!(shown(&clause_excerpt("4", "4.", &[], 200)), "4.");
}

#[test]
fn a_few_excerpts_share_more_characters_each_than_many() {
    assert_eq!(share_of(480, 2, 70, 200), 200);
    assert_eq!(share_of(480, 4, 70, 200), 120);
    assert_eq!(share_of(480, 12, 70, 200), 70);
    assert_eq!(share_of(480, 0, 70, 200), 200);
}

#[test]
fn a_quote_longer_than_the_excerpt_is_cut_short() {
    let quote = range_of(
        CLAUSE,
        "Each contract records eligibility only as whether it accepts women, whether it accepts men",
    );
    let parts = excerpt(CLAUSE, &[quote], 40);
    assert_eq!(shown(&parts), "…[Each contract records eligibility only]…");
}

#[test]
fn quotes_far_apart_are_kept_as_two_passages_and_close_ones_as_one() {
    let far = [range_of(CLAUSE, "Community Order"), range_of(CLAUSE, "no eligibility")];
    let line = shown(&excerpt(CLAUSE, &far, 120));
    assert_eq!(line.matches('…').count(), 2, "{line}");
    assert!(line.contains("[Community Order]") && line.contains("[no eligibility]"), "{line}");
    let close = [range_of(CLAUSE, "accepts women"), range_of(CLAUSE, "accepts men")];
    let line = shown(&excerpt(CLAUSE, &close, 120));
    assert!(line.contains("[accepts women], whether it [accepts men]"), "{line}");
}

#[test]
fn marks_outside_the_text_or_inside_a_letter_are_left_out() {
    let text = "Gŵyl Dewi: a day of Welsh music and food in every village hall.";
    let bad = [Range { start: 5, end: 3 }, 2..3, 0..999, 7..7];
    assert_eq!(shown(&excerpt(text, &bad, 200)), text);
}

#[test]
fn a_quote_is_found_whatever_its_case_white_space_quotation_marks_and_left_out_words() {
    let text =
        "Service user has poor accommodation history,\ncomplex needs and limited skills to secure a tenancy.";
    let found =
        |quote: &str| -> Vec<&str> { quote_ranges(text, quote).into_iter().map(|r| &text[r]).collect() };
    assert_eq!(found("accommodation history, complex needs"), vec!["accommodation history,\ncomplex needs"]);
    assert_eq!(found("\u{201c}POOR accommodation\u{201d}"), vec!["poor accommodation"]);
    assert_eq!(found("…limited skills…"), vec!["limited skills"]);
    assert_eq!(found("poor accommodation ... a tenancy"), vec!["poor accommodation", "a tenancy"]);
    assert!(found("a tenancy … poor accommodation").is_empty(), "passages are found in order");
    assert!(found("a secure tenancy").is_empty(), "a quote typed from memory is not in the text");
    assert!(found("   ").is_empty());
    let welsh = "Cynhelir Gŵyl Dewi ym mhob neuadd.";
    assert_eq!(
        quote_ranges(welsh, "GŴYL DEWI").into_iter().map(|r| &welsh[r]).collect::<Vec<_>>(),
        vec!["Gŵyl Dewi"]
    );
    // Any script's capitals: Greek with its final sigma, Armenian, Georgian, Turkish İ.
    let other = "Ο Οδυσσεας, η Արամ Պետրոսյան και ο გიორგი μένουν στη Izmir.";
    let found =
        |quote: &str| -> Vec<&str> { quote_ranges(other, quote).into_iter().map(|r| &other[r]).collect() };
    assert_eq!(found("ΟΔΥΣΣΕΑΣ"), vec!["Οδυσσεας"]);
    assert_eq!(found("ԱՐԱՄ ՊԵՏՐՈՍՅԱՆ"), vec!["Արամ Պետրոսյան"]);
    assert_eq!(found("ᲒᲘᲝᲠᲒᲘ"), vec!["გიორგი"]);
    assert_eq!(found("İZMİR"), vec!["Izmir"]);
}

/// The usable marks with overlapping and touching ones joined, as the excerpt sees them.
fn merged(text: &str, marks: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut usable: Vec<Range<usize>> =
        marks.iter().filter(|m| m.start < m.end && text.get((*m).clone()).is_some()).cloned().collect();
    usable.sort_by_key(|m| m.start);
    let mut joined: Vec<Range<usize>> = Vec::new();
    for m in usable {
        match joined.last_mut() {
            Some(last) if m.start <= last.end => last.end = last.end.max(m.end),
            _ => joined.push(m),
        }
    }
    joined
}

proptest! {
    /// Whatever the text and marks: no panic, the kept text appears in the text in order, what is
    /// marked was inside a mark, and an excerpt keeps no more than its length plus the small gaps
    /// it chose to keep between passages.
    #[test]
    fn excerpts_keep_to_their_length_and_to_the_text(
        text in "[a-zé .,;\n]{0,400}",
        raw in proptest::collection::vec((0usize..420, 0usize..60), 0..5),
        max in 1usize..200,
    ) {
        let marks: Vec<Range<usize>> = raw.iter().map(|&(s, l)| s..s + l).collect();
        let parts = excerpt(&text, &marks, max);
        prop_assert!(kept_chars(&parts) <= max + 16 * marks.len(), "{parts:?}");
        let mut from = 0;
        for part in &parts {
            if let Part::Text(t) | Part::Mark(t) = part {
                let at = text[from..].find(t.as_str());
                prop_assert!(at.is_some(), "{t:?} is not in the text after {from}");
                if let Part::Mark(_) = part {
                    let inside = merged(&text, &marks).iter().any(|m| text[m.clone()].contains(t.as_str()));
                    prop_assert!(inside, "{t:?} marked outside every mark");
                }
                from += at.unwrap_or(0) + t.len();
            }
        }
    }

    #[test]
    fn quotes_never_panic_and_are_found_where_they_were_taken(text in "[a-zŵ .\n]{0,120}", a in 0usize..120, l in 1usize..40) {
        let start = text.char_indices().map(|(i, _)| i).nth(a).unwrap_or(text.len());
        let end = text[start..].char_indices().map(|(i, _)| start + i).nth(l).unwrap_or(text.len());
        let quote = &text[start..end];
        let found = quote_ranges(&text, quote);
        if !quote.trim_matches(|c: char| c.is_whitespace() || c == '.').is_empty() {
            prop_assert!(!found.is_empty(), "{quote:?} not found in {text:?}");
        }
    }
}
