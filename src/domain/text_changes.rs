//! What changed in the text between two specifications: the clauses added, removed and reworded,
//! and for a reworded clause the words that changed. Part of a comparison (`domain::comparison`).
//!
//! Clauses are matched in three passes, surest first:
//! 1. **the same words** (spacing aside): unchanged, even if renumbered; among several clauses with
//!    the same words, the one with the same label is taken first;
//! 2. **the same label** with enough words in common ([`LABEL_LIKENESS`]): reworded;
//! 3. **enough words in common** ([`TEXT_LIKENESS`]) among the clauses still unmatched, near each
//!    other in reading order: reworded (and renumbered).
//!
//! Passes 1 and 2 are hash-map look-ups; pass 3 compares only the clauses left over, each with a
//! window of its neighbours, and words are diffed only for reworded clauses. So two texts of 2,000
//! clauses compare in time close to linear in their length.

use std::collections::HashMap;

use super::case::lower;
use super::document::Clause;
use super::excerpt::label_length;
use super::sorting;

/// A clause under the same label is taken as reworded when at least this share of words is common
/// (Dice's coefficient over the words): a low bar, as the label already says it is the same clause.
pub const LABEL_LIKENESS: f64 = 0.2;

/// A clause under another label is taken as reworded only when at least this share is common.
pub const TEXT_LIKENESS: f64 = 0.5;

/// Pass 3 compares every leftover pair when there are at most this many pairs; beyond that each
/// clause is compared only with [`WINDOW`] leftover clauses either side of its place.
const ALL_PAIRS: usize = 40_000;
const WINDOW: usize = 25;

/// Above this many cells (words before times words after, once the common start and end are set
/// aside) a clause's words are shown as all removed and all added rather than diffed word by word.
const MAX_DIFF_CELLS: usize = 1_000_000;

/// How two specification texts differ.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TextChanges {
    /// Added, removed and reworded clauses, in reading order (a removed clause where it stood).
    pub changes: Vec<ClauseChange>,
    /// Clauses with the same words in both texts, renumbered ones included.
    pub unchanged: usize,
    /// Of those, the ones under another label in the later text.
    pub renumbered: usize,
    /// The earlier text's clause ids matched to the later text's (unchanged or reworded).
    matched: HashMap<u32, u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    Added,
    Removed,
    Reworded,
}

/// A clause as a change names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClauseRef {
    pub id: u32,
    pub label: String,
    pub page: Option<u32>,
}

/// One clause added, removed or reworded.
#[derive(Clone, Debug, PartialEq)]
pub struct ClauseChange {
    pub kind: ChangeKind,
    /// The clause in the earlier text (None when added).
    pub before: Option<ClauseRef>,
    /// The clause in the later text (None when removed).
    pub after: Option<ClauseRef>,
    /// The words: for a reworded clause, runs kept, removed and added; for an added or removed
    /// clause, one run of its words.
    pub words: Vec<WordRun>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordChange {
    Same,
    Removed,
    Added,
}

/// Consecutive words with the same fate, joined by single spaces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordRun {
    pub change: WordChange,
    pub text: String,
}

impl TextChanges {
    /// The later text's clause that the earlier text's clause `before_id` became, if any.
    pub fn matched(&self, before_id: u32) -> Option<u32> {
        self.matched.get(&before_id).copied()
    }

    pub fn count(&self, kind: ChangeKind) -> usize {
        self.changes.iter().filter(|c| c.kind == kind).count()
    }
}

impl ClauseRef {
    fn of(clause: &Clause) -> Self {
        ClauseRef { id: clause.id, label: clause.label.clone(), page: clause.page }
    }
}

