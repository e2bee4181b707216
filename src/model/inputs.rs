//! Every numeric input of a scenario, in one list: its field path, its label,
//! its allowed range, and how to read and write it.
//!
//! Validation, sanitising and the sensitivity tornado all walk this list, so
//! a range is stated in exactly one place; the limits themselves are in
//! [`super::limits`], the team-time fields' table in [`super::team_fields`].

use super::names::tier_name;
use super::role::{Role, Staff};
use super::scenario::Scenario;
use super::tiering::Criterion;
use crate::float;

// The registry's limits and the team-time table, where its readers find them.
pub use super::limits::{
    Bounds, MAX_AMOUNT, MAX_CUSTOMERS, MAX_HEADCOUNT, MAX_HORIZON_MONTHS, MAX_HOURS,
    MAX_HOURS_PER_WEEK, MAX_LEAD_MONTHS, MAX_NAME_CHARS, MAX_NON_PROACTIVE_PCT, MAX_SCORE,
    MAX_TIERS, MAX_WEEKS_PER_YEAR, MAX_WEIGHT,
};
pub use super::team_fields::TeamField;

/// A numeric field of a tier.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TierField {
    /// `customers`
    Customers,
    /// `avg_arr`
    AvgArr,
    /// `min_arr`
    MinArr,
    /// `min_score`
    MinScore,
    /// `first_year_pct`
    FirstYearPct,
    /// `grr_pct`
    GrrPct,
    /// `nrr_pct`
    NrrPct,
    /// `plan_price`
    PlanPrice,
    /// `plan_attach_pct`
    PlanAttachPct,
    /// `new_per_month`
    NewPerMonth,
}

/// A numeric field of a touch, trigger or program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemField {
    /// `hours` (all three)
    Hours,
    /// `per_year` (touches and triggers)
    PerYear,
    /// `share_pct` (touches)
    SharePct,
    /// `sessions` (programs)
    Sessions,
    /// `reach` (programs)
    Reach,
}

/// A numeric field of an ARR band.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BandField {
    /// `min`
    Min,
    /// `max`
    Max,
    /// `count`
    Count,
}

/// The section of the page where an input is edited: the engine knows
/// which inputs belong together, the page and its messages say how each
/// section is titled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// The CSM capacity card (team time).
    Capacity,
    /// Role costs and managers.
    TeamAndRoles,
    /// The plan's targets: ARR per CSM, largest cost share.
    Guardrails,
    /// The budget of the backward plan.
    PlanBackward,
    /// The customer base and each tier's customers and ARR.
    CustomersAndTiers,
    /// The imported list's tiering rule: score weights and cut-offs.
    Accounts,
    /// Retention, success plans, new customers, moves and hiring.
    GrowthAndHiring,
    /// Each tier's touches, triggers and programs.
    TouchModel,
}

/// One numeric input of a scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// `team.*`
    Team(TeamField),
    /// `roles.<role>`: yearly cost (automation: platform cost).
    RoleCost(Role),
    /// `managers.span`
    ManagerSpan,
    /// `managers.cost`
    ManagerCost,
    /// `managers.leader_reports`
    LeaderReports,
    /// `economics.target_arr_per_csm`
    TargetArrPerCsm,
    /// `economics.max_cost_pct`
    MaxCostPct,
    /// `base.total`
    BaseTotal,
    /// `base.bands.<i>.*`
    Band(usize, BandField),
    /// `tiers.<i>.*`
    Tier(usize, TierField),
    /// `tiers.<i>.touches.<j>.*`
    Touch(usize, usize, ItemField),
    /// `tiers.<i>.triggers.<j>.*`
    Trigger(usize, usize, ItemField),
    /// `tiers.<i>.programs.<j>.*`
    Program(usize, usize, ItemField),
    /// `tiers.<i>.moves.<j>.pct_per_year`
    Move(usize, usize),
    /// `tiering.weights.<criterion>`: points the criterion gives at most.
    Weight(Criterion),
    /// `tiering.full_at.<criterion>`: the value that earns full points.
    FullAt(Criterion),
    /// `growth.attrition_pct`
    Attrition,
    /// `growth.today.<role>`; `None` = managers.
    Today(Option<Role>),
    /// `budget.<role>`; `None` = managers.
    Budget(Option<Role>),
}

