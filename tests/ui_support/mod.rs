//! Shared helpers of the browser component tests (`tests/ui_*.rs`): mount the
//! app as a fresh visitor would see it, type, and read the page back.
// Each test file uses a different subset of these helpers.
#![allow(dead_code)]

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use tierplan::ui::App;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, Event, EventInit, HtmlInputElement, MutationObserver, MutationObserverInit,
};
use yew::platform::time::sleep;

/// Mounts the app into a fresh element and waits for the first render.
/// Each test starts from the default scenario: the address and this
/// device's last good scenario are cleared first.
pub async fn mount() -> Element {
    mount_at("").await
}

/// Mounts the app as a visitor opening the link with `query` would see it
/// (this device's last good scenario cleared first).
pub async fn mount_at(query: &str) -> Element {
    let window = gloo::utils::window();
    let _ = window.history().unwrap().replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some(&format!("?{query}")),
    );
    if let Ok(Some(storage)) = window.local_storage() {
        let _ = storage.clear();
    }
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    // The input sections after the first are built once the first frame is
    // painted; wait for the last of them (at most 2 s).
    for _ in 0..200 {
        if root
            .query_selector("#section-guardrails")
            .ok()
            .flatten()
            .is_some()
        {
            break;
        }
        sleep(Duration::from_millis(10)).await;
    }
    settle().await;
    root
}

/// Waits until the app has rendered what the last event changed: until
/// Yew's scheduler has no work left and the page has not changed for 30 ms
/// (at most 2 s). A fixed sleep was too short for the unoptimised test build
/// on a busy machine, and so was the quiet time alone: Yew yields to the
/// browser after 16 ms of rendering and resumes in a later task, which on a
/// loaded machine can come more than 30 ms later.
pub async fn settle() {
    yew::scheduler::flush().await;
    let quiet_since = Rc::new(Cell::new(now()));
    let seen = quiet_since.clone();
    // Kept alive until the observer is disconnected below.
    let callback = Closure::<dyn FnMut()>::new(move || seen.set(now()));
    let observer = MutationObserver::new(callback.as_ref().unchecked_ref()).unwrap();
    let options = MutationObserverInit::new();
    options.set_subtree(true);
    options.set_child_list(true);
    options.set_attributes(true);
    options.set_character_data(true);
    let body = gloo::utils::document().body().unwrap();
    observer.observe_with_options(&body, &options).unwrap();
    let start = now();
    loop {
        yew::scheduler::flush().await;
        sleep(Duration::from_millis(10)).await;
        let t = now();
        if (t - quiet_since.get() >= 30.0 && t - start >= 20.0) || t - start > 2000.0 {
            break;
        }
    }
    observer.disconnect();
    drop(callback);
}

fn now() -> f64 {
    gloo::utils::window().performance().unwrap().now()
}

/// The element for `selector` under `root`; panics when there is none.
pub fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} exists"))
}

/// The text of the element for `selector` (which must exist).
pub fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

/// Dispatches a bubbling event of `kind` on `target`, as the browser would.
pub fn fire(target: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// Types `value` into the input `#id` (one input event, as a paste) and waits.
pub async fn type_into(root: &Element, id: &str, value: &str) {
    let input: HtmlInputElement = find(root, &format!("#{id}")).dyn_into().unwrap();
    input.set_value(value);
    fire(&input, "input");
    settle().await;
}
