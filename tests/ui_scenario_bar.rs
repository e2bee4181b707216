//! Component tests of the scenario bar, run in headless Chromium by
//! wasm-bindgen-test (`cargo test --target wasm32-unknown-unknown --test
//! ui_scenario_bar`): add a copy, rename (a name taken is refused), reorder,
//! switch, remove, the fifth scenario refused, and another link added or
//! refused at its field.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

mod ui_support;
use ui_support::{find, mount, settle, text, type_into};

const CUSTOMERS: &str = "edit-tiers-0-customers";

/// Clicks the element for `selector` and waits for the redraw.
async fn click(root: &Element, selector: &str) {
    let element: HtmlElement = find(root, selector).dyn_into().unwrap();
    element.click();
    settle().await;
}

/// The tabs' names, in order.
fn tabs(root: &Element) -> Vec<String> {
    let list = root.query_selector_all(".scenarios__name").unwrap();
    (0..list.length())
        .filter_map(|i| list.get(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

/// Which tab is pressed (the scenario the inputs edit).
fn pressed(root: &Element) -> Option<usize> {
    (0..tabs(root).len()).find(|i| {
        find(root, &format!("#scenario-tab-{i}"))
            .get_attribute("aria-pressed")
            .as_deref()
            == Some("true")
    })
}

fn value(root: &Element, id: &str) -> String {
    find(root, &format!("#{id}"))
        .dyn_into::<HtmlInputElement>()
        .unwrap()
        .value()
}

async fn rename(root: &Element, name: &str) {
    let input: HtmlInputElement = find(root, "#scenario-bar-name").dyn_into().unwrap();
    input.set_value(name);
    click(root, "#scenario-rename").await;
}

async fn add_copy(root: &Element) {
    click(root, "#scenario-add summary").await;
    click(root, "#scenario-add-copy").await;
}

fn disabled(root: &Element, selector: &str) -> bool {
    find(root, selector).has_attribute("disabled")
}

#[wasm_bindgen_test]
async fn a_copy_is_added_renamed_reordered_switched_and_removed() {
    let root = mount().await;
    assert!(tabs(&root).is_empty(), "one plan alone has no tabs");
    let base = tierplan::model::Scenario::default().name;

    add_copy(&root).await;
    assert_eq!(tabs(&root), [base.clone(), "Alternative 1".into()]);
    assert_eq!(pressed(&root), Some(1), "the copy is the one edited");
    type_into(&root, CUSTOMERS, "80").await;

    rename(&root, "More high touch").await;
    assert_eq!(tabs(&root), [base.clone(), "More high touch".into()]);
    assert_eq!(text(&root, "#scenario-message"), "");

    // A name another scenario has (in any case) is refused, with a message.
    add_copy(&root).await;
    assert_eq!(pressed(&root), Some(2));
    rename(&root, "more HIGH touch").await;
    let message = text(&root, "#scenario-message");
    assert!(message.contains("already named"), "{message}");
    assert_eq!(tabs(&root)[2], "Alternative 2");

    // Earlier: the edited scenario moves and stays the one edited.
    click(&root, "#scenario-earlier").await;
    assert_eq!(
        tabs(&root),
        [
            base.clone(),
            "Alternative 2".into(),
            "More high touch".into()
        ]
    );
    assert_eq!(pressed(&root), Some(1));
    assert!(!disabled(&root, "#scenario-earlier"));
    click(&root, "#scenario-later").await;
    assert_eq!(pressed(&root), Some(2));
    assert!(
        disabled(&root, "#scenario-later"),
        "the last cannot go later"
    );

    // Switching shows each scenario's own values in the inputs.
    click(&root, "#scenario-tab-0").await;
    assert_eq!(pressed(&root), Some(0));
    assert_eq!(value(&root, CUSTOMERS), "40");
    assert!(disabled(&root, "#scenario-earlier"), "the base is first");
    click(&root, "#scenario-tab-1").await;
    assert_eq!(value(&root, CUSTOMERS), "80");

    // The base is not removed while it has alternatives; another is.
    click(&root, "#scenario-tab-0").await;
    click(&root, "#scenario-remove").await;
    let message = text(&root, "#scenario-message");
    assert!(message.contains("move another scenario"), "{message}");
    assert_eq!(tabs(&root).len(), 3);
    click(&root, "#scenario-tab-1").await;
    click(&root, "#scenario-remove").await;
    assert_eq!(tabs(&root), [base.clone(), "Alternative 2".into()]);
    assert_eq!(pressed(&root), Some(0), "the one before is edited");
    click(&root, "#scenario-tab-1").await;
    click(&root, "#scenario-remove").await;
    assert!(tabs(&root).is_empty(), "back to one plan");
    assert!(!root.text_content().unwrap().contains("NaN"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_fifth_scenario_is_refused() {
    let root = mount().await;
    for _ in 0..3 {
        add_copy(&root).await;
    }
    assert_eq!(tabs(&root).len(), 4);
    click(&root, "#scenario-add summary").await;
    for control in [
        "#scenario-add-copy",
        "#scenario-add-preset",
        "#scenario-add-link",
        "#scenario-add-file",
    ] {
        assert!(disabled(&root, control), "{control}");
    }
    let panel = text(&root, ".scenarios__add-panel");
    assert!(panel.contains("at most 4 scenarios"), "{panel}");
    // Removing one makes room again.
    click(&root, "#scenario-remove").await;
    assert!(!disabled(&root, "#scenario-add-copy"));
    root.remove();
}

#[wasm_bindgen_test]
async fn another_link_is_added_or_refused_at_its_field() {
    let root = mount().await;
    click(&root, "#scenario-add summary").await;
    let link: HtmlInputElement = find(&root, "#scenario-add-link").dyn_into().unwrap();
    link.set_value("https://example.org/?v=4&z=%%%");
    click(&root, "#scenario-add-link-submit").await;
    let problem = text(&root, "#scenario-add-link-error");
    assert!(problem.starts_with("That link was not added"), "{problem}");
    assert_eq!(link.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        link.get_attribute("aria-describedby").as_deref(),
        Some("scenario-add-link-error")
    );
    assert!(tabs(&root).is_empty(), "nothing was added");
    assert_eq!(value(&root, CUSTOMERS), "40");

    let mut other = tierplan::model::Scenario {
        name: "Pooled".into(),
        ..Default::default()
    };
    other.tiers[0].customers = 90.0;
    link.set_value(&format!(
        "https://example.org/tierplan/?{}",
        tierplan::link::encode(&other)
    ));
    click(&root, "#scenario-add-link-submit").await;
    assert_eq!(tabs(&root)[1], "Pooled");
    assert_eq!(pressed(&root), Some(1));
    assert_eq!(value(&root, CUSTOMERS), "90");
    assert!(root
        .query_selector("#scenario-add-link-error")
        .unwrap()
        .is_none());
    root.remove();
}
