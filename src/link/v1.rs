//! Version 1 of the link format: its frozen files. The code that writes and
//! reads them is shared by every version ([`super::version`]).
//!
//! `v1_defaults.json` and `v1_dictionary.txt` are never edited (a test pins
//! each to its hash): version 1 links are read with them and migrated
//! forward, so they keep giving the same plan.

use super::version::Version;

/// Version 1: the scenario of the first release.
pub static V1: Version = Version::new(
    1,
    include_str!("v1_defaults.json"),
    include_bytes!("v1_dictionary.txt"),
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::version::tests::{fnv1a, rows_name_every_field};

    /// Version 1's files are frozen: links made with them are in the wild.
    #[test]
    fn version_1_files_are_frozen() {
        assert_eq!(
            fnv1a(V1.snapshot.as_bytes()),
            0xc213_c45a_47df_9396,
            "v1_defaults.json"
        );
        assert_eq!(
            fnv1a(V1.dictionary),
            0x62e0_43ff_771c_79ef,
            "v1_dictionary.txt"
        );
    }

    #[test]
    fn every_row_names_every_field_of_its_item() {
        rows_name_every_field(&V1);
    }
}
