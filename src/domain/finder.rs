//! The evidence finder's matcher: which clauses of a specification use a criterion's search terms,
//! where in each clause, and which terms no clause uses. When a criterion is one the specification
//! is *silent on* is decided in `domain::silence`, with [`Terms::occur_in`].
//!
//! Matching ignores case and accents, so a Welsh word is found however it is typed ("Gŵyl",
//! "gwyl"): text and terms are folded alike, by canonical decomposition with the combining marks
//! dropped, then full Unicode lower case. Not `case::lower`, which keeps accents (names are told
//! apart by them). The Unicode tables come from outside through
//! [`Fold`]: the page uses the browser's own (`browser::fold`), which cost it nothing, where
//! `unicode-normalization`'s would cost about 39 KB gzip of wasm (28 KB for decomposition and
//! combining marks, 11 KB for full lower case, measured after wasm-opt -Oz); native code and the
//! tests use [`UnicodeFold`], and a browser test checks that the two agree.
//!
//! Words are runs of letters and digits; anything else, apostrophes included, separates them, so
//! "women's" holds the word "women". A term matches whole words only ("men" is not in "women"):
//! - a term is one or more words, separated by spaces or hyphens; a `*` closing the last word
//!   makes it a prefix ("co-produc*" finds "co-production" and "co-produced");
//! - a phrase matches consecutive words, across a line break but not across a blank line;
//! - a hyphen joins: a term's hyphenated words also match written as one ("gender-specific"
//!   finds "genderspecific"), and so do a text's words broken at a hyphen ("co-\nproduction" is
//!   found by "coproduction"), which is how a word wrapped at a line end arrives from a PDF.
//!
//! Hits are byte ranges of the original text, whole words from the first matched to the last, so
//! the page can highlight them. Nothing here panics, whatever the text or the terms.

use std::collections::BTreeMap;
use std::ops::Range;

use super::document::Clause;
use super::excerpt::merged;
use super::framework::Criterion;
use super::sorting::sort_by_key;

/// Longer terms are refused: a search term is a few words, and a hostile framework file with a
/// huge term would make every word of every clause a long comparison.
pub const MAX_TERM_CHARS: usize = 120;

/// Why a search term cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TermError {
    /// Blank, or no letters or digits at all ("--", "'").
    Empty,
    /// A `*` anywhere but straight after the last word ("*", "co*op", "care *").
    Wildcard,
    /// More than `MAX_TERM_CHARS` characters.
    TooLong,
}

/// Folding for comparison: accents dropped, then lower case. Only words with a character outside
/// ASCII are handed over (ASCII is folded here, and is most words), so a fold that calls out to the
/// browser is called rarely.
pub trait Fold {
    /// True for a combining mark: an accent typed as a character of its own ("w" then U+0302),
    /// which belongs to the word it follows.
    fn is_mark(&self, c: char) -> bool;
    /// `word` with its accents dropped (canonical decomposition, marks left out), in lower case.
    fn fold(&self, word: &str) -> String;
}

/// [`Fold`] by the `unicode-normalization` crate and the standard library's lower case: for native
/// code and tests. Not built for the page, which folds with the browser's tables.
#[cfg(not(target_arch = "wasm32"))]
pub struct UnicodeFold;

#[cfg(not(target_arch = "wasm32"))]
impl Fold for UnicodeFold {
    fn is_mark(&self, c: char) -> bool {
        unicode_normalization::char::is_combining_mark(c)
    }

    /// Each character is decomposed on its own rather than through `nfd()`: with every combining
    /// mark dropped, NFD's reordering of marks changes nothing.
    fn fold(&self, word: &str) -> String {
        let mut bare = String::with_capacity(word.len());
        for c in word.chars() {
            unicode_normalization::char::decompose_canonical(c, |part| {
                if !self.is_mark(part) {
                    bare.push(part);
                }
            });
        }
        bare.to_lowercase()
    }
}

