//! Which way the plan is read: forward or backward.

use yew::prelude::*;

use crate::ui::url;

/// Whether the page plans backward ("I have N people: who can they
/// serve?"), and the callback that switches direction. The address's
/// `view=backward` parameter follows the choice, so a link opens the same
/// view.
#[hook]
pub fn use_direction() -> (bool, Callback<bool>) {
    let backward = use_state(|| url::page_param("view").as_deref() == Some("backward"));
    let set = {
        let backward = backward.clone();
        Callback::from(move |to_backward: bool| {
            backward.set(to_backward);
            url::set_page_param("view", to_backward.then_some("backward"));
        })
    };
    (*backward, set)
}
