//! The range analysis in the exports: a table of P10, P50 and P90 (a CSV
//! file, a text table of the command line) and a Markdown section with the
//! headline, the table and the method.

use super::markdown::escape;
use super::tables::{Cell, Table};
use crate::model::format::num;
use crate::model::uncertainty::{stored_analysis, Analysis, Percentiles};
use crate::model::{Report, Role, Scenario};

/// The id of the table ([`ranges_table`]) and of its CSV file
/// (`tierplan-ranges.csv`).
pub const RANGES_ID: &str = "ranges";

/// The heading of the range analysis.
pub const RANGES_TITLE: &str = "How sure: P10, P50 and P90";

/// A role key of the analysis (`csm`, …, `managers`) in words ("CSMs").
fn role_words(key: &str) -> String {
    let people = Role::PEOPLE.into_iter().find(|r| r.key() == key);
    people.map_or_else(
        || "Managers".into(),
        |r| crate::model::format::capitalised(r.noun().1),
    )
}

/// The percentiles of the analysis as a table: figure, unit, P10, P50 and
/// P90. A chance of being short is a share of samples: it fills the P50
/// column alone. What the budget holds "with 90% confidence" is its P10.
pub fn ranges_table(a: &Analysis, currency: &str) -> Table {
    let mut rows = Vec::new();
    let mut row = |figure: String, unit: &str, p: Option<&Percentiles>| {
        rows.push(vec![
            Cell::Text(figure),
            Cell::Text(unit.into()),
            p.map_or(Cell::Empty, |p| Cell::Num(p.p10)),
            p.map_or(Cell::Empty, |p| Cell::Num(p.p50)),
            p.map_or(Cell::Empty, |p| Cell::Num(p.p90)),
        ]);
    };
    row("People needed".into(), "people", Some(&a.people));
    for r in &a.roles {
        row(role_words(&r.role), "people", Some(&r.people));
    }
    let per_year = format!("{currency}/year");
    row("Yearly cost".into(), &per_year, Some(&a.cost));
    if let Some(p) = &a.cost_pct_of_arr {
        row("Cost as a share of ARR".into(), "%", Some(p));
    }
    if let Some(p) = &a.arr_per_csm {
        row("ARR per CSM".into(), currency, Some(p));
    }
    for t in &a.tiers {
        if let Some(p) = &t.customers_per_csm {
            row(
                format!("{}: customers per CSM", t.name),
                "customers",
                Some(p),
            );
        }
    }
    if let Some(h) = &a.held {
        rows.push(vec![
            Cell::Text("Customers the budget holds (P10: with 90% confidence)".into()),
            Cell::Text("customers".into()),
            Cell::Num(h.confident),
            Cell::Num(h.p50),
            Cell::Empty,
        ]);
    }
    for (who, chance) in [("today's team", &a.today), ("the budget", &a.budget)] {
        if let Some(c) = chance {
            rows.push(vec![
                Cell::Text(format!("Chance {who} of {} is short", num(c.people))),
                Cell::Text("% of samples".into()),
                Cell::Empty,
                Cell::Num(c.short * 100.0),
                Cell::Empty,
            ]);
        }
    }
    Table {
        id: RANGES_ID,
        title: format!(
            "{RANGES_TITLE} ({} samples, seed {})",
            num(a.samples as f64),
            a.seed
        ),
        header: ["Figure", "Unit", "P10", "P50", "P90"]
            .map(String::from)
            .to_vec(),
        rows,
    }
}

/// The file name of the range table's CSV file.
pub const RANGES_FILE: &str = "tierplan-ranges.csv";

/// The export menu's entry for [`RANGES_FILE`], offered when the plan has
/// ranges.
pub const RANGES_MENU: (&str, &str) = (RANGES_FILE, "How sure: P10, P50, P90 (CSV)");

/// The page's CSV files of `scenario`: every table of the plan
/// ([`super::csv_files`]), then [`RANGES_FILE`] when it stores ranges that
/// can be sampled.
pub fn csv_files_with_ranges(scenario: &Scenario, report: &Report) -> Vec<(String, String)> {
    let mut files = super::csv_files(scenario, report);
    files.extend(ranges_csv_file(scenario, report));
    files
}

/// [`RANGES_FILE`] and its CSV text when `scenario` stores ranges that can
/// be sampled.
pub fn ranges_csv_file(scenario: &Scenario, report: &Report) -> Option<(String, String)> {
    stored_analysis(scenario).map(|a| {
        (
            RANGES_FILE.into(),
            super::to_csv(&ranges_table(&a, &report.plan.currency)),
        )
    })
}

/// The page's Markdown summary ([`super::markdown::summary`]), followed by
/// the range analysis's section ([`ranges_markdown`]) when `scenario`
/// stores ranges: as the command line prints a link with ranges.
pub fn summary_with_ranges(
    scenario: &Scenario,
    report: &Report,
    share_link: &str,
    backward: bool,
) -> String {
    let text = super::markdown::summary(scenario, report, share_link, backward);
    match stored_analysis(scenario) {
        Some(a) => text + "\n" + &ranges_markdown(&a, &report.plan.currency),
        None => text,
    }
}

