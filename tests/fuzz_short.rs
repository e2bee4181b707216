//! A short run of the link and file fuzzer (`examples/fuzz_links.rs`, which
//! runs millions of cases in an optimised build): the same mutations of the
//! corpus, every case read as the command reads it and, when it opens,
//! printed in every output format, with no panic. `FUZZ_CASES=N` runs more.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/fuzz.rs"]
mod fuzz;

use fuzz::{check, make_case, quiet_panics, Case, Corpus, Outcome};

/// The cases of the test suite's run (a fixed seed: the same cases each
/// time). The unoptimised test build reads and prints about 130 cases per
/// second of one core, so 5,000 keep the run near 40 seconds; the
/// optimised fuzzer runs millions.
const CASES: u64 = 5_000;
const SEED: u64 = 20_261_206;

#[test]
fn mutated_links_and_files_never_panic() {
    let cases = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(CASES);
    let corpus = Corpus::load();
    quiet_panics();
    let (mut printed, mut panics) = (0u64, Vec::new());
    for n in 0..cases {
        let case = make_case(&corpus, SEED, n);
        match check(&case) {
            Ok(Outcome::Printed) => printed += 1,
            Ok(Outcome::Refused) => {}
            Err(message) => {
                let saved = std::env::temp_dir().join(format!("tierplan-fuzz-{SEED}-{n}.txt"));
                let _ = std::fs::write(&saved, case.text());
                panics.push(format!("case {n}: {message}\n  input: {}", saved.display()));
            }
        }
    }
    assert!(
        panics.is_empty(),
        "{} panics:\n{}",
        panics.len(),
        panics.join("\n")
    );
    // The mutations must reach the model and the printing, not only the
    // reader's refusals.
    assert!(
        printed * 5 >= cases,
        "only {printed} of {cases} cases opened"
    );
}

/// The same seed and case number make the same case (a panic's case can be
/// made again), and the kinds of case all occur.
#[test]
fn cases_are_reproducible_and_varied() {
    let corpus = Corpus::load();
    let cases: Vec<Case> = (0..400).map(|n| make_case(&corpus, 7, n)).collect();
    let again: Vec<Case> = (0..400).map(|n| make_case(&corpus, 7, n)).collect();
    assert_eq!(cases, again);
    let other: Vec<Case> = (0..400).map(|n| make_case(&corpus, 8, n)).collect();
    assert_ne!(cases, other);
    let links = cases.iter().filter(|c| matches!(c, Case::Link(_))).count();
    assert!((100..=350).contains(&links), "{links} links of 400");
    let long = cases.iter().filter(|c| c.text().len() > 100_000).count();
    assert!(long > 0, "no case holds a very long string");
    let z = cases.iter().filter(|c| c.text().contains("&z=")).count();
    assert!(z > 20, "{z} deflated payloads");
}

/// The harness catches a panic and reports its message and place, so a
/// clean run means no panic rather than an unseen one.
#[test]
fn a_panic_is_caught_and_reported() {
    quiet_panics();
    let caught: Result<(), String> = fuzz::catching(|| panic!("deliberate"));
    let message = caught.expect_err("the panic is caught");
    assert!(
        message.starts_with("deliberate at tests/fuzz_short.rs:"),
        "{message}"
    );
}
