//! The range analysis: each sample's inputs set on a copy of the scenario
//! through the registry, the forward plan's numbers of each, and their
//! percentiles.
//!
//! Each sample runs the plan's core (hours → FTE → whole people), its ARR
//! and its yearly cost, not the whole report: the explanations, guardrails
//! and timeline of 2,000 samples would take seconds and no figure here needs
//! them. The figures are the plan's own functions ([`core`],
//! [`YearlyCost`], [`arr_per_csm`], [`cost_pct_of_arr`]), so a zero-width
//! range gives exactly the point plan.

use super::answer::{Analysis, Chance, Held, PeopleCount, RangeUsed, RoleRange, TierRange};
use super::fan::fan;
use super::percentile::Percentiles;
use super::range::{month_by_month_only, Range, RangeError};
use super::sampling::draw;
use super::tornado::tornado;
use super::words::{headline, method};
use super::Uncertainty;
use crate::model::backward::{customers_held, heads_fit};
use crate::model::base::tier_bases;
use crate::model::check::cap_shares;
use crate::model::plan::{arr_per_csm, core, cost_pct_of_arr, ratio, YearlyCost};
use crate::model::role::{Heads, PerRole, Role, Staff};
use crate::model::scenario::Scenario;

/// What one sample gives.
struct Sample {
    heads: Heads,
    cost: f64,
    cost_pct: Option<f64>,
    arr_per_csm: Option<f64>,
    customers_per_csm: Vec<Option<f64>>,
    today_short: bool,
    budget_short: bool,
    held: Option<f64>,
}

/// Customers ÷ CSM FTE (CSMs and pooled CSMs) of one tier; `None` without
/// CSM hours.
pub fn customers_per_csm(customers: f64, fte: &PerRole) -> Option<f64> {
    ratio(customers, fte.csm + fte.pooled)
}

/// The figures of one sanitised scenario.
fn sample(s: &Scenario, with_budget: bool) -> Sample {
    let c = core(s);
    let bases = tier_bases(s);
    let arr: f64 = bases.iter().map(|b| b.arr).sum();
    let cost = YearlyCost::of(s, &c.heads).total();
    Sample {
        cost,
        cost_pct: cost_pct_of_arr(cost, arr),
        arr_per_csm: arr_per_csm(arr, &c.heads),
        customers_per_csm: bases
            .iter()
            .zip(&c.tier_fte)
            .map(|(b, (_, f))| customers_per_csm(b.customers, f))
            .collect(),
        today_short: !heads_fit(&c.heads, &s.growth.today.people()),
        budget_short: !heads_fit(&c.heads, &s.budget.people()),
        held: if with_budget { customers_held(s) } else { None },
        heads: c.heads,
    }
}

/// The share of `flags` that are true (0 to 1).
fn share(flags: impl Iterator<Item = bool>, n: usize) -> f64 {
    flags.filter(|f| *f).count() as f64 / n.max(1) as f64
}

