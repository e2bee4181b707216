//! Several scenarios in one link and one file: lengths, damaged and extra
//! alternatives, names, and links of earlier versions.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/full_scenario.rs"]
mod full_scenario;

use tierplan::link::{
    decode, encode, encode_all, from_file_json, link_with_payload, to_file_json_all,
};
use tierplan::model::Scenario;

/// The default plan and a copy that changes one number.
fn default_and_copy() -> Vec<Scenario> {
    let base = Scenario::default();
    let mut copy = base.clone();
    copy.name = "More high touch".into();
    copy.tiers[0].customers = 70.0;
    vec![base, copy]
}

#[test]
fn a_one_number_copy_adds_at_most_60_characters() {
    let all = default_and_copy();
    let alone = encode(&all[0]).len();
    let both = encode_all(&all);
    assert!(
        both.len() - alone <= 60,
        "{} more: {both}",
        both.len() - alone
    );
    let d = decode(&both).unwrap();
    assert_eq!(
        (d.scenario, d.alternatives),
        (all[0].clone(), all[1..].to_vec())
    );
}

#[test]
fn four_full_scenarios_stay_under_4000_characters() {
    let all = full_scenario::four_full_scenarios();
    let q = encode_all(&all);
    assert!(q.len() < 4000, "{}", q.len());
    let d = decode(&q).unwrap();
    assert!(d.warnings.is_empty(), "{:?}", d.warnings);
    assert_eq!(d.scenario, all[0]);
    assert_eq!(d.alternatives, all[1..].to_vec());
}

#[test]
fn a_damaged_alternative_is_dropped_alone_with_a_message() {
    let all = full_scenario::four_full_scenarios();
    let q = encode_all(&all);
    // Cut the third scenario's payload (a2) in half.
    let (before, rest) = q.split_once("&a2=").unwrap();
    let (a2, after) = rest.split_once('&').unwrap();
    let damaged = format!("{before}&a2={}&{after}", &a2[..a2.len() / 2]);
    let d = decode(&damaged).unwrap();
    assert_eq!(d.scenario, all[0]);
    let names: Vec<&str> = d.alternatives.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Pooled low touch", "Growth case"]);
    assert!(
        d.warnings
            .iter()
            .any(|w| w.key == "a2" && w.message.contains("3rd scenario")),
        "{:?}",
        d.warnings
    );
    // Garbage is dropped the same way, never a panic.
    for junk in ["", "x", "zzzz", "j!!", "jZm9v"] {
        let d = decode(&format!("{before}&a2={junk}&{after}")).unwrap();
        assert_eq!(d.alternatives.len(), 2, "{junk}");
    }
}

#[test]
fn a_fifth_scenario_is_refused_with_a_message() {
    let all = default_and_copy();
    let q = format!("{}&a4=je30", encode_all(&all));
    let d = decode(&q).unwrap();
    assert_eq!(d.alternatives.len(), 1);
    assert!(
        d.warnings.iter().any(|w| w.message.contains("more than 4")),
        "{:?}",
        d.warnings
    );
}

#[test]
fn names_are_made_unique_with_a_message() {
    let mut all = default_and_copy();
    all[1].name = all[0].name.to_ascii_uppercase();
    let d = decode(&encode_all(&all)).unwrap();
    assert_eq!(d.alternatives[0].name, format!("{} (2)", all[1].name));
    assert!(
        d.warnings.iter().any(|w| w.key == "a1.name"),
        "{:?}",
        d.warnings
    );
}

#[test]
fn an_earlier_version_ignores_alternatives_with_a_message() {
    let v3 = link_with_payload(3, r#"{"name":"Old"}"#).unwrap();
    let d = decode(&format!("{v3}&a1=je30")).unwrap();
    assert_eq!(d.version, 3);
    assert!(d.alternatives.is_empty());
    assert!(d.warnings.iter().any(|w| w.key == "a1"), "{:?}", d.warnings);
}

#[test]
fn files_hold_every_scenario_and_drop_a_damaged_one_alone() {
    let all = full_scenario::four_full_scenarios();
    let text = to_file_json_all(&all);
    let d = from_file_json(&text).unwrap();
    assert_eq!(d.alternatives, all[1..].to_vec());
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["alternatives"][0] = serde_json::Value::from("not a scenario");
    let d = from_file_json(&json.to_string()).unwrap();
    assert_eq!(d.alternatives.len(), 2);
    assert!(
        d.warnings
            .iter()
            .any(|w| w.message.contains("2nd scenario")),
        "{:?}",
        d.warnings
    );
}
