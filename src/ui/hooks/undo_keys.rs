//! The keyboard's undo and redo.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::workspace::{Workspace, WorkspaceAction};

/// Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z (or Ctrl/Cmd+Y) redoes, anywhere on
/// the page: the browser's own undo of a text field gives way to the plan's.
#[hook]
pub fn use_undo_keys(workspace: UseReducerDispatcher<Workspace>) {
    use_effect_with((), move |_| {
        let listener = EventListener::new_with_options(
            &gloo::utils::document(),
            "keydown",
            EventListenerOptions::enable_prevent_default(),
            move |event| {
                let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if !(key.ctrl_key() || key.meta_key()) {
                    return;
                }
                let action = match (key.key().to_ascii_lowercase().as_str(), key.shift_key()) {
                    ("z", false) => WorkspaceAction::Undo,
                    ("z", true) | ("y", false) => WorkspaceAction::Redo,
                    _ => return,
                };
                key.prevent_default();
                workspace.dispatch(action);
            },
        );
        move || drop(listener)
    });
}
