//! The application shell: reads the scenario from the address, keeps it in
//! state, writes it back on every change.

use std::rc::Rc;

use yew::prelude::*;

use super::capacity_card::CapacityCard;
use super::url;
use crate::link::{decode_team, encode_team, LinkIssue};
use crate::model::capacity::TeamTime;
use crate::state::capacity_form::{CapacityAction, CapacityForm};

impl Reducible for CapacityForm {
    type Action = CapacityAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// The whole calculator page.
#[function_component(App)]
pub fn app() -> Html {
    let (initial_team, initial_issues) = use_memo((), |_| decode_team(&url::current_query()))
        .as_ref()
        .clone();
    let form = {
        let team = initial_team.clone();
        use_reducer(move || CapacityForm::load(team, TeamTime::default()))
    };
    let link_issues = use_state(|| initial_issues);

    {
        let team = form.team().clone();
        use_effect_with(team, |team| url::replace_query(&encode_team(team)));
    }

    let on_action = {
        let form = form.clone();
        Callback::from(move |action| form.dispatch(action))
    };
    let dismiss = {
        let link_issues = link_issues.clone();
        Callback::from(move |_| link_issues.set(Vec::new()))
    };

    html! {
        <>
            <header class="masthead">
                <h1>{ "tierplan" }</h1>
                <p>{ "How many Customer Success Managers each tier needs." }</p>
            </header>
            if !link_issues.is_empty() {
                <LinkIssues issues={(*link_issues).clone()} on_dismiss={dismiss} />
            }
            <main>
                <CapacityCard form={(*form).clone()} {on_action} />
            </main>
            <footer class="colophon">
                <p>{ "Runs entirely in your browser: nothing you type leaves this page. The plan lives in the address, so a link shares it." }</p>
            </footer>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct LinkIssuesProps {
    issues: Vec<LinkIssue>,
    on_dismiss: Callback<MouseEvent>,
}

/// A notice listing the parts of the opened link that could not be read.
#[function_component(LinkIssues)]
fn link_issues(props: &LinkIssuesProps) -> Html {
    html! {
        <div class="notice" role="alert" id="link-issues">
            <p><strong>{ "Part of this link could not be read." }</strong></p>
            <ul>
                { for props.issues.iter().map(|issue| html! { <li>{ issue.message.clone() }</li> }) }
            </ul>
            <button type="button" onclick={props.on_dismiss.clone()}>{ "Dismiss" }</button>
        </div>
    }
}
