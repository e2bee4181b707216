//! A tier (segment): who is in it, how it is covered, its touch model,
//! its economics and how it grows.
//!
//! Mehta et al. 2016 (Figure 3.1) gives the common three: high touch, low touch and
//! tech touch; Scaling model 2019 names them Global / Enterprise / Scale.

use serde::{Deserialize, Serialize};

use super::touch::{Program, Touch, Trigger};

/// How a tier's customers are covered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Coverage {
    /// Each customer has a named CSM. CSM headcount is rounded up per tier:
    /// a named book is not shared with another tier's team.
    #[default]
    Dedicated,
    /// A shared team serves the tier's customers; its hours pool with the
    /// other pooled and digital tiers before rounding up.
    Pooled,
    /// Tech touch only: one-to-many programs and automation, no one-to-one
    /// people touches (Mehta et al. 2016: "all touches need to be one-to-many").
    Digital,
}

json_names!(Coverage { Dedicated => "dedicated", Pooled => "pooled", Digital => "digital" });

impl Coverage {
    /// Plain-words name for the page.
    pub fn label(self) -> &'static str {
        match self {
            Coverage::Dedicated => "Dedicated (named CSM)",
            Coverage::Pooled => "Pooled (shared team)",
            Coverage::Digital => "Digital (tech touch only)",
        }
    }
}

/// Customers moving to another tier each year (tier migration).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Move {
    /// Index of the destination tier (0 = first tier).
    pub to: u32,
    /// Share of this tier's customers moving there per year (%/year).
    pub pct_per_year: f64,
}

impl Default for Move {
    fn default() -> Self {
        Self {
            to: 0,
            pct_per_year: 0.0,
        }
    }
}

/// One tier of the scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Tier {
    /// Name shown on the page, e.g. "High touch".
    pub name: String,
    /// How customers are covered.
    pub coverage: Coverage,
    /// Customers in the tier today, when the base is typed per tier
    /// (`base.mode = "direct"`) or imported (`"accounts"`).
    pub customers: f64,
    /// Average ARR per customer (currency/year), when typed per tier or imported.
    pub avg_arr: f64,
    /// Lowest ARR per customer that belongs in this tier, when the base is
    /// given as ARR bands (`base.mode = "bands"`). Tiers are listed from the
    /// most valuable down; the last tier takes everyone below the cut-offs
    /// and its own cut-off is not used.
    pub min_arr: f64,
    /// Lowest score (points) of an account that belongs in this tier when
    /// accounts are tiered by weighted score (`tiering.rule = "score"`): the
    /// score rule's twin of `min_arr`. The last tier's is not used.
    pub min_score: f64,
    /// Share of customers in their first year (%), who get the first-year-only
    /// touches (onboarding).
    pub first_year_pct: f64,
    /// Customers renewing in each month: empty (renewals spread evenly over
    /// the year), or exactly 12 numbers, for months 1 to 12 counted from the
    /// plan's first month and repeating every year. Touches done at renewal
    /// land in these months on the timeline.
    pub renewal_months: Vec<f64>,
    /// Scheduled touches.
    pub touches: Vec<Touch>,
    /// Unscheduled, data-driven touches.
    pub triggers: Vec<Trigger>,
    /// One-to-many programs.
    pub programs: Vec<Program>,
    /// Gross revenue retention (%/year); also used as logo retention for churn.
    pub grr_pct: f64,
    /// Net revenue retention (%/year), expansion included.
    pub nrr_pct: f64,
    /// Price of the paid success plan per customer per year (0 = none; Forrester CX Council).
    pub plan_price: f64,
    /// Share of the tier's customers who buy the paid plan (%).
    pub plan_attach_pct: f64,
    /// New customers landing in this tier per month.
    pub new_per_month: f64,
    /// Customers moving to other tiers each year.
    pub moves: Vec<Move>,
}

impl Default for Tier {
    fn default() -> Self {
        Self {
            name: "Tier".to_string(),
            coverage: Coverage::Dedicated,
            customers: 0.0,
            avg_arr: 0.0,
            min_arr: 0.0,
            min_score: 0.0,
            first_year_pct: 20.0,
            renewal_months: Vec::new(),
            touches: Vec::new(),
            triggers: Vec::new(),
            programs: Vec::new(),
            grr_pct: 90.0,
            nrr_pct: 100.0,
            plan_price: 0.0,
            plan_attach_pct: 0.0,
            new_per_month: 0.0,
            moves: Vec::new(),
        }
    }
}

