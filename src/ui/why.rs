//! "Why?": a disclosure that shows a figure's formula with this scenario's numbers.

use yew::prelude::*;

use crate::model::Explanation;

/// A "Why?" toggle with the formula behind a figure; nothing without an
/// explanation. (A plain function, not a component: it keeps no state.)
pub fn why(explanation: Option<Explanation>) -> Html {
    match explanation {
        Some(explanation) => html! {
            <details class="why">
                // Named by its words plus hidden ones (an aria-label made
                // Orca say "Why: Headcount" and then "Why?" again).
                <summary>{ "Why?" }<span class="visually-hidden">{ format!(" {}", explanation.label) }</span></summary>
                <p>{ explanation.text }</p>
            </details>
        },
        None => html! {},
    }
}

/// The explanation with `id` among `all`.
pub fn find(all: &[Explanation], id: &str) -> Option<Explanation> {
    all.iter().find(|e| e.id == id).cloned()
}
