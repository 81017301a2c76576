//! Reading the dates and times files carry: `2026-11-27` and `2026-11-27T09:30:00Z` (RFC 3339).
//!
//! Why not chrono's `FromStr`: its general parser (format items, a `Parsed` resolver, week dates,
//! month names) is about 13 KB of the wasm, to read two fixed shapes. This reads what chrono's
//! relaxed RFC 3339 reads in practice: `T`, `t` or a space between date and time, digits not
//! padded, a fraction of a second of any length (nanoseconds kept), a leap second (`:60`), and an
//! offset of `Z`, `UTC` or `+01:00` (`+0100`, `+01`); years beyond 9999 carry a sign. Writing stays
//! with chrono (`Serialize`), so files are written exactly as before.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Utc};
use serde::{Deserialize, Deserializer};

/// A calendar date, `2026-11-27`; spaces around it are ignored.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let mut scan = Scan(text.trim());
    let date = scan.date()?;
    scan.0.is_empty().then_some(date)
}

/// A date and time with its offset from UTC, as the instant in UTC.
pub fn parse_date_time(text: &str) -> Option<DateTime<Utc>> {
    let mut scan = Scan(text.trim());
    let date = scan.date()?;
    scan.one_of(b"Tt ")?;
    let time = scan.time()?;
    scan.0 = scan.0.trim_start();
    let offset = scan.offset()?;
    if !scan.0.is_empty() {
        return None;
    }
    let local = NaiveDateTime::new(date, time);
    local.checked_sub_signed(TimeDelta::seconds(i64::from(offset))).map(|utc| utc.and_utc())
}

/// For `#[serde(deserialize_with)]` on a `DateTime<Utc>` field.
pub fn deserialize_date_time<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<Utc>, D::Error> {
    let text = String::deserialize(deserializer)?;
    parse_date_time(&text).ok_or_else(|| {
        serde::de::Error::custom(format!(
            "{text:?} is not a date and time; write one such as 2026-11-27T09:30:00Z"
        ))
    })
}

/// For `#[serde(deserialize_with)]` on an `Option<NaiveDate>` field: null or absent is None.
pub fn deserialize_optional_date<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<NaiveDate>, D::Error> {
    match Option::<String>::deserialize(deserializer)? {
        None => Ok(None),
        Some(text) => parse_date(&text).map(Some).ok_or_else(|| {
            serde::de::Error::custom(format!("{text:?} is not a date; write one such as 2026-11-27"))
        }),
    }
}

/// What is left of the text, read from the front.
struct Scan<'a>(&'a str);

impl Scan<'_> {
    fn date(&mut self) -> Option<NaiveDate> {
        let year = self.year()?;
        self.one_of(b"-")?;
        let month = self.digits(1, 2)?;
        self.one_of(b"-")?;
        let day = self.digits(1, 2)?;
        NaiveDate::from_ymd_opt(year, month, day)
    }

    /// Up to four digits, or a sign and any number (chrono's extended years).
    fn year(&mut self) -> Option<i32> {
        match self.0.as_bytes().first()? {
            b'+' | b'-' => {
                let negative = self.0.starts_with('-');
                self.0 = &self.0[1..];
                let year = i32::try_from(self.digits(1, 9)?).ok()?;
                Some(if negative { -year } else { year })
            }
            _ => i32::try_from(self.digits(1, 4)?).ok(),
        }
    }

    fn time(&mut self) -> Option<NaiveTime> {
        let hour = self.digits(1, 2)?;
        self.one_of(b":")?;
        let minute = self.digits(1, 2)?;
        self.one_of(b":")?;
        let second = self.digits(1, 2)?;
        let nanos = if self.one_of(b".").is_some() { self.fraction()? } else { 0 };
        // A leap second is second 59 with a second's worth of extra nanoseconds, as chrono keeps it.
        let (second, nanos) = if second == 60 { (59, nanos + 1_000_000_000) } else { (second, nanos) };
        NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)
    }

    /// Digits after the point as nanoseconds: the first nine count, any after are dropped.
    fn fraction(&mut self) -> Option<u32> {
        let length = self.0.bytes().take_while(u8::is_ascii_digit).count();
        if length == 0 {
            return None;
        }
        let (digits, rest) = self.0.split_at(length);
        self.0 = rest;
        let nine = digits.bytes().chain(std::iter::repeat(b'0')).take(9);
        Some(nine.fold(0, |n, b| n * 10 + u32::from(b - b'0')))
    }

    /// Seconds east of UTC.
    fn offset(&mut self) -> Option<i32> {
        if self.0.get(..3).is_some_and(|utc| utc.eq_ignore_ascii_case("UTC")) {
            self.0 = &self.0[3..];
            return Some(0);
        }
        let sign = match self.one_of(b"Zz+-")? {
            b'Z' | b'z' => return Some(0),
            b'-' => -1,
            _ => 1,
        };
        let hours = self.digits(2, 2)?;
        let minutes = if self.0.is_empty() {
            0
        } else {
            let _ = self.one_of(b":");
            self.digits(2, 2)?
        };
        (hours < 24 && minutes < 60).then(|| sign * (hours * 3600 + minutes * 60) as i32)
    }

    /// Between `min` and `max` ASCII digits, as a number.
    fn digits(&mut self, min: usize, max: usize) -> Option<u32> {
        let length = self.0.bytes().take(max).take_while(u8::is_ascii_digit).count();
        if length < min {
            return None;
        }
        let (digits, rest) = self.0.split_at(length);
        self.0 = rest;
        Some(digits.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
    }

    /// The next byte if it is one of `allowed`.
    fn one_of(&mut self, allowed: &[u8]) -> Option<u8> {
        let first = *self.0.as_bytes().first()?;
        if allowed.contains(&first) {
            self.0 = &self.0[1..];
            Some(first)
        } else {
            None
        }
    }
}