/// Compares the clauses of an earlier text with a later one's.
pub fn text_changes(before: &[Clause], after: &[Clause]) -> TextChanges {
    let before_words: Vec<String> = before.iter().map(words).collect();
    let after_words: Vec<String> = after.iter().map(words).collect();
    let mut pairing = Pairing::new(before.len(), after.len());
    pair_same_words(&mut pairing, before, after, &before_words, &after_words);
    let unchanged: Vec<(usize, usize)> = pairing.pairs();
    let renumbered = unchanged.iter().filter(|&&(b, a)| before[b].label != after[a].label).count();
    let mut likeness = Likeness::new(&before_words, &after_words);
    pair_same_labels(&mut pairing, before, after, &mut likeness);
    pair_similar_words(&mut pairing, &mut likeness);
    let matched = pairing.pairs().into_iter().map(|(b, a)| (before[b].id, after[a].id)).collect();
    TextChanges {
        changes: changes_in_order(&pairing, before, after, &before_words, &after_words),
        unchanged: unchanged.len(),
        renumbered,
        matched,
    }
}

/// A clause's words separated by single spaces (line breaks and double spaces are not rewording),
/// without the label its text may start with ("5. …" under the label 5, as in text pasted before
/// documents were kept): a clause renumbered by an insertion above it has not been reworded.
fn words(clause: &Clause) -> String {
    let text = &clause.text[label_length(&clause.label, &clause.text)..];
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Which clause of each text is matched to which of the other.
struct Pairing {
    /// For each earlier clause, the later clause it is matched to.
    to_after: Vec<Option<usize>>,
    /// For each later clause, the earlier clause.
    to_before: Vec<Option<usize>>,
}

impl Pairing {
    fn new(before: usize, after: usize) -> Self {
        Pairing { to_after: vec![None; before], to_before: vec![None; after] }
    }

    fn pair(&mut self, before: usize, after: usize) {
        self.to_after[before] = Some(after);
        self.to_before[after] = Some(before);
    }

    fn pairs(&self) -> Vec<(usize, usize)> {
        self.to_after.iter().enumerate().filter_map(|(b, a)| a.map(|a| (b, a))).collect()
    }

    fn unmatched_before(&self) -> Vec<usize> {
        (0..self.to_after.len()).filter(|&b| self.to_after[b].is_none()).collect()
    }

    fn unmatched_after(&self) -> Vec<usize> {
        (0..self.to_before.len()).filter(|&a| self.to_before[a].is_none()).collect()
    }
}

/// Pass 1: clauses with the same words. Each later clause takes an unmatched earlier one with its
/// words, under its own label if there is one, else the first in reading order.
fn pair_same_words(
    pairing: &mut Pairing,
    before: &[Clause],
    after: &[Clause],
    before_words: &[String],
    after_words: &[String],
) {
    let mut by_words: HashMap<&str, Vec<usize>> = HashMap::new();
    for (b, words) in before_words.iter().enumerate() {
        by_words.entry(words.as_str()).or_default().push(b);
    }
    for (a, words) in after_words.iter().enumerate() {
        let Some(candidates) = by_words.get_mut(words.as_str()) else { continue };
        let same_label = candidates.iter().position(|&b| before[b].label == after[a].label);
        if let Some(at) = same_label.or(if candidates.is_empty() { None } else { Some(0) }) {
            pairing.pair(candidates.remove(at), a);
        }
    }
}

/// Pass 2: an unmatched later clause and an unmatched earlier one under the same label, with
/// enough words in common.
fn pair_same_labels(pairing: &mut Pairing, before: &[Clause], after: &[Clause], likeness: &mut Likeness) {
    let mut by_label: HashMap<&str, Vec<usize>> = HashMap::new();
    for b in pairing.unmatched_before() {
        by_label.entry(before[b].label.as_str()).or_default().push(b);
    }
    for a in pairing.unmatched_after() {
        let Some(candidates) = by_label.get_mut(after[a].label.as_str()) else { continue };
        let close = candidates.iter().position(|&b| likeness.between(b, a) >= LABEL_LIKENESS);
        if let Some(at) = close {
            pairing.pair(candidates.remove(at), a);
        }
    }
}

/// Pass 3: the most alike pairs among the clauses left, best first, each clause used once.
fn pair_similar_words(pairing: &mut Pairing, likeness: &mut Likeness) {
    let (left_before, left_after) = (pairing.unmatched_before(), pairing.unmatched_after());
    if left_before.is_empty() || left_after.is_empty() {
        return;
    }
    let all = left_before.len().saturating_mul(left_after.len()) <= ALL_PAIRS;
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (rank, &a) in left_after.iter().enumerate() {
        // Where this clause would stand among the earlier leftovers, were the texts in step.
        let centre = rank * left_before.len() / left_after.len();
        let (from, to) = if all {
            (0, left_before.len())
        } else {
            (centre.saturating_sub(WINDOW), (centre + WINDOW + 1).min(left_before.len()))
        };
        for &b in &left_before[from..to] {
            let score = likeness.between(b, a);
            if score >= TEXT_LIKENESS {
                candidates.push((score, b, a));
            }
        }
    }
    // Best first; ties in reading order, so the result never depends on the sort.
    sorting::sort_by(&mut candidates, |x, y| {
        y.0.total_cmp(&x.0).then_with(|| x.2.cmp(&y.2)).then_with(|| x.1.cmp(&y.1))
    });
    for (_, b, a) in candidates {
        if pairing.to_after[b].is_none() && pairing.to_before[a].is_none() {
            pairing.pair(b, a);
        }
    }
}

/// How alike two clauses' words are, with each clause's sorted lower-case words made once, when
/// first needed (most clauses match in pass 1 and never need them).
struct Likeness<'a> {
    before: &'a [String],
    after: &'a [String],
    before_bags: Vec<Option<Vec<String>>>,
    after_bags: Vec<Option<Vec<String>>>,
}

