//! The command line's ranges (`--range`, `--samples`, `--seed`), run as a
//! real binary: the same seed prints the same numbers, the printed
//! percentiles are the engine's, and every mistake is a plain message with
//! exit status 2.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/binary.rs"]
mod binary;

use binary::{run, text};

use tierplan::link::encode;
use tierplan::model::inputs::{Input, TeamField, TierField};
use tierplan::model::uncertainty::{analyse, Range, Shape, Uncertainty};
use tierplan::model::Scenario;

const CUSTOMERS: &str = "tiers.0.customers=30..60";
const HOURS: &str = "team.hours_per_week=36..42:normal";

/// The engine's analysis of the default scenario with [`CUSTOMERS`] and
/// [`HOURS`], `samples` samples and `seed`.
fn engine(samples: usize, seed: u64) -> tierplan::model::uncertainty::Analysis {
    let u = Uncertainty {
        samples,
        seed,
        ranges: vec![
            Range::new(
                Input::Tier(0, TierField::Customers),
                30.0,
                60.0,
                Shape::Uniform,
            ),
            Range::new(
                Input::Team(TeamField::HoursPerWeek),
                36.0,
                42.0,
                Shape::Normal,
            ),
        ],
    };
    analyse(&Scenario::default(), &u).unwrap()
}

#[test]
fn the_same_seed_prints_the_same_numbers_in_every_format() {
    let link = encode(&Scenario::default());
    for format in ["table", "json", "csv", "markdown"] {
        let args = [
            "--format", format, "--range", CUSTOMERS, "--range", HOURS, "--seed", "7", &link,
        ];
        let first = run(&args);
        assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
        let second = run(&args);
        assert_eq!(first.stdout, second.stdout, "{format}");
        assert!(text(&first.stdout).contains("P90"), "{format}");
    }
    // Another seed draws other samples.
    let a = run(&[
        "--format", "json", "--range", CUSTOMERS, "--seed", "1", &link,
    ]);
    let b = run(&[
        "--format", "json", "--range", CUSTOMERS, "--seed", "2", &link,
    ]);
    assert_ne!(a.stdout, b.stdout);
}

