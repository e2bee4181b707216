//! The plan's first sentence, in parts: who is needed, for how many
//! customers and how much ARR, at what cost. One place for the Markdown
//! summary, the static HTML and the page's first paint.

use crate::model::format::{count, money, pct};
use crate::model::{Plan, Role};

/// The parts of "7 people (5 CSMs, 1 associate, 1 manager) for 240
/// customers and $12,500,000 ARR. The team costs $884,000 a year, 7.1% of
/// ARR."
pub struct Headline {
    /// "7 people".
    pub people: String,
    /// "5 CSMs, 1 associate, 1 manager", or "none".
    pub roles: String,
    /// "240 customers".
    pub customers: String,
    /// "$12,500,000".
    pub arr: String,
    /// "$884,000".
    pub cost: String,
    /// "7.1%", or `None` without ARR.
    pub share: Option<String>,
}

impl Headline {
    /// The headline of `plan`, in its currency.
    pub fn of(plan: &Plan) -> Headline {
        let t = &plan.totals;
        let cur = plan.currency.as_str();
        let roles: Vec<String> = Role::PEOPLE
            .iter()
            .filter(|r| t.heads.get(**r) > 0)
            .map(|r| r.people(f64::from(t.heads.get(*r))))
            .chain(
                (t.heads.managers > 0)
                    .then(|| count(f64::from(t.heads.managers), "manager", "managers")),
            )
            .collect();
        Headline {
            people: count(f64::from(t.headcount), "person", "people"),
            roles: if roles.is_empty() {
                "none".into()
            } else {
                roles.join(", ")
            },
            customers: count(t.customers, "customer", "customers"),
            arr: money(t.arr, cur),
            cost: money(t.cost, cur),
            share: t.cost_pct_of_arr.map(pct),
        }
    }
}
