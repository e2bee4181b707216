//! The forward plan's figures: per tier and in total, with how the tiers'
//! fractional FTE and cost add up to whole people and the total cost. Plain
//! data that [`plan()`](super::plan::plan) fills in and the guardrails, explanations,
//! page and exports read (docs/domain.md "Planning forward").

use serde::{Deserialize, Serialize};

use super::role::{Heads, PerRole, Role};
use super::tier::Coverage;

/// People hours per customer per year, by kind of touch and role.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HoursByKind {
    /// Scheduled touches (h/customer/year).
    pub scheduled: PerRole,
    /// Unscheduled, data-driven touches (h/customer/year).
    pub unscheduled: PerRole,
    /// One-to-many programs, fixed sessions spread over the tier's customers (h/customer/year).
    pub programs: PerRole,
}

/// How many customers one FTE of a role can hold in a tier.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoleFigure {
    /// The role.
    pub role: Role,
    /// Customers per FTE of that role.
    pub value: f64,
}

/// One program run by people in a tier: how many sessions a year and the
/// hours they take, for rebuilding a tier's hours by hand.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProgramFigure {
    /// The program's name.
    pub name: String,
    /// Who runs it.
    pub role: Role,
    /// Sessions a year for the tier's customers (1/year), see
    /// [`Program::sessions_per_year`](super::touch::Program::sessions_per_year).
    pub sessions: f64,
    /// Hours per session (h).
    pub hours_per_session: f64,
    /// Hours a year = sessions × hours per session (h/year).
    pub hours: f64,
}

/// The plan of one tier.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TierPlan {
    /// The tier's name.
    pub name: String,
    /// How it is covered.
    pub coverage: Coverage,
    /// Customers.
    pub customers: f64,
    /// ARR (currency/year).
    pub arr: f64,
    /// Average ARR per customer (currency/year; 0 without customers).
    pub avg_arr: f64,
    /// Share of customers in their first year (%).
    pub first_year_pct: f64,
    /// People hours per customer per year by role (h/customer/year).
    pub hours_per_customer: PerRole,
    /// The same hours split by kind of touch.
    pub by_kind: HoursByKind,
    /// People hours per customer per year, all roles, of a customer in its
    /// first year (h/customer/year; fixed programs spread over the tier).
    pub hours_first_year: f64,
    /// The same for a customer after its first year. The tier's hours per
    /// customer = first-year share × the first + the rest × this one.
    pub hours_after_first_year: f64,
    /// Each program run by people, with its sessions a year.
    pub programs: Vec<ProgramFigure>,
    /// Hours per customer per year that automation takes off people.
    pub automated_hours_per_customer: f64,
    /// People hours per year by role (h/year).
    pub hours: PerRole,
    /// Customers per FTE for each role with hours in this tier.
    pub customers_per_fte: Vec<RoleFigure>,
    /// FTE by role (fractional).
    pub fte: PerRole,
    /// FTE by role rounded up to whole people (managers are counted in the totals).
    pub heads: Heads,
    /// Direct people cost (currency/year) = Σ FTE(role) × cost per FTE(role).
    pub cost: f64,
    /// ARR ÷ CSM FTE (CSMs and pooled CSMs); `None` without CSM hours.
    pub arr_per_csm: Option<f64>,
    /// Cost ÷ ARR (%); `None` without ARR.
    pub cost_pct_of_arr: Option<f64>,
    /// Paid success plan revenue (currency/year).
    pub plan_revenue: f64,
    /// ARR kept after a year of gross churn = ARR × GRR.
    pub retained_arr: f64,
    /// ARR a year from now from today's customers = ARR × NRR.
    pub arr_next_year: f64,
}

impl TierPlan {
    /// Customers per CSM as the page's per-tier table shows it: customers
    /// per FTE of the first CSM role with hours in the tier, named or pooled
    /// (CSM hours only); `None` when no CSM works in the tier.
    pub fn customers_per_csm(&self) -> Option<f64> {
        self.customers_per_fte
            .iter()
            .find(|f| f.role == Role::Csm || f.role == Role::Pooled)
            .map(|f| f.value)
    }
}

/// Where the ARR per CSM stands against one rule of thumb.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RuleOfThumb {
    /// ARR per CSM of the rule (currency).
    pub arr_per_csm: f64,
    /// Whether the plan's ARR per CSM reaches it.
    pub met: bool,
}

