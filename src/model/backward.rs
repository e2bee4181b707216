//! Planning backward (seed 002): from the headcount you can afford to how
//! many customers each tier can hold, and to where the tier cut-offs must
//! sit so that demand fits the team.

use serde::{Deserialize, Serialize};

use super::base::tier_bases;
use super::demand::TierDemand;
use super::format::{count, money, num, pct};
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
    /// One entry per pair of neighbouring tiers, decided together from the
    /// top tier down (see [`cutoffs`]): one plan, not separate options.
    pub cutoffs: Vec<Cutoff>,
    /// The verdict on the cut-offs together: no move needed, make the moves
    /// (then the team fits), or none fits; `None` without a budget.
    pub advice: Option<String>,
}

impl Backward {
    /// The verdict on today's customers and this budget, in words: whether
    /// they fit, and by how much the whole customer mix could grow (or must
    /// shrink) = [`Backward::mix_scale`], with the role that limits it.
    pub fn verdict(&self) -> String {
        let fits = if self.fits_now {
            "Today's customers and touch models fit this team."
        } else {
            "Today's customers and touch models need more people than this team."
        };
        let limited = self
            .mix_limited_by
            .map(|r| format!(" (limited by {})", r.noun().1))
            .unwrap_or_default();
        let mix = match self.mix_scale {
            None => String::new(),
            Some(k) if k <= 1e-9 => format!(
                " Even with no customers, the fixed work of the tiers (programs, moderation) takes more hours than the budget has{limited}."
            ),
            Some(k) if k < 1.0 => format!(
                " With today's mix, the customer base would have to shrink to {} of its size{limited}.",
                pct(k * 100.0)
            ),
            Some(k) => format!(
                " With today's mix, the customer base could grow to {}× its size{limited}.",
                num(k)
            ),
        };
        format!("{fits}{mix}")
    }
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
    let (cutoffs, advice) = if note.is_none() {
        let (cutoffs, advice) = cutoffs(s, &budget);
        (cutoffs, Some(advice))
    } else {
        (Vec::new(), None)
    };
    Backward {
        budget: s.budget.clone(),
        fits_now: fits(s, &budget),
        note,
        tiers,
        mix_scale,
        mix_limited_by,
        cutoffs,
        advice,
    }
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

/// The cut-offs, decided jointly from the top tier down.
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
fn cutoffs(s: &Scenario, budget: &PerRole) -> (Vec<Cutoff>, String) {
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
    let moves = out
        .iter()
        .filter(|c| c.status == CutoffStatus::Found)
        .count();
    let advice = if out.iter().any(|c| c.status == CutoffStatus::NoneFits) {
        "No cut-offs fit this budget: the team is too small whatever the tiers.".to_string()
    } else if moves == 0 {
        "Today's tiers fit the team: no customer needs to move.".to_string()
    } else if moves == 1 {
        "Make the move above: then the team fits.".to_string()
    } else {
        "Make the moves above together, from the top tier down: then the team fits.".to_string()
    };
    (out, advice)
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
        // 2 × 1,104 ÷ 80 = 27.6, so 27 whole customers; the rest moves to low
        // touch, which needs pooled and associate hours within their budget.
        let mut s = Scenario::default();
        s.budget.csm = 2.0;
        s.budget.pooled = 10.0;
        s.budget.associate = 10.0;
        let b = backward(&s);
        let c = &b.cutoffs[0];
        assert_eq!(c.status, CutoffStatus::Found, "{}", c.message);
        let kept = c.value.unwrap();
        assert_eq!(kept, 27.0);
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
            b.cutoffs[0]
                .message
                .contains("1 pooled CSM needed, 0 in the budget"),
            "{}",
            b.cutoffs[0].message
        );
    }

    /// Applies every cut-off of `b` to `s`, top tier first, as a reader would.
    fn follow(s: &Scenario, b: &Backward) -> Scenario {
        let mut fed = s.clone();
        for c in &b.cutoffs {
            let (i, v) = (c.upper, c.value.unwrap());
            if s.base.mode == BaseMode::Bands {
                fed.tiers[i].min_arr = v;
            } else {
                let moved = fed.tiers[i].customers - v;
                fed.tiers[i].customers = v;
                fed.tiers[i + 1].customers += moved;
            }
        }
        fed
    }

    #[test]
    fn one_csm_gets_one_consistent_plan() {
        // Default scenario, 1 CSM: high touch keeps 1,104 ÷ 80 = 13.8 → 13
        // customers and 27 move to low touch. Low touch, now 227 customers,
        // fits the 2 pooled CSMs, so no one moves on to tech touch: the
        // second line must not judge high touch at today's 40 customers.
        let mut s = Scenario::default();
        s.budget.csm = 1.0;
        let b = backward(&s);
        let (first, second) = (&b.cutoffs[0], &b.cutoffs[1]);
        assert_eq!(first.status, CutoffStatus::Found, "{}", first.message);
        assert_eq!(first.value, Some(13.0));
        assert_eq!(
            first.message,
            "Keep at most 13 customers in High touch and move 27 to Low touch."
        );
        assert_eq!(second.status, CutoffStatus::AllFit, "{}", second.message);
        assert_eq!(
            second.message,
            "Keep all 227 customers in Low touch (200 today, 227 after the move above): no one needs to move to Tech touch."
        );
        assert_eq!(
            b.advice.as_deref(),
            Some("Make the move above: then the team fits.")
        );
        assert!(fits(&follow(&s, &b), &s.budget.people()));
    }

    #[test]
    fn the_moves_cascade_when_both_boundaries_must_move() {
        // 1 CSM and 1 pooled CSM: 27 high-touch customers move to low touch,
        // and low touch must then shed customers to tech touch too.
        let mut s = Scenario::default();
        s.budget.csm = 1.0;
        s.budget.pooled = 1.0;
        let b = backward(&s);
        assert_eq!(b.cutoffs[0].value, Some(13.0), "{}", b.cutoffs[0].message);
        assert_eq!(
            b.cutoffs[1].status,
            CutoffStatus::Found,
            "{}",
            b.cutoffs[1].message
        );
        assert!(b.cutoffs[1].message.contains("after the move above"));
        assert!(fits(&follow(&s, &b), &s.budget.people()));
        assert!(b.advice.unwrap().ends_with("then the team fits."));
    }

    #[test]
    fn the_verdict_says_grow_shrink_or_nothing_fits() {
        // Default budget: the 2 pooled CSMs run out first (CSMs would allow
        // 4 × 1,104 ÷ (40 × 80) = 1.38 times today's base).
        let b = backward(&Scenario::default());
        assert_eq!(
            b.verdict(),
            "Today's customers and touch models fit this team. With today's mix, the customer base could grow to 1.27× its size (limited by pooled CSMs)."
        );
        let mut s = Scenario::default();
        s.budget.csm = 1.0;
        let v = backward(&s).verdict();
        assert!(
            v.ends_with("would have to shrink to 34.5% of its size (limited by CSMs)."),
            "{v}"
        );
        // No pooled CSM: community moderation alone needs pooled hours.
        s.budget.pooled = 0.0;
        let v = backward(&s).verdict();
        assert!(v.contains("Even with no customers"), "{v}");
        assert!(!v.contains("0×"), "{v}");
        assert!(v.ends_with("(limited by pooled CSMs)."), "{v}");
    }

    #[test]
    fn emptying_a_tier_says_move_all() {
        // seed002 with 1 CSM: Global keeps its 8, Enterprise must empty.
        let mut s = crate::model::preset("seed002_outcomes").unwrap();
        s.budget.csm = 1.0;
        let b = backward(&s);
        assert_eq!(
            b.cutoffs[1].message,
            "Move all 90 customers of Enterprise to Scale."
        );
        assert!(fits(&follow(&s, &b), &s.budget.people()));
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
