//! This fiscal year's hiring budget: what the people on board cost, by
//! fiscal quarter and by role, from each hire's start month, with the
//! recruiting cost of each hire, against the full-year run rate of the team
//! on board at the fiscal year's end.
//!
//! A person on board costs their role's yearly cost ÷ 12 each month from
//! the month they start (a hire starts on the first day of its start
//! month); today's team and every hire leave at the plan's attrition rate.
//! A new hire is paid in full during the ramp: the ramp lowers capacity
//! (the timeline), not cost.

use serde::{Deserialize, Serialize};

use super::fiscal::{FiscalCalendar, FiscalQuarter, YearMonth};
use super::role::Staff;
use super::scenario::Scenario;
use super::timeline::{monthly_survival, Position, Requisition, Timeline};

/// Yearly cost of one person in `position` (currency/year): the role's
/// cost, or a manager's.
pub fn yearly_cost(s: &Scenario, position: Position) -> f64 {
    match position {
        Position::Csm => s.roles.csm,
        Position::Associate => s.roles.associate,
        Position::Pooled => s.roles.pooled,
        Position::Partner => s.roles.partner,
        Position::Manager => s.managers.cost,
    }
}

/// People on board in `position` in plan month `t` (people, fractional
/// after attrition) = today's people × m^t + Σ hires started by `t` of
/// count × m^(t − start), with m the monthly survival of the plan's
/// attrition.
pub fn on_board(
    today: &Staff,
    hires: &[Requisition],
    survival: f64,
    position: Position,
    t: u32,
) -> f64 {
    let mut people = position.of(today) * survival.powi(t as i32);
    for r in hires
        .iter()
        .filter(|r| r.position == position && r.start_month <= t)
    {
        people += f64::from(r.count) * survival.powi((t - r.start_month) as i32);
    }
    people
}

/// One fiscal quarter of the budget.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuarterBudget {
    /// Which quarter.
    pub quarter: FiscalQuarter,
    /// Its months within the plan (0 for a quarter that ended before the
    /// plan starts, 1 to 3 otherwise).
    pub months_in_plan: u32,
    /// Cost of the people on board per position, in [`Position::ALL`]
    /// order (currency).
    pub by_position: Vec<f64>,
    /// Recruiting cost of the people starting in the quarter (currency).
    pub recruiting: f64,
    /// The automation platform's cost for the quarter's months in the plan
    /// (currency).
    pub automation: f64,
    /// People starting in the quarter (backfills included).
    pub starts: u32,
    /// Of them, backfills.
    pub backfills: u32,
}

impl QuarterBudget {
    /// Quarter total = people + recruiting + automation (currency).
    pub fn total(&self) -> f64 {
        self.by_position.iter().sum::<f64>() + self.recruiting + self.automation
    }
}

/// This fiscal year's budget.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Budget {
    /// The fiscal year, named by the calendar year it ends in.
    pub fiscal_year: u32,
    /// The plan's first month in it.
    pub from: YearMonth,
    /// Its last month.
    pub to: YearMonth,
    /// Its four quarters.
    pub quarters: Vec<QuarterBudget>,
    /// People on board per position in the fiscal year's last month, in
    /// [`Position::ALL`] order (people).
    pub on_board_at_year_end: Vec<f64>,
    /// Full-year run rate at year end = Σ people on board at year end ×
    /// their yearly cost + the automation platform (currency/year).
    pub run_rate: f64,
}

impl Budget {
    /// The fiscal year's total = Σ quarters' totals (currency).
    pub fn total(&self) -> f64 {
        self.quarters.iter().map(QuarterBudget::total).sum()
    }

    /// The year's cost per position = Σ quarters (currency), in
    /// [`Position::ALL`] order.
    pub fn by_position(&self) -> Vec<f64> {
        Position::ALL
            .iter()
            .enumerate()
            .map(|(i, _)| self.quarters.iter().map(|q| q.by_position[i]).sum())
            .collect()
    }

    /// The year's recruiting cost (currency).
    pub fn recruiting(&self) -> f64 {
        self.quarters.iter().map(|q| q.recruiting).sum()
    }
}

/// The budget of the fiscal year the plan starts in, from sanitised `s`,
/// its calendar and its timeline (which must reach the fiscal year's last
/// month, [`FiscalCalendar::fiscal_year_end`] of 1).
pub fn budget(s: &Scenario, cal: &FiscalCalendar, timeline: &Timeline) -> Budget {
    let end = cal.fiscal_year_end(1);
    let survival = monthly_survival(s.growth.attrition_pct);
    let hires = &timeline.requisitions;
    let first = cal.quarter(0);
    let mut quarters: Vec<QuarterBudget> = (1..=4)
        .map(|q| QuarterBudget {
            quarter: FiscalQuarter {
                fiscal_year: first.fiscal_year,
                quarter: q,
            },
            months_in_plan: 0,
            by_position: vec![0.0; Position::ALL.len()],
            recruiting: 0.0,
            automation: 0.0,
            starts: 0,
            backfills: 0,
        })
        .collect();
    for t in 0..=end {
        let q = &mut quarters[(cal.fiscal_month(t) / 3) as usize];
        q.months_in_plan += 1;
        q.automation += s.roles.automation / 12.0;
        for (i, p) in Position::ALL.iter().enumerate() {
            q.by_position[i] +=
                on_board(&s.growth.today, hires, survival, *p, t) * yearly_cost(s, *p) / 12.0;
        }
        for r in hires.iter().filter(|r| r.start_month == t) {
            q.recruiting += f64::from(r.count) * s.hiring.recruiting_cost;
            q.starts = q.starts.saturating_add(r.count);
            q.backfills = q.backfills.saturating_add(r.backfill);
        }
    }
    let on_board_at_year_end: Vec<f64> = Position::ALL
        .iter()
        .map(|p| on_board(&s.growth.today, hires, survival, *p, end))
        .collect();
    let run_rate = Position::ALL
        .iter()
        .zip(&on_board_at_year_end)
        .map(|(p, n)| n * yearly_cost(s, *p))
        .sum::<f64>()
        + s.roles.automation;
    Budget {
        fiscal_year: first.fiscal_year,
        from: cal.month(0),
        to: cal.month(end),
        quarters,
        on_board_at_year_end,
        run_rate,
    }
    .checked()
}

