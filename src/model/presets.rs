//! Ready-made scenarios: the three archetypes of Mehta et al. 2016, the
//! Global / Enterprise / Scale example of Scaling model 2019, and the
//! default three-tier scenario.
//!
//! Numbers that come from a published source say so here and in the
//! preset's `source` text; every other number is an illustrative assumption
//! to be replaced with your own. The sources are listed, with their titles,
//! in docs/domain.md ("Sources"):
//! - Schukar 2017: rule of thumb 1 CSM : $2M ARR, pushed to $3M–$5M.
//! - Scaling model 2019: time split 15% reactive / 10% collateral / 15%
//!   overhead → 60% proactive; Global / Enterprise / Scale delivery of
//!   outcomes; "6 CSMs by the end of the year".
//! - Mehta et al. 2016, chapter 3: Workday / Clarizen / Netflix archetypes,
//!   high / low / tech touch sets, support-request triggers at 10 (high) and
//!   20 (low) in 30 days, 100% gross retention goal for high touch.
//! - Forrester CX Council: success management as a paid service.
//! - Net revenue retention rising with contract value (about 100% under $12k
//!   ACV to 110% over $250k ACV): SaaS Capital's B2B SaaS retention
//!   benchmarks (docs/domain.md, "Top-down checks").

use super::calendar::Calendar;
use super::capacity::TeamTime;
use super::coverage_risk::CoverageRisk;
use super::hiring::Hiring;
use super::range_inputs::Ranges;
use super::role::{Managers, Role, RoleCosts, Staff};
use super::scenario::{Band, BaseMode, CustomerBase, Economics, Growth, Scenario};
use super::tier::{Coverage, Move, Tier};
use super::tiering::Tiering;
use super::touch::{Program, Touch, Trigger};

/// A ready-made scenario for the preset picker.
#[derive(Clone, Debug, PartialEq)]
pub struct Preset {
    /// Stable id, usable in a link (`default`, `high_value`, ...).
    pub id: &'static str,
    /// Short name for the picker.
    pub name: &'static str,
    /// One or two sentences on what it shows.
    pub description: &'static str,
    /// Where its numbers come from, for the page.
    pub source: &'static str,
    /// The scenario.
    pub scenario: Scenario,
}

/// Source text shared by presets that use Scaling model 2019's time split.
const TIME_SPLIT_SOURCE: &str = "Time split 15% reactive / 10% collateral / 15% overhead, leaving 60% proactive: \"A Model For Scaling Customer Success\" (2019).";

/// Every preset, default first.
pub fn presets() -> Vec<Preset> {
    vec![
        Preset {
            id: "default",
            name: "Three tiers: high, low and tech touch",
            description: "40 high-touch, 200 low-touch and 1,000 tech-touch customers with the touch sets of the Customer Success book; a starting point to edit.",
            source: "Touch sets and triggers: Customer Success (Mehta, Steinman, Murphy), ch. 3. Time split: \"A Model For Scaling Customer Success\" (2019). ARR per CSM 1:$2M rule of thumb: Tim's Saasiness. Net retention by contract size: SaaS Capital retention benchmarks. Costs, customer counts and ARR are illustrative assumptions.",
            scenario: default_scenario(),
        },
        Preset {
            id: "high_value",
            name: "Hundreds of customers at $1M a year",
            description: "The Workday archetype: 300 customers at $1M ARR, all high touch, with a paid premium success plan.",
            source: "Archetype and touch set: Customer Success (Mehta, Steinman, Murphy), ch. 3 (\"hundreds of customers at $1 million/year\"; 100% gross retention goal). Paid plan: Forrester CX Council (CSM as a product). Touch hours, plan price and costs are illustrative assumptions.",
            scenario: high_value(),
        },
        Preset {
            id: "mid_market",
            name: "Thousands of customers at $15K a year",
            description: "The Clarizen archetype: 3,000 customers spread over ARR bands, split into high, low and tech touch by ARR cut-offs.",
            source: "Archetype: Customer Success (Mehta, Steinman, Murphy), ch. 3 (\"thousands of customers at $15,000/year\"); triggers at 10 and 20 support requests in 30 days from the same chapter. The band distribution, cut-offs and costs are illustrative assumptions.",
            scenario: mid_market(),
        },
        Preset {
            id: "consumer",
            name: "Millions of customers at $10 a month",
            description: "The Netflix archetype: 2 million subscribers, everything automated except a small community team.",
            source: "Archetype: Customer Success (Mehta, Steinman, Murphy), ch. 3 (\"millions of customers at $10/month\", \"nothing ... that isn't 100 percent automated\"). Retention, automation cost and community effort are illustrative assumptions.",
            scenario: consumer(),
        },
        Preset {
            id: "outcomes",
            name: "Global, Enterprise and Scale",
            description: "Outcome-based delivery: a workshop per outcome for Global, one multi-outcome session for Enterprise, monthly webinars for Scale; budget of 6 CSMs.",
            source: "Segments, delivery per outcome, the 15/10/15 time split and \"6 CSMs by the end of the year\": \"A Model For Scaling Customer Success\" (2019). Session hours beyond its \"couple of hours\", customer counts, ARR and costs are illustrative assumptions.",
            scenario: outcomes(),
        },
    ]
}

