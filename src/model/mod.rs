//! The calculation engine: plain Rust, no DOM, no framework.
//!
//! Everything here compiles and is tested natively with `cargo test`.

pub mod capacity;
pub mod validate;
