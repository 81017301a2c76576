//! Messages that hold elements: a sentence is translated whole, with slots (`{address}`) where a
//! link or `<code>` goes, so each language puts them where its grammar wants them.

use leptos::prelude::*;

use crate::i18n::{parts, Part};

/// The message's text, with each slot drawn by `slot` (given the slot's name).
pub fn with_slots(message: &'static str, mut slot: impl FnMut(&str) -> AnyView) -> Vec<AnyView> {
    parts(message)
        .into_iter()
        .map(|part| match part {
            Part::Text(text) => text.into_any(),
            Part::Slot(name) => slot(name),
        })
        .collect()
}
