//! Hand-worked checks of the backward plan. Every figure in an assertion
//! is worked out by hand in the comment above it (1,104 proactive hours per
//! FTE a year: 40 h × 46 weeks × 60%).

use super::*;
use crate::model::plan::plan;
use crate::model::scenario::{Band, BaseMode};

#[test]
fn capacity_per_tier_by_hand() {
    // Default scenario, budget 4 CSMs: high touch takes 80 h per CSM-customer,
    // so alone it holds 4 × 1,104 ÷ 80 = 55.2 customers.
    let b = backward(&Scenario::default());
    let high = &b.tiers[0];
    assert!((high.alone.unwrap() - 55.2).abs() < 1e-9);
    assert_eq!(high.alone_limited_by, Some(Role::Csm));
    assert!(b.fits_now);
    // Tech touch is limited by pooled hours: (2 × 1,104 − 104) ÷ 0.24 = 8,766.7.
    let tech = &b.tiers[2];
    assert_eq!(tech.alone_limited_by, Some(Role::Pooled));
    assert!((tech.alone.unwrap() - (2.0 * 1104.0 - 104.0) / 0.24).abs() < 1e-6);
}

#[test]
fn direct_mode_moves_customers_down_until_it_fits() {
    // Budget 2 CSMs: high touch (dedicated, 80 h) must shrink to fit 2 CSMs:
    // 2 × 1,104 ÷ 80 = 27.6, so 27 whole customers; the rest moves to low
    // touch, which needs pooled and associate hours within their budget.
    let mut s = Scenario::default();
    s.budget.csm = 2.0;
    s.budget.pooled = 10.0;
    s.budget.associate = 10.0;
    let b = backward(&s);
    let c = &b.cutoffs[0];
    assert_eq!(c.status, CutoffStatus::Found, "{}", c.message);
    let kept = c.value.unwrap();
    assert_eq!(kept, 27.0);
    let mut fed = s.clone();
    fed.tiers[0].customers = kept;
    fed.tiers[1].customers = s.tiers[0].customers + s.tiers[1].customers - kept;
    assert!(plan(&fed).totals.heads.csm <= 2);
}

#[test]
fn bands_cutoff_and_none_fits() {
    let mut s = Scenario::default();
    s.base.mode = BaseMode::Bands;
    s.base.bands = vec![Band::new(0.0, 200_000.0, 400.0)];
    s.budget.csm = 1.0;
    s.budget.pooled = 50.0;
    s.budget.associate = 50.0;
    let b = backward(&s);
    let c = &b.cutoffs[0];
    assert_eq!(c.status, CutoffStatus::Found, "{}", c.message);
    let mut fed = s.clone();
    fed.tiers[0].min_arr = c.value.unwrap();
    assert!(plan(&fed).totals.heads.csm <= 1);
    // With no pooled budget the low touch tier can never fit.
    s.budget.pooled = 0.0;
    let b = backward(&s);
    assert_eq!(b.cutoffs[0].status, CutoffStatus::NoneFits);
    assert!(
        b.cutoffs[0]
            .message
            .contains("1 pooled CSM needed, 0 in the budget"),
        "{}",
        b.cutoffs[0].message
    );
}

