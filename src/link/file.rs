//! The scenario file: `{"tierplan": 1, "scenario": {…}}`, pretty-printed,
//! every field written. Read with the same tolerance and messages as links:
//! a field that cannot be read keeps its version's default and is reported.

use serde_json::{Map, Value};

use super::error::{shorten, technical, Carrier, ErrorKind, LinkError};
use super::{
    bounded, migrate, scenario_from_json, scenario_to_json, version, Decoded, LINK_VERSION,
};
use crate::model::Scenario;

/// The largest scenario file read (1 MiB; a 6-tier scenario is about 40 KB).
pub const MAX_FILE_LEN: usize = 1024 * 1024;

/// `scenario` as a versioned JSON file.
pub fn to_file_json(scenario: &Scenario) -> String {
    let mut file = Map::new();
    file.insert("tierplan".into(), LINK_VERSION.into());
    file.insert("scenario".into(), scenario_to_json(scenario));
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
    Ok(Decoded {
        impossible: super::impossible_values(&scenario, Carrier::File),
        scenario,
        warnings,
        version: found.number,
    })
}
