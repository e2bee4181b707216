//! The coverage gap in words, one wording for every place that states it:
//! the Over time section, planning backward, the comparison, the exports
//! and the command line. The gap is "ARR whose touch model is not
//! covered", never predicted churn; ARR at risk is said only with a
//! retention difference the user entered, naming its source.

use super::coverage_gap::CoverageGap;
use super::fiscal::{FiscalCalendar, YearMonth};
use super::fiscal_view::budget_coverage;
use super::format::money;
use super::scenario::Scenario;

/// The heading of the coverage gap, one wording everywhere.
pub const UNCOVERED: &str = "ARR whose touch model is not covered";

/// Who is serving the customers in the Over time section's gap.
pub const WITH_TEAM: &str = "With today's team and the hires as planned";

/// Who is serving the customers in planning backward's gap.
pub const WITH_BUDGET: &str = "With the people you can afford and no other hires";

/// The coverage gap `g` in one or two sentences, `who` saying which team
/// ([`WITH_TEAM`], [`WITH_BUDGET`]): the month with the most ARR not
/// covered (the headline: the most the business has exposed at once), how
/// many months are short, and ARR at risk only when a retention difference
/// is entered, naming its source.
pub fn coverage_sentence(
    who: &str,
    g: &CoverageGap,
    cal: &FiscalCalendar,
    currency: &str,
) -> String {
    let mut out = match g.worst() {
        None => format!("{who}, every tier's touch model is covered in every month of the plan."),
        // The months are named: the plan's months count its first month
        // too, one more than the months it looks ahead.
        Some(w) => format!(
            "{who}, {} of ARR has a touch model that is not covered in {} (the most in any \
             month); {} of the plan's {} months ({} to {}) are short.",
            money(w.total(), currency),
            cal.month(w.month).label(),
            g.months_short(),
            g.months.len(),
            g.months
                .first()
                .map_or_else(String::new, |m| cal.month(m.month).label()),
            g.months
                .last()
                .map_or_else(String::new, |m| cal.month(m.month).label()),
        ),
    };
    if let Some(risk) = g.arr_at_risk {
        let source = if g.source.is_empty() {
            "a source not named".to_string()
        } else {
            format!("source: {}", g.source)
        };
        out.push_str(&format!(
            " With the retention difference entered ({source}), {} of ARR is at risk over the \
             first 12 months.",
            money(risk, currency)
        ));
    }
    out
}

/// What the plan's first month leaves uncovered, when that is not already
/// the month [`coverage_sentence`] names: "In May 2027, the plan's first
/// month, $1,200,000 of ARR has a touch model that is not covered." (or
/// that every touch model is covered then). `None` when the first month
/// is the worst one, or no month is short.
pub fn first_month_sentence(
    g: &CoverageGap,
    cal: &FiscalCalendar,
    currency: &str,
) -> Option<String> {
    let worst = g.worst()?;
    let first = g.months.first()?;
    if worst.month == first.month {
        return None;
    }
    let when = format!(
        "In {}, the plan's first month",
        cal.month(first.month).label()
    );
    Some(if first.total() > 0.0 {
        format!(
            "{when}, {} of ARR has a touch model that is not covered.",
            money(first.total(), currency)
        )
    } else {
        format!("{when}, every tier's touch model is covered.")
    })
}

/// Planning backward's coverage gap in words: what ARR's touch model the
/// people `scenario` can afford leave uncovered ([`budget_coverage`]),
/// worded as the Over time section words its gap ([`coverage_sentence`]
/// with [`WITH_BUDGET`]), then the plan's first month when that is not
/// the month named. `None` without a budget. `today` is the start of a
/// plan that has none.
pub fn budget_coverage_words(scenario: &Scenario, today: YearMonth) -> Option<Vec<String>> {
    let g = budget_coverage(scenario, today)?;
    let cal = FiscalCalendar::of(&scenario.calendar, today);
    let currency = scenario.currency.as_str();
    let mut out = vec![coverage_sentence(WITH_BUDGET, &g, &cal, currency)];
    out.extend(first_month_sentence(&g, &cal, currency));
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fiscal_view::{coverage_of, fiscal_view};
    use crate::model::fixtures::one_tier;
    use crate::model::presets::presets;
    use crate::model::role::Staff;

    const TODAY: YearMonth = YearMonth {
        year: 2027,
        month: 1,
    };

    /// One tier of 400 customers of $10,000 ARR ($4M), 11.04 h each: 4
    /// CSM FTE; no growth, ramp or attrition; nobody today; starts
    /// January 2027; 12 months' horizon.
    fn plan() -> Scenario {
        let mut s = one_tier(400.0);
        s.growth.today = Staff::default();
        s.budget = Staff::default();
        s.roles.automation = 0.0;
        s.calendar.start = "2027-01".into();
        s
    }

    /// The one function gives the Over time section's figure, for every
    /// preset, dated or not.
    #[test]
    fn the_gap_of_a_scenario_is_the_over_time_sections() {
        for p in presets() {
            assert_eq!(
                coverage_of(&p.scenario, TODAY),
                fiscal_view(&p.scenario, TODAY).coverage,
                "{}",
                p.id
            );
        }
    }

    /// The team a budget of 3 CSMs buys against a tier that needs 4: the
    /// tier is 25% short in every month, so a quarter of its $4M ARR,
    /// $1,000,000, is not covered, from the first month on; the sentence
    /// is the Over time section's with the team named.
    #[test]
    fn the_affordable_team_a_quarter_short_leaves_a_quarter_uncovered() {
        let mut s = plan();
        assert_eq!(budget_coverage_words(&s, TODAY), None);
        s.budget.csm = 3.0;
        let g = budget_coverage(&s, TODAY).unwrap();
        assert_eq!(g.months.len(), 13);
        for m in &g.months {
            assert!((m.uncovered_share[0] - 0.25).abs() < 1e-9, "{m:?}");
            assert!((m.total() - 1_000_000.0).abs() < 1e-6, "{m:?}");
        }
        let words = budget_coverage_words(&s, TODAY).unwrap();
        assert_eq!(
            words,
            [
                "With the people you can afford and no other hires, $1,000,000 of ARR has a \
              touch model that is not covered in January 2027 (the most in any month); 13 \
              of the plan's 13 months (January 2027 to January 2028) are short."
            ]
        );
        // Enough people: covered, said in the same words as Over time.
        s.budget.csm = 4.0;
        assert_eq!(
            budget_coverage_words(&s, TODAY).unwrap(),
            [
                "With the people you can afford and no other hires, every tier's touch model is \
              covered in every month of the plan."
            ]
        );
    }

    /// A growing base outgrows a fixed team: the worst month is late, so
    /// the plan's first month is said too.
    #[test]
    fn the_first_month_is_said_when_it_is_not_the_worst() {
        let mut s = plan();
        s.budget.csm = 4.0;
        s.tiers[0].new_per_month = 40.0;
        let words = budget_coverage_words(&s, TODAY).unwrap();
        assert_eq!(words.len(), 2, "{words:?}");
        assert!(
            words[0].contains("in January 2028 (the most in any month)"),
            "{words:?}"
        );
        assert_eq!(
            words[1],
            "In January 2027, the plan's first month, every tier's touch model is covered."
        );
    }
}
