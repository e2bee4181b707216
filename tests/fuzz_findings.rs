//! Inputs the fuzzer (`examples/fuzz_links.rs`) found to break the command,
//! each cut down to what still broke it: every one must now print in every
//! output format of the command, run in this process (so that an overflow
//! in arithmetic, checked in test builds, shows up as a panic).
#![cfg(not(target_arch = "wasm32"))]

use std::panic::{catch_unwind, AssertUnwindSafe};

use tierplan::cli::{run, Format};

/// Runs the command on `input` in every output format; each must exit with
/// `status` and print without panicking.
fn prints_in_every_format(input: &str, status: i32) {
    for format in Format::ALL {
        let args: Vec<String> = ["--format", format.name(), input]
            .iter()
            .map(|a| a.to_string())
            .collect();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = catch_unwind(AssertUnwindSafe(|| run(&args, &mut out, &mut err)));
        let err = String::from_utf8_lossy(&err);
        assert_eq!(code.ok(), Some(status), "{}: {err}", format.name());
    }
}

/// Two tiers of a billion customers, each needing 10,000 hours 10,000 times
/// a year: so many CSMs that the whole-people counts of named and pooled
/// CSMs (each capped at the largest `u32`) overflowed when added for "ARR
/// per CSM" in the explanation and the guardrail (a panic in test builds, a
/// wrong count in the page's).
#[test]
fn so_many_csms_that_their_count_overflows() {
    prints_in_every_format(
        "v=2&z=zZUxCgAACAIf3uezIpAoaHRpP-zUaCtGhD1_V42W-Hl1mjTe9cGxyk5AMsqDByk5",
        0,
    );
}
