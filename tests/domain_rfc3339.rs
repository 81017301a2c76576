//! `domain::rfc3339` reads what chrono's own parser reads for the shapes files carry, and refuses
//! what chrono refuses.

use chrono::{DateTime, NaiveDate, Utc};
use spec_lens::domain::rfc3339::{parse_date, parse_date_time};

fn chrono_date_time(text: &str) -> Option<DateTime<Utc>> {
    text.parse::<DateTime<Utc>>().ok()
}

#[test]
fn date_times_in_every_form_files_use_read_as_chrono_reads_them() {
    for text in [
        "2026-11-27T09:30:00Z",
        "2026-11-27T09:30:00.5Z",
        "2026-11-27T09:30:00.123456789Z",
        "2026-11-27T09:30:00.1234567891Z",
        "2026-11-27t09:30:00z",
        "2026-11-27 09:30:00Z",
        "2026-11-27T09:30:00+01:00",
        "2026-11-27T09:30:00-05:30",
        "2026-11-27T09:30:00+0100",
        "2026-11-27T09:30:00 UTC",
        "2026-1-2T3:4:5Z",
        "  2026-11-27T09:30:00Z  ",
        "2016-12-31T23:59:60Z",
        "0001-01-01T00:00:00Z",
        "+12026-11-27T09:30:00Z",
        "2026-01-01T00:30:00+01:00",
    ] {
        assert_eq!(parse_date_time(text), chrono_date_time(text), "{text}");
        assert!(parse_date_time(text).is_some(), "{text}");
    }
}

#[test]
fn what_is_not_a_date_time_is_refused() {
    for text in [
        "",
        "2026-11-27",
        "2026-11-27T09:30Z",
        "2026-11-27T09:30:00",
        "2026-13-01T00:00:00Z",
        "2026-02-30T00:00:00Z",
        "2026-11-27T24:00:00Z",
        "2026-11-27T09:30:00.Z",
        "2026-11-27T09:30:00Zjunk",
        "2026-11-27T09:30:00+24:00",
        "12026-11-27T09:30:00Z",
        "2026-11-27X09:30:00Z",
        "2026-11-27T09:30:00Ü",
        "ÜTC",
    ] {
        assert_eq!(parse_date_time(text), None, "{text}");
        assert_eq!(chrono_date_time(text), None, "chrono refuses {text} too");
    }
}

#[test]
fn dates_read_as_chrono_reads_them() {
    for text in
        ["2026-11-27", "2026-1-2", " 2026-11-27 ", "0001-01-01", "2024-02-29", "+12026-01-01", "-0044-03-15"]
    {
        assert_eq!(parse_date(text), text.trim().parse::<NaiveDate>().ok(), "{text}");
        assert!(parse_date(text).is_some(), "{text}");
    }
    for text in
        ["", "2026-11", "2026-11-27T00:00:00Z", "2023-02-29", "2026/11/27", "27-11-2026", "2026-11-27x"]
    {
        assert_eq!(parse_date(text), None, "{text}");
    }
}

#[test]
fn a_bad_date_in_a_file_names_itself() {
    let error = serde_json::from_str::<spec_lens::domain::KeyDates>(r#"{"service_start":"next spring"}"#)
        .map(|_| ())
        .unwrap_err()
        .to_string();
    assert!(error.contains("\"next spring\" is not a date; write one such as 2026-11-27"), "{error}");
    let dates: spec_lens::domain::KeyDates =
        serde_json::from_str(r#"{"service_start":null,"tender_launch":"2027-01-04"}"#).unwrap_or_default();
    assert_eq!(dates.service_start, None);
    assert_eq!(dates.tender_launch, NaiveDate::from_ymd_opt(2027, 1, 4));
}

#[cfg(not(target_arch = "wasm32"))]
mod props {
    use chrono::{DateTime, SecondsFormat, Utc};
    use proptest::prelude::*;
    use spec_lens::domain::rfc3339::parse_date_time;

    proptest! {
        #[test]
        fn every_time_chrono_writes_reads_back(
            secs in -62_000_000_000i64..250_000_000_000,
            nanos in 0u32..1_000_000_000,
            format in 0usize..4,
            offset in -86_399i32..86_400,
        ) {
            let Some(time) = DateTime::from_timestamp(secs, nanos) else { return Ok(()) };
            let seconds = [SecondsFormat::Secs, SecondsFormat::Millis, SecondsFormat::Nanos, SecondsFormat::AutoSi][format];
            let Some(zone) = chrono::FixedOffset::east_opt(offset / 60 * 60) else { return Ok(()) };
            for text in [time.to_rfc3339_opts(seconds, true), time.with_timezone(&zone).to_rfc3339_opts(seconds, false)] {
                prop_assert_eq!(parse_date_time(&text), text.parse::<DateTime<Utc>>().ok(), "{}", text);
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod never_panic {
    use proptest::prelude::*;
    use spec_lens::domain::numbers::parse_decimal;
    use spec_lens::domain::rfc3339::{parse_date, parse_date_time};

    proptest! {
        /// Files and forms feed these any text at all: they answer None, never panic.
        #[test]
        fn any_text_is_read_or_refused(text in prop_oneof![
            any::<String>(),
            "[-+0-9:.TtZz U\u{e9}]{0,40}",
            "[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{0,12})?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?",
        ]) {
            let _ = parse_date(&text);
            let _ = parse_date_time(&text);
            let _ = parse_decimal(&text);
        }
    }
}
