//! Date cells -> days since 1970-01-01 (civil calendar, proleptic
//! Gregorian).
//!
//! Accepted: `2024-03-15`, `2024-03-15T10:00:00Z` (the time is dropped),
//! `2024/03/15`, `20240315`, `03/15/2024`, `15/03/2024`, `15.03.2024`,
//! `15-Mar-2024`, `Mar 15, 2024`, `Friday 15 March 2024`, `15th March 2024`,
//! `2024-03` and `March 2024` (the first of the month), `03/2024`. Month
//! names in English, plus common German, French and Spanish abbreviations.
//! Two-digit years: `00`–`69` are 2000–2069, `70`–`99` are 1970–1999 (the
//! POSIX rule).
//!
//! Whether `03/04/2024` is March 4 or April 3 is decided once per column by
//! [`detect_date_order`].

use crate::caseless;

/// The order of the numbers in a column's dates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DateOrder {
    /// `2024-03-15`.
    YearFirst,
    /// `03/15/2024`.
    #[default]
    MonthFirst,
    /// `15/03/2024`.
    DayFirst,
}

/// Days since 1970-01-01 of a civil date (year, month 1–12, day 1–31);
/// exact for every year an `i32` of days can hold (H. Hinnant's
/// `days_from_civil`). The caller checks that the date exists.
pub fn days_from_ymd(y: i32, m: u32, d: u32) -> i32 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400; // [0, 399]
    let m = i64::from(m);
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(d) - 1; // [0, 365]
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    (era * 146_097 + doe - 719_468) as i32
}

/// The civil date (year, month 1–12, day 1–31) of a day count since
/// 1970-01-01; the inverse of [`days_from_ymd`].
pub fn ymd_from_days(days: i32) -> (i32, u32, u32) {
    let z = i64::from(days) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097; // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11]
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32; // [1, 31]
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32; // [1, 12]
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as i32, m, d)
}

/// Days in a month of a year.
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// The order of a column's numeric dates, from all its cells:
/// - a first number above 12 (`15/03/2024`) is a vote for day first, a
///   second number above 12 (`03/15/2024`) one for month first; the order
///   with more votes wins;
/// - with no vote either way, dates written with dots (`03.04.2024`) are
///   day first and others month first (the US form spreadsheets default to);
/// - a column whose dates all start with a four-digit year is year first;
/// - a column that proves nothing (empty, or no date) is month first.
pub fn detect_date_order<'a>(cells: impl Iterator<Item = &'a str>) -> DateOrder {
    let (mut day, mut month, mut dotted, mut ambiguous, mut year) = (0u32, 0u32, 0, 0, 0);
    for cell in cells {
        let Some(tokens) = tokens(cell) else { continue };
        let tokens = tokens.as_slice();
        let numbers: Vec<&Token> = tokens.iter().filter(|t| t.month.is_none()).collect();
        if numbers.len() != 3 || tokens.len() != 3 {
            if numbers.first().is_some_and(|t| t.digits == 4) {
                year += 1;
            }
            continue;
        }
        if numbers[0].digits == 4 {
            year += 1;
            continue;
        }
        let (a, b) = (numbers[0].value, numbers[1].value);
        if a > 12 && b <= 12 {
            day += 1;
        } else if b > 12 && a <= 12 {
            month += 1;
        } else {
            ambiguous += 1;
            if cell.contains('.') {
                dotted += 1;
            }
        }
    }
    if day > month {
        DateOrder::DayFirst
    } else if month > day {
        DateOrder::MonthFirst
    } else if ambiguous > 0 && dotted * 2 > ambiguous {
        DateOrder::DayFirst
    } else if ambiguous == 0 && year > 0 {
        DateOrder::YearFirst
    } else {
        DateOrder::MonthFirst
    }
}

