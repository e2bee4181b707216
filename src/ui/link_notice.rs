//! The notice shown when the opened link cannot be read, in whole or in part.

use yew::prelude::*;

use crate::model::Scenario;
use crate::state::opening::LinkNotice;

/// Says what is wrong with the link, keeps the link visible, and offers the
/// last good scenario on this device or the defaults. `on_choice` receives
/// the person's choice: a scenario to open instead, or `None` to keep what
/// is shown. (A plain function, not a component: it keeps no state.)
pub fn link_notice(notice: &LinkNotice, on_choice: &Callback<Option<Scenario>>) -> Html {
    let choose = |choice: Option<Scenario>| on_choice.reform(move |_: MouseEvent| choice.clone());
    let restore = notice.last_good.clone().map(|scenario| {
        html! {
            <button type="button" id="link-restore" class="button button--primary"
                onclick={choose(Some(scenario))}>
                { "Open my last good plan" }
            </button>
        }
    });
    html! {
        <div class="notice" role="alert" id="link-issues">
            <p><strong>{ notice.message.clone() }</strong></p>
            if !notice.details.is_empty() {
                <ul>{ for notice.details.iter().map(|d| html! { <li>{ d.clone() }</li> }) }</ul>
            }
            <label class="notice__link">
                <span>{ "The link as opened (to report it):" }</span>
                <input type="text" readonly=true value={notice.link.clone()} id="link-broken" />
            </label>
            <div class="notice__actions">
                { for restore }
                if notice.unreadable {
                    <button type="button" class="button" id="link-defaults" onclick={choose(Some(Scenario::default()))}>{ "Start from the defaults" }</button>
                } else {
                    <button type="button" class="button" id="link-keep" onclick={choose(None)}>{ "Keep what was read" }</button>
                }
            </div>
        </div>
    }
}
