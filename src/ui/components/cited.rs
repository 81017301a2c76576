//! The specification's text in the workshop, so the room discusses the text and not memories of
//! it: the clauses the assessors cited for the criterion on screen (only once its scores are
//! revealed), and, in the presenter view, the evidence finder's clauses nobody cited. Long clauses
//! are shortened around what was quoted or matched (`domain::excerpt`).

use leptos::prelude::*;

use crate::domain::Framework;

use crate::browser::fold::BrowserFold;
use crate::browser::timing::measured;
use crate::domain::cited::{cited, not_cited, Cited};
use crate::domain::excerpt::{clause_excerpt, excerpt, share_of, Part};
use crate::domain::finder::{find_in_corpus, Corpus, Terms};
use crate::domain::moderation::Moderation;
use crate::domain::Clause;
use crate::i18n::messages::cited::{Cited as Msg, Mentions};
use crate::i18n::{t, tf, tn, tnf, words};
use crate::state::workshop::Workshop;

/// What was cited for the criterion on screen (None while it is blind), worked out when the
/// workshop changes and passed on only when it differs.
#[derive(Clone, Copy)]
pub struct CitedMemos {
    pub cited: Memo<Option<Cited>>,
}

pub fn cited_memos(workshop: Workshop) -> CitedMemos {
    let cited = Memo::new(move |_| {
        workshop.with_current(|s, id| cited(&s.moderation, id, &s.moderation.specification.clauses()))
    });
    CitedMemos { cited }
}

/// An excerpt as text, marks in `<mark>`, left-out text as "…".
pub fn excerpt_view(parts: Vec<Part>) -> impl IntoView {
    parts
        .into_iter()
        .map(|part| match part {
            Part::Text(text) => text.into_any(),
            Part::Mark(text) => view! { <mark>{text}</mark> }.into_any(),
            Part::Gap => "…".into_any(),
        })
        .collect_view()
}

/// What was cited: a clause, or evidence typed without one (the words differ, as "typed" does
/// from "cited", and Welsh agrees them with the noun).
#[derive(Clone, Copy)]
enum What {
    Clause,
    Typed,
}

/// "cited by 2 of 3 assessors", or by name when names are shown; "cited by all 3 assessors" when
/// everyone did, where names would add nothing but length.
fn cited_by(what: What, m: &Moderation, scorers: &[usize], names: bool) -> String {
    let total = m.scorers.len();
    let (by, some, all) = match what {
        What::Clause => (Msg::ClauseCitedBy, Msg::ClauseCitedBySome, Msg::ClauseCitedByAll),
        What::Typed => (Msg::TypedBy, Msg::TypedBySome, Msg::TypedByAll),
    };
    if names && scorers.len() < total {
        let mut who: Vec<String> =
            scorers.iter().map(|&i| super::moderation::scorer_label(m, i, true)).collect();
        let last = who.pop().unwrap_or_default();
        let who = match who.is_empty() {
            true => last,
            false => tf(Msg::NamesAnd, &[("names", &who.join(", ")), ("last", &last)]),
        };
        return tf(by, &[("who", &who)]);
    }
    match scorers.len() {
        n if n == total && n > 1 => tf(all, &[("total", &n.to_string())]),
        n => tf(some, &[("count", &n.to_string()), ("total", &total.to_string())]),
    }
}

