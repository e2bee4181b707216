//! A fully customized scenario for measuring link length: 6 tiers with 20
//! scheduled touches each, 3 triggers and 2 programs per tier, tier moves,
//! ARR bands, a weighted-score tiering, and every other number changed from
//! the defaults; and the same scenario with its base imported from a list
//! of accounts (counts, renewals in each of the 12 months). Names are
//! realistic (the touches of Mehta et al. 2016 and Scaling model 2019) rather than random, as a
//! team would type them. Shared by `examples/link_lengths.rs` and
//! `tests/link_lengths.rs` with `#[path]`.
#![allow(dead_code)]

use tierplan::accounts::TierAggregate;
use tierplan::model::calendar::Calendar;
use tierplan::model::coverage_risk::CoverageRisk;
use tierplan::model::hiring::Hiring;
use tierplan::model::uncertainty::{RangeEntry, Ranges, Shape};
use tierplan::model::{
    Band, BaseMode, Cadence, Coverage, Criteria, CustomerBase, Economics, Growth, Managers, Move,
    Program, Role, RoleCosts, Scenario, Staff, TeamTime, Tier, TierRule, Tiering, Touch, Trigger,
};
use tierplan::state::edits::{apply, Edit};
use tierplan::state::imported::AccountsSummary;

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
                min_score: [75.0, 55.0, 40.0, 25.0, 10.0, 0.0][i],
                first_year_pct: 22.0 + i as f64,
                renewal_months: Vec::new(),
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
                            Role::ALL[(i + j) % 4]
                        },
                        at_renewal: TOUCHES[(i * 3 + j) % TOUCHES.len()] == "Renewal",
                    })
                    .collect(),
                triggers: (0..3)
                    .map(|j| Trigger {
                        name: ["Support spike", "Declining usage", "Invoice overdue"][j].into(),
                        per_year: vary(0.5, i + j),
                        hours: vary(0.75, i * 3 + j),
                        role: Role::ALL[(i + j + 1) % 5],
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
            leader_reports: 3.0,
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
            as_of: String::new(),
        },
        tiers,
        tiering: Tiering {
            rule: TierRule::Score,
            weights: Criteria {
                arr: 35.0,
                employees: 10.0,
                products: 15.0,
                complexity: 20.0,
                strategic: 25.0,
                health: -5.0,
            },
            full_at: Criteria {
                arr: 750_000.0,
                employees: 10_000.0,
                products: 8.0,
                complexity: 5.0,
                strategic: 1.0,
                health: 100.0,
            },
        },
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
        uncertainty: Ranges {
            samples: 5000,
            seed: 20_270_101,
            ranges: vec![
                range("tiers.0.customers", 36.0, 48.0, Shape::Triangular),
                range("tiers.2.touches.3.hours", 2.0, 4.0, Shape::Uniform),
                range("team.hours_per_week", 36.0, 40.0, Shape::Normal),
                range("growth.attrition_pct", 12.0, 24.0, Shape::Triangular),
            ],
        },
        calendar: Calendar {
            start: "2027-02".into(),
            fiscal_year_start_month: 2,
        },
        hiring: Hiring {
            recruiting_cost: 9_500.0,
            ramp_capacity_pct: 40.0,
            max_hires_per_quarter: 3,
            backfill: true,
        },
        coverage: CoverageRisk {
            retention_gap_pct: 6.0,
            retention_source: "FY25 renewals: covered against uncovered accounts".into(),
        },
    }
}

fn range(path: &str, low: f64, high: f64, shape: Shape) -> RangeEntry {
    RangeEntry {
        path: path.into(),
        low,
        high,
        shape,
    }
}

/// A list of 11,445 accounts as of Nov 2026, tiered into six tiers: per
/// tier the counts, ARR, first-year accounts and the accounts renewing in
/// each of the 12 months (bunched at quarter ends and in December, as
/// contracts are).
pub fn list_summary() -> AccountsSummary {
    let customers = [27.0, 84.0, 251.0, 617.0, 1_466.0, 9_000.0];
    let arr = [
        11_466_000.0,
        13_398_000.0,
        12_098_200.0,
        11_192_380.0,
        9_468_350.0,
        10_836_000.0,
    ];
    let weights = [3.0, 2.0, 5.0, 2.0, 2.0, 6.0, 2.0, 3.0, 6.0, 3.0, 4.0, 12.0];
    let total: f64 = weights.iter().sum();
    let tiers = (0..6)
        .map(|i| {
            let c: f64 = customers[i];
            let mut renewals_by_month = weights.map(|w| (c * w / total).floor());
            renewals_by_month[11] += c - renewals_by_month.iter().sum::<f64>();
            TierAggregate {
                customers: c,
                arr: arr[i],
                first_year: (c * 0.23).round(),
                renewals_by_month,
            }
        })
        .collect();
    AccountsSummary {
        tiers,
        as_of: "2026-11".into(),
    }
}

/// A six-tier plan built from the presets' touch sets (the default's three
/// tiers and the mid-market preset's three, renamed), tiered by a weighted
/// score, with its base imported from [`list_summary`] through the same
/// edit the page uses: the accounts-mode link of 6 tiers x 12 renewal months.
pub fn accounts_scenario() -> Scenario {
    let mut s = Scenario::default();
    let mid = tierplan::model::preset("mid_market").expect("the preset");
    s.tiers.extend(mid.tiers);
    for (i, t) in s.tiers.iter_mut().enumerate() {
        t.name = TIERS[i].to_string();
        t.min_score = [80.0, 65.0, 50.0, 35.0, 20.0, 0.0][i];
        t.moves.clear();
    }
    s.tiering.rule = TierRule::Score;
    s.tiering.weights.health = -10.0;
    s.tiering.full_at.arr = 750_000.0;
    apply(&s, &Edit::ApplyAccounts(list_summary()))
}

/// The worst case: [`full_scenario`] (every field changed, 6 x 20 touches)
/// with its base imported from [`list_summary`].
pub fn full_accounts_scenario() -> Scenario {
    apply(&full_scenario(), &Edit::ApplyAccounts(list_summary()))
}

/// Four full 6-tier, 20-touch scenarios: today, and three proposals that
/// each change what a team would change.
pub fn four_full_scenarios() -> Vec<Scenario> {
    let today = full_scenario();
    let mut pooled = today.clone();
    pooled.name = "Pooled low touch".into();
    for tier in pooled.tiers.iter_mut().skip(3) {
        tier.coverage = Coverage::Pooled;
        for touch in &mut tier.touches {
            touch.role = Role::Pooled;
        }
    }
    let mut automated = today.clone();
    automated.name = "Automate EBR prep".into();
    for tier in &mut automated.tiers {
        for touch in tier
            .touches
            .iter_mut()
            .filter(|t| t.name.contains("review"))
        {
            touch.hours *= 0.6;
        }
    }
    automated.roles.automation = 60_000.0;
    let mut growth = today.clone();
    growth.name = "Growth case".into();
    for tier in &mut growth.tiers {
        tier.customers *= 1.3;
        tier.new_per_month *= 1.5;
    }
    growth.growth.attrition_pct = 12.0;
    vec![today, pooled, automated, growth]
}
