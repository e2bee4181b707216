//! The coverage gap: month by month, with today's team and the hires as
//! planned, the share of each tier's touch hours the team cannot deliver,
//! and the ARR of the customers in that share, "ARR whose touch model is
//! not covered". It is not predicted churn: only a retention difference
//! the user enters (with its source) turns it into ARR at risk.
//!
//! A role short of people is short for every tier alike: each tier loses
//! the same share of that role's hours (no tier is served first).

use serde::{Deserialize, Serialize};

use super::coverage_risk::CoverageRisk;
use super::role::Role;
use super::timeline::Timeline;

/// The roles that deliver touch hours (managers do not).
const DELIVERING: [Role; 4] = [Role::Csm, Role::Associate, Role::Pooled, Role::Partner];

/// One month of the coverage gap.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GapMonth {
    /// Plan month (0 = the first).
    pub month: u32,
    /// Per tier, the share of its touch hours not delivered (0 to 1).
    pub uncovered_share: Vec<f64>,
    /// Per tier, ARR whose touch model is not covered = the tier's ARR ×
    /// its uncovered share (currency/year).
    pub uncovered_arr: Vec<f64>,
}

impl GapMonth {
    /// ARR whose touch model is not covered, all tiers (currency/year).
    pub fn total(&self) -> f64 {
        self.uncovered_arr.iter().sum()
    }
}

/// The coverage gap over the plan's months.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CoverageGap {
    /// Month by month.
    pub months: Vec<GapMonth>,
    /// ARR at risk over the first 12 months (currency), only when a
    /// retention difference is entered: Σ over months 0 to 11 of the
    /// uncovered ARR × retention difference ÷ 100 ÷ 12.
    pub arr_at_risk: Option<f64>,
    /// Where the retention difference comes from, in the user's words
    /// (empty when none is entered).
    pub source: String,
}

impl CoverageGap {
    /// The month with the most uncovered ARR, the earliest of equal ones
    /// (a team short by the same amount all year is short from its first
    /// month), if any month has some.
    pub fn worst(&self) -> Option<&GapMonth> {
        self.months
            .iter()
            .filter(|m| m.total() > 0.0)
            .fold(None, |most: Option<&GapMonth>, m| match most {
                Some(w) if w.total() >= m.total() => Some(w),
                _ => Some(m),
            })
    }

    /// Months with some ARR not covered.
    pub fn months_short(&self) -> usize {
        self.months.iter().filter(|m| m.total() > 0.0).count()
    }
}

/// A role's share short in a month = max(0, 1 − available ÷ needed) (0 to
/// 1; 0 when nothing is needed).
pub fn role_short(needed: f64, available: f64) -> f64 {
    if needed > 1e-9 {
        crate::float::clamp(1.0 - available / needed, 0.0, 1.0)
    } else {
        0.0
    }
}

/// A tier's uncovered share = Σ over roles of the role's share short ×
/// the tier's FTE in that role ÷ Σ the tier's FTE (0 to 1).
fn tier_share(fte: &super::role::PerRole, short: &[f64; 4]) -> f64 {
    let total: f64 = DELIVERING.iter().map(|r| fte.get(*r)).sum();
    if total <= 1e-12 {
        return 0.0;
    }
    let missing: f64 = DELIVERING
        .iter()
        .zip(short)
        .map(|(r, s)| fte.get(*r) * s)
        .sum();
    crate::float::clamp(missing / total, 0.0, 1.0)
}

