//! The plan over time as tables and a Markdown section: the hiring list in
//! calendar months, this fiscal year's budget by quarter, fiscal years 1 to
//! 3 and the coverage gap month by month. The same tables feed the CSV
//! files, the Markdown summary and the command line.

use super::markdown::{escape, markdown_table};
use super::tables::{position_label, Cell, Table};
use crate::model::fiscal_view::{requisition_words, FiscalView};
use crate::model::format::{money, num, pct};
use crate::model::timeline::Position;
use crate::model::Scenario;

pub use crate::model::coverage_words::UNCOVERED;
use crate::model::coverage_words::{coverage_sentence, WITH_TEAM};

fn text(s: &str) -> Cell {
    Cell::Text(s.to_string())
}

fn int(v: u32) -> Cell {
    Cell::Num(f64::from(v))
}

/// One requisition as the hiring list says it: "4 CSMs: open the
/// requisition in March 2027, start in June 2027 …".
pub fn requisition_line(
    r: &crate::model::timeline::Requisition,
    cal: &crate::model::fiscal::FiscalCalendar,
) -> String {
    format!(
        "{}: {}",
        super::tables::position_count(r.position, r.count),
        requisition_words(r, cal)
    )
}

/// Every table of the plan in calendar months: the plan's tables
/// ([`super::tables::tables`]), the month-by-month table and the
/// requisitions given the calendar month and fiscal quarter of each plan
/// month (the plan month stays, for sorting), then the tables over time.
/// The CSV files and the command line's CSV are these.
pub fn dated_tables(
    scenario: &Scenario,
    report: &crate::model::Report,
    v: &FiscalView,
) -> Vec<Table> {
    let cal = &v.calendar;
    let mut all = super::tables::tables(scenario, report);
    for table in &mut all {
        match table.id {
            "months" => {
                table
                    .header
                    .splice(1..1, ["Calendar month", "Fiscal quarter"].map(String::from));
                for row in &mut table.rows {
                    let t = month_of(row.first());
                    row.splice(
                        1..1,
                        [text(&cal.month(t).label()), text(&cal.quarter(t).label())],
                    );
                }
            }
            "hires" => {
                table
                    .header
                    .extend(["Open in", "Start in", "Needed from"].map(String::from));
                for (row, r) in table.rows.iter_mut().zip(&report.timeline.requisitions) {
                    row.extend(
                        [r.open_month, r.start_month, r.needed_from]
                            .map(|t| text(&cal.month(t).label())),
                    );
                }
            }
            _ => {}
        }
    }
    all.extend(fiscal_tables(scenario, v));
    all
}

/// The plan month in a month-by-month table's first cell.
fn month_of(cell: Option<&Cell>) -> u32 {
    match cell {
        Some(Cell::Num(m)) if m.is_finite() && *m >= 0.0 => *m as u32,
        _ => 0,
    }
}

/// The tables over time: `hiring` (requisitions in calendar months),
/// `budget` (this fiscal year by quarter), `years` (fiscal years 1 to 3)
/// and `coverage` (the gap month by month).
pub fn fiscal_tables(scenario: &Scenario, v: &FiscalView) -> Vec<Table> {
    vec![
        hiring(v),
        budget(v),
        years(scenario, v),
        coverage(scenario, v),
    ]
}

fn hiring(v: &FiscalView) -> Table {
    let cal = &v.calendar;
    let rows = v
        .hires
        .iter()
        .map(|r| {
            vec![
                text(position_label(r.position)),
                int(r.count),
                int(r.backfill),
                text(&cal.month(r.open_month).label()),
                text(&cal.month(r.start_month).label()),
                text(&cal.quarter(r.start_month).label()),
                text(&cal.month(r.needed_from).label()),
                int(r.delayed_months),
            ]
        })
        .collect();
    Table {
        id: "hiring",
        title: "Hiring in calendar months".into(),
        header: [
            "Position",
            "People",
            "Of them backfills",
            "Open the requisition in",
            "Start in",
            "Start quarter",
            "Needed from",
            "Months delayed by the hire cap",
        ]
        .map(String::from)
        .to_vec(),
        rows,
    }
}

