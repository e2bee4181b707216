//! A streaming CSV / TSV reader for customer lists: bytes in chunks of any
//! size (a chunk may split a UTF-8 character, a quoted field or a CRLF
//! anywhere) -> a [`Table`] of text cells, with the line each row starts on
//! and a [`LineProblem`] for each row it refuses.
//!
//! What it accepts, and how:
//! - a UTF-8 byte-order mark is dropped; an Excel `sep=;` first line sets
//!   the delimiter and is not a row;
//! - otherwise the delimiter is sniffed among comma, semicolon and tab: the
//!   one the header line holds (outside quotes) that the most of the next
//!   lines (up to [`SNIFF_LINES`]) hold as often; ties go to comma, then
//!   semicolon, then tab;
//! - quoted fields may hold delimiters, doubled quotes and line breaks; a
//!   quote closed early (`"Acme" Inc`) keeps the text after it;
//! - CRLF, LF and CR all end a line; blank lines (and lines of empty cells)
//!   are skipped without a problem;
//! - the first line that is not blank is the header; it must name at least two
//!   columns, hold no control character and not read like sentences,
//!   else the input is [`ImportError::NotATable`];
//! - a row equal to the header (case and spaces aside) is skipped and
//!   counted ([`Table::repeated_headers`]);
//! - a row shorter than the header is padded with empty cells; a row with
//!   extra non-empty cells is refused ("line 12 has 7 cells; the header has
//!   5"); extra empty cells (trailing delimiters) are ignored;
//! - invalid UTF-8 becomes U+FFFD (per cell; never an error); control
//!   characters are kept as text, except NUL, which is dropped;
//! - a cell longer than [`MAX_CELL_BYTES`] refuses its row; a quote still
//!   open after [`MAX_CELL_BYTES`] or at the end of the input refuses its
//!   row ("a quote opened on line 12 is never closed") and reading resumes
//!   at the line after the one where the quote opened (the bytes kept to
//!   re-scan are bounded by [`MAX_CELL_BYTES`], and a re-scanned stretch
//!   cannot fail again, so the work stays linear).
//!
//! Storage is compact: one text buffer holding every kept cell, one end
//! offset per cell and one line number per row, so a million rows of 12
//! cells is three allocations, not 12 million strings.

use super::{ImportError, LineProblem};
use sniff::{looks_like_header, sep_line, sniff_delimiter, trim_bytes};

mod sniff;
#[cfg(test)]
mod tests;

/// The largest input accepted (bytes): 400 MiB.
pub const MAX_BYTES: u64 = 400 * 1024 * 1024;
/// The most data rows accepted.
pub const MAX_ROWS: u32 = 2_000_000;
/// The longest cell accepted (bytes, before decoding); also how far a quote
/// may stay open before the reader decides it is never closed.
pub const MAX_CELL_BYTES: usize = 65_536;
/// The most columns a header may name.
pub const MAX_COLUMNS: usize = 1_000;
/// Lines looked at to sniff the delimiter.
pub const SNIFF_LINES: usize = 30;
/// Bytes held before the delimiter is sniffed (the sample; the whole
/// input when it is shorter).
const SNIFF_BYTES: usize = 64 * 1024;

const CR: u8 = b'\r';
const LF: u8 = b'\n';
const QUOTE: u8 = b'"';

