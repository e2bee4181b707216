//! Component tests of the capacity card, run in headless Chromium by
//! wasm-bindgen-test (`cargo test --target wasm32-unknown-unknown --test ui_capacity`).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod ui_support;
use ui_support::{find, mount, text, type_into};

#[wasm_bindgen_test]
async fn shows_the_domain_check_by_default() {
    let root = mount().await;
    assert_eq!(text(&root, "#capacity-proactive-hours"), "1,104");
    assert_eq!(text(&root, "#capacity-proactive-pct"), "60%");
    root.remove();
}

#[wasm_bindgen_test]
async fn an_edit_updates_the_result_and_the_why() {
    let root = mount().await;
    type_into(&root, "capacity-team-working-weeks-per-year", "44").await;
    // 40 × 44 = 1,760 h; × 60% = 1,056 h
    assert_eq!(text(&root, "#capacity-proactive-hours"), "1,056");
    let why = text(&root, ".why p");
    assert!(why.contains("1,760 h available"), "{why}");
    type_into(&root, "capacity-team-working-weeks-per-year", "46").await;
    root.remove();
}

#[wasm_bindgen_test]
async fn bad_input_shows_a_message_next_to_the_field() {
    let root = mount().await;
    for (typed, expected) in [
        ("", "Enter a value."),
        ("-1", "Must be at least 1."),
        ("lots", "Enter a number, such as 40."),
    ] {
        type_into(&root, "capacity-team-hours-per-week", typed).await;
        assert_eq!(text(&root, "#capacity-team-hours-per-week-error"), expected);
        let field = root
            .query_selector("#capacity-team-hours-per-week")
            .unwrap()
            .unwrap();
        assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
        assert_eq!(text(&root, "#capacity-proactive-hours"), "1,104");
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
    let message = text(&root, "#capacity-shares-error");
    assert!(message.contains("115%"), "{message}");
    assert!(!root.text_content().unwrap().contains("NaN"));
    type_into(&root, "capacity-team-reactive-pct", "15").await;
    assert!(root
        .query_selector("#capacity-shares-error")
        .unwrap()
        .is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn impossible_shares_leave_no_made_up_proactive_share() {
    let root = mount().await;
    type_into(&root, "capacity-team-reactive-pct", "80").await;
    assert!(text(&root, "#capacity-shares-error").contains("105%"));
    let derived = text(&root, "#capacity-proactive-work");
    assert_eq!(text(&root, "#capacity-proactive-pct"), "—", "{derived}");
    assert!(
        !derived.contains("what the other shares leave"),
        "{derived}"
    );
    assert!(derived.contains("more than 100%"), "{derived}");
    type_into(&root, "capacity-team-reactive-pct", "15").await;
    assert_eq!(text(&root, "#capacity-proactive-pct"), "60%");
    assert!(text(&root, "#capacity-proactive-work").contains("what the other shares leave"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_good_hour_counts_while_another_field_is_refused() {
    let root = mount().await;
    type_into(&root, "edit-tiers-0-customers", "abc").await;
    type_into(&root, "capacity-team-hours-per-week", "30").await;
    // 30 h is fine: the plan takes it at once, whatever the customers field says.
    assert_eq!(text(&root, "#capacity-proactive-hours"), "828");
    assert!(root.query_selector("#capacity-stale").unwrap().is_none());
    // A refused share marks the card as not current.
    type_into(&root, "capacity-team-reactive-pct", "80").await;
    assert!(root.query_selector("#capacity-stale").unwrap().is_some());
    type_into(&root, "capacity-team-reactive-pct", "15").await;
    assert!(root.query_selector("#capacity-stale").unwrap().is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn reactive_work_counted_as_triggers_leaves_a_split_that_adds_up_to_100() {
    use wasm_bindgen::JsCast;
    let root = mount().await;
    find(&root, "#reactive-bottom-up")
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    ui_support::settle().await;
    // 100 − 10% collateral − 15% overhead = 75% proactive; the typed 15%
    // reactive is not taken off the year, so the split shows it as 0%.
    assert_eq!(text(&root, "#capacity-proactive-pct"), "75%");
    assert!(text(&root, "#capacity-proactive-work").contains("counted as triggers"));
    let legend = text(&root, ".split__legend");
    assert!(
        legend.contains("Reactive (counted as triggers) 0%"),
        "{legend}"
    );
    let shares: f64 = legend
        .split('%')
        .filter_map(|part| part.rsplit(' ').next()?.parse::<f64>().ok())
        .sum();
    assert_eq!(shares, 100.0, "{legend}");
    root.remove();
}