fn budget(v: &FiscalView) -> Table {
    let b = &v.budget;
    let mut header = vec!["Quarter".to_string(), "Months in the plan".to_string()];
    header.extend(Position::ALL.map(|p| format!("{} cost", position_label(p))));
    header.extend(
        [
            "Recruiting",
            "Automation platform",
            "Total",
            "Starts",
            "Of them backfills",
        ]
        .map(String::from),
    );
    let mut rows: Vec<Vec<Cell>> = b
        .quarters
        .iter()
        .map(|q| {
            let mut row = vec![text(&q.quarter.label()), int(q.months_in_plan)];
            row.extend(q.by_position.iter().map(|c| Cell::Num(*c)));
            row.extend([
                Cell::Num(q.recruiting),
                Cell::Num(q.automation),
                Cell::Num(q.total()),
                int(q.starts),
                int(q.backfills),
            ]);
            row
        })
        .collect();
    let mut year = vec![
        text(&format!("FY{} total", b.fiscal_year)),
        int(b.quarters.iter().map(|q| q.months_in_plan).sum()),
    ];
    year.extend(b.by_position().into_iter().map(Cell::Num));
    year.extend([
        Cell::Num(b.recruiting()),
        Cell::Num(b.quarters.iter().map(|q| q.automation).sum()),
        Cell::Num(b.total()),
        int(b.quarters.iter().map(|q| q.starts).sum()),
        int(b.quarters.iter().map(|q| q.backfills).sum()),
    ]);
    rows.push(year);
    let mut run = vec![text("Full-year run rate at year end"), Cell::Empty];
    run.extend(Position::ALL.map(|_| Cell::Empty));
    run.extend([
        Cell::Empty,
        Cell::Empty,
        Cell::Num(b.run_rate),
        Cell::Empty,
        Cell::Empty,
    ]);
    rows.push(run);
    Table {
        id: "budget",
        title: format!(
            "This fiscal year's budget, FY{} ({} to {})",
            b.fiscal_year,
            b.from.label(),
            b.to.label()
        ),
        header,
        rows,
    }
}

fn years(scenario: &Scenario, v: &FiscalView) -> Table {
    let mut header = vec!["Fiscal year".to_string(), "Year end".to_string()];
    header.extend(
        scenario
            .tiers
            .iter()
            .map(|t| format!("{} customers", t.name)),
    );
    header.extend(
        [
            "ARR",
            "People needed",
            "CSMs and pooled CSMs",
            "Yearly cost",
            "Cost as a share of ARR (%)",
            "ARR per CSM",
            "Hires in the year",
            "Of them backfills",
        ]
        .map(String::from),
    );
    let rows = v
        .outlook
        .iter()
        .map(|y| {
            let mut row = vec![
                text(&format!("FY{}", y.fiscal_year)),
                text(&v.calendar.month(y.end_month).label()),
            ];
            row.extend(
                (0..scenario.tiers.len())
                    .map(|i| y.customers.get(i).map_or(Cell::Empty, |c| Cell::Num(*c))),
            );
            row.extend([
                Cell::Num(y.arr),
                int(y.heads.total()),
                int(y.heads.csms()),
                Cell::Num(y.cost),
                y.cost_pct_of_arr.map_or(Cell::Empty, Cell::Num),
                y.arr_per_csm.map_or(Cell::Empty, Cell::Num),
                int(y.hires),
                int(y.backfills),
            ]);
            row
        })
        .collect();
    Table {
        id: "years",
        title: "Three years ahead (at each fiscal year's end)".into(),
        header,
        rows,
    }
}

