//! Each shape fitted to a range: the distribution whose 5th and 95th
//! percentiles are the range's low and high ends (for the normal: whose
//! wider side is), most likely at the field's value, and its quantile
//! function, which turns a Latin hypercube's evenly spread numbers in
//! (0, 1) into values of the input.

use super::normal::{inverse_normal_cdf, Z95};
use super::range::{Range, Shape};

/// The share of samples below a range's low end (and above its high end):
/// low to high is a 90% interval.
pub const TAIL: f64 = 0.05;

/// Rounds of the fixed-point search that fits a triangle; it settles to
/// the last digit of an `f64` in under 60 for any mode within the range, and
/// a fixed count keeps the result the same on every target.
const TRIANGLE_ROUNDS: usize = 200;

/// A range's distribution.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fitted {
    /// Every value from `a` to `b` equally likely.
    Uniform {
        /// The smallest value.
        a: f64,
        /// The largest value.
        b: f64,
    },
    /// From `a` rising to the mode `c` and falling to `b`.
    Triangular {
        /// The smallest value.
        a: f64,
        /// The most likely value (the field's own).
        c: f64,
        /// The largest value.
        b: f64,
    },
    /// A bell around `mean`.
    Normal {
        /// The field's value.
        mean: f64,
        /// The standard deviation: the wider side of the interval ÷ 1.645.
        sigma: f64,
    },
}

impl Fitted {
    /// The distribution of `range` for an input whose value is `value`.
    ///
    /// - Uniform: low and high are its 5th and 95th percentiles, so it runs
    ///   (high − low) ÷ 18 past each end (5% of the whole width on each side).
    /// - Triangular: the triangle with its mode at `value` whose 5th and 95th
    ///   percentiles are low and high, found by a fixed-point search.
    /// - Normal: mean `value`, σ = the wider of (value − low) and
    ///   (high − value) ÷ 1.645, so the interval on the wider side is exactly
    ///   a 5% tail and the narrower side is a little wider than the range
    ///   (we choose to err towards more spread rather than a skewed shape).
    pub fn of(range: &Range, value: f64) -> Fitted {
        let (low, high) = (range.low, range.high);
        match range.shape {
            Shape::Uniform => {
                let pad = (high - low) * TAIL / (1.0 - 2.0 * TAIL);
                Fitted::Uniform {
                    a: low - pad,
                    b: high + pad,
                }
            }
            Shape::Triangular => {
                let (a, b) = triangle(low, high, value);
                Fitted::Triangular { a, c: value, b }
            }
            Shape::Normal => Fitted::Normal {
                mean: value,
                sigma: (value - low).max(high - value).max(0.0) / Z95,
            },
        }
    }

    /// The value with a share `u` (0 < u < 1) of the distribution below it.
    pub fn quantile(&self, u: f64) -> f64 {
        match *self {
            Fitted::Uniform { a, b } => a + u * (b - a),
            Fitted::Triangular { a, c, b } => {
                let w = b - a;
                if w <= 0.0 {
                    return c;
                }
                if u * w < c - a {
                    a + (u * w * (c - a)).sqrt()
                } else {
                    b - ((1.0 - u) * w * (b - c)).sqrt()
                }
            }
            Fitted::Normal { mean, sigma } => {
                if sigma > 0.0 {
                    mean + sigma * inverse_normal_cdf(u)
                } else {
                    mean
                }
            }
        }
    }
}

/// The ends `(a, b)` of the triangle with mode `c` (low ≤ c ≤ high) whose
/// 5th percentile is `low` and 95th is `high`: the fixed point of
/// a = low − √(0.05 (b − a)(c − a)), b = high + √(0.05 (b − a)(b − c))
/// (the triangle's CDF at each end), started a quarter of the width outside
/// the range so that a mode at an end does not settle on the triangle that
/// starts there.
fn triangle(low: f64, high: f64, c: f64) -> (f64, f64) {
    let w = high - low;
    if w <= 0.0 {
        return (c, c);
    }
    let (mut a, mut b) = (low - 0.25 * w, high + 0.25 * w);
    for _ in 0..TRIANGLE_ROUNDS {
        let na = low - (TAIL * (b - a) * (c - a).max(0.0)).sqrt();
        let nb = high + (TAIL * (b - a) * (b - c).max(0.0)).sqrt();
        a = na;
        b = nb;
    }
    (a, b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::inputs::{Input, TeamField};

    fn range(low: f64, high: f64, shape: Shape) -> Range {
        Range::new(Input::Team(TeamField::HoursPerWeek), low, high, shape)
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9 * b.abs().max(1.0)
    }

    #[test]
    fn every_shape_puts_five_percent_beyond_each_end() {
        for (low, high, value) in [(35.0, 45.0, 40.0), (35.0, 45.0, 36.0), (0.0, 1.0, 0.0)] {
            for shape in [Shape::Uniform, Shape::Triangular] {
                let f = Fitted::of(&range(low, high, shape), value);
                assert!(close(f.quantile(TAIL), low), "{shape:?} {value}");
                assert!(close(f.quantile(1.0 - TAIL), high), "{shape:?} {value}");
            }
        }
        // The normal: the wider side is exactly a 5% tail.
        let f = Fitted::of(&range(30.0, 45.0, Shape::Normal), 40.0);
        assert!(close(f.quantile(TAIL), 30.0));
        assert!(f.quantile(1.0 - TAIL) > 45.0);
        assert!(close(f.quantile(0.5), 40.0));
    }

    #[test]
    fn the_triangle_peaks_at_the_fields_value() {
        let f = Fitted::of(&range(35.0, 45.0, Shape::Triangular), 38.0);
        let Fitted::Triangular { a, c, b } = f else {
            panic!("{f:?}")
        };
        assert_eq!(c, 38.0);
        assert!(a < 35.0 && b > 45.0);
        // Hand check of the symmetric case: a = 40 − 5 ÷ (1 − √0.1).
        let Fitted::Triangular { a, b, .. } =
            Fitted::of(&range(35.0, 45.0, Shape::Triangular), 40.0)
        else {
            panic!()
        };
        let half = 5.0 / (1.0 - 0.1f64.sqrt());
        assert!(close(a, 40.0 - half) && close(b, 40.0 + half));
    }

    #[test]
    fn a_zero_width_range_is_its_value_exactly() {
        for shape in Shape::ALL {
            let f = Fitted::of(&range(40.0, 40.0, shape), 40.0);
            for u in [1e-9, 0.1, 0.5, 0.9, 1.0 - 1e-9] {
                assert_eq!(f.quantile(u), 40.0, "{shape:?}");
            }
        }
    }

    #[test]
    fn quantiles_rise_with_the_share() {
        for shape in Shape::ALL {
            let f = Fitted::of(&range(35.0, 45.0, shape), 41.0);
            let mut last = f64::NEG_INFINITY;
            for k in 1..200 {
                let q = f.quantile(k as f64 / 200.0);
                assert!(q >= last, "{shape:?}");
                last = q;
            }
        }
    }
}
