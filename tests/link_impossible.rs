//! Impossible numbers in a link or file (hand-edited, or made before a
//! bound was tightened): read as they are, named at the link notice with
//! the value the plan uses instead, and checked by the same rule as typing.

use tierplan::link::{decode, encode, from_file_json, to_file_json};
use tierplan::model::check::check_field;
use tierplan::model::inputs::inputs;
use tierplan::model::{report, Band, Move, Problem, Scenario};

/// The plan's people of `query`, and of the same link without `without`.
fn headcount(query: &str) -> u32 {
    report(&decode(query).unwrap().scenario)
        .plan
        .totals
        .headcount
}

#[test]
fn negative_hours_are_named_and_not_computed_on() {
    let d = decode("v=1&hpw=-5").unwrap();
    assert!(d.warnings.is_empty());
    // Kept as read, so the field shows -5 with its message.
    assert_eq!(d.scenario.team.hours_per_week, -5.0);
    let keys: Vec<&str> = d.impossible.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys, ["team.hours_per_week"]);
    assert_eq!(
        d.impossible[0].message,
        "This link sets Hours per week to -5 h/week, which is impossible (must be at least 1): the plan below uses 40 h/week instead. Fix it in CSM capacity."
    );
    // The figures are the default hours' (22 people), not those of one
    // hour a week (220 people).
    assert_eq!(headcount("v=1&hpw=-5"), headcount("v=1&hpw=40"));
}

#[test]
fn shares_over_100_percent_are_named_and_not_computed_on() {
    let d = decode("v=1&re=90&co=10&ov=15").unwrap();
    let keys: Vec<&str> = d.impossible.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys, ["team.shares"]);
    let m = &d.impossible[0].message;
    assert!(
        m.contains("115%") && m.contains("default shares (40% together)"),
        "{m}"
    );
    assert_eq!(headcount("v=1&re=90&co=10&ov=15"), headcount("v=1"));
}

#[test]
fn every_stand_in_is_named_even_with_others_in_the_team() {
    // Hours per week stands in with 40 and the shares with the defaults:
    // both are said, not only the first.
    let d = decode("v=1&hpw=-5&re=90&co=10&ov=15").unwrap();
    let keys: Vec<&str> = d.impossible.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys, ["team.hours_per_week", "team.shares"]);
    assert_eq!(headcount("v=1&hpw=-5&re=90&co=10&ov=15"), headcount("v=1"));
    // A share out of range stands in alone; the rest then fit.
    let d = decode("v=1&re=150").unwrap();
    let keys: Vec<&str> = d.impossible.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys, ["team.reactive_pct"]);
}

#[test]
fn hours_and_weeks_beyond_the_week_and_the_year_are_named() {
    let d = decode("v=1&hpw=200&wks=60").unwrap();
    let keys: Vec<&str> = d.impossible.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys, ["team.hours_per_week", "team.working_weeks_per_year"]);
    assert!(d.impossible[0].message.contains("200 h/week"));
    assert!(d.impossible[0].message.contains("at most 168"));
    assert!(d.impossible[1].message.contains("60 weeks"));
    assert!(d.impossible[1].message.contains("at most 52"));
    assert_eq!(headcount("v=1&hpw=200&wks=60"), headcount("v=1"));
}

#[test]
fn a_field_the_plan_divides_by_has_a_real_minimum() {
    let s = Scenario::default();
    for path in ["team.hours_per_week", "team.working_weeks_per_year"] {
        assert_eq!(
            check_field(&s, path, 0.01).map(|e| e.problem),
            Some(Problem::TooSmall { min: 1.0 }),
            "{path}"
        );
        assert_eq!(check_field(&s, path, 1.0), None, "{path}");
    }
    let d = decode("v=1&hpw=0.01").unwrap();
    assert_eq!(d.impossible.len(), 1);
    assert!(d.impossible[0].message.contains("must be at least 1"));
}

#[test]
fn files_name_impossible_numbers_too() {
    let mut s = Scenario::default();
    s.team.hours_per_week = -5.0;
    let d = from_file_json(&to_file_json(&s)).unwrap();
    assert_eq!(d.scenario, s);
    assert_eq!(d.impossible.len(), 1);
    assert!(d.impossible[0]
        .message
        .starts_with("This file sets Hours per week"));
}

/// A scenario with every kind of input: the default one with a band and a move.
fn every_kind() -> Scenario {
    let mut s = Scenario::default();
    s.base.bands.push(Band::new(0.0, 50_000.0, 10.0));
    s.tiers[1].moves.push(Move {
        to: 0,
        pct_per_year: 5.0,
    });
    s
}

#[test]
fn links_and_typing_agree_on_what_is_possible_for_every_input() {
    let base = every_kind();
    let list = inputs(&base);
    assert!(list.len() > 60);
    for input in list {
        let b = input.bounds();
        let path = input.path();
        let mut probes = vec![
            b.min - 1.0,
            b.min,
            b.max,
            b.max + 1.0,
            b.max * 2.0,
            0.0,
            -5.0,
        ];
        if b.positive {
            probes.extend([b.floor / 2.0, b.floor]);
        }
        for value in probes {
            let mut s = base.clone();
            input.set(&mut s, value);
            let typed = check_field(&base, &path, value)
                .filter(|e| !matches!(e.problem, Problem::NotWhole { .. }));
            let decoded = decode(&encode(&s)).unwrap();
            assert_eq!(decoded.scenario, s, "{path} = {value}: the link keeps it");
            let named = decoded.impossible.iter().find(|i| i.key == path);
            assert_eq!(
                typed.is_some(),
                named.is_some(),
                "{path} = {value}: typing says {typed:?}, the link says {named:?}"
            );
        }
    }
}
