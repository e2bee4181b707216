//! One call for the page: everything the engine knows about a scenario.

use serde::{Deserialize, Serialize};

use super::backward::{backward_sanitized, Backward};
use super::explain::{explain_sanitized, Explanation};
use super::plan::{plan_sanitized, Plan};
use super::scenario::Scenario;
use super::sensitivity::{sensitivity_sanitized, Sensitivity};
use super::timeline::{timeline_sanitized, Timeline};
use super::validate::FieldError;

/// Everything for one scenario. When `errors` is not empty the figures are a
/// best effort on the sanitised scenario (impossible values clamped into
/// range), so the page can keep showing numbers next to the error messages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Every impossible input, on its field path.
    pub errors: Vec<FieldError>,
    /// The forward plan, with guardrails.
    pub plan: Plan,
    /// "Why" for each headline figure.
    pub explanations: Vec<Explanation>,
    /// Planning backward from the budget.
    pub backward: Backward,
    /// Month by month.
    pub timeline: Timeline,
    /// The ±20% tornado.
    pub sensitivity: Sensitivity,
}

/// The full report of `scenario`: validation, forward plan, explanations,
/// backward plan, timeline and sensitivity. Never panics; every number is finite.
pub fn report(scenario: &Scenario) -> Report {
    let s = scenario.sanitized();
    let plan = plan_sanitized(&s);
    Report {
        errors: scenario.validate(),
        explanations: explain_sanitized(&s, &plan),
        backward: backward_sanitized(&s),
        timeline: timeline_sanitized(&s),
        plan,
        sensitivity: sensitivity_sanitized(s),
    }
}