/// The scenario of the preset `id`, if there is one.
pub fn preset(id: &str) -> Option<Scenario> {
    presets()
        .into_iter()
        .find(|p| p.id == id)
        .map(|p| p.scenario)
}

/// The high-touch scheduled set (Mehta et al. 2016's list): 90 h in year one, 70 h after.
pub(crate) fn high_touch_set() -> Vec<Touch> {
    vec![
        Touch::new("Onboarding", 1.0, 20.0, Role::Csm).first_year(),
        Touch::new("Monthly status meeting", 12.0, 1.5, Role::Csm),
        Touch::new("Executive business review", 4.0, 6.0, Role::Csm),
        Touch::new("On-site visit", 1.0, 16.0, Role::Csm),
        Touch::new("Health check", 4.0, 1.0, Role::Csm),
        Touch::new("Renewal", 1.0, 8.0, Role::Csm).on_renewal(),
    ]
}

fn webinars() -> Program {
    // Hand check (docs/domain.md): 4 webinars a year per customer, cohorts of 50, 3 h each.
    Program::per_customer("Adoption webinar", 4.0, 50.0, 3.0, Role::Pooled)
}

/// The scenario of the bare page address is the default preset: one
/// place for the default plan, read by the link codec's frozen defaults.
impl Default for Scenario {
    fn default() -> Self {
        default_scenario()
    }
}

