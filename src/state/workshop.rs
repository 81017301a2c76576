//! The workshop in progress, shared by every window of this page: the facilitator's workshop
//! page, the presenter view and the projector. Each change is kept in localStorage (so any window
//! can be reloaded) and posted on a BroadcastChannel (so the others follow at once, no server).

use leptos::prelude::*;
use serde::Deserialize;

use crate::browser::channel::Channel;
use crate::browser::{clock, screen, storage};
use crate::domain::json::{from_json, to_json};
use crate::domain::moderation::{Merged, Moderation, Session};
use crate::i18n::messages::merge::WorkshopStore;
use crate::i18n::tf;

const CHANNEL: &str = "spec-lens-workshop";

/// What one window tells the others: the whole state, or None when the workshop ended.
/// Written by hand in `keep` and `end` (`{"session": …}`), read with serde.
#[derive(Deserialize)]
struct Message {
    session: Option<Session>,
}

#[derive(Clone, Copy)]
pub struct Workshop {
    pub session: RwSignal<Option<Session>>,
    /// Why the workshop could not be kept or read, shown until the next good save.
    pub problem: RwSignal<Option<String>>,
    /// Milliseconds since the epoch, ticking twice a second for the timers.
    pub now_ms: RwSignal<i64>,
    channel: StoredValue<Option<Channel>, LocalStorage>,
    started: StoredValue<bool>,
}

/// Only the context: the stored workshop is read, the channel opened and the clock started the
/// first time a workshop view asks for them, so other pages do not pay for it at start-up.
pub fn provide_workshop() {
    provide_context(Workshop {
        session: RwSignal::new(None),
        problem: RwSignal::new(None),
        now_ms: RwSignal::new(0),
        channel: StoredValue::new_local(None),
        started: StoredValue::new(false),
    });
}

pub fn use_workshop() -> Workshop {
    let workshop = expect_context::<Workshop>();
    workshop.start_once();
    workshop
}

fn load(session: RwSignal<Option<Session>>, problem: RwSignal<Option<String>>) {
    let raw = match storage::load_workshop() {
        Ok(Some(raw)) => raw,
        Ok(None) => return,
        Err(error) => return problem.set(Some(error.to_string())),
    };
    match from_json::<Session>(&raw) {
        Ok(stored) => session.set(Some(stored)),
        Err(error) => {
            let kept = storage::quarantine_workshop(&raw, &clock::stamp()).is_ok();
            let message =
                if kept { WorkshopStore::UnreadableSetAside } else { WorkshopStore::UnreadableLeft };
            problem.set(Some(tf(message, &[("error", &error.to_string())])));
        }
    }
}

/// Another window's change: taken when it is newer, so a late message never undoes a later one.
fn receive(session: RwSignal<Option<Session>>, text: &str) {
    let Ok(message) = from_json::<Message>(text) else { return };
    match message.session {
        None => session.set(None),
        Some(incoming) => {
            let newer = session.with_untracked(|s| s.as_ref().is_none_or(|s| s.is_superseded_by(&incoming)));
            if newer {
                session.set(Some(incoming));
            }
        }
    }
}

impl Workshop {
    fn start_once(&self) {
        if self.started.get_value() {
            return;
        }
        self.started.set_value(true);
        load(self.session, self.problem);
        let session = self.session;
        self.channel.set_value(Channel::open(CHANNEL, move |text| receive(session, &text)));
        let now_ms = self.now_ms;
        now_ms.set(screen::now_ms());
        screen::every(500, move || now_ms.set(screen::now_ms()));
    }

    /// Reads the session with the criterion on screen (tracked); None when there is no workshop.
    pub fn with_current<T>(&self, read: impl FnOnce(&Session, &str) -> Option<T>) -> Option<T> {
        self.session.with(|s| {
            let s = s.as_ref()?;
            let id = s.current_id()?;
            read(s, &id)
        })
    }

    /// Changes the moderation at the criterion on screen, then keeps and shares the new state.
    pub fn update_current(&self, change: impl FnOnce(&mut Moderation, &str)) {
        self.update(|s| {
            if let Some(id) = s.current_id() {
                change(&mut s.moderation, &id);
            }
        });
    }

    /// Starts a workshop from merged files, replacing any in progress (the page asks first).
    pub fn start(&self, merged: Merged) {
        let mut next = Session::new(merged);
        // A higher revision than any earlier workshop, so other windows take it.
        next.revision = self.session.with_untracked(|s| s.as_ref().map_or(1, |s| s.revision + 1));
        self.session.set(Some(next.clone()));
        self.keep(Some(&next));
    }

    /// Changes the workshop, then keeps and shares the new state.
    pub fn update(&self, change: impl FnOnce(&mut Session)) {
        let mut changed = None;
        self.session.update(|s| {
            if let Some(s) = s {
                change(s);
                s.revision += 1;
                changed = Some(s.clone());
            }
        });
        if let Some(next) = changed {
            self.keep(Some(&next));
        }
    }

    /// Ends the workshop in every window.
    pub fn end(&self) {
        self.session.set(None);
        if let Err(error) = storage::clear_workshop() {
            self.problem.set(Some(error.to_string()));
        }
        self.post(r#"{"session":null}"#);
    }

    /// Stores the state and posts it to the other windows: one serialisation serves both.
    fn keep(&self, session: Option<&Session>) {
        let Some(session) = session else { return };
        let raw = match to_json(session) {
            Ok(raw) => raw,
            Err(error) => return self.problem.set(Some(error.to_string())),
        };
        let saved = storage::save_workshop(&raw);
        self.problem
            .set(saved.err().map(|error| tf(WorkshopStore::NotKept, &[("error", &error.to_string())])));
        self.post(&format!("{{\"session\":{raw}}}"));
    }

    fn post(&self, text: &str) {
        self.channel.with_value(|c| {
            if let Some(c) = c {
                c.post(text);
            }
        });
    }
}