fn coverage(scenario: &Scenario, v: &FiscalView) -> Table {
    let mut header = vec!["Month".to_string(), "Calendar month".to_string()];
    header.extend(
        scenario
            .tiers
            .iter()
            .map(|t| format!("{} hours not delivered (%)", t.name)),
    );
    header.push(UNCOVERED.into());
    let rows = v
        .coverage
        .months
        .iter()
        .map(|m| {
            let mut row = vec![int(m.month), text(&v.calendar.month(m.month).label())];
            row.extend((0..scenario.tiers.len()).map(|i| {
                m.uncovered_share
                    .get(i)
                    .map_or(Cell::Empty, |u| Cell::Num(u * 100.0))
            }));
            row.push(Cell::Num(m.total()));
            row
        })
        .collect();
    Table {
        id: "coverage",
        title: format!("The coverage gap: {UNCOVERED}, month by month"),
        header,
        rows,
    }
}

/// The coverage gap in one or two sentences: the worst month, and ARR at
/// risk only when a retention difference is entered, naming its source
/// (the one wording, [`coverage_sentence`], with today's team).
pub fn coverage_words(v: &FiscalView, currency: &str) -> String {
    coverage_sentence(WITH_TEAM, &v.coverage, &v.calendar, currency)
}

/// The plan-over-time inputs in one line, for a printed summary: the
/// start month (and whether it is today's), the fiscal year's first month,
/// recruiting cost, ramp capacity, hire cap, backfills and the retention
/// difference with its source.
pub fn inputs_words(scenario: &Scenario, v: &FiscalView) -> String {
    let h = &scenario.hiring;
    let c = &scenario.coverage;
    let cur = scenario.currency.as_str();
    let start = if v.calendar.start_taken_from_today {
        format!(
            "starts in {} (the current month: the plan has none)",
            v.calendar.start.label()
        )
    } else {
        format!("starts in {}", v.calendar.start.label())
    };
    let cap = match h.max_hires_per_quarter {
        0 => "no cap on hires".to_string(),
        n => format!("at most {n} starts a quarter"),
    };
    let risk = if c.retention_gap_pct > 0.0 {
        let source = if c.retention_source.trim().is_empty() {
            "source not named".to_string()
        } else {
            format!("source: {}", c.retention_source.trim())
        };
        format!(
            "uncovered customers retain {} points less ({source})",
            num(c.retention_gap_pct)
        )
    } else {
        "no retention difference assumed for uncovered customers".to_string()
    };
    format!(
        "{start}; fiscal year from {}; recruiting {} a hire; {} capacity while ramping; {cap}; {}; {risk}",
        crate::model::fiscal::MONTH_NAMES[v.calendar.fiscal_year_start_month as usize - 1],
        money(h.recruiting_cost, cur),
        pct(h.ramp_capacity_pct),
        if h.backfill { "leavers are replaced" } else { "leavers are not replaced" },
    )
}

/// This fiscal year's budget and the three years in one sentence each, for
/// a printed summary: "FY2028 (April 2027 to March 2028): $998,557;
/// run rate at year end $1,111,310 a year" and "FY2028 $1,014,000 (5.81%
/// of ARR) · FY2029 ...".
pub fn budget_and_years_words(v: &FiscalView, currency: &str) -> (String, String) {
    let b = &v.budget;
    let budget = format!(
        "FY{} ({} to {}): {}, {} of it recruiting; run rate at year end {} a year",
        b.fiscal_year,
        b.from.label(),
        b.to.label(),
        money(b.total(), currency),
        money(b.recruiting(), currency),
        money(b.run_rate, currency)
    );
    let years = v
        .outlook
        .iter()
        .map(|y| {
            let share = y
                .cost_pct_of_arr
                .map_or_else(String::new, |p| format!(" ({} of ARR)", pct(p)));
            format!(
                "FY{} {} people, {} a year{share}",
                y.fiscal_year,
                y.heads.total(),
                money(y.cost, currency)
            )
        })
        .collect::<Vec<_>>()
        .join(" · ");
    (budget, years)
}

