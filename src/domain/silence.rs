//! What a specification is *silent on*: the criteria none of whose search terms any clause uses.
//! A specification that never names a group makes no provision for it, and that silence is a
//! finding in its own right: the results page and every report list it, criterion by criterion,
//! with the terms that were looked for ("The specification never mentions: women, female, gender").
//!
//! Decisions, all in [`silence_in`], the one place the rule is written:
//! - a criterion without usable search terms is never listed: nothing was looked for, so there is
//!   nothing to say;
//! - a specification with no clauses gives no list: there is no text to be silent in, and listing
//!   every criterion would say only that. The page and the reports say instead that the
//!   specification has no text (`report::wording::silence_lead`);
//! - the answers play no part: silence is a fact of the text, whatever the assessor scored (a
//!   criterion answered Not applicable is still listed if its terms are missing).
//!
//! [`silences`] splits each clause into folded words once, for all the criteria, so the page folds
//! the specification once; [`silent_on`] asks about one criterion.

use super::document::Clause;
use super::finder::{Corpus, Fold, Terms};
use super::framework::{Criterion, CriterionId, Framework};

/// One criterion the specification is silent on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Silence {
    pub criterion_id: CriterionId,
    /// The criterion's usable search terms, as written (trimmed), in the framework's order: what
    /// was looked for and not found.
    pub terms: Vec<String>,
}

/// The criteria of `framework`, in its order, that no clause of `clauses` speaks to: none of their
/// search terms occurs in any clause. Empty when there are no clauses (see the module's notes).
pub fn silences(framework: &Framework, clauses: &[Clause], fold: &dyn Fold) -> Vec<Silence> {
    let corpus = Corpus::of(clauses, fold);
    framework.criteria().filter_map(|(_, criterion)| silence_in(criterion, &corpus, fold)).collect()
}

/// Whether the specification is silent on one criterion, and on which terms: as [`silences`]
/// decides it for every criterion.
pub fn silent_on(criterion: &Criterion, clauses: &[Clause], fold: &dyn Fold) -> Option<Silence> {
    silence_in(criterion, &Corpus::of(clauses, fold), fold)
}

/// The rule, given the clauses already split into words: silent when there are clauses, the
/// criterion has usable terms, and none of them occurs in any clause (the search stops at the
/// first occurrence).
fn silence_in(criterion: &Criterion, corpus: &Corpus, fold: &dyn Fold) -> Option<Silence> {
    if corpus.is_empty() {
        return None;
    }
    let terms = Terms::of(criterion, fold);
    if terms.is_empty() || terms.occur_in_corpus(corpus) {
        return None;
    }
    Some(Silence {
        criterion_id: criterion.id.clone(),
        terms: terms.terms().iter().map(|term| term.text().to_string()).collect(),
    })
}
