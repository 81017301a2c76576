//! The clock and random ids live at the edge, so the domain stays deterministic.

use chrono::{DateTime, Utc};

pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// A short id that is unique in practice: the time in milliseconds plus 32 random bits.
pub fn new_id(prefix: &str) -> String {
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    format!("{prefix}-{:x}-{random:08x}", now().timestamp_millis())
}

/// A timestamp safe to use inside a storage key.
pub fn stamp() -> String {
    crate::domain::key_stamp(now())
}
