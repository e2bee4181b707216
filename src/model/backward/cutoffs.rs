//! The cut-offs of the backward plan: where the boundaries between
//! neighbouring tiers must sit so that demand fits the team, decided
//! together from the top tier down (customers only move down).

use serde::{Deserialize, Serialize};

use super::room::fits;
use crate::model::base::tier_bases;
use crate::model::demand::TierDemand;
use crate::model::format::{count, money, num};
use crate::model::plan::core;
use crate::model::role::{PerRole, Role};
use crate::model::scenario::{BaseMode, Scenario};

/// Whether a cut-off between two tiers was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CutoffStatus {
    /// Customers must move down to the lower tier; the cut-off was found
    /// by bisection.
    Found,
    /// No customer needs to move at this boundary (with the moves above).
    AllFit,
    /// No cut-offs fit, whatever the moves; `message` says why.
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
    /// The value advised, with the boundaries above already moved: the ARR
    /// cut-off of the upper tier, or the customers it keeps (today's plus any
    /// moved in from above, less those it moves down); `None` when none fits.
    pub value: Option<f64>,
    /// Today's value of the same field.
    pub current: f64,
    /// Customers in the upper and lower tier at `value`.
    pub customers: (f64, f64),
    /// The answer in plain words.
    pub message: String,
}

/// Where boundary `i` of the working copy `w` can move: `from` is its
/// position now (no customer moves), `to` the position at which the upper
/// tier `i` is empty (every customer moved down). Bands: ARR cut-offs of
/// tier `i`, raised from today's up to the cut-off of the tier above (or the
/// top of the bands). Customers typed per tier: customers kept in tier `i`,
/// from all of them down to 0.
fn span(w: &Scenario, i: usize) -> (f64, f64) {
    match w.base.mode {
        BaseMode::Bands => {
            let top = if i == 0 {
                w.base
                    .bands
                    .iter()
                    .map(|b| b.min.max(b.max))
                    .fold(0.0, f64::max)
            } else {
                w.tiers[..i]
                    .iter()
                    .map(|t| t.min_arr)
                    .fold(f64::INFINITY, f64::min)
            };
            let from = w.tiers[i].min_arr;
            (from, top.max(from))
        }
        BaseMode::Direct | BaseMode::Accounts => (w.tiers[i].customers, 0.0),
    }
}

/// Puts boundary `i` of `w` at `value`: the ARR cut-off of tier `i` (bands),
/// or the customers kept in tier `i`, the others moving to tier `i + 1`.
fn place(w: &mut Scenario, i: usize, value: f64) {
    match w.base.mode {
        BaseMode::Bands => w.tiers[i].min_arr = value,
        BaseMode::Direct | BaseMode::Accounts => {
            let moved = w.tiers[i].customers - value;
            w.tiers[i].customers = value;
            w.tiers[i + 1].customers += moved;
        }
    }
}

/// Moves every customer below tier `i` to the last tier: the least demand
/// the tiers below can have when moving customers down lowers demand.
fn push_down(w: &mut Scenario, i: usize) {
    let last = w.tiers.len() - 1;
    match w.base.mode {
        BaseMode::Bands => {
            let c = w.tiers[i].min_arr;
            for t in &mut w.tiers[i + 1..last] {
                t.min_arr = c;
            }
        }
        BaseMode::Direct | BaseMode::Accounts => {
            for j in i + 1..last {
                let moved = std::mem::take(&mut w.tiers[j].customers);
                w.tiers[last].customers += moved;
            }
        }
    }
}

/// The cut-offs, decided jointly from the top tier down, and whether the
/// team fits with every move made.
///
/// Boundary `i` is set so that tier `i` keeps as many customers as it can
/// while a plan that fits still exists: with the boundaries above as already
/// advised, and the customers below tier `i + 1` either as they are or free
/// to move further down (judged with all of them in the last tier). Customers only move down from
/// today's tiers, never up. So the top tiers, the most valuable customers,
/// keep their touch model first, and the advice is one plan: applying every
/// move, in order, fits the budget (the last boundary is judged with nothing
/// below it). Demand is monotone in each cut-off when lower tiers need fewer
/// hours per customer; a bisection finds the cut-off, and the value returned
/// always passes the test, monotone or not. A boundary where no position
/// fits on its own moves no one; if the moves below then make the team fit,
/// it needs no move, otherwise no cut-offs fit and every line says so.
pub(super) fn cutoffs(s: &Scenario, budget: &PerRole) -> (Vec<Cutoff>, bool) {
    let bands = s.base.mode == BaseMode::Bands;
    let n = s.tiers.len();
    let mut w = s.clone();
    let mut steps = Vec::new();
    for i in 0..n.saturating_sub(1) {
        // Fits with the tiers below as they are, or with them pushed down.
        let feasible = |v: f64| {
            let mut t = w.clone();
            place(&mut t, i, v);
            if fits(&t, budget) {
                return true;
            }
            push_down(&mut t, i);
            fits(&t, budget)
        };
        let (from, to) = span(&w, i);
        let before = tier_bases(&w)[i].customers;
        let (status, value) = if feasible(from) {
            (CutoffStatus::AllFit, from)
        } else if !feasible(to) {
            // Nothing at this boundary fits on its own: no one moves here,
            // and the boundaries below may still make it fit.
            (CutoffStatus::NoneFits, from)
        } else {
            // Invariant: fits at `b`, not at `a` (0 = from, 1 = to).
            let (mut a, mut b) = (0.0_f64, 1.0_f64);
            for _ in 0..60 {
                let m = 0.5 * (a + b);
                if feasible(from + m * (to - from)) {
                    b = m;
                } else {
                    a = m;
                }
                if b - a < 1e-9 {
                    break;
                }
            }
            let value = from + b * (to - from);
            // Whole customers stay in the upper tier when that still fits.
            let whole = value.floor();
            let value = if !bands && whole != value && feasible(whole) {
                whole
            } else {
                value
            };
            (CutoffStatus::Found, value)
        };
        place(&mut w, i, value);
        let b = tier_bases(&w);
        steps.push((status, value, before, (b[i].customers, b[i + 1].customers)));
    }
    // Either the moves together fit (a boundary where nothing fitted on its
    // own then needs no move), or nothing does and every line says so.
    let fitted = fits(&w, budget);
    let mut out: Vec<Cutoff> = Vec::new();
    for (i, (status, value, before, customers)) in steps.into_iter().enumerate() {
        let status = match (status, fitted) {
            (CutoffStatus::NoneFits, true) => CutoffStatus::AllFit,
            (_, false) => CutoffStatus::NoneFits,
            (status, true) => status,
        };
        let field = if bands {
            format!("tiers.{i}.min_arr")
        } else {
            format!("tiers.{i}.customers")
        };
        let current = if bands {
            s.tiers[i].min_arr
        } else {
            s.tiers[i].customers
        };
        let earlier_none = i > 0 && status == CutoffStatus::NoneFits;
        let message = line(s, i, status, value, before, customers, earlier_none, budget);
        out.push(Cutoff {
            upper: i,
            field,
            status,
            value: (status != CutoffStatus::NoneFits).then_some(value),
            current,
            customers,
            message,
        });
    }
    (out, fitted)
}

