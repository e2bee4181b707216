//! Table + mapping -> [`Account`]s, in chunks of rows so the page can show
//! progress: [`ReadPlan::new`] once, then [`ReadPlan::read`] per chunk.
//!
//! Rules, per row:
//! - no account name -> skipped ("no account name");
//! - an ARR cell that cannot be read (or is negative) -> skipped, with the
//!   reason; an empty ARR cell -> the MRR cell × 12 when an MRR column is
//!   mapped too, else 0 (kept, with a warning: such an account lands in
//!   the last tier). With only MRR mapped: ARR = MRR × 12;
//! - an optional cell that cannot be read (employees, products, complexity,
//!   strategic, health, dates, tiers) -> the row is kept without that value,
//!   and a warning gives the line and the reason;
//! - products: a number, or a list of product names (`CRM; Billing`) whose
//!   items (split at `,` `;` `|` `/` `+`) are counted;
//! - complexity: a number as written (the tiering's "full points at"
//!   gives its scale), or words: very low, low, simple, basic, S = 1;
//!   medium, moderate, average, standard, mid, M = 3; high, complex,
//!   very high, very complex, L = 5;
//! - strategic: yes / y / true / t / 1 / x / ✓ / strategic / key = yes;
//!   no / n / false / f / 0 / empty = no; anything else is a warning (no);
//! - health: a number 0–100 (`72%` is 72), or red / poor / at risk = 20,
//!   amber / yellow / orange / fair / neutral = 50, green / good / healthy = 80;
//! - tiers (current, override): a tier name of the plan (any case), or a
//!   1-based number (`2`, `Tier 2`, `T2`); an unknown tier is a warning.
//!
//! Each money or number column's decimal mark, and each date column's
//! order, is decided from the first [`SAMPLE_ROWS`] rows.

use super::date::{detect_date_order, parse_date, DateOrder};
use super::number::{
    currency_mark, detect_decimal_mark, parse_amount, parse_number, quoted, trim, DecimalMark,
};
use super::{Account, Field, LineProblem, Mapping, Table};
use crate::caseless;
use std::ops::Range;

/// Rows looked at to decide each column's decimal mark and date order.
pub const SAMPLE_ROWS: usize = 5_000;

/// What reading gave so far: the accounts, the rows skipped and the
/// warnings about cells left out, each with its line.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AccountsRead {
    /// The accounts read, in table order.
    pub accounts: Vec<Account>,
    /// Rows not read (no name, ARR unreadable), with the reason.
    pub skipped: Vec<LineProblem>,
    /// Cells left out of a kept row, with the reason.
    pub warnings: Vec<LineProblem>,
    /// The currencies the ARR (or MRR) cells name, in order of first use.
    pub currencies: Vec<CurrencySeen>,
}

/// A currency named in the money cells of a list (`€`, `EUR`, `US$`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurrencySeen {
    /// As written (a symbol, or an upper-case code).
    pub mark: String,
    /// The first line that names it.
    pub line: u32,
    /// How many rows name it.
    pub rows: u32,
}

/// Why a list is refused although its table was read: it has no account
/// to tier. `read`: the accounts kept and the rows skipped by the mapping,
/// once the rows were read (`None`: before, from the table alone).
pub fn refusal(table: &Table, read: Option<(usize, &[LineProblem])>) -> Option<super::ImportError> {
    let (kept, skipped) = read.unwrap_or((0, &[]));
    if !table.is_empty() && (read.is_none() || kept > 0) {
        return None;
    }
    let first = table
        .problems()
        .iter()
        .chain(skipped)
        .min_by_key(|p| p.line)
        .cloned();
    Some(super::ImportError::NoAccounts {
        rows: table.len() as u32 + table.problems().len() as u32,
        first,
    })
}

/// How to read each mapped column, decided once for the whole table.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadPlan {
    name: usize,
    arr: Option<(usize, DecimalMark)>,
    mrr: Option<(usize, DecimalMark)>,
    employees: Option<(usize, DecimalMark)>,
    products: Option<(usize, DecimalMark)>,
    complexity: Option<(usize, DecimalMark)>,
    strategic: Option<usize>,
    health: Option<(usize, DecimalMark)>,
    since: Option<(usize, DateOrder)>,
    renewal: Option<(usize, DateOrder)>,
    current_tier: Option<usize>,
    override_tier: Option<usize>,
    tiers: Vec<String>,
}

