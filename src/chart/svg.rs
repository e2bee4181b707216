//! Coordinates as SVG attribute text, and pixel snapping for crisp lines.
//!
//! No `format!("{}", f64)`: core's float formatting would add about 10 KB
//! gzip to the page. Coordinates are written with one decimal through
//! integer arithmetic, and never as `NaN` or `inf`.

use super::finite;

/// Largest magnitude written (px); anything beyond is clamped.
const LIMIT: f64 = 1e7;

/// `value` as attribute text with at most one decimal (`12`, `12.5`, `-0.5`);
/// non-finite values are written as `0` and magnitudes are clamped to 10^7.
pub fn num(value: f64) -> String {
    let tenths = (crate::float::clamp(finite(value), -LIMIT, LIMIT) * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let abs = tenths.unsigned_abs();
    match abs % 10 {
        0 => format!("{sign}{}", abs / 10),
        d => format!("{sign}{}.{d}", abs / 10),
    }
}

/// `value` moved to the centre of its pixel (`floor + 0.5`): where a
/// 1 px line must sit to cover exactly one row or column of pixels.
pub fn crisp(value: f64) -> f64 {
    finite(value).floor() + 0.5
}

/// `value` rounded to a whole pixel: where a filled edge must sit to be sharp.
pub fn snap(value: f64) -> f64 {
    finite(value).round()
}

/// An SVG path through `points` (`M x y L x y ...`), skipping nothing: every
/// point is written finite. Empty for no points.
pub fn polyline(points: &[(f64, f64)]) -> String {
    let mut out = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        out.push(if i == 0 { 'M' } else { 'L' });
        out.push_str(&num(*x));
        out.push(' ');
        out.push_str(&num(*y));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn writes_one_decimal() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.25), "12.3");
        assert_eq!(num(-0.5), "-0.5");
        assert_eq!(num(-0.04), "0");
        assert_eq!(num(0.96), "1");
        assert_eq!(num(f64::NAN), "0");
        assert_eq!(num(f64::INFINITY), "0");
        assert_eq!(num(1e300), "10000000");
    }

    #[test]
    fn crisp_and_snap() {
        assert_eq!(crisp(10.0), 10.5);
        assert_eq!(crisp(10.9), 10.5);
        assert_eq!(crisp(11.1), 11.5);
        assert_eq!(snap(10.6), 11.0);
        assert_eq!(crisp(f64::NAN), 0.5);
    }

    #[test]
    fn paths() {
        assert_eq!(polyline(&[]), "");
        assert_eq!(polyline(&[(0.0, 1.5), (10.0, f64::NAN)]), "M0 1.5L10 0");
    }

    proptest! {
        #[test]
        fn never_nan_and_reads_back(v in any::<f64>()) {
            let s = num(v);
            prop_assert!(!s.contains("NaN") && !s.contains("inf") && !s.contains('e'));
            let back: f64 = s.parse().unwrap();
            if v.is_finite() && v.abs() < 1e6 {
                prop_assert!((back - v).abs() <= 0.05 + 1e-9);
            }
        }
    }
}
