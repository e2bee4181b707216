//! Whether the browser is about to print.

use gloo::events::EventListener;
use yew::prelude::*;

/// Whether the browser is printing the page (Ctrl+P, `window.print()`):
/// true from its `beforeprint` to its `afterprint`.
#[hook]
pub fn use_printing() -> bool {
    let printing = use_state_eq(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let before = {
                let printing = printing.clone();
                EventListener::new(&window, "beforeprint", move |_| printing.set(true))
            };
            let after = EventListener::new(&window, "afterprint", move |_| printing.set(false));
            move || drop((before, after))
        });
    }
    *printing
}
