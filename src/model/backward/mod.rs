//! Planning backward: from the headcount you can afford to how many
//! customers each tier can hold, where the tier cut-offs must sit so that
//! demand fits the team, and what closes the gap when it does not.
//!
//! One result, one set of sentences: [`backward`] decides the
//! [`Outcome`] once, from whole people per role as the forward plan rounds
//! them (the one test is [`fits`]), and every statement (the verdict, the
//! table of what each tier can hold, the cut-offs, the closing advice and
//! the cuts of hours) is derived from it, so no two of them can disagree.
//! The page, the command line and the Markdown summary print these
//! sentences as they are.
//!
//! - `room`: whole people per role for any number of customers, and how
//!   far today's mix can grow or must shrink;
//! - `gap`: the people short (or to spare) per role, with their yearly
//!   cost, and the cuts of hours per customer that would make one tier fit;
//! - `cutoffs`: the moves of customers to lower tiers, from the top down;
//! - `words`: every sentence, from the result.

mod cutoffs;
mod gap;
mod room;
#[cfg(test)]
mod tests;
mod words;

use serde::{Deserialize, Serialize};

pub use cutoffs::{Cutoff, CutoffStatus};
pub use gap::{HourCut, RoleGap};
pub use room::{fits, heads_fit};
pub use words::{
    budget_words, limited_by, CAPACITY_CAPTION, CAPACITY_COLUMNS, CUTOFFS_HEADING, CUTS_HEADING,
    TITLE,
};

use super::role::{Role, Staff};
use super::scenario::Scenario;

/// How many customers one tier can hold with the budget.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TierCapacity {
    /// The tier's name.
    pub name: String,
    /// Customers in the tier today.
    pub customers_now: f64,
    /// Customers the tier could hold if the whole budget served only it
    /// = min over roles of (whole people in the budget × proactive hours −
    /// fixed hours) ÷ hours per customer; `None` when no people role limits
    /// it (automation only).
    pub alone: Option<f64>,
    /// The role that limits `alone`.
    pub alone_limited_by: Option<Role>,
    /// Customers the tier holds when every tier grows or shrinks by the same
    /// factor (today's mix) until the budget is used: `mix_scale` × today.
    pub with_mix: Option<f64>,
}

/// What the backward plan concludes: the one decision every sentence of it
/// follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// No budget entered: nothing to plan backward from.
    NoBudget,
    /// Today's customers and touch models fit the team as they are.
    FitsNow,
    /// The team is short today; the cut-offs move customers to lower tiers,
    /// and with every move made the team fits.
    MovesFit,
    /// The team is short today, and no moves of customers down the tiers
    /// make it fit.
    NoMovesFit,
    /// The team is short today and there is only one tier: no lower tier
    /// to move customers to.
    NoLowerTier,
}

/// The backward plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Backward {
    /// The headcount it plans for (`budget`).
    pub budget: Staff,
    /// Whether today's forward plan already fits the budget ([`fits`]).
    pub fits_now: bool,
    /// The one conclusion; every sentence below follows it.
    pub outcome: Outcome,
    /// A note when backward planning cannot say much (no budget entered).
    pub note: Option<String>,
    /// Per tier capacity.
    pub tiers: Vec<TierCapacity>,
    /// The factor by which today's whole customer mix could grow (from 1
    /// up) or must shrink (below 1) to fit the budget in whole people;
    /// `None` when no people role limits it. Below 1 exactly when the team
    /// is short.
    pub mix_scale: Option<f64>,
    /// The role that limits `mix_scale`.
    pub mix_limited_by: Option<Role>,
    /// People needed today against the budget, for every people role where
    /// they differ (short or to spare), in display order.
    pub gap: Vec<RoleGap>,
    /// One entry per pair of neighbouring tiers, decided together from the
    /// top tier down: one plan, not separate options. Empty without a
    /// budget or with one tier.
    pub cutoffs: Vec<Cutoff>,
    /// When the team is short: for each tier whose cut alone closes the
    /// gap, the people hours per customer at which the team fits, all else
    /// equal.
    pub hour_cuts: Vec<HourCut>,
    /// The verdict on today's customers and this budget: fit or short, by
    /// how many people per role and at what yearly cost, and how far
    /// today's mix could grow or must shrink.
    pub verdict: String,
    /// The closing advice: no move needed, make the moves, hire, serve
    /// fewer customers or cut hours; `None` without a budget.
    pub advice: Option<String>,
    /// Managers needed today against the budget's managers, said apart
    /// from the verdict (which judges the people who serve customers);
    /// `None` without a budget or when neither has managers.
    pub managers: Option<String>,
}

/// Customers the budget can hold with today's mix of tiers (customers): the
/// factor today's mix can grow or must shrink by ([`Backward::mix_scale`])
/// times today's customers of all tiers. `None` without a budget, or when no
/// people role limits it. `s` must be sanitised. The range analysis asks this
/// once per sample, without the rest of the backward plan.
pub fn customers_held(s: &Scenario) -> Option<f64> {
    if s.budget.people().total() <= 0.0 {
        return None;
    }
    let room = room::Room::of(s);
    let fits_now = room.fits(&room.customers);
    let today: f64 = room.customers.iter().sum();
    room.mix_scale(fits_now).0.map(|k| k * today)
}

/// The backward plan of `scenario` for its `budget`.
pub fn backward(scenario: &Scenario) -> Backward {
    backward_sanitized(&scenario.sanitized())
}

/// [`backward`] of an already sanitised scenario.
pub fn backward_sanitized(s: &Scenario) -> Backward {
    let budget = s.budget.people();
    let room = room::Room::of(s);
    let fits_now = room.fits(&room.customers);
    let (mix_scale, mix_limited_by) = room.mix_scale(fits_now);
    let tiers = room.capacity(mix_scale);
    let heads_today = room.heads(&room.customers);
    let gap = gap::role_gaps(s, &heads_today);
    let no_budget = budget.total() <= 0.0;
    let (cutoffs, moves_fit) = if no_budget || s.tiers.len() < 2 {
        (Vec::new(), fits_now)
    } else {
        cutoffs::cutoffs(s, &budget)
    };
    let outcome = if no_budget {
        Outcome::NoBudget
    } else if fits_now {
        Outcome::FitsNow
    } else if s.tiers.len() < 2 {
        Outcome::NoLowerTier
    } else if moves_fit {
        Outcome::MovesFit
    } else {
        Outcome::NoMovesFit
    };
    let mut hour_cuts = if fits_now {
        Vec::new()
    } else {
        gap::hour_cuts(&room)
    };
    for cut in &mut hour_cuts {
        cut.message = words::cut_line(&s.tiers[cut.tier].name, cut.to, cut.today, cut.roles);
    }
    let mut b = Backward {
        budget: s.budget.clone(),
        fits_now,
        outcome,
        note: no_budget
            .then(|| "Enter the headcount you can afford (budget) to plan backward.".to_string()),
        tiers,
        mix_scale,
        mix_limited_by,
        gap,
        cutoffs,
        hour_cuts,
        verdict: String::new(),
        advice: None,
        managers: words::managers_line(s, heads_today.managers),
    };
    b.verdict = words::verdict(s, &room, &b);
    b.advice = words::advice(s, &room, &b);
    b
}
