//! Chart geometry: scales, nice ticks, stacking, bar rectangles and label
//! placement for the page's charts. Plain Rust (no `yew`, no `web_sys`),
//! tested natively; `ui::charts` only turns these shapes into SVG elements.
//!
//! Every coordinate this module returns is finite, whatever the input (empty
//! plans, zero customers, NaN from a broken input): degenerate domains map to
//! the start of the range and non-finite values count as zero.
//!
//! - [`scale`]: linear scales and [`ticks`]: increasing 1-2-5 ticks covering a domain.
//! - [`stack`]: proportional segments that sum exactly to a bar's length.
//! - [`svg`]: coordinates as short text (one decimal, integer arithmetic) and
//!   half-pixel snapping for crisp 1 px lines.
//! - [`markup`]: the SVG as a tree of elements (text kept as text), never NaN.
//! - [`text`]: label width estimates for placing labels inside or beside bars.
//! - One layout per chart: [`pyramid`], [`year`], [`timeline`], [`tornado`], [`bullet`],
//!   the comparison's [`compare`], the years ahead's [`outlook`]
//!   and [`people`] (the histogram of people needed over a range analysis).

pub mod bullet;
pub mod compare;
pub mod markup;
pub mod outlook;
pub mod people;
pub mod pyramid;
pub mod roles;
pub mod scale;
pub mod stack;
pub mod standalone;
pub mod svg;
pub mod text;
pub mod ticks;
pub mod timeline;
pub mod tornado;
pub mod year;

pub use scale::Linear;
pub use stack::{stack, Segment};
pub use ticks::nice_ticks;

/// `value` if it is finite, else 0.
pub fn finite(value: f64) -> f64 {
    if value.is_finite() {
        value
    } else {
        0.0
    }
}

/// `value` if it is finite and positive, else 0.
pub fn positive(value: f64) -> f64 {
    if value.is_finite() && value > 0.0 {
        value
    } else {
        0.0
    }
}

/// A rectangle in SVG user units (pixels at the chart's own width).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width (≥ 0).
    pub width: f64,
    /// Height (≥ 0).
    pub height: f64,
}

impl Rect {
    /// A rectangle from its left, top, width and height; a negative or
    /// non-finite size becomes 0, a non-finite position 0.
    pub fn new(x: f64, y: f64, width: f64, height: f64) -> Rect {
        Rect {
            x: finite(x),
            y: finite(y),
            width: positive(width),
            height: positive(height),
        }
    }

    /// The rectangle between `a` and `b` along x (in either order), from `y`
    /// with `height`.
    pub fn between(a: f64, b: f64, y: f64, height: f64) -> Rect {
        let (a, b) = (finite(a), finite(b));
        Rect::new(a.min(b), y, (b - a).abs(), height)
    }

    /// Right edge.
    pub fn right(&self) -> f64 {
        self.x + self.width
    }
}

/// Horizontal anchor of a text label, as SVG's `text-anchor`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// `start`: the text begins at x.
    Start,
    /// `middle`: the text is centred on x.
    Middle,
    /// `end`: the text ends at x.
    End,
}

impl Anchor {
    /// The SVG `text-anchor` value.
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// Where a value label goes: its position, its anchor and whether it sits
/// inside a bar (and so needs the contrasting text colour).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Label {
    /// x of the anchor.
    pub x: f64,
    /// Baseline y.
    pub y: f64,
    /// How the text hangs from x.
    pub anchor: Anchor,
    /// True when the label is drawn on top of the bar.
    pub inside: bool,
}

/// Chart widths the layouts accept (px): narrower or wider widths are clamped.
pub const MIN_WIDTH: f64 = 280.0;
/// See [`MIN_WIDTH`].
pub const MAX_WIDTH: f64 = 1200.0;

/// `width` clamped into [`MIN_WIDTH`]..=[`MAX_WIDTH`] and made whole; a
/// non-finite width gives [`MIN_WIDTH`].
pub fn chart_width(width: f64) -> f64 {
    if width.is_finite() {
        crate::float::clamp(width, MIN_WIDTH, MAX_WIDTH).floor()
    } else {
        MIN_WIDTH
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rects_never_hold_negative_or_non_finite_sizes() {
        let r = Rect::new(f64::NAN, 2.0, -3.0, f64::INFINITY);
        assert_eq!(r, Rect::new(0.0, 2.0, 0.0, 0.0));
        let r = Rect::between(10.0, 4.0, 0.0, 5.0);
        assert_eq!((r.x, r.width, r.right()), (4.0, 6.0, 10.0));
    }

    #[test]
    fn widths_are_clamped_and_whole() {
        assert_eq!(chart_width(f64::NAN), MIN_WIDTH);
        assert_eq!(chart_width(0.0), MIN_WIDTH);
        assert_eq!(chart_width(617.6), 617.0);
        assert_eq!(chart_width(1e9), MAX_WIDTH);
    }
}
