//! `tierplan compare`: two to four plans side by side, each read from a
//! link or a scenario file as the single-plan command reads one, with the
//! engine's comparison ([`crate::model::compare`]) in the same output
//! formats (table, JSON, CSV, Markdown).
//!
//! ```text
//! tierplan compare [--format table|json|csv|markdown] [--table NAME] [--backward] <link or file> <link or file> [...]
//! ```
//!
//! A link or file that holds a comparison brings all its scenarios, in
//! their order; so one such link alone is a comparison.
//!
//! Exit status as the single-plan command's: 0 with a comparison, 1 when a
//! link or file cannot be read (the message names which one) or the output
//! cannot be written, 2 for a usage mistake (1 or 5+ plans among them).

use std::io::Write;

use super::{backward_view, cell_text, columns, pad, plain, read_input, Format};
use crate::export::compare::{compare_markdown, compare_tables, figures_in_words};
use crate::export::{to_csv, Cell, Table};
use crate::model::backward::TITLE;
use crate::model::compare::{
    compare, ordinal, unique_names, CompareError, Comparison, MAX_SCENARIOS, MIN_SCENARIOS,
};
use crate::model::fiscal::YearMonth;

/// The usage text of `tierplan compare --help`.
pub const USAGE: &str = "\
tierplan compare: two to four plans side by side, the first as the base.

Usage:
  tierplan compare [options] <link or file> <link or file> [<link or file> ...]

  <link or file>      as for tierplan: a page address, its query, or a scenario
                      file; 2 to 4 plans in all, the base first. A link or file
                      that holds a comparison brings each of its scenarios, so
                      one such link alone is enough. Each column is named after
                      its scenario (\" (2)\" is added to a name already taken,
                      with a warning)

