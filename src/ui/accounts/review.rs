//! The review for the semiannual tier review: a virtualized table of the
//! accounts (only the visible rows are in the page, so 100,000 rows scroll
//! like twenty), sortable by its column headers and filtered by text, tier,
//! closeness to a cut-off and overrides, with an override menu per row; and
//! three panels: the accounts closest to a cut-off, the overrides that
//! disagree with the rule, and the counts moving between tiers.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::accounts::{cutoff_distance, reason, score, Account, Field, Filter, SortKey, Table};
use crate::model::tiering::TierRule;
use crate::state::accounts::job::with_override;
use crate::state::accounts::viewport::{fully_visible, window, OVERSCAN, ROW_PX};
use crate::state::accounts::{
    shown_rows, tier_changes, AccountsAction, List, ReviewView, TierChange, Tiered,
};
use crate::ui::format;
use crate::ui::markup::num_cell;

/// Height of the table's scroll area (px).
const VIEWPORT_PX: f64 = 480.0;
/// Accounts listed in each panel.
const PANEL_ROWS: usize = 10;

/// Properties of [`Review`].
#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    /// The list on the page.
    pub list: Rc<List>,
    /// Its latest tiering.
    pub tiered: Rc<Tiered>,
    /// Sort and filter.
    pub view: ReviewView,
    /// The scenario's currency.
    pub currency: AttrValue,
    /// Customers per tier of the plan before the list was applied.
    pub previous_counts: Option<Vec<f64>>,
    /// The moves listed: from, to (`None`: any tier).
    pub moves_filter: (Option<u8>, Option<u8>),
    /// Receives sort, filter and override changes.
    pub dispatch: Callback<AccountsAction>,
}

/// What the shown rows depend on; rows are compared by identity.
#[derive(Clone)]
struct RowsKey {
    table: Rc<Table>,
    tiered: Rc<Tiered>,
    view: ReviewView,
}

impl PartialEq for RowsKey {
    /// The same list and tiering by identity, and an equal view. Comparing
    /// the lists by value would walk up to a million rows on every render;
    /// a list or tiering that changes is a new `Rc`, so identity is exact.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.table, &other.table)
            && Rc::ptr_eq(&self.tiered, &other.tiered)
            && self.view == other.view
    }
}

/// The name of tier `t` under `tiered`'s rule.
fn tier_name(tiered: &Tiered, t: u8) -> String {
    crate::model::names::listed_tier_name(&tiered.rule.tier_names, usize::from(t))
}

/// The text of `field`'s cell for `account`, empty when it is not mapped.
fn cell<'a>(table: &'a Table, tiered: &Tiered, account: &Account, field: Field) -> &'a str {
    match tiered.mapping.column_of(field) {
        Some(col) => table.cell(account.row as usize, col),
        None => "",
    }
}

