//! The plan as named tables: the one shape behind the CSV files, the
//! Markdown summary and the command line's text table.

use crate::model::timeline::{series, Position};
use crate::model::{Report, Role, Scenario};

/// A table cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Text, e.g. a tier name.
    Text(String),
    /// A number, written plainly in CSV and formatted for reading elsewhere.
    Num(f64),
    /// Nothing (a figure that does not apply, such as ARR per CSM without CSMs).
    Empty,
}

/// A named table.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Short id used in file names: `summary`, `tiers`, `months`, `hires`.
    pub id: &'static str,
    /// Title for people.
    pub title: String,
    /// Column names.
    pub header: Vec<String>,
    /// Rows, each as long as the header.
    pub rows: Vec<Vec<Cell>>,
}

fn text(s: &str) -> Cell {
    Cell::Text(s.to_string())
}

fn opt(value: Option<f64>) -> Cell {
    value.map_or(Cell::Empty, Cell::Num)
}

fn int(value: u32) -> Cell {
    Cell::Num(f64::from(value))
}

/// The tables of a plan: summary (headline figures), tiers (a row per tier
/// and a total), months (a row per month of the timeline) and hires (the
/// requisitions to open).
pub fn tables(scenario: &Scenario, report: &Report) -> Vec<Table> {
    vec![
        summary(scenario, report),
        tiers(report),
        months(scenario, report),
        hires(report),
    ]
}

fn summary(scenario: &Scenario, report: &Report) -> Table {
    let p = &report.plan;
    let t = &p.totals;
    let cur = &p.currency;
    let mut rows = vec![
        vec![text("Customers"), Cell::Num(t.customers), text("")],
        vec![text("ARR"), Cell::Num(t.arr), text(cur)],
        vec![
            text("Hours available per FTE per year before the time split"),
            Cell::Num(scenario.sanitized().team.available_hours_per_year()),
            text("h/year"),
        ],
        vec![
            text("Proactive hours per FTE per year"),
            Cell::Num(p.proactive_hours),
            text("h/year"),
        ],
    ];
    for role in Role::PEOPLE {
        rows.push(vec![
            text(&format!("{} FTE", role.label())),
            Cell::Num(t.fte.get(role)),
            text("FTE"),
        ]);
    }
    rows.push(vec![
        text("People per manager (span of control)"),
        Cell::Num(t.reconciliation.managers_span),
        text("people"),
    ]);
    rows.push(vec![
        text("People the CS leader manages (no manager counted)"),
        Cell::Num(t.reconciliation.leader_reports),
        text("people"),
    ]);
    rows.push(vec![
        text("Managers FTE"),
        Cell::Num(t.managers_fte),
        text("FTE"),
    ]);
    rows.push(vec![text("All FTE"), Cell::Num(t.fte_total), text("FTE")]);
    for role in Role::PEOPLE {
        rows.push(vec![
            text(&format!("{} headcount", role.label())),
            int(t.heads.get(role)),
            text("people"),
        ]);
    }
    rows.push(vec![
        text("Managers headcount"),
        int(t.heads.managers),
        text("people"),
    ]);
    rows.push(vec![text("Headcount"), int(t.headcount), text("people")]);
    rows.push(vec![
        text("People cost"),
        Cell::Num(t.people_cost),
        text(cur),
    ]);
    rows.push(vec![
        text("Managers cost"),
        Cell::Num(t.managers_cost),
        text(cur),
    ]);
    rows.push(vec![
        text("Automation cost"),
        Cell::Num(t.automation_cost),
        text(cur),
    ]);
    rows.push(vec![text("Total CS cost"), Cell::Num(t.cost), text(cur)]);
    rows.push(vec![
        text("CS cost share of ARR"),
        opt(t.cost_pct_of_arr),
        text("%"),
    ]);
    rows.push(vec![text("ARR per CSM"), opt(t.arr_per_csm), text(cur)]);
    rows.push(vec![
        text("Paid plan revenue"),
        Cell::Num(t.plan_revenue),
        text(cur),
    ]);
    rows.push(vec![text("Net cost"), Cell::Num(t.net_cost), text(cur)]);
    rows.push(vec![
        text("Net cost share of ARR"),
        opt(t.net_cost_pct_of_arr),
        text("%"),
    ]);
    rows.push(vec![
        text("ARR kept after a year (GRR)"),
        Cell::Num(t.retained_arr),
        text(cur),
    ]);
    rows.push(vec![
        text("ARR next year (NRR)"),
        Cell::Num(t.arr_next_year),
        text(cur),
    ]);
    Table {
        id: "summary",
        title: "Summary".into(),
        header: vec!["Figure".into(), "Value".into(), "Unit".into()],
        rows,
    }
}

