use super::differs::differs;
use super::*;
use crate::model::fiscal::YearMonth;
use crate::model::inputs::{inputs, Input};
use crate::model::presets::presets;
use crate::model::tier::Coverage;
use crate::model::touch::Touch;

const TODAY: YearMonth = YearMonth {
    year: 2027,
    month: 1,
};

fn named(mut s: Scenario, name: &str) -> Scenario {
    s.name = name.into();
    s
}

fn row(c: &Comparison, figure: Figure) -> &Row {
    c.rows
        .iter()
        .find(|r| r.figure == figure && r.tier.is_none())
        .unwrap_or_else(|| panic!("no row {figure:?}"))
}

/// The default plan against a copy with 60 high-touch customers instead
/// of 40, by hand (1,104 proactive hours per FTE, 80 h per high-touch
/// customer a year):
/// - 40 × 80 h = 3,200 h → 2.90 FTE → 3 CSMs; 60 × 80 h = 4,800 h → 4.35
///   FTE → 5 CSMs: 2 more CSMs;
/// - managers: 3 + 1 + 2 = 6 in-house, 2 beyond the 4 the leader manages
///   → 1; 5 + 1 + 2 = 8, 4 beyond → 1: the same;
/// - people 7 → 9; cost $884,000 + 2 × $130,000 = $1,144,000 (+29.4%);
/// - ARR $14M → $17M (20 more × $150,000); ARR per CSM $14M ÷ 5 = $2.8M →
///   $17M ÷ 7 = $2,428,571; cost share 6.31% → 6.73%;
/// - customers per CSM in High touch: 1,104 ÷ 80 = 13.8 in both.
#[test]
fn the_default_plan_against_more_high_touch_customers_by_hand() {
    let base = named(Scenario::default(), "Today");
    let mut alt = named(Scenario::default(), "More high touch");
    alt.tiers[0].customers = 60.0;
    let c = compare(&[base, alt], TODAY).unwrap();
    let people = row(&c, Figure::People);
    assert_eq!(people.values, [Some(7.0), Some(9.0)]);
    assert_eq!(people.differences[0].words, "2 more people");
    assert_eq!(people.differences[0].verdict, Verdict::Worse);
    let csms = row(&c, Figure::Role(Role::Csm));
    assert_eq!(csms.values, [Some(3.0), Some(5.0)]);
    assert_eq!(csms.differences[0].words, "2 more CSMs");
    let managers = row(&c, Figure::Managers);
    assert_eq!(managers.differences[0].words, "same");
    assert!(!c
        .rows
        .iter()
        .any(|r| r.figure == Figure::Role(Role::Partner)));
    let cost = row(&c, Figure::Cost);
    assert_eq!(cost.values, [Some(884_000.0), Some(1_144_000.0)]);
    let d = &cost.differences[0];
    assert_eq!(d.value, Some(260_000.0));
    assert!((d.pct.unwrap() - 260.0 / 884.0 * 100.0).abs() < 1e-9);
    assert_eq!(d.words, "$260,000 a year more");
    assert_eq!(cost.shown, ["$884,000", "$1,144,000"]);
    let share = row(&c, Figure::CostShare);
    let expected = 1_144_000.0 / 17e6 * 100.0 - 884_000.0 / 14e6 * 100.0;
    assert!((share.differences[0].value.unwrap() - expected).abs() < 1e-9);
    assert_eq!(share.differences[0].words, "0.415 points higher");
    let per_csm = row(&c, Figure::ArrPerCsm);
    assert!((per_csm.differences[0].value.unwrap() - (17e6 / 7.0 - 2.8e6)).abs() < 1e-6);
    assert_eq!(per_csm.differences[0].verdict, Verdict::Worse);
    assert_eq!(per_csm.differences[0].words, "$371,429 less ARR per CSM");
    assert_eq!(
        row(&c, Figure::RulesOfThumb).differences[0].verdict,
        Verdict::Same
    );
    let high = c
        .rows
        .iter()
        .find(|r| r.tier.as_deref() == Some("High touch"))
        .unwrap();
    assert_eq!(high.label, "High touch: customers per CSM");
    assert!((high.values[0].unwrap() - 13.8).abs() < 1e-9);
    assert_eq!(high.differences[0].verdict, Verdict::Same);
    assert_eq!(
        c.answers,
        ["More high touch needs 2 more people (+$260,000 a year, +29.4%) than Today."]
    );
    assert_eq!(c.differs.len(), 1);
    let changes = &c.differs[0].changes;
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0].path, "tiers.0.customers");
    assert_eq!(
        changes[0].text,
        "High touch: customers: 40 customers -> 60 customers"
    );
    assert_eq!(c.backward.verdicts.len(), 2);
}

