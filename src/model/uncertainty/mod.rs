//! How sure the plan is: ranges on inputs, sampled, and the answers as
//! P10, P50 and P90.
//!
//! A [`Range`] puts a 90% interval and a [`Shape`] on one input of the
//! registry ([`crate::model::inputs`]); the field's own value stays the most
//! likely value. [`analyse`] draws [`Uncertainty::samples`] Latin hypercube
//! samples with [`Uncertainty::seed`], runs the forward plan on each, and
//! gives the percentiles, the chances that today's team and the budget are
//! short, what the budget can hold, a headline, the method in words and a
//! tornado of the ranges.
//!
//! - `random`: the generator (SplitMix64), written out;
//! - `normal`: the inverse normal CDF (Acklam 2003), written out;
//! - `range`: ranges, shapes, which inputs may vary, every refusal in words;
//! - `shape`: each shape fitted to its range, and its quantile function;
//! - `sampling`: the Latin hypercube and the clipped, counted draws;
//! - `percentile`: the one percentile definition (nearest rank);
//! - `answer`: the answers, plain data;
//! - `analysis`: the figures of each sample and their percentiles;
//! - `words`: the headline and the method;
//! - `tornado`: each range from its low end to its high end;
//! - `fan`: whole people needed month by month over some of the samples;
//! - `stored`: the ranges as the scenario stores them, by field path.
//!
//! Only IEEE-754 arithmetic, `sqrt` and `ln` enter the numbers, so the
//! browser and the command line give the same answer for the same link.

mod analysis;
mod answer;
mod fan;
mod normal;
mod percentile;
mod random;
mod range;
mod sampling;
mod shape;
mod stored;
#[cfg(test)]
mod tests;
mod tornado;
mod words;

pub use crate::model::range_inputs::{RangeEntry, Ranges, Shape, DEFAULT_SAMPLES, DEFAULT_SEED};
pub use analysis::{analyse, customers_per_csm, MAX_COUNTED};
pub use answer::{Analysis, Chance, Held, PeopleCount, RangeUsed, RoleRange, TierRange};
pub use fan::{fan_picks, FanMonth, FAN_SAMPLES};
pub use normal::{inverse_normal_cdf, Z95};
pub use percentile::{percentile, Percentiles};
pub use random::SplitMix64;
pub use range::{may_vary, month_by_month_only, problems, resolve, Range, RangeError, MAY_VARY};
pub use sampling::{draw, latin_hypercube, Draws};
pub use shape::{Fitted, TAIL};
pub use stored::stored_analysis;
pub use tornado::tornado;
pub use words::chance_pct;

/// The most samples an analysis draws (the time grows in proportion).
pub const MAX_SAMPLES: usize = 100_000;

/// The largest seed: 2³² − 1, the largest whole number a link stores in a
/// member whose default is a whole number.
pub const MAX_SEED: u64 = u32::MAX as u64;

/// The ranges of a scenario and how they are sampled: the schema of the
/// link's `uncertainty` member (`samples`, `seed`, `ranges` as rows of path,
/// low, high and shape index).
#[derive(Clone, Debug, PartialEq)]
pub struct Uncertainty {
    /// How many samples to draw (1 to [`MAX_SAMPLES`]).
    pub samples: usize,
    /// The generator's seed (0 to [`MAX_SEED`]).
    pub seed: u64,
    /// The ranges, at most one per input; empty means no sampling.
    pub ranges: Vec<Range>,
}

impl Default for Uncertainty {
    fn default() -> Self {
        Uncertainty {
            samples: DEFAULT_SAMPLES,
            seed: u64::from(DEFAULT_SEED),
            ranges: Vec::new(),
        }
    }
}

impl Uncertainty {
    /// Every reason these ranges cannot be sampled in `scenario` (as typed,
    /// before sanitising), in plain words; empty when they can.
    pub fn problems(&self, scenario: &crate::model::Scenario) -> Vec<RangeError> {
        let mut out = Vec::new();
        if self.samples == 0 || self.samples > MAX_SAMPLES {
            out.push(RangeError {
                field: "uncertainty.samples".into(),
                message: format!(
                    "Samples: draw between 1 and {MAX_SAMPLES} samples ({} asked).",
                    self.samples
                ),
            });
        }
        if self.seed > MAX_SEED {
            out.push(RangeError {
                field: "uncertainty.seed".into(),
                message: format!("Seed: use a whole number from 0 to {MAX_SEED}."),
            });
        }
        out.extend(problems(scenario, &self.ranges));
        out
    }
}
