//! Reusable proptest strategies for scenarios (`mod common;` in a test file).
//!
//! - [`scenario`]: sound scenarios (valid ranges, 1 to 6 tiers, valid moves),
//!   with numbers of at most two decimals so they round-trip through JSON
//!   and a link exactly.
//! - [`hostile_scenario`]: anything at all: NaN, infinities, negatives,
//!   huge values, 0 to 8 tiers, moves to tiers that do not exist.
#![allow(dead_code)]

use proptest::collection::vec;
use proptest::prelude::*;
use tierplan::model::calendar::Calendar;
use tierplan::model::coverage_risk::CoverageRisk;
use tierplan::model::hiring::Hiring;
use tierplan::model::inputs::inputs;
use tierplan::model::uncertainty::{RangeEntry, Ranges, Shape};
use tierplan::model::{
    Band, BaseMode, Cadence, Coverage, Criteria, CustomerBase, Economics, Growth, Managers, Move,
    Program, Role, RoleCosts, Scenario, Staff, TeamTime, Tier, TierRule, Tiering, Touch, Trigger,
};

/// A number in `lo..=hi` with two decimals (exact in JSON).
pub fn num(lo: u32, hi: u32) -> impl Strategy<Value = f64> {
    (lo * 100..=hi * 100).prop_map(|v| v as f64 / 100.0)
}

/// A whole number in `lo..=hi`.
pub fn whole(lo: u32, hi: u32) -> impl Strategy<Value = f64> {
    (lo..=hi).prop_map(|v| v as f64)
}

/// Any role.
pub fn role() -> impl Strategy<Value = Role> {
    prop_oneof![
        Just(Role::Csm),
        Just(Role::Associate),
        Just(Role::Pooled),
        Just(Role::Partner),
        Just(Role::Automation),
    ]
}

/// A role that takes people hours or automation, fitting the coverage.
fn role_for(coverage: Coverage) -> BoxedStrategy<Role> {
    match coverage {
        Coverage::Digital => Just(Role::Automation).boxed(),
        _ => role().boxed(),
    }
}

/// A short printable name (may be empty, may hold non-ASCII letters).
pub fn name() -> impl Strategy<Value = String> {
    "[A-Za-z é&'-]{0,12}"
}

/// A scheduled touch.
pub fn touch(coverage: Coverage) -> impl Strategy<Value = Touch> {
    (
        name(),
        num(0, 40),
        num(0, 52),
        any::<bool>(),
        whole(0, 100),
        role_for(coverage),
        any::<bool>(),
    )
        .prop_map(
            |(name, hours, per_year, first_year_only, share_pct, role, at_renewal)| Touch {
                name,
                hours,
                per_year,
                first_year_only,
                share_pct,
                role,
                at_renewal,
            },
        )
}

/// An unscheduled touch.
pub fn trigger(coverage: Coverage) -> impl Strategy<Value = Trigger> {
    (name(), num(0, 12), num(0, 8), role_for(coverage)).prop_map(|(name, per_year, hours, role)| {
        Trigger {
            name,
            per_year,
            hours,
            role,
        }
    })
}

/// A one-to-many program.
pub fn program() -> impl Strategy<Value = Program> {
    (
        name(),
        num(0, 8),
        num(0, 60),
        prop_oneof![Just(Cadence::PerCustomer), Just(Cadence::PerYear)],
        whole(1, 500),
        any::<bool>(),
        role(),
    )
        .prop_map(
            |(name, hours, sessions, cadence, reach, first_year_only, role)| Program {
                name,
                hours,
                sessions,
                cadence,
                reach,
                first_year_only,
                role,
            },
        )
}

/// A coverage kind.
pub fn coverage() -> impl Strategy<Value = Coverage> {
    prop_oneof![
        Just(Coverage::Dedicated),
        Just(Coverage::Pooled),
        Just(Coverage::Digital)
    ]
}

/// Renewal months: none (an even spread), or 12 whole counts.
pub fn renewal_months() -> impl Strategy<Value = Vec<f64>> {
    prop_oneof![Just(Vec::new()), vec(whole(0, 400), 12)]
}

/// Criteria with whole numbers in `lo..=hi`.
pub fn criteria(lo: u32, hi: u32) -> impl Strategy<Value = Criteria> {
    vec(whole(lo, hi), 6).prop_map(|v| Criteria {
        arr: v[0],
        employees: v[1],
        products: v[2],
        complexity: v[3],
        strategic: v[4],
        health: v[5],
    })
}

/// A tiering rule with weights in 0..=100 and positive full-points values.
pub fn tiering() -> impl Strategy<Value = Tiering> {
    (
        prop_oneof![Just(TierRule::Arr), Just(TierRule::Score)],
        criteria(0, 100),
        criteria(1, 2_000_000),
    )
        .prop_map(|(rule, weights, full_at)| Tiering {
            rule,
            weights,
            full_at,
        })
}

