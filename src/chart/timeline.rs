//! Headcount needed against headcount available, month by month, with the
//! months when requisitions must open (and when those hires start).

use super::svg::{crisp, snap};
use super::ticks::nice_ticks;
use super::{finite, positive, Linear};
use crate::model::timeline::{Month, Requisition, Timeline};

/// Left margin for the y tick labels (px).
pub const LEFT: f64 = 34.0;
/// Right margin (px).
pub const RIGHT: f64 = 14.0;
/// Top margin (px).
pub const TOP: f64 = 10.0;
/// Room under the plot for the month labels (px).
pub const X_LABELS: f64 = 20.0;
/// Height of the lane of hiring markers under the month labels (px).
pub const LANE: f64 = 30.0;

/// Closest two hiring markers may be (px); closer ones are drawn as one.
pub const MARKER_GAP: f64 = 18.0;

/// One month's figures.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct MonthFigures {
    /// Months from today.
    pub month: u32,
    /// FTE needed.
    pub needed: f64,
    /// FTE available with the planned hires.
    pub available: f64,
    /// FTE of today's team without hiring.
    pub without_hiring: f64,
}

impl MonthFigures {
    /// The totals of `month` over every position (FTE).
    pub fn of(month: &Month) -> MonthFigures {
        MonthFigures {
            month: month.month,
            needed: month.needed.total(),
            available: month.available.total(),
            without_hiring: month.available_without_hiring.total(),
        }
    }
}

/// Requisitions opening in one month.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Opening {
    /// Month to open them.
    pub open_month: u32,
    /// Month the hires start.
    pub start_month: u32,
    /// People to hire.
    pub count: u32,
    /// True when at least one of them comes too late for the need.
    pub late: bool,
}

impl Opening {
    /// The opening of one requisition.
    pub fn of(requisition: &Requisition) -> Opening {
        Opening {
            open_month: requisition.open_month,
            start_month: requisition.start_month,
            count: requisition.count,
            late: requisition.late,
        }
    }
}

/// The hiring a timeline asks for, as the chart's description says it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Hiring {
    /// People to hire = Σ every requisition's people.
    pub people: u32,
    /// People whose requisition is already late for the need = Σ the
    /// people of the late requisitions.
    pub late: u32,
    /// Requisitions to open.
    pub requisitions: usize,
    /// Months short of people in at least one role (FTE short above 0).
    pub short_months: usize,
}

impl Hiring {
    /// The hiring `timeline` asks for.
    pub fn of(timeline: &Timeline) -> Hiring {
        let people = |late_only: bool| {
            timeline
                .requisitions
                .iter()
                .filter(|r| r.late || !late_only)
                .map(|r| r.count)
                .sum()
        };
        Hiring {
            people: people(false),
            late: people(true),
            requisitions: timeline.requisitions.len(),
            short_months: timeline.months.iter().filter(|m| m.short > 0.0).count(),
        }
    }
}

/// A hiring marker in the lane.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Marker {
    /// The requisitions it stands for (grouped by month).
    pub opening: Opening,
    /// x of the opening month.
    pub x: f64,
    /// x where the hires start (clamped to the plot).
    pub start_x: f64,
    /// Whether the start month is inside the plot.
    pub start_shown: bool,
}

/// The whole chart.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineChart {
    /// Width (px).
    pub width: f64,
    /// Height (px).
    pub height: f64,
    /// Plot left edge.
    pub plot_left: f64,
    /// Plot right edge.
    pub plot_right: f64,
    /// Plot top edge.
    pub plot_top: f64,
    /// Plot bottom edge (the x axis, crisp).
    pub plot_bottom: f64,
    /// y ticks: value and crisp y of the grid line.
    pub y_ticks: Vec<(f64, f64)>,
    /// x ticks: month and crisp x.
    pub x_ticks: Vec<(u32, f64)>,
    /// Points of the "needed" line.
    pub needed: Vec<(f64, f64)>,
    /// Points of the "available with hires" line.
    pub available: Vec<(f64, f64)>,
    /// Points of the "today's team without hiring" line.
    pub without_hiring: Vec<(f64, f64)>,
    /// Closed areas where the need is above what is available.
    pub shortfalls: Vec<Vec<(f64, f64)>>,
    /// y of the hiring markers' tips.
    pub lane_y: f64,
    /// Hiring markers, one per opening month inside the plot (months closer
    /// than [`MARKER_GAP`] px share the first one's marker).
    pub markers: Vec<Marker>,
    /// The range analysis's fan: the closed outline of the band from P10
    /// to P90 of whole people needed (P90 month by month, then P10 back);
    /// empty without one.
    pub fan_band: Vec<(f64, f64)>,
    /// The fan's P50 line; empty without one.
    pub fan_median: Vec<(f64, f64)>,
}