/// Every numeric input of `scenario`, in a stable order.
pub fn inputs(scenario: &Scenario) -> Vec<Input> {
    use ItemField::*;
    let mut out = TeamField::ALL.map(Input::Team).to_vec();
    out.extend(
        [
            Role::Csm,
            Role::Associate,
            Role::Pooled,
            Role::Partner,
            Role::Automation,
        ]
        .into_iter()
        .map(Input::RoleCost),
    );
    out.extend([
        Input::ManagerSpan,
        Input::LeaderReports,
        Input::ManagerCost,
        Input::TargetArrPerCsm,
        Input::MaxCostPct,
        Input::BaseTotal,
    ]);
    for i in 0..scenario.base.bands.len() {
        out.extend([BandField::Min, BandField::Max, BandField::Count].map(|f| Input::Band(i, f)));
    }
    for (i, tier) in scenario.tiers.iter().enumerate() {
        use TierField as T;
        out.extend(
            [
                T::Customers,
                T::AvgArr,
                T::MinArr,
                T::MinScore,
                T::FirstYearPct,
                T::GrrPct,
                T::NrrPct,
                T::PlanPrice,
                T::PlanAttachPct,
                T::NewPerMonth,
            ]
            .map(|f| Input::Tier(i, f)),
        );
        for j in 0..tier.touches.len() {
            out.extend([Hours, PerYear, SharePct].map(|f| Input::Touch(i, j, f)));
        }
        for j in 0..tier.triggers.len() {
            out.extend([PerYear, Hours].map(|f| Input::Trigger(i, j, f)));
        }
        for j in 0..tier.programs.len() {
            out.extend([Hours, Sessions, Reach].map(|f| Input::Program(i, j, f)));
        }
        out.extend((0..tier.moves.len()).map(|j| Input::Move(i, j)));
    }
    out.extend(Criterion::ALL.map(Input::Weight));
    out.extend(Criterion::ALL.map(Input::FullAt));
    out.push(Input::Attrition);
    out.extend(Staff::ROLES.map(Input::Today));
    out.extend(Staff::ROLES.map(Input::Budget));
    out
}

fn staff_key(role: Option<Role>) -> &'static str {
    role.map_or("managers", Role::key)
}

/// The `f64` of criterion `$which` in the criteria `$of`, shared or mutable.
macro_rules! criterion {
    ($of:expr, $which:expr, $($m:tt)*) => {
        match $which {
            Criterion::Arr => & $($m)* $of.arr,
            Criterion::Employees => & $($m)* $of.employees,
            Criterion::Products => & $($m)* $of.products,
            Criterion::Complexity => & $($m)* $of.complexity,
            Criterion::Strategic => & $($m)* $of.strategic,
            Criterion::Health => & $($m)* $of.health,
        }
    };
}

