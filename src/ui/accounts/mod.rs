//! The Accounts section: import a customer list (a file dropped or picked,
//! or cells pasted from a spreadsheet), map its columns, tier it by the
//! scenario's rule, review it, override single accounts, export it, and
//! keep it private: the plan (and so its link) receives only totals per
//! tier; the list is kept on this device only when the person opts in.
//!
//! The state and its reducer are [`crate::state::accounts`]; this module
//! renders them, runs the work in slices and talks to IndexedDB.

mod intake;
mod mapping;
mod moves;
mod pipeline;
mod review;
mod rule;
mod store;
mod summary;
mod tasks;

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use self::intake::Intake;
use self::mapping::MappingEditor;
use self::pipeline::{import, run_job, Generation, ImportRequest, SourceSlot};
use self::review::Review;
use self::summary::ImportSummary;
use crate::accounts::date::days_from_ymd;
use crate::accounts::{skipped_csv, tiered_csv, Account};
use crate::model::base::tier_bases;
use crate::model::BaseMode;
use crate::state::accounts::job::with_override;
use crate::state::accounts::memory::Remembered;
use crate::state::accounts::{
    month_text, reload_note, skipped_count, unsaved_overrides, AccountsAction, AccountsState,
    Applying, Job, List, Memory, PlanStep, Rule,
};
use crate::state::workspace::{Workspace, WorkspaceAction};
use crate::ui::browser;
use crate::ui::editors::{EditorProps, Section};
use crate::ui::hooks::use_before_unload;

impl Reducible for AccountsState {
    type Action = AccountsAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// Customers per tier the plan has now.
fn counts_now(workspace: &Workspace) -> Vec<f64> {
    tier_bases(workspace.scenario())
        .iter()
        .map(|b| b.customers)
        .collect()
}

/// The settings to remember of `list`.
fn remembered(list: &List, previous_counts: &Option<Vec<f64>>) -> Remembered {
    Remembered {
        name: list.name.clone(),
        mapping: list.mapping.clone(),
        overrides: list.overrides.as_ref().clone(),
        previous_counts: previous_counts.clone(),
    }
}

/// A file name for an export (`what`: "tiered", "skipped", "moves") of
/// the list `name`.
fn export_name(name: &str, what: &str) -> String {
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let stem: String = stem
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ' '))
        .collect();
    let stem = stem.trim();
    if stem.is_empty() {
        format!("accounts-{what}.csv")
    } else {
        format!("{stem}-{what}.csv")
    }
}

