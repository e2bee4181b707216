//! Component tests of the input editors, run in headless Chromium by
//! wasm-bindgen-test (`cargo test --target wasm32-unknown-unknown --test ui_editors`):
//! the whole app mounted, its inputs typed into and its buttons clicked, the
//! results read back.
#![cfg(target_arch = "wasm32")]

use tierplan::model::inputs::{inputs, Input, ItemField};
use tierplan::model::Scenario;
use tierplan::ui::editors::{input_id, ID_PREFIX};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

mod ui_support;
use ui_support::{find, fire, mount, mount_at, settle, text, type_into};

fn headcount(root: &Element) -> u32 {
    let shown = text(root, "#figure-headcount .headline__value");
    shown
        .replace(',', "")
        .parse()
        .unwrap_or_else(|_| panic!("{shown}"))
}

fn tier_rows(root: &Element) -> Vec<String> {
    let rows = root.query_selector_all("#tier-table tbody tr").unwrap();
    (0..rows.length())
        .filter_map(|k| rows.item(k))
        .map(|r| r.text_content().unwrap_or_default())
        .collect()
}

/// A button (web-sys's `HtmlButtonElement` is not among the enabled features).
struct Button(HtmlElement);

impl Button {
    fn disabled(&self) -> bool {
        self.0.has_attribute("disabled")
    }
    fn click(&self) {
        self.0.click()
    }
    fn get_attribute(&self, name: &str) -> Option<String> {
        self.0.get_attribute(name)
    }
}

fn button(root: &Element, id: &str) -> Button {
    Button(find(root, &format!("#{id}")).dyn_into().unwrap())
}

async fn click(root: &Element, id: &str) {
    let b = button(root, id);
    assert!(!b.disabled(), "#{id} is enabled");
    b.click();
    settle().await;
}

async fn choose(root: &Element, id: &str, value: &str) {
    let select: HtmlSelectElement = find(root, &format!("#{id}")).dyn_into().unwrap();
    select.set_value(value);
    fire(&select, "change");
    settle().await;
}

fn value(root: &Element, id: &str) -> String {
    find(root, &format!("#{id}"))
        .dyn_into::<HtmlInputElement>()
        .unwrap()
        .value()
}

fn no_nan(root: &Element) {
    let all = root.text_content().unwrap_or_default();
    assert!(
        !all.contains("NaN") && !all.contains("Infinity"),
        "no NaN on the page"
    );
}

#[wasm_bindgen_test]
async fn every_numeric_input_has_a_labelled_field() {
    let root = mount().await;
    let check = |input: Input| {
        let id = input_id(ID_PREFIX, input);
        let field = root
            .query_selector(&format!("#{id}"))
            .unwrap()
            .unwrap_or_else(|| panic!("#{id} for {}", input.path()));
        assert_eq!(
            field.get_attribute("aria-invalid").as_deref(),
            Some("false")
        );
        let label = root.query_selector(&format!("label[for={id}]")).unwrap();
        assert!(
            label.is_some_and(|l| !l.text_content().unwrap().trim().is_empty()),
            "#{id} has a label"
        );
    };
    let s = Scenario::default();
    for input in inputs(&s) {
        match input {
            // A program run a number of times a year has no cohort size.
            Input::Program(i, j, ItemField::Reach)
                if s.tiers[i].programs[j].cadence == tierplan::model::Cadence::PerYear => {}
            // The capacity card edits the team time; base and cut-offs are for bands.
            Input::Team(_) | Input::BaseTotal => {}
            Input::Tier(_, tierplan::model::inputs::TierField::MinArr) => {}
            // The tiering rule (weights, full points, score cut-offs) belongs
            // to the import of a customer list, not to these editors.
            Input::Weight(_) | Input::FullAt(_) => {}
            Input::Tier(_, tierplan::model::inputs::TierField::MinScore) => {}
            _ => check(input),
        }
    }
    choose(&root, "base-mode", "bands").await;
    click(&root, "band-add").await;
    for input in [
        Input::BaseTotal,
        Input::Band(0, tierplan::model::inputs::BandField::Min),
        Input::Band(0, tierplan::model::inputs::BandField::Max),
        Input::Band(0, tierplan::model::inputs::BandField::Count),
        Input::Tier(0, tierplan::model::inputs::TierField::MinArr),
        Input::Tier(1, tierplan::model::inputs::TierField::MinArr),
    ] {
        check(input);
    }
    no_nan(&root);
    root.remove();
}

