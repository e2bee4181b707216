//! Where a CSM's year goes: one bar for a CSM's available hours split into
//! reactive, collateral, overhead and proactive time, then one bar per tier
//! for the team's proactive hours split by kind of touch.

use super::stack::{stack, Segment};
use super::svg::snap;
use super::{positive, Anchor, Label, Linear, Rect};
use crate::model::plan::{Plan, TierPlan};
use crate::model::TeamTime;

/// Height of the year bar (px).
pub const YEAR_BAR: f64 = 28.0;
/// Height of a tier bar (px).
pub const TIER_BAR: f64 = 16.0;
/// Height of one tier row: its name above its bar (px).
pub const TIER_ROW: f64 = 40.0;
/// Room kept right of the longest tier bar for its total (px).
const TOTAL_ROOM: f64 = 64.0;
/// y of the first tier row's name baseline.
const TIERS_TOP: f64 = 104.0;

/// A CSM's year in hours, by use.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct YearSplit {
    /// Reactive hours taken off the year (0 when modelled bottom-up).
    pub reactive: f64,
    /// Hours building collateral.
    pub collateral: f64,
    /// Overhead hours: internal meetings, training, admin.
    pub overhead: f64,
    /// Proactive hours left for customers.
    pub proactive: f64,
}

impl YearSplit {
    /// The four uses in drawing order.
    pub fn values(&self) -> [f64; 4] {
        [
            self.reactive,
            self.collateral,
            self.overhead,
            self.proactive,
        ]
    }

    /// All available hours.
    pub fn total(&self) -> f64 {
        self.values().iter().map(|v| positive(*v)).sum()
    }

    /// One CSM's year under `team` and `plan` (h/year per CSM): reactive,
    /// collateral and overhead hours = available hours per year × that
    /// share (%) ÷ 100, the reactive share counted as
    /// [`TeamTime::counted_reactive_pct`] says (0 when reactive work is
    /// modelled bottom-up); proactive hours as the plan counts them
    /// ([`Plan::proactive_hours`]).
    ///
    /// 1,840 h: 15% = 276 h reactive, 10% = 184 h collateral, 15% = 276 h
    /// overhead, 1,104 h proactive.
    pub fn of(team: &TeamTime, plan: &Plan) -> YearSplit {
        let available = team.available_hours_per_year();
        let share = |pct: f64| available * pct / 100.0;
        YearSplit {
            reactive: share(team.counted_reactive_pct()),
            collateral: share(team.collateral_pct),
            overhead: share(team.overhead_pct),
            proactive: plan.proactive_hours,
        }
    }

    /// `hours` as a share of the whole year (%) = hours ÷ [`Self::total`]
    /// × 100; 0 when the year has no hours.
    pub fn pct(&self, hours: f64) -> f64 {
        let total = self.total();
        if total > 0.0 {
            hours / total * 100.0
        } else {
            0.0
        }
    }
}

/// One tier's proactive hours per year (the whole team's), by kind of touch.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct KindHours {
    /// Scheduled touches (h/year).
    pub scheduled: f64,
    /// Unscheduled, data-driven touches (h/year).
    pub unscheduled: f64,
    /// One-to-many programs (h/year).
    pub programs: f64,
}

impl KindHours {
    /// The three kinds in drawing order.
    pub fn values(&self) -> [f64; 3] {
        [self.scheduled, self.unscheduled, self.programs]
    }

    /// All three (h/year).
    pub fn total(&self) -> f64 {
        self.values().iter().map(|v| positive(*v)).sum()
    }

    /// The team's hours a year for `tier`, by kind (h/year) = the tier's
    /// hours per customer of that kind, all roles (h/customer/year) ×
    /// its customers.
    pub fn of(tier: &TierPlan) -> KindHours {
        let k = &tier.by_kind;
        KindHours {
            scheduled: k.scheduled.total() * tier.customers,
            unscheduled: k.unscheduled.total() * tier.customers,
            programs: k.programs.total() * tier.customers,
        }
    }
}

/// One tier's row.
#[derive(Clone, Debug, PartialEq)]
pub struct TierRow {
    /// Baseline of the tier's name, left-aligned.
    pub name: Label,
    /// The three kind segments along the bar (start and length in px).
    pub segments: Vec<Segment>,
    /// Top of the bar.
    pub bar_y: f64,
    /// Where the total goes: just right of the bar.
    pub total: Label,
    /// Hours by kind.
    pub hours: KindHours,
}

/// The whole chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Year {
    /// Width (px).
    pub width: f64,
    /// Height (px).
    pub height: f64,
    /// Baseline of the year bar's title.
    pub year_title: Label,
    /// The year bar's frame.
    pub year_bar: Rect,
    /// The four uses along the year bar.
    pub year_segments: Vec<Segment>,
    /// Baseline of the tiers' title.
    pub tiers_title: Label,
    /// One row per tier.
    pub tiers: Vec<TierRow>,
}

