//! The specification beside the criterion on the scoring page: its headings and clauses with their
//! labels, a search, the evidence finder's candidates for the current criterion with the matched
//! words marked, which clauses are already cited, and "Cite" for a whole clause or a selected
//! passage. The finder suggests; the assessor decides.
//!
//! Keys (when not typing in a field): `/` the search, `]` and `[` the next and previous candidate,
//! `C` cite the selected passage, or else the candidate in focus.

use std::collections::HashMap;
use std::ops::Range;

use leptos::prelude::*;

use crate::browser::fold::BrowserFold;
use crate::browser::selection;
use crate::domain::document::Block;
use crate::domain::finder::{find_in_corpus, Corpus, Findings, Terms, Words};
use crate::domain::{Assessment, Criterion, Evidence};
use crate::i18n::messages::document_pane::{Counted, DocumentPane as Msg};
use crate::i18n::{t, tf, tnf};

/// What the pane shows of one specification: its blocks in order, and its clauses split into words
/// and indexed once (a document's words are folded once, not at every criterion).
#[derive(Clone, Debug, Default, PartialEq)]
struct Text {
    blocks: Vec<Block>,
    corpus: Corpus,
}

fn blocks_of(assessment: &Assessment) -> Vec<Block> {
    let spec = &assessment.specification;
    match &spec.document {
        Some(document) => document.blocks.clone(),
        None => spec
            .clauses()
            .into_iter()
            .map(|c| Block::Clause { id: c.id, label: c.label, text: c.text, page: c.page })
            .collect(),
    }
}

/// Folding every clause is the costly part: done when the blocks change, not at every answer.
fn text_of(blocks: Vec<Block>) -> Text {
    let fold = BrowserFold::new();
    let words = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Clause { id, text, .. } => Some((*id, Words::of(text, &fold))),
            Block::Heading { .. } => None,
        })
        .collect();
    Text { blocks, corpus: Corpus::new(words) }
}

/// The clauses to step through, in order, and the words to mark in each.
#[derive(Clone, Debug, Default, PartialEq)]
struct Marks {
    candidates: Vec<u32>,
    ranges: HashMap<u32, Vec<Range<usize>>>,
}

impl Marks {
    fn from(findings: &Findings) -> Marks {
        Marks {
            candidates: findings.clauses.iter().map(|m| m.clause).collect(),
            ranges: findings.clauses.iter().map(|m| (m.clause, m.highlights())).collect(),
        }
    }
}

/// Whether a clause is cited as evidence, for this criterion or another.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
enum Cited {
    #[default]
    No,
    Here,
    Elsewhere,
}

/// What one clause shows that changes with the criterion: the words marked, and whether it is cited.
#[derive(Clone, Debug, Default, PartialEq)]
struct ClauseState {
    ranges: Option<Vec<Range<usize>>>,
    cited: Cited,
}

/// The state of every clause that is marked or cited; the rest show nothing.
fn clause_states(marks: &Marks, cited: &HashMap<u32, Cited>) -> HashMap<u32, ClauseState> {
    let mut states: HashMap<u32, ClauseState> =
        cited.iter().map(|(id, cited)| (*id, ClauseState { ranges: None, cited: *cited })).collect();
    for (id, ranges) in &marks.ranges {
        states.entry(*id).or_default().ranges = Some(ranges.clone());
    }
    states
}

fn clause_dom_id(id: u32) -> String {
    format!("doc-clause-{id}")
}

