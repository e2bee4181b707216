//! Component tests of the charts, run in headless Chromium by wasm-bindgen-test
//! (`cargo test --target wasm32-unknown-unknown --test ui_charts`).
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use std::time::Duration;

use tierplan::model::{presets, report, Coverage, Scenario, Tier};
use tierplan::ui::charts::{Charts, ChartsProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::platform::time::sleep;

wasm_bindgen_test_configure!(run_in_browser);

const CHARTS: [&str; 5] = [
    "chart-pyramid",
    "chart-time",
    "chart-timeline",
    "chart-tornado",
    "chart-arr-per-csm",
];

/// Mounts the charts of `scenario` into a fresh element of `width` px, with
/// every "Show the numbers" open.
async fn mount(scenario: &Scenario, width: u32) -> Element {
    let root = mount_folded(scenario, width).await;
    open_numbers(&root).await;
    root
}

/// Mounts the charts as a visitor first sees them: the numbers folded away.
async fn mount_folded(scenario: &Scenario, width: u32) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    root.set_attribute("style", &format!("width: {width}px"))
        .unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = ChartsProps {
        report: Rc::new(report(scenario)),
        team: scenario.team.clone(),
        calendar: None,
        ranges: None,
    };
    yew::Renderer::<Charts>::with_root_and_props(root.clone(), props).render();
    sleep(Duration::from_millis(30)).await;
    root
}

/// Opens every "Show the numbers" disclosure, as a person clicking each
/// would; the tables are built only while it is open.
async fn open_numbers(root: &Element) {
    let all = root.query_selector_all("details.chart__data").unwrap();
    for k in 0..all.length() {
        if let Some(node) = all.item(k) {
            let details: web_sys::Element = node.dyn_into().unwrap();
            details.set_attribute("open", "").unwrap();
        }
    }
    // The toggle events are queued as tasks: wait (at most 2 s) until every
    // disclosure holds its table.
    for _ in 0..100 {
        let with_table = (0..all.length())
            .filter_map(|k| all.item(k))
            .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
            .filter(|details| details.query_selector("table").ok().flatten().is_some())
            .count() as u32;
        if with_table == all.length() {
            return;
        }
        sleep(Duration::from_millis(20)).await;
    }
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is on the page"))
}

fn rows(root: &Element, table: &str) -> u32 {
    find(root, &format!("#{table} tbody")).child_element_count()
}

/// Every chart has an svg labelled by a non-empty title and description, and
/// no attribute anywhere holds NaN or infinity.
fn check_every_chart(root: &Element) {
    for id in CHARTS {
        let svg = find(root, &format!("#{id} svg"));
        assert_eq!(svg.get_attribute("role").as_deref(), Some("img"), "{id}");
        assert_eq!(svg.get_attribute("width").as_deref(), Some("100%"), "{id}");
        let labelled = svg.get_attribute("aria-labelledby").unwrap();
        for part in labelled.split(' ') {
            let text = find(root, &format!("#{part}")).text_content().unwrap();
            assert!(!text.trim().is_empty(), "{part} is empty");
        }
        let title = find(root, &format!("#{id} svg > title"))
            .text_content()
            .unwrap();
        assert!(!title.is_empty(), "{id} has a title");
        assert!(svg.get_attribute("viewBox").unwrap().starts_with("0 0 "));
        find(root, &format!("#{id} details table"));
    }
    let html = root.inner_html();
    for bad in ["NaN", "=\"inf", "Infinity", "undefined"] {
        assert!(!html.contains(bad), "{bad} in {html}");
    }
}

