//! Money and number cells as people and spreadsheets write them:
//! `$1,200,000`, `1.2M`, `15k`, `€ 45.000,00`, `45 000,50`, `USD 1200`,
//! `1,5 Mio`, `(1,200)` (negative), `-5`, `1.2E+06`.
//!
//! Whether a column writes decimals with a dot or a comma is decided once
//! per column from all its values ([`detect_decimal_mark`]); each cell is
//! then read with that mark ([`parse_amount`], [`parse_number`]), so that
//! `1.200` means one thousand two hundred in a column of `45.000,00` and
//! one point two in a column of `3.5`.
//!
//! - Thousands separators: the other mark, a space (also no-break and thin
//!   spaces) or an apostrophe (`1'200`). Groups after the first hold three
//!   digits (two are accepted before the last, as in `12,34,567`).
//! - Multipliers (after the number, any case): `k`, `thousand`, `Tsd` (×10³);
//!   `M`, `MM`, `mn`, `Mio`, `million` (×10⁶); `B`, `bn`, `bln`, `billion`,
//!   `Mrd` (×10⁹). They are applied exactly (`1.2M` is 1,200,000, not
//!   1,199,999.9999999998).
//! - Currency, before or after: symbols (`$ € £ ¥ ₹ ₩ ₽ ₺ ₪ ₫ ฿ ₴ ₦ ₱`),
//!   common ISO codes (`USD`, `EUR`, `CHF`…), `US$`, `A$`, `kr`, `Fr.`.
//!   Amounts only: [`parse_number`] refuses them.
//! - Negative: a leading or trailing `-` (or `−`), or parentheses.
//! - Empty: "", `-`, `–`, `—`, `n/a`, `na`, `none`, `null`, `#N/A` give `None`.
//! - Percentages (`12%`) are numbers ([`parse_number`] gives 12) but not
//!   amounts ([`parse_amount`] says so).
//!
//! Every result is finite; anything else is an `Err` with the reason in words.

use crate::decimal;

/// How a column writes the decimal separator.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DecimalMark {
    /// `1,200.50` (thousands with `,`, space or `'`).
    #[default]
    Dot,
    /// `1.200,50` (thousands with `.`, space or `'`).
    Comma,
}

impl DecimalMark {
    fn char(self) -> char {
        match self {
            DecimalMark::Dot => '.',
            DecimalMark::Comma => ',',
        }
    }
}

/// The decimal mark of a column, from all its cells:
/// - a cell holding both `.` and `,` votes for the last one (`1,200.50`,
///   `45.000,00`);
/// - a single `,` or `.` followed by other than three digits votes for it
///   (`1,5`, `45,50`, `3.5`); two or more of the same vote for the other
///   (`1.200.000`: dots are thousands);
/// - a single mark followed by exactly three digits (`1,200`, `45.000`) is a
///   weak vote for the other mark (thousands), counted only when no cell
///   gives a clear vote.
///
/// The mark with more votes wins; a tie, or a column that proves nothing,
/// means [`DecimalMark::Dot`].
pub fn detect_decimal_mark<'a>(cells: impl Iterator<Item = &'a str>) -> DecimalMark {
    let (mut dot, mut comma, mut weak_dot, mut weak_comma) = (0u32, 0u32, 0u32, 0u32);
    for cell in cells {
        let Ok(Some(parts)) = peel(cell) else {
            continue;
        };
        let core = parts.core.split(['e', 'E']).next().unwrap_or("");
        let dots = core.matches('.').count();
        let commas = core.matches(',').count();
        let after = |mark: char| {
            core.rsplit(mark)
                .next()
                .map_or(0, |t| t.chars().take_while(char::is_ascii_digit).count())
        };
        match (dots, commas) {
            (0, 0) => {}
            (d, c) if d > 0 && c > 0 => {
                if core.rfind('.') > core.rfind(',') {
                    dot += 1;
                } else {
                    comma += 1;
                }
            }
            (1, 0) if after('.') == 3 => weak_comma += 1,
            (1, 0) => dot += 1,
            (_, 0) => comma += 1,
            (0, 1) if after(',') == 3 => weak_dot += 1,
            (0, 1) => comma += 1,
            _ => dot += 1,
        }
    }
    if comma > dot || (comma == dot && weak_comma > weak_dot) {
        DecimalMark::Comma
    } else {
        DecimalMark::Dot
    }
}

