//! Guardrails: where the bottom-up plan and the top-down checks disagree,
//! each with its reason in plain words (docs/domain.md "Top-down checks").

use serde::{Deserialize, Serialize};

use super::figures::{TierPlan, Totals};
use super::format::{count, money, num, pct};
use super::role::Role;
use super::scenario::Scenario;
use super::tier::Coverage;

/// Which guardrail is broken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GuardrailKind {
    /// The CS cost is above the maximum share of ARR.
    CostAboveMax,
    /// ARR per CSM is below the target.
    ArrPerCsmBelowTarget,
    /// The plan needs more people of a role than the budget allows.
    OverBudget,
    /// The plan needs more people of a role than the team has today.
    AboveToday,
    /// A dedicated tier needs a fraction of a named CSM, rounded up to a whole one.
    PartPersonRoundedUp,
    /// Reactive work is set to bottom-up but no tier with customers has unscheduled touches.
    ReactiveNowhere,
    /// The paid plans bring in more than the team costs.
    PlansAboveCost,
}

/// A broken guardrail.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Guardrail {
    /// Which one.
    pub kind: GuardrailKind,
    /// The input most related to it, as a field path, if any.
    pub field: Option<String>,
    /// The reason, in plain words with the scenario's numbers.
    pub message: String,
}

fn rail(kind: GuardrailKind, field: Option<String>, message: String) -> Guardrail {
    Guardrail {
        kind,
        field,
        message,
    }
}

