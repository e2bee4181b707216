//! The `tierplan` binary, run as a person runs it, for the command-line
//! tests (`#[path = "common/binary.rs"] mod binary;`).
#![allow(dead_code)]

use std::process::{Command, Output};

/// Runs `tierplan` with `args` and waits for it.
pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tierplan"))
        .args(args)
        .output()
        .expect("the binary runs")
}

/// Printed bytes as text (invalid UTF-8 as U+FFFD).
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
