//! CSV (RFC 4180): comma separated, CRLF line ends, fields quoted when they
//! hold a comma, a quote or a line break. Numbers are written plainly
//! (`1104`, `1.902174`: at most six decimals, no thousands separators) so a
//! spreadsheet reads them as numbers. Text that a spreadsheet would run as a
//! formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return, as
//! a tier named "=HYPERLINK(…)") is written with a leading `'`.

use super::tables::{tables, Cell, Table};
use crate::decimal::format;
use crate::model::{Report, Scenario};

/// Every table of the plan as a CSV file: `tierplan-summary.csv`,
/// `tierplan-tiers.csv`, `tierplan-months.csv`, `tierplan-hires.csv`.
pub fn csv_files(scenario: &Scenario, report: &Report) -> Vec<(String, String)> {
    tables(scenario, report)
        .iter()
        .map(|t| (format!("tierplan-{}.csv", t.id), to_csv(t)))
        .collect()
}

/// Every table in calendar months as a CSV file
/// ([`super::fiscal::dated_tables`], with `over_time` made with the same
/// "today" the page shows): the files of [`csv_files`], whose months and
/// requisitions name their calendar months, then `tierplan-hiring.csv`,
/// `tierplan-budget.csv`, `tierplan-years.csv`, `tierplan-coverage.csv`.
pub fn csv_files_over_time(
    scenario: &Scenario,
    report: &Report,
    over_time: &crate::model::fiscal_view::FiscalView,
) -> Vec<(String, String)> {
    super::fiscal::dated_tables(scenario, report, over_time)
        .iter()
        .map(|t| (format!("tierplan-{}.csv", t.id), to_csv(t)))
        .collect()
}

/// One table as CSV text: the header row, then the rows.
pub fn to_csv(table: &Table) -> String {
    let mut out = String::new();
    let header: Vec<Cell> = table.header.iter().map(|h| Cell::Text(h.clone())).collect();
    for row in std::iter::once(&header).chain(&table.rows) {
        let fields: Vec<String> = row.iter().map(field).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

fn field(cell: &Cell) -> String {
    match cell {
        Cell::Num(x) if x.is_finite() => format(*x),
        Cell::Num(_) | Cell::Empty => String::new(),
        Cell::Text(text) => quote(&defuse(text)),
    }
}

/// Whether a spreadsheet could read `text` as a formula: it starts with `=`,
/// `+`, `-`, `@`, a tab or a carriage return.
pub fn formula_like(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// `text` with a leading `'` when a spreadsheet would read it as a formula.
pub fn defuse(text: &str) -> String {
    if formula_like(text) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// Whether a field needs quotes: it holds a comma, a quote or a line break.
pub fn needs_quotes(text: &str) -> bool {
    text.bytes()
        .any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'))
}

/// `text` in quotes (inner quotes doubled) when it needs them.
pub fn quote(text: &str) -> String {
    if needs_quotes(text) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_and_formula_guard() {
        assert_eq!(quote("High touch"), "High touch");
        assert_eq!(quote("a,b"), "\"a,b\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("two\nlines"), "\"two\nlines\"");
        assert_eq!(defuse("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        for bad in ["+1", "-1", "@SUM(A1)", "\tx"] {
            assert!(defuse(bad).starts_with('\''), "{bad}");
        }
        assert_eq!(field(&Cell::Text("=1+2,3".into())), "\"'=1+2,3\"");
        assert_eq!(field(&Cell::Num(-3.5)), "-3.5");
        assert_eq!(field(&Cell::Num(f64::NAN)), "");
    }

    #[test]
    fn a_table_as_csv() {
        let t = Table {
            id: "t",
            title: "T".into(),
            header: vec!["Name".into(), "FTE".into()],
            rows: vec![vec![Cell::Text("A, B".into()), Cell::Num(1.0 / 3.0)]],
        };
        assert_eq!(to_csv(&t), "Name,FTE\r\n\"A, B\",0.333333\r\n");
    }
}