#[test]
fn fewer_people_read_as_better_and_the_answer_says_fewer() {
    let base = named(Scenario::default(), "Today");
    let mut alt = named(Scenario::default(), "Smaller");
    alt.tiers[0].customers = 20.0;
    let c = compare(&[base, alt], TODAY).unwrap();
    // 20 × 80 h = 1,600 h → 1.45 FTE → 2 CSMs: 1 fewer, $130,000 less.
    let people = row(&c, Figure::People);
    assert_eq!(people.differences[0].words, "1 fewer person");
    assert_eq!(people.differences[0].verdict, Verdict::Better);
    assert!(
        c.answers[0]
            .starts_with("Smaller needs 1 fewer person (-$130,000 a year, -14.7%) than Today"),
        "{}",
        c.answers[0]
    );
}

#[test]
fn counts_and_names_are_checked() {
    let s = |name: &str| named(Scenario::default(), name);
    let err = compare(&[s("A")], TODAY).unwrap_err();
    assert_eq!(err, CompareError::TooFew(1));
    let five: Vec<Scenario> = ["A", "B", "C", "D", "E"].map(s).to_vec();
    let err = compare(&five, TODAY).unwrap_err();
    assert_eq!(
        err.to_string(),
        "A comparison holds at most 4 scenarios, a base and up to 3 alternatives (5 given)."
    );
    assert!(compare(&five[..4], TODAY).is_ok());
    let err = compare(&[s("Today"), s("B"), s(" today ")], TODAY).unwrap_err();
    assert_eq!(err, CompareError::Duplicate("today".into(), 1, 3));
    assert_eq!(
        err.to_string(),
        "The 1st and 3rd scenarios are both named \"today\"; each scenario needs a name of its own."
    );
    let err = compare(&[s("Today"), s("  ")], TODAY).unwrap_err();
    assert!(err.to_string().starts_with("The 2nd scenario has no name"));
}

#[test]
fn names_are_made_unique_with_a_number() {
    let names = ["Today", "today", "", "Today"].map(String::from);
    let (unique, warnings) = unique_names(&names);
    assert_eq!(unique, ["Today", "today (2)", "Scenario 3", "Today (3)"]);
    assert_eq!(warnings.len(), 2);
    assert_eq!(
        warnings[0],
        "The 2nd scenario is also named \"today\"; it is called \"today (2)\" here."
    );
    let long = "x".repeat(MAX_NAME_CHARS);
    let (unique, _) = unique_names(&[long.clone(), long]);
    assert_eq!(unique[1].chars().count(), MAX_NAME_CHARS);
    assert!(unique[1].ends_with(" (2)"));
    assert_eq!(ordinal(11), "11th");
    assert_eq!(ordinal(22), "22nd");
}

#[test]
fn texts_choices_and_lists_that_differ_are_named() {
    let base = Scenario::default();
    let mut alt = base.clone();
    alt.currency = "EUR".into();
    alt.tiers[1].coverage = Coverage::Dedicated;
    alt.tiers[1].name = "Mid touch".into();
    alt.tiers[0].touches[0].role = Role::Associate;
    alt.tiers[0]
        .touches
        .push(Touch::new("Kick-off", 1.0, 2.0, Role::Csm));
    alt.tiers.pop();
    alt.growth.lead_months = 2;
    let texts: Vec<String> = differs(&base, &alt).into_iter().map(|c| c.text).collect();
    let touch = &base.tiers[0].touches[0].name;
    for expected in [
        "Currency: USD -> EUR".to_string(),
        "Tier 2: name: 'Low touch' -> 'Mid touch'".into(),
        "Low touch: coverage: Pooled (shared team) -> Dedicated (named CSM)".into(),
        format!("High touch: {touch}, done by: CSM -> Associate"),
        "High touch: touch 'Kick-off' added".into(),
        "Tier 'Tech touch' removed".into(),
        "Time to hire: 3 months -> 2 months".into(),
    ] {
        assert!(texts.contains(&expected), "{expected}\n{texts:#?}");
    }
    // Money in another currency is not compared.
    let c = compare(&[named(base, "A"), named(alt, "B")], TODAY).unwrap();
    assert_eq!(
        row(&c, Figure::Cost).differences[0].words,
        "not comparable: different currencies"
    );
    assert!(c.answers[0].contains("costs in different currencies"));
}

