//! Test fixtures the engine's unit tests share: the hand-worked figures
//! that several files check their own part of.

use super::calendar::Calendar;
use super::fiscal::{FiscalCalendar, YearMonth};
use super::role::Role;
use super::touch::Program;

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
