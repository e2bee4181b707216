//! A made-up customer list, the same for the same seed: for tests,
//! benchmarks, the page's end-to-end test and anyone trying the import.
//!
//! Columns: Account Name (some with a comma, so quoted), ARR (as
//! `$1,234,500`, `85000`, `$85.5k` or `$1.2M`; a few empty), Employees,
//! # Products, Complexity (Low / Medium / High or 1–5), Strategic (Yes / No),
//! Industry, Region, Health Score (0–100 or Green / Amber / Red), Customer
//! Since and Renewal Date (ISO dates around 2026-01-01), Current Tier (the
//! default plan's tiers by ARR, one in ten moved by hand).

use crate::export::csv::quote;

/// The header of [`sample_csv`].
pub const SAMPLE_HEADER: [&str; 12] = [
    "Account Name",
    "ARR",
    "Employees",
    "# Products",
    "Complexity",
    "Strategic",
    "Industry",
    "Region",
    "Health Score",
    "Customer Since",
    "Renewal Date",
    "Current Tier",
];

/// A customer list of `rows` accounts as CSV (CRLF line ends).
pub fn sample_csv(rows: usize, seed: u64) -> String {
    const FIRST: [&str; 24] = [
        "Acme",
        "Northwind",
        "Contoso",
        "Fabrikam",
        "Globex",
        "Initech",
        "Umbrella",
        "Stark",
        "Wayne",
        "Tyrell",
        "Cyberdyne",
        "Soylent",
        "Hooli",
        "Vandelay",
        "Wonka",
        "Gringotts",
        "Oceanic",
        "Aperture",
        "Blue Sun",
        "Monarch",
        "Nakatomi",
        "Pied Piper",
        "Dunder",
        "Zorg",
    ];
    const SECOND: [&str; 12] = [
        "Labs",
        "Systems",
        "Logistics",
        "Health",
        "Foods",
        "Energy",
        "Media",
        "Analytics",
        "Robotics",
        "Finance",
        "Retail",
        "Works",
    ];
    const SUFFIX: [&str; 8] = [
        "", " Inc", ", Inc.", " GmbH", " Ltd", " SA", ", LLC", " Group",
    ];
    const INDUSTRY: [&str; 9] = [
        "Software",
        "Healthcare",
        "Financial services",
        "Retail",
        "Manufacturing",
        "Education",
        "Media",
        "Logistics",
        "Public sector",
    ];
    const REGION: [&str; 4] = ["NA", "EMEA", "APAC", "LATAM"];
    const TIERS: [&str; 3] = ["High touch", "Low touch", "Tech touch"];
    let mut rng = Rng(seed ^ 0x9E37_79B9_7F4A_7C15);
    let mut out = String::with_capacity(rows * 130 + 200);
    out.push_str(&SAMPLE_HEADER.map(quote).join(","));
    out.push_str("\r\n");
    let start = super::date::days_from_ymd(2016, 1, 1);
    let as_of = super::date::days_from_ymd(2026, 1, 1);
    for k in 0..rows {
        let name = format!(
            "{} {}{}{}",
            rng.pick(&FIRST),
            rng.pick(&SECOND),
            rng.pick(&SUFFIX),
            if k >= 2304 {
                format!(" {}", k / 2304)
            } else {
                String::new()
            }
        );
        // ARR: log-uniform from $2k to $3M, so most accounts are small.
        let arr = (2000f64.ln() + rng.unit() * (3e6f64.ln() - 2000f64.ln())).exp();
        let (arr, arr_text) = match rng.below(20) {
            0 => (0.0, String::new()),
            1..=9 => {
                let v = (arr / 100.0).round() * 100.0;
                (v, format!("${}", crate::model::format::num(v)))
            }
            10..=13 => {
                let v = arr.round();
                (v, crate::decimal::format(v))
            }
            _ if arr < 1e6 => {
                let tenths = (arr / 100.0).round();
                (
                    tenths * 100.0,
                    format!("${}k", crate::decimal::format(tenths / 10.0)),
                )
            }
            _ => {
                let tenths = (arr / 100_000.0).round().max(1.0);
                (
                    tenths * 100_000.0,
                    format!("${}M", crate::decimal::format(tenths / 10.0)),
                )
            }
        };
        let employees = if rng.below(20) == 0 {
            String::new()
        } else {
            let e = (arr / 150.0 * (0.5 + rng.unit())).round().max(1.0);
            (e as u64).to_string()
        };
        let products = 1 + rng.below(3) + (arr / 400_000.0).min(5.0) as u64;
        let complexity = if rng.below(5) < 3 {
            ["Low", "Medium", "High"][rng.below(3) as usize].to_string()
        } else {
            (1 + rng.below(5)).to_string()
        };
        let strategic = if rng.below(100) < 8 { "Yes" } else { "No" };
        let health = if rng.below(10) < 7 {
            rng.below(101).to_string()
        } else {
            ["Green", "Amber", "Red"][rng.below(3) as usize].to_string()
        };
        let since = start + rng.below((as_of - start) as u64) as i32;
        let renewal = if rng.below(20) == 0 {
            String::new()
        } else {
            iso(as_of + rng.below(546) as i32)
        };
        let rule = if arr >= 100_000.0 {
            0
        } else if arr >= 10_000.0 {
            1
        } else {
            2
        };
        let tier = if rng.below(10) == 0 {
            (rule + 1 + rng.below(2) as usize) % 3
        } else {
            rule
        };
        let cells = [
            quote(&name),
            quote(&arr_text),
            employees,
            products.to_string(),
            complexity,
            strategic.to_string(),
            rng.pick(&INDUSTRY).to_string(),
            rng.pick(&REGION).to_string(),
            health,
            iso(since),
            renewal,
            TIERS[tier].to_string(),
        ];
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// `2026-01-31`.
fn iso(days: i32) -> String {
    let (y, m, d) = super::date::ymd_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// SplitMix64: small, fast, and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in 0..n (n > 0).
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::{guess_mapping, read_accounts, read_table, Field};

    #[test]
    fn the_sample_reads_cleanly_and_is_the_same_for_a_seed() {
        let csv = sample_csv(2000, 7);
        assert_eq!(csv, sample_csv(2000, 7));
        assert_ne!(csv, sample_csv(2000, 8));
        let table = read_table(csv.as_bytes()).unwrap();
        assert_eq!(table.len(), 2000);
        assert!(table.problems().is_empty());
        let mapping = guess_mapping(table.headers());
        for f in Field::ALL {
            let mapped = mapping.column_of(f).is_some();
            let expected = !matches!(f, Field::Mrr | Field::OverrideTier);
            assert_eq!(mapped, expected, "{f:?}");
        }
        let tiers: Vec<String> = ["High touch", "Low touch", "Tech touch"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let read = read_accounts(&table, &mapping, &tiers).unwrap();
        assert_eq!(read.accounts.len(), 2000);
        assert!(read.skipped.is_empty(), "{:?}", &read.skipped[..1]);
        // Every twentieth ARR is left empty on purpose: each says so.
        assert!(
            read.warnings
                .iter()
                .all(|w| w.reason.starts_with("ARR is empty")),
            "{:?}",
            &read.warnings[..1]
        );
        assert!(!read.warnings.is_empty());
        let big = read.accounts.iter().filter(|a| a.arr >= 100_000.0).count();
        assert!(big > 100 && big < 1000, "{big}");
        assert!(read.accounts.iter().any(|a| a.strategic));
        assert!(read.accounts.iter().all(|a| a.since.is_some()));
    }
}
