//! Properties of the engine over arbitrary scenarios (proptest).
//!
//! Case counts are kept modest so the whole native run stays fast on 2 cores.

mod common;

use proptest::prelude::*;
use tierplan::model::backward::{fits, CutoffStatus};
use tierplan::model::{backward, plan, report, BaseMode, Role, Scenario};

/// Total FTE (managers included) and whole people of a scenario.
fn need(s: &Scenario) -> (f64, u32) {
    let p = plan(s);
    (p.totals.fte_total, p.totals.headcount)
}

/// No NaN and no infinity anywhere in a value's Debug text (`NaN`, `inf`
/// as whole words; names in the strategies cannot spell them alone).
fn assert_finite(debug: &str) {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    for bad in ["NaN", "inf"] {
        for (i, _) in debug.match_indices(bad) {
            let before = debug[..i].chars().next_back();
            let after = debug[i + bad.len()..].chars().next();
            if !word(before) && !word(after) {
                let from = debug[..i]
                    .char_indices()
                    .rev()
                    .nth(300)
                    .map_or(0, |(k, _)| k);
                panic!("non-finite number: …{}", &debug[from..i + bad.len()]);
            }
        }
    }
}

proptest! {
    #![proptest_config(common::config(48))]

    #[test]
    fn more_customers_never_need_fewer_fte(mut s in common::scenario(), tier in 0usize..6, extra in 1u32..500) {
        s.base.mode = BaseMode::Direct;
        let i = tier % s.tiers.len();
        let before = need(&s);
        s.tiers[i].customers += extra as f64;
        let after = need(&s);
        prop_assert!(after.0 >= before.0 - 1e-9, "{before:?} → {after:?}");
        prop_assert!(after.1 >= before.1);
    }

    #[test]
    fn more_customers_in_a_band_never_need_fewer_fte(mut s in common::scenario(), band in 0usize..5, extra in 1u32..500) {
        s.base.mode = BaseMode::Bands;
        s.base.total = 0.0;
        let b = band % s.base.bands.len();
        let before = need(&s);
        s.base.bands[b].count += extra as f64;
        let after = need(&s);
        prop_assert!(after.0 >= before.0 - 1e-9 && after.1 >= before.1);
    }

    #[test]
    fn more_hours_per_touch_never_need_fewer_fte(mut s in common::scenario(), tier in 0usize..6, touch in 0usize..5, extra in 1u32..2000) {
        let i = tier % s.tiers.len();
        let j = touch % s.tiers[i].touches.len();
        let before = need(&s);
        s.tiers[i].touches[j].hours += extra as f64 / 100.0;
        let after = need(&s);
        prop_assert!(after.0 >= before.0 - 1e-9 && after.1 >= before.1);
    }

    #[test]
    fn a_larger_proactive_share_never_needs_more(mut s in common::scenario(), less in 1u32..30) {
        let before = need(&s);
        s.team.overhead_pct = (s.team.overhead_pct - less as f64).max(0.0);
        let after = need(&s);
        prop_assert!(after.0 <= before.0 + 1e-9 && after.1 <= before.1);
    }

    #[test]
    fn the_backward_moves_fed_forward_fit(s in common::scenario()) {
        // The cut-offs are one plan: when the advice says "then the team
        // fits", making every move, top tier first, fits the budget.
        let b = backward(&s);
        let budget = s.budget.people();
        let Some(advice) = &b.advice else {
            prop_assert!(b.cutoffs.is_empty());
            return Ok(());
        };
        let none = b.cutoffs.iter().any(|c| c.status == CutoffStatus::NoneFits);
        prop_assert_eq!(none, advice.starts_with("No cut-offs fit"), "{}", advice);
        if none {
            for c in &b.cutoffs {
                prop_assert_eq!(c.status, CutoffStatus::NoneFits, "{}", c.message);
                prop_assert!(c.value.is_none());
            }
            return Ok(());
        }
        let mut fed = s.clone();
        for c in &b.cutoffs {
            let (i, value) = (c.upper, c.value.unwrap());
            match s.base.mode {
                BaseMode::Bands => fed.tiers[i].min_arr = value,
                BaseMode::Direct | BaseMode::Accounts => {
                    let moved = fed.tiers[i].customers - value;
                    prop_assert!(moved >= -1e-9, "{}", c.message);
                    fed.tiers[i].customers = value;
                    fed.tiers[i + 1].customers += moved;
                }
            }
        }
        if advice.contains("then the team fits.") || b.fits_now {
            prop_assert!(fits(&fed.sanitized(), &budget), "{}", advice);
            let heads = plan(&fed).totals.heads;
            for r in Role::PEOPLE {
                prop_assert!(heads.get(r) as f64 <= budget.get(r) + 1e-9);
            }
        }
        if b.fits_now {
            prop_assert!(b.cutoffs.iter().all(|c| c.status == CutoffStatus::AllFit));
        }
    }

    #[test]
    fn tiers_managers_platform_and_rounding_add_up_to_the_totals(s in common::scenario()) {
        let p = plan(&s);
        let t = &p.totals;
        let r = &t.reconciliation;
        let tier_fte: f64 = p.tiers.iter().map(|tier| tier.fte.total()).sum();
        let tier_cost: f64 = p.tiers.iter().map(|tier| tier.cost).sum();
        let people = f64::from(t.headcount);
        let fte = tier_fte + r.managers_fte + r.rounding_fte;
        let cost = tier_cost + r.managers_cost + r.automation_cost + r.rounding_cost;
        prop_assert!((fte - people).abs() <= 1e-6 * (1.0 + people), "{fte} vs {people}");
        prop_assert!((cost - t.cost).abs() <= 1e-6 * (1.0 + t.cost), "{cost} vs {}", t.cost);
        prop_assert!(r.rounding_fte >= -1e-6 && r.rounding_cost >= -1e-6 * (1.0 + t.cost));
    }

    #[test]
    fn serde_round_trips_every_scenario(s in common::scenario()) {
        let text = serde_json::to_string(&s).unwrap();
        let back: Scenario = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(&back, &s);
        prop_assert_eq!(Scenario::from_json(&s.to_json()).unwrap(), s);
    }

    #[test]
    fn renewal_months_move_hours_between_months_but_keep_the_year(mut s in common::scenario(), months in proptest::collection::vec(0u32..500, 12)) {
        // A steady base (no growth, churn or moves), so every month has the
        // same customers; renewal touches for every customer (the share in
        // the first year still changes month by month).
        for t in &mut s.tiers {
            for touch in t.touches.iter_mut().filter(|x| x.at_renewal) {
                touch.first_year_only = false;
            }
            t.grr_pct = 100.0;
            t.nrr_pct = 100.0;
            t.new_per_month = 0.0;
            t.moves.clear();
            t.renewal_months.clear();
        }
        s.growth.horizon_months = 12;
        let even = tierplan::model::timeline(&s);
        for t in &mut s.tiers {
            t.renewal_months = months.iter().map(|m| f64::from(*m)).collect();
        }
        let peaks = tierplan::model::timeline(&s);
        let year = |t: &tierplan::model::Timeline, role: &dyn Fn(&tierplan::model::Staff) -> f64| {
            t.months[..12].iter().map(|m| role(&m.needed)).sum::<f64>()
        };
        for role in Role::PEOPLE {
            let of = |x: &tierplan::model::Staff| match role {
                Role::Csm => x.csm,
                Role::Associate => x.associate,
                Role::Pooled => x.pooled,
                _ => x.partner,
            };
            let (a, b) = (year(&even, &of), year(&peaks, &of));
            prop_assert!((a - b).abs() <= 1e-9 * (1.0 + a), "{a} {b}");
        }
        prop_assert_eq!(plan(&s), {
            let mut flat = s.clone();
            flat.tiers.iter_mut().for_each(|t| t.renewal_months.clear());
            plan(&flat)
        });
    }

    #[test]
    fn sound_scenarios_validate_clean_and_sanitize_to_themselves(s in common::scenario()) {
        let errors: Vec<_> = s
            .validate()
            .into_iter()
            .filter(|e| !e.field.ends_with(".role") && !e.field.ends_with(".touches") && !e.field.ends_with(".moves"))
            .collect();
        prop_assert!(errors.is_empty(), "{errors:?}");
        prop_assert_eq!(plan(&s.sanitized()), plan(&s));
    }
}

