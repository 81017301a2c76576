//! The clock and random ids live at the edge, so the domain stays deterministic.

use chrono::{DateTime, FixedOffset, Offset, Utc};

pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// `at` in the reader's time zone, as the browser knows it at that moment (so summer time applies
/// to summer dates). Files keep UTC; only what is shown is local.
pub fn local(at: DateTime<Utc>) -> DateTime<FixedOffset> {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at.timestamp_millis() as f64));
    // getTimezoneOffset is minutes to add to local time to reach UTC: west of Greenwich is positive.
    let minutes = -date.get_timezone_offset();
    let offset = if minutes.is_finite() { FixedOffset::east_opt((minutes * 60.0) as i32) } else { None };
    at.with_timezone(&offset.unwrap_or_else(|| Utc.fix()))
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