/// The default scenario: three tiers, high / low / tech touch (Mehta et al. 2016
/// Figure 3.1), Scaling model 2019's time split, typed customer counts.
///
/// By hand (1,104 proactive h per FTE):
/// - High touch, dedicated: 70 h + 25% × 20 h onboarding + triggers 2 × 1.5 h + 1 × 2 h
///   = 80 h per customer; 40 customers → 3,200 h → 2.90 FTE → 3 CSMs.
/// - Low touch, pooled: pooled 4 × 0.75 + 1 × 3 + 1 × 1 = 7 h + go-live webinar
///   30% × 2 h ÷ 10 = 0.06 h; associate 30% × 6 h onboarding + 0.5 × 0.5 h = 2.05 h;
///   200 customers → pooled 1,412 h, associate 410 h.
/// - Tech touch, digital: webinars 0.24 h × 1,000 = 240 h + community 52 × 2 h = 104 h.
/// - Pooled CSMs: (1,412 + 344) ÷ 1,104 = 1.59 → 2; associates 0.37 → 1;
///   managers (3 + 1 + 2) ÷ 8 = 0.75 → 1; headcount 7.
/// - ARR 40 × 150k + 200 × 25k + 1,000 × 3k = 14M; ARR per CSM 14M ÷ 5 = 2.8M.
pub fn default_scenario() -> Scenario {
    let high = Tier {
        customers: 40.0,
        avg_arr: 150_000.0,
        min_arr: 100_000.0,
        min_score: 60.0,
        first_year_pct: 25.0,
        touches: high_touch_set(),
        triggers: vec![
            // Mehta et al. 2016: more than 10 support requests in 30 days triggers outreach (high touch).
            Trigger::new(
                "Support spike: over 10 requests in 30 days",
                2.0,
                1.5,
                Role::Csm,
            ),
            Trigger::new("Declining usage", 1.0, 2.0, Role::Csm),
        ],
        // NRR ~110% over $250k ACV, ~100% under $12k (SaaS Capital, docs/domain.md "Top-down checks"); GRR assumed.
        grr_pct: 95.0,
        nrr_pct: 108.0,
        new_per_month: 1.0,
        ..Tier::named("High touch", Coverage::Dedicated)
    };
    let low = Tier {
        customers: 200.0,
        avg_arr: 25_000.0,
        min_arr: 10_000.0,
        min_score: 30.0,
        first_year_pct: 30.0,
        // Mehta et al. 2016's low-touch set: packaged onboarding, fewer meetings, annual
        // EBR, automated health checks, auto-renewal.
        touches: vec![
            Touch::new("Packaged onboarding", 1.0, 6.0, Role::Associate).first_year(),
            Touch::new("Quarterly check-in", 4.0, 0.75, Role::Pooled),
            Touch::new("Annual business review", 1.0, 3.0, Role::Pooled),
            Touch::new("Automated health check", 12.0, 0.25, Role::Automation),
            Touch::new("Auto-renewal", 1.0, 1.0, Role::Automation).on_renewal(),
        ],
        triggers: vec![
            // Mehta et al. 2016: the threshold goes to 20 requests for low touch.
            Trigger::new(
                "Support spike: over 20 requests in 30 days",
                1.0,
                1.0,
                Role::Pooled,
            ),
            // Mehta et al. 2016: after the e-mails, a junior finance person rather than a CSM.
            Trigger::new(
                "Invoice overdue after three e-mails",
                0.5,
                0.5,
                Role::Associate,
            ),
        ],
        programs: vec![Program {
            first_year_only: true,
            ..Program::per_customer("Go-live webinar", 1.0, 10.0, 2.0, Role::Pooled)
        }],
        grr_pct: 90.0,
        nrr_pct: 102.0,
        new_per_month: 5.0,
        moves: vec![Move {
            to: 0,
            pct_per_year: 2.0,
        }],
        ..Tier::named("Low touch", Coverage::Pooled)
    };
    let tech = Tier {
        customers: 1000.0,
        avg_arr: 3_000.0,
        min_arr: 0.0,
        first_year_pct: 30.0,
        touches: vec![
            Touch::new("Welcome e-mail journey", 1.0, 2.0, Role::Automation).first_year(),
            Touch::new("Monthly product tips", 12.0, 0.25, Role::Automation),
            Touch::new("Renewal reminder", 1.0, 0.5, Role::Automation).on_renewal(),
        ],
        triggers: vec![Trigger::new(
            "Declining usage e-mail",
            1.0,
            0.5,
            Role::Automation,
        )],
        programs: vec![
            webinars(),
            Program::per_year("Community moderation", 52.0, 2.0, Role::Pooled),
        ],
        grr_pct: 85.0,
        nrr_pct: 98.0,
        new_per_month: 20.0,
        moves: vec![Move {
            to: 1,
            pct_per_year: 3.0,
        }],
        ..Tier::named("Tech touch", Coverage::Digital)
    };
    Scenario {
        name: "Three tiers: high, low and tech touch".into(),
        currency: "USD".into(),
        team: TeamTime::default(),
        roles: RoleCosts {
            automation: 24_000.0,
            ..RoleCosts::default()
        },
        managers: Managers::default(),
        base: CustomerBase {
            mode: BaseMode::Direct,
            total: 0.0,
            bands: Vec::new(),
            as_of: String::new(),
        },
        tiers: vec![high, low, tech],
        tiering: Tiering::default(),
        economics: Economics::default(),
        growth: Growth {
            today: Staff {
                csm: 3.0,
                pooled: 1.0,
                managers: 1.0,
                ..Staff::default()
            },
            ..Growth::default()
        },
        budget: Staff {
            csm: 4.0,
            associate: 1.0,
            pooled: 2.0,
            managers: 1.0,
            partner: 0.0,
        },
        uncertainty: Ranges::default(),
        calendar: Calendar::default(),
        hiring: Hiring::default(),
        coverage: CoverageRisk::default(),
    }
}