impl ReadPlan {
    /// Decides how to read each mapped column. `Err` in words when no column
    /// holds the account name, or none holds ARR or MRR.
    pub fn new(table: &Table, mapping: &Mapping, tier_names: &[String]) -> Result<Self, String> {
        let width = table.headers().len();
        let col = |f: Field| mapping.column_of(f).filter(|&c| c < width);
        let sample = |c: usize| (0..table.len().min(SAMPLE_ROWS)).map(move |r| table.cell(r, c));
        let mark = |f: Field| col(f).map(|c| (c, detect_decimal_mark(sample(c))));
        let order = |f: Field| col(f).map(|c| (c, detect_date_order(sample(c))));
        let name = col(Field::Name)
            .ok_or_else(|| "Choose the column that holds the account name.".to_string())?;
        let (arr, mrr) = (mark(Field::Arr), mark(Field::Mrr));
        if arr.is_none() && mrr.is_none() {
            return Err("Choose the column that holds ARR (or MRR).".into());
        }
        Ok(Self {
            name,
            arr,
            mrr,
            employees: mark(Field::Employees),
            products: mark(Field::Products),
            complexity: mark(Field::Complexity),
            strategic: col(Field::Strategic),
            health: mark(Field::Health),
            since: order(Field::CustomerSince),
            renewal: order(Field::Renewal),
            current_tier: col(Field::CurrentTier),
            override_tier: col(Field::OverrideTier),
            tiers: tier_names.to_vec(),
        })
    }

    /// The decimal mark a money or number field is read with (`None` when
    /// the field is not mapped or is not a number).
    pub fn decimal_mark(&self, field: Field) -> Option<DecimalMark> {
        let m = match field {
            Field::Arr => self.arr,
            Field::Mrr => self.mrr,
            Field::Employees => self.employees,
            Field::Products => self.products,
            Field::Complexity => self.complexity,
            Field::Health => self.health,
            _ => None,
        };
        m.map(|(_, mark)| mark)
    }

    /// The order a date field is read in (`None` when not mapped or not a date).
    pub fn date_order(&self, field: Field) -> Option<DateOrder> {
        let o = match field {
            Field::CustomerSince => self.since,
            Field::Renewal => self.renewal,
            _ => None,
        };
        o.map(|(_, order)| order)
    }

    /// Reads the rows in `rows` (clamped to the table) into `out`.
    pub fn read(&self, table: &Table, rows: Range<usize>, out: &mut AccountsRead) {
        let end = rows.end.min(table.len());
        for row in rows.start.min(end)..end {
            let line = table.line(row);
            match self.account(table, row, line, &mut out.warnings) {
                Ok(account) => {
                    self.note_currency(table, row, line, &mut out.currencies);
                    out.accounts.push(account)
                }
                Err(reason) => out.skipped.push(LineProblem { line, reason }),
            }
        }
    }

    /// One row: the account, or why it is skipped.
    fn account(
        &self,
        table: &Table,
        row: usize,
        line: u32,
        warnings: &mut Vec<LineProblem>,
    ) -> Result<Account, String> {
        let cell = |c: usize| table.cell(row, c);
        if trim(cell(self.name)).is_empty() {
            return Err("no account name".into());
        }
        let arr = self.arr(&cell)?;
        let mut warn = |field: Field, reason: String| {
            warnings.push(LineProblem {
                line,
                reason: format!("{} {reason}", field.label()),
            });
        };
        let Some(arr) = arr else {
            let what = match (self.arr, self.mrr) {
                (Some(_), Some(_)) => "and MRR are",
                _ => "is",
            };
            let field = if self.arr.is_some() {
                Field::Arr
            } else {
                Field::Mrr
            };
            warn(
                field,
                format!("{what} empty: counted as 0, so the account goes to the last tier"),
            );
            return self.rest(table, row, line, 0.0, warnings);
        };
        self.rest(table, row, line, arr, warnings)
    }

    /// The currency the row's money cell names, if any, added to `seen`.
    fn note_currency(&self, table: &Table, row: usize, line: u32, seen: &mut Vec<CurrencySeen>) {
        let mark = [self.arr, self.mrr]
            .into_iter()
            .flatten()
            .find_map(|(c, _)| currency_mark(table.cell(row, c)));
        let Some(mark) = mark else { return };
        match seen.iter_mut().find(|s| s.mark == mark) {
            Some(s) => s.rows += 1,
            None => seen.push(CurrencySeen {
                mark: mark.to_string(),
                line,
                rows: 1,
            }),
        }
    }

