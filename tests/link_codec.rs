//! The link codec and scenario files through the public API: worked cases.

#[path = "common/full_scenario.rs"]
mod full_scenario;

#[path = "common/b64.rs"]
mod b64;
use b64::b64;
use tierplan::link::{
    decode, encode, from_file_json, query_of, to_file_json, ErrorKind, MAX_LINK_LEN,
};
use tierplan::model::{plan, presets, Coverage, Role, Scenario, TeamTime, Tier, Touch};

fn kind(query: &str) -> ErrorKind {
    decode(query).expect_err(query).kind
}

#[test]
fn the_default_scenario_has_an_empty_link() {
    assert_eq!(encode(&Scenario::default()), "");
    let d = decode("").unwrap();
    assert_eq!(d.scenario, Scenario::default());
    assert!(d.warnings.is_empty());
}

/// Version 1's default scenario as this build reads it: today's default
/// with the fields version 2 added at their defaults (no score cut-offs, no
/// touch at renewal) and the manager rule of versions 1 and 2 (the CS
/// leader manages no one directly: every manager counted).
fn version_1_default() -> Scenario {
    let mut s = Scenario::default();
    s.managers.leader_reports = 0.0;
    for t in &mut s.tiers {
        t.min_score = Tier::default().min_score;
        for touch in &mut t.touches {
            touch.at_renewal = false;
        }
    }
    s
}

#[test]
fn old_team_time_links_keep_their_meaning() {
    let d = decode("v=1&hpw=45&wks=44&re=15&co=10&ov=15").unwrap();
    let team = TeamTime {
        hours_per_week: 45.0,
        working_weeks_per_year: 44.0,
        ..TeamTime::default()
    };
    let expected = Scenario {
        team: team.clone(),
        ..version_1_default()
    };
    assert_eq!(d.scenario, expected);
    assert_eq!(d.version, 1);
    assert!(d.warnings.is_empty());
    // The same figures as today's default with that team: its 6 in-house
    // people get 1 manager under either manager rule.
    let (old, new) = (
        plan(&d.scenario).totals,
        plan(&Scenario {
            team: team.clone(),
            ..Scenario::default()
        })
        .totals,
    );
    assert_eq!(
        (old.headcount, old.cost, old.fte_total),
        (new.headcount, new.cost, new.fte_total)
    );
    // Written back readable, as version 3.
    let now = Scenario {
        team,
        ..Scenario::default()
    };
    assert_eq!(encode(&now), "v=4&hpw=45&wks=44");
    assert_eq!(decode("v=3&hpw=45&wks=44").unwrap().scenario, now);
    // Version 2 counted every manager: its links keep that rule.
    let two = decode("v=2&hpw=45&wks=44").unwrap().scenario;
    assert_eq!(two.managers.leader_reports, 0.0);
    // The first links had no `v`: version 1.
    assert_eq!(decode("hpw=45&wks=44").unwrap().version, 1);
    // The bare address is this build's default, `v=1` alone version 1's.
    assert_eq!(decode("embed=1").unwrap().scenario, Scenario::default());
    assert_eq!(decode("v=1").unwrap().scenario, version_1_default());
}

#[test]
fn version_2_carries_tiering_renewals_and_accounts() {
    let s = full_scenario::accounts_scenario();
    let q = encode(&s);
    assert!(q.starts_with("v=4&"), "{q}");
    let d = decode(&q).unwrap();
    assert_eq!(d.scenario, s);
    assert!(d.warnings.is_empty(), "{:?}", d.warnings);
    // A version 1 link cannot hold them: the accounts mode is unknown to it.
    let json = r#"{"base":{"mode":"accounts"},"tiering":{"rule":"score"}}"#;
    let d = decode(&format!("v=1&j={}", b64(json.as_bytes()))).unwrap();
    let keys: Vec<&str> = d.warnings.iter().map(|w| w.key.as_str()).collect();
    assert_eq!(keys, ["base.mode", "tiering"]);
    // Version 2 reads a renewal list on a tier that had none, and names a bad one.
    let json =
        r#"{"tiers":[{"renewal_months":[1,2,3,4,5,6,7,8,9,10,11,12]},{"renewal_months":["x"]}]}"#;
    let d = decode(&format!("v=2&j={}", b64(json.as_bytes()))).unwrap();
    assert_eq!(d.scenario.tiers[0].renewal_months[11], 12.0);
    let keys: Vec<&str> = d.warnings.iter().map(|w| w.key.as_str()).collect();
    assert_eq!(keys, ["tiers.1.renewal_months.0"]);
}

