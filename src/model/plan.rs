//! Planning forward: tier rules + customer base → customers per tier →
//! hours → FTE, headcount, cost and ratios (docs/domain.md "Planning forward").

use serde::{Deserialize, Serialize};

use super::base::tier_bases;
use super::demand::{customers_per_fte, fte, TierDemand};
pub use super::figures::{
    HoursByKind, PartKind, ProgramFigure, Reconciliation, ReconciliationPart, RoleFigure,
    RuleOfThumb, TierPlan, Totals,
};
use super::guardrails::{guardrails, Guardrail};
use super::role::{whole_people, Heads, PerRole, Role};
use super::scenario::Scenario;
use super::tier::Coverage;

/// The ARR-per-CSM rules of thumb of Schukar 2017: "1 CSM : $2MM ARR ... 1:$3MM
/// or even 1:$5MM ARR" with segmentation and automation.
pub const RULES_OF_THUMB: [f64; 3] = [2_000_000.0, 3_000_000.0, 5_000_000.0];

/// The [`Reconciliation`] of totals whose FTE, managers FTE and headcount
/// are already computed. `s` must be sanitised.
pub fn reconcile(s: &Scenario, t: &Totals) -> Reconciliation {
    let heads = t.heads.people();
    let extra = PerRole {
        csm: heads.csm - t.fte.csm,
        associate: heads.associate - t.fte.associate,
        pooled: heads.pooled - t.fte.pooled,
        partner: heads.partner - t.fte.partner,
    };
    let extra_managers = t.heads.managers as f64 - t.managers_fte;
    Reconciliation {
        tiers_fte: t.fte.total(),
        tiers_cost: s.roles.cost_of(&t.fte),
        managers_span: s.managers.span,
        leader_reports: s.managers.leader_reports,
        managers_fte: t.managers_fte,
        managers_cost: t.managers_fte * s.managers.cost,
        automation_cost: s.roles.automation,
        rounding_fte: extra.total() + extra_managers,
        rounding_cost: s.roles.cost_of(&extra) + extra_managers * s.managers.cost,
    }
}

/// The forward plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// Currency code of every amount.
    pub currency: String,
    /// Proactive hours per FTE per year.
    pub proactive_hours: f64,
    /// One entry per tier, in order.
    pub tiers: Vec<TierPlan>,
    /// Totals.
    pub totals: Totals,
    /// Every broken guardrail, with its reason.
    pub guardrails: Vec<Guardrail>,
}

/// `a ÷ b`, or `None` when `b` is not positive or the result is not finite.
pub fn ratio(a: f64, b: f64) -> Option<f64> {
    if b > 0.0 {
        let v = a / b;
        v.is_finite().then_some(v)
    } else {
        None
    }
}

/// Headcount by role from per-tier FTE: CSMs rounded up per dedicated tier
/// plus once for all other tiers; other roles rounded up once; managers by
/// span of control over the in-house people (CSM + associate + pooled)
/// beyond those the CS leader manages ([`Managers::whole`](super::role::Managers::whole)).
pub fn headcount(scenario: &Scenario, tier_fte: &[(Coverage, PerRole)]) -> Heads {
    let mut shared = PerRole::default();
    let mut dedicated_csm: u32 = 0;
    for (coverage, f) in tier_fte {
        if *coverage == Coverage::Dedicated {
            dedicated_csm = dedicated_csm.saturating_add(whole_people(f.csm));
        } else {
            shared.csm += f.csm;
        }
        shared.associate += f.associate;
        shared.pooled += f.pooled;
        shared.partner += f.partner;
    }
    let mut heads = Heads {
        csm: dedicated_csm.saturating_add(whole_people(shared.csm)),
        associate: whole_people(shared.associate),
        pooled: whole_people(shared.pooled),
        partner: whole_people(shared.partner),
        managers: 0,
    };
    heads.managers = scenario.managers.whole(heads.in_house());
    heads
}

/// The yearly cost of a whole team (currency/year).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct YearlyCost {
    /// People = Σ whole people(role) × cost per FTE(role).
    pub people: f64,
    /// Managers = whole managers × manager cost.
    pub managers: f64,
    /// The automation platform.
    pub automation: f64,
}

