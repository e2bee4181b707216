//! Comparing scenarios side by side: a base ("Today") and up to three
//! alternatives, each with the page's headline figures, every figure's
//! difference from the base (a number, a percentage, better or worse in
//! words), the backward verdict, a one-sentence answer per alternative and
//! what differs in the inputs.
//!
//! - [`compare`]: the [`Comparison`] of 2 to [`MAX_SCENARIOS`] named scenarios;
//!   [`compare_with`] the same from each scenario's kept [`ScenarioFigures`].
//! - [`unique_names`]: names made unique the way a comparison needs them.
//! - [`figures`]: the figures, which way each is better, differences in words.
//! - [`columns`]: what a column holds besides the point figures: the
//!   scenario's ranges (P10 to P90) and its coverage gap.
//! - [`differs`]: every input that differs from the base (`settings`: the
//!   calendar, hiring, coverage and ranges among them).

pub mod columns;
pub mod differs;
pub mod figures;
mod settings;

use std::fmt;

use serde::Serialize;

use self::columns::{ColumnCoverage, ColumnRanges};
use self::differs::{differs, InputChange};
use self::figures::{signed, Difference, Figure, Verdict};
use super::backward::{backward_sanitized, Outcome};
use super::fiscal::YearMonth;
use super::fiscal_view::coverage_of;
use super::format::{count, money, pct};
use super::limits::MAX_NAME_CHARS;
use super::plan::plan_sanitized;
use super::role::Role;
use super::scenario::Scenario;
use super::timeline::timeline_sanitized;
use super::uncertainty::Percentiles;
use crate::caseless;

/// The most scenarios a comparison holds: a base and three alternatives.
pub const MAX_SCENARIOS: usize = 4;

/// The fewest: a base and one alternative.
pub const MIN_SCENARIOS: usize = 2;

/// Why scenarios cannot be compared, in plain words ([`fmt::Display`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompareError {
    /// Fewer than [`MIN_SCENARIOS`] (how many were given).
    TooFew(usize),
    /// More than [`MAX_SCENARIOS`] (how many were given).
    TooMany(usize),
    /// Scenario number `.0` (1-based) has a blank name.
    Unnamed(usize),
    /// Two scenarios share a name (in any case): the name, and the
    /// 1-based positions of the first and the second.
    Duplicate(String, usize, usize),
}

/// "1st", "2nd", "3rd", "4th"...: a scenario's place in words.
pub fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

impl fmt::Display for CompareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompareError::TooFew(n) => write!(
                f,
                "A comparison needs at least {MIN_SCENARIOS} scenarios, a base and an alternative ({n} given)."
            ),
            CompareError::TooMany(n) => write!(
                f,
                "A comparison holds at most {MAX_SCENARIOS} scenarios, a base and up to {} alternatives ({n} given).",
                MAX_SCENARIOS - 1
            ),
            CompareError::Unnamed(i) => write!(
                f,
                "The {} scenario has no name; give each scenario a name so that its column can be told apart.",
                ordinal(*i)
            ),
            CompareError::Duplicate(name, a, b) => write!(
                f,
                "The {} and {} scenarios are both named \"{name}\"; each scenario needs a name of its own.",
                ordinal(*a),
                ordinal(*b)
            ),
        }
    }
}

impl std::error::Error for CompareError {}

/// One scenario's column.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Column {
    /// The scenario's name (the column's title).
    pub name: String,
    /// Its currency code.
    pub currency: String,
    /// Its ranges, when it stores some: P10 to P90 of people and yearly
    /// cost, the chance today's team is short, or why they cannot be
    /// sampled.
    pub ranges: Option<ColumnRanges>,
}

/// One headline figure across the scenarios.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    /// Which figure.
    pub figure: Figure,
    /// The tier a per-tier figure is of (customers per CSM), by name.
    pub tier: Option<String>,
    /// Its label ("Yearly cost", "High touch: customers per CSM").
    pub label: String,
    /// Its value in each scenario, in order; `None` where it has none (no
    /// CSMs, no ARR, no such tier).
    pub values: Vec<Option<f64>>,
    /// Each value's P10, P50 and P90 where the scenario has ranges (people
    /// and yearly cost); `None` elsewhere.
    pub ranges: Vec<Option<Percentiles>>,
    /// Each value for reading ("$884,000", "6.3%", "—"), with P10 to P90
    /// after it where it has a range ("7 (6 to 9)").
    pub shown: Vec<String>,
    /// Each alternative against the base, in order (one fewer than the
    /// scenarios).
    pub differences: Vec<Difference>,
}