/// Version 3 adds the people the CS leader manages (default 4). A link or
/// file of version 2 keeps its plan: every manager counted, as it was made.
#[test]
fn version_3_carries_the_cs_leaders_reports_and_old_links_keep_their_managers() {
    // One pooled CSM for a tech-touch tier (0.22 FTE).
    let mut small = Scenario::default();
    small.tiers.truncate(1);
    small.tiers[0] = Tier {
        customers: 1000.0,
        first_year_pct: 0.0,
        programs: vec![tierplan::model::Program::per_customer(
            "Webinar",
            4.0,
            50.0,
            3.0,
            Role::Pooled,
        )],
        ..Tier::named("Tech touch", Coverage::Digital)
    };
    let p = plan(&small);
    assert_eq!((p.totals.heads.pooled, p.totals.heads.managers), (1, 0));
    let q = encode(&small);
    assert_eq!(decode(&q).unwrap().scenario, small);
    let mut led = small.clone();
    led.managers.leader_reports = 2.5;
    assert_eq!(decode(&encode(&led)).unwrap().scenario, led);
    // The same plan written by version 2 (no leader field, nor the later
    // members): one manager.
    let mut json: serde_json::Value = serde_json::from_str(&small.to_json()).unwrap();
    let members = json.as_object_mut().unwrap();
    for later in ["uncertainty", "calendar", "hiring", "coverage"] {
        members.remove(later);
    }
    members["managers"]
        .as_object_mut()
        .unwrap()
        .remove("leader_reports");
    let v2 = tierplan::link::link_with_payload(2, &json.to_string()).unwrap();
    let old = decode(&v2).unwrap();
    assert!(old.warnings.is_empty(), "{:?}", old.warnings);
    assert_eq!(old.version, 2);
    assert_eq!(old.scenario.managers.leader_reports, 0.0);
    assert_eq!(plan(&old.scenario).totals.heads.managers, 1);
    let file = to_file_json(&small).replace("\"tierplan\": 4", "\"tierplan\": 2");
    let old = from_file_json(&file).unwrap();
    assert_eq!(old.version, 2);
    assert_eq!(old.scenario.managers.leader_reports, 0.0);
}

#[test]
fn team_time_stays_readable_and_the_rest_is_one_payload() {
    let mut s = Scenario::default();
    s.team.hours_per_week = 37.5;
    s.tiers[1].customers = 250.0;
    let q = encode(&s);
    assert!(q.starts_with("v=4&hpw=37.5&"), "{q}");
    assert_eq!(q.matches('&').count(), 2, "{q}");
    assert_eq!(decode(&q).unwrap().scenario, s);
}

#[test]
fn presets_and_a_full_scenario_round_trip() {
    let mut all: Vec<Scenario> = presets().into_iter().map(|p| p.scenario).collect();
    all.push(full_scenario::full_scenario());
    all.push(full_scenario::accounts_scenario());
    all.push(full_scenario::full_accounts_scenario());
    for s in all {
        let q = encode(&s);
        let d = decode(&format!("?{q}&embed=1")).unwrap();
        assert_eq!(d.scenario, s, "{q}");
        assert!(d.warnings.is_empty(), "{:?}", d.warnings);
        let f = from_file_json(&to_file_json(&s)).unwrap();
        assert_eq!(f.scenario, s);
        assert!(f.warnings.is_empty());
    }
}

