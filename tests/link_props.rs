//! Properties of the link codec and scenario files (proptest), and a bounded
//! fuzz-style run of the decoder over random, truncated and bit-flipped links.
//!
//! Case counts are modest so the native suite stays fast on 2 cores;
//! `PROPTEST_CASES=N` runs deeper.
#![cfg(not(target_arch = "wasm32"))]

mod common;

#[path = "common/b64.rs"]
mod b64;
use b64::b64;
use proptest::prelude::*;
use tierplan::link::{
    decode, encode, encode_all, from_file_json, to_file_json, to_file_json_all, MAX_ITEMS,
};
use tierplan::model::{plan, Scenario};

/// Any finite `f64`, awkward ones often.
fn finite() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.1 + 0.2),
        Just(1.0 / 3.0),
        Just(f64::MAX),
        Just(f64::MIN_POSITIVE),
        Just(5e-324),
        Just(-0.0),
        proptest::num::f64::NORMAL | proptest::num::f64::SUBNORMAL | proptest::num::f64::ZERO,
    ]
}

/// Every number of a decoded scenario is finite (checked on its JSON: a
/// non-finite number would be written as `null`).
fn assert_all_finite(s: &Scenario) {
    assert!(!s.to_json().contains("null"), "{}", s.to_json());
}

proptest! {
    #![proptest_config(common::config(48))]

    #[test]
    fn scenario_link_scenario_is_exact(s in common::scenario()) {
        let q = encode(&s);
        let d = decode(&q).unwrap();
        prop_assert_eq!(&d.scenario, &s, "{}", q);
        prop_assert!(d.warnings.is_empty(), "{:?}", d.warnings);
    }

    /// A comparison of any scenarios opens as it was written, from a link
    /// and from a file (names made different first, as the page keeps them).
    #[test]
    fn a_comparison_round_trips(
        base in common::scenario(),
        alternatives in proptest::collection::vec(common::scenario(), 1..4),
    ) {
        let mut all = vec![base];
        for (k, mut alt) in alternatives.into_iter().enumerate() {
            alt.name = format!("Option {k}");
            all.push(alt);
        }
        let q = encode_all(&all);
        let d = decode(&q).unwrap();
        prop_assert!(d.warnings.is_empty(), "{:?}", d.warnings);
        prop_assert_eq!(&d.scenario, &all[0]);
        prop_assert_eq!(&d.alternatives[..], &all[1..]);
        let f = from_file_json(&to_file_json_all(&all)).unwrap();
        prop_assert!(f.warnings.is_empty(), "{:?}", f.warnings);
        prop_assert_eq!(&f.alternatives[..], &all[1..]);
    }

    #[test]
    fn scenario_file_scenario_is_exact(s in common::scenario()) {
        let d = from_file_json(&to_file_json(&s)).unwrap();
        prop_assert_eq!(&d.scenario, &s);
        prop_assert!(d.warnings.is_empty());
        prop_assert_eq!(Scenario::from_json(&s.to_json()).unwrap(), s);
    }

    #[test]
    fn any_finite_number_round_trips_bit_for_bit(
        s in common::scenario(),
        x in finite(), y in finite(), z in finite(), w in finite(),
    ) {
        let mut s = s;
        s.team.hours_per_week = x;
        s.tiers[0].customers = y;
        s.tiers[0].touches[0].hours = z;
        s.economics.target_arr_per_csm = w;
        let back = decode(&encode(&s)).unwrap().scenario;
        prop_assert_eq!(back.team.hours_per_week.to_bits(), x.to_bits());
        prop_assert_eq!(back.tiers[0].touches[0].hours.to_bits(), z.to_bits());
        // -0.0 may come back as 0.0 where it equals the default's 0: equal as numbers.
        prop_assert_eq!(back.tiers[0].customers, y);
        prop_assert_eq!(back.economics.target_arr_per_csm, w);
        prop_assert_eq!(from_file_json(&to_file_json(&s)).unwrap().scenario, s);
    }

    #[test]
    fn hostile_scenarios_encode_and_decode_to_finite_numbers(s in common::hostile_scenario()) {
        let d = decode(&encode(&s)).unwrap();
        assert_all_finite(&d.scenario);
        let d = from_file_json(&to_file_json(&s)).unwrap();
        assert_all_finite(&d.scenario);
    }
}

/// A valid link to damage.
fn link() -> impl Strategy<Value = String> {
    common::scenario().prop_map(|s| encode(&s))
}

/// A query made of codec keys and random values.
fn random_query() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("v"),
        Just("z"),
        Just("j"),
        Just("hpw"),
        Just("ov"),
        Just("embed")
    ];
    proptest::collection::vec((key, "[A-Za-z0-9_=%&?#.+-]{0,60}"), 0..6).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

/// Reads `query` and checks the bounds: no panic (a panic fails the test),
/// finite numbers, lists within [`MAX_ITEMS`], and an engine that copes.
fn check(query: &str) {
    if let Ok(d) = decode(query) {
        assert_all_finite(&d.scenario);
        assert!(d.scenario.tiers.len() <= MAX_ITEMS);
        let p = plan(&d.scenario);
        assert!(p.totals.cost.is_finite());
    }
}

proptest! {
    #![proptest_config(common::config(96))]

    #[test]
    fn random_queries_never_panic(q in random_query()) {
        check(&q);
    }

    #[test]
    fn random_payloads_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400), deflated in any::<bool>()) {
        let key = if deflated { "z" } else { "j" };
        check(&format!("v=1&{key}={}", b64(&bytes)));
    }

    #[test]
    fn truncated_links_never_panic(q in link(), cut in any::<prop::sample::Index>()) {
        let end = cut.index(q.len() + 1);
        if q.is_char_boundary(end) {
            check(&q[..end]);
        }
    }

    #[test]
    fn bit_flipped_links_never_panic(q in link(), flips in proptest::collection::vec((any::<prop::sample::Index>(), 0u8..8), 1..4)) {
        let mut bytes = q.into_bytes();
        if bytes.is_empty() {
            return Ok(());
        }
        for (at, bit) in flips {
            let i = at.index(bytes.len());
            bytes[i] ^= 1 << bit;
        }
        check(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn damaged_files_never_panic(s in common::scenario(), cut in any::<prop::sample::Index>(), flip in any::<prop::sample::Index>()) {
        let text = to_file_json(&s);
        let mut bytes = text.into_bytes();
        let i = flip.index(bytes.len());
        bytes[i] ^= 0x20;
        let end = cut.index(bytes.len() + 1);
        if let Ok(d) = from_file_json(&String::from_utf8_lossy(&bytes[..end])) {
            assert_all_finite(&d.scenario);
        }
    }
}

#[test]
fn a_list_bomb_is_refused() {
    // (The deflate bomb is refused inside the codec: `link::payload` tests.)
    use tierplan::link::ErrorKind;
    let many = format!("{{\"tiers\":[{}{{}}]}}", "{},".repeat(MAX_ITEMS));
    let q = format!("v=1&j={}", b64(many.as_bytes()));
    assert_eq!(decode(&q).unwrap_err().kind, ErrorKind::TooLarge);
    let touches = format!(
        "{{\"tiers\":[{{\"touches\":[{}[]]}}]}}",
        "[],".repeat(MAX_ITEMS)
    );
    let q = format!("v=1&j={}", b64(touches.as_bytes()));
    assert_eq!(decode(&q).unwrap_err().kind, ErrorKind::TooLarge);
}