/// Finds the `f64` behind an input other than the team time's (which
/// [`TeamField`] finds), shared or mutable (`$($m)*` is `mut` or nothing).
macro_rules! locate {
    ($s:expr, $input:expr, $($m:tt)*) => {{
        let s = $s;
        match $input {
            Input::RoleCost(role) => Some(match role {
                Role::Csm => & $($m)* s.roles.csm,
                Role::Associate => & $($m)* s.roles.associate,
                Role::Pooled => & $($m)* s.roles.pooled,
                Role::Partner => & $($m)* s.roles.partner,
                Role::Automation => & $($m)* s.roles.automation,
            }),
            Input::ManagerSpan => Some(& $($m)* s.managers.span),
            Input::ManagerCost => Some(& $($m)* s.managers.cost),
            Input::LeaderReports => Some(& $($m)* s.managers.leader_reports),
            Input::TargetArrPerCsm => Some(& $($m)* s.economics.target_arr_per_csm),
            Input::MaxCostPct => Some(& $($m)* s.economics.max_cost_pct),
            Input::BaseTotal => Some(& $($m)* s.base.total),
            Input::Band(i, f) if i < s.base.bands.len() => Some(match f {
                BandField::Min => & $($m)* s.base.bands[i].min,
                BandField::Max => & $($m)* s.base.bands[i].max,
                BandField::Count => & $($m)* s.base.bands[i].count,
            }),
            Input::Tier(i, f) if i < s.tiers.len() => Some(match f {
                TierField::Customers => & $($m)* s.tiers[i].customers,
                TierField::AvgArr => & $($m)* s.tiers[i].avg_arr,
                TierField::MinArr => & $($m)* s.tiers[i].min_arr,
                TierField::MinScore => & $($m)* s.tiers[i].min_score,
                TierField::FirstYearPct => & $($m)* s.tiers[i].first_year_pct,
                TierField::GrrPct => & $($m)* s.tiers[i].grr_pct,
                TierField::NrrPct => & $($m)* s.tiers[i].nrr_pct,
                TierField::PlanPrice => & $($m)* s.tiers[i].plan_price,
                TierField::PlanAttachPct => & $($m)* s.tiers[i].plan_attach_pct,
                TierField::NewPerMonth => & $($m)* s.tiers[i].new_per_month,
            }),
            Input::Touch(i, j, f) if i < s.tiers.len() && j < s.tiers[i].touches.len() => match f {
                ItemField::Hours => Some(& $($m)* s.tiers[i].touches[j].hours),
                ItemField::PerYear => Some(& $($m)* s.tiers[i].touches[j].per_year),
                ItemField::SharePct => Some(& $($m)* s.tiers[i].touches[j].share_pct),
                _ => None,
            },
            Input::Trigger(i, j, f) if i < s.tiers.len() && j < s.tiers[i].triggers.len() => match f {
                ItemField::Hours => Some(& $($m)* s.tiers[i].triggers[j].hours),
                ItemField::PerYear => Some(& $($m)* s.tiers[i].triggers[j].per_year),
                _ => None,
            },
            Input::Program(i, j, f) if i < s.tiers.len() && j < s.tiers[i].programs.len() => match f {
                ItemField::Hours => Some(& $($m)* s.tiers[i].programs[j].hours),
                ItemField::Sessions => Some(& $($m)* s.tiers[i].programs[j].sessions),
                ItemField::Reach => Some(& $($m)* s.tiers[i].programs[j].reach),
                _ => None,
            },
            Input::Move(i, j) if i < s.tiers.len() && j < s.tiers[i].moves.len() => {
                Some(& $($m)* s.tiers[i].moves[j].pct_per_year)
            }
            Input::Weight(c) => Some(criterion!(s.tiering.weights, c, $($m)*)),
            Input::FullAt(c) => Some(criterion!(s.tiering.full_at, c, $($m)*)),
            Input::Attrition => Some(& $($m)* s.growth.attrition_pct),
            Input::Today(role) => Some(match role {
                Some(Role::Csm) => & $($m)* s.growth.today.csm,
                Some(Role::Associate) => & $($m)* s.growth.today.associate,
                Some(Role::Pooled) => & $($m)* s.growth.today.pooled,
                Some(Role::Partner) => & $($m)* s.growth.today.partner,
                Some(Role::Automation) | None => & $($m)* s.growth.today.managers,
            }),
            Input::Budget(role) => Some(match role {
                Some(Role::Csm) => & $($m)* s.budget.csm,
                Some(Role::Associate) => & $($m)* s.budget.associate,
                Some(Role::Pooled) => & $($m)* s.budget.pooled,
                Some(Role::Partner) => & $($m)* s.budget.partner,
                Some(Role::Automation) | None => & $($m)* s.budget.managers,
            }),
            _ => None,
        }
    }};
}

impl Input {
    /// The value in `scenario` (0 if the input no longer exists).
    pub fn get(self, scenario: &Scenario) -> f64 {
        match self {
            Input::Team(f) => f.get(&scenario.team),
            _ => locate!(scenario, self,).copied().unwrap_or(0.0),
        }
    }

    /// Writes `value` into `scenario` (ignored if the input no longer exists).
    pub fn set(self, scenario: &mut Scenario, value: f64) {
        if let Input::Team(f) = self {
            f.set(&mut scenario.team, value);
        } else if let Some(slot) = locate!(scenario, self, mut) {
            *slot = value;
        }
    }