/// The coverage gap of `timeline` (months 0 to its last), with the
/// retention difference of `risk` when one is entered.
pub fn coverage_gap(timeline: &Timeline, risk: &CoverageRisk) -> CoverageGap {
    let months: Vec<GapMonth> = timeline
        .months
        .iter()
        .map(|m| {
            let short = [
                role_short(m.needed.csm, m.available.csm),
                role_short(m.needed.associate, m.available.associate),
                role_short(m.needed.pooled, m.available.pooled),
                role_short(m.needed.partner, m.available.partner),
            ];
            let uncovered_share: Vec<f64> =
                m.tier_fte.iter().map(|f| tier_share(f, &short)).collect();
            let uncovered_arr = uncovered_share
                .iter()
                .zip(&m.tier_arr)
                .map(|(u, a)| if a.is_finite() { u * a.max(0.0) } else { 0.0 })
                .collect();
            GapMonth {
                month: m.month,
                uncovered_share,
                uncovered_arr,
            }
        })
        .collect();
    let gap = risk.retention_gap_pct;
    let arr_at_risk = (gap.is_finite() && gap > 0.0).then(|| {
        let gap = gap.min(100.0);
        months
            .iter()
            .take(12)
            .map(|m| m.total() * gap / 100.0 / 12.0)
            .sum()
    });
    CoverageGap {
        months,
        arr_at_risk,
        source: risk.retention_source.trim().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixtures::close;
    use crate::model::role::{PerRole, Staff};
    use crate::model::timeline::Month;

    fn month(needed_csm: f64, available_csm: f64, tiers: Vec<(f64, f64)>) -> Month {
        Month {
            month: 0,
            customers: vec![0.0; tiers.len()],
            tier_arr: tiers.iter().map(|t| t.1).collect(),
            tier_fte: tiers
                .iter()
                .map(|t| PerRole {
                    csm: t.0,
                    ..PerRole::default()
                })
                .collect(),
            arr: tiers.iter().map(|t| t.1).sum(),
            needed: Staff {
                csm: needed_csm,
                ..Staff::default()
            },
            heads_needed: Default::default(),
            available: Staff {
                csm: available_csm,
                ..Staff::default()
            },
            available_without_hiring: Staff::default(),
            short: 0.0,
        }
    }

    /// A tier 25% short: it needs 4 CSM FTE and the team has 3, so a
    /// quarter of its hours are not delivered and a quarter of its $8M
    /// ARR, $2M, is not covered.
    #[test]
    fn a_tier_a_quarter_short_leaves_a_quarter_of_its_arr_uncovered() {
        let t = Timeline {
            months: vec![month(4.0, 3.0, vec![(4.0, 8_000_000.0)])],
            requisitions: vec![],
        };
        let g = coverage_gap(&t, &CoverageRisk::default());
        assert!(close(g.months[0].uncovered_share[0], 0.25));
        assert!(close(g.months[0].total(), 2_000_000.0));
        assert_eq!(g.arr_at_risk, None);
        assert_eq!(g.months_short(), 1);
        // With a retention difference of 6 points: a month of $2M not
        // covered puts $2M × 6% ÷ 12 = $10,000 at risk.
        let risk = CoverageRisk {
            retention_gap_pct: 6.0,
            retention_source: " Our 2025 cohort study ".into(),
        };
        let g = coverage_gap(&t, &risk);
        assert!(close(g.arr_at_risk.unwrap(), 10_000.0));
        assert_eq!(g.source, "Our 2025 cohort study");
    }

    #[test]
    fn a_short_role_is_short_for_every_tier_alike_and_no_gap_when_staffed() {
        let t = Timeline {
            months: vec![
                month(4.0, 2.0, vec![(3.0, 600.0), (1.0, 400.0)]),
                month(4.0, 5.0, vec![(3.0, 600.0), (1.0, 400.0)]),
            ],
            requisitions: vec![],
        };
        let g = coverage_gap(&t, &CoverageRisk::default());
        assert!(close(g.months[0].uncovered_share[0], 0.5));
        assert!(close(g.months[0].uncovered_share[1], 0.5));
        assert!(close(g.months[0].total(), 500.0));
        assert!(close(g.months[1].total(), 0.0));
        assert_eq!(g.worst().unwrap().month, 0);
    }

    /// Review finding: of months short by the same ARR, the last one was
    /// named "the most in any month", so a team short all year read as
    /// short from December.
    #[test]
    fn of_equal_months_the_earliest_is_the_worst() {
        let mut later = month(4.0, 3.0, vec![(4.0, 800.0)]);
        later.month = 1;
        let t = Timeline {
            months: vec![month(4.0, 3.0, vec![(4.0, 800.0)]), later],
            requisitions: vec![],
        };
        let g = coverage_gap(&t, &CoverageRisk::default());
        assert_eq!(g.worst().unwrap().month, 0);
    }
}
