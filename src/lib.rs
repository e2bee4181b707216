//! tierplan: how to tier Customer Success customers and how many CSMs each tier needs.
//!
//! - [`model`]: the calculation engine (plain Rust, tested natively).
//! - [`link`]: the scenario <-> URL codec (plain Rust, tested natively).
//! - `ui`: the Yew components, compiled for the browser only.

#![warn(missing_docs)]

pub mod link;
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod ui;
