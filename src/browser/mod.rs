//! The only layer that touches `web_sys`/`gloo`. Never panics; failures are returned or ignored
//! where nothing useful can be done (a missing window in a test).

pub mod channel;
pub mod clipboard;
pub mod clock;
pub mod compression;
pub mod digest;
pub mod download;
pub mod files;
pub mod fold;
pub mod forget;
pub mod language;
pub mod lifecycle;
pub mod location;
pub mod pdf;
pub mod reader;
pub mod screen;
pub mod selection;
pub mod storage;
pub mod timing;
