//! Reading and writing the numbers Spec Lens shows and stores, without the standard library's
//! general float parser and printer.
//!
//! Why: `str::parse::<f64>` and `{}`/`{:.1}` on an `f64` bring their algorithms into the wasm with
//! them: a 10 KB table of powers of five to parse, Grisu and Dragon with their tables to print, about
//! 20 KB gzip on every first load. The numbers here are short decimals (weights such as 2.5, band
//! thresholds, percentages and coordinates to a tenth), and for those an exact method is small: a
//! decimal of at most 15 significant digits, multiplied or divided by a power of ten up to 10^22, is
//! one correctly rounded floating-point operation (Clinger's fast path). serde_json reads numbers the
//! same way, so a weight read here is written and read back bit for bit.

/// Significant digits kept when reading a decimal; the 16th rounds the 15th (half up).
pub const MAX_SIGNIFICANT_DIGITS: u32 = 15;

/// 10^0 to 10^22: every one is exact as an `f64`.
const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
    1e19, 1e20, 1e21, 1e22,
];

/// A decimal number: an optional sign, digits with an optional point (`2`, `2.5`, `.5`, `5.`), and
/// an optional exponent (`1e3`, `2.5E-2`). None for anything else (spaces, commas, `inf`, `NaN`) and
/// for a number too large to be finite. Beyond 15 significant digits the number is rounded to 15.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, unsigned) = split_sign(text)?;
    let (mantissa, point) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], parse_exponent(&unsigned[at + 1..])?),
        None => (unsigned, 0),
    };
    let (digits, exponent) = significand(mantissa)?;
    let magnitude = scale(digits, exponent.saturating_add(point))?;
    Some(if negative { -magnitude } else { magnitude })
}

/// The digits of `mantissa` as an integer of at most 15 digits, with the power of ten it stands for.
fn significand(mantissa: &str) -> Option<(u64, i32)> {
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + fraction.len() == 0 || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let (mut value, mut kept, mut exponent) = (0u64, 0u32, 0i32);
    let mut round_up = false;
    let mut dropped = false;
    for (b, in_fraction) in whole.bytes().map(|b| (b, false)).chain(fraction.bytes().map(|b| (b, true))) {
        let digit = u64::from(b - b'0');
        if kept < MAX_SIGNIFICANT_DIGITS {
            if value > 0 || digit > 0 {
                value = value * 10 + digit;
                kept += 1;
            }
            exponent -= i32::from(in_fraction);
        } else {
            if !dropped {
                round_up = digit >= 5;
                dropped = true;
            }
            exponent += i32::from(!in_fraction);
        }
    }
    Some((value + u64::from(round_up), exponent))
}

/// An exponent's digits with an optional sign, saturating far beyond any finite `f64`.
fn parse_exponent(text: &str) -> Option<i32> {
    let (negative, digits) = split_sign(text)?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value = digits.bytes().fold(0i32, |n, b| n.saturating_mul(10).saturating_add(i32::from(b - b'0')));
    Some(if negative { -value } else { value })
}

/// Whether `text` starts with a minus, and the text after its sign; None for empty text.
fn split_sign(text: &str) -> Option<(bool, &str)> {
    match text.as_bytes().first()? {
        b'-' => Some((true, &text[1..])),
        b'+' => Some((false, &text[1..])),
        _ => Some((false, text)),
    }
}

/// `digits` x 10^`exponent`: exact for exponents from -22 to 22 (one rounding); beyond, repeated
/// scaling, which is within a few units in the last place and only meets numbers no user types.
fn scale(digits: u64, exponent: i32) -> Option<f64> {
    let mut value = digits as f64;
    if value == 0.0 {
        return Some(0.0);
    }
    let mut exponent = exponent;
    // Stops once the number is out of range, so an exponent of a billion costs no more than 309.
    while exponent > 22 && value.is_finite() {
        value *= 1e22;
        exponent -= 22;
    }
    while exponent < -22 && value != 0.0 {
        value /= 1e22;
        exponent += 22;
    }
    let power = POWERS_OF_TEN.get(exponent.unsigned_abs() as usize).copied().unwrap_or(1.0);
    let value = if exponent >= 0 { value * power } else { value / power };
    value.is_finite().then_some(value)
}

/// `value` with exactly `decimals` digits after the point (`fixed(2.25, 1)` is "2.3"): halves round
/// away from zero. Decimals above 6 are treated as 6. Not a number reads "NaN"; infinities "inf".
pub fn fixed(value: f64, decimals: u32) -> String {
    if !value.is_finite() {
        return non_finite(value);
    }
    let decimals = decimals.min(6);
    let unit = 10u64.pow(decimals);
    // Saturates above about 1.8e19 / unit: far beyond any number the page shows.
    let scaled = (value.abs() * unit as f64).round() as u64;
    let sign = if value < 0.0 && scaled != 0 { "-" } else { "" };
    let whole = scaled / unit;
    if decimals == 0 {
        return format!("{sign}{whole}");
    }
    let fraction = scaled % unit;
    format!("{sign}{whole}.{fraction:0width$}", width = decimals as usize)
}

/// `value` in its shortest decimal form that reads back as the same number: 2 (not 2.0), 2.5,
/// 0.1. What `{}` prints for numbers below 10^15 with at most 6 decimals; others (which no user
/// types) come in serde_json's shortest form, which may use an exponent (1e-7).
pub fn shortest(value: f64) -> String {
    if !value.is_finite() {
        return non_finite(value);
    }
    if value == value.trunc() && value.abs() < 1e18 {
        return fixed(value, 0);
    }
    if value.abs() >= 1e15 {
        return exact(value);
    }
    (1..=6)
        .map(|decimals| fixed(value, decimals))
        .find(|text| parse_decimal(text) == Some(value))
        .unwrap_or_else(|| exact(value))
}

/// Every digit `value` needs to read back (up to 17), in exponent form when long: serde_json's printer.
fn exact(value: f64) -> String {
    serde_json::Number::from_f64(value).map_or_else(|| non_finite(value), |n| n.to_string())
}

/// `value` rounded to 15 significant digits, with its full shortest form when that changed it:
/// what the importer does to a number only another program could have written (0.1 + 0.2 is
/// 0.30000000000000004), so that it is written and read back the same from then on.
pub fn to_fifteen_digits(value: f64) -> Option<(f64, String)> {
    let full = exact(value);
    let rounded = parse_decimal(&full)?;
    (rounded.to_bits() != value.to_bits()).then_some((rounded, full))
}

fn non_finite(value: f64) -> String {
    match (value.is_nan(), value > 0.0) {
        (true, _) => "NaN".to_string(),
        (false, true) => "inf".to_string(),
        (false, false) => "-inf".to_string(),
    }
}
