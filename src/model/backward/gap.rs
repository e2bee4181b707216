//! The gap between the team today's customers need and the team you can
//! afford: people short or to spare per role, their yearly cost at the
//! plan's own cost per FTE, and the cuts of hours per customer that would
//! close it one tier at a time.

use serde::{Deserialize, Serialize};

use super::room::{floor_shown, heads_fit, Room};
use crate::model::demand::TierDemand;
use crate::model::role::{Heads, Role};
use crate::model::scenario::Scenario;

/// People of one role needed today against the budget.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoleGap {
    /// The role.
    pub role: Role,
    /// Whole people the forward plan needs (people).
    pub needed: f64,
    /// People in the budget (people; may be fractional).
    pub budget: f64,
    /// Fully loaded cost of one FTE of the role (currency/year).
    pub cost_per_fte: f64,
}

impl RoleGap {
    /// People short = needed − budget, when positive (people), rounded to
    /// six decimals so the words and the cost use the same figure.
    pub fn short(&self) -> f64 {
        six((self.needed - self.budget).max(0.0))
    }

    /// People to spare = budget − needed, when positive (people).
    pub fn spare(&self) -> f64 {
        six((self.budget - self.needed).max(0.0))
    }
}

/// `x` rounded to six decimals.
fn six(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

/// Every people role where `heads` (needed) and the budget differ.
pub fn role_gaps(s: &Scenario, heads: &Heads) -> Vec<RoleGap> {
    let budget = s.budget.people();
    Role::PEOPLE
        .into_iter()
        .map(|role| RoleGap {
            role,
            needed: heads.get(role) as f64,
            budget: budget.get(role),
            cost_per_fte: s.roles.per_fte(role),
        })
        .filter(|g| g.short() > 0.0 || g.spare() > 0.0)
        .collect()
}

/// Yearly cost of the people short = Σ short(role) × cost per FTE(role)
/// (currency/year).
pub fn short_cost(gaps: &[RoleGap]) -> f64 {
    gaps.iter().map(|g| g.short() * g.cost_per_fte).sum()
}

/// Yearly cost of the people to spare = Σ spare(role) × cost per FTE(role)
/// (currency/year).
pub fn spare_cost(gaps: &[RoleGap]) -> f64 {
    gaps.iter().map(|g| g.spare() * g.cost_per_fte).sum()
}

/// A cut of one tier's hours per customer that makes today's team fit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HourCut {
    /// Index of the tier.
    pub tier: usize,
    /// People hours per customer per year today, all roles (h/customer/year).
    pub today: f64,
    /// The most people hours per customer per year at which the team fits,
    /// every role's hours cut by the same share, every other input as it is,
    /// rounded down to the digits printed (h/customer/year).
    pub to: f64,
    /// People roles that do the tier's work per customer: a cut of more
    /// than one role cuts each by the same share, and the advice says so.
    #[serde(skip)]
    pub roles: usize,
    /// The advice in plain words, written by `words::cut_line` once the
    /// cut is found (empty until then).
    pub message: String,
}

/// `d` with its hours per customer (not its fixed hours) times `f`.
fn scaled(d: &TierDemand, f: f64) -> TierDemand {
    TierDemand {
        scheduled: d.scheduled.map(|h| h * f),
        unscheduled: d.unscheduled.map(|h| h * f),
        programs: d.programs.map(|h| h * f),
        ..*d
    }
}

/// For each tier with customers and people hours whose cut alone can make
/// the team fit (it fits with that tier's hours per customer at 0): the
/// most hours per customer at which it does. Found by bisection on the
/// share kept (people only grow with hours), then rounded down to the
/// digits printed and checked again. Call only when the team is short.
pub fn hour_cuts(room: &Room) -> Vec<HourCut> {
    let mut out = Vec::new();
    for (i, d) in room.demands.iter().enumerate() {
        let today = d.per_customer().total();
        if room.customers[i] <= 0.0 || today <= 0.0 {
            continue;
        }
        let fits_at = |share: f64| {
            let mut demands = room.demands.clone();
            demands[i] = scaled(d, share);
            heads_fit(&room.heads_with(&demands, &room.customers), &room.budget)
        };
        if !fits_at(0.0) || fits_at(1.0) {
            continue;
        }
        let (mut lo, mut hi) = (0.0_f64, 1.0_f64);
        for _ in 0..64 {
            let m = 0.5 * (lo + hi);
            if fits_at(m) {
                lo = m;
            } else {
                hi = m;
            }
            if hi - lo < 1e-12 {
                break;
            }
        }
        let to = floor_shown(lo * today, |h| fits_at(h / today));
        if to <= 0.0 {
            continue;
        }
        let roles = crate::model::role::Role::PEOPLE
            .iter()
            .filter(|r| d.per_customer().get(**r) > 0.0)
            .count();
        out.push(HourCut {
            tier: i,
            today,
            to,
            roles,
            message: String::new(),
        });
    }
    out
}
