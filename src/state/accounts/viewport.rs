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

    /// Height left below the rendered rows of `row_px` each (px) = content
    /// − the rows above them − the rows rendered; never negative.
    pub fn bottom_px(&self, row_px: f64) -> f64 {
        (self.content_px - self.top_px - self.len() as f64 * row_px).max(0.0)
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

/// The rows wholly inside the viewport at a scroll position (the same
/// arguments as [`window`], without the overscan): the rows whose controls
/// take part in the Tab order. Focusing a control scrolls it into view, so
/// were a row partly hidden, or one of the overscan, in the Tab order,
/// each Tab would scroll the table, render the next row and move on to
/// it: forward Tab would walk every row of the list before leaving the
/// table. Rows wholly in view never scroll when focused, so Tab leaves the
/// table after the last of them; the others are reached by scrolling.
pub fn fully_visible(
    total: usize,
    scroll_top: f64,
    viewport_px: f64,
    row_px: f64,
) -> std::ops::Range<usize> {
    /// Rounding of fractional scroll positions (px).
    const SLACK: f64 = 0.5;
    let w = window(total, scroll_top, viewport_px, row_px, 0);
    if w.is_empty() {
        return w.first..w.first;
    }
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
    let top = if scroll_top.is_finite() {
        crate::float::clamp(scroll_top, 0.0, (w.content_px - viewport_px).max(0.0))
    } else {
        0.0
    };
    let bottom = top + viewport_px;
    // Row `k` of the window is drawn from `w.top_px + (k - first) × row`.
    let drawn = |k: usize| w.top_px + (k - w.first) as f64 * row_px;
    let first = (w.first..w.end)
        .find(|&k| drawn(k) >= top - SLACK)
        .unwrap_or(w.end);
    let end = (first..w.end)
        .take_while(|&k| drawn(k) + row_px <= bottom + SLACK)
        .last()
        .map_or(first, |k| k + 1);
    first..end
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
        assert_eq!(w.bottom_px(40.0), 0.0);
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
        // Below: the 100,000 rows less the 994 above and the 23 rendered.
        assert_eq!(w.bottom_px(40.0), (100_000.0 - 994.0 - 23.0) * 40.0);
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

    #[test]
    fn only_rows_wholly_in_view_take_part_in_the_tab_order() {
        // 480 px shows 12 rows of 40 px; scrolled 20 px, rows 1 to 11 are
        // whole and rows 0 and 12 are cut.
        assert_eq!(fully_visible(1000, 0.0, 480.0, 40.0), 0..12);
        assert_eq!(fully_visible(1000, 20.0, 480.0, 40.0), 1..12);
        assert_eq!(fully_visible(1000, 40.0, 480.0, 40.0), 1..13);
        assert_eq!(fully_visible(5, 0.0, 480.0, 40.0), 0..5);
        assert_eq!(fully_visible(0, 0.0, 480.0, 40.0), 0..0);
        // Past the last row and in a scaled list, still whole rows only.
        let end = fully_visible(1000, 1e9, 480.0, 40.0);
        assert_eq!(end, 988..1000);
        let scaled = fully_visible(1_000_000, 4_000_000.0, 480.0, 40.0);
        assert_eq!(scaled.len(), 12);
        for bad in [f64::NAN, -5.0, f64::INFINITY] {
            let r = fully_visible(100, bad, 480.0, 40.0);
            assert!(r.start <= r.end && r.end <= 100);
        }
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
            let clamped = crate::float::clamp(scroll, 0.0, (w.content_px - viewport).max(0.0));
            prop_assert!(w.top_px <= clamped + 1e-6);
            let bottom = w.top_px + w.len() as f64 * ROW_PX;
            prop_assert!(w.end == total || bottom >= (clamped + viewport).min(w.content_px) - 1e-6);
            // The rows in the Tab order are rendered, and wholly in view.
            let tab = fully_visible(total, scroll, viewport, ROW_PX);
            prop_assert!(w.first <= tab.start && tab.end <= w.end.max(tab.start));
            prop_assert!(tab.len() as f64 <= (viewport + 0.5) / ROW_PX + 1e-9);
        }
    }
}