/// The backward plan's verdict in each scenario.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BackwardRow {
    /// Each scenario's outcome.
    pub outcomes: Vec<Outcome>,
    /// Each scenario's verdict, the backward plan's sentence as it is.
    pub verdicts: Vec<String>,
    /// Each alternative against the base: better when its outcome is
    /// closer to fitting ([`outcome_rank`]); the words are the verdict's
    /// ("better", "worse", "same").
    pub differences: Vec<Difference>,
}

/// What differs between the base and one alternative.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Differs {
    /// The alternative's name.
    pub alternative: String,
    /// Every input that differs, in the order of [`differs::differs`].
    pub changes: Vec<InputChange>,
}

/// Scenarios compared side by side; the first is the base.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    /// The scenarios' columns, the base first.
    pub scenarios: Vec<Column>,
    /// The headline figures: people (in total, then each role and
    /// managers with someone in any scenario), yearly cost, cost as a
    /// share of ARR, net cost (when any scenario sells paid success plans),
    /// ARR per CSM, rules of thumb met, targets missed and warnings, hires still to
    /// make, ARR whose touch model is not covered (the most in any month),
    /// ARR at risk (when any scenario has a retention difference entered),
    /// the chance today's team is short (when any scenario's ranges give
    /// one), then customers per CSM for each tier name.
    pub rows: Vec<Row>,
    /// The backward plan's verdicts.
    pub backward: BackwardRow,
    /// One sentence per alternative: "Pooled low touch needs 2 fewer
    /// people (-$260,000 a year, -18%) than Today."
    pub answers: Vec<String>,
    /// What differs, per alternative.
    pub differs: Vec<Differs>,
}

/// What the brackets after people and yearly cost mean, one wording for
/// the page, the memo and the command line.
pub const RANGES_KEY: &str =
    "In brackets after people and yearly cost: P10 to P90, from the scenario's ranges.";

impl Comparison {
    /// Whether any column has ranges that could be sampled (its people
    /// and yearly cost show P10 to P90).
    pub fn has_ranges(&self) -> bool {
        self.rows
            .iter()
            .any(|r| r.ranges.iter().any(Option::is_some))
    }

    /// A line per scenario that stores ranges: "Pooled low touch: 7 people
    /// (6 to 9, P10 to P90); a 35% chance today's team of 6 is short", and
    /// a note for ranges that cannot be sampled ("Pooled low touch: Its
    /// ranges cannot be sampled, so this column shows the plan's own
    /// figures: ..."). Empty when no scenario stores any.
    pub fn range_lines(&self) -> Vec<String> {
        self.scenarios
            .iter()
            .filter_map(|c| Some((c, c.ranges.as_ref()?)))
            .flat_map(|(c, r)| {
                r.headline
                    .iter()
                    .chain(r.note.iter())
                    .map(move |text| format!("{}: {text}", c.name))
            })
            .collect()
    }
}

/// How close a backward outcome is to fitting: 0 fits as it is, 1 fits
/// with the moves, 2 does not fit; `None` without a budget.
pub fn outcome_rank(outcome: Outcome) -> Option<u8> {
    match outcome {
        Outcome::NoBudget => None,
        Outcome::FitsNow => Some(0),
        Outcome::MovesFit => Some(1),
        Outcome::NoMovesFit | Outcome::NoLowerTier => Some(2),
    }
}

/// `names` made fit for a comparison: a blank name becomes "Scenario N"
/// (N its place), and a name already taken (in any case) gets " (2)", " (3)"...
/// (the name cut to keep within [`MAX_NAME_CHARS`]). Returns the names and
/// a warning in words for each one changed.
pub fn unique_names(names: &[String]) -> (Vec<String>, Vec<String>) {
    let mut out: Vec<String> = Vec::with_capacity(names.len());
    let mut warnings = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let trimmed = name.trim();
        let wanted = if trimmed.is_empty() {
            format!("Scenario {}", i + 1)
        } else {
            trimmed.to_string()
        };
        let taken = |n: &str| out.iter().any(|o| caseless::eq(o, n));
        let mut chosen = wanted.clone();
        let mut k = 2;
        while taken(&chosen) {
            let suffix = format!(" ({k})");
            let room = MAX_NAME_CHARS.saturating_sub(suffix.chars().count());
            chosen = wanted.chars().take(room).collect::<String>() + &suffix;
            k += 1;
        }
        if chosen != wanted {
            warnings.push(format!(
                "The {} scenario is also named \"{wanted}\"; it is called \"{chosen}\" here.",
                ordinal(i + 1)
            ));
        }
        out.push(chosen);
    }
    (out, warnings)
}

