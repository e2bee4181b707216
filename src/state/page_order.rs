//! Which comes first on the page: the inputs (to build a plan) or the plan
//! (to read one). A link opened on a phone puts the plan first: its
//! reader came for the answer, which would otherwise start thousands of
//! pixels down, after every input.

/// The widest window (CSS px) laid out in one column; `style/main.css`'s
/// media query uses the same width (a test checks it).
pub const ONE_COLUMN_MAX_PX: f64 = 1100.0;

/// The order of the page's two columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageOrder {
    /// The inputs, then the plan (side by side on a wide window).
    InputsFirst,
    /// The plan, then the customer list and the inputs (one column).
    PlanFirst,
}

impl PageOrder {
    /// The order of a page opened `from_link` (the address holds a plan)
    /// in a window `width` CSS px wide. Decided once, when the page
    /// opens, so that nothing moves under the reader afterwards.
    pub fn of(from_link: bool, width: f64) -> PageOrder {
        if from_link && width.is_finite() && width > 0.0 && width <= ONE_COLUMN_MAX_PX {
            PageOrder::PlanFirst
        } else {
            PageOrder::InputsFirst
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_on_a_phone_opens_on_the_plan() {
        assert_eq!(PageOrder::of(true, 375.0), PageOrder::PlanFirst);
        assert_eq!(PageOrder::of(true, 1100.0), PageOrder::PlanFirst);
        // Two columns: the plan is beside the inputs already.
        assert_eq!(PageOrder::of(true, 1101.0), PageOrder::InputsFirst);
        // The bare address is for building a plan.
        assert_eq!(PageOrder::of(false, 375.0), PageOrder::InputsFirst);
        // A width the browser could not tell keeps the usual order.
        assert_eq!(PageOrder::of(true, f64::NAN), PageOrder::InputsFirst);
        assert_eq!(PageOrder::of(true, 0.0), PageOrder::InputsFirst);
    }

    #[test]
    fn the_stylesheet_goes_to_one_column_at_the_same_width() {
        let css = include_str!("../../style/main.css");
        let rule = " { .layout { grid-template-columns: minmax(0, 1fr); } }";
        let end = css.find(rule).expect("the one-column rule of .layout");
        let query = &css[..end];
        let start = query.rfind("(max-width: ").expect("its media query") + "(max-width: ".len();
        let width: f64 = query[start..]
            .trim_end_matches("px)")
            .parse()
            .expect("a width in px");
        assert_eq!(width, ONE_COLUMN_MAX_PX);
    }
}
