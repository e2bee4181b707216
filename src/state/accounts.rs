//! The imported customer list on the page: the list and its tiers, the
//! import's progress, the review's sort, filter and scroll position, and
//! whether the list is remembered on this device. Plain data plus a
//! reducer, like [`super::workspace`]; the heavy work is done by [`Job`]s
//! that the page runs in slices.
//!
//! Privacy: nothing here reaches the scenario but [`plan_edit`]'s per-tier
//! totals.

mod import_tally;
pub mod job;
mod list;
pub mod memory;
pub mod pace;
pub mod policy;
mod review;
pub mod viewport;

use std::rc::Rc;

pub use import_tally::{ImportTally, Warning};
pub use job::{Job, JobProgress, Overrides, Phase, Rule, Step, Tiered};
pub use list::{appliable, plan_edit, refused, Applying, List};
pub use policy::PlanStep;
pub use review::{
    effective, listed, shown_rows, skipped_count, skipped_lines, tier_changes, ReviewView,
    TierChange, LISTED_PROBLEMS,
};

use crate::accounts::{Field, Filter, SortKey, Table};

/// What the page is busy with, for the progress bar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Busy {
    /// Reading the bytes of a file or of pasted cells.
    Reading {
        /// Share of the bytes read (0 to 1).
        fraction: f64,
        /// Rows found so far.
        rows: u64,
    },
    /// Tiering the rows (see [`JobProgress`]).
    Tiering(JobProgress),
}

impl Busy {
    /// Share done, 0 to 1 (never NaN).
    pub fn fraction(&self) -> f64 {
        let f = match self {
            Busy::Reading { fraction, .. } => *fraction,
            Busy::Tiering(p) => p.fraction,
        };
        if f.is_finite() {
            crate::float::clamp(f, 0.0, 1.0)
        } else {
            0.0
        }
    }

    /// Whole percent done, 0 to 100, rounded down (so 100 only when done).
    pub fn percent(&self) -> u32 {
        (self.fraction() * 100.0).floor() as u32
    }

    /// Rows done so far.
    pub fn rows(&self) -> u64 {
        match self {
            Busy::Reading { rows, .. } => *rows,
            Busy::Tiering(p) => p.rows,
        }
    }

    /// The word for what is being done ("Reading", "Tiering", "Adding up").
    pub fn verb(&self) -> &'static str {
        match self {
            Busy::Reading { .. } => "Reading",
            Busy::Tiering(p) => match p.phase {
                Phase::Rows => "Reading rows",
                Phase::Tiers => "Tiering",
                Phase::Totals => "Adding up",
            },
        }
    }
}

/// Whether the list is kept on this device.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Memory {
    /// The person opted in.
    pub remember: bool,
    /// What went wrong with the device's storage, in plain words.
    pub problem: Option<String>,
}

/// Everything the Accounts section shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AccountsState {
    /// What is being done, for the progress bar; `None` when idle.
    pub busy: Option<Busy>,
    /// Why the last input was refused (at the drop zone).
    pub refusal: Option<String>,
    /// The list on the page.
    pub list: Option<Rc<List>>,
    /// Whether the work is an import (which Cancel stops).
    pub importing: bool,
    /// The review's sort and filter.
    pub view: ReviewView,
    /// Remembering on this device.
    pub memory: Memory,
    /// Customers per tier of the plan before the list was applied.
    pub previous_counts: Option<Vec<f64>>,
    /// The moves the review lists: from this tier (any when `None`), to
    /// this tier (any when `None`).
    pub moves_filter: (Option<u8>, Option<u8>),
}

