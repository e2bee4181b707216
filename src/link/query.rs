//! The team time alone as a link: the capacity card's codec.
//! [`super::encode`] and [`super::decode`] carry the whole scenario and read
//! these same keys; the two agree on every team-time link.
//!
//! Keys: `hpw` hours per week, `wks` working weeks per year, `re` reactive %,
//! `co` collateral %, `ov` overhead %. `v` is the format version.

use super::error::{shorten, LinkIssue};
use super::LINK_VERSION;
use crate::decimal::format_exact;
use crate::model::capacity::TeamTime;
use crate::model::inputs::TeamField;

/// The link key of each team-time field: the one table the whole
/// scenario's codec ([`super::version`]) and this one read.
pub(super) const TEAM_KEYS: [(&str, TeamField); 5] = [
    ("hpw", TeamField::HoursPerWeek),
    ("wks", TeamField::WorkingWeeks),
    ("re", TeamField::Reactive),
    ("co", TeamField::Collateral),
    ("ov", TeamField::Overhead),
];

/// Writes the team time as a query string without the leading `?`.
/// Returns an empty string for the defaults, so the default link is the bare page.
pub fn encode_team(team: &TeamTime) -> String {
    let defaults = TeamTime::default();
    let parts: Vec<String> = TEAM_KEYS
        .iter()
        .filter(|(_, field)| field.get(team) != field.get(&defaults))
        .map(|(key, field)| format!("{key}={}", format_exact(field.get(team))))
        .collect();
    if parts.is_empty() {
        return String::new();
    }
    format!("v={LINK_VERSION}&{}", parts.join("&"))
}

/// Reads a query string (with or without the leading `?`) into a team time.
///
/// Unknown keys are ignored (they may belong to the page, such as `embed`).
/// A value that is not a finite number keeps the default for that field and
/// is reported as a [`LinkIssue`]; a link from a newer version is reported too.
/// Values that are numbers but impossible (negative hours) are kept so that
/// validation can show them next to their input.
pub fn decode_team(query: &str) -> (TeamTime, Vec<LinkIssue>) {
    let mut team = TeamTime::default();
    let mut issues = Vec::new();
    for pair in query.trim_start_matches('?').split('&') {
        if pair.is_empty() {
            continue;
        }
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        if key == "v" {
            match raw.parse::<u32>() {
                Ok(v) if v <= LINK_VERSION => {}
                _ => issues.push(LinkIssue {
                    key: "v".into(),
                    message: format!(
                        "This link was made by a newer or unknown version of tierplan (\"{}\"); it was read as version {LINK_VERSION}.",
                        shorten(raw)
                    ),
                }),
            }
            continue;
        }
        let Some((_, field)) = TEAM_KEYS.iter().find(|(k, _)| *k == key) else {
            continue;
        };
        match crate::decimal::parse_exact(raw) {
            Some(value) if value.is_finite() => field.set(&mut team, value),
            _ => issues.push(unreadable_value(key, field.caption(), raw)),
        }
    }
    (team, issues)
}

/// The issue for a team-time value in a link that is not a finite number:
/// text that is not a number at all, or a number beyond any `f64` (`1e400`
/// reads as infinity), named as such rather than as "not a number". The
/// plan keeps the field's default.
pub(super) fn unreadable_value(key: &str, name: &str, raw: &str) -> LinkIssue {
    let what = match crate::decimal::parse_exact(raw) {
        Some(value) if value.is_infinite() => "is beyond any number a plan can hold",
        _ => "is not a number",
    };
    LinkIssue {
        key: key.to_string(),
        message: format!(
            "The link's {} (\"{}\") {what}; the default was used.",
            name.to_ascii_lowercase(),
            shorten(raw)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_team_field_has_one_link_key_that_the_codec_owns() {
        for field in TeamField::ALL {
            let keys: Vec<&str> = TEAM_KEYS
                .iter()
                .filter(|(_, f)| *f == field)
                .map(|(k, _)| *k)
                .collect();
            assert_eq!(keys.len(), 1, "{field:?}");
            assert!(super::super::CODEC_KEYS.contains(&keys[0]), "{keys:?}");
        }
    }

    #[test]
    fn default_team_has_an_empty_link() {
        assert_eq!(encode_team(&TeamTime::default()), "");
        assert_eq!(decode_team(""), (TeamTime::default(), vec![]));
    }

    #[test]
    fn only_changed_values_are_written_and_read_back() {
        let team = TeamTime {
            hours_per_week: 37.5,
            overhead_pct: 20.0,
            ..TeamTime::default()
        };
        let query = encode_team(&team);
        assert_eq!(query, "v=4&hpw=37.5&ov=20");
        assert_eq!(decode_team(&format!("?{query}")), (team, vec![]));
    }

    #[test]
    fn garbage_values_keep_defaults_and_are_reported() {
        let (team, issues) = decode_team("v=1&hpw=abc&wks=44&zz=1&re=NaN");
        assert_eq!(team.hours_per_week, 40.0);
        assert_eq!(team.working_weeks_per_year, 44.0);
        assert_eq!(team.reactive_pct, 15.0);
        assert_eq!(issues.len(), 2);
        assert_eq!(issues[0].key, "hpw");
        assert!(issues[0].message.contains("hours per week"));
    }

    #[test]
    fn a_number_too_large_for_any_plan_is_not_called_not_a_number() {
        let (team, issues) = decode_team("hpw=1e400&wks=-1e999&re=abc");
        assert_eq!(team, TeamTime::default());
        let said: Vec<&str> = issues.iter().map(|i| i.message.as_str()).collect();
        assert_eq!(
            said,
            [
                "The link's hours per week (\"1e400\") is beyond any number a plan can hold; the default was used.",
                "The link's working weeks per year (\"-1e999\") is beyond any number a plan can hold; the default was used.",
                "The link's reactive work (\"abc\") is not a number; the default was used.",
            ]
        );
    }

    #[test]
    fn newer_versions_are_reported() {
        let (_, issues) = decode_team("v=99&hpw=30");
        assert_eq!(issues.len(), 1);
        assert!(issues[0].message.contains("newer"));
    }

    #[test]
    fn impossible_numbers_are_kept_for_validation() {
        let (team, issues) = decode_team("hpw=-5");
        assert_eq!(team.hours_per_week, -5.0);
        assert!(issues.is_empty());
        assert!(!team.validate().is_empty());
    }
}
