//! The comparison's charts: one bar per scenario on a shared scale (people
//! stacked by role, or the yearly cost), and the people needed month by
//! month with one line per scenario.

use super::stack::stack_scaled;
use super::svg::{crisp, polyline, snap};
use super::ticks::nice_ticks;
use super::{chart_width, positive, Anchor, Label, Linear, Rect};

/// Height of one scenario's bar (px).
pub const BAR: f64 = 20.0;
/// Space between two bars (px).
pub const GAP: f64 = 10.0;
/// Room for the scenario names, at most (px).
pub const NAME_WIDTH: f64 = 150.0;
/// Room after the longest bar for its total (px).
pub const TOTAL_ROOM: f64 = 76.0;

/// One scenario's bar.
#[derive(Clone, Debug, PartialEq)]
pub struct BarRow {
    /// Where its name goes (ends at the bars' axis).
    pub name: Label,
    /// Its segments, in the order of the values given.
    pub segments: Vec<Rect>,
    /// Where its total goes (just after the bar).
    pub total: Label,
}

/// Bars of several scenarios on one scale.
#[derive(Clone, Debug, PartialEq)]
pub struct Bars {
    /// Width of the drawing (px).
    pub width: f64,
    /// Height of the drawing (px).
    pub height: f64,
    /// Width left for the names (px).
    pub name_width: f64,
    /// x of the bars' start (the axis line).
    pub axis: f64,
    /// One row per scenario, in order.
    pub rows: Vec<BarRow>,
}

/// The bars of `values` (one list per scenario, stacked in order; negative
/// and non-finite values count as 0) at `width` px: every bar on the scale
/// of the largest total, which fills the room left of its total's label.
pub fn bars(values: &[Vec<f64>], width: f64) -> Bars {
    let width = chart_width(width);
    let name_width = snap((width * 0.3).min(NAME_WIDTH));
    let axis = name_width + 8.0;
    let room = (width - axis - TOTAL_ROOM).max(1.0);
    let largest = values
        .iter()
        .map(|v| v.iter().map(|x| positive(*x)).sum::<f64>())
        .fold(0.0, f64::max);
    let px_per_unit = if largest > 0.0 { room / largest } else { 0.0 };
    let rows = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let y = GAP + i as f64 * (BAR + GAP);
            let segments: Vec<Rect> = stack_scaled(v, axis, px_per_unit)
                .into_iter()
                .map(|s| Rect::new(s.start, y, s.length, BAR))
                .collect();
            let end = segments.last().map_or(axis, Rect::right);
            BarRow {
                name: Label {
                    x: axis - 8.0,
                    y: y + BAR * 0.7,
                    anchor: Anchor::End,
                    inside: false,
                },
                segments,
                total: Label {
                    x: end + 6.0,
                    y: y + BAR * 0.7,
                    anchor: Anchor::Start,
                    inside: false,
                },
            }
        })
        .collect();
    Bars {
        width,
        height: GAP + values.len() as f64 * (BAR + GAP),
        name_width,
        axis,
        rows,
    }
}

/// Left margin of the line chart, for the y tick labels (px).
pub const LEFT: f64 = 34.0;
/// Right margin (px).
pub const RIGHT: f64 = 14.0;
/// Top margin (px).
pub const TOP: f64 = 10.0;
/// Room under the plot for the month labels (px).
pub const BOTTOM: f64 = 22.0;
/// Height of the plot (px).
pub const PLOT: f64 = 170.0;

/// Lines of several scenarios over the same months.
#[derive(Clone, Debug, PartialEq)]
pub struct Lines {
    /// Width of the drawing (px).
    pub width: f64,
    /// Height of the drawing (px).
    pub height: f64,
    /// The plot's area.
    pub plot: Rect,
    /// One path per scenario: a step for each month, as people are counted
    /// whole for the month.
    pub paths: Vec<String>,
    /// The y ticks: value and y (crisp).
    pub y_ticks: Vec<(f64, f64)>,
    /// The x ticks: month and x.
    pub x_ticks: Vec<(u32, f64)>,
}