/// One month of a range analysis's fan: the month, then P10, P50 and P90
/// of whole people needed (people).
pub type FanFigures = (u32, f64, f64, f64);

/// Requisitions grouped by opening month, in month order: counts added,
/// late if any is late, earliest start kept.
pub fn group_openings(openings: &[Opening]) -> Vec<Opening> {
    let mut out: Vec<Opening> = Vec::new();
    for o in openings {
        // Insertion keeps month order without pulling a sort into the page.
        let at = out.partition_point(|g| g.open_month < o.open_month);
        match out.get_mut(at) {
            Some(g) if g.open_month == o.open_month => {
                g.count = g.count.saturating_add(o.count);
                g.late |= o.late;
                g.start_month = g.start_month.min(o.start_month);
            }
            _ => out.insert(at, *o),
        }
    }
    out
}

/// A month step (1, 2, 3, 6, 12, 24...) giving at most `max_count` intervals over `months`.
pub fn month_step(months: u32, max_count: u32) -> u32 {
    let max_count = max_count.max(1);
    let mut step = 1;
    for candidate in [1, 2, 3, 6, 12, 24, 60, 120] {
        step = candidate;
        if months.div_ceil(candidate) <= max_count {
            break;
        }
    }
    while months.div_ceil(step) > max_count {
        step = step.saturating_mul(2);
    }
    step
}

/// Where `needed` is above `available` between points, as closed areas
/// (needed along the top, available back along the bottom), with the
/// crossing points interpolated.
fn shortfall_areas(needed: &[(f64, f64)], available: &[(f64, f64)]) -> Vec<Vec<(f64, f64)>> {
    // In SVG y grows downwards: short means needed's y is above (smaller).
    let n = needed.len().min(available.len());
    let mut areas = Vec::new();
    let mut top: Vec<(f64, f64)> = Vec::new();
    let mut bottom: Vec<(f64, f64)> = Vec::new();
    let gap = |i: usize| available[i].1 - needed[i].1;
    let mut close = |top: &mut Vec<(f64, f64)>, bottom: &mut Vec<(f64, f64)>| {
        if top.len() >= 2 {
            let mut area = std::mem::take(top);
            area.extend(bottom.drain(..).rev());
            areas.push(area);
        }
        top.clear();
        bottom.clear();
    };
    for i in 0..n {
        let g = gap(i);
        if i > 0 {
            let p = gap(i - 1);
            if (p > 0.0) != (g > 0.0) && (p - g) != 0.0 {
                // The lines cross between i − 1 and i.
                let t = p / (p - g);
                let x = needed[i - 1].0 + t * (needed[i].0 - needed[i - 1].0);
                let y = needed[i - 1].1 + t * (needed[i].1 - needed[i - 1].1);
                top.push((x, y));
                bottom.push((x, y));
                if p > 0.0 {
                    close(&mut top, &mut bottom);
                }
            }
        }
        if g > 0.0 {
            top.push(needed[i]);
            bottom.push(available[i]);
        }
    }
    close(&mut top, &mut bottom);
    areas
}

/// Lays out the chart at `width` px for `months` (in month order) and the
/// requisitions in `openings`.
pub fn timeline(months: &[MonthFigures], openings: &[Opening], width: f64) -> TimelineChart {
    timeline_with_fan(months, openings, &[], width)
}

