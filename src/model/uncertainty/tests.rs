//! The range analysis against the properties: ordered percentiles,
//! a zero-width range is the point plan, widening an input that only adds
//! work never narrows P10 to P90, the same seed gives the same numbers, and
//! hand checks where the answer is known exactly.

use super::*;
use crate::model::backward::backward;
use crate::model::inputs::{Input, ItemField, TeamField, TierField};
use crate::model::plan::plan;
use crate::model::scenario::Scenario;

fn with(ranges: Vec<Range>) -> Uncertainty {
    Uncertainty {
        ranges,
        ..Uncertainty::default()
    }
}

fn ordered(p: &Percentiles) -> bool {
    p.p10 <= p.p50 && p.p50 <= p.p90
}

/// Every percentile of `a` in order.
fn all_ordered(a: &Analysis) -> bool {
    ordered(&a.people)
        && ordered(&a.cost)
        && a.roles.iter().all(|r| ordered(&r.people))
        && a.cost_pct_of_arr.as_ref().is_none_or(ordered)
        && a.arr_per_csm.as_ref().is_none_or(ordered)
        && a.tiers
            .iter()
            .all(|t| t.customers_per_csm.as_ref().is_none_or(ordered))
        && a.held.as_ref().is_none_or(|h| h.confident <= h.p50)
}

/// A mix of every shape on inputs of demand, capacity and cost.
fn mixed(s: &Scenario) -> Vec<Range> {
    let around = |input: Input, shape| {
        let v = input.get(s);
        Range::new(input, v * 0.7, v * 1.4, shape)
    };
    vec![
        around(Input::Team(TeamField::HoursPerWeek), Shape::Normal),
        around(Input::Tier(0, TierField::Customers), Shape::Uniform),
        around(Input::Tier(1, TierField::Customers), Shape::Triangular),
        around(Input::Touch(0, 0, ItemField::Hours), Shape::Triangular),
        around(Input::RoleCost(crate::model::Role::Csm), Shape::Uniform),
    ]
}

#[test]
fn percentiles_are_in_order_for_every_seed_and_shape() {
    let s = Scenario::default();
    for seed in [0, 1, 2, 99, MAX_SEED] {
        let u = Uncertainty {
            seed,
            samples: 500,
            ranges: mixed(&s),
        };
        let a = analyse(&s, &u).unwrap();
        assert!(all_ordered(&a), "seed {seed}: {a:?}");
        assert!(
            a.people.p10 < a.people.p90,
            "seed {seed}: the ranges move the answer"
        );
        assert!(a.headline.contains("P10 to P90"));
    }
}

#[test]
fn a_zero_width_range_gives_exactly_the_point_plan() {
    let s = Scenario::default();
    let point = plan(&s);
    let ranges: Vec<Range> = mixed(&s)
        .into_iter()
        .map(|r| {
            let v = r.path.get(&s);
            Range::new(r.path, v, v, r.shape)
        })
        .collect();
    let a = analyse(&s, &with(ranges)).unwrap();
    let exactly = |p: &Percentiles, v: f64| p.p10 == v && p.p50 == v && p.p90 == v;
    let t = &point.totals;
    assert!(exactly(&a.people, f64::from(t.headcount)), "{:?}", a.people);
    assert!(exactly(&a.cost, t.cost));
    assert!(exactly(
        a.cost_pct_of_arr.as_ref().unwrap(),
        t.cost_pct_of_arr.unwrap()
    ));
    assert!(exactly(
        a.arr_per_csm.as_ref().unwrap(),
        t.arr_per_csm.unwrap()
    ));
    for r in &a.roles {
        let want = match r.role.as_str() {
            "csm" => t.heads.csm,
            "associate" => t.heads.associate,
            "pooled" => t.heads.pooled,
            "partner" => t.heads.partner,
            _ => t.heads.managers,
        };
        assert!(exactly(&r.people, f64::from(want)), "{}", r.role);
    }
    for (tier, p) in a.tiers.iter().zip(&point.tiers) {
        let want = p.customers / (p.fte.csm + p.fte.pooled);
        if let Some(c) = &tier.customers_per_csm {
            assert!(exactly(c, want), "{}", tier.name);
        }
    }
    assert_eq!(a.clipped, 0);
    // Today's team of 3 CSMs and 1 pooled CSM is short of the plan's 4
    // CSMs in every sample; the budget fits in every sample.
    assert!(!backward(&s).fits_now || a.budget.as_ref().unwrap().short == 0.0);
    assert_eq!(a.today.as_ref().unwrap().short, 1.0);
    let b = backward(&s);
    let held = b.mix_scale.unwrap() * point.totals.customers;
    let h = a.held.as_ref().unwrap();
    assert_eq!((h.p50, h.confident), (held, held));
}

