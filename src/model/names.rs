//! The texts of a scenario: the names of the plan, its tiers, touches,
//! triggers and programs, its currency code and the month of an imported
//! list. Numbers have their bounds in [`super::inputs`]; these are the
//! bounds of the texts, applied alike to typing (through
//! [`clean_name`]), links, scenario files and imports (through
//! [`Scenario::bound_texts`]), so no way into a plan can bring a name the
//! page cannot lay out.

use super::format::{exact, parse_month};
use super::limits::MAX_NAME_CHARS;
use super::scenario::Scenario;
use super::tier::Tier;

/// What a plan without a name is called in headings and captions.
pub const UNNAMED_PLAN: &str = "Customer Success headcount plan";

/// The plan's title: its name, or [`UNNAMED_PLAN`] when it has none.
pub fn plan_title(name: &str) -> &str {
    if name.trim().is_empty() {
        UNNAMED_PLAN
    } else {
        name
    }
}

/// A text of a scenario that was changed to fit its bound, with the reason
/// in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextFix {
    /// The field path (`tiers.1.name`, `currency`).
    pub field: String,
    /// What was done, in plain words: "Tier 2's name was 100,000
    /// characters long; it was cut to 60."
    pub message: String,
}

/// `name` as a scenario keeps it: control characters (line breaks, tabs)
/// removed and at most [`MAX_NAME_CHARS`] characters, cut on a character
/// boundary.
pub fn clean_name(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME_CHARS)
        .collect()
}

/// The name people read for tier `index` (0-based) of `tiers`: its own
/// name, or "Tier N" (N = `index` + 1) when the name is blank or there is
/// no such tier. The one rule for every label, message, table and export
/// that names a tier.
pub fn tier_name(tiers: &[Tier], index: usize) -> String {
    name_or_number(tiers.get(index).map(|t| t.name.as_str()), index)
}

/// [`tier_name`] over a list of tier names, such as an imported list's
/// rule keeps: the name at `index`, or "Tier N" when it is blank or the
/// list is shorter.
pub fn listed_tier_name(names: &[String], index: usize) -> String {
    name_or_number(names.get(index).map(String::as_str), index)
}

/// [`tier_name`] of a tier at hand, at `index` (0-based) of its list.
pub fn own_tier_name(tier: &Tier, index: usize) -> String {
    name_or_number(Some(&tier.name), index)
}

fn name_or_number(name: Option<&str>, index: usize) -> String {
    match name {
        Some(name) if !name.trim().is_empty() => name.to_string(),
        _ => format!("Tier {}", index.saturating_add(1)),
    }
}

/// True for a currency code the page can write amounts in: three ASCII
/// letters (ISO 4217, e.g. "USD"), or empty (amounts without a sign).
pub fn is_currency_code(code: &str) -> bool {
    code.is_empty() || (code.len() == 3 && code.bytes().all(|b| b.is_ascii_alphabetic()))
}

impl Scenario {
    /// Every name of the scenario, as (field path, how a message names it,
    /// the name), in page order.
    fn names_mut(&mut self) -> Vec<(String, String, &mut String)> {
        let mut out = vec![(
            "name".to_string(),
            "The plan's name".to_string(),
            &mut self.name,
        )];
        for (i, tier) in self.tiers.iter_mut().enumerate() {
            let n = i + 1;
            out.push((
                format!("tiers.{i}.name"),
                format!("Tier {n}'s name"),
                &mut tier.name,
            ));
            let lists = [
                ("touches", "touch"),
                ("triggers", "trigger"),
                ("programs", "program"),
            ];
            let names: [Vec<&mut String>; 3] = [
                tier.touches.iter_mut().map(|t| &mut t.name).collect(),
                tier.triggers.iter_mut().map(|t| &mut t.name).collect(),
                tier.programs.iter_mut().map(|p| &mut p.name).collect(),
            ];
            for ((key, noun), list) in lists.into_iter().zip(names) {
                for (j, name) in list.into_iter().enumerate() {
                    out.push((
                        format!("tiers.{i}.{key}.{j}.name"),
                        format!("The name of {noun} {} of tier {n}", j + 1),
                        name,
                    ));
                }
            }
        }
        out
    }

