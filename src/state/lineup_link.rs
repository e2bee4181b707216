//! The lineup in the page's address: every scenario (the link codec's
//! [`link::encode_all`]: the base, then each alternative as its
//! differences), which one the inputs edit (`on=N`, a page parameter) and
//! how differences are shown (`cmp=pct`). The one place the page encodes
//! and decodes a lineup.

use crate::link;
use crate::model::Scenario;

use super::lineup::Lineup;

/// The page parameters this module owns besides the codec's: the address
/// writer drops them from the address when the lineup no longer has them.
pub const LINEUP_KEYS: [&str; 1] = ["on"];

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

/// The query that carries `lineup`: every scenario, the base first, and
/// `on=N` when the inputs edit an alternative.
pub fn encode(lineup: &Lineup) -> String {
    let all: Vec<Scenario> = lineup.scenarios().iter().map(|s| (**s).clone()).collect();
    let mut query = link::encode_all(&all);
    if lineup.on() > 0 {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str(&format!("on={}", lineup.on()));
    }
    query
}

/// The page parameter `key` of `query`.
pub(crate) fn param<'a>(query: &'a str, key: &str) -> Option<&'a str> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}

/// The scenario `on=N` of `query` names among `count` scenarios (0, the
/// base, when none or out of range).
pub fn edited(query: &str, count: usize) -> usize {
    param(query, "on")
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|on| *on < count)
        .unwrap_or(0)
}

/// The scenario the page opens on for `query` among `count` scenarios:
/// the one `on=N` names, except in an embed (`embed=1`), which shows the
/// base first, the plan a reader meets before its alternatives.
pub fn opened_on(query: &str, count: usize) -> usize {
    match param(query, "embed") {
        Some(v) if v != "0" => 0,
        _ => edited(query, count),
    }
}

/// Every scenario a decoded link or file holds, the base first.
pub fn scenarios_of(decoded: &link::Decoded) -> Vec<Scenario> {
    std::iter::once(decoded.scenario.clone())
        .chain(decoded.alternatives.iter().cloned())
        .collect()
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
            let decoded = link::decode(&query).unwrap();
            assert!(decoded.warnings.is_empty(), "{:?}", decoded.warnings);
            let want: Vec<Scenario> = l.scenarios().iter().map(|s| (**s).clone()).collect();
            assert_eq!(scenarios_of(&decoded), want);
            assert_eq!(edited(&query, want.len()), on);
        }
        // One scenario alone is the single-scenario link, unchanged.
        assert_eq!(encode(&lineup(1, 0)), link::encode(&Scenario::default()));
    }

    #[test]
    fn the_edited_scenario_is_the_base_unless_the_link_names_another_it_holds() {
        assert_eq!(edited("v=4&on=2", 3), 2);
        assert_eq!(edited("v=4&on=3", 3), 0);
        assert_eq!(edited("v=4&on=x", 3), 0);
        assert_eq!(edited("v=4", 3), 0);
    }

    /// Review finding: an embed of a comparison showed the edited
    /// alternative's figures, not the base's.
    #[test]
    fn an_embed_opens_on_the_base_and_the_page_on_the_edited_scenario() {
        assert_eq!(opened_on("v=4&on=2", 3), 2);
        assert_eq!(opened_on("v=4&on=2&embed=1", 3), 0);
        assert_eq!(opened_on("embed=1&v=4&on=1", 3), 0);
        assert_eq!(opened_on("v=4&on=2&embed=0", 3), 2);
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
