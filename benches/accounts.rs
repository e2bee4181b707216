//! Benchmark of the account import, natively: a list of 100,000 rows from
//! `sample_csv`, read, mapped, tiered, summed, reviewed and sorted.
//!
//! Run with: `cargo bench --bench accounts`
//!
//! `pipeline_100k` is the target figure: bytes -> table -> accounts ->
//! tiers (score rule) -> per-tier aggregates, the work the page does between
//! a dropped file and its headcount (target: under 1 s in headless Chromium,
//! measured by the page's own timing harness; this is the native share).
//! `view_rows_sort_score_100k` is what each click on a column head costs.
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use std::time::Duration;
use tierplan::accounts::{
    aggregate, assign, days_from_ymd, guess_mapping, read_table, review, sample_csv, tiered_csv,
    view_rows, AccountsRead, Filter, ReadPlan, SortKey, TableReader,
};
use tierplan::model::tiering::{TierRule, Tiering};

const ROWS: usize = 100_000;

fn accounts(c: &mut Criterion) {
    let csv = sample_csv(ROWS, 1);
    let bytes = csv.as_bytes();
    let names: Vec<String> = ["High touch", "Low touch", "Tech touch"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let tiering = Tiering {
        rule: TierRule::Score,
        ..Tiering::default()
    };
    let cutoffs = [60.0, 30.0, 0.0];
    let as_of = days_from_ymd(2026, 1, 1);

    let table = read_table(bytes).unwrap();
    let mapping = guess_mapping(table.headers());
    let plan = ReadPlan::new(&table, &mapping, &names).unwrap();
    let mut read = AccountsRead::default();
    plan.read(&table, 0..table.len(), &mut read);
    assert_eq!(read.accounts.len(), ROWS);
    let tiers = assign(&read.accounts, &tiering, &cutoffs);

    let mut g = c.benchmark_group("accounts");
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    g.bench_function("read_table_100k", |b| {
        b.iter(|| read_table(black_box(bytes)).unwrap())
    });
    g.bench_function("read_table_100k_in_1mib_chunks", |b| {
        b.iter(|| {
            let mut reader = TableReader::new();
            for chunk in black_box(bytes).chunks(1 << 20) {
                reader.feed(chunk).unwrap();
            }
            reader.finish().unwrap()
        })
    });
    g.bench_function("read_accounts_100k", |b| {
        b.iter(|| {
            let plan = ReadPlan::new(&table, &mapping, &names).unwrap();
            let mut out = AccountsRead::default();
            plan.read(black_box(&table), 0..table.len(), &mut out);
            out
        })
    });
    g.bench_function("assign_score_100k", |b| {
        b.iter(|| assign(black_box(&read.accounts), &tiering, &cutoffs))
    });
    g.bench_function("aggregate_100k", |b| {
        b.iter(|| aggregate(black_box(&read.accounts), &tiers, 3, as_of))
    });
    g.bench_function("review_100k", |b| {
        b.iter(|| review(black_box(&read.accounts), &tiers, &cutoffs, 3))
    });
    g.bench_function("pipeline_100k", |b| {
        b.iter(|| {
            let table = read_table(black_box(bytes)).unwrap();
            let mapping = guess_mapping(table.headers());
            let plan = ReadPlan::new(&table, &mapping, &names).unwrap();
            let mut out = AccountsRead::default();
            plan.read(&table, 0..table.len(), &mut out);
            let tiers = assign(&out.accounts, &tiering, &cutoffs);
            aggregate(&out.accounts, &tiers, 3, as_of)
        })
    });
    let all = Filter::default();
    g.bench_function("view_rows_sort_score_100k", |b| {
        b.iter(|| {
            view_rows(
                &table,
                &mapping,
                &read.accounts,
                &tiers,
                &cutoffs,
                black_box(&all),
                SortKey::Score,
                true,
            )
        })
    });
    g.bench_function("view_rows_sort_name_100k", |b| {
        b.iter(|| {
            view_rows(
                &table,
                &mapping,
                &read.accounts,
                &tiers,
                &cutoffs,
                black_box(&all),
                SortKey::Name,
                false,
            )
        })
    });
    let text = Filter {
        text: "robotics".into(),
        ..Filter::default()
    };
    g.bench_function("view_rows_filter_text_100k", |b| {
        b.iter(|| {
            view_rows(
                &table,
                &mapping,
                &read.accounts,
                &tiers,
                &cutoffs,
                black_box(&text),
                SortKey::Line,
                false,
            )
        })
    });
    g.bench_function("tiered_csv_100k", |b| {
        b.iter(|| {
            tiered_csv(
                &table,
                black_box(&read.accounts),
                &tiers,
                &tiering,
                &cutoffs,
                &names,
                "USD",
            )
        })
    });
    g.finish();
}

criterion_group!(benches, accounts);
criterion_main!(benches);
