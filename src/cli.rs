//! The command-line twin of the page (native only): reads a link or a
//! scenario file and prints the plan with the same engine and the same
//! number formats as the page's exports.
//!
//! ```text
//! tierplan [--format table|json|csv|markdown] [--table NAME] [--base URL] [--backward]
//!          [--range PATH=LOW..HIGH[:SHAPE]]... [--samples N] [--seed N] <link or file>
//! tierplan compare [options] <link or file> <link or file> [...]   (see [`compare`])
//! ```
//!
//! When the link or file stores ranges, or with `--range` (which adds to
//! and replaces the stored ones), every format adds the range analysis
//! (`ranges`).
//!
//! Exit status: 0 with a plan (impossible inputs are reported on stderr as
//! warnings, as the page shows them at their fields), 1 when the link or file
//! cannot be read or the plan cannot be written, 2 for a usage mistake.
//! Never panics on any input.

pub mod compare;
mod over_time;
mod ranges;

use std::ffi::OsString;
use std::io::{Read, Write};

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::export::backward::capacity_table;
use crate::export::markdown::summary;
use crate::export::ranges::{ranges_markdown, ranges_table};
use crate::export::{tables, to_csv, Cell, Table};
use crate::link::{self, Decoded, MAX_FILE_LEN};
use crate::model::backward::{budget_words, CUTOFFS_HEADING, CUTS_HEADING, TITLE};
use crate::model::coverage_words::budget_coverage_words;
use crate::model::fiscal::YearMonth;
use crate::model::format::num;
use crate::model::{report, Report, Scenario};

/// The usage text of `--help`.
pub const USAGE: &str = "\
tierplan: how many Customer Success people each tier needs, from a tierplan link or file.

Usage:
  tierplan [options] <link or file>
  tierplan compare [options] <link or file> <link or file> [...]
                      2 to 4 plans side by side (tierplan compare --help)

  <link or file>      a page address (https://…/?v=1&…), its query (v=1&…),
                      or the path of a scenario file saved from the page (.json)

Options:
  --format FORMAT     table (default), json (the full report), csv or markdown
  --table NAME        with csv: print one table: summary, tiers, months, hires,
                      hiring, budget, years or coverage (or ranges, with ranges)
  --base URL          page address for the share link in markdown output
                      (default: the address given, when a full address was given)
  --today YYYY-MM     the current month, where a plan without a start month
                      starts (default: this month by the system clock)
  --backward          with table or markdown: also plan backward from the budget
                      (the default when the link is in the page's backward view)
  --range PATH=LOW..HIGH[:SHAPE]
                      a range on one input, LOW to HIGH as a 90% interval
                      (repeatable); PATH is the page's field path, such as
                      team.hours_per_week, tiers.0.customers or
                      tiers.1.touches.2.hours; SHAPE is uniform (the default),
                      triangular (peaked at the field's value) or normal
                      (a bell around it, clipped at the field's limits).
                      Every output then adds P10, P50 and P90. Ranges stored
                      in the link or file are used too; a --range on the
                      same field replaces the stored one
  --samples N         with ranges: samples to draw (default 2000 or the
                      link's, at most 100000)
  --seed N            with ranges: the sampling's seed (default 1 or the
                      link's); the same seed gives the same numbers
  -h, --help          this text

Exit status: 0 plan printed, 1 unreadable link or file (or the plan could not
be written), 2 usage mistake.
";

/// An output format (`--format`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Aligned text for a terminal: headline figures, tiers, hires, guardrails.
    Table,
    /// The engine's whole report.
    Json,
    /// The page's CSV exports, all or one (`--table`).
    Csv,
    /// The page's Markdown summary with its share link.
    Markdown,
}

impl Format {
    /// Every output format, each once.
    pub const ALL: [Format; 4] = [Format::Table, Format::Json, Format::Csv, Format::Markdown];

    /// Its value of `--format`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Markdown => "markdown",
        }
    }
}

/// The format a value of `--format` names (`md` is Markdown too), or a
/// usage mistake in words.
fn format_named(name: &str) -> Result<Format, String> {
    match name {
        "md" => Ok(Format::Markdown),
        other => Format::ALL
            .into_iter()
            .find(|f| f.name() == other)
            .ok_or_else(|| format!("unknown format \"{other}\"")),
    }
}

/// What the command was asked to do (see [`parse_args`]).
pub struct Options {
    format: Format,
    table: Option<String>,
    base: Option<String>,
    backward: bool,
    today: Option<crate::model::fiscal::YearMonth>,
    ranges: ranges::RangeOptions,
    input: String,
}

/// Runs the command with the arguments as the system gives them (without
/// the program name): one that is not UTF-8 text is a usage mistake (exit 2)
/// instead of the panic of `std::env::args`; else as [`run`].
pub fn run_os(
    args: impl IntoIterator<Item = OsString>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let mut text = Vec::new();
    for arg in args {
        match arg.into_string() {
            Ok(a) => text.push(a),
            Err(raw) => {
                let shown = plain(&raw.to_string_lossy());
                let _ = writeln!(
                    err,
                    "tierplan: the argument \"{shown}\" is not UTF-8 text; give a file name \
                     in UTF-8 (rename the file) or the link itself\n\n{USAGE}"
                );
                return 2;
            }
        }
    }
    run(&text, out, err)
}

/// Runs the command with `args` (without the program name), writing the plan
/// to `out` and messages to `err`; returns the exit status.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    if args.first().is_some_and(|a| a == "compare") {
        return compare::run(&args[1..], out, err);
    }
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
    // A link or file that holds a comparison prints the comparison, as the
    // page shows it.
    if !decoded.alternatives.is_empty() {
        return compare::run(args, out, err);
    }
    print(&options, &decoded, out, err)
}

