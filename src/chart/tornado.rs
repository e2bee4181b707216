//! The sensitivity tornado: for each input, total FTE with the input at −20%
//! and at +20%, as bars either side of the base FTE, largest effect on top.

use super::svg::{crisp, snap};
use super::ticks::nice_ticks;
use super::{finite, Anchor, Label, Linear, Rect};

/// Most inputs shown.
pub const TOP_N: usize = 10;
/// Height of the axis labels above the rows (px).
pub const AXIS: f64 = 22.0;
/// Height of one input's row: its label above its bars (px).
pub const ROW: f64 = 38.0;
/// Height of a bar (px).
pub const BAR: f64 = 14.0;
/// Side margins (px).
const SIDE: f64 = 10.0;

/// One input's row.
#[derive(Clone, Debug, PartialEq)]
pub struct TornadoRow {
    /// Total FTE with the input at −20% and at +20%.
    pub fte: (f64, f64),
    /// Baseline of the input's label, left-aligned.
    pub label: Label,
    /// Baseline of the headcount note, right-aligned.
    pub note: Label,
    /// Bar from the base to the FTE at −20%.
    pub low: Rect,
    /// Bar from the base to the FTE at +20%.
    pub high: Rect,
}

/// The whole chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Tornado {
    /// Width (px).
    pub width: f64,
    /// Height (px).
    pub height: f64,
    /// x of the base FTE (a crisp line).
    pub base_x: f64,
    /// Ticks: FTE value and crisp x.
    pub ticks: Vec<(f64, f64)>,
    /// y of the tick labels' baseline.
    pub ticks_y: f64,
    /// Top and bottom of the grid lines.
    pub grid: (f64, f64),
    /// One row per input shown, in the order given.
    pub rows: Vec<TornadoRow>,
}

/// Lays out the tornado at `width` px around `base_fte` for the first
/// [`TOP_N`] of `swings` (FTE at −20%, FTE at +20%), which the engine sorts
/// largest effect first.
pub fn tornado(base_fte: f64, swings: &[(f64, f64)], width: f64) -> Tornado {
    let width = super::chart_width(width);
    let base = finite(base_fte);
    let shown = &swings[..swings.len().min(TOP_N)];
    let (lo, hi) = shown.iter().fold((base, base), |(lo, hi), (a, b)| {
        let (a, b) = (finite(*a), finite(*b));
        (lo.min(a).min(b), hi.max(a).max(b))
    });
    let max_ticks = ((width - 2.0 * SIDE) / 70.0).max(2.0) as usize;
    let values = nice_ticks(lo, hi, max_ticks);
    let first = values.first().copied().unwrap_or(0.0);
    let last = values.last().copied().unwrap_or(1.0);
    let x = Linear::new((first, last), (SIDE, width - SIDE));
    let base_x = crisp(x.map(base));
    let rows: Vec<TornadoRow> = shown
        .iter()
        .enumerate()
        .map(|(i, (a, b))| {
            let top = AXIS + i as f64 * ROW;
            let bar_y = top + 18.0;
            let text_y = top + 13.0;
            let edge = base_x - 0.5;
            TornadoRow {
                fte: (finite(*a), finite(*b)),
                label: Label {
                    x: SIDE,
                    y: text_y,
                    anchor: Anchor::Start,
                    inside: false,
                },
                note: Label {
                    x: width - SIDE,
                    y: text_y,
                    anchor: Anchor::End,
                    inside: false,
                },
                low: Rect::between(edge, snap(x.map(*a)), bar_y, BAR),
                high: Rect::between(edge, snap(x.map(*b)), bar_y, BAR),
            }
        })
        .collect();
    let bottom = AXIS + rows.len() as f64 * ROW + 4.0;
    Tornado {
        width,
        height: bottom,
        base_x,
        ticks: values.iter().map(|v| (*v, crisp(x.map(*v)))).collect(),
        ticks_y: 12.0,
        grid: (AXIS - 4.0, bottom - 2.0),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn bars_grow_from_the_base() {
        let t = tornado(5.47, &[(6.84, 4.56), (4.82, 6.12)], 600.0);
        assert_eq!(t.rows.len(), 2);
        let r = &t.rows[0];
        // −20% hours per week needs more people: its bar goes right of the base.
        assert_eq!(r.low.x, t.base_x - 0.5);
        assert_eq!(r.high.right(), t.base_x - 0.5);
        assert!(t.ticks.first().unwrap().0 <= 4.56 && t.ticks.last().unwrap().0 >= 6.84);
    }

    #[test]
    fn at_most_ten_rows_and_nothing_to_show() {
        let many = vec![(1.0, 2.0); 30];
        assert_eq!(tornado(1.5, &many, 600.0).rows.len(), TOP_N);
        let t = tornado(0.0, &[], 600.0);
        assert!(t.rows.is_empty() && t.base_x.is_finite() && t.height > 0.0);
        let t = tornado(f64::NAN, &[(f64::INFINITY, f64::NAN)], 600.0);
        assert!(t.rows[0].low.width.is_finite() && t.base_x.is_finite());
    }

    proptest! {
        #[test]
        fn bars_stay_inside(base in 0.0f64..1e4, swings in proptest::collection::vec((0.0f64..1e4, 0.0f64..1e4), 0..20), width in 0.0f64..1600.0) {
            let t = tornado(base, &swings, width);
            for r in &t.rows {
                for bar in [r.low, r.high] {
                    prop_assert!(bar.x >= 0.0 && bar.right() <= t.width);
                    // Every bar touches the base line.
                    prop_assert!(bar.x == t.base_x - 0.5 || bar.right() == t.base_x - 0.5);
                }
            }
            prop_assert!(t.ticks.windows(2).all(|w| w[0].1 < w[1].1));
        }
    }
}
