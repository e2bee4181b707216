//! The answers of a range analysis: plain data that [`super::analyse`]
//! fills in and the words, the command line and (later) the page read.

use serde::{Deserialize, Serialize};

use super::percentile::Percentiles;
use crate::model::sensitivity::Swing;

/// One range as the analysis used it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RangeUsed {
    /// The field path (`tiers.0.customers`).
    pub field: String,
    /// The field's label in words.
    pub label: String,
    /// The field's own value: the most likely one.
    pub value: f64,
    /// The low end of the 90% interval.
    pub low: f64,
    /// The high end of the 90% interval.
    pub high: f64,
    /// The shape's name ("uniform", "triangular", "normal").
    pub shape: String,
    /// Samples that fell outside the field's limits and were clipped to them.
    pub clipped: usize,
    /// Whether the input moves only the month-by-month plan, which is not
    /// sampled ([`month_by_month_only`](super::month_by_month_only)).
    pub month_by_month_only: bool,
}

/// Whole people of one role (or managers) over the samples.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoleRange {
    /// The role's key (`csm`, `associate`, `pooled`, `partner`, `managers`).
    pub role: String,
    /// Whole people needed (people).
    pub people: Percentiles,
}

/// Customers per CSM of one tier over the samples.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TierRange {
    /// The tier's name.
    pub name: String,
    /// Customers ÷ (CSM + pooled CSM FTE) of the tier; `None` when the tier
    /// has no CSM hours in any sample.
    pub customers_per_csm: Option<Percentiles>,
}

/// How likely a headcount is to be short.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Chance {
    /// The headcount, everyone (managers included) (people).
    pub people: f64,
    /// The share of samples (0 to 1) in which some people role needs more
    /// whole people than it holds ([`heads_fit`](crate::model::backward::heads_fit): managers follow from the
    /// span of control and are left out, as the backward plan judges).
    pub short: f64,
}

/// Customers the budget can hold over the samples ([`customers_held`](crate::model::backward::customers_held)).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Held {
    /// The median (customers).
    pub p50: f64,
    /// Customers it holds in 90% of samples: the P10 (customers).
    pub confident: f64,
}

/// How many samples needed one number of whole people: one bar of the
/// histogram of people needed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeopleCount {
    /// Whole people needed, everyone (people).
    pub people: u32,
    /// Samples that needed exactly that many (samples).
    pub samples: usize,
}

/// The answers of a range analysis.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Samples drawn.
    pub samples: usize,
    /// The generator's seed.
    pub seed: u64,
    /// The ranges, as used.
    pub ranges: Vec<RangeUsed>,
    /// Whole people needed, everyone (people).
    pub people: Percentiles,
    /// How many samples needed each number of people, fewest people
    /// first, every number from the fewest to the most (zero samples
    /// where none did): the histogram of people needed.
    #[serde(default)]
    pub people_counts: Vec<PeopleCount>,
    /// Whole people per role, then managers, for the roles needed in some sample.
    pub roles: Vec<RoleRange>,
    /// Yearly CS cost (currency/year).
    pub cost: Percentiles,
    /// Cost as a share of ARR (%); `None` without ARR.
    pub cost_pct_of_arr: Option<Percentiles>,
    /// ARR per CSM (currency); `None` without CSMs.
    pub arr_per_csm: Option<Percentiles>,
    /// Customers per CSM, per tier.
    pub tiers: Vec<TierRange>,
    /// The chance today's team is short; `None` when no team is entered.
    pub today: Option<Chance>,
    /// The chance the budget is short; `None` when no budget is entered.
    pub budget: Option<Chance>,
    /// Customers the budget can hold; `None` without a budget.
    pub held: Option<Held>,
    /// All clipped samples of all ranges.
    pub clipped: usize,
    /// The answer in one sentence.
    pub headline: String,
    /// How the answer was found, in plain words.
    pub method: String,
    /// Whole people needed month by month, P10 to P90, over
    /// [`FAN_SAMPLES`](super::FAN_SAMPLES) of the samples (the only
    /// figure that ranges on growth, churn and attrition move); empty when
    /// nothing is sampled.
    #[serde(default)]
    pub fan: Vec<super::FanMonth>,
    /// Each range from its low end to its high end, the other inputs at
    /// their most likely values; largest effect first.
    pub tornado: Vec<Swing>,
}
