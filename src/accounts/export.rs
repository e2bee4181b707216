//! The tiered list as CSV: every original column of each account read, then
//! Tier, Rule tier, Score, Reason, Override.
//!
//! - RFC 4180: comma separated, CRLF line ends, quoted when needed
//!   ([`crate::export::csv::quote`]).
//! - Safe to open in a spreadsheet: text a spreadsheet would run as a
//!   formula gets a leading `'` ([`crate::export::csv::defuse`]). A cell that
//!   reads as an amount (`-5`, `-$1,200`, `-`) is not a formula and is
//!   written as it was, so that it reads back the same.
//! - Read back with [`crate::accounts::guess_mapping`], the added columns are
//!   guessed as the current tier ("Tier") and the override ("Override"), so
//!   the same rule gives the same tiers. When the list already had a column
//!   of one of those names, the added one is named "… (tierplan)", which the
//!   guess prefers.

use super::assign::reason;
use super::number::{parse_amount, DecimalMark};
use super::{Account, Assignment, Table};
use crate::export::csv::{defuse, formula_like, needs_quotes, quote};
use crate::model::tiering::Tiering;

/// The names of the added columns (before any " (tierplan)").
pub const ADDED: [&str; 5] = ["Tier", "Rule tier", "Score", "Reason", "Override"];

/// The tiered list as CSV text (see the module documentation).
pub fn tiered_csv(
    table: &Table,
    accounts: &[Account],
    assignments: &[Assignment],
    tiering: &Tiering,
    cutoffs: &[f64],
    tier_names: &[String],
    currency: &str,
) -> String {
    let mut out = String::new();
    let taken = |name: &str| {
        table
            .headers()
            .iter()
            .any(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let added = ADDED.map(|name| {
        if taken(name) {
            format!("{name} (tierplan)")
        } else {
            name.to_string()
        }
    });
    let header: Vec<&str> = table
        .headers()
        .iter()
        .map(String::as_str)
        .chain(added.iter().map(String::as_str))
        .collect();
    push_row(&mut out, header.iter().map(|h| cell(h)));
    let name = |t: u8| {
        tier_names
            .get(t as usize)
            .cloned()
            .unwrap_or_else(|| format!("Tier {}", t + 1))
    };
    let width = table.headers().len();
    for (account, s) in accounts.iter().zip(assignments) {
        let row = account.row as usize;
        let why = reason(account, s, tiering, cutoffs, tier_names, currency);
        let ours = [
            cell(&name(s.tier)),
            cell(&name(s.rule_tier)),
            if s.score.is_finite() {
                crate::decimal::format(s.score)
            } else {
                String::new()
            },
            cell(&why),
            if s.overridden {
                cell(&name(s.tier))
            } else {
                String::new()
            },
        ];
        for c in 0..width {
            push_cell(&mut out, table.cell(row, c));
            out.push(',');
        }
        push_row(&mut out, ours.into_iter());
    }
    out
}

/// One cell as CSV: quoted when needed, defused unless it reads as an amount.
fn cell(text: &str) -> String {
    let mut out = String::new();
    push_cell(&mut out, text);
    out
}

/// Writes one cell as [`cell`] does, without a copy for the plain ones.
fn push_cell(out: &mut String, text: &str) {
    let amount = || {
        parse_amount(text, DecimalMark::Dot).is_ok()
            || parse_amount(text, DecimalMark::Comma).is_ok()
    };
    if !formula_like(text) || amount() {
        if needs_quotes(text) {
            out.push_str(&quote(text));
        } else {
            out.push_str(text);
        }
    } else {
        out.push_str(&quote(&defuse(text)));
    }
}

/// Writes a row: cells (already CSV text) separated by commas, then CRLF.
fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    for (k, c) in cells.enumerate() {
        if k > 0 {
            out.push(',');
        }
        out.push_str(&c);
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::{assign, guess_mapping, read_accounts, read_table};

    fn names() -> Vec<String> {
        ["High touch", "Low touch", "Tech touch"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    #[test]
    fn the_tiered_list_with_its_columns() {
        let csv = "Name;ARR;Notes\n=HYPERLINK(\"x\");€ 150.000,00;-5\n\"Beta, Inc\";-;@me\n";
        let table = read_table(csv.as_bytes()).unwrap();
        let mapping = guess_mapping(table.headers());
        let read = read_accounts(&table, &mapping, &names()).unwrap();
        let mut accounts = read.accounts;
        accounts[1].override_tier = Some(0);
        let t = Tiering::default();
        let cut = [100_000.0, 10_000.0, 0.0];
        let s = assign(&accounts, &t, &cut);
        let out = tiered_csv(&table, &accounts, &s, &t, &cut, &names(), "EUR");
        let want = [
            "Name,ARR,Notes,Tier,Rule tier,Score,Reason,Override",
            "\"'=HYPERLINK(\"\"x\"\")\",\"€ 150.000,00\",-5,High touch,High touch,150000,\
             ARR €150K ≥ €100K cut-off of High touch,",
            "\"Beta, Inc\",-,'@me,High touch,Tech touch,0,\
             Override: High touch (the rule says Tech touch),High touch",
        ];
        assert_eq!(out, want.join("\r\n") + "\r\n");
    }

    #[test]
    fn added_columns_are_renamed_when_the_list_has_them() {
        let table = read_table(b"Name,ARR,Tier,override\nA,5,x,y\n").unwrap();
        let out = tiered_csv(&table, &[], &[], &Tiering::default(), &[], &[], "USD");
        assert_eq!(
            out,
            "Name,ARR,Tier,override,Tier (tierplan),Rule tier,Score,Reason,Override (tierplan)\r\n"
        );
    }
}
