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
            self.sniff.extend_from_slice(bytes);
            if self.sniff.len() >= SNIFF_BYTES {
                self.start(false);
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

/// Bytes without ASCII white space at either end.
fn trim_bytes(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(start, |e| e + 1);
    &bytes[start..end]
}

fn is_blank(bytes: &[u8]) -> bool {
    bytes.iter().all(|b| b.is_ascii_whitespace() || *b == 0)
}

/// A header names at least two columns, and its names do not read like
/// sentences: a name is sentence-like with more than six words, or with
/// three or more ending in `.`, `!` or `?`; at least half of them sentence-like
/// (or any name longer than 200 bytes) means prose, not a header.
fn looks_like_header(names: &[String]) -> bool {
    let named: Vec<&String> = names.iter().filter(|n| !n.is_empty()).collect();
    if named.len() < 2 || named.iter().any(|n| n.len() > 200) {
        return false;
    }
    let prose = named
        .iter()
        .filter(|n| {
            let words = n.split_whitespace().count();
            words > 6 || (words >= 3 && n.ends_with(['.', '!', '?']))
        })
        .count();
    prose * 2 < named.len()
}

/// An Excel `sep=X` first line (looked for in the first 64 bytes): the
/// delimiter and the bytes after the line and its line break.
fn sep_line(data: &[u8]) -> Option<(u8, &[u8])> {
    let head = &data[..data.len().min(64)];
    let end = head.iter().position(|&b| b == CR || b == LF)?;
    // Spaces around it go, not tabs: `sep=<tab>` names the tab.
    let line = data[..end].trim_ascii_start();
    let line = match line.iter().rposition(|&b| b != b' ') {
        Some(last) => &line[..=last],
        None => line,
    };
    let line = line
        .strip_prefix(b"\"")
        .and_then(|l| l.strip_suffix(b"\""))
        .unwrap_or(line);
    if line.len() != 5 || !line[..4].eq_ignore_ascii_case(b"sep=") {
        return None;
    }
    let d = line[4];
    if matches!(d, QUOTE | 0 | CR | LF) {
        return None;
    }
    let rest = match &data[end..] {
        [CR, LF, rest @ ..] | [CR, rest @ ..] | [LF, rest @ ..] => rest,
        rest => rest,
    };
    Some((d, rest))
}

/// The delimiter among comma, semicolon and tab that the header line holds
/// (outside quotes) and that the most following lines hold exactly as often;
/// then the one the header holds most; ties in that order. Comma when the
/// header holds none of them (the table then has one column: not a table).
/// `complete`: `data` is the whole input (its last line counts even
/// without a line break).
fn sniff_delimiter(data: &[u8], complete: bool) -> u8 {
    const CANDIDATES: [u8; 3] = [b',', b';', b'\t'];
    let mut lines: Vec<[u32; 3]> = Vec::new();
    let mut counts = [0u32; 3];
    let mut filled = false;
    let mut quoted = false;
    for &b in data {
        if b == QUOTE {
            quoted = !quoted;
            filled = true;
        } else if quoted {
            continue;
        } else if b == CR || b == LF {
            if filled {
                lines.push(counts);
                if lines.len() >= SNIFF_LINES {
                    break;
                }
            }
            counts = [0; 3];
            filled = false;
        } else if let Some(k) = CANDIDATES.iter().position(|&c| c == b) {
            counts[k] += 1;
        } else if !b.is_ascii_whitespace() {
            filled = true;
        }
    }
    if filled && (complete || lines.is_empty()) && lines.len() < SNIFF_LINES {
        lines.push(counts);
    }
    let Some(header) = lines.first() else {
        return b',';
    };
    let mut best: Option<(usize, usize, u32)> = None;
    for k in 0..CANDIDATES.len() {
        if header[k] == 0 {
            continue;
        }
        let agree = lines[1..].iter().filter(|l| l[k] == header[k]).count();
        let better = match best {
            None => true,
            Some((_, a, h)) => agree > a || (agree == a && header[k] > h),
        };
        if better {
            best = Some((k, agree, header[k]));
        }
    }
    best.map_or(b',', |(k, _, _)| CANDIDATES[k])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(t: &Table) -> Vec<Vec<&str>> {
        (0..t.len())
            .map(|r| (0..t.headers().len()).map(|c| t.cell(r, c)).collect())
            .collect()
    }

    fn chunked(bytes: &[u8], size: usize) -> Result<Table, ImportError> {
        let mut reader = TableReader::new();
        for chunk in bytes.chunks(size) {
            reader.feed(chunk)?;
        }
        reader.finish()
    }

    #[test]
    fn plain_csv_with_quotes_and_line_breaks() {
        let t =
            read_table(b"Name,ARR\r\n\"Acme, Inc\",\"1,200\"\r\n\"Two\nlines \"\"x\"\"\",5\r\n")
                .unwrap();
        assert_eq!(t.headers(), ["Name", "ARR"]);
        assert_eq!(
            rows(&t),
            [vec!["Acme, Inc", "1,200"], vec!["Two\nlines \"x\"", "5"]]
        );
        assert_eq!((t.line(0), t.line(1)), (2, 3));
        assert!(t.problems().is_empty());
    }

    #[test]
    fn delimiters_are_sniffed() {
        let t = read_table("Name;ARR;Region\nA;1,5;EMEA\nB;2,5;NA\n".as_bytes()).unwrap();
        assert_eq!(t.delimiter(), b';');
        assert_eq!(rows(&t)[0], ["A", "1,5", "EMEA"]);
        let t = read_table(b"Name\tARR\nAcme, Inc\t100\n").unwrap();
        assert_eq!(t.delimiter(), b'\t');
        assert_eq!(rows(&t)[0], ["Acme, Inc", "100"]);
    }

    #[test]
    fn bom_and_sep_line() {
        let t = read_table(b"\xEF\xBB\xBFsep=|\r\nName|ARR\r\nA|1\r\n").unwrap();
        assert_eq!(t.delimiter(), b'|');
        assert_eq!(t.headers(), ["Name", "ARR"]);
        assert_eq!(t.line(0), 3);
        let t = read_table(b" sep=\t \nName\tARR\n").unwrap();
        assert_eq!((t.delimiter(), t.headers().len()), (b'\t', 2));
    }

    #[test]
    fn blank_short_long_and_repeated_rows() {
        let t = read_table(b"Name,ARR,Region\n\nA,1\n,,\nName,ARR,Region\nB,2,NA,x\nC,3,NA,,\n")
            .unwrap();
        assert_eq!(rows(&t), [vec!["A", "1", ""], vec!["C", "3", "NA"]]);
        assert_eq!(t.repeated_headers(), 1);
        assert_eq!(
            t.problems(),
            [LineProblem {
                line: 6,
                reason: "line 6 has 4 cells; the header has 3".into()
            }]
        );
        assert_eq!((t.line(0), t.line(1)), (3, 7));
    }

    #[test]
    fn cr_only_line_ends_and_nul() {
        let t = read_table(b"Name,ARR\rA\0b,1\rB,2").unwrap();
        assert_eq!(rows(&t), [vec!["Ab", "1"], vec!["B", "2"]]);
        assert_eq!(t.line(1), 3);
    }

    #[test]
    fn unbalanced_quote_resumes_on_the_next_line() {
        let input = b"Name,ARR\nA,1\n\"B,2\nC,3\nD,4\n";
        let t = read_table(input).unwrap();
        assert_eq!(rows(&t), [vec!["A", "1"], vec!["C", "3"], vec!["D", "4"]]);
        assert_eq!(
            t.problems(),
            [LineProblem {
                line: 3,
                reason: "a quote opened on line 3 is never closed".into()
            }]
        );
        assert_eq!(t.line(1), 4);
        for size in [1, 2, 3, 7] {
            assert_eq!(chunked(input, size).unwrap(), t, "chunks of {size}");
        }
    }

    #[test]
    fn a_quote_open_too_long_refuses_only_its_row() {
        let mut input = b"Name,ARR\nA,\"1\nB,2\n".to_vec();
        input.extend(std::iter::repeat_n(b'x', MAX_CELL_BYTES + 10));
        input.extend_from_slice(b",3\nC,4\n");
        let t = read_table(&input).unwrap();
        // Line 3 is re-read: "B,2"; the long line's cell is too long.
        assert_eq!(rows(&t), [vec!["B", "2"], vec!["C", "4"]]);
        assert_eq!(t.problems().len(), 2, "{:?}", t.problems());
        assert!(t.problems()[0].reason.contains("quote opened on line 2"));
        assert_eq!(t.problems()[1].line, 4);
        assert!(t.problems()[1].reason.contains("longer than 65,536 bytes"));
        assert_eq!(chunked(&input, 1000).unwrap(), t);
    }

    #[test]
    fn a_quote_open_too_long_on_one_line_skips_that_line() {
        let mut input = b"Name,ARR\nA,\"".to_vec();
        input.extend(std::iter::repeat_n(b'x', MAX_CELL_BYTES + 10));
        input.extend_from_slice(b",3\nC,4\n");
        let t = read_table(&input).unwrap();
        assert_eq!(rows(&t), [vec!["C", "4"]]);
        assert_eq!(t.line(0), 3);
        assert!(t.problems()[0].reason.contains("not closed within"));
    }

    #[test]
    fn text_after_a_closing_quote_is_kept() {
        let t = read_table(b"Name,ARR\n\"Acme\" Inc,1\n").unwrap();
        assert_eq!(rows(&t), [vec!["Acme Inc", "1"]]);
    }

    #[test]
    fn invalid_utf8_is_replaced_per_cell() {
        let t = read_table(b"Name,ARR\nSoci\xE9t\xE9,\xE2\x82\n").unwrap();
        assert_eq!(rows(&t), [vec!["Soci\u{FFFD}t\u{FFFD}", "\u{FFFD}"]]);
    }

    #[test]
    fn whole_input_errors() {
        assert_eq!(read_table(b""), Err(ImportError::Empty));
        assert_eq!(
            read_table(b"\xEF\xBB\xBF\r\n\n  \n"),
            Err(ImportError::Empty)
        );
        assert_eq!(
            read_table(b"just one column\nx\n"),
            Err(ImportError::NotATable)
        );
        assert_eq!(
            read_table(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR,;\t"),
            Err(ImportError::NotATable)
        );
        assert_eq!(
            read_table(b"PK\x03\x04\x14\x00,\x06;\x00\n"),
            Err(ImportError::NotATable)
        );
        let prose = b"Dear team, thank you for the list of customers you sent.\nIt has, sadly, no header.\n";
        assert_eq!(read_table(prose), Err(ImportError::NotATable));
        assert!(ImportError::NotATable.message().contains("first line"));
        assert!(ImportError::TooManyRows { limit: MAX_ROWS }
            .message()
            .contains("2,000,000"));
    }

    #[test]
    fn header_only_is_a_table_without_rows() {
        let t = read_table(b"Name,ARR\n").unwrap();
        assert!(t.is_empty());
        assert_eq!(t.cell(0, 0), "");
        assert_eq!(t.line(5), 0);
    }

    #[test]
    fn empty_header_names_get_a_column_number() {
        let t = read_table(b"Name,,ARR\nA,x,1\n").unwrap();
        assert_eq!(t.headers(), ["Name", "Column 2", "ARR"]);
    }

    #[test]
    fn too_large_input_is_refused() {
        assert!(check_size(MAX_BYTES).is_ok());
        assert_eq!(
            check_size(MAX_BYTES + 1),
            Err(ImportError::TooLarge {
                bytes: MAX_BYTES + 1,
                limit: MAX_BYTES
            })
        );
        let mut reader = TableReader::new();
        reader.bytes_read = MAX_BYTES - 2;
        assert!(reader.feed(b"ab").is_ok());
        assert!(matches!(
            reader.feed(b"c"),
            Err(ImportError::TooLarge { .. })
        ));
        assert!(matches!(reader.finish(), Err(ImportError::TooLarge { .. })));
    }

    #[test]
    fn progress_is_reported() {
        let mut reader = TableReader::new();
        let mut input = b"Name,ARR\n".to_vec();
        for k in 0..10_000 {
            input.extend_from_slice(format!("A{k},{k}\n").as_bytes());
        }
        // The first 64 KiB are held to sniff the delimiter.
        reader.feed(&input[..1000]).unwrap();
        assert_eq!(reader.rows_read(), 0);
        reader.feed(&input[1000..]).unwrap();
        assert_eq!(reader.bytes_read(), input.len() as u64);
        assert_eq!(reader.rows_read(), 10_000);
    }
}
