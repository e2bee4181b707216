//! The backward plan is one plan (proptest): over generated scenarios and
//! team sizes, no two of its statements contradict each other, and every
//! remedy it suggests (the moves, hiring the people short, a cut of hours
//! per customer, keeping fewer customers), when made, fits the budget.

mod common;

use proptest::prelude::*;
use tierplan::model::backward::{fits, Backward, CutoffStatus, Outcome};
use tierplan::model::{backward, BaseMode, Cadence, Role, Scenario, Staff};

/// `s` with every cut-off of `b` made, top tier first, as a reader would.
fn with_moves(s: &Scenario, b: &Backward) -> Scenario {
    let mut fed = s.clone();
    for c in &b.cutoffs {
        let (i, v) = (c.upper, c.value.expect("a value when the moves fit"));
        if s.base.mode == BaseMode::Bands {
            fed.tiers[i].min_arr = v;
        } else {
            let moved = fed.tiers[i].customers - v;
            fed.tiers[i].customers = v;
            fed.tiers[i + 1].customers += moved;
        }
    }
    fed
}

/// `s` with tier `i`'s people hours per customer times `share`, as a
/// reader would cut them: every touch, trigger and per-customer program
/// done by people (fixed programs are not per customer).
fn with_hours_cut(s: &Scenario, i: usize, share: f64) -> Scenario {
    let mut cut = s.clone();
    let tier = &mut cut.tiers[i];
    for t in tier
        .touches
        .iter_mut()
        .filter(|t| t.role != Role::Automation)
    {
        t.hours *= share;
    }
    for t in tier
        .triggers
        .iter_mut()
        .filter(|t| t.role != Role::Automation)
    {
        t.hours *= share;
    }
    for p in tier
        .programs
        .iter_mut()
        .filter(|p| p.role != Role::Automation && p.cadence == Cadence::PerCustomer)
    {
        p.hours *= share;
    }
    cut
}

/// The number after `prefix` in `text` ("Keep at most 1,044 customers" →
/// 1044), if `text` has it.
fn number_after(text: &str, prefix: &str) -> Option<f64> {
    let rest = &text[text.find(prefix)? + prefix.len()..];
    let digits: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .filter(|c| *c != ',')
        .collect();
    digits.parse().ok()
}

/// A team of halves of people: whole people and part-timers.
fn team() -> impl Strategy<Value = Staff> {
    (0u32..16, 0u32..6, 0u32..8, 0u32..4).prop_map(|(csm, associate, pooled, partner)| Staff {
        csm: f64::from(csm) / 2.0,
        associate: f64::from(associate) / 2.0,
        pooled: f64::from(pooled) / 2.0,
        partner: f64::from(partner) / 2.0,
        managers: 1.0,
    })
}

proptest! {
    #![proptest_config(common::config(64))]

    #[test]
    fn the_backward_plan_never_contradicts_itself(mut s in common::scenario(), budget in team(), one_tier in any::<bool>()) {
        if one_tier {
            s.tiers.truncate(1);
        }
        s.budget = budget;
        let s = s.sanitized();
        let b = backward(&s);
        let people = s.budget.people();
        let advice = b.advice.clone().unwrap_or_default();
        let said = format!("{}\n{advice}", b.verdict);

        // The verdict, the gap, the mix and the outcome say the same thing.
        prop_assert_eq!(b.fits_now, fits(&s, &people));
        prop_assert_eq!(b.verdict.starts_with("Today's customers and touch models fit this team"), b.fits_now, "{}", said);
        prop_assert_eq!(b.verdict.contains("need more people"), !b.fits_now, "{}", said);
        prop_assert_eq!(b.gap.iter().any(|g| g.short() > 0.0), !b.fits_now, "{}", said);
        if let Some(k) = b.mix_scale {
            prop_assert_eq!(k < 1.0, !b.fits_now, "{} {}", k, said);
            prop_assert!(!b.verdict.contains(" 0×") && !b.verdict.contains(" 0% "), "{}", said);
        }
        prop_assert!(!said.contains("NaN") && !said.contains("inf"), "{}", said);

        // The closing advice and the cut-offs follow the outcome.
        let no_budget = people.total() <= 0.0;
        let expected = if no_budget {
            Outcome::NoBudget
        } else if b.fits_now {
            Outcome::FitsNow
        } else if s.tiers.len() < 2 {
            Outcome::NoLowerTier
        } else if b.cutoffs.iter().all(|c| c.status == CutoffStatus::NoneFits) {
            Outcome::NoMovesFit
        } else {
            Outcome::MovesFit
        };
        prop_assert_eq!(b.outcome, expected, "{}", said);
        prop_assert_eq!(advice.contains("no customer needs to move"), b.outcome == Outcome::FitsNow, "{}", said);
        prop_assert_eq!(advice.contains("then the team fits"), b.outcome == Outcome::MovesFit, "{}", said);
        prop_assert_eq!(advice.starts_with("No cut-offs fit"), b.outcome == Outcome::NoMovesFit, "{}", said);
        match b.outcome {
            Outcome::NoBudget => prop_assert!(b.advice.is_none() && b.cutoffs.is_empty()),
            Outcome::FitsNow => {
                prop_assert!(b.cutoffs.iter().all(|c| c.status == CutoffStatus::AllFit));
                prop_assert!(b.hour_cuts.is_empty());
            }
            Outcome::MovesFit => {
                prop_assert!(b.cutoffs.iter().any(|c| c.status == CutoffStatus::Found), "{}", said);
                prop_assert!(b.cutoffs.iter().all(|c| c.status != CutoffStatus::NoneFits));
                // Every move made, top tier first: the team fits.
                prop_assert!(fits(&with_moves(&s, &b).sanitized(), &people), "{}", said);
            }
            Outcome::NoMovesFit => {
                prop_assert!(b.cutoffs.iter().all(|c| c.status == CutoffStatus::NoneFits && c.value.is_none()));
            }
            Outcome::NoLowerTier => prop_assert!(b.cutoffs.is_empty()),
        }

        if !b.fits_now && !no_budget {
            // Hiring the people short, as the verdict counts them, fits.
            let mut hired = people;
            for g in &b.gap {
                hired.add(g.role, g.short());
            }
            prop_assert!(fits(&s, &hired), "{}\n{:?}\n{:?}\n{:?}", said, hired, b.gap, tierplan::model::plan(&s).totals.heads);
            prop_assert!(tierplan::caseless::lower(&advice).contains("hire the"), "{}", said);
            // Each cut of hours per customer, made as printed, fits.
            prop_assert_eq!(advice.contains("cut the hours per customer"), !b.hour_cuts.is_empty());
            for cut in &b.hour_cuts {
                prop_assert!(cut.to > 0.0 && cut.to < cut.today, "{}", cut.message);
                let fed = with_hours_cut(&s, cut.tier, cut.to / cut.today).sanitized();
                prop_assert!(fits(&fed, &people), "{}", cut.message);
            }
        }
        if s.base.mode != BaseMode::Bands {
            // Today's mix at its limit fits, tier by tier as the table says.
            if let Some(k) = b.mix_scale {
                let mut mix = s.clone();
                for (t, cap) in mix.tiers.iter_mut().zip(&b.tiers) {
                    t.customers = cap.with_mix.unwrap_or(t.customers * k);
                }
                prop_assert!(fits(&mix, &people), "{}", said);
            }
            // One tier: keeping at most the customers advised fits.
            if let Some(n) = number_after(&advice, "Keep at most ") {
                let mut fewer = s.clone();
                fewer.tiers[0].customers = n;
                prop_assert!(fits(&fewer, &people), "{}", said);
            }
        }
    }
}