    /// The dotted field path, e.g. `tiers.1.touches.3.hours`.
    pub fn path(self) -> String {
        match self {
            Input::Team(f) => f.path().into(),
            Input::RoleCost(role) => format!("roles.{}", role.key()),
            Input::ManagerSpan => "managers.span".into(),
            Input::ManagerCost => "managers.cost".into(),
            Input::LeaderReports => "managers.leader_reports".into(),
            Input::TargetArrPerCsm => "economics.target_arr_per_csm".into(),
            Input::MaxCostPct => "economics.max_cost_pct".into(),
            Input::BaseTotal => "base.total".into(),
            Input::Band(i, f) => format!(
                "base.bands.{i}.{}",
                match f {
                    BandField::Min => "min",
                    BandField::Max => "max",
                    BandField::Count => "count",
                }
            ),
            Input::Tier(i, f) => format!("tiers.{i}.{}", tier_key(f)),
            Input::Touch(i, j, f) => format!("tiers.{i}.touches.{j}.{}", item_key(f)),
            Input::Trigger(i, j, f) => format!("tiers.{i}.triggers.{j}.{}", item_key(f)),
            Input::Program(i, j, f) => format!("tiers.{i}.programs.{j}.{}", item_key(f)),
            Input::Move(i, j) => format!("tiers.{i}.moves.{j}.pct_per_year"),
            Input::Weight(c) => format!("tiering.weights.{}", c.key()),
            Input::FullAt(c) => format!("tiering.full_at.{}", c.key()),
            Input::Attrition => "growth.attrition_pct".into(),
            Input::Today(role) => format!("growth.today.{}", staff_key(role)),
            Input::Budget(role) => format!("budget.{}", staff_key(role)),
        }
    }

    /// A plain-words label, with tier and touch names from `scenario`,
    /// e.g. "High touch: Executive business review, hours".
    pub fn label(self, scenario: &Scenario) -> String {
        let tier_name = |i: usize| tier_name(&scenario.tiers, i);
        let item = |kind: &str, name: Option<&String>, j: usize| match name {
            Some(n) if !n.is_empty() => n.clone(),
            _ => format!("{kind} {}", j + 1),
        };
        let tier = |i: usize| scenario.tiers.get(i);
        match self {
            Input::Team(f) => f.label().into(),
            Input::RoleCost(Role::Automation) => "Automation platform cost".into(),
            Input::RoleCost(role) => format!("{} yearly cost", role.label()),
            Input::ManagerSpan => "Span of control".into(),
            Input::ManagerCost => "Manager yearly cost".into(),
            Input::LeaderReports => "People the CS leader manages".into(),
            Input::TargetArrPerCsm => "Target ARR per CSM".into(),
            Input::MaxCostPct => "Maximum CS cost share".into(),
            Input::BaseTotal => "Total customers".into(),
            Input::Band(i, f) => format!("ARR band {}: {}", i + 1, band_key(f)),
            Input::Tier(i, f) => format!("{}: {}", tier_name(i), tier_label(f)),
            Input::Touch(i, j, f) => format!(
                "{}: {}, {}",
                tier_name(i),
                item(
                    "Touch",
                    tier(i).and_then(|t| t.touches.get(j)).map(|t| &t.name),
                    j
                ),
                item_label(f)
            ),
            Input::Trigger(i, j, f) => format!(
                "{}: {}, {}",
                tier_name(i),
                item(
                    "Trigger",
                    tier(i).and_then(|t| t.triggers.get(j)).map(|t| &t.name),
                    j
                ),
                item_label(f)
            ),
            Input::Program(i, j, f) => format!(
                "{}: {}, {}",
                tier_name(i),
                item(
                    "Program",
                    tier(i).and_then(|t| t.programs.get(j)).map(|t| &t.name),
                    j
                ),
                item_label(f)
            ),
            Input::Move(i, j) => format!("{}: move {} per year", tier_name(i), j + 1),
            Input::Weight(c) => format!("Score weight: {}", c.label()),
            Input::FullAt(c) => format!("Full points at: {}", c.label()),
            Input::Attrition => "Attrition per year".into(),
            Input::Today(role) => format!("Today's {}", role.map_or("managers", |r| r.noun().1)),
            Input::Budget(role) => {
                format!("Budget: {}", role.map_or("managers", |r| r.noun().1))
            }
        }
    }

