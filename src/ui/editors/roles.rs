//! Team and roles: the yearly cost of each role, managers by span of
//! control beyond the people the CS leader manages, and whether reactive
//! work is modelled bottom-up.

use yew::prelude::*;

use super::{apply, checkbox, number, per_year, EditorProps, Part, Section};
use crate::model::inputs::Input;
use crate::model::Role;
use crate::state::edits::Edit;

/// What the "Team and roles" section shows.
pub const ROLES_PARTS: &[Part] = &[
    Part::Currency,
    Part::Roles,
    Part::Managers,
    Part::ReactiveBottomUp,
];

/// The "Team and roles" section.
#[function_component(RolesEditor)]
pub fn roles_editor(props: &EditorProps) -> Html {
    let ws = &props.workspace;
    let money = per_year(ws);
    let words = |role: Role| -> (&'static str, &'static str) {
        match role {
            Role::Csm => ("CSM", "Salary, benefits, taxes and tools."),
            Role::Associate => ("Associate", "A junior role for simpler touches."),
            Role::Pooled => ("Pooled CSM", "A scale CSM serving a shared book."),
            Role::Partner => ("Partner", "Outsourced, per full-time equivalent."),
            Role::Automation => ("Automation platform", "Once for the whole team."),
        }
    };
    html! {
        <Section id="section-roles" title="Team and roles"
            lead="What each role costs a year, and how many people a manager leads.">
            <fieldset class="inputs">
                <legend>{ "Yearly cost, fully loaded" }</legend>
                <div class="fields">
                    { for [Role::Csm, Role::Associate, Role::Pooled, Role::Partner, Role::Automation]
                        .into_iter()
                        .map(|role| {
                            let (label, hint) = words(role);
                            number(ws, Input::RoleCost(role), label, &money, hint)
                        }) }
                </div>
            </fieldset>
            <fieldset class="inputs">
                <legend>{ "Managers" }</legend>
                <div class="fields">
                    { number(ws, Input::ManagerSpan, "People per manager", "people", "In-house staff; partners are managed by their firm.") }
                    { number(ws, Input::LeaderReports, "People the CS leader manages", "people", "Your head of CS leads them directly: no manager is counted until the team is larger.") }
                    { number(ws, Input::ManagerCost, "Manager yearly cost", &money, "Fully loaded.") }
                </div>
            </fieldset>
            <fieldset class="inputs">
                <legend>{ "Reactive work" }</legend>
                { checkbox("reactive-bottom-up".into(),
                    "Count reactive work bottom-up, as the unscheduled triggers of each tier",
                    ws.scenario().team.reactive_bottom_up,
                    apply(ws, Edit::SetReactiveBottomUp)) }
                <p class="editor__hint">{ "Then the reactive share is not taken off each CSM's year, so the same hours are not counted twice." }</p>
            </fieldset>
        </Section>
    }
}
