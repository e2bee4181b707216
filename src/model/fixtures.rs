//! Test fixtures the engine's unit tests share: the hand-worked figures
//! that several files check their own part of.

use super::calendar::Calendar;
use super::fiscal::{FiscalCalendar, YearMonth};
use super::range_inputs::{RangeEntry, Shape};
use super::role::Role;
use super::scenario::Scenario;
use super::tier::{Coverage, Tier};
use super::touch::Program;
use super::touch::Touch;

/// The hand-check webinar: 4 a year per customer, in cohorts of 50, 3 h
/// each, run by pooled CSMs. For 1,000 customers: 80 sessions × 3 h =
/// 240 h a year, 0.24 h per customer, 0.22 FTE at 1,104 proactive hours.
pub fn webinar() -> Program {
    Program::per_customer("Webinar", 4.0, 50.0, 3.0, Role::Pooled)
}

/// Whether `a` is `b` up to a relative 1e-6 (an absolute 1e-6 near 0): the
/// tests' "equal" for sums of hours, FTE and money.
pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6 * (1.0 + b.abs())
}

/// The fiscal calendar of a plan starting in `start` ("YYYY-MM", or "" for
/// none) whose fiscal year starts in month `fy`, opened in January 2030
/// (the start a plan without one takes).
pub fn calendar(start: &str, fy: u32) -> FiscalCalendar {
    FiscalCalendar::of(
        &Calendar {
            start: start.into(),
            fiscal_year_start_month: fy,
        },
        YearMonth {
            year: 2030,
            month: 1,
        },
    )
}

/// A triangular range on the input at `path`, from `low` to `high`.
pub fn range(path: &str, low: f64, high: f64) -> RangeEntry {
    RangeEntry {
        path: path.into(),
        low,
        high,
        shape: Shape::Triangular,
    }
}

/// One tier of `customers` customers of $10,000 ARR, 11.04 h each (one
/// CSM FTE per 100 customers at 1,104 h a year), pooled; no first-year
/// work, growth, churn, ramp or attrition; a 12 months' horizon. Each test
/// sets its own team, lead time and start.
pub fn one_tier(customers: f64) -> Scenario {
    let mut s = Scenario {
        tiers: vec![Tier {
            customers,
            avg_arr: 10_000.0,
            first_year_pct: 0.0,
            touches: vec![Touch::new("Call", 1.0, 11.04, super::role::Role::Csm)],
            grr_pct: 100.0,
            nrr_pct: 100.0,
            new_per_month: 0.0,
            ..Tier::named("Only", Coverage::Pooled)
        }],
        ..Scenario::default()
    };
    s.growth.horizon_months = 12;
    s.growth.ramp_months = 0;
    s.growth.attrition_pct = 0.0;
    s
}
