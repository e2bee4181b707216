//! The command line's plan over time: calendar months, this fiscal year's
//! quarters, the three years and the coverage gap, in every format.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/binary.rs"]
mod binary;

use binary::{run, text};
use tierplan::link::encode;
use tierplan::model::fiscal::YearMonth;
use tierplan::model::fiscal_view::fiscal_view;
use tierplan::model::Scenario;

/// The default plan, started in April 2027 with a fiscal year from April.
fn dated() -> Scenario {
    let mut s = Scenario::default();
    s.calendar.start = "2027-04".into();
    s.calendar.fiscal_year_start_month = 4;
    s
}

#[test]
fn the_table_names_months_quarters_years_and_the_coverage_gap() {
    let out = run(&[&encode(&dated())]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let t = text(&out.stdout);
    assert!(
        t.contains("Starts in April 2027; the fiscal year starts in April."),
        "{t}"
    );
    assert!(
        t.contains("open the requisition in April 2027, start in July 2027"),
        "{t}"
    );
    assert!(
        t.contains("This fiscal year's budget, FY2028 (April 2027 to March 2028)"),
        "{t}"
    );
    for q in [
        "Q1 FY2028",
        "Q2 FY2028",
        "Q3 FY2028",
        "Q4 FY2028",
        "Full-year run rate",
    ] {
        assert!(t.contains(q), "{q}: {t}");
    }
    for y in [
        "FY2028       March 2028",
        "FY2029       March 2029",
        "FY2030       March 2030",
    ] {
        assert!(t.contains(y), "{y}: {t}");
    }
    assert!(t.contains("ARR whose touch model is not covered"), "{t}");
    assert!(!t.contains("no start month"), "{t}");
}

#[test]
fn a_plan_without_a_start_uses_the_current_month_and_says_so() {
    let out = run(&["--today", "2031-02", "v=4"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let t = text(&out.stdout);
    assert!(
        t.contains("This plan has no start month; it starts in February 2031, the current month."),
        "{t}"
    );
    // Without --today, the system clock's month (whatever it is).
    let out = run(&["v=4"]);
    assert!(text(&out.stdout).contains("This plan has no start month; it starts in "));
    // JSON and CSV say it on the error stream, their output stays data.
    let out = run(&["--today", "2031-02", "--format", "csv", "v=4"]);
    assert!(text(&out.stderr).contains("note: This plan has no start month"));
    let out = run(&["--today", "2031-2", "v=4"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--today takes a month as YYYY-MM"));
}

#[test]
fn markdown_json_and_csv_carry_the_same_figures() {
    let s = dated();
    let link = encode(&s);
    let view = fiscal_view(
        &s,
        YearMonth {
            year: 2000,
            month: 1,
        },
    );
    let md = text(&run(&["--format", "markdown", &link]).stdout);
    assert!(md.contains("## Over time"), "{md}");
    assert!(md.contains("### This fiscal year's budget, FY2028 (April 2027 to March 2028)"));
    assert!(md.contains("| Q3 FY2028 |"), "{md}");
    assert!(md.contains("### Three years ahead"), "{md}");
    assert!(
        md.contains("### ARR whose touch model is not covered"),
        "{md}"
    );
    assert!(md.contains(", start in July 2027"), "{md}");

    let out = run(&["--format", "json", &link]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let over = &v["over_time"];
    assert_eq!(over["budget"]["fiscal_year"], 2028);
    assert_eq!(over["outlook"].as_array().unwrap().len(), 3);
    let q3 = over["budget"]["quarters"][2]["by_position"][0]
        .as_f64()
        .unwrap();
    assert!((q3 - view.budget.quarters[2].by_position[0]).abs() < 1e-6);
    assert!(
        v["plan"]["totals"]["headcount"].is_u64(),
        "the report is still there"
    );

    let csv = text(&run(&["--format", "csv", "--table", "budget", &link]).stdout);
    assert!(
        csv.starts_with("Quarter,Months in the plan,CSM cost"),
        "{csv}"
    );
    let total: f64 = csv
        .lines()
        .find(|l| l.starts_with("FY2028 total"))
        .and_then(|l| l.split(',').nth(9))
        .and_then(|c| c.parse().ok())
        .unwrap();
    assert!(
        (total - view.budget.total()).abs() < 0.01,
        "{total} vs {}",
        view.budget.total()
    );
    for table in ["hiring", "years", "coverage"] {
        let out = run(&["--format", "csv", "--table", table, &link]);
        assert_eq!(out.status.code(), Some(0), "{table}");
    }
    let hiring = text(&run(&["--format", "csv", "--table", "hiring", &link]).stdout);
    assert!(
        hiring.contains("April 2027,July 2027,Q2 FY2028"),
        "{hiring}"
    );
}
