//! Typed input errors, each carried to the field it belongs to.
//!
//! The engine never panics on bad input: every impossible value becomes a
//! [`FieldError`] whose `field` is a dotted path into the scenario (for example
//! `team.hours_per_week` or `tiers.1.touches.3.hours`), so the page can show the
//! message next to the input where it was typed.

use serde::{Deserialize, Serialize};
use std::fmt;

use super::format::exact;

/// What is wrong with one input value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Problem {
    /// The field was left empty.
    Empty,
    /// The text is not a number (letters, symbols).
    NotANumber,
    /// A comma that does not group thousands, as in "40,5": the decimal
    /// comma of many locales, which is never guessed.
    CommaNotThousands,
    /// The value is NaN or infinite.
    NotFinite,
    /// The value is below zero where only zero or more makes sense.
    Negative,
    /// The value must be strictly greater than zero.
    NotPositive,
    /// The value counts things that come whole (customers).
    NotWhole {
        /// What it counts, in plain words ("customers").
        what: String,
    },
    /// The value is below the smallest allowed value (for the few inputs
    /// that may be negative, such as score weights).
    TooSmall {
        /// The smallest allowed value, in the field's own unit.
        min: f64,
    },
    /// The value is above the largest sensible value.
    TooLarge {
        /// The largest allowed value, in the field's own unit.
        max: f64,
    },
    /// Shares of a whole add up to 100% or more.
    SharesTooLarge {
        /// The sum of the shares, in percent.
        total_pct: f64,
    },
    /// A scenario needs between 1 and `max` tiers.
    TierCount {
        /// The most tiers allowed.
        max: u32,
    },
    /// A tier has customers who need people hours, but the team has no
    /// proactive time to serve them.
    NoCapacity,
    /// A tier has customers but no touch, trigger or program at all.
    NoTouches,
    /// A digital (tech-touch) tier has one-to-one people touches.
    OneToOneInDigital,
    /// The value must be at least another value (a band's top below its
    /// bottom, net retention below gross retention).
    BelowOther {
        /// What it must be at least, in plain words.
        what: String,
        /// That other value.
        value: f64,
    },
    /// The value must be below another value (a tier's ARR cut-off at or
    /// above the cut-off of the tier before it).
    NotBelowOther {
        /// What it must be below, in plain words.
        what: String,
        /// That other value.
        value: f64,
    },
    /// A reference to a tier that does not exist, or to the tier itself.
    UnknownTier {
        /// How many tiers there are.
        tiers: u32,
    },
    /// The bands mode needs at least one ARR band.
    NoBands,
    /// Any other rule, stated in plain words.
    Rule(String),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Empty => write!(f, "Enter a value."),
            Problem::NotANumber => write!(f, "Enter a number, such as 40."),
            Problem::CommaNotThousands => write!(
                f,
                "Write decimals with a point, as in 40.5: a comma only groups thousands, as in 1,840."
            ),
            Problem::NotFinite => write!(f, "Enter a finite number."),
            Problem::Negative => write!(f, "Must be zero or more."),
            Problem::NotPositive => write!(f, "Must be more than zero."),
            Problem::NotWhole { what } => write!(f, "Enter a whole number of {what}."),
            Problem::TooSmall { min } => write!(f, "Must be at least {}.", exact(*min)),
            Problem::TooLarge { max } => write!(f, "Must be at most {}.", exact(*max)),
            Problem::SharesTooLarge { total_pct } => write!(
                f,
                "These shares add up to {}%: they must leave time for proactive work (under 100%).",
                exact(*total_pct)
            ),
            Problem::TierCount { max } => write!(f, "Use between 1 and {max} tiers."),
            Problem::NoCapacity => write!(
                f,
                "This tier has customers to serve but the team has no proactive time left: lower the reactive, collateral or overhead shares."
            ),
            Problem::NoTouches => write!(
                f,
                "Customers in this tier get no touch at all: add a touch, a trigger, a program or an automated touch."
            ),
            Problem::OneToOneInDigital => write!(
                f,
                "A digital tier is tech touch only: make this touch automated, move it to a one-to-many program, or cover the tier with a pooled team."
            ),
            Problem::BelowOther { what, value } => {
                write!(f, "Must be at least {what} ({}).", exact(*value))
            }
            Problem::NotBelowOther { what, value } => {
                write!(f, "Must be below {what} ({}).", exact(*value))
            }
            Problem::UnknownTier { tiers } => {
                write!(f, "Pick another tier, between 1 and {tiers}.")
            }
            Problem::NoBands => write!(f, "Add at least one ARR band, or type customers per tier."),
            Problem::Rule(text) => write!(f, "{text}"),
        }
    }
}

/// An impossible input: which field, and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldError {
    /// Dotted path of the field in the scenario, e.g. `team.hours_per_week`.
    pub field: String,
    /// What is wrong.
    pub problem: Problem,
}

impl FieldError {
    /// An error for `field`.
    pub fn new(field: impl Into<String>, problem: Problem) -> Self {
        Self {
            field: field.into(),
            problem,
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.problem)
    }
}

/// Checks that `value` is finite and within `[min, max]`, where `min` is
/// either inclusive zero (`positive == false`) or exclusive zero (`positive == true`).
pub fn check_range(field: &str, value: f64, positive: bool, max: f64) -> Option<FieldError> {
    check_between(field, value, positive, 0.0, max)
}