/// The ranges `scenario` stores, in words, for a printed summary of its
/// inputs: "High touch: customers 30 to 60 (uniform); Hours per week 36 to
/// 44 (triangular)", each field by its label (its path when it names no
/// field), then the samples and the seed.
pub fn ranges_entered(scenario: &Scenario) -> String {
    let fields = crate::model::inputs::inputs(scenario);
    let ranges: Vec<String> = scenario
        .uncertainty
        .ranges
        .iter()
        .map(|e| {
            let label = fields
                .iter()
                .find(|i| i.path() == e.path)
                .map_or_else(|| e.path.clone(), |i| i.label(scenario));
            format!(
                "{label} {} to {} ({})",
                num(e.low),
                num(e.high),
                e.shape.name()
            )
        })
        .collect();
    format!(
        "{}; {} samples, seed {}",
        ranges.join("; "),
        num(f64::from(scenario.uncertainty.samples)),
        scenario.uncertainty.seed
    )
}

/// The range analysis as a Markdown section: the headline, the table and
/// the method.
pub fn ranges_markdown(a: &Analysis, currency: &str) -> String {
    let table = ranges_table(a, currency);
    let mut out = format!("## {}\n\n**{}**\n\n", table.title, escape(&a.headline));
    out.push_str(&format!("| {} |\n", table.header.join(" | ")));
    out.push_str("| --- | --- | ---: | ---: | ---: |\n");
    for row in &table.rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| match c {
                Cell::Text(s) => escape(s),
                Cell::Num(x) => num(*x),
                Cell::Empty => String::new(),
            })
            .collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out.push_str(&format!("\n{}\n", escape(&a.method)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pages_exports_carry_the_stored_ranges_percentiles() {
        use crate::model::report;
        use crate::model::uncertainty::{RangeEntry, Ranges, Shape};
        let plain = Scenario::default();
        let r = report(&plain);
        assert_eq!(
            csv_files_with_ranges(&plain, &r),
            super::super::csv_files(&plain, &r)
        );
        assert_eq!(
            summary_with_ranges(&plain, &r, "", false),
            super::super::markdown::summary(&plain, &r, "", false)
        );
        let ranged = Scenario {
            uncertainty: Ranges {
                ranges: vec![RangeEntry {
                    path: "tiers.0.customers".into(),
                    low: 30.0,
                    high: 60.0,
                    shape: Shape::Uniform,
                }],
                ..Ranges::default()
            },
            ..Scenario::default()
        };
        let r = report(&ranged);
        let a = stored_analysis(&ranged).unwrap();
        let files = csv_files_with_ranges(&ranged, &r);
        let (name, csv) = files.last().unwrap();
        assert_eq!(name, RANGES_FILE);
        assert_eq!(*csv, super::super::to_csv(&ranges_table(&a, "USD")));
        assert!(csv.contains(&format!(
            "People needed,people,{},{},{}",
            a.people.p10, a.people.p50, a.people.p90
        )));
        assert_eq!(
            ranges_entered(&ranged),
            format!(
                "{}: customers 30 to 60 (uniform); 2,000 samples, seed 1",
                ranged.tiers[0].name
            )
        );
        let md = summary_with_ranges(&ranged, &r, "", false);
        assert!(md.ends_with(&ranges_markdown(&a, "USD")), "{md}");
    }
    use crate::model::inputs::{Input, TierField};
    use crate::model::uncertainty::{analyse, Range, Shape, Uncertainty};
    use crate::model::Scenario;

    fn analysis() -> Analysis {
        let u = Uncertainty {
            ranges: vec![Range::new(
                Input::Tier(0, TierField::Customers),
                30.0,
                60.0,
                Shape::Uniform,
            )],
            ..Uncertainty::default()
        };
        analyse(&Scenario::default(), &u).unwrap()
    }

    #[test]
    fn the_table_holds_the_engines_percentiles() {
        let a = analysis();
        let t = ranges_table(&a, "USD");
        assert_eq!(t.rows[0][0], Cell::Text("People needed".into()));
        assert_eq!(t.rows[0][2], Cell::Num(a.people.p10));
        assert_eq!(t.rows[0][4], Cell::Num(a.people.p90));
        assert_eq!(t.rows[1][0], Cell::Text("CSMs".into()));
        let chance = t.rows.last().unwrap();
        assert_eq!(
            chance[3],
            Cell::Num(a.budget.as_ref().unwrap().short * 100.0)
        );
        assert!(t.rows.iter().all(|r| r.len() == t.header.len()));
    }

    #[test]
    fn the_markdown_section_says_the_headline_and_the_method() {
        let a = analysis();
        let md = ranges_markdown(&a, "USD");
        assert!(md.starts_with("## How sure: P10, P50 and P90 (2,000 samples, seed 1)"));
        assert!(md.contains(&format!("**{}**", escape(&a.headline))));
        assert!(md.contains("Latin hypercube"));
    }
}