#[test]
fn link_lengths_stay_within_the_promise() {
    // Measured by `cargo run --example link_lengths`; see README.
    assert!(encode(&Scenario::default()).len() <= 100);
    let mut earlier = full_scenario::full_scenario();
    let defaults = Scenario::default();
    earlier.uncertainty = defaults.uncertainty.clone();
    earlier.calendar = defaults.calendar.clone();
    earlier.hiring = defaults.hiring.clone();
    earlier.coverage = defaults.coverage.clone();
    let earlier = encode(&earlier);
    assert!(earlier.len() + 1 < 2000, "{}", earlier.len());
    // Four ranges, a calendar, hiring and a named retention source add
    // about 160 characters.
    let full = encode(&full_scenario::full_scenario());
    assert!(full.len() + 1 < 2200, "{}", full.len());
    let accounts = encode(&full_scenario::accounts_scenario());
    assert!(accounts.len() + 1 < 2000, "{}", accounts.len());
}

#[test]
fn full_urls_are_cut_to_their_query() {
    assert_eq!(
        query_of("https://x.org/tools/tierplan/?v=1&hpw=30#top"),
        "v=1&hpw=30"
    );
    assert_eq!(query_of("https://x.org/tools/tierplan/"), "");
    assert_eq!(query_of("?v=1"), "v=1");
    assert_eq!(query_of(" v=1&hpw=30 "), "v=1&hpw=30");
}

#[test]
fn unreadable_links_say_why() {
    assert_eq!(kind("v=5&hpw=40"), ErrorKind::NewerVersion { version: 5 });
    assert!(matches!(kind("v=abc"), ErrorKind::Corrupt { .. }));
    assert!(matches!(kind("v=1&z=%%%%"), ErrorKind::Corrupt { .. }));
    assert!(matches!(kind("v=1&j=e30&z=e30"), ErrorKind::Corrupt { .. }));
    let long = format!("v=1&z={}", "A".repeat(MAX_LINK_LEN));
    assert!(matches!(kind(&long), ErrorKind::TooLong { .. }));
    let mut s = Scenario::default();
    s.tiers[0].name = "A long tier name that makes the payload longer".into();
    let q = encode(&s);
    assert_eq!(kind(&q[..q.len() - 9]), ErrorKind::Truncated, "{q}");
    // `j=` with a payload that is not a scenario.
    assert!(matches!(kind("v=1&j=WzFd"), ErrorKind::Corrupt { .. }));
    let message = decode("v=9").unwrap_err().to_string();
    assert!(message.contains("newer version of tierplan"), "{message}");
}

#[test]
fn parts_that_cannot_be_read_keep_their_defaults_and_are_named() {
    // {"tiers":[{"coverage":"nope","customers":"many"}],"zz":1}
    let json = r#"{"tiers":[{"coverage":"nope","customers":"many"}],"zz":1,"currency":"EUR"}"#;
    let q = format!("v=1&hpw=abc&j={}", b64(json.as_bytes()));
    let d = decode(&q).unwrap();
    assert_eq!(d.scenario.currency, "EUR");
    assert_eq!(d.scenario.tiers[0].coverage, Coverage::Dedicated);
    assert_eq!(d.scenario.tiers[0].customers, 40.0);
    let keys: Vec<&str> = d.warnings.iter().map(|w| w.key.as_str()).collect();
    assert_eq!(keys, ["tiers.0.coverage", "tiers.0.customers", "zz", "hpw"]);
}

#[test]
fn impossible_numbers_are_kept_for_validation_but_never_non_finite() {
    let d = decode("v=1&hpw=-5").unwrap();
    assert_eq!(d.scenario.team.hours_per_week, -5.0);
    assert!(!d.scenario.validate().is_empty());
    for bad in ["hpw=NaN", "hpw=inf", "hpw=1e999", "hpw=x7ff8000000000000"] {
        let d = decode(bad).unwrap();
        assert_eq!(d.scenario.team.hours_per_week, 40.0, "{bad}");
        assert_eq!(d.warnings.len(), 1, "{bad}");
    }
    let json = r#"{"tiers":[{"customers":1e999}]}"#;
    assert!(decode(&format!("j={}", b64(json.as_bytes()))).is_err());
    // Non-finite values of a scenario are not written: the default stands in.
    let mut s = Scenario::default();
    s.tiers[0].touches[0].hours = f64::NAN;
    s.economics.max_cost_pct = f64::INFINITY;
    let back = decode(&encode(&s)).unwrap().scenario;
    // A touch is written whole, so its NaN becomes a new touch's default.
    assert_eq!(back.tiers[0].touches[0].hours, Touch::default().hours);
    assert_eq!(back.tiers[0].touches[1], s.tiers[0].touches[1]);
    assert_eq!(back.economics.max_cost_pct, 15.0);
}

