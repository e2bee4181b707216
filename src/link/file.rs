//! The scenario file: `{"tierplan": 4, "scenario": {…}}`, pretty-printed,
//! every field written, and for a comparison `"alternatives": [{…}, …]`,
//! each alternative a whole scenario. Read with the same tolerance and
//! messages as links: a field that cannot be read keeps its version's
//! default and is reported; an alternative that cannot be read is dropped
//! alone, with a message.

use serde_json::{Map, Value};

use super::error::LinkIssue;
use super::error::{shorten, technical, Carrier, ErrorKind, LinkError};
use super::{
    beyond_the_most, bounded, keep_alternative, migrate, name_alternatives, scenario_from_json,
    scenario_to_json, version, Decoded, LINK_VERSION, MAX_SCENARIOS,
};
use crate::model::Scenario;

/// The largest scenario file read (1 MiB; a 6-tier scenario is about 40 KB).
pub const MAX_FILE_LEN: usize = 1024 * 1024;

/// `scenario` as a versioned JSON file.
pub fn to_file_json(scenario: &Scenario) -> String {
    to_file_json_all(std::slice::from_ref(scenario))
}

/// A comparison as a versioned JSON file: `scenarios[0]` is the base, the
/// others (up to [`MAX_SCENARIOS`] in all) its alternatives.
pub fn to_file_json_all(scenarios: &[Scenario]) -> String {
    let mut file = Map::new();
    file.insert("tierplan".into(), LINK_VERSION.into());
    if let Some((base, alternatives)) = scenarios.split_first() {
        file.insert("scenario".into(), scenario_to_json(base));
        if !alternatives.is_empty() {
            let alternatives = alternatives
                .iter()
                .take(MAX_SCENARIOS - 1)
                .map(scenario_to_json)
                .collect();
            file.insert("alternatives".into(), Value::Array(alternatives));
        }
    }
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads a scenario file written by [`to_file_json`] of this or an earlier version.
pub fn from_file_json(text: &str) -> Result<Decoded, LinkError> {
    read(text).map_err(|kind| LinkError::new(kind, Carrier::File))
}

fn read(text: &str) -> Result<Decoded, ErrorKind> {
    if text.len() > MAX_FILE_LEN {
        return Err(ErrorKind::TooLong {
            len: text.len(),
            max: MAX_FILE_LEN,
        });
    }
    let text = text.trim_start_matches('\u{feff}');
    if !text.trim_start().starts_with('{') {
        return Err(ErrorKind::NotTierplan);
    }
    let file: Value = serde_json::from_str(text).map_err(|e| {
        if e.is_eof() {
            ErrorKind::Truncated
        } else {
            ErrorKind::Corrupt {
                detail: technical(&e.to_string()),
            }
        }
    })?;
    let found = match file.get("tierplan") {
        None => return Err(ErrorKind::NotTierplan),
        Some(v) => match v.as_u64().map(|n| (n, version(n))) {
            Some((_, Some(found))) => found,
            Some((n, None)) if n > u64::from(LINK_VERSION) => {
                return Err(ErrorKind::NewerVersion { version: n })
            }
            _ => {
                return Err(ErrorKind::Corrupt {
                    detail: format!("unknown format {}", shorten(&v.to_string())),
                })
            }
        },
    };
    let scenario = match file.get("scenario") {
        Some(s) if s.is_object() => s,
        _ => {
            return Err(ErrorKind::Corrupt {
                detail: "no scenario in the file".into(),
            })
        }
    };
    let mut warnings = Vec::new();
    let json = found.read_file_scenario(scenario, &mut warnings)?;
    let scenario = bounded(
        scenario_from_json(migrate(found.number, json))?,
        &mut warnings,
    );
    let listed = match file.get("alternatives") {
        None => &[][..],
        Some(Value::Array(list)) => list.as_slice(),
        Some(_) => {
            warnings.push(LinkIssue {
                key: "alternatives".into(),
                message: "The file's other scenarios are not a list; they were left out.".into(),
            });
            &[][..]
        }
    };
    if listed.len() >= MAX_SCENARIOS {
        warnings.push(beyond_the_most("alternatives", "file"));
    }
    let mut alternatives = Vec::new();
    for (k, listed) in listed.iter().take(MAX_SCENARIOS - 1).enumerate() {
        let mut inner = Vec::new();
        let read = if listed.is_object() {
            found
                .read_file_scenario(listed, &mut inner)
                .and_then(|json| scenario_from_json(migrate(found.number, json)))
        } else {
            Err(ErrorKind::Corrupt {
                detail: "not a scenario".into(),
            })
        };
        keep_alternative(
            read,
            &format!("alternatives.{k}"),
            k,
            "file",
            &mut inner,
            &mut alternatives,
            &mut warnings,
        );
    }
    name_alternatives(&scenario, &mut alternatives, &mut warnings);
    Ok(Decoded {
        impossible: super::impossible_values(&scenario, Carrier::File),
        scenario,
        alternatives,
        warnings,
        version: found.number,
    })
}
