//! Adds cases to the link corpus (`tests/link_corpus/`), never changing one:
//!
//! ```sh
//! cargo run --example link_corpus                      # this version's built-in cases that are missing
//! cargo run --example link_corpus -- NAME 'LINK' NOTE  # one more case
//! ```
//!
//! Each case records the plan this build computes for the link; the test
//! `tests/link_corpus.rs` checks every later build gives the same plan.

#[path = "../tests/common/corpus_case.rs"]
mod corpus_case;
#[path = "../tests/common/full_scenario.rs"]
mod full_scenario;

use std::path::PathBuf;

use tierplan::link::{encode, encode_all, encode_team, LINK_VERSION};
use tierplan::model::uncertainty::{RangeEntry, Shape};
use tierplan::model::{presets, Band, BaseMode, Scenario, TeamTime, TierRule};

fn add(name: &str, link: &str, note: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/link_corpus")
        .join(format!("{name}.json"));
    if path.exists() {
        println!("kept   {name} (a case is never changed)");
        return;
    }
    let case = corpus_case::make_case(link, note);
    let text = serde_json::to_string_pretty(&case).expect("JSON") + "\n";
    std::fs::write(&path, text).expect("write the case");
    println!("added  {name}");
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [name, link, rest @ ..] = args.as_slice() {
        add(name, link, &rest.join(" "));
        return;
    }
    // The built-in cases of the version this build writes (`v2-…`); the
    // cases of earlier versions are already in the folder and never remade.
    for (name, link, note) in built_in() {
        add(&format!("v{LINK_VERSION}-{name}"), &link, &note);
    }
}