impl TermError {
    /// What is wrong with `term` and what to do, as one sentence for the user.
    pub fn explain(self, term: &str) -> String {
        let shown: String = term.trim().chars().take(40).collect();
        match self {
            TermError::Empty => {
                "a search term is empty or has no letters or digits; remove it or type a word".into()
            }
            TermError::Wildcard => format!(
                "the search term \u{201c}{shown}\u{201d} has a * that does not end its last word; \
                 a * may only end a term, as in co-produc*"
            ),
            TermError::TooLong => format!(
                "the search term \u{201c}{shown}\u{201d}\u{2026} is longer than {MAX_TERM_CHARS} characters; \
                 a term is a word or a short phrase"
            ),
        }
    }
}

/// Whether `text` can be a search term, without folding it: what files, spreadsheets and the
/// editor are checked with, so a term that the finder would set aside is refused where it is typed.
pub fn check_term(text: &str) -> Result<(), TermError> {
    let trimmed = text.trim();
    if trimmed.chars().count() > MAX_TERM_CHARS {
        return Err(TermError::TooLong);
    }
    let body = trimmed.strip_suffix('*');
    let closes_word = body.is_none_or(|b| b.chars().next_back().is_some_and(char::is_alphanumeric));
    let body = body.unwrap_or(trimmed);
    if body.contains('*') || !closes_word {
        return Err(TermError::Wildcard);
    }
    if !body.chars().any(char::is_alphanumeric) {
        return Err(TermError::Empty);
    }
    Ok(())
}

/// What separates two words, which decides what may match across it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gap {
    /// A hyphen, perhaps followed by a line break: the two words may be read as one.
    Hyphen,
    /// Spaces, a line break or punctuation: a phrase may cross it.
    Plain,
    /// A blank line: a new paragraph, which no phrase crosses.
    Paragraph,
}

/// One word of a text: its folded form, where it is in the original, and what follows it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Word {
    folded: String,
    range: Range<usize>,
    /// The gap before the next word; `Plain` for the last word (it is never read).
    gap: Gap,
}

/// A text split into folded words once, so that many terms can be looked for in it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Words(Vec<Word>);

impl Words {
    pub fn of(text: &str, fold: &dyn Fold) -> Self {
        // A run of nothing but combining marks folds to nothing: it is no word, and the gap
        // around it belongs to the words either side.
        let spans: Vec<(Range<usize>, String)> = word_spans(text, fold)
            .into_iter()
            .map(|span| (span.clone(), fold_word(&text[span], fold)))
            .filter(|(_, folded)| !folded.is_empty())
            .collect();
        let mut gaps: Vec<Gap> =
            spans.windows(2).map(|pair| gap(&text[pair[0].0.end..pair[1].0.start])).collect();
        gaps.push(Gap::Plain);
        Words(spans.into_iter().zip(gaps).map(|((range, folded), gap)| Word { folded, range, gap }).collect())
    }
}

/// The byte ranges of the runs of word characters in `text`.
fn word_spans(text: &str, fold: &dyn Fold) -> Vec<Range<usize>> {
    let mut spans: Vec<Range<usize>> = Vec::new();
    let mut open: Option<usize> = None;
    for (at, c) in text.char_indices() {
        match (is_word_char(c, fold), open) {
            (true, None) => open = Some(at),
            (false, Some(start)) => {
                spans.push(start..at);
                open = None;
            }
            _ => {}
        }
    }
    if let Some(start) = open {
        spans.push(start..text.len());
    }
    spans
}

/// Letters and digits of any script, and combining marks: text typed in decomposed form
/// ("w" and U+0302 for "ŵ") must not be split at the accent.
fn is_word_char(c: char, fold: &dyn Fold) -> bool {
    c.is_alphanumeric() || (!c.is_ascii() && !is_punctuation_block(c) && fold.is_mark(c))
}

