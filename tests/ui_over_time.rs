//! Component tests of the plan over time in the app, run in headless
//! Chromium by wasm-bindgen-test
//! (`cargo test --target wasm32-unknown-unknown --test ui_over_time`).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};
use yew::platform::time::sleep;

wasm_bindgen_test_configure!(run_in_browser);

/// The element `selector` finds under `root`, waiting up to 3 s for it.
async fn wait_for(root: &Element, selector: &str) -> Element {
    for _ in 0..100 {
        if let Some(e) = root.query_selector(selector).unwrap() {
            return e;
        }
        sleep(Duration::from_millis(30)).await;
    }
    panic!("no {selector}");
}

/// Types `text` into the input and leaves it (a change event).
fn change(input: &Element, text: &str) {
    let input: &HtmlInputElement = input.unchecked_ref();
    input.set_value(text);
    let event = web_sys::Event::new("change").unwrap();
    input.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn a_refused_hire_cap_keeps_its_text_and_the_plan_and_a_good_one_delays_hires() {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<tierplan::ui::App>::with_root(root.clone()).render();
    let hires = wait_for(&root, "#hiring-months").await;
    let before = hires.text_content().unwrap();
    assert!(before.contains("open the requisition in"), "{before}");
    let cap = wait_for(&root, "#over-time-hire-cap").await;
    change(&cap, "0");
    let error = wait_for(&root, "#over-time-hire-cap-error").await;
    assert_eq!(
        error.text_content().unwrap(),
        "A cap of 0 means no one can start; leave the field empty for no cap"
    );
    assert_eq!(cap.get_attribute("aria-invalid").as_deref(), Some("true"));
    let cap_input: &HtmlInputElement = cap.unchecked_ref();
    assert_eq!(cap_input.value(), "0", "the refused text stays");
    assert_eq!(
        root.query_selector("#hiring-months")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        before,
        "the plan keeps its last good figures"
    );
    change(&cap, "1");
    sleep(Duration::from_millis(60)).await;
    assert!(root
        .query_selector("#over-time-hire-cap-error")
        .unwrap()
        .is_none());
    let after = root
        .query_selector("#hiring-months")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        after.contains("the cap on hires per quarter delays"),
        "{after}"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_link_with_a_start_that_is_not_a_month_says_so_at_the_field() {
    let mut s = tierplan::model::Scenario::default();
    s.calendar.start = "2027-13".into();
    let query = tierplan::link::encode(&s);
    let history = gloo::utils::window().history().unwrap();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("?{query}")))
        .unwrap();
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<tierplan::ui::App>::with_root(root.clone()).render();
    let error = wait_for(&root, "#over-time-start-error").await;
    assert!(
        error
            .text_content()
            .unwrap()
            .contains("'2027-13' is not a month"),
        "{:?}",
        error.text_content()
    );
    // The plan still has months: it starts in the current month.
    let notice = wait_for(&root, "#over-time-start-notice").await;
    assert!(notice.text_content().unwrap().contains("no start month"));
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("?"))
        .unwrap();
    root.remove();
}
