//! Exports of a comparison of scenarios: CSV tables (a column per
//! scenario, then each alternative's difference from the base as a number
//! and a percentage, and better or worse in words; and what differs in the
//! inputs) and a Markdown memo (a title, a one-sentence answer per
//! alternative, the table, the backward verdicts when asked, and what
//! differs). Every figure and sentence is the engine's
//! ([`crate::model::compare`]); numbers read as [`crate::model::format`]
//! writes them.

use super::csv::to_csv;
use super::markdown::{escape, markdown_table};
use super::tables::{Cell, Table};
use crate::model::backward::TITLE;
use crate::model::compare::figures::{signed, Verdict};
use crate::model::compare::RANGES_KEY;
use crate::model::compare::{Comparison, Row};
use crate::model::format::pct;
use crate::model::uncertainty::Percentiles;

/// The file name of each comparison table: `tierplan-<id>.csv`.
pub fn compare_file(table: &Table) -> String {
    format!("tierplan-{}.csv", table.id)
}

/// "Pooled low touch vs Today".
fn versus(c: &Comparison, k: usize) -> String {
    format!("{} vs {}", c.scenarios[k].name, c.scenarios[0].name)
}

/// The unit of a row's values: the base's currency for money, "%" for
/// shares, else what is counted.
fn unit(c: &Comparison, r: &Row) -> String {
    use crate::model::compare::figures::Figure::*;
    match r.figure {
        Cost | NetCost => format!("{}/year", c.scenarios[0].currency),
        ArrPerCsm | Uncovered | AtRisk => c.scenarios[0].currency.clone(),
        CostShare | TodayShort => "%".into(),
        RulesOfThumb => "of 3".into(),
        CustomersPerCsm => "customers".into(),
        Guardrails => "guardrails".into(),
        People | Role(_) | Managers | Hires => "people".into(),
    }
}

/// The figures table: a row per figure (and the backward verdicts when
/// `backward`), a column per scenario, then for each alternative its
/// difference from the base, that difference as a share of the base (%),
/// and better or worse in words.
pub fn figures_table(c: &Comparison, backward: bool) -> Table {
    let mut header = vec!["Figure".to_string(), "Unit".to_string()];
    header.extend(c.scenarios.iter().map(|s| s.name.clone()));
    for k in 1..c.scenarios.len() {
        let vs = versus(c, k);
        header.push(format!("{vs}: difference"));
        header.push(format!("{vs}: difference (%)"));
        header.push(format!("{vs}: better or worse"));
    }
    let opt = |v: Option<f64>| v.map_or(Cell::Empty, Cell::Num);
    let mut rows: Vec<Vec<Cell>> = c
        .rows
        .iter()
        .map(|r| {
            let mut row = vec![Cell::Text(r.label.clone()), Cell::Text(unit(c, r))];
            row.extend(r.values.iter().map(|v| opt(*v)));
            for d in &r.differences {
                row.extend([
                    opt(d.value),
                    opt(d.pct),
                    Cell::Text(d.verdict.word().into()),
                ]);
            }
            row
        })
        .collect();
    rows.extend(percentile_rows(c));
    if backward {
        let mut row = vec![Cell::Text(TITLE.into()), Cell::Text("verdict".into())];
        row.extend(c.backward.verdicts.iter().map(|v| Cell::Text(v.clone())));
        for d in &c.backward.differences {
            row.extend([
                Cell::Empty,
                Cell::Empty,
                Cell::Text(d.verdict.word().into()),
            ]);
        }
        rows.push(row);
    }
    Table {
        id: "comparison",
        title: "Scenarios compared".into(),
        header,
        rows,
    }
}

/// Which percentile of three a row reads.
type Pick = fn(&Percentiles) -> f64;