/// The coverage gap in a few words, for a printed summary: "ARR whose
/// touch model is not covered: at most $4.42M (June 2027), 5 of 25 months"
/// (or "none"), with ARR at risk only when a retention difference is entered.
pub fn coverage_short(v: &FiscalView, currency: &str) -> String {
    let g = &v.coverage;
    let mut out = match g.worst() {
        None => format!("{UNCOVERED}: none"),
        Some(w) => format!(
            "{UNCOVERED}: at most {} ({}), {} of {} months",
            crate::model::format::money_short(w.total(), currency),
            v.calendar.month(w.month).label(),
            g.months_short(),
            g.months.len()
        ),
    };
    if let Some(risk) = g.arr_at_risk {
        out.push_str(&format!(
            "; {} at risk in 12 months ({})",
            crate::model::format::money_short(risk, currency),
            if g.source.is_empty() {
                "source not named"
            } else {
                &g.source
            }
        ));
    }
    out
}

/// The plan over time as a Markdown section.
pub fn fiscal_markdown(scenario: &Scenario, v: &FiscalView) -> String {
    let cur = scenario.currency.as_str();
    let mut out = String::from("## Over time\n\n");
    if let Some(words) = v.calendar.defaulted_start_words() {
        out.push_str(&format!("{words}\n\n"));
    }
    out.push_str(&format!(
        "The plan starts in {}; the fiscal year starts in {}.\n\nInputs: {}.\n\n",
        v.calendar.start.label(),
        crate::model::fiscal::MONTH_NAMES[v.calendar.fiscal_year_start_month as usize - 1],
        escape(&inputs_words(scenario, v))
    ));
    if !v.hires.is_empty() {
        out.push_str("### Hiring\n\n");
        for r in &v.hires {
            out.push_str(&format!("- {}\n", requisition_line(r, &v.calendar)));
        }
        out.push('\n');
    }
    let tables = fiscal_tables(scenario, v);
    for t in tables
        .iter()
        .filter(|t| t.id != "hiring" && t.id != "coverage")
    {
        out.push_str(&format!("### {}\n\n", escape(&t.title)));
        let shown = Table {
            rows: t
                .rows
                .iter()
                .map(|row| {
                    row.iter()
                        .enumerate()
                        .map(|(i, c)| readable(c, t.header.get(i).map_or("", String::as_str), cur))
                        .collect()
                })
                .collect(),
            ..t.clone()
        };
        let right: Vec<bool> = (0..t.header.len()).map(|i| i > 0).collect();
        out.push_str(&markdown_table(&shown, &right));
        out.push('\n');
    }
    out.push_str(&format!("### {UNCOVERED}\n\n{}\n", coverage_words(v, cur)));
    out
}

/// A cell of a table over time as words for reading, under the column
/// headed `name`: money in `currency`, shares as percentages, counts
/// plainly, nothing as "".
pub fn cell_words(c: &Cell, name: &str, currency: &str) -> String {
    match readable(c, name, currency) {
        Cell::Text(t) => t,
        Cell::Num(n) => num(n),
        Cell::Empty => String::new(),
    }
}