/// Latin-1's punctuation and General Punctuation (curly quotes, dashes, bullets), where Unicode
/// has no combining mark: the fold is not asked about them, which in the page is a call to the
/// browser for each curly apostrophe.
fn is_punctuation_block(c: char) -> bool {
    matches!(c, '\u{A0}'..='\u{BF}' | '\u{2000}'..='\u{206F}')
}

/// Hyphens that join a word: the ASCII hyphen-minus, the soft hyphen PDFs leave at a line end,
/// and Unicode's hyphen and non-breaking hyphen. Not dashes: those separate clauses of a sentence.
const HYPHENS: [char; 4] = ['-', '\u{AD}', '\u{2010}', '\u{2011}'];

/// What the characters between two words amount to.
fn gap(between: &str) -> Gap {
    // Most words are followed by one space.
    if between == " " {
        return Gap::Plain;
    }
    if line_breaks(between) >= 2 {
        return Gap::Paragraph;
    }
    let mut chars = between.chars();
    let hyphen = chars.next().is_some_and(|c| HYPHENS.contains(&c));
    if hyphen && chars.all(char::is_whitespace) {
        Gap::Hyphen
    } else {
        Gap::Plain
    }
}

/// Line breaks in `s`: "\r\n" counts once, a paragraph separator twice (it ends a paragraph).
fn line_breaks(s: &str) -> usize {
    let mut breaks = 0;
    let mut after_cr = false;
    for c in s.chars() {
        breaks += match c {
            // The "\n" of a "\r\n" was counted with its "\r".
            '\n' if after_cr => 0,
            '\n' | '\r' | '\u{85}' | '\u{2028}' => 1,
            '\u{2029}' => 2,
            _ => 0,
        };
        after_cr = c == '\r';
    }
    breaks
}

/// A word as it is compared: ASCII here, anything else by `fold`.
fn fold_word(word: &str, fold: &dyn Fold) -> String {
    fold_text(word, fold)
}

/// Any text folded as the finder folds words, accents dropped and in lower case: ASCII here,
/// anything else by `fold`. For comparing a query with text where words are not matched whole
/// (the Frameworks page filter).
pub fn fold_text(text: &str, fold: &dyn Fold) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        fold.fold(text)
    }
}

/// One search term, parsed: what matching compares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// As written, for listing to the user.
    text: String,
    words: Words,
    /// Whether the last word is a prefix (`*`).
    prefix: bool,
}

impl Term {
    pub fn parse(text: &str, fold: &dyn Fold) -> Result<Term, TermError> {
        let trimmed = text.trim();
        if trimmed.chars().count() > MAX_TERM_CHARS {
            return Err(TermError::TooLong);
        }
        let (body, prefix) = match trimmed.strip_suffix('*') {
            Some(body) => (body, true),
            None => (trimmed, false),
        };
        // The star must close a word: "care *" and "*" have nothing to extend.
        let closes_word = body.chars().next_back().is_some_and(|c| is_word_char(c, fold));
        if body.contains('*') || (prefix && !closes_word) {
            return Err(TermError::Wildcard);
        }
        let words = Words::of(body, fold);
        if words.0.is_empty() {
            return Err(TermError::Empty);
        }
        Ok(Term { text: trimmed.to_string(), words: without_paragraphs(words), prefix })
    }

    /// The term as written (trimmed).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Where the term occurs in `words`, as ranges of the original text, in order. Occurrences do
    /// not overlap: the search goes on after the last word of each.
    pub fn hits(&self, words: &Words) -> Vec<Range<usize>> {
        let mut hits = Vec::new();
        let mut start = 0;
        while start < words.0.len() {
            match self.match_at(&words.0, start) {
                Some(last) => {
                    hits.push(words.0[start].range.start..words.0[last].range.end);
                    start = last + 1;
                }
                None => start += 1,
            }
        }
        hits
    }

