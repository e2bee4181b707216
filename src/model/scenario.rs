//! The scenario: every input of the calculator, serde-serializable with a
//! default for every field. Its JSON is the link format, so names are short,
//! stable and plain; field paths in [`FieldError`](super::validate::FieldError)
//! follow the same names (`tiers.1.touches.3.hours`).

use serde::{Deserialize, Serialize};

use super::calendar::Calendar;
use super::capacity::TeamTime;
use super::coverage_risk::CoverageRisk;
use super::hiring::Hiring;
use super::range_inputs::Ranges;
use super::role::{Managers, RoleCosts, Staff};
use super::tier::Tier;
use super::tiering::Tiering;

/// Everything the calculator needs. `Scenario::default()` is the default
/// three-tier high / low / tech touch preset.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Scenario {
    /// A name for the scenario, shown in titles and prints.
    pub name: String,
    /// ISO 4217 currency code of every money amount, e.g. "USD".
    pub currency: String,
    /// How a CSM's time is split (also used for associates, pooled CSMs and partners).
    pub team: TeamTime,
    /// Fully loaded yearly cost of each role.
    pub roles: RoleCosts,
    /// Managers by span of control.
    pub managers: Managers,
    /// The customer base: typed per tier, ARR bands split by tier cut-offs,
    /// or the counts of an imported list of accounts.
    pub base: CustomerBase,
    /// 1 to 6 tiers, most valuable first.
    pub tiers: Vec<Tier>,
    /// How real accounts are put into tiers (ARR cut-offs or a weighted
    /// score): the rule an imported list is tiered by.
    pub tiering: Tiering,
    /// Top-down targets.
    pub economics: Economics,
    /// Growth and hiring over time.
    pub growth: Growth,
    /// The headcount you can afford: the input of planning backward.
    pub budget: Staff,
    /// Ranges on inputs, and how they are sampled into P10 / P50 / P90.
    pub uncertainty: Ranges,
    /// The month the plan starts in and the fiscal year's first month.
    pub calendar: Calendar,
    /// Recruiting cost, ramp capacity, a cap on hires and backfills.
    pub hiring: Hiring,
    /// What an uncovered customer is assumed to cost (off by default).
    pub coverage: CoverageRisk,
}

impl Scenario {
    /// A scenario from its JSON (missing fields take their defaults).
    pub fn from_json(text: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The scenario as compact JSON.
    pub fn to_json(&self) -> String {
        // Serializing plain structs of numbers, strings and vectors cannot
        // fail; non-finite floats become `null`, which reads back as an error
        // that the link codec reports.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// How the customer base is given.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum BaseMode {
    /// Customers and average ARR typed per tier (`tiers.N.customers`, `tiers.N.avg_arr`).
    #[default]
    Direct,
    /// A total customer count spread over ARR bands (`base.bands`), assigned to
    /// tiers by their ARR cut-offs (`tiers.N.min_arr`).
    Bands,
    /// Customers, average ARR, first-year share and renewal months per tier
    /// come from an imported list of accounts, tiered by `tiering`. Only the
    /// counts reach the scenario (and so the link), never the accounts; the
    /// engine reads them like [`BaseMode::Direct`].
    Accounts,
}

json_names!(BaseMode { Direct => "direct", Bands => "bands", Accounts => "accounts" });

impl BaseMode {
    /// Whether customers and average ARR are read from each tier
    /// (`tiers.N.customers`, `tiers.N.avg_arr`): typed, or imported.
    pub fn per_tier(self) -> bool {
        matches!(self, BaseMode::Direct | BaseMode::Accounts)
    }
}

/// A band of the ARR distribution: `count` customers with ARR spread evenly
/// between `min` and `max`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Band {
    /// Lowest ARR per customer in the band (currency/year).
    pub min: f64,
    /// Highest ARR per customer in the band (currency/year).
    pub max: f64,
    /// Customers in the band (or a relative weight when `base.total` is set).
    pub count: f64,
}

impl Band {
    /// A band of `count` customers between `min` and `max` ARR.
    pub fn new(min: f64, max: f64, count: f64) -> Self {
        Self { min, max, count }
    }
}

/// The customer base.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CustomerBase {
    /// Typed per tier, or bands.
    pub mode: BaseMode,
    /// Total customers (bands mode). When more than 0, the band counts are
    /// read as a distribution and scaled to this total; when 0, the band
    /// counts are the customers.
    pub total: f64,
    /// The ARR distribution (bands mode).
    pub bands: Vec<Band>,
    /// The month of the imported list the per-tier counts came from, as ISO
    /// `YYYY-MM` ("" when none). Only used in words ("renewals from the list
    /// of Nov 2026"); its month is the plan's first month.
    pub as_of: String,
}

/// Top-down targets the plan is checked against.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Economics {
    /// Target ARR per CSM (currency). Default 2,000,000: Schukar 2017's
    /// "old rule-of-thumb, 1 CSM : $2MM ARR".
    pub target_arr_per_csm: f64,
    /// Most the CS team may cost as a share of ARR (%). Default 15: the
    /// commonly cited figure for a growing company (20% early, 10% mature;
    /// docs/domain.md "Top-down checks").
    pub max_cost_pct: f64,
}

impl Default for Economics {
    fn default() -> Self {
        Self {
            target_arr_per_csm: 2_000_000.0,
            max_cost_pct: 15.0,
        }
    }
}

/// Growth and hiring over time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Growth {
    /// Months to plan month by month (up to 60).
    pub horizon_months: u32,
    /// Months from opening a requisition to the hire's first day.
    pub lead_months: u32,
    /// Months for a new hire to reach full capacity (linear ramp).
    pub ramp_months: u32,
    /// CS staff leaving per year (%/year).
    pub attrition_pct: f64,
    /// Today's headcount per role.
    pub today: Staff,
}

impl Default for Growth {
    fn default() -> Self {
        Self {
            horizon_months: 24,
            lead_months: 3,
            ramp_months: 3,
            attrition_pct: 15.0,
            today: Staff::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_json_is_the_default_scenario() {
        assert_eq!(Scenario::from_json("{}").unwrap(), Scenario::default());
    }

    #[test]
    fn json_round_trip_and_short_names() {
        let s = Scenario::default();
        let text = s.to_json();
        assert!(text.contains("\"tiers\":["));
        assert!(text.contains("\"hours_per_week\":40"));
        assert_eq!(Scenario::from_json(&text).unwrap(), s);
    }

    #[test]
    fn partial_json_keeps_other_defaults() {
        let s = Scenario::from_json(r#"{"currency":"EUR","growth":{"lead_months":2}}"#).unwrap();
        assert_eq!(s.currency, "EUR");
        assert_eq!(s.growth.lead_months, 2);
        assert_eq!(s.growth.ramp_months, Growth::default().ramp_months);
        assert_eq!(s.tiers, Scenario::default().tiers);
    }
}