/// What happens to the Accounts section.
#[derive(Clone, Debug, PartialEq)]
pub enum AccountsAction {
    /// An import started: the refusal goes, the progress bar shows.
    Started,
    /// The person cancelled the import: the list on the page (if any) stays.
    Cancelled,
    /// Work moved on, or ended (`None`).
    Busy(Option<Busy>),
    /// An input was refused: its message goes to the drop zone; the list
    /// on the page (if any) stays.
    Refused(String),
    /// A new list replaces the one on the page.
    Loaded(Rc<List>),
    /// A job finished for the list of this table (ignored when another
    /// list replaced it meanwhile).
    Tiered(Rc<Table>, Rc<Tiered>),
    /// Column `index` holds `field` (`None`: ignored).
    SetColumn(usize, Option<Field>),
    /// The person set the tier of the account at table row `row`: a tier,
    /// or `None` for the rule's.
    Override(u32, Option<u8>),
    /// Sort by this column (again: the other way round).
    Sort(SortKey),
    /// Show these accounts.
    Filter(Filter),
    /// The list was applied to the plan, which had these customers per tier.
    Applied(Vec<f64>),
    /// The remember choice (and whether storage failed).
    Memory(Memory),
    /// Customers per tier before the list, read back from this device.
    PreviousCounts(Option<Vec<f64>>),
    /// List the moves from this tier to this tier (`None`: any).
    FilterMoves(Option<u8>, Option<u8>),
    /// Take the list off the page.
    Forget,
}

impl AccountsState {
    /// The reducer: the state after `action`.
    pub fn apply(&self, action: AccountsAction) -> Self {
        let mut next = self.clone();
        match action {
            AccountsAction::Started => {
                next.importing = true;
                next.refusal = None;
                next.busy = Some(Busy::Reading {
                    fraction: 0.0,
                    rows: 0,
                });
            }
            AccountsAction::Cancelled => {
                next.importing = false;
                next.busy = None;
            }
            AccountsAction::Busy(busy) => next.busy = busy,
            AccountsAction::Refused(message) => {
                next.importing = false;
                next.busy = None;
                next.refusal = Some(message);
            }
            AccountsAction::Loaded(list) => {
                next.importing = false;
                next.busy = None;
                next.refusal = None;
                next.list = Some(list);
                next.view = ReviewView::default();
                next.moves_filter = (None, None);
            }
            AccountsAction::Tiered(table, tiered) => {
                if !self.importing {
                    next.busy = None;
                }
                if let Some(list) = self.list.as_ref().filter(|l| Rc::ptr_eq(&l.table, &table)) {
                    let mut list = list.as_ref().clone();
                    list.tiered = Some(tiered);
                    list.revision += 1;
                    next.list = Some(Rc::new(list));
                }
            }
            AccountsAction::SetColumn(index, field) => {
                if let Some(list) = &self.list {
                    if index < list.mapping.columns.len() && list.mapping.columns[index] != field {
                        let mut list = list.as_ref().clone();
                        list.mapping.columns[index] = field;
                        next.list = Some(Rc::new(list));
                    }
                }
            }
            AccountsAction::Override(row, choice) => {
                if let Some(list) = &self.list {
                    next.list = Some(Rc::new(list::overridden(list, row, choice)));
                }
            }
            AccountsAction::Sort(key) => {
                next.view.descending = if key == self.view.sort {
                    !self.view.descending
                } else {
                    // Amounts, scores and tiers read best from the largest.
                    matches!(key, SortKey::Arr | SortKey::Score)
                };
                next.view.sort = key;
            }
            AccountsAction::Filter(filter) => next.view.filter = filter,
            AccountsAction::FilterMoves(from, to) => next.moves_filter = (from, to),
            AccountsAction::Applied(counts) => {
                next.previous_counts = Some(counts);
                if let Some(list) = &self.list {
                    let mut list = list.as_ref().clone();
                    list.applying = Applying::Derive;
                    next.list = Some(Rc::new(list));
                }
            }
            AccountsAction::Memory(memory) => next.memory = memory,
            AccountsAction::PreviousCounts(counts) => next.previous_counts = counts,
            AccountsAction::Forget => {
                next.list = None;
                next.busy = None;
                next.importing = false;
                next.refusal = None;
                next.view = ReviewView::default();
                next.moves_filter = (None, None);
                next.memory = Memory::default();
                next.previous_counts = None;
            }
        }
        next
    }
}

