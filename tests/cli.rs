//! The command-line twin, run as a real binary.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

use tierplan::link::{encode, to_file_json};
use tierplan::model::{plan, Scenario};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tierplan"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn prints_the_plan_of_a_link_as_a_table() {
    let out = run(&["https://example.org/tools/tierplan/?v=1&hpw=45&wks=44"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("Headcount"), "{stdout}");
    assert!(stdout.contains("High touch"));
    // 45 h × 44 weeks × 60% = 1,188 proactive hours.
    assert!(stdout.contains("1,188"));
}

#[test]
fn json_output_is_the_engines_report() {
    let mut s = Scenario::default();
    s.tiers[0].customers = 55.0;
    let out = run(&["--format", "json", &encode(&s)]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let headcount = v["plan"]["totals"]["headcount"].as_u64().unwrap();
    assert_eq!(headcount, u64::from(plan(&s).totals.headcount));
}

#[test]
fn reads_scenario_files_and_prints_csv_and_markdown() {
    let dir = std::env::temp_dir().join(format!("tierplan-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("scenario.json");
    let mut s = Scenario::default();
    s.tiers[0].name = "=HYPERLINK(\"http://x\")".into();
    std::fs::write(&path, to_file_json(&s)).unwrap();
    let p = path.to_str().unwrap();
    let out = run(&["--format", "csv", "--table", "tiers", p]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    assert!(csv.starts_with("Tier,Coverage,Customers"), "{csv}");
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{csv}");
    let out = run(&[
        "--format",
        "markdown",
        "--base",
        "https://x.org/tierplan/",
        p,
    ]);
    let md = text(&out.stdout);
    assert!(md.contains("## Tiers"));
    assert!(
        md.contains(&format!("(<https://x.org/tierplan/?{}>)", encode(&s))),
        "{md}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn bad_links_and_files_fail_cleanly() {
    for (args, code, words) in [
        (vec!["v=9&hpw=3"], 1, "newer version"),
        (vec!["v=1&z=AAAA"], 1, "cut short"),
        (vec!["v=1&j=!!!!"], 1, "damaged"),
        (
            vec!["no-such-file.json"],
            1,
            "neither a tierplan link nor a file",
        ),
        (vec!["Cargo.toml"], 1, "not a tierplan file"),
        (vec![], 2, "give a link or a file"),
        (vec!["--format", "pdf", "v=1"], 2, "unknown format"),
        (vec!["--bogus"], 2, "unknown option"),
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(code), "{args:?}");
        let stderr = text(&out.stderr);
        assert!(stderr.contains(words), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(out.stdout.is_empty() || code == 2);
    }
}

#[test]
fn help_and_warnings() {
    let out = run(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("Usage:"));
    let out = run(&["v=1&hpw=-5&wks=abc"]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("working weeks per year"), "{stderr}");
    assert!(stderr.contains("team.hours_per_week"), "{stderr}");
}

/// The CLI table keeps half hours (37.5 h × 44 weeks × 55% = 907.5 h, not
/// 908) and lists no requisition for a need after the plan's horizon.
#[test]
fn half_hours_are_kept_and_hires_end_at_the_horizon() {
    let out = run(&["v=3&hpw=37.5&wks=44&ov=20"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("907.5"), "{stdout}");
    let out = run(&["--format", "json", ""]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let horizon = Scenario::default().growth.horizon_months;
    let reqs = v["timeline"]["requisitions"].as_array().unwrap();
    assert!(!reqs.is_empty());
    for r in reqs {
        assert!(
            r["needed_from"].as_u64().unwrap() <= u64::from(horizon),
            "{r}"
        );
    }
}
