//! The histogram of people needed over a range analysis's samples: one bar
//! per whole number of people, its height the share of samples that
//! needed that many, with the P10 to P90 span marked under the bars and
//! today's team as a line.

use super::svg::crisp;
use super::{chart_width, finite, Anchor, Label, Linear, Rect};
use crate::model::uncertainty::PeopleCount;
use crate::model::uncertainty::MAX_COUNTED;

/// Height of the bars' area (px).
pub const PLOT: f64 = 120.0;
/// Space above the bars for the share labels (px).
const TOP: f64 = 18.0;
/// Space under the bars for the people labels and the P10 to P90 span (px).
const BOTTOM: f64 = 44.0;
/// Side margins (px).
const SIDE: f64 = 10.0;
/// Most bars: a wider spread is drawn in groups of people per bar.
pub const MAX_BARS: usize = 40;

/// One bar: people needed and the share of samples.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// The fewest and most people the bar counts (the same for one number).
    pub people: (u32, u32),
    /// Share of samples (0 to 1).
    pub share: f64,
    /// The bar.
    pub rect: Rect,
    /// Where its people label goes (under the bar), if there is room.
    pub label: Option<Label>,
    /// Whether the bar lies within P10 to P90.
    pub inside: bool,
}

/// The whole chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Histogram {
    /// Width (px).
    pub width: f64,
    /// Height (px).
    pub height: f64,
    /// The bars, fewest people first.
    pub bars: Vec<Bar>,
    /// The P10 to P90 span under the bars: from, to and y (a line).
    pub span: (f64, f64, f64),
    /// Where the span's words go.
    pub span_label: Label,
    /// The P50 mark: x, and the top and bottom of its line.
    pub median: (f64, f64, f64),
    /// Today's team as a line (x), when it is entered.
    pub today: Option<f64>,
}

/// Lays out the histogram of `counts` at `width` px, with P10, P50 and P90
/// of people (`p`) and today's team of `today` people (0: none entered).
pub fn histogram(counts: &[PeopleCount], p: (f64, f64, f64), today: f64, width: f64) -> Histogram {
    let width = chart_width(width);
    let height = TOP + PLOT + BOTTOM;
    // Today's team is drawn inside the chart: the numbers reach it.
    let counts = &reaching(counts, today);
    let total: usize = counts.iter().map(|c| c.samples).sum();
    // Group neighbouring numbers so no more than MAX_BARS bars are drawn.
    let per = counts.len().div_ceil(MAX_BARS).max(1);
    let groups: Vec<(u32, u32, usize)> = counts
        .chunks(per)
        .map(|g| {
            let first = g.first().map_or(0, |c| c.people);
            let last = g.last().map_or(0, |c| c.people);
            (first, last, g.iter().map(|c| c.samples).sum())
        })
        .collect();
    let n = groups.len().max(1) as f64;
    let slot = (width - 2.0 * SIDE) / n;
    let tallest = groups.iter().map(|g| g.2).max().unwrap_or(0).max(1) as f64;
    let y = Linear::new((0.0, tallest), (TOP + PLOT, TOP));
    let first = groups.first().map_or(0.0, |g| f64::from(g.0));
    // x of a number of people: the middle of its bar.
    let x_of = |people: f64| SIDE + ((finite(people) - first) / per as f64 + 0.5) * slot;
    let every = (28.0 / slot).ceil().max(1.0) as usize;
    let bars = groups
        .iter()
        .enumerate()
        .map(|(k, &(lo, hi, samples))| {
            let left = SIDE + k as f64 * slot;
            let top = y.map(samples as f64);
            Bar {
                people: (lo, hi),
                share: samples as f64 / total.max(1) as f64,
                rect: Rect::new(left + 1.0, top, slot - 2.0, TOP + PLOT - top),
                label: (k % every == 0).then_some(Label {
                    x: left + slot / 2.0,
                    y: TOP + PLOT + 14.0,
                    anchor: Anchor::Middle,
                    inside: false,
                }),
                inside: f64::from(hi) >= p.0 && f64::from(lo) <= p.2,
            }
        })
        .collect();
    let span_y = crisp(TOP + PLOT + 26.0);
    let (from, to) = (x_of(p.0), x_of(p.2));
    Histogram {
        width,
        height,
        bars,
        span: (from, to, span_y),
        span_label: Label {
            x: (from + to) / 2.0,
            y: span_y + 14.0,
            anchor: Anchor::Middle,
            inside: false,
        },
        median: (crisp(x_of(p.1)), TOP, TOP + PLOT),
        today: (today > 0.0).then(|| crisp(x_of(today))),
    }
}

