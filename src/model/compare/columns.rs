//! What a comparison's column holds besides the point figures: the
//! scenario's ranges (P10 to P90 of whole people and of yearly cost, the
//! chance today's team is short) when it has some, and its coverage gap
//! ("ARR whose touch model is not covered"). Both are the figures the
//! single plan shows: the range analysis of [`analyse`] with the
//! scenario's own seed, and the gap of [`coverage_of`].

use serde::Serialize;

use crate::model::coverage_gap::CoverageGap;
use crate::model::uncertainty::{analyse, Percentiles};
use crate::model::Scenario;

/// A scenario's ranges as its column shows them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ColumnRanges {
    /// P10, P50 and P90 of whole people needed, everyone (people); `None`
    /// when none of its ranges can be sampled.
    pub people: Option<Percentiles>,
    /// P10, P50 and P90 of the yearly cost (currency/year); `None` as
    /// `people`.
    pub cost: Option<Percentiles>,
    /// The chance (0 to 1) that today's team is short; `None` without a
    /// team today or without an analysis.
    pub today_short: Option<f64>,
    /// The analysis's headline, as the single plan says it ("7 people (6
    /// to 9, P10 to P90); a 35% chance today's team of 6 is short").
    pub headline: Option<String>,
    /// In plain words, the ranges that cannot be sampled (and that the
    /// column shows the plan's own figures when none can); `None` when all
    /// can.
    pub note: Option<String>,
}

impl ColumnRanges {
    /// The ranges of `scenario` as its column shows them: the analysis of
    /// the ranges its `uncertainty` member stores that can be sampled (the
    /// page's own analysis, same seed, same numbers), with a note for each
    /// one left out. `None` when it stores no range.
    pub fn of(scenario: &Scenario) -> Option<ColumnRanges> {
        if scenario.uncertainty.is_empty() {
            return None;
        }
        let (u, errors) = scenario.uncertainty.resolve(scenario);
        let analysis = if u.ranges.is_empty() {
            None
        } else {
            analyse(scenario, &u).ok()
        };
        let finite = |p: &Percentiles| p.p10.is_finite() && p.p50.is_finite() && p.p90.is_finite();
        let analysis = analysis.filter(|a| finite(&a.people) && finite(&a.cost));
        let mut note = None;
        if !errors.is_empty() || analysis.is_none() {
            let reasons: Vec<String> = errors.iter().map(|e| e.message.clone()).collect();
            let lead = if analysis.is_none() {
                "Its ranges cannot be sampled, so this column shows the plan's own figures"
            } else {
                "Some of its ranges cannot be sampled and are left out"
            };
            note = Some(if reasons.is_empty() {
                format!("{lead}.")
            } else {
                format!("{lead}: {}", reasons.join(" "))
            });
        }
        Some(ColumnRanges {
            people: analysis.as_ref().map(|a| a.people),
            cost: analysis.as_ref().map(|a| a.cost),
            today_short: analysis
                .as_ref()
                .and_then(|a| a.today.as_ref())
                .map(|c| c.short)
                .filter(|c| c.is_finite()),
            headline: analysis.as_ref().map(|a| a.headline.clone()),
            note,
        })
    }
}

/// A scenario's coverage gap as its column shows it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ColumnCoverage {
    /// The most ARR whose touch model is not covered in any month of the
    /// plan, 0 when every month is covered (currency): the headline the
    /// Over time section names.
    pub most: f64,
    /// ARR at risk over the first 12 months (currency), only with a
    /// retention difference entered.
    pub at_risk: Option<f64>,
}

