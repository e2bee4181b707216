//! Capacity per CSM: the supply side of the plan.
//!
//! A CSM's year is split into reactive work, building collateral, overhead
//! (internal meetings, training, admin) and what is left: proactive work on
//! customer outcomes. Scaling model 2019 gives 15% / 10% / 15%, leaving 60% proactive.

use serde::{Deserialize, Serialize};

/// How a CSM's working time is spent. All shares are in percent of the
/// available hours; proactive time is what the other three leave.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TeamTime {
    /// Contracted hours per week (h/week). Default 40.
    pub hours_per_week: f64,
    /// Working weeks per year after holidays and leave (weeks/year). Default 46.
    pub working_weeks_per_year: f64,
    /// Share of time on reactive work (%). Default 15 (Scaling model 2019).
    pub reactive_pct: f64,
    /// Share of time building collateral such as webinars and playbooks (%). Default 10 (Scaling model 2019).
    pub collateral_pct: f64,
    /// Share of time on overhead: internal meetings, training, admin (%). Default 15 (Scaling model 2019).
    pub overhead_pct: f64,
    /// Reactive work is modelled bottom-up as unscheduled touches in the tiers
    /// (`tiers.N.triggers`). When true, [`TeamTime::reactive_pct`] is *not*
    /// taken off the year, so the same reactive hours are not counted twice:
    /// once as a share of every CSM's time and again as per-customer demand.
    /// Default false (Scaling model 2019's top-down 15% share).
    pub reactive_bottom_up: bool,
}

impl Default for TeamTime {
    fn default() -> Self {
        Self {
            hours_per_week: 40.0,
            working_weeks_per_year: 46.0,
            reactive_pct: 15.0,
            collateral_pct: 10.0,
            overhead_pct: 15.0,
            reactive_bottom_up: false,
        }
    }
}

impl TeamTime {
    /// Available hours per CSM per year (h/year) =
    /// hours per week (h/week) × working weeks per year (weeks/year).
    ///
    /// 40 h/week × 46 weeks = 1,840 h/year.
    pub fn available_hours_per_year(&self) -> f64 {
        self.hours_per_week * self.working_weeks_per_year
    }

    /// Reactive share actually taken off each CSM's year (%): the typed
    /// reactive share, or 0 when reactive work is modelled bottom-up as
    /// unscheduled touches ([`TeamTime::reactive_bottom_up`]).
    pub fn counted_reactive_pct(&self) -> f64 {
        if self.reactive_bottom_up {
            0.0
        } else {
            self.reactive_pct
        }
    }

    /// The shares taken off each CSM's year together (%) = counted
    /// reactive % + collateral % + overhead % (the counted reactive share
    /// is 0 when reactive work is modelled bottom-up). Validation refuses
    /// 100% or more; sanitising caps it below 100%.
    pub fn counted_shares_pct(&self) -> f64 {
        self.counted_reactive_pct() + self.collateral_pct + self.overhead_pct
    }

    /// Share of time left for proactive work (%) = 100 − the counted shares
    /// ([`TeamTime::counted_shares_pct`]).
    pub fn proactive_pct(&self) -> f64 {
        100.0 - self.counted_shares_pct()
    }

    /// Proactive hours per CSM per year (h/year) =
    /// available hours per year × proactive % ÷ 100.
    ///
    /// 1,840 h/year × 60% = 1,104 h/year. Never negative: shares over 100%
    /// are reported by `TeamTime::validate` (in `check.rs`) and give zero here.
    pub fn proactive_hours_per_year(&self) -> f64 {
        let hours = self.available_hours_per_year() * self.proactive_pct() / 100.0;
        if hours.is_finite() && hours > 0.0 {
            hours
        } else {
            0.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_hand_check_1104_hours() {
        // Hand check (docs/domain.md): 40 h/week × 46 weeks = 1,840 h/year; × 60% proactive = 1,104 h/year.
        let team = TeamTime::default();
        assert_eq!(team.available_hours_per_year(), 1840.0);
        assert_eq!(team.proactive_pct(), 60.0);
        assert!((team.proactive_hours_per_year() - 1104.0).abs() < 1e-9);
        assert!(team.validate().is_empty());
    }

    #[test]
    fn shares_over_100_are_one_error_on_the_group() {
        let team = TeamTime {
            reactive_pct: 50.0,
            collateral_pct: 30.0,
            overhead_pct: 25.0,
            ..TeamTime::default()
        };
        let errors = team.validate();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, "team.shares");
        assert_eq!(team.proactive_hours_per_year(), 0.0);
    }

    #[test]
    fn bottom_up_reactive_is_not_taken_off_twice() {
        // 100 − 0 (reactive modelled as touches) − 10 − 15 = 75%; 1,840 × 75% = 1,380 h.
        let team = TeamTime {
            reactive_bottom_up: true,
            ..TeamTime::default()
        };
        assert_eq!(team.counted_reactive_pct(), 0.0);
        assert_eq!(team.proactive_pct(), 75.0);
        assert!((team.proactive_hours_per_year() - 1380.0).abs() < 1e-9);
        // A reactive share that alone would break the 100% rule is ignored too.
        let team = TeamTime {
            reactive_pct: 90.0,
            ..team
        };
        assert!(team.validate().is_empty());
    }

    #[test]
    fn impossible_values_are_named_per_field() {
        let team = TeamTime {
            hours_per_week: -1.0,
            working_weeks_per_year: 0.0,
            reactive_pct: f64::NAN,
            collateral_pct: 10.0,
            overhead_pct: 200.0,
            reactive_bottom_up: false,
        };
        let fields: Vec<String> = team.validate().into_iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                "team.hours_per_week",
                "team.working_weeks_per_year",
                "team.reactive_pct",
                "team.overhead_pct"
            ]
        );
        assert_eq!(team.proactive_hours_per_year(), 0.0);
    }
}
