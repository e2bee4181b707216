//! A fully customized scenario for measuring link length: 6 tiers with 20
//! scheduled touches each, 3 triggers and 2 programs per tier, tier moves,
//! ARR bands, and every other number changed from the defaults. Names are
//! realistic (the touches of seed 003 and seed 002) rather than random, as a
//! team would type them. Shared by `examples/link_lengths.rs` and
//! `tests/link_lengths.rs` with `#[path]`.
#![allow(dead_code)]

use tierplan::model::{
    Band, BaseMode, Cadence, Coverage, CustomerBase, Economics, Growth, Managers, Move, Program,
    Role, RoleCosts, Scenario, Staff, TeamTime, Tier, Touch, Trigger,
};

const TOUCHES: [&str; 24] = [
    "Kick-off call",
    "Technical onboarding",
    "Admin training",
    "Sales to CS hand-off",
    "Monthly status meeting",
    "Executive business review",
    "On-site visit",
    "Health check",
    "Renewal",
    "Success plan update",
    "Adoption review",
    "Roadmap briefing",
    "Stakeholder mapping",
    "Usage report",
    "Value realization review",
    "Expansion discovery",
    "Champion check-in",
    "Support escalation review",
    "New feature enablement",
    "Quarterly planning",
    "Risk review",
    "Reference request",
    "Survey follow-up",
    "Executive sponsor call",
];

const TIERS: [&str; 6] = [
    "Strategic",
    "Enterprise",
    "Mid-Market",
    "Growth",
    "SMB",
    "Self-serve",
];

const ROLES: [Role; 5] = [
    Role::Csm,
    Role::Associate,
    Role::Pooled,
    Role::Partner,
    Role::Automation,
];

/// A two-decimal number that varies with `k` (exact in decimal text).
fn vary(base: f64, k: usize) -> f64 {
    base + ((k * 37) % 19) as f64 * 0.25
}

/// The fully customized scenario described in the module doc.
pub fn full_scenario() -> Scenario {
    let tiers = (0..6)
        .map(|i| {
            let coverage = [Coverage::Dedicated, Coverage::Pooled, Coverage::Digital][i / 2];
            Tier {
                name: TIERS[i].to_string(),
                coverage,
                customers: [25.0, 80.0, 240.0, 600.0, 1500.0, 9000.0][i],
                avg_arr: [420_000.0, 160_000.0, 48_000.0, 18_000.0, 6_500.0, 1_200.0][i],
                min_arr: [250_000.0, 90_000.0, 30_000.0, 12_000.0, 4_000.0, 0.0][i],
                first_year_pct: 22.0 + i as f64,
                touches: (0..20)
                    .map(|j| Touch {
                        name: TOUCHES[(i * 3 + j) % TOUCHES.len()].to_string(),
                        hours: vary(1.5, i * 20 + j),
                        per_year: [1.0, 2.0, 4.0, 12.0][j % 4],
                        first_year_only: j < 3,
                        share_pct: if j % 5 == 4 { 60.0 } else { 100.0 },
                        role: if coverage == Coverage::Digital {
                            Role::Automation
                        } else {
                            ROLES[(i + j) % 4]
                        },
                    })
                    .collect(),
                triggers: (0..3)
                    .map(|j| Trigger {
                        name: ["Support spike", "Declining usage", "Invoice overdue"][j].into(),
                        per_year: vary(0.5, i + j),
                        hours: vary(0.75, i * 3 + j),
                        role: ROLES[(i + j + 1) % 5],
                    })
                    .collect(),
                programs: (0..2)
                    .map(|j| Program {
                        name: ["Adoption webinar", "Community office hours"][j].into(),
                        hours: vary(2.0, i + j),
                        sessions: [4.0, 24.0][j],
                        cadence: [Cadence::PerCustomer, Cadence::PerYear][j],
                        reach: 40.0 + 5.0 * i as f64,
                        first_year_only: j == 0 && i % 2 == 0,
                        role: Role::Pooled,
                    })
                    .collect(),
                grr_pct: 96.0 - i as f64,
                nrr_pct: 112.0 - 2.0 * i as f64,
                plan_price: if i < 2 { 15_000.0 } else { 0.0 },
                plan_attach_pct: if i < 2 { 30.0 } else { 0.0 },
                new_per_month: [0.5, 2.0, 6.0, 15.0, 40.0, 250.0][i],
                moves: vec![Move {
                    to: (i as u32 + 5) % 6,
                    pct_per_year: 1.5 + i as f64,
                }],
            }
        })
        .collect();
    Scenario {
        name: "FY26 capacity plan, board version".into(),
        currency: "EUR".into(),
        team: TeamTime {
            hours_per_week: 38.5,
            working_weeks_per_year: 44.0,
            reactive_pct: 12.0,
            collateral_pct: 8.0,
            overhead_pct: 17.5,
            reactive_bottom_up: true,
        },
        roles: RoleCosts {
            csm: 125_000.0,
            associate: 72_000.0,
            pooled: 98_000.0,
            partner: 64_000.0,
            automation: 36_000.0,
        },
        managers: Managers {
            span: 7.0,
            cost: 165_000.0,
        },
        base: CustomerBase {
            mode: BaseMode::Bands,
            total: 11_500.0,
            bands: vec![
                Band::new(0.0, 5_000.0, 8_200.0),
                Band::new(5_000.0, 25_000.0, 2_100.0),
                Band::new(25_000.0, 100_000.0, 900.0),
                Band::new(100_000.0, 400_000.0, 260.0),
                Band::new(400_000.0, 1_500_000.0, 40.0),
            ],
        },
        tiers,
        economics: Economics {
            target_arr_per_csm: 2_500_000.0,
            max_cost_pct: 12.0,
        },
        growth: Growth {
            horizon_months: 36,
            lead_months: 4,
            ramp_months: 5,
            attrition_pct: 18.0,
            today: Staff {
                csm: 14.0,
                associate: 4.0,
                pooled: 6.0,
                partner: 2.0,
                managers: 3.0,
            },
        },
        budget: Staff {
            csm: 18.0,
            associate: 6.0,
            pooled: 8.0,
            partner: 4.0,
            managers: 4.0,
        },
    }
}
