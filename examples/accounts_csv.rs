//! Writes a made-up customer list as CSV, for benchmarks and trying the import:
//! `cargo run --release --example accounts_csv -- ROWS [SEED] > file.csv`

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rows = args.first().and_then(|a| a.parse::<usize>().ok());
    let seed = args.get(1).map(|a| a.parse::<u64>());
    let (Some(rows), None | Some(Ok(_))) = (rows, &seed) else {
        eprintln!("usage: accounts_csv ROWS [SEED]   (ROWS and SEED whole numbers)");
        std::process::exit(2);
    };
    let seed = seed.and_then(Result::ok).unwrap_or(1);
    let csv = tierplan::accounts::sample_csv(rows, seed);
    if let Err(e) = std::io::stdout().lock().write_all(csv.as_bytes()) {
        eprintln!("accounts_csv: {e}");
        std::process::exit(1);
    }
}
