//! Calendar months and fiscal quarters of a plan: month `t` of the timeline
//! (0 = the plan's first month) as a real month, the fiscal year and quarter
//! it falls in, and the words for them ("June 2027", "Q2 FY2027").
//!
//! The engine never reads the clock: a plan without a stored start month is
//! given one by its caller ([`FiscalCalendar::of`] takes "today"), and says
//! so ([`FiscalCalendar::start_taken_from_today`]).

use serde::{Deserialize, Serialize};

use super::calendar::Calendar;
use super::format::parse_month;

/// The calendar months' full names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct YearMonth {
    /// The year, e.g. 2027.
    pub year: u32,
    /// The month, 1 = January to 12.
    pub month: u32,
}

impl YearMonth {
    /// The month of an ISO `YYYY-MM`, or `None` when it is not one.
    pub fn parse(iso: &str) -> Option<Self> {
        parse_month(iso).map(|(year, month)| YearMonth { year, month })
    }

    /// The month `offset` months after this one.
    pub fn plus(self, offset: u32) -> Self {
        let index = u64::from(self.month - 1) + u64::from(offset);
        let year = u64::from(self.year) + index / 12;
        YearMonth {
            year: year.min(u64::from(u32::MAX)) as u32,
            month: (index % 12) as u32 + 1,
        }
    }

    /// ISO `YYYY-MM`, as the scenario stores a start month.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    /// The month for reading: "June 2027".
    pub fn label(self) -> String {
        format!("{} {}", MONTH_NAMES[self.month as usize - 1], self.year)
    }

    /// The month under a chart's tick: "Jun '27".
    pub fn tick(self) -> String {
        format!(
            "{} '{:02}",
            super::format::MONTHS[self.month as usize - 1],
            self.year % 100
        )
    }
}

/// A fiscal quarter: which fiscal year (named by the calendar year it ends
/// in, the usual "FY2027") and which quarter of it (1 to 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct FiscalQuarter {
    /// The fiscal year, named by the calendar year it ends in.
    pub fiscal_year: u32,
    /// 1 to 4.
    pub quarter: u32,
}

impl FiscalQuarter {
    /// "Q2 FY2027".
    pub fn label(self) -> String {
        format!("Q{} FY{}", self.quarter, self.fiscal_year)
    }
}

/// The plan's months on the calendar: its first month and the month its
/// fiscal year starts in, both valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FiscalCalendar {
    /// Month 0 of the plan.
    pub start: YearMonth,
    /// The calendar month the fiscal year starts in (1 to 12).
    pub fiscal_year_start_month: u32,
    /// True when the scenario has no start month (or not a month) and
    /// `start` is the caller's "today".
    pub start_taken_from_today: bool,
}

impl FiscalCalendar {
    /// The calendar of `calendar`: its start month, or `today` when it has
    /// none; its fiscal-year start month, or January when it is not 1 to 12.
    pub fn of(calendar: &Calendar, today: YearMonth) -> Self {
        let stored = YearMonth::parse(&calendar.start);
        let fy = calendar.fiscal_year_start_month;
        FiscalCalendar {
            start: stored.unwrap_or(today),
            fiscal_year_start_month: if (1..=12).contains(&fy) { fy } else { 1 },
            start_taken_from_today: stored.is_none(),
        }
    }

    /// The calendar month of plan month `t` (0 = the first).
    pub fn month(&self, t: u32) -> YearMonth {
        self.start.plus(t)
    }

    /// Months into its fiscal year of plan month `t`: 0 for the fiscal
    /// year's first month to 11 for its last.
    pub fn fiscal_month(&self, t: u32) -> u32 {
        let m = self.month(t).month;
        (m + 12 - self.fiscal_year_start_month) % 12
    }

    /// The fiscal quarter plan month `t` falls in. A fiscal year is named
    /// by the calendar year of its last month: with a fiscal year starting
    /// in February, February 2026 to January 2027 is FY2027; starting in
    /// January, it is the calendar year.
    pub fn quarter(&self, t: u32) -> FiscalQuarter {
        let ym = self.month(t);
        let fm = self.fiscal_month(t);
        let last = ym.plus(11 - fm);
        FiscalQuarter {
            fiscal_year: last.year,
            quarter: fm / 3 + 1,
        }
    }

    /// Which fiscal year of the plan month `t` falls in: 1 for the fiscal
    /// year the plan starts in, 2 for the next, ...
    pub fn fiscal_year_index(&self, t: u32) -> u32 {
        (self.fiscal_month(0) + t) / 12 + 1
    }

