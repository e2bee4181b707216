//! What an uncovered customer is assumed to cost: the scenario's
//! `coverage` member. Off by default: the page states the coverage gap as
//! "ARR whose touch model is not covered" and turns it into ARR at risk
//! only with a retention difference the user enters and names the source
//! of.

use serde::{Deserialize, Serialize};

/// The scenario's `coverage` member.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CoverageRisk {
    /// How many percentage points lower gross retention is for customers
    /// whose touch model is not delivered than for covered ones (%/year);
    /// 0 means none is assumed.
    pub retention_gap_pct: f64,
    /// Where that difference comes from, in the user's words.
    pub retention_source: String,
}