/// The Accounts section.
#[function_component(AccountsSection)]
pub fn accounts_section(props: &EditorProps) -> Html {
    let ws = &props.workspace;
    let state = use_reducer(AccountsState::default);
    let dispatch = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action: AccountsAction| dispatcher.dispatch(action))
    };
    let rule = Rule::of(ws.scenario());
    let (year, month, day) = *use_memo((), |_| tasks::today());
    let as_of_days = days_from_ymd(year, month, day);
    let as_of = month_text(year, month);
    let imports = use_memo((), |_| Generation::default());
    let tierings = use_memo((), |_| Generation::default());
    let applies = use_memo((), |_| Generation::default());
    let memories = use_memo((), |_| Generation::default());
    let slot: SourceSlot = use_mut_ref(|| None);
    let accounts_mode = ws.scenario().base.mode == BaseMode::Accounts;

    // A list remembered on this device comes back on reload.
    {
        let dispatch = dispatch.clone();
        let imports = imports.clone();
        let slot = slot.clone();
        let rule = rule.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let Ok(Some((blob, text))) = store::load().await else {
                    return;
                };
                let Some(settings) = Remembered::from_text(&text) else {
                    // Unreadable settings (another version): nothing to restore.
                    let _ = store::forget().await;
                    return;
                };
                dispatch.emit(AccountsAction::Memory(Memory {
                    remember: true,
                    problem: None,
                }));
                dispatch.emit(AccountsAction::PreviousCounts(
                    settings.previous_counts.clone(),
                ));
                dispatch.emit(AccountsAction::Started);
                let run = imports.next();
                let request = ImportRequest {
                    name: settings.name.clone(),
                    source: blob,
                    rule,
                    as_of_days,
                    applying: Applying::Derive,
                    settings: Some(settings),
                    stored: true,
                };
                import(request, (*imports).clone(), run, dispatch, slot).await;
            });
        });
    }

    // The list follows the mapping, the overrides and the scenario's rule.
    {
        let dispatch = dispatch.clone();
        let tierings = tierings.clone();
        use_effect_with((state.list.clone(), rule.clone()), move |(list, rule)| {
            let Some(list) = list.clone() else { return };
            if !list.needs_work(rule) {
                return;
            }
            let job = Job::new(
                list.table.clone(),
                &list.mapping,
                list.overrides.clone(),
                rule,
                as_of_days,
                list.tiered.as_deref(),
            );
            let run = tierings.next();
            let tierings = (*tierings).clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(tiered) = run_job(job, &tierings, run, &dispatch).await {
                    dispatch.emit(AccountsAction::Tiered(list.table.clone(), Rc::new(tiered)));
                }
            });
        });
    }

    // A new list is applied to the plan (one undoable step); later changes
    // keep the plan's totals current while the plan uses the list. The plan
    // is recomputed in a task of its own, after the list is on screen, so
    // neither task is long.
    {
        let ws = ws.clone();
        let dispatch = dispatch.clone();
        let as_of = as_of.clone();
        let applies = applies.clone();
        use_effect_with(
            (state.list.clone(), accounts_mode, rule.clone()),
            move |(list, accounts_mode, rule)| {
                let Some(list) = list else { return };
                let (action, before) = match list.plan_step(rule, *accounts_mode, &as_of) {
                    None => return,
                    Some(PlanStep::Apply(edit)) => {
                        (WorkspaceAction::Apply(edit), Some(counts_now(&ws)))
                    }
                    Some(PlanStep::Derive(edit)) => (WorkspaceAction::Derive(edit), None),
                };
                let run = applies.next();
                let applies = (*applies).clone();
                wasm_bindgen_futures::spawn_local(async move {
                    tasks::next_task().await;
                    if !applies.is(run) {
                        return;
                    }
                    ws.dispatch(action);
                    if let Some(before) = before {
                        dispatch.emit(AccountsAction::Applied(before));
                    }
                });
            },
        );
    }

    // Remembered lists follow their settings (only after the opt-in).
    {
        let slot = slot.clone();
        let dispatch = dispatch.clone();
        let remember = state.memory.remember;
        let key = state.list.as_ref().map(|l| {
            (
                Rc::as_ptr(&l.table) as usize,
                remembered(l, &state.previous_counts),
            )
        });
        let memories = memories.clone();
        use_effect_with((remember, key), move |(remember, key)| {
            // A newer save, unticking the box or Forget stops this one.
            let run = memories.next();
            let (true, Some((_, settings))) = (*remember, key) else {
                return;
            };
            let text = settings.to_text();
            let pending = slot
                .borrow()
                .as_ref()
                .filter(|s| !s.stored)
                .map(|s| s.blob.clone());
            let memories = (*memories).clone();
            wasm_bindgen_futures::spawn_local(async move {
                let wanted = || memories.is(run);
                let saved = match &pending {
                    Some(blob) => store::save(blob, &text, wanted).await,
                    None => store::save_settings(&text, wanted).await,
                };
                match saved {
                    Ok(()) if memories.is(run) => {
                        let mut slot = slot.borrow_mut();
                        if let Some(source) =
                            slot.as_mut().filter(|s| Some(&s.blob) == pending.as_ref())
                        {
                            source.stored = true;
                        }
                    }
                    Ok(()) => {}
                    Err(_) => dispatch.emit(AccountsAction::Memory(Memory {
                        remember: false,
                        problem: Some(store::REFUSED.into()),
                    })),
                }
            });
        });
    }

    let on_source = {
        let dispatch = dispatch.clone();
        let imports = imports.clone();
        let tierings = tierings.clone();
        let slot = slot.clone();
        let rule = rule.clone();
        Callback::from(move |(name, source): (String, web_sys::Blob)| {
            let run = imports.next();
            // The list on the page is being replaced: stop tiering it.
            tierings.next();
            dispatch.emit(AccountsAction::Started);
            let request = ImportRequest {
                name,
                source,
                rule: rule.clone(),
                as_of_days,
                applying: Applying::Apply,
                settings: None,
                stored: false,
            };
            wasm_bindgen_futures::spawn_local(import(
                request,
                (*imports).clone(),
                run,
                dispatch.clone(),
                slot.clone(),
            ));
        })
    };
    let on_cancel = {
        let dispatch = dispatch.clone();
        let imports = imports.clone();
        Callback::from(move |_| {
            imports.next();
            dispatch.emit(AccountsAction::Cancelled);
        })
    };
    let on_column = dispatch.reform(|(i, field)| AccountsAction::SetColumn(i, field));
    let on_remember = {
        let dispatch = dispatch.clone();
        let memories = memories.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let remember = input.checked();
            dispatch.emit(AccountsAction::Memory(Memory {
                remember,
                problem: None,
            }));
            if !remember {
                memories.next();
                let dispatch = dispatch.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    if store::forget().await.is_err() {
                        dispatch.emit(AccountsAction::Memory(Memory {
                            remember: false,
                            problem: Some(store::REFUSED.into()),
                        }));
                    }
                });
            }
        })
    };
    let on_forget = {
        let dispatch = dispatch.clone();
        let imports = imports.clone();
        let tierings = tierings.clone();
        let slot = slot.clone();
        let memories = memories.clone();
        Callback::from(move |_: MouseEvent| {
            imports.next();
            tierings.next();
            memories.next();
            slot.borrow_mut().take();
            dispatch.emit(AccountsAction::Forget);
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if store::forget().await.is_err() {
                    dispatch.emit(AccountsAction::Memory(Memory {
                        remember: false,
                        problem: Some(
                            "This browser did not let the page delete its copy of the list.".into(),
                        ),
                    }));
                }
            });
        })
    };
    let on_use = {
        let ws = ws.clone();
        let dispatch = dispatch.clone();
        let list = state.list.clone();
        let as_of = as_of.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(edit) = list.as_ref().and_then(|l| l.totals_edit(&as_of)) {
                let before = counts_now(&ws);
                ws.dispatch(WorkspaceAction::Apply(edit));
                dispatch.emit(AccountsAction::Applied(before));
            }
        })
    };
    let on_export = {
        let list = state.list.clone();
        let currency = ws.scenario().currency.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(list) = &list else { return };
            let Some(t) = &list.tiered else { return };
            let accounts: Vec<Account> = t
                .accounts
                .iter()
                .map(|a| with_override(a, &t.overrides))
                .collect();
            let csv = tiered_csv(
                &list.table,
                &accounts,
                &t.assignments,
                &t.scoring,
                &t.rule.cutoffs,
                &t.rule.tier_names,
                &currency,
            );
            browser::download(&export_name(&list.name, "tiered"), "text/csv", &csv);
        })
    };

    let on_export_skipped = {
        let list = state.list.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(list) = &list else { return };
            let Some(t) = &list.tiered else { return };
            let csv = skipped_csv(&list.table, &t.skipped);
            browser::download(&export_name(&list.name, "skipped"), "text/csv", &csv);
        })
    };

    // Leaving the page asks first while tiers set by hand are kept nowhere.
    use_before_unload(unsaved_overrides(&state));

    let list = state.list.clone();
    let tiered = list.as_ref().and_then(|l| l.tiered.clone());
    let skipped_count = match (&list, &tiered) {
        (Some(l), Some(t)) => skipped_count(&l.table, t),
        _ => 0,
    };
    let keep_note = reload_note(&state);
    let counts: Option<Vec<f64>> = tiered
        .as_ref()
        .filter(|t| t.plan_error.is_none())
        .map(|t| t.aggregates.tiers.iter().map(|a| a.customers).collect());
    let as_of_shown = ws.scenario().base.as_of.clone();

    html! {
        <Section id="section-accounts" title="Accounts"
            lead="Tier your real customer list and size the team from it. The list stays in this browser: the plan and its link keep only totals per tier.">
            <Intake busy={state.busy} cancellable={state.importing}
                refusal={state.refusal.clone().map(AttrValue::from)} {on_source} {on_cancel} />
            if list.is_none() && accounts_mode {
                <p class="accounts__status" id="accounts-status">
                    { format!("This plan's customers per tier come from an imported list{}. The list itself stays on the device that imported it; import it here to review it.",
                        if as_of_shown.is_empty() { String::new() } else { format!(" (as of {as_of_shown})") }) }
                </p>
            }
            if let Some(list) = list.clone() {
                <ImportSummary list={list.clone()} currency={AttrValue::from(ws.scenario().currency.clone())} />
                <MappingEditor list={list.clone()} on_change={on_column}
                    problem={tiered.as_ref().and_then(|t| t.plan_error.clone()).map(AttrValue::from)} />
                { rule::rule_editor(ws, counts.as_deref(), Some(&list.mapping)) }
                if tiered.as_ref().is_some_and(|t| t.plan_error.is_none()) {
                    if accounts_mode {
                        <p class="accounts__status" id="accounts-status">
                            { "The plan's customers, ARR, first-year share and renewals per tier come from this list." }
                        </p>
                    } else if list.applying == Applying::Derive {
                        <p class="accounts__status" id="accounts-status">
                            { "The plan does not use this list now. " }
                            <button type="button" class="button" id="accounts-use" onclick={on_use}>{ "Use this list for the plan" }</button>
                        </p>
                    }
                }
                if let Some(t) = tiered.clone().filter(|t| t.plan_error.is_none()) {
                    <Review list={list.clone()} tiered={t} view={state.view.clone()}
                        currency={AttrValue::from(ws.scenario().currency.clone())}
                        previous_counts={state.previous_counts.clone()} moves_filter={state.moves_filter}
                        dispatch={dispatch.clone()} />
                }
                <div class="accounts__actions">
                    <button type="button" class="button" id="accounts-export" onclick={on_export}
                        disabled={tiered.is_none()}>{ "Download the tiered list (CSV)" }</button>
                    if skipped_count > 0 {
                        <button type="button" class="button" id="accounts-export-skipped" onclick={on_export_skipped}>
                            { format!("Download the skipped rows (CSV, {})", crate::ui::format::count(skipped_count as f64, "row", "rows")) }
                        </button>
                    }
                    <label class="check" for="accounts-remember">
                        <input id="accounts-remember" type="checkbox" checked={state.memory.remember} onchange={on_remember} />
                        <span>{ "Remember this list on this device" }</span>
                    </label>
                    <button type="button" class="button" id="accounts-forget" onclick={on_forget}>{ "Forget this list" }</button>
                </div>
                if let Some(note) = keep_note {
                    <p class="accounts__keep" id="accounts-keep-note" role="status">{ note }</p>
                }
                <p class="editor__hint">{ "Remembering keeps the list in this browser's own storage, on this device only, so it comes back when you reopen the page. Nothing is kept unless you tick the box; Forget deletes it from this page and this device." }</p>
                if let Some(problem) = &state.memory.problem {
                    <p class="field__error" id="accounts-memory-error" role="alert">{ problem.clone() }</p>
                }
            }
        </Section>
    }
}
