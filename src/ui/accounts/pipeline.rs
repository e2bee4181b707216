//! Running the import and the tiering in slices on the page's main thread:
//! a file is read 1 MiB at a time into the streaming table reader, then a
//! [`Job`] tiers the rows in slices timed to about 12 ms, yielding to the
//! browser between slices so typing, scrolling and the Cancel button keep
//! working while a million rows are read.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::Callback;

use super::tasks::{mark, next_task, now_ms, read_slice};
use crate::accounts::{check_size, guess_for_table, refusal, TableReader};
use crate::state::accounts::memory::Remembered;
use crate::state::accounts::pace::{byte_ranges, next_rows, FIRST_ROWS, TARGET_MS};
use crate::state::accounts::{
    refused, AccountsAction, Applying, Busy, Job, List, Rule, Step, Tiered,
};

/// Least time between two progress updates on screen (ms).
const PROGRESS_EVERY_MS: f64 = 50.0;

/// A counter that a newer run (or Cancel) moves on: a run whose number is
/// no longer the counter's stops at its next slice.
#[derive(Clone, Default)]
pub struct Generation(Rc<Cell<u64>>);

impl Generation {
    /// Starts a new run, stopping the previous one; returns its number.
    pub fn next(&self) -> u64 {
        self.0.set(self.0.get().wrapping_add(1));
        self.0.get()
    }

    /// Whether run `number` is still the current one.
    pub fn is(&self, number: u64) -> bool {
        self.0.get() == number
    }
}

/// The bytes of the list on the page, kept to remember it on this device.
pub struct Source {
    /// The file, or the pasted cells as a Blob.
    pub blob: web_sys::Blob,
    /// Whether this device already keeps them.
    pub stored: bool,
}

/// Where the bytes of the list on the page are kept.
pub type SourceSlot = Rc<RefCell<Option<Source>>>;

/// What an import needs besides its bytes.
pub struct ImportRequest {
    /// The file name, or "Pasted cells".
    pub name: String,
    /// The bytes.
    pub source: web_sys::Blob,
    /// The scenario's rule when the import starts.
    pub rule: Rule,
    /// Today (days since 1970-01-01).
    pub as_of_days: i32,
    /// Apply the list to the plan (a person's import) or only keep the
    /// plan's totals current (a list restored on reload).
    pub applying: Applying,
    /// The settings of a remembered list.
    pub settings: Option<Remembered>,
    /// Whether this device keeps the bytes already (a restored list).
    pub stored: bool,
}

/// Reads `request.source` and tiers it; dispatches progress, then
/// [`AccountsAction::Loaded`] or [`AccountsAction::Refused`]. Stops quietly
/// when `generation` moves on (Cancel, or a newer import).
pub async fn import(
    request: ImportRequest,
    generation: Generation,
    run: u64,
    dispatch: Callback<AccountsAction>,
    slot: SourceSlot,
) {
    let size = request.source.size();
    let size = if size.is_finite() && size > 0.0 {
        size as u64
    } else {
        0
    };
    if let Err(error) = check_size(size) {
        // Refused before a byte is read: the page never holds it.
        dispatch.emit(AccountsAction::Refused(error.message()));
        return;
    }
    let mut reader = TableReader::new();
    let mut shown = f64::NEG_INFINITY;
    dispatch.emit(AccountsAction::Busy(Some(Busy::Reading {
        fraction: 0.0,
        rows: 0,
    })));
    for (start, end) in byte_ranges(size) {
        let Some(bytes) = read_slice(&request.source, start, end).await else {
            if generation.is(run) {
                dispatch.emit(AccountsAction::Refused(
                    "The browser could not read this file (was it moved or deleted?).".into(),
                ));
            }
            return;
        };
        if !generation.is(run) {
            return;
        }
        if let Err(error) = reader.feed(&bytes) {
            dispatch.emit(AccountsAction::Refused(error.message()));
            return;
        }
        if now_ms() - shown >= PROGRESS_EVERY_MS {
            shown = now_ms();
            dispatch.emit(AccountsAction::Busy(Some(Busy::Reading {
                fraction: end as f64 / size as f64,
                rows: reader.rows_read() as u64,
            })));
        }
    }
    let table = match reader.finish() {
        Ok(table) => Rc::new(table),
        Err(error) => {
            dispatch.emit(AccountsAction::Refused(error.message()));
            return;
        }
    };
    if let Some(error) = refusal(&table, None) {
        // A header and no row: nothing to tier; the list and the plan on
        // the page stay as they were.
        dispatch.emit(AccountsAction::Refused(error.message()));
        return;
    }
    mark("import-read");
    let settings = request.settings.unwrap_or_default();
    let (mapping, left_empty) = if settings.mapping.columns.len() == table.headers().len() {
        (settings.mapping, Vec::new())
    } else {
        guess_for_table(&table)
    };
    let overrides = settings.overrides;
    let job = Job::new(
        table.clone(),
        &mapping,
        Rc::new(overrides.clone()),
        &request.rule,
        request.as_of_days,
        None,
    );
    let Some(tiered) = run_job(job, &generation, run, &dispatch).await else {
        return;
    };
    if let Some(message) = refused(&table, &tiered) {
        // Every row skipped: refused like an empty file.
        dispatch.emit(AccountsAction::Refused(message));
        return;
    }
    let mut list = List::new(request.name, table, mapping, overrides);
    list.left_empty = left_empty;
    list.tiered = Some(Rc::new(tiered));
    list.applying = request.applying;
    list.revision = 1;
    *slot.borrow_mut() = Some(Source {
        blob: request.source,
        stored: request.stored,
    });
    mark("import-tiered");
    dispatch.emit(AccountsAction::Loaded(Rc::new(list)));
}

/// Runs `job` slice by slice; its result, or `None` when the run was stopped.
pub async fn run_job(
    mut job: Job,
    generation: &Generation,
    run: u64,
    dispatch: &Callback<AccountsAction>,
) -> Option<Tiered> {
    let mut rows = FIRST_ROWS;
    let mut phase = job.phase();
    let mut shown = now_ms();
    loop {
        if !generation.is(run) {
            return None;
        }
        if job.phase() != phase {
            // Each part costs differently per row: time it afresh.
            phase = job.phase();
            rows = FIRST_ROWS;
        }
        let started = now_ms();
        match job.step(rows) {
            Step::Done(tiered) => return Some(*tiered),
            Step::Working(progress) => {
                rows = next_rows(rows, now_ms() - started, TARGET_MS);
                if now_ms() - shown >= PROGRESS_EVERY_MS {
                    shown = now_ms();
                    dispatch.emit(AccountsAction::Busy(Some(Busy::Tiering(progress))));
                }
            }
        }
        next_task().await;
    }
}