#[test]
fn widening_a_range_of_added_work_never_narrows_p10_to_p90() {
    // Touch hours only add work; widened around the same value with the
    // same seed, every sample moves away from the middle.
    let s = Scenario::default();
    let input = Input::Touch(0, 0, ItemField::Hours);
    let v = input.get(&s);
    let mut last: Option<Analysis> = None;
    for k in 1..=8 {
        let half = v * 0.1 * f64::from(k);
        let u = with(vec![Range::new(input, v - half, v + half, Shape::Uniform)]);
        let a = analyse(&s, &u).unwrap();
        if let Some(prev) = &last {
            assert!(a.people.p10 <= prev.people.p10, "width {k}");
            assert!(a.people.p90 >= prev.people.p90, "width {k}");
            assert!(a.cost.p10 <= prev.cost.p10 && a.cost.p90 >= prev.cost.p90);
        }
        last = Some(a);
    }
    let widest = last.unwrap();
    assert!(widest.people.p10 < widest.people.p90);
}

#[test]
fn the_same_seed_gives_the_same_numbers() {
    let s = Scenario::default();
    let u = with(mixed(&s));
    assert_eq!(analyse(&s, &u), analyse(&s, &u));
    let other = analyse(
        &s,
        &Uncertainty {
            seed: 7,
            ..u.clone()
        },
    )
    .unwrap();
    let first = analyse(&s, &u).unwrap();
    assert!(all_ordered(&other));
    assert_ne!(other.cost, first.cost, "another seed draws other samples");
}

#[test]
fn arr_per_csm_by_hand_with_one_uniform_input() {
    // Average ARR of the high-touch tier, uniform with 90% between 50K and
    // 150K: it moves no one, and ARR per CSM = (40 × x + the other tiers'
    // ARR) ÷ CSMs is linear and rising in x, so its nearest-rank
    // percentiles are those of x mapped through it. The uniform runs
    // 100K ÷ 18 past each end; with Latin hypercube sampling the P10 of
    // 2,000 samples is the 200th, which lies in the 200th stratum.
    let s = Scenario::default();
    let input = Input::Tier(0, TierField::AvgArr);
    let a = analyse(
        &s,
        &with(vec![Range::new(input, 50_000.0, 150_000.0, Shape::Uniform)]),
    )
    .unwrap();
    let point = plan(&s);
    let csms = f64::from(point.totals.heads.csms());
    let rest = point.totals.arr - point.tiers[0].arr;
    let through = |x: f64| (40.0 * x + rest) / csms;
    let (lo, width) = (50_000.0 - 100_000.0 / 18.0, 100_000.0 * 20.0 / 18.0);
    let got = a.arr_per_csm.unwrap();
    for (p, k) in [(got.p10, 200.0), (got.p50, 1000.0), (got.p90, 1800.0)] {
        let (x0, x1) = (lo + width * (k - 1.0) / 2000.0, lo + width * k / 2000.0);
        assert!(p >= through(x0) - 1e-6 && p < through(x1), "{p} {k}");
    }
    // The draws themselves, mapped: exactly the printed percentiles.
    let draws = draw(
        &s.sanitized(),
        &[Range::new(input, 50_000.0, 150_000.0, Shape::Uniform)],
        2000,
        1,
    );
    let mapped = Percentiles::of(draws.values[0].iter().map(|x| through(*x)).collect()).unwrap();
    assert!((mapped.p10 - got.p10).abs() < 1e-6 * got.p10);
    assert!((mapped.p50 - got.p50).abs() < 1e-6 * got.p50);
    assert!((mapped.p90 - got.p90).abs() < 1e-6 * got.p90);
    assert_eq!(a.people.p10, a.people.p90, "ARR moves no one");
}