/// The totals of the plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Totals {
    /// Customers.
    pub customers: f64,
    /// ARR (currency/year).
    pub arr: f64,
    /// People hours per year by role.
    pub hours: PerRole,
    /// FTE by role (fractional).
    pub fte: PerRole,
    /// Managers' time (fractional FTE) = in-house FTE ÷ span of control, at
    /// most the whole managers counted ([`Managers::time`](super::role::Managers::time)).
    pub managers_fte: f64,
    /// All FTE, managers included (fractional): the sensitivity's yardstick.
    pub fte_total: f64,
    /// Whole people by role, managers included. CSMs are rounded up per
    /// dedicated tier, then once for the pooled and digital tiers together;
    /// other roles are rounded up once over all tiers.
    pub heads: Heads,
    /// All whole people, managers included.
    pub headcount: u32,
    /// People cost = Σ heads(role) × cost(role) (currency/year).
    pub people_cost: f64,
    /// Managers' cost = managers × manager cost.
    pub managers_cost: f64,
    /// Automation platform cost per year.
    pub automation_cost: f64,
    /// Total CS cost = people + managers + automation.
    pub cost: f64,
    /// Cost ÷ ARR (%); `None` without ARR.
    pub cost_pct_of_arr: Option<f64>,
    /// ARR ÷ CSM headcount (CSMs + pooled CSMs); `None` without CSMs.
    pub arr_per_csm: Option<f64>,
    /// ARR per CSM against 1:$2M / $3M / $5M (Schukar 2017); empty without CSMs.
    pub rules_of_thumb: Vec<RuleOfThumb>,
    /// Paid success plan revenue (currency/year).
    pub plan_revenue: f64,
    /// Cost − paid plan revenue.
    pub net_cost: f64,
    /// Net cost ÷ ARR (%); `None` without ARR.
    pub net_cost_pct_of_arr: Option<f64>,
    /// ARR kept after a year of gross churn.
    pub retained_arr: f64,
    /// ARR a year from now from today's customers.
    pub arr_next_year: f64,
    /// How the tiers' fractional FTE and cost add up to the whole people
    /// and the total cost: the rows between a table's tiers and its total.
    pub reconciliation: Reconciliation,
}

/// How the per-tier figures add up to the plan's totals. The tiers count
/// fractional FTE at their cost per FTE; the rest of the total is the
/// managers, the automation platform and rounding up to whole people:
///
/// - FTE: `tiers_fte + managers_fte + rounding_fte = headcount` (people);
/// - cost: `tiers_cost + managers_cost + automation_cost + rounding_cost =
///   Totals::cost` (currency/year).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Reconciliation {
    /// Σ tier FTE, all roles (fractional FTE).
    pub tiers_fte: f64,
    /// Σ tier cost = Σ FTE(role) × cost per FTE(role) (currency/year).
    pub tiers_cost: f64,
    /// In-house people per manager (the span of control used).
    pub managers_span: f64,
    /// In-house people the CS leader manages directly (no manager counted).
    pub leader_reports: f64,
    /// Managers' time (fractional FTE) = in-house FTE ÷ span of control, at
    /// most the whole managers counted.
    pub managers_fte: f64,
    /// Managers' fractional cost = managers FTE × manager cost (currency/year).
    pub managers_cost: f64,
    /// Automation platform cost (currency/year); it takes no FTE.
    pub automation_cost: f64,
    /// Rounding up to whole people = Σ (heads(role) − FTE(role)) +
    /// (managers − managers FTE) (people).
    pub rounding_fte: f64,
    /// Cost of rounding up = Σ (heads(role) − FTE(role)) × cost per FTE(role)
    /// + (managers − managers FTE) × manager cost (currency/year).
    pub rounding_cost: f64,
}

/// Which row between the tiers and the total a [`ReconciliationPart`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartKind {
    /// Managers, fractional FTE at the manager cost.
    Managers,
    /// The automation platform: a cost, no FTE.
    Platform,
    /// Rounding up to whole people.
    Rounding,
}

/// One row that takes a per-tier table from its tiers to the plan's whole
/// people and total cost.
#[derive(Clone, Debug, PartialEq)]
pub struct ReconciliationPart {
    /// Which row.
    pub kind: PartKind,
    /// What the row is, in words ("Managers").
    pub label: &'static str,
    /// Its FTE (people); `None` when it takes none.
    pub fte: Option<f64>,
    /// Its cost (currency/year).
    pub cost: f64,
}

impl Reconciliation {
    /// The rows from the tiers to the total, in order (managers, automation
    /// platform, rounding up to whole people), leaving out those that are 0:
    /// rounding noise (1e-12 people) is not a row. The one list the page's
    /// table, the embed view and the exports all show.
    pub fn parts(&self) -> Vec<ReconciliationPart> {
        [
            (
                PartKind::Managers,
                "Managers",
                Some(self.managers_fte),
                self.managers_cost,
            ),
            (
                PartKind::Platform,
                "Automation platform",
                None,
                self.automation_cost,
            ),
            (
                PartKind::Rounding,
                "Rounding up to whole people",
                Some(self.rounding_fte),
                self.rounding_cost,
            ),
        ]
        .into_iter()
        .filter(|(_, _, fte, cost)| fte.unwrap_or(0.0).abs() > 1e-9 || cost.abs() > 1e-6)
        .map(|(kind, label, fte, cost)| ReconciliationPart {
            kind,
            label,
            fte,
            cost,
        })
        .collect()
    }
}