/// What the import summary says about the list as a whole, besides the
/// lines it skipped or doubted: money in another currency than the plan's
/// `currency`, and no "Customer since" column (so no first-year customers).
pub fn list_notes(tiered: &Tiered, currency: &str) -> Vec<String> {
    let mut notes = Vec::new();
    if tiered.plan_error.is_some() {
        return notes;
    }
    for seen in tiered
        .currencies
        .iter()
        .filter(|c| !crate::accounts::currency_matches(&c.mark, currency))
    {
        notes.push(format!(
            "ARR is written in {} ({}, first on line {}) but the plan counts in {currency}: \
             amounts are taken as written, not converted. Convert the file, or change the \
             plan's currency.",
            seen.mark,
            crate::model::format::count(f64::from(seen.rows), "row", "rows"),
            seen.line
        ));
    }
    if tiered.mapping.column_of(Field::CustomerSince).is_none() {
        notes.push(
            "No column holds \"Customer since\", so no account counts as a first-year \
             customer: the plan's first-year share is 0% in every tier. Choose that column \
             below if the list has it."
                .into(),
        );
    }
    notes
}

/// What a reload (or closing the page) would keep and lose, said beside
/// "Remember this list on this device" before anything is lost: the plan
/// stays, since its link holds the totals per tier; the list and the tiers
/// set by hand stay only on a device that remembers them. `None` when
/// nothing would be lost: no list, or a remembered one.
pub fn reload_note(state: &AccountsState) -> Option<String> {
    let list = state.list.as_ref()?;
    if state.memory.remember {
        return None;
    }
    let kept = "A reload keeps the plan (its link holds the totals per tier) but not this list";
    let overrides = list.overrides.len();
    Some(if overrides == 0 {
        format!("{kept}. Tick \"Remember this list on this device\" to keep it here.")
    } else {
        format!(
            "{kept}, nor {} set by hand. Tick \"Remember this list on this device\" to keep them \
             here, or download the tiered list: its Override column brings them back when you \
             import it again.",
            crate::model::format::count(overrides as f64, "tier", "tiers")
        )
    })
}

/// Whether leaving the page must ask first: tiers set by hand that no
/// device remembers would be lost (a list alone can be imported again).
pub fn unsaved_overrides(state: &AccountsState) -> bool {
    !state.memory.remember && state.list.as_ref().is_some_and(|l| !l.overrides.is_empty())
}

