//! A range on one input: its low and high ends as a 90% interval, its
//! shape, which inputs may take one, and every reason a range is refused,
//! in plain words.
//!
//! The field's own value stays the most likely value: the triangle's mode,
//! the normal's mean. The shape's numbers (where the triangle starts and
//! ends, the normal's σ) are [`super::shape`]'s.

use crate::model::check::check_input;
use crate::model::format::exact;
use crate::model::inputs::{inputs, Input, ItemField, TierField};
pub use crate::model::range_inputs::Shape;
use crate::model::scenario::Scenario;
use crate::model::validate::Problem;

/// A range on one input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    /// The input, by the registry's typed address.
    pub path: Input,
    /// The low end of the 90% interval, in the field's unit.
    pub low: f64,
    /// The high end of the 90% interval, in the field's unit.
    pub high: f64,
    /// How the values are spread.
    pub shape: Shape,
}

/// Why a range was refused: the field's path and a plain-words message
/// that names the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RangeError {
    /// The field's path (`tiers.0.customers`), or the text given when it
    /// names no field.
    pub field: String,
    /// What is wrong, in plain words.
    pub message: String,
}

/// What the inputs that may take a range have in common, in words: the
/// message for one that may not.
pub const MAY_VARY: &str = "ranges go on customers, first-year shares, average ARR, touch \
    hours, frequencies and shares, trigger rates, program hours, sessions and cohort sizes, \
    the team's time, costs, growth and churn";

/// Whether `input` may take a range: the numbers that drive demand,
/// capacity or cost and that a person estimates. Choices (tier cut-offs,
/// the span of control, targets, score weights) and the headcounts the
/// plan is judged against (today's team, the budget) may not.
pub fn may_vary(input: Input) -> bool {
    match input {
        Input::Team(_) | Input::RoleCost(_) | Input::ManagerCost | Input::Attrition => true,
        Input::BaseTotal | Input::Band(_, crate::model::inputs::BandField::Count) => true,
        Input::Tier(_, f) => matches!(
            f,
            TierField::Customers
                | TierField::FirstYearPct
                | TierField::AvgArr
                | TierField::GrrPct
                | TierField::NrrPct
                | TierField::NewPerMonth
        ),
        Input::Touch(_, _, f) => {
            matches!(
                f,
                ItemField::Hours | ItemField::PerYear | ItemField::SharePct
            )
        }
        Input::Trigger(_, _, f) => matches!(f, ItemField::Hours | ItemField::PerYear),
        Input::Program(_, _, f) => {
            matches!(f, ItemField::Hours | ItemField::Sessions | ItemField::Reach)
        }
        _ => false,
    }
}

/// Whether `input` moves only the month-by-month plan (retention, new
/// customers, staff attrition), which the range analysis does not sample
/// yet: a range on it is kept (for the timeline's fan) and said to move
/// none of the analysis's figures.
pub fn month_by_month_only(input: Input) -> bool {
    matches!(
        input,
        Input::Attrition
            | Input::Tier(
                _,
                TierField::GrrPct | TierField::NrrPct | TierField::NewPerMonth
            )
    )
}

/// The input of `scenario` at the page's field path `path`
/// (`team.hours_per_week`, `tiers.0.customers`), or a message naming it.
pub fn resolve(scenario: &Scenario, path: &str) -> Result<Input, RangeError> {
    let path = path.trim();
    inputs(scenario)
        .into_iter()
        .find(|i| i.path() == path)
        .ok_or_else(|| RangeError {
            field: path.to_string(),
            message: format!(
                "\"{path}\" is not a number of this scenario; field paths read like \
                 team.hours_per_week, tiers.0.customers or tiers.1.touches.2.hours"
            ),
        })
}

impl Range {
    /// A range on `path` from `low` to `high`.
    pub fn new(path: Input, low: f64, high: f64, shape: Shape) -> Self {
        Range {
            path,
            low,
            high,
            shape,
        }
    }

    /// Every reason this range cannot be sampled in `scenario`, in plain
    /// words naming the field; empty when it can.
    pub fn problems(&self, scenario: &Scenario) -> Vec<RangeError> {
        let label = self.path.label(scenario);
        let error = |message: String| RangeError {
            field: self.path.path(),
            message: format!("{label}: {message}"),
        };
        if !may_vary(self.path) {
            return vec![error(format!(
                "this field cannot take a range; {MAY_VARY}."
            ))];
        }
        if !inputs(scenario).contains(&self.path) {
            return vec![error("this field is not in the scenario.".into())];
        }
        let mut out = Vec::new();
        for (end, value) in [("low", self.low), ("high", self.high)] {
            if let Some(e) = check_input(self.path, value) {
                if !matches!(e.problem, Problem::NotWhole { .. }) {
                    out.push(error(format!(
                        "the {end} end, {}, is outside what the field allows. {}",
                        shown(value),
                        e.problem
                    )));
                }
            }
        }
        if !out.is_empty() {
            return out;
        }
        if self.low > self.high {
            out.push(error(format!(
                "the low end ({}) is above the high end ({}); write the smaller number first.",
                exact(self.low),
                exact(self.high)
            )));
        } else if self.shape != Shape::Uniform {
            let value = self.path.get(scenario);
            if value < self.low || value > self.high {
                out.push(error(format!(
                    "its value, {}, is outside {} to {}; a {} range is most likely at the \
                     field's value, so it must hold it.",
                    exact(value),
                    exact(self.low),
                    exact(self.high),
                    self.shape.name()
                )));
            }
        }
        out
    }
}