/// Reads a date as days since 1970-01-01, numeric dates in `order`.
/// `Ok(None)` for an empty cell; `Err` with the reason in words.
pub fn parse_date(text: &str, order: DateOrder) -> Result<Option<i32>, String> {
    let trimmed = super::number::trim(text);
    if trimmed.is_empty()
        || ["-", "–", "—", "n/a", "na", "none", "null", "#n/a"]
            .iter()
            .any(|e| trimmed.eq_ignore_ascii_case(e))
    {
        return Ok(None);
    }
    let quoted = || super::number::quoted(text);
    let not = || format!("{} is not a date", quoted());
    let tokens = tokens(trimmed).ok_or_else(not)?;
    let tokens = tokens.as_slice();
    let month_word = tokens.iter().find_map(|t| t.month);
    let mut numbers: [&Token; 3] = [&tokens[0]; 3];
    let mut n = 0;
    for t in tokens.iter().filter(|t| t.month.is_none()) {
        numbers[n] = t;
        n += 1;
    }
    let numbers = &numbers[..n];
    let year = |t: &Token| -> i32 {
        match t.digits {
            1 | 2 if t.value < 70 => 2000 + t.value as i32,
            1 | 2 => 1900 + t.value as i32,
            _ => t.value as i32,
        }
    };
    let (y, m, d, read_as) = match (month_word, numbers) {
        (None, [only]) if only.digits == 8 => {
            let v = only.value;
            (
                (v / 10_000) as i32,
                (v / 100 % 100) as u32,
                (v % 100) as u32,
                "",
            )
        }
        (None, [a, b]) if a.digits == 4 => (year(a), b.value as u32, 1, ""),
        (None, [a, b]) if b.digits == 4 => (year(b), a.value as u32, 1, ""),
        (None, [a, b, c]) => {
            let day_first = match order {
                DateOrder::DayFirst => true,
                DateOrder::MonthFirst => false,
                DateOrder::YearFirst => a.value > 12,
            };
            if a.digits == 4 || (order == DateOrder::YearFirst && c.digits <= 2) {
                (
                    year(a),
                    b.value as u32,
                    c.value as u32,
                    " (read as year-month-day)",
                )
            } else if day_first {
                (
                    year(c),
                    b.value as u32,
                    a.value as u32,
                    " (read as day/month/year)",
                )
            } else {
                (
                    year(c),
                    a.value as u32,
                    b.value as u32,
                    " (read as month/day/year)",
                )
            }
        }
        (Some(m), [a]) if a.digits == 4 => (year(a), m, 1, ""),
        (Some(m), [a, b]) => {
            // The four-digit number is the year; else the last one is.
            if a.digits == 4 {
                (year(a), m, b.value as u32, "")
            } else {
                (year(b), m, a.value as u32, "")
            }
        }
        _ => return Err(not()),
    };
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) || !(1000..=9999).contains(&y) {
        return Err(format!("{} is not a date{read_as}", quoted()));
    }
    Ok(Some(days_from_ymd(y, m, d)))
}

/// A part of a date: a number, or a month name.
#[derive(Clone, Copy, Debug, Default)]
struct Token {
    /// The number (0 for a month name).
    value: u64,
    /// Its digits as written (leading zeros count).
    digits: usize,
    /// The month a month name means.
    month: Option<u32>,
}

/// Up to three tokens, without allocating.
#[derive(Default)]
struct Tokens {
    items: [Token; 3],
    len: usize,
}

impl Tokens {
    fn as_slice(&self) -> &[Token] {
        &self.items[..self.len]
    }

    fn push(&mut self, t: Token) -> Option<()> {
        *self.items.get_mut(self.len)? = t;
        self.len += 1;
        Some(())
    }
}

