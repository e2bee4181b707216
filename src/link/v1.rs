//! Version 1 of the link format.
//!
//! - Readable keys for the team time, as in the first links in the wild:
//!   `hpw` hours per week, `wks` working weeks per year, `re` reactive %,
//!   `co` collateral %, `ov` overhead % (decimal text, or `x` + 16 hex digits
//!   of the bits when decimal text cannot carry the value exactly).
//! - Everything else as one payload, `j=` or `z=` (see [`super::payload`]):
//!   a patch (see [`super::patch`]) of the scenario's JSON against the frozen
//!   defaults of version 1 in `v1_defaults.json`. That file is never edited:
//!   when `Scenario::default()` or the scenario's shape changes, a version 2
//!   gets its own snapshot and decoder, and version 1 links are read by this
//!   decoder and migrated forward, so they keep giving the same plan.

use std::sync::OnceLock;

use serde_json::{Map, Number, Value};

use super::error::{shorten, ErrorKind, LinkIssue};
use super::patch::{apply, diff, Defaults, PatchError};
use super::payload::{pack, unpack};
use crate::decimal::{format_exact, parse_exact};

/// The frozen defaults of version 1.
pub const SNAPSHOT: &str = include_str!("v1_defaults.json");

/// The frozen preset dictionary of version 1's `z` payload (see [`super::payload`]).
pub const DICTIONARY: &[u8] = include_bytes!("v1_dictionary.txt");

/// The readable team-time keys: (query key, member of `team`, words for messages).
pub const TEAM_KEYS: [(&str, &str, &str); 5] = [
    ("hpw", "hours_per_week", "hours per week"),
    ("wks", "working_weeks_per_year", "working weeks per year"),
    ("re", "reactive_pct", "reactive share"),
    ("co", "collateral_pct", "collateral share"),
    ("ov", "overhead_pct", "overhead share"),
];

/// The parsed defaults of version 1 (`None` only if the committed snapshot
/// were malformed, which a test rules out).
pub fn defaults() -> Option<&'static Defaults> {
    static CELL: OnceLock<Option<Defaults>> = OnceLock::new();
    CELL.get_or_init(|| Defaults::parse(SNAPSHOT)).as_ref()
}

fn empty_defaults() -> Defaults {
    Defaults {
        scenario: Value::Object(Map::new()),
        items: Map::new(),
        enums: Map::new(),
        rows: Map::new(),
    }
}

/// The query parameters (without `v`) that carry `scenario_json` in version 1.
pub fn encode_params(mut scenario_json: Value) -> Vec<(&'static str, String)> {
    let fallback;
    let d = match defaults() {
        Some(d) => d,
        None => {
            fallback = empty_defaults();
            &fallback
        }
    };
    let mut params = Vec::new();
    let base_team = d.scenario.get("team");
    if let Some(Value::Object(team)) = scenario_json.get_mut("team") {
        for (key, member, _) in TEAM_KEYS {
            let base = base_team.and_then(|t| t.get(member)).cloned();
            let Some(value) = team.get(member).and_then(Value::as_f64) else {
                continue;
            };
            if Some(value) != base.as_ref().and_then(Value::as_f64) {
                params.push((key, format_exact(value)));
            }
            match base {
                Some(b) => team.insert(member.to_string(), b),
                None => team.remove(member),
            };
        }
    }
    if let Some(mut patch) = diff(d, &d.scenario, &scenario_json, "") {
        if patch.as_object().is_some_and(|m| !m.is_empty()) {
            shorten_numbers(&mut patch);
            let (key, text) = pack(&patch.to_string(), DICTIONARY);
            params.push((key, text));
        }
    }
    params
}

/// Writes whole floats as integers (`40` instead of `40.0`): shorter, and
/// read back as the same `f64`.
fn shorten_numbers(value: &mut Value) {
    match value {
        Value::Array(items) => items.iter_mut().for_each(shorten_numbers),
        Value::Object(members) => members.values_mut().for_each(shorten_numbers),
        Value::Number(n) if n.is_f64() => {
            if let Some(x) = n.as_f64() {
                if x.fract() == 0.0 && x.abs() < 9.0e15 && !(x == 0.0 && x.is_sign_negative()) {
                    *n = Number::from(x as i64);
                }
            }
        }
        _ => {}
    }
}