#[component]
pub fn DocumentPane(
    assessment: Memo<Option<Assessment>>,
    criterion: Memo<Option<Criterion>>,
    /// Adds evidence to the current criterion.
    cite: Callback<Evidence>,
    /// False while the criterion has no answer or the assessment is final.
    can_cite: Signal<bool>,
    /// Brings the pane into view where it is not (a narrow screen showing the criterion), before
    /// a key moves focus or scrolls within it.
    reveal: Callback<()>,
) -> impl IntoView {
    // Every answer changes the assessment; the blocks memo stops there unless the text changed, so
    // the words are folded again only for a new text.
    let blocks = Memo::new(move |_| assessment.with(|a| a.as_ref().map(blocks_of).unwrap_or_default()));
    let text = Memo::new(move |_| text_of(blocks.get()));
    let query = RwSignal::new(String::new());
    let terms = Memo::new(move |_| {
        criterion.with(|c| c.as_ref().map(|c| c.search_terms.clone()).unwrap_or_default())
    });
    let finder = Memo::new(move |_| {
        let fold = BrowserFold::new();
        let terms = terms.with(|t| Terms::new(t, &fold));
        text.with(|t| find_in_corpus(&terms, &t.corpus))
    });
    let search = Memo::new(move |_| {
        let q = query.get();
        let q = q.trim();
        if q.is_empty() {
            return None;
        }
        let fold = BrowserFold::new();
        let terms = Terms::new(&[q], &fold);
        // Search results in document order: the reader is looking for a place, not a ranking.
        let mut findings = text.with(|t| find_in_corpus(&terms, &t.corpus));
        let order: HashMap<u32, usize> = text.with(|t| {
            let ids = t.blocks.iter().filter_map(|b| match b {
                Block::Clause { id, .. } => Some(*id),
                Block::Heading { .. } => None,
            });
            ids.enumerate().map(|(i, id)| (id, i)).collect()
        });
        findings.clauses.sort_by_key(|m| order.get(&m.clause).copied().unwrap_or(usize::MAX));
        Some(findings)
    });
    let marks = Memo::new(move |_| match search.get() {
        Some(found) => Marks::from(&found),
        None => finder.with(Marks::from),
    });
    let cited = Memo::new(move |_| {
        let current = criterion.with(|c| c.as_ref().map(|c| c.id.clone()));
        assessment.with(|a| {
            let mut cited = HashMap::new();
            for (id, response) in a.iter().flat_map(|a| a.responses.iter()) {
                let here = Some(id) == current.as_ref();
                for clause in response.evidence.iter().filter_map(|e| e.clause) {
                    let entry = cited.entry(clause).or_insert(Cited::Elsewhere);
                    if here {
                        *entry = Cited::Here;
                    }
                }
            }
            cited
        })
    });
    // Each clause has a signal of its own, and a move to another criterion sets only the signals of
    // the clauses whose marks changed: with one memo per clause, all 775 clauses of a long
    // specification were checked again at every move.
    let states = move || marks.with(|m| cited.with(|c| clause_states(m, c)));
    let signals = StoredValue::new(HashMap::<u32, RwSignal<ClauseState>>::new());
    Effect::new(move |before: Option<HashMap<u32, ClauseState>>| {
        let now = states();
        signals.with_value(|signals| {
            let before = before.unwrap_or_default();
            for id in before.keys().chain(now.keys()) {
                let (Some(signal), state) = (signals.get(id), now.get(id).cloned().unwrap_or_default())
                else {
                    continue;
                };
                if signal.with_untracked(|s| *s != state) {
                    signal.set(state);
                }
            }
        });
        now
    });
    let position = RwSignal::new(None::<usize>);
    // A new criterion or a new search starts again from the first candidate.
    Effect::new(move |_| {
        marks.track();
        position.set(None);
    });
    let (said, set_said) = signal(String::new());

    let step = move |by: isize| {
        // Even without candidates: the pane then says what the specification never mentions.
        reveal.run(());
        let count = marks.with(|m| m.candidates.len());
        if count == 0 {
            return;
        }
        let next = match position.get_untracked() {
            None if by >= 0 => 0,
            None => count - 1,
            Some(at) => (at as isize + by).rem_euclid(count as isize) as usize,
        };
        position.set(Some(next));
        if let Some(id) = marks.with_untracked(|m| m.candidates.get(next).copied()) {
            // After the frame that shows the pane: a hidden clause cannot be scrolled to or focused.
            request_animation_frame(move || selection::reveal(&clause_dom_id(id)));
        }
    };
    let cite_clause = move |id: u32| {
        if !can_cite.get_untracked() {
            set_said.set(t(Msg::AnswerFirst).into());
            return;
        }
        let found = text.with_untracked(|t| {
            t.blocks.iter().find_map(|b| match b {
                Block::Clause { id: cid, label, text, .. } if *cid == id => {
                    Some((label.clone(), text.clone()))
                }
                _ => None,
            })
        });
        if let Some((label, quote)) = found {
            cite.run(Evidence { clause: Some(id), quote });
            set_said.set(tf(Msg::ClauseCited, &[("label", &label)]));
        }
    };
    let cite_selection = move || {
        if !can_cite.get_untracked() {
            set_said.set(t(Msg::AnswerFirst).into());
            return;
        }
        match selection::selected_quote() {
            Some((id, quote)) => {
                let label = text.with_untracked(|t| label_of(&t.blocks, id)).unwrap_or_default();
                cite.run(Evidence { clause: Some(id), quote });
                set_said.set(tf(Msg::PassageCited, &[("label", &label)]));
            }
            None => set_said.set(t(Msg::SelectFirst).into()),
        }
    };
    // C: the selected passage, or else the candidate in focus.
    let cite_key = move || {
        if selection::selected_quote().is_some() {
            cite_selection();
        } else if let Some(id) =
            position.get_untracked().and_then(|p| marks.with_untracked(|m| m.candidates.get(p).copied()))
        {
            cite_clause(id);
        } else {
            set_said.set(t(Msg::MoveFirst).into());
        }
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || crate::ui::pages::assess::typing_in_a_field(&ev)
        {
            return;
        }
        match ev.key().as_str() {
            "/" => {
                ev.prevent_default();
                reveal.run(());
                request_animation_frame(|| crate::browser::location::focus_element("document-search"));
            }
            "]" => step(1),
            "[" => step(-1),
            "c" | "C" => cite_key(), // not worded: a key's name
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());

    let summary = move || summary_line(&terms.get(), &finder.get(), search.get().as_ref(), &query.get());
    let rendered = move || {
        let now = untrack(states);
        let mut clause_signals = HashMap::new();
        let view = text.with(|t| {
            t.blocks
                .iter()
                .map(|block| match block.clone() {
                    Block::Heading { level, label, text, .. } => heading(level, &label, &text).into_any(),
                    Block::Clause { id, label, text, page } => {
                        let state = RwSignal::new(now.get(&id).cloned().unwrap_or_default());
                        clause_signals.insert(id, state);
                        let state = state.read_only();
                        view! { <ClauseView id label text page state cite=Callback::new(move |_| cite_clause(id)) can_cite /> }.into_any()
                    }
                })
                .collect_view()
        });
        signals.set_value(clause_signals);
        view
    };
    view! {
        <section class="document-pane" aria-labelledby="document-heading" id="specification">
            <div class="document-pane__head">
                <h2 id="document-heading">{t(Msg::Heading)}</h2>
                <div class="document-pane__tools">
                    <div class="field" role="search">
                        <label for="document-search">{t(Msg::Search)}</label>
                        <input id="document-search" type="search" prop:value=query
                            on:input:target=move |ev| query.set(ev.target().value())
                            on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); step(1) } /> // not worded: a key's name
                    </div>
                    <button type="button" class="button button--secondary" on:click=move |_| step(-1)>{t(Msg::PreviousCandidate)}</button>
                    <button type="button" class="button button--secondary" on:click=move |_| step(1)>{t(Msg::NextCandidate)}</button>
                    <button type="button" class="button" on:click=move |_| cite_selection()>{t(Msg::CiteSelection)}</button>
                </div>
                <p class="document-pane__summary" role="status">{summary}</p>
                <p class="muted small">{t(Msg::Keys)}</p>
                <p class="visually-hidden" role="status">{said}</p>
            </div>
            <div class="document-pane__text">{rendered}</div>
        </section>
    }
}