#[wasm_bindgen_test]
async fn the_default_plan_draws_five_charts_with_their_numbers() {
    let scenario = Scenario::default();
    let r = report(&scenario);
    let root = mount(&scenario, 640).await;
    check_every_chart(&root);
    assert_eq!(
        rows(&root, "chart-pyramid-table"),
        r.plan.tiers.len() as u32
    );
    assert_eq!(
        rows(&root, "chart-time-table-tiers"),
        r.plan.tiers.len() as u32
    );
    assert_eq!(rows(&root, "chart-time-table-year"), 4);
    assert_eq!(
        rows(&root, "chart-tornado-table"),
        r.sensitivity.swings.len() as u32
    );
    assert_eq!(
        rows(&root, "chart-timeline-table"),
        r.timeline.months.len() as u32
    );
    assert_eq!(
        rows(&root, "chart-timeline-requisitions"),
        r.timeline.requisitions.len() as u32
    );
    // The series say what they are: the shortfall is summed role by role,
    // and hires come as whole people.
    let head = find(&root, "#chart-timeline-table thead")
        .text_content()
        .unwrap();
    assert!(
        head.contains("FTE short (sum of each role's shortfall)"),
        "{head}"
    );
    assert!(
        head.contains("FTE available with the hires (whole people)"),
        "{head}"
    );
    assert!(head.contains("People needed (whole)"), "{head}");
    // The tornado counts only inputs that move the total.
    let tornado = find(&root, "#chart-tornado").text_content().unwrap();
    assert!(
        tornado.contains(&format!(
            "The 10 largest of the {} inputs that move it by 0.01 FTE or more.",
            r.sensitivity.swings.len()
        )),
        "{tornado}"
    );
    // One bar pair per tier, and at most ten tornado rows drawn.
    let pyramid = find(&root, "#chart-pyramid svg");
    assert_eq!(
        pyramid
            .get_elements_by_class_name("chart__customers")
            .length(),
        3
    );
    let tornado = find(&root, "#chart-tornado svg");
    assert_eq!(
        tornado.get_elements_by_class_name("chart__swing").length(),
        10
    );
    // The 1:$2M rule is met, $3M and $5M are not (ARR per CSM $2.8M).
    let arr = find(&root, "#chart-arr-per-csm svg");
    assert_eq!(
        arr.get_elements_by_class_name("chart__rule--met").length(),
        1
    );
    // The tier names are in the drawing.
    let text = find(&root, "#chart-pyramid svg").text_content().unwrap();
    assert!(
        text.contains("High touch") && text.contains("Tech touch"),
        "{text}"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn the_numbers_are_built_only_when_shown() {
    let root = mount_folded(&Scenario::default(), 700).await;
    assert!(root.query_selector("details table").unwrap().is_none());
    open_numbers(&root).await;
    for id in CHARTS {
        find(&root, &format!("#{id} details table"));
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn no_tiers_and_no_customers_draw_without_nan() {
    let empty = Scenario {
        tiers: vec![],
        ..Scenario::default()
    };
    let root = mount(&empty, 640).await;
    check_every_chart(&root);
    assert_eq!(rows(&root, "chart-pyramid-table"), 0);
    assert_eq!(rows(&root, "chart-tornado-table"), 0);
    root.remove();

    let nobody = Scenario {
        tiers: vec![Tier {
            customers: 0.0,
            ..Tier::named("Nobody", Coverage::Dedicated)
        }],
        ..Scenario::default()
    };
    let root = mount(&nobody, 320).await;
    check_every_chart(&root);
    assert_eq!(rows(&root, "chart-pyramid-table"), 1);
    root.remove();
}

#[wasm_bindgen_test]
async fn every_preset_draws_at_phone_and_desktop_widths() {
    for preset in presets() {
        for width in [300, 1100] {
            let root = mount(&preset.scenario, width).await;
            check_every_chart(&root);
            let r = report(&preset.scenario);
            assert_eq!(
                rows(&root, "chart-pyramid-table"),
                r.plan.tiers.len() as u32,
                "{}",
                preset.id
            );
            root.remove();
        }
    }
}

#[wasm_bindgen_test]
async fn the_app_shows_the_charts_under_the_results() {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<tierplan::ui::App>::with_root(root.clone()).render();
    sleep(Duration::from_millis(30)).await;
    let results = find(&root, ".layout__results");
    for id in CHARTS {
        assert!(
            results.query_selector(&format!("#{id}")).unwrap().is_some(),
            "{id}"
        );
    }
    root.remove();
}