/// The clauses cited for the criterion on screen, each once in document order with its label and
/// who cited it, then evidence typed without a clause; one sentence when nothing was cited.
/// Nothing while the criterion is blind. A few clauses show more of their text than many do. With
/// `most`, only that many, the most cited first, and a sentence for the rest.
#[component]
pub fn CitedClauses(
    workshop: Workshop,
    memos: CitedMemos,
    /// Names of who cited (the presenter), or how many (the projector, unless names are shown).
    #[prop(into)]
    names: Signal<bool>,
    /// How much text all the items may show together, and the least and most for one.
    chars: (usize, usize, usize),
    /// Said while the criterion is blind; nothing is shown when None.
    #[prop(optional)]
    while_blind: Option<&'static str>,
    /// At most this many items, the most cited first, and a sentence naming the rest (the
    /// projector, which cannot scroll); every one in document order when None.
    #[prop(optional, into)]
    most: Option<Signal<usize>>,
) -> impl IntoView {
    move || {
        let names = names.get();
        let most = most.map(|most| most.get());
        let Some(found) = memos.cited.get() else {
            return while_blind
                .map(|text| {
                    view! {
                        <section class="cited" aria-labelledby="cited-heading">
                            <h2 id="cited-heading">{t(Msg::Heading)}</h2>
                            <p>{text}</p>
                        </section>
                    }
                })
                .into_any();
        };
        let body = workshop.session.with(|s| {
            let m = &s.as_ref()?.moderation;
            if found.is_empty() {
                return Some(
                    view! { <p class="cited__none">{t(Msg::NoneCited)}</p> }
                        .into_any(),
                );
            }
            let shown = found.most_cited(most.unwrap_or(usize::MAX));
            let (total, least, longest) = chars;
            let max_chars = share_of(total, shown.len(), least, longest);
            let clauses = shown.clauses.iter().map(|c| {
                let who = cited_by(What::Clause, m, &c.scorers, names);
                let citation = tf(Msg::Clause, &[("citation", &words::citation(&c.clause.label, c.clause.page))]);
                view! {
                    <li class="cited__item">
                        <p class="cited__label"><strong>{citation}</strong><span class="cited__who">", "{who}</span></p>
                        <blockquote class="cited__text">{excerpt_view(clause_excerpt(&c.clause.label, &c.clause.text, &c.quoted, max_chars))}</blockquote>
                    </li>
                }
            });
            let typed = shown.typed.iter().map(|typed| {
                let who = cited_by(What::Typed, m, &typed.scorers, names);
                view! {
                    <li class="cited__item">
                        <p class="cited__label"><strong>{t(Msg::TypedEvidence)}</strong><span class="cited__who">", "{who}</span></p>
                        <blockquote class="cited__text">{excerpt_view(excerpt(&typed.quote, &[], max_chars))}</blockquote>
                    </li>
                }
            });
            let more = words::more(&shown).map(|text| view! { <p class="cited__more">{text}</p> });
            Some(
                view! {
                    <ol class="cited__list" aria-labelledby="cited-heading">{clauses.collect_view()}{typed.collect_view()}</ol>
                    {more}
                }
                .into_any(),
            )
        });
        view! {
            <section class="cited" aria-labelledby="cited-heading">
                <h2 id="cited-heading">{t(Msg::Heading)}</h2>
                {body}
            </section>
        }
        .into_any()
    }
}

/// How many candidates the presenter lists.
const CANDIDATES: usize = 5;

/// What the finder shows for one criterion: its terms as written, how many clauses use them and
/// how many of those were cited (when known), the best of them nobody cited with the ranges to
/// mark, the terms no clause uses, and those that could not be searched for.
#[derive(Clone, Debug, PartialEq)]
struct Found {
    terms: Vec<String>,
    count: usize,
    cited: Option<usize>,
    candidates: Vec<(Clause, Vec<std::ops::Range<usize>>)>,
    never: Vec<String>,
    rejected: Vec<String>,
}

/// The finder for the criterion on screen, given what was cited for it (None while blind), over
/// the specification's clauses and the same clauses split into folded words and indexed.
fn found(
    f: &Framework,
    id: &str,
    cited: Option<&Cited>,
    clauses: &[Clause],
    corpus: &Corpus,
) -> Option<Found> {
    let criterion = f.criterion(id)?;
    let terms = Terms::of(criterion, &BrowserFold::new());
    // Marked for `make bench`: the full ranking, every hit of every term, for one criterion.
    let findings = measured("spec-lens:finder", || find_in_corpus(&terms, corpus));
    let candidates = not_cited(&findings, cited)
        .take(CANDIDATES)
        .filter_map(|m| clauses.iter().find(|c| c.id == m.clause).map(|c| (c.clone(), m.highlights())))
        .collect();
    let text = |i: &usize| terms.terms().get(*i).map(|t| t.text().to_string());
    Some(Found {
        terms: terms.terms().iter().map(|t| t.text().to_string()).collect(),
        count: findings.clause_count(),
        cited: cited.map(|c| findings.clauses.iter().filter(|m| c.cites(m.clause)).count()),
        candidates,
        never: findings.unmatched.iter().filter_map(text).collect(),
        rejected: terms.rejected().iter().map(|(text, _)| text.clone()).collect(),
    })
}

