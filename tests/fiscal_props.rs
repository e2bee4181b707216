//! Properties of the CFO's view over time (proptest): this fiscal year's
//! quarters add up to its year, the three years only grow with the
//! customer base when nobody leaves, and every figure is finite.

mod common;

use proptest::prelude::*;
use tierplan::model::budget::{on_board, yearly_cost};
use tierplan::model::fiscal::YearMonth;
use tierplan::model::fiscal_view::{dated, fiscal_view, long_timeline};
use tierplan::model::timeline::{monthly_survival, Position};
use tierplan::model::{BaseMode, Scenario};

fn today(year: u32, month: u32) -> YearMonth {
    YearMonth { year, month }
}

proptest! {
    #![proptest_config(common::config(24))]

    #[test]
    fn quarterly_costs_add_up_to_the_year(
        s in common::scenario(),
        start in 1u32..=12,
        fy in 1u32..=12,
        cap in 0u32..4,
        recruiting in 0u32..30_000,
    ) {
        let mut s: Scenario = s;
        s.calendar.start = format!("2027-{start:02}");
        s.calendar.fiscal_year_start_month = fy;
        s.hiring.max_hires_per_quarter = cap;
        s.hiring.recruiting_cost = f64::from(recruiting);
        let v = fiscal_view(&s, today(2030, 1));
        let b = &v.budget;
        let quarters: f64 = b.quarters.iter().map(|q| q.total()).sum();
        prop_assert!((quarters - b.total()).abs() <= 1e-6 * (1.0 + b.total().abs()));
        // The same year month by month, from the people on board.
        let sane = dated(&s.sanitized(), today(2030, 1));
        let t = long_timeline(&sane, &v.calendar);
        let m = monthly_survival(sane.growth.attrition_pct);
        let end = v.calendar.fiscal_year_end(1);
        let mut year = 0.0;
        for month in 0..=end {
            year += sane.roles.automation / 12.0;
            for p in Position::ALL {
                year += on_board(&sane.growth.today, &t.requisitions, m, p, month)
                    * yearly_cost(&sane, p) / 12.0;
            }
        }
        let hires: f64 = t.requisitions.iter().filter(|r| r.start_month <= end)
            .map(|r| f64::from(r.count) * sane.hiring.recruiting_cost).sum();
        year += hires;
        prop_assert!((year - b.total()).abs() <= 1e-6 * (1.0 + year.abs()), "{year} vs {}", b.total());
        let months: u32 = b.quarters.iter().map(|q| q.months_in_plan).sum();
        prop_assert_eq!(months, end + 1);
        prop_assert!(b.quarters.iter().filter(|q| q.months_in_plan == 0).all(|q| q.total() == 0.0));
    }

    #[test]
    fn with_nobody_leaving_the_three_years_only_grow_with_the_customer_base(
        s in common::scenario(),
        start in 1u32..=12,
        fy in 1u32..=12,
    ) {
        let mut s: Scenario = s;
        s.base.mode = BaseMode::Direct;
        s.growth.attrition_pct = 0.0;
        for t in &mut s.tiers {
            t.grr_pct = 100.0;
            t.nrr_pct = t.nrr_pct.max(100.0);
            t.moves.clear();
            // Hours that do not depend on a customer's tenure: an ageing
            // base would otherwise need fewer first-year hours.
            t.touches.iter_mut().for_each(|x| x.first_year_only = false);
            t.programs.iter_mut().for_each(|x| x.first_year_only = false);
        }
        s.calendar.start = format!("2026-{start:02}");
        s.calendar.fiscal_year_start_month = fy;
        let v = fiscal_view(&s, today(2030, 1));
        prop_assert_eq!(v.outlook.len(), 3);
        for w in v.outlook.windows(2) {
            for (a, b) in w[0].customers.iter().zip(&w[1].customers) {
                prop_assert!(*b >= *a - 1e-9 * (1.0 + a.abs()));
            }
            prop_assert!(w[1].arr >= w[0].arr - 1e-6 * (1.0 + w[0].arr));
            prop_assert!(w[1].heads.total() >= w[0].heads.total());
            prop_assert!(w[1].cost >= w[0].cost - 1e-6);
            // Nobody leaves: no hire is a backfill.
            prop_assert_eq!(w[1].backfills, 0);
        }
    }

    #[test]
    fn every_figure_over_time_is_finite(
        s in common::scenario(),
        start in "[0-9-]{0,8}",
        fy in 0u32..20,
        ramp in -50.0f64..200.0,
        gap in -10.0f64..200.0,
    ) {
        let mut s: Scenario = s;
        s.calendar.start = start;
        s.calendar.fiscal_year_start_month = fy;
        s.hiring.ramp_capacity_pct = ramp;
        s.coverage.retention_gap_pct = gap;
        let v = fiscal_view(&s, today(2027, 6));
        let text = format!("{v:?}");
        prop_assert!(!text.contains("NaN") && !text.contains("inf"), "{}", text);
        for m in &v.coverage.months {
            prop_assert!(m.uncovered_share.iter().all(|u| (0.0..=1.0).contains(u)));
        }
    }
}
