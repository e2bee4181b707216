//! Guardrails: the targets the plan is checked against, and the headcount
//! you can afford.

use yew::prelude::*;

use super::{Actions, Draw, Section};
use crate::model::inputs::Input;
use crate::model::{Economics, Role, Staff};
use crate::state::view::{Area, FieldView, Slice};
use crate::state::workspace::Workspace;

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

/// The headcount of `role` (`None`: managers) in `staff`.
pub(super) fn staff_count(staff: &Staff, role: Option<Role>) -> f64 {
    role.map_or(staff.managers, |role| staff.people().get(role))
}

/// Properties of [`GuardrailsEditor`]: what it draws and the actions.
#[derive(PartialEq, Properties)]
pub struct GuardrailsEditorProps {
    /// The currency code.
    pub currency: Slice<String>,
    /// The targets.
    pub economics: Slice<Economics>,
    /// The headcount you can afford.
    pub budget: Slice<Staff>,
    /// The drafts and messages of its fields ([`Area::Guardrails`]).
    pub fields: FieldView,
    /// What the fields send.
    pub actions: Actions,
}

impl GuardrailsEditorProps {
    /// The section's properties from `workspace` now.
    pub fn of(workspace: &UseReducerHandle<Workspace>) -> Self {
        let s = workspace.shared_scenario();
        Self {
            currency: Slice::new(&s, 0, |s, _| &s.currency),
            economics: Slice::new(&s, 0, |s, _| &s.economics),
            budget: Slice::new(&s, 0, |s, _| &s.budget),
            fields: workspace.view(Area::Guardrails),
            actions: Actions::of(workspace),
        }
    }
}

/// The "Guardrails" section.
#[function_component(GuardrailsEditor)]
pub fn guardrails_editor(props: &GuardrailsEditorProps) -> Html {
    let d = Draw {
        fields: &props.fields,
        actions: &props.actions,
    };
    let currency = &*props.currency;
    let economics = &*props.economics;
    html! {
        <Section id="section-guardrails" title="Guardrails"
            lead="Targets the plan is checked against; a broken one is named in the results.">
            <div class="fields">
                { d.number(Input::TargetArrPerCsm, economics.target_arr_per_csm, "Target ARR per CSM", currency, "Rules of thumb: 2M, 3M, 5M.") }
                { d.number(Input::MaxCostPct, economics.max_cost_pct, "Most CS may cost", "% of ARR", "About 20% early, 10% mature.") }
            </div>
            <fieldset class="inputs">
                <legend>{ "Headcount you can afford" }</legend>
                <p class="editor__hint">{ "Also what planning backward starts from." }</p>
                <div class="fields">
                    { for STAFF.into_iter().map(|role| d.number(Input::Budget(role), staff_count(&props.budget, role), staff_label(role), "people", "")) }
                </div>
            </fieldset>
        </Section>
    }
}
