//! Who moves at this review: each account whose tier today (the list's
//! current-tier column) is not its new tier, as "name: from → to",
//! filtered by the tier it leaves and the tier it joins, with a download of
//! the accounts shown. The list and the CSV are plain Rust
//! ([`crate::accounts::moves`], [`crate::accounts::moves_csv`]); the filter
//! is [`crate::state::accounts::AccountsState::moves_filter`]. A plain
//! function, not a component with its own state (1.0 KB gzip less).

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use std::rc::Rc;

use crate::accounts::{moves, moves_csv, Field};
use crate::model::names::listed_tier_name;
use crate::state::accounts::{AccountsAction, List, Tiered};
use crate::ui::{browser, format};

/// Moves listed on the page (the download has them all).
const LISTED: usize = 50;

/// The accounts of `list` that change tier in `tiered`, filtered by
/// `(from, to)` tier (`None`: any); changes of the filter go to `dispatch`.
pub fn moved_accounts(
    list: &Rc<List>,
    tiered: &Rc<Tiered>,
    (from, to): (Option<u8>, Option<u8>),
    dispatch: &Callback<AccountsAction>,
) -> Html {
    let table = &list.table;
    let names = &tiered.rule.tier_names;
    // Listed and downloaded: computed once.
    let shown = Rc::new(moves(
        &tiered.review,
        &tiered.accounts,
        &tiered.assignments,
        tiered.rule.tiers(),
        from,
        to,
    ));
    let total = tiered.review.moved.len();
    let name_column = tiered.mapping.column_of(Field::Name);
    let tier = |t: u8| listed_tier_name(names, usize::from(t));
    let on_from = dispatch.reform(move |event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        AccountsAction::FilterMoves(select.value().parse::<u8>().ok(), to)
    });
    let on_to = dispatch.reform(move |event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        AccountsAction::FilterMoves(from, select.value().parse::<u8>().ok())
    });
    let on_download = {
        let list = list.clone();
        let tiered = tiered.clone();
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| {
            let csv = moves_csv(
                &list.table,
                tiered.mapping.column_of(Field::Name),
                &tiered.accounts,
                &shown,
                &tiered.rule.tier_names,
            );
            browser::download(&super::export_name(&list.name, "moves"), "text/csv", &csv);
        })
    };
    let name = |index: u32| {
        let row = tiered
            .accounts
            .get(index as usize)
            .map_or(0, |a| a.row as usize);
        let text = name_column.map_or("", |c| table.cell(row, c)).trim();
        if text.is_empty() {
            format!("Line {}", table.line(row))
        } else {
            text.to_string()
        }
    };
    html! {
        <div class="moves" id="review-moved">
            <h5 class="moves__title">{ "Who moves" }</h5>
            <div class="moves__filters">
                { menu("review-moved-from", "From", "Any tier today", from, names, on_from) }
                { menu("review-moved-to", "To", "Any new tier", to, names, on_to) }
                <button type="button" class="button button--small" id="review-moved-export"
                    onclick={on_download} disabled={shown.is_empty()}>{ "Download these moves (CSV)" }</button>
            </div>
            <p class="panel__more" id="review-moved-count" role="status">
                { if shown.len() == total {
                    format!("{} to another tier.", format::count(total as f64, "account moves", "accounts move"))
                } else {
                    format!("{} of {} shown.", format::number(shown.len() as f64, 0), format::count(total as f64, "move", "moves"))
                } }
            </p>
            if !shown.is_empty() {
                <ul class="moves__list">
                    { for shown.iter().take(LISTED).map(|m| html! {
                        <li>
                            <span class="panel__name">{ name(m.index) }</span>
                            { format!(": {} → {}", tier(m.from), tier(m.to)) }
                        </li>
                    }) }
                </ul>
                if shown.len() > LISTED {
                    <p class="panel__more">{ format!("and {} more: download them all.", format::number((shown.len() - LISTED) as f64, 0)) }</p>
                }
            }
        </div>
    }
}

/// A menu of the tiers, with "any" first.
fn menu(
    id: &'static str,
    label: &'static str,
    any: &'static str,
    value: Option<u8>,
    names: &[String],
    onchange: Callback<Event>,
) -> Html {
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <select {id} class="select" {onchange}>
                <option value="" selected={value.is_none()}>{ any }</option>
                { for names.iter().enumerate().map(|(i, name)| html! {
                    <option value={i.to_string()} selected={value == Some(i as u8)}>{ name.clone() }</option>
                }) }
            </select>
        </div>
    }
}
