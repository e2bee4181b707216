//! Component tests of the capacity card, run in headless Chromium by
//! wasm-bindgen-test (`cargo test --target wasm32-unknown-unknown --test ui_capacity`).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use tierplan::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlInputElement};
use yew::platform::time::sleep;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app into a fresh element and waits for the first render.
async fn mount() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    root
}

async fn settle() {
    sleep(Duration::from_millis(20)).await;
}

fn text(root: &Element, selector: &str) -> Option<String> {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
}

async fn type_into(root: &Element, id: &str, value: &str) {
    let input: HtmlInputElement = root
        .query_selector(&format!("#{id}"))
        .unwrap()
        .expect("input exists")
        .dyn_into()
        .unwrap();
    input.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn shows_the_domain_check_by_default() {
    let root = mount().await;
    assert_eq!(
        text(&root, "#capacity-proactive-hours").as_deref(),
        Some("1,104")
    );
    assert_eq!(
        text(&root, "#capacity-proactive-pct").as_deref(),
        Some("60%")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn an_edit_updates_the_result_and_the_why() {
    let root = mount().await;
    type_into(&root, "capacity-team-working-weeks-per-year", "44").await;
    // 40 × 44 = 1,760 h; × 60% = 1,056 h
    assert_eq!(
        text(&root, "#capacity-proactive-hours").as_deref(),
        Some("1,056")
    );
    let why = text(&root, ".why p").unwrap();
    assert!(why.contains("1,760 h available"), "{why}");
    type_into(&root, "capacity-team-working-weeks-per-year", "46").await;
    root.remove();
}

#[wasm_bindgen_test]
async fn bad_input_shows_a_message_next_to_the_field() {
    let root = mount().await;
    for (typed, expected) in [
        ("", "Enter a value."),
        ("-1", "Must be zero or more."),
        ("lots", "Enter a number, such as 40 or 12.5."),
    ] {
        type_into(&root, "capacity-team-hours-per-week", typed).await;
        assert_eq!(
            text(&root, "#capacity-team-hours-per-week-error").as_deref(),
            Some(expected)
        );
        let field = root
            .query_selector("#capacity-team-hours-per-week")
            .unwrap()
            .unwrap();
        assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
        assert_eq!(
            text(&root, "#capacity-proactive-hours").as_deref(),
            Some("1,104")
        );
        assert!(root.query_selector("#capacity-stale").unwrap().is_some());
        assert!(!root.text_content().unwrap().contains("NaN"));
    }
    type_into(&root, "capacity-team-hours-per-week", "40").await;
    assert!(root
        .query_selector("#capacity-team-hours-per-week-error")
        .unwrap()
        .is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn shares_over_100_are_explained_once() {
    let root = mount().await;
    type_into(&root, "capacity-team-reactive-pct", "90").await;
    let message = text(&root, "#capacity-shares-error").unwrap();
    assert!(message.contains("115%"), "{message}");
    assert!(!root.text_content().unwrap().contains("NaN"));
    type_into(&root, "capacity-team-reactive-pct", "15").await;
    assert!(root
        .query_selector("#capacity-shares-error")
        .unwrap()
        .is_none());
    root.remove();
}
