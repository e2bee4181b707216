//! What moves the answer: total headcount when each numeric input moves by
//! ±20% (a tornado, largest effect first).

use serde::{Deserialize, Serialize};

use super::base::tier_bases;
use super::check::cap_shares;
use super::demand::{fte, TierDemand};
use super::inputs::inputs;
use super::inputs::{Input, TierField};
use super::plan::{core, headcount, Core};
use super::role::PerRole;
use super::scenario::BaseMode;
use super::scenario::Scenario;

/// The relative move applied to each input (±20%).
pub const SWING: f64 = 0.2;

/// The smallest change in total FTE that counts as moving the answer (FTE):
/// half the last digit the tornado shows (0.01 FTE), so every input it lists
/// visibly moves the total; an input that changes the whole people counts
/// whatever its FTE change.
pub const VISIBLE_FTE: f64 = 0.005;

/// The effect of one input on the total headcount.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Swing {
    /// Field path of the input.
    pub field: String,
    /// Plain-words label of the input.
    pub label: String,
    /// Its value in the scenario.
    pub value: f64,
    /// Total FTE (managers included) with the input at −20% and at +20%
    /// (each kept within the input's allowed range).
    pub fte: (f64, f64),
    /// Whole people in total at −20% and at +20%.
    pub heads: (u32, u32),
    /// The largest change in total FTE of the two moves (FTE, ≥ 0): the sort key.
    pub effect: f64,
}

/// The tornado.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Sensitivity {
    /// Total FTE of the scenario as it is.
    pub base_fte: f64,
    /// Total whole people of the scenario as it is.
    pub base_heads: u32,
    /// Inputs that move the answer (by at least [`VISIBLE_FTE`] or a whole
    /// person), largest effect first.
    pub swings: Vec<Swing>,
    /// How many numeric inputs were moved and changed the total by less
    /// than [`VISIBLE_FTE`] and no whole person.
    pub unchanged: usize,
}

/// Which part of the plan an input can move.
enum Scope {
    /// Nothing that counts heads (costs, retention, growth, budget...).
    Nothing,
    /// The demand of one tier only.
    Tier(usize),
    /// Everything (team time, span of control, the customer base's split).
    All,
}

fn scope(input: Input, mode: BaseMode) -> Scope {
    match input {
        Input::Team(_)
        | Input::ManagerSpan
        | Input::LeaderReports
        | Input::BaseTotal
        | Input::Band(..) => Scope::All,
        Input::Tier(i, TierField::Customers) if mode.per_tier() => Scope::Tier(i),
        Input::Tier(_, TierField::MinArr) if mode == BaseMode::Bands => Scope::All,
        Input::Tier(i, TierField::FirstYearPct) => Scope::Tier(i),
        Input::Touch(i, ..) | Input::Trigger(i, ..) | Input::Program(i, ..) => Scope::Tier(i),
        _ => Scope::Nothing,
    }
}

/// Total FTE and whole people with tier `i`'s demand recomputed and the
/// other tiers' FTE taken from `base` (same customer split).
fn with_tier(s: &Scenario, base: &Core, customers: &[f64], i: usize) -> (f64, u32) {
    let tier = &s.tiers[i];
    let c = match s.base.mode {
        BaseMode::Direct | BaseMode::Accounts => tier.customers,
        BaseMode::Bands => customers[i],
    };
    let p = s.team.proactive_hours_per_year();
    let f = TierDemand::of(tier, tier.first_year_pct)
        .hours(c)
        .map(|h| fte(h, p));
    let mut tier_fte = base.tier_fte.clone();
    tier_fte[i] = (tier.coverage, f);
    let total = tier_fte
        .iter()
        .fold(PerRole::default(), |acc, (_, f)| acc.plus(f));
    let heads = headcount(s, &tier_fte);
    let managers = s
        .managers
        .time(total.csm + total.associate + total.pooled, heads.managers);
    (total.total() + managers, heads.total())
}

/// Moves every numeric input by −20% and +20%, one at a time, and records the
/// change in total FTE and headcount. Computes on the sanitised scenario.
pub fn sensitivity(scenario: &Scenario) -> Sensitivity {
    sensitivity_sanitized(scenario.sanitized())
}