/// The review table, its filters and its panels.
#[function_component(Review)]
pub fn review(props: &ReviewProps) -> Html {
    let tiered = &props.tiered;
    let table = &props.list.table;
    let rows = use_memo(
        RowsKey {
            table: table.clone(),
            tiered: tiered.clone(),
            view: props.view.clone(),
        },
        |k| shown_rows(&k.table, &k.tiered, &k.view),
    );
    let scroll = use_state(|| (0.0_f64, VIEWPORT_PX));
    let scroller = use_node_ref();
    {
        // A new sort or filter starts at the top.
        let scroll = scroll.clone();
        let scroller = scroller.clone();
        use_effect_with(props.view.clone(), move |_| {
            if let Some(el) = scroller.cast::<Element>() {
                el.set_scroll_top(0);
                scroll.set((0.0, measured(&el)));
            }
        });
    }
    {
        // Row menus always show the account's tier choice.
        let scroller = scroller.clone();
        use_effect(move || {
            if let Some(el) = scroller.cast::<Element>() {
                if let Ok(menus) = el.query_selector_all("select[data-value]") {
                    for k in 0..menus.length() {
                        if let Some(select) = menus
                            .item(k)
                            .and_then(|n| n.dyn_into::<HtmlSelectElement>().ok())
                        {
                            let wanted = select.get_attribute("data-value").unwrap_or_default();
                            if select.value() != wanted {
                                select.set_value(&wanted);
                            }
                        }
                    }
                }
            }
        });
    }
    let onscroll = {
        let scroll = scroll.clone();
        Callback::from(move |event: Event| {
            let el: Element = event.target_unchecked_into();
            scroll.set((el.scroll_top() as f64, measured(&el)));
        })
    };
    let (scroll_top, viewport_px) = *scroll;
    let shown = window(rows.len(), scroll_top, viewport_px, ROW_PX, OVERSCAN);
    // Only the rows wholly in view are in the Tab order (see `fully_visible`).
    let tabbable = fully_visible(rows.len(), scroll_top, viewport_px, ROW_PX);
    let bottom_px = shown.bottom_px(ROW_PX);

    let total = tiered.accounts.len();
    // The score column only under the score rule: under ARR cut-offs it
    // would be a number with no bearing on the tiers.
    let by_score = tiered.rule.tiering.rule == TierRule::Score;
    html! {
        <div class="review" id="accounts-review">
            <h3 class="editor__subhead">{ "Review" }</h3>
            { filters(props, rows.len(), total) }
            <div role="table" class={classes!("review__table", (!by_score).then_some("review__table--arr"))} aria-label="Accounts and their tiers"
                aria-rowcount={(rows.len() + 1).to_string()}>
                <div role="rowgroup" class="review__head">
                    <div role="row" class="review__row" aria-rowindex="1">
                        { for COLUMNS.iter().filter(|c| by_score || c.0 != SortKey::Score).map(|&(key, label, class)| header(&props.view, &props.dispatch, key, label, class)) }
                        <div role="columnheader" class="review__cell review__reason">{ "Reason" }</div>
                        <div role="columnheader" class="review__cell review__override">{ "Override" }</div>
                    </div>
                </div>
                <div class="review__scroll" id="accounts-review-scroll" ref={scroller} {onscroll} tabindex="0"
                    style={format!("height: {}px; overflow-y: auto", VIEWPORT_PX as u32)}>
                    <div role="rowgroup" class="review__body">
                        <div class="review__spacer" style={format!("height: {}px", shown.top_px as u64)}></div>
                        { for (shown.first..shown.end).map(|k| row(props, rows[k] as usize, k, tabbable.contains(&k))) }
                        <div class="review__spacer" style={format!("height: {}px", bottom_px as u64)}></div>
                    </div>
                </div>
                if rows.is_empty() {
                    <p class="review__empty">{ if total == 0 { "No account was read." } else { "No account matches these filters." } }</p>
                }
            </div>
            <div class="review__panels">
                { near_cutoff(props) }
                { disagreements(props) }
                { movements(props) }
            </div>
        </div>
    }
}

/// The sortable columns: key, heading, class.
const COLUMNS: [(SortKey, &str, &str); 5] = [
    (SortKey::Line, "Line", "review__line"),
    (SortKey::Name, "Account", "review__name"),
    (SortKey::Arr, "ARR", "num"),
    (SortKey::Score, "Score (points)", "num"),
    (SortKey::Tier, "Tier", "review__tier"),
];

/// A column heading that sorts by `key` when clicked, with `aria-sort`.
#[inline(never)]
fn header(
    view: &ReviewView,
    dispatch: &Callback<AccountsAction>,
    key: SortKey,
    label: &'static str,
    class: &'static str,
) -> Html {
    let sorted = view.sort == key;
    let aria = match (sorted, view.descending) {
        (false, _) => "none",
        (true, false) => "ascending",
        (true, true) => "descending",
    };
    let onclick = dispatch.reform(move |_: MouseEvent| AccountsAction::Sort(key));
    html! {
        <div role="columnheader" class={classes!("review__cell", class)} aria-sort={aria}>
            <button type="button" class="review__sort" {onclick}>
                { label }
                <span class="review__arrow" aria-hidden="true">{ match aria { "ascending" => "▲", "descending" => "▼", _ => "" } }</span>
            </button>
        </div>
    }
}

/// The scroll area's visible height (px): as laid out, and never more than
/// the window shows.
fn measured(el: &Element) -> f64 {
    let window = gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .filter(|h| *h > 0.0)
        .unwrap_or(VIEWPORT_PX);
    match el.client_height() {
        h if h > 0 => (h as f64).min(window),
        _ => VIEWPORT_PX,
    }
}

