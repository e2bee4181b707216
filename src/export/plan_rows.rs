//! The per-tier table of a plan as text cells, the way the Markdown
//! summary writes it: one row per tier, then the rows that take the tiers'
//! fractional FTE and cost to the plan's whole people and cost (managers,
//! automation platform, rounding up), then the total. One table for the
//! summary image and the blog snippet.

use crate::model::format::{money, num};
use crate::model::Plan;

/// The columns' headings.
pub const HEAD: [&str; 5] = ["Tier", "Customers", "ARR", "FTE", "Yearly cost"];

/// One row of the table, every figure already written.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanRow {
    /// The tier's name, the part's ("Managers") or "Total".
    pub label: String,
    /// Customers, ARR, FTE and yearly cost (empty where they do not apply).
    pub cells: [String; 4],
    /// Whether this is the total row.
    pub total: bool,
}

/// The rows of `plan`'s per-tier table, tiers first, the total last.
pub fn plan_rows(p: &Plan) -> Vec<PlanRow> {
    let cur = p.currency.as_str();
    let t = &p.totals;
    let mut rows: Vec<PlanRow> = p
        .tiers
        .iter()
        .map(|tier| PlanRow {
            label: tier.name.clone(),
            cells: [
                num(tier.customers),
                money(tier.arr, cur),
                num(tier.fte.total()),
                money(tier.cost, cur),
            ],
            total: false,
        })
        .collect();
    rows.extend(t.reconciliation.parts().into_iter().map(|part| PlanRow {
        label: part.label.to_string(),
        cells: [
            String::new(),
            String::new(),
            part.fte.map(num).unwrap_or_default(),
            money(part.cost, cur),
        ],
        total: false,
    }));
    rows.push(PlanRow {
        label: "Total".into(),
        cells: [
            num(t.customers),
            money(t.arr, cur),
            crate::model::format::count(f64::from(t.headcount), "person", "people"),
            money(t.cost, cur),
        ],
        total: true,
    });
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{report, Scenario};

    #[test]
    fn a_row_per_tier_then_the_parts_then_the_total_as_markdown_writes_them() {
        let s = Scenario::default();
        let r = report(&s);
        let rows = plan_rows(&r.plan);
        let tiers = r.plan.tiers.len();
        assert_eq!(rows[0].label, r.plan.tiers[0].name);
        let last = rows.last().unwrap();
        assert!(last.total && rows.iter().filter(|r| r.total).count() == 1);
        assert_eq!(
            rows.len(),
            tiers + r.plan.totals.reconciliation.parts().len() + 1
        );
        // The Markdown summary writes the same cells.
        let md = crate::export::markdown(&s, &r, "");
        for row in &rows[..tiers] {
            assert!(
                md.contains(&format!(
                    "| {} | {} | {} |",
                    row.cells[0], row.cells[1], row.cells[2]
                )),
                "{row:?}"
            );
        }
        assert!(md.contains(&last.cells[3]));
        assert!(last.cells[2].ends_with("people") || last.cells[2].ends_with("person"));
    }
}
