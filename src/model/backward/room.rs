//! Whole people per role for any number of customers per tier, and how far
//! today's customer mix can grow or must shrink before the budget runs out.
//!
//! Everything here judges "fits" the one way the forward plan counts
//! people: fractional FTE rounded up to whole people (CSMs once per
//! dedicated tier, then once for the other tiers; other roles once), each
//! role at most its budget. Managers are left out: they follow from the span
//! of control and are not part of the budget's inputs.

use super::TierCapacity;
use crate::model::base::tier_bases;
use crate::model::demand::{fte, TierDemand};
use crate::model::plan::{core, headcount};
use crate::model::role::{Heads, PerRole, Role};
use crate::model::scenario::Scenario;

/// Whether the forward headcount of `s` (sanitised) fits `budget` for every
/// people role (managers excluded: they follow from the span of control).
pub fn fits(s: &Scenario, budget: &PerRole) -> bool {
    heads_fit(&core(s).heads, budget)
}

/// Whether whole people `heads` fit `budget` in every people role.
pub fn heads_fit(heads: &Heads, budget: &PerRole) -> bool {
    Role::PEOPLE
        .iter()
        .all(|r| heads.get(*r) as f64 <= budget.get(*r) + 1e-9)
}

/// Whole people of a role a budget can hold (people): a part-timer's
/// fraction cannot carry a whole person, so 2.5 CSMs hold 2 whole CSMs.
pub fn whole(budget: f64) -> f64 {
    (budget + 1e-9).floor().max(0.0)
}

/// The largest number at or below `x` that reads the same as it is printed
/// (as [`crate::model::format::num`] rounds: 0 decimals from 100 up, 1 from
/// 10 up, else 2) and for which `ok` holds, stepping down at most a few
/// steps; 0 when none does. So an advised number, typed back in, fits.
pub fn floor_shown(x: f64, ok: impl Fn(f64) -> bool) -> f64 {
    if !x.is_finite() || x <= 0.0 {
        return 0.0;
    }
    let unit: f64 = match x {
        a if a >= 100.0 => 1.0,
        a if a >= 10.0 => 10.0,
        _ => 100.0,
    };
    let mut steps = (x * unit + 1e-6).floor();
    for _ in 0..4 {
        let v = steps / unit;
        if steps <= 0.0 || ok(v) {
            return v.max(0.0);
        }
        steps -= 1.0;
    }
    0.0
}

/// The demand side of a scenario, computed once: what the searches of the
/// backward plan evaluate many times.
pub struct Room<'a> {
    /// The sanitised scenario.
    pub s: &'a Scenario,
    /// Proactive hours per FTE per year.
    pub proactive: f64,
    /// The budget as entered, per people role (people).
    pub budget: PerRole,
    /// Each tier's demand (hours per customer and fixed hours).
    pub demands: Vec<TierDemand>,
    /// Each tier's customers today.
    pub customers: Vec<f64>,
}

impl<'a> Room<'a> {
    /// The room of a sanitised scenario.
    pub fn of(s: &'a Scenario) -> Self {
        Room {
            s,
            proactive: s.team.proactive_hours_per_year(),
            budget: s.budget.people(),
            demands: s
                .tiers
                .iter()
                .map(|t| TierDemand::of(t, t.first_year_pct))
                .collect(),
            customers: tier_bases(s).iter().map(|b| b.customers).collect(),
        }
    }

    /// Whole people per role for `customers[i]` in tier `i`, with `demands`.
    pub fn heads_with(&self, demands: &[TierDemand], customers: &[f64]) -> Heads {
        let tier_fte: Vec<_> = self
            .s
            .tiers
            .iter()
            .zip(demands)
            .zip(customers)
            .map(|((t, d), c)| (t.coverage, d.hours(*c).map(|h| fte(h, self.proactive))))
            .collect();
        headcount(self.s, &tier_fte)
    }

    /// Whole people per role for `customers[i]` in tier `i`.
    pub fn heads(&self, customers: &[f64]) -> Heads {
        self.heads_with(&self.demands, customers)
    }

