//! The plan over time on the command line: the current month (the start of
//! a plan that has none; `--today YYYY-MM` sets it), the view of
//! [`fiscal_view`], and its text.

use std::time::{SystemTime, UNIX_EPOCH};

use super::{aligned, plain};
use crate::export::fiscal::{coverage_words, fiscal_tables};
use crate::model::fiscal::YearMonth;
use crate::model::fiscal_view::{fiscal_view, FiscalView};
use crate::model::Scenario;

/// The calendar month of a time `seconds` after 1970-01-01 UTC (the civil
/// calendar from days, H. Hinnant's `civil_from_days`).
pub fn month_of_unix(seconds: u64) -> YearMonth {
    let z = (seconds / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    YearMonth {
        year: year.clamp(0, i64::from(u32::MAX)) as u32,
        month: month as u32,
    }
}

/// This month by the system clock (UTC).
pub fn current_month() -> YearMonth {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    month_of_unix(seconds)
}

/// The view over time of `scenario`, with `today` for a plan without a start.
pub fn view(scenario: &Scenario, today: YearMonth) -> FiscalView {
    fiscal_view(scenario, today)
}

/// The view as terminal text: the calendar, the hiring list in months,
/// the budget, the three years and the coverage gap.
pub fn text(scenario: &Scenario, v: &FiscalView) -> String {
    let mut out = String::from("Over time\n");
    if let Some(words) = v.calendar.defaulted_start_words() {
        out.push_str(&format!("  {words}\n"));
    }
    out.push_str(&format!(
        "  Starts in {}; the fiscal year starts in {}.\n",
        v.calendar.start.label(),
        crate::model::fiscal::MONTH_NAMES[v.calendar.fiscal_year_start_month as usize - 1]
    ));
    for r in &v.hires {
        out.push_str(&format!(
            "  - {}\n",
            crate::export::fiscal::requisition_line(r, &v.calendar)
        ));
    }
    out.push('\n');
    for t in fiscal_tables(scenario, v)
        .iter()
        .filter(|t| t.id == "budget" || t.id == "years")
    {
        out.push_str(&format!("{}\n{}\n", plain(&t.title), aligned(t)));
    }
    out.push_str(&format!(
        "{}\n  {}\n",
        crate::export::fiscal::UNCOVERED,
        plain(&coverage_words(v, &scenario.currency))
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_time_falls_in_its_calendar_month() {
        assert_eq!(
            month_of_unix(0),
            YearMonth {
                year: 1970,
                month: 1
            }
        );
        // 2026-12-06 14:00 UTC.
        assert_eq!(
            month_of_unix(1_796_565_600),
            YearMonth {
                year: 2026,
                month: 12
            }
        );
        // 2024-02-29 (a leap day) and 2024-03-01.
        assert_eq!(month_of_unix(1_709_164_800).month, 2);
        assert_eq!(month_of_unix(1_709_251_200).month, 3);
    }
}
