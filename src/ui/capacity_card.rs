//! The CSM capacity card: team time in, proactive hours per CSM per year out.

use yew::prelude::*;

use super::announce::Announce;
use super::editors::Actions;
use super::format::number;
use super::number_input::NumberInput;
use crate::model::check::sanitized_team;
use crate::model::inputs::{Input, TeamField};
use crate::model::TeamTime;
use crate::state::capacity_form::hint;
use crate::state::view::{Area, FieldView, Slice};
use crate::state::workspace::Workspace;

/// Properties of [`CapacityCard`]: the team's time, the drafts and messages
/// of its fields, and the actions. The card shows nothing else, so typing
/// elsewhere leaves it alone.
#[derive(PartialEq, Properties)]
pub struct CapacityCardProps {
    /// The team's time.
    pub team: Slice<TeamTime>,
    /// The drafts and messages of the team's fields ([`Area::Team`]).
    pub fields: FieldView,
    /// What the fields send.
    pub actions: Actions,
}

impl CapacityCardProps {
    /// The card's properties from `workspace` now.
    pub fn of(workspace: &UseReducerHandle<Workspace>) -> Self {
        Self {
            team: Slice::new(&workspace.shared_scenario(), 0, |s, _| &s.team),
            fields: workspace.view(Area::Team),
            actions: Actions::of(workspace),
        }
    }
}