fn label_of(blocks: &[Block], id: u32) -> Option<String> {
    blocks.iter().find_map(|b| match b {
        Block::Clause { id: cid, label, .. } if *cid == id => Some(label.clone()),
        _ => None,
    })
}

/// "7 clauses mention these terms: women, female." or "The specification never mentions: …".
fn summary_line(terms: &[String], finder: &Findings, search: Option<&Findings>, query: &str) -> String {
    if let Some(found) = search {
        let query = [("query", query.trim())];
        return match found.clause_count() {
            0 => tf(Msg::SearchNone, &query),
            n => tnf(Counted::SearchFound, n as u64, &query),
        };
    }
    if terms.is_empty() {
        return t(Msg::NoTerms).into();
    }
    let listed = terms.join(", ");
    let listed = [("terms", listed.as_str())];
    match finder.clause_count() {
        0 => tf(Msg::NeverMentions, &listed),
        n => tnf(Counted::TermsFound, n as u64, &listed),
    }
}

/// Document headings sit under the pane's own h2.
fn heading(level: u8, label: &str, text: &str) -> impl IntoView {
    let content = if label.is_empty() { text.to_string() } else { format!("{label} {text}") };
    match level {
        0 | 1 => view! { <h3 class="doc-heading">{content}</h3> }.into_any(),
        2 => view! { <h4 class="doc-heading">{content}</h4> }.into_any(),
        3 => view! { <h5 class="doc-heading">{content}</h5> }.into_any(),
        _ => view! { <h6 class="doc-heading">{content}</h6> }.into_any(),
    }
}

