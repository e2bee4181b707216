//! Back and Forward bring back the plan of that address.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::link;
use crate::state::lineup_link;
use crate::state::workspace::{Origin, Workspace, WorkspaceAction};
use crate::ui::url;

/// Keeps the plan in step with the browser's history: Back and Forward
/// load the scenario of the address they reach (an address that does not
/// decode leaves the plan as it is).
#[hook]
pub fn use_history_load(workspace: UseReducerDispatcher<Workspace>) {
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
            let query = url::current_query();
            if let Ok(decoded) = link::decode(&query) {
                let all = lineup_link::scenarios_of(&decoded);
                let on = lineup_link::edited(&query, all.len());
                workspace.dispatch(WorkspaceAction::LoadAll(all, on, Origin::History));
            }
        });
        move || drop(listener)
    });
}
