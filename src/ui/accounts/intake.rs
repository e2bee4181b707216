//! Bringing a list in: a drop zone, a file picker (CSV, TSV, TXT), cells
//! pasted from a spreadsheet, the progress bar with Cancel, and the message
//! when an input is refused.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::tasks::text_blob;
use crate::state::accounts::Busy;
use crate::ui::format;

/// The name given to pasted cells.
pub const PASTED: &str = "Pasted cells";

/// Properties of [`Intake`].
#[derive(Properties, PartialEq)]
pub struct IntakeProps {
    /// What is being done, if anything.
    pub busy: Option<Busy>,
    /// Whether the running work can be cancelled (an import).
    pub cancellable: bool,
    /// Why the last input was refused.
    pub refusal: Option<AttrValue>,
    /// Receives a file or pasted cells: name and bytes.
    pub on_source: Callback<(String, web_sys::Blob)>,
    /// Stops the running import.
    pub on_cancel: Callback<()>,
}

/// The drop zone, the picker, the paste box and the progress bar.
#[function_component(Intake)]
pub fn intake(props: &IntakeProps) -> Html {
    let dragging = use_state(|| false);
    let pasted = use_node_ref();

    let on_files = {
        let on_source = props.on_source.clone();
        move |files: Option<web_sys::FileList>| {
            if let Some(file) = files.and_then(|f| f.get(0)) {
                let blob: web_sys::Blob = file.clone().unchecked_into();
                on_source.emit((file.name(), blob));
            }
        }
    };
    let onchange = {
        let on_files = on_files.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            on_files(input.files());
            input.set_value("");
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            event.stop_propagation();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            // The page's own drop handler (scenario files) must not see it.
            event.prevent_default();
            event.stop_propagation();
            dragging.set(false);
            on_files(event.data_transfer().and_then(|d| d.files()));
        })
    };
    let working = props.busy.is_some();
    let on_paste_import = {
        let on_source = props.on_source.clone();
        let pasted = pasted.clone();
        Callback::from(move |_: MouseEvent| {
            if working {
                return;
            }
            if let Some(area) = pasted.cast::<HtmlTextAreaElement>() {
                if let Some(blob) = text_blob(&area.value()) {
                    on_source.emit((PASTED.to_string(), blob));
                }
            }
        })
    };
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());

    html! {
        <div class="intake">
            <div id="accounts-drop" class={classes!("dropzone", dragging.then_some("dropzone--over"))}
                {ondragover} {ondragleave} {ondrop}>
                <p class="dropzone__text">{ "Drop a customer list here (CSV, TSV or TXT), or " }
                    <label class="button" for="accounts-file">{ "Choose a file" }</label>
                    // Right after its label, which the focus ring then goes
                    // on (style/main.css), not on the hint below.
                    <input type="file" id="accounts-file" class="visually-hidden"
                        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain" {onchange} />
                </p>
                <p class="dropzone__hint">{ "A header row, then one account per row. Exports from a CRM or a spreadsheet work as they are." }</p>
            </div>
            <details class="paste">
                <summary>{ "Paste from a spreadsheet" }</summary>
                <label for="accounts-paste">{ "Copy the cells, header row included, and paste them here:" }</label>
                <textarea id="accounts-paste" ref={pasted} rows="5" spellcheck="false" autocomplete="off" />
                <button type="button" class="button" id="accounts-paste-import" onclick={on_paste_import}
                    // Not disabled: that dropped the focus on the page's body
                    // for the rest of the import (heard with Orca).
                    aria-disabled={working.to_string()}>
                    { "Import" }
                </button>
            </details>
            if let Some(busy) = props.busy {
                { progress(busy, props.cancellable, on_cancel) }
            }
            if let Some(message) = &props.refusal {
                <p class="field__error intake__refusal" id="accounts-refusal" role="alert">{ message.clone() }</p>
            }
        </div>
    }
}

/// The progress bar: "Reading 43% · 430,000 rows", with Cancel.
fn progress(busy: Busy, cancellable: bool, on_cancel: Callback<MouseEvent>) -> Html {
    let percent = busy.percent();
    let text = format!(
        "{} {}% · {}",
        busy.verb(),
        percent,
        format::count(busy.rows() as f64, "row", "rows")
    );
    html! {
        <div class="progress" id="accounts-progress">
            <div class="progress__bar" role="progressbar" aria-label="Import progress"
                aria-valuemin="0" aria-valuemax="100" aria-valuenow={percent.to_string()}
                aria-valuetext={text.clone()}>
                <span class="progress__fill" style={format!("width: {percent}%")}></span>
            </div>
            <span class="progress__text" id="accounts-progress-text">{ text }</span>
            if cancellable {
                <button type="button" class="button" id="accounts-cancel" onclick={on_cancel}>{ "Cancel" }</button>
            }
        </div>
    }
}
