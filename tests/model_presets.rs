//! A worked example per preset: the expected numbers are computed by hand in
//! the comments (1,104 proactive hours per FTE: 40 h × 46 weeks × 60%).

use tierplan::model::backward::CutoffStatus;
use tierplan::model::{backward, plan, preset, presets, report, timeline, Role};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6 * (1.0 + b.abs())
}

const P: f64 = 1104.0;

#[test]
fn presets_are_listed_valid_and_sourced() {
    let list = presets();
    let ids: Vec<&str> = list.iter().map(|p| p.id).collect();
    assert_eq!(
        ids,
        [
            "default",
            "high_value",
            "mid_market",
            "consumer",
            "outcomes"
        ]
    );
    for p in &list {
        assert_eq!(p.scenario.validate(), vec![], "{}", p.id);
        assert!(!p.source.is_empty() && !p.description.is_empty() && !p.name.is_empty());
        assert!(
            close(p.scenario.team.proactive_hours_per_year(), P),
            "{}",
            p.id
        );
        let r = report(&p.scenario);
        assert!(r.errors.is_empty());
        assert!(!r.explanations.is_empty());
    }
    assert_eq!(
        preset("default").unwrap(),
        tierplan::model::Scenario::default()
    );
    assert!(preset("nope").is_none());
}

#[test]
fn default_three_tiers_by_hand() {
    let p = plan(&preset("default").unwrap());
    let [high, low, tech] = &p.tiers[..] else {
        panic!()
    };
    // High touch: 70 h + 25% × 20 h onboarding + 2 × 1.5 h + 1 × 2 h triggers = 80 h.
    assert!(close(high.hours_per_customer.csm, 80.0));
    // 40 × 80 = 3,200 h ÷ 1,104 = 2.899 FTE → 3 CSMs; 13.8 customers per CSM.
    assert!(close(high.fte.csm, 3200.0 / P));
    assert_eq!(high.heads.csm, 3);
    assert!(close(high.customers_per_fte[0].value, P / 80.0));
    // Low touch pooled: 4 × 0.75 + 3 + 1 = 7 h + go-live webinar 30% × 1 × 2 h ÷ 10 = 0.06 h.
    assert!(close(low.hours_per_customer.pooled, 7.06));
    // Associate: 30% × 6 h onboarding + 0.5 × 0.5 h invoices = 2.05 h; × 200 = 410 h.
    assert!(close(low.hours.associate, 410.0));
    // Automation takes 12 × 0.25 + 1 = 4 h per customer off people.
    assert!(close(low.automated_hours_per_customer, 4.0));
    // Tech touch: 1,000 × 4 ÷ 50 × 3 h = 240 h + 52 × 2 h community = 344 h.
    assert!(close(tech.hours.pooled, 344.0));
    // Totals: CSMs 3; pooled (1,412 + 344) ÷ 1,104 = 1.59 → 2; associate 0.37 → 1;
    // managers 6 ÷ 8 → 1: 7 people.
    let h = p.totals.heads;
    assert_eq!(
        (h.csm, h.pooled, h.associate, h.partner, h.managers),
        (3, 2, 1, 0, 1)
    );
    assert_eq!(p.totals.headcount, 7);
    // ARR 6M + 5M + 3M = 14M; per CSM 14M ÷ 5 = 2.8M: meets $2M, not $3M.
    assert!(close(p.totals.arr, 14e6));
    assert!(close(p.totals.arr_per_csm.unwrap(), 2.8e6));
    let met: Vec<bool> = p.totals.rules_of_thumb.iter().map(|r| r.met).collect();
    assert_eq!(met, [true, false, false]);
    // Cost 3 × 130k + 2 × 110k + 80k + 170k + 24k automation = 884k = 6.31% of ARR.
    assert!(close(p.totals.cost, 884_000.0));
    assert!(close(
        p.totals.cost_pct_of_arr.unwrap(),
        884_000.0 / 14e6 * 100.0
    ));
}

