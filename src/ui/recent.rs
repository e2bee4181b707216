//! "Recent plans on this device": the plans that links, files and presets
//! replaced (kept by [`crate::state::recent`]), each opened again with one
//! click. Stored in this device's localStorage, never sent anywhere.

use js_sys::{Date, Object, Reflect};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::browser::{self, RECENT_KEY};
use crate::state::lineup::Lineup;
use crate::state::recent::{read, set_aside, to_json, RecentPlan};

/// The recent plans kept on this device.
pub fn load() -> Vec<RecentPlan> {
    read(browser::load(RECENT_KEY).as_deref())
}

/// Sets `previous` (every scenario of a comparison) aside before `incoming`
/// replaces it on this device, and gives the list as now stored.
pub fn keep(previous: &Lineup, incoming: &Lineup) -> Vec<RecentPlan> {
    let list = set_aside(&load(), previous, incoming, Date::now());
    browser::save(RECENT_KEY, &to_json(&list));
    list
}

/// "6 Dec 2026, 07:10" in the reader's locale.
fn when(ms: f64) -> String {
    let options = Object::new();
    for (key, value) in [
        ("day", "numeric"),
        ("month", "short"),
        ("year", "numeric"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
    ] {
        let _ = Reflect::set(&options, &key.into(), &value.into());
    }
    let locale = gloo::utils::window()
        .navigator()
        .language()
        .unwrap_or_else(|| "en-US".into());
    Date::new(&JsValue::from_f64(ms))
        .to_locale_string(&locale, &options)
        .into()
}

/// The menu of recent plans (nothing while there is none); `on_open`
/// receives the plan picked (a comparison whole).
pub fn recent_menu(list: &[RecentPlan], on_open: &Callback<Lineup>) -> Html {
    if list.is_empty() {
        return html! {};
    }
    // Read back from its link when picked, not on every render (the
    // toolbar renders on every keystroke).
    let close_and_open = |plan: &RecentPlan| {
        let on_open = on_open.clone();
        let plan = plan.clone();
        Callback::from(move |event: MouseEvent| {
            if let Some(details) = event
                .target_dyn_into::<web_sys::Element>()
                .and_then(|e| e.closest("details").ok().flatten())
            {
                let _ = details.remove_attribute("open");
            }
            if let Some(lineup) = plan.lineup() {
                on_open.emit(lineup);
            }
        })
    };
    html! {
        <details class="toolbar__menu recent" id="recent-plans" onkeydown={Callback::from(super::menu::close_on_escape)}>
            <summary class="button" id="recent-open-menu">{ "Recent plans" }</summary>
            <div class="menu menu--panel" id="recent-menu">
                <p class="menu__note">{ "Recent plans on this device: each plan a link, a file or a preset replaced here. Kept in this browser only." }</p>
                <ul class="recent__list">
                    { for list.iter().enumerate().map(|(k, plan)| {
                        let title = plan.title();
                        html! {
                            <li>
                                <button type="button" class="menu__item recent__item" id={format!("recent-{k}")}
                                    title={title.clone()} onclick={close_and_open(plan)}>
                                    <span class="recent__name">{ title }</span>
                                    <span class="recent__when">{ plan.summary().to_string() }</span>
                                    <span class="recent__when">{ format!("Set aside {}", when(plan.when_ms)) }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </div>
        </details>
    }
}
