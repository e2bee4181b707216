//! The toolbar: presets, reset, undo / redo, share and files.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::browser;
use super::url;
use crate::link;
use crate::model::{presets, Scenario};
use crate::state::workspace::{Origin, WorkspaceAction};

/// Properties of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The current (last good) scenario.
    pub scenario: Scenario,
    /// Whether Undo has something to undo.
    pub can_undo: bool,
    /// Whether Redo has something to redo.
    pub can_redo: bool,
    /// Receives every action.
    pub on_action: Callback<WorkspaceAction>,
}

/// What the share button last did, for its confirmation.
#[derive(Clone, PartialEq)]
enum Shared {
    Idle,
    Copied,
    /// The clipboard refused: the link is shown to copy by hand.
    Manual(String),
}

/// Presets, reset, undo / redo, copy link, save and open a scenario file.
#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let shared = use_state(|| Shared::Idle);
    let file_message = use_state(|| None::<String>);

    let on_preset = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(preset) = presets().into_iter().find(|p| p.id == select.value()) {
                on_action.emit(WorkspaceAction::Load(preset.scenario, Origin::Preset));
            }
            select.set_value("");
        })
    };
    let on_reset = props
        .on_action
        .reform(|_: MouseEvent| WorkspaceAction::Load(Scenario::default(), Origin::Reset));
    let on_undo = props
        .on_action
        .reform(|_: MouseEvent| WorkspaceAction::Undo);
    let on_redo = props
        .on_action
        .reform(|_: MouseEvent| WorkspaceAction::Redo);

    let on_copy = {
        let shared = shared.clone();
        let address = url::address_for(&link::encode(&props.scenario));
        Callback::from(move |_: MouseEvent| {
            let shared = shared.clone();
            let address = address.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if browser::copy(&address).await {
                    shared.set(Shared::Copied);
                    let reset = shared.clone();
                    gloo::timers::callback::Timeout::new(4000, move || reset.set(Shared::Idle))
                        .forget();
                } else {
                    shared.set(Shared::Manual(address));
                }
            });
        })
    };

    let on_save = {
        let scenario = props.scenario.clone();
        Callback::from(move |_: MouseEvent| {
            browser::download(
                "tierplan-scenario.json",
                "application/json",
                &link::to_file_json(&scenario),
            );
        })
    };
    let on_open = {
        let on_action = props.on_action.clone();
        let file_message = file_message.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            let on_action = on_action.clone();
            let file_message = file_message.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let message = match read_scenario_file(&file).await {
                    Ok(scenario) => {
                        on_action.emit(WorkspaceAction::Load(scenario, Origin::File));
                        None
                    }
                    Err(problem) => Some(format!(
                        "“{}” was not opened: {problem} Your plan is unchanged.",
                        file.name()
                    )),
                };
                file_message.set(message);
            });
        })
    };

    html! {
        <div class="toolbar" role="toolbar" aria-label="Plan actions">
            <label class="toolbar__preset">
                <span class="visually-hidden">{ "Start from a preset" }</span>
                <select id="preset" onchange={on_preset}>
                    <option value="" selected=true>{ "Presets…" }</option>
                    { for presets().into_iter().map(|p| html! {
                        <option value={p.id} title={p.description}>{ p.name }</option>
                    }) }
                </select>
            </label>
            <button type="button" class="button" id="reset" onclick={on_reset}>{ "Reset" }</button>
            <button type="button" class="button" id="undo" onclick={on_undo} disabled={!props.can_undo}
                aria-keyshortcuts="Control+Z">{ "Undo" }</button>
            <button type="button" class="button" id="redo" onclick={on_redo} disabled={!props.can_redo}
                aria-keyshortcuts="Control+Shift+Z">{ "Redo" }</button>
            <button type="button" class="button" id="save-scenario" onclick={on_save}>{ "Save file" }</button>
            <label class="button" for="open-scenario">{ "Open file" }</label>
            <input type="file" id="open-scenario" class="visually-hidden" accept=".json,application/json" onchange={on_open} />
            <button type="button" class="button button--primary" id="copy-link" onclick={on_copy}>{ "Copy link" }</button>
            <span class="toolbar__status" role="status" id="share-status">
                { match &*shared {
                    Shared::Idle => html! {},
                    Shared::Copied => html! { { "Link copied" } },
                    Shared::Manual(address) => html! {
                        <label>{ "Copy this link: " }<input type="text" readonly=true value={address.clone()} /></label>
                    },
                } }
            </span>
            if let Some(message) = &*file_message {
                <p class="toolbar__error" role="alert" id="file-error">{ message.clone() }</p>
            }
        </div>
    }
}

/// Largest scenario file read (bytes): far above any real scenario, far below
/// what would strain the page.
const MAX_FILE_BYTES: f64 = 1_000_000.0;

async fn read_scenario_file(file: &web_sys::File) -> Result<Scenario, String> {
    if file.size() > MAX_FILE_BYTES {
        return Err("it is larger than 1 MB, far more than any tierplan scenario.".into());
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|value| value.as_string())
        .ok_or_else(|| "the browser could not read it.".to_string())?;
    link::from_file_json(&text).map_err(|error| format!("{error}."))
}
