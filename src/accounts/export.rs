//! The tiered list as CSV: every original column of each account read, then
//! Tier, Rule tier, Score, Reason, Override ([`tiered_csv`]); the rows left
//! out, with their line and reason ([`skipped_csv`]); and the accounts
//! that change tier ([`moves_csv`]).
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
use super::{Account, Assignment, LineProblem, Move, Table};
use crate::export::csv::{defuse, formula_like, needs_quotes, quote};
use crate::model::names::listed_tier_name;
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
    let name = |t: u8| tier_name(tier_names, t);
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

/// The rows left out of the tiered list, as CSV: "Line", "Reason", then
/// every column of the list with the row's cells as written, so they can be
/// fixed in the file and imported again. `skipped`: the rows the mapping
/// could not read as accounts (no name, ARR unreadable), in line order.
/// The rows the reader refused come with the cells it could split (those
/// before a quote that never closed, or as many as the header has); the
/// two are merged in line order. Quoted and defused as [`tiered_csv`].
pub fn skipped_csv(table: &Table, skipped: &[LineProblem]) -> String {
    let mut out = String::new();
    let header = ["Line", "Reason"]
        .into_iter()
        .chain(table.headers().iter().map(String::as_str));
    push_row(&mut out, header.map(cell));
    let refused = table.problems();
    let width = table.headers().len();
    let (mut i, mut j) = (0, 0);
    while i < refused.len() || j < skipped.len() {
        let from_reader =
            j >= skipped.len() || (i < refused.len() && refused[i].line <= skipped[j].line);
        let (problem, cells): (&LineProblem, Vec<&str>) = if from_reader {
            i += 1;
            let cells = table
                .refused_cells(i - 1)
                .iter()
                .map(String::as_str)
                .collect();
            (&refused[i - 1], cells)
        } else {
            j += 1;
            let p = &skipped[j - 1];
            let cells = match table.row_of_line(p.line) {
                Some(row) => (0..width).map(|c| table.cell(row, c)).collect(),
                None => Vec::new(),
            };
            (p, cells)
        };
        let first = [problem.line.to_string(), cell(&sentence(&problem.reason))];
        push_row(
            &mut out,
            first.into_iter().chain(cells.into_iter().map(cell)),
        );
    }
    out
}

/// A reason as a sentence: its first letter in capitals ("No account name").
fn sentence(reason: &str) -> String {
    crate::model::format::capitalised(reason)
}

/// The accounts that change tier at this review, as CSV: "Line",
/// "Account", "Tier today", "New tier", one row per [`Move`] in the order
/// given. Quoted and defused as [`tiered_csv`].
pub fn moves_csv(
    table: &Table,
    name_column: Option<usize>,
    accounts: &[Account],
    moves: &[Move],
    tier_names: &[String],
) -> String {
    let mut out = String::new();
    push_row(
        &mut out,
        ["Line", "Account", "Tier today", "New tier"]
            .into_iter()
            .map(cell),
    );
    for m in moves {
        let Some(account) = accounts.get(m.index as usize) else {
            continue;
        };
        let row = account.row as usize;
        let name = name_column.map_or("", |c| table.cell(row, c));
        let cells = [
            table.line(row).to_string(),
            cell(name),
            cell(&tier_name(tier_names, m.from)),
            cell(&tier_name(tier_names, m.to)),
        ];
        push_row(&mut out, cells.into_iter());
    }
    out
}

/// The name of tier `t` (0-based): [`listed_tier_name`].
fn tier_name(tier_names: &[String], t: u8) -> String {
    listed_tier_name(tier_names, usize::from(t))
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
    fn the_skipped_rows_with_their_line_reason_and_cells() {
        // Line 3: no name; line 4: too many cells (refused by the reader);
        // line 5: an ARR that is no amount, with a cell to defuse.
        let csv = "Name,ARR,Notes\nA,5,ok\n,7,no name\nB,8,x,extra\nC,abc,=cmd()\nD,9,\"open\n";
        let table = read_table(csv.as_bytes()).unwrap();
        let mapping = guess_mapping(table.headers());
        let read = read_accounts(&table, &mapping, &names()).unwrap();
        let out = skipped_csv(&table, &read.skipped);
        let lines: Vec<&str> = out.split("\r\n").collect();
        assert_eq!(lines[0], "Line,Reason,Name,ARR,Notes");
        assert_eq!(lines[1], "3,No account name,,7,no name");
        assert!(lines[2].starts_with("4,Line 4 has 4 cells"), "{}", lines[2]);
        assert!(lines[2].ends_with(",B,8,x"), "{}", lines[2]);
        assert_eq!(
            lines[3],
            "5,\"ARR \"\"abc\"\" is not an amount\",C,abc,'=cmd()"
        );
        assert!(
            lines[4].starts_with("6,A quote opened on line 6"),
            "{}",
            lines[4]
        );
        assert!(lines[4].ends_with(",D,9"), "{}", lines[4]);
        assert_eq!(lines.len(), 6, "{out}");
        assert_eq!(
            skipped_csv(&table, &[]).lines().count(),
            3,
            "the header and the two rows the reader refused"
        );
    }

    #[test]
    fn the_moves_with_their_tiers() {
        let table =
            read_table(b"Name,ARR,Tier\nUp,150000,Low touch\nStays,150000,High touch\n@Down,5,2\n")
                .unwrap();
        let mapping = guess_mapping(table.headers());
        let read = read_accounts(&table, &mapping, &names()).unwrap();
        let cut = [100_000.0, 10_000.0, 0.0];
        let s = assign(&read.accounts, &Tiering::default(), &cut);
        let r = crate::accounts::review(&read.accounts, &s, &cut, 3);
        let all = crate::accounts::moves(&r, &read.accounts, &s, 3, None, None);
        let out = moves_csv(&table, Some(0), &read.accounts, &all, &names());
        assert_eq!(
            out,
            "Line,Account,Tier today,New tier\r\n2,Up,Low touch,High touch\r\n4,'@Down,Low touch,Tech touch\r\n"
        );
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
