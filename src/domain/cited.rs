//! What the assessors cited for one criterion in a workshop, so the room discusses the text and
//! not memories of it: each clause cited by anyone, once, in document order, with who cited it
//! and the parts of it they quoted; and the evidence they typed without a clause. Nothing while the
//! criterion is blind: who cited what would give the scores away.

use std::ops::Range;

use super::case::lower;
use super::document::Clause;
use super::excerpt::{merged, quote_ranges};
use super::finder::{ClauseMatch, Findings};
use super::moderation::{Moderation, Phase};
use super::sorting::sort_by_key;

/// A clause cited by at least one assessor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CitedClause {
    pub clause: Clause,
    /// Who cited it, as places in `Moderation::scorers`, ascending; each once.
    pub scorers: Vec<usize>,
    /// The parts of the clause text that were quoted, where a quote is shorter than the clause:
    /// byte ranges, in text order, merged. Empty when every quote was the whole clause (or was
    /// not found in it).
    pub quoted: Vec<Range<usize>>,
}

/// Evidence typed without a clause (or citing a clause the specification does not have), the
/// same words from several assessors once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypedQuote {
    /// As the first assessor (in scorer order) wrote it, trimmed.
    pub quote: String,
    /// Who gave it, as places in `Moderation::scorers`, ascending.
    pub scorers: Vec<usize>,
}

/// Everything cited for one criterion.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cited {
    /// In document order.
    pub clauses: Vec<CitedClause>,
    /// In the order first given, scorers in order.
    pub typed: Vec<TypedQuote>,
}

impl Cited {
    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty() && self.typed.is_empty()
    }

    /// Whether anyone cited the clause with this id.
    pub fn cites(&self, clause: u32) -> bool {
        self.clauses.iter().any(|c| c.clause.id == clause)
    }
}

/// What a screen with room for `most` items shows of a [`Cited`], and what it leaves out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown<'a> {
    /// The clauses cited by the most assessors, most first, clauses cited by as many in document
    /// order.
    pub clauses: Vec<&'a CitedClause>,
    /// Typed evidence, in the room that the clauses leave.
    pub typed: Vec<&'a TypedQuote>,
    /// The clauses left out, in document order: named by their labels ("and 6 more: 4.2, …").
    pub more_clauses: Vec<&'a CitedClause>,
    /// How many typed quotes were left out.
    pub more_typed: usize,
}

impl Shown<'_> {
    /// How many items are shown.
    pub fn len(&self) -> usize {
        self.clauses.len() + self.typed.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// How many left-out clauses the sentence saying what was left out (`i18n::words::more`) names by
/// label before counting the rest.
pub const MORE_LABELS: usize = 6;

impl Cited {
    /// At most `most` items (at least one), for a screen that cannot scroll: the clauses most
    /// assessors cited first, since they are what the room is likeliest to talk about, then typed
    /// evidence in the order given. With room for everything, every clause in document order.
    pub fn most_cited(&self, most: usize) -> Shown<'_> {
        let most = most.max(1);
        let mut clauses: Vec<&CitedClause> = self.clauses.iter().collect();
        if self.clauses.len() + self.typed.len() > most {
            // Stable: clauses cited by as many keep their document order.
            sort_by_key(&mut clauses, |c| std::cmp::Reverse(c.scorers.len()));
        }
        let more: Vec<&CitedClause> = clauses.split_off(most.min(clauses.len()));
        let room = most - clauses.len();
        let more_clauses =
            self.clauses.iter().filter(|c| more.iter().any(|m| std::ptr::eq(*m, *c))).collect();
        Shown {
            clauses,
            typed: self.typed.iter().take(room).collect(),
            more_clauses,
            more_typed: self.typed.len().saturating_sub(room),
        }
    }
}

/// What the assessors cited for `criterion`, given the specification's clauses (in reading
/// order, as `Specification::clauses` gives them). None while the criterion is blind.
pub fn cited(moderation: &Moderation, criterion: &str, clauses: &[Clause]) -> Option<Cited> {
    if moderation.phase(criterion) == Phase::Blind {
        return None;
    }
    // Per clause (by its place in the document): who cited it, and their quotes.
    let mut by_place: Vec<(Vec<usize>, Vec<&str>)> = vec![(Vec::new(), Vec::new()); clauses.len()];
    let mut typed: Vec<(String, TypedQuote)> = Vec::new();
    for (scorer, s) in moderation.scorers.iter().enumerate() {
        let Some(response) = s.responses.get(criterion) else { continue };
        for evidence in &response.evidence {
            let place = evidence.clause.and_then(|id| clauses.iter().position(|c| c.id == id));
            match place {
                Some(place) => {
                    let (scorers, quotes) = &mut by_place[place];
                    if scorers.last() != Some(&scorer) {
                        scorers.push(scorer);
                    }
                    quotes.push(&evidence.quote);
                }
                None => add_typed(&mut typed, &evidence.quote, scorer),
            }
        }
    }
    let clauses = clauses
        .iter()
        .zip(by_place)
        .filter(|(_, (scorers, _))| !scorers.is_empty())
        .map(|(clause, (scorers, quotes))| CitedClause {
            quoted: quoted_parts(&clause.text, &quotes),
            clause: clause.clone(),
            scorers,
        })
        .collect();
    Some(Cited { clauses, typed: typed.into_iter().map(|(_, t)| t).collect() })
}

/// Adds one typed quote, once per scorer; the same words (case and white space aside) are one.
fn add_typed(typed: &mut Vec<(String, TypedQuote)>, quote: &str, scorer: usize) {
    let quote = quote.trim();
    if quote.is_empty() {
        return;
    }
    let key = lower(&quote.split_whitespace().collect::<Vec<_>>().join(" "));
    match typed.iter_mut().find(|(k, _)| *k == key) {
        Some((_, t)) => {
            if t.scorers.last() != Some(&scorer) {
                t.scorers.push(scorer);
            }
        }
        None => typed.push((key, TypedQuote { quote: quote.to_string(), scorers: vec![scorer] })),
    }
}

/// The parts of `text` the quotes pick out, merged. A quote of the whole text picks out nothing: it
/// makes no part stand out (another assessor's shorter quote still does).
fn quoted_parts(text: &str, quotes: &[&str]) -> Vec<Range<usize>> {
    // Whole when only punctuation and white space are left out either side.
    let wordless = |s: &str| !s.chars().any(char::is_alphanumeric);
    let whole = |r: &Range<usize>| wordless(&text[..r.start]) && wordless(&text[r.end..]);
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for quote in quotes {
        let found = quote_ranges(text, quote);
        if found.iter().any(whole) {
            continue;
        }
        ranges.extend(found);
    }
    merged(ranges)
}

/// The finder's clauses that no assessor cited, best first: text the room may not have looked at.
/// With nothing known to be cited (`None`, as while the scores are blind), all of them.
pub fn not_cited<'a>(
    findings: &'a Findings,
    cited: Option<&'a Cited>,
) -> impl Iterator<Item = &'a ClauseMatch> + 'a {
    findings.clauses.iter().filter(move |m| cited.is_none_or(|c| !c.cites(m.clause)))
}
