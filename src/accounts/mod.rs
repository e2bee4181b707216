//! Real accounts: a customer list imported from a CSV / TSV file or pasted
//! from a spreadsheet, read, tiered by the scenario's rule, reviewed, and
//! summed into the plan's per-tier aggregates. Plain Rust: no DOM, no
//! framework; the page calls these functions in chunks so that a list of a
//! million rows keeps the page responsive.
//!
//! Privacy: nothing in this module writes names or rows into a scenario.
//! Only [`Aggregates`] (counts, ARR, first-year share, renewals by month per
//! tier) reach the scenario, and so the share link.
//!
//! Data flow (one module each):
//! 1. `table`: bytes (streamed in chunks, [`TableReader`]) -> [`Table`]
//!    (header, rows as text cells with their line numbers, a
//!    [`LineProblem`] for each row refused), or an [`ImportError`].
//! 2. `mapping`: header names -> [`Mapping`] ([`guess_mapping`]: which column
//!    holds what), corrected by the person.
//! 3. `read`: table + mapping -> [`Account`]s ([`ReadPlan`], chunk by
//!    chunk, or [`read_accounts`] at once), with the rows skipped and the
//!    cells left out, each with its line and reason. Cells go through
//!    `number` (money and numbers, decimal mark per column) and `date`
//!    (date order per column).
//! 4. `assign`: accounts + the scenario's rule -> [`Assignment`]s (tier,
//!    rule tier, score; an override wins) and [`reason`] in words.
//! 5. `aggregate`: -> [`Aggregates`] for the scenario; `review`: the
//!    semiannual tier review and the rows of its table; `export`:
//!    [`tiered_csv`].
//! 6. `sample`: a made-up list for tests, benchmarks and trying it out.

pub mod aggregate;
pub mod assign;
pub mod date;
pub mod export;
pub mod mapping;
pub mod number;
pub mod read;
pub mod review;
pub mod sample;
pub mod table;

pub use aggregate::aggregate;
pub use assign::{assign, reason, score};
pub use date::{days_from_ymd, detect_date_order, parse_date, ymd_from_days, DateOrder};
pub use export::{moves_csv, skipped_csv, tiered_csv};
pub use mapping::{guess_for_table, guess_mapping, left_empty_note};
pub use number::{
    currency_mark, currency_matches, detect_decimal_mark, parse_amount, parse_number, DecimalMark,
};
pub use read::{read_accounts, refusal, AccountsRead, CurrencySeen, ReadPlan};
pub use review::{cutoff_distance, moves, review, view_rows, Filter, Move, Review, SortKey};
pub use sample::sample_csv;
pub use table::{check_size, read_table, Table, TableReader};

/// What a column of the list holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// Account name.
    Name,
    /// Annual recurring revenue (money).
    Arr,
    /// Monthly recurring revenue (money; ARR = 12 × MRR).
    Mrr,
    /// Number of employees.
    Employees,
    /// Number of products and services bought.
    Products,
    /// Account complexity: a number (1–5) or words (low / medium / high).
    Complexity,
    /// Strategic flag: yes / no, true / false, 1 / 0, x.
    Strategic,
    /// Industry (text, for filtering).
    Industry,
    /// Region (text, for filtering).
    Region,
    /// Health score: 0–100, or red / amber / green.
    Health,
    /// Customer since (a date).
    CustomerSince,
    /// Next renewal (a date).
    Renewal,
    /// The tier the account has today (a tier name or number): the previous
    /// tiering that the review compares with.
    CurrentTier,
    /// A tier set by hand (a tier name or number): wins over the rule.
    OverrideTier,
}

/// Which field each column holds (`None`: ignored), one entry per column.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mapping {
    /// Field of column `i`.
    pub columns: Vec<Option<Field>>,
}

/// A line of the input that could not be read, and why (plain words).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineProblem {
    /// 1-based line number in the file (the line where the row starts).
    pub line: u32,
    /// Why, e.g. "ARR \"abc\" is not an amount".
    pub reason: String,
}

/// Why a whole input was refused. Plain words via `Display`-like `message()`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Nothing but blank lines (or nothing at all).
    Empty,
    /// No header row with at least two columns was found: not a table.
    NotATable,
    /// Larger than the page can hold in memory (`bytes` read, `limit`).
    TooLarge {
        /// Size of the input (bytes).
        bytes: u64,
        /// The most the page accepts (bytes).
        limit: u64,
    },
    /// More rows than the page accepts.
    TooManyRows {
        /// The most rows accepted.
        limit: u32,
    },
    /// A header but no row that reads as an account (none at all, or every
    /// one skipped): nothing to tier, so the plan must not change.
    NoAccounts {
        /// Rows below the header (0: the header only).
        rows: u32,
        /// The first row skipped, and why.
        first: Option<LineProblem>,
    },
}

/// One account, as read from a row. Text fields are indexes into the
/// [`Table`] (not copies), so a million accounts stay small.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Account {
    /// Index of its row in the table (also gives name, industry, region, line).
    pub row: u32,
    /// ARR (currency/year); 0 when the ARR cell is empty.
    pub arr: f64,
    /// Employees, if given.
    pub employees: Option<f64>,
    /// Products, if given.
    pub products: Option<f64>,
    /// Complexity 1–5, if given.
    pub complexity: Option<f64>,
    /// Strategic flag (false when empty).
    pub strategic: bool,
    /// Health 0–100, if given.
    pub health: Option<f64>,
    /// Customer since, days since 1970-01-01.
    pub since: Option<i32>,
    /// Next renewal, days since 1970-01-01.
    pub renewal: Option<i32>,
    /// Tier today (index), if the list says.
    pub current_tier: Option<u8>,
    /// Tier set by hand (index), if any.
    pub override_tier: Option<u8>,
}

/// The tier of one account under the rule.
#[derive(Clone, Debug, PartialEq)]
pub struct Assignment {
    /// The tier the account is in (the override if set, else the rule's).
    pub tier: u8,
    /// The tier the rule gives.
    pub rule_tier: u8,
    /// The score (points; the ARR under the ARR rule).
    pub score: f64,
    /// Whether an override decides the tier.
    pub overridden: bool,
}

/// Per-tier totals of the tiered list: all that reaches the scenario.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TierAggregate {
    /// Accounts in the tier.
    pub customers: f64,
    /// Their ARR (currency/year).
    pub arr: f64,
    /// Accounts that became customers in the 12 months before the as-of date.
    pub first_year: f64,
    /// Accounts renewing in each of the 12 months from the as-of month
    /// (index 0 = the as-of month); undated renewals are not counted.
    pub renewals_by_month: [f64; 12],
}

/// Per-tier totals, in tier order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Aggregates {
    /// One per tier of the scenario.
    pub tiers: Vec<TierAggregate>,
}