impl<'a> Likeness<'a> {
    fn new(before: &'a [String], after: &'a [String]) -> Self {
        Likeness { before, after, before_bags: vec![None; before.len()], after_bags: vec![None; after.len()] }
    }

    /// Dice's coefficient over the two clauses' words: twice the words in common over all words.
    fn between(&mut self, b: usize, a: usize) -> f64 {
        let before = self.before_bags[b].get_or_insert_with(|| bag(&self.before[b]));
        let after = self.after_bags[a].get_or_insert_with(|| bag(&self.after[a]));
        let total = before.len() + after.len();
        if total == 0 {
            return 1.0;
        }
        2.0 * common(before, after) as f64 / total as f64
    }
}

fn bag(text: &str) -> Vec<String> {
    let mut words: Vec<String> = lower(text).split_whitespace().map(str::to_string).collect();
    sorting::sort(&mut words);
    words
}

/// How many words two sorted lists share, counting repeats.
fn common(x: &[String], y: &[String]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// The changes in the later text's reading order. Clauses removed between two clauses kept come
/// where they stood, before any clauses added there (as a reader of a marked-up copy expects).
fn changes_in_order(
    pairing: &Pairing,
    before: &[Clause],
    after: &[Clause],
    before_words: &[String],
    after_words: &[String],
) -> Vec<ClauseChange> {
    let removed = |b: usize| ClauseChange {
        kind: ChangeKind::Removed,
        before: Some(ClauseRef::of(&before[b])),
        after: None,
        words: vec![WordRun { change: WordChange::Removed, text: before_words[b].clone() }],
    };
    // For each later clause, the earlier clause matched to it or to the next matched one after it.
    let mut next_match = vec![before.len(); after.len() + 1];
    for a in (0..after.len()).rev() {
        next_match[a] = pairing.to_before[a].unwrap_or(next_match[a + 1]);
    }
    let mut out = Vec::new();
    let mut next_before = 0;
    for (a, clause) in after.iter().enumerate() {
        let upto = next_match[a].max(next_before);
        out.extend((next_before..upto).filter(|&b| pairing.to_after[b].is_none()).map(removed));
        next_before = upto;
        match pairing.to_before[a] {
            None => out.push(ClauseChange {
                kind: ChangeKind::Added,
                before: None,
                after: Some(ClauseRef::of(clause)),
                words: vec![WordRun { change: WordChange::Added, text: after_words[a].clone() }],
            }),
            Some(b) => {
                next_before = next_before.max(b + 1);
                if before_words[b] != after_words[a] {
                    out.push(ClauseChange {
                        kind: ChangeKind::Reworded,
                        before: Some(ClauseRef::of(&before[b])),
                        after: Some(ClauseRef::of(clause)),
                        words: word_diff(&before_words[b], &after_words[a]),
                    });
                }
            }
        }
    }
    out.extend((next_before..before.len()).filter(|&b| pairing.to_after[b].is_none()).map(removed));
    out
}

/// The words of `after` against those of `before`: runs kept, removed and added, in order, with
/// a removed run before the added run that replaced it. Words are compared exactly (case and
/// punctuation count); the longest common subsequence of words is kept.
pub fn word_diff(before: &str, after: &str) -> Vec<WordRun> {
    let x: Vec<&str> = before.split_whitespace().collect();
    let y: Vec<&str> = after.split_whitespace().collect();
    let start = x.iter().zip(&y).take_while(|(p, q)| p == q).count();
    let end = x[start..].iter().rev().zip(y[start..].iter().rev()).take_while(|(p, q)| p == q).count();
    let (mid_x, mid_y) = (&x[start..x.len() - end], &y[start..y.len() - end]);
    let mut steps: Vec<(WordChange, &str)> = x[..start].iter().map(|w| (WordChange::Same, *w)).collect();
    steps.extend(middle_steps(mid_x, mid_y));
    steps.extend(x[x.len() - end..].iter().map(|w| (WordChange::Same, *w)));
    runs(steps)
}

/// The steps from `x` to `y` along a longest common subsequence (a table of suffix lengths),
/// or all removed then all added when the table would be too big.
fn middle_steps<'w>(x: &[&'w str], y: &[&'w str]) -> Vec<(WordChange, &'w str)> {
    let (n, m) = (x.len(), y.len());
    if n.saturating_mul(m) > MAX_DIFF_CELLS {
        let mut steps: Vec<(WordChange, &str)> = x.iter().map(|w| (WordChange::Removed, *w)).collect();
        steps.extend(y.iter().map(|w| (WordChange::Added, *w)));
        return steps;
    }
    // lengths[i * (m + 1) + j]: the longest common subsequence of x[i..] and y[j..]. Within the
    // cell limit the shorter side has at most 1,000 words, so u16 cannot overflow.
    let width = m + 1;
    let mut lengths = vec![0u16; (n + 1) * width];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lengths[i * width + j] = if x[i] == y[j] {
                lengths[(i + 1) * width + j + 1] + 1
            } else {
                lengths[(i + 1) * width + j].max(lengths[i * width + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut steps = Vec::with_capacity(n + m);
    while i < n || j < m {
        if i < n && j < m && x[i] == y[j] {
            steps.push((WordChange::Same, x[i]));
            i += 1;
            j += 1;
        } else if j == m || (i < n && lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
            steps.push((WordChange::Removed, x[i]));
            i += 1;
        } else {
            steps.push((WordChange::Added, y[j]));
            j += 1;
        }
    }
    steps
}

/// Steps grouped into runs: between two kept runs, everything removed, then everything added.
fn runs(steps: Vec<(WordChange, &str)>) -> Vec<WordRun> {
    let mut out: Vec<WordRun> = Vec::new();
    let (mut removed, mut added): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    for (change, word) in steps {
        match change {
            WordChange::Removed => removed.push(word),
            WordChange::Added => added.push(word),
            WordChange::Same => {
                flush(&mut out, &mut removed, &mut added);
                match out.last_mut() {
                    Some(run) if run.change == WordChange::Same => {
                        run.text.push(' ');
                        run.text.push_str(word);
                    }
                    _ => out.push(WordRun { change, text: word.to_string() }),
                }
            }
        }
    }
    flush(&mut out, &mut removed, &mut added);
    out
}

/// Ends a stretch of changed words: its removed run, then its added run.
fn flush<'w>(out: &mut Vec<WordRun>, removed: &mut Vec<&'w str>, added: &mut Vec<&'w str>) {
    for (change, words) in [(WordChange::Removed, removed), (WordChange::Added, added)] {
        if !words.is_empty() {
            out.push(WordRun { change, text: words.join(" ") });
            words.clear();
        }
    }
}