/// Applies every cut-off of `b` to `s`, top tier first, as a reader would.
fn follow(s: &Scenario, b: &Backward) -> Scenario {
    let mut fed = s.clone();
    for c in &b.cutoffs {
        let (i, v) = (c.upper, c.value.unwrap());
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

#[test]
fn one_csm_gets_one_consistent_plan() {
    // Default scenario, 1 CSM: high touch keeps 1,104 ÷ 80 = 13.8 → 13
    // customers and 27 move to low touch. Low touch, now 227 customers,
    // fits the 2 pooled CSMs, so no one moves on to tech touch: the
    // second line must not judge high touch at today's 40 customers.
    let mut s = Scenario::default();
    s.budget.csm = 1.0;
    let b = backward(&s);
    let (first, second) = (&b.cutoffs[0], &b.cutoffs[1]);
    assert_eq!(first.status, CutoffStatus::Found, "{}", first.message);
    assert_eq!(first.value, Some(13.0));
    assert_eq!(
        first.message,
        "Keep at most 13 customers in High touch and move 27 to Low touch."
    );
    assert_eq!(second.status, CutoffStatus::AllFit, "{}", second.message);
    assert_eq!(
        second.message,
        "Keep all 227 customers in Low touch (200 today, 227 after the move above): no one needs to move to Tech touch."
    );
    // The move, or hire the 3 − 1 = 2 CSMs short (2 × $130,000), or cut
    // high touch to 1,104 ÷ 40 = 27.6 h per customer.
    assert_eq!(
        b.advice.as_deref(),
        Some("Make the move above: then the team fits. Or hire the 2 CSMs short ($260,000 a year) or cut the hours per customer as below.")
    );
    assert!(fits(&follow(&s, &b), &s.budget.people()));
}

#[test]
fn the_moves_cascade_when_both_boundaries_must_move() {
    // 1 CSM and 1 pooled CSM: 27 high-touch customers move to low touch,
    // and low touch must then shed customers to tech touch too.
    let mut s = Scenario::default();
    s.budget.csm = 1.0;
    s.budget.pooled = 1.0;
    let b = backward(&s);
    assert_eq!(b.cutoffs[0].value, Some(13.0), "{}", b.cutoffs[0].message);
    assert_eq!(
        b.cutoffs[1].status,
        CutoffStatus::Found,
        "{}",
        b.cutoffs[1].message
    );
    assert!(b.cutoffs[1].message.contains("after the move above"));
    assert!(fits(&follow(&s, &b), &s.budget.people()));
    assert_eq!(b.outcome, Outcome::MovesFit);
    assert!(b.advice.unwrap().contains("then the team fits."));
}

#[test]
fn the_verdict_says_grow_shrink_or_nothing_fits() {
    // Default budget: the 2 pooled CSMs run out first at (2 × 1,104 − 104)
    // ÷ (1,412 + 240) = 1.2736 times today's base (CSMs would allow
    // 4 × 1,104 ÷ (40 × 80) = 1.38). Today's plan needs 3 CSMs, 1
    // associate and 2 pooled CSMs: 4 − 3 = 1 CSM to spare, $130,000.
    let b = backward(&Scenario::default());
    assert_eq!(
        b.verdict.clone(),
        "Today's customers and touch models fit this team, with 1 CSM to spare ($130,000 a year: 1 × $130,000). With today's mix, the customer base could grow to 1.27× its size (limited by pooled CSMs)."
    );
    let mut s = Scenario::default();
    s.budget.csm = 1.0;
    let v = backward(&s).verdict.clone();
    assert!(
        v.ends_with("would have to shrink to 34.5% of its size (limited by CSMs)."),
        "{v}"
    );
    // No pooled CSM: low touch and tech touch both need pooled hours.
    s.budget.pooled = 0.0;
    let v = backward(&s).verdict.clone();
    assert!(
        v.ends_with("With today's mix, no customer fits: Low touch and Tech touch need pooled CSMs, and the budget has no pooled CSMs."),
        "{v}"
    );
    assert!(!v.contains("0×"), "{v}");
    // Fixed work beyond the budget: one tier whose only work is a
    // moderation program of 52 sessions × 80 h = 4,160 h a year, against 3
    // pooled CSMs (3 × 1,104 = 3,312 h).
    let mut f = Scenario::default();
    f.tiers.truncate(1);
    f.tiers[0].touches.clear();
    f.tiers[0].triggers.clear();
    f.tiers[0].programs = vec![crate::model::touch::Program::per_year(
        "Community moderation",
        52.0,
        80.0,
        Role::Pooled,
    )];
    f.budget = Staff {
        pooled: 3.0,
        ..Staff::default()
    };
    // 4,160 h ÷ 1,104 = 3.77 → 4 pooled CSMs: 1 short, 1 × $110,000.
    let b = backward(&f);
    assert_eq!(b.outcome, Outcome::NoLowerTier);
    assert_eq!(
        b.verdict,
        "Today's customers and touch models need more people than this team: 1 pooled CSM short, $110,000 a year (1 × $110,000). Even with almost no customers, the fixed work of the tiers (programs such as community moderation) takes 4,160 pooled CSM hours a year, more than the 3,312 hours of the budget's 3 pooled CSMs."
    );
}

#[test]
fn emptying_a_tier_says_move_all() {
    // The outcomes preset with 1 CSM: Global keeps its 8, Enterprise must empty.
    let mut s = crate::model::preset("outcomes").unwrap();
    s.budget.csm = 1.0;
    let b = backward(&s);
    assert_eq!(
        b.cutoffs[1].message,
        "Move all 90 customers of Enterprise to Scale."
    );
    assert!(fits(&follow(&s, &b), &s.budget.people()));
}

#[test]
fn no_budget_says_so() {
    let s = Scenario {
        budget: Staff::default(),
        ..Scenario::default()
    };
    let b = backward(&s);
    assert!(b.note.is_some());
    assert!(b.cutoffs.is_empty());
}

/// One dedicated tier of 60 customers at 75 CSM hours each, no first-year
/// customers, and a budget of `csms` CSMs and nobody else.
fn sixty_at_75(csms: f64) -> Scenario {
    let mut s = Scenario::default();
    s.tiers.truncate(1);
    let high = &mut s.tiers[0];
    high.customers = 60.0;
    high.first_year_pct = 0.0;
    high.triggers.clear();
    high.programs.clear();
    high.touches = vec![crate::model::touch::Touch::new(
        "Account work",
        1.0,
        75.0,
        Role::Csm,
    )];
    s.budget = Staff {
        csm: csms,
        ..Staff::default()
    };
    s
}

/// The checks every backward plan of `sixty_at_75` must pass: no line
/// says no one needs to move while the team is short.
fn short_and_says_so(b: &Backward) {
    assert!(!b.fits_now);
    assert_eq!(b.outcome, Outcome::NoLowerTier);
    assert!(b.cutoffs.is_empty());
    let advice = b.advice.as_deref().unwrap();
    assert!(!advice.contains("no customer needs to move"), "{advice}");
    assert!(b.verdict.contains("need more people"), "{}", b.verdict);
}

#[test]
fn one_tier_of_60_at_75_h_with_3_csms_by_hand() {
    // Need: 60 × 75 = 4,500 h ÷ 1,104 = 4.08 FTE → 5 CSMs; 5 − 3 = 2 short,
    // 2 × $130,000 = $260,000 a year.
    // Mix: 3 × 1,104 = 3,312 h ÷ 4,500 h = 0.736 → 73.6% of today's 60 =
    // 44.16 customers → keep at most 44 (44 × 75 = 3,300 h ≤ 3,312 h; 45 ×
    // 75 = 3,375 h would not fit).
    // Cut: 3,312 h ÷ 60 = 55.2 h per customer (60 × 55.2 = 3,312 h: 3 FTE).
    let s = sixty_at_75(3.0);
    let b = backward(&s);
    short_and_says_so(&b);
    assert_eq!(
        b.verdict,
        "Today's customers and touch models need more people than this team: 2 CSMs short, $260,000 a year (2 × $130,000). With today's mix, the customer base would have to shrink to 73.6% of its size (limited by CSMs)."
    );
    assert_eq!(
        b.advice.as_deref(),
        Some("With one tier, no customer can move to a lower tier. Keep at most 44 customers in High touch, hire the 2 CSMs short ($260,000 a year) or cut the hours per customer as below.")
    );
    assert_eq!(b.hour_cuts.len(), 1);
    assert_eq!(
        b.hour_cuts[0].message,
        "Cut High touch to 55.2 h per customer a year (today 75 h): then the team fits."
    );
    assert!((b.tiers[0].with_mix.unwrap() - 44.16).abs() < 1e-9);
    assert!((b.tiers[0].alone.unwrap() - 44.16).abs() < 1e-9);
    // Each remedy, made, fits: 44 customers; 5 CSMs; 55.2 h.
    let mut fewer = s.clone();
    fewer.tiers[0].customers = 44.0;
    assert!(fits(&fewer, &s.budget.people()));
    fewer.tiers[0].customers = 45.0;
    assert!(!fits(&fewer, &s.budget.people()));
    let mut hired = s.budget.people();
    hired.csm += 2.0;
    assert!(fits(&s, &hired));
    let mut cut = s.clone();
    cut.tiers[0].touches[0].hours = 55.2;
    assert!(fits(&cut, &s.budget.people()));
    cut.tiers[0].touches[0].hours = 55.3;
    assert!(!fits(&cut, &s.budget.people()));
}

#[test]
fn one_tier_of_60_at_75_h_with_1_and_4_csms_by_hand() {
    // 1 CSM: 5 − 1 = 4 short, 4 × $130,000 = $520,000. 1,104 ÷ 4,500 =
    // 0.2453 → 24.5%; × 60 = 14.72 → keep 14 (1,050 h ≤ 1,104 h).
    // Cut: 1,104 ÷ 60 = 18.4 h.
    let b = backward(&sixty_at_75(1.0));
    short_and_says_so(&b);
    assert_eq!(
        b.verdict,
        "Today's customers and touch models need more people than this team: 4 CSMs short, $520,000 a year (4 × $130,000). With today's mix, the customer base would have to shrink to 24.5% of its size (limited by CSMs)."
    );
    assert_eq!(
        b.advice.as_deref(),
        Some("With one tier, no customer can move to a lower tier. Keep at most 14 customers in High touch, hire the 4 CSMs short ($520,000 a year) or cut the hours per customer as below.")
    );
    assert_eq!(
        b.hour_cuts[0].message,
        "Cut High touch to 18.4 h per customer a year (today 75 h): then the team fits."
    );
    // 4 CSMs: 1 short, $130,000. 4 × 1,104 = 4,416 ÷ 4,500 = 0.98133 →
    // 98.1%; × 60 = 58.88 → keep 58 (4,350 h ≤ 4,416 h). Cut: 4,416 ÷ 60
    // = 73.6 h.
    let b = backward(&sixty_at_75(4.0));
    short_and_says_so(&b);
    assert_eq!(
        b.verdict,
        "Today's customers and touch models need more people than this team: 1 CSM short, $130,000 a year (1 × $130,000). With today's mix, the customer base would have to shrink to 98.1% of its size (limited by CSMs)."
    );
    assert_eq!(
        b.advice.as_deref(),
        Some("With one tier, no customer can move to a lower tier. Keep at most 58 customers in High touch, hire the 1 CSM short ($130,000 a year) or cut the hours per customer as below.")
    );
    assert_eq!(
        b.hour_cuts[0].message,
        "Cut High touch to 73.6 h per customer a year (today 75 h): then the team fits."
    );
    // 5 CSMs fit exactly (4.08 FTE → 5), nothing to spare.
    let b = backward(&sixty_at_75(5.0));
    assert!(b.fits_now);
    assert_eq!(b.outcome, Outcome::FitsNow);
    assert!(b
        .verdict
        .starts_with("Today's customers and touch models fit this team, with no one to spare."));
    assert_eq!(
        b.advice.as_deref(),
        Some("Today's tiers fit the team: no customer needs to move.")
    );
}

#[test]
fn default_plan_with_2_csms_no_associates_1_pooled_by_hand() {
    // Today's plan: high touch 40 × 80 h = 3,200 h → 2.9 → 3 CSMs; low touch
    // 200 × 2.05 h = 410 h → 0.37 → 1 associate; pooled 200 × 7.06 h +
    // 1,000 × 0.24 h + 104 h = 1,756 h → 1.59 → 2 pooled CSMs.
    // Short: 1 CSM + 1 associate + 1 pooled CSM = $130,000 + $80,000 +
    // $110,000 = $320,000 a year.
    // No associate in the budget, and low touch needs associate hours for
    // every customer: with today's mix no customer fits (not the fixed
    // work: moderation's 104 h is well within 1 pooled CSM's 1,104 h).
    let mut s = Scenario::default();
    s.budget.csm = 2.0;
    s.budget.associate = 0.0;
    s.budget.pooled = 1.0;
    let b = backward(&s);
    assert!(!b.fits_now);
    assert_eq!(b.outcome, Outcome::MovesFit);
    assert_eq!(b.mix_scale, Some(0.0));
    assert_eq!(b.mix_limited_by, Some(Role::Associate));
    assert_eq!(
        b.verdict,
        "Today's customers and touch models need more people than this team: 1 CSM, 1 associate and 1 pooled CSM short, $320,000 a year (1 × $130,000 + 1 × $80,000 + 1 × $110,000). With today's mix, no customer fits: Low touch needs associates, and the budget has no associates."
    );
    assert!(!b.verdict.contains("fixed work"), "{}", b.verdict);
    // Moves: high touch keeps 2 × 1,104 ÷ 80 = 27.6 → 27 (2,160 h ≤ 2,208
    // h) and 13 move to low touch; low touch's 213 all move to tech touch
    // (no associate hours there): 1,213 × 0.24 h + 104 h = 395.1 h ≤ 1,104 h.
    assert_eq!(
        b.cutoffs[0].message,
        "Keep at most 27 customers in High touch and move 13 to Low touch."
    );
    assert_eq!(
        b.cutoffs[1].message,
        "Move all 213 customers of Low touch (200 today, 213 after the move above) to Tech touch."
    );
    // No single tier's cut of hours fits: cutting high touch to 0 h leaves
    // the associate short, cutting low touch to 0 h leaves 3 CSMs for 2.
    assert!(b.hour_cuts.is_empty());
    assert_eq!(
        b.advice.as_deref(),
        Some("Make the moves above together, from the top tier down: then the team fits. Or hire the 1 CSM, 1 associate and 1 pooled CSM short ($320,000 a year).")
    );
    assert!(fits(&follow(&s, &b), &s.budget.people()));
}

#[test]
fn a_part_timer_in_the_budget_counts_as_the_people_it_can_hold() {
    // Default plan, 2.5 CSMs: today's 3 CSMs are 0.5 short (0.5 × $130,000
    // = $65,000). The half CSM cannot carry a whole person of high touch, so
    // the mix is judged on 2 whole CSMs: 2 × 1,104 = 2,208 h ÷ 3,200 h =
    // 0.69 → 69%.
    let mut s = Scenario::default();
    s.budget.csm = 2.5;
    let b = backward(&s);
    assert!(!b.fits_now);
    assert!(
        b.verdict.starts_with("Today's customers and touch models need more people than this team: 0.5 CSMs short, $65,000 a year (0.5 × $130,000)."),
        "{}",
        b.verdict
    );
    assert!(
        b.verdict
            .ends_with("would have to shrink to 69% of its size (limited by CSMs)."),
        "{}",
        b.verdict
    );
    // High touch alone: 2 × 1,104 ÷ 80 = 27.6 customers.
    assert!((b.tiers[0].alone.unwrap() - 27.6).abs() < 1e-9);
}

/// Review finding: with 5 CSMs and no managers in the budget, the verdict
/// said the team fits while the guardrail on the same page said the plan
/// needs a manager the budget does not allow. The verdict judges the people
/// who serve customers; the managers are now said beside it.
#[test]
fn managers_the_verdict_leaves_out_are_said_beside_it() {
    // 5 CSMs needed (4,500 h ÷ 1,104 = 4.08); the CS leader manages 4 of
    // them, so ⌈(5 − 4) ÷ 8⌉ = 1 manager at $170,000, and the budget has 0.
    let s = sixty_at_75(5.0);
    let b = backward(&s);
    assert!(b.fits_now);
    assert_eq!(
        b.managers.as_deref(),
        Some("Managers are counted apart from the verdict above: the plan needs 1 manager (1 per 8 people beyond the 4 the CS leader manages) and the budget has 0: 1 manager short, $170,000 a year (1 × $170,000).")
    );
    // With the manager in the budget: enough.
    let mut with_manager = s.clone();
    with_manager.budget.managers = 1.0;
    assert!(backward(&with_manager)
        .managers
        .unwrap()
        .ends_with("and the budget has 1: enough."));
    // 2 managers in the budget: 1 to spare.
    with_manager.budget.managers = 2.0;
    assert!(backward(&with_manager)
        .managers
        .unwrap()
        .ends_with("1 manager to spare, $170,000 a year (1 × $170,000)."));
    // A team the CS leader manages alone, and no managers budgeted: nothing to say.
    let small = sixty_at_75(5.0);
    let mut small = small;
    small.tiers[0].customers = 40.0; // 3,000 h → 3 CSMs, all the leader's
    assert_eq!(backward(&small).managers, None);
}

/// Review finding: "Keep all 1 customer" and "Keep all 0 customers".
#[test]
fn a_tier_of_one_or_no_customers_is_said_plainly() {
    let mut s = Scenario::default();
    s.budget.csm = 10.0;
    s.budget.associate = 10.0;
    s.budget.pooled = 10.0;
    s.tiers[0].customers = 1.0;
    s.tiers[1].customers = 0.0;
    let b = backward(&s);
    let lines: Vec<&str> = b.cutoffs.iter().map(|c| c.message.as_str()).collect();
    assert!(
        lines[0].starts_with("Keep the 1 customer in High touch"),
        "{lines:?}"
    );
    assert!(lines.iter().all(|l| !l.contains("Keep all 0")), "{lines:?}");
    assert!(
        lines.iter().all(|l| !l.contains("all 1 customer")),
        "{lines:?}"
    );
}

/// Review finding: with no budget the prompt to enter one sat above a
/// verdict saying the (empty) team was short. With no budget, the verdict
/// says what today's customers need instead.
#[test]
fn with_no_budget_the_verdict_says_what_the_customers_need() {
    // The default plan needs 3 CSMs, 1 associate and 2 pooled CSMs:
    // 3 × $130,000 + $80,000 + 2 × $110,000 = $690,000.
    let s = Scenario {
        budget: Staff::default(),
        ..Scenario::default()
    };
    let b = backward(&s);
    assert_eq!(b.outcome, Outcome::NoBudget);
    assert_eq!(
        b.verdict,
        "No headcount entered yet. Today's customers and touch models need 3 CSMs, 1 associate and 2 pooled CSMs, $690,000 a year (3 × $130,000 + 1 × $80,000 + 2 × $110,000)."
    );
    assert!(!b.verdict.contains("short"));
}