    /// The allowed range.
    pub fn bounds(self) -> Bounds {
        match self {
            Input::Team(f) => f.bounds(),
            Input::MaxCostPct | Input::Attrition | Input::Move(..) => Bounds::zero_to(100.0),
            Input::ManagerSpan => Bounds::above_zero(1000.0, 1.0),
            Input::Band(_, BandField::Count) | Input::BaseTotal => {
                Bounds::customers_to(MAX_CUSTOMERS)
            }
            Input::Tier(_, f) => match f {
                TierField::Customers => Bounds::customers_to(MAX_CUSTOMERS),
                TierField::NewPerMonth => Bounds::zero_to(MAX_CUSTOMERS / 12.0),
                TierField::FirstYearPct | TierField::GrrPct | TierField::PlanAttachPct => {
                    Bounds::zero_to(100.0)
                }
                TierField::NrrPct => Bounds::zero_to(1000.0),
                TierField::MinScore => Bounds::zero_to(MAX_SCORE),
                TierField::AvgArr | TierField::MinArr | TierField::PlanPrice => {
                    Bounds::zero_to(MAX_AMOUNT)
                }
            },
            Input::Weight(_) => Bounds::between(-MAX_WEIGHT, MAX_WEIGHT),
            // Any positive value may be where full points start (a health
            // score of 0.5 on a 0–1 scale); the floor only replaces 0.
            Input::FullAt(_) => Bounds::above_zero(MAX_AMOUNT, 1e-9),
            Input::Touch(_, _, ItemField::SharePct) => Bounds::zero_to(100.0),
            Input::Program(_, _, ItemField::Reach) => Bounds::above_zero(MAX_CUSTOMERS, 1.0),
            Input::Program(_, _, ItemField::Sessions) => Bounds::zero_to(MAX_HOURS * 100.0),
            Input::Touch(..) | Input::Trigger(..) | Input::Program(..) => {
                Bounds::zero_to(MAX_HOURS)
            }
            Input::Today(_) | Input::Budget(_) | Input::LeaderReports => {
                Bounds::zero_to(MAX_HEADCOUNT)
            }
            Input::RoleCost(_) | Input::ManagerCost | Input::TargetArrPerCsm | Input::Band(..) => {
                Bounds::zero_to(MAX_AMOUNT)
            }
        }
    }

    /// The unit shown next to the input in words ("h", "%", "points"…);
    /// `currency` is the scenario's currency code.
    pub fn unit(self, currency: &str) -> String {
        let per_year = || format!("{currency}/year");
        match self {
            Input::Team(f) => f.unit().into(),
            Input::MaxCostPct | Input::Attrition | Input::Move(..) => "%".into(),
            Input::RoleCost(_) | Input::ManagerCost => per_year(),
            Input::ManagerSpan | Input::LeaderReports => "people".into(),
            Input::TargetArrPerCsm => currency.into(),
            Input::BaseTotal | Input::Band(_, BandField::Count) => "customers".into(),
            Input::Band(..) => per_year(),
            Input::Tier(_, f) => match f {
                TierField::Customers => "customers".into(),
                TierField::NewPerMonth => "customers/month".into(),
                TierField::AvgArr | TierField::MinArr | TierField::PlanPrice => per_year(),
                TierField::MinScore => "points".into(),
                TierField::FirstYearPct
                | TierField::GrrPct
                | TierField::NrrPct
                | TierField::PlanAttachPct => "%".into(),
            },
            Input::Touch(_, _, f) | Input::Trigger(_, _, f) | Input::Program(_, _, f) => match f {
                ItemField::Hours => "h".into(),
                ItemField::PerYear => "per year".into(),
                ItemField::SharePct => "%".into(),
                ItemField::Sessions => "sessions".into(),
                ItemField::Reach => "customers".into(),
            },
            Input::Weight(_) => "points".into(),
            Input::FullAt(c) => c.unit(currency),
            Input::Today(_) | Input::Budget(_) => "people".into(),
        }
    }