/// Lays out the chart at `width` px.
pub fn year(split: &YearSplit, tiers: &[KindHours], width: f64) -> Year {
    let width = super::chart_width(width);
    let year_bar = Rect::new(0.0, 24.0, width, YEAR_BAR);
    let year_segments = stack(&split.values(), 0.0, width);
    let longest = tiers.iter().fold(0.0_f64, |m, t| m.max(t.total()));
    let scale = Linear::new((0.0, longest), (0.0, width - TOTAL_ROOM));
    let rows = tiers
        .iter()
        .enumerate()
        .map(|(i, hours)| {
            let top = TIERS_TOP + i as f64 * TIER_ROW;
            let length = snap(scale.map_clamped(hours.total()));
            let bar_y = top + 6.0;
            TierRow {
                name: Label {
                    x: 0.0,
                    y: top,
                    anchor: Anchor::Start,
                    inside: false,
                },
                segments: stack(&hours.values(), 0.0, length),
                bar_y,
                total: Label {
                    x: length + 6.0,
                    y: bar_y + TIER_BAR - 4.0,
                    anchor: Anchor::Start,
                    inside: false,
                },
                hours: *hours,
            }
        })
        .collect::<Vec<_>>();
    Year {
        width,
        height: TIERS_TOP + rows.len() as f64 * TIER_ROW - 6.0,
        year_title: Label {
            x: 0.0,
            y: 15.0,
            anchor: Anchor::Start,
            inside: false,
        },
        year_bar,
        year_segments,
        tiers_title: Label {
            x: 0.0,
            y: TIERS_TOP - 24.0,
            anchor: Anchor::Start,
            inside: false,
        },
        tiers: rows,
    }
}

/// Whether `text` fits inside a segment of `length` px at `font_px`, with
/// 4 px of padding on each side.
pub fn fits(text: &str, font_px: f64, length: f64) -> bool {
    super::text::width(text, font_px) + 8.0 <= length
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_year_and_tiers() {
        // 1,840 h: 276 reactive, 184 collateral, 276 overhead, 1,104 proactive.
        let split = YearSplit {
            reactive: 276.0,
            collateral: 184.0,
            overhead: 276.0,
            proactive: 1104.0,
        };
        assert_eq!(split.total(), 1840.0);
        let tiers = [
            KindHours {
                scheduled: 3000.0,
                unscheduled: 200.0,
                programs: 0.0,
            },
            KindHours {
                scheduled: 1560.0,
                unscheduled: 250.0,
                programs: 12.0,
            },
            KindHours {
                scheduled: 0.0,
                unscheduled: 0.0,
                programs: 344.0,
            },
        ];
        let y = year(&split, &tiers, 600.0);
        let lengths: Vec<f64> = y.year_segments.iter().map(|s| s.length).collect();
        assert_eq!(lengths.iter().sum::<f64>(), 600.0);
        assert_eq!(lengths[3], 360.0); // 60% of 600 px
                                       // The longest tier spans the scale; the others are in proportion.
        assert_eq!(y.tiers[0].segments[2].end(), 600.0 - 64.0);
        assert!(y.tiers[2].segments[2].length < y.tiers[1].segments[0].length);
        assert!(y.height > TIERS_TOP);
    }

    #[test]
    fn nothing_to_split() {
        let y = year(&YearSplit::default(), &[KindHours::default()], 300.0);
        assert!(y.year_segments.iter().all(|s| s.length == 0.0));
        assert!(y.tiers[0].segments.iter().all(|s| s.length == 0.0));
        assert!(y.tiers[0].total.x.is_finite());
    }

    #[test]
    fn labels_fit_or_not() {
        assert!(fits("60%", 12.0, 40.0));
        assert!(!fits("Proactive 60%", 12.0, 40.0));
    }

    #[test]
    fn a_csms_year_and_the_tiers_hours_from_the_plan() {
        use crate::model::{plan, Scenario};
        // The default team: 1,840 h = 276 + 184 + 276 + 1,104.
        let s = Scenario::default();
        let p = plan(&s);
        let split = YearSplit::of(&s.team, &p);
        assert_eq!(
            split,
            YearSplit {
                reactive: 276.0,
                collateral: 184.0,
                overhead: 276.0,
                proactive: p.proactive_hours,
            }
        );
        assert!((split.proactive - 1104.0).abs() < 1e-9);
        assert!((split.pct(276.0) - 15.0).abs() < 1e-9);
        // Reactive work counted as touches is not taken off the year.
        let mut bottom_up = s.clone();
        bottom_up.team.reactive_bottom_up = true;
        let split = YearSplit::of(&bottom_up.team, &plan(&bottom_up));
        assert_eq!(split.reactive, 0.0);
        assert!((split.proactive - 1380.0).abs() < 1e-9);
        // A year of no hours has no shares.
        assert_eq!(YearSplit::default().pct(10.0), 0.0);
        // Each tier: hours per customer by kind × customers.
        for t in &p.tiers {
            let k = KindHours::of(t);
            assert_eq!(k.scheduled, t.by_kind.scheduled.total() * t.customers);
            assert_eq!(k.unscheduled, t.by_kind.unscheduled.total() * t.customers);
            assert_eq!(k.programs, t.by_kind.programs.total() * t.customers);
            assert!(k.total() > 0.0, "{}", t.name);
        }
    }
}