/// [`sensitivity`] of an already sanitised scenario (which it moves and restores).
pub fn sensitivity_sanitized(mut s: Scenario) -> Sensitivity {
    let base = core(&s);
    let base_fte = base.fte_total();
    let base_heads = base.heads.total();
    let customers: Vec<f64> = tier_bases(&s).iter().map(|b| b.customers).collect();
    let team = s.team.clone();
    let mut swings = Vec::new();
    let mut unchanged = 0;
    for input in inputs(&s) {
        let value = input.get(&s);
        let reach = scope(input, s.base.mode);
        if value == 0.0 || matches!(reach, Scope::Nothing) {
            unchanged += 1;
            continue;
        }
        let run = |factor: f64, s: &mut Scenario| {
            input.set(s, input.clamp(value * factor));
            cap_shares(&mut s.team);
            match reach {
                Scope::Tier(i) => with_tier(s, &base, &customers, i),
                _ => {
                    let c = core(s);
                    (c.fte_total(), c.heads.total())
                }
            }
        };
        let low = run(1.0 - SWING, &mut s);
        let high = run(1.0 + SWING, &mut s);
        input.set(&mut s, value);
        s.team.clone_from(&team);
        let effect = (low.0 - base_fte).abs().max((high.0 - base_fte).abs());
        if effect < VISIBLE_FTE && low.1 == base_heads && high.1 == base_heads {
            unchanged += 1;
            continue;
        }
        swings.push(Swing {
            field: input.path(),
            label: input.label(&s),
            value,
            fte: (low.0, high.0),
            heads: (low.1, high.1),
            effect,
        });
    }
    swings.sort_by(|a, b| {
        b.effect
            .total_cmp(&a.effect)
            .then_with(|| a.field.cmp(&b.field))
    });
    Sensitivity {
        base_fte,
        base_heads,
        swings,
        unchanged,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tornado_is_sorted_and_names_its_inputs() {
        let t = sensitivity(&Scenario::default());
        assert!(!t.swings.is_empty());
        assert!(t.swings.windows(2).all(|w| w[0].effect >= w[1].effect));
        // Hours per week moves every FTE: at −20% (32 h) the team needs 1/0.8 times as much.
        let hpw = t
            .swings
            .iter()
            .find(|s| s.field == "team.hours_per_week")
            .unwrap();
        assert!((hpw.fte.0 - t.base_fte / 0.8).abs() < 1e-9);
        assert!((hpw.fte.1 - t.base_fte / 1.2).abs() < 1e-9);
        // Costs do not move headcount.
        assert!(t.swings.iter().all(|s| !s.field.starts_with("roles.")));
        assert!(t.unchanged > 0);
    }

    #[test]
    fn only_inputs_that_visibly_move_the_answer_are_listed() {
        // The go-live webinar (2 h per 10 first-year low-touch customers,
        // 0.011 FTE) moves the total by about 0.002 FTE and no person: the
        // tornado showed it as 5.47 ↔ 5.47.
        let t = sensitivity(&Scenario::default());
        assert!(
            t.swings
                .iter()
                .all(|w| !w.label.contains("Go-live webinar")),
            "{:?}",
            t.swings.iter().map(|w| &w.label).collect::<Vec<_>>()
        );
        for w in &t.swings {
            let heads_move = w.heads.0 != t.base_heads || w.heads.1 != t.base_heads;
            assert!(w.effect >= VISIBLE_FTE || heads_move, "{}", w.label);
        }
    }

    #[test]
    fn the_one_tier_shortcut_agrees_with_a_full_plan() {
        let s = Scenario::default();
        let t = sensitivity(&s);
        for swing in &t.swings {
            let input = inputs(&s)
                .into_iter()
                .find(|i| i.path() == swing.field)
                .unwrap();
            let mut moved = s.clone();
            input.set(&mut moved, input.clamp(swing.value * 0.8));
            cap_shares(&mut moved.team);
            let c = core(&moved);
            assert!(
                (c.fte_total() - swing.fte.0).abs() < 1e-9,
                "{}",
                swing.field
            );
            assert_eq!(c.heads.total(), swing.heads.0, "{}", swing.field);
        }
    }

    #[test]
    fn high_touch_customers_swing_by_hand() {
        // High touch: 40 customers × 80 h ÷ 1,104 h = 2.899 FTE; ±20% customers → ∓0.580 FTE
        // (plus managers: the same change ÷ span 8).
        let t = sensitivity(&Scenario::default());
        let c = t
            .swings
            .iter()
            .find(|s| s.field == "tiers.0.customers")
            .unwrap();
        let delta = 8.0 * 80.0 / 1104.0 * (1.0 + 1.0 / 8.0);
        assert!((t.base_fte - c.fte.0 - delta).abs() < 1e-9);
        assert!((c.fte.1 - t.base_fte - delta).abs() < 1e-9);
    }
}