/// Reads a money amount (currency symbols and codes allowed) written with
/// `mark` for decimals. `Ok(None)` for an empty cell; `Err` with the reason
/// in words (`"abc" is not an amount`).
pub fn parse_amount(text: &str, mark: DecimalMark) -> Result<Option<f64>, String> {
    read(text, mark, Kind::Amount)
}

/// Reads a plain number (a count, a score, a percentage: `72%` is 72)
/// written with `mark` for decimals. Currency is refused. `Ok(None)` for an
/// empty cell.
pub fn parse_number(text: &str, mark: DecimalMark) -> Result<Option<f64>, String> {
    read(text, mark, Kind::Number)
}

/// `text` without white space at either end; a cell that starts and ends
/// with a visible ASCII character (most cells) is returned at once.
pub fn trim(text: &str) -> &str {
    match (text.as_bytes().first(), text.as_bytes().last()) {
        (Some(&a), Some(&b)) if a > b' ' && a < 0x7F && b > b' ' && b < 0x7F => text,
        _ => text.trim(),
    }
}

/// Text of a cell for a message: quoted, at most 40 characters.
pub fn quoted(text: &str) -> String {
    let text = text.trim();
    let mut out: String = text.chars().take(40).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    format!("\"{out}\"")
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Amount,
    Number,
}

/// A cell taken apart: the digits in the middle and what was around them.
struct Parts<'a> {
    core: &'a str,
    negative: bool,
    percent: bool,
    currency: bool,
    /// Power of ten of the multiplier (`k`: 3).
    power: i32,
}

const EMPTY: [&str; 9] = ["-", "–", "—", "n/a", "na", "none", "null", "#n/a", "nil"];

const SYMBOLS: &[char] = &[
    '$', '€', '£', '¥', '₹', '₩', '₽', '₺', '₪', '₫', '฿', '₴', '₦', '₱', '¢',
];

const CODES: [&str; 32] = [
    "usd", "eur", "gbp", "jpy", "chf", "cad", "aud", "nzd", "sek", "nok", "dkk", "pln", "czk",
    "huf", "inr", "cny", "rmb", "hkd", "sgd", "brl", "mxn", "zar", "krw", "try", "ils", "rub",
    "aed", "sar", "kr", "fr", "zł", "kč",
];

/// Letters written just before `$`: `US$`, `A$`, `C$`, `NZ$`, `HK$`, `S$`, `R$`.
const DOLLAR_PREFIXES: [&str; 7] = ["us", "a", "c", "nz", "hk", "s", "r"];

const MULTIPLIERS: [(&str, i32); 16] = [
    ("k", 3),
    ("thousand", 3),
    ("tsd", 3),
    ("m", 6),
    ("mm", 6),
    ("mn", 6),
    ("mio", 6),
    ("million", 6),
    ("millions", 6),
    ("b", 9),
    ("bn", 9),
    ("bln", 9),
    ("billion", 9),
    ("billions", 9),
    ("mrd", 9),
    ("mld", 9),
];

