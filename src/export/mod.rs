//! Exports of a plan: CSV tables for spreadsheets and a Markdown summary for
//! docs and wikis. Plain Rust, no DOM: the page offers them as downloads and
//! the command-line twin prints them.
//!
//! - [`tables()`]: the plan as named tables (summary, tiers, months, hires).
//! - [`csv_files`]: each table as a CSV file, `Vec<(file name, CSV text)>`.
//! - [`markdown()`]: a summary ready to paste, with the share link.

pub mod csv;
pub mod markdown;
pub mod tables;

pub use csv::{csv_files, to_csv};
pub use markdown::markdown;
pub use tables::{tables, Cell, Table};
