//! Tiering a list, in slices: read the rows as accounts, assign each a
//! tier, add up the tiers and build the review. Each call of [`Job::step`]
//! does a bounded amount of work, so the page can run a million rows in
//! slices of a few milliseconds and stay responsive between them.
//!
//! A job starts from what is already known: a list re-read after a mapping
//! change starts at the rows; a changed rule starts at the tiers; a changed
//! override re-assigns only the rows whose override changed.

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::accounts::review::NEAR_LIMIT;
use crate::accounts::{
    aggregate, assign, cutoff_distance, review, Account, AccountsRead, Aggregates, Assignment,
    CurrencySeen, LineProblem, Mapping, ReadPlan, Review, Table, TierAggregate,
};
use crate::model::tiering::{TierRule, Tiering};
use crate::model::Scenario;

/// What the scenario says about tiering accounts: the rule, its cut-offs
/// and the tier names (which a current-tier or override column may use).
#[derive(Clone, Debug, PartialEq)]
pub struct Rule {
    /// ARR or score, weights and full-points values.
    pub tiering: Tiering,
    /// Each tier's cut-off, most valuable first: `min_arr` under the ARR
    /// rule, `min_score` under the score rule.
    pub cutoffs: Vec<f64>,
    /// Each tier's name as shown.
    pub tier_names: Vec<String>,
}

impl Rule {
    /// The rule of `scenario`.
    pub fn of(scenario: &Scenario) -> Self {
        let tiering = scenario.tiering.clone();
        let cutoffs = scenario
            .tiers
            .iter()
            .map(|t| match tiering.rule {
                TierRule::Arr => t.min_arr,
                TierRule::Score => t.min_score,
            })
            .collect();
        let tier_names = (0..scenario.tiers.len())
            .map(|i| crate::model::names::tier_name(&scenario.tiers, i))
            .collect();
        Self {
            tiering,
            cutoffs,
            tier_names,
        }
    }

    /// Number of tiers.
    pub fn tiers(&self) -> usize {
        self.cutoffs.len()
    }
}

/// Tiers chosen by hand, by table row: `Some(tier)`, or `None` for "the
/// rule" (which sets aside an override column of the file).
pub type Overrides = BTreeMap<u32, Option<u8>>;

/// `account` with the person's override (if any) in place of the file's.
pub fn with_override(account: &Account, overrides: &Overrides) -> Account {
    let mut account = account.clone();
    if let Some(choice) = overrides.get(&account.row) {
        account.override_tier = *choice;
    }
    account
}

/// A tiered list: its accounts, their tiers, the totals and the review,
/// with the inputs they were computed from.
#[derive(Clone, Debug, PartialEq)]
pub struct Tiered {
    /// The mapping the rows were read with.
    pub mapping: Mapping,
    /// The person's overrides the tiers include.
    pub overrides: Rc<Overrides>,
    /// The rule the tiers follow.
    pub rule: Rule,
    /// The score the tiers follow: the rule's, with the criteria that no
    /// column gives weighing 0 and the rest scaled to the full score (see
    /// [`Tiering::for_columns`]).
    pub scoring: Tiering,
    /// The as-of day of the totals (days since 1970-01-01).
    pub as_of_days: i32,
    /// Why the rows could not be read at all (no name or ARR column), if so.
    pub plan_error: Option<String>,
    /// The accounts read, as in the file (overrides from the file included).
    pub accounts: Rc<Vec<Account>>,
    /// Rows that could not be read, with their line numbers.
    pub skipped: Rc<Vec<LineProblem>>,
    /// Rows read with a doubt, with their line numbers.
    pub warnings: Rc<Vec<LineProblem>>,
    /// The currencies the ARR (or MRR) cells name (see [`AccountsRead`]).
    pub currencies: Rc<Vec<CurrencySeen>>,
    /// Each account's tier (same order as `accounts`).
    pub assignments: Rc<Vec<Assignment>>,
    /// Per-tier totals: what reaches the plan.
    pub aggregates: Aggregates,
    /// The semiannual review.
    pub review: Rc<Review>,
}