/// Mehta et al. 2016 archetype 1 (Workday): 300 customers at $1M ARR, all high touch.
///
/// By hand: recurring 12 × 2 + 4 × 8 + 4 × 16 + 12 × 1 + 16 = 148 h; first year
/// (40 + 4) × 10% = 4.4 h; triggers 2 × 4 + 2 × 2 + 1 × 3 = 15 h → 167.4 CSM h
/// per customer; × 300 = 50,220 h ÷ 1,104 = 45.49 → 46 CSMs. Associate 300 × 1 h
/// = 300 h → 0.27 → 1. Managers 47 ÷ 8 = 5.9 → 6. Headcount 53.
fn high_value() -> Scenario {
    let tier = Tier {
        customers: 300.0,
        avg_arr: 1_000_000.0,
        min_arr: 0.0,
        first_year_pct: 10.0,
        touches: vec![
            Touch::new("Onboarding", 1.0, 40.0, Role::Csm).first_year(),
            Touch::new("Coordinated hand-offs", 1.0, 4.0, Role::Csm).first_year(),
            Touch::new("Monthly status meeting", 12.0, 2.0, Role::Csm),
            Touch::new("Quarterly executive business review", 4.0, 8.0, Role::Csm),
            Touch::new("On-site visit", 4.0, 16.0, Role::Csm),
            Touch::new("Health check", 12.0, 1.0, Role::Csm),
            Touch::new("Renewal", 1.0, 16.0, Role::Csm).on_renewal(),
        ],
        triggers: vec![
            Trigger::new("Multiple outages", 2.0, 4.0, Role::Csm),
            Trigger::new(
                "Support spike: over 10 requests in 30 days",
                2.0,
                2.0,
                Role::Csm,
            ),
            Trigger::new("Declining usage", 1.0, 3.0, Role::Csm),
            Trigger::new("Invoice overdue", 1.0, 1.0, Role::Associate),
        ],
        // Mehta et al. 2016: high touch aims at 100% gross retention; NRR ~110% over $250k ACV.
        grr_pct: 98.0,
        nrr_pct: 110.0,
        // Forrester CX Council: CSM as a paid service (price and attach rate assumed).
        plan_price: 50_000.0,
        plan_attach_pct: 20.0,
        new_per_month: 2.0,
        ..Tier::named("High touch", Coverage::Dedicated)
    };
    Scenario {
        name: "Hundreds of customers at $1M a year".into(),
        tiers: vec![tier],
        economics: Economics {
            target_arr_per_csm: 5_000_000.0,
            max_cost_pct: 10.0,
        },
        growth: Growth {
            today: Staff {
                csm: 40.0,
                associate: 1.0,
                managers: 5.0,
                ..Staff::default()
            },
            ..Growth::default()
        },
        budget: Staff {
            csm: 40.0,
            associate: 1.0,
            managers: 5.0,
            ..Staff::default()
        },
        ..base_scenario()
    }
}