Options:
  --format FORMAT     table (default), json (the whole comparison), csv or markdown
  --table NAME        with csv: print one table: comparison or comparison-differs
  --backward          with table, csv or markdown: add each plan's backward verdict
                      (the default when a link is in the page's backward view)
  --today YYYY-MM     the current month, where a plan without a start month
                      starts (default: this month by the system clock)
  -h, --help          this text

Exit status: 0 comparison printed, 1 a link or file could not be read (or the
output could not be written), 2 usage mistake.
";

/// What `tierplan compare` was asked to do.
struct Options {
    format: Format,
    table: Option<String>,
    backward: bool,
    today: Option<YearMonth>,
    inputs: Vec<String>,
}

/// The options of `args` (after `compare`), `None` for `--help`, or a
/// usage mistake in plain words.
fn parse_args(args: &[String]) -> Result<Option<Options>, String> {
    let mut options = Options {
        format: Format::Table,
        table: None,
        backward: false,
        today: None,
        inputs: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--format" => options.format = super::format_named(&value("--format")?)?,
            "--table" => options.table = Some(value("--table")?),
            "--backward" => options.backward = true,
            "--today" => {
                let v = value("--today")?;
                options.today = Some(YearMonth::parse(&v).ok_or_else(|| {
                    format!("--today takes a month as YYYY-MM, such as 2027-04, not \"{v}\"")
                })?);
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            _ => options.inputs.push(arg.clone()),
        }
    }
    let n = options.inputs.len();
    if n == 0 {
        return Err(format!(
            "{} Give the base plan's link or file first, then 1 to {} more.",
            CompareError::TooFew(n),
            MAX_SCENARIOS - 1
        ));
    }
    if n > MAX_SCENARIOS {
        return Err(CompareError::TooMany(n).to_string());
    }
    if options.table.is_some() && options.format != Format::Csv {
        return Err("--table goes with --format csv".into());
    }
    if options.backward && options.format == Format::Json {
        return Err(
            "--backward goes with the table, csv or markdown format (the JSON output always holds the backward verdicts)"
                .into(),
        );
    }
    Ok(Some(options))
}

/// Runs `tierplan compare` with `args` (after `compare`), writing the
/// comparison to `out` and messages to `err`; returns the exit status.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let options = match parse_args(args) {
        Ok(Some(o)) => o,
        Ok(None) => {
            let _ = out.write_all(USAGE.as_bytes());
            return 0;
        }
        Err(message) => {
            let _ = writeln!(err, "tierplan compare: {message}\n\n{USAGE}");
            return 2;
        }
    };
    let mut scenarios = Vec::with_capacity(options.inputs.len());
    for (i, input) in options.inputs.iter().enumerate() {
        let which = ordinal(i + 1);
        let decoded = match read_input(input) {
            Ok(d) => d,
            Err(message) => {
                let _ = writeln!(
                    err,
                    "tierplan compare: the {which} link or file could not be read: {}",
                    plain(&message)
                );
                return 1;
            }
        };
        for w in &decoded.warnings {
            let _ = writeln!(err, "warning ({which} link or file): {}", plain(&w.message));
        }
        for scenario in std::iter::once(decoded.scenario).chain(decoded.alternatives) {
            for e in scenario.validate() {
                let _ = writeln!(
                    err,
                    "warning ({} plan): impossible input, brought into range: {}",
                    ordinal(scenarios.len() + 1),
                    plain(&e.to_string())
                );
            }
            scenarios.push(scenario);
        }
    }
    let n = scenarios.len();
    if !(MIN_SCENARIOS..=MAX_SCENARIOS).contains(&n) {
        let problem = if n < MIN_SCENARIOS {
            CompareError::TooFew(n)
        } else {
            CompareError::TooMany(n)
        };
        let _ = writeln!(
            err,
            "tierplan compare: {problem} Give the base plan first, then 1 to {} more, \
             counting each scenario of a link or file that holds several.\n\n{USAGE}",
            MAX_SCENARIOS - 1
        );
        return 2;
    }
    let names: Vec<String> = scenarios.iter().map(|s| s.name.clone()).collect();
    let (names, renamed) = unique_names(&names);
    for w in renamed {
        let _ = writeln!(err, "warning: {}", plain(&w));
    }
    for (s, name) in scenarios.iter_mut().zip(names) {
        s.name = name;
    }
    let today = options
        .today
        .unwrap_or_else(super::over_time::current_month);
    let comparison = match compare(&scenarios, today) {
        Ok(c) => c,
        Err(e) => {
            let _ = writeln!(err, "tierplan compare: {e}");
            return 1;
        }
    };
    let backward = options.backward || options.inputs.iter().any(|i| backward_view(i));
    let text = match options.format {
        Format::Table => text_comparison(&comparison, backward),
        Format::Json => serde_json::to_string_pretty(&comparison).unwrap_or_default() + "\n",
        Format::Markdown => compare_markdown(&comparison, backward),
        Format::Csv => {
            let all = compare_tables(&comparison, backward);
            match &options.table {
                Some(name) => match all.iter().find(|t| t.id == name) {
                    Some(t) => to_csv(t),
                    None => {
                        let _ = writeln!(
                            err,
                            "tierplan compare: no table \"{name}\"; the tables are comparison and comparison-differs"
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
    super::write_out(out, err, &text, "comparison")
}

/// A table of text cells as aligned columns, those marked in `right`
/// padded on the left (the scenarios' figures).
fn aligned(t: &Table, right: &[bool]) -> String {
    let text = |c: &Cell| match c {
        Cell::Text(s) => cell_text(s),
        Cell::Num(x) => crate::model::format::num(*x),
        Cell::Empty => String::new(),
    };
    let cells: Vec<Vec<String>> = std::iter::once(t.header.iter().map(|h| cell_text(h)).collect())
        .chain(t.rows.iter().map(|row| row.iter().map(text).collect()))
        .collect();
    let widths: Vec<usize> = (0..t.header.len())
        .map(|c| {
            cells
                .iter()
                .map(|row| row.get(c).map_or(0, |s| columns(s)))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in &cells {
        let line: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (s, w))| pad(s, *w, right.get(i).copied().unwrap_or(false)))
            .collect();
        out.push_str("  ");
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
    }
    out
}

/// The comparison as text for a terminal: the answers, the figures with
/// each alternative's difference in words, the backward verdicts when
/// `backward`, and what differs.
fn text_comparison(c: &Comparison, backward: bool) -> String {
    let n = c.scenarios.len();
    let base = plain(&c.scenarios[0].name);
    let mut out = format!("{base} compared with {}\n\n", {
        let others: Vec<String> = c.scenarios[1..].iter().map(|s| plain(&s.name)).collect();
        others.join(", ")
    });
    for answer in &c.answers {
        out.push_str(&format!("  {}\n", plain(answer)));
    }
    for line in c.range_lines() {
        out.push_str(&format!("  {}\n", plain(&line)));
    }
    let (header, rows) = figures_in_words(c);
    let table = Table {
        id: "comparison",
        title: String::new(),
        header,
        rows,
    };
    let right: Vec<bool> = (0..=2 * n).map(|i| (1..=n).contains(&i)).collect();
    out.push('\n');
    out.push_str(&aligned(&table, &right));
    if c.has_ranges() {
        out.push_str(&format!("  {}\n", crate::model::compare::RANGES_KEY));
    }
    if backward {
        out.push_str(&format!("\n{TITLE}\n"));
        for (i, (s, verdict)) in c.scenarios.iter().zip(&c.backward.verdicts).enumerate() {
            let judged = match i {
                0 => String::new(),
                k => format!(" ({})", c.backward.differences[k - 1].words),
            };
            out.push_str(&format!(
                "  {}{judged}: {}\n",
                plain(&s.name),
                plain(verdict)
            ));
        }
    }
    for d in &c.differs {
        out.push_str(&format!(
            "\nWhat differs in {} from {base}\n",
            plain(&d.alternative)
        ));
        if d.changes.is_empty() {
            out.push_str("  nothing: the same inputs\n");
        }
        for change in &d.changes {
            out.push_str(&format!(
                "  - {} ({})\n",
                plain(&change.text),
                plain(&change.path)
            ));
        }
    }
    out
}