/// Which part of the work a job is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Reading the rows as accounts.
    Rows,
    /// Assigning tiers.
    Tiers,
    /// Adding up the tiers and building the review.
    Totals,
}

/// Where a running job stands.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct JobProgress {
    /// The part being done.
    pub phase: Phase,
    /// Share of the whole job done (0 to 1).
    pub fraction: f64,
    /// Rows done in this part.
    pub rows: u64,
}

/// What one step left.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// More to do.
    Working(JobProgress),
    /// All done.
    Done(Box<Tiered>),
}

enum Stage {
    Rows {
        plan: Box<ReadPlan>,
        next: usize,
        read: AccountsRead,
    },
    Tiers {
        next: usize,
        /// Rows to re-assign (sorted account indexes); `None`: every account.
        only: Option<Vec<usize>>,
        assignments: Vec<Assignment>,
    },
    Totals {
        next: usize,
        totals: Aggregates,
        review: Review,
    },
    Done,
}

/// Share of the job's time each phase takes (for the progress bar).
const ROWS_SHARE: f64 = 0.55;
const TIERS_SHARE: f64 = 0.3;

/// Tiering one list, one slice at a time.
pub struct Job {
    table: Rc<Table>,
    tiered: Tiered,
    stage: Stage,
}

impl Job {
    /// A job that brings `previous` (the list's last result, if any) up to
    /// date with `mapping`, `overrides` and `rule`, doing only what changed.
    pub fn new(
        table: Rc<Table>,
        mapping: &Mapping,
        overrides: Rc<Overrides>,
        rule: &Rule,
        as_of_days: i32,
        previous: Option<&Tiered>,
    ) -> Self {
        let reusable = previous.filter(|p| {
            p.plan_error.is_none() && p.mapping == *mapping && p.rule.tier_names == rule.tier_names
        });
        let mut tiered = Tiered {
            mapping: mapping.clone(),
            overrides: overrides.clone(),
            rule: rule.clone(),
            scoring: rule.tiering.for_columns(&mapping.criteria()),
            as_of_days,
            plan_error: None,
            accounts: Rc::default(),
            skipped: Rc::default(),
            warnings: Rc::default(),
            currencies: Rc::default(),
            assignments: Rc::default(),
            aggregates: Aggregates::default(),
            review: Rc::default(),
        };
        let stage = match reusable {
            Some(p) => {
                tiered.accounts = p.accounts.clone();
                tiered.skipped = p.skipped.clone();
                tiered.warnings = p.warnings.clone();
                tiered.currencies = p.currencies.clone();
                if p.rule == *rule {
                    let only = changed_rows(&p.accounts, &p.overrides, &overrides);
                    Stage::Tiers {
                        next: 0,
                        only: Some(only),
                        assignments: p.assignments.as_ref().clone(),
                    }
                } else {
                    Stage::Tiers {
                        next: 0,
                        only: None,
                        assignments: Vec::with_capacity(p.accounts.len()),
                    }
                }
            }
            None => match ReadPlan::new(&table, mapping, &rule.tier_names) {
                Ok(plan) => Stage::Rows {
                    plan: Box::new(plan),
                    next: 0,
                    // Room for every row up front: growing a vector of a
                    // million accounts copies it, a long pause each time.
                    read: AccountsRead {
                        accounts: Vec::with_capacity(table.len()),
                        ..AccountsRead::default()
                    },
                },
                Err(message) => {
                    tiered.plan_error = Some(message);
                    tiered.aggregates = empty_totals(rule.tiers());
                    Stage::Done
                }
            },
        };
        Self {
            table,
            tiered,
            stage,
        }
    }

    /// The part the next step works on; `None` when the job is done.
    pub fn phase(&self) -> Option<Phase> {
        match self.stage {
            Stage::Rows { .. } => Some(Phase::Rows),
            Stage::Tiers { .. } => Some(Phase::Tiers),
            Stage::Totals { .. } => Some(Phase::Totals),
            Stage::Done => None,
        }
    }

