//! The lineup in the page's address: every scenario, which one the inputs
//! edit (`on=N`, a page parameter) and how differences are shown
//! (`cmp=pct`). The one place the page encodes and decodes a lineup.
//!
//! Interim: until the link codec writes alternatives itself, each
//! alternative travels as its own single-scenario query in a page parameter
//! (`x1`..`x3`, with `&` written `~` and `=` written `!`). Switching to the
//! codec's several-scenario link touches only [`encode`] and
//! [`alternatives`].

use crate::link;
use crate::model::compare::{unique_names, MAX_SCENARIOS};
use crate::model::Scenario;

use super::lineup::Lineup;

/// The page parameters this module owns besides the codec's: the address
/// writer drops them from the address when the lineup no longer has them.
pub const LINEUP_KEYS: [&str; 4] = ["x1", "x2", "x3", "on"];

/// The page parameter of the difference mode.
pub const MODE_KEY: &str = "cmp";

/// How a comparison shows each difference from the base.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DifferenceMode {
    /// As an amount ("+2 people", "+$260,000").
    #[default]
    Amount,
    /// As a percentage of the base's figure ("+18%").
    Percent,
}

impl DifferenceMode {
    /// The mode a `cmp` value names (`pct`: percent; anything else: amount).
    pub fn from_param(value: Option<&str>) -> DifferenceMode {
        match value {
            Some("pct") => DifferenceMode::Percent,
            _ => DifferenceMode::Amount,
        }
    }

    /// The `cmp` value to write (`None`: the default, amounts).
    pub fn param(self) -> Option<&'static str> {
        match self {
            DifferenceMode::Amount => None,
            DifferenceMode::Percent => Some("pct"),
        }
    }
}

/// The query that carries `lineup`: the base's link, then each
/// alternative and `on=N` when it is not the base.
pub fn encode(lineup: &Lineup) -> String {
    let mut parts: Vec<String> = Vec::new();
    let base = link::encode(&lineup.scenarios()[0]);
    if !base.is_empty() {
        parts.push(base);
    }
    for (k, alt) in lineup.scenarios().iter().enumerate().skip(1) {
        let inner = link::encode(alt).replace('&', "~").replace('=', "!");
        parts.push(format!("x{k}={inner}"));
    }
    if lineup.on() > 0 {
        parts.push(format!("on={}", lineup.on()));
    }
    parts.join("&")
}

/// The page parameter `key` of `query`.
fn param<'a>(query: &'a str, key: &str) -> Option<&'a str> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}

/// The alternatives `query` holds besides its base, named uniquely with
/// `base_name`, and a warning in plain words for each one that could not
/// be read (dropped) or was renamed; with the scenario `on=N` names (0
/// when none or out of range).
pub fn alternatives(query: &str, base_name: &str) -> (Vec<Scenario>, usize, Vec<String>) {
    let mut found = Vec::new();
    let mut warnings = Vec::new();
    for k in 1..MAX_SCENARIOS {
        let Some(raw) = param(query, &format!("x{k}")) else {
            continue;
        };
        let inner = raw.replace('~', "&").replace('!', "=");
        match link::decode(&inner) {
            Ok(decoded) => found.push(decoded.scenario),
            Err(error) => warnings.push(format!(
                "Alternative {k} could not be read and was left out: {error}"
            )),
        }
    }
    let mut names = vec![base_name.to_string()];
    names.extend(found.iter().map(|s| s.name.clone()));
    let (unique, renamed) = unique_names(&names);
    for (s, name) in found.iter_mut().zip(unique.into_iter().skip(1)) {
        s.name = name;
    }
    warnings.extend(renamed);
    let on = param(query, "on")
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|on| *on <= found.len())
        .unwrap_or(0);
    (found, on, warnings)
}

