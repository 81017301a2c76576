//! What changed in the text between two specifications: clauses matched by their words, then their
//! labels, then their words again; added, removed and reworded clauses in reading order; the words
//! that changed in a reworded clause.

use proptest::prelude::*;
use spec_lens::domain::document::{build, Paragraph};
use spec_lens::domain::text_changes::{text_changes, word_diff, ChangeKind, WordChange, WordRun};
use spec_lens::domain::{split_clauses, Clause};

fn run(change: WordChange, text: &str) -> WordRun {
    WordRun { change, text: text.into() }
}

/// Clauses of a document whose paragraphs carry their own labels ("4.1", "a)").
fn labelled(paragraphs: &[(&str, &str)]) -> Vec<Clause> {
    build(None, paragraphs.iter().map(|(label, text)| Paragraph::body(label, text)).collect(), 0).clauses()
}

fn kinds(
    changes: &spec_lens::domain::text_changes::TextChanges,
) -> Vec<(ChangeKind, Option<String>, Option<String>)> {
    changes
        .changes
        .iter()
        .map(|c| {
            (c.kind, c.before.as_ref().map(|r| r.label.clone()), c.after.as_ref().map(|r| r.label.clone()))
        })
        .collect()
}

#[test]
fn the_same_text_has_no_changes() {
    let text = "1. The provider will consult people with lived experience.\n\n2. The service covers Gwent.";
    let found = text_changes(&split_clauses(text), &split_clauses(text));
    assert!(found.changes.is_empty());
    assert_eq!((found.unchanged, found.renumbered), (2, 0));
    assert_eq!(found.matched(2), Some(2));
}

#[test]
fn spacing_and_line_breaks_are_not_rewording() {
    let before = labelled(&[("1", "The provider will  consult\npeople.")]);
    let after = labelled(&[("1", "The provider will consult people.")]);
    let found = text_changes(&before, &after);
    assert!(found.changes.is_empty(), "{:?}", found.changes);
}

#[test]
fn a_clause_inserted_at_the_top_renumbers_the_rest_without_rewording_them() {
    // Pasted text keeps its typed numbers in the clause text: "2." under the label 2.
    let before =
        split_clauses("1. Women are eligible.\n\n2. Men are eligible.\n\n3. The service covers Gwent.");
    let after = split_clauses(
        "1. A needs assessment of Gwent was completed in March.\n\n2. Women are eligible.\n\n3. Men are \
         eligible.\n\n4. The service covers Gwent.",
    );
    let found = text_changes(&before, &after);
    assert_eq!(kinds(&found), vec![(ChangeKind::Added, None, Some("1".into()))]);
    assert_eq!((found.unchanged, found.renumbered), (3, 3));
    assert_eq!(found.matched(1), Some(2));
    assert_eq!(found.matched(3), Some(4));
    assert_eq!(
        found.changes[0].words,
        vec![run(WordChange::Added, "A needs assessment of Gwent was completed in March.")]
    );
}

#[test]
fn a_reworded_clause_under_its_label_shows_the_words_that_changed() {
    let before = labelled(&[
        ("3.1", "Eligibility: people on licence aged 18 to 25."),
        ("3.2", "Referral by probation only."),
    ]);
    let after = labelled(&[
        ("3.1", "Eligibility: women and men on licence aged 18 and over."),
        ("3.2", "Referral by probation only."),
    ]);
    let found = text_changes(&before, &after);
    assert_eq!(kinds(&found), vec![(ChangeKind::Reworded, Some("3.1".into()), Some("3.1".into()))]);
    assert_eq!(
        found.changes[0].words,
        vec![
            run(WordChange::Same, "Eligibility:"),
            run(WordChange::Removed, "people"),
            run(WordChange::Added, "women and men"),
            run(WordChange::Same, "on licence aged 18"),
            run(WordChange::Removed, "to 25."),
            run(WordChange::Added, "and over."),
        ]
    );
    assert_eq!(found.matched(1), Some(1));
}

#[test]
fn a_reworded_clause_under_a_new_label_is_matched_by_its_words() {
    let before = labelled(&[
        ("4.1", "The provider will publish outcomes by sex, age and ethnicity every quarter."),
        ("4.2", "Payment is by results."),
    ]);
    let after = labelled(&[
        ("5.1", "Payment is by results."),
        ("5.2", "The provider will publish outcomes by sex, age, disability and ethnicity every quarter."),
    ]);
    let found = text_changes(&before, &after);
    assert_eq!(kinds(&found), vec![(ChangeKind::Reworded, Some("4.1".into()), Some("5.2".into()))]);
    assert_eq!(found.renumbered, 1);
    // Punctuation counts: "age" became "age," before the added word.
    assert_eq!(
        found.changes[0].words,
        vec![
            run(WordChange::Same, "The provider will publish outcomes by sex,"),
            run(WordChange::Removed, "age"),
            run(WordChange::Added, "age, disability"),
            run(WordChange::Same, "and ethnicity every quarter."),
        ]
    );
}

#[test]
fn a_clause_with_other_words_under_the_same_label_is_removed_and_added_not_reworded() {
    let before = labelled(&[("7", "The contract runs for three years from April.")]);
    let after = labelled(&[("7", "Providers must hold Cyber Essentials certification.")]);
    let found = text_changes(&before, &after);
    assert_eq!(
        kinds(&found),
        vec![(ChangeKind::Removed, Some("7".into()), None), (ChangeKind::Added, None, Some("7".into()))]
    );
    assert_eq!(found.matched(1), None);
}

