//! INTERIM (ui branch only): the team-time link behind the API the full codec
//! will offer. Replaced by the whole-scenario codec when the link branch lands.

use std::fmt;

use super::query::{decode_team, encode_team, LinkIssue};
use crate::model::Scenario;

/// A decoded link.
pub struct Decoded {
    /// The scenario.
    pub scenario: Scenario,
    /// Parts that could not be read.
    pub warnings: Vec<LinkIssue>,
}

/// A link that cannot be read at all.
#[derive(Debug)]
pub struct LinkError(String);

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Writes the scenario's link query.
pub fn encode(scenario: &Scenario) -> String {
    encode_team(&scenario.team)
}

/// Reads a link query.
pub fn decode(query: &str) -> Result<Decoded, LinkError> {
    if query.contains("z=") {
        return Err(LinkError("unknown payload".into()));
    }
    let (team, warnings) = decode_team(query);
    Ok(Decoded {
        scenario: Scenario {
            team,
            ..Scenario::default()
        },
        warnings,
    })
}

/// Reads a scenario file.
pub fn from_file_json(text: &str) -> Result<Scenario, LinkError> {
    Scenario::from_json(text).map_err(|e| LinkError(e.to_string()))
}

/// Writes a scenario file.
pub fn to_file_json(scenario: &Scenario) -> String {
    scenario.to_json()
}
