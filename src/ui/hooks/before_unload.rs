//! Leaving the page asks first while something would be lost.

use yew::prelude::*;

/// While `ask` holds, leaving or reloading the page asks the person first
/// (the browser's own "Leave site?" question); the listener goes as soon as
/// nothing would be lost.
#[hook]
pub fn use_before_unload(ask: bool) {
    use_effect_with(ask, move |&ask| {
        let listener = ask.then(|| {
            gloo::events::EventListener::new_with_options(
                &gloo::utils::window(),
                "beforeunload",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                |event| event.prevent_default(),
            )
        });
        move || drop(listener)
    });
}