/// Search, tier, and the three "only" switches, with how many are shown.
fn filters(props: &ReviewProps, shown: usize, total: usize) -> Html {
    let filter = props.view.filter.clone();
    let dispatch = props.dispatch.clone();
    let set = move |change: Box<dyn Fn(&mut Filter)>| {
        let mut next = filter.clone();
        change(&mut next);
        dispatch.emit(AccountsAction::Filter(next));
    };
    let set: SetFilter = Rc::new(set);
    let on_text = {
        let set = set.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let text = input.value();
            set(Box::new(move |f: &mut Filter| f.text = text.clone()));
        })
    };
    let on_tier = {
        let set = set.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            let tier = select.value().parse::<u8>().ok();
            set(Box::new(move |f: &mut Filter| f.tier = tier));
        })
    };
    let f = &props.view.filter;
    let by_distance = props
        .dispatch
        .reform(|_: MouseEvent| AccountsAction::Sort(SortKey::Distance));
    html! {
        <div class="review__filters">
            <div class="field">
                <label for="review-search">{ "Search" }</label>
                <input id="review-search" class="text" type="search" autocomplete="off"
                    placeholder="Name, industry, region" value={f.text.clone()} oninput={on_text} />
            </div>
            <div class="field">
                <label for="review-tier">{ "Tier" }</label>
                <select id="review-tier" class="select" onchange={on_tier}>
                    <option value="" selected={f.tier.is_none()}>{ "All tiers" }</option>
                    { for props.tiered.rule.tier_names.iter().enumerate().map(|(i, name)| html! {
                        <option value={i.to_string()} selected={f.tier == Some(i as u8)}>{ name.clone() }</option>
                    }) }
                </select>
            </div>
            { toggle(&set, "review-near", "Near a cut-off", f.near_cutoff_only, |f, on| f.near_cutoff_only = on) }
            { toggle(&set, "review-overrides", "Overrides", f.overrides_only, |f, on| f.overrides_only = on) }
            { toggle(&set, "review-disagree", "Override disagrees with the rule", f.disagreements_only, |f, on| f.disagreements_only = on) }
            <button type="button" class="button button--small" id="review-sort-distance" onclick={by_distance}>
                { "Closest to a cut-off first" }
            </button>
            <p class="review__count" id="review-count" role="status">
                { format!("Showing {} of {}", format::number(shown as f64, 0), format::count(total as f64, "account", "accounts")) }
            </p>
        </div>
    }
}

/// Changes the filter with a function of it.
type SetFilter = Rc<dyn Fn(Box<dyn Fn(&mut Filter)>)>;

/// A checkbox that sets one "only" switch of the filter.
#[inline(never)]
fn toggle(
    set: &SetFilter,
    id: &'static str,
    label: &'static str,
    checked: bool,
    apply: fn(&mut Filter, bool),
) -> Html {
    let set = set.clone();
    let onchange = Callback::from(move |event: Event| {
        let input: HtmlInputElement = event.target_unchecked_into();
        let on = input.checked();
        set(Box::new(move |f: &mut Filter| apply(f, on)));
    });
    html! {
        <label class="check" for={id}>
            <input {id} type="checkbox" {checked} {onchange} />
            <span>{ label }</span>
        </label>
    }
}

