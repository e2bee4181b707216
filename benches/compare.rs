//! Benchmark of comparing scenarios side by side.
//!
//! Run with: `cargo bench --bench compare`
//!
//! `compare_4x_6x20` is the target figure: the comparison of four 6-tier,
//! 20-touch scenarios (the link `tests/bench/six-tiers-twenty-touches.query`
//! and three alternatives that each change one tier's customers and one
//! touch): each scenario's plan, backward plan and timeline, every figure's
//! difference from the base and what differs in the inputs. Target: at most
//! 3 ms natively. `compare_4x_6x20_exports` adds the CSV tables and the
//! Markdown memo. `figures_6x20` is what the page works out for the edited
//! scenario once typing pauses (its plan, backward plan, timeline and
//! coverage gap); `figures_6x20_ranges` the same with a range on one input
//! (2,000 samples): the column's P10 to P90, off the keystroke path.
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use tierplan::export::compare::{compare_csv_files, compare_markdown};
use tierplan::link::{decode, query_of};
use tierplan::model::compare::differs::differs;
use tierplan::model::compare::{compare, compare_with, ScenarioFigures};
use tierplan::model::fiscal::YearMonth;
use tierplan::model::Scenario;

const TODAY: YearMonth = YearMonth {
    year: 2027,
    month: 1,
};

/// The four scenarios: the 6 x 20 link as the base, and three alternatives.
fn four() -> Vec<Scenario> {
    let query = include_str!("../tests/bench/six-tiers-twenty-touches.query");
    let base = decode(query_of(query.trim()))
        .expect("the bench link opens")
        .scenario;
    assert!(base.tiers.len() == 6 && base.tiers.iter().all(|t| t.touches.len() >= 20));
    (0..4)
        .map(|k| {
            let mut s = base.clone();
            s.name = format!("Scenario {}", k + 1);
            if k > 0 {
                s.tiers[k].customers *= 1.0 + k as f64 / 10.0;
                s.tiers[k - 1].touches[k].hours += 0.5;
            }
            s
        })
        .collect()
}

fn comparison(c: &mut Criterion) {
    let scenarios = four();
    c.bench_function("compare_4x_6x20", |b| {
        b.iter(|| compare(black_box(&scenarios), TODAY))
    });
    c.bench_function("compare_4x_6x20_exports", |b| {
        b.iter(|| {
            let cmp = compare(black_box(&scenarios), TODAY).unwrap();
            (compare_csv_files(&cmp, true), compare_markdown(&cmp, true))
        })
    });
}

/// What the page does on a keystroke in a four-scenario comparison: the
/// edited scenario's figures are new, the others kept, and the comparison
/// is built from them (`compare_with_kept_4x_6x20`); and its part that
/// reads every input, what differs between two 6 x 20 scenarios.
fn keystroke(c: &mut Criterion) {
    let scenarios = four();
    let figures: Vec<ScenarioFigures> = scenarios
        .iter()
        .map(|s| ScenarioFigures::of(s, TODAY))
        .collect();
    let pairs: Vec<(&Scenario, &ScenarioFigures)> = scenarios.iter().zip(&figures).collect();
    c.bench_function("compare_with_kept_4x_6x20", |b| {
        b.iter(|| compare_with(black_box(&pairs)))
    });
    c.bench_function("differs_6x20", |b| {
        b.iter(|| differs(black_box(&scenarios[0]), black_box(&scenarios[3])))
    });
}

/// One scenario's figures, without and with ranges.
fn figures(c: &mut Criterion) {
    let mut s = four().remove(0);
    c.bench_function("figures_6x20", |b| {
        b.iter(|| ScenarioFigures::of(black_box(&s), TODAY))
    });
    s.uncertainty.ranges = vec![tierplan::model::uncertainty::RangeEntry {
        path: "tiers.0.customers".into(),
        low: s.tiers[0].customers * 0.8,
        high: s.tiers[0].customers * 1.3,
        shape: tierplan::model::uncertainty::Shape::Triangular,
    }];
    assert!(ScenarioFigures::of(&s, TODAY)
        .ranges
        .is_some_and(|r| r.people.is_some()));
    c.bench_function("figures_6x20_ranges", |b| {
        b.iter(|| ScenarioFigures::of(black_box(&s), TODAY))
    });
}

criterion_group!(benches, comparison, keystroke, figures);
criterion_main!(benches);
