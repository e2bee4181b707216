//! Team and roles: the yearly cost of each role, managers by span of
//! control beyond the people the CS leader manages, and whether reactive
//! work is modelled bottom-up.

use yew::prelude::*;

use super::{checkbox, per_year, Actions, Draw, Section};
use crate::model::inputs::Input;
use crate::model::{Managers, Role, RoleCosts};
use crate::state::edits::Edit;
use crate::state::view::{Area, FieldView, Slice};
use crate::state::workspace::Workspace;

/// Properties of [`RolesEditor`]: what it draws and the actions.
#[derive(PartialEq, Properties)]
pub struct RolesEditorProps {
    /// The currency code.
    pub currency: Slice<String>,
    /// The roles' yearly costs.
    pub roles: Slice<RoleCosts>,
    /// The managers.
    pub managers: Slice<Managers>,
    /// Whether reactive work is counted bottom-up.
    pub reactive_bottom_up: bool,
    /// The drafts and messages of its fields ([`Area::RolesAndManagers`]).
    pub fields: FieldView,
    /// What the fields send.
    pub actions: Actions,
}

impl RolesEditorProps {
    /// The section's properties from `workspace` now.
    pub fn of(workspace: &UseReducerHandle<Workspace>) -> Self {
        let s = workspace.shared_scenario();
        Self {
            currency: Slice::new(&s, 0, |s, _| &s.currency),
            roles: Slice::new(&s, 0, |s, _| &s.roles),
            managers: Slice::new(&s, 0, |s, _| &s.managers),
            reactive_bottom_up: s.team.reactive_bottom_up,
            fields: workspace.view(Area::RolesAndManagers),
            actions: Actions::of(workspace),
        }
    }
}

/// The yearly cost of `role` in `costs` (automation: the platform's).
fn role_cost(costs: &RoleCosts, role: Role) -> f64 {
    match role {
        Role::Automation => costs.automation,
        role => costs.per_fte(role),
    }
}

/// The "Team and roles" section.
#[function_component(RolesEditor)]
pub fn roles_editor(props: &RolesEditorProps) -> Html {
    let d = Draw {
        fields: &props.fields,
        actions: &props.actions,
    };
    let managers = &*props.managers;
    let money = per_year(&props.currency);
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
                            d.number(Input::RoleCost(role), role_cost(&props.roles, role), label, &money, hint)
                        }) }
                </div>
            </fieldset>
            <fieldset class="inputs">
                <legend>{ "Managers" }</legend>
                <div class="fields">
                    { d.number(Input::ManagerSpan, managers.span, "People per manager", "people", "In-house staff; partners are managed by their firm.") }
                    { d.number(Input::LeaderReports, managers.leader_reports, "People the CS leader manages", "people", "Your head of CS leads them directly: no manager is counted until the team is larger.") }
                    { d.number(Input::ManagerCost, managers.cost, "Manager yearly cost", &money, "Fully loaded.") }
                </div>
            </fieldset>
            <fieldset class="inputs">
                <legend>{ "Reactive work" }</legend>
                { checkbox("reactive-bottom-up".into(),
                    "Count reactive work bottom-up, as the unscheduled triggers of each tier",
                    props.reactive_bottom_up,
                    props.actions.apply(Edit::SetReactiveBottomUp)) }
                <p class="editor__hint">{ "Then the reactive share is not taken off each CSM's year, so the same hours are not counted twice." }</p>
            </fieldset>
        </Section>
    }
}
