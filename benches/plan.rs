//! Benchmark of the calculation engine.
//!
//! Run with: `cargo bench --bench plan`
//!
//! `full_report_6x20_60m` is the target figure: a full plan of 6 tiers × 20
//! touches (plus triggers and programs), with the 60-month timeline, the
//! backward plan, the explanations and the ±20% sensitivity run. Target: under
//! 1 ms natively.
//!
//! `keystroke_6x20_*` is the page's reducer for one typed digit
//! (`Workspace::apply`), with an empty undo history and with a full one
//! (100 steps): the work before the engine's report on every keystroke.
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use tierplan::model::capacity::TeamTime;
use tierplan::model::inputs::{Input, TeamField};
use tierplan::model::{
    backward, explain, plan, report, sensitivity, timeline, Coverage, Move, Program, Role,
    Scenario, Staff, Tier, Touch, Trigger,
};
use tierplan::state::workspace::{Workspace, WorkspaceAction};

/// 6 tiers, each with 20 scheduled touches, 3 triggers and 2 programs; 60 months.
fn big_scenario() -> Scenario {
    let roles = [
        Role::Csm,
        Role::Associate,
        Role::Pooled,
        Role::Partner,
        Role::Automation,
    ];
    let tiers = (0..6)
        .map(|i| {
            let coverage = [Coverage::Dedicated, Coverage::Pooled][i % 2];
            Tier {
                customers: 50.0 * (i as f64 + 1.0).powi(2),
                avg_arr: 200_000.0 / (i as f64 + 1.0),
                min_arr: 100_000.0 / (i as f64 + 1.0) - 10_000.0,
                first_year_pct: 20.0,
                touches: (0..20)
                    .map(|j| {
                        let t = Touch::new(
                            &format!("Touch {j}"),
                            1.0 + j as f64 % 4.0,
                            0.5 + j as f64 / 10.0,
                            roles[j % 5],
                        );
                        if j == 0 {
                            t.first_year()
                        } else {
                            t
                        }
                    })
                    .collect(),
                triggers: (0..3)
                    .map(|j| Trigger::new(&format!("Trigger {j}"), 1.0, 1.5, roles[j % 4]))
                    .collect(),
                programs: vec![
                    Program::per_customer("Webinar", 4.0, 50.0, 3.0, Role::Pooled),
                    Program::per_year("Community", 52.0, 2.0, Role::Pooled),
                ],
                new_per_month: 2.0 + i as f64,
                moves: vec![Move {
                    to: ((i + 1) % 6) as u32,
                    pct_per_year: 3.0,
                }],
                ..Tier::named(&format!("Tier {i}"), coverage)
            }
        })
        .collect();
    let mut s = Scenario {
        tiers,
        ..Scenario::default()
    };
    s.growth.horizon_months = 60;
    s.growth.today = Staff {
        csm: 10.0,
        associate: 2.0,
        pooled: 3.0,
        managers: 2.0,
        partner: 0.0,
    };
    s.budget = Staff {
        csm: 20.0,
        associate: 5.0,
        pooled: 5.0,
        partner: 5.0,
        managers: 3.0,
    };
    s
}

fn engine(c: &mut Criterion) {
    let team = TeamTime::default();
    c.bench_function("proactive_hours_per_year", |b| {
        b.iter(|| black_box(&team).proactive_hours_per_year())
    });
    let s = big_scenario();
    assert!(s.validate().is_empty(), "{:?}", s.validate());
    c.bench_function("plan_6x20", |b| b.iter(|| plan(black_box(&s))));
    c.bench_function("timeline_6x20_60m", |b| b.iter(|| timeline(black_box(&s))));
    c.bench_function("backward_6x20", |b| b.iter(|| backward(black_box(&s))));
    c.bench_function("sensitivity_6x20", |b| {
        b.iter(|| sensitivity(black_box(&s)))
    });
    c.bench_function("validate_6x20", |b| b.iter(|| black_box(&s).validate()));
    let p = plan(&s);
    c.bench_function("explain_6x20", |b| b.iter(|| explain(black_box(&s), &p)));
    c.bench_function("full_report_6x20_60m", |b| b.iter(|| report(black_box(&s))));
    let today = tierplan::model::fiscal::YearMonth {
        year: 2027,
        month: 1,
    };
    c.bench_function("fiscal_view_6x20", |b| {
        b.iter(|| tierplan::model::fiscal_view::fiscal_view(black_box(&s), today))
    });
}

fn keystroke(c: &mut Criterion) {
    let fresh = Workspace::new(big_scenario());
    // 100 undo steps: alternating between two fields makes each edit a step.
    let mut full = fresh.clone();
    for i in 0..100 {
        let field = if i % 2 == 0 {
            TeamField::HoursPerWeek
        } else {
            TeamField::WorkingWeeks
        };
        full = full.apply(WorkspaceAction::EditNumber(
            Input::Team(field),
            format!("{}", 30 + i % 7),
        ));
    }
    assert!(full.can_undo());
    let digit = || WorkspaceAction::EditNumber(Input::Team(TeamField::HoursPerWeek), "41".into());
    c.bench_function("keystroke_6x20_empty_history", |b| {
        b.iter(|| black_box(&fresh).apply(digit()))
    });
    c.bench_function("keystroke_6x20_100_undo_steps", |b| {
        b.iter(|| black_box(&full).apply(digit()))
    });
}

criterion_group!(benches, engine, keystroke);
criterion_main!(benches);
