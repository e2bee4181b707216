//! The list on the page: its rows, mapping, overrides and latest tiering,
//! and what of it may reach the plan (its per-tier totals only).

use std::rc::Rc;

use super::job::{Overrides, Rule, Tiered};
use crate::accounts::{Field, Mapping, Table};
use crate::state::edits::Edit;
use crate::state::imported::AccountsSummary;

/// How the list's tiers reach the plan once they are known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applying {
    /// A new list: apply it as one undoable step.
    Apply,
    /// Keep the plan's totals up to date, while the plan uses a list.
    Derive,
}

/// The list on the page.
#[derive(Clone, Debug)]
pub struct List {
    /// The file name, or "Pasted cells".
    pub name: String,
    /// The rows as read.
    pub table: Rc<Table>,
    /// Which column holds what, as the person set it.
    pub mapping: Mapping,
    /// Columns whose header the guess knew but whose every cell is blank,
    /// so they were left unmapped (see [`crate::accounts::guess_for_table`]).
    pub left_empty: Vec<(usize, Field)>,
    /// The tiers set by hand.
    pub overrides: Rc<Overrides>,
    /// The latest tiering (it may lag behind the mapping, the overrides or
    /// the scenario's rule while a job runs).
    pub tiered: Option<Rc<Tiered>>,
    /// How the next tiering reaches the plan.
    pub applying: Applying,
    /// Counts every new tiering, so the page applies each once.
    pub revision: u64,
}

impl PartialEq for List {
    /// Lists are compared by identity of their rows and by their settings
    /// and results, never row by row.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.table, &other.table)
            && self.name == other.name
            && self.mapping == other.mapping
            && Rc::ptr_eq(&self.overrides, &other.overrides)
            && self.revision == other.revision
            && self.applying == other.applying
    }
}

impl List {
    /// A list just read, with no tiers yet.
    pub fn new(name: String, table: Rc<Table>, mapping: Mapping, overrides: Overrides) -> Self {
        Self {
            name,
            table,
            mapping,
            left_empty: Vec::new(),
            overrides: Rc::new(overrides),
            tiered: None,
            applying: Applying::Apply,
            revision: 0,
        }
    }

    /// Whether the tiering is missing or behind the mapping, the overrides
    /// or `rule`: a job must run.
    pub fn needs_work(&self, rule: &Rule) -> bool {
        match &self.tiered {
            None => true,
            Some(t) => {
                t.mapping != self.mapping || *t.overrides != *self.overrides || t.rule != *rule
            }
        }
    }

    /// The tier the person chose for the account at table `row`, if they did.
    pub fn override_of(&self, row: u32) -> Option<Option<u8>> {
        self.overrides.get(&row).copied()
    }

    /// Whether the mapping gives each account's tier today.
    pub fn has_current_tiers(&self) -> bool {
        self.mapping.column_of(Field::CurrentTier).is_some()
    }
}

/// `list` after the person set the tier of the account at table `row`.
/// Choosing what the file's own override column says (or the rule, when it
/// says nothing) removes the person's entry, so an override is kept only
/// where it changes something.
pub fn overridden(list: &List, row: u32, choice: Option<u8>) -> List {
    let from_file = list
        .tiered
        .as_ref()
        .and_then(|t| {
            t.accounts
                .binary_search_by_key(&row, |a| a.row)
                .ok()
                .map(|k| t.accounts[k].override_tier)
        })
        .flatten();
    let mut overrides = list.overrides.as_ref().clone();
    if choice == from_file {
        overrides.remove(&row);
    } else {
        overrides.insert(row, choice);
    }
    let mut list = list.clone();
    list.overrides = Rc::new(overrides);
    list
}

/// The edit that gives the plan the list's per-tier totals, as of the month
/// `as_of` (`YYYY-MM`).
pub fn plan_edit(tiered: &Tiered, as_of: &str) -> Edit {
    Edit::ApplyAccounts(AccountsSummary {
        tiers: tiered.aggregates.tiers.clone(),
        as_of: as_of.to_string(),
    })
}

/// Why a list whose rows were read must be refused rather than shown and
/// applied: no row reads as an account (the header only, or every row
/// skipped), so the plan has nothing to take and must stay as it was.
/// `None` while the mapping still lacks a column (the person chooses it).
pub fn refused(table: &Table, tiered: &Tiered) -> Option<String> {
    if tiered.plan_error.is_some() {
        return None;
    }
    crate::accounts::refusal(table, Some((tiered.accounts.len(), &tiered.skipped)))
        .map(|e| e.message())
}

/// Whether a tiering may reach the plan: read with a full mapping, and
/// with at least one account (a list that lost every row to a new mapping
/// leaves the plan as it was).
pub fn appliable(tiered: &Tiered) -> bool {
    tiered.plan_error.is_none() && !tiered.accounts.is_empty()
}