/// Every broken guardrail of a forward plan's `totals` and `tiers` (one per
/// tier of the sanitised `s`, in order).
pub fn guardrails(s: &Scenario, t: &Totals, tiers: &[TierPlan]) -> Vec<Guardrail> {
    let cur = &s.currency;
    let mut out = Vec::new();
    if let Some(share) = t.cost_pct_of_arr {
        if share > s.economics.max_cost_pct {
            out.push(rail(
                GuardrailKind::CostAboveMax,
                Some("economics.max_cost_pct".into()),
                format!(
                    "The CS team costs {} a year, {} of ARR ({}), above the maximum of {}.",
                    money(t.cost, cur),
                    pct(share),
                    money(t.arr, cur),
                    pct(s.economics.max_cost_pct)
                ),
            ));
        }
    }
    if let Some(v) = t.arr_per_csm {
        if s.economics.target_arr_per_csm > 0.0 && v < s.economics.target_arr_per_csm {
            out.push(rail(
                GuardrailKind::ArrPerCsmBelowTarget,
                Some("economics.target_arr_per_csm".into()),
                format!(
                    "ARR per CSM is {} ({} ÷ {}), below the target of {}.",
                    money(v, cur),
                    money(t.arr, cur),
                    count(f64::from(t.heads.csms()), "CSM", "CSMs"),
                    money(s.economics.target_arr_per_csm, cur)
                ),
            ));
        }
    }
    let staff_checks = [
        (
            GuardrailKind::OverBudget,
            "budget",
            &s.budget,
            ("the budget allows ", ""),
        ),
        (
            GuardrailKind::AboveToday,
            "growth.today",
            &s.growth.today,
            ("the team has ", " today"),
        ),
    ];
    for (kind, prefix, staff, (whose, when)) in staff_checks {
        if staff.total() <= 0.0 {
            continue;
        }
        let have = staff.people();
        for role in Role::PEOPLE {
            let need = t.heads.get(role);
            if need as f64 > have.get(role) + 1e-9 {
                out.push(rail(
                    kind,
                    Some(format!("{prefix}.{}", role.key())),
                    format!(
                        "The plan needs {} but {whose}{}{when}.",
                        role.people(f64::from(need)),
                        num(have.get(role))
                    ),
                ));
            }
        }
        if t.heads.managers as f64 > staff.managers + 1e-9 {
            out.push(rail(
                kind,
                Some(format!("{prefix}.managers")),
                format!(
                    "The plan needs {} (span {}) but {whose}{}{when}.",
                    count(f64::from(t.heads.managers), "manager", "managers"),
                    num(s.managers.span),
                    num(staff.managers)
                ),
            ));
        }
    }
    for (i, tier) in tiers.iter().enumerate() {
        if tier.coverage == Coverage::Dedicated && tier.fte.csm > 0.0 {
            let spare = tier.heads.csm as f64 - tier.fte.csm;
            if spare >= 0.5 {
                out.push(rail(
                    GuardrailKind::PartPersonRoundedUp,
                    Some(format!("tiers.{i}.coverage")),
                    format!(
                        "{} needs {} CSM FTE, rounded up to {}: {} FTE sit idle unless the tier is pooled.",
                        tier.name,
                        num(tier.fte.csm),
                        count(f64::from(tier.heads.csm), "named CSM", "named CSMs"),
                        num(spare)
                    ),
                ));
            }
        }
    }
    if s.team.reactive_bottom_up {
        let modelled = s.tiers.iter().zip(tiers).any(|(tier, p)| {
            p.customers > 0.0 && tier.triggers.iter().any(|t| t.hours_per_customer() > 0.0)
        });
        if !modelled {
            out.push(rail(
                GuardrailKind::ReactiveNowhere,
                Some("team.reactive_bottom_up".into()),
                "Reactive work is set to be modelled bottom-up, but no tier with customers has unscheduled touches: reactive work is counted nowhere.".into(),
            ));
        }
    }
    if t.plan_revenue > 0.0 && t.plan_revenue > t.cost {
        out.push(rail(
            GuardrailKind::PlansAboveCost,
            None,
            format!(
                "Paid success plans bring in {}, more than the team costs ({}): check the price and attach rate.",
                money(t.plan_revenue, cur),
                money(t.cost, cur)
            ),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::plan;
    use crate::model::role::Staff;

    fn kinds(s: &Scenario) -> Vec<GuardrailKind> {
        plan(s).guardrails.into_iter().map(|g| g.kind).collect()
    }

    #[test]
    fn cost_and_ratio_guardrails_say_why() {
        let mut s = Scenario::default();
        s.economics.max_cost_pct = 1.0;
        s.economics.target_arr_per_csm = 1e9;
        let p = plan(&s);
        let cost = p
            .guardrails
            .iter()
            .find(|g| g.kind == GuardrailKind::CostAboveMax)
            .unwrap();
        assert!(
            cost.message.contains("above the maximum of 1%"),
            "{}",
            cost.message
        );
        assert!(kinds(&s).contains(&GuardrailKind::ArrPerCsmBelowTarget));
    }

    #[test]
    fn budget_and_today_are_checked_per_role() {
        let mut s = Scenario {
            budget: Staff {
                csm: 1.0,
                ..Staff::default()
            },
            ..Scenario::default()
        };
        s.growth.today = Staff::default();
        let p = plan(&s);
        let over = p
            .guardrails
            .iter()
            .find(|g| {
                g.kind == GuardrailKind::OverBudget && g.field.as_deref() == Some("budget.csm")
            })
            .unwrap();
        assert!(
            over.message.contains("the budget allows 1"),
            "{}",
            over.message
        );
        assert!(!kinds(&s).contains(&GuardrailKind::AboveToday));
    }

    #[test]
    fn above_today_reads_as_a_sentence() {
        // The default scenario has no associate today but its plan needs one.
        let p = plan(&Scenario::default());
        let today = p
            .guardrails
            .iter()
            .find(|g| g.field.as_deref() == Some("growth.today.associate"))
            .expect("an above-today guardrail for associates");
        assert_eq!(
            today.message,
            "The plan needs 1 associate but the team has 0 today."
        );
    }

    #[test]
    fn one_named_csm_is_singular() {
        // The outcomes preset: Global needs 0.42 CSM FTE, rounded up to 1 named CSM.
        let s = crate::model::preset("outcomes").unwrap();
        let p = plan(&s);
        let g = p
            .guardrails
            .iter()
            .find(|g| g.field.as_deref() == Some("tiers.0.coverage"))
            .unwrap();
        assert!(
            g.message.contains("rounded up to 1 named CSM:"),
            "{}",
            g.message
        );
    }

    #[test]
    fn reactive_bottom_up_without_triggers() {
        let mut s = Scenario::default();
        s.team.reactive_bottom_up = true;
        for t in &mut s.tiers {
            t.triggers.clear();
        }
        assert!(kinds(&s).contains(&GuardrailKind::ReactiveNowhere));
    }
}
