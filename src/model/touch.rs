//! The touch model of a tier: scheduled touches, unscheduled data-driven
//! touches and one-to-many programs, each with its formula for people hours.
//!
//! Mehta et al. 2016 lists the scheduled high-touch set (onboarding, hand-offs, monthly
//! status meetings, EBRs, on-site visits, health checks, renewal) and the
//! unscheduled triggers (outages, too many support calls, declining usage,
//! overdue invoices). Scaling model 2019 adds one-to-many delivery: webinars for the
//! month's go-lives, moderated communities.

use serde::{Deserialize, Serialize};

use super::role::Role;

/// A scheduled touch: something done for each customer a number of times a year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Touch {
    /// What it is, e.g. "Executive business review".
    pub name: String,
    /// Hours per occurrence, preparation and follow-up included (h).
    pub hours: f64,
    /// Occurrences per customer per year (1/year); for a first-year-only
    /// touch, occurrences in the first year.
    pub per_year: f64,
    /// Done in a customer's first year only (onboarding).
    pub first_year_only: bool,
    /// Share of the tier's customers who get this touch (%), default 100.
    /// Scaling model 2019: customers who skip an outcome (do not deploy a module) drop
    /// that one-to-one session.
    pub share_pct: f64,
    /// Who does it.
    pub role: Role,
    /// Done at the customer's renewal: on the timeline its hours land in the
    /// months the tier's customers renew (`tiers.N.renewal_months`) rather
    /// than evenly over the year. The yearly hours are the same.
    pub at_renewal: bool,
}

impl Default for Touch {
    fn default() -> Self {
        Self {
            name: String::new(),
            hours: 1.0,
            per_year: 1.0,
            first_year_only: false,
            share_pct: 100.0,
            role: Role::Csm,
            at_renewal: false,
        }
    }
}

impl Touch {
    /// A touch done by `role` for every customer, every year.
    pub fn new(name: &str, per_year: f64, hours: f64, role: Role) -> Self {
        Self {
            name: name.to_string(),
            hours,
            per_year,
            role,
            ..Self::default()
        }
    }

    /// The same touch, in the first year only (onboarding).
    pub fn first_year(mut self) -> Self {
        self.first_year_only = true;
        self
    }

    /// The same touch, done at each customer's renewal.
    pub fn on_renewal(mut self) -> Self {
        self.at_renewal = true;
        self
    }

    /// The same touch, for `share_pct` % of the tier's customers.
    pub fn for_share(mut self, share_pct: f64) -> Self {
        self.share_pct = share_pct;
        self
    }

    /// Average hours per customer per year (h/customer/year) =
    /// occurrences/year × hours/occurrence × share % ÷ 100
    /// × (first-year share % ÷ 100 if first-year-only, else 1).
    ///
    /// `first_year_pct` is the tier's share of customers in their first year (%).
    /// For an automation touch these are the hours automation takes off people.
    pub fn hours_per_customer(&self, first_year_pct: f64) -> f64 {
        self.per_year * self.hours * self.share_pct / 100.0
            * reach_share(self.first_year_only, first_year_pct)
    }
}

/// Share of a tier's customers a touch reaches by age (0..=1): all of them,
/// or only those in their first year.
fn reach_share(first_year_only: bool, first_year_pct: f64) -> f64 {
    if first_year_only {
        first_year_pct / 100.0
    } else {
        1.0
    }
}

/// An unscheduled, data-driven touch: an outreach fired by a trigger.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Trigger {
    /// What fires it, e.g. "More than 10 support requests in 30 days" (Mehta et al. 2016).
    pub name: String,
    /// Events per customer per year (1/customer/year).
    pub per_year: f64,
    /// Hours per event (h).
    pub hours: f64,
    /// Who handles it (Mehta et al. 2016: the first overdue-invoice touches by e-mail,
    /// then a junior finance person).
    pub role: Role,
}

impl Default for Trigger {
    fn default() -> Self {
        Self {
            name: String::new(),
            per_year: 1.0,
            hours: 1.0,
            role: Role::Csm,
        }
    }
}

impl Trigger {
    /// A trigger handled by `role`.
    pub fn new(name: &str, per_year: f64, hours: f64, role: Role) -> Self {
        Self {
            name: name.to_string(),
            per_year,
            hours,
            role,
        }
    }

    /// Hours per customer per year (h/customer/year) = events/customer/year × hours/event.
    pub fn hours_per_customer(&self) -> f64 {
        self.per_year * self.hours
    }
}

/// How often a one-to-many program runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Cadence {
    /// `sessions` is per customer per year: each customer is invited that many
    /// times, in cohorts of `reach` (webinars). Grows with the customer count.
    #[default]
    PerCustomer,
    /// `sessions` is per year, whatever the customer count (community office
    /// hours, a monthly go-live webinar). Runs only while the tier has customers.
    PerYear,
}

json_names!(Cadence { PerCustomer => "per_customer", PerYear => "per_year" });

/// A one-to-many program: webinars, community moderation, user groups.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Program {
    /// What it is, e.g. "Adoption webinar".
    pub name: String,
    /// Hours per session, preparation and delivery included (h).
    pub hours: f64,
    /// Sessions: per customer per year, or per year (see `cadence`).
    pub sessions: f64,
    /// Whether `sessions` counts per customer or per year.
    pub cadence: Cadence,
    /// Customers reached per session (cohort size), more than 0.
    pub reach: f64,
    /// For customers in their first year only (go-live webinars).
    pub first_year_only: bool,
    /// Who runs it.
    pub role: Role,
}

