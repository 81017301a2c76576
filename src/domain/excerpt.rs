//! A long text shortened for a screen: the parts that matter (what an assessor quoted, the words
//! the evidence finder matched) are kept with some words around them, and what is left out shows
//! as "…". Cuts fall between words, and a kept passage starts where a sentence starts when one
//! starts close by, so it reads as text, not as a fragment.
//!
//! Also where a quote sits in the text it was quoted from ([`quote_ranges`]), which is how a
//! quote shorter than its clause is found to be marked.
//!
//! Ranges are byte ranges of the text; nothing here panics, whatever the ranges given.

use std::ops::Range;

use super::case::lower_char;
use super::sorting::sort_by_key;

/// One piece of an excerpt, in reading order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    /// Text as it is.
    Text(String),
    /// Text to mark: a quote, a matched word.
    Mark(String),
    /// Text left out (shown as "…").
    Gap,
}

/// Between two kept passages, a gap of this many characters or fewer is kept too: "…" in place of
/// three words saves nothing and reads worse.
const SMALL_GAP: usize = 16;

/// `text` shortened to about `max_chars` characters around `marks`, which are marked. A text that
/// fits is kept whole. With no marks, its beginning is kept. Marks are kept in text order while
/// they fit (the first always, cut short if it alone is too long); the characters left over are
/// shared out as words around each, a third before and two thirds after.
pub fn excerpt(text: &str, marks: &[Range<usize>], max_chars: usize) -> Vec<Part> {
    let max_chars = max_chars.max(1);
    let marks = clean(text, marks);
    // One passage is a Vec of one range, not a range of numbers.
    let passage = |range: Range<usize>| vec![range];
    let windows = if text.chars().count() <= max_chars {
        passage(0..text.len())
    } else if marks.is_empty() {
        passage(0..end_within(text, 0, max_chars))
    } else {
        around(text, &marks, max_chars)
    };
    render(text, &marks, &windows)
}

/// Marks inside the text, on character boundaries, non-empty, sorted, with overlapping and touching
/// ones merged.
fn clean(text: &str, marks: &[Range<usize>]) -> Vec<Range<usize>> {
    let usable = |r: &&Range<usize>| {
        r.start < r.end
            && r.end <= text.len()
            && text.is_char_boundary(r.start)
            && text.is_char_boundary(r.end)
    };
    merged(marks.iter().filter(usable).cloned().collect())
}

/// `ranges` in order, with overlapping and touching ones joined.
pub fn merged(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    sort_by_key(&mut ranges, |r| (r.start, r.end));
    let mut joined: Vec<Range<usize>> = Vec::new();
    for range in ranges {
        match joined.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => joined.push(range),
        }
    }
    joined
}

/// The passages to keep around the marks that fit in `max_chars`.
fn around(text: &str, marks: &[Range<usize>], max_chars: usize) -> Vec<Range<usize>> {
    let length = |r: &Range<usize>| text[r.clone()].chars().count();
    let first = &marks[0];
    if length(first) >= max_chars {
        let cut = first.start..end_within(text, first.start, max_chars);
        return vec![cut];
    }
    let mut used = 0;
    let kept: Vec<&Range<usize>> = marks
        .iter()
        .take_while(|mark| {
            let fits = used + length(mark) <= max_chars;
            used += length(mark);
            fits
        })
        .collect();
    let share = (max_chars - kept.iter().map(|m| length(m)).sum::<usize>()) / kept.len();
    let mut windows: Vec<Range<usize>> = Vec::new();
    for mark in kept {
        let mut start = start_before(text, mark.start, share / 3, share * 2 / 3, false);
        let before = text[start..mark.start].chars().count();
        let end = end_within(text, mark.end, share.saturating_sub(before));
        // A mark near the end leaves characters unused after it: they go before it instead.
        let after = text[mark.end..end].chars().count();
        if !text[end..].chars().any(char::is_alphanumeric) && before + after < share {
            start = start_before(text, mark.start, share - after, share - after, true);
        }
        let window = start..end;
        match windows.last_mut() {
            Some(last)
                if text.get(last.end..window.start).is_none_or(|gap| gap.chars().count() <= SMALL_GAP) =>
            {
                last.end = last.end.max(window.end);
            }
            _ => windows.push(window),
        }
    }
    windows
}