impl ImportError {
    /// The reason in plain words, for the page.
    pub fn message(&self) -> String {
        match self {
            ImportError::Empty => "The file is empty: there is no row to read.".into(),
            ImportError::NotATable => "This does not look like a table. The first line must name \
                 the columns (at least two, separated by commas, semicolons or tabs). \
                 A spreadsheet workbook (.xlsx) must first be saved as CSV."
                .into(),
            ImportError::TooLarge { bytes, limit } => format!(
                "The file is too large for the page: {} MB, and the page reads at most {} MB.",
                crate::model::format::num((*bytes as f64 / 1_048_576.0).ceil()),
                crate::model::format::num(*limit as f64 / 1_048_576.0),
            ),
            ImportError::TooManyRows { limit } => format!(
                "The list has more rows than the page reads (at most {}).",
                crate::model::format::num(f64::from(*limit))
            ),
            ImportError::NoAccounts { rows: 0, .. } => {
                "The file has a header row but no account rows below it: there is nothing \
                 to tier. The plan is unchanged."
                    .into()
            }
            ImportError::NoAccounts { rows, first } => format!(
                "None of the {} {} below the header could be read as an account{}: there is \
                 nothing to tier. The plan is unchanged.",
                crate::model::format::num(f64::from(*rows)),
                if *rows == 1 { "row" } else { "rows" },
                match first {
                    Some(p) => format!(" (line {}: {})", p.line, p.reason),
                    None => String::new(),
                }
            ),
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

/// Refuses an input of `bytes` before reading it, when it is larger than
/// [`MAX_BYTES`] (the page knows a file's size up front).
pub fn check_size(bytes: u64) -> Result<(), ImportError> {
    if bytes > MAX_BYTES {
        Err(ImportError::TooLarge {
            bytes,
            limit: MAX_BYTES,
        })
    } else {
        Ok(())
    }
}

/// A table read from text: a header and rows of text cells.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    delimiter: u8,
    headers: Vec<String>,
    /// Every kept cell, one after the other.
    text: String,
    /// End offset in `text` of each cell, `headers.len()` per row.
    ends: Vec<u32>,
    /// 1-based line where each row starts.
    lines: Vec<u32>,
    problems: Vec<LineProblem>,
    /// The cells of each refused row that could be split (one entry per
    /// problem): those before a quote that never closed, or as many as
    /// the header has.
    refused_cells: Vec<Vec<String>>,
    repeated_headers: u32,
}

impl Table {
    /// The delimiter the reader used (`b','`, `b';'`, `b'\t'`, or the one a
    /// `sep=` line named).
    pub fn delimiter(&self) -> u8 {
        self.delimiter
    }

    /// Column names, trimmed; an empty name becomes "Column N" (1-based).
    pub fn headers(&self) -> &[String] {
        &self.headers
    }

    /// Number of data rows kept.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// Whether no data row was kept.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The text of one cell, as written (not trimmed); "" when the row or
    /// column does not exist.
    pub fn cell(&self, row: usize, col: usize) -> &str {
        let n = self.headers.len();
        if row >= self.lines.len() || col >= n {
            return "";
        }
        let k = row * n + col;
        let start = if k == 0 { 0 } else { self.ends[k - 1] as usize };
        let end = self.ends[k] as usize;
        self.text.get(start..end).unwrap_or("")
    }

    /// The 1-based line where a row starts (0 when the row does not exist).
    pub fn line(&self, row: usize) -> u32 {
        self.lines.get(row).copied().unwrap_or(0)
    }

    /// The rows the reader refused, with their line and reason, in order.
    pub fn problems(&self) -> &[LineProblem] {
        &self.problems
    }

    /// The cells of the `k`-th refused row (see [`Table::problems`]), as
    /// far as they could be split; empty when none could.
    pub fn refused_cells(&self, k: usize) -> &[String] {
        self.refused_cells.get(k).map_or(&[], Vec::as_slice)
    }

    /// The row that starts on `line`, if one was kept.
    pub fn row_of_line(&self, line: u32) -> Option<usize> {
        self.lines.binary_search(&line).ok()
    }

    /// How many rows repeating the header were skipped.
    pub fn repeated_headers(&self) -> u32 {
        self.repeated_headers
    }
}

/// Reads a whole input at once (a paste, a test).
pub fn read_table(bytes: &[u8]) -> Result<Table, ImportError> {
    let mut reader = TableReader::new();
    reader.feed(bytes)?;
    reader.finish()
}

/// Where the scanner is within a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// At the start of a cell.
    FieldStart,
    /// Inside a cell that did not start with a quote.
    Unquoted,
    /// Inside a quoted cell.
    Quoted,
    /// Just after a quote inside a quoted cell: a doubled quote or the end.
    QuoteInQuoted,
    /// Dropping the rest of a line after a quote that never closed.
    SkipLine,
}

/// The header as written (trimmed), to spot repeated header rows.
#[derive(Clone, Debug)]
struct Header {
    raw: Vec<String>,
}

/// Reads a table from bytes fed in chunks: [`TableReader::feed`] each chunk,
/// then [`TableReader::finish`].
#[derive(Debug)]
pub struct TableReader {
    bytes_read: u64,
    failed: Option<ImportError>,
    /// Bytes held until the delimiter is sniffed.
    sniff: Vec<u8>,
    sniffed: bool,
    state: State,
    /// The last byte was a CR: a LF right after it is the same line break.
    pending_cr: bool,
    /// Current 1-based line.
    line: u32,
    /// Line where the current row started.
    row_line: u32,
    /// Bytes of the current cell (NUL dropped).
    cell: Vec<u8>,
    /// The current cell's text went beyond [`MAX_CELL_BYTES`].
    cell_too_long: bool,
    /// Bytes of the current row's finished cells, one after the other.
    row_bytes: Vec<u8>,
    /// End offset in `row_bytes` of each finished cell.
    row_ends: Vec<usize>,
    /// Cells beyond the header's count in this row, and whether any held text.
    extra_cells: usize,
    extra_filled: bool,
    /// Why the current row is refused, if it is.
    row_problem: Option<String>,
    /// Line where the open quote opened.
    quote_line: u32,
    /// Raw bytes since the open quote, to re-scan if it never closes.
    record: Vec<u8>,
    header: Option<Header>,
    table: Table,
}

impl Default for TableReader {
    fn default() -> Self {
        Self::new()
    }
}

impl TableReader {
    /// A reader at the start of an input.
    pub fn new() -> Self {
        Self {
            bytes_read: 0,
            failed: None,
            sniff: Vec::new(),
            sniffed: false,
            state: State::FieldStart,
            pending_cr: false,
            line: 1,
            row_line: 1,
            cell: Vec::new(),
            cell_too_long: false,
            row_bytes: Vec::new(),
            row_ends: Vec::new(),
            extra_cells: 0,
            extra_filled: false,
            row_problem: None,
            quote_line: 1,
            record: Vec::new(),
            header: None,
            table: Table {
                delimiter: b',',
                ..Table::default()
            },
        }
    }