/// The built-in cases, made by this build's encoder.
fn built_in() -> Vec<(String, String, String)> {
    let mut cases = Vec::new();
    let mut case = |name: &str, link: String, note: &str| {
        cases.push((name.to_string(), link, note.to_string()));
    };
    let team = TeamTime {
        hours_per_week: 37.5,
        overhead_pct: 20.0,
        ..TeamTime::default()
    };
    case(
        "team-time",
        encode_team(&team),
        "A team-time link written by encode_team.",
    );
    let mut one = Scenario::default();
    one.tiers[0].customers = 55.0;
    one.tiers[1].touches[1].hours = 1.25;
    case(
        "two-numbers",
        encode(&one),
        "Two numbers changed inside the tiers.",
    );
    let mut named = Scenario {
        name: "Équipe CS — plan 2026 & co".into(),
        currency: "EUR".into(),
        ..Scenario::default()
    };
    named.tiers[2].name = "Scale (tech touch) «numérique»".into();
    case(
        "names-unicode",
        encode(&named),
        "Non-ASCII names and another currency.",
    );
    let mut bands = Scenario::default();
    bands.base.mode = BaseMode::Bands;
    bands.base.total = 2000.0;
    bands.base.bands = vec![
        Band::new(0.0, 10_000.0, 70.0),
        Band::new(10_000.0, 100_000.0, 25.0),
        Band::new(100_000.0, 500_000.0, 5.0),
    ];
    case(
        "bands",
        encode(&bands),
        "Customers from ARR bands split by tier cut-offs.",
    );
    for p in presets() {
        if p.id != "default" {
            case(
                &format!("preset-{}", p.id.replace('_', "-")),
                encode(&p.scenario),
                p.name,
            );
        }
    }
    case(
        "full-6-tiers-20-touches",
        encode(&full_scenario::full_scenario()),
        "Every field customized: 6 tiers x 20 touches, bands, moves, budget, score weights.",
    );
    let mut renewals = Scenario::default();
    renewals.tiers[0].renewal_months =
        vec![0.0, 0.0, 12.0, 0.0, 0.0, 9.0, 0.0, 0.0, 7.0, 0.0, 0.0, 12.0];
    renewals.tiers[0].touches[4].at_renewal = true;
    renewals.tiers[1].renewal_months = vec![20.0; 12];
    renewals.tiers[1].renewal_months[11] = 80.0;
    case(
        "renewal-months-typed",
        encode(&renewals),
        "Renewal months on typed tiers; a second touch done at renewal.",
    );
    // Version 3: the people the CS leader manages. A tech-touch plan of one
    // pooled CSM (no manager), and a 12-person team whose leader manages 2.
    let mut tech_only = Scenario::default();
    tech_only.tiers = vec![tech_only.tiers[2].clone()];
    tech_only.tiers[0].moves.clear();
    case(
        "tech-only-no-manager",
        encode(&tech_only),
        "One pooled CSM: the CS leader manages them, so no manager is counted.",
    );
    let mut led = Scenario::default();
    led.tiers[0].customers = 120.0;
    led.managers.leader_reports = 2.0;
    case(
        "leader-manages-two",
        encode(&led),
        "The CS leader manages 2 people directly; managers for the rest at a span of 8.",
    );
    let mut scored = Scenario::default();
    scored.tiering.rule = TierRule::Score;
    scored.tiering.weights.health = -15.0;
    scored.tiering.full_at.products = 8.0;
    scored.tiers[1].min_score = 35.0;
    case(
        "score-rule",
        encode(&scored),
        "The weighted-score rule with changed weights and a score cut-off.",
    );
    case(
        "accounts-6-tiers-12-months",
        encode(&full_scenario::accounts_scenario()),
        "An imported list of 11,445 accounts as of Nov 2026 in 6 tiers by weighted score, with renewals in each of the 12 months.",
    );
    case(
        "accounts-full",
        encode(&full_scenario::full_accounts_scenario()),
        "The worst case: every field customized and the base imported from a list.",
    );
    if LINK_VERSION < 4 {
        return cases;
    }
    // Version 4: comparisons, ranges, the calendar, hiring and coverage.
    let base = Scenario::default();
    let mut copy = base.clone();
    copy.name = "More high touch".into();
    copy.tiers[0].customers = 70.0;
    case(
        "compare-default-and-one-number",
        encode_all(&[base.clone(), copy]),
        "The default plan compared with a copy that changes one number.",
    );
    case(
        "compare-four-full-6-tier",
        encode_all(&full_scenario::four_full_scenarios()),
        "Four fully customized 6-tier, 20-touch scenarios: today and three proposals.",
    );
    let mut ranged = base.clone();
    ranged.uncertainty.seed = 42;
    for (path, low, high, shape) in [
        ("tiers.0.customers", 35.0, 45.0, Shape::Uniform),
        ("tiers.1.touches.1.hours", 0.5, 1.0, Shape::Triangular),
        ("team.hours_per_week", 38.0, 42.0, Shape::Normal),
    ] {
        ranged.uncertainty.ranges.push(RangeEntry {
            path: path.into(),
            low,
            high,
            shape,
        });
    }
    case(
        "ranges-each-shape",
        encode(&ranged),
        "A range of each shape (uniform, triangular, normal) and seed 42.",
    );
    let mut fiscal = base.clone();
    fiscal.calendar.start = "2027-01".into();
    fiscal.calendar.fiscal_year_start_month = 4;
    fiscal.hiring.recruiting_cost = 8_000.0;
    fiscal.hiring.max_hires_per_quarter = 2;
    fiscal.coverage.retention_gap_pct = 5.0;
    fiscal.coverage.retention_source = "Our FY25 renewals".into();
    case(
        "calendar-fiscal-april",
        encode(&fiscal),
        "A plan starting January 2027 with a fiscal year from April, a hire cap and a retention gap.",
    );
    let full = encode_all(&full_scenario::four_full_scenarios());
    let (before, rest) = full.split_once("&a2=").expect("a third scenario");
    let (a2, after) = rest.split_once('&').expect("a fourth scenario");
    case(
        "compare-damaged-alternative",
        format!("{before}&a2={}&{after}", &a2[..a2.len() / 2]),
        "A comparison whose third scenario was cut in half: it is dropped alone, with a message.",
    );
    cases
}
