//! Plain-text number formats for explanations and guardrail messages.

/// The most a shown figure may differ from the exact one, as a share of it:
/// 1% (so 0.24 h is never shown as 0.2 h).
pub const MAX_ROUNDING: f64 = 0.01;

/// The most decimals a figure is shown with: a value under a billionth is
/// float noise (1e-12 people) and shows as 0.
pub const MAX_DECIMALS: u32 = 9;

/// The significant digits of a compact amount ("$2.5M", "$884K"): 3 keep
/// every compact amount within 0.5% of the exact one.
pub const COMPACT_SIGNIFICANT_DIGITS: u32 = 3;

/// `value` rounded to `decimals` decimals.
fn rounded(value: f64, decimals: u32) -> f64 {
    let unit = 10f64.powi(decimals as i32);
    (value * unit).round() / unit
}

/// Whether `value` ends in a half (907.5, 12.5): twice it is whole, it is not.
fn ends_in_half(value: f64) -> bool {
    let tolerance = 1e-9 * value.abs().max(1.0);
    let twice = value * 2.0;
    (twice - twice.round()).abs() <= tolerance && (value - value.round()).abs() > tolerance
}

/// The decimals a figure is shown with: the one rounding rule of the page,
/// the command line and the exports. The fewest from `usual` (the figure's
/// own precision: 0 for people, 1 for hours per customer...) up to
/// [`MAX_DECIMALS`] that bring the shown value within [`MAX_ROUNDING`] (1%)
/// of the exact one; a value that ends in a half keeps it (907.5 h, never
/// 908). `decimals(0.24, 1)` = 2, `decimals(907.5, 0)` = 1,
/// `decimals(1104.0, 0)` = 0. Non-finite or 0 → `usual`.
pub fn decimals(value: f64, usual: u32) -> u32 {
    let d = within_one_percent(value, usual);
    if d == 0 && value.is_finite() && ends_in_half(value) {
        1
    } else {
        d
    }
}

/// The decimals of a money amount: [`decimals`] from whole units, at most
/// cents, and no half kept ($907.5 reads as a typo; $907 is within 0.06%).
pub fn money_decimals(value: f64) -> u32 {
    within_one_percent(value, 0).min(2)
}

/// The fewest decimals from `usual` up to [`MAX_DECIMALS`] that bring
/// `value` within [`MAX_ROUNDING`] of itself.
fn within_one_percent(value: f64, usual: u32) -> u32 {
    let usual = usual.min(MAX_DECIMALS);
    if !value.is_finite() || value == 0.0 {
        return usual;
    }
    (usual..=MAX_DECIMALS)
        .find(|d| (rounded(value, *d) - value).abs() <= MAX_ROUNDING * value.abs())
        .unwrap_or(MAX_DECIMALS)
}

/// The usual precision of a figure for reading by its size: 0 decimals from
/// 100 up, 1 from 10 up, else 2 (three significant digits from 1 up).
fn usual_decimals(value: f64) -> u32 {
    match value.abs() {
        a if a >= 100.0 => 0,
        a if a >= 10.0 => 1,
        _ => 2,
    }
}

/// A number for reading: thousands separated by `,`, the decimals of
/// [`decimals`] from its usual precision (0 decimals from 100 up, 1 from 10
/// up, else 2), trailing zeros dropped. `1104` → "1,104", `12.27` → "12.3",
/// `0.2174` → "0.217", `907.5` → "907.5". Non-finite → "0".
pub fn num(value: f64) -> String {
    with_decimals(value, reading_decimals(value))
}

/// FTE as the page's per-tier table writes them: two decimals ("2.90",
/// "196.46"), so every copy of that table reads the same.
pub fn fte(value: f64) -> String {
    let text = with_decimals(value, 2);
    match text.split_once('.') {
        Some((_, decimals)) if decimals.len() == 1 => text + "0",
        Some(_) => text,
        None => text + ".00",
    }
}

/// The decimals a figure is read with: [`decimals`] from its usual
/// precision by size. One rule for the engine's words and the page's
/// figures, so a share reads "6.31%" in the headline and in its "Why?".
pub fn reading_decimals(value: f64) -> u32 {
    decimals(value, usual_decimals(value))
}