#[test]
fn customers_per_csm_stays_put_when_only_the_customers_vary() {
    // High touch has no fixed program hours: FTE grows with customers, so
    // customers per CSM = proactive hours ÷ 80 h in every sample.
    let s = Scenario::default();
    let a = analyse(
        &s,
        &with(vec![Range::new(
            Input::Tier(0, TierField::Customers),
            20.0,
            60.0,
            Shape::Triangular,
        )]),
    )
    .unwrap();
    let c = a.tiers[0].customers_per_csm.unwrap();
    let want = 1104.0 / 80.0;
    assert!((c.p10 - want).abs() < 1e-9 && (c.p90 - want).abs() < 1e-9);
    assert!(a.people.p10 < a.people.p90);
}

#[test]
fn a_bigger_team_is_short_less_often() {
    let mut s = Scenario::default();
    let u = with(mixed(&s));
    let small = analyse(&s, &u).unwrap().today.unwrap().short;
    s.growth.today.csm = 5.0;
    s.growth.today.associate = 1.0;
    s.growth.today.pooled = 2.0;
    let big = analyse(&s, &u).unwrap().today.unwrap().short;
    assert!(big < small, "{big} {small}");
    assert!((0.0..=1.0).contains(&big));
    s.growth.today = crate::model::Staff::default();
    assert_eq!(analyse(&s, &u).unwrap().today, None, "no team entered");
}

#[test]
fn clipped_samples_are_counted_and_said() {
    let s = Scenario::default();
    let u = with(vec![Range::new(
        Input::Team(TeamField::Reactive),
        0.0,
        50.0,
        Shape::Normal,
    )]);
    let a = analyse(&s, &u).unwrap();
    assert!(a.clipped > 0);
    assert!(
        a.method.contains("were clipped to its limits"),
        "{}",
        a.method
    );
    assert!(a.method.contains("2,000 samples") && a.method.contains("seed 1"));
    assert!(a.method.contains("Reactive share"));
}

#[test]
fn bad_ranges_are_refused_in_words() {
    let s = Scenario::default();
    let u = Uncertainty {
        samples: 0,
        ..with(vec![Range::new(
            Input::ManagerSpan,
            6.0,
            10.0,
            Shape::Uniform,
        )])
    };
    let e = analyse(&s, &u).unwrap_err();
    assert_eq!(e.len(), 2);
    assert!(e[0].message.contains("between 1 and"));
    assert!(e[1]
        .message
        .starts_with("Span of control: this field cannot take a range"));
}

#[test]
fn ranges_on_growth_are_said_to_move_only_the_months() {
    let s = Scenario::default();
    let u = with(vec![Range::new(
        Input::Tier(0, TierField::GrrPct),
        85.0,
        95.0,
        Shape::Uniform,
    )]);
    let a = analyse(&s, &u).unwrap();
    assert!(a.ranges[0].month_by_month_only);
    assert!(
        a.method
            .contains("High touch: gross retention moves only the month-by-month plan: it changes none of these figures, only the timeline's fan"),
        "{}",
        a.method
    );
    assert_eq!(a.people.p10, a.people.p90);
}

#[test]
fn without_a_budget_nothing_is_said_about_it() {
    let s = Scenario {
        budget: crate::model::Staff::default(),
        ..Scenario::default()
    };
    assert_eq!(crate::model::backward::customers_held(&s.sanitized()), None);
    let a = analyse(&s, &with(mixed(&s))).unwrap();
    assert_eq!((a.budget, a.held), (None, None));
    assert!(!a.headline.contains("budget"));
}