/// Splits a cell into signs, currency, multiplier and the digits between.
/// `Ok(None)`: an empty cell.
fn peel(text: &str) -> Result<Option<Parts<'_>>, ()> {
    let mut s = trim(text);
    if s.is_empty() || EMPTY.iter().any(|e| s.eq_ignore_ascii_case(e)) {
        return Ok(None);
    }
    let mut parts = Parts {
        core: "",
        negative: false,
        percent: false,
        currency: false,
        power: 0,
    };
    let (mut opened, mut closed, mut signs) = (0, 0, 0);
    // From the left: spaces, currency, '(' and a sign.
    loop {
        if s.as_bytes()
            .first()
            .is_some_and(|b| b.is_ascii_digit() || *b == b'.')
        {
            break;
        }
        s = s.trim_start();
        if let Some(rest) = s.strip_prefix(SYMBOLS) {
            s = rest;
            parts.currency = true;
        } else if let Some(rest) = s.strip_prefix('(') {
            s = rest;
            opened += 1;
        } else if let Some(rest) = s.strip_prefix(['-', '−', '+']) {
            parts.negative |= !s.starts_with('+');
            signs += 1;
            s = rest;
        } else if let Some(rest) = strip_code_prefix(s) {
            s = rest;
            parts.currency = true;
        } else {
            break;
        }
    }
    // From the right: spaces, currency, ')', a trailing sign, '%', one multiplier.
    let mut multiplied = false;
    loop {
        if s.as_bytes().last().is_some_and(u8::is_ascii_digit) {
            break;
        }
        s = s.trim_end();
        if let Some(rest) = s.strip_suffix(SYMBOLS) {
            s = rest;
            parts.currency = true;
        } else if let Some(rest) = s.strip_suffix(')') {
            s = rest;
            closed += 1;
        } else if let Some(rest) = s.strip_suffix(['-', '−']) {
            s = rest;
            parts.negative = true;
            signs += 1;
        } else if let Some(rest) = s.strip_suffix('%') {
            s = rest;
            parts.percent = true;
        } else if let Some((rest, word)) = last_word(s) {
            let word = word.trim_end_matches('.');
            if let Some(&(_, power)) = MULTIPLIERS.iter().find(|(m, _)| same_word(word, m)) {
                if multiplied {
                    return Err(());
                }
                multiplied = true;
                parts.power = power;
            } else if CODES.iter().any(|c| same_word(word, c)) {
                parts.currency = true;
            } else {
                return Err(());
            }
            s = rest;
        } else {
            break;
        }
    }
    // One pair of parentheses means negative, and then no sign.
    match (opened, closed, signs) {
        (0, 0, 0 | 1) => {}
        (1, 1, 0) => parts.negative = true,
        _ => return Err(()),
    }
    parts.core = s;
    let first_ok = s.starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    let last_ok = s.ends_with(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    if !first_ok || !last_ok || !s.chars().any(|c| c.is_ascii_digit()) {
        return Err(());
    }
    Ok(Some(parts))
}

/// The currency a money cell names, as written: a symbol (`€`, `$`), a
/// dollar with its letters (`US$`, `A$`), or an upper-case ISO code
/// (`EUR`). `None` when the cell names none.
pub fn currency_mark(text: &str) -> Option<String> {
    if text
        .bytes()
        .all(|b| b.is_ascii_digit() || b".,- ".contains(&b))
    {
        // The usual cell: no currency, found without a closer look.
        return None;
    }
    let t = trim(text);
    if let Some(i) = t.find('$') {
        let letters: String = t[..i]
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        return Some(if DOLLAR_PREFIXES.iter().any(|p| same_word(&letters, p)) {
            format!("{}$", letters.to_ascii_uppercase())
        } else {
            "$".into()
        });
    }
    if let Some(c) = t.chars().find(|c| SYMBOLS.contains(c) && *c != '¢') {
        return Some(c.to_string());
    }
    t.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .find(|w| w.len() == 3 && CODES.iter().any(|c| same_word(w, c)))
        .map(|w| w.to_ascii_uppercase())
}

/// Whether a currency mark of [`currency_mark`] can be written for amounts
/// in `currency` (an ISO code). Marks it does not know match any currency.
pub fn currency_matches(mark: &str, currency: &str) -> bool {
    let currency = currency.trim().to_ascii_uppercase();
    let any = |codes: &[&str]| codes.contains(&currency.as_str());
    match mark {
        "$" => any(&[
            "USD", "CAD", "AUD", "NZD", "HKD", "SGD", "MXN", "BRL", "TWD", "ARS", "CLP", "COP",
        ]),
        "US$" => any(&["USD"]),
        "A$" => any(&["AUD"]),
        "C$" => any(&["CAD"]),
        "NZ$" => any(&["NZD"]),
        "HK$" => any(&["HKD"]),
        "S$" => any(&["SGD"]),
        "R$" => any(&["BRL"]),
        "€" => any(&["EUR"]),
        "£" => any(&["GBP"]),
        "¥" => any(&["JPY", "CNY"]),
        "₹" => any(&["INR"]),
        "₩" => any(&["KRW"]),
        "₽" => any(&["RUB"]),
        "₺" => any(&["TRY"]),
        "₪" => any(&["ILS"]),
        "₫" => any(&["VND"]),
        "฿" => any(&["THB"]),
        "₴" => any(&["UAH"]),
        "₦" => any(&["NGN"]),
        "₱" => any(&["PHP"]),
        "RMB" => any(&["CNY"]),
        code if code.len() == 3 && code.is_ascii() => code.eq_ignore_ascii_case(&currency),
        _ => true,
    }
}