#[component]
fn ClauseView(
    id: u32,
    label: String,
    text: String,
    page: Option<u32>,
    state: ReadSignal<ClauseState>,
    cite: Callback<()>,
    can_cite: Signal<bool>,
) -> impl IntoView {
    let shown_label = match page {
        Some(p) => tf(Msg::ClausePage, &[("label", &label), ("page", &p.to_string())]),
        None => label.clone(),
    };
    let body = {
        let text = text.clone();
        move || state.with(|s| marked(&text, s.ranges.as_deref().unwrap_or_default()))
    };
    let cited = move || state.with(|s| s.cited);
    view! {
        <div class="doc-clause" id=clause_dom_id(id) data-clause=id tabindex="-1"
            class:doc-clause--candidate=move || state.with(|s| s.ranges.is_some())
            class:doc-clause--cited=move || cited() == Cited::Here>
            <span class="doc-clause__label">{shown_label}</span>
            " "
            <span class="doc-clause__text">{body}</span>
            {move || match cited() {
                Cited::Here => Some(view! { <span class="badge badge--cited">{t(Msg::CitedHere)}</span> }.into_any()),
                Cited::Elsewhere => Some(view! { <span class="badge">{t(Msg::CitedElsewhere)}</span> }.into_any()),
                Cited::No => None,
            }}
            <button type="button" class="link-button doc-clause__cite" aria-disabled=move || (!can_cite.get()).to_string()
                aria-label=tf(Msg::CiteClause, &[("label", &label)]) on:click=move |_| cite.run(())>
                {t(Msg::Cite)}
            </button>
        </div>
    }
}

/// The text with the ranges in `<mark>`; ranges are sorted, on character boundaries, and may
/// overlap (they are merged by `ClauseMatch::highlights`).
fn marked(text: &str, ranges: &[Range<usize>]) -> impl IntoView {
    let mut parts = Vec::new();
    let mut at = 0;
    for range in ranges {
        let (Some(before), Some(hit)) = (text.get(at..range.start), text.get(range.clone())) else {
            continue;
        };
        parts.push(before.to_string().into_any());
        parts.push(view! { <mark>{hit.to_string()}</mark> }.into_any());
        at = range.end;
    }
    parts.push(text.get(at..).unwrap_or("").to_string().into_any());
    parts
}