/// A sound tier (moves are filled in by [`scenario`]).
pub fn tier() -> impl Strategy<Value = Tier> {
    coverage().prop_flat_map(|cov| {
        (
            (
                name(),
                whole(0, 3000),
                whole(0, 500_000),
                whole(0, 500_000),
                whole(0, 100),
            ),
            (
                vec(touch(cov), 1..5),
                vec(trigger(cov), 0..3),
                vec(program(), 0..3),
                renewal_months(),
            ),
            (
                whole(50, 100),
                whole(0, 30),
                whole(0, 50_000),
                whole(0, 100),
                num(0, 30),
            ),
        )
            .prop_map(
                move |(
                    (name, customers, avg_arr, min_arr, first_year_pct),
                    (touches, triggers, programs, renewal_months),
                    (grr_pct, expansion, plan_price, plan_attach_pct, new_per_month),
                )| Tier {
                    name,
                    coverage: cov,
                    customers,
                    avg_arr,
                    min_arr,
                    min_score: 0.0,
                    first_year_pct,
                    renewal_months,
                    touches,
                    triggers,
                    programs,
                    grr_pct,
                    nrr_pct: grr_pct + expansion,
                    plan_price,
                    plan_attach_pct,
                    new_per_month,
                    moves: Vec::new(),
                },
            )
    })
}

/// Sound team time (shares leave at least 10% proactive).
pub fn team() -> impl Strategy<Value = TeamTime> {
    (
        whole(20, 60),
        whole(30, 52),
        whole(0, 30),
        whole(0, 30),
        whole(0, 29),
        any::<bool>(),
    )
        .prop_map(
            |(
                hours_per_week,
                working_weeks_per_year,
                reactive_pct,
                collateral_pct,
                overhead_pct,
                reactive_bottom_up,
            )| {
                TeamTime {
                    hours_per_week,
                    working_weeks_per_year,
                    reactive_pct,
                    collateral_pct,
                    overhead_pct,
                    reactive_bottom_up,
                }
            },
        )
}

/// A headcount.
pub fn staff() -> impl Strategy<Value = Staff> {
    (
        whole(0, 30),
        whole(0, 10),
        whole(0, 10),
        whole(0, 10),
        whole(0, 5),
    )
        .prop_map(|(csm, associate, pooled, partner, managers)| Staff {
            csm,
            associate,
            pooled,
            partner,
            managers,
        })
}

/// A sound scenario: valid by [`Scenario::validate`] except for the rules
/// that depend on several fields at once (cut-off order is made valid,
/// moves point at other existing tiers).
pub fn scenario() -> impl Strategy<Value = Scenario> {
    (
        (
            name(),
            prop_oneof![Just("USD".to_string()), Just("EUR".to_string())],
            team(),
        ),
        (
            whole(0, 200_000),
            whole(0, 200_000),
            (whole(1, 12), whole(0, 12)),
            whole(0, 250_000),
        ),
        (
            prop_oneof![
                Just(BaseMode::Direct),
                Just(BaseMode::Bands),
                Just(BaseMode::Accounts)
            ],
            whole(0, 5000),
            prop_oneof![Just(String::new()), Just("2026-11".to_string())],
            tiering(),
        ),
        vec((whole(0, 100_000), whole(0, 100_000), whole(0, 2000)), 1..5),
        vec(tier(), 1..=6),
        vec((0u32..6, whole(0, 20)), 0..4),
        (whole(0, 5_000_000), whole(1, 40)),
        (
            0u32..=60,
            0u32..=6,
            0u32..=6,
            whole(0, 40),
            staff(),
            staff(),
        ),
    )
        .prop_map(
            |(
                (name, currency, team),
                (csm_cost, associate_cost, (span, leader_reports), automation),
                (mode, total, as_of, tiering),
                bands,
                mut tiers,
                moves,
                (target, max_cost),
                (horizon_months, lead_months, ramp_months, attrition_pct, today, budget),
            )| {
                let n = tiers.len();
                // Cut-offs strictly falling from the first tier down; the last is 0.
                let step = tiers[0].min_arr.max(1000.0);
                for (i, t) in tiers.iter_mut().enumerate() {
                    t.min_arr = (n - 1 - i) as f64 * step;
                    t.min_score = (n - 1 - i) as f64 * 10.0;
                }
                for (k, (to, pct)) in moves.into_iter().enumerate() {
                    let from = k % n;
                    let to = to as usize % n;
                    if to != from {
                        tiers[from].moves.push(Move {
                            to: to as u32,
                            pct_per_year: pct,
                        });
                    }
                }
                Scenario {
                    name,
                    currency,
                    team,
                    roles: RoleCosts {
                        csm: csm_cost,
                        associate: associate_cost,
                        automation,
                        ..RoleCosts::default()
                    },
                    managers: Managers {
                        span,
                        leader_reports,
                        ..Managers::default()
                    },
                    base: CustomerBase {
                        mode,
                        total,
                        bands: bands
                            .into_iter()
                            .map(|(a, b, count)| Band::new(a.min(b), a.max(b), count))
                            .collect(),
                        as_of,
                    },
                    tiers,
                    tiering,
                    economics: Economics {
                        target_arr_per_csm: target,
                        max_cost_pct: max_cost,
                    },
                    growth: Growth {
                        horizon_months,
                        lead_months,
                        ramp_months,
                        attrition_pct,
                        today,
                    },
                    budget,
                    ..Scenario::default()
                }
            },
        )
        .prop_flat_map(|s| (Just(s), v4_members()))
        .prop_map(|(mut s, (uncertainty, calendar, hiring, coverage))| {
            s.uncertainty = uncertainty;
            s.calendar = calendar;
            s.hiring = hiring;
            s.coverage = coverage;
            s
        })
}