/// `s` without a leading currency code (`USD`, `US$`'s letters), if it has one.
fn strip_code_prefix(s: &str) -> Option<&str> {
    let end = s
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic() && *c != '.')
        .map_or(s.len(), |(i, _)| i);
    if end == 0 {
        return None;
    }
    let word = s[..end].trim_end_matches('.');
    let rest = &s[end..];
    let known = |list: &[&str]| list.iter().any(|c| same_word(word, c));
    if known(&CODES) || (known(&DOLLAR_PREFIXES) && rest.starts_with('$')) {
        Some(rest)
    } else {
        None
    }
}

/// Whether a word is a known (lower-case) word, in any ASCII case.
fn same_word(word: &str, known: &str) -> bool {
    word.len() == known.len() && word.eq_ignore_ascii_case(known)
}

/// The run of letters (and dots) at the end of `s`, and what is before it.
fn last_word(s: &str) -> Option<(&str, &str)> {
    let start = s
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic() && *c != '.')
        .map_or(0, |(i, c)| i + c.len_utf8());
    // A trailing '.' right after digits is a decimal mark, not a word.
    let word = &s[start..];
    if word.is_empty() || !word.chars().any(char::is_alphabetic) {
        return None;
    }
    Some((&s[..start], word))
}

fn read(text: &str, mark: DecimalMark, kind: Kind) -> Result<Option<f64>, String> {
    let what = match kind {
        Kind::Amount => "an amount",
        Kind::Number => "a number",
    };
    let not = || format!("{} is not {what}", quoted(text));
    let parts = match peel(text) {
        Ok(None) => return Ok(None),
        Ok(Some(p)) => p,
        Err(()) => return Err(not()),
    };
    if kind == Kind::Amount && parts.percent {
        return Err(format!("{} is a percentage, not an amount", quoted(text)));
    }
    if kind == Kind::Number && parts.currency {
        return Err(format!("{} is money, not a number", quoted(text)));
    }
    let (mantissa, exponent) = match split_exponent(parts.core) {
        Some(split) => split,
        None => return Err(not()),
    };
    let mut text_buf = Buffer::default();
    if digits(mantissa, mark, &mut text_buf).is_none() {
        let other = match mark {
            DecimalMark::Dot => ',',
            DecimalMark::Comma => '.',
        };
        return Err(
            if mantissa.contains(other) || mantissa.contains(mark.char()) {
                format!(
                    "{} does not fit this column, which writes decimals with \"{}\"",
                    quoted(text),
                    mark.char()
                )
            } else {
                not()
            },
        );
    }
    let power = i64::from(exponent) + i64::from(parts.power);
    let value = text_buf
        .push(b'e')
        .and_then(|b| b.push_number(power))
        .and_then(|b| decimal::parse(b.as_str()))
        .filter(|v| v.is_finite())
        .ok_or_else(|| format!("{} is too large", quoted(text)))?;
    Ok(Some(if parts.negative && value != 0.0 {
        -value
    } else {
        value
    }))
}

/// Decimal text built without allocating: `digits.digitse±n`.
struct Buffer {
    bytes: [u8; 80],
    len: usize,
}

impl Default for Buffer {
    fn default() -> Self {
        Self {
            bytes: [0; 80],
            len: 0,
        }
    }
}

impl Buffer {
    fn push(&mut self, b: u8) -> Option<&mut Self> {
        *self.bytes.get_mut(self.len)? = b;
        self.len += 1;
        Some(self)
    }

    fn push_all(&mut self, text: &str) -> Option<&mut Self> {
        let end = self.len + text.len();
        self.bytes
            .get_mut(self.len..end)?
            .copy_from_slice(text.as_bytes());
        self.len = end;
        Some(self)
    }

