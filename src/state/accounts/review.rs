//! The review of a tiered list: its sort and filter, the accounts it
//! shows, and the lines the import skipped.

use super::job::{with_override, Tiered};
use super::list::List;
use crate::accounts::{view_rows, Account, Filter, LineProblem, SortKey, Table};

/// Most skipped lines and warnings listed one by one (then "and N more").
pub const LISTED_PROBLEMS: usize = 100;

/// The review's sort and filter.
#[derive(Clone, Debug, PartialEq)]
pub struct ReviewView {
    /// The column sorted by.
    pub sort: SortKey,
    /// Largest first.
    pub descending: bool,
    /// Which accounts are shown.
    pub filter: Filter,
}

impl Default for ReviewView {
    fn default() -> Self {
        Self {
            sort: SortKey::Line,
            descending: false,
            filter: Filter::default(),
        }
    }
}

/// The first `LISTED_PROBLEMS` problems, and how many more there are.
pub fn listed(problems: &[LineProblem]) -> (&[LineProblem], usize) {
    let shown = problems.len().min(LISTED_PROBLEMS);
    (&problems[..shown], problems.len() - shown)
}

/// The accounts (indexes) the review shows for `view`. Unsorted and
/// unfiltered, that is every account in list order (accounts are read in
/// line order), given without sorting a million lines.
pub fn shown_rows(table: &Table, tiered: &Tiered, view: &ReviewView) -> Vec<u32> {
    if *view == ReviewView::default() {
        return (0..tiered.accounts.len() as u32).collect();
    }
    view_rows(
        table,
        &tiered.mapping,
        &tiered.accounts,
        &tiered.assignments,
        &tiered.rule.cutoffs,
        &view.filter,
        view.sort,
        view.descending,
    )
}

/// Every line skipped: those the table reader could not split into cells
/// and those the mapping could not read as an account, in line order.
pub fn skipped_lines(table: &Table, tiered: &Tiered) -> Vec<LineProblem> {
    let (a, b) = (table.problems(), tiered.skipped.as_slice());
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    // Both are in line order: merged in one pass.
    while i < a.len() || j < b.len() {
        if j >= b.len() || (i < a.len() && a[i].line <= b[j].line) {
            out.push(a[i].clone());
            i += 1;
        } else {
            out.push(b[j].clone());
            j += 1;
        }
    }
    out
}

/// The account `account` with the person's override in place.
pub fn effective(account: &Account, list: &List) -> Account {
    with_override(account, &list.overrides)
}

/// How many lines were skipped: those the table reader could not split into
/// cells and those the mapping could not read as an account (the length of
/// [`skipped_lines`], without building it).
pub fn skipped_count(table: &Table, tiered: &Tiered) -> usize {
    table.problems().len() + tiered.skipped.len()
}

/// One tier's customers before the list and in it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TierChange {
    /// Customers the plan had before the list was applied (`None` when
    /// this page does not know).
    pub before: Option<f64>,
    /// Accounts of the list in the tier.
    pub now: f64,
    /// Change = now − before (`None` when before is not known).
    pub change: Option<f64>,
}

/// Per tier (`tiers` of them), the plan's customers `before` the list
/// (when known) against the list's `counts`; a tier the counts do not
/// reach has 0 accounts.
pub fn tier_changes(counts: &[u32], before: Option<&[f64]>, tiers: usize) -> Vec<TierChange> {
    (0..tiers)
        .map(|i| {
            let now = f64::from(counts.get(i).copied().unwrap_or(0));
            let before = before.and_then(|c| c.get(i)).copied();
            TierChange {
                before,
                now,
                change: before.map(|b| now - b),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_tier_compares_the_list_with_the_plan_before_it() {
        let changes = tier_changes(&[5, 12], Some(&[8.0, 12.0, 3.0]), 3);
        let at = |i: usize| {
            let c: &TierChange = &changes[i];
            (c.before, c.now, c.change)
        };
        assert_eq!(at(0), (Some(8.0), 5.0, Some(-3.0)));
        assert_eq!(at(1), (Some(12.0), 12.0, Some(0.0)));
        // A tier without accounts in the list: 0, so 3 fewer.
        assert_eq!(at(2), (Some(3.0), 0.0, Some(-3.0)));
        // Before the list unknown: no change to show.
        let unknown = tier_changes(&[5], None, 2);
        assert_eq!(
            unknown,
            vec![
                TierChange {
                    before: None,
                    now: 5.0,
                    change: None
                },
                TierChange {
                    before: None,
                    now: 0.0,
                    change: None
                },
            ]
        );
    }
}
