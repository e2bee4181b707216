//! Numbers a link or file carries that are impossible (negative hours,
//! shares that take all the time): read as they are, so their fields show
//! them with their message, and reported in words, each with the value the
//! plan uses instead ([`Scenario::stand_ins`]). The rule for what is
//! possible is the model's, the same as when typing.

use super::error::{Carrier, LinkIssue};
use crate::model::check::StandIn;
use crate::model::format::exact;
use crate::model::inputs::Section;
use crate::model::{Problem, Scenario};

/// One message per impossible number in `scenario`, keyed by its field path.
pub fn impossible_values(scenario: &Scenario, carrier: Carrier) -> Vec<LinkIssue> {
    scenario
        .stand_ins()
        .iter()
        .map(|s| LinkIssue {
            key: s.field.clone(),
            message: message(scenario, s, carrier),
        })
        .collect()
}

/// "This link sets Hours per week to -5 h/week, which is impossible (must
/// be zero or more): the plan below uses 40 h/week instead. Fix it in CSM
/// capacity."
fn message(scenario: &Scenario, s: &StandIn, carrier: Carrier) -> String {
    let noun = carrier.noun();
    let section = title(s.input.section());
    if let Problem::SharesTooLarge { total_pct } = s.problem {
        return format!(
            "This {noun} sets the reactive, collateral and overhead shares to {}% together, which is impossible (they must leave time for proactive work: under 100%): the plan below uses the default shares ({}% together) instead. Fix them in {section}.",
            exact(total_pct),
            exact(s.used)
        );
    }
    let unit = s.input.unit(&scenario.currency);
    let with_unit = |v: f64| match unit.as_str() {
        "%" => format!("{}%", exact(v)),
        _ => format!("{} {unit}", exact(v)),
    };
    // The rule in lower case inside the sentence: every rule starts with
    // an ASCII word ("Must ..."), and `char::to_lowercase` would bring its
    // Unicode tables (8 KB gzip) into the page for this one letter.
    let mut rule = s.problem.to_string();
    rule.truncate(rule.trim_end_matches('.').len());
    if let Some(first) = rule.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    format!(
        "This {noun} sets {} to {}, which is impossible ({rule}): the plan below uses {} instead. Fix it in {section}.",
        s.input.label(scenario),
        with_unit(s.value),
        with_unit(s.used),
    )
}

/// The section's title as the page's heading reads it, so that "Fix it
/// in CSM capacity." sends a person to the heading they can see.
fn title(section: Section) -> &'static str {
    match section {
        Section::Capacity => "CSM capacity",
        Section::TeamAndRoles => "Team and roles",
        Section::Guardrails => "Guardrails",
        Section::PlanBackward => "Plan backward",
        Section::CustomersAndTiers => "Customers and tiers",
        Section::Accounts => "Accounts",
        Section::GrowthAndHiring => "Growth and hiring",
        Section::TouchModel => "Touch model",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_impossible_number_is_named_with_the_value_used() {
        let mut s = Scenario::default();
        s.team.hours_per_week = -5.0;
        let issues = impossible_values(&s, Carrier::Link);
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert_eq!(issues[0].key, "team.hours_per_week");
        assert_eq!(
            issues[0].message,
            "This link sets Hours per week to -5 h/week, which is impossible (must be at least 1): the plan below uses 40 h/week instead. Fix it in CSM capacity."
        );
        assert!(impossible_values(&Scenario::default(), Carrier::File).is_empty());
    }
}
