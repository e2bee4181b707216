//! Hostile links and files in the real format (deflated payloads, as the
//! page writes them): every name is bounded as typing bounds it, with a
//! warning naming the field, and every refusal is a sentence in plain words
//! with the reader's technical words kept apart.

#[path = "common/b64.rs"]
mod b64;
use b64::b64;
use miniz_oxide::deflate::compress_to_vec;
use tierplan::link::{decode, from_file_json, LinkError};
use tierplan::model::inputs::MAX_NAME_CHARS;
use tierplan::model::Scenario;

/// A `z=` link of `json`, raw-deflated (a stream that makes no use of the
/// version's preset dictionary is still one the page reads).
fn z_link(json: &str) -> String {
    format!("v=2&z={}", b64(&compress_to_vec(json.as_bytes(), 10)))
}

/// A `j=` link of `json`.
fn j_link(json: &str) -> String {
    format!("v=2&j={}", b64(json.as_bytes()))
}

/// Words of a JSON or deflate reader that must never reach a person.
const PARSER_WORDS: [&str; 9] = [
    "expected",
    "line 1",
    "column",
    "recursion",
    "invalid type",
    "EOF",
    "payload",
    "serde",
    "deflate",
];

fn assert_plain(error: &LinkError) {
    let message = error.to_string();
    for word in PARSER_WORDS {
        assert!(
            !tierplan::caseless::lower(&message).contains(&tierplan::caseless::lower(word)),
            "\"{word}\" in: {message}"
        );
    }
    assert!(message.len() < 300, "{message}");
}

#[test]
fn a_100000_character_tier_name_is_cut_with_a_warning_naming_the_tier() {
    let long = "W".repeat(100_000);
    let link = z_link(&format!(r#"{{"tiers":[{{}},{{"name":"{long}"}}]}}"#));
    assert!(link.len() < 2_000, "a real, short link: {}", link.len());
    let d = decode(&link).unwrap();
    assert_eq!(d.scenario.tiers[1].name, "W".repeat(MAX_NAME_CHARS));
    assert_eq!(d.warnings.len(), 1, "{:?}", d.warnings);
    assert_eq!(d.warnings[0].key, "tiers.1.name");
    assert_eq!(
        d.warnings[0].message,
        format!("Tier 2's name was 100,000 characters long; it was cut to {MAX_NAME_CHARS}.")
    );
    // What the page then writes carries the cut name only.
    assert!(tierplan::link::encode(&d.scenario).len() < 400);
}

#[test]
fn long_names_of_every_kind_are_cut_in_links_and_files() {
    let long = "é".repeat(5_000);
    let json = format!(
        r#"{{"name":"{long}","tiers":[{{"touches":[["{long}"]],"triggers":[["{long}"]],"programs":[["{long}"]]}}]}}"#
    );
    let d = decode(&z_link(&json)).unwrap();
    let s = &d.scenario;
    let t = &s.tiers[0];
    for name in [
        &s.name,
        &t.touches[0].name,
        &t.triggers[0].name,
        &t.programs[0].name,
    ] {
        assert_eq!(name.chars().count(), MAX_NAME_CHARS, "{name}");
    }
    let keys: Vec<&str> = d.warnings.iter().map(|w| w.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "name",
            "tiers.0.touches.0.name",
            "tiers.0.triggers.0.name",
            "tiers.0.programs.0.name"
        ]
    );
    let file = format!(r#"{{"tierplan":2,"scenario":{{"tiers":[{{"name":"{long}"}}]}}}}"#);
    let d = from_file_json(&file).unwrap();
    assert_eq!(d.scenario.tiers[0].name.chars().count(), MAX_NAME_CHARS);
    assert_eq!(d.warnings[0].key, "tiers.0.name");
    assert!(d.warnings[0]
        .message
        .starts_with("Tier 1's name was 5,000 characters long"));
}

#[test]
fn markup_in_names_is_kept_as_text() {
    let name = "<img src=x onerror=alert(1)>";
    let d = decode(&j_link(&format!(r#"{{"tiers":[{{"name":"{name}"}}]}}"#))).unwrap();
    assert_eq!(d.scenario.tiers[0].name, name);
    assert!(d.warnings.is_empty());
}

#[test]
fn a_hostile_currency_or_list_month_cannot_reach_the_page() {
    let junk = "<b>".repeat(3_000);
    let json = format!(r#"{{"currency":"{junk}","base":{{"as_of":"{junk}"}}}}"#);
    let d = decode(&z_link(&json)).unwrap();
    assert_eq!(d.scenario.currency, Scenario::default().currency);
    assert_eq!(d.scenario.base.as_of, "");
    let keys: Vec<&str> = d.warnings.iter().map(|w| w.key.as_str()).collect();
    assert_eq!(keys, ["currency", "base.as_of"]);
}

#[test]
fn refused_links_say_what_is_wrong_in_plain_words() {
    let good = z_link(r#"{"name":"Plan A","tiers":[{"customers":41}]}"#);
    let nested = format!("{}{}", "[".repeat(300), "]".repeat(300));
    let bomb = format!(
        "v=2&z={}",
        b64(&compress_to_vec(&vec![b' '; 400 * 1024], 10))
    );
    let mut flipped = good.clone().into_bytes();
    let at = flipped.len() - 5;
    flipped[at] = if flipped[at] == b'A' { b'B' } else { b'A' };
    let flipped = String::from_utf8(flipped).unwrap();
    let cases = [
        ("truncated", good[..good.len() - 6].to_string()),
        ("bit flip", flipped),
        ("newer version", "v=9&j=e30".to_string()),
        ("deflate bomb", bomb),
        ("deeply nested", j_link(&format!(r#"{{"tiers":{nested}}}"#))),
        ("not JSON", j_link(r#"{"tiers" [1]}"#)),
        ("not a scenario", j_link("[1,2,3]")),
        ("not base64", "v=2&z=%%%%".to_string()),
    ];
    for (what, link) in cases {
        match decode(&link) {
            Ok(d) => panic!("{what}: opened with {:?}", d.warnings),
            Err(e) => assert_plain(&e),
        }
    }
    // The reader's own words are kept for the "Details" disclosure.
    let e = decode(&j_link(r#"{"tiers" [1]}"#)).unwrap_err();
    assert!(e.detail().is_some_and(|d| d.contains("expected")), "{e:?}");
    let e = decode(&j_link(&format!(r#"{{"tiers":{nested}}}"#))).unwrap_err();
    assert!(e.detail().is_some_and(|d| d.contains("recursion")), "{e:?}");
    let e = from_file_json(r#"{"tierplan":2,"scenario":{"tiers" 1}}"#).unwrap_err();
    assert_plain(&e);
    assert!(e.detail().is_some());
}

#[test]
fn wrong_types_keep_their_defaults_with_a_warning_each() {
    let json = r#"{"name":7,"tiers":[{"name":["a"],"customers":"many"}],"team":"x"}"#;
    let d = decode(&j_link(json)).unwrap();
    assert_eq!(
        d.scenario.tiers[0].customers,
        Scenario::default().tiers[0].customers
    );
    let keys: Vec<&str> = d.warnings.iter().map(|w| w.key.as_str()).collect();
    assert_eq!(keys, ["name", "team", "tiers.0.customers", "tiers.0.name"]);
}