#[test]
fn mehta_hundreds_at_1m_by_hand() {
    let s = preset("high_value").unwrap();
    let p = plan(&s);
    let t = &p.tiers[0];
    // 148 h recurring + 10% × 44 h first year + 15 h triggers = 167.4 h per customer.
    assert!(close(t.hours_per_customer.csm, 167.4));
    // 300 × 167.4 = 50,220 h ÷ 1,104 = 45.49 → 46 CSMs; associate 300 h → 1; managers 47 ÷ 8 → 6.
    assert!(close(t.fte.csm, 50_220.0 / P));
    let h = p.totals.heads;
    assert_eq!((h.csm, h.associate, h.managers), (46, 1, 6));
    assert_eq!(p.totals.headcount, 53);
    // ARR 300M; 300M ÷ 46 = 6.52M per CSM: meets all three rules of thumb.
    assert!(close(p.totals.arr_per_csm.unwrap(), 300e6 / 46.0));
    assert!(p.totals.rules_of_thumb.iter().all(|r| r.met));
    // Paid plan: 300 × 20% × 50k = 3M. Cost 46 × 130k + 80k + 6 × 170k = 7.08M.
    assert!(close(p.totals.plan_revenue, 3e6));
    assert!(close(p.totals.cost, 7_080_000.0));
    assert!(close(p.totals.net_cost, 4_080_000.0));
}

#[test]
fn mehta_thousands_at_15k_by_hand() {
    let s = preset("mid_market").unwrap();
    let p = plan(&s);
    // Bands split by cut-offs 50k and 10k: 140 / 1,360 / 1,500 customers.
    let c: Vec<f64> = p.tiers.iter().map(|t| t.customers).collect();
    assert!(
        close(c[0], 140.0) && close(c[1], 1360.0) && close(c[2], 1500.0),
        "{c:?}"
    );
    // ARR 60 × 90k + 80 × 55k = 9.8M; 600 × 12.5k + 600 × 22.5k + 160 × 40k = 27.4M;
    // 900 × 2.5k + 600 × 7.5k = 6.75M; total 43.95M (≈ $14.65k average).
    assert!(close(p.tiers[0].arr, 9.8e6));
    assert!(close(p.tiers[1].arr, 27.4e6));
    assert!(close(p.tiers[2].arr, 6.75e6));
    assert!(close(p.totals.arr, 43.95e6));
    // High: 12 + 8 + 4 + 4 = 28 h + 20% × 20 h + 1.5 h = 33.5 h; × 140 = 4,690 h → 4.25 → 5 CSMs.
    assert!(close(p.tiers[0].hours.csm, 4690.0));
    // Pooled: 1,360 × (0.8 + 2 + 0.5) + 24 = 4,512 h; tech 360 + 104 = 464 h → 4,976 h → 5.
    assert!(close(p.totals.hours.pooled, 4976.0));
    let h = p.totals.heads;
    // Managers: 11 in-house people − 4 the CS leader manages = 7 ÷ 8 → 1.
    assert_eq!((h.csm, h.pooled, h.associate, h.managers), (5, 5, 1, 1));
    // ARR per CSM 43.95M ÷ 10 = 4.395M.
    assert!(close(p.totals.arr_per_csm.unwrap(), 4.395e6));
    // Backward: budget 5 CSMs, 4 pooled, 1 associate: pooled is short (5 needed).
    let b = backward(&s);
    assert!(!b.fits_now);
    // Raising the high/low cut-off moves customers into low touch, which needs
    // pooled hours, so the first boundary cannot help: the low/tech one can.
    let low_tech = &b.cutoffs[1];
    assert_eq!(low_tech.field, "tiers.1.min_arr");
    assert_eq!(low_tech.status, CutoffStatus::Found, "{}", low_tech.message);
    let mut fed = s.clone();
    fed.tiers[1].min_arr = low_tech.value.unwrap();
    let heads = plan(&fed).totals.heads;
    assert!(heads.pooled <= 4 && heads.csm <= 5 && heads.associate <= 1);
}

#[test]
fn mehta_millions_at_10_a_month_by_hand() {
    let s = preset("consumer").unwrap();
    let p = plan(&s);
    // Only community moderation takes people: 250 × 8 h = 2,000 h ÷ 1,104 = 1.81 → 2 pooled.
    assert!(close(p.totals.hours.pooled, 2000.0));
    assert!(close(p.totals.hours.total(), 2000.0));
    let h = p.totals.heads;
    // The CS leader manages the 2 pooled CSMs: no manager.
    assert_eq!((h.csm, h.pooled, h.managers), (0, 2, 0));
    // 2,000,000 × 120 = 240M ARR; cost 2 × 110k + 500k = 720k = 0.3%.
    assert!(close(p.totals.arr, 240e6));
    assert!(close(p.totals.cost, 720_000.0));
    // ARR per CSM counts pooled CSMs: 240M ÷ 2 = 120M.
    assert!(close(p.totals.arr_per_csm.unwrap(), 120e6));
    // Automation: 25% × 1 h + 52 × 0.1 h + 0.5 × 0.25 h = 5.575 h per customer.
    assert!(close(p.tiers[0].automated_hours_per_customer, 5.575));
}