/// The numbers and month names of a date, the time of day and weekday
/// names dropped. `None` when something else is there, or more than three
/// parts, or two month names.
fn tokens(text: &str) -> Option<Tokens> {
    let text = super::number::trim(text);
    // Drop a time of day: from the digits before the first ':' on.
    let text = match text.find(':') {
        Some(colon) => text[..colon]
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .trim_end_matches(['T', 't', ' ', ',']),
        None => text,
    };
    let mut out = Tokens::default();
    let separator = |c: char| matches!(c, '-' | '/' | '.' | ',' | ' ' | '\u{a0}');
    for part in split_ascii_fast(text, separator) {
        if part.is_empty() {
            continue;
        }
        let digits = part.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 {
            let suffix = &part[digits..];
            let ordinal = ["st", "nd", "rd", "th"]
                .iter()
                .any(|o| suffix.eq_ignore_ascii_case(o));
            if !(suffix.is_empty() || ordinal) || digits > 8 {
                return None;
            }
            out.push(Token {
                value: part[..digits].parse().ok()?,
                digits,
                month: None,
            })?;
        } else {
            let word = caseless::lower(part);
            if let Some(m) = month_of(&word) {
                out.push(Token {
                    value: 0,
                    digits: 0,
                    month: Some(m),
                })?;
            } else if !is_weekday(&word) {
                return None;
            }
        }
    }
    let months = out.as_slice().iter().filter(|t| t.month.is_some()).count();
    if out.len == 0 || months > 1 {
        return None;
    }
    Some(out)
}

/// `text` split at `separator`: by bytes when the text is ASCII (most
/// dates), else by characters.
fn split_ascii_fast(text: &str, separator: fn(char) -> bool) -> impl Iterator<Item = &str> {
    let ascii = text.is_ascii();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut chars = text.char_indices();
    std::iter::from_fn(move || {
        if start > text.len() {
            return None;
        }
        let end = if ascii {
            (start..bytes.len())
                .find(|&i| separator(bytes[i] as char))
                .unwrap_or(bytes.len())
        } else {
            chars
                .by_ref()
                .find(|&(i, c)| i >= start && separator(c))
                .map_or(text.len(), |(i, _)| i)
        };
        let part = &text[start..end];
        let width = text[end..].chars().next().map_or(1, char::len_utf8);
        start = end + width;
        Some(part)
    })
}

/// The month a name means (English names and abbreviations; common German,
/// French and Spanish abbreviations).
fn month_of(word: &str) -> Option<u32> {
    const NAMES: [(&str, u32); 45] = [
        ("jan", 1),
        ("january", 1),
        ("feb", 2),
        ("february", 2),
        ("mar", 3),
        ("march", 3),
        ("apr", 4),
        ("april", 4),
        ("may", 5),
        ("jun", 6),
        ("june", 6),
        ("jul", 7),
        ("july", 7),
        ("aug", 8),
        ("august", 8),
        ("sep", 9),
        ("sept", 9),
        ("september", 9),
        ("oct", 10),
        ("october", 10),
        ("nov", 11),
        ("november", 11),
        ("dec", 12),
        ("december", 12),
        ("jän", 1),
        ("mär", 3),
        ("märz", 3),
        ("mai", 5),
        ("okt", 10),
        ("dez", 12),
        ("janv", 1),
        ("févr", 2),
        ("fév", 2),
        ("mars", 3),
        ("avr", 4),
        ("juin", 6),
        ("juil", 7),
        ("août", 8),
        ("déc", 12),
        ("ene", 1),
        ("abr", 4),
        ("ago", 8),
        ("dic", 12),
        ("set", 9),
        ("fev", 2),
    ];
    NAMES.iter().find(|(n, _)| *n == word).map(|&(_, m)| m)
}

fn is_weekday(word: &str) -> bool {
    const DAYS: [&str; 14] = [
        "mon",
        "monday",
        "tue",
        "tues",
        "tuesday",
        "wed",
        "wednesday",
        "thu",
        "thursday",
        "fri",
        "friday",
        "sat",
        "saturday",
        "sun",
    ];
    DAYS.contains(&word) || word == "sunday" || word == "thurs"
}

#[cfg(test)]
mod tests {
    use super::*;
    use DateOrder::{DayFirst, MonthFirst, YearFirst};

    fn day(text: &str, order: DateOrder) -> (i32, u32, u32) {
        let days = parse_date(text, order)
            .unwrap_or_else(|e| panic!("{text}: {e}"))
            .unwrap_or_else(|| panic!("{text}: empty"));
        ymd_from_days(days)
    }