proptest! {
    #![proptest_config(common::config(24))]

    #[test]
    fn the_tornado_matches_a_full_recompute(s in common::scenario()) {
        use tierplan::model::check::cap_shares;
        use tierplan::model::inputs::inputs;
        use tierplan::model::plan::core;
        let t = tierplan::model::sensitivity(&s);
        let clean = s.sanitized();
        for swing in t.swings.iter().take(40) {
            let input = inputs(&clean).into_iter().find(|i| i.path() == swing.field).unwrap();
            for (factor, expected) in [(0.8, swing.fte.0), (1.2, swing.fte.1)] {
                let mut moved = clean.clone();
                input.set(&mut moved, input.clamp(swing.value * factor));
                cap_shares(&mut moved.team);
                let c = core(&moved);
                prop_assert!((c.fte_total() - expected).abs() <= 1e-9 * (1.0 + expected), "{}", swing.field);
            }
        }
        prop_assert!(t.swings.windows(2).all(|w| w[0].effect >= w[1].effect));
    }

    #[test]
    fn engine_output_is_finite_for_hostile_input(s in common::hostile_scenario()) {
        let r = report(&s);
        assert_finite(&format!("{r:?}"));
        // Every error names a field; nothing panicked on the way.
        prop_assert!(r.errors.iter().all(|e| !e.field.is_empty()));
        prop_assert!(r.timeline.months.len() <= 61);
    }
}