/// One row of the table: account `index` (into the accounts), at position
/// `position` of the shown rows; its menu is in the Tab order when `tab`.
fn row(props: &ReviewProps, index: usize, position: usize, tab: bool) -> Html {
    let tiered = &props.tiered;
    let table = &props.list.table;
    let (Some(account), Some(assignment)) =
        (tiered.accounts.get(index), tiered.assignments.get(index))
    else {
        return html! {};
    };
    let account = with_override(account, &tiered.overrides);
    let rule = &tiered.rule;
    let name = cell(table, tiered, &account, Field::Name).to_string();
    let why = reason(
        &account,
        assignment,
        &tiered.scoring,
        &rule.cutoffs,
        &rule.tier_names,
        &props.currency,
    );
    let points = (rule.tiering.rule == TierRule::Score).then(|| score(&account, &tiered.scoring));
    let row_id = account.row;
    let choice = if assignment.overridden {
        assignment.tier.to_string()
    } else {
        "rule".to_string()
    };
    let dispatch = props.dispatch.clone();
    let onchange = Callback::from(move |event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        let tier = select.value().parse::<u8>().ok();
        dispatch.emit(AccountsAction::Override(row_id, tier));
    });
    let label = if name.is_empty() {
        format!("line {}", table.line(account.row as usize))
    } else {
        name.clone()
    };
    html! {
        <div role="row" class={classes!("review__row", assignment.overridden.then_some("review__row--override"))}
            key={row_id.to_string()} aria-rowindex={(position + 2).to_string()} data-row={row_id.to_string()}>
            { text_cell("review__cell review__line", None, table.line(account.row as usize).to_string()) }
            { text_cell("review__cell review__name", Some(name.clone()), name) }
            { text_cell("review__cell num", None, format::money(account.arr, &props.currency)) }
            if let Some(points) = points {
                { text_cell("review__cell num", None, format::number(points, 1)) }
            }
            <div role="cell" class="review__cell review__tier">
                <span class="review__tier-name" title={tier_name(tiered, assignment.tier)}>{ tier_name(tiered, assignment.tier) }</span>
                if assignment.overridden {
                    <span class="badge" title={format!("Set by hand; the rule says {}", tier_name(tiered, assignment.rule_tier))}>{ "override" }</span>
                    <span class="review__rule">{ format!("rule: {}", tier_name(tiered, assignment.rule_tier)) }</span>
                }
            </div>
            { text_cell("review__cell review__reason", Some(why.clone()), why) }
            <div role="cell" class="review__cell review__override">
                <select class="select review__menu" id={format!("accounts-override-{row_id}")} data-value={choice.clone()}
                    tabindex={if tab { "0" } else { "-1" }}
                    aria-label={format!("Tier of {label}")} {onchange}>
                    <option value="rule" selected={choice == "rule"}>{ format!("Rule ({})", tier_name(tiered, assignment.rule_tier)) }</option>
                    { for rule.tier_names.iter().enumerate().map(|(t, tier)| html! {
                        <option value={t.to_string()} selected={choice == t.to_string()}>{ tier.clone() }</option>
                    }) }
                </select>
            </div>
        </div>
    }
}

/// A cell of text in a row, with a tooltip when `title` is given.
#[inline(never)]
fn text_cell(class: &'static str, title: Option<String>, text: String) -> Html {
    html! { <div role="cell" {class} {title}>{ text }</div> }
}

/// The name of account `index`, or its line when it has none.
fn account_name(props: &ReviewProps, index: usize) -> String {
    let tiered = &props.tiered;
    let table = &props.list.table;
    match tiered.accounts.get(index) {
        Some(a) => {
            let name = cell(table, tiered, a, Field::Name);
            if name.trim().is_empty() {
                format!("Line {}", table.line(a.row as usize))
            } else {
                name.to_string()
            }
        }
        None => String::new(),
    }
}

/// "and 12 more" under a panel's list, when there are more.
fn more(total: usize) -> Html {
    if total > PANEL_ROWS {
        html! { <p class="panel__more">{ format!("and {} more", format::number((total - PANEL_ROWS) as f64, 0)) }</p> }
    } else {
        html! {}
    }
}

/// The accounts closest to a cut-off: the first to move at the next review.
fn near_cutoff(props: &ReviewProps) -> Html {
    let tiered = &props.tiered;
    let list = &tiered.review.near_cutoff;
    let by_arr = tiered.rule.tiering.rule == TierRule::Arr;
    html! {
        <section class="panel" id="review-near-cutoff">
            <h4>{ "Closest to a cut-off" }</h4>
            if list.is_empty() {
                <p class="panel__empty">{ "No account is near a cut-off." }</p>
            } else {
                <ul>
                    { for list.iter().take(PANEL_ROWS).map(|&k| {
                        let k = k as usize;
                        let Some(a) = tiered.assignments.get(k) else { return html! {} };
                        let d = cutoff_distance(a.score, a.rule_tier as usize, &tiered.rule.cutoffs);
                        let value = if by_arr { format::money(a.score, &props.currency) } else { format!("{} points", format::number(a.score, 1)) };
                        let amount = if d.is_finite() { format::percent(d * 100.0) } else { "—".to_string() };
                        html! {
                            <li>
                                <span class="panel__name">{ account_name(props, k) }</span>
                                { format!(" — {}, {value}: {amount} from a cut-off", tier_name(tiered, a.rule_tier)) }
                            </li>
                        }
                    }) }
                </ul>
                { more(list.len()) }
            }
        </section>
    }
}

