//! How hiring works out in money and time: what a hire costs to recruit,
//! how much a new hire delivers while ramping, a cap on hires per quarter
//! and whether people who leave are replaced. The scenario's `hiring`
//! member; the lead time, ramp length and attrition rate are in
//! [`super::Growth`].

use serde::{Deserialize, Serialize};

use super::limits::MAX_AMOUNT;

/// The scenario's `hiring` member.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Hiring {
    /// One-off cost of recruiting one hire (fees, interviews), in the
    /// scenario's currency per hire; 0 leaves it out.
    pub recruiting_cost: f64,
    /// A new hire's average capacity during the ramp, as a % of a ramped
    /// person's (50 for the linear ramp from nothing to full).
    pub ramp_capacity_pct: f64,
    /// The most people who can start in one fiscal quarter; 0 means no cap.
    pub max_hires_per_quarter: u32,
    /// Whether each person who leaves is replaced by a new hire (a
    /// backfill), shown as such in the hiring plan.
    pub backfill: bool,
}

impl Default for Hiring {
    fn default() -> Self {
        Self {
            recruiting_cost: 0.0,
            ramp_capacity_pct: 50.0,
            max_hires_per_quarter: 0,
            backfill: true,
        }
    }
}

impl Hiring {
    /// The hiring inputs as the engine uses them: a recruiting cost that is
    /// not a number or below 0 as 0, above [`MAX_AMOUNT`] as that; a ramp
    /// capacity that is not a number as the default 50%, else within 0 to
    /// 100%.
    pub fn sanitized(&self) -> Hiring {
        let cost = if self.recruiting_cost.is_nan() {
            0.0
        } else {
            crate::float::clamp(self.recruiting_cost, 0.0, MAX_AMOUNT)
        };
        let ramp = if self.ramp_capacity_pct.is_nan() {
            Hiring::default().ramp_capacity_pct
        } else {
            crate::float::clamp(self.ramp_capacity_pct, 0.0, 100.0)
        };
        Hiring {
            recruiting_cost: cost,
            ramp_capacity_pct: ramp,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impossible_hiring_inputs_are_brought_into_range() {
        let h = Hiring {
            recruiting_cost: f64::NAN,
            ramp_capacity_pct: 300.0,
            ..Hiring::default()
        }
        .sanitized();
        assert_eq!(h.recruiting_cost, 0.0);
        assert_eq!(h.ramp_capacity_pct, 100.0);
    }
}
