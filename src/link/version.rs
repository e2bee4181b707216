//! A link and file format version: its frozen data and the code every
//! version shares.
//!
//! - Readable keys for the team time, as in the first links in the wild:
//!   `hpw` hours per week, `wks` working weeks per year, `re` reactive %,
//!   `co` collateral %, `ov` overhead % (decimal text, or `x` + 16 hex digits
//!   of the bits when decimal text cannot carry the value exactly).
//! - Everything else as one payload, `j=` or `z=` (see [`super::payload`]):
//!   a patch (see [`super::patch`]) of the scenario's JSON against the
//!   version's frozen defaults (`vN_defaults.json`), deflated with the
//!   version's frozen preset dictionary (`vN_dictionary.txt`).
//!
//! Versions differ only by that frozen data ([`Version`]); the code that
//! writes and reads a patch is one. The frozen files are never edited: when
//! `Scenario::default()` or the scenario's shape changes, the next version
//! gets its own files, and links of the earlier versions are read with
//! theirs and migrated forward (see [`super::migrate`]), so they keep giving
//! the same plan.

use std::sync::OnceLock;

use serde_json::{Map, Number, Value};

use super::error::{technical, ErrorKind, LinkIssue};
use super::patch::{apply, diff, Defaults, PatchError};
use super::payload::{pack, unpack};
use super::query::TEAM_KEYS;
use crate::decimal::{format_exact, parse_exact};

/// One format version: its number and its frozen files.
pub struct Version {
    /// The number written as `v=` and as the file's `"tierplan"`.
    pub number: u32,
    /// The frozen defaults (`vN_defaults.json`).
    pub snapshot: &'static str,
    /// The frozen preset dictionary of the `z` payload (`vN_dictionary.txt`).
    pub dictionary: &'static [u8],
    parsed: OnceLock<Option<Defaults>>,
}

impl Version {
    /// A version made of its frozen files.
    pub const fn new(number: u32, snapshot: &'static str, dictionary: &'static [u8]) -> Self {
        Self {
            number,
            snapshot,
            dictionary,
            parsed: OnceLock::new(),
        }
    }

    /// The parsed defaults (`None` only if the committed snapshot were
    /// malformed, which a test rules out for every version).
    pub fn defaults(&self) -> Option<&Defaults> {
        self.parsed
            .get_or_init(|| Defaults::parse(self.snapshot))
            .as_ref()
    }

    pub(super) fn defaults_or_error(&self) -> Result<&Defaults, ErrorKind> {
        self.defaults().ok_or_else(|| ErrorKind::Corrupt {
            detail: format!(
                "this build's version {} defaults are unreadable",
                self.number
            ),
        })
    }

    /// The query parameters (without `v`) that carry `scenario_json`.
    pub fn encode_params(&self, mut scenario_json: Value) -> Vec<(&'static str, String)> {
        let fallback;
        let d = match self.defaults() {
            Some(d) => d,
            None => {
                fallback = empty_defaults();
                &fallback
            }
        };
        let mut params = Vec::new();
        let base_team = d.scenario.get("team");
        if let Some(Value::Object(team)) = scenario_json.get_mut("team") {
            for (key, field) in TEAM_KEYS {
                let member = field.key();
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
                let (key, text) = pack(&patch.to_string(), self.dictionary);
                params.push((key, text));
            }
        }
        params
    }

    /// The scenario JSON (of this version) of a link from its parameters
    /// (codec keys only; unknown keys were already dropped), with what could
    /// not be read.
    pub fn decode_params(
        &self,
        params: &[(&str, &str)],
    ) -> Result<(Value, Vec<LinkIssue>), ErrorKind> {
        let d = self.defaults_or_error()?;
        let mut issues = Vec::new();
        let payloads: Vec<&(&str, &str)> = params
            .iter()
            .filter(|(k, _)| *k == "z" || *k == "j")
            .collect();
        let mut scenario = match payloads.as_slice() {
            [] => d.scenario.clone(),
            [(key, text)] => {
                let json = unpack(text, *key == "z", self.dictionary)?;
                apply_whole(d, &parse_patch(&json)?, &mut issues)?
            }
            _ => {
                return Err(ErrorKind::Corrupt {
                    detail: "more than one payload".into(),
                })
            }
        };
        for (key, raw) in params {
            let Some((_, field)) = TEAM_KEYS.iter().find(|(k, _)| k == key) else {
                continue;
            };
            let member = field.key();
            match parse_exact(raw)
                .filter(|x| x.is_finite())
                .and_then(Number::from_f64)
            {
                Some(n) => {
                    if let Some(Value::Object(team)) = scenario.get_mut("team") {
                        team.insert(member.to_string(), Value::Number(n));
                    }
                }
                None => issues.push(super::query::unreadable_value(key, field.label(), raw)),
            }
        }
        Ok((scenario, issues))
    }

    /// The scenario JSON (of this version) of a file's whole `scenario`
    /// object, read as a patch of this version's default scenario.
    pub fn read_file_scenario(
        &self,
        scenario: &Value,
        issues: &mut Vec<LinkIssue>,
    ) -> Result<Value, ErrorKind> {
        apply_whole(self.defaults_or_error()?, scenario, issues)
    }
}

/// The patch a payload's JSON text holds: an object, else why not
/// (cut short, or not a scenario).
pub(super) fn parse_patch(json: &str) -> Result<Value, ErrorKind> {
    let patch: Value = serde_json::from_str(json).map_err(|e| {
        if e.is_eof() {
            ErrorKind::Truncated
        } else {
            ErrorKind::Corrupt {
                detail: format!("payload: {}", technical(&e.to_string())),
            }
        }
    })?;
    if !patch.is_object() {
        return Err(ErrorKind::Corrupt {
            detail: "the payload is not a scenario".into(),
        });
    }
    Ok(patch)
}

fn empty_defaults() -> Defaults {
    Defaults {
        scenario: Value::Object(Map::new()),
        items: Map::new(),
        enums: Map::new(),
        rows: Map::new(),
    }
}

/// The default scenario with a whole-scenario `patch` applied.
fn apply_whole(
    d: &Defaults,
    patch: &Value,
    issues: &mut Vec<LinkIssue>,
) -> Result<Value, ErrorKind> {
    apply(d, &d.scenario, patch, "", "", issues).map_err(|e| match e {
        PatchError::TooManyItems => ErrorKind::TooLarge,
    })
}

/// Writes whole floats as integers (`40` instead of `40.0`): shorter, and
/// read back as the same `f64`.
pub fn shorten_numbers(value: &mut Value) {
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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// FNV-1a (64 bits) of a frozen file: a test pins each frozen file to
    /// its hash, so an edit shows up as a failing test.
    pub fn fnv1a(bytes: &[u8]) -> u64 {
        bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
        })
    }

    /// Every row of `version` names every field of its item, and the
    /// dictionary fits deflate's window.
    pub fn rows_name_every_field(version: &Version) {
        let d = version.defaults().expect("the snapshot parses");
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
        assert!(version.dictionary.len() < 32 * 1024);
    }
}