/// The sentence for boundary `i`: `before` = customers in the upper tier
/// before this boundary moves (today's plus those moved in from above),
/// `customers` = upper and lower tier after it.
#[allow(clippy::too_many_arguments)]
fn line(
    s: &Scenario,
    i: usize,
    status: CutoffStatus,
    value: f64,
    before: f64,
    customers: (f64, f64),
    earlier_none: bool,
    budget: &PerRole,
) -> String {
    let (upper, lower) = (&s.tiers[i].name, &s.tiers[i + 1].name);
    let cur = &s.currency;
    let customer = |n: f64| count(n, "customer", "customers");
    let bases = tier_bases(s);
    let today = bases[i].customers;
    let above = if (before - today).abs() > 1e-9 {
        format!(
            " ({} today, {} after the move above)",
            num(today),
            num(before)
        )
    } else {
        String::new()
    };
    match (status, s.base.mode == BaseMode::Bands) {
        (CutoffStatus::NoneFits, _) if earlier_none => {
            format!("No cut-off of {upper} fits either.")
        }
        (CutoffStatus::NoneFits, _) => none_fits(s, i, budget),
        (CutoffStatus::AllFit, true) => format!(
            "Keep the cut-off of {upper} at {} ARR: {} in {upper}{above} and {} in {lower}; no one needs to move.",
            money(value, cur),
            customer(customers.0),
            num(customers.1)
        ),
        (CutoffStatus::AllFit, false) if before <= 0.0 => {
            format!("{upper} has no customers{above}: no one needs to move to {lower}.")
        }
        (CutoffStatus::AllFit, false) if before == 1.0 => {
            format!("Keep the 1 customer in {upper}{above}: no one needs to move to {lower}.")
        }
        (CutoffStatus::AllFit, false) => format!(
            "Keep all {} in {upper}{above}: no one needs to move to {lower}.",
            customer(before)
        ),
        (CutoffStatus::Found, true) => format!(
            "Raise the cut-off of {upper} to {} ARR (today {}): {} stay in {upper}{above} and {} move to {lower}.",
            money(value, cur),
            money(s.tiers[i].min_arr, cur),
            num(customers.0),
            num((before - customers.0).max(0.0))
        ),
        (CutoffStatus::Found, false) if value.floor() <= 0.0 => format!(
            "Move all {} of {upper}{above} to {lower}.",
            customer(before)
        ),
        (CutoffStatus::Found, false) => format!(
            "Keep at most {} in {upper}{above} and move {} to {lower}.",
            customer(value.floor()),
            num((before - value.floor()).max(0.0))
        ),
    }
}

/// Why no cut-offs fit: the roles still short with every customer of tier
/// `i` and below in the last tier, and whether the last tier needs that
/// role at all.
fn none_fits(s: &Scenario, i: usize, budget: &PerRole) -> String {
    let mut w = s.clone();
    let (_, to) = span(&w, i);
    place(&mut w, i, to);
    push_down(&mut w, i);
    let heads = core(&w).heads;
    let last = s.tiers.len() - 1;
    let bottom = &s.tiers[last].name;
    let demand = TierDemand::of(&s.tiers[last], s.tiers[last].first_year_pct);
    let per_customer = demand.per_customer();
    let mut parts = Vec::new();
    for r in Role::PEOPLE {
        let need = heads.get(r) as f64;
        if need > budget.get(r) + 1e-9 {
            let mut text = format!(
                "{} needed, {} in the budget",
                r.people(need),
                num(budget.get(r))
            );
            if per_customer.get(r) > 0.0 || demand.fixed.get(r) > 0.0 {
                let (one, _) = r.noun();
                text.push_str(&format!(" ({bottom} itself needs {one} hours)"));
            }
            parts.push(text);
        }
    }
    let position = if i + 1 == last {
        format!(
            "even with every customer of {} moved to {bottom}",
            s.tiers[i].name
        )
    } else {
        format!(
            "even with every customer of {} and the tiers below in {bottom}",
            s.tiers[i].name
        )
    };
    format!("No cut-off fits: {position}, {}.", parts.join("; "))
}
