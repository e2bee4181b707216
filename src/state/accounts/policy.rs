//! How a tiered list reaches the plan: the one decision between applying
//! its totals (one undoable step) and deriving them (the plan follows the
//! list without a step of its own), or leaving the plan as it is. Plain
//! data, so the decision is tested natively; the page only carries it out.

use super::job::Rule;
use super::list::{appliable, plan_edit, Applying, List};
use crate::state::edits::Edit;

/// What the plan does with a list's latest tiering.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanStep {
    /// Give the plan the list's totals as one undoable step; the page then
    /// records the plan's customers per tier before it
    /// (the accounts action `Applied`), which turns the list to
    /// [`Applying::Derive`]. A new list, or "Use this list for the plan".
    Apply(Edit),
    /// Keep the plan's totals current without a step of their own: the
    /// plan already uses the list, and the mapping, the overrides or the
    /// rule changed the tiers.
    Derive(Edit),
}

impl List {
    /// The edit that gives the plan this list's totals as of the month
    /// `as_of` (`YYYY-MM`), when the latest tiering may reach the plan (see
    /// [`appliable`]); `None` before the first tiering or when it may not.
    pub fn totals_edit(&self, as_of: &str) -> Option<Edit> {
        self.tiered
            .as_deref()
            .filter(|t| appliable(t))
            .map(|t| plan_edit(t, as_of))
    }

    /// What the plan does with this list's latest tiering under `rule`,
    /// the scenario's tiering rule, while the plan does (`plan_uses_list`)
    /// or does not take its customers from an imported list:
    ///
    /// - nothing while the tiering is behind the mapping, the overrides or
    ///   the rule (a job is running), or may not reach the plan (no
    ///   account, or a column still to choose);
    /// - a new list is applied ([`PlanStep::Apply`]);
    /// - a list already applied keeps the plan's totals current
    ///   ([`PlanStep::Derive`]) while the plan uses a list, and leaves a
    ///   plan that stopped using it (typed counts, bands) as it is.
    pub fn plan_step(&self, rule: &Rule, plan_uses_list: bool, as_of: &str) -> Option<PlanStep> {
        if self.needs_work(rule) {
            return None;
        }
        let edit = self.totals_edit(as_of)?;
        match self.applying {
            Applying::Apply => Some(PlanStep::Apply(edit)),
            Applying::Derive if plan_uses_list => Some(PlanStep::Derive(edit)),
            Applying::Derive => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::accounts::{guess_mapping, read_table};
    use crate::model::Scenario;
    use crate::state::accounts::{Job, Overrides};

    const AS_OF: i32 = 20_000;

    /// A list read from `text`, tiered under `rule` when `tier` is set.
    fn list(text: &str, rule: &Rule, tier: bool) -> List {
        let table = Rc::new(read_table(text.as_bytes()).expect("a table"));
        let mapping = guess_mapping(table.headers());
        let mut list = List::new("list.csv".into(), table.clone(), mapping, Overrides::new());
        if tier {
            let tiered = Job::new(table, &list.mapping, Rc::default(), rule, AS_OF, None).run();
            list.tiered = Some(Rc::new(tiered));
        }
        list
    }

    const TWO: &str = "Account,ARR\nNorthwind,500000\nContoso,20000\n";

    fn totals(step: &Option<PlanStep>) -> Option<&Edit> {
        match step {
            Some(PlanStep::Apply(edit) | PlanStep::Derive(edit)) => Some(edit),
            None => None,
        }
    }

    #[test]
    fn a_new_list_is_applied_once_tiered_and_then_derived_while_the_plan_uses_it() {
        let rule = Rule::of(&Scenario::default());
        let untiered = list(TWO, &rule, false);
        assert_eq!(untiered.plan_step(&rule, false, "2026-11"), None);
        assert_eq!(untiered.totals_edit("2026-11"), None);

        let mut new = list(TWO, &rule, true);
        let edit = new
            .totals_edit("2026-11")
            .expect("two accounts reach the plan");
        assert_eq!(
            edit,
            plan_edit(new.tiered.as_deref().unwrap(), "2026-11"),
            "the list's totals as of the month"
        );
        // A new list is applied whether or not the plan uses a list yet.
        for uses in [false, true] {
            assert_eq!(
                new.plan_step(&rule, uses, "2026-11"),
                Some(PlanStep::Apply(edit.clone()))
            );
        }
        // Once applied, later tierings follow while the plan uses a list,
        // and a plan that stopped using it is left alone.
        new.applying = Applying::Derive;
        assert_eq!(
            new.plan_step(&rule, true, "2026-11"),
            Some(PlanStep::Derive(edit))
        );
        assert_eq!(new.plan_step(&rule, false, "2026-11"), None);
    }

    #[test]
    fn nothing_reaches_the_plan_while_the_tiers_lag_or_no_account_is_read() {
        let rule = Rule::of(&Scenario::default());
        // The mapping changed since the tiering: a job must run first.
        let mut behind = list(TWO, &rule, true);
        behind.mapping.columns[1] = None;
        assert!(behind.needs_work(&rule));
        assert_eq!(behind.plan_step(&rule, true, "2026-11"), None);
        // Another rule than the one tiered by: the same.
        let mut other = Scenario::default();
        other.tiers[0].name = "Renamed".into();
        let current = list(TWO, &rule, true);
        assert!(totals(&current.plan_step(&rule, true, "")).is_some());
        assert_eq!(current.plan_step(&Rule::of(&other), true, ""), None);
        // Every row skipped, or no ARR column yet: the plan stays as it was.
        for text in ["Account,ARR\nNorthwind,abc\n", "Account,Fee\nNorthwind,5\n"] {
            let none = list(text, &rule, true);
            assert!(!none.needs_work(&rule));
            assert_eq!(none.totals_edit(""), None, "{text}");
            assert_eq!(none.plan_step(&rule, true, ""), None, "{text}");
        }
    }
}