/// A number for a message: as the page writes numbers, or "not a number".
fn shown(value: f64) -> String {
    if value.is_finite() {
        exact(value)
    } else {
        "not a number".into()
    }
}

/// Every reason `ranges` cannot be sampled in `scenario`: each range's
/// own problems, and a second range on a field that already has one.
pub fn problems(scenario: &Scenario, ranges: &[Range]) -> Vec<RangeError> {
    let mut out = Vec::new();
    for (k, range) in ranges.iter().enumerate() {
        if ranges[..k].iter().any(|r| r.path == range.path) {
            out.push(RangeError {
                field: range.path.path(),
                message: format!(
                    "{}: this field has two ranges; give it one.",
                    range.path.label(scenario)
                ),
            });
            continue;
        }
        out.extend(range.problems(scenario));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::inputs::TeamField;

    fn hpw(low: f64, high: f64, shape: Shape) -> Range {
        Range::new(Input::Team(TeamField::HoursPerWeek), low, high, shape)
    }

    #[test]
    fn shapes_keep_their_link_order_and_names() {
        for (k, shape) in Shape::ALL.into_iter().enumerate() {
            assert_eq!(usize::from(shape.index()), k);
            assert_eq!(Shape::from_index(shape.index()), Some(shape));
            assert_eq!(Shape::from_name(shape.name()), Some(shape));
        }
        assert_eq!(Shape::from_index(3), None);
        assert_eq!(Shape::from_name("lognormal"), None);
    }

    #[test]
    fn a_good_range_has_no_problems() {
        let s = Scenario::default();
        assert!(hpw(36.0, 42.0, Shape::Normal).problems(&s).is_empty());
        assert!(hpw(40.0, 40.0, Shape::Triangular).problems(&s).is_empty());
    }

    #[test]
    fn low_above_high_is_refused_in_words() {
        let s = Scenario::default();
        let p = hpw(45.0, 35.0, Shape::Uniform).problems(&s);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].field, "team.hours_per_week");
        assert!(p[0].message.starts_with("Hours per week: the low end (45)"));
    }

    #[test]
    fn a_choice_cannot_take_a_range() {
        let s = Scenario::default();
        for input in [
            Input::ManagerSpan,
            Input::Tier(0, TierField::MinArr),
            Input::TargetArrPerCsm,
            Input::Budget(None),
            Input::Today(Some(crate::model::Role::Csm)),
        ] {
            let p = Range::new(input, 1.0, 2.0, Shape::Uniform).problems(&s);
            assert!(p[0].message.contains("cannot take a range"), "{p:?}");
        }
        // Every input the issue lists may.
        assert!(may_vary(Input::Tier(2, TierField::Customers)));
        assert!(may_vary(Input::Program(0, 0, ItemField::Reach)));
        assert!(may_vary(Input::Trigger(0, 0, ItemField::PerYear)));
    }

    #[test]
    fn ends_outside_the_fields_limits_are_refused() {
        let s = Scenario::default();
        let p = hpw(0.0, 200.0, Shape::Uniform).problems(&s);
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[0].message.contains("the low end, 0, is outside"));
        assert!(p[1].message.contains("at most 168"));
        let p = hpw(f64::NAN, 40.0, Shape::Uniform).problems(&s);
        assert!(p[0].message.contains("not a number"), "{p:?}");
    }

    #[test]
    fn a_peaked_range_must_hold_the_fields_value() {
        let s = Scenario::default();
        let p = hpw(42.0, 50.0, Shape::Normal).problems(&s);
        assert!(p[0].message.contains("its value, 40, is outside 42 to 50"));
        // A uniform range ignores the field's value.
        assert!(hpw(42.0, 50.0, Shape::Uniform).problems(&s).is_empty());
    }

    #[test]
    fn paths_resolve_through_the_registry() {
        let s = Scenario::default();
        assert_eq!(
            resolve(&s, "tiers.0.customers"),
            Ok(Input::Tier(0, TierField::Customers))
        );
        let e = resolve(&s, "tiers.9.customers").unwrap_err();
        assert!(e.message.contains("is not a number of this scenario"));
    }

    #[test]
    fn two_ranges_on_one_field_are_refused() {
        let s = Scenario::default();
        let r = hpw(38.0, 42.0, Shape::Uniform);
        let p = problems(&s, &[r, r]);
        assert_eq!(p.len(), 1);
        assert!(p[0].message.contains("two ranges"));
    }
}