    #[test]
    fn civil_calendar_round_trips() {
        assert_eq!(days_from_ymd(1970, 1, 1), 0);
        assert_eq!(days_from_ymd(2000, 3, 1), 11_017);
        assert_eq!(days_from_ymd(1969, 12, 31), -1);
        assert_eq!(days_from_ymd(2024, 3, 15), 19_797);
        for days in (-800_000..800_000).step_by(97) {
            let (y, m, d) = ymd_from_days(days);
            assert!((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m));
            assert_eq!(days_from_ymd(y, m, d), days);
        }
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
    }

    #[test]
    fn the_forms_people_write() {
        let want = (2024, 3, 15);
        for (text, order) in [
            ("2024-03-15", MonthFirst),
            ("2024-03-15T10:00:00Z", DayFirst),
            ("2024-03-15 10:00", MonthFirst),
            ("2024/03/15", MonthFirst),
            ("20240315", MonthFirst),
            ("03/15/2024", MonthFirst),
            ("3/15/2024 4:05 PM", MonthFirst),
            ("15/03/2024", DayFirst),
            ("15.03.2024", DayFirst),
            ("15-Mar-2024", MonthFirst),
            ("15-Mar-24", DayFirst),
            ("Mar 15, 2024", DayFirst),
            ("March 15 2024", MonthFirst),
            ("15 March 2024", MonthFirst),
            ("Friday, 15th March 2024", MonthFirst),
            ("15. März 2024", DayFirst),
            ("03/15/24", MonthFirst),
            ("15/03/24", DayFirst),
            ("24-03-15", YearFirst),
            ("03/15/2024", YearFirst),
            ("15/03/2024", YearFirst),
        ] {
            assert_eq!(day(text, order), want, "{text}");
        }
        assert_eq!(day("2024-03", MonthFirst), (2024, 3, 1));
        assert_eq!(day("03/2024", DayFirst), (2024, 3, 1));
        assert_eq!(day("March 2024", DayFirst), (2024, 3, 1));
        assert_eq!(day("1/2/99", MonthFirst), (1999, 1, 2));
        assert_eq!(day("1/2/69", DayFirst), (2069, 2, 1));
    }

    #[test]
    fn what_is_not_a_date_says_why() {
        assert_eq!(parse_date("", MonthFirst), Ok(None));
        assert_eq!(parse_date(" n/a ", MonthFirst), Ok(None));
        assert_eq!(
            parse_date("soon", MonthFirst),
            Err("\"soon\" is not a date".into())
        );
        assert_eq!(
            parse_date("15/03/2024", MonthFirst),
            Err("\"15/03/2024\" is not a date (read as month/day/year)".into())
        );
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "32/01/2024",
            "12",
            "1/2/3/4",
            "Mar Apr 2024",
            "0000-01-01",
            "99999999999",
            "2024-03-15x",
        ] {
            assert!(parse_date(bad, DayFirst).is_err(), "{bad}");
        }
        assert_eq!(day("2024-02-29", MonthFirst), (2024, 2, 29));
    }

    #[test]
    fn the_column_decides_the_order() {
        let detect = |cells: &[&str]| detect_date_order(cells.iter().copied());
        assert_eq!(detect(&["03/04/2024", "15/03/2024"]), DayFirst);
        assert_eq!(detect(&["03/04/2024", "03/15/2024"]), MonthFirst);
        assert_eq!(detect(&["03/04/2024", "04/05/2024"]), MonthFirst);
        assert_eq!(detect(&["03.04.2024"]), DayFirst);
        assert_eq!(detect(&["2024-03-04", "2024-05-06"]), YearFirst);
        assert_eq!(detect(&["2024-03-04", "03/04/2024"]), MonthFirst);
        assert_eq!(detect(&["", "soon"]), MonthFirst);
        assert_eq!(detect(&[]), MonthFirst);
    }
}
