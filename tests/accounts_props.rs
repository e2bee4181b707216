//! Properties of the account import (proptest): scoring, overrides,
//! aggregates, the CSV reader, and the tiered export read back.

mod common;

use proptest::collection::vec;
use proptest::prelude::*;
use tierplan::accounts::date::ymd_from_days;
use tierplan::accounts::{
    aggregate, assign, guess_mapping, read_accounts, read_table, sample_csv, score, tiered_csv,
    Account, Table, TableReader,
};
use tierplan::model::tiering::{tier_of, Criteria, Criterion, TierRule, Tiering};

fn criteria(lo: f64, hi: f64) -> impl Strategy<Value = Criteria> {
    (lo..hi, lo..hi, lo..hi, lo..hi, lo..hi, lo..hi).prop_map(
        |(arr, employees, products, complexity, strategic, health)| Criteria {
            arr,
            employees,
            products,
            complexity,
            strategic,
            health,
        },
    )
}

fn tiering() -> impl Strategy<Value = Tiering> {
    (
        prop_oneof![Just(TierRule::Arr), Just(TierRule::Score)],
        criteria(-100.0, 100.0),
        criteria(0.5, 2_000_000.0),
    )
        .prop_map(|(rule, weights, full_at)| Tiering {
            rule,
            weights,
            full_at,
        })
}

fn maybe(lo: f64, hi: f64) -> impl Strategy<Value = Option<f64>> {
    prop_oneof![Just(None), (lo..hi).prop_map(Some)]
}

fn account() -> impl Strategy<Value = Account> {
    (
        (0u32..3_000_000).prop_map(f64::from),
        maybe(0.0, 20_000.0),
        maybe(0.0, 10.0),
        maybe(0.0, 6.0),
        any::<bool>(),
        maybe(0.0, 100.0),
        prop::option::of(19_000i32..21_000),
        prop::option::of(19_000i32..21_000),
        prop::option::of(0u8..4),
        prop::option::of(0u8..8),
    )
        .prop_map(
            |(
                arr,
                employees,
                products,
                complexity,
                strategic,
                health,
                since,
                renewal,
                current_tier,
                override_tier,
            )| Account {
                row: 0,
                arr,
                employees,
                products,
                complexity,
                strategic,
                health,
                since,
                renewal,
                current_tier,
                override_tier,
            },
        )
}

/// Cut-offs for 1 to 6 tiers, most valuable first (falling).
fn cutoffs() -> impl Strategy<Value = Vec<f64>> {
    vec(0.0..3_000_000.0f64, 1..=6).prop_map(|mut c| {
        c.sort_by(|a, b| b.total_cmp(a));
        c
    })
}

/// The account with one criterion raised by `step` (strategic: set).
fn raised(a: &Account, c: Criterion, step: f64) -> Account {
    let mut b = a.clone();
    let up = |v: Option<f64>| Some(v.unwrap_or(0.0) + step);
    match c {
        Criterion::Arr => b.arr += step,
        Criterion::Employees => b.employees = up(b.employees),
        Criterion::Products => b.products = up(b.products),
        Criterion::Complexity => b.complexity = up(b.complexity),
        Criterion::Strategic => b.strategic = true,
        Criterion::Health => b.health = up(b.health),
    }
    b
}

/// A cell for the CSV round trip: any text but NUL, often with delimiters,
/// quotes and line breaks.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9 ]{0,6}",
        "[a-zA-Z0-9 ,;\t\"\r\n'=é€<>-]{0,12}",
        "\\PC{0,8}".prop_map(|s: String| s.replace('\0', "")),
    ]
}

#[derive(Clone, Debug)]
struct Written {
    csv: Vec<u8>,
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
}

/// Writes cells as CSV with a delimiter, line end and quoting of its own.
fn write_csv(
    headers: &[String],
    rows: &[Vec<String>],
    delimiter: char,
    line_end: &str,
    quote_all: bool,
    sep_line: bool,
) -> Vec<u8> {
    let field = |c: &str| {
        let needs = c.contains([',', ';', '\t', '"', '\r', '\n']);
        if needs || (quote_all && !c.is_empty()) {
            format!("\"{}\"", c.replace('"', "\"\""))
        } else {
            c.to_string()
        }
    };
    let mut out = String::new();
    if sep_line {
        out.push_str(&format!("sep={delimiter}{line_end}"));
    }
    for row in std::iter::once(headers).chain(rows.iter().map(Vec::as_slice)) {
        let cells: Vec<String> = row.iter().map(|c| field(c)).collect();
        out.push_str(&cells.join(&delimiter.to_string()));
        out.push_str(line_end);
    }
    out.into_bytes()
}

fn table_cells(t: &Table) -> Vec<Vec<String>> {
    (0..t.len())
        .map(|r| {
            (0..t.headers().len())
                .map(|c| t.cell(r, c).to_string())
                .collect()
        })
        .collect()
}