/// Mehta et al. 2016 archetype 2 (Clarizen): 3,000 customers averaging about $15k, in ARR bands.
///
/// By hand, cut-offs 50k and 10k split the bands 0–5k: 900, 5–15k: 1,200,
/// 15–30k: 600, 30–60k: 240, 60–120k: 60 into
/// high = 60 + 240 × 10/30 = 140; low = 1,200 × 5/10 + 600 + 240 × 20/30 = 1,360;
/// tech = 900 + 600 = 1,500. ARR 43.95M (9.8M / 27.4M / 6.75M).
/// High: 28 h + 20% × 20 h + 1.5 h = 33.5 h × 140 = 4,690 h → 4.25 → 5 CSMs.
/// Pooled: low 3.3 h × 1,360 + 24 h = 4,512 h; tech 0.24 × 1,500 + 104 = 464 h;
/// 4,976 h → 4.51 → 5. Associate 0.25 × 1,360 = 340 h → 1. Managers 11 ÷ 8 → 2.
fn mid_market() -> Scenario {
    let high = Tier {
        min_arr: 50_000.0,
        min_score: 60.0,
        first_year_pct: 20.0,
        touches: vec![
            Touch::new("Onboarding", 1.0, 20.0, Role::Csm).first_year(),
            Touch::new("Monthly status meeting", 12.0, 1.0, Role::Csm),
            Touch::new("Executive business review", 2.0, 4.0, Role::Csm),
            Touch::new("Health check", 4.0, 1.0, Role::Csm),
            Touch::new("Renewal", 1.0, 4.0, Role::Csm).on_renewal(),
        ],
        triggers: vec![Trigger::new(
            "Support spike: over 10 requests in 30 days",
            1.0,
            1.5,
            Role::Csm,
        )],
        grr_pct: 93.0,
        nrr_pct: 106.0,
        new_per_month: 3.0,
        ..Tier::named("High touch", Coverage::Dedicated)
    };
    let low = Tier {
        min_arr: 10_000.0,
        min_score: 30.0,
        first_year_pct: 20.0,
        touches: vec![
            Touch::new("Packaged onboarding", 1.0, 4.0, Role::Pooled).first_year(),
            Touch::new("Annual business review", 1.0, 2.0, Role::Pooled),
            Touch::new("Automated health check", 12.0, 0.25, Role::Automation),
            Touch::new("Auto-renewal", 1.0, 0.5, Role::Automation).on_renewal(),
        ],
        triggers: vec![
            Trigger::new(
                "Support spike: over 20 requests in 30 days",
                0.5,
                1.0,
                Role::Pooled,
            ),
            Trigger::new(
                "Invoice overdue after three e-mails",
                0.5,
                0.5,
                Role::Associate,
            ),
        ],
        programs: vec![Program::per_year(
            "Go-live webinar",
            12.0,
            2.0,
            Role::Pooled,
        )],
        grr_pct: 90.0,
        nrr_pct: 102.0,
        new_per_month: 25.0,
        ..Tier::named("Low touch", Coverage::Pooled)
    };
    let tech = Tier {
        min_arr: 0.0,
        first_year_pct: 20.0,
        touches: vec![
            Touch::new("Welcome e-mail journey", 1.0, 2.0, Role::Automation).first_year(),
            Touch::new("Feature adoption e-mail", 6.0, 0.25, Role::Automation),
        ],
        programs: vec![
            webinars(),
            Program::per_year("Community moderation", 52.0, 2.0, Role::Pooled),
        ],
        grr_pct: 85.0,
        nrr_pct: 98.0,
        new_per_month: 40.0,
        ..Tier::named("Tech touch", Coverage::Digital)
    };
    Scenario {
        name: "Thousands of customers at $15K a year".into(),
        base: CustomerBase {
            mode: BaseMode::Bands,
            total: 0.0,
            bands: vec![
                Band::new(0.0, 5_000.0, 900.0),
                Band::new(5_000.0, 15_000.0, 1_200.0),
                Band::new(15_000.0, 30_000.0, 600.0),
                Band::new(30_000.0, 60_000.0, 240.0),
                Band::new(60_000.0, 120_000.0, 60.0),
            ],
            as_of: String::new(),
        },
        tiers: vec![high, low, tech],
        roles: RoleCosts {
            automation: 60_000.0,
            ..RoleCosts::default()
        },
        growth: Growth {
            today: Staff {
                csm: 4.0,
                pooled: 4.0,
                managers: 1.0,
                ..Staff::default()
            },
            ..Growth::default()
        },
        budget: Staff {
            csm: 5.0,
            pooled: 4.0,
            associate: 1.0,
            managers: 2.0,
            ..Staff::default()
        },
        ..base_scenario()
    }
}

