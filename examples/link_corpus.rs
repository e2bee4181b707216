//! Adds cases to the link corpus (`tests/link_corpus/`), never changing one:
//!
//! ```sh
//! cargo run --example link_corpus                      # the built-in cases that are missing
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

use tierplan::link::encode;
use tierplan::model::{presets, BaseMode, Scenario};

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
    add(
        "v1-default",
        "",
        "The default scenario: the bare page address.",
    );
    add(
        "v1-team-time-all-keys",
        "v=1&hpw=45&wks=44&re=15&co=10&ov=15",
        "An early team-time link: all five readable keys, some at their defaults.",
    );
    add(
        "v1-team-time-two-keys",
        "v=1&hpw=37.5&ov=20",
        "An early team-time link written by encode_team.",
    );
    add(
        "v1-team-time-with-page-keys",
        "?v=1&hpw=30&wks=40&embed=1",
        "Keys that belong to the page (embed) are ignored.",
    );
    let mut one = Scenario::default();
    one.tiers[0].customers = 55.0;
    one.tiers[1].touches[1].hours = 1.25;
    add(
        "v1-two-numbers",
        &encode(&one),
        "Two numbers changed inside the tiers.",
    );
    let mut named = Scenario {
        name: "Équipe CS — plan 2026 & co".into(),
        currency: "EUR".into(),
        ..Scenario::default()
    };
    named.tiers[2].name = "Scale (tech touch) «numérique»".into();
    add(
        "v1-names-unicode",
        &encode(&named),
        "Non-ASCII names and another currency.",
    );
    let mut bands = Scenario::default();
    bands.base.mode = BaseMode::Bands;
    bands.base.total = 2000.0;
    bands.base.bands = vec![
        tierplan::model::Band::new(0.0, 10_000.0, 70.0),
        tierplan::model::Band::new(10_000.0, 100_000.0, 25.0),
        tierplan::model::Band::new(100_000.0, 500_000.0, 5.0),
    ];
    add(
        "v1-bands",
        &encode(&bands),
        "Customers from ARR bands split by tier cut-offs.",
    );
    for p in presets() {
        if p.id != "default" {
            add(
                &format!("v1-preset-{}", p.id.replace('_', "-")),
                &encode(&p.scenario),
                p.name,
            );
        }
    }
    add(
        "v1-full-6-tiers-20-touches",
        &encode(&full_scenario::full_scenario()),
        "Every field customized: 6 tiers x 20 touches, bands, moves, budget.",
    );
}