#[test]
fn values_that_round_alike_are_written_in_full() {
    let base = Scenario::default();
    let mut alt = base.clone();
    alt.team.hours_per_week = 40.1;
    let changes = differs(&base, &alt);
    assert_eq!(changes[0].text, "Hours per week: 40 h/week -> 40.1 h/week");
    alt.team.hours_per_week = 40.0;
    alt.roles.csm = 130_500.0;
    let changes = differs(&base, &alt);
    assert_eq!(
        changes[0].text,
        "CSM yearly cost: $130,000 a year -> $130,500 a year"
    );
}

/// Every member of the scenario's JSON is one `differs` knows: a new
/// member fails here until `differs` names it (numbers through the
/// registry of inputs, texts and choices in `differs.rs`).
#[test]
fn differs_knows_every_member_of_the_scenario() {
    let mut s = presets()
        .into_iter()
        .find(|p| {
            p.scenario
                .tiers
                .iter()
                .any(|t| !t.programs.is_empty() && !t.triggers.is_empty())
        })
        .unwrap()
        .scenario;
    s.tiers[0].moves.push(crate::model::tier::Move::default());
    s.base
        .bands
        .push(crate::model::scenario::Band::new(1.0, 2.0, 3.0));
    let json: serde_json::Value = serde_json::from_str(&s.to_json()).unwrap();
    let keys =
        |v: &serde_json::Value| -> Vec<String> { v.as_object().unwrap().keys().cloned().collect() };
    let known = |v: &serde_json::Value, list: &[&str]| {
        let mut got = keys(v);
        got.sort();
        let mut want: Vec<String> = list.iter().map(|k| k.to_string()).collect();
        want.sort();
        assert_eq!(
            got, want,
            "a member differs does not know: add it to model::compare::differs"
        );
    };
    known(
        &json,
        &[
            "name",
            "currency",
            "team",
            "roles",
            "managers",
            "base",
            "tiers",
            "tiering",
            "economics",
            "growth",
            "budget",
            "uncertainty",
            "calendar",
            "hiring",
            "coverage",
        ],
    );
    known(&json["uncertainty"], &["samples", "seed", "ranges"]);
    known(&json["calendar"], &["start", "fiscal_year_start_month"]);
    known(
        &json["hiring"],
        &[
            "recruiting_cost",
            "ramp_capacity_pct",
            "max_hires_per_quarter",
            "backfill",
        ],
    );
    known(
        &json["coverage"],
        &["retention_gap_pct", "retention_source"],
    );
    known(
        &json["team"],
        &[
            "hours_per_week",
            "working_weeks_per_year",
            "reactive_pct",
            "collateral_pct",
            "overhead_pct",
            "reactive_bottom_up",
        ],
    );
    known(&json["base"], &["mode", "total", "bands", "as_of"]);
    known(&json["base"]["bands"][0], &["min", "max", "count"]);
    known(&json["tiering"], &["rule", "weights", "full_at"]);
    known(
        &json["growth"],
        &[
            "horizon_months",
            "lead_months",
            "ramp_months",
            "attrition_pct",
            "today",
        ],
    );
    let tier = &json["tiers"][0];
    known(
        tier,
        &[
            "name",
            "coverage",
            "customers",
            "avg_arr",
            "min_arr",
            "min_score",
            "first_year_pct",
            "renewal_months",
            "touches",
            "triggers",
            "programs",
            "grr_pct",
            "nrr_pct",
            "plan_price",
            "plan_attach_pct",
            "new_per_month",
            "moves",
        ],
    );
    known(
        &tier["touches"][0],
        &[
            "name",
            "hours",
            "per_year",
            "first_year_only",
            "share_pct",
            "role",
            "at_renewal",
        ],
    );
    let with = |member: &str| {
        json["tiers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| !t[member].as_array().unwrap().is_empty())
            .map(|t| t[member][0].clone())
            .unwrap()
    };
    known(&with("triggers"), &["name", "per_year", "hours", "role"]);
    known(
        &with("programs"),
        &[
            "name",
            "hours",
            "sessions",
            "cadence",
            "reach",
            "first_year_only",
            "role",
        ],
    );
    known(&with("moves"), &["to", "pct_per_year"]);
}

#[test]
fn net_cost_is_compared_when_a_plan_sells_success_plans() {
    let base = named(Scenario::default(), "Today");
    let c = compare(&[base.clone(), named(base.clone(), "Same")], TODAY).unwrap();
    assert!(!c.rows.iter().any(|r| r.figure == Figure::NetCost));
    let mut alt = named(base.clone(), "Paid plans");
    // 40 high-touch customers × 50% × $10,000 = $200,000 a year of plans.
    alt.tiers[0].plan_price = 10_000.0;
    alt.tiers[0].plan_attach_pct = 50.0;
    let c = compare(&[base, alt], TODAY).unwrap();
    let net = row(&c, Figure::NetCost);
    assert_eq!(net.values, [Some(884_000.0), Some(684_000.0)]);
    assert_eq!(net.differences[0].words, "$200,000 a year less");
    assert_eq!(net.differences[0].verdict, Verdict::Better);
    assert_eq!(row(&c, Figure::Cost).differences[0].verdict, Verdict::Same);
}

/// The page keeps each scenario's figures and recomputes only the one
/// edited: the comparison from kept figures is the comparison from scratch.
#[test]
fn kept_figures_give_the_same_comparison() {
    let mut scenarios: Vec<Scenario> = presets()
        .into_iter()
        .take(3)
        .map(|p| named(p.scenario, p.id))
        .collect();
    let mut kept: Vec<ScenarioFigures> = scenarios
        .iter()
        .map(|s| ScenarioFigures::of(s, TODAY))
        .collect();
    scenarios[1].tiers[0].customers += 25.0;
    kept[1] = ScenarioFigures::of(&scenarios[1], TODAY);
    let pairs: Vec<(&Scenario, &ScenarioFigures)> = scenarios.iter().zip(&kept).collect();
    assert_eq!(compare_with(&pairs), compare(&scenarios, TODAY));
    assert_eq!(
        compare_with(&pairs[..1]).unwrap_err(),
        CompareError::TooFew(1)
    );
}

fn edit_strategy() -> impl proptest::strategy::Strategy<Value = (usize, Vec<(usize, f64)>)> {
    (
        0..presets().len(),
        proptest::collection::vec((0usize..10_000, -1e7f64..1e7), 1..6),
    )
}

proptest::proptest! {
    /// Hostile numbers put into a scenario by a program (links cannot
    /// carry them): the comparison never panics and never shows NaN or
    /// infinity.
    #[test]
    fn hostile_numbers_never_show(
        k in 0usize..10_000,
        value in proptest::prop_oneof![
            proptest::strategy::Just(f64::NAN),
            proptest::strategy::Just(f64::INFINITY),
            proptest::strategy::Just(f64::NEG_INFINITY),
            proptest::strategy::Just(f64::MAX),
            -1e300f64..1e300,
        ],
    ) {
        let base = Scenario::default();
        let mut alt = named(base.clone(), "Hostile");
        let all = inputs(&base);
        all[k % all.len()].set(&mut alt, value);
        let c = compare(&[named(base, "Base"), alt], TODAY).unwrap();
        let text = serde_json::to_string(&c).unwrap();
        for bad in ["NaN", "inf", "null"] {
            let shown: Vec<&String> = c.rows.iter().flat_map(|r| r.shown.iter()).collect();
            proptest::prop_assert!(!shown.iter().any(|s| s.contains(bad)), "{:?}", shown);
        }
        for change in &c.differs[0].changes {
            proptest::prop_assert!(!change.text.contains("NaN") && !change.text.contains("inf"), "{}", change.text);
        }
        proptest::prop_assert!(!text.contains("NaN"));
    }

    /// A scenario against itself: every figure the same, nothing differs.
    #[test]
    fn a_scenario_against_itself_is_the_same(preset in 0..presets().len()) {
        let s = presets()[preset].scenario.clone();
        let c = compare(&[named(s.clone(), "A"), named(s, "B")], TODAY).unwrap();
        for r in &c.rows {
            for d in &r.differences {
                let same = d.verdict == Verdict::Same
                    || (d.verdict == Verdict::NotComparable && r.values[0].is_none());
                proptest::prop_assert!(same, "{}: {:?}", r.label, d);
            }
        }
        proptest::prop_assert!(c.differs[0].changes.is_empty(), "{:?}", c.differs);
        proptest::prop_assert_eq!(c.backward.differences[0].verdict, Verdict::Same);
    }

    /// Random edits through the registry of inputs: the differs list names
    /// exactly the inputs whose value changed, and every figure's
    /// difference is the alternative's value minus the base's.
    #[test]
    fn differs_names_exactly_the_inputs_edited((preset, edits) in edit_strategy()) {
        let base = presets()[preset].scenario.clone();
        let mut alt = base.clone();
        let all = inputs(&base);
        for (k, value) in &edits {
            let input: Input = all[k % all.len()];
            input.set(&mut alt, input.clamp(*value));
        }
        let mut edited: Vec<String> = all
            .iter()
            .filter(|i| i.get(&base) != i.get(&alt))
            .map(|i| i.path())
            .collect();
        edited.sort();
        let mut named_paths: Vec<String> =
            differs(&base, &alt).into_iter().map(|c| c.path).collect();
        named_paths.sort();
        proptest::prop_assert_eq!(&named_paths, &edited);
        let c = compare(&[named(base, "Base"), named(alt, "Edited")], TODAY).unwrap();
        for r in &c.rows {
            let d = &r.differences[0];
            match (r.values[0], r.values[1]) {
                (Some(b), Some(a)) => {
                    proptest::prop_assert_eq!(d.value, Some(a - b));
                    if b != 0.0 {
                        let p = d.pct.unwrap();
                        proptest::prop_assert!((p - (a - b) / b.abs() * 100.0).abs() <= 1e-9 * p.abs().max(1.0));
                    } else {
                        proptest::prop_assert_eq!(d.pct, None);
                    }
                }
                _ => proptest::prop_assert_eq!(d.verdict, Verdict::NotComparable),
            }
        }
    }
}

/// The calendar, hiring, coverage and ranges are listed in words.
#[test]
fn differs_lists_the_settings_and_ranges() {
    use crate::model::uncertainty::{RangeEntry, Shape};
    let base = Scenario::default();
    let mut alt = base.clone();
    alt.calendar.fiscal_year_start_month = 4;
    alt.hiring.max_hires_per_quarter = 2;
    alt.uncertainty.ranges.push(RangeEntry {
        path: "tiers.0.customers".into(),
        low: 35.0,
        high: 45.0,
        shape: Shape::Triangular,
    });
    let texts: Vec<String> = differs(&base, &alt).into_iter().map(|c| c.text).collect();
    for want in [
        "Fiscal year starts in: Jan -> Apr",
        "Most hires per quarter: no cap -> 2 a quarter",
        "Range on tiers.0.customers: none -> 35 to 45, triangular",
    ] {
        assert!(texts.iter().any(|t| t == want), "{want} not in {texts:?}");
    }
}

#[test]
fn figures_from_a_report_are_the_figures_of_its_scenario() {
    for preset in crate::model::presets() {
        let from = ScenarioFigures::from_report(
            &crate::model::report(&preset.scenario),
            &preset.scenario,
            TODAY,
        );
        assert_eq!(
            from,
            ScenarioFigures::of(&preset.scenario, TODAY),
            "{}",
            preset.id
        );
    }
}
