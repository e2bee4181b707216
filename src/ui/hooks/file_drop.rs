//! A file dropped anywhere on the page.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A file dropped anywhere on the document goes to `on_file` (the first,
/// when several are dropped), instead of the browser opening it in place of
/// the page. Set up once, for the page's lifetime.
#[hook]
pub fn use_file_drop(on_file: &Callback<web_sys::File>) {
    let on_file = on_file.clone();
    use_effect_with((), move |_| {
        let document = gloo::utils::document();
        let over = EventListener::new_with_options(
            &document,
            "dragover",
            EventListenerOptions::enable_prevent_default(),
            |event| event.prevent_default(),
        );
        let drop = EventListener::new_with_options(
            &document,
            "drop",
            EventListenerOptions::enable_prevent_default(),
            move |event| {
                let Some(drag) = event.dyn_ref::<web_sys::DragEvent>() else {
                    return;
                };
                let file = drag
                    .data_transfer()
                    .and_then(|data| data.files())
                    .and_then(|files| files.get(0));
                if let Some(file) = file {
                    event.prevent_default();
                    on_file.emit(file);
                }
            },
        );
        move || {
            std::mem::drop(over);
            std::mem::drop(drop);
        }
    });
}