    /// The section of the page where this input is edited, for messages
    /// that send a person there (the words are the message writer's).
    pub fn section(self) -> Section {
        match self {
            Input::Team(_) => Section::Capacity,
            Input::RoleCost(_) | Input::ManagerSpan | Input::ManagerCost | Input::LeaderReports => {
                Section::TeamAndRoles
            }
            Input::TargetArrPerCsm | Input::MaxCostPct => Section::Guardrails,
            Input::Budget(_) => Section::PlanBackward,
            Input::BaseTotal | Input::Band(..) => Section::CustomersAndTiers,
            Input::Tier(_, f) => match f {
                TierField::Customers
                | TierField::AvgArr
                | TierField::MinArr
                | TierField::FirstYearPct => Section::CustomersAndTiers,
                TierField::MinScore => Section::Accounts,
                TierField::GrrPct
                | TierField::NrrPct
                | TierField::PlanPrice
                | TierField::PlanAttachPct
                | TierField::NewPerMonth => Section::GrowthAndHiring,
            },
            Input::Touch(..) | Input::Trigger(..) | Input::Program(..) => Section::TouchModel,
            Input::Move(..) | Input::Attrition | Input::Today(_) => Section::GrowthAndHiring,
            Input::Weight(_) | Input::FullAt(_) => Section::Accounts,
        }
    }

    /// The value the figures use in place of an impossible `value`: the
    /// default scenario's value of this input when the input is one of the
    /// scenario's own (the team time, costs, guardrails...), so that one
    /// impossible number does not turn the whole plan absurd (1 hour a
    /// week would need hundreds of people); `value` brought into range
    /// ([`Input::clamp`]) for an input of a tier, touch or band, which has
    /// no default of its own.
    pub fn stand_in(self, value: f64) -> f64 {
        match self {
            Input::Band(..)
            | Input::Tier(..)
            | Input::Touch(..)
            | Input::Trigger(..)
            | Input::Program(..)
            | Input::Move(..) => self.clamp(value),
            _ => {
                let default = self.get(&Scenario::default());
                if self.clamp(default) == default {
                    default
                } else {
                    self.clamp(value)
                }
            }
        }
    }

    /// `value` brought into range: NaN and vanishing values (below 1e-12)
    /// to 0 (or the floor of a "more than zero" field), below the minimum
    /// to the minimum, too large to the maximum.
    pub fn clamp(self, value: f64) -> f64 {
        let b = self.bounds();
        let low = if b.positive { b.floor } else { b.min };
        if value.is_nan() || value.abs() < 1e-12 {
            if b.positive {
                b.floor
            } else {
                float::clamp(0.0, b.min, b.max)
            }
        } else if b.whole {
            float::clamp(value.round(), low, b.max)
        } else {
            float::clamp(value, low, b.max)
        }
    }
}

fn tier_key(f: TierField) -> &'static str {
    match f {
        TierField::Customers => "customers",
        TierField::AvgArr => "avg_arr",
        TierField::MinArr => "min_arr",
        TierField::MinScore => "min_score",
        TierField::FirstYearPct => "first_year_pct",
        TierField::GrrPct => "grr_pct",
        TierField::NrrPct => "nrr_pct",
        TierField::PlanPrice => "plan_price",
        TierField::PlanAttachPct => "plan_attach_pct",
        TierField::NewPerMonth => "new_per_month",
    }
}

fn tier_label(f: TierField) -> &'static str {
    match f {
        TierField::Customers => "customers",
        TierField::AvgArr => "average ARR",
        TierField::MinArr => "ARR cut-off",
        TierField::MinScore => "score cut-off",
        TierField::FirstYearPct => "share in first year",
        TierField::GrrPct => "gross retention",
        TierField::NrrPct => "net retention",
        TierField::PlanPrice => "success plan price",
        TierField::PlanAttachPct => "success plan attach rate",
        TierField::NewPerMonth => "new customers per month",
    }
}

fn item_key(f: ItemField) -> &'static str {
    match f {
        ItemField::Hours => "hours",
        ItemField::PerYear => "per_year",
        ItemField::SharePct => "share_pct",
        ItemField::Sessions => "sessions",
        ItemField::Reach => "reach",
    }
}

fn item_label(f: ItemField) -> &'static str {
    match f {
        ItemField::Hours => "hours",
        ItemField::PerYear => "per year",
        ItemField::SharePct => "share of customers",
        ItemField::Sessions => "sessions",
        ItemField::Reach => "customers per session",
    }
}

