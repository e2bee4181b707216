//! Component tests of ranges on the page, run in headless Chromium by
//! wasm-bindgen-test (`cargo test --target wasm32-unknown-unknown --test ui_ranges`):
//! a range typed into a field, its control, the How sure card and the
//! point plan, which follows every keystroke while the samples wait for a
//! pause.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use tierplan::model::inputs::{Input, TierField};
use tierplan::model::uncertainty::{stored_analysis, RangeEntry, Ranges, Shape};
use tierplan::model::Scenario;
use tierplan::ui::editors::{input_id, ID_PREFIX};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlSelectElement};
use yew::platform::time::sleep;

wasm_bindgen_test_configure!(run_in_browser);

mod ui_support;
use ui_support::{find, fire, mount, settle, text, type_into};

/// Waits until the How sure card shows a headline (at most 3 s).
async fn headline(root: &Element) -> String {
    for _ in 0..60 {
        if let Some(h) = root.query_selector("#how-sure-headline").unwrap() {
            if find(root, "#how-sure")
                .get_attribute("aria-busy")
                .as_deref()
                == Some("false")
            {
                return h.text_content().unwrap_or_default();
            }
        }
        sleep(Duration::from_millis(50)).await;
    }
    panic!("no headline");
}

#[wasm_bindgen_test]
async fn a_typed_range_is_sampled_once_typing_pauses_and_its_control_edits_it() {
    let root = mount().await;
    let field = input_id(ID_PREFIX, Input::Tier(0, TierField::Customers));
    let people = text(&root, "#figure-headcount .headline__value");
    assert!(text(&root, "#how-sure-hint").contains("Type a range"));
    type_into(&root, &field, "30-60").await;
    // The point plan is the same plan: the value stays the most likely one.
    assert_eq!(text(&root, "#figure-headcount .headline__value"), people);
    let summary = text(&root, &format!("#{field}-range summary"));
    assert!(
        summary.starts_with("Range 30 to 60, triangular"),
        "{summary}"
    );
    let shown = headline(&root).await;
    // The page's numbers are the engine's for the same stored ranges.
    let mut s = Scenario {
        uncertainty: Ranges {
            ranges: vec![RangeEntry {
                path: "tiers.0.customers".into(),
                low: 30.0,
                high: 60.0,
                shape: Shape::Triangular,
            }],
            ..Ranges::default()
        },
        ..Scenario::default()
    };
    assert_eq!(shown, stored_analysis(&s).unwrap().headline);

    // The shape through the control.
    let select: HtmlSelectElement = find(&root, &format!("#{field}-range-shape"))
        .dyn_into()
        .unwrap();
    select.set_value("uniform");
    fire(&select, "change");
    settle().await;
    assert!(text(&root, &format!("#{field}-range summary")).contains("uniform"));
    s.uncertainty.ranges[0].shape = Shape::Uniform;
    assert_eq!(headline(&root).await, stored_analysis(&s).unwrap().headline);

    // A refused range: a message at the field, the range as it was.
    type_into(&root, &field, "60-30").await;
    assert!(text(&root, &format!("#{field}-error")).contains("the low end (60) is above"));
    assert!(text(&root, &format!("#{field}-range summary")).contains("30 to 60"));

    // Removed in one action.
    let remove: HtmlElement = find(&root, &format!("#{field}-range-remove"))
        .dyn_into()
        .unwrap();
    remove.click();
    settle().await;
    assert!(root
        .query_selector(&format!("#{field}-range"))
        .unwrap()
        .is_none());
    assert!(text(&root, "#how-sure-hint").contains("Type a range"));
}

#[wasm_bindgen_test]
async fn a_value_outside_its_range_is_said_at_the_field_and_the_capacity_stays_current() {
    let root = mount().await;
    let field = "capacity-team-hours-per-week";
    type_into(&root, field, "36-44").await;
    type_into(&root, field, "30").await;
    let message = text(&root, &format!("#{field}-error"));
    assert!(message.contains("left out of the analysis"), "{message}");
    // The plan took 30 h: the card's figure is current, not "the last valid".
    assert!(root.query_selector("#capacity-stale").unwrap().is_none());
}
