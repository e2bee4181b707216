//! The plan's calendar: the month it starts in and the month its fiscal
//! year starts in, so that month 1 of the timeline reads as a real month
//! and the budget falls into fiscal quarters.

use serde::{Deserialize, Serialize};

use super::format::parse_month;

/// When the plan starts, and when its fiscal year does: the scenario's
/// `calendar` member.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Calendar {
    /// The plan's first month as `YYYY-MM`. Empty in a plan that has none
    /// yet (the default scenario, and every link made before the calendar
    /// existed): the page starts such a plan in the month it is opened and
    /// stores that month from the first change, so a plan's months are
    /// never inferred from the day a link is read.
    pub start: String,
    /// The calendar month (1 = January to 12) the fiscal year starts in.
    pub fiscal_year_start_month: u32,
}

impl Default for Calendar {
    fn default() -> Self {
        Self {
            start: String::new(),
            fiscal_year_start_month: 1,
        }
    }
}

impl Calendar {
    /// The start month as (year, month 1 to 12), or `None` when the plan
    /// has none or it is not a month.
    pub fn start_month(&self) -> Option<(u32, u32)> {
        parse_month(&self.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_is_read_as_a_month_or_not_at_all() {
        let mut c = Calendar::default();
        assert_eq!(c.start_month(), None);
        c.start = "2027-04".into();
        assert_eq!(c.start_month(), Some((2027, 4)));
        c.start = "2027-13".into();
        assert_eq!(c.start_month(), None);
    }
}