/// [`timeline`] with a range analysis's `fan` (in month order; months
/// beyond the chart's are left out), the y axis tall enough for its P90.
pub fn timeline_with_fan(
    months: &[MonthFigures],
    openings: &[Opening],
    fan: &[FanFigures],
    width: f64,
) -> TimelineChart {
    let width = super::chart_width(width);
    let plot_height = snap(crate::float::clamp(width * 0.4, 150.0, 240.0));
    let plot_left = LEFT;
    let plot_right = width - RIGHT;
    let plot_top = TOP;
    let plot_bottom = crisp(TOP + plot_height);
    let last = months.last().map_or(0, |m| m.month);
    let fan: Vec<FanFigures> = fan.iter().copied().filter(|f| f.0 <= last).collect();
    let top_value = months.iter().fold(0.0_f64, |m, f| {
        m.max(positive(f.needed))
            .max(positive(f.available))
            .max(positive(f.without_hiring))
    });
    let top_value = fan.iter().fold(top_value, |m, f| m.max(positive(f.3)));
    let ticks = nice_ticks(0.0, top_value, (plot_height / 40.0) as usize);
    let y_max = ticks.last().copied().unwrap_or(1.0);
    let y = Linear::new((0.0, y_max), (plot_bottom, plot_top));
    let x = Linear::new((0.0, f64::from(last.max(1))), (plot_left, plot_right));
    let step = month_step(last, ((plot_right - plot_left) / 56.0) as u32);
    let x_ticks = (0..=last)
        .step_by(step as usize)
        .map(|m| (m, crisp(x.map(f64::from(m)))))
        .collect();
    let line = |pick: fn(&MonthFigures) -> f64| -> Vec<(f64, f64)> {
        months
            .iter()
            .map(|m| (x.map(f64::from(m.month)), y.map(positive(pick(m)))))
            .collect()
    };
    let needed = line(|m| m.needed);
    let available = line(|m| m.available);
    let lane_y = plot_bottom + X_LABELS + 8.0;
    let mut markers: Vec<Marker> = Vec::new();
    for o in group_openings(openings) {
        if o.open_month > last {
            continue;
        }
        let mx = snap(x.map(f64::from(o.open_month)));
        match markers.last_mut() {
            // Too close to the previous marker to read apart: one marker for both.
            Some(prev) if mx - prev.x < MARKER_GAP => {
                prev.opening.count = prev.opening.count.saturating_add(o.count);
                prev.opening.late |= o.late;
            }
            _ => markers.push(Marker {
                opening: o,
                x: mx,
                start_x: snap(x.map_clamped(f64::from(o.start_month))),
                start_shown: o.start_month <= last,
            }),
        }
    }
    let at = |month: u32, v: f64| (x.map(f64::from(month)), y.map(positive(v)));
    let mut fan_band: Vec<(f64, f64)> = fan.iter().map(|f| at(f.0, f.3)).collect();
    fan_band.extend(fan.iter().rev().map(|f| at(f.0, f.1)));
    TimelineChart {
        fan_band,
        fan_median: fan.iter().map(|f| at(f.0, f.2)).collect(),
        width,
        height: finite(lane_y + LANE - 6.0),
        plot_left,
        plot_right,
        plot_top,
        plot_bottom,
        y_ticks: ticks.iter().map(|v| (*v, crisp(y.map(*v)))).collect(),
        x_ticks,
        shortfalls: shortfall_areas(&needed, &available),
        needed,
        available,
        without_hiring: line(|m| m.without_hiring),
        lane_y,
        markers,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn month(month: u32, needed: f64, available: f64) -> MonthFigures {
        MonthFigures {
            month,
            needed,
            available,
            without_hiring: available,
        }
    }

    #[test]
    fn the_fan_is_a_closed_band_around_its_median_within_the_axis() {
        let months = [month(0, 5.0, 6.0), month(1, 6.0, 6.0), month(2, 7.0, 6.0)];
        let fan = [
            (0, 6.0, 6.0, 6.0),
            (1, 6.0, 7.0, 8.0),
            (2, 7.0, 9.0, 14.0),
            (9, 1.0, 1.0, 1.0),
        ];
        let c = timeline_with_fan(&months, &[], &fan, 600.0);
        assert_eq!(c.fan_band.len(), 6, "month 9 is beyond the chart");
        assert_eq!(c.fan_median.len(), 3);
        // The P90 of 14 people sets the axis: its point is inside the plot.
        assert!(c.y_ticks.last().unwrap().0 >= 14.0);
        for (k, (x, y)) in c.fan_median.iter().enumerate() {
            let (top, bottom) = (c.fan_band[k].1, c.fan_band[5 - k].1);
            assert_eq!(*x, c.fan_band[k].0);
            assert!(
                top <= *y && *y <= bottom,
                "month {k}: P90 above P50 above P10"
            );
            assert!(*y >= c.plot_top && *y <= c.plot_bottom);
        }
        let plain = timeline(&months, &[], 600.0);
        assert!(plain.fan_band.is_empty() && plain.fan_median.is_empty());
    }

    #[test]
    fn openings_group_by_month() {
        let o = |open_month, count, late| Opening {
            open_month,
            start_month: open_month + 3,
            count,
            late,
        };
        let g = group_openings(&[o(2, 1, false), o(0, 1, true), o(0, 2, false)]);
        assert_eq!(g, vec![o(0, 3, true), o(2, 1, false)]);
    }

    #[test]
    fn close_markers_merge_on_a_phone() {
        let months: Vec<MonthFigures> = (0..=24).map(|m| month(m, 1.0, 1.0)).collect();
        let o = |open_month, late| Opening {
            open_month,
            start_month: open_month + 3,
            count: 1,
            late,
        };
        let openings = [o(2, false), o(3, true), o(12, false)];
        let wide = timeline(&months, &openings, 1000.0);
        assert_eq!(wide.markers.len(), 3);
        let narrow = timeline(&months, &openings, 300.0);
        assert_eq!(narrow.markers.len(), 2);
        assert_eq!(narrow.markers[0].opening.count, 2);
        assert!(narrow.markers[0].opening.late);
        assert!(narrow
            .markers
            .windows(2)
            .all(|w| w[1].x - w[0].x >= MARKER_GAP));
    }

    #[test]
    fn month_steps() {
        assert_eq!(month_step(24, 10), 3);
        assert_eq!(month_step(24, 4), 6);
        assert_eq!(month_step(0, 4), 1);
        assert_eq!(month_step(1000, 3), 480);
    }

    #[test]
    fn a_shortfall_then_enough() {
        let months = [
            month(0, 6.0, 5.0),
            month(1, 6.0, 5.0),
            month(2, 6.0, 7.0),
            month(3, 6.0, 8.0),
        ];
        let c = timeline(&months, &[], 600.0);
        assert_eq!(c.shortfalls.len(), 1);
        let area = &c.shortfalls[0];
        // Needed at months 0, 1, the crossing, then available back from the crossing.
        assert_eq!(area.len(), 6);
        assert_eq!(area[2], area[3]);
        assert!(c.y_ticks.windows(2).all(|w| w[0].1 > w[1].1));
        assert_eq!(c.x_ticks.first().unwrap().1, crisp(LEFT));
    }

    #[test]
    fn no_months_no_nan() {
        let c = timeline(&[], &[Opening::default()], 600.0);
        assert!(c.needed.is_empty() && c.shortfalls.is_empty());
        assert_eq!(c.markers.len(), 1);
        assert!(c.markers[0].x.is_finite());
        let c = timeline(&[month(0, f64::NAN, f64::INFINITY)], &[], 0.0);
        assert!(c.needed.iter().all(|(x, y)| x.is_finite() && y.is_finite()));
    }

    proptest! {
        #[test]
        fn everything_finite_and_inside(values in proptest::collection::vec((0.0f64..1e4, 0.0f64..1e4), 0..61), width in 0.0f64..1600.0) {
            let months: Vec<MonthFigures> = values.iter().enumerate().map(|(i, (n, a))| month(i as u32, *n, *a)).collect();
            let c = timeline(&months, &[], width);
            for (x, y) in c.needed.iter().chain(&c.available) {
                prop_assert!(*x >= c.plot_left - 1e-9 && *x <= c.plot_right + 1e-9);
                prop_assert!(*y >= c.plot_top - 1e-9 && *y <= c.plot_bottom + 1e-9);
            }
            for area in &c.shortfalls {
                prop_assert!(area.len() >= 3);
                prop_assert!(area.iter().all(|(x, y)| x.is_finite() && y.is_finite()));
            }
            prop_assert!(c.y_ticks.windows(2).all(|w| w[0].0 < w[1].0));
        }
    }

    #[test]
    fn the_hiring_of_a_timeline_adds_up_its_requisitions() {
        use crate::model::timeline::Position;
        let requisition = |count, late| Requisition {
            position: Position::Csm,
            count,
            open_month: 1,
            start_month: 4,
            needed_from: 3,
            late,
            backfill: 0,
            delayed_months: 0,
        };
        let mut t = crate::model::timeline(&crate::model::Scenario::default());
        assert!(t.months.len() > 3);
        t.requisitions = vec![
            requisition(2, true),
            requisition(3, false),
            requisition(1, true),
        ];
        for m in &mut t.months {
            m.short = 0.0;
        }
        t.months[1].short = 0.5;
        t.months[3].short = 2.0;
        assert_eq!(
            Hiring::of(&t),
            Hiring {
                people: 6,
                late: 3,
                requisitions: 3,
                short_months: 2,
            }
        );
        assert_eq!(Hiring::of(&Timeline::default()), Hiring::default());
        assert_eq!(
            Opening::of(&t.requisitions[0]),
            Opening {
                open_month: 1,
                start_month: 4,
                count: 2,
                late: true,
            }
        );
        let m = &t.months[2];
        let f = MonthFigures::of(m);
        assert_eq!(f.month, m.month);
        assert_eq!(f.needed, m.needed.total());
        assert_eq!(f.available, m.available.total());
        assert_eq!(f.without_hiring, m.available_without_hiring.total());
    }
}