/// Like [`check_range`] with a minimum `min` that may be below zero
/// (`Negative` when `min` is 0, else `TooSmall`).
pub fn check_between(
    field: &str,
    value: f64,
    positive: bool,
    min: f64,
    max: f64,
) -> Option<FieldError> {
    let problem = if !value.is_finite() {
        Problem::NotFinite
    } else if value < min {
        if min == 0.0 {
            Problem::Negative
        } else {
            Problem::TooSmall { min }
        }
    } else if positive && value <= 0.0 {
        Problem::NotPositive
    } else if value > max {
        Problem::TooLarge { max }
    } else {
        return None;
    };
    Some(FieldError::new(field, problem))
}

/// Checks that `value`, a count of `what` ("customers"), is a whole number.
pub fn check_whole(field: &str, value: f64, what: &str) -> Option<FieldError> {
    (value.is_finite() && value.fract() != 0.0).then(|| {
        FieldError::new(
            field,
            Problem::NotWhole {
                what: what.to_string(),
            },
        )
    })
}

/// Reads a number typed by a person: surrounding spaces and thousands
/// separators written as `,` or `_` are allowed (`1,840`), a decimal point is `.`.
/// A comma must group thousands (three digits after it, before any point):
/// "40,5" is refused, not read as 405.
///
/// Never returns NaN or infinity.
pub fn parse_number(text: &str) -> Result<f64, Problem> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(Problem::Empty);
    }
    if !commas_group_thousands(trimmed) {
        return Err(Problem::CommaNotThousands);
    }
    let cleaned: String = trimmed.chars().filter(|c| *c != ',' && *c != '_').collect();
    match crate::decimal::parse(&cleaned) {
        Some(v) if v.is_finite() => Ok(v),
        Some(_) => Err(Problem::NotFinite),
        None => Err(Problem::NotANumber),
    }
}

/// Whether every comma in `text` groups thousands: three digits follow it
/// (up to the next comma, the point or the end), and none is after the point.
fn commas_group_thousands(text: &str) -> bool {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    !fraction.contains(',')
        && whole.split(',').skip(1).all(|group| {
            group.chars().filter(|c| *c != '_').count() == 3
                && group.chars().all(|c| c.is_ascii_digit() || c == '_')
        })
}

/// Formats a number without trailing zeros, for messages and inputs (`46`, `12.5`).
pub fn trim_number(value: f64) -> String {
    crate::decimal::format(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_plain_and_grouped_numbers() {
        assert_eq!(parse_number(" 40 "), Ok(40.0));
        assert_eq!(parse_number("1,840"), Ok(1840.0));
        assert_eq!(parse_number("12.5"), Ok(12.5));
        assert_eq!(parse_number("-3"), Ok(-3.0));
    }

    #[test]
    fn rejects_empty_letters_and_overflow() {
        assert_eq!(parse_number(""), Err(Problem::Empty));
        assert_eq!(parse_number("   "), Err(Problem::Empty));
        assert_eq!(parse_number("abc"), Err(Problem::NotANumber));
        assert_eq!(parse_number("4o"), Err(Problem::NotANumber));
        assert_eq!(parse_number("NaN"), Err(Problem::NotANumber));
        assert_eq!(parse_number("inf"), Err(Problem::NotANumber));
        assert_eq!(parse_number("1e999"), Err(Problem::NotFinite));
        assert_eq!(parse_number("1.2.3"), Err(Problem::NotANumber));
    }

    #[test]
    fn a_comma_groups_thousands_or_is_refused_never_dropped() {
        assert_eq!(parse_number("1,840"), Ok(1840.0));
        assert_eq!(parse_number("12,500,000"), Ok(12_500_000.0));
        assert_eq!(parse_number("1,840.5"), Ok(1840.5));
        for decimal_comma in [
            "40,5", "0,25", "1,5000", "12,50", "1,840,5", "1.5,000", "40,",
        ] {
            assert_eq!(
                parse_number(decimal_comma),
                Err(Problem::CommaNotThousands),
                "{decimal_comma}"
            );
        }
    }

    #[test]
    fn range_checks_name_the_problem() {
        assert_eq!(check_range("x", 5.0, true, 10.0), None);
        assert_eq!(
            check_range("x", -1.0, false, 10.0).map(|e| e.problem),
            Some(Problem::Negative)
        );
        assert_eq!(
            check_range("x", 0.0, true, 10.0).map(|e| e.problem),
            Some(Problem::NotPositive)
        );
        assert_eq!(
            check_range("x", 11.0, true, 10.0).map(|e| e.problem),
            Some(Problem::TooLarge { max: 10.0 })
        );
        assert_eq!(
            check_range("x", f64::NAN, true, 10.0).map(|e| e.problem),
            Some(Problem::NotFinite)
        );
        assert_eq!(check_between("w", -40.0, false, -100.0, 100.0), None);
        assert_eq!(
            check_between("w", -140.0, false, -100.0, 100.0).map(|e| e.problem.to_string()),
            Some("Must be at least -100.".into())
        );
    }

    #[test]
    fn bounds_in_messages_group_their_digits() {
        assert_eq!(
            Problem::TooLarge { max: 1e9 }.to_string(),
            "Must be at most 1,000,000,000."
        );
        assert_eq!(
            Problem::NotBelowOther {
                what: "the cut-off of High touch".into(),
                value: 100_000.0
            }
            .to_string(),
            "Must be below the cut-off of High touch (100,000)."
        );
    }

    #[test]
    fn messages_read_as_sentences() {
        assert_eq!(
            Problem::SharesTooLarge { total_pct: 105.0 }.to_string(),
            "These shares add up to 105%: they must leave time for proactive work (under 100%)."
        );
        assert_eq!(
            Problem::TooLarge { max: 168.0 }.to_string(),
            "Must be at most 168."
        );
    }
}