    /// Bytes fed so far.
    pub fn bytes_read(&self) -> u64 {
        self.bytes_read
    }

    /// Data rows kept so far (for a progress bar).
    pub fn rows_read(&self) -> usize {
        self.table.len()
    }

    /// Reads the next chunk. After an error every later call returns it again.
    pub fn feed(&mut self, bytes: &[u8]) -> Result<(), ImportError> {
        if let Some(e) = &self.failed {
            return Err(e.clone());
        }
        self.bytes_read = self.bytes_read.saturating_add(bytes.len() as u64);
        if let Err(e) = check_size(self.bytes_read) {
            self.failed = Some(e.clone());
            return Err(e);
        }
        if self.sniffed {
            self.scan(bytes);
        } else {
            // Hold only the sample, then read the rest of the chunk in place.
            let need = SNIFF_BYTES - self.sniff.len();
            if bytes.len() < need {
                self.sniff.extend_from_slice(bytes);
            } else {
                self.sniff.extend_from_slice(&bytes[..need]);
                self.start(false);
                self.scan(&bytes[need..]);
            }
        }
        match &self.failed {
            Some(e) => Err(e.clone()),
            None => Ok(()),
        }
    }

    /// Ends the input and gives the table.
    pub fn finish(mut self) -> Result<Table, ImportError> {
        if let Some(e) = self.failed.take() {
            return Err(e);
        }
        if !self.sniffed {
            self.start(true);
        }
        // A quote still open at the end: refuse its row, re-scan from the
        // line after it (which may leave another quote open, further on).
        while self.failed.is_none() && self.state == State::Quoted {
            let carry = self.fail_quote(false);
            self.scan(&carry);
        }
        if self.failed.is_none() && self.row_has_content() {
            self.end_row();
        }
        if let Some(e) = self.failed {
            return Err(e);
        }
        if self.header.is_none() {
            return Err(ImportError::Empty);
        }
        Ok(self.table)
    }