    /// The rest of a row once its ARR is known.
    fn rest(
        &self,
        table: &Table,
        row: usize,
        line: u32,
        arr: f64,
        warnings: &mut Vec<LineProblem>,
    ) -> Result<Account, String> {
        let cell = |c: usize| table.cell(row, c);
        let mut warn = |field: Field, reason: String| {
            warnings.push(LineProblem {
                line,
                reason: format!("{} {reason}", field.label()),
            });
        };
        let mut number = |field: Field, spec: Option<(usize, DecimalMark)>, read: Reader| {
            let (c, mark) = spec?;
            match read(cell(c), mark) {
                Ok(v) => v,
                Err(reason) => {
                    warn(field, reason);
                    None
                }
            }
        };
        let employees = number(Field::Employees, self.employees, count);
        let products = number(Field::Products, self.products, products);
        let complexity = number(Field::Complexity, self.complexity, complexity);
        let health = number(Field::Health, self.health, health);
        let mut warn = |field: Field, reason: String| {
            warnings.push(LineProblem {
                line,
                reason: format!("{} {reason}", field.label()),
            });
        };
        let strategic = match self.strategic.map(|c| flag(cell(c))) {
            Some(Err(reason)) => {
                warn(Field::Strategic, reason);
                false
            }
            Some(Ok(v)) => v,
            None => false,
        };
        let mut date = |field: Field, spec: Option<(usize, DateOrder)>| {
            let (c, order) = spec?;
            parse_date(cell(c), order).unwrap_or_else(|reason| {
                warn(field, reason);
                None
            })
        };
        let since = date(Field::CustomerSince, self.since);
        let renewal = date(Field::Renewal, self.renewal);
        let mut tier = |field: Field, c: Option<usize>| {
            self.tier(cell(c?)).unwrap_or_else(|reason| {
                warn(field, reason);
                None
            })
        };
        let current_tier = tier(Field::CurrentTier, self.current_tier);
        let override_tier = tier(Field::OverrideTier, self.override_tier);
        Ok(Account {
            row: row as u32,
            arr,
            employees,
            products,
            complexity,
            strategic,
            health,
            since,
            renewal,
            current_tier,
            override_tier,
        })
    }

    /// ARR of a row: the ARR cell, else 12 × the MRR cell; `None` when
    /// both are empty.
    fn arr<'a>(&self, cell: &impl Fn(usize) -> &'a str) -> Result<Option<f64>, String> {
        let read = |field: Field, (c, mark): (usize, DecimalMark)| {
            let text = cell(c);
            match parse_amount(text, mark) {
                Err(reason) => Err(format!("{} {reason}", field.label())),
                Ok(Some(v)) if v < 0.0 => {
                    Err(format!("{} {} is negative", field.label(), quoted(text)))
                }
                Ok(v) => Ok(v),
            }
        };
        if let Some(spec) = self.arr {
            if let Some(v) = read(Field::Arr, spec)? {
                return Ok(Some(v));
            }
        }
        match self.mrr {
            Some(spec) => match read(Field::Mrr, spec)? {
                Some(v) if (v * 12.0).is_finite() => Ok(Some(v * 12.0)),
                Some(_) => Err(format!("MRR {} is too large", quoted(cell(spec.0)))),
                None => Ok(None),
            },
            None => Ok(None),
        }
    }

    /// A tier cell: a tier name (any case) or a 1-based number. A leading
    /// `'` that an export put before a formula character is ignored.
    fn tier(&self, text: &str) -> Result<Option<u8>, String> {
        let t = trim(text);
        let t = match t.strip_prefix('\'') {
            Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
            _ => t,
        };
        if t.is_empty() {
            return Ok(None);
        }
        let same = |a: &str, b: &str| {
            if a.is_ascii() && b.is_ascii() {
                a.eq_ignore_ascii_case(b)
            } else {
                caseless::eq(a, b)
            }
        };
        if let Some(k) = self.tiers.iter().position(|n| same(n.trim(), t)) {
            return Ok(Some(k as u8));
        }
        let lower = t.to_ascii_lowercase();
        let number = lower
            .strip_prefix("tier")
            .or_else(|| lower.strip_prefix('t'))
            .unwrap_or(&lower)
            .trim_start_matches([' ', '#', '-', '_']);
        if let Ok(k) = number.parse::<usize>() {
            return if (1..=self.tiers.len()).contains(&k) {
                Ok(Some((k - 1) as u8))
            } else {
                Err(format!(
                    "{} is not one of the plan's tiers: it has {}",
                    quoted(text),
                    crate::model::format::count(self.tiers.len() as f64, "tier", "tiers")
                ))
            };
        }
        Err(format!(
            "{} is not a tier of this plan ({})",
            quoted(text),
            self.tiers.join(", ")
        ))
    }
}