/// The scenario JSON of a version 1 link from its parameters (codec keys
/// only; unknown keys were already dropped), with what could not be read.
pub fn decode_params(params: &[(&str, &str)]) -> Result<(Value, Vec<LinkIssue>), ErrorKind> {
    let d = defaults().ok_or_else(|| ErrorKind::Corrupt {
        detail: "this build's version 1 defaults are unreadable".into(),
    })?;
    let mut issues = Vec::new();
    let payloads: Vec<&(&str, &str)> = params
        .iter()
        .filter(|(k, _)| *k == "z" || *k == "j")
        .collect();
    let mut scenario = match payloads.as_slice() {
        [] => d.scenario.clone(),
        [(key, text)] => {
            let json = unpack(text, *key == "z", DICTIONARY)?;
            let patch: Value = serde_json::from_str(&json).map_err(|e| {
                if e.is_eof() {
                    ErrorKind::Truncated
                } else {
                    ErrorKind::Corrupt {
                        detail: format!("payload: {}", shorten(&e.to_string())),
                    }
                }
            })?;
            if !patch.is_object() {
                return Err(ErrorKind::Corrupt {
                    detail: "the payload is not a scenario".into(),
                });
            }
            apply_patch(d, &d.scenario, &patch, &mut issues)?
        }
        _ => {
            return Err(ErrorKind::Corrupt {
                detail: "more than one payload".into(),
            })
        }
    };
    for (key, raw) in params {
        let Some((_, member, words)) = TEAM_KEYS.iter().find(|(k, _, _)| k == key) else {
            continue;
        };
        match parse_exact(raw)
            .filter(|x| x.is_finite())
            .and_then(Number::from_f64)
        {
            Some(n) => {
                if let Some(Value::Object(team)) = scenario.get_mut("team") {
                    team.insert(member.to_string(), Value::Number(n));
                }
            }
            None => issues.push(LinkIssue {
                key: key.to_string(),
                message: format!(
                    "The link's {words} (\"{}\") is not a number; the default was used.",
                    shorten(raw)
                ),
            }),
        }
    }
    Ok((scenario, issues))
}

/// `base` with a whole-scenario `patch` applied (also used for files).
pub fn apply_patch(
    d: &Defaults,
    base: &Value,
    patch: &Value,
    issues: &mut Vec<LinkIssue>,
) -> Result<Value, ErrorKind> {
    apply(d, base, patch, "", "", issues).map_err(|e| match e {
        PatchError::TooManyItems => ErrorKind::TooLarge,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Band, Move, Program, Scenario, Tier, Touch, Trigger};

    /// The tripwire of versioning: version 1's frozen defaults are today's.
    /// When this fails, `Scenario::default()` or the scenario's shape has
    /// changed: do not edit `v1_defaults.json`; add version 2 (its own
    /// snapshot, an encoder writing `v=2`, a migration from version 1) and
    /// keep decoding version 1 as it is.
    #[test]
    fn version_1_defaults_are_still_this_builds_defaults() {
        let d = defaults().expect("the snapshot parses");
        let now = |v: serde_json::Result<Value>| v.unwrap();
        assert_eq!(d.scenario, now(serde_json::to_value(Scenario::default())));
        let items = [
            ("tiers", now(serde_json::to_value(Tier::default()))),
            ("touches", now(serde_json::to_value(Touch::default()))),
            ("triggers", now(serde_json::to_value(Trigger::default()))),
            ("programs", now(serde_json::to_value(Program::default()))),
            ("bands", now(serde_json::to_value(Band::default()))),
            ("moves", now(serde_json::to_value(Move::default()))),
        ];
        for (key, value) in items {
            assert_eq!(d.items.get(key), Some(&value), "{key}");
        }
    }

    #[test]
    fn every_row_names_every_field_of_its_item() {
        let d = defaults().unwrap();
        for (key, fields) in &d.rows {
            let mut fields: Vec<&str> = fields
                .as_array()
                .unwrap()
                .iter()
                .filter_map(Value::as_str)
                .collect();
            fields.sort_unstable();
            let mut members: Vec<&str> = d.items[key]
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            members.sort_unstable();
            assert_eq!(fields, members, "{key}");
        }
        assert!(DICTIONARY.len() < 32 * 1024);
    }
}