impl Tier {
    /// An empty tier with a name and coverage.
    pub fn named(name: &str, coverage: Coverage) -> Self {
        Self {
            name: name.to_string(),
            coverage,
            ..Self::default()
        }
    }

    /// Revenue from the paid success plan (currency/year) =
    /// customers × attach % ÷ 100 × plan price.
    pub fn plan_revenue(&self, customers: f64) -> f64 {
        customers * self.plan_attach_pct / 100.0 * self.plan_price
    }

    /// Whether any touch of this tier is one-to-one people work (a scheduled
    /// or unscheduled touch not done by automation).
    pub fn has_one_to_one_people_touches(&self) -> bool {
        use super::role::Role;
        self.touches
            .iter()
            .any(|t| t.role != Role::Automation && t.hours_per_customer(100.0) > 0.0)
            || self
                .triggers
                .iter()
                .any(|t| t.role != Role::Automation && t.hours_per_customer() > 0.0)
    }

    /// The share of a year's renewals that falls in month `month` (0 = the
    /// plan's first month) (1) = renewal_months[month mod 12] ÷
    /// Σ renewal_months, when the tier has exactly 12 renewal months with a
    /// positive sum; else 1/12, an even spread. Negative and non-finite
    /// counts (impossible, reported by validation) count as 0. Over any 12
    /// consecutive months the shares add up to 1.
    pub fn renewal_share(&self, month: u32) -> f64 {
        let count = |m: &f64| if m.is_finite() { m.max(0.0) } else { 0.0 };
        if self.renewal_months.len() == 12 {
            let total: f64 = self.renewal_months.iter().map(count).sum();
            if total > 0.0 && total.is_finite() {
                return count(&self.renewal_months[month as usize % 12]) / total;
            }
        }
        1.0 / 12.0
    }

    /// Whether the tier has any touch, trigger or program at all.
    pub fn has_any_touch(&self) -> bool {
        !(self.touches.is_empty() && self.triggers.is_empty() && self.programs.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paid_plan_revenue() {
        // 40 customers × 25% × 20,000 = 200,000 a year.
        let tier = Tier {
            plan_price: 20_000.0,
            plan_attach_pct: 25.0,
            ..Tier::default()
        };
        assert_eq!(tier.plan_revenue(40.0), 200_000.0);
    }

    #[test]
    fn renewal_shares_follow_the_months_and_add_up_to_one() {
        let mut tier = Tier::default();
        assert_eq!(tier.renewal_share(5), 1.0 / 12.0);
        tier.renewal_months = vec![0.0; 12];
        tier.renewal_months[2] = 30.0;
        tier.renewal_months[11] = 10.0;
        assert_eq!(tier.renewal_share(2), 0.75);
        assert_eq!(tier.renewal_share(14), 0.75, "every year again");
        assert_eq!(tier.renewal_share(11), 0.25);
        assert_eq!(tier.renewal_share(0), 0.0);
        let total: f64 = (7..19).map(|m| tier.renewal_share(m)).sum();
        assert!((total - 1.0).abs() < 1e-12);
        // All zero, the wrong length or hostile: an even spread, never NaN.
        for months in [
            vec![0.0; 12],
            vec![1.0; 5],
            vec![f64::NAN; 12],
            vec![-1.0; 12],
        ] {
            tier.renewal_months = months;
            assert_eq!(tier.renewal_share(3), 1.0 / 12.0);
        }
        tier.renewal_months = vec![f64::INFINITY; 12];
        assert_eq!(tier.renewal_share(3), 1.0 / 12.0);
    }

    #[test]
    fn defaults_fill_missing_fields() {
        let tier: Tier = serde_json::from_str(r#"{"name":"Scale","coverage":"digital"}"#).unwrap();
        assert_eq!(tier.coverage, Coverage::Digital);
        assert_eq!(tier.grr_pct, 90.0);
        assert!(tier.touches.is_empty());
    }
}
