//! The notice shown when the opened link cannot be read, in whole or in part.

use yew::prelude::*;

use crate::model::Scenario;
use crate::state::opening::LinkNotice;

/// Properties of [`LinkNoticeView`].
#[derive(Properties, PartialEq)]
pub struct LinkNoticeProps {
    /// What to say.
    pub notice: LinkNotice,
    /// The person's choice: a scenario to open instead, or `None` to keep what is shown.
    pub on_choice: Callback<Option<Scenario>>,
}

/// Says what is wrong with the link, keeps the link visible, and offers the
/// last good scenario on this device or the defaults.
#[function_component(LinkNoticeView)]
pub fn link_notice_view(props: &LinkNoticeProps) -> Html {
    let notice = &props.notice;
    let restore = notice.last_good.clone().map(|scenario| {
        let on_choice = props.on_choice.clone();
        html! {
            <button type="button" id="link-restore" class="button button--primary"
                onclick={Callback::from(move |_| on_choice.emit(Some(scenario.clone())))}>
                { "Open my last good plan" }
            </button>
        }
    });
    let on_keep = {
        let on_choice = props.on_choice.clone();
        Callback::from(move |_| on_choice.emit(None))
    };
    let on_defaults = {
        let on_choice = props.on_choice.clone();
        Callback::from(move |_| on_choice.emit(Some(Scenario::default())))
    };
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
                    <button type="button" class="button" id="link-defaults" onclick={on_defaults}>{ "Start from the defaults" }</button>
                } else {
                    <button type="button" class="button" id="link-keep" onclick={on_keep}>{ "Keep what was read" }</button>
                }
            </div>
        </div>
    }
}
