//! The CFO's view of a plan over time, in one call: its calendar (real
//! months and fiscal quarters), this fiscal year's budget, fiscal years 1
//! to 3 and the coverage gap, plus the hiring list in calendar months.
//!
//! "Today" is a parameter: the engine never reads the clock. A plan with a
//! stored start month gives the same months whenever it is opened.

use serde::{Deserialize, Serialize};

use super::budget::{budget, Budget};
use super::coverage_gap::{coverage_gap, CoverageGap};
use super::fiscal::{FiscalCalendar, YearMonth};
use super::outlook::{outlook, OutlookYear, OUTLOOK_YEARS};
use super::scenario::Scenario;
use super::timeline::{timeline_through, Requisition, Timeline};

/// Everything over time for one scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FiscalView {
    /// The plan's months on the calendar.
    pub calendar: FiscalCalendar,
    /// This fiscal year's budget.
    pub budget: Budget,
    /// Fiscal years 1 to 3.
    pub outlook: Vec<OutlookYear>,
    /// Month by month over the plan's horizon.
    pub coverage: CoverageGap,
    /// The requisitions to open within the horizon (the timeline's, on
    /// this calendar's quarters).
    pub hires: Vec<Requisition>,
}

/// `scenario` with its calendar's start filled in: its own start month, or
/// `today` when it has none (or one that is not a month), so every part
/// of the plan reads the same quarters.
pub fn dated(scenario: &Scenario, today: YearMonth) -> Scenario {
    let cal = FiscalCalendar::of(&scenario.calendar, today);
    let mut s = scenario.clone();
    s.calendar.start = cal.start.iso();
    s.calendar.fiscal_year_start_month = cal.fiscal_year_start_month;
    s
}

/// The timeline of sanitised, dated `s` through the end of its third
/// fiscal year, or its horizon when that is later.
pub fn long_timeline(s: &Scenario, cal: &FiscalCalendar) -> Timeline {
    timeline_through(
        s,
        s.growth
            .horizon_months
            .max(cal.fiscal_year_end(OUTLOOK_YEARS)),
    )
}

/// `t` cut to the plan's months `0..=horizon` and the requisitions opened
/// within them.
fn within_horizon(t: &mut Timeline, horizon: u32) {
    t.months.truncate(horizon as usize + 1);
    t.requisitions.retain(|r| r.open_month <= horizon);
}

/// The coverage gap of `scenario` with today's team and the hires as
/// planned, `today` being the start of a plan that has none: the one
/// figure the Over time section, the comparison and the command line
/// state ([`FiscalView::coverage`] is the same, worked out with the rest
/// of the view). Never panics; every figure is finite.
pub fn coverage_of(scenario: &Scenario, today: YearMonth) -> CoverageGap {
    let calendar = FiscalCalendar::of(&scenario.calendar, today);
    let s = dated(&scenario.sanitized(), today);
    let mut t = long_timeline(&s, &calendar);
    within_horizon(&mut t, s.growth.horizon_months);
    coverage_gap(&t, &s.coverage)
}

/// The coverage gap of `scenario` with the team its budget buys and no
/// other hires: every month of the plan, each role has the people the
/// budget gives it (one person delivers one FTE of the role's hours; a
/// budget is a headcount kept funded, so leavers are replaced) against
/// the hours the plan needs that month. Planning backward states it: what
/// ARR's touch model the affordable team leaves uncovered. `None` without
/// a budget. The months and the retention difference are those of
/// [`coverage_of`].
pub fn budget_coverage(scenario: &Scenario, today: YearMonth) -> Option<CoverageGap> {
    let s = dated(&scenario.sanitized(), today);
    if s.budget.people().total() <= 0.0 {
        return None;
    }
    let mut t = timeline_through(&s, s.growth.horizon_months);
    for m in &mut t.months {
        m.available = s.budget.clone();
        m.available_without_hiring = s.budget.clone();
    }
    t.requisitions.clear();
    Some(coverage_gap(&t, &s.coverage))
}

/// The CFO's view of `scenario`, with `today` as the start of a plan that
/// has none. Never panics; every figure is finite.
pub fn fiscal_view(scenario: &Scenario, today: YearMonth) -> FiscalView {
    let calendar = FiscalCalendar::of(&scenario.calendar, today);
    let s = dated(&scenario.sanitized(), today);
    let mut t = long_timeline(&s, &calendar);
    let budget = budget(&s, &calendar, &t);
    let outlook = outlook(&s, &calendar, &t);
    within_horizon(&mut t, s.growth.horizon_months);
    FiscalView {
        calendar,
        budget,
        outlook,
        coverage: coverage_gap(&t, &s.coverage),
        hires: t.requisitions,
    }
}

