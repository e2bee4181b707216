//! How hiring works out in money and time: what a hire costs to recruit,
//! how much a new hire delivers while ramping, a cap on hires per quarter
//! and whether people who leave are replaced. The scenario's `hiring`
//! member; the lead time, ramp length and attrition rate are in
//! [`super::Growth`].

use serde::{Deserialize, Serialize};

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
