//! Benchmark of the calculation engine (extended by the engine work).
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use tierplan::model::capacity::TeamTime;

fn capacity(c: &mut Criterion) {
    let team = TeamTime::default();
    c.bench_function("proactive_hours_per_year", |b| {
        b.iter(|| black_box(&team).proactive_hours_per_year())
    });
}

criterion_group!(benches, capacity);
criterion_main!(benches);
