//! The workshop in progress, shared by every window of this page: the facilitator's workshop
//! page, the presenter view and the projector. Each change is kept in localStorage (so any window
//! can be reloaded) and posted on a BroadcastChannel (so the others follow at once, no server).

use leptos::prelude::*;
use serde::Deserialize;

use crate::browser::channel::Channel;
use crate::browser::{clock, screen, storage};
use crate::domain::json::{from_json, to_json};
use crate::domain::moderation::{Merged, Moderation, Session};
use crate::domain::Framework;
use crate::i18n::messages::merge::WorkshopStore;
use crate::i18n::tf;
use crate::state::catalogue::use_catalogue;
use crate::state::language::use_language;

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
    /// The session's framework worded in the page's language, for showing (the session keeps the
    /// framework as the files brought it).
    pub worded: Memo<Option<Framework>>,
    /// Why the workshop could not be kept or read, shown until the next good save.
    pub problem: RwSignal<Option<String>>,
    /// Milliseconds since the epoch, ticking twice a second for the timers.
    pub now_ms: RwSignal<i64>,
    channel: StoredValue<Option<Channel>, LocalStorage>,
    started: StoredValue<bool>,
}

/// Only the context: the stored workshop is read, the channel opened and the clock started the
/// first time a workshop view asks for them, so other pages do not pay for it at start-up.
/// Needs the catalogue and the language provided first.
pub fn provide_workshop() {
    let session = RwSignal::new(None::<Session>);
    let (catalogue, language) = (use_catalogue(), use_language());
    // Worded again only when the framework or the language changes, not at every score.
    let framework = Memo::new(move |_| session.with(|s| s.as_ref().map(|s| s.framework.clone())));
    let worded = Memo::new(move |_| {
        let lang = language.current.get();
        framework.with(|f| f.as_ref().map(|f| catalogue.with_value(|c| c.worded(f, lang))))
    });
    provide_context(Workshop {
        session,
        worded,
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

    /// As `with_current`, with the framework worded in the page's language.
    pub fn with_current_worded<T>(
        &self,
        read: impl FnOnce(&Session, &Framework, &str) -> Option<T>,
    ) -> Option<T> {
        self.worded.with(|f| self.with_current(|s, id| read(s, f.as_ref()?, id)))
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
        self.session.set(Some(next));
        // Kept and posted once the workshop is on screen: writing, reading back and posting a
        // fifty-person session takes about as long as drawing the page. What is kept is the
        // session as it is then, so a change made meanwhile (kept by `update` too) is not undone,
        // and a workshop ended meanwhile is not brought back.
        let workshop = *self;
        screen::after_paint(Box::new(move || workshop.session.with_untracked(|s| workshop.keep(s.as_ref()))));
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