/// Reads every row of a table at once (tests, small lists).
pub fn read_accounts(
    table: &Table,
    mapping: &Mapping,
    tier_names: &[String],
) -> Result<AccountsRead, String> {
    let plan = ReadPlan::new(table, mapping, tier_names)?;
    let mut out = AccountsRead::default();
    plan.read(table, 0..table.len(), &mut out);
    Ok(out)
}

type Reader = fn(&str, DecimalMark) -> Result<Option<f64>, String>;

/// A count (employees): a number, not negative.
fn count(text: &str, mark: DecimalMark) -> Result<Option<f64>, String> {
    match parse_number(text, mark)? {
        Some(v) if v < 0.0 => Err(format!("{} is negative", quoted(text))),
        v => Ok(v),
    }
}

/// Products: a count, or a list of product names whose items are counted.
fn products(text: &str, mark: DecimalMark) -> Result<Option<f64>, String> {
    let letters = text.bytes().any(|b| b.is_ascii_alphabetic())
        || (!text.is_ascii() && text.chars().any(char::is_alphabetic));
    if letters {
        let items = text
            .split([',', ';', '|', '/', '+', '\n'])
            .filter(|item| !item.trim().is_empty())
            .count();
        if items > 0 && parse_number(text, mark).is_err() {
            return Ok(Some(items as f64));
        }
    }
    count(text, mark)
}

/// Complexity: a number as written, or words (see the module documentation).
fn complexity(text: &str, mark: DecimalMark) -> Result<Option<f64>, String> {
    const WORDS: [(&str, f64); 17] = [
        ("very low", 1.0),
        ("low", 1.0),
        ("simple", 1.0),
        ("basic", 1.0),
        ("s", 1.0),
        ("medium", 3.0),
        ("moderate", 3.0),
        ("average", 3.0),
        ("standard", 3.0),
        ("mid", 3.0),
        ("m", 3.0),
        ("high", 5.0),
        ("complex", 5.0),
        ("very high", 5.0),
        ("very complex", 5.0),
        ("l", 5.0),
        ("very-high", 5.0),
    ];
    if let Some(v) = lookup(text, &WORDS) {
        return Ok(Some(v));
    }
    match parse_number(text, mark) {
        Ok(Some(v)) if v < 0.0 => Err(format!("{} is negative", quoted(text))),
        Ok(v) => Ok(v),
        Err(_) => Err(format!(
            "{} is not a number or low / medium / high",
            quoted(text)
        )),
    }
}

/// Health: 0–100 (a percentage is its number), or red / amber / green words.
fn health(text: &str, mark: DecimalMark) -> Result<Option<f64>, String> {
    const WORDS: [(&str, f64); 19] = [
        ("red", 20.0),
        ("poor", 20.0),
        ("bad", 20.0),
        ("at risk", 20.0),
        ("at-risk", 20.0),
        ("critical", 20.0),
        ("amber", 50.0),
        ("yellow", 50.0),
        ("orange", 50.0),
        ("fair", 50.0),
        ("neutral", 50.0),
        ("medium", 50.0),
        ("ok", 50.0),
        ("green", 80.0),
        ("good", 80.0),
        ("healthy", 80.0),
        ("great", 80.0),
        ("excellent", 80.0),
        ("strong", 80.0),
    ];
    if let Some(v) = lookup(text, &WORDS) {
        return Ok(Some(v));
    }
    match parse_number(text, mark) {
        Ok(Some(v)) if !(0.0..=100.0).contains(&v) => {
            Err(format!("{} is not between 0 and 100", quoted(text)))
        }
        Ok(v) => Ok(v),
        Err(_) => Err(format!(
            "{} is not a number or red / amber / green",
            quoted(text)
        )),
    }
}

