//! The timeline's fan: whole people needed in each month over a subset of
//! the range analysis's samples, as P10, P50 and P90 per month.
//!
//! A month-by-month plan costs about 30 times a sample of the forward plan
//! (it projects every month of the horizon), so the fan takes
//! [`FAN_SAMPLES`] of the samples, evenly spread over the drawn order
//! (which the Latin hypercube shuffles), rather than all of them.

use serde::{Deserialize, Serialize};

use super::percentile::Percentiles;
use super::range::Range;
use super::sampling::Draws;
use crate::model::check::cap_shares;
use crate::model::scenario::Scenario;
use crate::model::timeline::heads_needed_by_month;

/// Most samples the fan plans month by month.
pub const FAN_SAMPLES: usize = 100;

/// One month of the fan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FanMonth {
    /// The month, 0 being today.
    pub month: u32,
    /// Whole people needed that month, everyone (people).
    pub people: Percentiles,
}

/// Which of `n` samples the fan plans: `min(n, FAN_SAMPLES)` of them,
/// evenly spread.
pub fn fan_picks(n: usize) -> Vec<usize> {
    let take = n.min(FAN_SAMPLES);
    (0..take).map(|k| k * n / take.max(1)).collect()
}

/// The fan of the sanitised scenario `base` with `ranges` set to the
/// values of `draws` (of `n` samples): for each month from 0 to the
/// horizon, P10, P50 and P90 of whole people needed.
pub fn fan(base: &Scenario, ranges: &[Range], draws: &Draws, n: usize) -> Vec<FanMonth> {
    let mut s = base.clone();
    let runs: Vec<Vec<u32>> = fan_picks(n)
        .into_iter()
        .map(|k| {
            s.team.clone_from(&base.team);
            for (range, column) in ranges.iter().zip(&draws.values) {
                range.path.set(&mut s, column[k]);
            }
            cap_shares(&mut s.team);
            heads_needed_by_month(&s)
                .iter()
                .map(|h| h.total())
                .collect()
        })
        .collect();
    let months = runs.iter().map(Vec::len).min().unwrap_or(0);
    (0..months)
        .filter_map(|m| {
            let people = Percentiles::of(runs.iter().map(|r| f64::from(r[m])).collect())?;
            Some(FanMonth {
                month: m as u32,
                people,
            })
        })
        .collect()
}