impl YearlyCost {
    /// The cost of whole people `heads` at the costs of `s`.
    pub fn of(s: &Scenario, heads: &Heads) -> Self {
        YearlyCost {
            people: s.roles.cost_of(&heads.people()),
            managers: heads.managers as f64 * s.managers.cost,
            automation: s.roles.automation,
        }
    }

    /// Total CS cost = people + managers + automation (currency/year).
    pub fn total(&self) -> f64 {
        self.people + self.managers + self.automation
    }
}

/// Cost ÷ ARR (%); `None` without ARR.
pub fn cost_pct_of_arr(cost: f64, arr: f64) -> Option<f64> {
    ratio(cost * 100.0, arr)
}

/// ARR ÷ CSM headcount (CSMs + pooled CSMs, whole people); `None` without CSMs.
pub fn arr_per_csm(arr: f64, heads: &Heads) -> Option<f64> {
    ratio(arr, (heads.csm as f64) + (heads.pooled as f64))
}

/// The numbers of a forward plan, without names or guardrails: what the
/// sensitivity and backward searches evaluate many times.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Core {
    /// Per tier: coverage and FTE by role.
    pub tier_fte: Vec<(Coverage, PerRole)>,
    /// FTE by role, all tiers.
    pub fte: PerRole,
    /// Headcount by role.
    pub heads: Heads,
    /// Managers (fractional).
    pub managers_fte: f64,
}

impl Core {
    /// All FTE, managers included.
    pub fn fte_total(&self) -> f64 {
        self.fte.total() + self.managers_fte
    }
}

/// Computes the [`Core`] of a plan. `scenario` must be sanitised.
pub fn core(scenario: &Scenario) -> Core {
    let proactive = scenario.team.proactive_hours_per_year();
    let bases = tier_bases(scenario);
    let mut out = Core::default();
    for (tier, base) in scenario.tiers.iter().zip(&bases) {
        let hours = TierDemand::of(tier, tier.first_year_pct).hours(base.customers);
        let f = hours.map(|h| fte(h, proactive));
        out.fte = out.fte.plus(&f);
        out.tier_fte.push((tier.coverage, f));
    }
    out.heads = headcount(scenario, &out.tier_fte);
    out.managers_fte = scenario.managers.time(
        out.fte.csm + out.fte.associate + out.fte.pooled,
        out.heads.managers,
    );
    out
}

/// The forward plan of `scenario`. Never panics and never returns NaN or
/// infinity: it computes on [`Scenario::sanitized`]; see
/// [`Scenario::validate`] for what was wrong with the input.
///
/// It is the steady state, a yearly average: touches done at renewal count
/// their hours spread over the year. The month-by-month
/// [`timeline`](super::timeline::timeline) shows the renewal peaks.
pub fn plan(scenario: &Scenario) -> Plan {
    let s = scenario.sanitized();
    plan_sanitized(&s)
}

