//! Lower case for comparing text: names of assessors, search words, column headings.
//!
//! Why not `str::to_lowercase`: it carries Unicode's full case tables into the wasm, 24 KB that
//! barely compress (about 9 KB gzip on every first load). The text compared here is names and
//! English words, so `lower` maps the scripts those are written in by rule: Basic Latin, Latin-1,
//! Latin Extended-A, Latin Extended Additional (Vietnamese and Welsh letters), Greek and Cyrillic.
//! For those letters it gives what `to_lowercase` gives (tested letter by letter); letters of other
//! scripts are left as they are, so they compare as written.

/// `text` with the capital letters of the scripts above made small.
pub fn lower(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars().map(lower_char).collect()
}

/// `text` with its first letter made capital, for a sentence that starts with words we wrote
/// ("section 2", "the weight of criterion \"x\""): those begin in ASCII, so ASCII is enough.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
}

/// One letter made small; characters without a small form here come back unchanged.
pub fn lower_char(c: char) -> char {
    let code = c as u32;
    let small = match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => code + 32,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => code | 1,
        0x139..=0x148 | 0x179..=0x17E if code % 2 == 1 => code + 1,
        0x130 => 0x69,
        0x178 => 0xFF,
        0x1E9E => 0xDF,
        0x370..=0x373 | 0x376 => code | 1,
        0x37F => 0x3F3,
        0x386 => 0x3AC,
        0x388..=0x38A => code + 37,
        0x38C => 0x3CC,
        0x38E | 0x38F => code + 63,
        0x391..=0x3A1 | 0x3A3..=0x3AB => code + 32,
        0x400..=0x40F => code + 80,
        0x410..=0x42F => code + 32,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F => code | 1,
        0x4C1..=0x4CE if code % 2 == 1 => code + 1,
        0x4C0 => 0x4CF,
        _ => code,
    };
    char::from_u32(small).unwrap_or(c)
}
