//! The notice shown when the opened link cannot be read, in whole or in part.

use yew::prelude::*;

use crate::link::Carrier;
use crate::model::check::StandIn;
use crate::model::format::exact;
use crate::model::inputs::Input;
use crate::model::Scenario;
use crate::state::lineup::Lineup;
use crate::state::opening::LinkNotice;

/// Says what is wrong with the link, keeps the link visible, and offers the
/// last good plan on this device (a comparison whole) or the defaults.
/// `on_choice` receives the person's choice: the plan to open instead, or
/// `None` to keep what is shown. (A plain function, not a component: it
/// keeps no state.)
pub fn link_notice(notice: &LinkNotice, on_choice: &Callback<Option<Lineup>>) -> Html {
    let choose = |choice: Option<Lineup>| on_choice.reform(move |_: MouseEvent| choice.clone());
    let restore = notice.last_good.clone().map(|plan| {
        let label = match plan.len() {
            1 => "Open my last good plan".to_string(),
            n => format!("Open my last good plan ({n} scenarios compared)"),
        };
        html! {
            <button type="button" id="link-restore" class="button button--primary"
                onclick={choose(Some(plan))}>
                { label }
            </button>
        }
    });
    html! {
        <div class="notice" role="alert" id="link-issues">
            <p><strong>{ notice.message.clone() }</strong></p>
            if !notice.details.is_empty() {
                <ul class="notice__list">{ for notice.details.iter().map(|d| html! { <li>{ d.clone() }</li> }) }</ul>
            }
            if let Some(detail) = &notice.detail {
                <details class="notice__detail" id="link-detail">
                    <summary>{ "Details" }</summary>
                    <p>{ format!("Where the reading stopped (for a bug report): {detail}") }</p>
                </details>
            }
            <label class="notice__link">
                <span>{ if notice.carrier == Carrier::File { "The file opened:" } else { "The link as opened (to report it):" } }</span>
                <input type="text" readonly=true value={notice.link.clone()} id="link-broken" />
            </label>
            <div class="notice__actions">
                { for restore }
                if notice.unreadable {
                    <button type="button" class="button" id="link-defaults" onclick={choose(Some(Lineup::new(vec![Scenario::default()], 0)))}>{ "Start from the defaults" }</button>
                } else {
                    <button type="button" class="button" id="link-keep" onclick={choose(None)}>{ "Keep what was read" }</button>
                }
            </div>
        </div>
    }
}

/// "-5 h/week", "115%": a value with its unit as the page writes it.
fn with_unit(value: f64, unit: &str) -> String {
    match unit {
        "%" => format!("{}%", exact(value)),
        _ => format!("{} {unit}", exact(value)),
    }
}

/// What the figures use for one impossible number, in words: "Hours per
/// week: 40 h/week, not the impossible -5 h/week".
fn stand_in_words(scenario: &Scenario, s: &StandIn) -> String {
    if s.field == "team.shares" {
        return format!(
            "the reactive, collateral and overhead shares: the default {}%, not the impossible {}%",
            exact(s.used),
            exact(s.value)
        );
    }
    let unit = s.input.unit(&scenario.currency);
    format!(
        "{}: {}, not the impossible {}",
        s.input.label(scenario),
        with_unit(s.used, &unit),
        with_unit(s.value, &unit)
    )
}

/// The marker over the figures while the scenario holds impossible numbers
/// (from a link or a file: typing refuses them): the figures are computed
/// on other values, which it names, with a link to each field to fix, which
/// `on_fix` is given. Nothing when every number is possible.
pub fn stand_in_marker(scenario: &Scenario, on_fix: &Callback<Input>) -> Html {
    let stand_ins = scenario.stand_ins();
    if stand_ins.is_empty() {
        return html! {};
    }
    let uses: Vec<String> = stand_ins
        .iter()
        .map(|s| stand_in_words(scenario, s))
        .collect();
    let links = super::stale::fix_links(
        stand_ins
            .iter()
            .map(|s| {
                let label = if s.field == "team.shares" {
                    "Reactive, collateral and overhead shares".to_string()
                } else {
                    s.input.label(scenario)
                };
                (s.input, label)
            })
            .collect(),
        on_fix,
    );
    html! {
        <p class="stale" id="results-impossible">
            <strong>{ "These figures are not computed on every value of this plan: some are impossible." }</strong>
            { format!(" They use {}.", uses.join("; ")) }
            { " Fix: " }
            { links }
            { "." }
        </p>
    }
}
