//! Version 2 of the link format: its frozen files. Version 2 adds what an
//! imported list of accounts brings to a scenario: the tiering rule and its
//! weights (`tiering`), each tier's score cut-off (`min_score`) and renewal
//! months (`renewal_months`), touches done at renewal (`at_renewal`, the
//! last cell of a touch row), the `accounts` base mode and the month of the
//! list (`base.as_of`). Only counts travel: never an account.
//!
//! `v2_defaults.json` and `v2_dictionary.txt` are never edited (a test pins
//! each to its hash); while version 2 is the version this build writes, the
//! drift guard in `snapshot.rs` also checks them against this build's types.

use super::version::Version;

/// Version 2: the scenario with tiering and imported accounts.
pub static V2: Version = Version::new(
    2,
    include_str!("v2_defaults.json"),
    include_bytes!("v2_dictionary.txt"),
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::version::tests::{fnv1a, rows_name_every_field};

    /// Version 2's files are frozen once links are made with them.
    #[test]
    fn version_2_files_are_frozen() {
        assert_eq!(
            fnv1a(V2.snapshot.as_bytes()),
            0xed15_4df3_472b_73fd,
            "v2_defaults.json"
        );
        assert_eq!(
            fnv1a(V2.dictionary),
            0xeb14_6a7e_eb02_fde8,
            "v2_dictionary.txt"
        );
    }

    #[test]
    fn every_row_names_every_field_of_its_item() {
        rows_name_every_field(&V2);
    }

    /// A touch row of version 1 reads the same in version 2: `at_renewal`
    /// is appended, never inserted.
    #[test]
    fn version_2_rows_extend_version_1s() {
        let (one, two) = (
            super::super::v1::V1.defaults().unwrap(),
            V2.defaults().unwrap(),
        );
        for (key, fields) in &one.rows {
            let old = fields.as_array().unwrap();
            let new = two.rows[key].as_array().unwrap();
            assert_eq!(&new[..old.len()], &old[..], "{key}");
        }
    }
}
