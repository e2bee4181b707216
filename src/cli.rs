//! The command-line twin of the page (native only): reads a link or a
//! scenario file and prints the plan with the same engine and the same
//! number formats as the page's exports.
//!
//! ```text
//! tierplan [--format table|json|csv|markdown] [--table NAME] [--base URL] [--backward] <link or file>
//! ```
//!
//! Exit status: 0 with a plan (impossible inputs are reported on stderr as
//! warnings, as the page shows them at their fields), 1 when the link or file
//! cannot be read, 2 for a usage mistake. Never panics on any input.

use std::io::Write;

use crate::export::backward::capacity_table;
use crate::export::markdown::summary;
use crate::export::{tables, to_csv, Cell, Table};
use crate::link::{self, Decoded, MAX_FILE_LEN};
use crate::model::backward::{budget_words, CUTOFFS_HEADING, CUTS_HEADING, TITLE};
use crate::model::format::num;
use crate::model::{report, Report, Scenario};

/// The usage text of `--help`.
pub const USAGE: &str = "\
tierplan: how many Customer Success people each tier needs, from a tierplan link or file.

Usage:
  tierplan [options] <link or file>

  <link or file>      a page address (https://…/?v=1&…), its query (v=1&…),
                      or the path of a scenario file saved from the page (.json)

Options:
  --format FORMAT     table (default), json (the full report), csv or markdown
  --table NAME        with csv: print one table: summary, tiers, months or hires
  --base URL          page address for the share link in markdown output
                      (default: the address given, when a full address was given)
  --backward          with table or markdown: also plan backward from the budget
                      (the default when the link is in the page's backward view)
  -h, --help          this text

Exit status: 0 plan printed, 1 unreadable link or file, 2 usage mistake.
";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Table,
    Json,
    Csv,
    Markdown,
}

struct Options {
    format: Format,
    table: Option<String>,
    base: Option<String>,
    backward: bool,
    input: String,
}

/// Runs the command with `args` (without the program name), writing the plan
/// to `out` and messages to `err`; returns the exit status.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let options = match parse_args(args) {
        Ok(Some(o)) => o,
        Ok(None) => {
            let _ = out.write_all(USAGE.as_bytes());
            return 0;
        }
        Err(message) => {
            let _ = writeln!(err, "tierplan: {message}\n\n{USAGE}");
            return 2;
        }
    };
    let decoded = match read_input(&options.input) {
        Ok(d) => d,
        Err(message) => {
            let _ = writeln!(err, "tierplan: {message}");
            return 1;
        }
    };
    for w in &decoded.warnings {
        let _ = writeln!(err, "warning: {}", w.message);
    }
    let scenario = decoded.scenario;
    let r = report(&scenario);
    for e in &r.errors {
        let _ = writeln!(err, "warning: impossible input, brought into range: {e}");
    }
    let backward = options.backward || backward_view(&options.input);
    let text = match options.format {
        Format::Table if backward => text_report(&scenario, &r) + "\n" + &backward_text(&r),
        Format::Table => text_report(&scenario, &r),
        Format::Json => serde_json::to_string_pretty(&r).unwrap_or_default() + "\n",
        Format::Markdown => {
            let base = options.base.clone().or_else(|| page_of(&options.input));
            let share = base.map_or_else(String::new, |b| share_link(&b, &scenario));
            summary(&scenario, &r, &share, backward)
        }
        Format::Csv => {
            let all = tables(&scenario, &r);
            match &options.table {
                Some(name) => match all.iter().find(|t| t.id == name) {
                    Some(t) => to_csv(t),
                    None => {
                        let _ = writeln!(
                            err,
                            "tierplan: no table \"{name}\"; the tables are summary, tiers, months and hires"
                        );
                        return 2;
                    }
                },
                None => all
                    .iter()
                    .map(|t| format!("# tierplan-{}.csv\r\n{}", t.id, to_csv(t)))
                    .collect::<Vec<_>>()
                    .join("\r\n"),
            }
        }
    };
    let _ = out.write_all(text.as_bytes());
    0
}

fn parse_args(args: &[String]) -> Result<Option<Options>, String> {
    let mut format = Format::Table;
    let mut table = None;
    let mut base = None;
    let mut backward = false;
    let mut input = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--format" => {
                format = match value("--format")?.as_str() {
                    "table" => Format::Table,
                    "json" => Format::Json,
                    "csv" => Format::Csv,
                    "markdown" | "md" => Format::Markdown,
                    other => return Err(format!("unknown format \"{other}\"")),
                }
            }
            "--table" => table = Some(value("--table")?),
            "--base" => base = Some(value("--base")?),
            "--backward" => backward = true,
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            _ if input.is_some() => return Err("give one link or file".into()),
            _ => input = Some(arg.clone()),
        }
    }
    let input = input.ok_or("give a link or a file")?;
    Ok(Some(Options {
        format,
        table,
        base,
        backward,
        input,
    }))
}