/// `counts` with zero bars added so they reach `today` people (whole, when
/// entered and finite).
fn reaching(counts: &[PeopleCount], today: f64) -> Vec<PeopleCount> {
    let mut out = counts.to_vec();
    let (Some(first), Some(last)) = (counts.first(), counts.last()) else {
        return out;
    };
    if !(today.is_finite() && today > 0.0) {
        return out;
    }
    let today = today.round().min(f64::from(u32::MAX)) as u32;
    // Today's team far from the samples is not reached: a bar per number
    // in between would be millions of bars.
    if today
        .abs_diff(first.people)
        .min(today.abs_diff(last.people))
        > MAX_COUNTED
    {
        return out;
    }
    let zero = |people| PeopleCount { people, samples: 0 };
    if today < first.people {
        out.splice(0..0, (today..first.people).map(zero));
    } else if today > last.people {
        out.extend((last.people + 1..=today).map(zero));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(from: u32, samples: &[usize]) -> Vec<PeopleCount> {
        samples
            .iter()
            .enumerate()
            .map(|(k, s)| PeopleCount {
                people: from + k as u32,
                samples: *s,
            })
            .collect()
    }

    #[test]
    fn bars_are_as_tall_as_their_share_and_the_span_covers_p10_to_p90() {
        let h = histogram(&counts(6, &[10, 50, 40]), (6.0, 7.0, 8.0), 6.0, 600.0);
        assert_eq!(h.bars.len(), 3);
        let shares: Vec<f64> = h.bars.iter().map(|b| b.share).collect();
        assert_eq!(shares, [0.1, 0.5, 0.4]);
        // The tallest bar fills the plot; the others in proportion.
        assert_eq!(h.bars[1].rect.height, PLOT);
        assert!((h.bars[0].rect.height - PLOT / 5.0).abs() < 1e-9);
        let mid = |b: &Bar| b.rect.x + b.rect.width / 2.0;
        assert!((h.span.0 - mid(&h.bars[0])).abs() < 1.0);
        assert!((h.span.1 - mid(&h.bars[2])).abs() < 1.0);
        assert!((h.median.0 - mid(&h.bars[1])).abs() < 1.0);
        assert!((h.today.unwrap() - mid(&h.bars[0])).abs() < 1.0);
        assert!(h.bars.iter().all(|b| b.inside));
    }

    #[test]
    fn todays_team_below_every_sample_is_still_inside_the_chart() {
        let h = histogram(&counts(7, &[30, 70]), (7.0, 8.0, 8.0), 5.0, 400.0);
        assert_eq!(h.bars.len(), 4, "5 and 6 people added, with no samples");
        assert_eq!(h.bars[0].people, (5, 5));
        assert_eq!(h.bars[0].share, 0.0);
        let x = h.today.unwrap();
        assert!(x > 0.0 && x < h.bars[1].rect.x, "{x}");
    }

    #[test]
    fn a_wide_spread_is_grouped_and_nothing_is_nan() {
        let many: Vec<usize> = (0..200).map(|k| k % 7).collect();
        let h = histogram(&counts(10, &many), (50.0, 100.0, 150.0), 0.0, 360.0);
        assert!(h.bars.len() <= MAX_BARS);
        assert_eq!(h.bars[0].people, (10, 14));
        assert!(h.today.is_none());
        let empty = histogram(&[], (f64::NAN, 0.0, 0.0), 0.0, f64::NAN);
        assert!(empty.bars.is_empty());
        assert!(empty.span.0.is_finite() && empty.median.0.is_finite());
    }
}
