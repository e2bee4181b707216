//! The toolbar's popup menus (`<details>`): what every one of them does.

use wasm_bindgen::JsCast;
use web_sys::{HtmlDetailsElement, HtmlElement, KeyboardEvent};

/// Escape closes the open menu (Export, Embed, Recent plans) it is pressed in and puts the
/// focus back on the menu's button, as a person expects of a popup.
pub fn close_on_escape(event: KeyboardEvent) {
    if event.key() != "Escape" {
        return;
    }
    let details = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|element| element.closest("details").ok().flatten())
        .and_then(|element| element.dyn_into::<HtmlDetailsElement>().ok());
    let Some(details) = details.filter(HtmlDetailsElement::open) else {
        return;
    };
    event.prevent_default();
    event.stop_propagation();
    details.set_open(false);
    if let Ok(Some(summary)) = details.query_selector("summary") {
        if let Ok(summary) = summary.dyn_into::<HtmlElement>() {
            let _ = summary.focus();
        }
    }
}