/// Mehta et al. 2016 archetype 3 (Netflix): 2,000,000 subscribers at $10 a month.
///
/// By hand: everything automated except community moderation,
/// 250 × 8 h = 2,000 h ÷ 1,104 = 1.81 → 2 pooled CSMs; 1 manager; headcount 3.
/// ARR 2,000,000 × 120 = 240M; cost 2 × 110k + 170k + 500k automation = 890k (0.37%).
fn consumer() -> Scenario {
    let tier = Tier {
        customers: 2_000_000.0,
        avg_arr: 120.0,
        first_year_pct: 25.0,
        touches: vec![
            Touch::new("Welcome journey", 1.0, 1.0, Role::Automation).first_year(),
            Touch::new(
                "Personalised recommendations e-mail",
                52.0,
                0.1,
                Role::Automation,
            ),
        ],
        // Mehta et al. 2016: 60 days without a request starts an e-mail campaign, not a call.
        triggers: vec![Trigger::new(
            "No use in 60 days: win-back e-mails",
            0.5,
            0.25,
            Role::Automation,
        )],
        programs: vec![Program::per_year(
            "Community moderation",
            250.0,
            8.0,
            Role::Pooled,
        )],
        grr_pct: 75.0,
        nrr_pct: 78.0,
        new_per_month: 50_000.0,
        ..Tier::named("Tech touch", Coverage::Digital)
    };
    Scenario {
        name: "Millions of customers at $10 a month".into(),
        tiers: vec![tier],
        roles: RoleCosts {
            automation: 500_000.0,
            ..RoleCosts::default()
        },
        economics: Economics {
            target_arr_per_csm: 5_000_000.0,
            max_cost_pct: 5.0,
        },
        growth: Growth {
            today: Staff {
                pooled: 2.0,
                managers: 1.0,
                ..Staff::default()
            },
            ..Growth::default()
        },
        budget: Staff {
            pooled: 2.0,
            managers: 1.0,
            ..Staff::default()
        },
        ..base_scenario()
    }
}

