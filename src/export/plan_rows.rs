//! The per-tier table of a plan as text cells, the way the Markdown
//! summary writes it: one row per tier, then the rows that take the tiers'
//! fractional FTE and cost to the plan's whole people and cost (managers,
//! automation platform, rounding up), then the total. One table for the
//! summary image and the blog snippet.

use crate::model::format::{fte, money, money_decimals, num, rounded_to_total};
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

/// The yearly cost of each row of `plan`'s table (the tiers, then the
/// parts from the tiers to the total), rounded as the total is written so
/// that, written, they add up to it: each rounded alone, the default
/// plan's came to $884,001 under a total of $884,000.
pub fn row_costs(p: &Plan) -> Vec<f64> {
    let t = &p.totals;
    let exact: Vec<f64> = p
        .tiers
        .iter()
        .map(|tier| tier.cost)
        .chain(t.reconciliation.parts().iter().map(|part| part.cost))
        .collect();
    rounded_to_total(&exact, t.cost, money_decimals(t.cost))
}

/// The rows of `plan`'s per-tier table, tiers first, the total last.
pub fn plan_rows(p: &Plan) -> Vec<PlanRow> {
    let cur = p.currency.as_str();
    let t = &p.totals;
    let costs = row_costs(p);
    let mut rows: Vec<PlanRow> = p
        .tiers
        .iter()
        .zip(&costs)
        .map(|(tier, cost)| PlanRow {
            label: tier.name.clone(),
            cells: [
                num(tier.customers),
                money(tier.arr, cur),
                fte(tier.fte.total()),
                money(*cost, cur),
            ],
            total: false,
        })
        .collect();
    let parts = t.reconciliation.parts();
    let part_costs = &costs[p.tiers.len()..];
    rows.extend(parts.iter().zip(part_costs).map(|(part, cost)| PlanRow {
        label: part.label.to_string(),
        cells: [
            String::new(),
            String::new(),
            part.fte.map(fte).unwrap_or_default(),
            money(*cost, cur),
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

    #[test]
    fn the_costs_written_add_up_to_the_total_written() {
        let r = report(&Scenario::default());
        let costs = row_costs(&r.plan);
        assert_eq!(costs.iter().sum::<f64>(), r.plan.totals.cost.round());
        let rows = plan_rows(&r.plan);
        let written: f64 = rows
            .iter()
            .filter(|row| !row.total)
            .map(|row| {
                row.cells[3]
                    .trim_start_matches('$')
                    .replace(',', "")
                    .parse::<f64>()
                    .unwrap()
            })
            .sum();
        assert_eq!(written, 884_000.0, "{rows:?}");
        assert_eq!(rows.last().unwrap().cells[3], "$884,000");
    }
}