#[test]
fn the_json_percentiles_are_the_engines() {
    let link = encode(&Scenario::default());
    let out = run(&[
        "--format",
        "json",
        "--range",
        CUSTOMERS,
        "--range",
        HOURS,
        "--samples",
        "500",
        "--seed",
        "3",
        &link,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let want = serde_json::to_value(engine(500, 3)).unwrap();
    assert_eq!(v["ranges"], want);
    // The report is still all there, its members in their order, then the ranges.
    assert!(v["plan"]["totals"]["headcount"].is_u64());
    let plain = run(&["--format", "json", &link]);
    let with = text(&out.stdout);
    let without = text(&plain.stdout);
    let report_part = without.trim_end().trim_end_matches('}').trim_end();
    assert!(
        with.starts_with(report_part),
        "the report's members keep their order"
    );
    assert!(with[report_part.len()..]
        .trim_start()
        .starts_with(",\n  \"ranges\""));
}

#[test]
fn the_csv_and_table_print_the_engines_percentiles() {
    let a = engine(2000, 1);
    let link = encode(&Scenario::default());
    let out = run(&[
        "--format", "csv", "--table", "ranges", "--range", CUSTOMERS, "--range", HOURS, &link,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("Figure,Unit,P10,P50,P90"));
    let people = format!(
        "People needed,people,{},{},{}",
        a.people.p10, a.people.p50, a.people.p90
    );
    assert_eq!(lines.next(), Some(people.as_str()), "{csv}");
    let out = run(&["--range", CUSTOMERS, "--range", HOURS, &link]);
    let table = text(&out.stdout);
    assert!(table.contains("How sure: P10, P50 and P90 (2,000 samples, seed 1)"));
    assert!(table.contains(&a.headline), "{table}");
    let out = run(&[
        "--format", "markdown", "--range", CUSTOMERS, "--range", HOURS, &link,
    ]);
    assert!(text(&out.stdout).contains("## How sure"));
}

#[test]
fn mistakes_name_the_option_and_exit_2() {
    let link = encode(&Scenario::default());
    for (args, says) in [
        (
            vec!["--range", "tiers.9.customers=1..2"],
            "--range tiers.9.customers=1..2: \"tiers.9.customers\" is not a number",
        ),
        (
            vec!["--range", "managers.span=6..9"],
            "Span of control: this field cannot take a range",
        ),
        (
            vec!["--range", "tiers.0.customers=45..35"],
            "the low end (45) is above the high end (35)",
        ),
        (
            vec!["--range", "team.hours_per_week=0..200"],
            "the high end, 200, is outside",
        ),
        (
            vec!["--range", "tiers.0.customers=35-45"],
            "--range tiers.0.customers=35-45: no \"..\"",
        ),
        (
            vec!["--range", "tiers.0.customers=1..2:wide"],
            "unknown shape \"wide\"",
        ),
        (
            vec!["--samples", "0", "--range", CUSTOMERS],
            "--samples 0: give a whole number",
        ),
        (
            vec!["--seed", "-1", "--range", CUSTOMERS],
            "--seed -1: give a whole number",
        ),
        (vec!["--seed", "4"], "--samples and --seed go with --range"),
    ] {
        let mut all = args.clone();
        all.push(&link);
        let out = run(&all);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = text(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    let out = run(&[&link, "--range"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--range needs a value"));
    // Both ends out of range: one line each.
    let out = run(&["--range", "team.hours_per_week=0..200", &link]);
    assert_eq!(text(&out.stderr).lines().count(), 2);
}

#[test]
fn without_a_range_the_json_is_unchanged() {
    let link = encode(&Scenario::default());
    let out = run(&["--format", "json", &link]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v.get("ranges").is_none());
}

/// The default scenario storing [`CUSTOMERS`] and [`HOURS`] (as the page
/// writes them into its link) with `seed`.
fn storing(seed: u32) -> Scenario {
    use tierplan::model::uncertainty::{RangeEntry, Ranges};
    Scenario {
        uncertainty: Ranges {
            seed,
            ranges: vec![
                RangeEntry {
                    path: "tiers.0.customers".into(),
                    low: 30.0,
                    high: 60.0,
                    shape: Shape::Uniform,
                },
                RangeEntry {
                    path: "team.hours_per_week".into(),
                    low: 36.0,
                    high: 42.0,
                    shape: Shape::Normal,
                },
            ],
            ..Ranges::default()
        },
        ..Scenario::default()
    }
}

#[test]
fn a_link_with_stored_ranges_prints_what_the_same_flags_print() {
    let stored = encode(&storing(7));
    let plain = encode(&Scenario::default());
    for format in ["table", "json", "csv", "markdown"] {
        let from_link = run(&["--format", format, &stored]);
        assert_eq!(
            from_link.status.code(),
            Some(0),
            "{}",
            text(&from_link.stderr)
        );
        let from_flags = run(&[
            "--format", format, "--range", CUSTOMERS, "--range", HOURS, "--seed", "7", &plain,
        ]);
        assert!(text(&from_link.stdout).contains("P90"), "{format}");
        if format == "markdown" {
            // The share link differs only in what it is built from; both
            // carry the ranges. Compare everything but the link lines.
            let cut = |t: String| {
                t.lines()
                    .filter(|l| !l.contains("v=4"))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            assert_eq!(
                cut(text(&from_link.stdout)),
                cut(text(&from_flags.stdout)),
                "{format}"
            );
        } else {
            assert_eq!(from_link.stdout, from_flags.stdout, "{format}");
        }
    }
    let a = engine(2000, 7);
    let out = run(&["--format", "json", &stored]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ranges"]["people"]["p50"].as_f64(), Some(a.people.p50));
}

#[test]
fn flags_replace_a_stored_range_and_its_seed() {
    let stored = encode(&storing(7));
    // A --range on a stored field replaces it; --seed replaces the seed.
    let out = run(&[
        "--format",
        "json",
        "--range",
        "tiers.0.customers=40..41",
        "--seed",
        "2",
        &stored,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ranges = v["ranges"]["ranges"].as_array().unwrap();
    assert_eq!(ranges.len(), 2);
    assert_eq!(ranges[0]["low"].as_f64(), Some(40.0));
    assert_eq!(v["ranges"]["seed"].as_u64(), Some(2));
    // The Markdown's share link carries the ranges the flags added.
    let out = run(&[
        "--format",
        "markdown",
        "--base",
        "https://example.org/",
        "--range",
        CUSTOMERS,
        "--range",
        HOURS,
        "--seed",
        "7",
        &encode(&Scenario::default()),
    ]);
    let md = text(&out.stdout);
    let address = md
        .split(|c: char| c == '(' || c == ')' || c == '<' || c == '>' || c.is_whitespace())
        .find(|w| w.starts_with("https://example.org/?"))
        .expect("a share link");
    let decoded = tierplan::link::decode(address.split_once('?').unwrap().1).unwrap();
    assert_eq!(decoded.scenario.uncertainty, storing(7).uncertainty);
    // --seed alone now goes with the stored ranges.
    let out = run(&["--seed", "3", &stored]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn a_bad_stored_range_is_a_warning_and_the_good_ones_are_sampled() {
    let mut s = storing(1);
    s.uncertainty.ranges[1].low = 45.0; // above its high end
    let out = run(&["--format", "json", &encode(&s)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("warning: the range stored in the link was left out: Hours per week"),
        "{err}"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ranges"]["ranges"].as_array().unwrap().len(), 1);
}
