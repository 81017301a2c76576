//! Dates as each language writes them: "5 December 2026", "5 Rhagfyr 2026".

use chrono::Datelike;

use crate::i18n::t;

crate::messages! {
    pub enum Month in "month" {
        January: "January" => "Ionawr",
        February: "February" => "Chwefror",
        March: "March" => "Mawrth",
        April: "April" => "Ebrill",
        May: "May" => "Mai",
        June: "June" => "Mehefin",
        July: "July" => "Gorffennaf",
        August: "August" => "Awst",
        September: "September" => "Medi",
        October: "October" => "Hydref",
        November: "November" => "Tachwedd",
        December: "December" => "Rhagfyr",
    }
}

const MONTHS: [Month; 12] = [
    Month::January,
    Month::February,
    Month::March,
    Month::April,
    Month::May,
    Month::June,
    Month::July,
    Month::August,
    Month::September,
    Month::October,
    Month::November,
    Month::December,
];

/// "5 December 2026" in the current language (day, month's name, year in both).
pub fn long_date(date: impl Datelike) -> String {
    let month = MONTHS[date.month0() as usize % 12];
    format!("{} {} {}", date.day(), t(month), date.year())
}

crate::messages! {
    /// Months cut short for lists and tables.
    pub enum ShortMonth in "month_short" {
        Jan: "Jan" => "Ion",
        Feb: "Feb" => "Chwef",
        Mar: "Mar" => "Maw",
        Apr: "Apr" => "Ebr",
        May: "May" => "Mai",
        Jun: "Jun" => "Meh",
        Jul: "Jul" => "Gorff",
        Aug: "Aug" => "Awst",
        Sep: "Sep" => "Medi",
        Oct: "Oct" => "Hyd",
        Nov: "Nov" => "Tach",
        Dec: "Dec" => "Rhag",
    }
}

const SHORT_MONTHS: [ShortMonth; 12] = [
    ShortMonth::Jan,
    ShortMonth::Feb,
    ShortMonth::Mar,
    ShortMonth::Apr,
    ShortMonth::May,
    ShortMonth::Jun,
    ShortMonth::Jul,
    ShortMonth::Aug,
    ShortMonth::Sep,
    ShortMonth::Oct,
    ShortMonth::Nov,
    ShortMonth::Dec,
];

/// "3 Mar 2021, 14:05" in the current language, in whatever zone `at` is in (the page passes the
/// reader's local time, `browser::clock::local`).
pub fn short_date_time(at: impl Datelike + chrono::Timelike) -> String {
    let month = SHORT_MONTHS[at.month0() as usize % 12];
    format!("{} {} {}, {:02}:{:02}", at.day(), t(month), at.year(), at.hour(), at.minute())
}
