//! Measures how many characters the link adds to the page address:
//! `cargo run --example link_lengths` (`-- --print-full` prints the
//! fully customized scenario's query instead).

#[path = "../tests/common/full_scenario.rs"]
mod full_scenario;

use tierplan::link::{encode, encode_all};
use tierplan::model::{presets, Scenario};

fn report(label: &str, scenario: &Scenario) {
    let query = encode(scenario);
    // The address gains `?` plus the query, or nothing for an empty query.
    let added = if query.is_empty() { 0 } else { query.len() + 1 };
    let payload = query
        .split('&')
        .find(|p| p.starts_with("z=") || p.starts_with("j="));
    let packing = payload.map_or("none", |p| {
        if p.starts_with('z') {
            "deflate"
        } else {
            "plain"
        }
    });
    println!("{added:>6}  {packing:<7}  {label}");
}

fn main() {
    // `--print-full`: only the query of the fully customized scenario (for the browser benchmark).
    if std::env::args().any(|a| a == "--print-full") {
        println!("{}", encode(&full_scenario::full_scenario()));
        return;
    }
    println!("{:>6}  {:<7}  scenario", "chars", "payload");
    report("default scenario", &Scenario::default());
    let mut one = Scenario::default();
    one.tiers[0].customers = 45.0;
    report("default, one tier's customers changed", &one);
    for preset in presets() {
        report(&format!("preset {}", preset.id), &preset.scenario);
    }
    report(
        "fully customized: 6 tiers x 20 touches, every field changed",
        &full_scenario::full_scenario(),
    );
    let mut earlier = full_scenario::full_scenario();
    let defaults = Scenario::default();
    earlier.uncertainty = defaults.uncertainty.clone();
    earlier.calendar = defaults.calendar.clone();
    earlier.hiring = defaults.hiring.clone();
    earlier.coverage = defaults.coverage.clone();
    report(
        "the same without ranges, calendar, hiring and coverage (version 3's fields)",
        &earlier,
    );
    report(
        "from an imported list: 6 tiers x 12 renewal months, score rule",
        &full_scenario::accounts_scenario(),
    );
    report(
        "worst case: fully customized and from an imported list",
        &full_scenario::full_accounts_scenario(),
    );
    let base = Scenario::default();
    let mut copy = base.clone();
    copy.name = "More high touch".into();
    copy.tiers[0].customers = 70.0;
    report_all(
        "comparison: the default plan and a copy with one number changed",
        &[base, copy],
    );
    report_all(
        "comparison: four fully customized 6-tier scenarios",
        &full_scenario::four_full_scenarios(),
    );
}

/// One line for a comparison's link.
fn report_all(what: &str, scenarios: &[Scenario]) {
    let q = encode_all(scenarios);
    println!("{:>6}  {:<7}  {what}", q.len(), "a1..a3");
}