    /// Whether `customers[i]` in tier `i` fit the budget.
    pub fn fits(&self, customers: &[f64]) -> bool {
        heads_fit(&self.heads(customers), &self.budget)
    }

    /// Budget hours of a role = whole people × proactive hours (h/year).
    pub fn hours(&self, role: Role) -> f64 {
        whole(self.budget.get(role)) * self.proactive
    }

    /// Today's customers of every tier times `k`.
    fn scaled(&self, k: f64) -> Vec<f64> {
        self.customers.iter().map(|c| c * k).collect()
    }

    /// The roles whose whole people, for `customers`, exceed the budget.
    pub fn short_roles(&self, customers: &[f64]) -> Vec<Role> {
        let heads = self.heads(customers);
        Role::PEOPLE
            .into_iter()
            .filter(|r| heads.get(*r) as f64 > self.budget.get(*r) + 1e-9)
            .collect()
    }

    /// Fixed hours (h/year) per role of the tiers that have customers.
    pub fn fixed(&self) -> PerRole {
        self.demands
            .iter()
            .zip(&self.customers)
            .filter(|(_, c)| **c > 0.0)
            .fold(PerRole::default(), |acc, (d, _)| acc.plus(&d.fixed))
    }

    /// The largest factor `k` by which every tier's customers can be
    /// multiplied and still fit the budget in whole people, and the role
    /// that stops it; `None` when no people role has hours per customer.
    ///
    /// The hours bound is closed form: k = min over roles of (whole people
    /// × proactive hours − fixed hours) ÷ hours per customer of today's
    /// mix. Rounding per dedicated tier can stop it earlier; then a
    /// bisection finds it (people only grow with customers). `fits_now`
    /// (k = 1 fits) keeps the answer at 1 or above exactly when the team
    /// fits today.
    pub fn mix_scale(&self, fits_now: bool) -> (Option<f64>, Option<Role>) {
        let fixed = self.fixed();
        let variable = self
            .demands
            .iter()
            .zip(&self.customers)
            .fold(PerRole::default(), |acc, (d, c)| {
                acc.plus(&d.per_customer().map(|h| h * c))
            });
        let (Some(bound), Some(role)) = limit(self, &fixed, &variable) else {
            return (None, None);
        };
        if self.fits(&self.scaled(bound)) {
            return (Some(bound), Some(role));
        }
        let (mut lo, mut hi) = if fits_now {
            (1.0, bound)
        } else {
            (0.0, bound.min(1.0))
        };
        for _ in 0..64 {
            let m = 0.5 * (lo + hi);
            if self.fits(&self.scaled(m)) {
                lo = m;
            } else {
                hi = m;
            }
            if hi - lo <= 1e-12 * hi.max(1.0) {
                break;
            }
        }
        let by = self.short_roles(&self.scaled(hi)).first().copied();
        (Some(lo), by.or(Some(role)))
    }

    /// What each tier can hold: alone (the whole budget for it, closed
    /// form: one tier rounds each role once) and with today's mix.
    pub fn capacity(&self, mix_scale: Option<f64>) -> Vec<TierCapacity> {
        self.s
            .tiers
            .iter()
            .zip(&self.demands)
            .zip(&self.customers)
            .map(|((tier, d), c)| {
                let (alone, by) = limit(self, &d.fixed, &d.per_customer());
                TierCapacity {
                    name: tier.name.clone(),
                    customers_now: *c,
                    alone,
                    alone_limited_by: by,
                    with_mix: mix_scale.map(|k| k * c).filter(|v| v.is_finite()),
                }
            })
            .collect()
    }
}

/// The largest `k` with fixed + k × variable ≤ budget hours (whole people)
/// for every role, and the role that sets it.
fn limit(room: &Room, fixed: &PerRole, variable: &PerRole) -> (Option<f64>, Option<Role>) {
    let mut best: (Option<f64>, Option<Role>) = (None, None);
    for r in Role::PEOPLE {
        let v = variable.get(r);
        if v <= 0.0 {
            continue;
        }
        let k = ((room.hours(r) - fixed.get(r)) / v).max(0.0);
        if k.is_finite() && best.0.is_none_or(|b| k < b) {
            best = (Some(k), Some(r));
        }
    }
    best
}
