//! Planning backward (seed 002): from the headcount you can afford to how
//! many customers each tier can hold, and to where the tier cut-offs must
//! sit so that demand fits the team.

use serde::{Deserialize, Serialize};

use super::base::tier_bases;
use super::demand::TierDemand;
use super::format::{money, num};
use super::plan::core;
use super::role::{PerRole, Role, Staff};
use super::scenario::{BaseMode, Scenario};

/// How many customers one tier can hold with the budget.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TierCapacity {
    /// The tier's name.
    pub name: String,
    /// Customers in the tier today.
    pub customers_now: f64,
    /// Customers the tier could hold if the whole budget served only it
    /// = min over roles of (budget FTE × proactive hours − fixed hours) ÷ hours
    /// per customer; `None` when no people role limits it (automation only).
    pub alone: Option<f64>,
    /// The role that limits `alone`.
    pub alone_limited_by: Option<Role>,
    /// Customers the tier holds when every tier grows or shrinks by the same
    /// factor (today's mix) until the budget is used: `mix_scale` × today.
    pub with_mix: Option<f64>,
}

/// Whether a cut-off between two tiers was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CutoffStatus {
    /// A cut-off where demand fits the team was found by bisection.
    Found,
    /// Demand fits even with as many customers as possible in the upper tier.
    AllFit,
    /// No cut-off fits; `message` says why.
    NoneFits,
}

/// The cut-off between tier `upper` and tier `upper + 1` at which demand fits.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cutoff {
    /// Index of the upper tier; the lower tier is the next one.
    pub upper: usize,
    /// The field the answer belongs to: `tiers.N.min_arr` (bands) or
    /// `tiers.N.customers` (typed per tier).
    pub field: String,
    /// Found, all fit, or none fits.
    pub status: CutoffStatus,
    /// The value that fits (ARR cut-off, or customers kept in the upper
    /// tier); `None` when none fits.
    pub value: Option<f64>,
    /// Today's value of the same field.
    pub current: f64,
    /// Customers in the upper and lower tier at `value`.
    pub customers: (f64, f64),
    /// The answer in plain words.
    pub message: String,
}

/// The backward plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Backward {
    /// The headcount it plans for (`budget`).
    pub budget: Staff,
    /// Whether today's forward plan already fits the budget.
    pub fits_now: bool,
    /// A note when backward planning cannot say much (no budget entered).
    pub note: Option<String>,
    /// Per tier capacity.
    pub tiers: Vec<TierCapacity>,
    /// The factor by which today's whole customer mix could grow (above 1)
    /// or must shrink (below 1) to fit the budget; `None` when no people role
    /// limits it.
    pub mix_scale: Option<f64>,
    /// The role that limits `mix_scale`.
    pub mix_limited_by: Option<Role>,
    /// One entry per pair of neighbouring tiers.
    pub cutoffs: Vec<Cutoff>,
}

/// Whether the forward headcount of `s` (sanitised) fits `budget` for every
/// people role (managers excluded: they follow from the span of control).
pub fn fits(s: &Scenario, budget: &PerRole) -> bool {
    let heads = core(s).heads;
    Role::PEOPLE
        .iter()
        .all(|r| heads.get(*r) as f64 <= budget.get(*r) + 1e-9)
}

/// Capacity limit: the largest `k` with fixed + k × variable ≤ budget hours
/// for every role, and the role that sets it.
fn limit(
    budget_hours: &PerRole,
    fixed: &PerRole,
    variable: &PerRole,
) -> (Option<f64>, Option<Role>) {
    let mut best: (Option<f64>, Option<Role>) = (None, None);
    for r in Role::PEOPLE {
        let v = variable.get(r);
        if v <= 0.0 {
            continue;
        }
        let k = ((budget_hours.get(r) - fixed.get(r)) / v).max(0.0);
        if k.is_finite() && best.0.is_none_or(|b| k < b) {
            best = (Some(k), Some(r));
        }
    }
    best
}

/// The backward plan of `scenario` for its `budget`.
pub fn backward(scenario: &Scenario) -> Backward {
    backward_sanitized(&scenario.sanitized())
}

/// [`backward`] of an already sanitised scenario.
pub fn backward_sanitized(s: &Scenario) -> Backward {
    let p = s.team.proactive_hours_per_year();
    let budget = s.budget.people();
    let budget_hours = budget.map(|b| b * p);
    let bases = tier_bases(s);
    let mut tiers = Vec::new();
    let (mut fixed_all, mut var_all) = (PerRole::default(), PerRole::default());
    for (tier, base) in s.tiers.iter().zip(&bases) {
        let d = TierDemand::of(tier, tier.first_year_pct);
        let (alone, by) = limit(&budget_hours, &d.fixed, &d.per_customer());
        if base.customers > 0.0 {
            fixed_all = fixed_all.plus(&d.fixed);
        }
        var_all = var_all.plus(&d.per_customer().map(|h| h * base.customers));
        tiers.push(TierCapacity {
            name: tier.name.clone(),
            customers_now: base.customers,
            alone,
            alone_limited_by: by,
            with_mix: None,
        });
    }
    let (mix_scale, mix_limited_by) = limit(&budget_hours, &fixed_all, &var_all);
    for t in &mut tiers {
        t.with_mix = mix_scale
            .map(|k| k * t.customers_now)
            .filter(|v| v.is_finite());
    }
    let note = (budget.total() <= 0.0)
        .then(|| "Enter the headcount you can afford (budget) to plan backward.".to_string());
    let cutoffs = if note.is_none() {
        (0..s.tiers.len().saturating_sub(1))
            .map(|i| cutoff(s, i, &budget))
            .collect()
    } else {
        Vec::new()
    };
    Backward {
        budget: s.budget.clone(),
        fits_now: fits(s, &budget),
        note,
        tiers,
        mix_scale,
        mix_limited_by,
        cutoffs,
    }
}

