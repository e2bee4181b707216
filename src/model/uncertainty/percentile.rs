//! The one definition of a percentile the range analysis uses.

use serde::{Deserialize, Serialize};

/// P10, P50 and P90 of a figure over the samples, in the figure's unit.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Percentiles {
    /// 10% of samples are at or below it.
    pub p10: f64,
    /// The median.
    pub p50: f64,
    /// 90% of samples are at or below it.
    pub p90: f64,
}

/// The `k`th percentile (1 ≤ k ≤ 100) of `sorted` (ascending, not empty) by
/// the nearest-rank method: the value at place ⌈k ÷ 100 × n⌉ of the n
/// sorted samples, counting from the first as place one. It is always one of the samples, so a figure
/// in whole people has whole-people percentiles. The rank is computed in
/// integers, so no rounding of a float can move it.
pub fn percentile(sorted: &[f64], k: usize) -> f64 {
    let n = sorted.len();
    let rank = (k * n).div_ceil(100).clamp(1, n.max(1));
    sorted.get(rank - 1).copied().unwrap_or(0.0)
}

impl Percentiles {
    /// All three 0: the figure of no samples.
    pub const ZERO: Percentiles = Percentiles {
        p10: 0.0,
        p50: 0.0,
        p90: 0.0,
    };

    /// The percentiles of `values` (in any order); `None` when there are none.
    pub fn of(mut values: Vec<f64>) -> Option<Percentiles> {
        if values.is_empty() {
            return None;
        }
        values.sort_by(f64::total_cmp);
        Some(Percentiles {
            p10: percentile(&values, 10),
            p50: percentile(&values, 50),
            p90: percentile(&values, 90),
        })
    }

    /// The percentiles of the samples where the figure exists (`Some`);
    /// `None` when it exists in none of them.
    pub fn of_some(values: impl IntoIterator<Item = Option<f64>>) -> Option<Percentiles> {
        Percentiles::of(values.into_iter().flatten().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_by_hand() {
        // 1..=20: P10 is the 2nd value, P50 the 10th, P90 the 18th.
        let v: Vec<f64> = (1..=20).map(f64::from).collect();
        let p = Percentiles::of(v).unwrap();
        assert_eq!((p.p10, p.p50, p.p90), (2.0, 10.0, 18.0));
        // 1..=5: ranks ⌈0.5⌉ = 1, ⌈2.5⌉ = 3, ⌈4.5⌉ = 5.
        let p = Percentiles::of(vec![5.0, 4.0, 3.0, 2.0, 1.0]).unwrap();
        assert_eq!((p.p10, p.p50, p.p90), (1.0, 3.0, 5.0));
        let p = Percentiles::of(vec![7.0]).unwrap();
        assert_eq!((p.p10, p.p50, p.p90), (7.0, 7.0, 7.0));
        assert_eq!(Percentiles::of(Vec::new()), None);
    }

    #[test]
    fn missing_values_are_left_out() {
        let p = Percentiles::of_some([None, Some(3.0), Some(1.0), None]).unwrap();
        assert_eq!((p.p10, p.p90), (1.0, 3.0));
        assert_eq!(Percentiles::of_some([None, None]), None);
    }
}
