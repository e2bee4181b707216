//! tierplan: how to tier Customer Success customers and how many CSMs each tier needs.
//!
//! - [`accounts`]: an imported customer list: read, tiered, reviewed, summed (plain Rust).
//! - [`caseless`]: case-insensitive matching without core's Unicode case tables (small wasm).
//! - [`chart`]: chart geometry (scales, ticks, stacking, layouts), tested natively.
//! - [`decimal`]: decimal text <-> f64 without core float formatting (small wasm).
//! - [`model`]: the calculation engine (plain Rust, tested natively).
//! - [`link`]: the scenario <-> URL codec and scenario files (plain Rust, tested natively).
//! - [`float`]: `f64::clamp` without its float-printing assertion (small wasm).
//! - [`export`]: the plan as CSV tables and a Markdown summary.
//! - [`state`]: editing state and reducers (plain Rust, tested natively).
//! - `ui`: the Yew components, compiled for the browser only.
//! - `cli`: the command-line twin, compiled natively only.

#![warn(missing_docs)]

pub mod accounts;
pub mod caseless;
pub mod chart;
pub mod decimal;
pub mod export;
pub mod float;
pub mod link;
pub mod model;
pub mod state;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod ui;