fn band_key(f: BandField) -> &'static str {
    match f {
        BandField::Min => "lowest ARR",
        BandField::Max => "highest ARR",
        BandField::Count => "customers",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_input_reads_back_what_was_written() {
        let mut s = Scenario::default();
        let list = inputs(&s);
        assert!(list.len() > 40);
        for (k, input) in list.iter().enumerate() {
            let value = 1.0 + k as f64 / 1000.0;
            input.set(&mut s, value);
            assert_eq!(input.get(&s), value, "{}", input.path());
        }
    }

    #[test]
    fn each_team_field_edits_the_engine_input_of_the_same_path() {
        let mut s = Scenario::default();
        for (k, field) in TeamField::ALL.into_iter().enumerate() {
            let input = Input::Team(field);
            assert_eq!(input.path(), field.path());
            input.set(&mut s, k as f64 + 1.0);
            assert_eq!(field.get(&s.team), k as f64 + 1.0);
        }
    }

    #[test]
    fn a_tier_without_a_name_is_labelled_by_its_number() {
        let mut s = Scenario::default();
        s.tiers[1].name = " ".into();
        assert_eq!(
            Input::Tier(1, TierField::GrrPct).label(&s),
            "Tier 2: gross retention"
        );
        assert_eq!(
            Input::Tier(9, TierField::GrrPct).label(&s),
            "Tier 10: gross retention"
        );
    }

    #[test]
    fn headcount_labels_read_alike_for_every_role() {
        let s = Scenario::default();
        assert_eq!(
            Input::Today(Some(Role::Pooled)).label(&s),
            "Today's pooled CSMs"
        );
        assert_eq!(Input::Today(None).label(&s), "Today's managers");
        assert_eq!(Input::Budget(Some(Role::Csm)).label(&s), "Budget: CSMs");
        assert_eq!(Input::Budget(None).label(&s), "Budget: managers");
    }

    #[test]
    fn paths_are_unique_and_dotted() {
        let s = Scenario::default();
        let mut paths: Vec<String> = inputs(&s).into_iter().map(Input::path).collect();
        let n = paths.len();
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), n);
        assert!(paths.contains(&"team.hours_per_week".to_string()));
        assert!(paths.contains(&"tiers.0.touches.1.hours".to_string()));
    }

    #[test]
    fn clamp_brings_hostile_values_into_range() {
        let i = Input::Team(TeamField::HoursPerWeek);
        assert_eq!(i.clamp(f64::NAN), 1.0);
        assert_eq!(i.clamp(-5.0), 1.0);
        assert_eq!(i.clamp(1e300), 168.0);
        assert_eq!(Input::Attrition.clamp(f64::NEG_INFINITY), 0.0);
    }

    #[test]
    fn tiering_inputs_have_paths_ranges_and_units() {
        let s = Scenario::default();
        let paths: Vec<String> = inputs(&s).into_iter().map(Input::path).collect();
        for p in [
            "tiering.weights.arr",
            "tiering.full_at.health",
            "tiers.2.min_score",
        ] {
            assert!(paths.contains(&p.to_string()), "{p}");
        }
        let w = Input::Weight(Criterion::Health);
        assert_eq!(w.get(&s), 0.0);
        assert_eq!(Input::Weight(Criterion::Arr).get(&s), 40.0);
        assert_eq!(w.clamp(-250.0), -100.0);
        assert_eq!(w.clamp(-20.0), -20.0);
        assert_eq!(w.clamp(f64::NAN), 0.0);
        assert_eq!(w.label(&s), "Score weight: health");
        assert_eq!(w.unit("USD"), "points");
        let full = Input::FullAt(Criterion::Arr);
        assert_eq!(full.get(&s), 1_000_000.0);
        assert_eq!(full.clamp(0.0), 1e-9);
        assert_eq!(full.clamp(0.5), 0.5);
        assert_eq!(full.unit("EUR"), "EUR/year");
        assert_eq!(Input::Tier(0, TierField::MinScore).get(&s), 60.0);
        assert_eq!(
            Input::Tier(0, TierField::MinScore).label(&s),
            "High touch: score cut-off"
        );
        // Every input has a unit.
        assert!(inputs(&s).into_iter().all(|i| !i.unit("USD").is_empty()));
    }

    #[test]
    fn stale_inputs_are_ignored() {
        let mut s = Scenario::default();
        let gone = Input::Touch(5, 99, ItemField::Hours);
        gone.set(&mut s, 3.0);
        assert_eq!(gone.get(&s), 0.0);
        assert_eq!(Input::Touch(0, 0, ItemField::Reach).get(&s), 0.0);
    }
}