#[test]
fn removed_clauses_stand_where_they_were_in_reading_order() {
    let before =
        labelled(&[("1", "Alpha one."), ("2", "Bravo two."), ("3", "Charlie three."), ("4", "Delta four.")]);
    let after = labelled(&[("1", "Alpha one."), ("3", "Charlie three."), ("5", "Echo five.")]);
    let found = text_changes(&before, &after);
    assert_eq!(
        kinds(&found),
        vec![
            (ChangeKind::Removed, Some("2".into()), None),
            (ChangeKind::Removed, Some("4".into()), None),
            (ChangeKind::Added, None, Some("5".into())),
        ]
    );
    assert_eq!(found.count(ChangeKind::Removed), 2);
}

#[test]
fn repeated_clauses_pair_with_the_same_label_first() {
    let before = labelled(&[("2", "Not used."), ("6", "Not used."), ("7", "Prices are fixed.")]);
    let after = labelled(&[("6", "Not used."), ("7", "Prices are fixed."), ("9", "Not used.")]);
    let found = text_changes(&before, &after);
    assert!(found.changes.is_empty(), "{:?}", found.changes);
    // Ids are places in reading order: the earlier 6 (id 2) is the later 6 (id 1), and the earlier
    // 2 (id 1) the later 9 (id 3).
    assert_eq!(found.matched(2), Some(1), "clause 6 stays clause 6");
    assert_eq!(found.matched(1), Some(3), "clause 2 becomes clause 9");
    assert_eq!(found.renumbered, 1);
}

#[test]
fn empty_texts_compare_to_all_added_or_all_removed() {
    let some = labelled(&[("1", "One."), ("2", "Two.")]);
    assert_eq!(text_changes(&[], &some).count(ChangeKind::Added), 2);
    assert_eq!(text_changes(&some, &[]).count(ChangeKind::Removed), 2);
    assert!(text_changes(&[], &[]).changes.is_empty());
}

#[test]
fn a_clause_too_long_to_diff_word_by_word_shows_as_replaced() {
    let before: String = (0..1500).map(|i| format!("a{i} ")).collect();
    let after: String = (0..1500).map(|i| format!("b{i} ")).collect();
    let runs = word_diff(&before, &after);
    assert_eq!(runs.len(), 2);
    assert_eq!((runs[0].change, runs[1].change), (WordChange::Removed, WordChange::Added));
}

#[test]
fn two_thousand_clause_texts_match_whatever_the_renumbering() {
    let text = |shift: usize, reword: bool| -> Vec<Clause> {
        let paragraphs: Vec<(String, String)> = (0..2000)
            .map(|i| {
                let tail = if reword && i % 40 == 0 { "and women in the area" } else { "in the area" };
                (format!("{}", i + 1 + shift), format!("Clause {i} says the provider serves people {tail}."))
            })
            .collect();
        let refs: Vec<(&str, &str)> = paragraphs.iter().map(|(l, t)| (l.as_str(), t.as_str())).collect();
        labelled(&refs)
    };
    let found = text_changes(&text(0, false), &text(3, true));
    assert_eq!(found.count(ChangeKind::Reworded), 50);
    assert_eq!(found.count(ChangeKind::Added) + found.count(ChangeKind::Removed), 0);
    assert_eq!(found.unchanged, 1950);
}

/// Every word of both sides is in the diff, in order: kept and removed runs spell the earlier
/// text, kept and added runs the later one.
fn spelled(runs: &[WordRun], keep: WordChange) -> String {
    runs.iter()
        .filter(|r| r.change == WordChange::Same || r.change == keep)
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

proptest! {
    #[test]
    fn a_word_diff_spells_both_texts(before in "([a-d]{1,2} ){0,30}", after in "([a-d]{1,2} ){0,30}") {
        let runs = word_diff(&before, &after);
        prop_assert_eq!(spelled(&runs, WordChange::Removed), before.split_whitespace().collect::<Vec<_>>().join(" "));
        prop_assert_eq!(spelled(&runs, WordChange::Added), after.split_whitespace().collect::<Vec<_>>().join(" "));
        // Runs alternate: never two kept runs, or two removed runs, side by side.
        for pair in runs.windows(2) {
            prop_assert!(pair[0].change != pair[1].change);
        }
    }

    #[test]
    fn clause_matching_never_panics_and_accounts_for_every_clause(
        before in prop::collection::vec(("[0-9]{1,2}", "([a-c]{1,2} ){0,6}"), 0..25),
        after in prop::collection::vec(("[0-9]{1,2}", "([a-c]{1,2} ){0,6}"), 0..25),
    ) {
        let to_clauses = |v: &Vec<(String, String)>| -> Vec<Clause> {
            let refs: Vec<(&str, &str)> = v.iter().map(|(l, t)| (l.as_str(), t.as_str())).collect();
            labelled(&refs)
        };
        let (b, a) = (to_clauses(&before), to_clauses(&after));
        let found = text_changes(&b, &a);
        let reworded = found.count(ChangeKind::Reworded);
        prop_assert_eq!(found.unchanged + reworded + found.count(ChangeKind::Removed), b.len());
        prop_assert_eq!(found.unchanged + reworded + found.count(ChangeKind::Added), a.len());
    }
}