/// A yes / no cell (see the module documentation).
fn flag(text: &str) -> Result<bool, String> {
    const WORDS: [(&str, bool); 27] = [
        ("yes", true),
        ("y", true),
        ("true", true),
        ("t", true),
        ("1", true),
        ("x", true),
        ("✓", true),
        ("✔", true),
        ("strategic", true),
        ("key", true),
        ("key account", true),
        ("ja", true),
        ("oui", true),
        ("sí", true),
        ("si", true),
        ("no", false),
        ("n", false),
        ("false", false),
        ("f", false),
        ("0", false),
        ("", false),
        ("-", false),
        ("not strategic", false),
        ("nein", false),
        ("non", false),
        ("none", false),
        ("n/a", false),
    ];
    lookup(text, &WORDS).ok_or_else(|| format!("{} is not yes or no", quoted(text)))
}

/// The value of the word a cell is (trimmed, any case), from `(word, value)`
/// pairs of lower-case words.
fn lookup<T: Copy>(text: &str, words: &[(&str, T)]) -> Option<T> {
    let t = trim(text);
    if t.is_ascii() {
        words
            .iter()
            .find(|(w, _)| w.len() == t.len() && w.eq_ignore_ascii_case(t))
            .map(|&(_, v)| v)
    } else {
        let lower = caseless::lower(t);
        words.iter().find(|(w, _)| *w == lower).map(|&(_, v)| v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::{guess_mapping, read_table};

    fn tiers() -> Vec<String> {
        ["Enterprise", "Mid-market", "SMB"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    fn read(csv: &str) -> AccountsRead {
        let table = read_table(csv.as_bytes()).unwrap();
        let mapping = guess_mapping(table.headers());
        read_accounts(&table, &mapping, &tiers()).unwrap()
    }

    #[test]
    fn a_row_with_every_field() {
        let r = read(
            "Account,ARR,Employees,Products,Complexity,Strategic,Health,Customer since,Renewal,Tier,Override\n\
             Acme,$1.2M,1.5k,CRM; Billing,high,Yes,amber,2024-03-15,15 Mar 2026,2,smb\n",
        );
        assert!(r.warnings.is_empty(), "{:?}", r.warnings);
        let a = &r.accounts[0];
        assert_eq!(a.arr, 1_200_000.0);
        assert_eq!(a.employees, Some(1500.0));
        assert_eq!(a.products, Some(2.0));
        assert_eq!(a.complexity, Some(5.0));
        assert!(a.strategic);
        assert_eq!(a.health, Some(50.0));
        assert_eq!(a.since, Some(crate::accounts::days_from_ymd(2024, 3, 15)));
        assert_eq!(a.renewal, Some(crate::accounts::days_from_ymd(2026, 3, 15)));
        assert_eq!(a.current_tier, Some(1));
        assert_eq!(a.override_tier, Some(2));
    }

    #[test]
    fn unreadable_arr_or_name_skips_the_row_other_cells_warn() {
        let r = read(
            "Name,ARR,Employees,Strategic,Renewal date,Tier\n\
             A,abc,10,yes,,\n\
             ,100,10,yes,,\n\
             B,-5,10,yes,,\n\
             C,,many,maybe,soon,Gold\n\
             D,200,,,,Tier 7\n",
        );
        let skipped: Vec<(u32, &str)> = r
            .skipped
            .iter()
            .map(|p| (p.line, p.reason.as_str()))
            .collect();
        assert_eq!(
            skipped,
            [
                (2, "ARR \"abc\" is not an amount"),
                (3, "no account name"),
                (4, "ARR \"-5\" is negative"),
            ]
        );
        assert_eq!(r.accounts.len(), 2);
        let c = &r.accounts[0];
        assert_eq!(
            (c.arr, c.employees, c.strategic, c.renewal),
            (0.0, None, false, None)
        );
        let warnings: Vec<(u32, &str)> = r
            .warnings
            .iter()
            .map(|p| (p.line, p.reason.as_str()))
            .collect();
        assert_eq!(
            warnings,
            [
                (
                    5,
                    "ARR is empty: counted as 0, so the account goes to the last tier"
                ),
                (5, "Employees \"many\" is not a number"),
                (5, "Strategic \"maybe\" is not yes or no"),
                (5, "Renewal date \"soon\" is not a date"),
                (
                    5,
                    "Current tier \"Gold\" is not a tier of this plan (Enterprise, Mid-market, SMB)"
                ),
                (
                    6,
                    "Current tier \"Tier 7\" is not one of the plan's tiers: it has 3 tiers"
                ),
            ]
        );
    }

    #[test]
    fn mrr_is_twelve_times_and_fills_an_empty_arr() {
        let r = read("Name;MRR\nA;1.000,50\nB;2,5\n");
        assert_eq!(r.accounts[0].arr, 12_006.0);
        assert_eq!(r.accounts[1].arr, 30.0);
        let r = read("Name,ARR,MRR\nA,,100\nB,50,100\nC,,\n");
        let arr: Vec<f64> = r.accounts.iter().map(|a| a.arr).collect();
        assert_eq!(arr, [1200.0, 50.0, 0.0]);
    }

    #[test]
    fn columns_decide_their_decimal_mark_and_date_order() {
        let table =
            read_table("Name;ARR;Since\nA;€ 45.000,00;03/04/2024\nB;1.200;15/04/2024\n".as_bytes())
                .unwrap();
        let mapping = guess_mapping(table.headers());
        let plan = ReadPlan::new(&table, &mapping, &tiers()).unwrap();
        assert_eq!(plan.decimal_mark(Field::Arr), Some(DecimalMark::Comma));
        assert_eq!(
            plan.date_order(Field::CustomerSince),
            Some(DateOrder::DayFirst)
        );
        let mut out = AccountsRead::default();
        plan.read(&table, 1..10, &mut out);
        plan.read(&table, 0..1, &mut out);
        let arr: Vec<f64> = out.accounts.iter().map(|a| a.arr).collect();
        assert_eq!(arr, [1200.0, 45_000.0]);
        assert_eq!(
            out.accounts[1].since,
            Some(crate::accounts::days_from_ymd(2024, 4, 3))
        );
    }

    #[test]
    fn a_plan_needs_a_name_and_money() {
        let table = read_table(b"Name,Region\nA,EMEA\n").unwrap();
        let mapping = guess_mapping(table.headers());
        assert!(ReadPlan::new(&table, &mapping, &tiers())
            .unwrap_err()
            .contains("ARR"));
        let table = read_table(b"Region,ARR\nEMEA,5\n").unwrap();
        let mapping = guess_mapping(table.headers());
        assert!(ReadPlan::new(&table, &mapping, &tiers())
            .unwrap_err()
            .contains("account name"));
    }

    #[test]
    fn cell_words() {
        assert_eq!(flag(" X "), Ok(true));
        assert_eq!(flag("No"), Ok(false));
        assert_eq!(complexity("Medium", DecimalMark::Dot), Ok(Some(3.0)));
        assert_eq!(complexity("4", DecimalMark::Dot), Ok(Some(4.0)));
        assert!(complexity("weird", DecimalMark::Dot).is_err());
        assert_eq!(health("72%", DecimalMark::Dot), Ok(Some(72.0)));
        assert_eq!(health("Green", DecimalMark::Dot), Ok(Some(80.0)));
        assert!(health("150", DecimalMark::Dot).is_err());
        assert_eq!(products("3", DecimalMark::Dot), Ok(Some(3.0)));
        assert_eq!(products("CRM", DecimalMark::Dot), Ok(Some(1.0)));
        assert!(products("-2", DecimalMark::Dot).is_err());
        assert_eq!(count("", DecimalMark::Dot), Ok(None));
    }

    #[test]
    fn tiers_by_name_number_or_exported_name() {
        let table = read_table(b"Name,ARR\nA,1\n").unwrap();
        let mut names = tiers();
        names[0] = "=Top".into();
        let plan = ReadPlan::new(&table, &guess_mapping(table.headers()), &names).unwrap();
        assert_eq!(plan.tier("'=top"), Ok(Some(0)));
        assert_eq!(plan.tier("T3"), Ok(Some(2)));
        assert_eq!(plan.tier("tier #2"), Ok(Some(1)));
        assert_eq!(plan.tier(" "), Ok(None));
        assert!(plan.tier("0").is_err());
    }
}
