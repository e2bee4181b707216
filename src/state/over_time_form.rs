//! The plan-over-time fields (start month, fiscal-year start, recruiting
//! cost, ramp capacity, hire cap, backfill, retention difference and its
//! source): reading what was typed into a value or a message for the
//! field, and the start month a plan takes from the first change.
//!
//! A refused value never reaches the scenario: the field keeps its text
//! and message and the plan keeps its last good figures.

use crate::model::calendar::Calendar;
use crate::model::coverage_risk::CoverageRisk;
use crate::model::fiscal::YearMonth;
use crate::model::hiring::Hiring;
use crate::model::limits::MAX_AMOUNT;
use crate::model::names::clean_name;
use crate::model::Scenario;

/// The scenario's three members the fields edit, together.
#[derive(Clone, Debug, PartialEq)]
pub struct OverTime {
    /// `calendar`.
    pub calendar: Calendar,
    /// `hiring`.
    pub hiring: Hiring,
    /// `coverage`.
    pub coverage: CoverageRisk,
}

impl OverTime {
    /// The members of `s`.
    pub fn of(s: &Scenario) -> Self {
        OverTime {
            calendar: s.calendar.clone(),
            hiring: s.hiring.clone(),
            coverage: s.coverage.clone(),
        }
    }

    /// Writes the members into `s`.
    pub fn write(&self, s: &mut Scenario) {
        s.calendar.clone_from(&self.calendar);
        s.hiring.clone_from(&self.hiring);
        s.coverage.clone_from(&self.coverage);
    }
}

/// A plan-over-time field typed as text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// `calendar.start`
    Start,
    /// `calendar.fiscal_year_start_month`
    FiscalYearStart,
    /// `hiring.recruiting_cost`
    RecruitingCost,
    /// `hiring.ramp_capacity_pct`
    RampCapacity,
    /// `hiring.max_hires_per_quarter`
    HireCap,
    /// `coverage.retention_gap_pct`
    RetentionGap,
    /// `coverage.retention_source`
    RetentionSource,
}

impl Field {
    /// The field's text for the plan's value.
    pub fn text(self, o: &OverTime) -> String {
        use crate::model::format::exact;
        match self {
            Field::Start => o.calendar.start.clone(),
            Field::FiscalYearStart => o.calendar.fiscal_year_start_month.to_string(),
            Field::RecruitingCost => exact(o.hiring.recruiting_cost),
            Field::RampCapacity => exact(o.hiring.ramp_capacity_pct),
            Field::HireCap => hire_cap_text(o.hiring.max_hires_per_quarter),
            Field::RetentionGap => exact(o.coverage.retention_gap_pct),
            Field::RetentionSource => o.coverage.retention_source.clone(),
        }
    }

    /// `o` with this field set from `text`, or the message for the field
    /// (the plan then keeps its last good values). `hires_needed`: whether
    /// the plan asks for hires (a cap of 0 is then refused).
    pub fn set(self, o: &OverTime, text: &str, hires_needed: bool) -> Read<OverTime> {
        let mut out = o.clone();
        match self {
            Field::Start => out.calendar.start = read_start(text)?,
            Field::FiscalYearStart => {
                out.calendar.fiscal_year_start_month = read_fiscal_start(text)?
            }
            Field::RecruitingCost => out.hiring.recruiting_cost = read_recruiting_cost(text)?,
            Field::RampCapacity => {
                out.hiring.ramp_capacity_pct = read_pct(text, "The capacity during the ramp")?
            }
            Field::HireCap => out.hiring.max_hires_per_quarter = read_hire_cap(text, hires_needed)?,
            Field::RetentionGap => {
                out.coverage.retention_gap_pct = if text.trim().is_empty() {
                    0.0
                } else {
                    read_pct(text, "The retention difference")?
                }
            }
            Field::RetentionSource => out.coverage.retention_source = read_source(text),
        }
        Ok(out)
    }
}

/// A field's text read into the value it sets, or the message for it.
pub type Read<T> = Result<T, String>;

/// The start month from a month field (`YYYY-MM`, as `<input type=month>`
/// gives it).
pub fn read_start(text: &str) -> Read<String> {
    let text = text.trim();
    YearMonth::parse(text).map(YearMonth::iso).ok_or_else(|| {
        if text.is_empty() {
            "Give the month the plan starts in, such as 2027-04.".to_string()
        } else {
            format!("'{text}' is not a month; write it as year and month, such as 2027-04.")
        }
    })
}

/// The fiscal year's first month, 1 to 12.
pub fn read_fiscal_start(text: &str) -> Read<u32> {
    match text.trim().parse::<u32>() {
        Ok(m) if (1..=12).contains(&m) => Ok(m),
        _ => Err(format!(
            "The fiscal year starts in a month from 1 (January) to 12 (December), not '{}'.",
            text.trim()
        )),
    }
}

fn number(text: &str) -> Option<f64> {
    crate::decimal::parse(text.trim()).filter(|v| v.is_finite())
}

/// The recruiting cost per hire, 0 to [`MAX_AMOUNT`] (empty = 0).
pub fn read_recruiting_cost(text: &str) -> Read<f64> {
    if text.trim().is_empty() {
        return Ok(0.0);
    }
    match number(text) {
        Some(v) if (0.0..=MAX_AMOUNT).contains(&v) => Ok(v),
        Some(_) => Err("A recruiting cost is 0 or more (per hire).".into()),
        None => Err(format!("'{}' is not a number.", text.trim())),
    }
}