impl ColumnCoverage {
    /// The headline figures of the coverage gap `g`.
    pub fn of(g: &CoverageGap) -> ColumnCoverage {
        ColumnCoverage {
            most: g.worst().map_or(0.0, |w| w.total()),
            at_risk: g.arr_at_risk.filter(|r| r.is_finite()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::compare::figures::{Figure, Verdict};
    use crate::model::compare::{compare, Comparison, Row};
    use crate::model::fiscal::YearMonth;
    use crate::model::fiscal_view::fiscal_view;
    use crate::model::fixtures::{close, one_tier};
    use crate::model::role::Staff;
    use crate::model::uncertainty::{stored_analysis, RangeEntry};

    const TODAY: YearMonth = YearMonth {
        year: 2027,
        month: 1,
    };

    /// One tier of 400 customers of $10,000 ARR ($4M), 11.04 h each: 4
    /// CSM FTE (1,104 h a year each); no growth, ramp or attrition; hires
    /// take 3 months; starts January 2027. `today` CSMs on board.
    fn plan(name: &str, today: f64) -> Scenario {
        let mut s = Scenario {
            name: name.into(),
            ..one_tier(400.0)
        };
        s.growth.lead_months = 3;
        s.growth.today = Staff {
            csm: today,
            ..Staff::default()
        };
        s.roles.automation = 0.0;
        s.calendar.start = "2027-01".into();
        s
    }

    fn row(c: &Comparison, figure: Figure) -> Option<&Row> {
        c.rows.iter().find(|r| r.figure == figure)
    }

    /// The coverage gap of a tier 25% short, by hand: 4 CSM FTE needed, 3
    /// on board, the fourth starting in April (3 months' lead time), so in
    /// January to March a quarter of the tier's hours, and a quarter of
    /// its $4M ARR, $1,000,000, is not covered. With 4 on board, none.
    #[test]
    fn the_coverage_row_is_the_over_time_figure_with_its_difference() {
        let short = plan("Short", 3.0);
        let staffed = plan("Staffed", 4.0);
        let c = compare(&[short.clone(), staffed], TODAY).unwrap();
        let r = row(&c, Figure::Uncovered).expect("a coverage row");
        assert_eq!(
            r.label,
            "ARR whose touch model is not covered (the most in any month)"
        );
        assert!(close(r.values[0].unwrap(), 1_000_000.0), "{:?}", r.values);
        assert_eq!(r.values[1], Some(0.0));
        assert_eq!(r.shown, ["$1,000,000", "$0"]);
        let d = &r.differences[0];
        assert_eq!(d.verdict, Verdict::Better);
        assert_eq!(d.words, "$1,000,000 less ARR not covered");
        // The same figure as the Over time section's.
        let v = fiscal_view(&short, TODAY);
        assert_eq!(v.coverage.worst().unwrap().total(), r.values[0].unwrap());
        // No retention difference entered: no ARR at risk row.
        assert!(row(&c, Figure::AtRisk).is_none());
        // With one entered (6 points): 3 months × $1M × 6% ÷ 12 = $15,000.
        let mut risky = short.clone();
        risky.name = "Risky".into();
        risky.coverage.retention_gap_pct = 6.0;
        risky.coverage.retention_source = "Cohort study".into();
        let c = compare(&[short, risky], TODAY).unwrap();
        let r = row(&c, Figure::AtRisk).expect("an ARR at risk row");
        assert_eq!(r.values[0], None);
        assert!(close(r.values[1].unwrap(), 15_000.0), "{:?}", r.values);
        assert_eq!(r.differences[0].verdict, Verdict::NotComparable);
    }

    fn with_ranges(mut s: Scenario, entries: Vec<RangeEntry>) -> Scenario {
        s.uncertainty.ranges = entries;
        s.uncertainty.seed = 7;
        s.uncertainty.samples = 500;
        s
    }

    use crate::model::fixtures::range as entry;

    /// Each column's percentiles are the single plan's analysis of that
    /// scenario, same seed; its people and yearly cost show P10 to P90.
    #[test]
    fn a_column_with_ranges_shows_the_single_plan_percentiles() {
        let base = Scenario {
            name: "Today".into(),
            ..Scenario::default()
        };
        let alt = with_ranges(
            Scenario {
                name: "Unsure".into(),
                ..Scenario::default()
            },
            vec![entry("tiers.0.customers", 30.0, 60.0)],
        );
        let single = stored_analysis(&alt).expect("ranges sampled");
        let c = compare(&[base, alt], TODAY).unwrap();
        assert!(c.scenarios[0].ranges.is_none());
        let cr = c.scenarios[1].ranges.as_ref().expect("column ranges");
        assert_eq!(cr.people, Some(single.people));
        assert_eq!(cr.cost, Some(single.cost));
        assert_eq!(cr.today_short, single.today.as_ref().map(|t| t.short));
        assert_eq!(cr.headline.as_deref(), Some(single.headline.as_str()));
        assert_eq!(cr.note, None);
        let people = row(&c, Figure::People).unwrap();
        assert_eq!(people.ranges[0], None);
        assert_eq!(people.shown[0], "7");
        let p = single.people;
        assert!(p.p10 < p.p90, "{p:?}");
        assert_eq!(
            people.shown[1],
            format!("7 ({} to {})", p.p10, p.p90),
            "{people:?}"
        );
        let cost = row(&c, Figure::Cost).unwrap();
        assert!(cost.shown[1].starts_with("$884,000 ($"), "{:?}", cost.shown);
        assert!(c.has_ranges());
        let chance = row(&c, Figure::TodayShort).expect("a chance row");
        assert_eq!(chance.values[0], None);
        assert!(close(
            chance.values[1].unwrap(),
            single.today.unwrap().short * 100.0
        ));
        assert_eq!(c.range_lines(), [format!("Unsure: {}", single.headline)]);
    }

    /// Ranges that cannot be sampled leave the column's point figures and
    /// a note in plain words; nothing shows NaN.
    #[test]
    fn ranges_that_do_not_resolve_leave_the_point_figures_and_a_note() {
        let base = Scenario {
            name: "Today".into(),
            ..Scenario::default()
        };
        let alt = with_ranges(
            Scenario {
                name: "Broken".into(),
                ..Scenario::default()
            },
            vec![
                entry("tiers.9.customers", 1.0, 2.0),
                entry("team.hours_per_week", 42.0, 38.0),
            ],
        );
        let c = compare(&[base.clone(), alt], TODAY).unwrap();
        let cr = c.scenarios[1].ranges.as_ref().expect("a note");
        assert_eq!((cr.people, cr.cost, cr.today_short), (None, None, None));
        let note = cr.note.as_deref().unwrap();
        assert!(
            note.starts_with(
                "Its ranges cannot be sampled, so this column shows the plan's own figures: "
            ),
            "{note}"
        );
        assert!(!c.has_ranges());
        assert!(row(&c, Figure::TodayShort).is_none());
        assert_eq!(row(&c, Figure::People).unwrap().shown, ["7", "7"]);
        assert_eq!(c.range_lines(), [format!("Broken: {note}")]);
        for shown in c.rows.iter().flat_map(|r| &r.shown) {
            assert!(!shown.contains("NaN") && !shown.contains("inf"), "{shown}");
        }
        // One good range and one bad: sampled, with the bad one named.
        let mixed = with_ranges(
            Scenario {
                name: "Mixed".into(),
                ..Scenario::default()
            },
            vec![
                entry("tiers.0.customers", 30.0, 60.0),
                entry("tiers.9.customers", 1.0, 2.0),
            ],
        );
        let c = compare(&[base, mixed], TODAY).unwrap();
        let cr = c.scenarios[1].ranges.as_ref().unwrap();
        assert!(cr.people.is_some());
        assert!(
            cr.note
                .as_deref()
                .unwrap()
                .starts_with("Some of its ranges cannot be sampled and are left out: "),
            "{cr:?}"
        );
    }
}
