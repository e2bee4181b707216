//! Component tests of the Accounts section, run in headless Chromium by
//! wasm-bindgen-test (`cargo test --target wasm32-unknown-unknown --test ui_accounts`):
//! the whole app mounted, a list pasted as a spreadsheet would paste it, its
//! mapping corrected, the review scrolled and an account overridden.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::platform::time::sleep;

wasm_bindgen_test_configure!(run_in_browser);

mod ui_support;
use ui_support::{find, fire, mount, settle, text};

/// Waits until `ready` holds (at most 10 s), then until the page is quiet.
async fn until(root: &Element, what: &str, ready: impl Fn(&Element) -> bool) {
    for _ in 0..1000 {
        if ready(root) {
            settle().await;
            return;
        }
        sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting for {what}");
}

fn exists(root: &Element, selector: &str) -> bool {
    root.query_selector(selector).unwrap().is_some()
}

/// Pastes `cells` (tab-separated, as a spreadsheet copies them) and imports them.
async fn paste(root: &Element, cells: &str) {
    let area: HtmlTextAreaElement = find(root, "#accounts-paste").dyn_into().unwrap();
    area.set_value(cells);
    find(root, "#accounts-paste-import")
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    until(root, "the import summary", |r| {
        exists(r, "#accounts-summary")
    })
    .await;
}

async fn choose(root: &Element, id: &str, value: &str) {
    let select: HtmlSelectElement = find(root, &format!("#{id}")).dyn_into().unwrap();
    select.set_value(value);
    fire(&select, "change");
    settle().await;
}

/// The texts of the cells of the rendered review rows.
fn review_rows(root: &Element) -> Vec<Vec<String>> {
    let rows = root
        .query_selector_all("#accounts-review-scroll [role=row]")
        .unwrap();
    (0..rows.length())
        .filter_map(|k| rows.item(k))
        .map(|row| {
            let cells = row
                .dyn_into::<Element>()
                .unwrap()
                .query_selector_all("[role=cell]")
                .unwrap();
            (0..cells.length())
                .filter_map(|c| cells.item(c))
                .map(|c| c.text_content().unwrap_or_default())
                .collect()
        })
        .collect()
}

/// `n` accounts, tab-separated, with ARR falling from 2,000,000.
fn accounts(n: usize) -> String {
    let mut text = String::from("Account\tARR\tRegion\n");
    for i in 1..=n {
        text.push_str(&format!("Customer {i}\t{}\tEMEA\n", 2_000_000 / i));
    }
    text
}

#[wasm_bindgen_test]
async fn a_pasted_list_is_summarised_and_reaches_the_plan() {
    let root = mount().await;
    paste(&root, &accounts(30)).await;
    let summary = text(&root, "#accounts-summary");
    assert!(
        summary.contains("Kept 30 rows, skipped 0, 1 warning"),
        "{summary}"
    );
    // The one warning: no "Customer since" column, so no first-year share.
    assert!(text(&root, "#accounts-notes").contains("Customer since"));
    until(&root, "the plan to use the list", |r| {
        r.query_selector("#accounts-status")
            .unwrap()
            .is_some_and(|s| {
                s.text_content()
                    .unwrap_or_default()
                    .contains("come from this list")
            })
    })
    .await;
    root.remove();
}

#[wasm_bindgen_test]
async fn changing_a_column_s_mapping_reads_the_list_again() {
    let root = mount().await;
    // "Fee" is not a header the guess knows: the list has no ARR at first.
    paste(&root, "Account\tFee\nNorthwind\t1000\nContoso\t250\n").await;
    assert!(
        exists(&root, ".mapping__missing"),
        "a missing ARR is reported"
    );
    choose(&root, "accounts-column-1", "mrr").await;
    until(&root, "the review", |r| exists(r, "#accounts-review")).await;
    let rows = review_rows(&root);
    let northwind = rows
        .iter()
        .find(|r| r[1] == "Northwind")
        .expect("Northwind");
    // MRR 1,000 a month is ARR 12,000 a year.
    assert!(northwind[2].contains("12,000"), "{northwind:?}");
    choose(&root, "accounts-column-1", "arr").await;
    until(&root, "ARR 1,000", |r| {
        review_rows(r).iter().any(|row| {
            row[1] == "Northwind" && row[2].contains("1,000") && !row[2].contains("12,000")
        })
    })
    .await;
    root.remove();
}

#[wasm_bindgen_test]
async fn the_review_renders_only_the_visible_rows() {
    let root = mount().await;
    paste(&root, &accounts(2_000)).await;
    until(&root, "the review", |r| exists(r, "#accounts-review")).await;
    let rendered = review_rows(&root);
    assert!(
        rendered.len() >= 10 && rendered.len() < 40,
        "{} rows rendered",
        rendered.len()
    );
    assert_eq!(rendered[0][0], "2", "line 2 is the first account");

    // Scrolled to the middle, the rows there are rendered, and still few.
    let scroller = find(&root, "#accounts-review-scroll");
    scroller.set_scroll_top(1_000 * 40);
    fire(&scroller, "scroll");
    settle().await;
    let rendered = review_rows(&root);
    assert!(rendered.len() < 40, "{} rows rendered", rendered.len());
    let lines: Vec<u32> = rendered.iter().map(|r| r[0].parse().unwrap()).collect();
    assert!(
        lines.contains(&1_002),
        "account 1,000 (line 1,002) is shown: {lines:?}"
    );
    let rowcount = find(&root, "#accounts-review [role=table]").get_attribute("aria-rowcount");
    assert_eq!(rowcount.as_deref(), Some("2001"));
    root.remove();
}

#[wasm_bindgen_test]
async fn an_override_is_kept_and_shown_as_an_override() {
    let root = mount().await;
    paste(&root, &accounts(40)).await;
    until(&root, "the review", |r| exists(r, "#accounts-review")).await;
    let first_tier = text(&root, "#accounts-tier-0-count");
    // The last account (smallest ARR) is moved into the first tier by hand.
    let row = review_rows(&root).len();
    assert!(row > 0);
    let scroller = find(&root, "#accounts-review-scroll");
    scroller.set_scroll_top(100_000);
    fire(&scroller, "scroll");
    settle().await;
    let last = review_rows(&root)
        .into_iter()
        .find(|r| r[1] == "Customer 40")
        .expect("Customer 40 rendered");
    assert!(!last[3].contains("override"), "{last:?}");
    let menu = find(&root, "#accounts-review-scroll [data-row='39'] select");
    let menu: HtmlSelectElement = menu.dyn_into().unwrap();
    menu.set_value("0");
    fire(&menu, "change");
    until(&root, "the override", |r| {
        review_rows(r)
            .iter()
            .any(|row| row[1] == "Customer 40" && row[3].contains("override"))
    })
    .await;
    assert_ne!(
        text(&root, "#accounts-tier-0-count"),
        first_tier,
        "the first tier gained an account"
    );
    let badge_row = review_rows(&root)
        .into_iter()
        .find(|r| r[1] == "Customer 40")
        .unwrap();
    assert!(
        badge_row[3].contains("rule:"),
        "the rule's tier is shown: {badge_row:?}"
    );
    assert!(text(&root, "#review-disagreements").contains("Customer 40"));

    // Back to the rule: no override left.
    let menu: HtmlSelectElement = find(&root, "#accounts-review-scroll [data-row='39'] select")
        .dyn_into()
        .unwrap();
    menu.set_value("rule");
    fire(&menu, "change");
    until(&root, "the override to go", |r| {
        review_rows(r)
            .iter()
            .any(|row| row[1] == "Customer 40" && !row[3].contains("override"))
    })
    .await;
    assert_eq!(text(&root, "#accounts-tier-0-count"), first_tier);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_header_without_rows_is_refused_and_the_list_on_the_page_stays() {
    let root = mount().await;
    paste(&root, &accounts(30)).await;
    until(&root, "the review", |r| exists(r, "#accounts-review")).await;
    let area: HtmlTextAreaElement = find(&root, "#accounts-paste").dyn_into().unwrap();
    area.set_value("Account\tARR\tRenewal date\n");
    find(&root, "#accounts-paste-import")
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    until(&root, "the refusal", |r| exists(r, ".intake__refusal")).await;
    assert!(text(&root, ".intake__refusal").contains("no account rows"));
    assert!(text(&root, "#accounts-summary").contains("Kept 30 rows"));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_score_rule_says_which_criteria_have_no_column() {
    let root = mount().await;
    paste(&root, &accounts(30)).await;
    until(&root, "the review", |r| exists(r, "#accounts-review")).await;
    assert!(
        !text(&root, "#accounts-review .review__head").contains("Score"),
        "no score column under ARR cut-offs"
    );
    choose(&root, "accounts-rule", "score").await;
    until(&root, "the note", |r| exists(r, "#accounts-score-note")).await;
    let note = text(&root, "#accounts-score-note");
    assert!(
        note.contains("no column for products, complexity and strategic"),
        "{note}"
    );
    assert!(text(&root, "#accounts-review .review__head").contains("Score (points)"));
    // Customer 1 ($2M) earns the full score: the first tier is not empty.
    until(&root, "a first tier", |r| {
        r.query_selector("#accounts-tier-0-count")
            .unwrap()
            .is_some_and(|c| !c.text_content().unwrap_or_default().starts_with("0 "))
    })
    .await;
    root.remove();
}

#[wasm_bindgen_test]
async fn a_script_in_a_name_is_shown_as_text() {
    let root = mount().await;
    paste(&root, "Account\tARR\n<script>window.hacked=1</script><img src=x onerror=\"window.hacked=2\">\t5000\n").await;
    until(&root, "the review", |r| exists(r, "#accounts-review")).await;
    let rows = review_rows(&root);
    assert!(
        rows[0][1].starts_with("<script>window.hacked=1</script>"),
        "{:?}",
        rows[0]
    );
    assert!(!exists(&root, "#accounts-review script"));
    assert!(!exists(&root, "#accounts-review img"));
    let hacked = js_sys::Reflect::get(&js_sys::global(), &"hacked".into()).unwrap();
    assert!(hacked.is_undefined());
    root.remove();
}

/// A list with each account's tier today (tab-separated): "Up" moves from
/// Low touch to High touch, "Down" from Low touch to Tech touch, "Stays"
/// stays, and "New" has no tier today.
const WITH_TIERS: &str = "Account\tARR\tTier\n\
    Up\t150000\tLow touch\n\
    Stays\t150000\tHigh touch\n\
    Down\t500\tLow touch\n\
    New\t500\t\n";

#[wasm_bindgen_test]
async fn an_empty_tier_column_is_not_read_as_the_tier_today() {
    let root = mount().await;
    let mut cells = String::from("Account\tARR\tTier\n");
    for i in 1..=50 {
        cells.push_str(&format!("Customer {i}\t{}\t\n", 1_000 * i));
    }
    paste(&root, &cells).await;
    until(&root, "the review", |r| exists(r, "#review-moves")).await;
    let column: HtmlSelectElement = find(&root, "#accounts-column-2").dyn_into().unwrap();
    assert_eq!(column.value(), "", "the empty Tier column is ignored");
    assert!(text(&root, "#accounts-column-2-empty").contains("empty in every row"));
    let moves = text(&root, "#review-moves");
    assert!(!moves.contains("no tier today"), "{moves}");
    assert!(!exists(&root, "#review-moved"), "no moves to list");
    root.remove();
}

#[wasm_bindgen_test]
async fn one_account_is_one_account() {
    let root = mount().await;
    paste(&root, WITH_TIERS).await;
    until(&root, "the moves", |r| exists(r, "#review-moves")).await;
    let moves = text(&root, "#review-moves");
    assert!(moves.contains("1 account has no tier today."), "{moves}");
    let search: web_sys::HtmlInputElement = find(&root, "#review-search").dyn_into().unwrap();
    search.set_value("Down");
    fire(&search, "input");
    settle().await;
    assert_eq!(text(&root, "#review-count"), "Showing 1 of 4 accounts");
    paste(&root, "Account\tARR\nSolo\t5000\n").await;
    until(&root, "the review", |r| exists(r, "#review-count")).await;
    assert_eq!(text(&root, "#review-count"), "Showing 1 of 1 account");
    assert!(text(&root, "#accounts-summary").contains("Kept 1 row,"));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_review_lists_who_moves_from_which_tier_to_which() {
    let root = mount().await;
    paste(&root, WITH_TIERS).await;
    until(&root, "the moves", |r| exists(r, "#review-moved")).await;
    let moved = text(&root, "#review-moved");
    assert!(moved.contains("Up: Low touch → High touch"), "{moved}");
    assert!(moved.contains("Down: Low touch → Tech touch"), "{moved}");
    assert!(!moved.contains("Stays"), "{moved}");
    assert!(!moved.contains("New:"), "{moved}");
    assert_eq!(
        text(&root, "#review-moved-count"),
        "2 accounts move to another tier."
    );
    choose(&root, "review-moved-to", "2").await;
    let moved = text(&root, "#review-moved");
    assert!(moved.contains("Down: Low touch → Tech touch"), "{moved}");
    assert!(!moved.contains("Up:"), "{moved}");
    assert_eq!(text(&root, "#review-moved-count"), "1 of 2 moves shown.");
    choose(&root, "review-moved-to", "").await;
    choose(&root, "review-moved-from", "0").await;
    assert_eq!(text(&root, "#review-moved-count"), "0 of 2 moves shown.");
    root.remove();
}

#[wasm_bindgen_test]
async fn skipped_rows_can_be_downloaded_next_to_the_tiered_list() {
    let root = mount().await;
    paste(
        &root,
        "Account\tARR\nNorthwind\t5000\n\t700\nContoso\tabc\n",
    )
    .await;
    until(&root, "the review", |r| exists(r, "#accounts-review")).await;
    let button = text(&root, "#accounts-export-skipped");
    assert_eq!(button, "Download the skipped rows (CSV, 2 rows)");
    paste(&root, &accounts(3)).await;
    until(&root, "the new list", |r| {
        r.query_selector("#accounts-summary")
            .unwrap()
            .is_some_and(|s| s.text_content().unwrap_or_default().contains("Kept 3 rows"))
    })
    .await;
    assert!(
        !exists(&root, "#accounts-export-skipped"),
        "nothing skipped, no button"
    );
    root.remove();
}

/// Whether a `beforeunload` event sent now is cancelled (the page asks).
fn leaving_asks() -> bool {
    let init = web_sys::EventInit::new();
    init.set_cancelable(true);
    let event = web_sys::Event::new_with_event_init_dict("beforeunload", &init).unwrap();
    gloo::utils::window().dispatch_event(&event).unwrap();
    event.default_prevented()
}

#[wasm_bindgen_test]
async fn before_a_reload_the_page_says_what_is_kept_and_asks_before_overrides_are_lost() {
    let root = mount().await;
    paste(&root, &accounts(5)).await;
    until(&root, "the review", |r| exists(r, "#accounts-review")).await;
    let note = text(&root, "#accounts-keep-note");
    assert!(note.contains("keeps the plan"), "{note}");
    assert!(note.contains("not this list"), "{note}");
    assert!(!leaving_asks(), "a list alone can be imported again");
    let menu: HtmlSelectElement = find(&root, "#accounts-review-scroll [data-row='4'] select")
        .dyn_into()
        .unwrap();
    menu.set_value("0");
    fire(&menu, "change");
    until(&root, "the note on the override", |r| {
        r.query_selector("#accounts-keep-note")
            .unwrap()
            .is_some_and(|n| {
                n.text_content()
                    .unwrap_or_default()
                    .contains("1 tier set by hand")
            })
    })
    .await;
    assert!(leaving_asks(), "an override kept nowhere");
    find(&root, "#accounts-forget")
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    settle().await;
    assert!(!exists(&root, "#accounts-keep-note"));
    assert!(!leaving_asks(), "nothing left to lose");
    root.remove();
}

#[wasm_bindgen_test]
async fn only_the_rows_wholly_in_view_are_in_the_tab_order() {
    let root = mount().await;
    paste(&root, &accounts(300)).await;
    until(&root, "the review", |r| exists(r, "#accounts-review")).await;
    let menus = root
        .query_selector_all("#accounts-review-scroll [role=row] select")
        .unwrap();
    let tabbable = (0..menus.length())
        .filter_map(|k| menus.item(k))
        .filter(|m| {
            m.dyn_ref::<Element>()
                .and_then(|e| e.get_attribute("tabindex"))
                .as_deref()
                != Some("-1")
        })
        .count();
    assert!(
        tabbable > 0 && tabbable <= 12 && (tabbable as u32) < menus.length(),
        "{tabbable} of {} menus in the Tab order",
        menus.length()
    );
    root.remove();
}