/// A cell for reading: money in the currency, shares as percentages,
/// counts plainly.
fn readable(c: &Cell, name: &str, currency: &str) -> Cell {
    match c {
        Cell::Num(n) if name.contains("(%)") => Cell::Text(pct(*n)),
        Cell::Num(n)
            if name.contains("cost")
                || name.contains("Cost")
                || name.contains("ARR")
                || ["Recruiting", "Automation platform", "Total"].contains(&name) =>
        {
            Cell::Text(money(*n, currency))
        }
        Cell::Num(n) => Cell::Text(num(*n)),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fiscal::YearMonth;
    use crate::model::fiscal_view::fiscal_view;

    const TODAY: YearMonth = YearMonth {
        year: 2027,
        month: 6,
    };

    #[test]
    fn the_month_by_month_table_and_the_requisitions_name_calendar_months() {
        let mut s = Scenario::default();
        s.calendar.start = "2027-11".into();
        s.calendar.fiscal_year_start_month = 2;
        let r = crate::model::report(&s);
        let v = fiscal_view(&s, TODAY);
        let all = dated_tables(&s, &r, &v);
        let months = all.iter().find(|t| t.id == "months").unwrap();
        assert_eq!(
            months.header[..3],
            ["Month", "Calendar month", "Fiscal quarter"]
        );
        assert_eq!(
            months.rows[0][..3],
            [Cell::Num(0.0), text("November 2027"), text("Q4 FY2028")]
        );
        // Plan month 3 is February 2028, the first month of FY2029.
        assert_eq!(
            months.rows[3][1..3],
            [text("February 2028"), text("Q1 FY2029")]
        );
        assert!(months
            .rows
            .iter()
            .all(|row| row.len() == months.header.len()));
        let hires = all.iter().find(|t| t.id == "hires").unwrap();
        assert_eq!(
            hires.header[hires.header.len() - 3..],
            ["Open in", "Start in", "Needed from"]
        );
        assert!(!hires.rows.is_empty(), "the default plan grows into hires");
        for (row, req) in hires.rows.iter().zip(&r.timeline.requisitions) {
            assert_eq!(row.len(), hires.header.len());
            assert_eq!(
                row[row.len() - 2],
                text(&v.calendar.month(req.start_month).label())
            );
        }
        // The tables over time follow.
        let ids: Vec<&str> = all.iter().map(|t| t.id).collect();
        assert_eq!(
            ids,
            ["summary", "tiers", "months", "hires", "hiring", "budget", "years", "coverage"]
        );
    }

    #[test]
    fn the_inputs_say_which_start_was_taken_and_name_the_source() {
        let mut s = Scenario::default();
        let v = fiscal_view(&s, TODAY);
        let words = inputs_words(&s, &v);
        assert!(
            words.starts_with("starts in June 2027 (the current month"),
            "{words}"
        );
        assert!(words.contains("no cap on hires"), "{words}");
        assert!(words.contains("no retention difference"), "{words}");
        s.calendar.start = "2027-02".into();
        s.hiring.max_hires_per_quarter = 2;
        s.coverage.retention_gap_pct = 8.0;
        s.coverage.retention_source = "Renewal study 2025".into();
        let v = fiscal_view(&s, TODAY);
        let words = inputs_words(&s, &v);
        assert!(words.starts_with("starts in February 2027;"), "{words}");
        assert!(words.contains("at most 2 starts a quarter"), "{words}");
        assert!(
            words.contains("8 points less (source: Renewal study 2025)"),
            "{words}"
        );
    }

    #[test]
    fn the_printed_lines_name_the_fiscal_years() {
        let mut s = Scenario::default();
        s.calendar.start = "2027-04".into();
        s.calendar.fiscal_year_start_month = 4;
        let v = fiscal_view(&s, TODAY);
        let (budget, years) = budget_and_years_words(&v, "USD");
        assert!(
            budget.starts_with("FY2028 (April 2027 to March 2028): $"),
            "{budget}"
        );
        assert!(budget.contains("run rate at year end"), "{budget}");
        assert_eq!(years.matches(" · ").count(), 2, "{years}");
        assert!(
            years.starts_with("FY2028 ") && years.contains("FY2030 "),
            "{years}"
        );
    }

    #[test]
    fn arr_at_risk_is_stated_only_with_a_retention_difference() {
        let mut s = Scenario::default();
        s.calendar.start = "2027-01".into();
        s.growth.today = Default::default();
        s.growth.lead_months = 6;
        let v = fiscal_view(&s, TODAY);
        let words = coverage_words(&v, "USD");
        assert!(words.contains("not covered"), "{words}");
        assert!(!words.contains("at risk"), "{words}");
        s.coverage.retention_gap_pct = 5.0;
        s.coverage.retention_source = "Our cohort study".into();
        let words = coverage_words(&fiscal_view(&s, TODAY), "USD");
        assert!(words.contains("(source: Our cohort study)"), "{words}");
        let short = coverage_short(&fiscal_view(&s, TODAY), "USD");
        assert!(
            short.contains("at risk in 12 months (Our cohort study)"),
            "{short}"
        );
        assert!(
            words.contains("at risk over the first 12 months"),
            "{words}"
        );
    }
}