/// The engine's figures of one scenario that a comparison reads, worked
/// out once per scenario: a page comparing four scenarios keeps them and
/// recomputes only the scenario edited ([`compare_with`]).
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioFigures {
    /// The forward plan.
    pub plan: super::plan::Plan,
    /// People still to hire within the horizon ([`Timeline::hires`](super::timeline::Timeline::hires)).
    pub hires: u32,
    /// The backward plan's outcome.
    pub outcome: Outcome,
    /// The backward plan's verdict, as it is.
    pub verdict: String,
    /// Whole people needed in each month of the timeline, months 0 ..=
    /// horizon (people): the comparison's timeline chart.
    pub people_needed: Vec<f64>,
    /// Its coverage gap's headline ([`coverage_of`]).
    pub coverage: ColumnCoverage,
    /// Its range analysis, when it stores ranges ([`ColumnRanges::of`]).
    pub ranges: Option<ColumnRanges>,
}

/// Whole people needed per month of `timeline` (people).
fn people_needed(timeline: &super::timeline::Timeline) -> Vec<f64> {
    timeline
        .months
        .iter()
        .map(|m| f64::from(m.heads_needed.total()))
        .collect()
}

impl ScenarioFigures {
    /// The figures of `scenario` whose full `report` the page already has
    /// (the same as [`ScenarioFigures::of`], without working the plan,
    /// backward plan and timeline out again), `today` being the start of
    /// a plan that has none.
    pub fn from_report(
        report: &super::report::Report,
        scenario: &Scenario,
        today: YearMonth,
    ) -> ScenarioFigures {
        ScenarioFigures {
            plan: report.plan.clone(),
            hires: report.timeline.hires(),
            outcome: report.backward.outcome,
            verdict: report.backward.verdict.clone(),
            people_needed: people_needed(&report.timeline),
            coverage: ColumnCoverage::of(&coverage_of(scenario, today)),
            ranges: ColumnRanges::of(scenario),
        }
    }

    /// The figures of `scenario`, computed on it sanitised as the page
    /// computes its plan, `today` being the start of a plan that has none
    /// (the coverage gap reads real months).
    pub fn of(scenario: &Scenario, today: YearMonth) -> ScenarioFigures {
        let s = scenario.sanitized();
        let backward = backward_sanitized(&s);
        let timeline = timeline_sanitized(&s);
        ScenarioFigures {
            plan: plan_sanitized(&s),
            hires: timeline.hires(),
            outcome: backward.outcome,
            verdict: backward.verdict,
            people_needed: people_needed(&timeline),
            coverage: ColumnCoverage::of(&coverage_of(scenario, today)),
            ranges: ColumnRanges::of(scenario),
        }
    }
}

/// The value of a (whole-plan) figure in one scenario's figures.
fn value_of(figure: Figure, f: &ScenarioFigures) -> Option<f64> {
    let t = &f.plan.totals;
    match figure {
        Figure::People => Some(f64::from(t.headcount)),
        Figure::Role(role) => Some(f64::from(t.heads.get(role))),
        Figure::Managers => Some(f64::from(t.heads.managers)),
        Figure::Cost => Some(t.cost),
        Figure::CostShare => t.cost_pct_of_arr,
        Figure::NetCost => Some(t.net_cost),
        Figure::ArrPerCsm => t.arr_per_csm,
        Figure::RulesOfThumb => (!t.rules_of_thumb.is_empty())
            .then(|| t.rules_of_thumb.iter().filter(|r| r.met).count() as f64),
        Figure::Guardrails => Some(f.plan.guardrails.len() as f64),
        Figure::Hires => Some(f64::from(f.hires)),
        Figure::Uncovered => Some(f.coverage.most),
        Figure::AtRisk => f.coverage.at_risk,
        Figure::TodayShort => f
            .ranges
            .as_ref()
            .and_then(|r| r.today_short)
            .map(|c| c * 100.0),
        Figure::CustomersPerCsm => None,
    }
}