/// Scaling model 2019's Global / Enterprise / Scale, outcome-based delivery.
///
/// By hand (1,104 h):
/// - Global: outcome workshops (2 h + 2 h prep each) 4 + 4 + 4 × 60% + 4 = 14.4 h
///   in year one × 25% = 3.6 h; plus 12 × 1.5 + 4 × 6 + 4 × 1 + 8 = 54 h → 57.6 h;
///   8 customers → 460.8 h → 0.42 FTE → 1 CSM.
/// - Enterprise: one multi-outcome session 6 h × 25% = 1.5 h + 4 × 1 + 4 + 2 = 11.5 h;
///   90 customers → 1,035 h → 0.94 FTE → 1 CSM.
/// - Scale: go-live webinar 12 × 3 h = 36 h + outcome webinars 4 × 2 h ÷ 40 × 600
///   = 120 h + community 52 × 1.5 h = 78 h → 234 h → 0.21 → 1 pooled CSM.
/// - Managers (1 + 1 + 1) ÷ 8 → 1; headcount 4. ARR 3.2M + 5.4M + 4.8M = 13.4M.
fn outcomes() -> Scenario {
    let workshop = |name: &str| Touch::new(name, 1.0, 4.0, Role::Csm).first_year();
    let global = Tier {
        customers: 8.0,
        avg_arr: 400_000.0,
        min_arr: 200_000.0,
        min_score: 60.0,
        first_year_pct: 25.0,
        touches: vec![
            workshop("Outcome workshop: every user logged in"),
            workshop("Outcome workshop: reporting"),
            // Scaling model 2019: customers who do not deploy the price configurator drop this session.
            workshop("Outcome workshop: price configuration").for_share(60.0),
            workshop("Outcome workshop: pipeline management"),
            Touch::new("Monthly status meeting", 12.0, 1.5, Role::Csm),
            Touch::new("Quarterly business review", 4.0, 6.0, Role::Csm),
            Touch::new("Health check", 4.0, 1.0, Role::Csm),
            Touch::new("Renewal", 1.0, 8.0, Role::Csm).on_renewal(),
        ],
        grr_pct: 97.0,
        nrr_pct: 110.0,
        new_per_month: 0.25,
        ..Tier::named("Global", Coverage::Dedicated)
    };
    let enterprise = Tier {
        customers: 90.0,
        avg_arr: 60_000.0,
        min_arr: 25_000.0,
        min_score: 30.0,
        first_year_pct: 25.0,
        touches: vec![
            // Scaling model 2019: one face-to-face session covering several outcomes, no workshop.
            Touch::new("Multi-outcome best-practice session", 1.0, 6.0, Role::Csm).first_year(),
            Touch::new("Quarterly check-in", 4.0, 1.0, Role::Csm),
            Touch::new("Annual business review", 1.0, 4.0, Role::Csm),
            Touch::new("Renewal", 1.0, 2.0, Role::Csm).on_renewal(),
        ],
        grr_pct: 92.0,
        nrr_pct: 104.0,
        new_per_month: 2.0,
        ..Tier::named("Enterprise", Coverage::Dedicated)
    };
    let scale = Tier {
        customers: 600.0,
        avg_arr: 8_000.0,
        first_year_pct: 25.0,
        touches: vec![
            Touch::new("Welcome e-mail journey", 1.0, 2.0, Role::Automation).first_year(),
        ],
        programs: vec![
            // Scaling model 2019: a webinar with all the other customers going live that month.
            Program::per_year(
                "Go-live webinar for the month's new customers",
                12.0,
                3.0,
                Role::Pooled,
            ),
            Program::per_customer("Outcome webinar series", 4.0, 40.0, 2.0, Role::Pooled),
            // Scaling model 2019: Q&A in a moderated online community, run by a scale CSM.
            Program::per_year("Community moderation", 52.0, 1.5, Role::Pooled),
        ],
        grr_pct: 88.0,
        nrr_pct: 99.0,
        new_per_month: 15.0,
        ..Tier::named("Scale", Coverage::Digital)
    };
    Scenario {
        name: "Global, Enterprise and Scale".into(),
        tiers: vec![global, enterprise, scale],
        growth: Growth {
            today: Staff {
                csm: 2.0,
                managers: 1.0,
                ..Staff::default()
            },
            ..Growth::default()
        },
        // Scaling model 2019: "perhaps you can afford to be at 6 CSMs by the end of the year".
        budget: Staff {
            csm: 6.0,
            pooled: 1.0,
            managers: 1.0,
            ..Staff::default()
        },
        ..base_scenario()
    }
}

/// Shared settings of the seed presets: Scaling model 2019's time split, default costs.
fn base_scenario() -> Scenario {
    Scenario {
        name: String::new(),
        currency: "USD".into(),
        team: TeamTime::default(),
        roles: RoleCosts::default(),
        managers: Managers::default(),
        base: CustomerBase::default(),
        tiers: Vec::new(),
        tiering: Tiering::default(),
        economics: Economics::default(),
        growth: Growth::default(),
        budget: Staff::default(),
        uncertainty: Ranges::default(),
        calendar: Calendar::default(),
        hiring: Hiring::default(),
        coverage: CoverageRisk::default(),
    }
}

#[doc = "Source of the team time split, for the page."]
pub fn time_split_source() -> &'static str {
    TIME_SPLIT_SOURCE
}
