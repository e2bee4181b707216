//! tierplan: how to tier Customer Success customers and how many CSMs each tier needs.
//!
//! - [`chart`]: chart geometry (scales, ticks, stacking, layouts), tested natively.
//! - [`decimal`]: decimal text <-> f64 without core float formatting (small wasm).
//! - [`model`]: the calculation engine (plain Rust, tested natively).
//! - [`link`]: the scenario <-> URL codec (plain Rust, tested natively).
//! - [`state`]: editing state and reducers (plain Rust, tested natively).
//! - `ui`: the Yew components, compiled for the browser only.

#![warn(missing_docs)]

pub mod chart;
pub mod decimal;
pub mod link;
pub mod model;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod ui;