    /// Where the term occurs in a whole [`Corpus`], as (clause place, range) in document order:
    /// what [`Term::hits`] gives clause by clause, looking only at the words a match can start at.
    fn hits_in(&self, corpus: &Corpus) -> Vec<(usize, Range<usize>)> {
        let mut hits = Vec::new();
        // Occurrences do not overlap: the next may start after the last word of the one before.
        let mut free_from = (0, 0);
        for (clause, start) in corpus.starts(self.first_word()) {
            if (clause, start) < free_from {
                continue;
            }
            let words = &corpus.clauses[clause].1 .0;
            if let Some(last) = self.match_at(words, start) {
                hits.push((clause, words[start].range.start..words[last].range.end));
                free_from = (clause, last + 1);
            }
        }
        hits
    }

    /// Whether the term occurs anywhere in `corpus`: stops at the first occurrence.
    fn occurs_in(&self, corpus: &Corpus) -> bool {
        corpus
            .starts(self.first_word())
            .into_iter()
            .any(|(clause, start)| self.match_at(&corpus.clauses[clause].1 .0, start).is_some())
    }

    /// The first word, folded (a parsed term has at least one).
    fn first_word(&self) -> &str {
        self.words.0.first().map_or("", |word| word.folded.as_str())
    }

    /// Whether the term occurs in the text starting at word `start`; if so, the index of the last
    /// word it covers.
    fn match_at(&self, text: &[Word], start: usize) -> Option<usize> {
        // Most words do not start with the term's first letter: skip them before walking any
        // characters (a term's first token is always its first letter, which must match).
        let first = self.words.0.first()?.folded.chars().next()?;
        if !text.get(start)?.folded.starts_with(first) {
            return None;
        }
        let mut term = tokens(&self.words.0).peekable();
        let mut text = tokens(text.get(start..)?).map(|(i, token)| (start + i, token)).peekable();
        let mut last = start;
        while let (Some(&(_, t)), Some(&(at, x))) = (term.peek(), text.peek()) {
            let (term_moves, text_moves) = step(t, x)?;
            if term_moves {
                term.next();
            }
            if text_moves {
                text.next();
                last = if matches!(x, Token::Char(_)) { at } else { last };
            }
        }
        self.ends_well(term.peek().is_none(), text.peek().map(|&(_, token)| token), last)
    }

    /// The match stands if the whole term was read and it ends where a word ends (or the term is
    /// a prefix, which ends anywhere in a word, the whole word highlighted).
    fn ends_well(&self, term_read: bool, next: Option<Token>, last: usize) -> Option<usize> {
        let at_word_end = !matches!(next, Some(Token::Char(_)));
        (term_read && (self.prefix || at_word_end)).then_some(last)
    }
}

/// Which of term and text move on past their next tokens (`t`, `x`), or None for no match.
fn step(t: Token, x: Token) -> Option<(bool, bool)> {
    match (t, x) {
        (Token::Char(a), Token::Char(b)) => (a == b).then_some((true, true)),
        // Two word breaks meet: phrases cross any but a paragraph.
        (Token::Gap(_), Token::Gap(gap)) => (gap != Gap::Paragraph).then_some((true, true)),
        // A hyphen in the term may be left out of the text, and the other way round.
        (Token::Gap(Gap::Hyphen), Token::Char(_)) => Some((true, false)),
        (Token::Char(_), Token::Gap(Gap::Hyphen)) => Some((false, true)),
        _ => None,
    }
}

/// A term written over several lines is still one phrase.
fn without_paragraphs(mut words: Words) -> Words {
    for word in &mut words.0 {
        if word.gap == Gap::Paragraph {
            word.gap = Gap::Plain;
        }
    }
    words
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Token {
    Char(char),
    Gap(Gap),
}

/// The words' characters with the gaps between them, each with the index of its word.
fn tokens(words: &[Word]) -> impl Iterator<Item = (usize, Token)> + '_ {
    let last = words.len().saturating_sub(1);
    words.iter().enumerate().flat_map(move |(i, word)| {
        let gap = (i < last).then_some((i, Token::Gap(word.gap)));
        word.folded.chars().map(move |c| (i, Token::Char(c))).chain(gap)
    })
}