/// P10, P50 and P90 of a figure in one scenario's figures, where its
/// ranges give them (whole people, yearly cost).
fn range_of(figure: Figure, f: &ScenarioFigures) -> Option<Percentiles> {
    let r = f.ranges.as_ref()?;
    match figure {
        Figure::People => r.people,
        Figure::Cost => r.cost,
        _ => None,
    }
}

/// A row of `figure` from each scenario's `values`.
fn row(
    figure: Figure,
    label: String,
    tier: Option<String>,
    values: Vec<Option<f64>>,
    ranges: Vec<Option<Percentiles>>,
    columns: &[Column],
) -> Row {
    let base_currency = columns[0].currency.as_str();
    let shown = values
        .iter()
        .zip(columns)
        .zip(&ranges)
        .map(|((v, c), r)| figure.show_with_range(*v, r.as_ref(), &c.currency))
        .collect();
    let differences = values[1..]
        .iter()
        .zip(&columns[1..])
        .map(|(v, c)| {
            let comparable = !figure.is_money() || c.currency == base_currency;
            Difference::of(figure, values[0], *v, comparable, base_currency)
        })
        .collect();
    Row {
        figure,
        tier,
        label,
        values,
        ranges,
        shown,
        differences,
    }
}

/// Checks the count and names of the scenarios named `names`.
fn check(names: &[&str]) -> Result<(), CompareError> {
    let n = names.len();
    if n < MIN_SCENARIOS {
        return Err(CompareError::TooFew(n));
    }
    if n > MAX_SCENARIOS {
        return Err(CompareError::TooMany(n));
    }
    for (i, name) in names.iter().enumerate() {
        let name = name.trim();
        if name.is_empty() {
            return Err(CompareError::Unnamed(i + 1));
        }
        if let Some(j) = names[..i].iter().position(|o| caseless::eq(o.trim(), name)) {
            return Err(CompareError::Duplicate(name.to_string(), j + 1, i + 1));
        }
    }
    Ok(())
}

/// The answer for alternative `k` (1-based) in one sentence: "Pooled low
/// touch needs 2 fewer people (-$260,000 a year, -18%) than Today."
fn answer(rows: &[Row], columns: &[Column], k: usize) -> String {
    let find = |f: Figure| rows.iter().find(|r| r.figure == f && r.tier.is_none());
    let (base, alt) = (&columns[0].name, &columns[k].name);
    let people = find(Figure::People).map(|r| (&r.differences[k - 1], r.values[0]));
    let needs = match people {
        Some((d, _)) if d.verdict != Verdict::Same => {
            format!(
                "needs {}",
                Figure::People.amount_words(d.value.unwrap_or(0.0), "")
            )
        }
        Some((_, Some(n))) => format!("needs the same {}", count(n, "person", "people")),
        _ => "needs the same people".into(),
    };
    let cost = find(Figure::Cost).map(|r| &r.differences[k - 1]);
    let cost_words = match cost {
        Some(d) if d.verdict == Verdict::Same => "the same cost".to_string(),
        Some(Difference {
            value: Some(v),
            pct: share,
            ..
        }) => {
            let amount = signed(money(*v, &columns[0].currency), *v);
            match share {
                Some(p) => format!("{amount} a year, {}", signed(pct(*p), *p)),
                None => format!("{amount} a year"),
            }
        }
        _ => "costs in different currencies".to_string(),
    };
    let than = if needs.starts_with("needs the same") {
        "as"
    } else {
        "than"
    };
    format!("{alt} {needs} ({cost_words}) {than} {base}.")
}

/// The comparison of `scenarios` (the first is the base): 2 to
/// [`MAX_SCENARIOS`] scenarios, each with a name of its own (see
/// [`unique_names`]). Every figure is the engine's, on each scenario
/// sanitised as the page computes it, `today` being the start of a plan
/// that has none; never panics.
pub fn compare(scenarios: &[Scenario], today: YearMonth) -> Result<Comparison, CompareError> {
    let names: Vec<&str> = scenarios.iter().map(|s| s.name.as_str()).collect();
    check(&names)?;
    let figures: Vec<ScenarioFigures> = scenarios
        .iter()
        .map(|s| ScenarioFigures::of(s, today))
        .collect();
    let pairs: Vec<(&Scenario, &ScenarioFigures)> = scenarios.iter().zip(&figures).collect();
    compare_with(&pairs)
}

