//! The three-year outlook's small chart: one bar per fiscal year, its
//! height the yearly cost the plan needs at the year's end, labelled with
//! the cost and its share of ARR.

use super::markup::{Element, Markup};
use super::{Anchor, Label, Rect};
use crate::model::format::{money_short, pct};
use crate::model::outlook::OutlookYear;

/// The drawing's size in its own units (it scales to its container).
pub const WIDTH: f64 = 360.0;
/// Height of the drawing.
pub const HEIGHT: f64 = 180.0;
const TOP: f64 = 28.0;
const BOTTOM: f64 = 36.0;

/// The bar of one year: its height = cost ÷ the largest year's cost × the
/// plot's height (px); `None` for a year without cost.
pub fn bar(cost: f64, largest: f64, x: f64, width: f64) -> Option<Rect> {
    let plot = HEIGHT - TOP - BOTTOM;
    if !(cost.is_finite() && cost > 0.0 && largest > 0.0) {
        return None;
    }
    let height = plot * (cost / largest).min(1.0);
    Some(Rect {
        x,
        y: HEIGHT - BOTTOM - height,
        width,
        height,
    })
}

/// The chart of `years` in `currency`.
pub fn outlook_chart(years: &[OutlookYear], currency: &str) -> Element {
    let desc = years
        .iter()
        .map(|y| format!("FY{}: {}", y.fiscal_year, money_short(y.cost, currency)))
        .collect::<Vec<_>>()
        .join("; ");
    let mut m = Markup::svg(
        "chart-outlook-svg",
        WIDTH,
        HEIGHT,
        "Yearly cost, fiscal years 1 to 3",
        &desc,
    );
    let largest = years.iter().map(|y| y.cost).fold(0.0, f64::max);
    let slot = WIDTH / years.len().max(1) as f64;
    let width = (slot * 0.5).min(90.0);
    m.line(0.0, HEIGHT - BOTTOM, WIDTH, HEIGHT - BOTTOM, "chart__base");
    for (i, y) in years.iter().enumerate() {
        let centre = slot * (i as f64 + 0.5);
        let share = y.cost_pct_of_arr.map(|p| format!(" · {} of ARR", pct(p)));
        m.group(
            "",
            &format!(
                "FY{}: {}{}",
                y.fiscal_year,
                money_short(y.cost, currency),
                share.clone().unwrap_or_default()
            ),
        );
        let top = match bar(y.cost, largest, centre - width / 2.0, width) {
            Some(r) => {
                m.rect(&r, "chart__arr");
                r.y
            }
            None => HEIGHT - BOTTOM,
        };
        let at = |y: f64| Label {
            x: centre,
            y,
            anchor: Anchor::Middle,
            inside: false,
        };
        m.text(
            &at(top - 6.0),
            "chart__value--strong",
            &money_short(y.cost, currency),
        );
        m.text(
            &at(HEIGHT - BOTTOM + 15.0),
            "chart__name",
            &format!("FY{}", y.fiscal_year),
        );
        if let Some(p) = y.cost_pct_of_arr {
            m.text(
                &at(HEIGHT - BOTTOM + 30.0),
                "chart__tick",
                &format!("{} of ARR", pct(p)),
            );
        }
        m.end_group();
    }
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fiscal::YearMonth;
    use crate::model::fiscal_view::fiscal_view;
    use crate::model::Scenario;

    #[test]
    fn bars_scale_to_the_largest_year_and_skip_empty_ones() {
        let plot = HEIGHT - TOP - BOTTOM;
        let b = bar(50.0, 100.0, 10.0, 20.0).unwrap();
        assert_eq!(b.height, plot / 2.0);
        assert_eq!(b.y + b.height, HEIGHT - BOTTOM);
        assert!(bar(0.0, 100.0, 0.0, 1.0).is_none());
        assert!(bar(f64::NAN, 100.0, 0.0, 1.0).is_none());
    }

    #[test]
    fn the_chart_names_each_fiscal_year_and_its_cost() {
        let v = fiscal_view(
            &Scenario::default(),
            YearMonth {
                year: 2027,
                month: 1,
            },
        );
        let svg = outlook_chart(&v.outlook, "USD");
        let text = svg.text();
        for y in &v.outlook {
            assert!(text.contains(&format!("FY{}", y.fiscal_year)), "{text}");
            assert!(text.contains(&money_short(y.cost, "USD")), "{text}");
        }
        let bars = svg
            .descendants()
            .into_iter()
            .filter(|e| e.tag == "rect")
            .count();
        assert_eq!(bars, 3);
    }
}
