//! Validation of what tiers accounts and spreads their renewals: the
//! cut-offs of the rule in use, and each tier's renewal months.

use super::inputs::MAX_CUSTOMERS;
use super::scenario::{BaseMode, Scenario};
use super::tiering::TierRule;
use super::validate::{check_range, FieldError, Problem};

impl Scenario {
    /// Cut-offs fall from the first tier down (the last tier's is unused):
    /// the ARR cut-offs when they split bands or tier an imported list by
    /// ARR, the score cut-offs when the rule is the weighted score. Only the
    /// rule in use is checked. Renewal months: none, or 12 counts of zero
    /// or more.
    pub(super) fn validate_tiering(&self, errors: &mut Vec<FieldError>) {
        let by_arr = self.base.mode == BaseMode::Bands
            || (self.base.mode == BaseMode::Accounts && self.tiering.rule == TierRule::Arr);
        if by_arr {
            self.cutoffs_fall(errors, "min_arr", |t| t.min_arr);
        }
        if self.tiering.rule == TierRule::Score {
            self.cutoffs_fall(errors, "min_score", |t| t.min_score);
        }
        for (i, tier) in self.tiers.iter().enumerate() {
            let months = &tier.renewal_months;
            if !months.is_empty() && months.len() != 12 {
                errors.push(FieldError::new(
                    format!("tiers.{i}.renewal_months"),
                    Problem::Rule(format!(
                        "Renewals need a count for each of the 12 months, or none for an even spread; there are {}.",
                        months.len()
                    )),
                ));
                continue;
            }
            for (m, count) in months.iter().enumerate() {
                let field = format!("tiers.{i}.renewal_months.{m}");
                errors.extend(check_range(&field, *count, false, MAX_CUSTOMERS));
            }
        }
    }

    fn cutoffs_fall(
        &self,
        errors: &mut Vec<FieldError>,
        member: &str,
        value: impl Fn(&super::tier::Tier) -> f64,
    ) {
        let used = self.tiers.len().saturating_sub(1);
        for i in 1..used {
            let above = value(&self.tiers[i - 1]);
            let here = value(&self.tiers[i]);
            if above.is_finite() && here.is_finite() && here >= above {
                errors.push(FieldError::new(
                    format!("tiers.{i}.{member}"),
                    Problem::NotBelowOther {
                        what: format!("the cut-off of {}", self.tiers[i - 1].name),
                        value: above,
                    },
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tiering::Criterion;

    fn fields(s: &Scenario) -> Vec<String> {
        s.validate().into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn only_the_cut_offs_of_the_rule_in_use_are_checked() {
        let mut s = Scenario::default();
        s.tiers[1].min_arr = 500_000.0;
        s.tiers[1].min_score = 90.0;
        // Typed per tier with the ARR rule: neither is in use.
        assert!(fields(&s).is_empty(), "{:?}", fields(&s));
        s.tiering.rule = TierRule::Score;
        assert_eq!(fields(&s), ["tiers.1.min_score"]);
        s.base.mode = BaseMode::Accounts;
        assert_eq!(fields(&s), ["tiers.1.min_score"]);
        s.tiering.rule = TierRule::Arr;
        assert_eq!(fields(&s), ["tiers.1.min_arr"]);
        let e = &s.validate()[0];
        assert_eq!(
            e.problem.to_string(),
            "Must be below the cut-off of High touch (100,000)."
        );
    }

    #[test]
    fn weights_and_full_points_are_checked_on_their_fields() {
        let mut s = Scenario::default();
        s.tiering.weights.health = -100.0;
        s.tiering.weights.arr = 100.0;
        assert!(fields(&s).is_empty());
        s.tiering.weights.health = -101.0;
        s.tiering.weights.products = f64::NAN;
        s.tiering.full_at.complexity = 0.0;
        s.tiering.full_at.arr = f64::INFINITY;
        *s.tiering.weights.get_mut(Criterion::Strategic) = 250.0;
        let f = fields(&s);
        for expected in [
            "tiering.weights.products",
            "tiering.weights.strategic",
            "tiering.weights.health",
            "tiering.full_at.arr",
            "tiering.full_at.complexity",
        ] {
            assert!(f.contains(&expected.to_string()), "{expected} in {f:?}");
        }
        let message = |field: &str| {
            s.validate()
                .into_iter()
                .find(|e| e.field == field)
                .map(|e| e.problem.to_string())
        };
        assert_eq!(
            message("tiering.weights.health").as_deref(),
            Some("Must be at least -100.")
        );
        assert_eq!(
            message("tiering.full_at.complexity").as_deref(),
            Some("Must be more than zero.")
        );
    }

    #[test]
    fn renewal_months_are_none_or_twelve_counts() {
        let mut s = Scenario::default();
        s.tiers[0].renewal_months = vec![2.0; 12];
        assert!(fields(&s).is_empty());
        s.tiers[0].renewal_months = vec![2.0; 11];
        assert_eq!(fields(&s), ["tiers.0.renewal_months"]);
        s.tiers[0].renewal_months = vec![2.0; 12];
        s.tiers[0].renewal_months[4] = -1.0;
        s.tiers[0].renewal_months[7] = f64::NAN;
        assert_eq!(
            fields(&s),
            ["tiers.0.renewal_months.4", "tiers.0.renewal_months.7"]
        );
    }
}