fn written() -> impl Strategy<Value = Written> {
    (2usize..6).prop_flat_map(|n| {
        (
            vec("[A-Za-z]{1,8}", n),
            vec(vec(cell(), n), 0..12),
            prop_oneof![Just(','), Just(';'), Just('\t')],
            prop_oneof![Just("\n"), Just("\r\n"), Just("\r")],
            any::<bool>(),
            any::<bool>(),
        )
            .prop_map(|(headers, rows, d, end, quote_all, sep)| {
                let csv = write_csv(&headers, &rows, d, end, quote_all, sep);
                // Rows read back: blank rows and header repeats are skipped.
                let blank = |r: &Vec<String>| r.iter().all(|c| c.trim_ascii().is_empty());
                let repeat = |r: &Vec<String>| {
                    r.iter()
                        .zip(&headers)
                        .all(|(c, h)| c.trim_ascii().eq_ignore_ascii_case(h))
                };
                let rows = rows
                    .into_iter()
                    .filter(|r| !blank(r) && !repeat(r))
                    .collect();
                Written { csv, headers, rows }
            })
    })
}

fn chunked(bytes: &[u8], cuts: &[usize]) -> Result<Table, tierplan::accounts::ImportError> {
    let mut reader = TableReader::new();
    let mut at = 0;
    let mut cuts: Vec<usize> = cuts.iter().map(|c| c % (bytes.len() + 1)).collect();
    cuts.sort_unstable();
    for cut in cuts {
        reader.feed(&bytes[at..cut])?;
        at = cut;
    }
    reader.feed(&bytes[at..])?;
    reader.finish()
}