#[wasm_bindgen_test]
async fn adding_tiers_adds_rows_up_to_six() {
    let root = mount().await;
    assert_eq!(tier_rows(&root).len(), 3);
    click(&root, "tier-add").await;
    assert_eq!(tier_rows(&root).len(), 4);
    assert_eq!(value(&root, "tier-3-name"), "Tier 4");
    type_into(&root, "tier-3-name", "Partners").await;
    assert!(
        tier_rows(&root)[3].starts_with("Partners"),
        "{:?}",
        tier_rows(&root)
    );
    assert_eq!(
        button(&root, "tier-3-remove")
            .get_attribute("aria-label")
            .as_deref(),
        Some("Remove tier Partners")
    );
    // The new tier has its own touch model (one automated touch to start) and a customers input.
    assert_eq!(
        value(&root, "tier-3-touch-0-name"),
        "Quarterly check-in e-mail"
    );
    assert!(text(&root, "#touches-tier-3").contains("None yet."));
    type_into(&root, "edit-tiers-3-customers", "25").await;
    assert!(tier_rows(&root)[3].contains("25"));
    click(&root, "tier-add").await;
    click(&root, "tier-add").await;
    assert_eq!(tier_rows(&root).len(), 6);
    assert!(button(&root, "tier-add").disabled());
    assert!(text(&root, "#tier-add-reason").contains("at most 6"));
    root.remove();
}

#[wasm_bindgen_test]
async fn tiers_are_reordered_and_removed_but_one_stays() {
    let root = mount().await;
    assert!(button(&root, "tier-0-up").disabled());
    assert!(button(&root, "tier-2-down").disabled());
    click(&root, "tier-0-down").await;
    assert_eq!(value(&root, "tier-0-name"), "Low touch");
    assert_eq!(value(&root, "tier-1-name"), "High touch");
    assert!(tier_rows(&root)[0].starts_with("Low touch"));
    // The touch model follows its tier.
    assert_eq!(value(&root, "tier-1-touch-0-name"), "Onboarding");
    click(&root, "tier-1-up").await;
    assert_eq!(value(&root, "tier-0-name"), "High touch");

    let before = headcount(&root);
    click(&root, "tier-0-remove").await;
    let rows = tier_rows(&root);
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| !r.contains("High touch")), "{rows:?}");
    assert!(headcount(&root) < before);
    click(&root, "tier-1-remove").await;
    assert_eq!(tier_rows(&root).len(), 1);
    assert!(button(&root, "tier-0-remove").disabled());
    no_nan(&root);
    root.remove();
}