/// A row per percentile (P10, P50, P90) of each figure that has ranges in
/// some scenario (people, yearly cost): the label with the percentile
/// ("People (P10)"), its unit, each scenario's value (empty without
/// ranges) and empty difference cells.
fn percentile_rows(c: &Comparison) -> Vec<Vec<Cell>> {
    let alternatives = c.scenarios.len().saturating_sub(1);
    c.rows
        .iter()
        .filter(|r| r.ranges.iter().any(Option::is_some))
        .flat_map(|r| {
            let pick: [(&str, Pick); 3] =
                [("P10", |p| p.p10), ("P50", |p| p.p50), ("P90", |p| p.p90)];
            pick.into_iter().map(move |(name, get)| {
                let mut row = vec![
                    Cell::Text(format!("{} ({name})", r.label)),
                    Cell::Text(unit(c, r)),
                ];
                row.extend(
                    r.ranges
                        .iter()
                        .map(|p| p.as_ref().map_or(Cell::Empty, |p| Cell::Num(get(p)))),
                );
                row.extend(std::iter::repeat_n(Cell::Empty, 3 * alternatives));
                row
            })
        })
        .collect()
}

/// What differs: a row per input that differs between the base and each
/// alternative (the alternative, the field's label and path, both values).
pub fn differs_table(c: &Comparison) -> Table {
    let rows = c
        .differs
        .iter()
        .flat_map(|d| {
            d.changes.iter().map(|change| {
                let value = |v: &Option<String>| v.clone().map_or(Cell::Empty, Cell::Text);
                vec![
                    Cell::Text(d.alternative.clone()),
                    Cell::Text(change.text.clone()),
                    Cell::Text(change.label.clone()),
                    Cell::Text(change.path.clone()),
                    value(&change.base),
                    value(&change.alternative),
                ]
            })
        })
        .collect();
    let base = &c.scenarios[0].name;
    Table {
        id: "comparison-differs",
        title: format!("What differs from {base}"),
        header: vec![
            "Alternative".into(),
            "Change".into(),
            "Field".into(),
            "Path".into(),
            format!("{base} value"),
            "Alternative value".into(),
        ],
        rows,
    }
}

/// Both tables of a comparison.
pub fn compare_tables(c: &Comparison, backward: bool) -> Vec<Table> {
    vec![figures_table(c, backward), differs_table(c)]
}

/// Each table of a comparison as a CSV file: (file name, CSV text).
pub fn compare_csv_files(c: &Comparison, backward: bool) -> Vec<(String, String)> {
    compare_tables(c, backward)
        .iter()
        .map(|t| (compare_file(t), to_csv(t)))
        .collect()
}

/// A difference for reading in the memo's and the command line's tables:
/// "2 more people (+28.6%), worse"; "same".
pub fn difference_words(d: &crate::model::compare::figures::Difference) -> String {
    match d.verdict {
        Verdict::Same | Verdict::NotComparable => d.words.clone(),
        _ => {
            let share = d
                .pct
                .map(|p| format!(" ({})", signed(pct(p), p)))
                .unwrap_or_default();
            format!("{}{share}, {}", d.words, d.verdict.word())
        }
    }
}

/// The comparison's figures as people read them: a header ("Figure", each
/// scenario, then "Alternative vs Base" for each alternative) and a row per
/// figure with the values as shown and each difference in words. The
/// Markdown memo and the command line's text table both print it.
pub fn figures_in_words(c: &Comparison) -> (Vec<String>, Vec<Vec<Cell>>) {
    let mut header = vec!["Figure".to_string()];
    header.extend(c.scenarios.iter().map(|s| s.name.clone()));
    header.extend((1..c.scenarios.len()).map(|k| versus(c, k)));
    let rows = c
        .rows
        .iter()
        .map(|r| {
            let mut row = vec![Cell::Text(r.label.clone())];
            row.extend(r.shown.iter().map(|s| Cell::Text(s.clone())));
            row.extend(
                r.differences
                    .iter()
                    .map(|d| Cell::Text(difference_words(d))),
            );
            row
        })
        .collect();
    (header, rows)
}

