//! "Why?": a disclosure that shows a figure's formula with this scenario's numbers.

use yew::prelude::*;

use crate::model::Explanation;

/// Properties of [`Why`].
#[derive(Properties, PartialEq)]
pub struct WhyProps {
    /// The explanation to show; nothing renders without one.
    pub explanation: Option<Explanation>,
}

/// A "Why?" toggle with the formula behind a figure.
#[function_component(Why)]
pub fn why(props: &WhyProps) -> Html {
    match &props.explanation {
        Some(explanation) => html! {
            <details class="why">
                // Named by its words plus hidden ones (an aria-label made
                // Orca say "Why: Headcount" and then "Why?" again).
                <summary>{ "Why?" }<span class="visually-hidden">{ format!(" {}", explanation.label) }</span></summary>
                <p>{ explanation.text.clone() }</p>
            </details>
        },
        None => html! {},
    }
}

/// The explanation with `id` among `all`.
pub fn find(all: &[Explanation], id: &str) -> Option<Explanation> {
    all.iter().find(|e| e.id == id).cloned()
}