/// The forward plan of an already sanitised scenario.
pub fn plan_sanitized(s: &Scenario) -> Plan {
    let proactive = s.team.proactive_hours_per_year();
    let bases = tier_bases(s);
    let mut tiers = Vec::with_capacity(s.tiers.len());
    let mut t = Totals::default();
    let mut tier_fte = Vec::with_capacity(s.tiers.len());
    for (tier, base) in s.tiers.iter().zip(&bases) {
        let c = base.customers;
        let d = TierDemand::of(tier, tier.first_year_pct);
        let hours = d.hours(c);
        let f = hours.map(|h| fte(h, proactive));
        let spread_fixed = d.fixed.map(|h| ratio(h, c).unwrap_or(0.0));
        let by_kind = HoursByKind {
            scheduled: d.scheduled,
            unscheduled: d.unscheduled,
            programs: d.programs.plus(&spread_fixed),
        };
        let hpc = d.average_per_customer(c);
        let customers_per = Role::PEOPLE
            .iter()
            .filter_map(|r| {
                customers_per_fte(proactive, hpc.get(*r))
                    .map(|value| RoleFigure { role: *r, value })
            })
            .collect();
        let cost = s.roles.cost_of(&f);
        let plan_revenue = tier.plan_revenue(c);
        let per_customer_at = |first_year_pct: f64| {
            TierDemand::of(tier, first_year_pct)
                .average_per_customer(c)
                .total()
        };
        let programs = tier
            .programs
            .iter()
            .filter(|p| p.role != Role::Automation)
            .map(|p| {
                let sessions = p.sessions_per_year(c, tier.first_year_pct);
                ProgramFigure {
                    name: p.name.clone(),
                    role: p.role,
                    sessions,
                    hours_per_session: p.hours,
                    hours: sessions * p.hours,
                }
            })
            .collect();
        tiers.push(TierPlan {
            name: tier.name.clone(),
            coverage: tier.coverage,
            customers: c,
            arr: base.arr,
            avg_arr: ratio(base.arr, c).unwrap_or(0.0),
            first_year_pct: tier.first_year_pct,
            hours_per_customer: hpc,
            by_kind,
            hours_first_year: per_customer_at(100.0),
            hours_after_first_year: per_customer_at(0.0),
            programs,
            automated_hours_per_customer: d.automated,
            hours,
            customers_per_fte: customers_per,
            fte: f,
            heads: Heads {
                csm: whole_people(f.csm),
                associate: whole_people(f.associate),
                pooled: whole_people(f.pooled),
                partner: whole_people(f.partner),
                managers: 0,
            },
            cost,
            arr_per_csm: ratio(base.arr, f.csm + f.pooled),
            cost_pct_of_arr: ratio(cost * 100.0, base.arr),
            plan_revenue,
            retained_arr: base.arr * tier.grr_pct / 100.0,
            arr_next_year: base.arr * tier.nrr_pct / 100.0,
        });
        t.customers += c;
        t.arr += base.arr;
        t.hours = t.hours.plus(&hours);
        t.fte = t.fte.plus(&f);
        t.plan_revenue += plan_revenue;
        t.retained_arr += base.arr * tier.grr_pct / 100.0;
        t.arr_next_year += base.arr * tier.nrr_pct / 100.0;
        tier_fte.push((tier.coverage, f));
    }
    t.heads = headcount(s, &tier_fte);
    t.headcount = t.heads.total();
    t.managers_fte = s
        .managers
        .time(t.fte.csm + t.fte.associate + t.fte.pooled, t.heads.managers);
    t.fte_total = t.fte.total() + t.managers_fte;
    let cost = YearlyCost::of(s, &t.heads);
    t.people_cost = cost.people;
    t.managers_cost = cost.managers;
    t.automation_cost = cost.automation;
    t.cost = cost.total();
    t.cost_pct_of_arr = cost_pct_of_arr(t.cost, t.arr);
    t.arr_per_csm = arr_per_csm(t.arr, &t.heads);
    t.rules_of_thumb = t
        .arr_per_csm
        .map(|v| {
            RULES_OF_THUMB
                .iter()
                .map(|r| RuleOfThumb {
                    arr_per_csm: *r,
                    met: v >= *r,
                })
                .collect()
        })
        .unwrap_or_default();
    t.net_cost = t.cost - t.plan_revenue;
    t.net_cost_pct_of_arr = ratio(t.net_cost * 100.0, t.arr);
    t.reconciliation = reconcile(s, &t);
    Plan {
        currency: s.currency.clone(),
        proactive_hours: proactive,
        guardrails: guardrails(s, &t, &tiers),
        tiers,
        totals: t,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reconciliation_parts_leave_out_zero_and_noise() {
        let parts = plan(&Scenario::default()).totals.reconciliation.parts();
        let labels: Vec<&str> = parts.iter().map(|p| p.label).collect();
        assert_eq!(
            labels,
            [
                "Managers",
                "Automation platform",
                "Rounding up to whole people"
            ]
        );
        assert_eq!(parts[1].fte, None);
        let r = Reconciliation {
            managers_fte: 0.5,
            managers_cost: 85_000.0,
            rounding_fte: 1e-12,
            rounding_cost: 1e-9,
            ..Reconciliation::default()
        };
        let kinds: Vec<PartKind> = r.parts().iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [PartKind::Managers]);
    }
    use crate::model::role::Staff;
    use crate::model::tier::Tier;
    use crate::model::touch::Touch;

    use crate::model::fixtures::close;

    /// One dedicated tier: 30 customers × 70 h (no first-year customers).
    fn one_tier() -> Scenario {
        let touches = vec![
            Touch::new("Monthly status meeting", 12.0, 1.5, Role::Csm),
            Touch::new("Executive business review", 4.0, 6.0, Role::Csm),
            Touch::new("On-site visit", 1.0, 16.0, Role::Csm),
            Touch::new("Health check", 4.0, 1.0, Role::Csm),
            Touch::new("Renewal", 1.0, 8.0, Role::Csm),
        ];
        Scenario {
            tiers: vec![Tier {
                customers: 30.0,
                avg_arr: 100_000.0,
                first_year_pct: 0.0,
                touches,
                ..Tier::named("High touch", Coverage::Dedicated)
            }],
            budget: Staff::default(),
            roles: crate::model::role::RoleCosts::default(),
            // Every manager counted, as links of format versions 1 and 2
            // (these hand checks were worked out under that rule).
            managers: crate::model::Managers {
                leader_reports: 0.0,
                ..crate::model::Managers::default()
            },
            ..Scenario::default()
        }
    }

    #[test]
    fn one_dedicated_tier_by_hand() {
        // 30 × 70 h = 2,100 h ÷ 1,104 h = 1.902 FTE → 2 CSMs; span 8 → 0.25 → 1 manager.
        let p = plan(&one_tier());
        let tier = &p.tiers[0];
        assert!(close(tier.hours.csm, 2100.0));
        assert!(close(tier.fte.csm, 2100.0 / 1104.0));
        assert_eq!(tier.heads.csm, 2);
        assert!(close(tier.customers_per_fte[0].value, 1104.0 / 70.0));
        assert_eq!(p.totals.heads.csm, 2);
        assert_eq!(p.totals.heads.managers, 1);
        assert_eq!(p.totals.headcount, 3);
        // Cost: 2 × 130k + 1 × 170k = 430k; ARR 3M → 14.33%.
        assert!(close(p.totals.cost, 430_000.0));
        assert!(close(p.totals.arr, 3_000_000.0));
        assert!(close(
            p.totals.cost_pct_of_arr.unwrap(),
            430_000.0 / 3e6 * 100.0
        ));
        // ARR per CSM = 3M ÷ 2 = 1.5M: below every rule of thumb.
        assert!(close(p.totals.arr_per_csm.unwrap(), 1.5e6));
        assert!(p.totals.rules_of_thumb.iter().all(|r| !r.met));
        // Tier cost uses fractional FTE: 1.902 × 130k.
        assert!(close(tier.cost, 2100.0 / 1104.0 * 130_000.0));
    }

    #[test]
    fn dedicated_tiers_round_up_alone_pooled_tiers_together() {
        // Two dedicated tiers of 0.6 FTE each → 1 + 1 = 2 CSMs;
        // as pooled tiers → ceil(1.2) = 2 as well, but 0.4 + 0.4 pooled → 1.
        let mk = |coverage| Tier {
            customers: 10.0,
            first_year_pct: 0.0,
            touches: vec![Touch::new("Call", 1.0, 1104.0 * 0.04, Role::Csm)],
            ..Tier::named("T", coverage)
        };
        let s = Scenario {
            tiers: vec![mk(Coverage::Dedicated), mk(Coverage::Dedicated)],
            ..one_tier()
        };
        assert_eq!(plan(&s).totals.heads.csm, 2);
        let s = Scenario {
            tiers: vec![mk(Coverage::Pooled), mk(Coverage::Pooled)],
            ..one_tier()
        };
        assert_eq!(plan(&s).totals.heads.csm, 1);
    }

    #[test]
    fn empty_and_zero_inputs_give_zeros_not_nan() {
        let s = Scenario {
            tiers: vec![],
            ..Scenario::default()
        };
        let p = plan(&s);
        assert_eq!(p.totals.headcount, 0);
        assert_eq!(p.totals.cost_pct_of_arr, None);
        assert_eq!(p.totals.arr_per_csm, None);
        let s = Scenario {
            tiers: vec![Tier {
                programs: vec![crate::model::fixtures::webinar()],
                ..Tier::named("Scale", Coverage::Digital)
            }],
            ..Scenario::default()
        };
        let p = plan(&s);
        assert_eq!(p.tiers[0].avg_arr, 0.0);
        assert_eq!(p.tiers[0].hours_per_customer.pooled, 0.0);
    }

    #[test]
    fn tiers_managers_platform_and_rounding_add_up_to_the_totals() {
        // One tier: 1.902 FTE ($247.3K) + 0.238 managers ($40.4K) + platform
        // $24K + rounding (0.098 CSM, 0.762 manager: $142.3K) = 3 people, $454K.
        let mut s = one_tier();
        s.roles.automation = 24_000.0;
        let p = plan(&s);
        let r = &p.totals.reconciliation;
        let fte = 2100.0 / 1104.0;
        assert!(close(r.tiers_fte, fte));
        assert!(close(r.tiers_cost, p.tiers[0].cost));
        assert!(close(r.managers_fte, fte / 8.0));
        assert!(close(r.managers_cost, fte / 8.0 * 170_000.0));
        assert!(close(r.automation_cost, 24_000.0));
        assert!(close(r.rounding_fte, 3.0 - fte - fte / 8.0));
        assert!(close(
            r.rounding_cost,
            (2.0 - fte) * 130_000.0 + (1.0 - fte / 8.0) * 170_000.0
        ));
        assert!(close(
            r.tiers_fte + r.managers_fte + r.rounding_fte,
            f64::from(p.totals.headcount)
        ));
        assert!(close(
            r.tiers_cost + r.managers_cost + r.automation_cost + r.rounding_cost,
            p.totals.cost
        ));
        assert!(close(p.totals.cost, 454_000.0));
    }

    /// Finding: one whole manager dominated small plans. A tech-touch plan
    /// needing 0.22 FTE was 2 people and $304K (10.1% of $3M ARR); now the
    /// CS leader manages that one pooled CSM: 1 person, $134K. And 9
    /// in-house people at a span of 8 bring one manager, not two.
    #[test]
    fn a_whole_manager_no_longer_dominates_small_plans() {
        let s = Scenario {
            tiers: vec![Tier {
                customers: 1000.0,
                avg_arr: 3000.0,
                first_year_pct: 0.0,
                programs: vec![crate::model::fixtures::webinar()],
                ..Tier::named("Tech touch", Coverage::Digital)
            }],
            ..Scenario::default()
        };
        let p = plan(&s);
        assert!(close(p.totals.fte.total(), 240.0 / 1104.0));
        assert_eq!((p.totals.heads.pooled, p.totals.heads.managers), (1, 0));
        assert_eq!(p.totals.headcount, 1);
        assert!(close(p.totals.cost, 110_000.0 + 24_000.0));
        // 117 customers × 80 h = 9,360 h ÷ 1,104 h = 8.48 FTE → 9 CSMs.
        let mut nine = Scenario::default();
        nine.tiers.truncate(1);
        nine.tiers[0].customers = 117.0;
        let p = plan(&nine);
        assert_eq!(p.totals.heads.csm, 9);
        assert_eq!(p.totals.heads.managers, 1);
    }

    #[test]
    fn paid_plans_offset_cost() {
        let mut s = one_tier();
        s.tiers[0].plan_price = 10_000.0;
        s.tiers[0].plan_attach_pct = 50.0;
        let p = plan(&s);
        // 30 × 50% × 10k = 150k; net cost 430k − 150k = 280k.
        assert!(close(p.totals.plan_revenue, 150_000.0));
        assert!(close(p.totals.net_cost, 280_000.0));
    }
}
