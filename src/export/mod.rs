//! Exports of a plan: CSV tables for spreadsheets and a Markdown summary for
//! docs and wikis. Plain Rust, no DOM: the page offers them as downloads and
//! the command-line twin prints them.
//!
//! - [`tables()`]: the plan as named tables (summary, tiers, months, hires).
//! - [`csv_files`]: each table as a CSV file, `Vec<(file name, CSV text)>`.
//! - [`markdown()`]: a summary ready to paste, with the share link;
//!   [`markdown::backward_markdown`]: the backward plan as a section of it.
//! - [`backward::capacity_table`]: what each tier can hold with the budget.
//! - [`compare`]: a comparison of scenarios as CSV tables and a Markdown memo.
//! - [`headline`]: the plan's first sentence, in parts; [`html`]: the plan as
//!   static HTML (the page's first paint).

pub mod backward;
pub mod compare;
pub mod csv;
pub mod fiscal;
pub mod headline;
pub mod html;
pub mod image;
pub mod markdown;
pub mod plan_rows;
pub mod ranges;
pub mod tables;

pub use csv::{csv_files, csv_files_over_time, to_csv};
pub use markdown::markdown;
pub use tables::{tables, Cell, Table};

/// The Markdown summary's file name.
pub const MARKDOWN_FILE: &str = "tierplan-summary.md";

/// What the page's export menu offers: file name and label, in order. The CSV
/// names are those [`csv_files`] writes (a test keeps them in step).
pub const MENU: [(&str, &str); 9] = [
    ("tierplan-summary.csv", "Summary table (CSV)"),
    ("tierplan-tiers.csv", "Tiers table (CSV)"),
    ("tierplan-months.csv", "Month-by-month table (CSV)"),
    ("tierplan-hires.csv", "Hires table (CSV)"),
    ("tierplan-hiring.csv", "Hiring in calendar months (CSV)"),
    ("tierplan-budget.csv", "This fiscal year's budget (CSV)"),
    ("tierplan-years.csv", "Three years ahead (CSV)"),
    ("tierplan-coverage.csv", "Coverage gap by month (CSV)"),
    (MARKDOWN_FILE, "Summary for a doc (Markdown)"),
];

#[cfg(test)]
mod menu_tests {
    use super::*;
    use crate::model::{report, Scenario};

    #[test]
    fn the_menu_names_every_csv_file_the_export_writes() {
        let scenario = Scenario::default();
        let today = crate::model::fiscal::YearMonth {
            year: 2027,
            month: 1,
        };
        let over_time = crate::model::fiscal_view::fiscal_view(&scenario, today);
        let written: Vec<String> = csv_files_over_time(&scenario, &report(&scenario), &over_time)
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        let offered: Vec<&str> = MENU
            .iter()
            .map(|(name, _)| *name)
            .filter(|name| name.ends_with(".csv"))
            .collect();
        assert_eq!(written, offered);
    }
}
