//! The link and file fuzzer: makes mutated links and scenario files from
//! the committed corpus (see `tests/common/fuzz.rs` for the mutations),
//! reads each as the command does and prints every one that opens in every
//! output format, catching panics.
//!
//! ```sh
//! cargo run --profile fuzz --example fuzz_links -- --cases 10000000 --seed 1 --jobs 2
//! ```
//!
//! Options: `--cases N` (default 1,000,000), `--seed S` (default 1),
//! `--jobs J` threads (default 1), `--out DIR` where the input of each panic
//! is saved (default `fuzz-crashes`; `tierplan "$(cat FILE)"` for a link,
//! `tierplan FILE` for a file, reproduces it). Prints the cases per second
//! as it goes, then the totals and the peak memory (VmHWM); exits with 1
//! if any case panicked. The `fuzz` profile is the release one with panics
//! that unwind, so that they can be caught and counted.

#[path = "../tests/common/fuzz.rs"]
mod fuzz;

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use fuzz::{check, make_case, quiet_panics, Case, Corpus, Outcome};

struct Args {
    cases: u64,
    seed: u64,
    jobs: u64,
    out: PathBuf,
}

fn args() -> Args {
    let mut a = Args {
        cases: 1_000_000,
        seed: 1,
        jobs: 1,
        out: PathBuf::from("fuzz-crashes"),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().unwrap_or_default();
        let number = || value.replace('_', "").parse::<u64>().ok();
        match flag.as_str() {
            "--cases" => a.cases = number().expect("--cases N"),
            "--seed" => a.seed = number().expect("--seed S"),
            "--jobs" => a.jobs = number().expect("--jobs J").max(1),
            "--out" => a.out = PathBuf::from(value),
            other => {
                panic!("unknown option {other}; see the doc comment of examples/fuzz_links.rs")
            }
        }
    }
    a
}

/// The peak resident memory of this process, from `/proc/self/status`.
fn peak_memory() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l["VmHWM:".len()..].trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into())
}

fn main() {
    let a = args();
    let corpus = Corpus::load();
    quiet_panics();
    let done = AtomicU64::new(0);
    let printed = AtomicU64::new(0);
    let panics: Mutex<Vec<(u64, String)>> = Mutex::new(Vec::new());
    let start = Instant::now();
    println!(
        "fuzz_links: {} cases, seed {}, {} job(s), {} corpus links",
        a.cases,
        a.seed,
        a.jobs,
        corpus.links.len()
    );
    std::thread::scope(|scope| {
        for job in 0..a.jobs {
            let (corpus, done, printed, panics, a) = (&corpus, &done, &printed, &panics, &a);
            scope.spawn(move || {
                let mut case_number = job;
                while case_number < a.cases {
                    let case = make_case(corpus, a.seed, case_number);
                    match check(&case) {
                        Ok(Outcome::Printed) => {
                            printed.fetch_add(1, Ordering::Relaxed);
                        }
                        Ok(Outcome::Refused) => {}
                        Err(message) => {
                            let path = save(&a.out, case_number, &case);
                            eprintln!("PANIC case {case_number}: {message}\n  input: {path}");
                            panics.lock().unwrap().push((case_number, message));
                        }
                    }
                    done.fetch_add(1, Ordering::Relaxed);
                    case_number += a.jobs;
                }
            });
        }
        let mut last = (Instant::now(), 0);
        while done.load(Ordering::Relaxed) < a.cases {
            std::thread::sleep(Duration::from_millis(200));
            if last.0.elapsed() >= Duration::from_secs(30) {
                let n = done.load(Ordering::Relaxed);
                let rate = (n - last.1) as f64 / last.0.elapsed().as_secs_f64();
                println!(
                    "{n} cases ({:.1}%), {rate:.0} cases/s, {} printed, {} panics, {:.0} s, peak memory {}",
                    100.0 * n as f64 / a.cases as f64,
                    printed.load(Ordering::Relaxed),
                    panics.lock().unwrap().len(),
                    start.elapsed().as_secs_f64(),
                    peak_memory()
                );
                last = (Instant::now(), n);
            }
        }
    });
    let seconds = start.elapsed().as_secs_f64();
    let n = done.load(Ordering::Relaxed);
    let panics = panics.into_inner().unwrap();
    println!(
        "done: {n} cases in {seconds:.0} s ({:.0} cases/s), {} opened and printed in every format, {} refused with a message, {} panics, peak memory {}",
        n as f64 / seconds,
        printed.load(Ordering::Relaxed),
        n - printed.load(Ordering::Relaxed) - panics.len() as u64,
        panics.len(),
        peak_memory()
    );
    if !panics.is_empty() {
        std::process::exit(1);
    }
}

/// Saves the input of a case that panicked; returns where.
fn save(dir: &PathBuf, case_number: u64, case: &Case) -> String {
    let name = match case {
        Case::Link(_) => format!("case-{case_number}.link.txt"),
        Case::File(_) => format!("case-{case_number}.json"),
    };
    let path = dir.join(name);
    let _ = std::fs::create_dir_all(dir);
    match std::fs::write(&path, case.text()) {
        Ok(()) => path.display().to_string(),
        Err(e) => format!("not saved ({e})"),
    }
}
