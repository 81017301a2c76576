//! Messages with slots: `{name}` stands for a value given when the message is shown, so a sentence
//! is translated whole and each language puts the value where its grammar wants it.

/// One piece of a message: text, or a slot for a value (or an element, such as a link or `<code>`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part<'a> {
    Text(&'a str),
    Slot(&'a str),
}

/// The message in pieces, in order. A `{` that does not open a slot (`{ }`, `{1x}`, an unclosed
/// one) is text.
pub fn parts(message: &str) -> Vec<Part<'_>> {
    let mut pieces = Vec::new();
    let mut rest = message;
    let mut text_start = 0;
    let mut at = 0;
    while let Some(open) = rest[at..].find('{').map(|i| at + i) {
        match slot_name(&rest[open + 1..]) {
            Some(name) => {
                if open > text_start {
                    pieces.push(Part::Text(&rest[text_start..open]));
                }
                pieces.push(Part::Slot(name));
                at = open + name.len() + 2;
                text_start = at;
            }
            None => at = open + 1,
        }
        if at >= rest.len() {
            break;
        }
    }
    rest = &rest[text_start..];
    if !rest.is_empty() {
        pieces.push(Part::Text(rest));
    }
    pieces
}

/// `name` when `after` starts with `name}` and the name is a letter followed by letters, digits or `_`.
fn slot_name(after: &str) -> Option<&str> {
    let close = after.find('}')?;
    let name = &after[..close];
    let mut chars = name.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic() && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')).then_some(name)
}

/// The message with each named slot replaced by its value. A slot without a value is kept as
/// written, so a missing value shows rather than silently vanishing.
pub fn fill(message: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(message.len() + 16);
    for part in parts(message) {
        match part {
            Part::Text(text) => out.push_str(text),
            Part::Slot(name) => match values.iter().find(|(n, _)| *n == name) {
                Some((_, value)) => out.push_str(value),
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            },
        }
    }
    out
}

/// The slot names of a message, sorted and without repeats: each translation must have the same.
pub fn slot_names(message: &str) -> Vec<&str> {
    let mut names: Vec<&str> = parts(message)
        .into_iter()
        .filter_map(|p| if let Part::Slot(n) = p { Some(n) } else { None })
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}
