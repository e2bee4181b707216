//! The width an element is laid out at.

use gloo::events::EventListener;
use yew::prelude::*;

/// The width of the element behind `node` (px), measured on mount and on
/// every resize of the window; `initial` until it is measured (or while it
/// measures 0, hidden).
#[hook]
pub fn use_width(node: &NodeRef, initial: f64) -> f64 {
    let width = use_state_eq(|| initial);
    {
        let node = node.clone();
        let width = width.clone();
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(element) = node.cast::<web_sys::Element>() {
                    let w = f64::from(element.client_width());
                    if w > 0.0 {
                        width.set(w);
                    }
                }
            };
            measure();
            let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| measure());
            move || drop(listener)
        });
    }
    *width
}
