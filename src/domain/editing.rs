//! State transitions of an assessment. Every change goes through here so the rules hold in one
//! place: a final assessment refuses edits until reopened, every saved change bumps the revision
//! and the update time, and a Not applicable answer always carries its reason.

use chrono::{DateTime, Utc};

use super::assessment::{Answer, Assessment, Evidence, Response, Status};
use super::framework::{Framework, MAX_LEVEL};

/// Why an edit was refused; each has one plain sentence for the screen, worded in the reader's
/// language by `i18n::refusals`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    Final,
    UnknownCriterion(String),
    LevelOutOfRange(u8),
    ReasonRequired,
    /// Rationale and evidence explain an answer, so they wait for one.
    NotAnswered,
}

impl std::error::Error for EditError {}

impl Assessment {
    pub fn is_final(&self) -> bool {
        self.status == Status::Final
    }

    /// Sets the answer of one criterion, keeping its rationale and evidence.
    pub fn answer(
        &mut self,
        framework: &Framework,
        criterion_id: &str,
        answer: Answer,
        now: DateTime<Utc>,
    ) -> Result<(), EditError> {
        self.check_editable(framework, criterion_id)?;
        check_answer(&answer)?;
        match self.responses.get_mut(criterion_id) {
            Some(response) => response.answer = answer,
            None => {
                let response = Response { answer, rationale: String::new(), evidence: vec![] };
                self.responses.insert(criterion_id.to_string(), response);
            }
        }
        self.touch(now);
        Ok(())
    }

    /// Removes the answer, rationale and evidence of one criterion: it becomes unanswered.
    pub fn clear(
        &mut self,
        framework: &Framework,
        criterion_id: &str,
        now: DateTime<Utc>,
    ) -> Result<(), EditError> {
        self.check_editable(framework, criterion_id)?;
        if self.responses.remove(criterion_id).is_some() {
            self.touch(now);
        }
        Ok(())
    }

    /// Sets the rationale of an answered criterion.
    pub fn set_rationale(
        &mut self,
        framework: &Framework,
        criterion_id: &str,
        rationale: String,
        now: DateTime<Utc>,
    ) -> Result<(), EditError> {
        self.edit_response(framework, criterion_id, now, |r| r.rationale = rationale)
    }

    pub fn add_evidence(
        &mut self,
        framework: &Framework,
        criterion_id: &str,
        evidence: Evidence,
        now: DateTime<Utc>,
    ) -> Result<(), EditError> {
        self.edit_response(framework, criterion_id, now, |r| {
            if !r.evidence.contains(&evidence) {
                r.evidence.push(evidence);
            }
        })
    }

    pub fn remove_evidence(
        &mut self,
        framework: &Framework,
        criterion_id: &str,
        index: usize,
        now: DateTime<Utc>,
    ) -> Result<(), EditError> {
        self.edit_response(framework, criterion_id, now, |r| {
            if index < r.evidence.len() {
                r.evidence.remove(index);
            }
        })
    }

    /// Renames the specification; a final assessment keeps its title until reopened.
    pub fn set_title(&mut self, title: String, now: DateTime<Utc>) -> Result<(), EditError> {
        if self.is_final() {
            return Err(EditError::Final);
        }
        self.specification.title = title;
        self.touch(now);
        Ok(())
    }

    /// Locks the assessment against edits until `reopen`.
    pub fn finalise(&mut self, now: DateTime<Utc>) {
        if self.status != Status::Final {
            self.status = Status::Final;
            self.touch(now);
        }
    }

    pub fn reopen(&mut self, now: DateTime<Utc>) {
        if self.status != Status::Draft {
            self.status = Status::Draft;
            self.touch(now);
        }
    }

    fn edit_response(
        &mut self,
        framework: &Framework,
        criterion_id: &str,
        now: DateTime<Utc>,
        change: impl FnOnce(&mut Response),
    ) -> Result<(), EditError> {
        self.check_editable(framework, criterion_id)?;
        let response = self.responses.get_mut(criterion_id).ok_or(EditError::NotAnswered)?;
        change(response);
        self.touch(now);
        Ok(())
    }

    fn check_editable(&self, framework: &Framework, criterion_id: &str) -> Result<(), EditError> {
        if self.is_final() {
            return Err(EditError::Final);
        }
        if framework.criterion(criterion_id).is_none() {
            return Err(EditError::UnknownCriterion(criterion_id.to_string()));
        }
        Ok(())
    }

    /// Records a saved change: the revision goes up and the update time never goes back.
    pub(super) fn touch(&mut self, now: DateTime<Utc>) {
        self.revision = self.revision.saturating_add(1);
        self.updated_at = now.max(self.updated_at);
    }
}

fn check_answer(answer: &Answer) -> Result<(), EditError> {
    match answer {
        Answer::Level { level } if *level > MAX_LEVEL => Err(EditError::LevelOutOfRange(*level)),
        Answer::NotApplicable { reason } if reason.trim().is_empty() => Err(EditError::ReasonRequired),
        _ => Ok(()),
    }
}