/// The evidence finder for the criterion on screen: how many clauses use its search terms, the
/// best of those nobody cited with the matched words marked, and the terms no clause uses.
#[component]
pub fn CriterionFinder(workshop: Workshop, memos: CitedMemos, max_chars: usize) -> impl IntoView {
    // The session changes at every step of the workshop, its specification never: the clauses are
    // split into folded words when they change, not at every criterion.
    let clauses = Memo::new(move |_| {
        workshop
            .session
            .with(|s| s.as_ref().map(|s| s.moderation.specification.clauses()).unwrap_or_default())
    });
    // Recomputed only when the clauses change, and then new: no comparison with the old corpus.
    let words = Memo::new_with_compare(
        move |_| {
            clauses.with(|clauses| {
                let fold = BrowserFold::new();
                measured("spec-lens:finder-words", || Corpus::of(clauses, &fold))
            })
        },
        |_, _| true,
    );
    let found = Memo::new(move |_| {
        memos.cited.with(|cited| {
            clauses.with(|clauses| {
                words.with(|words| {
                    workshop.with_current_worded(|_, f, id| found(f, id, cited.as_ref(), clauses, words))
                })
            })
        })
    });
    let body = move || {
        let found = found.get()?;
        if found.terms.is_empty() {
            return Some(view! { <p>{t(Msg::NoSearchTerms)}</p> }.into_any());
        }
        let count = found.count;
        let n = count as u64;
        let mentions = match (count, found.cited) {
            (0, _) => t(Msg::MentionsNone).to_string(),
            (_, None) => tn(Mentions::Mentions, n),
            (_, Some(0)) => tn(Mentions::CitedNone, n),
            (_, Some(k)) if k == count => tn(Mentions::CitedAll, n),
            (_, Some(k)) => tnf(Mentions::CitedSome, n, &[("cited", &k.to_string())]),
        };
        let list = (!found.candidates.is_empty()).then(|| {
            let items = found
                .candidates
                .iter()
                .map(|(c, marks)| {
                    view! {
                        <li class="cited__item">
                            <p class="cited__label"><strong>{tf(Msg::Clause, &[("citation", &words::citation(&c.label, c.page))])}</strong></p>
                            <blockquote class="cited__text">{excerpt_view(clause_excerpt(&c.label, &c.text, marks, max_chars))}</blockquote>
                        </li>
                    }
                })
                .collect_view();
            let heading = if found.cited.is_some() { t(Msg::NotCitedBestFirst) } else { t(Msg::BestFirst) };
            view! {
                <h3 id="finder-candidates">{heading}</h3>
                <ol class="cited__list" aria-labelledby="finder-candidates">{items}</ol>
            }
        });
        let never = (!found.never.is_empty()).then(|| {
            view! { <p class="finder__never"><strong>{t(Msg::NeverMentions)}" "</strong>{found.never.join(", ")}</p> }
        });
        let rejected = (!found.rejected.is_empty()).then(|| {
            view! { <p class="muted">{tf(Msg::NotSearched, &[("terms", &found.rejected.join(", "))])}</p> }
        });
        Some(
            view! {
                <p class="muted">{tf(Msg::SearchTerms, &[("terms", &found.terms.join(", "))])}</p>
                <p>{mentions}</p>
                {list}
                {never}
                {rejected}
            }
            .into_any(),
        )
    };
    view! {
        <section class="finder" aria-labelledby="finder-heading">
            <h2 id="finder-heading">{t(Msg::Finder)}</h2>
            {body}
        </section>
    }
}
