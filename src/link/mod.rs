//! The scenario <-> URL codec: plain Rust, no DOM.
//!
//! The format is versioned from day one (`v=1`). Only values that differ from
//! the version's defaults are written, so the default scenario's link is empty.

mod query;

pub use query::{decode_team, encode_team, LinkIssue, LINK_VERSION};
mod interim;
pub use interim::{decode, encode, from_file_json, to_file_json, Decoded, LinkError};