#[wasm_bindgen_test]
async fn editing_touches_changes_the_headcount() {
    let root = mount().await;
    let start = headcount(&root);
    let hours = input_id(ID_PREFIX, Input::Touch(0, 1, ItemField::Hours));
    assert_eq!(hours, "edit-tiers-0-touches-1-hours");
    assert_eq!(value(&root, &hours), "1.5");
    // Monthly status meetings of 10 h instead of 1.5 h: 40 × 12 × 8.5 = 4,080 more hours.
    type_into(&root, &hours, "10").await;
    let more = headcount(&root);
    assert!(more > start, "{more} > {start}");
    assert!(text(&root, "#tier-0-touch-1-total").starts_with("120"));

    // A new touch of 100 h a year for every high-touch customer.
    click(&root, "tier-0-touch-add").await;
    assert_eq!(value(&root, "tier-0-touch-6-name"), "New touch");
    type_into(&root, "tier-0-touch-6-name", "Quarterly workshop").await;
    type_into(&root, "edit-tiers-0-touches-6-hours", "25").await;
    type_into(&root, "edit-tiers-0-touches-6-per-year", "4").await;
    let most = headcount(&root);
    assert!(most > more, "{most} > {more}");
    assert_eq!(
        button(&root, "tier-0-touch-6-remove")
            .get_attribute("aria-label")
            .as_deref(),
        Some("Remove touch Quarterly workshop")
    );

    click(&root, "tier-0-touch-6-remove").await;
    assert_eq!(headcount(&root), more);
    assert!(root.query_selector("#tier-0-touch-6").unwrap().is_none());

    // Handing the status meetings to an associate moves the hours off the CSMs.
    let who = text(&root, "#figure-headcount .headline__detail");
    choose(&root, "tier-0-touch-1-role", "associate").await;
    assert_ne!(text(&root, "#figure-headcount .headline__detail"), who);
    no_nan(&root);
    root.remove();
}

