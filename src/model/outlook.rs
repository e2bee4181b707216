//! Three years ahead: for the plan's fiscal years 1 to 3 (1 = the fiscal
//! year the plan starts in), the customers, ARR and team the plan needs at
//! each fiscal year's end, from growth, churn and tier migration (the
//! timeline's projection), and the hires the year brings, growth and
//! backfills for attrition apart.

use serde::{Deserialize, Serialize};

use super::fiscal::FiscalCalendar;
use super::plan::{arr_per_csm, cost_pct_of_arr, YearlyCost};
use super::role::Heads;
use super::scenario::Scenario;
use super::timeline::Timeline;

/// How many fiscal years the outlook shows.
pub const OUTLOOK_YEARS: u32 = 3;

/// One fiscal year of the outlook, at its last month.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutlookYear {
    /// 1, 2 or 3.
    pub index: u32,
    /// The fiscal year, named by the calendar year it ends in.
    pub fiscal_year: u32,
    /// The plan month of its last month.
    pub end_month: u32,
    /// Customers per tier at year end.
    pub customers: Vec<f64>,
    /// ARR at year end (currency/year).
    pub arr: f64,
    /// Whole people the plan needs at year end, by role.
    pub heads: Heads,
    /// Yearly cost of those people (currency/year): the plan's
    /// [`YearlyCost`] of `heads`, automation platform included.
    pub cost: f64,
    /// Cost ÷ ARR at year end (%); `None` without ARR.
    pub cost_pct_of_arr: Option<f64>,
    /// ARR ÷ CSMs (CSMs and pooled CSMs) at year end (currency); `None`
    /// without CSMs.
    pub arr_per_csm: Option<f64>,
    /// People starting in the year's months within the plan.
    pub hires: u32,
    /// Of them, backfills for people who left.
    pub backfills: u32,
}

/// The fiscal years 1 to 3 of sanitised `s`, from its `timeline`, which
/// must reach the third fiscal year's last month
/// ([`FiscalCalendar::fiscal_year_end`] of 3).
pub fn outlook(s: &Scenario, cal: &FiscalCalendar, timeline: &Timeline) -> Vec<OutlookYear> {
    let mut from = 0;
    (1..=OUTLOOK_YEARS)
        .filter_map(|index| {
            let end = cal.fiscal_year_end(index);
            let month = timeline.months.get(end as usize)?;
            let cost = YearlyCost::of(s, &month.heads_needed).total();
            let starting = timeline
                .requisitions
                .iter()
                .filter(|r| (from..=end).contains(&r.start_month));
            let (hires, backfills) = starting.fold((0u32, 0u32), |(h, b), r| {
                (h.saturating_add(r.count), b.saturating_add(r.backfill))
            });
            from = end + 1;
            Some(OutlookYear {
                index,
                fiscal_year: cal.quarter(end).fiscal_year,
                end_month: end,
                customers: month.customers.clone(),
                arr: month.arr,
                heads: month.heads_needed,
                cost,
                cost_pct_of_arr: cost_pct_of_arr(cost, month.arr),
                arr_per_csm: arr_per_csm(month.arr, &month.heads_needed),
                hires,
                backfills,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::calendar::Calendar;
    use crate::model::fiscal::YearMonth;
    use crate::model::fixtures::close;
    use crate::model::timeline::timeline_through;

    fn dated(start: &str) -> (Scenario, FiscalCalendar) {
        let mut s = Scenario::default().sanitized();
        s.calendar = Calendar {
            start: start.into(),
            fiscal_year_start_month: 1,
        };
        let c = FiscalCalendar::of(
            &s.calendar,
            YearMonth {
                year: 2000,
                month: 1,
            },
        );
        (s, c)
    }

    #[test]
    fn three_fiscal_years_end_on_their_last_months() {
        let (s, c) = dated("2027-10");
        let t = timeline_through(&s, c.fiscal_year_end(3));
        let o = outlook(&s, &c, &t);
        assert_eq!(o.len(), 3);
        assert_eq!(
            o.iter()
                .map(|y| (y.fiscal_year, y.end_month))
                .collect::<Vec<_>>(),
            vec![(2027, 2), (2028, 14), (2029, 26)]
        );
        for y in &o {
            let m = &t.months[y.end_month as usize];
            assert!(close(y.arr, m.arr));
            assert!(close(y.cost, YearlyCost::of(&s, &m.heads_needed).total()));
        }
        // Every hire of the three years is counted once.
        let all: u32 = t
            .requisitions
            .iter()
            .filter(|r| r.start_month <= 26)
            .map(|r| r.count)
            .sum();
        assert_eq!(o.iter().map(|y| y.hires).sum::<u32>(), all);
    }

    #[test]
    fn a_timeline_too_short_gives_only_the_years_it_reaches() {
        let (s, c) = dated("2027-01");
        let t = timeline_through(&s, 12);
        assert_eq!(outlook(&s, &c, &t).len(), 1);
    }
}
