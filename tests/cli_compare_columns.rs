//! `tierplan compare` with ranges in a column and the coverage gap, and
//! planning backward's coverage gap, run as a real binary: the same
//! numbers and words as the engine in every output format.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/binary.rs"]
mod binary;

use binary::text;

use tierplan::link::{decode, encode_all, query_of};
use tierplan::model::compare::{compare, figures::Figure, RANGES_KEY};
use tierplan::model::coverage_words::budget_coverage_words;
use tierplan::model::fiscal::YearMonth;
use tierplan::model::uncertainty::{stored_analysis, RangeEntry, Shape};
use tierplan::model::Scenario;

const TODAY: YearMonth = YearMonth {
    year: 2027,
    month: 1,
};

/// "Today" and "Unsure", the latter with a range on high-touch customers
/// and nobody on board yet (so its first months are not covered).
fn pair() -> Vec<Scenario> {
    let base = Scenario {
        name: "Today".into(),
        ..Scenario::default()
    };
    let mut alt = Scenario {
        name: "Unsure".into(),
        ..Scenario::default()
    };
    alt.uncertainty.ranges = vec![RangeEntry {
        path: "tiers.0.customers".into(),
        low: 30.0,
        high: 60.0,
        shape: Shape::Triangular,
    }];
    alt.growth.today.csm = 1.0;
    vec![base, alt]
}

fn link(scenarios: &[Scenario]) -> String {
    format!("https://example.org/tierplan/?{}", encode_all(scenarios))
}

fn run(format: &str, link: &str) -> String {
    let out = binary::run(&["compare", "--today", "2027-01", "--format", format, link]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    text(&out.stdout)
}

#[test]
fn every_format_carries_the_columns_percentiles_and_coverage_gap() {
    let link = link(&pair());
    // The scenarios as the page reads the link.
    let decoded = decode(query_of(&link)).unwrap();
    let mut scenarios = vec![decoded.scenario];
    scenarios.extend(decoded.alternatives);
    let engine = compare(&scenarios, TODAY).unwrap();
    let single = stored_analysis(&scenarios[1]).unwrap();
    let p = single.people;
    assert!(p.p10 < p.p90, "{p:?}");
    let uncovered = engine
        .rows
        .iter()
        .find(|r| r.figure == Figure::Uncovered)
        .unwrap();
    assert!(uncovered.values[1].unwrap() > 0.0, "{uncovered:?}");

    let json: serde_json::Value = serde_json::from_str(&run("json", &link)).unwrap();
    assert_eq!(json, serde_json::to_value(&engine).unwrap());
    assert_eq!(json["scenarios"][1]["ranges"]["people"]["p10"], p.p10);
    assert_eq!(json["scenarios"][1]["ranges"]["people"]["p90"], p.p90);

    let people = format!("7 ({} to {})", p.p10, p.p90);
    let table = run("table", &link);
    assert!(table.contains(&people), "{table}");
    assert!(
        table.contains(&format!("Unsure: {}", single.headline)),
        "{table}"
    );
    assert!(table.contains(RANGES_KEY), "{table}");
    assert!(table.contains(&uncovered.label), "{table}");
    assert!(table.contains(&uncovered.shown[1]), "{table}");

    let md = run("markdown", &link);
    assert!(md.contains(&people), "{md}");
    assert!(md.contains(&uncovered.shown[1]), "{md}");

    let csv = run("csv", &link);
    assert!(
        csv.contains(&format!("\r\nPeople (P10),people,,{},", p.p10)),
        "{csv}"
    );
    assert!(
        csv.contains(&format!("\r\n{},USD,", uncovered.label)),
        "{csv}"
    );
}

#[test]
fn planning_backward_on_the_command_line_states_the_affordable_teams_gap() {
    let mut s = Scenario::default();
    s.budget.csm = 2.0;
    s.budget.associate = 1.0;
    s.budget.pooled = 2.0;
    let words = budget_coverage_words(&s, TODAY).expect("a budget");
    assert!(
        words[0].starts_with("With the people you can afford and no other hires, $"),
        "{words:?}"
    );
    let link = format!(
        "https://example.org/tierplan/?{}&view=backward",
        encode_all(std::slice::from_ref(&s))
    );
    let out = binary::run(&["--today", "2027-01", &link]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    for line in &words {
        assert!(stdout.contains(&format!("  {line}\n")), "{line}\n{stdout}");
    }
}