/// The month `YYYY-MM` of a calendar date (`month` 1 to 12).
pub fn month_text(year: i32, month: u32) -> String {
    format!("{year:04}-{:02}", month.clamp(1, 12))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::{aggregate, guess_mapping, read_table, Aggregates};
    use crate::accounts::{view_rows, LineProblem};
    use crate::model::tiering::TierRule;
    use crate::model::Scenario;
    use crate::state::edits::Edit;

    const AS_OF: i32 = 20_000;

    /// A list of `n` accounts with ARR falling from 1,000,000, every fifth
    /// one strategic, and a current-tier column.
    fn csv(n: usize) -> String {
        let mut text = String::from("Account,ARR,Products,Strategic,Renewal,Current tier\n");
        for i in 1..=n {
            let tier = if i % 3 == 0 {
                "Low touch"
            } else {
                "High touch"
            };
            text.push_str(&format!(
                "Customer {i},{},{},{},2024-{:02}-01,{tier}\n",
                1_000_000 / i,
                1 + i % 5,
                if i % 5 == 0 { "yes" } else { "no" },
                1 + i % 12
            ));
        }
        text
    }

    fn loaded(n: usize) -> (AccountsState, Rule) {
        let table = Rc::new(read_table(csv(n).as_bytes()).expect("a table"));
        let mapping = guess_mapping(table.headers());
        let rule = Rule::of(&Scenario::default());
        let tiered = Job::new(table.clone(), &mapping, Rc::default(), &rule, AS_OF, None).run();
        let mut list = List::new("list.csv".into(), table, mapping, Overrides::new());
        list.tiered = Some(Rc::new(tiered));
        list.revision = 1;
        let state = AccountsState::default().apply(AccountsAction::Loaded(Rc::new(list)));
        (state, rule)
    }

    /// Runs the job a list needs, as the page does, in slices of `rows`.
    fn settle(state: &AccountsState, rule: &Rule, rows: usize) -> AccountsState {
        let list = state.list.clone().expect("a list");
        let mut job = Job::new(
            list.table.clone(),
            &list.mapping,
            list.overrides.clone(),
            rule,
            AS_OF,
            list.tiered.as_deref(),
        );
        loop {
            if let Step::Done(t) = job.step(rows) {
                return state.apply(AccountsAction::Tiered(list.table.clone(), Rc::new(*t)));
            }
        }
    }

    fn tiered(state: &AccountsState) -> Rc<Tiered> {
        state.list.as_ref().unwrap().tiered.clone().unwrap()
    }

    #[test]
    fn tiering_in_slices_equals_tiering_at_once() {
        let (state, rule) = loaded(1_000);
        let t = tiered(&state);
        assert_eq!(t.accounts.len(), 1_000);
        let once = aggregate(&t.accounts, &t.assignments, rule.tiers(), AS_OF);
        // Counts are whole numbers, exact in any order; ARR sums may differ
        // in the last bits between one sum and a sum of slice sums.
        for (a, b) in t.aggregates.tiers.iter().zip(&once.tiers) {
            assert_eq!(a.customers, b.customers);
            assert_eq!(a.renewals_by_month, b.renewals_by_month);
            assert!((a.arr - b.arr).abs() <= 1e-6 * b.arr.abs().max(1.0));
        }
        let customers: f64 = t.aggregates.tiers.iter().map(|a| a.customers).sum();
        assert_eq!(customers, 1_000.0);
        let mut sliced = state.clone();
        let list = state.list.as_ref().unwrap().as_ref().clone();
        let mut list = list;
        list.tiered = None;
        sliced.list = Some(Rc::new(list));
        let sliced = settle(&sliced, &rule, 7);
        assert_eq!(tiered(&sliced).assignments, t.assignments);
        assert_eq!(tiered(&sliced).review, t.review);
    }

    #[test]
    fn a_job_is_needed_after_each_change_and_not_after_it_ran() {
        let (state, rule) = loaded(50);
        let list = state.list.clone().unwrap();
        assert!(!list.needs_work(&rule));

        let remapped = state.apply(AccountsAction::SetColumn(2, None));
        assert!(remapped.list.as_ref().unwrap().needs_work(&rule));
        let remapped = settle(&remapped, &rule, 1_000);
        assert!(!remapped.list.as_ref().unwrap().needs_work(&rule));
        assert!(tiered(&remapped)
            .accounts
            .iter()
            .all(|a| a.products.is_none()));

        let overridden = state.apply(AccountsAction::Override(10, Some(2)));
        assert!(overridden.list.as_ref().unwrap().needs_work(&rule));

        let mut scenario = Scenario::default();
        scenario.tiering.rule = TierRule::Score;
        let by_score = Rule::of(&scenario);
        assert_ne!(by_score, rule);
        assert!(list.needs_work(&by_score));
        let rescored = settle(&state, &by_score, 13);
        assert_eq!(
            tiered(&rescored).rule.cutoffs,
            scenario
                .tiers
                .iter()
                .map(|t| t.min_score)
                .collect::<Vec<_>>()
        );
        assert!(
            Rc::ptr_eq(&tiered(&rescored).accounts, &tiered(&state).accounts),
            "a new rule does not read the rows again"
        );
    }

    #[test]
    fn an_override_wins_and_choosing_the_rule_again_removes_it() {
        let (state, rule) = loaded(60);
        let last = tiered(&state).accounts.last().unwrap().row;
        let rule_tier = tiered(&state).assignments.last().unwrap().rule_tier;
        let target = if rule_tier == 0 { 2 } else { 0 };
        let moved = settle(
            &state.apply(AccountsAction::Override(last, Some(target))),
            &rule,
            5,
        );
        let a = tiered(&moved).assignments.last().unwrap().clone();
        assert_eq!(a.tier, target);
        assert!(a.overridden);
        assert_eq!(a.rule_tier, rule_tier);
        assert_eq!(tiered(&moved).review.disagreements.len(), 1);
        let counts = |s: &AccountsState| -> Vec<f64> {
            tiered(s)
                .aggregates
                .tiers
                .iter()
                .map(|t| t.customers)
                .collect()
        };
        assert_eq!(
            counts(&moved)[target as usize],
            counts(&state)[target as usize] + 1.0
        );

        // Only the changed row was re-assigned, with the same result as a full run.
        let full = Job::new(
            moved.list.as_ref().unwrap().table.clone(),
            &moved.list.as_ref().unwrap().mapping,
            moved.list.as_ref().unwrap().overrides.clone(),
            &rule,
            AS_OF,
            None,
        )
        .run();
        assert_eq!(full.assignments, tiered(&moved).assignments);

        let back = settle(&moved.apply(AccountsAction::Override(last, None)), &rule, 5);
        assert!(back.list.as_ref().unwrap().overrides.is_empty());
        assert_eq!(counts(&back), counts(&state));
    }

    #[test]
    fn a_file_override_can_be_set_aside_by_choosing_the_rule() {
        let text = "Account,ARR,Override\nNorthwind,500,High touch\nContoso,900000,\n";
        let table = Rc::new(read_table(text.as_bytes()).unwrap());
        let mapping = guess_mapping(table.headers());
        assert_eq!(mapping.column_of(Field::OverrideTier), Some(2));
        let rule = Rule::of(&Scenario::default());
        let mut list = List::new(
            "o.csv".into(),
            table.clone(),
            mapping.clone(),
            Overrides::new(),
        );
        list.tiered = Some(Rc::new(
            Job::new(table, &mapping, Rc::default(), &rule, AS_OF, None).run(),
        ));
        let state = AccountsState::default().apply(AccountsAction::Loaded(Rc::new(list)));
        assert!(tiered(&state).assignments[0].overridden);
        let ruled = settle(&state.apply(AccountsAction::Override(0, None)), &rule, 10);
        assert_eq!(ruled.list.as_ref().unwrap().override_of(0), Some(None));
        assert!(!tiered(&ruled).assignments[0].overridden);
        // Choosing what the file says again keeps no entry of the person's.
        let again = ruled.apply(AccountsAction::Override(0, Some(0)));
        assert_eq!(again.list.as_ref().unwrap().override_of(0), None);
    }

    #[test]
    fn a_mapping_without_arr_says_so_and_gives_empty_totals() {
        let (state, rule) = loaded(20);
        let col = state
            .list
            .as_ref()
            .unwrap()
            .mapping
            .column_of(Field::Arr)
            .unwrap();
        let no_arr = settle(
            &state.apply(AccountsAction::SetColumn(col, None)),
            &rule,
            100,
        );
        let t = tiered(&no_arr);
        assert!(t.plan_error.as_deref().unwrap().contains("ARR"));
        assert!(t.accounts.is_empty());
        assert_eq!(t.aggregates.tiers.len(), rule.tiers());
        assert!(t.aggregates.tiers.iter().all(|a| a.customers == 0.0));
    }

    #[test]
    fn a_result_for_a_replaced_list_is_ignored() {
        let (old, rule) = loaded(10);
        let (new, _) = loaded(12);
        let stale_table = old.list.as_ref().unwrap().table.clone();
        let stale = Job::new(
            stale_table.clone(),
            &old.list.as_ref().unwrap().mapping,
            Rc::default(),
            &rule,
            AS_OF,
            None,
        )
        .run();
        let after = new.apply(AccountsAction::Tiered(stale_table, Rc::new(stale)));
        assert_eq!(after.list, new.list);
        assert_eq!(tiered(&after).accounts.len(), 12);
    }

    #[test]
    fn refusals_keep_the_list_and_imports_can_be_cancelled() {
        let (state, _) = loaded(5);
        let started = state.apply(AccountsAction::Started);
        assert!(started.importing);
        assert!(started.busy.is_some());
        let refused = started.apply(AccountsAction::Refused("The file is empty.".into()));
        assert_eq!(refused.refusal.as_deref(), Some("The file is empty."));
        assert!(!refused.importing && refused.busy.is_none());
        assert_eq!(refused.list, state.list);
        let cancelled = state
            .apply(AccountsAction::Started)
            .apply(AccountsAction::Cancelled);
        assert!(!cancelled.importing && cancelled.busy.is_none());
        assert_eq!(cancelled.list, state.list);
        assert!(cancelled.refusal.is_none());
    }

    #[test]
    fn applying_then_deriving_and_forgetting() {
        let (state, _) = loaded(5);
        assert_eq!(state.list.as_ref().unwrap().applying, Applying::Apply);
        let applied = state.apply(AccountsAction::Applied(vec![10.0, 20.0, 30.0]));
        assert_eq!(applied.list.as_ref().unwrap().applying, Applying::Derive);
        assert_eq!(applied.previous_counts, Some(vec![10.0, 20.0, 30.0]));
        let edit = plan_edit(&tiered(&applied), "2026-11");
        match edit {
            Edit::ApplyAccounts(summary) => {
                assert_eq!(summary.as_of, "2026-11");
                assert_eq!(summary.tiers, tiered(&applied).aggregates.tiers);
            }
            other => panic!("{other:?}"),
        }
        let gone = applied.apply(AccountsAction::Forget);
        assert!(gone.list.is_none() && gone.previous_counts.is_none());
        assert!(!gone.memory.remember);
    }

    #[test]
    fn a_list_without_accounts_is_refused_and_never_applied() {
        let rule = Rule::of(&Scenario::default());
        let run = |text: &str| {
            let table = Rc::new(read_table(text.as_bytes()).unwrap());
            let mapping = guess_mapping(table.headers());
            let t = Job::new(table.clone(), &mapping, Rc::default(), &rule, AS_OF, None).run();
            (table, t)
        };
        let (table, t) = run("Account,ARR,Renewal date\n");
        let message = refused(&table, &t).expect("refused");
        assert!(message.contains("no account rows"), "{message}");
        assert!(!appliable(&t));
        let (table, t) = run("Account,ARR\nNorthwind,abc\nContoso,-5\n");
        let message = refused(&table, &t).expect("refused");
        assert!(message.contains("line 2"), "{message}");
        assert!(!appliable(&t));
        let (table, t) = run("Account,ARR\nNorthwind,abc\nContoso,5\n");
        assert_eq!(refused(&table, &t), None);
        assert!(appliable(&t));
        // No ARR column yet: the person chooses it, nothing is refused.
        let (table, t) = run("Account,Fee\nNorthwind,5\n");
        assert_eq!(refused(&table, &t), None);
        assert!(!appliable(&t));
    }

    #[test]
    fn the_summary_notes_another_currency_and_no_customer_since() {
        let rule = Rule::of(&Scenario::default());
        let text = "Account,ARR,Customer since\nA,€ 45.000,2024-01-01\nB,\"€ 7.000\",2024-01-01\n";
        let table = Rc::new(read_table(text.as_bytes()).unwrap());
        let mapping = guess_mapping(table.headers());
        let t = Job::new(table, &mapping, Rc::default(), &rule, AS_OF, None).run();
        let notes = list_notes(&t, "USD");
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(
            notes[0].contains("€ (2 rows, first on line 2)"),
            "{notes:?}"
        );
        assert!(list_notes(&t, "EUR").is_empty());
        let (state, _) = loaded(5);
        let notes = list_notes(&tiered(&state), "USD");
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(notes[0].contains("Customer since"), "{notes:?}");
    }

    #[test]
    fn the_score_rule_scales_a_list_without_products_complexity_or_strategic() {
        // Name, ARR, renewal and current tier: only ARR can earn points.
        let text = "Account,ARR,Renewal date,Current tier\n\
                    Big,1000000,2026-03-01,High touch\n\
                    Mid,450000,2026-04-01,Low touch\n\
                    Small,5000,2026-05-01,Tech touch\n";
        let table = Rc::new(read_table(text.as_bytes()).unwrap());
        let mapping = guess_mapping(table.headers());
        let mut scenario = Scenario::default();
        scenario.tiering.rule = TierRule::Score;
        let rule = Rule::of(&scenario);
        let t = Job::new(table, &mapping, Rc::default(), &rule, AS_OF, None).run();
        let tiers: Vec<u8> = t.assignments.iter().map(|a| a.tier).collect();
        let scores: Vec<f64> = t.assignments.iter().map(|a| a.score).collect();
        // 100 of 100 for $1M (not 40), 45 for $450k (not 18), 0.5 for $5k.
        assert_eq!(scores, [100.0, 45.0, 0.5]);
        assert_eq!(tiers, [0, 1, 2], "cut-offs {:?}", rule.cutoffs);
    }

    #[test]
    fn a_reload_says_what_it_keeps_and_asks_before_overrides_are_lost() {
        assert_eq!(reload_note(&AccountsState::default()), None);
        assert!(!unsaved_overrides(&AccountsState::default()));
        let (state, _) = loaded(5);
        let note = reload_note(&state).expect("a list that is not remembered");
        assert!(note.contains("keeps the plan"), "{note}");
        assert!(note.contains("not this list"), "{note}");
        assert!(
            !unsaved_overrides(&state),
            "a list alone can be imported again"
        );
        let row = state
            .list
            .as_ref()
            .unwrap()
            .tiered
            .as_ref()
            .unwrap()
            .accounts[0]
            .row;
        let one = state.apply(AccountsAction::Override(row, Some(2)));
        assert!(unsaved_overrides(&one));
        let note = reload_note(&one).unwrap();
        assert!(note.contains("nor 1 tier set by hand"), "{note}");
        let remembered = one.apply(AccountsAction::Memory(Memory {
            remember: true,
            problem: None,
        }));
        assert_eq!(reload_note(&remembered), None);
        assert!(!unsaved_overrides(&remembered));
        // Storage refused: the box is unticked, and the warning is back.
        let refused = remembered.apply(AccountsAction::Memory(Memory {
            remember: false,
            problem: Some("refused".into()),
        }));
        assert!(unsaved_overrides(&refused));
    }

    #[test]
    fn the_moves_filter_is_kept_until_another_list_or_forget() {
        let (state, _) = loaded(5);
        let filtered = state.apply(AccountsAction::FilterMoves(Some(1), None));
        assert_eq!(filtered.moves_filter, (Some(1), None));
        let sorted = filtered.apply(AccountsAction::Sort(SortKey::Arr));
        assert_eq!(sorted.moves_filter, (Some(1), None));
        let list = state.list.clone().unwrap();
        let reloaded = sorted.apply(AccountsAction::Loaded(list));
        assert_eq!(reloaded.moves_filter, (None, None));
        let gone = filtered.apply(AccountsAction::Forget);
        assert_eq!(gone.moves_filter, (None, None));
    }

    #[test]
    fn progress_is_a_whole_percent_never_past_the_work_done() {
        let reading = |fraction: f64| Busy::Reading { fraction, rows: 7 };
        assert_eq!(reading(0.0).percent(), 0);
        assert_eq!(reading(0.4399).percent(), 43);
        assert_eq!(reading(0.999).percent(), 99);
        assert_eq!(reading(1.0).percent(), 100);
        // A size the browser got wrong, or none at all, never shows past
        // 100% nor a NaN.
        assert_eq!(reading(3.5).percent(), 100);
        assert_eq!(reading(f64::NAN).percent(), 0);
        assert_eq!(reading(-1.0).percent(), 0);
        assert_eq!(reading(0.5).rows(), 7);
    }

    #[test]
    fn sorting_again_turns_the_order_round() {
        let s = AccountsState::default();
        let by_arr = s.apply(AccountsAction::Sort(SortKey::Arr));
        assert!(by_arr.view.descending, "amounts start with the largest");
        let again = by_arr.apply(AccountsAction::Sort(SortKey::Arr));
        assert!(!again.view.descending);
        let by_name = again.apply(AccountsAction::Sort(SortKey::Name));
        assert_eq!(by_name.view.sort, SortKey::Name);
        assert!(!by_name.view.descending);
    }

    #[test]
    fn problems_are_listed_up_to_a_hundred() {
        let problems: Vec<LineProblem> = (1..=250)
            .map(|line| LineProblem {
                line,
                reason: "bad".into(),
            })
            .collect();
        let (shown, more) = listed(&problems);
        assert_eq!((shown.len(), more), (100, 150));
        assert_eq!(listed(&problems[..3]).1, 0);
        assert_eq!(month_text(2026, 3), "2026-03");
        assert_eq!(month_text(2026, 13), "2026-12");
    }

    #[test]
    fn the_review_in_slices_is_the_review_of_the_whole_list() {
        // 1,000 accounts within 5% of the 100k cut-off: more near a cut-off
        // than the review lists, so the slices' nearest must be merged.
        let mut text = String::from("Account,ARR,Current tier,Override\n");
        for i in 0..1_000 {
            let arr = 95_000 + (i * 7_919) % 10_000;
            let over = if i % 97 == 0 { "Tech touch" } else { "" };
            text.push_str(&format!(
                "A{i},{arr},{},{over}\n",
                if i % 2 == 0 { "High touch" } else { "" }
            ));
        }
        let table = Rc::new(read_table(text.as_bytes()).unwrap());
        let mapping = guess_mapping(table.headers());
        let rule = Rule::of(&Scenario::default());
        let mut job = Job::new(table, &mapping, Rc::default(), &rule, AS_OF, None);
        let t = loop {
            if let Step::Done(t) = job.step(7) {
                break *t;
            }
        };
        let whole =
            crate::accounts::review(&t.accounts, &t.assignments, &rule.cutoffs, rule.tiers());
        assert_eq!(whole.near_cutoff.len(), crate::accounts::review::NEAR_LIMIT);
        assert!(!whole.disagreements.is_empty());
        assert_eq!(*t.review, whole);
    }

    #[test]
    fn the_unsorted_view_is_every_account_in_list_order() {
        let (state, _) = loaded(300);
        let list = state.list.as_ref().unwrap();
        let t = tiered(&state);
        let all = shown_rows(&list.table, &t, &ReviewView::default());
        let sorted = view_rows(
            &list.table,
            &t.mapping,
            &t.accounts,
            &t.assignments,
            &t.rule.cutoffs,
            &Filter::default(),
            SortKey::Line,
            false,
        );
        assert_eq!(all, sorted);
        let by_arr = ReviewView {
            sort: SortKey::Arr,
            descending: true,
            filter: Filter::default(),
        };
        let shown = shown_rows(&list.table, &t, &by_arr);
        assert!(shown
            .windows(2)
            .all(|w| t.accounts[w[0] as usize].arr >= t.accounts[w[1] as usize].arr));
    }

    #[test]
    fn skipped_lines_of_the_reader_and_of_the_mapping_are_one_list_in_line_order() {
        let text = "Account,ARR\nA,1\n,5\nB,\"open\nC,3\nD,x\n";
        let table = Rc::new(read_table(text.as_bytes()).unwrap());
        let mapping = guess_mapping(table.headers());
        let rule = Rule::of(&Scenario::default());
        let t = Job::new(table.clone(), &mapping, Rc::default(), &rule, AS_OF, None).run();
        let lines: Vec<u32> = skipped_lines(&table, &t).iter().map(|p| p.line).collect();
        let mut sorted = lines.clone();
        sorted.sort_unstable();
        assert_eq!(lines, sorted);
        assert_eq!(lines.len(), table.problems().len() + t.skipped.len());
        assert_eq!(skipped_count(&table, &t), lines.len());
        assert!(lines.contains(&3), "the row without a name: {lines:?}");
    }

    #[test]
    fn slices_of_totals_add_up() {
        let (state, rule) = loaded(100);
        let t = tiered(&state);
        let mut sum = Aggregates::default();
        for range in [0..30, 30..31, 31..100] {
            let part = aggregate(
                &t.accounts[range.clone()],
                &t.assignments[range],
                rule.tiers(),
                AS_OF,
            );
            job::add_totals(&mut sum, &part);
        }
        let whole = aggregate(&t.accounts, &t.assignments, rule.tiers(), AS_OF);
        for (a, b) in sum.tiers.iter().zip(&whole.tiers) {
            assert_eq!(a.customers, b.customers);
            assert_eq!(a.first_year, b.first_year);
        }
    }
}