/// `value` with at most `decimals` decimals, thousands separated by `,`,
/// trailing zeros dropped. Non-finite → "0".
fn with_decimals(value: f64, decimals: u32) -> String {
    if !value.is_finite() {
        return "0".into();
    }
    // Integer arithmetic instead of `format!("{:.2}")`: the browser build
    // then carries no float formatting code (see `crate::decimal`).
    let unit = 10u64.pow(decimals.min(MAX_DECIMALS));
    let scaled = (value.abs() * unit as f64).round();
    if scaled >= 1e18 {
        return crate::decimal::format(value);
    }
    let scaled = scaled as u64;
    let (whole, fraction) = (scaled / unit, scaled % unit);
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let frac = if fraction == 0 {
        String::new()
    } else {
        let text = format!("{fraction:0width$}", width = decimals as usize);
        text.trim_end_matches('0').to_string()
    };
    let sign = if value < 0.0 && scaled != 0 { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

/// A number written exactly, every decimal kept (up to six), with the
/// thousands grouped by `,`: `1e9` → "1,000,000,000", `1234.5` → "1,234.5",
/// `-100` → "-100". For the bounds and values field messages quote.
pub fn exact(value: f64) -> String {
    let text = crate::decimal::format(value);
    if text.contains('e') || !value.is_finite() {
        return text;
    }
    let (sign, rest) = match text.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", text.as_str()),
    };
    let (whole, fraction) = match rest.split_once('.') {
        Some((w, f)) => (w, format!(".{f}")),
        None => (rest, String::new()),
    };
    let mut grouped = String::new();
    for (k, c) in whole.chars().enumerate() {
        if k > 0 && (whole.len() - k) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{sign}{grouped}{fraction}")
}

/// A count with its noun, singular for exactly one (as written by [`num`]):
/// `count(1.0, "CSM", "CSMs")` → "1 CSM", `count(3.0, ..)` → "3 CSMs",
/// `count(0.5, ..)` → "0.5 CSMs". The one place model texts choose a plural.
pub fn count(value: f64, one: &str, many: &str) -> String {
    counted(num(value), one, many)
}

/// A count already written (`digits`, e.g. by the page's locale) with its
/// noun, chosen as [`count`] chooses it: singular for exactly "1".
pub fn counted(digits: String, one: &str, many: &str) -> String {
    let noun = if digits == "1" { one } else { many };
    format!("{digits} {noun}")
}

/// `values` rounded to `decimals` places so that, written, they add up to
/// `total` rounded the same way (the largest remainder method): each is
/// rounded down, then the units left over go to those with the largest
/// remainders. For a table whose rows must add up to its total row. Values
/// that do not add up to `total` (to within a unit per value), or that are
/// not finite, are only rounded each.
pub fn rounded_to_total(values: &[f64], total: f64, decimals: u32) -> Vec<f64> {
    let unit = 10f64.powi(decimals.min(MAX_DECIMALS) as i32);
    let scaled: Vec<f64> = values.iter().map(|v| v * unit).collect();
    let target = (total * unit).round();
    let floors: Vec<f64> = scaled.iter().map(|v| v.floor()).collect();
    let left = target - floors.iter().sum::<f64>();
    let fits = scaled.iter().all(|v| v.is_finite())
        && target.is_finite()
        && (0.0..=values.len() as f64).contains(&left);
    if !fits {
        return values.iter().map(|v| rounded(*v, decimals)).collect();
    }
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|a, b| (scaled[*b] - floors[*b]).total_cmp(&(scaled[*a] - floors[*a])));
    let mut out = floors;
    for i in order.into_iter().take(left as usize) {
        out[i] += 1.0;
    }
    out.into_iter().map(|v| v / unit).collect()
}

/// A money amount written as the page's figures write it: "$2,000,000",
/// "€1,250", "CHF 400" (the sign of [`currency_prefix`]; no code, the
/// bare number), so "Why?" texts and exports match the headline figures.
pub fn money(value: f64, currency: &str) -> String {
    let digits = with_decimals(value, money_decimals(value));
    let prefix = currency_prefix(currency);
    match digits.strip_prefix('-') {
        Some(positive) => format!("-{prefix}{positive}"),
        None => format!("{prefix}{digits}"),
    }
}

/// The sign a currency is written with before an amount: "$" for USD, "€"
/// for EUR, "£" for GBP, "¥" for JPY, "₹" for INR; other codes are
/// written with a space ("CHF "); no code, nothing.
pub fn currency_prefix(currency: &str) -> String {
    match currency {
        "USD" => "$".into(),
        "EUR" => "€".into(),
        "GBP" => "£".into(),
        "JPY" => "¥".into(),
        "INR" => "₹".into(),
        "" => String::new(),
        code => format!("{code} "),
    }
}

/// A money amount, short: "$240K", "$1.2M", "€3.5B", "$950" (units of a
/// thousand, million or billion once the amount rounds to at least 1 of
/// them; digits as [`num`]). Non-finite → "$0".
pub fn money_short(value: f64, currency: &str) -> String {
    let prefix = currency_prefix(currency);
    let value = if value.is_finite() { value } else { 0.0 };
    let a = value.abs();
    let (scaled, unit) = if a >= 999_500_000.0 {
        (value / 1e9, "B")
    } else if a >= 999_500.0 {
        (value / 1e6, "M")
    } else if a >= 999.5 {
        (value / 1e3, "K")
    } else {
        (value, "")
    };
    let digits = num(scaled);
    match digits.strip_prefix('-') {
        Some(positive) => format!("-{prefix}{positive}{unit}"),
        None => format!("{prefix}{digits}{unit}"),
    }
}

/// `text` with its first letter in capitals ("Pooled CSMs", "No account
/// name"). ASCII only: the engine's words are English, and core's Unicode
/// case tables stay out of the page (see `clippy.toml`).
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// A percentage: "60%".
pub fn pct(value: f64) -> String {
    format!("{}%", num(value))
}

/// Short English month names, January first.
pub const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The (year, month 1..=12) of an ISO month `YYYY-MM`, if it is one.
pub fn parse_month(iso: &str) -> Option<(u32, u32)> {
    let (year, month) = iso.split_once('-')?;
    let digits = |t: &str, n: usize| t.len() == n && t.bytes().all(|b| b.is_ascii_digit());
    if !digits(year, 4) || !digits(month, 2) {
        return None;
    }
    let (year, month) = (year.parse().ok()?, month.parse().ok()?);
    (1..=12).contains(&month).then_some((year, month))
}

/// An ISO month `YYYY-MM` for reading: "Nov 2026"; `None` for anything else.
pub fn month_label(iso: &str) -> Option<String> {
    let (year, month) = parse_month(iso)?;
    Some(format!("{} {year}", MONTHS[month as usize - 1]))
}

/// The label of month `offset` (0 = the first) counted from the ISO month
/// `start`, e.g. `month_after("2026-11", 2)` = "Jan 2027"; `None` when
/// `start` is not an ISO month.
pub fn month_after(start: &str, offset: u32) -> Option<String> {
    let (year, month) = parse_month(start)?;
    let index = (month - 1) as u64 + u64::from(offset);
    let year = u64::from(year) + index / 12;
    Some(format!("{} {year}", MONTHS[(index % 12) as usize]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalised_raises_the_first_letter_only() {
        assert_eq!(capitalised("pooled CSMs"), "Pooled CSMs");
        assert_eq!(capitalised(""), "");
        assert_eq!(capitalised("élan"), "élan");
    }

    #[test]
    fn readable_numbers() {
        assert_eq!(num(1104.0), "1,104");
        assert_eq!(num(1840.4), "1,840");
        assert_eq!(num(12.2727), "12.3");
        assert_eq!(num(15.0), "15");
        // 0.22 would be 1.2% off 0.2174; 907.5 h keeps its half hour.
        assert_eq!(num(0.2174), "0.217");
        assert_eq!(num(0.24), "0.24");
        assert_eq!(num(907.5), "907.5");
        assert_eq!(num(3.1666), "3.17");
        assert_eq!(money(907.5, "USD"), "$908");
        assert_eq!(decimals(0.24, 1), 2);
        assert_eq!(decimals(907.5, 0), 1);
        assert_eq!(decimals(1104.0, 0), 0);
        assert_eq!(decimals(4.0833, 2), 2);
        assert_eq!(num(2_000_000.0), "2,000,000");
        assert_eq!(num(-1234.0), "-1,234");
        assert_eq!(num(-0.0001), "-0.0001");
        assert_eq!(num(-1e-12), "0");
        assert_eq!(num(f64::NAN), "0");
        assert_eq!(money(1.5e6, "USD"), "$1,500,000");
        assert_eq!(money(-400.0, "CHF"), "-CHF 400");
        assert_eq!(money(12.0, ""), "12");
        assert_eq!(exact(1e9), "1,000,000,000");
        assert_eq!(exact(1234.5), "1,234.5");
        assert_eq!(exact(-100.0), "-100");
        assert_eq!(exact(168.0), "168");
        assert_eq!(exact(0.000001), "0.000001");
        assert_eq!(count(1.0, "CSM", "CSMs"), "1 CSM");
        assert_eq!(count(3.0, "CSM", "CSMs"), "3 CSMs");
        assert_eq!(count(0.0, "manager", "managers"), "0 managers");
        assert_eq!(count(1.0004, "manager", "managers"), "1 manager");
        assert_eq!(count(1200.0, "customer", "customers"), "1,200 customers");
        assert_eq!(pct(60.0), "60%");
        assert_eq!(money_short(240_000.0, "USD"), "$240K");
        assert_eq!(money_short(1_200_000.0, "USD"), "$1.2M");
        assert_eq!(money_short(8_500.0, "EUR"), "€8.5K");
        assert_eq!(money_short(999_999.0, "USD"), "$1M");
        assert_eq!(money_short(3.5e9, "GBP"), "£3.5B");
        assert_eq!(money_short(950.0, "CHF"), "CHF 950");
        assert_eq!(money_short(-5_000.0, "USD"), "-$5K");
        assert_eq!(money_short(f64::NAN, ""), "0");
    }

    /// The figure a text shows, read back: "1,234.5" → 1234.5, "$950" → 950.
    fn read_back(text: &str) -> f64 {
        let digits: String = text
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '.' || *c == '-')
            .collect();
        digits.parse().unwrap()
    }

    proptest::proptest! {
        /// The one rounding rule: every figure shown is within 1% of the
        /// exact one, at any usual precision, and money too.
        #[test]
        fn a_shown_figure_is_within_one_percent(
            mantissa in 1.0f64..10.0,
            exponent in -5i32..13,
            negative in proptest::bool::ANY,
            usual in 0u32..4,
        ) {
            let value = mantissa * 10f64.powi(exponent) * if negative { -1.0 } else { 1.0 };
            let shown = read_back(&num(value));
            proptest::prop_assert!((shown - value).abs() <= 0.01 * value.abs(), "{value} shown as {shown}");
            let d = decimals(value, usual);
            proptest::prop_assert!(d >= usual);
            proptest::prop_assert!((rounded(value, d) - value).abs() <= 0.01 * value.abs());
            let money_shown = read_back(&money(value, "USD"));
            if value.abs() >= 0.5 {
                proptest::prop_assert!((money_shown - value).abs() <= 0.01 * value.abs(), "{value} as {money_shown}");
            }
        }

        /// Half hours are kept: 907.5 h is shown as 907.5, never 908.
        #[test]
        fn half_hours_are_kept(halves in 0u64..20_000_000) {
            let value = halves as f64 / 2.0;
            proptest::prop_assert_eq!(read_back(&num(value)), value);
        }
    }

    #[test]
    fn iso_months_in_words() {
        assert_eq!(month_label("2026-11").as_deref(), Some("Nov 2026"));
        assert_eq!(month_after("2026-11", 2).as_deref(), Some("Jan 2027"));
        assert_eq!(month_after("2026-01", 0).as_deref(), Some("Jan 2026"));
        assert_eq!(month_after("2026-12", 25).as_deref(), Some("Jan 2029"));
        for bad in [
            "",
            "2026-13",
            "2026-00",
            "26-11",
            "2026-1",
            "2026/11",
            "２０２６-11",
            "<b>",
        ] {
            assert_eq!(month_label(bad), None, "{bad}");
        }
    }

    #[test]
    fn rows_rounded_to_their_total_add_up_to_it() {
        // Each rounded alone they add up to 603, one more than their total.
        let rows = [100.6, 200.6, 300.8];
        let total: f64 = rows.iter().sum();
        assert_eq!(rows.iter().map(|r| r.round()).sum::<f64>(), 603.0);
        let fixed = rounded_to_total(&rows, total, 0);
        assert_eq!(
            fixed,
            vec![101.0, 200.0, 301.0],
            "the largest remainders get the units"
        );
        for (a, b) in rows.iter().zip(&fixed) {
            assert!((a - b).abs() < 1.0, "{a} became {b}");
        }
        // Cents, and values that do not add up to the total, only rounded.
        assert_eq!(
            rounded_to_total(&[0.333, 0.333, 0.334], 1.0, 2),
            vec![0.33, 0.33, 0.34]
        );
        assert_eq!(rounded_to_total(&[1.4, 2.6], 10.0, 0), vec![1.0, 3.0]);
        assert_eq!(rounded_to_total(&[f64::NAN, 1.0], 1.0, 0).len(), 2);
    }

    #[test]
    fn fte_are_written_with_two_decimals_as_the_page_writes_them() {
        assert_eq!(fte(2.898_55), "2.90");
        assert_eq!(fte(196.456), "196.46");
        assert_eq!(fte(7.0), "7.00");
        assert_eq!(fte(0.307), "0.31");
        assert_eq!(fte(1_234.5), "1,234.50");
        assert_eq!(fte(f64::NAN), "0.00");
    }
}
