//! Stacking: values laid end to end along one bar, in proportion.

use super::positive;
use crate::float;

/// One segment of a stacked bar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment {
    /// Start along the bar (px).
    pub start: f64,
    /// Length (px, ≥ 0).
    pub length: f64,
    /// The value it stands for (negative and non-finite values count as 0).
    pub value: f64,
}

impl Segment {
    /// End along the bar (px).
    pub fn end(&self) -> f64 {
        self.start + self.length
    }
}

/// Lays `values` end to end from `start` over `length` px, in proportion to
/// their share of their sum. Edges fall on whole pixels (when `start` and
/// `length` are whole), each segment starts where the previous one ends, and
/// the lengths add up to `length` exactly, so a stacked bar has no gaps and no
/// hairline overlaps. Negative or non-finite values count as 0; when nothing
/// is left, every segment is empty.
pub fn stack(values: &[f64], start: f64, length: f64) -> Vec<Segment> {
    let length = positive(length);
    let start = super::finite(start);
    let clean: Vec<f64> = values.iter().map(|v| positive(*v)).collect();
    let total: f64 = clean.iter().sum();
    let mut out = Vec::with_capacity(clean.len());
    let mut cumulative = 0.0;
    let mut edge = start;
    for v in clean {
        cumulative += v;
        let next = if total > 0.0 && total.is_finite() {
            start + (length * (cumulative / total)).round()
        } else {
            start
        };
        // The last edge is exactly the bar's end, whatever rounding did.
        let next = float::clamp(next, edge, start + length.round());
        out.push(Segment {
            start: edge,
            length: next - edge,
            value: v,
        });
        edge = next;
    }
    out
}

/// Lays `values` end to end from `start`, `px_per_unit` px for each unit of
/// value, with whole-pixel edges: segments of a shared scale, for bars of
/// different totals.
pub fn stack_scaled(values: &[f64], start: f64, px_per_unit: f64) -> Vec<Segment> {
    let total: f64 = values.iter().map(|v| positive(*v)).sum();
    stack(values, start, total * positive(px_per_unit))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn splits_a_year() {
        // 15 / 10 / 15 / 60 of a 400 px bar.
        let s = stack(&[15.0, 10.0, 15.0, 60.0], 10.0, 400.0);
        let lengths: Vec<f64> = s.iter().map(|s| s.length).collect();
        assert_eq!(lengths, vec![60.0, 40.0, 60.0, 240.0]);
        assert_eq!(s[0].start, 10.0);
        assert_eq!(s[3].end(), 410.0);
    }

    #[test]
    fn empty_and_hostile_values_give_empty_segments() {
        let s = stack(&[0.0, f64::NAN, -4.0], 5.0, 100.0);
        assert!(s.iter().all(|s| s.length == 0.0 && s.start == 5.0));
        assert!(stack(&[], 0.0, 100.0).is_empty());
        let s = stack(&[1.0, f64::INFINITY], 0.0, 100.0);
        assert!(s
            .iter()
            .all(|s| s.start.is_finite() && s.length.is_finite()));
    }

    proptest! {
        #[test]
        fn segments_sum_to_the_bar(values in proptest::collection::vec(0.0f64..1e7, 1..8), start in 0u32..500, length in 0u32..2000) {
            let (start, length) = (f64::from(start), f64::from(length));
            let s = stack(&values, start, length);
            prop_assert_eq!(s.len(), values.len());
            let total: f64 = s.iter().map(|s| s.length).sum();
            if values.iter().sum::<f64>() > 0.0 {
                prop_assert_eq!(total, length);
                prop_assert_eq!(s.last().unwrap().end(), start + length);
            } else {
                prop_assert_eq!(total, 0.0);
            }
            prop_assert_eq!(s[0].start, start);
            for w in s.windows(2) {
                prop_assert_eq!(w[0].end(), w[1].start);
            }
            for seg in &s {
                prop_assert!(seg.length >= 0.0);
                prop_assert_eq!(seg.start.fract(), 0.0);
            }
        }

        #[test]
        fn a_larger_value_never_gets_a_shorter_segment(a in 0.0f64..1e6, b in 0.0f64..1e6) {
            let s = stack(&[a, b], 0.0, 600.0);
            if a > b + 1e-9 * a { prop_assert!(s[0].length + 1.0 >= s[1].length) }
        }
    }
}
