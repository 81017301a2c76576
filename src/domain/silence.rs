//! What a specification is *silent on*: the criteria none of whose search terms any clause uses.
//! A specification that never names a group makes no provision for it, and that silence is a
//! finding in its own right: the results page and every report list it, criterion by criterion,
//! with the terms that were looked for ("The specification never mentions: women, female, gender").
//!
//! Decisions:
//! - a criterion without usable search terms is never listed: nothing was looked for, so there is
//!   nothing to say (the same rule as `finder::silent_on`);
//! - a specification with no clauses gives no list: there is no text to be silent in, and listing
//!   every criterion would say only that. The page and the reports say instead that the
//!   specification has no text (`report::wording::silence_lead`);
//! - the answers play no part: silence is a fact of the text, whatever the assessor scored (a
//!   criterion answered Not applicable is still listed if its terms are missing).
//!
//! Each clause is split into folded words once, and each criterion's terms parsed once, so the page
//! folds the specification once for all the criteria.

use super::document::Clause;
use super::finder::{Fold, Terms, Words};
use super::framework::{CriterionId, Framework};

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
    if clauses.is_empty() {
        return Vec::new();
    }
    let texts: Vec<Words> = clauses.iter().map(|clause| Words::of(&clause.text, fold)).collect();
    framework
        .criteria()
        .filter_map(|(_, criterion)| {
            let terms = Terms::of(criterion, fold);
            let used = texts.iter().any(|words| terms.occur_in(words));
            (!terms.is_empty() && !used).then(|| Silence {
                criterion_id: criterion.id.clone(),
                terms: terms.terms().iter().map(|term| term.text().to_string()).collect(),
            })
        })
        .collect()
}
