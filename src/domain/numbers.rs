//! Reading and writing the numbers Spec Lens shows and stores.
//!
//! Writing starts from the digits `{}` prints: the shortest decimal that reads back as the same
//! number, which for anything a person typed is what they typed. Rounding to fewer digits rounds
//! that decimal, halves away from zero, as people and spreadsheets do: 1.005 to two decimals is
//! "1.01", 2.25 to one is "2.3", 62.5 to none is "63". `format!("{:.2}")` rounds the binary value
//! instead, which for 1.005 is 1.00499999999999989...: "1.00"; and it breaks exact ties to even:
//! 2.25 gives "2.2" and 62.5 gives "62". Apart from those halves the two agree (`tests/domain_numbers.rs`
//! checks it over many values). Both of std's float printers are in the page anyway, so this costs
//! nothing to speak of: the hand-written printer it replaced rounded 1.005 to "1.00" but 1.045 to
//! "1.05" and stopped at about 1.8e19, for 627 bytes gzip less (BENCHMARKS.md).
//!
//! Reading stays hand-written: `str::parse::<f64>` adds 13.2 KB gzip to the page (its table of
//! powers of five and its big-number fallback; measured, BENCHMARKS.md). The numbers read here are
//! short decimals (weights such as 2.5, band thresholds, percentages), and for those an exact
//! method is small: a decimal of at most 15 significant digits, multiplied or divided by a power of
//! ten up to 10^22 (more while the digits times the extra tens stay below 2^53), is one correctly
//! rounded floating-point operation (Clinger's fast path), so the result is bit for bit std's (a
//! property test checks it). Longer decimals are first rounded to 15
//! digits, so that serde_json (built without `float_roundtrip`) reads a stored weight back bit for
//! bit. Only beyond that (about 10^37, or below 10^-22 times the digits), where no user's number
//! lies, is the result within a few units in the last place rather than exact.

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
    // Clinger's extended fast path, as std's parser has it: a whole number below 2^53 times ten is
    // still exact, so 54713541018208e23 is 547135410182080e22, one rounding.
    while exponent > 22 && value * 10.0 < 9_007_199_254_740_992.0 {
        value *= 10.0;
        exponent -= 1;
    }
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

/// The digits of |value| as `{}` writes it (never with an exponent), and how many come before the
/// point: 2.5 is "25" with 1, 0.05 is "005" with 1.
struct Written {
    digits: Vec<u8>,
    point: usize,
}

impl Written {
    fn of(value: f64) -> Written {
        let text = value.abs().to_string();
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        Written { digits: [whole.as_bytes(), fraction.as_bytes()].concat(), point: whole.len() }
    }

    /// Keeps the first `keep` digits (padding with zeros), rounding half away from zero on what is
    /// dropped; a carry out of the first digit adds a digit in front.
    fn round_to(&mut self, keep: usize) {
        let round_up = self.digits.get(keep).is_some_and(|&d| d >= b'5');
        self.digits.resize(keep, b'0');
        if !round_up {
            return;
        }
        for digit in self.digits.iter_mut().rev() {
            if *digit == b'9' {
                *digit = b'0';
            } else {
                *digit += 1;
                return;
            }
        }
        self.digits.insert(0, b'1');
        self.point += 1;
    }
}

/// `value` with exactly `decimals` digits after the point, rounding the number as `{}` writes it,
/// halves away from zero: `fixed(2.25, 1)` is "2.3", `fixed(1.005, 2)` is "1.01". Decimals above 6
/// are treated as 6. No negative zero ("0.00" for -0.004). Not a number reads "NaN"; infinities "inf".
pub fn fixed(value: f64, decimals: u32) -> String {
    if !value.is_finite() {
        return non_finite(value);
    }
    let decimals = decimals.min(6) as usize;
    let mut written = Written::of(value);
    written.round_to(written.point + decimals);
    let sign = if value < 0.0 && written.digits.iter().any(|&d| d != b'0') { "-" } else { "" };
    let (whole, fraction) = written.digits.split_at(written.point);
    let (whole, fraction) = (String::from_utf8_lossy(whole), String::from_utf8_lossy(fraction));
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction}")
    }
}

/// `value` in its shortest decimal form that reads back as the same number: 2 (not 2.0), 2.5,
/// 0.1. What `{}` prints for numbers below 10^15 with at most 6 decimals; others (which no user
/// types) come in serde_json's shortest form, which may use an exponent (1e-7).
pub fn shortest(value: f64) -> String {
    if !value.is_finite() {
        return non_finite(value);
    }
    if value == 0.0 {
        return "0".to_string();
    }
    let whole = value == value.trunc();
    if value.abs() < 1e15 || (whole && value.abs() < 1e18) {
        let text = value.to_string();
        if text.split_once('.').is_none_or(|(_, decimals)| decimals.len() <= 6) {
            return text;
        }
    }
    exact(value)
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