/// A criterion's search terms, each parsed once, with the ones that could not be.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Terms {
    terms: Vec<Term>,
    rejected: Vec<(String, TermError)>,
}

impl Terms {
    pub fn new<S: AsRef<str>>(terms: &[S], fold: &dyn Fold) -> Self {
        let mut parsed = Terms::default();
        for text in terms.iter().map(AsRef::as_ref) {
            match Term::parse(text, fold) {
                Ok(term) => parsed.terms.push(term),
                Err(error) => parsed.rejected.push((text.to_string(), error)),
            }
        }
        parsed
    }

    pub fn of(criterion: &Criterion, fold: &dyn Fold) -> Self {
        Terms::new(&criterion.search_terms, fold)
    }

    /// The terms that parsed, in the order given: `Hit::term` and `Findings::unmatched` index it.
    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    /// The terms that did not parse, as written, with why. They are left out of the search.
    pub fn rejected(&self) -> &[(String, TermError)] {
        &self.rejected
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Every hit of every term in `words`, in text order (hits of different terms may overlap).
    pub fn hits(&self, words: &Words) -> Vec<Hit> {
        let mut hits: Vec<Hit> = Vec::new();
        for (term, found) in self.terms.iter().enumerate() {
            hits.extend(found.hits(words).into_iter().map(|range| Hit { range, term }));
        }
        sort_by_key(&mut hits, |hit| (hit.range.start, hit.range.end));
        hits
    }

    /// Whether any term occurs in `words`: stops at the first occurrence, where `hits` finds all.
    pub fn occur_in(&self, words: &Words) -> bool {
        self.terms.iter().any(|term| (0..words.0.len()).any(|start| term.match_at(&words.0, start).is_some()))
    }

    /// Whether any term occurs anywhere in `corpus`: stops at the first occurrence.
    pub fn occur_in_corpus(&self, corpus: &Corpus) -> bool {
        self.terms.iter().any(|term| term.occurs_in(corpus))
    }
}

/// A specification's clauses split into folded words once, with an index of its distinct words,
/// so that each term is compared only where it can start. A term's first word and the text's word
/// where a match starts always agree letter by letter until one of them ends (a hyphen may join or
/// split words, never change a letter), so one is a prefix of the other: the index gives the
/// places of the words that start with the term's first word, and of those it starts with. With
/// 2,000 clauses and 45 criteria that is a few hundred places per term instead of 60,000.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Corpus {
    /// By clause id, in document order.
    clauses: Vec<(u32, Words)>,
    /// Every distinct folded word, sorted, with its places (clause place, word place) in order.
    index: Vec<(String, Vec<(usize, usize)>)>,
}

impl Corpus {
    pub fn new(clauses: Vec<(u32, Words)>) -> Self {
        let mut places: BTreeMap<&str, Vec<(usize, usize)>> = BTreeMap::new();
        for (c, (_, words)) in clauses.iter().enumerate() {
            for (w, word) in words.0.iter().enumerate() {
                places.entry(word.folded.as_str()).or_default().push((c, w));
            }
        }
        let index = places.into_iter().map(|(word, at)| (word.to_string(), at)).collect();
        Corpus { clauses, index }
    }

    /// The clauses of a specification, split with `fold`.
    pub fn of(clauses: &[Clause], fold: &dyn Fold) -> Self {
        Corpus::new(clauses.iter().map(|c| (c.id, Words::of(&c.text, fold))).collect())
    }

    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }

    /// Where a match of a term whose first word is `first` can start, in document order: the
    /// places of words that start with `first` and of words `first` starts with.
    fn starts(&self, first: &str) -> Vec<(usize, usize)> {
        let mut found: Vec<(usize, usize)> = Vec::new();
        let from = self.index.partition_point(|(word, _)| word.as_str() < first);
        for (word, at) in &self.index[from..] {
            if !word.starts_with(first) {
                break;
            }
            found.extend(at);
        }
        for (end, _) in first.char_indices().skip(1) {
            let prefix = &first[..end];
            if let Ok(i) = self.index.binary_search_by(|(word, _)| word.as_str().cmp(prefix)) {
                found.extend(&self.index[i].1);
            }
        }
        sort_by_key(&mut found, |&place| place);
        found
    }
}

