//! The marker on figures that are not current: while some typed text is not
//! accepted, the results, the backward verdict and the plan-at-a-glance bar
//! still show the last valid plan, and say so, naming the fields to fix
//! with a link to each.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::editors::{input_id, ID_PREFIX};
use super::hooks::focus_after_redraw;
use crate::model::inputs::Input;
use crate::model::Role;
use crate::state::workspace::Workspace;

/// A field whose typed text was not accepted, as the marker names it.
#[derive(Clone, Debug, PartialEq)]
pub struct Fix {
    /// The input to fix.
    pub input: Input,
    /// Its name as people read it ("High touch: customers").
    pub label: String,
}

/// The fields to fix in `workspace` (empty when the figures are current).
pub fn fixes(workspace: &Workspace) -> Vec<Fix> {
    workspace
        .inputs_to_fix()
        .into_iter()
        .map(|input| Fix {
            input,
            label: input.label(workspace.scenario()),
        })
        .collect()
}

/// The sentence the marker says: "These figures are from your last valid
/// inputs. Fix: High touch: customers." Empty when there is nothing to fix.
pub fn sentence(fixes: &[Fix]) -> String {
    if fixes.is_empty() {
        return String::new();
    }
    let names: Vec<&str> = fixes.iter().map(|f| f.label.as_str()).collect();
    format!(
        "These figures are from your last valid inputs. Fix: {}.",
        names.join("; ")
    )
}

/// The ids of the elements on the page that may edit `input`, best first:
/// the capacity card's and the backward budget's own ids, else the editors'
/// and then the Accounts section's (which shows the tiering rule's inputs).
pub fn element_ids(input: Input) -> Vec<String> {
    match input {
        Input::Team(_) => vec![input_id("capacity", input)],
        Input::Budget(role) => vec![format!("budget-{}", role.unwrap_or(Role::Csm).key())],
        _ => vec![input_id(ID_PREFIX, input), input_id("accounts", input)],
    }
}

/// Puts the keyboard focus on the field that edits `input`, opening its
/// section first when that is collapsed. A field not on the page yet (a
/// budget while planning forward, the direction being switched) gets the
/// focus once the page has redrawn.
pub fn focus_field(input: Input) {
    let ids = element_ids(input);
    let document = gloo::utils::document();
    let Some(element) = ids.iter().find_map(|id| document.get_element_by_id(id)) else {
        focus_after_redraw(ids);
        return;
    };
    // A collapsed section hides its panel: open it by its toggle, and focus
    // the field once the section has redrawn.
    if let Ok(Some(panel)) = element.closest(".editor__panel[hidden]") {
        let toggle = panel.id().trim_end_matches("-panel").to_string() + "-toggle";
        if let Some(button) = document
            .get_element_by_id(&toggle)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            focus_after_redraw(ids);
            button.click();
            return;
        }
    }
    if let Ok(field) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = field.focus();
    }
}

/// The visible marker with the id `id`: what the figures are and a link to
/// each field to fix, which `on_fix` is given. Nothing when `fixes` is
/// empty. Not a live region: the page announces [`sentence`] once, from one
/// place.
pub fn marker(id: &str, fixes: &[Fix], on_fix: &Callback<Input>) -> Html {
    if fixes.is_empty() {
        return html! {};
    }
    let links = fix_links(
        fixes
            .iter()
            .map(|fix| (fix.input, fix.label.clone()))
            .collect(),
        on_fix,
    );
    html! {
        <p class="stale" id={id.to_string()}>
            <strong>{ "These figures are from your last valid inputs." }</strong>
            { " Fix: " }
            { links }
            { "." }
        </p>
    }
}

/// The fields to fix as links, separated by "; ": each is `(input, label)`,
/// points at the input's element and gives `on_fix` the input when followed.
pub fn fix_links(fields: Vec<(Input, String)>, on_fix: &Callback<Input>) -> Html {
    fields
        .into_iter()
        .enumerate()
        .map(|(k, (input, label))| {
            let on_fix = on_fix.clone();
            let onclick = Callback::from(move |event: MouseEvent| {
                event.prevent_default();
                on_fix.emit(input);
            });
            let href = format!("#{}", element_ids(input)[0]);
            html! {
                <>
                    if k > 0 { { "; " } }
                    <a class="stale__fix" {href} {onclick}>{ label }</a>
                </>
            }
        })
        .collect()
}