    /// Brings every text of the scenario within its bound, as typing
    /// would have: each name through [`clean_name`] (a name longer than
    /// [`MAX_NAME_CHARS`] is cut and reported; control characters are
    /// dropped without a word, as typing drops them), a currency that is
    /// not a code ([`is_currency_code`]) back to the default scenario's, a
    /// list month that is not `YYYY-MM` emptied. Returns what was changed
    /// that the person should be told, in page order.
    pub fn bound_texts(&mut self) -> Vec<TextFix> {
        let mut fixes = Vec::new();
        for (field, label, name) in self.names_mut() {
            let cleaned = clean_name(name);
            if cleaned == *name {
                continue;
            }
            let chars = name.chars().count();
            if chars > MAX_NAME_CHARS {
                fixes.push(TextFix {
                    field,
                    message: format!(
                        "{label} was {} characters long; it was cut to {MAX_NAME_CHARS}.",
                        exact(chars as f64)
                    ),
                });
            }
            *name = cleaned;
        }
        if !is_currency_code(&self.currency) {
            let default = Scenario::default().currency;
            fixes.push(TextFix {
                field: "currency".into(),
                message: format!(
                    "The currency is not a three-letter code such as USD or EUR; {default} was used."
                ),
            });
            self.currency = default;
        }
        if !self.base.as_of.is_empty() && parse_month(&self.base.as_of).is_none() {
            fixes.push(TextFix {
                field: "base.as_of".into(),
                message: "The month of the imported customer list is not a month; it was left out."
                    .into(),
            });
            self.base.as_of.clear();
        }
        fixes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets;
    use crate::model::tier::Coverage;

    #[test]
    fn a_tier_is_named_by_its_name_or_its_number() {
        let mut tiers = vec![Tier::named("Strategic", Coverage::Dedicated)];
        tiers.push(Tier::named("  ", Coverage::Digital));
        assert_eq!(tier_name(&tiers, 0), "Strategic");
        assert_eq!(tier_name(&tiers, 1), "Tier 2");
        assert_eq!(tier_name(&tiers, 6), "Tier 7");
        let names = ["Enterprise".to_string(), String::new()];
        assert_eq!(listed_tier_name(&names, 0), "Enterprise");
        assert_eq!(listed_tier_name(&names, 1), "Tier 2");
        assert_eq!(listed_tier_name(&names, 2), "Tier 3");
        assert_eq!(
            listed_tier_name(&names, usize::MAX),
            format!("Tier {}", usize::MAX)
        );
    }

    #[test]
    fn a_long_name_is_cut_on_a_character_boundary_and_named() {
        let mut s = Scenario::default();
        // Four bytes a character: a cut by bytes would split one.
        s.tiers[1].name = "🦀".repeat(100_000);
        s.tiers[0].touches[0].name = "é".repeat(61);
        let fixes = s.bound_texts();
        assert_eq!(s.tiers[1].name, "🦀".repeat(MAX_NAME_CHARS));
        assert_eq!(s.tiers[0].touches[0].name, "é".repeat(MAX_NAME_CHARS));
        assert_eq!(
            fixes,
            vec![
                TextFix {
                    field: "tiers.0.touches.0.name".into(),
                    message:
                        "The name of touch 1 of tier 1 was 61 characters long; it was cut to 60."
                            .into(),
                },
                TextFix {
                    field: "tiers.1.name".into(),
                    message: "Tier 2's name was 100,000 characters long; it was cut to 60.".into(),
                },
            ]
        );
    }

    #[test]
    fn every_kind_of_name_is_bounded() {
        let long = "x".repeat(MAX_NAME_CHARS + 1);
        let mut s = Scenario {
            name: long.clone(),
            ..Scenario::default()
        };
        let tier = s
            .tiers
            .iter_mut()
            .find(|t| !t.triggers.is_empty() && !t.programs.is_empty());
        let tier = tier.expect("a default tier with triggers and programs");
        tier.triggers[0].name = long.clone();
        tier.programs[0].name = long.clone();
        let fields: Vec<String> = s.bound_texts().into_iter().map(|f| f.field).collect();
        assert_eq!(fields.len(), 3, "{fields:?}");
        assert_eq!(fields[0], "name");
        assert!(fields[1].ends_with(".triggers.0.name"), "{fields:?}");
        assert!(fields[2].ends_with(".programs.0.name"), "{fields:?}");
        assert!(s.bound_texts().is_empty(), "bounding twice changes nothing");
    }

    #[test]
    fn control_characters_go_without_a_message_and_sound_texts_stay() {
        let mut s = Scenario::default();
        s.tiers[0].name = "High\ntouch".into();
        assert!(s.bound_texts().is_empty());
        assert_eq!(s.tiers[0].name, "Hightouch");
        for p in presets() {
            let mut scenario = p.scenario.clone();
            assert!(scenario.bound_texts().is_empty(), "{}", p.name);
            assert_eq!(scenario, p.scenario, "{}", p.name);
        }
    }

    #[test]
    fn a_currency_or_month_that_is_not_one_is_replaced() {
        let mut s = Scenario {
            currency: "<b>".repeat(10_000),
            ..Scenario::default()
        };
        s.base.as_of = "x".repeat(10_000);
        let fields: Vec<String> = s.bound_texts().into_iter().map(|f| f.field).collect();
        assert_eq!(fields, ["currency", "base.as_of"]);
        assert_eq!(s.currency, Scenario::default().currency);
        assert_eq!(s.base.as_of, "");
        s.currency = "EUR".into();
        s.base.as_of = "2026-11".into();
        assert!(s.bound_texts().is_empty());
        assert!(is_currency_code("") && is_currency_code("chf") && !is_currency_code("US$"));
    }
}
