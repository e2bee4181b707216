//! People by role, one horizontal bar per role the plan has people in:
//! the small chart of the blog snippet (the page's own comparison draws
//! its roles stacked, one column per scenario).

use super::markup::{Element, Markup};
use super::text::{fit, width as text_width};
use super::{Anchor, Label, Rect};
use crate::model::format::num;
use crate::model::{Role, Totals};

/// Height of one role's row (px).
const ROW: f64 = 26.0;
/// Height of a bar (px).
const BAR: f64 = 16.0;
/// Width of the role names' column (px).
const NAMES: f64 = 130.0;

/// Each role with people, in the page's order (CSMs, associates, pooled
/// CSMs, partners, then managers): its plural label, its count and the
/// class that colours it.
pub fn people_by_role(totals: &Totals) -> Vec<(&'static str, u32, &'static str)> {
    let h = &totals.heads;
    [
        (Role::Csm, "CSMs", "chart__role-csm"),
        (Role::Associate, "Associates", "chart__role-associate"),
        (Role::Pooled, "Pooled CSMs", "chart__role-pooled"),
        (Role::Partner, "Partners", "chart__role-partner"),
    ]
    .into_iter()
    .map(|(role, label, class)| (label, h.get(role), class))
    .chain(std::iter::once((
        "Managers",
        h.managers,
        "chart__role-managers",
    )))
    .filter(|(_, n, _)| *n > 0)
    .collect()
}

/// The chart of `totals`' people by role at `width` px: a bar per role,
/// its length to scale with the largest, the count after it.
pub fn roles_chart(totals: &Totals, width: f64) -> Element {
    let rows = people_by_role(totals);
    let width = super::chart_width(width);
    let height = ROW * rows.len().max(1) as f64 + 4.0;
    let desc = if rows.is_empty() {
        "No people needed.".to_string()
    } else {
        rows.iter()
            .map(|(label, n, _)| format!("{label}: {}", num(f64::from(*n))))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut m = Markup::svg("people-by-role", width, height, "People by role", &desc);
    let most = rows.iter().map(|r| r.1).max().unwrap_or(1).max(1);
    let room = (width - NAMES - text_width(&num(f64::from(most)), 12.0) - 12.0).max(10.0);
    for (i, (label, n, class)) in rows.iter().enumerate() {
        let top = 2.0 + ROW * i as f64;
        let middle = top + ROW / 2.0 + 4.0;
        m.text(
            &Label {
                x: 0.0,
                y: middle,
                anchor: Anchor::Start,
                inside: false,
            },
            "chart__name",
            &fit(label, 12.0, NAMES - 8.0),
        );
        let length = room * f64::from(*n) / f64::from(most);
        m.rect(
            &Rect::new(NAMES, top + (ROW - BAR) / 2.0, length, BAR),
            class,
        );
        m.text(
            &Label {
                x: NAMES + length + 6.0,
                y: middle,
                anchor: Anchor::Start,
                inside: false,
            },
            "chart__value",
            &num(f64::from(*n)),
        );
    }
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{report, Scenario};

    #[test]
    fn a_bar_per_role_with_people_to_scale() {
        let r = report(&Scenario::default());
        let t = &r.plan.totals;
        let rows = people_by_role(t);
        let total: u32 = rows.iter().map(|r| r.1).sum();
        assert_eq!(total, t.headcount, "every person is in a bar");
        let svg = roles_chart(t, 500.0);
        let bars: Vec<&Element> = svg
            .descendants()
            .into_iter()
            .filter(|e| e.tag == "rect")
            .collect();
        assert_eq!(bars.len(), rows.len());
        let widths: Vec<f64> = bars
            .iter()
            .map(|b| b.get("width").unwrap().parse().unwrap())
            .collect();
        let most = rows.iter().map(|r| r.1).max().unwrap();
        for ((_, n, _), w) in rows.iter().zip(&widths) {
            let want = widths.iter().cloned().fold(0.0, f64::max) * f64::from(*n) / f64::from(most);
            assert!((w - want).abs() < 0.2, "{w} vs {want}");
        }
        assert!(svg.text().contains("CSMs"));
    }

    #[test]
    fn no_people_draws_no_bar_and_says_so() {
        let mut t = report(&Scenario::default()).plan.totals;
        t.heads = Default::default();
        let svg = roles_chart(&t, 500.0);
        assert!(svg.descendants().iter().all(|e| e.tag != "rect"));
        assert!(svg.text().contains("No people needed."));
    }
}