mod props {
    use super::*;
    use crate::model::inputs::inputs;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Any range on any input that may vary, any seed: ordered,
        /// finite percentiles, and never more clipped samples than drawn.
        #[test]
        fn any_range_gives_ordered_finite_answers(
            pick in 0usize..1000,
            below in 0.0f64..1.5,
            above in 0.0f64..1.5,
            shape in 0u8..3,
            seed in 0u64..1000,
        ) {
            let s = Scenario::default();
            let varying: Vec<Input> = inputs(&s).into_iter().filter(|i| may_vary(*i)).collect();
            let input = varying[pick % varying.len()];
            let b = input.bounds();
            let lowest = if b.positive { b.floor } else { b.min };
            let v = input.get(&s);
            let low = (v - below * v.abs().max(1.0)).max(lowest);
            let high = (v + above * v.abs().max(1.0)).min(b.max);
            let u = Uncertainty {
                samples: 200,
                seed,
                ranges: vec![Range::new(input, low, high, Shape::from_index(shape).unwrap())],
            };
            let a = analyse(&s, &u).unwrap();
            prop_assert!(all_ordered(&a), "{}", input.path());
            prop_assert!(a.people.p90.is_finite() && a.cost.p90.is_finite());
            prop_assert!(a.clipped <= 200);
            prop_assert!(!a.headline.is_empty() && !a.method.contains("NaN"));
        }
    }
}

#[test]
fn the_histogram_counts_every_sample_once_and_agrees_with_the_percentiles() {
    let s = Scenario::default();
    let a = analyse(&s, &with(mixed(&s))).unwrap();
    let total: usize = a.people_counts.iter().map(|c| c.samples).sum();
    assert_eq!(total, a.samples);
    let first = a.people_counts.first().unwrap().people;
    let last = a.people_counts.last().unwrap().people;
    assert!(f64::from(first) <= a.people.p10 && a.people.p90 <= f64::from(last));
    // Every number from the fewest to the most, one after the other.
    for (k, c) in a.people_counts.iter().enumerate() {
        assert_eq!(c.people, first + k as u32);
    }
    // A zero-width range: one bar, every sample at the point plan.
    let point: Vec<Range> = mixed(&s)
        .into_iter()
        .map(|r| {
            let v = r.path.get(&s);
            Range::new(r.path, v, v, r.shape)
        })
        .collect();
    let a = analyse(&s, &with(point)).unwrap();
    assert_eq!(a.people_counts.len(), 1);
    assert_eq!(f64::from(a.people_counts[0].people), a.people.p50);
}

#[test]
fn the_fan_of_a_zero_width_range_is_the_point_timeline() {
    let s = Scenario::default();
    let point: Vec<Range> = mixed(&s)
        .into_iter()
        .map(|r| {
            let v = r.path.get(&s);
            Range::new(r.path, v, v, r.shape)
        })
        .collect();
    let a = analyse(&s, &with(point)).unwrap();
    let t = crate::model::timeline::timeline(&s);
    assert_eq!(a.fan.len(), t.months.len());
    for (f, m) in a.fan.iter().zip(&t.months) {
        let want = f64::from(m.heads_needed.total());
        assert_eq!(
            (f.people.p10, f.people.p50, f.people.p90),
            (want, want, want),
            "month {}",
            f.month
        );
    }
}

#[test]
fn a_churn_range_opens_the_fan_over_time_and_nothing_else() {
    let s = Scenario::default();
    let u = with(vec![Range::new(
        Input::Tier(1, TierField::GrrPct),
        70.0,
        99.0,
        Shape::Uniform,
    )]);
    let a = analyse(&s, &u).unwrap();
    let first = &a.fan[0].people;
    let last = &a.fan.last().unwrap().people;
    assert_eq!(first.p10, first.p90, "today's customers are known");
    assert!(last.p10 < last.p90, "{last:?}");
    for f in &a.fan {
        assert!(ordered(&f.people), "month {}", f.month);
    }
    assert_eq!(a.people.p10, a.people.p90);
    assert!(
        a.method.contains("plans 100 of the samples month by month"),
        "{}",
        a.method
    );
}

#[test]
fn the_fan_picks_spread_over_the_samples() {
    use super::fan_picks;
    assert_eq!(fan_picks(3), [0, 1, 2]);
    let p = fan_picks(2000);
    assert_eq!(p.len(), super::FAN_SAMPLES);
    assert_eq!((p[0], p[1], *p.last().unwrap()), (0, 20, 1980));
}