/// A percentage from 0 to 100: the ramp capacity or the retention
/// difference (`what` names it in the message).
pub fn read_pct(text: &str, what: &str) -> Read<f64> {
    match number(text) {
        Some(v) if (0.0..=100.0).contains(&v) => Ok(v),
        Some(_) => Err(format!("{what} is from 0 to 100.")),
        None => Err(format!("'{}' is not a number.", text.trim())),
    }
}

/// The hire cap: an empty field means no cap (stored as 0); a whole number
/// from 1 up. A typed 0 while the plan needs hires is refused: it would
/// mean no one can start.
pub fn read_hire_cap(text: &str, hires_needed: bool) -> Read<u32> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(0);
    }
    match text.parse::<u32>() {
        Ok(0) if hires_needed => {
            Err("A cap of 0 means no one can start; leave the field empty for no cap".into())
        }
        Ok(n) => Ok(n),
        Err(_) => Err(format!(
            "'{text}' is not a whole number of people; leave the field empty for no cap."
        )),
    }
}

/// The text the hire-cap field shows for a stored cap: empty for no cap.
pub fn hire_cap_text(cap: u32) -> String {
    if cap == 0 {
        String::new()
    } else {
        cap.to_string()
    }
}

/// The retention difference's source, as a name is kept (trimmed, bounded).
pub fn read_source(text: &str) -> String {
    clean_name(text.trim())
}

/// `after` with its start month stored when it has none and `before` was
/// a different plan: the first change to a plan without a start month
/// keeps the month the page opened it in (`today`, ISO), so its link shows
/// the same months next year. A plan that did not change stays undated
/// (the bare page address stays bare).
pub fn date_on_change(before: &Scenario, mut after: Scenario, today: Option<&str>) -> Scenario {
    if after != *before && after.calendar.start.is_empty() {
        if let Some(today) = today.and_then(YearMonth::parse) {
            after.calendar.start = today.iso();
        }
    }
    after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_read_values_or_say_why_not() {
        assert_eq!(read_start("2027-04"), Ok("2027-04".into()));
        assert!(read_start("2027-13").unwrap_err().contains("not a month"));
        assert_eq!(read_fiscal_start("4"), Ok(4));
        assert!(read_fiscal_start("13")
            .unwrap_err()
            .contains("1 (January) to 12"));
        assert!(read_fiscal_start("0").is_err());
        assert_eq!(read_recruiting_cost(""), Ok(0.0));
        assert_eq!(read_recruiting_cost("15000"), Ok(15_000.0));
        assert!(read_recruiting_cost("-1").is_err());
        assert_eq!(read_pct("50", "Ramp capacity"), Ok(50.0));
        assert!(read_pct("150", "Ramp capacity").is_err());
    }

    #[test]
    fn a_refused_field_leaves_the_plan_as_it_was() {
        let o = OverTime::of(&Scenario::default());
        assert!(Field::HireCap.set(&o, "0", true).is_err());
        let capped = Field::HireCap.set(&o, "2", true).unwrap();
        assert_eq!(capped.hiring.max_hires_per_quarter, 2);
        assert_eq!(Field::HireCap.text(&capped), "2");
        assert_eq!(Field::HireCap.set(&capped, "", true).unwrap(), o);
        let fy = Field::FiscalYearStart.set(&o, "4", false).unwrap();
        assert_eq!(fy.calendar.fiscal_year_start_month, 4);
        assert!(Field::Start.set(&o, "April", false).is_err());
        assert_eq!(
            Field::RetentionSource
                .set(&o, "  Churn study 2025 ", false)
                .unwrap()
                .coverage
                .retention_source,
            "Churn study 2025"
        );
    }

    #[test]
    fn an_empty_cap_is_no_cap_and_a_typed_zero_is_refused_while_hires_are_needed() {
        assert_eq!(read_hire_cap("", true), Ok(0));
        assert_eq!(read_hire_cap("2", true), Ok(2));
        assert_eq!(
            read_hire_cap("0", true).unwrap_err(),
            "A cap of 0 means no one can start; leave the field empty for no cap"
        );
        assert_eq!(read_hire_cap("0", false), Ok(0));
        assert!(read_hire_cap("1.5", true).is_err());
        assert_eq!(hire_cap_text(0), "");
        assert_eq!(hire_cap_text(3), "3");
    }

    #[test]
    fn the_first_change_keeps_the_month_the_plan_was_opened_in() {
        let before = Scenario::default();
        // Nothing changed: the plan stays undated.
        assert_eq!(
            date_on_change(&before, before.clone(), Some("2026-12")),
            before
        );
        let mut after = before.clone();
        after.tiers[0].customers += 1.0;
        let dated = date_on_change(&before, after.clone(), Some("2026-12"));
        assert_eq!(dated.calendar.start, "2026-12");
        // A plan with a start keeps it.
        after.calendar.start = "2025-03".into();
        assert_eq!(
            date_on_change(&before, after, Some("2026-12"))
                .calendar
                .start,
            "2025-03"
        );
    }
}