    fn push_number(&mut self, n: i64) -> Option<&mut Self> {
        if n < 0 {
            self.push(b'-')?;
        }
        let mut digits = [0u8; 20];
        let mut k = digits.len();
        let mut m = n.unsigned_abs();
        loop {
            k -= 1;
            digits[k] = b'0' + (m % 10) as u8;
            m /= 10;
            if m == 0 {
                break;
            }
        }
        for &d in &digits[k..] {
            self.push(d)?;
        }
        Some(self)
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or("")
    }
}

/// `1.2E+06` -> ("1.2", 6); no exponent -> (core, 0). `None` when the
/// exponent is not a whole number within ±400.
fn split_exponent(core: &str) -> Option<(&str, i32)> {
    match core.find(['e', 'E']) {
        None => Some((core, 0)),
        Some(at) => {
            let exp = &core[at + 1..];
            let digits = exp.strip_prefix(['+', '-']).unwrap_or(exp);
            if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            let n: i32 = digits.parse().ok()?;
            Some((&core[..at], if exp.starts_with('-') { -n } else { n }))
        }
    }
}

/// Writes the digits of `text` under `mark` as `whole.fraction` into
/// `out`, thousands separators checked and dropped. `None` when it does not
/// fit (or is too long to be an amount).
fn digits(text: &str, mark: DecimalMark, out: &mut Buffer) -> Option<()> {
    let decimal = mark.char();
    let group = |c: char| {
        c == ' '
            || c == '\u{a0}'
            || c == '\u{2009}'
            || c == '\u{202f}'
            || c == '\''
            || c == '’'
            || (c == ',' && mark == DecimalMark::Dot)
            || (c == '.' && mark == DecimalMark::Comma)
    };
    let (whole, fraction) = text.split_once(decimal).unwrap_or((text, ""));
    if !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Groups after the first: 2 or 3 digits, the last one 3.
    let (mut count, mut first, mut previous) = (0, 0, 0);
    for g in whole.split(group) {
        if !g.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if count == 0 {
            first = g.len();
        } else if count >= 2 && !(2..=3).contains(&previous) {
            return None;
        }
        previous = g.len();
        count += 1;
        out.push_all(g)?;
    }
    if count > 1 && (!(1..=3).contains(&first) || previous != 3) {
        return None;
    }
    if out.len == 0 && fraction.is_empty() {
        return None;
    }
    out.push(b'.')?.push_all(fraction)?;
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use DecimalMark::{Comma, Dot};

    fn amount(text: &str, mark: DecimalMark) -> Option<f64> {
        parse_amount(text, mark).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn money_as_people_write_it() {
        assert_eq!(amount("$1,200,000", Dot), Some(1_200_000.0));
        assert_eq!(amount("1.2M", Dot), Some(1_200_000.0));
        assert_eq!(amount("15k", Dot), Some(15_000.0));
        assert_eq!(amount("15 K", Dot), Some(15_000.0));
        assert_eq!(amount("€ 45.000,00", Comma), Some(45_000.0));
        assert_eq!(currency_mark("€ 45.000,00").as_deref(), Some("€"));
        assert_eq!(currency_mark("45\u{a0}000,50 €").as_deref(), Some("€"));
        assert_eq!(currency_mark("US$1,200").as_deref(), Some("US$"));
        assert_eq!(currency_mark("$240,000").as_deref(), Some("$"));
        assert_eq!(currency_mark("1200 eur").as_deref(), Some("EUR"));
        assert_eq!(currency_mark("1.5M"), None);
        assert_eq!(currency_mark("45 000,50"), None);
        assert!(currency_matches("$", "USD") && currency_matches("€", "EUR"));
        assert!(!currency_matches("€", "USD") && !currency_matches("US$", "CAD"));
        assert!(!currency_matches("EUR", "USD") && currency_matches("eur", "EUR"));
        assert_eq!(amount("45 000,50", Comma), Some(45_000.5));
        assert_eq!(amount("45\u{a0}000,50 €", Comma), Some(45_000.5));
        assert_eq!(amount("USD 1200", Dot), Some(1200.0));
        assert_eq!(amount("1200 EUR", Dot), Some(1200.0));
        assert_eq!(amount("1,5 Mio", Comma), Some(1_500_000.0));
        assert_eq!(amount("1,5 Mio. €", Comma), Some(1_500_000.0));
        assert_eq!(amount("(1,200)", Dot), Some(-1200.0));
        assert_eq!(amount("($1,200.50)", Dot), Some(-1200.5));
        assert_eq!(amount("-5", Dot), Some(-5.0));
        assert_eq!(amount("-$5", Dot), Some(-5.0));
        assert_eq!(amount("$-5", Dot), Some(-5.0));
        assert_eq!(amount("5-", Dot), Some(-5.0));
        assert_eq!(amount("US$ 2.5m", Dot), Some(2_500_000.0));
        assert_eq!(amount("CHF 1'200.50", Dot), Some(1200.5));
        assert_eq!(amount("1.2E+06", Dot), Some(1_200_000.0));
        assert_eq!(amount("12,34,567", Dot), Some(1_234_567.0));
        assert_eq!(amount(".5", Dot), Some(0.5));
        assert_eq!(amount("1200.", Dot), Some(1200.0));
        assert_eq!(amount("£2bn", Dot), Some(2e9));
        assert_eq!(amount("15k€", Dot), Some(15_000.0));
        assert_eq!(amount("-0", Dot), Some(0.0));
    }

    #[test]
    fn empty_cells_are_none() {
        for empty in ["", "  ", "-", "—", "N/A", "#N/A", "null"] {
            assert_eq!(parse_amount(empty, Dot), Ok(None), "{empty:?}");
        }
    }

    #[test]
    fn what_is_not_an_amount_says_why() {
        assert_eq!(
            parse_amount("abc", Dot),
            Err("\"abc\" is not an amount".into())
        );
        assert_eq!(
            parse_amount("12%", Dot),
            Err("\"12%\" is a percentage, not an amount".into())
        );
        assert_eq!(
            parse_amount("1,5", Dot),
            Err("\"1,5\" does not fit this column, which writes decimals with \".\"".into())
        );
        assert!(parse_amount("1.200.000", Dot).is_err());
        for bad in [
            "12 apples",
            "1..2",
            "1,2,3",
            "$",
            "k",
            "1.2MM M",
            "--5",
            "(5",
            "1e",
            "1e9999",
            "1 2",
            "1.2.3",
            "=1+2",
            "0x10",
            "inf",
            "NaN",
        ] {
            assert!(parse_amount(bad, Dot).is_err(), "{bad}");
        }
        let long = "x".repeat(1000);
        assert!(parse_amount(&long, Dot).unwrap_err().len() < 80);
    }

    #[test]
    fn numbers_take_percentages_but_not_money() {
        assert_eq!(parse_number("72%", Dot), Ok(Some(72.0)));
        assert_eq!(parse_number("1.5k", Dot), Ok(Some(1500.0)));
        assert_eq!(parse_number("3,5", Comma), Ok(Some(3.5)));
        assert_eq!(
            parse_number("$5", Dot),
            Err("\"$5\" is money, not a number".into())
        );
        assert_eq!(
            parse_number("many", Dot),
            Err("\"many\" is not a number".into())
        );
    }

    #[test]
    fn the_column_decides_the_decimal_mark() {
        let detect = |cells: &[&str]| detect_decimal_mark(cells.iter().copied());
        assert_eq!(detect(&["1,200", "15,000"]), Dot);
        assert_eq!(detect(&["1,200", "3,5"]), Comma);
        assert_eq!(detect(&["€ 45.000,00", "1.200"]), Comma);
        assert_eq!(detect(&["45.000", "1.200"]), Comma);
        assert_eq!(detect(&["45.000", "3.5"]), Dot);
        assert_eq!(detect(&["$1,200,000.00", "15k"]), Dot);
        assert_eq!(detect(&["1.200.000"]), Comma);
        assert_eq!(detect(&["1,200,000"]), Dot);
        assert_eq!(detect(&["45 000,50"]), Comma);
        assert_eq!(detect(&["1.2E+06"]), Dot);
        assert_eq!(detect(&["", "abc", "12"]), Dot);
        assert_eq!(detect(&[]), Dot);
    }
}
