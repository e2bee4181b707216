//! A scenario file opened by the person.

use yew::prelude::*;

use crate::link;
use crate::state::opening::{notice_of, LinkNotice};
use crate::state::workspace::{Origin, Workspace, WorkspaceAction};
use crate::ui::browser;

/// A scenario file picked or dropped: the callback to give it to, and why
/// the last one was not opened (`None` once one opens). A file that opens
/// replaces the plan, as a link would, and what could not be read from it
/// or was impossible goes to `notice`, where a link's would; a file that
/// does not open leaves the plan as it is.
#[hook]
pub fn use_open_file(
    workspace: UseReducerDispatcher<Workspace>,
    notice: &UseStateHandle<Option<LinkNotice>>,
) -> (Callback<web_sys::File>, Option<AttrValue>) {
    let file_error = use_state(|| None::<AttrValue>);
    let on_file = {
        let file_error = file_error.clone();
        let notice = notice.clone();
        Callback::from(move |file: web_sys::File| {
            let workspace = workspace.clone();
            let file_error = file_error.clone();
            let notice = notice.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let read = browser::read_text(&file, link::MAX_FILE_LEN)
                    .await
                    .and_then(|text| link::from_file_json(&text).map_err(|e| e.to_string()));
                match read {
                    Ok(decoded) => {
                        // What could not be read and the impossible
                        // numbers are said where a link's would be.
                        let said = !(decoded.warnings.is_empty() && decoded.impossible.is_empty());
                        notice.set(said.then(|| LinkNotice {
                            link: file.name(),
                            ..notice_of(&decoded, link::Carrier::File)
                        }));
                        // Every scenario the file holds, the base edited.
                        workspace.dispatch(WorkspaceAction::LoadAll(
                            crate::state::lineup_link::scenarios_of(&decoded),
                            0,
                            Origin::File,
                        ));
                        file_error.set(None);
                    }
                    Err(problem) => file_error.set(Some(AttrValue::from(format!(
                        "“{}” was not opened. {problem} Your plan is unchanged.",
                        file.name()
                    )))),
                }
            });
        })
    };
    (on_file, (*file_error).clone())
}
