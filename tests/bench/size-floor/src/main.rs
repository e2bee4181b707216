//! The smallest page that does what tierplan's page does at its core: one text
//! field, and on every keystroke a result written as text. With no feature it is a
//! bare Yew page; `engine` adds the engine's report, `codec` the link codec.

use yew::prelude::*;

/// What the page shows for the text typed.
fn shown(text: &str) -> String {
    #[cfg(feature = "codec")]
    {
        match tierplan::link::decode(text) {
            Ok(decoded) => summary(&decoded.scenario) + &tierplan::link::encode(&decoded.scenario),
            Err(error) => error.to_string(),
        }
    }
    #[cfg(all(feature = "engine", not(feature = "codec")))]
    {
        let mut scenario = tierplan::model::presets::default_scenario();
        scenario.base.total = text.len() as f64 * 100.0;
        summary(&scenario)
    }
    #[cfg(not(feature = "engine"))]
    {
        text.to_string()
    }
}

/// A few counts from the full report, so that none of it is optimised away.
#[cfg(feature = "engine")]
fn summary(scenario: &tierplan::model::scenario::Scenario) -> String {
    let report = tierplan::model::report::report(scenario);
    format!(
        "{} {} {} {} {} ",
        report.errors.len(),
        report.plan.tiers.len(),
        report.timeline.months.len(),
        report.sensitivity.base_fte as u32,
        report.explanations.len()
    )
}

#[function_component]
fn Page() -> Html {
    let text = use_state(String::new);
    let oninput = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            let field: web_sys::HtmlInputElement = event.target_unchecked_into();
            text.set(field.value());
        })
    };
    html! {
        <main>
            <label>{ "Link" }<input {oninput} /></label>
            <p>{ shown(&text) }</p>
        </main>
    }
}

fn main() {
    yew::Renderer::<Page>::new().render();
}