/// Inputs for a CSM's working time and its split, with the resulting
/// proactive hours per CSM per year and the formula behind them.
#[function_component(CapacityCard)]
pub fn capacity_card(props: &CapacityCardProps) -> Html {
    let fields = &props.fields;
    let field_input = |field: TeamField| {
        let input = Input::Team(field);
        html! {
            <NumberInput
                id={format!("capacity-{}", field.path().replace(['.', '_'], "-"))}
                label={field.caption()}
                unit={field.unit()}
                hint={hint(field)}
                text={fields.text(input, field.get(&props.team))}
                error={fields.error(field.path()).map(AttrValue::from)}
                on_input={props.actions.number(input)}
                range={fields.range(input).cloned()}
                on_range={props.actions.range(input)}
            />
        }
    };
    let shares_error = fields.error("team.shares");
    // The figure is the last valid one while a field of the card has a
    // message, or holds text the plan has refused (a share that only its
    // group's message, on the shares, explains).
    let stale = TeamField::ALL
        .iter()
        .any(|f| fields.validation_error(f.path()).is_some())
        || shares_error.is_some()
        || fields.has_drafts();
    // Typed text that was refused leaves the scenario as it was, so its team
    // is the last valid one. An impossible value that came with the scenario
    // (a link, a file) is in the scenario itself: the card then shows what the
    // plan computes with, the value put in its place (`Scenario::sanitized`).
    let from_scenario = stale && !fields.has_drafts();
    let used;
    let team = if from_scenario {
        used = sanitized_team(&props.team);
        &used
    } else {
        &*props.team
    };
    let available = team.available_hours_per_year();
    let proactive_pct = team.proactive_pct();
    let proactive = team.proactive_hours_per_year();
    // Reactive work counted bottom-up (as triggers) takes no share of the
    // year: the split shows what the plan counts, so it adds up to 100%.
    let reactive_label = if team.reactive_bottom_up {
        "Reactive (counted as triggers)"
    } else {
        "Reactive"
    };
    let segments = [
        ("reactive", reactive_label, team.counted_reactive_pct()),
        ("collateral", "Collateral", team.collateral_pct),
        ("overhead", "Overhead", team.overhead_pct),
        ("proactive", "Proactive", proactive_pct),
    ];
    html! {
        <section class="card" aria-labelledby="capacity-title">
            <h2 id="capacity-title">{ "CSM capacity" }</h2>
            <p class="card__lead">
                { "How many hours a year one CSM can spend on proactive work with customers. \
                   The default split (15% reactive, 10% collateral, 15% overhead, 60% proactive) \
                   comes from “A Model for Scaling Customer Success” (2019)." }
            </p>
            <div class="card__body">
                <fieldset class="inputs">
                    <legend>{ "Working time" }</legend>
                    { field_input(TeamField::HoursPerWeek) }
                    { field_input(TeamField::WorkingWeeks) }
                    <p class="field__derived">
                        { "Hours available a year, before the split: " }
                        <output id="capacity-available-hours" aria-live="off">{ format!("{} h", number(available, 0)) }</output>
                    </p>
                </fieldset>
                <fieldset
                    class={classes!("inputs", shares_error.as_ref().map(|_| "inputs--invalid"))}
                    aria-describedby={shares_error.as_ref().map(|_| "capacity-shares-error")}
                >
                    <legend>{ "Where the time goes" }</legend>
                    { field_input(TeamField::Reactive) }
                    { field_input(TeamField::Collateral) }
                    { field_input(TeamField::Overhead) }
                    <p class="field__derived" id="capacity-proactive-work">
                        { "Proactive work: " }
                        // While the shares add up to more than 100%, nothing
                        // is left: no share is shown rather than the last
                        // valid one, which the shares typed contradict.
                        if shares_error.is_some() {
                            <output id="capacity-proactive-pct" aria-live="off">{ "—" }</output>
                            { " (none: the shares above add up to more than 100%)" }
                        } else {
                            <output id="capacity-proactive-pct" aria-live="off">{ format!("{}%", number(proactive_pct, 1)) }</output>
                            { if team.reactive_bottom_up {
                                " (what collateral and overhead leave: reactive work is counted as triggers)"
                            } else {
                                " (what the other shares leave)"
                            } }
                        }
                    </p>
                    if let Some(message) = shares_error {
                        <p class="field__error" id="capacity-shares-error" role="alert">{ message }</p>
                    }
                </fieldset>
                // Not a live region: it read bare numbers ("110", "83") on
                // every keystroke. One sentence once typing pauses instead.
                <Announce id="capacity-announcement" text={format!(
                    "Proactive hours per CSM per year: {} h{}",
                    number(proactive, 0),
                    if from_scenario {
                        ", with the value the plan uses in place of the impossible one"
                    } else if stale {
                        ", the last valid figure"
                    } else {
                        ""
                    }
                )} />
                <div class="result">
                    <p class="result__label">{ "Proactive hours per CSM per year" }</p>
                    <p class="result__value">
                        <output id="capacity-proactive-hours" aria-live="off">{ number(proactive, 0) }</output>
                        <span class="result__unit">{ " h" }</span>
                    </p>
                    if stale {
                        <p class="result__stale" id="capacity-stale">
                            { if from_scenario {
                                "Worked out with the value the plan uses in place of the impossible one: fix the highlighted input to update it."
                            } else {
                                "Showing the last valid figure: fix the highlighted input to update it."
                            } }
                        </p>
                    }
                    <div class="split" role="img" aria-label={split_label(&segments)}>
                        { for segments.iter().map(|(class, label, pct)| html! {
                            <span
                                class={classes!("split__part", format!("split__part--{class}"))}
                                style={format!("flex-grow: {}", crate::decimal::format(pct.max(0.0)))}
                                title={format!("{label}: {}%", number(*pct, 1))}
                            />
                        }) }
                    </div>
                    <ul class="split__legend">
                        { for segments.iter().map(|(class, label, pct)| html! {
                            <li><span class={classes!("swatch", format!("split__part--{class}"))} />{ format!("{label} {}%", number(*pct, 1)) }</li>
                        }) }
                    </ul>
                    <details class="why">
                        <summary>{ "Why?" }<span class="visually-hidden">{ " Proactive hours per CSM" }</span></summary>
                        <p>
                            { format!(
                                "{} h/week × {} weeks = {} h available per year; × {}% proactive = {} h.",
                                number(team.hours_per_week, 2),
                                number(team.working_weeks_per_year, 2),
                                number(available, 0),
                                number(proactive_pct, 1),
                                number(proactive, 0),
                            ) }
                        </p>
                    </details>
                </div>
            </div>
        </section>
    }
}

fn split_label(segments: &[(&str, &str, f64)]) -> String {
    let parts: Vec<String> = segments
        .iter()
        .map(|(_, label, pct)| format!("{label} {}%", number(*pct, 1)))
        .collect();
    format!("A CSM's year: {}", parts.join(", "))
}