/// Byte index `chars` characters after `from` (or the end).
fn forward(text: &str, from: usize, chars: usize) -> usize {
    text[from..].char_indices().nth(chars).map_or(text.len(), |(at, _)| from + at)
}

/// Byte index `chars` characters before `to` (or the start).
fn backward(text: &str, to: usize, chars: usize) -> usize {
    if chars == 0 {
        return to;
    }
    text[..to].char_indices().rev().nth(chars - 1).map_or(0, |(at, _)| at)
}

/// Where a passage that must reach `from` and may take `chars` characters ends: after a sentence
/// or before a comma, semicolon or colon in its last third, so it stops at a pause; else at the
/// end of the last whole word that fits (or mid-word, for a single word longer than the passage).
fn end_within(text: &str, from: usize, chars: usize) -> usize {
    let limit = forward(text, from, chars);
    if limit == text.len() {
        return limit;
    }
    let pause_from = forward(text, from, chars * 2 / 3);
    let mut pause = None;
    let mut chars_after = text[pause_from..limit].char_indices().map(|(i, c)| (pause_from + i, c)).peekable();
    while let Some((at, c)) = chars_after.next() {
        let next_is_space = chars_after
            .peek()
            .map_or(text[limit..].starts_with(char::is_whitespace), |&(_, n)| n.is_whitespace());
        if next_is_space && ".!?".contains(c) {
            pause = Some(at + c.len_utf8());
        } else if next_is_space && ",;:".contains(c) {
            pause = Some(at);
        }
    }
    if let Some(pause) = pause.filter(|&p| p > from) {
        return pause;
    }
    if text[limit..].starts_with(char::is_whitespace) {
        return limit;
    }
    match text[from..limit].rfind(char::is_whitespace) {
        Some(space) if space > 0 => from + space,
        _ => limit,
    }
}

/// Where a passage that must reach back to `to` starts: at the start of the sentence `to` is in
/// (or with `earliest`, of the first sentence) when that is at most `reach` characters back, else
/// at the first whole word of the `chars` characters before it.
fn start_before(text: &str, to: usize, chars: usize, reach: usize, earliest: bool) -> usize {
    let far = backward(text, to, reach.max(chars));
    let mut sentence = None;
    let mut word = None;
    let near = backward(text, to, chars);
    let mut previous: Option<char> = text[..far].chars().next_back();
    let mut after_stop = text[..far].trim_end().chars().next_back().is_none_or(|c| ".;:!?".contains(c));
    for (at, c) in text[far..to].char_indices().map(|(i, c)| (far + i, c)).chain(std::iter::once((to, 'x'))) {
        let begins_word = !c.is_whitespace() && previous.is_none_or(char::is_whitespace);
        if begins_word {
            // Filling, the sentence the mark starts is no start: it would leave the room unused.
            if after_stop && !(earliest && (sentence.is_some() || at == to)) {
                sentence = Some(at);
            }
            if at >= near && word.is_none() {
                word = Some(at);
            }
        }
        if !c.is_whitespace() {
            after_stop = ".;:!?".contains(c);
        }
        previous = Some(c);
    }
    if near == 0 {
        return 0;
    }
    sentence.or(word).unwrap_or(to)
}

/// A clause's text shortened as [`excerpt`] does, without the label it may start with ("14. …"
/// where the label is "14", as in text pasted before documents were kept): the label is shown
/// beside it already. `marks` are ranges of the whole text.
pub fn clause_excerpt(label: &str, text: &str, marks: &[Range<usize>], max_chars: usize) -> Vec<Part> {
    let skip = label_length(label, text);
    let shifted: Vec<Range<usize>> =
        marks.iter().filter(|m| m.end > skip).map(|m| m.start.max(skip) - skip..m.end - skip).collect();
    excerpt(&text[skip..], &shifted, max_chars)
}

