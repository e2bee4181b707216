//! The page's two moments: its first frame, and the page complete.

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Whether the whole page may be built: false for the first render (the
/// plan, its charts and the first input section), true once that first
/// frame is painted, so the plan shows sooner. Both moments are marked
/// for the browser timing benchmark (tests/bench): `tierplan:first-render`,
/// then `tierplan:complete`.
#[hook]
pub fn use_paint_marks() -> bool {
    let complete = use_state(|| false);
    {
        let complete = complete.clone();
        use_effect_with((), move |_| {
            mark("tierplan:first-render");
            after_next_paint(move || complete.set(true));
        });
    }
    use_effect_with(*complete, |complete| {
        if *complete {
            mark("tierplan:complete");
        }
    });
    *complete
}

/// Adds the performance mark `name` (read by tests/bench/ui-timing.mjs).
fn mark(name: &str) {
    if let Some(performance) = gloo::utils::window().performance() {
        let _ = performance.mark(name);
    }
}

/// Calls `then` once the browser has painted the next frame: from a
/// timer started in the frame's animation callback, which runs just before
/// that frame is painted.
fn after_next_paint(then: impl FnOnce() + 'static) {
    let in_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        Timeout::new(0, then).forget();
    });
    let _ = gloo::utils::window().request_animation_frame(in_frame.unchecked_ref());
}
