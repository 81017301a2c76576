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
use super::finder::{Fold, Terms, Words};
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
    let texts = words_of(clauses, fold);
    framework.criteria().filter_map(|(_, criterion)| silence_in(criterion, &texts, fold)).collect()
}

/// Whether the specification is silent on one criterion, and on which terms: as [`silences`]
/// decides it for every criterion.
pub fn silent_on(criterion: &Criterion, clauses: &[Clause], fold: &dyn Fold) -> Option<Silence> {
    silence_in(criterion, &words_of(clauses, fold), fold)
}

fn words_of(clauses: &[Clause], fold: &dyn Fold) -> Vec<Words> {
    clauses.iter().map(|clause| Words::of(&clause.text, fold)).collect()
}

/// The rule, given each clause already split into words: silent when there are clauses, the
/// criterion has usable terms, and none of them occurs in any clause (the search stops at the
/// first occurrence).
fn silence_in(criterion: &Criterion, texts: &[Words], fold: &dyn Fold) -> Option<Silence> {
    if texts.is_empty() {
        return None;
    }
    let terms = Terms::of(criterion, fold);
    if terms.is_empty() || texts.iter().any(|words| terms.occur_in(words)) {
        return None;
    }
    Some(Silence {
        criterion_id: criterion.id.clone(),
        terms: terms.terms().iter().map(|term| term.text().to_string()).collect(),
    })
}