/// The members link format version 4 added: ranges, the calendar, hiring
/// and coverage, any value each may hold.
pub fn v4_members() -> impl Strategy<Value = (Ranges, Calendar, Hiring, CoverageRisk)> {
    let range = (
        prop_oneof![
            Just("tiers.0.customers".to_string()),
            Just("team.hours_per_week".to_string()),
            name(),
        ],
        num(0, 100),
        num(0, 100),
        prop_oneof![
            Just(Shape::Uniform),
            Just(Shape::Triangular),
            Just(Shape::Normal)
        ],
    )
        .prop_map(|(path, low, high, shape)| RangeEntry {
            path,
            low,
            high,
            shape,
        });
    let ranges =
        (1u32..5000, any::<u32>(), vec(range, 0..4)).prop_map(|(samples, seed, ranges)| Ranges {
            samples,
            seed,
            ranges,
        });
    let calendar = (
        prop_oneof![
            Just(String::new()),
            (2020u32..2040, 1u32..=12).prop_map(|(y, m)| format!("{y}-{m:02}"))
        ],
        1u32..=12,
    )
        .prop_map(|(start, fiscal_year_start_month)| Calendar {
            start,
            fiscal_year_start_month,
        });
    let hiring = (num(0, 50_000), num(0, 100), 0u32..10, any::<bool>()).prop_map(
        |(recruiting_cost, ramp_capacity_pct, max_hires_per_quarter, backfill)| Hiring {
            recruiting_cost,
            ramp_capacity_pct,
            max_hires_per_quarter,
            backfill,
        },
    );
    let coverage =
        (num(0, 30), name()).prop_map(|(retention_gap_pct, retention_source)| CoverageRisk {
            retention_gap_pct,
            retention_source,
        });
    (ranges, calendar, hiring, coverage)
}

/// Any `f64` at all, hostile ones often.
pub fn hostile_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(f64::MAX),
        Just(f64::MIN_POSITIVE),
        Just(0.0),
        Just(-0.0),
        -1e6..1e6f64,
        any::<f64>(),
    ]
}

/// Anything: a sound scenario's shape with every number replaced by a
/// hostile one, 0 to 8 tiers, any months, moves anywhere.
pub fn hostile_scenario() -> impl Strategy<Value = Scenario> {
    (
        scenario(),
        vec(hostile_number(), 400),
        prop_oneof![Just(0usize), Just(7), Just(8), 1usize..=6],
        (any::<u32>(), any::<u32>(), any::<u32>(), any::<u32>()),
    )
        .prop_map(|(mut s, numbers, tiers, (horizon, lead, ramp, to))| {
            while s.tiers.len() < tiers {
                let copy = s.tiers[0].clone();
                s.tiers.push(copy);
            }
            s.tiers.truncate(tiers);
            if let Some(t) = s.tiers.first_mut() {
                t.moves.push(Move {
                    to,
                    pct_per_year: numbers[0],
                });
            }
            for (k, input) in inputs(&s).into_iter().enumerate() {
                input.set(&mut s, numbers[k % numbers.len()]);
            }
            // Renewal months are not single inputs: give every tier hostile
            // ones, of a wrong length for some.
            for (i, t) in s.tiers.iter_mut().enumerate() {
                let len = [12, 0, 5, 13][i % 4];
                t.renewal_months = (0..len)
                    .map(|m| numbers[(i * 13 + m + 7) % numbers.len()])
                    .collect();
            }
            s.growth.horizon_months = horizon;
            s.growth.lead_months = lead;
            s.growth.ramp_months = ramp;
            s
        })
}

/// The property-test settings: `cases` cases, or `PROPTEST_CASES=N` for a
/// deeper run.
pub fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}
