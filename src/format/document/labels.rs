//! Clause labels typed into text: "4.2.1", "1.", "a)", "(iv)", "B.". Plain text and PDF text carry
//! their numbers as characters, so the label is read off the start of the line.

use crate::domain::timescale::MONTHS;

/// Bullet characters, including the private-use ones Word's Symbol and Wingdings fonts leave
/// behind when a document is copied out of a PDF. (No em dash: prose uses it mid-sentence, so a
/// wrapped line may start with one.)
pub const BULLETS: [char; 13] =
    ['-', '*', '•', '–', '◦', '▪', '●', '○', '■', '‣', '·', '\u{f0b7}', '\u{f0a7}'];

/// Splits a line into its label and the text after it: "4.2.1 The provider…" gives
/// `("4.2.1", "The provider…")`. A bullet gives an empty label and the text after it.
/// Returns None when the line does not start with a label or bullet.
///
/// A dotted number with no closing mark ("2.3") is a label only when the text after it starts with
/// a capital or the line ends there: "2.5 per cent" wrapped onto a new line is not a clause.
pub fn split_label(line: &str) -> Option<(&str, &str)> {
    let line = line.trim_start();
    if let Some(rest) = line.strip_prefix(BULLETS) {
        // "-5%" or "–2" are numbers, not bullets.
        if rest.starts_with(char::is_whitespace) || rest.is_empty() {
            return Some(("", rest.trim_start()));
        }
        return None;
    }
    if let Some(glued) = glued_label(line) {
        return Some(glued);
    }
    let end = line.find(char::is_whitespace).unwrap_or(line.len());
    let (token, rest) = (&line[..end], line[end..].trim_start());
    let next_capitalised = rest.chars().next().is_none_or(|c| !c.is_lowercase());
    let label = is_closed_marker(token)
        || (token.contains('.') && is_clause_number(token.trim_end_matches('.')) && next_capitalised)
        || (is_clause_number(token) && !rest.is_empty() && next_capitalised && starts_sentence(rest));
    label.then_some((token, rest))
}

/// "11.Information sharing": a number whose space was lost, as PDF text has it where the tab after a
/// wide number is narrower than a space. Only a number closed by a dot and followed by a capital.
fn glued_label(line: &str) -> Option<(&str, &str)> {
    let end = line.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
    let (number, rest) = line.split_at(end);
    let closed = number.strip_suffix('.').is_some_and(is_clause_number);
    (closed && rest.starts_with(char::is_uppercase)).then_some((number, rest))
}

/// Whether the line starts with a label or bullet: it starts a new clause.
pub fn starts_with_label(line: &str) -> bool {
    split_label(line).is_some()
}

/// "1 The provider" is a clause numbered 1 only if a word follows, not "12 weeks" or "3 March".
fn starts_sentence(rest: &str) -> bool {
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    word.chars().count() > 1 && !MONTHS.iter().any(|m| word.eq_ignore_ascii_case(m))
}

/// "1.", "2.3.", "4)", "(5)", "a)", "(B)", "iv.", "(IV)": a clause number, a single letter or a
/// roman numeral closed by "." or ")", or wrapped in brackets.
pub fn is_closed_marker(token: &str) -> bool {
    let (body, closed) = if let Some(inner) = token.strip_prefix('(') {
        (inner.strip_suffix(')'), true)
    } else {
        (token.strip_suffix(['.', ')']), token.ends_with(')') || token.ends_with('.'))
    };
    let Some(body) = body else {
        return false;
    };
    closed && (is_clause_number(body) || is_single_letter(body) || is_roman(body))
}

/// "1", "12", "2.3", "4.1.10": groups of one to three digits joined by dots. Four digits are left
/// out so that a year wrapped to the start of a line ("2021. The…") continues its clause.
pub fn is_clause_number(s: &str) -> bool {
    !s.is_empty()
        && s.split('.')
            .all(|group| (1..=3).contains(&group.len()) && group.bytes().all(|b| b.is_ascii_digit()))
}

fn is_single_letter(s: &str) -> bool {
    let mut chars = s.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_ascii_alphabetic())
}

fn is_roman(s: &str) -> bool {
    let lower = !s.is_empty() && s.len() <= 6 && s.chars().all(|c| "ivxl".contains(c));
    let upper = !s.is_empty() && s.len() <= 6 && s.chars().all(|c| "IVXL".contains(c));
    lower || upper
}

/// How deep a dotted number is: "4" is 1, "4.2" is 2, "4.2.1." is 3; 0 for anything else.
pub fn depth(label: &str) -> usize {
    let body = label.trim_end_matches(['.', ')']);
    if is_clause_number(body) {
        body.split('.').count()
    } else {
        0
    }
}

/// Whether `child` is numbered under `parent`: "4.1" under "4." or "4", "4.2.1" under "4.2".
pub fn is_under(parent: &str, child: &str) -> bool {
    let parent = parent.trim_end_matches('.');
    let child = child.trim_end_matches('.');
    is_clause_number(parent)
        && is_clause_number(child)
        && child.len() > parent.len()
        && child.starts_with(parent)
        && child[parent.len()..].starts_with('.')
}