#[wasm_bindgen_test]
async fn triggers_and_programs_are_edited_too() {
    let root = mount().await;
    let start = headcount(&root);
    click(&root, "tier-1-trigger-add").await;
    type_into(&root, "edit-tiers-1-triggers-2-per-year", "6").await;
    type_into(&root, "edit-tiers-1-triggers-2-hours", "3").await;
    assert!(headcount(&root) > start);
    click(&root, "tier-1-trigger-2-remove").await;
    assert_eq!(headcount(&root), start);

    // The community program counts sessions a year; as per customer it needs a cohort size.
    assert!(root
        .query_selector("#edit-tiers-2-programs-1-reach")
        .unwrap()
        .is_none());
    choose(&root, "tier-2-program-1-cadence", "per_customer").await;
    assert!(root
        .query_selector("#edit-tiers-2-programs-1-reach")
        .unwrap()
        .is_some());
    // A one-to-one CSM touch in the digital tier is explained at its role.
    choose(&root, "tier-2-touch-0-role", "csm").await;
    let message = text(&root, "#tier-2-touch-0-role-error");
    assert!(message.contains("digital tier"), "{message}");
    assert_eq!(
        find(&root, "#tier-2-touch-0-role")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    no_nan(&root);
    root.remove();
}

#[wasm_bindgen_test]
async fn impossible_values_get_a_message_and_the_plan_keeps_its_last_good_figure() {
    let root = mount().await;
    let start = headcount(&root);
    let hours = "edit-tiers-0-touches-1-hours";
    for (typed, expected) in [
        ("-3", "Must be zero or more."),
        ("lots", "Enter a number, such as 40."),
        ("", "Enter a value."),
        ("20000", "Must be at most 10,000."),
    ] {
        type_into(&root, hours, typed).await;
        assert_eq!(text(&root, &format!("#{hours}-error")), expected);
        let field = find(&root, &format!("#{hours}"));
        assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
        assert!(field
            .get_attribute("aria-describedby")
            .unwrap()
            .contains(&format!("{hours}-error")));
        assert_eq!(value(&root, hours), typed, "the text stays as typed");
        assert_eq!(headcount(&root), start);
        no_nan(&root);
    }
    type_into(&root, hours, "1.5").await;
    assert!(root
        .query_selector(&format!("#{hours}-error"))
        .unwrap()
        .is_none());

    // Customers come whole: 12.7 is refused at the field, the plan unchanged.
    type_into(&root, "edit-tiers-0-customers", "12.7").await;
    assert_eq!(
        text(&root, "#edit-tiers-0-customers-error"),
        "Enter a whole number of customers."
    );
    assert_eq!(headcount(&root), start);
    type_into(&root, "edit-tiers-0-customers", "40").await;
    // Net retention below gross retention is explained at net retention.
    type_into(&root, "edit-tiers-0-nrr-pct", "80").await;
    assert!(text(&root, "#edit-tiers-0-nrr-pct-error").contains("gross retention"));
    // A tier with customers and nothing to give them says so.
    click(&root, "tier-add").await;
    click(&root, "tier-3-touch-0-remove").await;
    type_into(&root, "edit-tiers-3-customers", "10").await;
    assert!(text(&root, "#tier-3-touches-error").contains("no touch"));
    no_nan(&root);
    root.remove();
}

#[wasm_bindgen_test]
async fn choices_outside_the_number_fields_reach_the_plan() {
    let root = mount().await;
    choose(&root, "currency", "EUR").await;
    assert!(text(&root, "#figure-cost .headline__value").contains('€'));
    assert!(text(&root, "#section-roles").contains("EUR/year"));
    choose(&root, "growth-horizon-months", "36").await;
    assert_eq!(
        find(&root, "#growth-horizon-months")
            .dyn_into::<HtmlSelectElement>()
            .unwrap()
            .value(),
        "36"
    );
    // Undo puts the menu back too.
    click(&root, "undo").await;
    assert_eq!(
        find(&root, "#growth-horizon-months")
            .dyn_into::<HtmlSelectElement>()
            .unwrap()
            .value(),
        "24"
    );
    // Moves between tiers: add one out of high touch, send it to tech touch.
    click(&root, "tier-0-move-add").await;
    choose(&root, "tier-0-move-0-to", "2").await;
    type_into(&root, "edit-tiers-0-moves-0-pct-per-year", "10").await;
    assert!(root
        .query_selector("#edit-tiers-0-moves-0-pct-per-year-error")
        .unwrap()
        .is_none());
    click(&root, "tier-0-move-0-remove").await;
    assert!(root.query_selector("#tier-0-move-0-to").unwrap().is_none());

    // Sections fold away and back.
    let toggle = button(&root, "section-growth-toggle");
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    toggle.click();
    settle().await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(find(&root, "#section-growth-panel").has_attribute("hidden"));
    toggle.click();
    settle().await;
    assert!(!find(&root, "#section-growth-panel").has_attribute("hidden"));
    root.remove();
}

fn checked(root: &Element, id: &str) -> bool {
    find(root, &format!("#{id}"))
        .dyn_into::<HtmlInputElement>()
        .unwrap()
        .checked()
}

async fn toggle(root: &Element, id: &str) {
    let input: HtmlInputElement = find(root, &format!("#{id}")).dyn_into().unwrap();
    input.set_checked(!input.checked());
    fire(&input, "change");
    settle().await;
}

#[wasm_bindgen_test]
async fn a_touch_is_marked_as_done_at_renewal() {
    let root = mount().await;
    // The preset's renewal touch is done at renewal; a status meeting is not.
    assert_eq!(
        text(&root, "label[for=tier-0-touch-5-at-renewal]"),
        "At renewal"
    );
    assert!(checked(&root, "tier-0-touch-5-at-renewal"));
    assert!(!checked(&root, "tier-0-touch-1-at-renewal"));
    toggle(&root, "tier-0-touch-1-at-renewal").await;
    assert!(checked(&root, "tier-0-touch-1-at-renewal"));
    // A choice of its own: undo takes it back.
    click(&root, "undo").await;
    assert!(!checked(&root, "tier-0-touch-1-at-renewal"));
    toggle(&root, "tier-0-touch-5-at-renewal").await;
    assert!(!checked(&root, "tier-0-touch-5-at-renewal"));
    no_nan(&root);
    root.remove();
}

/// The default scenario with its base imported from a list of 1,234
/// accounts as of Nov 2026 (30 / 300 / 904 per tier).
fn imported_scenario() -> Scenario {
    use tierplan::accounts::TierAggregate;
    use tierplan::state::edits::{apply, Edit};
    use tierplan::state::imported::AccountsSummary;
    let tier = |customers: f64, arr: f64, first_year: f64, month: usize| {
        let mut renewals_by_month = [0.0; 12];
        renewals_by_month[month] = customers;
        TierAggregate {
            customers,
            arr,
            first_year,
            renewals_by_month,
        }
    };
    let summary = AccountsSummary {
        tiers: vec![
            tier(30.0, 4_500_000.0, 6.0, 1),
            tier(300.0, 7_500_000.0, 90.0, 11),
            tier(904.0, 2_712_000.0, 271.0, 11),
        ],
        as_of: "2026-11".into(),
    };
    apply(&Scenario::default(), &Edit::ApplyAccounts(summary))
}

#[wasm_bindgen_test]
async fn an_imported_base_is_shown_read_only_and_can_be_typed_instead() {
    let root = mount_at(&tierplan::link::encode(&imported_scenario())).await;
    let select = |root: &Element| {
        find(root, "#base-mode")
            .dyn_into::<HtmlSelectElement>()
            .unwrap()
            .value()
    };
    assert_eq!(select(&root), "accounts");
    assert_eq!(
        text(&root, "#base-imported"),
        "From an imported list of 1,234 accounts (Nov 2026): the list itself stays on the device that imported it."
    );
    // The per-tier numbers are read-only: no inputs, the figures in words.
    assert!(root
        .query_selector("#edit-tiers-0-customers")
        .unwrap()
        .is_none());
    assert!(root
        .query_selector("#edit-tiers-0-first-year-pct")
        .unwrap()
        .is_none());
    let high = text(&root, "#tier-0-imported");
    assert!(high.starts_with("30 customers, average ARR"), "{high}");
    assert!(high.contains("20% in their first year"), "{high}");
    assert!(
        high.contains("most renewals in Dec 2026 (30 of 30)"),
        "{high}"
    );
    // The printed report says where the customers come from.
    assert_eq!(
        text(&root, "#print-base"),
        "From an imported list of 1,234 accounts (Nov 2026), tiered by ARR cut-offs: counts only."
    );
    let people = headcount(&root);
    // Back to typing: the imported numbers stay, now editable.
    click(&root, "base-type-instead").await;
    assert_eq!(select(&root), "direct");
    assert_eq!(value(&root, "edit-tiers-0-customers"), "30");
    assert_eq!(value(&root, "edit-tiers-2-first-year-pct"), "29.98");
    assert!(root.query_selector("#base-imported").unwrap().is_none());
    assert_eq!(headcount(&root), people);
    // The menu no longer offers the list: it comes from an import.
    assert!(root
        .query_selector("#base-mode option[value=accounts]")
        .unwrap()
        .is_none());
    click(&root, "undo").await;
    assert_eq!(select(&root), "accounts");
    no_nan(&root);
    root.remove();
}

/// Sections redraw only when the parts of the plan they show change; a part
/// shown in several sections reaches every one of them, and so does undo.
#[wasm_bindgen_test]
async fn a_change_reaches_every_section_that_shows_it() {
    let root = mount().await;
    type_into(&root, "tier-0-name", "Strategic").await;
    for section in ["#touches-tier-0", "#section-growth", "#tier-table"] {
        assert!(text(&root, section).contains("Strategic"), "{section}");
    }
    choose(&root, "currency", "EUR").await;
    // Money units ("EUR/year"; the guardrails name the currency alone, and
    // the tiers section's menu lists every currency).
    let units = [
        ("#section-tiers", "EUR/year"),
        ("#section-roles", "EUR/year"),
        ("#section-growth", "EUR/year"),
        ("#section-guardrails", "EUR"),
    ];
    for (section, unit) in units {
        assert!(text(&root, section).contains(unit), "{section}");
    }
    click(&root, "undo").await;
    click(&root, "undo").await;
    for section in ["#touches-tier-0", "#section-growth", "#tier-table"] {
        assert!(!text(&root, section).contains("Strategic"), "{section}");
    }
    for (section, unit) in units {
        assert!(!text(&root, section).contains(unit), "{section}");
    }
    assert_eq!(value(&root, "tier-0-name"), "High touch");
    root.remove();
}

/// A choice and an undo handled in one batch leave the plan as it was, so
/// its section does not redraw; the menu still goes back to the plan's value.
#[wasm_bindgen_test]
async fn a_choice_undone_in_the_same_batch_leaves_the_menu_on_the_plan() {
    let root = mount().await;
    // Something to undo first, so that Undo is enabled.
    type_into(&root, "capacity-team-hours-per-week", "41").await;
    let menu: HtmlSelectElement = find(&root, "#growth-horizon-months").dyn_into().unwrap();
    let undo = button(&root, "undo");
    menu.set_value("36");
    fire(&menu, "change");
    undo.click();
    settle().await;
    assert_eq!(menu.value(), "24");
    assert_eq!(value(&root, "capacity-team-hours-per-week"), "41");
    root.remove();
}

fn has(root: &Element, selector: &str) -> bool {
    root.query_selector(selector).unwrap().is_some()
}

#[wasm_bindgen_test]
async fn figures_from_the_last_valid_inputs_say_so_and_lead_to_the_field() {
    let root = mount().await;
    let customers = "edit-tiers-0-customers";
    assert!(!has(&root, "#results-stale") && !has(&root, "#glance-stale"));
    for typed in ["abc", "-5", "", "1e12"] {
        type_into(&root, customers, typed).await;
        let marker = text(&root, "#results-stale");
        assert!(
            marker.contains("last valid inputs") && marker.contains("High touch: customers"),
            "{typed:?}: {marker}"
        );
        assert!(text(&root, "#glance-stale").contains("High touch: customers"));
        no_nan(&root);
    }
    // The link puts the focus on the field.
    if let Some(active) = gloo::utils::document().active_element() {
        let _ = active.dyn_into::<HtmlElement>().map(|e| e.blur());
    }
    let link: HtmlElement = find(&root, "#results-stale a").dyn_into().unwrap();
    link.click();
    settle().await;
    let focused = gloo::utils::document().active_element().unwrap();
    assert_eq!(focused.id(), customers);
    // Fixed: the marker goes.
    type_into(&root, customers, "50").await;
    assert!(!has(&root, "#results-stale") && !has(&root, "#glance-stale"));

    // Undone: the marker goes too, and the field shows the plan's value.
    type_into(&root, customers, "x").await;
    assert!(has(&root, "#results-stale"));
    click(&root, "undo").await;
    assert!(!has(&root, "#results-stale"));
    assert_eq!(value(&root, customers), "50");
    // A good value elsewhere is never named as one to fix.
    type_into(&root, customers, "x").await;
    type_into(&root, "edit-tiers-1-customers", "7").await;
    let marker = text(&root, "#results-stale");
    assert!(!marker.contains("Low touch"), "{marker}");
    // A preset drops the rejected text and the marker.
    choose(&root, "preset", "outcomes").await;
    assert!(!has(&root, "#results-stale"));
    assert!(!has(&root, "[aria-invalid=true]"));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_backward_verdict_says_it_is_from_the_last_valid_team() {
    let root = mount().await;
    click(&root, "plan-backward-switch").await;
    assert!(!has(&root, "#backward-stale"));
    type_into(&root, "budget-csm", "abc").await;
    let marker = text(&root, "#backward-stale");
    assert!(marker.contains("last valid inputs"), "{marker}");
    assert!(marker.contains("CSM"), "{marker}");
    type_into(&root, "budget-csm", "3").await;
    assert!(!has(&root, "#backward-stale"));
    // From the forward view, the link leads to the backward field.
    type_into(&root, "budget-csm", "abc").await;
    click(&root, "plan-forward-switch").await;
    assert!(!has(&root, "#budget-csm"));
    let link: HtmlElement = find(&root, "#results-stale a").dyn_into().unwrap();
    link.click();
    settle().await;
    settle().await;
    assert_eq!(
        gloo::utils::document().active_element().unwrap().id(),
        "budget-csm"
    );
    root.remove();
}

/// The plan's headcount once `edits` are applied to the default scenario
/// with `hours` hours a week.
fn people_with(hours: f64, edits: &[tierplan::state::edits::Edit]) -> u32 {
    let mut s = Scenario::default();
    s.team.hours_per_week = hours;
    for edit in edits {
        s = tierplan::state::edits::apply(&s, edit);
    }
    tierplan::model::plan(&s).totals.headcount
}

#[wasm_bindgen_test]
async fn typed_values_survive_a_structural_edit() {
    use tierplan::state::edits::Edit;
    let root = mount().await;
    let reactive = "capacity-team-reactive-pct";
    let hours = "capacity-team-hours-per-week";
    // Refused (shares over 100%), good, refused (above net retention 98).
    type_into(&root, reactive, "80").await;
    type_into(&root, hours, "45").await;
    type_into(&root, "edit-tiers-2-grr-pct", "100").await;
    let names_the_refused_only = |root: &Element| {
        let marker = text(root, "#results-stale");
        assert!(marker.contains("Reactive share"), "{marker}");
        assert!(marker.contains("Tech touch: gross retention"), "{marker}");
        assert!(!marker.contains("Hours per week"), "{marker}");
    };
    names_the_refused_only(&root);
    assert!(!has(&root, &format!("#{hours}-error")));
    assert_eq!(headcount(&root), people_with(45.0, &[]));

    // A tier added, a "Done by" changed, Tech touch moved up: nothing typed is lost.
    click(&root, "tier-add").await;
    choose(&root, "tier-0-touch-0-role", "associate").await;
    click(&root, "tier-2-up").await;
    assert_eq!(value(&root, reactive), "80");
    assert_eq!(value(&root, hours), "45");
    assert_eq!(value(&root, "edit-tiers-1-grr-pct"), "100");
    assert_eq!(
        value(&root, "edit-tiers-2-grr-pct"),
        "90",
        "Low touch's own"
    );
    assert!(text(&root, "#capacity-shares-error").contains("add up to"));
    assert!(text(&root, "#edit-tiers-1-nrr-pct-error").contains("gross retention"));
    names_the_refused_only(&root);
    // The plan has the good value and the edits, not the refused values.
    let edits = [
        Edit::AddTier,
        Edit::SetItemRole(
            0,
            tierplan::state::edits::ItemKind::Touch,
            0,
            tierplan::model::Role::Associate,
        ),
        Edit::MoveTier(2, true),
    ];
    assert_eq!(headcount(&root), people_with(45.0, &edits));
    // Undo drops the refused text first, then steps back.
    click(&root, "undo").await;
    assert!(!has(&root, "#results-stale"));
    assert_eq!(value(&root, reactive), "15");
    assert_eq!(value(&root, hours), "45");
    assert_eq!(value(&root, "edit-tiers-1-grr-pct"), "85");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_long_name_is_cut_to_the_bound_and_says_so() {
    use tierplan::model::inputs::MAX_NAME_CHARS;
    let root = mount().await;
    assert!(root.query_selector("#tier-0-name-limit").unwrap().is_none());
    type_into(&root, "tier-0-name", &"W".repeat(500)).await;
    assert_eq!(value(&root, "tier-0-name"), "W".repeat(MAX_NAME_CHARS));
    assert!(text(&root, "#tier-0-name-limit").contains("at most 60 characters"));
    assert!(tier_rows(&root)[0].starts_with(&"W".repeat(MAX_NAME_CHARS)));
    root.remove();

    // A link with a 100,000-character name: cut the same way, and said.
    let mut s = Scenario::default();
    s.tiers[1].name = "W".repeat(100_000);
    let root = mount_at(&tierplan::link::encode(&s)).await;
    assert_eq!(value(&root, "tier-1-name"), "W".repeat(MAX_NAME_CHARS));
    assert!(text(&root, "#link-issues").contains("Tier 2's name was 100,000 characters long"));
    root.remove();
}