fn tier_names(n: usize) -> Vec<String> {
    [
        "High touch",
        "Low touch",
        "Tech touch",
        "Scale",
        "=Pooled",
        "Digital",
    ][..n]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

proptest! {
    #![proptest_config(common::config(64))]

    #[test]
    fn cell_readers_never_panic_and_give_finite_values(
        cells in vec(prop_oneof![
            "\\PC{0,12}",
            "[-+($€ 0-9.,'kKmMbB%)eE/:T]{0,14}",
            "[0-9]{1,4}[-/. ][0-9A-Za-z]{1,9}[-/. ,]{1,2}[0-9]{1,4}",
        ], 1..12),
    ) {
        use tierplan::accounts::{
            detect_date_order, detect_decimal_mark, parse_amount, parse_date, parse_number,
            DateOrder, DecimalMark,
        };
        let mark = detect_decimal_mark(cells.iter().map(String::as_str));
        let order = detect_date_order(cells.iter().map(String::as_str));
        for c in &cells {
            for m in [mark, DecimalMark::Dot, DecimalMark::Comma] {
                for v in [parse_amount(c, m), parse_number(c, m)] {
                    match v {
                        Ok(Some(x)) => prop_assert!(x.is_finite(), "{c:?} -> {x}"),
                        Ok(None) => {}
                        Err(reason) => prop_assert!(!reason.is_empty() && reason.len() < 200),
                    }
                }
            }
            for o in [order, DateOrder::YearFirst, DateOrder::MonthFirst, DateOrder::DayFirst] {
                if let Ok(Some(d)) = parse_date(c, o) {
                    let (y, _, _) = ymd_from_days(d);
                    prop_assert!((1000..=9999).contains(&y));
                }
            }
        }
        let _ = guess_mapping(&cells);
    }

    #[test]
    fn the_whole_import_never_panics(
        header in prop_oneof![
            Just("Name,ARR,Employees,Strategic,Customer since,Renewal,Tier,Override\n"),
            Just("Company;MRR;# Products;Complexity;Health;Region;Segment\n"),
            Just("Account\tACV\tIndustry\tStart date\tContract end\tKey account\n"),
        ],
        body in vec(prop_oneof![
            Just(b','), Just(b';'), Just(b'\t'), Just(b'"'), Just(b'\r'), Just(b'\n'),
            Just(b'-'), Just(b'/'), Just(b'.'), Just(b'$'), Just(b'k'), Just(b'M'),
            Just(b' '), Just(0xC3), Just(0xA9), b'0'..=b'9', b'a'..=b'z',
        ], 0..800),
        t in tiering(),
        cut in cutoffs(),
        as_of in 0i32..40_000,
    ) {
        let mut bytes = header.as_bytes().to_vec();
        bytes.extend_from_slice(&body);
        let Ok(table) = read_table(&bytes) else { return Ok(()) };
        let mapping = guess_mapping(table.headers());
        let names = tier_names(cut.len());
        let Ok(read) = read_accounts(&table, &mapping, &names) else { return Ok(()) };
        let s = assign(&read.accounts, &t, &cut);
        for (a, x) in read.accounts.iter().zip(&s) {
            prop_assert!(a.arr.is_finite() && a.arr >= 0.0);
            prop_assert!(x.score.is_finite());
            let why = tierplan::accounts::reason(a, x, &t, &cut, &names, "EUR");
            prop_assert!(!why.contains("NaN") && !why.contains("inf"), "{why}");
        }
        let agg = aggregate(&read.accounts, &s, cut.len(), as_of);
        prop_assert_eq!(agg.tiers.iter().map(|g| g.customers).sum::<f64>(), s.len() as f64);
        let _ = tierplan::accounts::review(&read.accounts, &s, &cut, cut.len());
        for key in [
            tierplan::accounts::SortKey::Name,
            tierplan::accounts::SortKey::Distance,
        ] {
            let filter = tierplan::accounts::Filter {
                text: "a".into(),
                ..Default::default()
            };
            let rows = tierplan::accounts::view_rows(
                &table, &mapping, &read.accounts, &s, &cut, &filter, key, true,
            );
            prop_assert!(rows.len() <= s.len());
        }
        let csv = tiered_csv(&table, &read.accounts, &s, &t, &cut, &names, "EUR");
        prop_assert!(read_table(csv.as_bytes()).is_ok());
    }

    #[test]
    fn score_is_monotone_in_each_column(
        t in tiering(),
        a in account(),
        k in 0usize..6,
        step in 0.0..50_000.0f64,
    ) {
        let c = Criterion::ALL[k];
        let (before, after) = (score(&a, &t), score(&raised(&a, c, step), &t));
        prop_assert!(before.is_finite() && after.is_finite());
        let w = t.weights.get(c);
        if w >= 0.0 {
            prop_assert!(after >= before - 1e-9, "{c:?} weight {w}: {before} -> {after}");
        } else {
            prop_assert!(after <= before + 1e-9, "{c:?} weight {w}: {before} -> {after}");
        }
    }

    #[test]
    fn overrides_always_win(
        t in tiering(),
        accounts in vec(account(), 0..40),
        cut in cutoffs(),
    ) {
        let s = assign(&accounts, &t, &cut);
        prop_assert_eq!(s.len(), accounts.len());
        for (a, x) in accounts.iter().zip(&s) {
            let value = match t.rule {
                TierRule::Arr => a.arr,
                TierRule::Score => score(a, &t),
            };
            prop_assert_eq!(x.rule_tier as usize, tier_of(&cut, value));
            match a.override_tier {
                Some(o) => {
                    prop_assert!(x.overridden);
                    prop_assert_eq!(x.tier as usize, (o as usize).min(cut.len() - 1));
                }
                None => {
                    prop_assert!(!x.overridden);
                    prop_assert_eq!(x.tier, x.rule_tier);
                }
            }
        }
    }

    #[test]
    fn aggregates_equal_the_sum_of_rows(
        t in tiering(),
        accounts in vec(account(), 0..60),
        cut in cutoffs(),
        as_of in 19_500i32..20_500,
    ) {
        let s = assign(&accounts, &t, &cut);
        let n = cut.len();
        let agg = aggregate(&accounts, &s, n, as_of);
        prop_assert_eq!(agg.tiers.len(), n);
        let (ay, am, _) = ymd_from_days(as_of);
        for (tier, g) in agg.tiers.iter().enumerate() {
            let rows: Vec<&Account> = accounts
                .iter()
                .zip(&s)
                .filter(|(_, x)| x.tier as usize == tier)
                .map(|(a, _)| a)
                .collect();
            prop_assert_eq!(g.customers, rows.len() as f64);
            // Whole-dollar ARR: the sum is exact.
            prop_assert_eq!(g.arr, rows.iter().map(|a| a.arr).sum::<f64>());
            let first_year = rows
                .iter()
                .filter(|a| a.since.is_some_and(|d| d <= as_of && as_of - d < 365))
                .count();
            prop_assert_eq!(g.first_year, first_year as f64);
            let dated = rows.iter().filter(|a| a.renewal.is_some()).count();
            prop_assert_eq!(g.renewals_by_month.iter().sum::<f64>(), dated as f64);
            for (k, &count) in g.renewals_by_month.iter().enumerate() {
                // Month k of the year from the as-of month has this calendar month.
                let month = (am as usize - 1 + k) % 12 + 1;
                let want = rows
                    .iter()
                    .filter_map(|a| a.renewal)
                    .filter(|&d| ymd_from_days(d).1 as usize == month)
                    .count();
                prop_assert_eq!(count, want as f64, "month {} of {}", k, ay);
            }
        }
        let total: f64 = agg.tiers.iter().map(|g| g.customers).sum();
        prop_assert_eq!(total, accounts.len() as f64);
    }

    #[test]
    fn csv_cells_read_back_identical(w in written(), cuts in vec(any::<usize>(), 0..6)) {
        let table = read_table(&w.csv);
        let table = table.map_err(|e| TestCaseError::fail(format!("{e:?}: {:?}", String::from_utf8_lossy(&w.csv))))?;
        prop_assert_eq!(table.headers(), w.headers.as_slice());
        prop_assert!(table.problems().is_empty(), "{:?}", table.problems());
        prop_assert_eq!(table_cells(&table), w.rows.clone());
        prop_assert_eq!(chunked(&w.csv, &cuts), Ok(table));
    }

    #[test]
    fn the_reader_never_panics_and_ignores_chunk_boundaries(
        bytes in prop_oneof![
            vec(any::<u8>(), 0..600),
            vec(prop_oneof![
                Just(b','), Just(b';'), Just(b'\t'), Just(b'"'), Just(b'\r'), Just(b'\n'),
                Just(0u8), Just(0xEF), Just(0xBB), Just(0xBF), Just(0xE2), b'a'..=b'e',
            ], 0..600),
        ],
        cuts in vec(any::<usize>(), 0..8),
    ) {
        let whole = read_table(&bytes);
        prop_assert_eq!(chunked(&bytes, &cuts), whole.clone());
        if let Ok(t) = whole {
            for r in 0..t.len() {
                prop_assert!(t.line(r) >= 1);
                for c in 0..t.headers().len() {
                    prop_assert!(!t.cell(r, c).contains('\0'));
                }
            }
        }
    }

    #[test]
    fn the_tiered_export_reads_back_to_the_same_tiers(
        t in tiering(),
        seed in any::<u64>(),
        rows in 1usize..80,
        cut in cutoffs(),
        overrides in vec((any::<prop::sample::Index>(), 0u8..6), 0..10),
    ) {
        let n = cut.len();
        let names = tier_names(n);
        let cut: Vec<f64> = match t.rule {
            TierRule::Arr => cut,
            TierRule::Score => cut.iter().map(|c| c / 30_000.0).collect(),
        };
        let table = read_table(sample_csv(rows, seed).as_bytes()).unwrap();
        let mapping = guess_mapping(table.headers());
        let mut accounts = read_accounts(&table, &mapping, &names).unwrap().accounts;
        for (index, tier) in &overrides {
            let k = index.index(accounts.len());
            accounts[k].override_tier = Some(tier % n as u8);
        }
        let before = assign(&accounts, &t, &cut);
        let csv = tiered_csv(&table, &accounts, &before, &t, &cut, &names, "USD");

        let again = read_table(csv.as_bytes()).unwrap();
        prop_assert!(again.problems().is_empty());
        let remap = guess_mapping(again.headers());
        let read = read_accounts(&again, &remap, &names).unwrap();
        prop_assert!(read.skipped.is_empty(), "{:?}", read.skipped);
        let after = assign(&read.accounts, &t, &cut);
        let tiers = |s: &[tierplan::accounts::Assignment]| -> Vec<(u8, u8, bool)> {
            s.iter().map(|x| (x.tier, x.rule_tier, x.overridden)).collect()
        };
        prop_assert_eq!(tiers(&after), tiers(&before));
        // The tier written becomes the current tier.
        let current: Vec<Option<u8>> = read.accounts.iter().map(|a| a.current_tier).collect();
        let written: Vec<Option<u8>> = before.iter().map(|x| Some(x.tier)).collect();
        prop_assert_eq!(current, written);
    }
}

proptest! {
    #![proptest_config(common::config(12))]

    /// Inputs past the sniffing sample (64 KiB) with stray quotes and line
    /// ends: quotes left open past the cell limit are re-scanned, and the
    /// result still does not depend on where the chunks were cut.
    #[test]
    fn large_inputs_with_stray_quotes_ignore_chunk_boundaries(
        rows in 5_000usize..20_000,
        strays in vec((any::<prop::sample::Index>(), prop_oneof![
            Just(b'"'), Just(b'\r'), Just(b'\n'), Just(b','), Just(0xE2u8),
        ]), 0..12),
        cuts in vec(any::<usize>(), 0..40),
    ) {
        let mut bytes = b"Name,ARR,Region\n".to_vec();
        for k in 0..rows {
            bytes.extend_from_slice(format!("Account {k},{k},EMEA\r\n").as_bytes());
        }
        for (at, b) in &strays {
            let i = 20 + at.index(bytes.len() - 20);
            bytes.insert(i, *b);
        }
        // Two stray quotes may rightly make one cell of the lines between
        // them: only the independence from the chunks is asserted.
        let whole = read_table(&bytes).unwrap();
        prop_assert!(whole.len() >= rows.min(1));
        prop_assert_eq!(chunked(&bytes, &cuts), Ok(whole));
    }
}
