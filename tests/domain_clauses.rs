//! Splitting a specification's text into numbered clauses.

use spec_lens::domain::{split_clauses, Clause, Specification};

fn texts(text: &str) -> Vec<String> {
    split_clauses(text).into_iter().map(|c| c.text).collect()
}

fn assert_numbered_from_one(clauses: &[Clause]) {
    let numbers: Vec<u32> = clauses.iter().map(|c| c.id).collect();
    let expected: Vec<u32> = (1..=clauses.len() as u32).collect();
    assert_eq!(numbers, expected);
}

#[test]
fn empty_or_blank_text_has_no_clauses() {
    assert!(split_clauses("").is_empty());
    assert!(split_clauses("   \n\n\t \r\n  ").is_empty());
}

#[test]
fn blank_lines_separate_paragraphs() {
    assert_eq!(
        texts("First clause.\n\nSecond clause.\n\n\n\nThird."),
        ["First clause.", "Second clause.", "Third."]
    );
}

#[test]
fn whitespace_only_lines_count_as_blank() {
    assert_eq!(texts("One.\n   \t\nTwo."), ["One.", "Two."]);
}

#[test]
fn hard_wrapped_lines_are_joined_with_one_space() {
    let text = "The provider shall offer\n  appointments in the evening\nand at weekends.\n\nNext paragraph.";
    assert_eq!(
        texts(text),
        ["The provider shall offer appointments in the evening and at weekends.", "Next paragraph."]
    );
}

#[test]
fn bullets_split_within_a_paragraph() {
    let text =
        "The service must:\n- be accessible\n* be local\n• be free\n– be kind\n◦ be open\n\u{f0b7} be safe";
    assert_eq!(
        texts(text),
        [
            "The service must:",
            "- be accessible",
            "* be local",
            "• be free",
            "– be kind",
            "◦ be open",
            "\u{f0b7} be safe"
        ]
    );
}

#[test]
fn wrapped_bullets_continue_their_bullet() {
    let text = "- first bullet that\n  wraps onto a second line\n- second bullet";
    assert_eq!(texts(text), ["- first bullet that wraps onto a second line", "- second bullet"]);
}

#[test]
fn numbered_and_lettered_lines_split() {
    let text = "1. Scope\n2. Outcomes\n2.1. Reduce reoffending\n2.2 Provide housing advice\n3) Staffing\n(4) Premises\na) lettered\n(b) lettered\nC. Capital\niv. roman\n(v) roman\nIX. Roman";
    assert_eq!(
        texts(text),
        [
            "1. Scope",
            "2. Outcomes",
            "2.1. Reduce reoffending",
            "2.2 Provide housing advice",
            "3) Staffing",
            "(4) Premises",
            "a) lettered",
            "(b) lettered",
            "C. Capital",
            "iv. roman",
            "(v) roman",
            "IX. Roman",
        ]
    );
}

#[test]
fn numbers_inside_wrapped_prose_do_not_split() {
    // A year, a decimal and an abbreviation wrapped to the start of a line continue the clause.
    let text = "The Act came into force in April\n2021. Providers must reach\n2.5 per cent more people, e.g.\ne.g. those in rural areas.";
    assert_eq!(
        texts(text),
        ["The Act came into force in April 2021. Providers must reach 2.5 per cent more people, e.g. e.g. those in rural areas."]
    );
}

#[test]
fn a_number_alone_on_its_line_takes_the_text_after_it() {
    assert_eq!(
        texts("1.\nThe provider shall.\n2.\nThe commissioner shall."),
        ["1. The provider shall.", "2. The commissioner shall."]
    );
}

#[test]
fn clauses_are_numbered_one_to_n_without_gaps() {
    let text = "\n\nA.\n\n\n- b\n- c\n\nd\ne\n\n\n\n1. f\n\n";
    let clauses = split_clauses(text);
    assert_eq!(clauses.len(), 5);
    assert_numbered_from_one(&clauses);
}

#[test]
fn crlf_line_endings_behave_like_lf() {
    let lf = "Line one\nwraps here.\n\n- bullet\n- bullet two\n";
    let crlf = lf.replace('\n', "\r\n");
    assert_eq!(split_clauses(&crlf), split_clauses(lf));
    assert_eq!(texts(&crlf), ["Line one wraps here.", "- bullet", "- bullet two"]);
    assert!(texts(&crlf).iter().all(|t| !t.contains('\r')));
}

#[test]
fn lone_carriage_returns_are_line_endings() {
    let cr = "Line one\rwraps here.\r\r- bullet\r- bullet two";
    assert_eq!(texts(cr), ["Line one wraps here.", "- bullet", "- bullet two"]);
}

#[test]
fn unicode_line_and_paragraph_separators_are_honoured() {
    assert_eq!(texts("one\u{2028}two\u{2029}three"), ["one two", "three"]);
}

#[test]
fn specification_clauses_come_from_its_text() {
    let spec = Specification { text: "A.\n\nB.".into(), ..Default::default() };
    assert_eq!(
        spec.clauses(),
        vec![
            Clause { id: 1, label: "1".into(), text: "A.".into(), page: None },
            Clause { id: 2, label: "2".into(), text: "B.".into(), page: None }
        ]
    );
}

#[test]
fn odd_input_never_panics_and_stays_numbered() {
    let odd = "(\n)\n.\n(.)\n..1.\n1..2.\n\u{feff}\n\u{0}\n()\n-\n•\n💥 emoji\n(ⅳ)\n١. arabic digit";
    let clauses = split_clauses(odd);
    assert!(!clauses.is_empty());
    assert_numbered_from_one(&clauses);
}

// proptest does not build for wasm32 (see Cargo.toml).
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;
    use spec_lens::domain::clause_count;

    /// Text with every kind of line ending, blank lines, bullets and numbers, in any mix.
    fn pasted_text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "\n",
            "\r\n",
            "\r",
            "\u{2028}",
            "\u{2029}",
            " ",
            "\t",
            "- ",
            "• ",
            "1. ",
            "2.3 ",
            "(iv) ",
            "a) ",
            "The ",
            "provider",
            "Service",
            ".",
            "2.5 per cent",
            "\r\r\n",
            "\n\r",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|p| p.concat())
    }

    proptest! {
        /// Line endings are found in place, without first rewriting the text (as the splitter used
        /// to): the clauses are those of the same text with every line ending made "\n".
        #[test]
        fn every_line_ending_splits_as_a_newline_does(text in pasted_text()) {
            let plain = text
                .replace("\r\n", "\n")
                .replace('\u{2029}', "\n\n")
                .split(['\n', '\r', '\u{2028}'])
                .collect::<Vec<_>>()
                .join("\n");
            prop_assert_eq!(split_clauses(&text), split_clauses(&plain));
        }

        #[test]
        fn counting_clauses_agrees_with_splitting(text in pasted_text()) {
            prop_assert_eq!(clause_count(&text), split_clauses(&text).len());
        }
    }
}
