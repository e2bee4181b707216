//! Version 3 of the link format: its frozen files. Version 3 adds one
//! field, `managers.leader_reports`: the in-house people the existing CS
//! leader manages directly, for whom the plan counts no manager (default
//! 4). Links and files of versions 1 and 2 counted a manager for every
//! span of in-house people from the first person, so they are read with
//! `leader_reports` 0 (see [`super::migrate`]) and keep giving their plan.
//! Kept minimal on purpose: a later version can add its own fields.
//!
//! `v3_defaults.json` and `v3_dictionary.txt` are never edited (a test pins
//! each to its hash); while version 3 is the version this build writes, the
//! drift guard in `snapshot.rs` also checks them against this build's types.

use super::version::Version;

/// Version 3: the scenario with the CS leader's direct reports.
pub static V3: Version = Version::new(
    3,
    include_str!("v3_defaults.json"),
    include_bytes!("v3_dictionary.txt"),
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::version::tests::{fnv1a, rows_name_every_field};

    /// Version 3's files are frozen once links are made with them.
    #[test]
    fn version_3_files_are_frozen() {
        assert_eq!(
            fnv1a(V3.snapshot.as_bytes()),
            0x2b0c_00ca_69a6_41be,
            "v3_defaults.json"
        );
        assert_eq!(
            fnv1a(V3.dictionary),
            0x3b51_d966_1ff6_c7e6,
            "v3_dictionary.txt"
        );
    }

    #[test]
    fn every_row_names_every_field_of_its_item() {
        rows_name_every_field(&V3);
    }

    /// The rows of version 2 read the same in version 3.
    #[test]
    fn version_3_rows_are_version_2s() {
        let (two, three) = (
            super::super::v2::V2.defaults().unwrap(),
            V3.defaults().unwrap(),
        );
        assert_eq!(two.rows, three.rows);
    }
}