/// The range the moving field of boundary `i` may take, and its current value.
fn range(s: &Scenario, i: usize) -> (f64, f64, f64) {
    let n = s.tiers.len();
    match s.base.mode {
        BaseMode::Bands => {
            let lo_band = s
                .base
                .bands
                .iter()
                .map(|b| b.min.min(b.max))
                .fold(f64::INFINITY, f64::min);
            let hi_band = s
                .base
                .bands
                .iter()
                .map(|b| b.min.max(b.max))
                .fold(0.0, f64::max);
            let lo_band = if lo_band.is_finite() { lo_band } else { 0.0 };
            let hi = if i == 0 {
                hi_band
            } else {
                s.tiers[i - 1].min_arr.min(hi_band)
            };
            let lo = if i + 2 < n {
                s.tiers[i + 1].min_arr.max(lo_band)
            } else {
                lo_band
            };
            (lo, hi, s.tiers[i].min_arr)
        }
        BaseMode::Direct | BaseMode::Accounts => {
            let total = s.tiers[i].customers + s.tiers[i + 1].customers;
            (0.0, total, s.tiers[i].customers)
        }
    }
}

/// Applies `theta` (0 = as many customers as possible in the upper tier,
/// 1 = as few) to boundary `i` of the working copy `w`; returns the field value.
fn apply(w: &mut Scenario, i: usize, lo: f64, hi: f64, theta: f64) -> f64 {
    match w.base.mode {
        BaseMode::Bands => {
            let c = lo + theta * (hi - lo);
            w.tiers[i].min_arr = c;
            c
        }
        BaseMode::Direct | BaseMode::Accounts => {
            let kept = hi * (1.0 - theta);
            w.tiers[i].customers = kept;
            w.tiers[i + 1].customers = hi - kept;
            kept
        }
    }
}

/// Bisection over the boundary between tiers `i` and `i + 1`. Demand is
/// monotone in the cut-off when the lower tier needs fewer hours per customer
/// of every role; the answer returned always fits, monotone or not.
fn cutoff(s: &Scenario, i: usize, budget: &PerRole) -> Cutoff {
    let (lo, hi, current) = range(s, i);
    let bands = s.base.mode == BaseMode::Bands;
    let field = if bands {
        format!("tiers.{i}.min_arr")
    } else {
        format!("tiers.{i}.customers")
    };
    let (upper, lower) = (&s.tiers[i].name, &s.tiers[i + 1].name);
    let mut w = s.clone();
    let split = |w: &Scenario| {
        let b = tier_bases(w);
        (b[i].customers, b[i + 1].customers)
    };
    let cur = &s.currency;
    let v0 = apply(&mut w, i, lo, hi, 0.0);
    if fits(&w, budget) {
        let customers = split(&w);
        let message = if bands {
            format!(
                "The team fits even with the cut-off of {upper} as low as {}: {} customers in {upper}, {} in {lower}.",
                money(v0, cur),
                num(customers.0),
                num(customers.1)
            )
        } else {
            format!(
                "The team fits even with all {} customers of {upper} and {lower} in {upper}.",
                num(hi)
            )
        };
        return Cutoff {
            upper: i,
            field,
            status: CutoffStatus::AllFit,
            value: Some(v0),
            current,
            customers,
            message,
        };
    }
    let v1 = apply(&mut w, i, lo, hi, 1.0);
    if !fits(&w, budget) {
        return Cutoff {
            upper: i,
            field,
            status: CutoffStatus::NoneFits,
            value: None,
            current,
            customers: split(&w),
            message: none_fits(s, &w, i, budget, v1),
        };
    }
    // Invariant: fits at `b`, not at `a`.
    let (mut a, mut b) = (0.0_f64, 1.0_f64);
    for _ in 0..60 {
        let m = 0.5 * (a + b);
        apply(&mut w, i, lo, hi, m);
        if fits(&w, budget) {
            b = m;
        } else {
            a = m;
        }
        if b - a < 1e-9 {
            break;
        }
    }
    let value = apply(&mut w, i, lo, hi, b);
    let customers = split(&w);
    let message = if bands {
        format!(
            "Set the cut-off of {upper} at {} ARR (today {}): {} customers in {upper} and {} in {lower} fit the team.",
            money(value, cur),
            money(current, cur),
            num(customers.0),
            num(customers.1)
        )
    } else {
        format!(
            "Keep at most {} customers in {upper} (today {}) and move {} to {lower}: then the team fits.",
            num(value.floor()),
            num(current),
            num((current - value.floor()).max(0.0))
        )
    };
    Cutoff {
        upper: i,
        field,
        status: CutoffStatus::Found,
        value: Some(value),
        current,
        customers,
        message,
    }
}