/// The scenario a pasted link (or its query) holds, to add as an
/// alternative: its base when it holds several; why not, in plain words.
pub fn scenario_of_link(text: &str) -> Result<Scenario, String> {
    let query = link::query_of(text);
    if query.trim().is_empty() {
        return Err("Paste the link of a plan (its address, starting with http) to add it.".into());
    }
    link::decode(query)
        .map(|decoded| decoded.scenario)
        .map_err(|error| format!("That link was not added: {error}"))
}

/// The scenario a scenario file holds, to add as an alternative (its base
/// when it holds several); why not, in plain words.
pub fn scenario_of_file(name: &str, text: &str) -> Result<Scenario, String> {
    link::from_file_json(text)
        .map(|decoded| decoded.scenario)
        .map_err(|error| format!("“{name}” was not added: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets;

    fn lineup(n: usize, on: usize) -> Lineup {
        let mut all = vec![Scenario::default()];
        for (k, p) in presets().into_iter().skip(1).take(n - 1).enumerate() {
            let mut s = p.scenario;
            s.name = format!("Alt {k}");
            all.push(s);
        }
        Lineup::new(all, on)
    }

    #[test]
    fn a_lineup_round_trips_through_its_query() {
        for (n, on) in [(1, 0), (2, 1), (3, 2), (4, 0), (4, 3)] {
            let l = lineup(n, on);
            let query = encode(&l);
            let base = link::decode(&query).unwrap().scenario;
            assert_eq!(base, *l.scenarios()[0]);
            let (alts, read_on, warnings) = alternatives(&query, &base.name);
            assert!(warnings.is_empty(), "{warnings:?}");
            assert_eq!(read_on, on);
            let read: Vec<Scenario> = alts;
            let want: Vec<Scenario> = l.scenarios()[1..].iter().map(|s| (**s).clone()).collect();
            assert_eq!(read, want);
        }
        // One scenario alone is the single-scenario link, unchanged.
        assert_eq!(encode(&lineup(1, 0)), link::encode(&Scenario::default()));
    }

    #[test]
    fn a_damaged_alternative_is_dropped_with_a_message_and_names_are_made_unique() {
        let mut l = lineup(3, 0);
        let base_name = l.scenarios()[0].name.clone();
        let q = encode(&l);
        let damaged = q.replacen("x1=v!4", "x1=v!99", 1);
        assert_ne!(damaged, q);
        let (alts, _, warnings) = alternatives(&damaged, &base_name);
        assert_eq!(alts.len(), 1);
        assert!(warnings[0].starts_with("Alternative 1 could not be read"));
        // An alternative with the base's name.
        let same = Scenario {
            name: base_name.clone(),
            ..Scenario::default()
        };
        l = Lineup::new(vec![Scenario::default(), same], 1);
        let (alts, on, warnings) = alternatives(&encode(&l), &base_name);
        assert_eq!(alts[0].name, format!("{base_name} (2)"));
        assert_eq!(on, 1);
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn a_pasted_link_or_file_gives_its_scenario_or_says_why_not() {
        let preset = presets()[2].scenario.clone();
        let address = format!("https://example.org/tierplan/?{}", link::encode(&preset));
        assert_eq!(scenario_of_link(&address).unwrap(), preset);
        assert!(scenario_of_link("  ")
            .unwrap_err()
            .contains("Paste the link"));
        assert!(scenario_of_link("?v=4&z=%%%")
            .unwrap_err()
            .starts_with("That link was not added"));
        let file = link::to_file_json(&preset);
        assert_eq!(scenario_of_file("a.json", &file).unwrap(), preset);
        assert!(scenario_of_file("a.json", "{")
            .unwrap_err()
            .contains("“a.json” was not added"));
    }

    #[test]
    fn the_difference_mode_reads_its_parameter() {
        assert_eq!(
            DifferenceMode::from_param(Some("pct")),
            DifferenceMode::Percent
        );
        assert_eq!(DifferenceMode::from_param(None), DifferenceMode::Amount);
        assert_eq!(
            DifferenceMode::from_param(Some("x")),
            DifferenceMode::Amount
        );
        assert_eq!(DifferenceMode::Percent.param(), Some("pct"));
    }
}