#[test]
fn links_carry_no_e_mail_unless_typed_into_a_name() {
    let mut s = full_scenario::full_scenario();
    s.tiers[2].touches[4].role = Role::Partner;
    let q = encode(&s);
    assert!(!q.contains('@'));
    let text = decode(&q).unwrap().scenario.to_json();
    assert!(!text.contains('@'));
    // Only what a person typed into a name can carry one, and it reads back as typed.
    s.name = "Plan for ceo@example.com".into();
    let back = decode(&encode(&s)).unwrap().scenario;
    assert_eq!(back.name, "Plan for ceo@example.com");
}

#[test]
fn scenario_files_are_versioned_and_checked() {
    let text = to_file_json(&Scenario::default());
    assert!(text.contains("\"tierplan\": 4"), "{text}");
    // A version 1 file reads as version 1's defaults, migrated.
    let d = from_file_json(r#"{"tierplan":1,"scenario":{"currency":"EUR"}}"#).unwrap();
    assert_eq!(d.version, 1);
    assert_eq!(
        d.scenario,
        Scenario {
            currency: "EUR".into(),
            ..version_1_default()
        }
    );
    let file_kind = |t: &str| from_file_json(t).expect_err(t).kind;
    assert_eq!(file_kind("hello"), ErrorKind::NotTierplan);
    assert_eq!(file_kind(r#"{"name":"x"}"#), ErrorKind::NotTierplan);
    assert_eq!(
        file_kind(r#"{"tierplan":5,"scenario":{}}"#),
        ErrorKind::NewerVersion { version: 5 }
    );
    assert_eq!(file_kind(&text[..text.len() / 2]), ErrorKind::Truncated);
    assert!(matches!(
        file_kind(r#"{"tierplan":1}"#),
        ErrorKind::Corrupt { .. }
    ));
    assert!(matches!(
        file_kind(r#"{"tierplan":"one","scenario":{}}"#),
        ErrorKind::Corrupt { .. }
    ));
    let huge = format!(
        "{{\"tierplan\":1,\"scenario\":{{\"name\":\"{}\"}}}}",
        "a".repeat(2 << 20)
    );
    assert!(matches!(file_kind(&huge), ErrorKind::TooLong { .. }));
    let message = from_file_json("hello").unwrap_err().to_string();
    assert_eq!(message, "This is not a tierplan file.");
    // A partial file keeps the other defaults; a wrong value is named.
    let d = from_file_json(
        r#"{"tierplan":1,"scenario":{"currency":"EUR","growth":{"lead_months":-2}}}"#,
    )
    .unwrap();
    assert_eq!(d.scenario.currency, "EUR");
    assert_eq!(d.scenario.growth.lead_months, 3);
    assert_eq!(d.warnings[0].key, "growth.lead_months");
}

#[test]
fn an_old_link_with_a_fractional_customer_count_still_opens() {
    // Links made before counts had to be whole may carry 12.7 customers: the
    // link opens as it was, the field says what is wrong, and the plan
    // computes on the 13 customers the table shows.
    let mut s = Scenario::default();
    s.tiers[0].customers = 12.7;
    let d = decode(&encode(&s)).unwrap();
    assert_eq!(d.scenario.tiers[0].customers, 12.7);
    let errors = d.scenario.validate();
    assert!(
        errors.iter().any(|e| e.field == "tiers.0.customers"
            && e.problem.to_string() == "Enter a whole number of customers."),
        "{errors:?}"
    );
    let r = tierplan::model::report(&d.scenario);
    assert_eq!(r.plan.tiers[0].customers, 13.0);
}