/// Reads a scenario file if `input` names one, else a link.
fn read_input(input: &str) -> Result<Decoded, String> {
    let path = std::path::Path::new(input);
    if path.is_file() {
        let len = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        if len > MAX_FILE_LEN as u64 {
            return Err(format!(
                "{input}: this file is too large to be a tierplan scenario ({len} bytes; the most is {MAX_FILE_LEN})."
            ));
        }
        let text = std::fs::read(path).map_err(|e| format!("{input}: {e}"))?;
        let text = String::from_utf8(text)
            .map_err(|_| format!("{input}: this is not a tierplan file (not text)."))?;
        return link::from_file_json(&text).map_err(|e| format!("{input}: {e}"));
    }
    let looks_like_link = input.contains('?')
        || input.contains('=')
        || input.contains("://")
        || input.trim().is_empty();
    if !looks_like_link {
        return Err(format!(
            "\"{input}\" is neither a tierplan link nor a file."
        ));
    }
    link::decode(link::query_of(input)).map_err(|e| e.to_string())
}

/// The page address of a full URL (everything before `?` and `#`).
fn page_of(input: &str) -> Option<String> {
    let input = input.trim();
    if !input.contains("://") {
        return None;
    }
    let end = input.find(['?', '#']).unwrap_or(input.len());
    Some(input[..end].to_string())
}

/// The share link of `scenario` on the page at `base`.
fn share_link(base: &str, scenario: &Scenario) -> String {
    let query = link::encode(scenario);
    if query.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{query}")
    }
}

/// The default output: headline figures, the tiers, hires and guardrails as
/// aligned text.
fn text_report(scenario: &Scenario, r: &Report) -> String {
    let all = tables(scenario, r);
    let mut out = String::new();
    if !scenario.name.trim().is_empty() {
        out.push_str(&format!("{}\n\n", scenario.name.trim()));
    }
    for t in all.iter().filter(|t| t.id != "months") {
        if t.rows.is_empty() {
            continue;
        }
        out.push_str(&format!("{}\n", t.title));
        out.push_str(&aligned(t));
        out.push('\n');
    }
    out.push_str("Guardrails\n");
    if r.plan.guardrails.is_empty() {
        out.push_str("  none broken\n");
    }
    for g in &r.plan.guardrails {
        out.push_str(&format!("  - {}\n", g.message));
    }
    out
}

/// Whether `input` is a link in the page's backward view (`view=backward`
/// in its query, as the page writes it when planning backward).
fn backward_view(input: &str) -> bool {
    if std::path::Path::new(input).is_file() {
        return false;
    }
    link::query_of(input)
        .trim_start_matches('?')
        .split('&')
        .any(|pair| pair == "view=backward")
}

/// The backward plan as text, with the page's headings and sentences as
/// they are: the budget, the verdict, what each tier can hold, the
/// cut-offs, the closing advice and the cuts of hours per customer.
fn backward_text(r: &Report) -> String {
    let b = &r.backward;
    let mut out = format!("{TITLE}\n  {}\n", budget_words(&b.budget));
    if let Some(note) = &b.note {
        out.push_str(&format!("  {note}\n"));
    }
    out.push_str(&format!("  {}\n\n", b.verdict));
    let table = capacity_table(b);
    out.push_str(&format!("{}\n{}\n", table.title, aligned(&table)));
    if !b.cutoffs.is_empty() {
        out.push_str(&format!("{CUTOFFS_HEADING}\n"));
        for c in &b.cutoffs {
            out.push_str(&format!("  - {}\n", c.message));
        }
    }
    if let Some(advice) = &b.advice {
        out.push_str(&format!("  {advice}\n"));
    }
    if !b.hour_cuts.is_empty() {
        out.push_str(&format!("\n{CUTS_HEADING}\n"));
        for cut in &b.hour_cuts {
            out.push_str(&format!("  - {}\n", cut.message));
        }
    }
    out
}

/// A table as aligned text columns: text left, numbers right.
fn aligned(t: &Table) -> String {
    let cells: Vec<Vec<(String, bool)>> =
        std::iter::once(t.header.iter().map(|h| (h.clone(), false)).collect())
            .chain(t.rows.iter().map(|row| {
                row.iter()
                    .map(|c| match c {
                        Cell::Text(s) => (s.replace(['\n', '\r', '\t'], " "), false),
                        Cell::Num(x) => (num(*x), true),
                        Cell::Empty => (String::new(), false),
                    })
                    .collect()
            }))
            .collect();
    let columns = t.header.len();
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            cells
                .iter()
                .map(|row| row.get(c).map_or(0, |(s, _)| s.chars().count()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in &cells {
        let line: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|((s, right), w)| {
                if *right {
                    format!("{s:>w$}")
                } else {
                    format!("{s:<w$}")
                }
            })
            .collect();
        out.push_str("  ");
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
    }
    out
}
