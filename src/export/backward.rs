//! The backward plan for the exports and the command line: the table of
//! what each tier can hold, with the page's columns and numbers (whole
//! customers, rounded down, as the page shows them).

use super::tables::{Cell, Table};
use crate::model::backward::{limited_by, CAPACITY_CAPTION, CAPACITY_COLUMNS};
use crate::model::format::num;
use crate::model::Backward;

/// What each tier can hold: today, with today's mix, and alone (with the
/// role that limits it); "no limit" when no people role limits the tier.
pub fn capacity_table(b: &Backward) -> Table {
    let whole = |v: Option<f64>| v.map_or_else(|| "no limit".to_string(), |v| num(v.floor()));
    Table {
        id: "backward",
        title: CAPACITY_CAPTION.to_string(),
        header: CAPACITY_COLUMNS.iter().map(|c| c.to_string()).collect(),
        rows: b
            .tiers
            .iter()
            .map(|t| {
                vec![
                    Cell::Text(t.name.clone()),
                    Cell::Num(t.customers_now),
                    t.with_mix
                        .map_or_else(|| Cell::Text("no limit".into()), |v| Cell::Num(v.floor())),
                    Cell::Text(format!(
                        "{}{}",
                        whole(t.alone),
                        limited_by(t.alone_limited_by)
                    )),
                ]
            })
            .collect(),
    }
}