impl Default for Program {
    fn default() -> Self {
        Self {
            name: String::new(),
            hours: 1.0,
            sessions: 1.0,
            cadence: Cadence::PerCustomer,
            reach: 50.0,
            first_year_only: false,
            role: Role::Pooled,
        }
    }
}

impl Program {
    /// A program whose sessions count per customer per year, in cohorts of `reach`.
    pub fn per_customer(name: &str, sessions: f64, reach: f64, hours: f64, role: Role) -> Self {
        Self {
            name: name.to_string(),
            hours,
            sessions,
            cadence: Cadence::PerCustomer,
            reach,
            first_year_only: false,
            role,
        }
    }

    /// A program with a fixed number of sessions per year.
    pub fn per_year(name: &str, sessions: f64, hours: f64, role: Role) -> Self {
        Self {
            name: name.to_string(),
            hours,
            sessions,
            cadence: Cadence::PerYear,
            reach: 1.0,
            first_year_only: false,
            role,
        }
    }

    /// The part of the program's hours that grows with customers
    /// (h/customer/year) = sessions/customer/year × hours/session ÷ customers/session
    /// × (first-year share if first-year-only). 0 for a per-year program.
    ///
    /// Hand check (docs/domain.md): 4 webinars × 3 h ÷ 50 per session = 0.24 h per customer.
    pub fn hours_per_customer(&self, first_year_pct: f64) -> f64 {
        match self.cadence {
            Cadence::PerCustomer if self.reach > 0.0 => {
                self.sessions * self.hours / self.reach
                    * reach_share(self.first_year_only, first_year_pct)
            }
            _ => 0.0,
        }
    }

    /// The fixed part (h/year) = sessions/year × hours/session for a per-year
    /// program, 0 for a per-customer one.
    pub fn fixed_hours(&self) -> f64 {
        match self.cadence {
            Cadence::PerYear => self.sessions * self.hours,
            Cadence::PerCustomer => 0.0,
        }
    }

    /// Sessions a year for `customers` (1/year): customers × sessions ÷ reach
    /// (× first-year share), or the fixed count. Hand check (docs/domain.md): 1,000 × 4 ÷ 50 = 80.
    pub fn sessions_per_year(&self, customers: f64, first_year_pct: f64) -> f64 {
        match self.cadence {
            Cadence::PerCustomer if self.reach > 0.0 => {
                customers * self.sessions / self.reach
                    * reach_share(self.first_year_only, first_year_pct)
            }
            Cadence::PerCustomer => 0.0,
            Cadence::PerYear if customers > 0.0 => self.sessions,
            Cadence::PerYear => 0.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::high_touch_set;

    #[test]
    fn domain_hand_check_90_and_70_hours() {
        // 20 + 12 × 1.5 + 4 × 6 + 1 × 16 + 4 × 1 + 8 = 20 + 18 + 24 + 16 + 4 + 8 = 90 h in year one.
        let first_year: f64 = high_touch_set()
            .iter()
            .map(|t| t.hours_per_customer(100.0))
            .sum();
        assert!((first_year - 90.0).abs() < 1e-9);
        // After the first year onboarding drops out: 70 h.
        let after: f64 = high_touch_set()
            .iter()
            .map(|t| t.hours_per_customer(0.0))
            .sum();
        assert!((after - 70.0).abs() < 1e-9);
        // A tier with 25% of customers in their first year averages 70 + 0.25 × 20 = 75 h.
        let mixed: f64 = high_touch_set()
            .iter()
            .map(|t| t.hours_per_customer(25.0))
            .sum();
        assert!((mixed - 75.0).abs() < 1e-9);
    }

    #[test]
    fn share_of_customers_scales_a_touch() {
        // A 2 h outcome workshop that 60% of customers take: 1 × 2 × 0.6 = 1.2 h.
        let t = Touch::new("Workshop", 1.0, 2.0, Role::Csm).for_share(60.0);
        assert!((t.hours_per_customer(0.0) - 1.2).abs() < 1e-12);
    }

    #[test]
    fn trigger_hours() {
        // 2 support spikes a year × 1.5 h = 3 h per customer.
        assert_eq!(
            Trigger::new("Support spike", 2.0, 1.5, Role::Csm).hours_per_customer(),
            3.0
        );
    }

    #[test]
    fn domain_hand_check_webinars_240_hours() {
        // 1,000 customers × 4 webinars ÷ 50 per cohort = 80 sessions × 3 h = 240 h; 0.24 h each.
        let p = crate::model::fixtures::webinar();
        assert!((p.sessions_per_year(1000.0, 0.0) - 80.0).abs() < 1e-9);
        assert!((p.hours_per_customer(0.0) - 0.24).abs() < 1e-12);
        assert!((p.hours_per_customer(0.0) * 1000.0 - 240.0).abs() < 1e-9);
        assert_eq!(p.fixed_hours(), 0.0);
    }

    #[test]
    fn per_year_programs_are_fixed_and_need_customers() {
        // 52 community sessions × 2 h = 104 h a year, only while there are customers.
        let p = Program::per_year("Community", 52.0, 2.0, Role::Pooled);
        assert_eq!(p.fixed_hours(), 104.0);
        assert_eq!(p.hours_per_customer(50.0), 0.0);
        assert_eq!(p.sessions_per_year(10.0, 0.0), 52.0);
        assert_eq!(p.sessions_per_year(0.0, 0.0), 0.0);
    }

    #[test]
    fn zero_reach_gives_no_hours_not_infinity() {
        let p = Program {
            reach: 0.0,
            ..Program::default()
        };
        assert_eq!(p.hours_per_customer(0.0), 0.0);
        assert_eq!(p.sessions_per_year(100.0, 0.0), 0.0);
    }
}