/// The lines of `series` (one list of monthly values per scenario, month 0
/// first) at `width` px, on one scale from 0 to a nice tick over the
/// largest value, over the longest series' months.
pub fn lines(series: &[Vec<f64>], width: f64) -> Lines {
    let width = chart_width(width);
    let plot = Rect::new(LEFT, TOP, width - LEFT - RIGHT, PLOT);
    let months = series.iter().map(Vec::len).max().unwrap_or(0).max(1);
    let largest = series
        .iter()
        .flatten()
        .map(|v| positive(*v))
        .fold(0.0, f64::max);
    let ticks = nice_ticks(0.0, largest.max(1.0), 5);
    let top = ticks.last().copied().unwrap_or(1.0);
    let y = Linear::new((0.0, top), (plot.y + plot.height, plot.y));
    let x = Linear::new((0.0, months as f64), (plot.x, plot.right()));
    let paths = series
        .iter()
        .map(|s| {
            let mut points = Vec::with_capacity(s.len() * 2);
            for (m, v) in s.iter().enumerate() {
                let yy = y.map(positive(*v));
                points.push((x.map(m as f64), yy));
                points.push((x.map(m as f64 + 1.0), yy));
            }
            polyline(&points)
        })
        .collect();
    let step = match months {
        0..=13 => 3,
        14..=25 => 6,
        _ => 12,
    };
    let x_ticks = (0..=months as u32)
        .step_by(step)
        .map(|m| (m, x.map(f64::from(m))))
        .collect();
    Lines {
        width,
        height: TOP + PLOT + BOTTOM,
        plot,
        paths,
        y_ticks: ticks.iter().map(|t| (*t, crisp(y.map(*t)))).collect(),
        x_ticks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_share_one_scale_and_the_largest_fills_the_room() {
        let b = bars(&[vec![3.0, 1.0], vec![6.0, 2.0], vec![]], 600.0);
        assert_eq!(b.rows.len(), 3);
        let full = b.rows[1].segments.last().unwrap().right();
        assert_eq!(full, 600.0 - TOTAL_ROOM);
        let half = b.rows[0].segments.last().unwrap().right() - b.axis;
        assert_eq!(half, (full - b.axis) / 2.0);
        // A scenario without values has an empty bar at the axis.
        assert!(b.rows[2].segments.is_empty());
        assert_eq!(b.rows[2].total.x, b.axis + 6.0);
        // Rows do not overlap and the drawing holds them all.
        assert!(b.rows[1].segments[0].y >= b.rows[0].segments[0].y + BAR);
        assert!(b.height >= b.rows[1].segments[0].y + BAR);
    }

    #[test]
    fn nothing_at_all_still_draws_finite_bars() {
        let b = bars(&[vec![f64::NAN, -2.0], vec![0.0]], f64::INFINITY);
        for r in &b.rows {
            for s in &r.segments {
                assert!(s.x.is_finite() && s.width == 0.0);
            }
        }
    }

    #[test]
    fn lines_step_by_month_on_one_scale() {
        let l = lines(&[vec![2.0, 2.0, 4.0], vec![1.0, 8.0]], 400.0);
        assert_eq!(l.paths.len(), 2);
        // Two points a month.
        assert_eq!(l.paths[0].matches('L').count(), 5);
        // 8 people at most: the top tick covers it.
        assert!(l.y_ticks.last().unwrap().0 >= 8.0);
        assert_eq!(l.x_ticks[0], (0, LEFT));
        assert!(l.paths.iter().all(|p| !p.contains("NaN")));
        let empty = lines(&[], 300.0);
        assert!(empty.paths.is_empty());
        assert!(empty.y_ticks.len() >= 2);
    }

    #[test]
    fn a_long_horizon_has_a_tick_a_year() {
        let l = lines(&[vec![1.0; 37]], 800.0);
        let months: Vec<u32> = l.x_ticks.iter().map(|t| t.0).collect();
        assert_eq!(months, vec![0, 12, 24, 36]);
    }
}
