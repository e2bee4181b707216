//! Decimal text <-> `f64` for numbers people type and links carry.
//!
//! `core`'s float formatting and parsing bring about 30 KB of code and tables
//! into the WebAssembly build; this module does the same job for the numbers a
//! plan holds with integer arithmetic only:
//! - [`format`] writes up to [`MAX_DECIMALS`] decimals, trailing zeros trimmed.
//! - [`parse`] reads `[-+]digits[.digits][e[-+]digits]`. With at most 15
//!   significant digits and an exponent within ±22 (everything [`format`]
//!   writes), the result is exact: both the digits and the power of ten are
//!   exact in `f64`, so one multiplication or division rounds once (Clinger's
//!   fast path). Longer inputs are read to within a few units in the last place.
//! - [`format_exact`] adds a bit-pattern form (`x` + 16 hex digits) for values
//!   that decimal text cannot carry exactly, so a link round-trips any `f64`.

/// Most decimals [`format`] writes.
pub const MAX_DECIMALS: u32 = 6;

/// Largest magnitude [`format`] writes digit by digit (beyond, it uses an exponent).
const PLAIN_LIMIT: f64 = 1e15;

/// Exact powers of ten up to 10^22, the largest exactly representable in `f64`.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Writes `value` with at most six decimals, trimming trailing zeros
/// (`40`, `12.5`, `0.000001`, `-3`). Very large or tiny magnitudes use an
/// exponent (`1.5e20`). Non-finite values are written as `NaN`, `inf`, `-inf`
/// (they never reach the screen: validation rejects them first).
pub fn format(value: f64) -> String {
    if value.is_nan() {
        return "NaN".into();
    }
    if value.is_infinite() {
        return if value > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        };
    }
    let sign = if value < 0.0 { "-" } else { "" };
    let magnitude = value.abs();
    if magnitude >= PLAIN_LIMIT || (magnitude != 0.0 && magnitude < 1e-6) {
        return format!("{sign}{}", format_scientific(magnitude));
    }
    let scaled = (magnitude * POW10[MAX_DECIMALS as usize]).round() as u64;
    let unit = POW10[MAX_DECIMALS as usize] as u64;
    let (whole, fraction) = (scaled / unit, scaled % unit);
    if fraction == 0 {
        if whole == 0 {
            return "0".into();
        }
        return format!("{sign}{whole}");
    }
    let digits = format!("{fraction:06}");
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

/// `m.mmmmmmmmmmmmmmex` with up to 15 significant digits, for magnitudes outside
/// the plain range. `magnitude` is finite and positive.
fn format_scientific(magnitude: f64) -> String {
    let mut exponent = 0i32;
    let mut m = magnitude;
    while m >= 10.0 {
        m /= 10.0;
        exponent += 1;
    }
    while m < 1.0 {
        m *= 10.0;
        exponent -= 1;
    }
    let digits = (m * 1e14).round() as u64;
    let (digits, exponent) = if digits >= 1_000_000_000_000_000 {
        (digits / 10, exponent + 1)
    } else {
        (digits, exponent)
    };
    let text = digits.to_string();
    let (head, tail) = text.split_at(1);
    let tail = tail.trim_end_matches('0');
    if tail.is_empty() {
        format!("{head}e{exponent}")
    } else {
        format!("{head}.{tail}e{exponent}")
    }
}

/// Writes `value` so that [`parse_exact`] gives back exactly the same bits:
/// [`format`] when that text reads back exactly, otherwise `x` followed by the
/// 16 hex digits of the bit pattern.
pub fn format_exact(value: f64) -> String {
    let text = format(value);
    match parse(&text) {
        Some(back) if back.to_bits() == value.to_bits() => text,
        _ => format!("x{:016x}", value.to_bits()),
    }
}

/// Reads what [`format_exact`] wrote: decimal text or an `x` bit pattern.
pub fn parse_exact(text: &str) -> Option<f64> {
    match text.strip_prefix('x') {
        Some(hex) if hex.len() == 16 => u64::from_str_radix(hex, 16).ok().map(f64::from_bits),
        Some(_) => None,
        None => parse(text),
    }
}