/// The overrides that put an account in another tier than the rule.
fn disagreements(props: &ReviewProps) -> Html {
    let tiered = &props.tiered;
    let list = &tiered.review.disagreements;
    html! {
        <section class="panel" id="review-disagreements">
            <h4>{ "Overrides that disagree with the rule" }</h4>
            if list.is_empty() {
                <p class="panel__empty">{ "None: every override agrees with the rule, or there is none." }</p>
            } else {
                <ul>
                    { for list.iter().take(PANEL_ROWS).map(|&k| {
                        let k = k as usize;
                        let Some(a) = tiered.assignments.get(k) else { return html! {} };
                        html! {
                            <li>
                                <span class="panel__name">{ account_name(props, k) }</span>
                                { format!(" — set to {}, the rule says {}", tier_name(tiered, a.tier), tier_name(tiered, a.rule_tier)) }
                            </li>
                        }
                    }) }
                </ul>
                { more(list.len()) }
            }
        </section>
    }
}

/// Counts moving between tiers: from each account's tier today (when the
/// list says) to its new tier, else per tier against the plan's counts
/// before the list.
fn movements(props: &ReviewProps) -> Html {
    let tiered = &props.tiered;
    let review = &tiered.review;
    let names = &tiered.rule.tier_names;
    let count = |x: f64| format::number(x, 0);
    let mapped = tiered.mapping.column_of(Field::CurrentTier).is_some();
    if mapped && review.knows_current_tiers() {
        return html! {
            <section class="panel panel--wide" id="review-moves">
                <h4>{ "Moving between tiers" }</h4>
                <table class="moves-matrix">
                    <caption class="visually-hidden">{ "Accounts by their tier today (rows) and their new tier (columns)" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Today → new" }</th>
                            { for names.iter().map(|n| html! { <th scope="col">{ n.clone() }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for review.moves.iter().enumerate().map(|(from, to)| html! {
                            <tr>
                                <th scope="row">{ names.get(from).cloned().unwrap_or_default() }</th>
                                { for to.iter().enumerate().map(|(t, n)| html! {
                                    <td class={classes!("num", (t != from && *n > 0).then_some("moves-matrix__moved"))}>{ count(*n as f64) }</td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
                if review.without_current > 0 {
                    <p class="panel__more" id="review-without-current">
                        { format!("{} no tier today.", format::count(review.without_current as f64, "account has", "accounts have")) }
                    </p>
                }
                { super::moves::moved_accounts(&props.list, &props.tiered, props.moves_filter, &props.dispatch) }
            </section>
        };
    }
    html! {
        <section class="panel panel--wide" id="review-moves">
            <h4>{ "Moving between tiers" }</h4>
            <table class="moves-matrix">
                <thead>
                    <tr>
                        { for ["Tier", "Plan before this list", "This list", "Change"].map(|label| html! { <th scope="col">{ label }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for names.iter().zip(tier_changes(&review.counts, props.previous_counts.as_deref(), names.len())).map(|(name, TierChange { before, now, change })| {
                        html! {
                            <tr>
                                <th scope="row">{ name.clone() }</th>
                                { num_cell(before.map_or("—".to_string(), count)) }
                                { num_cell(count(now)) }
                                { num_cell(change.map_or("—".to_string(), |c| if c > 0.0 { format!("+{}", count(c)) } else { count(c) })) }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            if mapped {
                <p class="panel__more" id="review-no-current">{ "The column of each account’s tier today has no tier in any row, so who moves where cannot be told." }</p>
            } else if props.previous_counts.is_none() {
                <p class="panel__more">{ "Map a column with each account's tier today to see who moves where; the plan's counts before this list are not known on this page." }</p>
            } else {
                <p class="panel__more">{ "Map a column with each account's tier today to see who moves where." }</p>
            }
        </section>
    }
}
