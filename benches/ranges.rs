//! Benchmark of the range analysis (P10 / P50 / P90 by Latin hypercube
//! sampling).
//!
//! Run with: `cargo bench --bench ranges`
//!
//! `ranges_6x20_2000_samples` is the target figure: the whole analysis of
//! the 6-tier, 20-touch scenario of `tests/bench/six-tiers-twenty-touches.query`
//! (60-month horizon) with 12 ranges and 2,000 samples: sampling, the plan of
//! every sample, the percentiles, the chances, what the budget holds, the
//! words, the tornado and the timeline's fan (100 of the samples planned
//! month by month). Target: at most 50 ms natively.
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use tierplan::model::inputs::{Input, ItemField, TeamField, TierField};
use tierplan::model::uncertainty::{analyse, Range, Shape, Uncertainty};
use tierplan::model::{Role, Scenario};

/// The benchmark scenario, read from its link.
fn scenario() -> Scenario {
    let query = include_str!("../tests/bench/six-tiers-twenty-touches.query").trim();
    tierplan::link::decode(query)
        .expect("the benchmark link reads")
        .scenario
}

/// A range from 80% to 120% of the input's value, `shape` shaped.
fn around(s: &Scenario, input: Input, shape: Shape) -> Range {
    let v = input.get(s);
    Range::new(input, input.clamp(v * 0.8), input.clamp(v * 1.2), shape)
}

/// Twelve ranges: team time, every tier's customers, touch hours, a
/// trigger's rate, a program's cohort and the CSM cost.
fn ranges(s: &Scenario) -> Vec<Range> {
    let mut out = vec![
        around(s, Input::Team(TeamField::HoursPerWeek), Shape::Normal),
        around(s, Input::Team(TeamField::Reactive), Shape::Triangular),
        around(s, Input::RoleCost(Role::Csm), Shape::Uniform),
        around(s, Input::Touch(0, 1, ItemField::Hours), Shape::Triangular),
        around(s, Input::Trigger(1, 0, ItemField::PerYear), Shape::Uniform),
        around(s, Input::Program(2, 0, ItemField::Reach), Shape::Normal),
    ];
    out.extend(
        (0..s.tiers.len().min(6))
            .map(|i| around(s, Input::Tier(i, TierField::Customers), Shape::Uniform)),
    );
    out
}

fn bench(c: &mut Criterion) {
    let mut s = scenario();
    assert_eq!(s.tiers.len(), 6);
    s.growth.horizon_months = 60;
    let u = Uncertainty {
        ranges: ranges(&s),
        ..Uncertainty::default()
    };
    assert!(u.problems(&s).is_empty(), "{:?}", u.problems(&s));
    c.bench_function("ranges_6x20_2000_samples", |b| {
        b.iter(|| analyse(black_box(&s), black_box(&u)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