    /// The plan month of the last month of the plan's fiscal year `index`
    /// (1 = the fiscal year the plan starts in) = 12 × index − 1 − the
    /// fiscal month of the plan's first month.
    pub fn fiscal_year_end(&self, index: u32) -> u32 {
        (12 * index.max(1)).saturating_sub(1 + self.fiscal_month(0))
    }

    /// The first plan month of the fiscal quarter after the one month `t`
    /// is in (months).
    pub fn next_quarter_start(&self, t: u32) -> u32 {
        t + 3 - self.fiscal_month(t) % 3
    }

    /// A sequential number of the fiscal quarter of month `t`, counted from
    /// the plan's first quarter (0), for keeping counts per quarter.
    pub fn quarter_index(&self, t: u32) -> u32 {
        (self.fiscal_month(0) % 3 + t) / 3
    }

    /// The sentence a plan without a start month gets: "This plan has no
    /// start month; it starts in June 2027." `None` when it has one.
    pub fn defaulted_start_words(&self) -> Option<String> {
        self.start_taken_from_today.then(|| {
            format!(
                "This plan has no start month; it starts in {}, the current month.",
                self.start.label()
            )
        })
    }
}

impl Calendar {
    /// Why the calendar cannot be used as typed, in plain words, for the
    /// field that holds it: a start that is not a month, or a fiscal-year
    /// start outside 1 to 12. `None` when both are fine (an empty start is
    /// fine: the plan starts in the month it is opened).
    pub fn problems(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if !self.start.is_empty() && YearMonth::parse(&self.start).is_none() {
            out.push((
                "calendar.start",
                format!(
                    "'{}' is not a month; write it as year and month, such as 2027-04.",
                    self.start
                ),
            ));
        }
        if !(1..=12).contains(&self.fiscal_year_start_month) {
            out.push((
                "calendar.fiscal_year_start_month",
                format!(
                    "The fiscal year starts in a month from 1 (January) to 12 (December), not {}.",
                    self.fiscal_year_start_month
                ),
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::fixtures::calendar as cal;

    #[test]
    fn months_count_on_from_the_start_across_years() {
        let c = cal("2026-11", 1);
        assert_eq!(c.month(0).label(), "November 2026");
        assert_eq!(c.month(2).label(), "January 2027");
        assert_eq!(c.month(2).iso(), "2027-01");
        assert_eq!(c.month(26).label(), "January 2029");
        assert_eq!(c.month(2).tick(), "Jan '27");
    }

    #[test]
    fn quarters_follow_the_fiscal_year_start() {
        // Fiscal year from February: Feb 2026 to Jan 2027 is FY2027.
        let c = cal("2026-02", 2);
        assert_eq!(c.quarter(0).label(), "Q1 FY2027");
        assert_eq!(c.quarter(3).label(), "Q2 FY2027");
        assert_eq!(c.quarter(11).label(), "Q4 FY2027");
        assert_eq!(c.quarter(12).label(), "Q1 FY2028");
        // Calendar fiscal year: FY = calendar year.
        let c = cal("2027-05", 1);
        assert_eq!(c.quarter(0).label(), "Q2 FY2027");
        assert_eq!(c.fiscal_year_end(1), 7); // December 2027
        assert_eq!(c.fiscal_year_end(3), 31); // December 2029
        assert_eq!(c.fiscal_year_index(7), 1);
        assert_eq!(c.fiscal_year_index(8), 2);
        // May is the second month of Q2: the next quarter starts in July.
        assert_eq!(c.next_quarter_start(0), 2);
        assert_eq!(c.quarter_index(1), 0);
        assert_eq!(c.quarter_index(2), 1);
    }

    #[test]
    fn a_plan_without_a_start_takes_today_and_says_so() {
        let c = cal("", 1);
        assert_eq!(c.start.iso(), "2030-01");
        assert_eq!(
            c.defaulted_start_words().unwrap(),
            "This plan has no start month; it starts in January 2030, the current month."
        );
        assert_eq!(cal("2027-04", 1).defaulted_start_words(), None);
        // A fiscal-year start outside 1 to 12 is read as January.
        assert_eq!(cal("2027-04", 13).fiscal_year_start_month, 1);
    }

    #[test]
    fn a_bad_calendar_is_named_at_its_field() {
        let bad = Calendar {
            start: "2027-13".into(),
            fiscal_year_start_month: 0,
        };
        let p = bad.problems();
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].0, "calendar.start");
        assert!(p[0].1.contains("not a month"), "{}", p[0].1);
        assert_eq!(p[1].0, "calendar.fiscal_year_start_month");
        assert!(Calendar::default().problems().is_empty());
    }
}
