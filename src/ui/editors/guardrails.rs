//! Guardrails: the targets the plan is checked against, and the headcount
//! you can afford.

use yew::prelude::*;

use super::{number, EditorProps, Part, Section};
use crate::model::inputs::Input;
use crate::model::Role;

/// Today's headcount and the budget are given for these, managers last.
pub(super) const STAFF: [Option<Role>; 5] = crate::model::Staff::ROLES;

/// The plural label of a staff role.
pub(super) fn staff_label(role: Option<Role>) -> &'static str {
    match role {
        Some(Role::Csm) => "CSMs",
        Some(Role::Associate) => "Associates",
        Some(Role::Pooled) => "Pooled CSMs",
        Some(Role::Partner) => "Partners",
        Some(Role::Automation) | None => "Managers",
    }
}

/// What the "Guardrails" section shows.
pub const GUARDRAILS_PARTS: &[Part] = &[Part::Currency, Part::Economics, Part::Budget];

/// The "Guardrails" section.
#[function_component(GuardrailsEditor)]
pub fn guardrails_editor(props: &EditorProps) -> Html {
    let ws = &props.workspace;
    let currency = ws.scenario().currency.clone();
    html! {
        <Section id="section-guardrails" title="Guardrails"
            lead="Targets the plan is checked against; a broken one is named in the results.">
            <div class="fields">
                { number(ws, Input::TargetArrPerCsm, "Target ARR per CSM", &currency, "Rules of thumb: 2M, 3M, 5M.") }
                { number(ws, Input::MaxCostPct, "Most CS may cost", "% of ARR", "About 20% early, 10% mature.") }
            </div>
            <fieldset class="inputs">
                <legend>{ "Headcount you can afford" }</legend>
                <p class="editor__hint">{ "Also what planning backward starts from." }</p>
                <div class="fields">
                    { for STAFF.into_iter().map(|role| number(ws, Input::Budget(role), staff_label(role), "people", "")) }
                </div>
            </fieldset>
        </Section>
    }
}
