//! The tier pyramid: each tier's share of customers (bars to the left)
//! against its share of ARR (bars to the right), top tier on top.

use super::svg::snap;
use super::{positive, Anchor, Label, Linear, Rect};

/// Height of the header row holding the two side titles (px).
pub const HEADER: f64 = 26.0;
/// Height of one tier's row (px).
pub const ROW: f64 = 30.0;
/// Height of a bar (px).
pub const BAR: f64 = 20.0;
/// Room kept beside each bar for its percentage label (px).
const LABEL_ROOM: f64 = 44.0;

/// One tier's row.
#[derive(Clone, Debug, PartialEq)]
pub struct PyramidRow {
    /// Share of all customers (%).
    pub customers_pct: f64,
    /// Share of all ARR (%).
    pub arr_pct: f64,
    /// The customers bar, growing left from the name column.
    pub customers_bar: Rect,
    /// The ARR bar, growing right from the name column.
    pub arr_bar: Rect,
    /// Where the customers percentage goes.
    pub customers_label: Label,
    /// Where the ARR percentage goes.
    pub arr_label: Label,
    /// Centre of the tier name.
    pub name: Label,
}

/// The whole chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Pyramid {
    /// Width (px).
    pub width: f64,
    /// Height (px).
    pub height: f64,
    /// Width of the centre column that holds the tier names (px).
    pub name_width: f64,
    /// Title of the left side ("Share of customers").
    pub left_title: Label,
    /// Title of the right side ("Share of ARR").
    pub right_title: Label,
    /// x of the left bars' common edge (a crisp line).
    pub left_axis: f64,
    /// x of the right bars' common edge (a crisp line).
    pub right_axis: f64,
    /// One row per tier, in the tiers' order (top tier first).
    pub rows: Vec<PyramidRow>,
}

/// Shares of `values` in percent of their sum (0 each when the sum is 0).
pub fn shares(values: &[f64]) -> Vec<f64> {
    let total: f64 = values.iter().map(|v| positive(*v)).sum();
    values
        .iter()
        .map(|v| {
            if total > 0.0 && total.is_finite() {
                positive(*v) / total * 100.0
            } else {
                0.0
            }
        })
        .collect()
}

/// Lays out the pyramid for tiers with `customers` and `arr` (same length;
/// extra entries of the longer one are ignored) at `width` px.
pub fn pyramid(customers: &[f64], arr: &[f64], width: f64) -> Pyramid {
    let width = super::chart_width(width);
    let n = customers.len().min(arr.len());
    let c = shares(&customers[..n]);
    let a = shares(&arr[..n]);
    let name_width = snap(crate::float::clamp(width * 0.26, 84.0, 170.0));
    let side = snap((width - name_width) / 2.0);
    let left_axis = side;
    let right_axis = side + name_width;
    let longest = c.iter().chain(&a).fold(0.0_f64, |m, v| m.max(*v));
    // One scale for both sides, so a bar's length compares across the centre.
    let scale = Linear::new((0.0, longest.max(1.0)), (0.0, side - LABEL_ROOM));
    let rows = (0..n)
        .map(|i| {
            let top = HEADER + i as f64 * ROW + (ROW - BAR) / 2.0;
            let baseline = top + BAR / 2.0 + 4.0;
            let lc = snap(scale.map_clamped(c[i]));
            let la = snap(scale.map_clamped(a[i]));
            PyramidRow {
                customers_pct: c[i],
                arr_pct: a[i],
                customers_bar: Rect::new(left_axis - lc, top, lc, BAR),
                arr_bar: Rect::new(right_axis, top, la, BAR),
                customers_label: Label {
                    x: left_axis - lc - 6.0,
                    y: baseline,
                    anchor: Anchor::End,
                    inside: false,
                },
                arr_label: Label {
                    x: right_axis + la + 6.0,
                    y: baseline,
                    anchor: Anchor::Start,
                    inside: false,
                },
                name: Label {
                    x: snap(width / 2.0),
                    y: baseline,
                    anchor: Anchor::Middle,
                    inside: false,
                },
            }
        })
        .collect();
    Pyramid {
        width,
        height: HEADER + n as f64 * ROW + 6.0,
        name_width,
        // Titles at the outer edges: they fit even on a phone.
        left_title: Label {
            x: 0.0,
            y: 16.0,
            anchor: Anchor::Start,
            inside: false,
        },
        right_title: Label {
            x: width,
            y: 16.0,
            anchor: Anchor::End,
            inside: false,
        },
        left_axis,
        right_axis,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn default_tiers() {
        // 40 / 200 / 1,000 customers; 6M / 5M / 3M ARR.
        let p = pyramid(&[40.0, 200.0, 1000.0], &[6e6, 5e6, 3e6], 600.0);
        assert_eq!(p.rows.len(), 3);
        let r = &p.rows;
        assert!((r[2].customers_pct - 1000.0 / 1240.0 * 100.0).abs() < 1e-9);
        assert!((r[0].arr_pct - 6.0 / 14.0 * 100.0).abs() < 1e-9);
        // The largest share gets the longest bar; bars meet the name column.
        assert!(r[2].customers_bar.width > r[0].customers_bar.width);
        assert_eq!(r[0].customers_bar.right(), p.left_axis);
        assert_eq!(r[0].arr_bar.x, p.right_axis);
        // Rows go down in order: top tier on top.
        assert!(r[0].customers_bar.y < r[1].customers_bar.y);
        assert!(p
            .rows
            .iter()
            .all(|r| r.customers_bar.x >= 0.0 && r.arr_bar.right() <= p.width));
    }

    #[test]
    fn no_tiers_and_no_customers() {
        let p = pyramid(&[], &[], 600.0);
        assert!(p.rows.is_empty() && p.height > 0.0);
        let p = pyramid(&[0.0, 0.0], &[0.0, f64::NAN], 10.0);
        assert!(p
            .rows
            .iter()
            .all(|r| r.customers_bar.width == 0.0 && r.arr_pct == 0.0));
    }

    proptest! {
        #[test]
        fn shares_add_to_100_and_bars_fit(values in proptest::collection::vec((0.0f64..1e9, 0.0f64..1e12), 1..7), width in 0.0f64..2000.0) {
            let (c, a): (Vec<f64>, Vec<f64>) = values.into_iter().unzip();
            let p = pyramid(&c, &a, width);
            let sum: f64 = p.rows.iter().map(|r| r.customers_pct).sum();
            if c.iter().sum::<f64>() > 0.0 { prop_assert!((sum - 100.0).abs() < 1e-6) }
            for r in &p.rows {
                prop_assert!(r.customers_bar.x >= 0.0);
                prop_assert!(r.arr_bar.right() <= p.width);
                prop_assert!(r.customers_label.x.is_finite() && r.arr_label.x.is_finite());
            }
        }
    }
}
