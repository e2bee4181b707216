//! The stored ranges ([`Ranges`], the scenario's `uncertainty` member)
//! resolved to the typed [`Uncertainty`] the analysis samples, with in
//! words what had to be left out.

use super::range::{problems, resolve, Range, RangeError};
use super::Uncertainty;
use crate::model::range_inputs::Ranges;
use crate::model::Scenario;

impl Ranges {
    /// The ranges that can be sampled in `scenario`, and a message for
    /// each one left out (a path that names no field of the scenario, low
    /// above high, ends outside the field's bounds, a second range on one
    /// field) and for samples or a seed out of bounds.
    pub fn resolve(&self, scenario: &Scenario) -> (Uncertainty, Vec<RangeError>) {
        let mut errors = Vec::new();
        let mut kept: Vec<Range> = Vec::new();
        for entry in &self.ranges {
            let range = match resolve(scenario, &entry.path) {
                Ok(input) => Range::new(input, entry.low, entry.high, entry.shape),
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
            let mut with = kept.clone();
            with.push(range);
            let found = problems(scenario, &with);
            if found.is_empty() {
                kept = with;
            } else {
                errors.extend(found);
            }
        }
        let asked = Uncertainty {
            samples: self.samples as usize,
            seed: u64::from(self.seed),
            ranges: Vec::new(),
        };
        let mut out = Uncertainty {
            ranges: kept,
            ..Uncertainty::default()
        };
        let bounds = asked.problems(scenario);
        if bounds.is_empty() {
            out.samples = asked.samples;
            out.seed = asked.seed;
        }
        errors.extend(bounds);
        (out, errors)
    }
}

/// The range analysis of the ranges `scenario` stores, as the page shows
/// it and its exports write it: those that can be sampled (each left-out
/// one is said at its field); `None` when there are none.
pub fn stored_analysis(scenario: &Scenario) -> Option<super::Analysis> {
    let (u, _) = scenario.uncertainty.resolve(scenario);
    if u.ranges.is_empty() {
        return None;
    }
    super::analyse(scenario, &u).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::uncertainty::DEFAULT_SAMPLES;

    use crate::model::fixtures::range as entry;

    #[test]
    fn good_ranges_resolve_and_bad_ones_are_named() {
        let s = Scenario::default();
        let stored = Ranges {
            samples: 3000,
            seed: 9,
            ranges: vec![
                entry("tiers.0.customers", 35.0, 45.0),
                entry("tiers.9.customers", 1.0, 2.0),
                entry("team.hours_per_week", 42.0, 38.0),
                entry("tiers.0.customers", 30.0, 50.0),
            ],
        };
        let (u, errors) = stored.resolve(&s);
        assert_eq!((u.samples, u.seed, u.ranges.len()), (3000, 9, 1));
        assert_eq!(u.ranges[0].path.path(), "tiers.0.customers");
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors[1].message.contains("low end"), "{errors:?}");
        assert!(errors[2].message.contains("two ranges"), "{errors:?}");
    }

    #[test]
    fn samples_out_of_bounds_fall_back_to_the_defaults_with_a_message() {
        let stored = Ranges {
            samples: 0,
            ..Ranges::default()
        };
        let (u, errors) = stored.resolve(&Scenario::default());
        assert_eq!(u.samples, DEFAULT_SAMPLES);
        assert_eq!(errors.len(), 1);
    }

    #[test]
    fn the_json_names_the_shape() {
        let stored = Ranges {
            ranges: vec![entry("tiers.0.customers", 35.0, 45.0)],
            ..Ranges::default()
        };
        let text = serde_json::to_string(&stored).unwrap();
        assert!(text.contains("\"shape\":\"triangular\""), "{text}");
        assert_eq!(serde_json::from_str::<Ranges>(&text).unwrap(), stored);
    }
}
