//! What a plan's list of guardrails counts, in words. The list holds two
//! different things: the targets set in the Guardrails section (the most
//! CS may cost as a share of ARR, the target ARR per CSM, the headcount
//! the budget allows: docs/domain.md "Top-down checks"), and warnings about
//! the plan itself (more people than the team has today, a named CSM
//! mostly idle, reactive work counted nowhere, paid plans above the
//! team's cost). A heading "3 guardrails broken" counted both as if they
//! were the CFO's targets; the page, the Markdown summary and the command
//! line now take their words from here: "1 target missed, 2 warnings".

use super::format::counted;
use super::guardrails::{Guardrail, GuardrailKind};

/// Which of the two things a guardrail says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Concern {
    /// A target of the Guardrails section is missed.
    TargetMissed,
    /// Something about the plan itself to look at.
    Warning,
}

impl Concern {
    /// Both, in the order the lists show them.
    pub const ALL: [Concern; 2] = [Concern::TargetMissed, Concern::Warning];

    /// The title of this group's list: "Targets missed", "Warnings".
    pub fn title(self) -> &'static str {
        match self {
            Concern::TargetMissed => "Targets missed",
            Concern::Warning => "Warnings",
        }
    }
}

impl GuardrailKind {
    /// Whether this guardrail is a missed target of the Guardrails section
    /// (cost as a share of ARR, ARR per CSM, the budget's headcount) or a
    /// warning about the plan.
    pub fn concern(self) -> Concern {
        match self {
            GuardrailKind::CostAboveMax
            | GuardrailKind::ArrPerCsmBelowTarget
            | GuardrailKind::OverBudget => Concern::TargetMissed,
            GuardrailKind::AboveToday
            | GuardrailKind::PartPersonRoundedUp
            | GuardrailKind::ReactiveNowhere
            | GuardrailKind::PlansAboveCost => Concern::Warning,
        }
    }
}

/// How many targets a plan misses and how many warnings it has.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GuardrailTally {
    /// Targets of the Guardrails section missed.
    pub targets_missed: usize,
    /// Warnings about the plan.
    pub warnings: usize,
}

impl GuardrailTally {
    /// The tally of `rails`.
    pub fn of(rails: &[Guardrail]) -> Self {
        let targets_missed = rails
            .iter()
            .filter(|g| g.kind.concern() == Concern::TargetMissed)
            .count();
        Self {
            targets_missed,
            warnings: rails.len() - targets_missed,
        }
    }

    /// All of them.
    pub fn total(&self) -> usize {
        self.targets_missed + self.warnings
    }

    /// The tally in words, without a full stop: "1 target missed, 2
    /// warnings", "2 targets missed", "Every target met, 1 warning",
    /// "Every target met, no warnings". The heading of the plan's list, the
    /// glance bar, the embed, what a screen reader hears, the Markdown
    /// summary and the command line all say this.
    pub fn words(&self) -> String {
        let targets = match self.targets_missed {
            0 => "Every target met".to_string(),
            n => counted(n.to_string(), "target missed", "targets missed"),
        };
        match self.warnings {
            0 if self.targets_missed > 0 => targets,
            0 => format!("{targets}, no warnings"),
            n => format!(
                "{targets}, {}",
                counted(n.to_string(), "warning", "warnings")
            ),
        }
    }
}

/// `rails` in their groups, targets missed first, each group in the
/// plan's order; groups without a guardrail are left out.
pub fn grouped(rails: &[Guardrail]) -> Vec<(Concern, Vec<&Guardrail>)> {
    Concern::ALL
        .into_iter()
        .map(|c| {
            (
                c,
                rails
                    .iter()
                    .filter(|g| g.kind.concern() == c)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, group)| !group.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::plan;
    use crate::model::Scenario;

    fn tally(targets_missed: usize, warnings: usize) -> String {
        GuardrailTally {
            targets_missed,
            warnings,
        }
        .words()
    }

    #[test]
    fn the_words_say_targets_and_warnings_apart() {
        assert_eq!(tally(0, 0), "Every target met, no warnings");
        assert_eq!(tally(1, 0), "1 target missed");
        assert_eq!(tally(2, 0), "2 targets missed");
        assert_eq!(tally(0, 1), "Every target met, 1 warning");
        assert_eq!(tally(1, 2), "1 target missed, 2 warnings");
    }

    #[test]
    fn the_default_plan_misses_no_target_but_has_warnings() {
        // Its guardrails are about today's team (an associate and pooled
        // CSMs it does not have yet), not the Guardrails section's targets.
        let p = plan(&Scenario::default());
        let t = GuardrailTally::of(&p.guardrails);
        assert_eq!(t.targets_missed, 0, "{:?}", p.guardrails);
        assert_eq!(t.total(), p.guardrails.len());
        assert!(t.warnings > 0);
        assert!(t.words().starts_with("Every target met, "), "{}", t.words());
    }

    #[test]
    fn a_missed_cost_target_is_counted_as_a_target_and_listed_first() {
        let mut s = Scenario::default();
        s.economics.max_cost_pct = 1.0;
        let p = plan(&s);
        let t = GuardrailTally::of(&p.guardrails);
        assert_eq!(t.targets_missed, 1, "{:?}", p.guardrails);
        let groups = grouped(&p.guardrails);
        assert_eq!(groups[0].0, Concern::TargetMissed);
        assert_eq!(groups[0].1[0].kind, GuardrailKind::CostAboveMax);
        assert_eq!(
            groups.iter().map(|(_, g)| g.len()).sum::<usize>(),
            p.guardrails.len()
        );
        assert!(t.words().starts_with("1 target missed, "), "{}", t.words());
    }
}