fn tiers(report: &Report) -> Table {
    let p = &report.plan;
    let mut header: Vec<String> = ["Tier", "Coverage", "Customers", "ARR", "Average ARR"]
        .map(String::from)
        .to_vec();
    for role in Role::PEOPLE {
        header.push(format!("{} hours per customer", role.label()));
    }
    header.extend(
        [
            "Hours per customer in the first year",
            "Hours per customer after the first year",
        ]
        .map(String::from),
    );
    for role in Role::PEOPLE {
        header.push(format!("{} hours per year", role.label()));
    }
    for role in Role::PEOPLE {
        header.push(format!("{} FTE", role.label()));
    }
    header.extend(["FTE", "Cost", "Cost share of ARR (%)", "ARR per CSM FTE"].map(String::from));
    let mut rows: Vec<Vec<Cell>> = p
        .tiers
        .iter()
        .map(|t| {
            let mut row = vec![
                text(&t.name),
                text(t.coverage.label()),
                Cell::Num(t.customers),
                Cell::Num(t.arr),
                Cell::Num(t.avg_arr),
            ];
            row.extend(Role::PEOPLE.map(|r| Cell::Num(t.hours_per_customer.get(r))));
            row.extend([
                Cell::Num(t.hours_first_year),
                Cell::Num(t.hours_after_first_year),
            ]);
            row.extend(Role::PEOPLE.map(|r| Cell::Num(t.hours.get(r))));
            row.extend(Role::PEOPLE.map(|r| Cell::Num(t.fte.get(r))));
            row.extend([
                Cell::Num(t.fte.total()),
                Cell::Num(t.cost),
                opt(t.cost_pct_of_arr),
                opt(t.arr_per_csm),
            ]);
            row
        })
        .collect();
    let t = &p.totals;
    let width = rows.first().map_or(header.len(), Vec::len);
    let mut all_tiers = vec![
        text("All tiers"),
        Cell::Empty,
        Cell::Num(t.customers),
        Cell::Num(t.arr),
        Cell::Empty,
    ];
    all_tiers.extend(Role::PEOPLE.map(|_| Cell::Empty));
    all_tiers.extend([Cell::Empty, Cell::Empty]);
    all_tiers.extend(Role::PEOPLE.map(|r| Cell::Num(t.hours.get(r))));
    all_tiers.extend(Role::PEOPLE.map(|r| Cell::Num(t.fte.get(r))));
    all_tiers.extend([
        Cell::Num(t.fte.total()),
        Cell::Num(p.tiers.iter().map(|t| t.cost).sum()),
        Cell::Empty,
        Cell::Empty,
    ]);
    rows.push(all_tiers);
    // From the tiers to the headline, as the page's table shows it: managers,
    // the automation platform and rounding up to whole people, then the total
    // people and cost. Only FTE and Cost are filled in these rows.
    let r = &t.reconciliation;
    let fte_column = width - 4;
    let part = |name: &str, fte: Option<f64>, cost: f64| {
        let mut row = vec![Cell::Empty; width];
        row[0] = text(name);
        row[fte_column] = fte.map_or(Cell::Empty, Cell::Num);
        row[fte_column + 1] = Cell::Num(cost);
        row
    };
    for p in r.parts() {
        rows.push(part(p.label, p.fte, p.cost));
    }
    let total = part("Total (whole people)", Some(f64::from(t.headcount)), t.cost);
    rows.push(total);
    Table {
        id: "tiers",
        title: "Tiers".into(),
        header,
        rows,
    }
}

fn months(scenario: &Scenario, report: &Report) -> Table {
    let mut header = vec!["Month".to_string()];
    header.extend(
        scenario
            .tiers
            .iter()
            .map(|t| format!("{} customers", t.name)),
    );
    header.push("ARR".into());
    header.extend(Position::ALL.map(|p| format!("{} needed (people)", position_label(p))));
    header.extend([series::NEEDED, series::AVAILABLE, series::SHORT].map(String::from));
    let rows = report
        .timeline
        .months
        .iter()
        .map(|m| {
            let mut row = vec![int(m.month)];
            row.extend((0..scenario.tiers.len()).map(|i| opt(m.customers.get(i).copied())));
            row.push(Cell::Num(m.arr));
            row.extend(Position::ALL.map(|p| {
                Cell::Num(match p {
                    Position::Csm => f64::from(m.heads_needed.csm),
                    Position::Associate => f64::from(m.heads_needed.associate),
                    Position::Pooled => f64::from(m.heads_needed.pooled),
                    Position::Partner => f64::from(m.heads_needed.partner),
                    Position::Manager => f64::from(m.heads_needed.managers),
                })
            }));
            row.push(Cell::Num(m.needed.total()));
            row.push(Cell::Num(m.available.total()));
            row.push(Cell::Num(m.short));
            row
        })
        .collect();
    Table {
        id: "months",
        title: "Month by month".into(),
        header,
        rows,
    }
}

fn hires(report: &Report) -> Table {
    let rows = report
        .timeline
        .requisitions
        .iter()
        .map(|r| {
            vec![
                text(position_label(r.position)),
                int(r.count),
                int(r.open_month),
                int(r.start_month),
                int(r.needed_from),
                text(if r.late { "yes" } else { "no" }),
            ]
        })
        .collect();
    Table {
        id: "hires",
        title: "Requisitions to open".into(),
        header: [
            "Position",
            "People",
            "Open in month",
            "Start in month",
            "Needed from month",
            "Late",
        ]
        .map(String::from)
        .to_vec(),
        rows,
    }
}

/// `count` people of position `p`, singular for exactly one: "1 CSM",
/// "4 CSMs", "2 Pooled CSMs".
pub fn position_count(p: Position, count: u32) -> String {
    let label = position_label(p);
    if count == 1 {
        format!("1 {label}")
    } else {
        format!("{count} {label}s")
    }
}

/// Plain-words name of a position.
pub fn position_label(p: Position) -> &'static str {
    match p {
        Position::Csm => "CSM",
        Position::Associate => "Associate",
        Position::Pooled => "Pooled CSM",
        Position::Partner => "Partner",
        Position::Manager => "Manager",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_of_people_is_singular_for_one() {
        assert_eq!(position_count(Position::Csm, 1), "1 CSM");
        assert_eq!(position_count(Position::Csm, 4), "4 CSMs");
        assert_eq!(position_count(Position::Pooled, 2), "2 Pooled CSMs");
        assert_eq!(position_count(Position::Manager, 0), "0 Managers");
    }
}