/// [`compare`] with each scenario's figures already worked out
/// ([`ScenarioFigures::of`] of that scenario; the caller keeps them in
/// step): what the page calls after an edit, having recomputed only the
/// edited scenario's figures.
pub fn compare_with(
    scenarios: &[(&Scenario, &ScenarioFigures)],
) -> Result<Comparison, CompareError> {
    let names: Vec<&str> = scenarios.iter().map(|(s, _)| s.name.as_str()).collect();
    check(&names)?;
    let columns: Vec<Column> = scenarios
        .iter()
        .map(|(s, f)| Column {
            name: s.name.trim().to_string(),
            currency: s.currency.clone(),
            ranges: f.ranges.clone(),
        })
        .collect();
    let all: Vec<&ScenarioFigures> = scenarios.iter().map(|(_, f)| *f).collect();
    let values = |f: Figure| all.iter().map(|x| value_of(f, x)).collect::<Vec<_>>();
    let anyone = |f: Figure| values(f).iter().any(|v| v.is_some_and(|v| v > 0.0));
    let mut figures = vec![Figure::People];
    figures.extend(
        Role::PEOPLE
            .into_iter()
            .map(Figure::Role)
            .chain([Figure::Managers])
            .filter(|f| anyone(*f)),
    );
    figures.extend([Figure::Cost, Figure::CostShare]);
    if all.iter().any(|x| x.plan.totals.plan_revenue > 0.0) {
        figures.push(Figure::NetCost);
    }
    figures.extend([
        Figure::ArrPerCsm,
        Figure::RulesOfThumb,
        Figure::Guardrails,
        Figure::Hires,
        Figure::Uncovered,
    ]);
    // ARR at risk only where some scenario has a retention difference
    // entered; the chance today's team is short only where some
    // scenario's ranges give one.
    for f in [Figure::AtRisk, Figure::TodayShort] {
        if values(f).iter().any(Option::is_some) {
            figures.push(f);
        }
    }
    let ranges = |f: Figure| all.iter().map(|x| range_of(f, x)).collect::<Vec<_>>();
    let mut rows: Vec<Row> = figures
        .into_iter()
        .map(|f| row(f, f.label(), None, values(f), ranges(f), &columns))
        .collect();
    // Customers per CSM per tier, tiers matched by name (in any case), in
    // the order they first appear.
    let mut tier_names: Vec<&str> = Vec::new();
    for x in &all {
        for t in &x.plan.tiers {
            if !tier_names.iter().any(|n| caseless::eq(n, &t.name)) {
                tier_names.push(&t.name);
            }
        }
    }
    for name in tier_names {
        let per_csm = all
            .iter()
            .map(|x| {
                x.plan
                    .tiers
                    .iter()
                    .find(|t| caseless::eq(&t.name, name))
                    .and_then(|t| t.customers_per_csm())
            })
            .collect();
        let label = format!("{name}: {}", Figure::CustomersPerCsm.label());
        rows.push(row(
            Figure::CustomersPerCsm,
            label,
            Some(name.to_string()),
            per_csm,
            vec![None; all.len()],
            &columns,
        ));
    }
    let backward = BackwardRow {
        outcomes: all.iter().map(|x| x.outcome).collect(),
        verdicts: all.iter().map(|x| x.verdict.clone()).collect(),
        differences: all[1..]
            .iter()
            .map(|x| {
                let (b, a) = (outcome_rank(all[0].outcome), outcome_rank(x.outcome));
                let verdict = match (b, a) {
                    (Some(b), Some(a)) if a < b => Verdict::Better,
                    (Some(b), Some(a)) if a > b => Verdict::Worse,
                    (Some(_), Some(_)) => Verdict::Same,
                    _ => Verdict::NotComparable,
                };
                Difference {
                    value: None,
                    pct: None,
                    verdict,
                    words: verdict.word().into(),
                }
            })
            .collect(),
    };
    let answers = (1..columns.len())
        .map(|k| answer(&rows, &columns, k))
        .collect();
    let differs = scenarios[1..]
        .iter()
        .zip(&columns[1..])
        .map(|((alt, _), c)| Differs {
            alternative: c.name.clone(),
            changes: differs(scenarios[0].0, alt),
        })
        .collect();
    Ok(Comparison {
        scenarios: columns,
        rows,
        backward,
        answers,
        differs,
    })
}

#[cfg(test)]
mod tests;