impl Budget {
    /// Every figure finite (a sanitised scenario gives finite ones; this
    /// keeps a NaN from ever reaching a screen).
    fn checked(mut self) -> Budget {
        let fix = |v: &mut f64| {
            if !v.is_finite() {
                *v = 0.0;
            }
        };
        for q in &mut self.quarters {
            q.by_position.iter_mut().for_each(fix);
            fix(&mut q.recruiting);
            fix(&mut q.automation);
        }
        self.on_board_at_year_end.iter_mut().for_each(fix);
        fix(&mut self.run_rate);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixtures::close;
    use crate::model::timeline::timeline_through;

    use crate::model::fixtures::calendar as cal;

    fn hire(position: Position, count: u32, start_month: u32, backfill: u32) -> Requisition {
        Requisition {
            position,
            count,
            open_month: start_month.saturating_sub(3),
            start_month,
            needed_from: start_month,
            late: false,
            backfill,
            delayed_months: 0,
        }
    }

    /// A scenario with no one today, nothing needed, and a CSM at $120,000.
    fn empty() -> Scenario {
        let mut s = Scenario::default();
        for t in &mut s.tiers {
            t.customers = 0.0;
            t.new_per_month = 0.0;
        }
        s.roles.csm = 120_000.0;
        s.roles.automation = 0.0;
        s.growth.attrition_pct = 0.0;
        s.growth.today = Staff::default();
        s
    }

    /// The hand check: a $120,000 CSM who starts on the first day
    /// of the fiscal year's fourth month costs $90,000 that fiscal year,
    /// $30,000 a quarter once on board.
    #[test]
    fn a_csm_from_the_fourth_fiscal_month_costs_three_quarters_of_a_year() {
        let s = empty();
        // Fiscal year from April; the plan starts in April 2027: July is
        // the fiscal year's fourth month, plan month 3.
        let c = cal("2027-04", 4);
        let mut t = timeline_through(&s, c.fiscal_year_end(1));
        t.requisitions = vec![hire(Position::Csm, 1, 3, 0)];
        let b = budget(&s, &c, &t);
        assert_eq!(b.fiscal_year, 2028);
        assert_eq!(b.from.label(), "April 2027");
        assert_eq!(b.to.label(), "March 2028");
        let csm: Vec<f64> = b.quarters.iter().map(|q| q.by_position[0]).collect();
        assert!(close(csm[0], 0.0));
        for q in &csm[1..] {
            assert!(close(*q, 30_000.0), "{csm:?}");
        }
        assert!(close(b.by_position()[0], 90_000.0));
        assert!(close(b.total(), 90_000.0));
        // At year end one CSM is on board: a full year costs $120,000.
        assert!(close(b.run_rate, 120_000.0));
        assert_eq!(b.quarters[1].starts, 1);
    }

    #[test]
    fn recruiting_cost_falls_in_the_start_quarter() {
        let mut s = empty();
        s.hiring.recruiting_cost = 15_000.0;
        let c = cal("2027-01", 1);
        let mut t = timeline_through(&s, 11);
        t.requisitions = vec![hire(Position::Csm, 2, 7, 1)];
        let b = budget(&s, &c, &t);
        assert!(close(b.quarters[2].recruiting, 30_000.0));
        assert_eq!(b.quarters[2].backfills, 1);
        assert!(close(b.recruiting(), 30_000.0));
        // August to December: 5 months of 2 CSMs = $100,000, plus recruiting.
        assert!(close(b.total(), 130_000.0));
    }

    #[test]
    fn a_plan_starting_mid_year_counts_its_own_months_only() {
        let mut s = empty();
        s.growth.today.csm = 1.0;
        // Calendar fiscal year, the plan starts in November: two months.
        let c = cal("2027-11", 1);
        let t = timeline_through(&s, c.fiscal_year_end(1));
        let b = budget(&s, &c, &t);
        assert_eq!(b.quarters[0].months_in_plan, 0);
        assert_eq!(b.quarters[3].months_in_plan, 2);
        assert!(close(b.total(), 20_000.0));
        assert!(close(b.run_rate, 120_000.0));
    }

    #[test]
    fn attrition_lowers_the_cost_of_those_who_stay() {
        let mut s = empty();
        s.growth.today.csm = 10.0;
        s.growth.attrition_pct = 12.0;
        s.hiring.backfill = false;
        let c = cal("2027-01", 1);
        let t = timeline_through(&s, 11);
        let b = budget(&s, &c, &t);
        let m = monthly_survival(12.0);
        let expected: f64 = (0..12).map(|k| 10.0 * m.powi(k) * 10_000.0).sum();
        assert!(close(b.total(), expected));
        assert!(close(b.on_board_at_year_end[0], 10.0 * m.powi(11)));
    }
}
