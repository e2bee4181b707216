//! The keyboard focus that an editor's button asks for once the page has
//! redrawn: an added item's name, a moved tier's button, the item before a
//! removed one.
//!
//! The request waits for the page's effects, which run after every
//! component of a render has drawn. A timer would not do: the renderer
//! yields to the browser once a frame's time is spent, and on a slow
//! machine a timer set at the click runs before the new item is drawn.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use yew::prelude::*;

thread_local! {
    /// The ids the next redraw's focus goes to, the first one present and
    /// enabled winning; empty when nothing waits.
    static WAITING: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Asks that, once the page has redrawn, the focus goes to the first of
/// `ids` that is on the page and enabled.
pub fn focus_after_redraw(ids: Vec<String>) {
    WAITING.with(|waiting| *waiting.borrow_mut() = ids);
}

/// Carries out a waiting focus request after each render of the component
/// that calls it (the page): the request is taken either way, so a stale
/// one never moves the focus later.
#[hook]
pub fn use_focus_after_redraw() {
    use_effect(|| {
        let ids = WAITING.with(|waiting| std::mem::take(&mut *waiting.borrow_mut()));
        if ids.is_empty() {
            return;
        }
        let document = gloo::utils::document();
        let target = ids
            .iter()
            .filter_map(|id| document.get_element_by_id(id))
            .filter_map(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            .find(|e| !e.has_attribute("disabled"));
        if let Some(element) = target {
            let _ = element.focus();
        }
    });
}
