//! The rows a virtualized table renders for a scroll position: only the
//! visible rows and a few more above and below (the overscan), so a list of
//! 100,000 or 1,000,000 accounts scrolls as fast as a list of twenty.
//!
//! Every row has the same height. Browsers cap the height of an element
//! (about 33.5 million px in Chromium, 17.9 million in Firefox), so past
//! [`MAX_CONTENT_PX`] the scroll position is scaled: the scroll bar's range
//! maps onto the rows instead of one pixel per pixel.

/// Height of one row of the review table (px); the stylesheet uses the same.
pub const ROW_PX: f64 = 40.0;
/// Rows rendered above and below the visible ones.
pub const OVERSCAN: usize = 6;
/// The tallest scrollable content used (px), safely under every browser's cap.
pub const MAX_CONTENT_PX: f64 = 8_000_000.0;

/// What to render for one scroll position.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Window {
    /// First row rendered (index into the list being shown).
    pub first: usize,
    /// One past the last row rendered.
    pub end: usize,
    /// Offset of the first rendered row from the top of the content (px).
    pub top_px: f64,
    /// Height of the whole scrollable content (px).
    pub content_px: f64,
}

impl Window {
    /// Number of rows rendered.
    pub fn len(&self) -> usize {
        self.end - self.first
    }

    /// True when no row is rendered.
    pub fn is_empty(&self) -> bool {
        self.end == self.first
    }
}

/// The rows to render for a list of `total` rows of `row_px` each, scrolled
/// to `scroll_top` (px) in a viewport `viewport_px` high, with `overscan`
/// extra rows either side.
///
/// - Unscaled (content = total × row height ≤ [`MAX_CONTENT_PX`]): the first
///   visible row is ⌊scroll_top ÷ row height⌋.
/// - Scaled: the first visible row is
///   round(scroll_top ÷ (content − viewport) × (total − visible rows)), drawn
///   at the top of the viewport.
///
/// Any scroll position (negative, past the end, NaN) gives a valid window.
pub fn window(
    total: usize,
    scroll_top: f64,
    viewport_px: f64,
    row_px: f64,
    overscan: usize,
) -> Window {
    let row_px = if row_px.is_finite() && row_px > 0.0 {
        row_px
    } else {
        ROW_PX
    };
    let viewport_px = if viewport_px.is_finite() && viewport_px > 0.0 {
        viewport_px
    } else {
        row_px
    };
    let full_px = total as f64 * row_px;
    let content_px = full_px.min(MAX_CONTENT_PX);
    let scroll_top = if scroll_top.is_finite() {
        crate::float::clamp(scroll_top, 0.0, (content_px - viewport_px).max(0.0))
    } else {
        0.0
    };
    let visible = (viewport_px / row_px).ceil() as usize + 1;
    let (first_visible, row_top) = if full_px <= MAX_CONTENT_PX {
        let first = (scroll_top / row_px).floor() as usize;
        (first, first as f64 * row_px)
    } else {
        let range = (content_px - viewport_px).max(1.0);
        let rows = total.saturating_sub(visible) as f64;
        let first = ((scroll_top / range).min(1.0) * rows).round() as usize;
        (first, scroll_top)
    };
    let first_visible = first_visible.min(total);
    let first = first_visible.saturating_sub(overscan);
    let end = (first_visible + visible + overscan).min(total);
    let top_px = (row_top - (first_visible - first) as f64 * row_px).max(0.0);
    Window {
        first,
        end,
        top_px,
        content_px,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_short_list_renders_whole() {
        let w = window(5, 0.0, 400.0, 40.0, 6);
        assert_eq!((w.first, w.end), (0, 5));
        assert_eq!(w.top_px, 0.0);
        assert_eq!(w.content_px, 200.0);
    }

    #[test]
    fn only_the_visible_rows_and_the_overscan_are_rendered() {
        // 100,000 rows of 40 px, 400 px viewport scrolled to row 1,000.
        let w = window(100_000, 40_000.0, 400.0, 40.0, 6);
        assert_eq!(w.first, 994);
        assert_eq!(w.end, 1000 + 11 + 6);
        assert_eq!(w.top_px, 994.0 * 40.0);
        assert_eq!(w.content_px, 4_000_000.0);
        assert!(w.len() < 30);
    }

    #[test]
    fn a_million_rows_are_scaled_under_the_cap() {
        let total = 1_000_000;
        let top = window(total, 0.0, 400.0, 40.0, 6);
        assert_eq!(top.first, 0);
        assert_eq!(top.content_px, MAX_CONTENT_PX);
        let bottom = window(total, MAX_CONTENT_PX, 400.0, 40.0, 6);
        assert_eq!(bottom.end, total, "the last row is reachable");
        let middle = window(total, (MAX_CONTENT_PX - 400.0) / 2.0, 400.0, 40.0, 6);
        let centre = middle.first + 6;
        assert!((centre as f64 - (total - 11) as f64 / 2.0).abs() < 1.0);
    }

    #[test]
    fn bad_inputs_give_a_valid_window() {
        for (scroll, viewport, row) in [
            (f64::NAN, 400.0, 40.0),
            (-50.0, 400.0, 40.0),
            (1e12, 400.0, 40.0),
            (0.0, f64::INFINITY, 0.0),
            (0.0, -1.0, f64::NAN),
        ] {
            let w = window(1000, scroll, viewport, row, 3);
            assert!(w.first <= w.end && w.end <= 1000);
            assert!(w.top_px.is_finite() && w.content_px.is_finite());
        }
        assert!(window(0, 100.0, 400.0, 40.0, 6).is_empty());
    }

    proptest! {
        #[test]
        fn the_rendered_rows_cover_the_viewport(
            total in 0usize..3_000_000,
            scroll in 0.0f64..10_000_000.0,
            viewport in 40.0f64..2000.0,
        ) {
            let w = window(total, scroll, viewport, ROW_PX, OVERSCAN);
            prop_assert!(w.first <= w.end && w.end <= total);
            prop_assert!(w.content_px <= MAX_CONTENT_PX);
            prop_assert!(w.len() <= (viewport / ROW_PX).ceil() as usize + 1 + 2 * OVERSCAN);
            // The rendered block starts at or above the top of the viewport
            // and reaches its bottom (or the list's end).
            let clamped = scroll.clamp(0.0, (w.content_px - viewport).max(0.0));
            prop_assert!(w.top_px <= clamped + 1e-6);
            let bottom = w.top_px + w.len() as f64 * ROW_PX;
            prop_assert!(w.end == total || bottom >= (clamped + viewport).min(w.content_px) - 1e-6);
        }
    }
}
