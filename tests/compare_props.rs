//! Properties of comparing scenarios over generated scenarios: sound ones
//! (two to four, any shape) and hostile ones (NaN, infinities, 0 to 8
//! tiers, moves to tiers that do not exist).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use tierplan::export::compare::{compare_csv_files, compare_markdown};
use tierplan::model::compare::{compare, differs::differs, unique_names};
use tierplan::model::fiscal::YearMonth;
use tierplan::model::Scenario;

/// `scenarios` with unique names, as the command line makes them.
fn named(mut scenarios: Vec<Scenario>) -> Vec<Scenario> {
    let names: Vec<String> = scenarios.iter().map(|s| s.name.clone()).collect();
    let (names, _) = unique_names(&names);
    for (s, n) in scenarios.iter_mut().zip(names) {
        s.name = n;
    }
    scenarios
}

/// The figures and values a reader sees of the comparison of `scenarios`
/// (names left out: they may hold any letters), after writing its memo
/// and CSV tables.
fn every_figure(scenarios: &[Scenario]) -> String {
    let c = compare(
        scenarios,
        YearMonth {
            year: 2027,
            month: 1,
        },
    )
    .expect("named scenarios compare");
    assert_eq!(c.answers.len(), scenarios.len() - 1);
    assert_eq!(c.differs.len(), scenarios.len() - 1);
    assert!(!compare_markdown(&c, true).is_empty());
    assert_eq!(compare_csv_files(&c, true).len(), 2);
    let mut all = String::new();
    for r in &c.rows {
        assert_eq!(r.values.len(), scenarios.len());
        assert_eq!(r.differences.len(), scenarios.len() - 1);
        all.push_str(&r.shown.join(" "));
        for d in &r.differences {
            all.push_str(&d.words);
        }
    }
    for d in &c.differs {
        for change in d.changes.iter().filter(|c| !c.path.ends_with(".name")) {
            all.push_str(change.base.as_deref().unwrap_or(""));
            all.push_str(change.alternative.as_deref().unwrap_or(""));
        }
    }
    all
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Two to four sound scenarios of any shape compare, and nothing a
    /// reader sees holds NaN or infinity.
    #[test]
    fn sound_scenarios_compare(scenarios in proptest::collection::vec(common::scenario(), 2..=4)) {
        let text = every_figure(&named(scenarios));
        prop_assert!(!text.contains("NaN") && !text.contains("inf"), "{}", text);
    }

    /// Hostile scenarios never panic the comparison, its exports or what
    /// differs, in either order.
    #[test]
    fn hostile_scenarios_never_panic(a in common::hostile_scenario(), b in common::hostile_scenario()) {
        let pair = named(vec![a.clone(), b.clone()]);
        let text = every_figure(&pair);
        prop_assert!(!text.contains("NaN") && !text.contains("inf"), "{}", text);
        let _ = differs(&b, &a);
        prop_assert!(differs(&a, &a).is_empty());
    }
}