    /// Does about `rows` rows of work; says what is left.
    pub fn step(&mut self, rows: usize) -> Step {
        let rows = rows.max(1);
        let table_rows = self.table.len();
        let tiers = self.tiered.rule.tiers();
        let progress = match &mut self.stage {
            Stage::Rows { plan, next, read } => {
                let end = (*next + rows).min(table_rows);
                plan.read(&self.table, *next..end, read);
                *next = end;
                let done = *next;
                if done >= table_rows {
                    let read = std::mem::take(read);
                    let n = read.accounts.len();
                    self.tiered.accounts = Rc::new(read.accounts);
                    self.tiered.skipped = Rc::new(read.skipped);
                    self.tiered.warnings = Rc::new(read.warnings);
                    self.tiered.currencies = Rc::new(read.currencies);
                    self.stage = Stage::Tiers {
                        next: 0,
                        only: None,
                        assignments: Vec::with_capacity(n),
                    };
                }
                JobProgress {
                    phase: Phase::Rows,
                    fraction: ROWS_SHARE * share(done, table_rows),
                    rows: done as u64,
                }
            }
            Stage::Tiers {
                next,
                only,
                assignments,
            } => {
                let accounts = &self.tiered.accounts;
                let overrides = &self.tiered.overrides;
                let rule = &self.tiered.rule;
                let scoring = &self.tiered.scoring;
                let total = only.as_ref().map_or(accounts.len(), Vec::len);
                let end = (*next + rows).min(total);
                match only {
                    None => {
                        let slice: Vec<Account> = accounts[*next..end]
                            .iter()
                            .map(|a| with_override(a, overrides))
                            .collect();
                        assignments.extend(assign(&slice, scoring, &rule.cutoffs));
                    }
                    Some(indexes) => {
                        for &k in &indexes[*next..end] {
                            let account = with_override(&accounts[k], overrides);
                            if let Some(a) = assign(&[account], scoring, &rule.cutoffs).pop() {
                                assignments[k] = a;
                            }
                        }
                    }
                }
                *next = end;
                let done = *next;
                if done >= total {
                    self.tiered.assignments = Rc::new(std::mem::take(assignments));
                    self.stage = Stage::Totals {
                        next: 0,
                        totals: empty_totals(tiers),
                        review: empty_review(tiers),
                    };
                }
                JobProgress {
                    phase: Phase::Tiers,
                    fraction: ROWS_SHARE + TIERS_SHARE * share(done, total),
                    rows: done as u64,
                }
            }
            Stage::Totals {
                next,
                totals,
                review: whole,
            } => {
                let accounts = &self.tiered.accounts;
                let assignments = &self.tiered.assignments;
                let cutoffs = &self.tiered.rule.cutoffs;
                let total = accounts.len().min(assignments.len());
                let end = (*next + rows).min(total);
                let slice = (&accounts[*next..end], &assignments[*next..end]);
                let part = aggregate(slice.0, slice.1, tiers, self.tiered.as_of_days);
                add_totals(totals, &part);
                let part = review(slice.0, slice.1, cutoffs, tiers);
                add_review(whole, &part, *next as u32, assignments, cutoffs);
                *next = end;
                let done = *next;
                if done >= total {
                    self.tiered.aggregates = std::mem::take(totals);
                    self.tiered.review = Rc::new(std::mem::take(whole));
                    self.stage = Stage::Done;
                }
                JobProgress {
                    phase: Phase::Totals,
                    fraction: ROWS_SHARE
                        + TIERS_SHARE
                        + (1.0 - ROWS_SHARE - TIERS_SHARE) * share(done, total),
                    rows: done as u64,
                }
            }
            Stage::Done => return Step::Done(Box::new(self.tiered.clone())),
        };
        if matches!(self.stage, Stage::Done) {
            Step::Done(Box::new(self.tiered.clone()))
        } else {
            Step::Working(progress)
        }
    }

    /// Runs the whole job at once (for tests and small lists).
    pub fn run(mut self) -> Tiered {
        loop {
            if let Step::Done(tiered) = self.step(usize::MAX / 2) {
                return *tiered;
            }
        }
    }
}