#[test]
fn scaling_model_global_enterprise_scale_by_hand() {
    let s = preset("outcomes").unwrap();
    let p = plan(&s);
    // Global: (4 + 4 + 4 × 60% + 4) × 25% = 3.6 h + 54 h = 57.6 h; × 8 = 460.8 h.
    assert!(close(p.tiers[0].hours_per_customer.csm, 57.6));
    assert!(close(p.tiers[0].hours.csm, 460.8));
    // Enterprise: 6 h × 25% + 4 + 4 + 2 = 11.5 h; × 90 = 1,035 h.
    assert!(close(p.tiers[1].hours.csm, 1035.0));
    // Scale: 36 + 4 × 2 ÷ 40 × 600 = 120 + 78 = 234 h.
    assert!(close(p.tiers[2].hours.pooled, 234.0));
    // Dedicated tiers round up one by one: 0.42 → 1 and 0.94 → 1; pooled
    // 0.21 → 1; the CS leader manages these 3 people: no manager.
    let h = p.totals.heads;
    assert_eq!((h.csm, h.pooled, h.managers), (2, 1, 0));
    assert_eq!(p.totals.headcount, 3);
    // Global's part-time need is flagged: 1 − 0.417 = 0.58 FTE idle.
    assert!(p
        .guardrails
        .iter()
        .any(|g| g.field.as_deref() == Some("tiers.0.coverage")));
    // Backward with 6 CSMs: Global alone could hold 6 × 1,104 ÷ 57.6 = 115 customers.
    let b = backward(&s);
    assert!(b.fits_now);
    assert!(close(b.tiers[0].alone.unwrap(), 6.0 * P / 57.6));
    assert_eq!(b.tiers[0].alone_limited_by, Some(Role::Csm));
    // The timeline starts from today's 2 CSMs and 0 pooled: a pooled requisition opens now.
    let t = timeline(&s);
    assert!(t
        .requisitions
        .iter()
        .any(|r| r.open_month == 0 && r.position == tierplan::model::timeline::Position::Pooled));
}

/// The per-tier table adds up: tiers + managers + automation platform +
/// rounding up to whole people = the headline people and cost, in every preset.
#[test]
fn every_preset_reconciles_tiers_to_the_totals() {
    for p in presets() {
        let plan = plan(&p.scenario);
        let t = &plan.totals;
        let r = &t.reconciliation;
        let tier_fte: f64 = plan.tiers.iter().map(|tier| tier.fte.total()).sum();
        let tier_cost: f64 = plan.tiers.iter().map(|tier| tier.cost).sum();
        assert!(close(r.tiers_fte, tier_fte), "{}", p.id);
        assert!(close(r.tiers_cost, tier_cost), "{}", p.id);
        assert!(close(r.managers_fte, t.managers_fte), "{}", p.id);
        assert!(
            close(r.automation_cost, p.scenario.roles.automation),
            "{}",
            p.id
        );
        assert!(r.rounding_fte >= 0.0 && r.rounding_cost >= 0.0, "{}", p.id);
        assert!(
            close(
                tier_fte + r.managers_fte + r.rounding_fte,
                f64::from(t.headcount)
            ),
            "{}: FTE",
            p.id
        );
        assert!(
            close(
                tier_cost + r.managers_cost + r.automation_cost + r.rounding_cost,
                t.cost
            ),
            "{}: cost",
            p.id
        );
    }
    // The default plan by hand: 4.86 FTE in tiers + 0.61 managers + 1.53
    // rounding = 7 people; $581.5K + $103.7K + $24K + $174.8K = $884K.
    let t = plan(&preset("default").unwrap()).totals;
    let r = &t.reconciliation;
    assert_eq!(t.headcount, 7);
    assert!((r.tiers_cost - 581_500.0).abs() < 500.0, "{}", r.tiers_cost);
    assert!((r.managers_fte - 0.61).abs() < 0.005, "{}", r.managers_fte);
    assert!(close(t.cost, 884_000.0));
}