    /// Sniffs the delimiter from the bytes held, then reads them. The sample
    /// is the first [`SNIFF_BYTES`] of the input whatever the chunks were, so
    /// the result does not depend on how the input was cut.
    fn start(&mut self, at_end: bool) {
        self.sniffed = true;
        let held = std::mem::take(&mut self.sniff);
        let complete = at_end && held.len() <= SNIFF_BYTES;
        let sample_len = held.len().min(SNIFF_BYTES);
        let (data, sample) = match held.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) => (rest, &held[3..sample_len.max(3)]),
            None => (&held[..], &held[..sample_len]),
        };
        let data = match sep_line(data) {
            Some((delimiter, rest)) => {
                self.table.delimiter = delimiter;
                self.line = 2;
                self.row_line = 2;
                rest
            }
            None => {
                self.table.delimiter = sniff_delimiter(sample, complete);
                data
            }
        };
        self.scan(data);
    }

    /// Reads bytes, re-scanning after a quote that never closed.
    fn scan(&mut self, bytes: &[u8]) {
        let mut rest = bytes;
        let mut carry: Vec<u8> = Vec::new();
        while self.failed.is_none() {
            if !carry.is_empty() {
                let held = std::mem::take(&mut carry);
                if let Some((again, at)) = self.step(&held) {
                    carry = again;
                    carry.extend_from_slice(&held[at..]);
                    continue;
                }
            }
            match self.step(rest) {
                Some((again, at)) => {
                    carry = again;
                    rest = &rest[at..];
                }
                None => break,
            }
        }
    }

    /// Reads `data`; on a quote that never closes, returns the bytes to
    /// re-scan and where in `data` to go on after them.
    fn step(&mut self, data: &[u8]) -> Option<(Vec<u8>, usize)> {
        let delimiter = self.table.delimiter;
        let mut i = 0;
        while i < data.len() {
            if self.failed.is_some() {
                return None;
            }
            let b = data[i];
            if self.pending_cr {
                self.pending_cr = false;
                if b == LF {
                    if self.state == State::Quoted {
                        self.cell.push(LF);
                        self.record.push(LF);
                    }
                    i += 1;
                    continue;
                }
            }
            match self.state {
                State::FieldStart => {
                    if b == QUOTE {
                        self.state = State::Quoted;
                        self.quote_line = self.line;
                        self.record.clear();
                    } else if b == delimiter {
                        self.end_cell();
                    } else if b == CR || b == LF {
                        self.line_break(b);
                    } else {
                        self.state = State::Unquoted;
                        continue;
                    }
                    i += 1;
                }
                State::Unquoted => {
                    let start = i;
                    while i < data.len() && !matches!(data[i], 0 | CR | LF) && data[i] != delimiter
                    {
                        i += 1;
                    }
                    self.push_text(&data[start..i]);
                    if i < data.len() {
                        let b = data[i];
                        if b == delimiter {
                            self.end_cell();
                            self.state = State::FieldStart;
                        } else if b == CR || b == LF {
                            self.line_break(b);
                        }
                        i += 1;
                    }
                }
                State::Quoted => {
                    let room = (MAX_CELL_BYTES + 1).saturating_sub(self.record.len());
                    let stop = data.len().min(i + room.max(1));
                    let start = i;
                    while i < stop && !matches!(data[i], 0 | CR | LF | QUOTE) {
                        i += 1;
                    }
                    self.cell.extend_from_slice(&data[start..i]);
                    self.record.extend_from_slice(&data[start..i]);
                    if i < stop {
                        let b = data[i];
                        self.record.push(b);
                        match b {
                            QUOTE => self.state = State::QuoteInQuoted,
                            CR | LF => {
                                self.cell.push(b);
                                self.line += 1;
                                self.pending_cr = b == CR;
                            }
                            _ => {} // NUL: dropped
                        }
                        i += 1;
                    }
                    if self.record.len() > MAX_CELL_BYTES {
                        return Some((self.fail_quote(true), i));
                    }
                }
                State::QuoteInQuoted => {
                    if b == QUOTE {
                        self.cell.push(QUOTE);
                        self.record.push(QUOTE);
                        self.state = State::Quoted;
                        if self.record.len() > MAX_CELL_BYTES {
                            return Some((self.fail_quote(true), i + 1));
                        }
                        i += 1;
                        continue;
                    }
                    self.record.clear();
                    if b == delimiter {
                        self.end_cell();
                        self.state = State::FieldStart;
                    } else if b == CR || b == LF {
                        self.line_break(b);
                    } else {
                        // Text after a closing quote: kept, as the rest of the cell.
                        self.state = State::Unquoted;
                        continue;
                    }
                    i += 1;
                }
                State::SkipLine => {
                    while i < data.len() && !matches!(data[i], CR | LF) {
                        i += 1;
                    }
                    if i < data.len() {
                        self.line += 1;
                        self.pending_cr = data[i] == CR;
                        self.row_line = self.line;
                        self.state = State::FieldStart;
                        i += 1;
                    }
                }
            }
        }
        None
    }

    /// A line break outside quotes: the row ends.
    fn line_break(&mut self, b: u8) {
        self.end_row();
        self.line += 1;
        self.row_line = self.line;
        self.pending_cr = b == CR;
        self.state = State::FieldStart;
    }

    /// Adds unquoted text to the current cell, minding its length.
    fn push_text(&mut self, text: &[u8]) {
        let room = MAX_CELL_BYTES - self.cell.len().min(MAX_CELL_BYTES);
        if text.len() > room {
            self.cell.extend_from_slice(&text[..room]);
            self.cell_too_long = true;
        } else {
            self.cell.extend_from_slice(text);
        }
    }

    /// Whether the current row holds anything (for the end of the input).
    fn row_has_content(&self) -> bool {
        !self.cell.is_empty()
            || !self.row_ends.is_empty()
            || self.cell_too_long
            || self.extra_cells > 0
            || matches!(self.state, State::QuoteInQuoted)
    }

    /// Ends the current cell: kept, counted as extra, or marks the row.
    fn end_cell(&mut self) {
        let mut cell = std::mem::take(&mut self.cell);
        if self.cell_too_long && self.row_problem.is_none() {
            self.row_problem = Some(format!(
                "line {} has a cell longer than {} bytes",
                self.row_line,
                crate::model::format::num(MAX_CELL_BYTES as f64)
            ));
        }
        self.cell_too_long = false;
        let limit = self.header.as_ref().map_or(MAX_COLUMNS, |h| h.raw.len());
        if self.row_ends.len() >= limit {
            if self.header.is_none() && self.row_problem.is_none() {
                self.row_problem = Some(format!(
                    "line {} has more than {} cells",
                    self.row_line,
                    crate::model::format::num(MAX_COLUMNS as f64)
                ));
            }
            self.extra_cells += 1;
            self.extra_filled |= !is_blank(&cell);
        } else {
            self.row_bytes.extend_from_slice(&cell);
            self.row_ends.push(self.row_bytes.len());
        }
        cell.clear();
        self.cell = cell; // keep the allocation
    }

    /// Ends the current row: the header, a data row, a repeated header, a
    /// blank line or a refused row.
    fn end_row(&mut self) {
        self.end_cell();
        let problem = self.row_problem.take();
        let blank = problem.is_none()
            && !self.extra_filled
            && (0..self.row_ends.len()).all(|k| is_blank(self.row_cell(k)));
        if !blank {
            match &self.header {
                None => self.set_header(problem.is_some()),
                Some(h) => {
                    let columns = h.raw.len();
                    if let Some(reason) = problem {
                        self.refuse(reason);
                    } else if self.extra_filled {
                        let cells = columns + self.extra_cells;
                        self.refuse(format!(
                            "line {} has {} cells; the header has {}",
                            self.row_line, cells, columns
                        ));
                    } else if self.repeats_header() {
                        self.table.repeated_headers += 1;
                    } else {
                        self.keep_row();
                    }
                }
            }
        }
        self.row_bytes.clear();
        self.row_ends.clear();
        self.extra_cells = 0;
        self.extra_filled = false;
    }

    /// The raw bytes of cell `k` of the current row.
    fn row_cell(&self, k: usize) -> &[u8] {
        let start = if k == 0 { 0 } else { self.row_ends[k - 1] };
        &self.row_bytes[start..self.row_ends[k]]
    }

    fn refuse(&mut self, reason: String) {
        let cells = (0..self.row_ends.len())
            .map(|k| decode(self.row_cell(k)).into_owned())
            .collect();
        self.table.refused_cells.push(cells);
        self.table.problems.push(LineProblem {
            line: self.row_line,
            reason,
        });
    }

    /// The first row that is not blank: the header, if it looks like one.
    fn set_header(&mut self, refused: bool) {
        let raw: Vec<String> = (0..self.row_ends.len())
            .map(|k| decode(self.row_cell(k)).trim().to_string())
            .collect();
        let controls = self
            .row_bytes
            .iter()
            .any(|&b| (b < 0x20 && b != b'\t') || b == 0x7F);
        if refused || controls || !looks_like_header(&raw) {
            self.failed = Some(ImportError::NotATable);
            return;
        }
        self.table.headers = raw
            .iter()
            .enumerate()
            .map(|(k, name)| {
                if name.is_empty() {
                    format!("Column {}", k + 1)
                } else {
                    name.clone()
                }
            })
            .collect();
        self.header = Some(Header { raw });
    }

    /// Whether the current row repeats the header (trimmed, any case).
    fn repeats_header(&self) -> bool {
        let Some(h) = &self.header else { return false };
        h.raw.iter().enumerate().all(|(k, name)| {
            let cell = if k < self.row_ends.len() {
                self.row_cell(k)
            } else {
                b""
            };
            let cell = trim_bytes(cell);
            cell.len() == name.len() && cell.eq_ignore_ascii_case(name.as_bytes())
        })
    }

    /// Stores the current row (padded to the header's width).
    fn keep_row(&mut self) {
        let columns = self.table.headers.len();
        for k in 0..columns {
            if k < self.row_ends.len() {
                let start = if k == 0 { 0 } else { self.row_ends[k - 1] };
                let bytes = &self.row_bytes[start..self.row_ends[k]];
                match std::str::from_utf8(bytes) {
                    Ok(text) => self.table.text.push_str(text),
                    Err(_) => self.table.text.push_str(&String::from_utf8_lossy(bytes)),
                }
            }
            let Ok(end) = u32::try_from(self.table.text.len()) else {
                self.failed = Some(ImportError::TooLarge {
                    bytes: self.bytes_read,
                    limit: MAX_BYTES,
                });
                return;
            };
            self.table.ends.push(end);
        }
        self.table.lines.push(self.row_line);
        if self.table.lines.len() > MAX_ROWS as usize {
            self.failed = Some(ImportError::TooManyRows { limit: MAX_ROWS });
        }
    }

    /// Refuses the row whose quote never closed, and gives the bytes to read
    /// again: those after the line where the quote opened. `too_long`: the
    /// quote stayed open past [`MAX_CELL_BYTES`] (else the input ended).
    fn fail_quote(&mut self, too_long: bool) -> Vec<u8> {
        let reason = if too_long {
            format!(
                "a quote opened on line {} is not closed within {} bytes",
                self.quote_line,
                crate::model::format::num(MAX_CELL_BYTES as f64)
            )
        } else {
            format!("a quote opened on line {} is never closed", self.quote_line)
        };
        if self.header.is_none() {
            self.failed = Some(ImportError::NotATable);
            return Vec::new();
        }
        self.refuse(reason);
        self.cell.clear();
        self.cell_too_long = false;
        self.row_bytes.clear();
        self.row_ends.clear();
        self.extra_cells = 0;
        self.extra_filled = false;
        self.row_problem = None;
        self.pending_cr = false;
        let record = std::mem::take(&mut self.record);
        match record.iter().position(|&b| b == CR || b == LF) {
            Some(p) => {
                self.line = self.quote_line + 1;
                self.row_line = self.line;
                self.state = State::FieldStart;
                let mut next = p + 1;
                if record[p] == CR {
                    match record.get(next) {
                        Some(&LF) => next += 1,
                        None => self.pending_cr = true,
                        Some(_) => {}
                    }
                }
                record[next..].to_vec()
            }
            None => {
                self.line = self.quote_line;
                self.state = if too_long {
                    State::SkipLine
                } else {
                    State::FieldStart
                };
                Vec::new()
            }
        }
    }
}

/// Text of a cell's bytes, U+FFFD for invalid UTF-8.
fn decode(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(bytes)
}

fn is_blank(bytes: &[u8]) -> bool {
    bytes.iter().all(|b| b.is_ascii_whitespace() || *b == 0)
}