/// How many bytes of `text` its label takes at the start, with a closing "." or ")" and the white
/// space after it; 0 when the text does not start with the label and a break.
pub fn label_length(label: &str, text: &str) -> usize {
    let label = label.trim();
    let Some(rest) = text.strip_prefix(label).filter(|_| !label.is_empty()) else { return 0 };
    let rest_after_stop = rest.strip_prefix(['.', ')']).unwrap_or(rest);
    let body = rest_after_stop.trim_start();
    if body.len() == rest_after_stop.len() || body.is_empty() {
        return 0;
    }
    text.len() - body.len()
}

/// Characters for each of `items` excerpts sharing `total`, but no fewer than `least` and no
/// more than `most`: a few cited clauses show more of their text than many do.
pub fn share_of(total: usize, items: usize, least: usize, most: usize) -> usize {
    (total / items.max(1)).clamp(least.min(most), most)
}

/// The kept passages as parts, marks marked, "…" where text was left out.
fn render(text: &str, marks: &[Range<usize>], windows: &[Range<usize>]) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut done = 0;
    for window in windows {
        let window = trimmed(text, window.clone());
        if window.is_empty() {
            continue;
        }
        if !text[done..window.start].trim().is_empty() {
            parts.push(Part::Gap);
        }
        let mut at = window.start;
        for mark in marks {
            let (start, end) = (mark.start.max(window.start), mark.end.min(window.end));
            if start >= end {
                continue;
            }
            if at < start {
                parts.push(Part::Text(text[at..start].to_string()));
            }
            parts.push(Part::Mark(text[start..end].to_string()));
            at = end;
        }
        if at < window.end {
            parts.push(Part::Text(text[at..window.end].to_string()));
        }
        done = window.end;
    }
    if !text[done..].trim().is_empty() {
        parts.push(Part::Gap);
    }
    parts
}

/// `range` without the white space at either end.
fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let inner = &text[range.clone()];
    let start = range.start + (inner.len() - inner.trim_start().len());
    let end = range.end - (inner.len() - inner.trim_end().len());
    start..end.max(start)
}

/// Where `quote` sits in `text`, one range per passage: a quote may leave words out with "…" or
/// "...", and each passage is found after the one before. Case and white space are ignored, and
/// quotation marks and ellipses around the quote. Empty when a passage is not in the text (the
/// quote was typed from memory, or the text has changed since).
pub fn quote_ranges(text: &str, quote: &str) -> Vec<Range<usize>> {
    let (haystack, places) = normalised(text);
    let mut found = Vec::new();
    let mut from = 0;
    for passage in quote.split(['…']).flat_map(|p| p.split("...")) {
        let needle = normalised(trim_quote(passage)).0;
        if needle.is_empty() {
            continue;
        }
        let Some(offset) = haystack[from..].find(&needle) else { return Vec::new() };
        let start = from + offset;
        let end = start + needle.len();
        let first = haystack[..start].chars().count();
        let count = needle.chars().count();
        let (Some(a), Some(b)) = (places.get(first), places.get(first + count - 1)) else {
            return Vec::new();
        };
        found.push(a.start..b.end);
        from = end;
    }
    found
}

/// The part of `quote` inside any quotation marks, and ellipses at its ends.
fn trim_quote(quote: &str) -> &str {
    quote.trim_matches(|c: char| {
        c.is_whitespace() || "\"'\u{201c}\u{201d}\u{2018}\u{2019}\u{ab}\u{bb}.…".contains(c)
    })
}

/// The text in lower case with each run of white space one space and none at either end, with the
/// byte range of the original each of its characters stands for.
fn normalised(text: &str) -> (String, Vec<Range<usize>>) {
    let mut out = String::with_capacity(text.len());
    let mut places = Vec::with_capacity(text.len());
    let mut space: Option<Range<usize>> = None;
    for (at, c) in text.char_indices() {
        let here = at..at + c.len_utf8();
        if c.is_whitespace() {
            space = Some(space.map_or(here.clone(), |s| s.start..here.end));
            continue;
        }
        if let Some(run) = space.take().filter(|_| !out.is_empty()) {
            out.push(' ');
            places.push(run);
        }
        out.push(lower_char(c));
        places.push(here);
    }
    (out, places)
}