/// One occurrence of a term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Byte range in the clause's original text, on character boundaries.
    pub range: Range<usize>,
    /// Index into `Terms::terms`.
    pub term: usize,
}

/// A clause that uses at least one of the terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClauseMatch {
    /// The clause's id (`Clause::id`).
    pub clause: u32,
    /// In text order.
    pub hits: Vec<Hit>,
    /// The distinct terms found, as indices into `Terms::terms`, ascending.
    pub terms: Vec<usize>,
}

impl ClauseMatch {
    /// The hits' ranges with overlapping and touching ones merged: what to highlight.
    pub fn highlights(&self) -> Vec<Range<usize>> {
        merged(self.hits.iter().map(|hit| hit.range.clone()).collect())
    }
}

/// What the finder found for one criterion in one specification.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Findings {
    /// The clauses that match, ranked: more distinct terms first, then more hits, then in
    /// document order.
    pub clauses: Vec<ClauseMatch>,
    /// The terms no clause matched, as indices into `Terms::terms`, ascending.
    pub unmatched: Vec<usize>,
}

impl Findings {
    pub fn clause_count(&self) -> usize {
        self.clauses.len()
    }
}

/// Looks for `terms` in each clause.
pub fn find(terms: &Terms, clauses: &[Clause], fold: &dyn Fold) -> Findings {
    let words: Vec<(u32, Words)> = clauses.iter().map(|c| (c.id, Words::of(&c.text, fold))).collect();
    find_in(terms, &words)
}

/// Looks for `terms` in clauses already split into words (by id, in document order): the page
/// splits a document once and looks for each criterion's terms in it as the assessor moves on.
pub fn find_in(terms: &Terms, clauses: &[(u32, Words)]) -> Findings {
    ranked(terms, clauses.iter().map(|(id, words)| (*id, terms.hits(words))))
}

/// What [`find_in`] finds, through the corpus's index: the same findings, sooner.
pub fn find_in_corpus(terms: &Terms, corpus: &Corpus) -> Findings {
    let mut by_clause: Vec<Vec<Hit>> = vec![Vec::new(); corpus.clauses.len()];
    for (term, found) in terms.terms.iter().enumerate() {
        for (clause, range) in found.hits_in(corpus) {
            by_clause[clause].push(Hit { range, term });
        }
    }
    let hits = corpus.clauses.iter().zip(by_clause).map(|((id, _), mut hits)| {
        // As `Terms::hits` orders them: by place, hits of one range in term order.
        sort_by_key(&mut hits, |hit| (hit.range.start, hit.range.end));
        (*id, hits)
    });
    ranked(terms, hits)
}

/// The clauses with hits, ranked, and the terms no clause used.
fn ranked(terms: &Terms, clauses: impl Iterator<Item = (u32, Vec<Hit>)>) -> Findings {
    let mut found = vec![false; terms.terms.len()];
    let mut matches: Vec<ClauseMatch> = Vec::new();
    for (id, hits) in clauses {
        if hits.is_empty() {
            continue;
        }
        let mut distinct: Vec<usize> = hits.iter().map(|hit| hit.term).collect();
        distinct.sort_unstable();
        distinct.dedup();
        distinct.iter().for_each(|&term| found[term] = true);
        matches.push(ClauseMatch { clause: id, hits, terms: distinct });
    }
    // Stable: clauses that tie keep their document order.
    sort_by_key(&mut matches, |m| (std::cmp::Reverse(m.terms.len()), std::cmp::Reverse(m.hits.len())));
    let unmatched = (0..found.len()).filter(|&term| !found[term]).collect();
    Findings { clauses: matches, unmatched }
}