/// Reads `[-+]digits[.digits][(e|E)[-+]digits]`; at least one digit is needed.
/// Returns `None` for anything else, including `NaN`, `inf` and empty text.
/// A value too large for `f64` comes back infinite (callers reject it).
pub fn parse(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let negative = read_sign(bytes, &mut i);
    let mut mantissa: u64 = 0;
    let mut significant = 0u32;
    let mut dropped = 0i64; // integer digits beyond the 19 kept
    let mut scale = 0i64; // decimals kept
    let mut any_digit = false;
    let mut seen_point = false;
    while i < bytes.len() {
        match bytes[i] {
            b'0'..=b'9' => {
                any_digit = true;
                let digit = u64::from(bytes[i] - b'0');
                if significant < 19 {
                    if mantissa != 0 || digit != 0 {
                        significant += 1;
                    }
                    mantissa = mantissa * 10 + digit;
                    if seen_point {
                        scale += 1;
                    }
                } else if !seen_point {
                    dropped += 1;
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => break,
        }
        i += 1;
    }
    if !any_digit {
        return None;
    }
    let mut exponent: i64 = 0;
    if i < bytes.len() && (bytes[i] == b'e' || bytes[i] == b'E') {
        i += 1;
        let exp_negative = read_sign(bytes, &mut i);
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            exponent = (exponent * 10 + i64::from(bytes[i] - b'0')).min(100_000);
            i += 1;
        }
        if i == start {
            return None;
        }
        if exp_negative {
            exponent = -exponent;
        }
    }
    if i != bytes.len() {
        return None;
    }
    let power = exponent + dropped - scale;
    let value = scale_by_power_of_ten(mantissa, power);
    Some(if negative { -value } else { value })
}

/// Reads an optional `-` or `+` at `bytes[*i]`, moving past it; true for `-`.
fn read_sign(bytes: &[u8], i: &mut usize) -> bool {
    match bytes.get(*i) {
        Some(b'-') => {
            *i += 1;
            true
        }
        Some(b'+') => {
            *i += 1;
            false
        }
        _ => false,
    }
}

/// `mantissa × 10^power`, exact when `mantissa ≤ 2^53` and `|power| ≤ 22`.
fn scale_by_power_of_ten(mantissa: u64, power: i64) -> f64 {
    if mantissa == 0 {
        return 0.0;
    }
    let m = mantissa as f64;
    if (0..=22).contains(&power) {
        return m * POW10[power as usize];
    }
    if (-22..0).contains(&power) {
        return m / POW10[(-power) as usize];
    }
    // Outside the exact range: step by 10^22, a few rounding steps at most.
    let mut value = m;
    let mut remaining = power;
    while remaining > 22 {
        value *= POW10[22];
        remaining -= 22;
        if value.is_infinite() {
            return value;
        }
    }
    while remaining < -22 {
        value /= POW10[22];
        remaining += 22;
        if value == 0.0 {
            return 0.0;
        }
    }
    if remaining >= 0 {
        value * POW10[remaining as usize]
    } else {
        value / POW10[(-remaining) as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_plan_numbers_plainly() {
        assert_eq!(format(40.0), "40");
        assert_eq!(format(12.5), "12.5");
        assert_eq!(format(-3.0), "-3");
        assert_eq!(format(0.0), "0");
        assert_eq!(format(-0.0), "0");
        assert_eq!(format(1104.0), "1104");
        assert_eq!(format(0.1 + 0.2), "0.3");
        assert_eq!(format(2_000_000.0), "2000000");
        assert_eq!(format(1.5e20), "1.5e20");
        assert_eq!(format(2.5e-9), "2.5e-9");
    }

    #[test]
    fn parses_what_people_type() {
        assert_eq!(parse("40"), Some(40.0));
        assert_eq!(parse("12.5"), Some(12.5));
        assert_eq!(parse(".5"), Some(0.5));
        assert_eq!(parse("5."), Some(5.0));
        assert_eq!(parse("-3"), Some(-3.0));
        assert_eq!(parse("+7"), Some(7.0));
        assert_eq!(parse("1e3"), Some(1000.0));
        assert_eq!(parse("2.5E-2"), Some(0.025));
        assert_eq!(parse("0.1"), Some(0.1));
        assert_eq!(parse("1e999"), Some(f64::INFINITY));
        for bad in [
            "", "-", ".", "e5", "1e", "1.2.3", "abc", "NaN", "inf", "1 2", "4o",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn short_decimals_parse_exactly_like_core() {
        for text in [
            "0.1",
            "0.7",
            "1104.4",
            "123456.789012",
            "99.99",
            "3.14159",
            "1e-7",
        ] {
            assert_eq!(parse(text), text.parse::<f64>().ok(), "{text}");
        }
    }

    #[test]
    fn format_exact_round_trips_awkward_values() {
        for value in [
            0.1 + 0.2,
            1.0 / 3.0,
            f64::MAX,
            f64::MIN_POSITIVE,
            -0.0,
            5e-324,
            1e300,
        ] {
            let text = format_exact(value);
            assert_eq!(
                parse_exact(&text).map(f64::to_bits),
                Some(value.to_bits()),
                "{text}"
            );
        }
        assert_eq!(format_exact(37.5), "37.5");
        assert_eq!(parse_exact("x12"), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_finite_value_round_trips_exactly(value in proptest::num::f64::ANY) {
            let text = format_exact(value);
            prop_assert_eq!(parse_exact(&text).map(f64::to_bits), Some(value.to_bits()));
        }

        #[test]
        fn up_to_15_digits_parse_like_core(whole in 0u64..1_000_000_000, decimals in 0u64..1_000_000) {
            let text = format!("{whole}.{decimals:06}");
            prop_assert_eq!(parse(&text), text.parse::<f64>().ok());
        }

        #[test]
        fn plain_values_format_then_parse_to_the_same_six_decimals(value in -1e9f64..1e9) {
            let back = parse(&format(value)).unwrap();
            prop_assert!((back - value).abs() <= 5e-7 * value.abs().max(1.0));
        }
    }
}
