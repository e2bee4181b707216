//! The command-line twin, run as a real binary.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/binary.rs"]
mod binary;

use binary::{run, text};
use std::process::Command;

use tierplan::link::{encode, to_file_json};
use tierplan::model::{plan, Scenario};

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

/// The table output says what its guardrail list counts, as the page says
/// it: the default plan misses no target of the Guardrails section; its
/// guardrails are warnings about today's team.
#[test]
fn the_guardrails_say_targets_missed_apart_from_warnings() {
    let s = Scenario::default();
    let out = run(&[&encode(&s)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let words = tierplan::model::GuardrailTally::of(&plan(&s).guardrails).words();
    assert!(words.starts_with("Every target met, "), "{words}");
    assert!(
        stdout.contains(&format!("Guardrails\n  {words}\n  Warnings:\n  - ")),
        "{stdout}"
    );
    assert!(!stdout.contains("Targets missed:"), "{stdout}");
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

/// One dedicated tier of 60 customers at 75 CSM hours each and a budget of
/// 3 CSMs: 60 × 75 = 4,500 h needs 5 CSMs (4,500 ÷ 1,104 = 4.08).
fn sixty_at_75_with_3_csms() -> Scenario {
    let mut s = Scenario::default();
    s.tiers.truncate(1);
    s.tiers[0].customers = 60.0;
    s.tiers[0].first_year_pct = 0.0;
    s.tiers[0].triggers.clear();
    s.tiers[0].touches = vec![tierplan::model::Touch::new(
        "Account work",
        1.0,
        75.0,
        tierplan::model::Role::Csm,
    )];
    s.budget = tierplan::model::Staff {
        csm: 3.0,
        ..Default::default()
    };
    s
}

#[test]
fn plans_backward_in_table_and_markdown_with_the_pages_sentences() {
    let s = sixty_at_75_with_3_csms();
    let b = tierplan::model::backward(&s);
    let link = format!("https://example.org/tierplan/?{}&view=backward", encode(&s));
    // The link is in the backward view: the table output plans backward.
    let out = run(&[&link]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout
            .contains("Plan backward: the team you can afford\n  People you can afford: 3 CSMs.\n"),
        "{stdout}"
    );
    // 2 CSMs short: 2 × $130,000; 3 × 1,104 ÷ 4,500 = 73.6%.
    let verdict = "Today's customers and touch models need more people than this team: 2 CSMs short, $260,000 a year (2 × $130,000). With today's mix, the customer base would have to shrink to 73.6% of its size (limited by CSMs).";
    assert_eq!(b.verdict, verdict);
    assert!(stdout.contains(&format!("  {verdict}\n")), "{stdout}");
    // 3 × 1,104 ÷ 75 = 44.16 → 44 customers, alone or with today's mix.
    assert!(
        stdout.contains("  High touch     60                44  44 (limited by CSMs)\n"),
        "{stdout}"
    );
    assert!(stdout.contains("  With one tier, no customer can move to a lower tier. Keep at most 44 customers in High touch, hire the 2 CSMs short ($260,000 a year) or cut the hours per customer as below.\n"), "{stdout}");
    // 3,312 h ÷ 60 customers = 55.2 h.
    assert!(stdout.contains("Or cut the hours per customer (all else equal)\n  - Cut High touch to 55.2 h per customer a year (today 75 h): then the team fits.\n"), "{stdout}");
    assert!(!stdout.contains("no customer needs to move"), "{stdout}");

    // Markdown, asked for with --backward: the same sentences.
    let out = run(&["--format", "markdown", "--backward", &encode(&s)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let md = text(&out.stdout);
    assert!(
        md.contains("## Plan backward: the team you can afford\n"),
        "{md}"
    );
    assert!(md.contains(&format!("**{verdict}**")), "{md}");
    assert!(
        md.contains("| High touch | 60 | 44 | 44 (limited by CSMs) |"),
        "{md}"
    );
    assert!(
        md.contains(
            "- Cut High touch to 55.2 h per customer a year (today 75 h): then the team fits."
        ),
        "{md}"
    );

    // Forward view, no flag: no backward section.
    let out = run(&[&encode(&s)]);
    assert!(!text(&out.stdout).contains("Plan backward"));
    let out = run(&["--format", "markdown", &encode(&s)]);
    assert!(!text(&out.stdout).contains("Plan backward"));

    // The JSON says the same: short, one tier, and no "no one moves".
    let out = run(&["--format", "json", &encode(&s)]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["backward"]["fits_now"], false);
    assert_eq!(v["backward"]["outcome"], "no_lower_tier");
    let advice = v["backward"]["advice"].as_str().unwrap();
    assert!(!advice.contains("no customer needs to move"), "{advice}");
}

#[test]
fn plans_backward_for_the_default_plan_with_no_associates() {
    // 2 CSMs, 0 associates, 1 pooled CSM: the only fixed work (104 h of
    // community moderation) fits the pooled CSM's 1,104 h; what stops
    // today's mix is that low touch needs associates.
    let mut s = Scenario::default();
    s.budget.csm = 2.0;
    s.budget.associate = 0.0;
    s.budget.pooled = 1.0;
    let out = run(&["--backward", &encode(&s)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(!stdout.contains("fixed work"), "{stdout}");
    assert!(stdout.contains("1 CSM, 1 associate and 1 pooled CSM short, $320,000 a year (1 × $130,000 + 1 × $80,000 + 1 × $110,000). With today's mix, no customer fits: Low touch needs associates, and the budget has no associates."), "{stdout}");
    assert!(stdout.contains("  - Move all 213 customers of Low touch (200 today, 213 after the move above) to Tech touch.\n"), "{stdout}");
    assert!(stdout.contains("then the team fits."), "{stdout}");
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

/// A shared link whose tier name is 100,000 characters long: every output
/// format prints a plan, none panics (the text table once asked `format!`
/// for a column 100,000 wide, above what it accepts, and aborted), and the
/// table stays readable by shortening the name.
#[test]
fn a_tier_name_of_100_000_characters_prints_in_every_format() {
    let mut s = Scenario::default();
    s.tiers[0].name = "N".repeat(100_000);
    let link = encode(&s);
    let formats: [&[&str]; 9] = [
        &[],
        &["--format", "table"],
        &["--format", "json"],
        &["--format", "csv"],
        &["--format", "csv", "--table", "tiers"],
        &["--format", "csv", "--table", "hires"],
        &["--format", "markdown"],
        &["--format", "markdown", "--base", "https://x.org/"],
        &["--format", "md"],
    ];
    for format in formats {
        let mut args = format.to_vec();
        args.push(&link);
        let out = run(&args);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{format:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{format:?}: {stderr}");
        assert!(!out.stdout.is_empty(), "{format:?}");
    }
    let table = text(&run(&[&link]).stdout);
    let widest = table.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(widest < 1000, "a table line {widest} characters wide");
    // The link's name is cut to the 60 characters every name is bounded
    // by (with a warning), within the table's widest column (64).
    assert!(table.contains(&"N".repeat(60)), "{table}");
    assert!(!table.contains(&"N".repeat(61)), "{table}");
}

/// Review finding: options that changed nothing were silently ignored.
#[test]
fn options_that_would_change_nothing_are_usage_mistakes() {
    for args in [
        &["--table", "tiers", ""][..],
        &["--format", "markdown", "--table", "tiers", ""],
        &["--format", "csv", "--backward", ""],
        &["--format", "json", "--backward", ""],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
}

/// Review finding: the Markdown summary of a backward link opened the page
/// in the forward view.
#[test]
fn the_markdown_share_link_keeps_the_backward_view() {
    let out = run(&[
        "--format",
        "markdown",
        "https://example.org/tierplan/?v=3&hpw=45&view=backward",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let md = text(&out.stdout);
    assert!(
        md.contains("https://example.org/tierplan/?v=4&hpw=45&view=backward"),
        "{md}"
    );
}

/// Names from a shared link reach a terminal: escape sequences in them
/// (which could retitle the window, clear the screen or hide text) print
/// as plain spaces in the table, the title and the guardrail messages.
#[test]
fn control_characters_in_names_do_not_reach_the_terminal() {
    let mut s = Scenario {
        name: "Plan\u{1b}[2J\u{1b}]0;owned\u{7}".into(),
        ..Scenario::default()
    };
    s.tiers[0].name = "High\u{1b}[8mhidden\u{9b}31m".into();
    s.growth.today.csm = 0.0;
    let out = run(&[&encode(&s)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    // Names from links are cleaned of control characters when read
    // (`model::names`); the table would print any left as spaces.
    assert!(table.contains("High[8mhidden31m"), "{table}");
    assert!(table.contains("Plan[2J]0;owned"), "{table}");
    let controls: Vec<char> = table
        .chars()
        .filter(|c| c.is_control() && *c != '\n')
        .collect();
    assert!(controls.is_empty(), "{controls:?} in {table}");
}

/// A file name that is not UTF-8 (possible on Linux) is a usage mistake in
/// plain words; reading the arguments once panicked on it.
#[test]
fn an_argument_that_is_not_utf8_is_a_usage_mistake() {
    use std::os::unix::ffi::OsStrExt;
    let name = std::ffi::OsStr::from_bytes(b"plan-\xff\xfe.json");
    let out = Command::new(env!("CARGO_BIN_EXE_tierplan"))
        .arg(name)
        .output()
        .expect("the binary runs");
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("is not UTF-8 text"), "{stderr}");
    assert!(stderr.contains("plan-\u{fffd}\u{fffd}.json"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// A file whose size the system does not report (`/proc` files say 0
/// bytes) is read only up to the file size limit: `/proc/self/pagemap`
/// holds hundreds of gigabytes, and reading it whole once ran out of memory.
#[test]
fn a_file_that_never_ends_is_refused_as_too_large() {
    let out = Command::new("bash")
        .args(["-c", "ulimit -v 400000; exec \"$0\" /proc/self/pagemap"])
        .arg(env!("CARGO_BIN_EXE_tierplan"))
        .output()
        .expect("bash runs");
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("too large to be a tierplan scenario"),
        "{stderr}"
    );
}

/// A plan that cannot be written (a full disk: `/dev/full`) is an error
/// with a message, not a silent success that leaves an empty file.
#[test]
fn a_plan_that_cannot_be_written_is_an_error() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    for format in ["table", "json", "csv", "markdown"] {
        let out = Command::new(env!("CARGO_BIN_EXE_tierplan"))
            .args(["--format", format, "v=1&hpw=45"])
            .stdout(full.try_clone().unwrap())
            .output()
            .expect("the binary runs");
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{format}: {stderr}");
        assert!(stderr.contains("could not write the plan"), "{stderr}");
    }
}