/// `done ÷ total`, 1 when there is nothing to do.
fn share(done: usize, total: usize) -> f64 {
    if total == 0 {
        1.0
    } else {
        done as f64 / total as f64
    }
}

/// Indexes of the accounts whose override differs between `before` and `after`.
fn changed_rows(accounts: &[Account], before: &Overrides, after: &Overrides) -> Vec<usize> {
    // Rows whose choice changed or went, then rows chosen for the first time:
    // each row once. The order does not matter: each is re-assigned alone.
    before
        .iter()
        .filter(|(r, t)| after.get(r) != Some(t))
        .map(|(r, _)| *r)
        .chain(after.keys().filter(|r| !before.contains_key(r)).copied())
        // Accounts are in row order, so each changed row is found by bisection.
        .filter_map(|r| accounts.binary_search_by_key(&r, |a| a.row).ok())
        .collect()
}

/// Totals of `tiers` empty tiers.
fn empty_totals(tiers: usize) -> Aggregates {
    Aggregates {
        tiers: vec![TierAggregate::default(); tiers],
    }
}

/// The review of no account, for `tiers` tiers.
fn empty_review(tiers: usize) -> Review {
    Review {
        moves: vec![vec![0; tiers]; tiers],
        counts: vec![0; tiers],
        ..Review::default()
    }
}

/// Adds the review of the slice of accounts starting at index `offset` to
/// the review of the accounts before it. Counts, moves and accounts
/// without a current tier add up; disagreements follow in list order; the
/// accounts nearest a cut-off are the nearest of both lists (each slice
/// keeps its nearest, so the nearest of the whole list are among them),
/// closest first and by list order among equals, as [`review`] orders them.
pub fn add_review(
    whole: &mut Review,
    part: &Review,
    offset: u32,
    assignments: &[Assignment],
    cutoffs: &[f64],
) {
    for (w, p) in whole.counts.iter_mut().zip(&part.counts) {
        *w += p;
    }
    for (w, p) in whole.moves.iter_mut().zip(&part.moves) {
        for (w, p) in w.iter_mut().zip(p) {
            *w += p;
        }
    }
    whole.without_current += part.without_current;
    whole.moved.extend(part.moved.iter().map(|i| i + offset));
    whole
        .disagreements
        .extend(part.disagreements.iter().map(|i| i + offset));
    let distance = |i: u32| {
        assignments.get(i as usize).map_or(f64::INFINITY, |a| {
            cutoff_distance(a.score, a.rule_tier as usize, cutoffs)
        })
    };
    // Both lists are closest first: merged in one pass, no sort.
    let mut ours = whole.near_cutoff.iter().copied().peekable();
    let mut theirs = part.near_cutoff.iter().map(|i| i + offset).peekable();
    let mut near = Vec::with_capacity(NEAR_LIMIT);
    while near.len() < NEAR_LIMIT {
        let next = match (ours.peek(), theirs.peek()) {
            (Some(&a), Some(&b)) => {
                let before = distance(a).total_cmp(&distance(b)).then(a.cmp(&b)).is_le();
                if before {
                    ours.next()
                } else {
                    theirs.next()
                }
            }
            (Some(_), None) => ours.next(),
            (None, _) => theirs.next(),
        };
        match next {
            Some(i) => near.push(i),
            None => break,
        }
    }
    whole.near_cutoff = near;
}

/// Adds the totals of one slice of accounts to the running totals: every
/// figure of a tier is a sum over its accounts, so the totals of the slices
/// add up to the totals of the list.
pub fn add_totals(totals: &mut Aggregates, part: &Aggregates) {
    if totals.tiers.len() < part.tiers.len() {
        totals
            .tiers
            .resize(part.tiers.len(), TierAggregate::default());
    }
    for (t, p) in totals.tiers.iter_mut().zip(&part.tiers) {
        t.customers += p.customers;
        t.arr += p.arr;
        t.first_year += p.first_year;
        for (m, q) in t.renewals_by_month.iter_mut().zip(p.renewals_by_month) {
            *m += q;
        }
    }
}
