//! "Why": each headline figure as its formula with the scenario's own
//! numbers, in plain text the page can show next to the figure.

use serde::{Deserialize, Serialize};

use super::format::{count, money, num, pct};
use super::plan::{Plan, RULES_OF_THUMB};
use super::role::{PerRole, Role};
use super::scenario::Scenario;
use super::tier::Coverage;

/// The explanation of one figure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    /// Which figure: `base` (only for an imported list), `proactive_hours`,
    /// `tiers.N.hours_per_customer`,
    /// `tiers.N.customers_per_fte`, `tiers.N.fte`, `totals.managers`,
    /// `totals.headcount`, `totals.cost`, `totals.cost_pct_of_arr`,
    /// `totals.arr_per_csm`, `totals.net_cost`.
    pub id: String,
    /// What the figure is, in words.
    pub label: String,
    /// The figure.
    pub value: f64,
    /// The formula with the scenario's numbers, e.g.
    /// "40 h/week × 46 weeks × 60% proactive = 1,104 h/year".
    pub text: String,
}

fn ex(id: String, label: String, value: f64, text: String) -> Explanation {
    Explanation {
        id,
        label,
        value,
        text,
    }
}

fn roles_text(values: &PerRole, unit: &str) -> String {
    Role::PEOPLE
        .iter()
        .filter(|r| values.get(**r) > 0.0)
        .map(|r| format!("{} {}{unit}", r.label(), num(values.get(*r))))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Explanations of the headline figures of `plan`, computed from `scenario`.
pub fn explain(scenario: &Scenario, plan: &Plan) -> Vec<Explanation> {
    explain_sanitized(&scenario.sanitized(), plan)
}

/// [`explain`] for an already sanitised scenario.
pub fn explain_sanitized(s: &Scenario, plan: &Plan) -> Vec<Explanation> {
    let cur = &s.currency;
    let team = &s.team;
    let p = plan.proactive_hours;
    let mut out = Vec::new();
    if let Some(note) = super::base::imported_note(s) {
        out.push(ex(
            "base".into(),
            "Customers per tier".into(),
            plan.totals.customers,
            note,
        ));
    }
    let reactive = if team.reactive_bottom_up {
        "reactive work modelled bottom-up as unscheduled touches, so not taken off".to_string()
    } else {
        format!("{} reactive", pct(team.reactive_pct))
    };
    out.push(ex(
        "proactive_hours".into(),
        "Proactive hours per FTE per year".into(),
        p,
        format!(
            "{} h/week × {} weeks = {} h available; × {} proactive (100% − {reactive} − {} collateral − {} overhead) = {} h/year",
            num(team.hours_per_week),
            num(team.working_weeks_per_year),
            num(team.available_hours_per_year()),
            pct(team.proactive_pct()),
            pct(team.collateral_pct),
            pct(team.overhead_pct),
            num(p)
        ),
    ));
    for (i, t) in plan.tiers.iter().enumerate() {
        let k = &t.by_kind;
        let total = t.hours_per_customer.total();
        out.push(ex(
            format!("tiers.{i}.hours_per_customer"),
            format!("{}: people hours per customer per year", t.name),
            total,
            format!(
                "{}: scheduled {} h + unscheduled {} h + programs {} h = {} h per customer per year{}{}{}{}",
                t.name,
                num(k.scheduled.total()),
                num(k.unscheduled.total()),
                num(k.programs.total()),
                num(total),
                if total > 0.0 {
                    format!(" ({})", roles_text(&t.hours_per_customer, " h"))
                } else {
                    String::new()
                },
                first_year_text(t),
                programs_text(t),
                if t.automated_hours_per_customer > 0.0 {
                    format!("; automation takes {} h more off people", num(t.automated_hours_per_customer))
                } else {
                    String::new()
                }
            ),
        ));
        for figure in &t.customers_per_fte {
            out.push(ex(
                format!("tiers.{i}.customers_per_fte.{}", figure.role.key()),
                format!("{}: customers per {}", t.name, figure.role.noun().0),
                figure.value,
                format!(
                    "{} h ÷ {} h per customer = {} customers per {}",
                    num(p),
                    num(t.hours_per_customer.get(figure.role)),
                    num(figure.value),
                    figure.role.noun().0
                ),
            ));
        }
        let parts: Vec<String> = Role::PEOPLE
            .iter()
            .filter(|r| t.hours.get(**r) > 0.0)
            .map(|r| {
                format!(
                    "{}: {} h ÷ {} h = {} FTE",
                    r.label(),
                    num(t.hours.get(*r)),
                    num(p),
                    num(t.fte.get(*r))
                )
            })
            .collect();
        out.push(ex(
            format!("tiers.{i}.fte"),
            format!("{}: FTE", t.name),
            t.fte.total(),
            if parts.is_empty() {
                format!("{}: no people hours, so no FTE", t.name)
            } else {
                format!(
                    "{}: {} customers × hours per customer = {}",
                    t.name,
                    num(t.customers),
                    parts.join("; ")
                )
            },
        ));
    }
    let tt = &plan.totals;
    let h = &tt.heads;
    out.push(ex(
        "totals.managers".into(),
        "Managers".into(),
        h.managers as f64,
        managers_text(s, plan),
    ));
    let dedicated: Vec<String> = plan
        .tiers
        .iter()
        .filter(|t| t.coverage == Coverage::Dedicated && t.fte.csm > 0.0)
        .map(|t| format!("{} {} → {}", t.name, num(t.fte.csm), t.heads.csm))
        .collect();
    let shared_csm: f64 = plan
        .tiers
        .iter()
        .filter(|t| t.coverage != Coverage::Dedicated)
        .map(|t| t.fte.csm)
        .sum();
    out.push(ex(
        "totals.headcount".into(),
        "Headcount".into(),
        tt.headcount as f64,
        format!(
            "{} (dedicated tiers rounded up one by one{}; other tiers {} FTE rounded up together) + {} ({} FTE) + {} ({} FTE) + {} ({} FTE) + {} = {}",
            Role::Csm.people(f64::from(h.csm)),
            if dedicated.is_empty() { String::new() } else { format!(": {}", dedicated.join(", ")) },
            num(shared_csm),
            Role::Associate.people(f64::from(h.associate)),
            num(tt.fte.associate),
            Role::Pooled.people(f64::from(h.pooled)),
            num(tt.fte.pooled),
            Role::Partner.people(f64::from(h.partner)),
            num(tt.fte.partner),
            managers_rule(s, h.in_house(), h.managers),
            count(f64::from(tt.headcount), "person", "people")
        ),
    ));
    let mut cost_parts: Vec<String> = Role::PEOPLE
        .iter()
        .filter(|r| h.get(**r) > 0)
        .map(|r| {
            format!(
                "{} × {}",
                r.people(f64::from(h.get(*r))),
                money(s.roles.per_fte(*r), cur)
            )
        })
        .collect();
    if h.managers > 0 {
        cost_parts.push(format!(
            "{} × {}",
            managers(h.managers),
            money(s.managers.cost, cur)
        ));
    }
    if tt.automation_cost > 0.0 {
        cost_parts.push(format!("automation {}", money(tt.automation_cost, cur)));
    }
    out.push(ex(
        "totals.cost".into(),
        "CS cost per year".into(),
        tt.cost,
        format!(
            "{} = {}",
            if cost_parts.is_empty() {
                "no people".to_string()
            } else {
                cost_parts.join(" + ")
            },
            money(tt.cost, cur)
        ),
    ));
    if let Some(share) = tt.cost_pct_of_arr {
        out.push(ex(
            "totals.cost_pct_of_arr".into(),
            "CS cost as a share of ARR".into(),
            share,
            format!(
                "{} ÷ {} ARR = {} (maximum {})",
                money(tt.cost, cur),
                money(tt.arr, cur),
                pct(share),
                pct(s.economics.max_cost_pct)
            ),
        ));
    }
    if let Some(v) = tt.arr_per_csm {
        let rules: Vec<String> = RULES_OF_THUMB
            .iter()
            .map(|r| {
                format!(
                    "{} 1:{}",
                    if v >= *r { "meets" } else { "below" },
                    money(*r, cur)
                )
            })
            .collect();
        out.push(ex(
            "totals.arr_per_csm".into(),
            "ARR per CSM".into(),
            v,
            format!(
                "{} ARR ÷ {} ({} + {}) = {}: {} (rules of thumb, Tim's Saasiness)",
                money(tt.arr, cur),
                count(f64::from(h.csms()), "CSM", "CSMs"),
                Role::Csm.people(f64::from(h.csm)),
                Role::Pooled.people(f64::from(h.pooled)),
                money(v, cur),
                rules.join(", ")
            ),
        ));
    }
    if tt.plan_revenue > 0.0 {
        out.push(ex(
            "totals.net_cost".into(),
            "Cost net of paid success plans".into(),
            tt.net_cost,
            format!(
                "{} cost − {} paid plan revenue = {}",
                money(tt.cost, cur),
                money(tt.plan_revenue, cur),
                money(tt.net_cost, cur)
            ),
        ));
    }
    out
}

/// "1 manager", "2 managers".
fn managers(n: u32) -> String {
    count(f64::from(n), "manager", "managers")
}

/// The split of a tier's hours per customer by age, when the first year
/// differs: "; first year 90 h, after 70 h: 25% × 90 h + 75% × 70 h = 75 h".
fn first_year_text(t: &super::plan::TierPlan) -> String {
    let (first, after) = (t.hours_first_year, t.hours_after_first_year);
    if (first - after).abs() <= 1e-9 * first.abs().max(1.0) {
        return String::new();
    }
    format!(
        "; first year {} h, after {} h: {} × {} h + {} × {} h = {} h",
        num(first),
        num(after),
        pct(t.first_year_pct),
        num(first),
        pct(100.0 - t.first_year_pct),
        num(after),
        num(t.hours_per_customer.total())
    )
}

/// The sessions of a tier's programs: "; Adoption webinar: 80 sessions ×
/// 3 h = 240 h a year".
fn programs_text(t: &super::plan::TierPlan) -> String {
    t.programs
        .iter()
        .map(|p| {
            format!(
                "; {}: {} × {} h = {} h a year",
                if p.name.trim().is_empty() {
                    "program"
                } else {
                    p.name.trim()
                },
                count(p.sessions, "session", "sessions"),
                num(p.hours_per_session),
                num(p.hours)
            )
        })
        .collect()
}

/// How whole managers follow from `in_house` whole people, in words:
/// "1 manager (6 in-house people − 4 the CS leader manages = 2, ÷ 8 per
/// manager, rounded up)".
fn managers_rule(s: &Scenario, in_house: u32, whole: u32) -> String {
    let m = &s.managers;
    let people = count(f64::from(in_house), "in-house person", "in-house people");
    let leader = m.leader_reports.max(0.0);
    if in_house == 0 {
        return format!("{} (no in-house people)", managers(whole));
    }
    if leader > 0.0 && f64::from(in_house) <= leader {
        return format!(
            "{} ({people}, all led by the CS leader, who manages up to {})",
            managers(whole),
            num(leader)
        );
    }
    if leader > 0.0 {
        format!(
            "{} ({people} − {} the CS leader manages = {}, ÷ {} per manager, rounded up)",
            managers(whole),
            num(leader),
            num(m.managed(f64::from(in_house))),
            num(m.span)
        )
    } else {
        format!(
            "{} ({people} ÷ {} per manager, rounded up)",
            managers(whole),
            num(m.span)
        )
    }
}

/// The managers' "Why?": the rule, the count and the managers' time the
/// per-tier table counts.
fn managers_text(s: &Scenario, plan: &Plan) -> String {
    let t = &plan.totals;
    let h = &t.heads;
    let in_house_fte = t.fte.csm + t.fte.associate + t.fte.pooled;
    let capped = if s.managers.span > 0.0 && t.managers_fte < in_house_fte / s.managers.span - 1e-9
    {
        format!(
            ", at most the {} counted: the CS leader gives the rest",
            managers(h.managers)
        )
    } else {
        String::new()
    };
    format!(
        "{} + {} + {} = {}. Managers: {}. The per-tier table counts {} FTE of managers' time ({} in-house FTE ÷ {}{capped}). Span of control {}: Grove (High Output Management, 1983) gives a supervising manager six to eight reports. The default of 4 people the CS leader manages, {} here, is an assumption. Set both under Team and roles.",
        Role::Csm.people(f64::from(h.csm)),
        Role::Associate.people(f64::from(h.associate)),
        Role::Pooled.people(f64::from(h.pooled)),
        count(f64::from(h.in_house()), "in-house person", "in-house people"),
        managers_rule(s, h.in_house(), h.managers),
        num(t.managers_fte),
        num(in_house_fte),
        num(s.managers.span),
        num(s.managers.span),
        num(s.managers.leader_reports)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::plan;

    fn text(id: &str) -> String {
        let s = Scenario::default();
        let p = plan(&s);
        explain(&s, &p)
            .into_iter()
            .find(|e| e.id == id)
            .unwrap_or_else(|| panic!("{id}"))
            .text
    }

    #[test]
    fn proactive_hours_are_explained_with_the_numbers() {
        assert_eq!(
            text("proactive_hours"),
            "40 h/week × 46 weeks = 1,840 h available; × 60% proactive (100% − 15% reactive − 10% collateral − 15% overhead) = 1,104 h/year"
        );
    }

    #[test]
    fn tier_figures_are_explained() {
        assert_eq!(
            text("tiers.0.customers_per_fte.csm"),
            "1,104 h ÷ 80 h per customer = 13.8 customers per CSM"
        );
        assert_eq!(
            text("tiers.0.fte"),
            "High touch: 40 customers × hours per customer = CSM: 3,200 h ÷ 1,104 h = 2.9 FTE"
        );
        assert!(text("tiers.2.hours_per_customer")
            .starts_with("Tech touch: scheduled 0 h + unscheduled 0 h + programs 0.344 h"));
    }

    /// A tier of hand-worked figures: 60 customers, 25% in their first
    /// year, 90 h in the first year and 70 h after (the seven touches of the
    /// high-touch set); a tech-touch tier of 1,000 customers with webinars of
    /// 50, 4 a year, 3 h each.
    fn hand_worked() -> (Scenario, Plan) {
        use crate::model::{Coverage, Tier};
        let s = Scenario {
            tiers: vec![
                Tier {
                    customers: 60.0,
                    first_year_pct: 25.0,
                    touches: crate::model::presets::high_touch_set(),
                    ..Tier::named("High touch", Coverage::Dedicated)
                },
                Tier {
                    customers: 1000.0,
                    first_year_pct: 0.0,
                    programs: vec![crate::model::fixtures::webinar()],
                    ..Tier::named("Tech touch", Coverage::Digital)
                },
            ],
            ..Scenario::default()
        };
        let p = plan(&s);
        (s, p)
    }

    /// Finding: the hand math could not be rebuilt from the page. Every
    /// number a reader needs is in the tiers' "Why?": 90 h / 70 h, 75 h,
    /// 4,500 h, 80 sessions, 0.24 h, 1,840 h.
    #[test]
    fn the_hand_math_can_be_rebuilt_from_the_explanations() {
        let (s, p) = hand_worked();
        let all = explain(&s, &p);
        let text = |id: &str| all.iter().find(|e| e.id == id).unwrap().text.clone();
        let hours = text("tiers.0.hours_per_customer");
        assert!(
            hours.contains("first year 90 h, after 70 h: 25% × 90 h + 75% × 70 h = 75 h"),
            "{hours}"
        );
        let fte = text("tiers.0.fte");
        assert!(fte.contains("CSM: 4,500 h ÷ 1,104 h = 4.08 FTE"), "{fte}");
        assert!(text("tiers.0.customers_per_fte.csm").contains("= 14.7 customers per CSM"));
        let tech = text("tiers.1.hours_per_customer");
        assert!(
            tech.contains("programs 0.24 h = 0.24 h per customer"),
            "{tech}"
        );
        assert!(
            tech.contains("Webinar: 80 sessions × 3 h = 240 h a year"),
            "{tech}"
        );
        assert!(text("proactive_hours").contains("= 1,840 h available"));
        assert_eq!(p.tiers[0].hours_first_year, 90.0);
        assert_eq!(p.tiers[0].hours_after_first_year, 70.0);
        assert_eq!(p.tiers[1].programs[0].sessions, 80.0);
    }

    #[test]
    fn an_imported_base_is_explained_in_one_sentence() {
        let mut s = Scenario::default();
        let p = plan(&s);
        assert!(explain(&s, &p).iter().all(|e| e.id != "base"));
        s.base.mode = crate::model::BaseMode::Accounts;
        let p = plan(&s);
        let e = explain(&s, &p)
            .into_iter()
            .find(|e| e.id == "base")
            .unwrap();
        assert_eq!(e.value, 1240.0);
        assert_eq!(
            e.text,
            "From an imported list of 1,240 accounts, tiered by ARR cut-offs: counts only."
        );
    }

    #[test]
    fn totals_are_explained() {
        assert!(
            text("totals.managers").starts_with(
                "3 CSMs + 1 associate + 2 pooled CSMs = 6 in-house people. Managers: 1 manager (6 in-house people − 4 the CS leader manages = 2, ÷ 8 per manager, rounded up). The per-tier table counts 0.61 FTE of managers' time (4.86 in-house FTE ÷ 8). Span of control 8: Grove"
            ),
            "{}",
            text("totals.managers")
        );
        assert!(text("totals.headcount").contains(
            " + 1 manager (6 in-house people − 4 the CS leader manages = 2, ÷ 8 per manager, rounded up) = 7 people"
        ));
        // One of each reads in the singular, roles in lower case.
        assert!(
            text("totals.cost").contains(" + 1 manager × $170,000"),
            "{}",
            text("totals.cost")
        );
        assert!(
            text("totals.headcount").starts_with("3 CSMs (dedicated tiers"),
            "{}",
            text("totals.headcount")
        );
        assert!(
            text("totals.cost").ends_with("= $884,000"),
            "{}",
            text("totals.cost")
        );
        assert!(text("totals.arr_per_csm").starts_with("$14,000,000 ARR ÷ 5 CSMs"));
        assert!(text("totals.arr_per_csm").contains("meets 1:$2,000,000, below 1:$3,000,000"));
    }
}