/// A requisition in calendar months: "Open the requisition in March 2027,
/// start in June 2027", with what it is for.
pub fn requisition_words(r: &Requisition, cal: &FiscalCalendar) -> String {
    let mut words = format!(
        "open the requisition in {}, start in {}",
        cal.month(r.open_month).label(),
        cal.month(r.start_month).label()
    );
    if r.backfill > 0 {
        words.push_str(&if r.backfill == r.count {
            " (a backfill: it replaces the people expected to leave by then)".to_string()
        } else {
            format!(
                " ({} of them backfills, replacing the people expected to leave by then)",
                r.backfill
            )
        });
    }
    if r.delayed_months > 0 {
        words.push_str(&format!(
            "; the cap on hires per quarter delays the start by {} {} (needed from {})",
            r.delayed_months,
            if r.delayed_months == 1 {
                "month"
            } else {
                "months"
            },
            cal.month(r.needed_from).label()
        ));
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixtures::{close, one_tier};
    use crate::model::role::Staff;
    use crate::model::timeline::{monthly_survival, Position};

    const TODAY: YearMonth = YearMonth {
        year: 2027,
        month: 1,
    };

    /// One tier of `customers`, 11.04 h each = 1 CSM FTE per 100; no lead
    /// time, no ramp, no attrition, no one today; January 2027 start.
    fn plan(customers: f64) -> Scenario {
        let mut s = one_tier(customers);
        s.growth.lead_months = 0;
        s.growth.today = Staff::default();
        s.roles.automation = 0.0;
        s.calendar.start = "2027-01".into();
        s
    }

    /// 2 CSMs needed and 2 on board, 15% attrition a year, a lead time of
    /// 2 months: from month 1 the team is short by the leavers, 2 × (1 −
    /// 0.85^(1/12)) FTE; the first hire can start in month 2 (March 2027),
    /// opened in January, and it is a backfill.
    #[test]
    fn attrition_brings_a_backfill() {
        let mut s = plan(200.0);
        s.growth.today.csm = 2.0;
        s.growth.attrition_pct = 15.0;
        s.growth.lead_months = 2;
        let t = crate::model::timeline(&s);
        assert!(close(
            t.months[1].available.csm,
            2.0 * monthly_survival(15.0)
        ));
        let first = &t.requisitions[0];
        assert_eq!(
            (first.position, first.count, first.backfill),
            (Position::Csm, 1, 1)
        );
        assert_eq!((first.open_month, first.start_month), (0, 2));
        let cal = FiscalCalendar::of(&s.calendar, TODAY);
        assert_eq!(
            requisition_words(first, &cal),
            "open the requisition in January 2027, start in March 2027 \
             (a backfill: it replaces the people expected to leave by then)"
        );
        // Without backfills, nobody is hired: the team shrinks.
        s.hiring.backfill = false;
        let t = crate::model::timeline(&s);
        assert!(t.requisitions.iter().all(|r| r.position != Position::Csm));
        assert!(t.months[12].short > 0.0);
    }

    /// 2 CSMs needed from the first month, nobody today, at most 1 start a
    /// quarter: one starts in January, the other waits a quarter, to
    /// April; until then half the tier's hours are not delivered.
    #[test]
    fn a_hire_cap_delays_a_hire_by_one_quarter() {
        let mut s = plan(200.0);
        s.hiring.max_hires_per_quarter = 1;
        let t = crate::model::timeline(&s);
        let csm: Vec<_> = t
            .requisitions
            .iter()
            .filter(|r| r.position == Position::Csm)
            .collect();
        assert_eq!(csm.len(), 2, "{csm:?}");
        assert_eq!((csm[0].start_month, csm[0].delayed_months), (0, 0));
        assert_eq!((csm[1].start_month, csm[1].delayed_months), (3, 3));
        assert_eq!(csm[1].needed_from, 0);
        let cal = FiscalCalendar::of(&s.calendar, TODAY);
        assert!(requisition_words(csm[1], &cal).ends_with(
            "start in April 2027; the cap on hires per quarter delays the start by 3 months \
             (needed from January 2027)"
        ));
        let v = fiscal_view(&s, TODAY);
        // $2M ARR, half uncovered in January to March, none from April.
        for m in 0..3 {
            assert!(close(v.coverage.months[m].total(), 1_000_000.0), "{m}");
        }
        assert!(close(v.coverage.months[3].total(), 0.0));
        // Without the cap both start in January.
        s.hiring.max_hires_per_quarter = 0;
        let t = crate::model::timeline(&s);
        assert!(t.requisitions.iter().all(|r| r.start_month == 0));
    }

    #[test]
    fn the_view_of_an_undated_plan_takes_today_and_a_dated_one_keeps_its_months() {
        let mut s = plan(200.0);
        s.calendar.start = String::new();
        let v = fiscal_view(&s, TODAY);
        assert!(v.calendar.start_taken_from_today);
        assert_eq!(v.budget.from.label(), "January 2027");
        s.calendar.start = "2026-07".into();
        let later = fiscal_view(
            &s,
            YearMonth {
                year: 2029,
                month: 5,
            },
        );
        assert_eq!(later.budget.from.label(), "July 2026");
        assert_eq!(later.outlook[0].fiscal_year, 2026);
        assert_eq!(later.outlook.len(), 3);
        assert_eq!(later.coverage.months.len(), 13);
        // The hiring list is the page's timeline's, within the horizon.
        s.calendar.start = "2027-01".into();
        let v = fiscal_view(&s, TODAY);
        assert_eq!(v.hires, crate::model::timeline(&s).requisitions);
    }

    #[test]
    fn the_default_plan_gives_finite_figures() {
        let v = fiscal_view(&Scenario::default(), TODAY);
        assert!(v.budget.total().is_finite() && v.budget.total() > 0.0);
        assert_eq!(v.outlook.len(), 3);
        assert!(v.outlook.iter().all(|y| y.cost.is_finite()));
    }
}
