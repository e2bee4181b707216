//! Bottom-up demand: people hours per tier, by role and by kind of touch,
//! and the FTE they take.

use serde::{Deserialize, Serialize};

use super::role::{PerRole, Role};
use super::tier::Tier;

/// People hours per customer per year of one tier, split by kind of touch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TierDemand {
    /// Scheduled touches (h/customer/year) by role.
    pub scheduled: PerRole,
    /// Unscheduled, data-driven touches (h/customer/year) by role.
    pub unscheduled: PerRole,
    /// One-to-many programs that grow with customers (h/customer/year) by role.
    pub programs: PerRole,
    /// One-to-many programs with a fixed number of sessions (h/year) by role,
    /// counted while the tier has customers.
    pub fixed: PerRole,
    /// Hours per customer per year that automation touches take off people
    /// (informational: automation costs no FTE).
    pub automated: f64,
    /// The part of `scheduled` done at renewal (h/customer/year) by role:
    /// the timeline puts it in the months the tier's customers renew.
    pub at_renewal: PerRole,
}

impl TierDemand {
    /// Demand of `tier` when `first_year_pct` % of its customers are in their first year.
    pub fn of(tier: &Tier, first_year_pct: f64) -> Self {
        let mut d = TierDemand::default();
        for touch in &tier.touches {
            let h = touch.hours_per_customer(first_year_pct);
            if touch.role == Role::Automation {
                d.automated += h;
            } else {
                d.scheduled.add(touch.role, h);
                if touch.at_renewal {
                    d.at_renewal.add(touch.role, h);
                }
            }
        }
        for trigger in &tier.triggers {
            let h = trigger.hours_per_customer();
            if trigger.role == Role::Automation {
                d.automated += h;
            } else {
                d.unscheduled.add(trigger.role, h);
            }
        }
        for program in &tier.programs {
            if program.role == Role::Automation {
                continue;
            }
            d.programs
                .add(program.role, program.hours_per_customer(first_year_pct));
            d.fixed.add(program.role, program.fixed_hours());
        }
        d
    }

    /// Hours per customer per year that grow with customers (h/customer/year), by role
    /// = scheduled + unscheduled + per-customer programs.
    pub fn per_customer(&self) -> PerRole {
        self.scheduled.plus(&self.unscheduled).plus(&self.programs)
    }

    /// People hours per year for `customers` (h/year), by role =
    /// customers × hours per customer + fixed program hours (if customers > 0).
    pub fn hours(&self, customers: f64) -> PerRole {
        let customers = if customers.is_finite() {
            customers.max(0.0)
        } else {
            0.0
        };
        let variable = self.per_customer().map(|h| h * customers);
        if customers > 0.0 {
            variable.plus(&self.fixed)
        } else {
            variable
        }
    }

    /// Average people hours per customer per year (h/customer/year), by role,
    /// fixed programs spread over the tier's `customers` (0 with no customers).
    pub fn average_per_customer(&self, customers: f64) -> PerRole {
        if customers > 0.0 && customers.is_finite() {
            self.hours(customers).map(|h| h / customers)
        } else {
            PerRole::default()
        }
    }
}

/// FTE for a number of hours (FTE) = hours per year ÷ proactive hours per FTE per year.
/// 0 when there is no capacity to divide by (validation reports that case).
pub fn fte(hours: f64, proactive_hours_per_fte: f64) -> f64 {
    if proactive_hours_per_fte > 0.0 && hours.is_finite() && hours > 0.0 {
        let v = hours / proactive_hours_per_fte;
        if v.is_finite() {
            v
        } else {
            0.0
        }
    } else {
        0.0
    }
}