/// The range analysis of `scenario` with `uncertainty`: its ranges drawn
/// by Latin hypercube sampling, the forward plan's figures of every sample
/// and their percentiles. Refuses ranges with problems
/// ([`Uncertainty::problems`]), each in words; computes on the sanitised
/// scenario, so every number is finite.
pub fn analyse(scenario: &Scenario, u: &Uncertainty) -> Result<Analysis, Vec<RangeError>> {
    let problems = u.problems(scenario);
    if !problems.is_empty() {
        return Err(problems);
    }
    let base = scenario.sanitized();
    let n = u.samples;
    let draws = draw(&base, &u.ranges, n, u.seed);
    let with_budget = base.budget.people().total() > 0.0;
    let mut s = base.clone();
    let samples: Vec<Sample> = (0..n)
        .map(|k| {
            s.team.clone_from(&base.team);
            for (range, column) in u.ranges.iter().zip(&draws.values) {
                range.path.set(&mut s, column[k]);
            }
            cap_shares(&mut s.team);
            sample(&s, with_budget)
        })
        .collect();
    let people = |f: &dyn Fn(&Heads) -> u32| {
        Percentiles::of(samples.iter().map(|x| f64::from(f(&x.heads))).collect())
    };
    let roles = Staff::ROLES
        .into_iter()
        .filter_map(|role| {
            let count = move |h: &Heads| role.map_or(h.managers, |r| h.get(r));
            let p = people(&count)?;
            (p.p90 > 0.0).then(|| RoleRange {
                role: role.map_or("managers", Role::key).into(),
                people: p,
            })
        })
        .collect();
    let chance = |staff: &Staff, short: &dyn Fn(&Sample) -> bool| {
        (staff.people().total() > 0.0).then(|| Chance {
            people: staff.total(),
            short: share(samples.iter().map(short), n),
        })
    };
    let held = Percentiles::of_some(samples.iter().map(|x| x.held)).map(|p| Held {
        p50: p.p50,
        confident: p.p10,
    });
    let ranges: Vec<RangeUsed> = u
        .ranges
        .iter()
        .zip(&draws.clipped)
        .map(|(r, clipped)| used(&base, r, *clipped))
        .collect();
    let mut a = Analysis {
        samples: n,
        seed: u.seed,
        people: people(&Heads::total).unwrap_or(Percentiles::ZERO),
        people_counts: counts(samples.iter().map(|x| x.heads.total())),
        roles,
        cost: Percentiles::of(samples.iter().map(|x| x.cost).collect())
            .unwrap_or(Percentiles::ZERO),
        cost_pct_of_arr: Percentiles::of_some(samples.iter().map(|x| x.cost_pct)),
        arr_per_csm: Percentiles::of_some(samples.iter().map(|x| x.arr_per_csm)),
        tiers: base
            .tiers
            .iter()
            .enumerate()
            .map(|(i, t)| TierRange {
                name: t.name.clone(),
                customers_per_csm: Percentiles::of_some(
                    samples
                        .iter()
                        .map(|x| x.customers_per_csm.get(i).copied().flatten()),
                ),
            })
            .collect(),
        today: chance(&base.growth.today, &|x| x.today_short),
        budget: chance(&base.budget, &|x| x.budget_short),
        held,
        clipped: draws.clipped.iter().sum(),
        ranges,
        headline: String::new(),
        method: String::new(),
        tornado: tornado(&base, &u.ranges),
        fan: fan(&base, &u.ranges, &draws, n),
    };
    a.headline = headline(&a);
    a.method = method(&a);
    Ok(a)
}

/// How many of `people` (whole people of each sample) there are of each
/// number, from the fewest to the most, zeros included; none when they
/// spread over more than [`MAX_COUNTED`] numbers (a plan of millions of
/// people, where a bar per number would take gigabytes).
fn counts(people: impl Iterator<Item = u32>) -> Vec<PeopleCount> {
    let all: Vec<u32> = people.collect();
    let (Some(&lo), Some(&hi)) = (all.iter().min(), all.iter().max()) else {
        return Vec::new();
    };
    if hi - lo >= MAX_COUNTED {
        return Vec::new();
    }
    let mut out: Vec<PeopleCount> = (lo..=hi)
        .map(|people| PeopleCount { people, samples: 0 })
        .collect();
    for p in all {
        out[(p - lo) as usize].samples += 1;
    }
    out
}

/// The most numbers of people the histogram counts (see [`counts`]).
pub const MAX_COUNTED: u32 = 2_000;

/// `range` as the analysis used it in the sanitised scenario `s`.
fn used(s: &Scenario, range: &Range, clipped: usize) -> RangeUsed {
    RangeUsed {
        field: range.path.path(),
        label: range.path.label(s),
        value: range.path.get(s),
        low: range.low,
        high: range.high,
        shape: range.shape.name().into(),
        clipped,
        month_by_month_only: month_by_month_only(range.path),
    }
}

#[cfg(test)]
mod count_tests {
    use super::*;

    /// Review finding: samples of about a billion people, a few hundred
    /// million apart, made a bar per number and took gigabytes.
    #[test]
    fn a_spread_too_wide_to_count_gives_no_histogram() {
        assert_eq!(counts([5, 7].into_iter()).len(), 3);
        assert!(counts([940_000_000, 1_040_000_000].into_iter()).is_empty());
    }
}