/// Why no cut-off fits: the roles still short with as few customers as
/// possible in the upper tier, and whether the lower tier is cheaper at all.
fn none_fits(s: &Scenario, w: &Scenario, i: usize, budget: &PerRole, v1: f64) -> String {
    let heads = core(w).heads;
    let (upper, lower) = (&s.tiers[i].name, &s.tiers[i + 1].name);
    let du = TierDemand::of(&s.tiers[i], s.tiers[i].first_year_pct).per_customer();
    let dl = TierDemand::of(&s.tiers[i + 1], s.tiers[i + 1].first_year_pct).per_customer();
    let mut parts = Vec::new();
    for r in Role::PEOPLE {
        let need = heads.get(r) as f64;
        if need > budget.get(r) + 1e-9 {
            let mut text = format!(
                "{} {} needed, {} in the budget",
                num(need),
                r.label(),
                num(budget.get(r))
            );
            if dl.get(r) >= du.get(r) && dl.get(r) > 0.0 {
                text.push_str(&format!(
                    " ({lower} needs at least as many {} hours per customer as {upper}, so moving customers down does not help)",
                    r.label()
                ));
            }
            parts.push(text);
        }
    }
    let position = match s.base.mode {
        BaseMode::Bands => format!(
            "even with the cut-off of {upper} at {}",
            money(v1, &s.currency)
        ),
        BaseMode::Direct | BaseMode::Accounts => {
            format!("even with every customer of {upper} moved to {lower}")
        }
    };
    format!("No cut-off fits: {position}, {}.", parts.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::plan;
    use crate::model::scenario::Band;

    #[test]
    fn capacity_per_tier_by_hand() {
        // Default scenario, budget 4 CSMs: high touch takes 80 h per CSM-customer,
        // so alone it holds 4 × 1,104 ÷ 80 = 55.2 customers.
        let b = backward(&Scenario::default());
        let high = &b.tiers[0];
        assert!((high.alone.unwrap() - 55.2).abs() < 1e-9);
        assert_eq!(high.alone_limited_by, Some(Role::Csm));
        assert!(b.fits_now);
        // Tech touch is limited by pooled hours: (2 × 1,104 − 104) ÷ 0.24 = 8,766.7.
        let tech = &b.tiers[2];
        assert_eq!(tech.alone_limited_by, Some(Role::Pooled));
        assert!((tech.alone.unwrap() - (2.0 * 1104.0 - 104.0) / 0.24).abs() < 1e-6);
    }

    #[test]
    fn direct_mode_moves_customers_down_until_it_fits() {
        // Budget 2 CSMs: high touch (dedicated, 80 h) must shrink to fit 2 CSMs:
        // 2 × 1,104 ÷ 80 = 27.6 customers; the rest moves to low touch,
        // which needs pooled and associate hours within their budget.
        let mut s = Scenario::default();
        s.budget.csm = 2.0;
        s.budget.pooled = 10.0;
        s.budget.associate = 10.0;
        let b = backward(&s);
        let c = &b.cutoffs[0];
        assert_eq!(c.status, CutoffStatus::Found, "{}", c.message);
        let kept = c.value.unwrap();
        assert!((kept - 27.6).abs() < 1e-6, "{kept}");
        let mut fed = s.clone();
        fed.tiers[0].customers = kept;
        fed.tiers[1].customers = s.tiers[0].customers + s.tiers[1].customers - kept;
        assert!(plan(&fed).totals.heads.csm <= 2);
    }

    #[test]
    fn bands_cutoff_and_none_fits() {
        let mut s = Scenario::default();
        s.base.mode = BaseMode::Bands;
        s.base.bands = vec![Band::new(0.0, 200_000.0, 400.0)];
        s.budget.csm = 1.0;
        s.budget.pooled = 50.0;
        s.budget.associate = 50.0;
        let b = backward(&s);
        let c = &b.cutoffs[0];
        assert_eq!(c.status, CutoffStatus::Found, "{}", c.message);
        let mut fed = s.clone();
        fed.tiers[0].min_arr = c.value.unwrap();
        assert!(plan(&fed).totals.heads.csm <= 1);
        // With no pooled budget the low touch tier can never fit.
        s.budget.pooled = 0.0;
        let b = backward(&s);
        assert_eq!(b.cutoffs[0].status, CutoffStatus::NoneFits);
        assert!(
            b.cutoffs[0].message.contains("Pooled CSM"),
            "{}",
            b.cutoffs[0].message
        );
    }

    #[test]
    fn no_budget_says_so() {
        let s = Scenario {
            budget: Staff::default(),
            ..Scenario::default()
        };
        let b = backward(&s);
        assert!(b.note.is_some());
        assert!(b.cutoffs.is_empty());
    }
}