/// Prints the plan of `decoded` as `options` ask (the part of [`run`] after
/// reading the link or file); returns the exit status.
pub fn print(
    options: &Options,
    decoded: &Decoded,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    print_report(options, decoded, &report(&decoded.scenario), out, err)
}

/// [`print`] with the engine's report `r` of `decoded` already made: the
/// fuzzer (`examples/fuzz_links.rs`) prints each case in every format from
/// one report.
pub fn print_report(
    options: &Options,
    decoded: &Decoded,
    r: &Report,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    for w in &decoded.warnings {
        let _ = writeln!(err, "warning: {}", plain(&w.message));
    }
    let scenario = &decoded.scenario;
    for e in &r.errors {
        let _ = writeln!(
            err,
            "warning: impossible input, brought into range: {}",
            plain(&e.to_string())
        );
    }
    let analysis = match options.ranges.analysis(scenario) {
        Ok((a, warnings)) => {
            for w in warnings {
                let _ = writeln!(err, "warning: {}", plain(&w));
            }
            a
        }
        Err(messages) => {
            for m in messages {
                let _ = writeln!(err, "tierplan: {}", plain(&m));
            }
            return 2;
        }
    };
    let backward = options.backward || backward_view(&options.input);
    let currency = &r.plan.currency;
    let today = options.today.unwrap_or_else(over_time::current_month);
    let over = over_time::view(scenario, today);
    if let Some(words) = over.calendar.defaulted_start_words() {
        if matches!(options.format, Format::Json | Format::Csv) {
            let _ = writeln!(err, "note: {words}");
        }
    }
    let text = match options.format {
        Format::Table if backward => {
            text_report(scenario, r)
                + "\n"
                + &over_time::text(scenario, &over)
                + "\n"
                + &backward_text(scenario, r, today)
        }
        Format::Table => text_report(scenario, r) + "\n" + &over_time::text(scenario, &over),
        Format::Json => ranges::json(r, analysis.as_ref(), &over),
        Format::Markdown => {
            let base = options.base.clone().or_else(|| page_of(&options.input));
            let shared = match options.ranges.merged(scenario) {
                Ok((u, _)) if !u.ranges.is_empty() => ranges::storing(scenario, &u),
                _ => scenario.clone(),
            };
            let share = base.map_or_else(String::new, |b| share_link(&b, &shared, backward));
            summary(scenario, r, &share, backward)
                + "\n"
                + &crate::export::fiscal::fiscal_markdown(scenario, &over)
        }
        Format::Csv => {
            let mut all = crate::export::fiscal::dated_tables(scenario, r, &over);
            all.extend(analysis.as_ref().map(|a| ranges_table(a, currency)));
            match &options.table {
                Some(name) => match all.iter().find(|t| t.id == name) {
                    Some(t) => to_csv(t),
                    None => {
                        let _ = writeln!(
                            err,
                            "tierplan: no table \"{name}\"; the tables are summary, tiers, months, hires, hiring, budget, years and coverage{}",
                            if analysis.is_some() { ", and ranges" } else { " (and ranges, when there are ranges)" }
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
    let text = match (&analysis, options.format) {
        (Some(a), Format::Table) => text + "\n" + &ranges::text(a, currency),
        (Some(a), Format::Markdown) => text + "\n" + &ranges_markdown(a, currency),
        _ => text,
    };
    write_out(out, err, &text, "plan")
}

/// Writes `text` to `out`; returns the exit status: 0 when written (or when
/// the reader stopped reading), 1 with a message naming `what` (the plan,
/// the comparison) when it could not be.
fn write_out(out: &mut dyn Write, err: &mut dyn Write, text: &str, what: &str) -> i32 {
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => 0,
        // The reader stopped reading (`tierplan … | head`): what it read
        // was written.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        // A full disk or a closed output: say so, so that a script does not
        // take an empty file for the plan.
        Err(e) => {
            let _ = writeln!(err, "tierplan: could not write the {what}: {e}");
            1
        }
    }
}

/// The options of `args`, `None` for `--help`, or a usage mistake in plain
/// words.
pub fn parse_args(args: &[String]) -> Result<Option<Options>, String> {
    let mut format = Format::Table;
    let mut table = None;
    let mut base = None;
    let mut backward = false;
    let mut today = None;
    let mut range_options = ranges::RangeOptions::default();
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
            "--format" => format = format_named(&value("--format")?)?,
            "--table" => table = Some(value("--table")?),
            "--base" => base = Some(value("--base")?),
            "--backward" => backward = true,
            "--today" => {
                let v = value("--today")?;
                today = Some(crate::model::fiscal::YearMonth::parse(&v).ok_or_else(|| {
                    format!("--today takes a month as YYYY-MM, such as 2027-04, not \"{v}\"")
                })?);
            }
            "--range" | "--samples" | "--seed" => {
                range_options.take(arg, || value(arg))?;
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            _ if input.is_some() => return Err("give one link or file".into()),
            _ => input = Some(arg.clone()),
        }
    }
    let input = input.ok_or("give a link or a file")?;
    // Options that would change nothing are mistakes, not silence.
    if table.is_some() && format != Format::Csv {
        return Err("--table goes with --format csv".into());
    }
    if backward && matches!(format, Format::Csv | Format::Json) {
        return Err(
            "--backward goes with the table or markdown format (the JSON output always holds the backward plan)"
                .into(),
        );
    }
    Ok(Some(Options {
        format,
        table,
        base,
        backward,
        today,
        ranges: range_options,
        input,
    }))
}

/// Reads a scenario file if `input` names one, else a link.
fn read_input(input: &str) -> Result<Decoded, String> {
    let path = std::path::Path::new(input);
    if path.is_file() {
        let too_large = |len: Option<u64>| {
            let held = len.map_or_else(|| "more".into(), |n| format!("{n} bytes"));
            format!(
                "{input}: this file is too large to be a tierplan scenario (the most is {MAX_FILE_LEN} bytes; it holds {held})."
            )
        };
        let len = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        if len > MAX_FILE_LEN as u64 {
            return Err(too_large(Some(len)));
        }
        // Some files (under `/proc`) report 0 bytes and hold gigabytes:
        // read in slices and stop past the limit.
        let text = read_at_most(path, MAX_FILE_LEN)
            .map_err(|e| format!("{input}: {e}"))?
            .ok_or_else(|| too_large(None))?;
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

/// The bytes of the file at `path`, or `None` once it holds more than
/// `limit` bytes (read in 64 KiB slices, whatever size the file reports).
fn read_at_most(path: &std::path::Path, limit: usize) -> std::io::Result<Option<Vec<u8>>> {
    let mut file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    let mut slice = vec![0u8; 64 * 1024];
    loop {
        let n = match file.read(&mut slice) {
            Ok(0) => return Ok(Some(bytes)),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        bytes.extend_from_slice(&slice[..n]);
        if bytes.len() > limit {
            return Ok(None);
        }
    }
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
/// The page address of `scenario` under `base`, in the backward view when
/// `backward` (as the page writes it: `view=backward` after the codec's keys).
fn share_link(base: &str, scenario: &Scenario, backward: bool) -> String {
    let mut query = link::encode(scenario);
    if backward {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str("view=backward");
    }
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
        out.push_str(&format!("{}\n\n", plain(scenario.name.trim())));
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
    out.push_str(&format!(
        "  {}\n",
        crate::model::GuardrailTally::of(&r.plan.guardrails).words()
    ));
    for (concern, rails) in crate::model::grouped(&r.plan.guardrails) {
        out.push_str(&format!("  {}:\n", concern.title()));
        for g in rails {
            out.push_str(&format!("  - {}\n", plain(&g.message)));
        }
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
/// cut-offs, the closing advice and the cuts of hours per customer; and,
/// after the verdict, the ARR whose touch model the affordable team leaves
/// uncovered (`today` starts a plan that has none).
fn backward_text(scenario: &Scenario, r: &Report, today: YearMonth) -> String {
    let b = &r.backward;
    let mut out = format!("{TITLE}\n  {}\n", plain(&budget_words(&b.budget)));
    if let Some(note) = &b.note {
        out.push_str(&format!("  {}\n", plain(note)));
    }
    out.push_str(&format!("  {}\n", plain(&b.verdict)));
    if let Some(managers) = &b.managers {
        out.push_str(&format!("  {}\n", plain(managers)));
    }
    for line in budget_coverage_words(scenario, today).unwrap_or_default() {
        out.push_str(&format!("  {}\n", plain(&line)));
    }
    out.push('\n');
    let table = capacity_table(b);
    out.push_str(&format!("{}\n{}\n", table.title, aligned(&table)));
    if !b.cutoffs.is_empty() {
        out.push_str(&format!("{CUTOFFS_HEADING}\n"));
        for c in &b.cutoffs {
            out.push_str(&format!("  - {}\n", plain(&c.message)));
        }
    }
    if let Some(advice) = &b.advice {
        out.push_str(&format!("  {}\n", plain(advice)));
    }
    if !b.hour_cuts.is_empty() {
        out.push_str(&format!("\n{CUTS_HEADING}\n"));
        for cut in &b.hour_cuts {
            out.push_str(&format!("  - {}\n", plain(&cut.message)));
        }
    }
    out
}

/// The widest a text column of the table grows, in characters: longer
/// text is shortened with `…` (the JSON, CSV and Markdown outputs keep it
/// whole), so a long name cannot push the numbers off the screen.
const MAX_COLUMN: usize = 64;

/// `text` safe to print on a terminal as one line: each control character
/// (line breaks, tabs, the start of an escape sequence that could retitle
/// the window, clear the screen or hide what follows) becomes a space.
/// Names come from shared links, so the text table prints them through this.
fn plain(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The terminal columns `text` takes: two for a wide character such as 東,
/// none for a combining accent (Unicode's East Asian Width, as terminals
/// apply it).
fn columns(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// `text` as one cell of the table: [`plain`], and at most [`MAX_COLUMN`]
/// terminal columns, the last one `…` when cut.
fn cell_text(text: &str) -> String {
    let clean = plain(text);
    if columns(&clean) <= MAX_COLUMN {
        return clean;
    }
    let mut cut = String::new();
    let mut used = 0;
    for c in clean.chars() {
        let width = UnicodeWidthChar::width(c).unwrap_or(0);
        if used + width > MAX_COLUMN - 1 {
            break;
        }
        used += width;
        cut.push(c);
    }
    cut + "…"
}

/// `text` padded with spaces to `width` terminal columns, on the left for a
/// number (`right`), else on the right. Padding is written out rather than
/// asked of `format!`, whose width argument has an upper bound.
fn pad(text: &str, width: usize, right: bool) -> String {
    let fill = " ".repeat(width.saturating_sub(columns(text)));
    if right {
        fill + text
    } else {
        format!("{text}{fill}")
    }
}

/// A table as aligned text columns: text left, numbers right.
fn aligned(t: &Table) -> String {
    let cells: Vec<Vec<(String, bool)>> =
        std::iter::once(t.header.iter().map(|h| (cell_text(h), false)).collect())
            .chain(t.rows.iter().map(|row| {
                row.iter()
                    .map(|c| match c {
                        Cell::Text(s) => (cell_text(s), false),
                        Cell::Num(x) => (num(*x), true),
                        Cell::Empty => (String::new(), false),
                    })
                    .collect()
            }))
            .collect();
    let widths: Vec<usize> = (0..t.header.len())
        .map(|c| {
            cells
                .iter()
                .map(|row| row.get(c).map_or(0, |(s, _)| columns(s)))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in &cells {
        let line: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|((s, right), w)| pad(s, *w, *right))
            .collect();
        out.push_str("  ");
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The columns a terminal gives `text`, written out for the test: two
    /// for a wide character such as 東, none for a combining accent.
    fn terminal_columns(text: &str) -> usize {
        text.chars()
            .map(|c| match c as u32 {
                0x0300..=0x036F => 0,
                0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF => 2,
                0xFF00..=0xFF60 | 0x1F300..=0x1F64F | 0x20000..=0x3FFFD => 2,
                _ => 1,
            })
            .sum()
    }

    #[test]
    fn wide_and_combining_names_keep_the_columns_aligned() {
        let table = Table {
            id: "tiers",
            title: "Tiers".to_string(),
            header: vec!["Tier".to_string(), "FTE".to_string()],
            rows: vec![
                vec![Cell::Text("東京 enterprise".to_string()), Cell::Num(1.5)],
                vec![Cell::Text("Cafe\u{301}s".to_string()), Cell::Num(12.0)],
                vec![Cell::Text("Mid".to_string()), Cell::Num(3.0)],
            ],
        };
        let text = aligned(&table);
        let ends: Vec<usize> = text.lines().map(terminal_columns).collect();
        assert!(ends.windows(2).all(|w| w[0] == w[1]), "{ends:?}\n{text}");
    }

    #[test]
    fn a_long_wide_name_is_cut_to_the_column_limit_in_columns() {
        let cut = cell_text(&"東".repeat(MAX_COLUMN));
        let used = terminal_columns(&cut);
        assert!(used <= MAX_COLUMN, "{used} columns: {cut}");
        assert!(cut.ends_with('…'));
    }
}
