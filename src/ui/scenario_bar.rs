//! The scenario bar: the scenarios of the plan (a base and up to three
//! alternatives), which one the inputs edit, and adding, renaming,
//! removing and reordering them. Every decision is the lineup's
//! ([`crate::state::lineup`]); the bar only draws it and sends actions.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::browser;
use super::hooks::focus_after_redraw;
use crate::link;
use crate::model::compare::MAX_SCENARIOS;
use crate::model::presets;
use crate::state::lineup::LineupAction;
use crate::state::lineup_link::{scenario_of_file, scenario_of_link};
use crate::state::workspace::WorkspaceAction;

/// Properties of [`ScenarioBar`].
#[derive(Properties, PartialEq)]
pub struct ScenarioBarProps {
    /// Each scenario's name as people read it, the base first.
    pub names: Rc<Vec<String>>,
    /// Which scenario the inputs edit.
    pub on: usize,
    /// Why the last change to the scenarios was refused, or what a link's
    /// alternatives lost, if anything.
    #[prop_or_default]
    pub message: Option<AttrValue>,
    /// Receives every action.
    pub on_action: Callback<WorkspaceAction>,
}

fn lineup(action: LineupAction) -> WorkspaceAction {
    WorkspaceAction::Lineup(action)
}

/// The scenarios of the plan and the verbs on them.
#[function_component(ScenarioBar)]
pub fn scenario_bar(props: &ScenarioBarProps) -> Html {
    let n = props.names.len();
    let on = props.on.min(n.saturating_sub(1));
    let name = props.names.get(on).cloned().unwrap_or_default();
    // Why a pasted link or a picked file was not added: said at its field.
    let link_problem = use_state(|| None::<String>);
    let file_problem = use_state(|| None::<String>);
    let link_ref = use_node_ref();
    let name_ref = use_node_ref();
    let add_ref = use_node_ref();
    let full = n >= MAX_SCENARIOS;
    let send = {
        let on_action = props.on_action.clone();
        let (link_problem, file_problem) = (link_problem.clone(), file_problem.clone());
        let add_ref = add_ref.clone();
        move |action: LineupAction, focus: Option<String>| {
            link_problem.set(None);
            file_problem.set(None);
            // An alternative added puts the choices away.
            if matches!(action, LineupAction::AddCopy | LineupAction::Add(_)) {
                if let Some(details) = add_ref.cast::<web_sys::HtmlDetailsElement>() {
                    details.set_open(false);
                }
            }
            if let Some(id) = focus {
                focus_after_redraw(vec![id]);
            }
            on_action.emit(lineup(action));
        }
    };
    let on_copy = {
        let send = send.clone();
        Callback::from(move |_: MouseEvent| {
            send(LineupAction::AddCopy, Some("scenario-bar-name".into()))
        })
    };
    let on_preset = {
        let send = send.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(p) = presets().into_iter().find(|p| p.id == select.value()) {
                let mut scenario = p.scenario;
                scenario.name = p.name.to_string();
                send(
                    LineupAction::Add(Box::new(scenario)),
                    Some("scenario-bar-name".into()),
                );
            }
            select.set_value("");
        })
    };
    let on_link = {
        let send = send.clone();
        let link_ref = link_ref.clone();
        let link_problem = link_problem.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(input) = link_ref.cast::<HtmlInputElement>() else {
                return;
            };
            match scenario_of_link(&input.value()) {
                Ok(scenario) => {
                    input.set_value("");
                    send(
                        LineupAction::Add(Box::new(scenario)),
                        Some("scenario-bar-name".into()),
                    );
                }
                Err(problem) => {
                    link_problem.set(Some(problem));
                    focus_after_redraw(vec!["scenario-add-link".into()]);
                }
            }
        })
    };
    let on_file = {
        let send = send.clone();
        let file_problem = file_problem.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            let send = send.clone();
            let file_problem = file_problem.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let read = browser::read_text(&file, link::MAX_FILE_LEN)
                    .await
                    .and_then(|text| scenario_of_file(&file.name(), &text));
                match read {
                    Ok(scenario) => send(
                        LineupAction::Add(Box::new(scenario)),
                        Some("scenario-bar-name".into()),
                    ),
                    Err(problem) => file_problem.set(Some(problem)),
                }
            });
        })
    };
    let on_rename = {
        let send = send.clone();
        let name_ref = name_ref.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(input) = name_ref.cast::<HtmlInputElement>() {
                send(
                    LineupAction::Rename(on, input.value()),
                    Some("scenario-bar-name".into()),
                );
            }
        })
    };
    let on_move = |earlier: bool| {
        let send = send.clone();
        let id = if earlier {
            "scenario-earlier"
        } else {
            "scenario-later"
        };
        Callback::from(move |_: MouseEvent| {
            send(LineupAction::Move(on, earlier), Some(id.to_string()))
        })
    };
    let on_remove = {
        let send = send.clone();
        Callback::from(move |_: MouseEvent| {
            send(
                LineupAction::Remove(on),
                Some(format!("scenario-tab-{}", on.saturating_sub(1))),
            )
        })
    };
    let message = props.message.clone();
    html! {
        <section class={classes!("scenarios", (n == 1).then_some("scenarios--single"))} aria-labelledby="scenarios-title">
            <h2 id="scenarios-title" class="scenarios__title">
                { if n > 1 { "Scenarios compared" } else { "Scenarios" } }
            </h2>
            if n > 1 {
                <div class="scenarios__list" role="group" aria-label="The scenario the inputs edit">
                    { for props.names.iter().enumerate().map(|(i, label)| {
                        let send = send.clone();
                        html! {
                            <button type="button" class="scenarios__tab" id={format!("scenario-tab-{i}")}
                                aria-pressed={(i == on).to_string()}
                                onclick={Callback::from(move |_: MouseEvent| send(LineupAction::Choose(i), None))}>
                                <span class="scenarios__name">{ label.clone() }</span>
                                <span class="scenarios__role">{ if i == 0 { "base" } else { "alternative" } }</span>
                            </button>
                        }
                    }) }
                </div>
                <p class="scenarios__editing">{ format!("The inputs below edit “{name}”.") }</p>
            } else {
                <p class="scenarios__editing">{ "Compare this plan with up to three alternatives: add one, change it, and see what differs." }</p>
            }
            <div class="scenarios__tools">
                <details class="scenarios__add" id="scenario-add" ref={add_ref}>
                    <summary class="button">{ "Add an alternative" }</summary>
                    <div class="scenarios__add-panel">
                        if full {
                            <p>{ format!("A comparison holds at most {MAX_SCENARIOS} scenarios: remove one to add another.") }</p>
                        }
                        <button type="button" class="button" id="scenario-add-copy" disabled={full} onclick={on_copy}>
                            { format!("A copy of “{name}”") }
                        </button>
                        <label class="scenarios__field">
                            <span>{ "From a preset" }</span>
                            <select id="scenario-add-preset" disabled={full} onchange={on_preset}>
                                <option value="" selected=true>{ "Choose a preset…" }</option>
                                { for presets().into_iter().map(|p| html! { <option value={p.id}>{ p.name }</option> }) }
                            </select>
                        </label>
                        <form class="scenarios__field" onsubmit={on_link}>
                            <label for="scenario-add-link">{ "From another link" }</label>
                            <span class="scenarios__row">
                                <input id="scenario-add-link" type="url" ref={link_ref} disabled={full}
                                    placeholder="https://…?v=4&…"
                                    aria-invalid={link_problem.is_some().to_string()}
                                    aria-describedby={link_problem.is_some().then_some("scenario-add-link-error")} />
                                <button type="submit" class="button" id="scenario-add-link-submit" disabled={full}>{ "Add" }</button>
                            </span>
                            if let Some(problem) = &*link_problem {
                                <span class="scenarios__problem" id="scenario-add-link-error">{ problem.clone() }</span>
                            }
                        </form>
                        <label class="button scenarios__file">
                            { "From a scenario file…" }
                            <input id="scenario-add-file" type="file" accept=".json,application/json"
                                class="visually-hidden" disabled={full} onchange={on_file}
                                aria-describedby={file_problem.is_some().then_some("scenario-add-file-error")} />
                        </label>
                        if let Some(problem) = &*file_problem {
                            <p class="scenarios__problem" id="scenario-add-file-error" role="alert">{ problem.clone() }</p>
                        }
                    </div>
                </details>
                if n > 1 {
                    <form class="scenarios__rename" onsubmit={on_rename}>
                        <label for="scenario-bar-name">{ "Name" }</label>
                        <input id="scenario-bar-name" key={name.clone()} ref={name_ref} value={name.clone()}
                            maxlength="60" autocomplete="off" />
                        <button type="submit" class="button" id="scenario-rename">{ "Rename" }</button>
                    </form>
                    <button type="button" class="button" id="scenario-earlier" disabled={on == 0}
                        aria-label={format!("Move “{name}” earlier")} onclick={on_move(true)}>{ "◀ Earlier" }</button>
                    <button type="button" class="button" id="scenario-later" disabled={on + 1 >= n}
                        aria-label={format!("Move “{name}” later")} onclick={on_move(false)}>{ "Later ▶" }</button>
                    <button type="button" class="button" id="scenario-remove"
                        aria-label={format!("Remove “{name}”")} onclick={on_remove}>{ "Remove" }</button>
                }
            </div>
            <p class="scenarios__message" id="scenario-message" role="status">
                { message.unwrap_or_default() }
            </p>
        </section>
    }
}