/// The comparison as a short memo in Markdown: a title, one sentence per
/// alternative, the figures with each alternative's difference in words,
/// the backward verdicts when `backward`, and what differs in the inputs.
pub fn compare_markdown(c: &Comparison, backward: bool) -> String {
    let names: Vec<String> = c.scenarios.iter().map(|s| escape(&s.name)).collect();
    let others = match names.len() {
        0 | 1 => String::new(),
        2 => names[1].clone(),
        n => format!("{} and {}", names[1..n - 1].join(", "), names[n - 1]),
    };
    let mut out = format!("# {} compared with {others}\n\n", names[0]);
    for answer in &c.answers {
        out.push_str(&format!("- {}\n", escape(answer)));
    }
    for line in c.range_lines() {
        out.push_str(&format!("- {}\n", escape(&line)));
    }
    let (header, mut rows) = figures_in_words(c);
    if backward {
        let mut row = vec![Cell::Text("Plan backward".into())];
        row.extend(c.backward.verdicts.iter().map(|v| Cell::Text(v.clone())));
        row.extend(
            c.backward
                .differences
                .iter()
                .map(|d| Cell::Text(d.words.clone())),
        );
        rows.push(row);
    }
    let table = Table {
        id: "comparison",
        title: String::new(),
        header,
        rows,
    };
    let n = c.scenarios.len();
    let right: Vec<bool> = (0..table.header.len())
        .map(|i| (1..=n).contains(&i))
        .collect();
    out.push_str(&format!("\n{}", markdown_table(&table, &right)));
    if c.has_ranges() {
        out.push_str(&format!("\n{RANGES_KEY}\n"));
    }
    out.push_str("\n## What differs\n");
    for d in &c.differs {
        out.push_str(&format!(
            "\n### {} (against {})\n\n",
            escape(&d.alternative),
            names[0]
        ));
        if d.changes.is_empty() {
            out.push_str(&format!("Nothing: the same inputs as {}.\n", names[0]));
        }
        for change in &d.changes {
            // The parts escaped, the arrow kept as it reads.
            let line = match (&change.base, &change.alternative) {
                (Some(b), Some(a)) => {
                    format!("{}: {} -> {}", escape(&change.label), escape(b), escape(a))
                }
                _ => escape(&change.text),
            };
            out.push_str(&format!("- {line} (`{}`)\n", change.path.replace('`', "")));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fiscal::YearMonth;
    use crate::model::uncertainty::stored_analysis;
    use crate::model::{compare, Scenario};

    const TODAY: YearMonth = YearMonth {
        year: 2027,
        month: 1,
    };

    fn pair() -> Comparison {
        let base = Scenario {
            name: "Today".into(),
            ..Scenario::default()
        };
        let mut alt = Scenario {
            name: "More, \"high\" touch".into(),
            ..Scenario::default()
        };
        alt.tiers[0].customers = 60.0;
        compare(&[base, alt], TODAY).unwrap()
    }

    #[test]
    fn the_figures_table_has_a_column_per_scenario_then_the_differences() {
        let t = figures_table(&pair(), false);
        assert_eq!(
            t.header,
            [
                "Figure",
                "Unit",
                "Today",
                "More, \"high\" touch",
                "More, \"high\" touch vs Today: difference",
                "More, \"high\" touch vs Today: difference (%)",
                "More, \"high\" touch vs Today: better or worse",
            ]
        );
        let csv = to_csv(&t);
        assert!(
            csv.starts_with("Figure,Unit,Today,\"More, \"\"high\"\" touch\","),
            "{csv}"
        );
        // People 7 -> 9: +2, +28.571429%, worse; cost +260,000.
        assert!(
            csv.contains("\r\nPeople,people,7,9,2,28.571429,worse\r\n"),
            "{csv}"
        );
        assert!(
            csv.contains("\r\nYearly cost,USD/year,884000,1144000,260000,29.411765,worse\r\n"),
            "{csv}"
        );
        assert!(!csv.contains(TITLE));
        assert!(to_csv(&figures_table(&pair(), true)).contains(TITLE));
        let differs = to_csv(&differs_table(&pair()));
        assert_eq!(
            differs,
            "Alternative,Change,Field,Path,Today value,Alternative value\r\n\
             \"More, \"\"high\"\" touch\",High touch: customers: 40 customers -> 60 customers,High touch: customers,tiers.0.customers,40 customers,60 customers\r\n"
        );
        let names: Vec<String> = compare_csv_files(&pair(), false)
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(
            names,
            ["tierplan-comparison.csv", "tierplan-comparison-differs.csv"]
        );
    }

    #[test]
    fn the_memo_reads_as_a_short_memo() {
        let md = compare_markdown(&pair(), true);
        assert!(md.starts_with("# Today compared with More, \"high\" touch\n\n- More, \"high\" touch needs 2 more people (+$260,000 a year, +29.4%) than Today.\n"), "{md}");
        assert!(
            md.contains("| People | 7 | 9 | 2 more people (+28.6%), worse |\n"),
            "{md}"
        );
        assert!(md.contains("| --- | ---: | ---: | --- |\n"), "{md}");
        assert!(
            md.contains(
                "| Yearly cost | $884,000 | $1,144,000 | $260,000 a year more (+29.4%), worse |\n"
            ),
            "{md}"
        );
        assert!(md.contains("| Plan backward |"));
        assert!(md.contains("## What differs\n\n### More, \"high\" touch (against Today)\n\n- High touch: customers: 40 customers -> 60 customers (`tiers.0.customers`)\n"), "{md}");
    }

    /// A comparison whose alternative has a range on high-touch customers.
    fn with_ranges() -> (Comparison, crate::model::uncertainty::Analysis) {
        let base = Scenario {
            name: "Today".into(),
            ..Scenario::default()
        };
        let mut alt = Scenario {
            name: "Unsure".into(),
            ..Scenario::default()
        };
        alt.uncertainty.ranges = vec![crate::model::fixtures::range(
            "tiers.0.customers",
            30.0,
            60.0,
        )];
        let single = stored_analysis(&alt).unwrap();
        (compare(&[base, alt], TODAY).unwrap(), single)
    }

    #[test]
    fn the_tables_and_memo_carry_each_columns_percentiles_and_the_coverage_gap() {
        let (c, single) = with_ranges();
        let csv = to_csv(&figures_table(&c, false));
        let p = single.people;
        assert!(
            csv.contains(&format!("\r\nPeople (P10),people,,{},,,\r\n", p.p10)),
            "{csv}"
        );
        assert!(
            csv.contains(&format!("\r\nPeople (P90),people,,{},,,\r\n", p.p90)),
            "{csv}"
        );
        assert!(csv.contains("\r\nYearly cost (P50),USD/year,,"), "{csv}");
        assert!(
            csv.contains("\r\nARR whose touch model is not covered (the most in any month),USD,"),
            "{csv}"
        );
        assert!(
            csv.contains("\r\nChance today's team is short (from the ranges),%,,"),
            "{csv}"
        );
        let memo = compare_markdown(&c, false);
        assert!(
            memo.contains(&format!("- Unsure: {}\n", escape(&single.headline))),
            "{memo}"
        );
        assert!(
            memo.contains(&format!("| 7 ({} to {}) |", p.p10, p.p90)),
            "{memo}"
        );
        assert!(memo.contains(RANGES_KEY), "{memo}");
        // Without ranges, none of it.
        let plain = compare_markdown(&pair(), false);
        assert!(
            !plain.contains(RANGES_KEY) && !plain.contains("(P10)"),
            "{plain}"
        );
        assert!(!to_csv(&figures_table(&pair(), false)).contains("(P10)"));
    }
}
