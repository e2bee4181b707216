//! Version 4 of the link format: its frozen files. Version 4 is the one
//! version for three features, designed together (docs/link-format.md):
//! - `uncertainty`: ranges on inputs (rows of path, low, high and shape
//!   index), the sample count and the seed;
//! - `calendar`, `hiring`, `coverage`: the plan's months and fiscal year,
//!   what hiring costs and how fast it can go, and what an uncovered
//!   customer is assumed to cost;
//! - alternatives: up to three more scenarios in the same link (`a1=` to
//!   `a3=`), each a patch against the base scenario (`alternatives.rs`).
//!
//! Every new member defaults to what earlier versions did, so a link of
//! versions 1 to 3 migrates without a change to its plan.
//!
//! `v4_defaults.json` and `v4_dictionary.txt` are never edited (a test pins
//! each to its hash); while version 4 is the version this build writes, the
//! drift guard in `snapshot.rs` also checks them against this build's types.

use super::version::Version;

/// Version 4: ranges, the calendar, hiring, coverage, and alternatives.
pub static V4: Version = Version::new(
    4,
    include_str!("v4_defaults.json"),
    include_bytes!("v4_dictionary.txt"),
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::version::tests::{fnv1a, rows_name_every_field};

    /// Version 4's files are frozen once links are made with them.
    #[test]
    fn version_4_files_are_frozen() {
        assert_eq!(
            fnv1a(V4.snapshot.as_bytes()),
            0x1f2e_4bc8_0dc6_d356,
            "v4_defaults.json"
        );
        assert_eq!(
            fnv1a(V4.dictionary),
            0x2f55_7a76_9fed_d7b7,
            "v4_dictionary.txt"
        );
    }

    #[test]
    fn every_row_names_every_field_of_its_item() {
        rows_name_every_field(&V4);
    }

    /// The rows of version 3 read the same in version 4.
    #[test]
    fn version_4_keeps_version_3s_rows() {
        let (three, four) = (
            super::super::v3::V3.defaults().unwrap(),
            V4.defaults().unwrap(),
        );
        for (key, fields) in &three.rows {
            assert_eq!(Some(fields), four.rows.get(key), "{key}");
        }
    }
}
