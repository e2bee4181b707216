//! `tierplan compare`, run as a real binary.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/binary.rs"]
mod binary;

use std::process::{Command, Output};

use binary::text;

use tierplan::link::{decode, encode, encode_all, query_of, to_file_json};
use tierplan::model::compare::compare;
use tierplan::model::fiscal::YearMonth;
use tierplan::model::{Coverage, Scenario};

/// The month the engine's comparisons here take as today; the command is
/// given the same.
const TODAY: YearMonth = YearMonth {
    year: 2027,
    month: 1,
};

/// Runs `tierplan compare` with `args`.
fn run(args: &[&str]) -> Output {
    binary::run(&[&["compare", "--today", "2027-01"], args].concat())
}

fn today() -> Scenario {
    Scenario {
        name: "Today".into(),
        ..Scenario::default()
    }
}

/// The default plan with its high-touch tier pooled instead of dedicated.
fn pooled() -> Scenario {
    let mut s = Scenario {
        name: "Pooled high touch".into(),
        ..Scenario::default()
    };
    s.tiers[0].coverage = Coverage::Pooled;
    s.tiers[0].customers = 25.0;
    s
}

fn link(s: &Scenario) -> String {
    format!("https://example.org/tierplan/?{}", encode(s))
}

#[test]
fn the_cli_prints_the_same_numbers_as_the_engine_for_the_same_links() {
    let links = [link(&today()), link(&pooled())];
    let out = run(&["--format", "json", &links[0], &links[1]]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // The engine's comparison of the same links, read as the page reads them.
    let scenarios: Vec<Scenario> = links
        .iter()
        .map(|l| decode(query_of(l)).unwrap().scenario)
        .collect();
    let engine = serde_json::to_value(compare(&scenarios, TODAY).unwrap()).unwrap();
    assert_eq!(printed, engine);
    // And the figures are the plan's: 25 high-touch customers × 80 h =
    // 2,000 h ÷ 1,104 h = 1.81 FTE → 2 CSMs (3 today), so 6 people, not 7.
    let people = &printed["rows"][0];
    assert_eq!(people["figure"], "people");
    assert_eq!(people["values"][0], 7.0);
    assert_eq!(people["values"][1], 6.0);
    let answer = printed["answers"][0].as_str().unwrap();

    // The table, CSV and Markdown print the engine's sentence and figures.
    let out = run(&[&links[0], &links[1]]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    assert!(
        table.starts_with("Today compared with Pooled high touch\n"),
        "{table}"
    );
    assert!(table.contains(answer), "{table}");
    assert!(table.contains("$884,000"), "{table}");
    // 7 -> 6 people: 1 fewer, -14.3%, and fewer people is better.
    assert!(
        table.contains("  1 fewer person (-14.3%), better\n"),
        "{table}"
    );
    assert!(
        table.contains("  - High touch: coverage: Dedicated (named CSM) -> Pooled (shared team) (tiers.0.coverage)\n"),
        "{table}"
    );
    let out = run(&["--format", "markdown", &links[0], &links[1]]);
    let md = text(&out.stdout);
    assert!(md.contains(&format!("- {answer}\n")), "{md}");
    assert!(md.contains("## What differs"), "{md}");
    let out = run(&[
        "--format",
        "csv",
        "--table",
        "comparison",
        &links[0],
        &links[1],
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    assert!(
        csv.starts_with(
            "Figure,Unit,Today,Pooled high touch,Pooled high touch vs Today: difference,"
        ),
        "{csv}"
    );
    assert!(csv.contains("\r\nYearly cost,USD/year,884000,"), "{csv}");
    let out = run(&["--format", "csv", &links[0], &links[1]]);
    let both = text(&out.stdout);
    assert!(both.starts_with("# tierplan-comparison.csv\r\n"), "{both}");
    assert!(
        both.contains("# tierplan-comparison-differs.csv\r\n"),
        "{both}"
    );
}

#[test]
fn reads_files_and_links_and_makes_names_unique() {
    let dir = std::env::temp_dir().join(format!("tierplan-compare-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("today.json");
    std::fs::write(&path, to_file_json(&today())).unwrap();
    let mut other = today();
    other.tiers[1].customers = 300.0;
    let out = run(&[path.to_str().unwrap(), &encode(&other), &encode(&pooled())]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(
            "warning: The 2nd scenario is also named \"Today\"; it is called \"Today (2)\" here."
        ),
        "{stderr}"
    );
    let stdout = text(&out.stdout);
    assert!(stdout.contains("What differs in Today (2) from Today\n  - Low touch: customers: 200 customers -> 300 customers (tiers.1.customers)\n"), "{stdout}");
    assert!(
        stdout.contains("What differs in Pooled high touch from Today\n"),
        "{stdout}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn bad_links_say_which_argument_and_why() {
    let good = encode(&today());
    let alt = encode(&pooled());
    for (args, code, words) in [
        (
            vec![good.as_str(), "v=9&hpw=3"],
            1,
            "the 2nd link or file could not be read: This link was made by a newer version",
        ),
        (
            vec![good.as_str(), alt.as_str(), "v=1&z=AAAA"],
            1,
            "the 3rd link or file could not be read:",
        ),
        (
            vec!["no-such-file.json", good.as_str()],
            1,
            "the 1st link or file could not be read: \"no-such-file.json\" is neither",
        ),
        (
            vec![good.as_str()],
            2,
            "A comparison needs at least 2 scenarios, a base and an alternative (1 given).",
        ),
        (vec![], 2, "(0 given)"),
        (
            vec!["v=1", "v=1", "v=1", "v=1", "v=1"],
            2,
            "A comparison holds at most 4 scenarios, a base and up to 3 alternatives (5 given).",
        ),
        (vec!["--format", "pdf", "v=1", "v=1"], 2, "unknown format"),
        (vec!["--bogus", "v=1", "v=1"], 2, "unknown option --bogus"),
        (
            vec!["--format", "csv", "--table", "tiers", "v=1", "v=1"],
            2,
            "no table \"tiers\"",
        ),
        (
            vec!["--backward", "--format", "json", "v=1", "v=1"],
            2,
            "--backward goes with",
        ),
    ] {
        let out = run(&args);
        assert_eq!(
            out.status.code(),
            Some(code),
            "{args:?}: {}",
            text(&out.stderr)
        );
        let stderr = text(&out.stderr);
        assert!(stderr.contains(words), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn help_and_the_backward_verdicts() {
    let out = run(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("tierplan compare [options]"));
    let top = Command::new(env!("CARGO_BIN_EXE_tierplan"))
        .arg("--help")
        .output()
        .unwrap();
    assert!(text(&top.stdout).contains("tierplan compare"));
    let mut budget = today();
    budget.budget.csm = 3.0;
    budget.budget.pooled = 2.0;
    budget.budget.associate = 1.0;
    let mut alt = pooled();
    alt.budget = budget.budget.clone();
    let engine = compare(&[budget.clone(), alt.clone()], TODAY).unwrap();
    let backward_link = format!("{}&view=backward", link(&budget));
    let out = run(&[&backward_link, &encode(&alt)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("\nPlan backward: the team you can afford\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("  Today: {}\n", engine.backward.verdicts[0])),
        "{stdout}"
    );
    let out = run(&[&link(&budget), &encode(&alt)]);
    assert!(!text(&out.stdout).contains("Plan backward"));
}

/// A link that holds a comparison prints it: alone with `compare`, and by
/// default without; the same numbers as the two plans given one by one.
#[test]
fn a_link_that_holds_a_comparison_prints_it() {
    let both = format!(
        "https://example.org/tierplan/?{}",
        encode_all(&[today(), pooled()])
    );
    let one_by_one = run(&["--format", "json", &link(&today()), &link(&pooled())]);
    assert_eq!(one_by_one.status.code(), Some(0));
    let from_one_link = run(&["--format", "json", &both]);
    assert_eq!(
        from_one_link.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&from_one_link.stderr)
    );
    assert_eq!(from_one_link.stdout, one_by_one.stdout);
    let plain = binary::run(&["--format", "json", &both]);
    assert_eq!(plain.status.code(), Some(0));
    assert_eq!(plain.stdout, one_by_one.stdout);
    // Four in the link and one more is five: a usage mistake.
    let four = format!(
        "?{}",
        encode_all(&[today(), pooled(), pooled_named("B"), pooled_named("C")])
    );
    let five = run(&[&four, &link(&today())]);
    assert_eq!(five.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&five.stderr).contains("5"));
}

fn pooled_named(name: &str) -> Scenario {
    Scenario {
        name: name.into(),
        ..pooled()
    }
}