/// Customers one FTE can hold (customers/FTE) = proactive hours per FTE ÷
/// hours per customer. `None` when the role has no hours per customer.
///
/// Hand check (docs/domain.md): 1,104 h ÷ 90 h = 12.3 customers per CSM in year one; ÷ 70 h = 15.8 after.
pub fn customers_per_fte(proactive_hours_per_fte: f64, hours_per_customer: f64) -> Option<f64> {
    if hours_per_customer > 0.0 && proactive_hours_per_fte.is_finite() {
        let v = proactive_hours_per_fte / hours_per_customer;
        v.is_finite().then_some(v)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::capacity::TeamTime;
    use crate::model::touch::{Program, Touch, Trigger};

    fn high_touch() -> Tier {
        Tier {
            touches: crate::model::presets::high_touch_set(),
            ..Tier::default()
        }
    }

    #[test]
    fn domain_hand_check_customers_per_csm() {
        let p = TeamTime::default().proactive_hours_per_year(); // 1,104 h
        let year_one = TierDemand::of(&high_touch(), 100.0).per_customer().csm; // 90 h
        let after = TierDemand::of(&high_touch(), 0.0).per_customer().csm; // 70 h
        assert!((year_one - 90.0).abs() < 1e-9 && (after - 70.0).abs() < 1e-9);
        // 1,104 ÷ 90 = 12.27 → 12.3; 1,104 ÷ 70 = 15.77 → 15.8.
        let c1 = customers_per_fte(p, year_one).unwrap();
        let c2 = customers_per_fte(p, after).unwrap();
        assert_eq!(format!("{c1:.1}"), "12.3");
        assert_eq!(format!("{c2:.1}"), "15.8");
        assert_eq!(customers_per_fte(p, 0.0), None);
    }

    #[test]
    fn domain_hand_check_tech_touch_fte() {
        // 1,000 customers × 0.24 h = 240 h ÷ 1,104 h = 0.217 → 0.22 FTE.
        let tier = Tier {
            programs: vec![crate::model::fixtures::webinar()],
            ..Tier::default()
        };
        let d = TierDemand::of(&tier, 0.0);
        let hours = d.hours(1000.0);
        assert!((hours.pooled - 240.0).abs() < 1e-9);
        assert!((d.average_per_customer(1000.0).pooled - 0.24).abs() < 1e-12);
        let f = fte(hours.pooled, TeamTime::default().proactive_hours_per_year());
        assert_eq!(format!("{f:.2}"), "0.22");
    }

    #[test]
    fn kinds_roles_and_automation_are_kept_apart() {
        let tier = Tier {
            touches: vec![
                Touch::new("Status call", 4.0, 1.0, Role::Csm),
                Touch::new("Health check e-mail", 12.0, 0.5, Role::Automation),
            ],
            triggers: vec![Trigger::new("Overdue invoice", 2.0, 0.5, Role::Associate)],
            programs: vec![Program::per_year("Community", 52.0, 2.0, Role::Pooled)],
            ..Tier::default()
        };
        let d = TierDemand::of(&tier, 0.0);
        assert_eq!(d.scheduled.csm, 4.0);
        assert_eq!(d.unscheduled.associate, 1.0);
        assert_eq!(d.fixed.pooled, 104.0);
        assert_eq!(d.automated, 6.0);
        assert_eq!(d.at_renewal.total(), 0.0);
        // 10 customers: CSM 40 h, associate 10 h, pooled 104 h; none without customers.
        let h = d.hours(10.0);
        assert_eq!((h.csm, h.associate, h.pooled), (40.0, 10.0, 104.0));
        assert_eq!(d.hours(0.0).total(), 0.0);
        assert_eq!(d.average_per_customer(10.0).pooled, 10.4);
        // Touches done at renewal are scheduled hours, also counted apart.
        let renewal = Tier {
            touches: vec![
                Touch::new("Renewal call", 1.0, 3.0, Role::Csm).on_renewal(),
                Touch::new("Renewal e-mail", 1.0, 1.0, Role::Automation).on_renewal(),
            ],
            ..Tier::default()
        };
        let d = TierDemand::of(&renewal, 0.0);
        assert_eq!(
            (d.scheduled.csm, d.at_renewal.csm, d.automated),
            (3.0, 3.0, 1.0)
        );
    }

    #[test]
    fn fte_never_divides_by_zero() {
        assert_eq!(fte(100.0, 0.0), 0.0);
        assert_eq!(fte(f64::INFINITY, 1000.0), 0.0);
        assert_eq!(fte(1104.0, 1104.0), 1.0);
    }
}
