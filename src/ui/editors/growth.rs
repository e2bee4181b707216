//! Growth and hiring: the horizon, hiring lead time and ramp, attrition,
//! today's team, and per tier the new customers, retention, paid success
//! plan and yearly moves to other tiers.

use yew::prelude::*;

use super::guardrails::{staff_count, staff_label, STAFF};
use super::{
    add_button, icon_button, name_of, per_year, tier_name, Actions, Draw, Section, Select,
};
use crate::model::inputs::{Input, TierField};
use crate::model::inputs::{MAX_HORIZON_MONTHS, MAX_LEAD_MONTHS};
use crate::model::{Growth, Tier};
use crate::state::edits::Edit;
use crate::state::view::{Area, FieldView, Slice};
use crate::state::workspace::Workspace;

/// Month counts offered in a menu: `choices` up to `max`, plus `current`.
fn months(choices: &[u32], max: u32, current: u32) -> Vec<(AttrValue, AttrValue)> {
    let mut list: Vec<u32> = choices.iter().copied().filter(|m| *m <= max).collect();
    if !list.contains(&current) {
        let at = list.iter().position(|m| *m > current).unwrap_or(list.len());
        list.insert(at, current);
    }
    list.into_iter()
        .map(|m| {
            let label = match m {
                0 => "none".to_string(),
                1 => "1 month".to_string(),
                m => format!("{m} months"),
            };
            (AttrValue::from(m.to_string()), AttrValue::from(label))
        })
        .collect()
}

fn month_select(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    options: Vec<(AttrValue, AttrValue)>,
    value: u32,
    on_pick: Callback<u32>,
) -> Html {
    let on_change = Callback::from(move |v: String| {
        if let Ok(m) = v.parse::<u32>() {
            on_pick.emit(m);
        }
    });
    html! { <Select {id} {label} {hint} {options} value={value.to_string()} {on_change} /> }
}

/// Properties of [`GrowthEditor`]: what it draws and the actions.
#[derive(PartialEq, Properties)]
pub struct GrowthEditorProps {
    /// The currency code.
    pub currency: Slice<String>,
    /// The tiers (their growth and moves).
    pub tiers: Slice<Vec<Tier>>,
    /// Growth and hiring.
    pub growth: Slice<Growth>,
    /// The drafts and messages of its fields ([`Area::Growth`]).
    pub fields: FieldView,
    /// What the fields send.
    pub actions: Actions,
}

impl GrowthEditorProps {
    /// The section's properties from `workspace` now.
    pub fn of(workspace: &UseReducerHandle<Workspace>) -> Self {
        let s = workspace.shared_scenario();
        Self {
            currency: Slice::new(&s, 0, |s, _| &s.currency),
            tiers: Slice::new(&s, 0, |s, _| &s.tiers),
            growth: Slice::new(&s, 0, |s, _| &s.growth),
            fields: workspace.view(Area::Growth),
            actions: Actions::of(workspace),
        }
    }
}

/// The "Growth and hiring" section.
#[function_component(GrowthEditor)]
pub fn growth_editor(props: &GrowthEditorProps) -> Html {
    let d = Draw {
        fields: &props.fields,
        actions: &props.actions,
    };
    let actions = &props.actions;
    let g = &*props.growth;
    let tiers = &*props.tiers;
    const LEAD: [u32; 13] = [0, 1, 2, 3, 4, 5, 6, 8, 9, 12, 18, 24, 36];
    html! {
        <Section id="section-growth" title="Growth and hiring"
            lead="How the customer base grows and how long it takes to bring a new person to full speed.">
            <div class="fields">
                { month_select("growth-horizon-months", "Plan ahead", "Month by month.",
                    months(&[6, 12, 18, 24, 36, 48, 60], MAX_HORIZON_MONTHS, g.horizon_months),
                    g.horizon_months, actions.apply(Edit::SetHorizonMonths)) }
                { month_select("growth-lead-months", "Time to hire", "Requisition to first day.",
                    months(&LEAD, MAX_LEAD_MONTHS, g.lead_months), g.lead_months, actions.apply(Edit::SetLeadMonths)) }
                { month_select("growth-ramp-months", "Ramp to full speed", "Linear, from the first day.",
                    months(&LEAD, MAX_LEAD_MONTHS, g.ramp_months), g.ramp_months, actions.apply(Edit::SetRampMonths)) }
                { d.number(Input::Attrition, g.attrition_pct, "Staff attrition", "%/year", "People leaving a year.") }
            </div>
            <fieldset class="inputs">
                <legend>{ "Your team today" }</legend>
                <div class="fields">
                    { for STAFF.into_iter().map(|role| d.number(Input::Today(role), staff_count(&g.today, role), staff_label(role), "people", "")) }
                </div>
            </fieldset>
            <ol class="tier-list">
                { for (0..tiers.len()).map(|i| tier_growth(d, tiers, &props.currency, i)) }
            </ol>
        </Section>
    }
}

fn tier_growth(d: Draw, tiers: &[Tier], currency: &str, i: usize) -> Html {
    let money = per_year(currency);
    let tier = &tiers[i];
    let name = tier_name(tier, i);
    let f = |field| Input::Tier(i, field);
    html! {
        <li class="tier">
            <fieldset class="inputs">
                <legend>{ name.clone() }</legend>
                <div class="fields">
                    { d.number(f(TierField::NewPerMonth), tier.new_per_month, "New customers", "/month", "") }
                    { d.number(f(TierField::GrrPct), tier.grr_pct, "Gross retention", "%/year", "Also the logo retention.") }
                    { d.number(f(TierField::NrrPct), tier.nrr_pct, "Net retention", "%/year", "Expansion included.") }
                    { d.number(f(TierField::PlanPrice), tier.plan_price, "Paid success plan", &money, "Price per customer; 0 if none.") }
                    { d.number(f(TierField::PlanAttachPct), tier.plan_attach_pct, "Plan attach rate", "%", "Customers who buy it.") }
                </div>
                { moves(d, tiers, i) }
            </fieldset>
        </li>
    }
}

/// The yearly moves of tier `i`'s customers to other tiers.
fn moves(d: Draw, tiers: &[Tier], i: usize) -> Html {
    let list = &tiers[i].moves;
    let n = tiers.len();
    let can_add = (0..n).any(|to| to != i && !list.iter().any(|m| m.to as usize == to));
    let targets: Vec<(AttrValue, AttrValue)> = (0..n)
        .filter(|to| *to != i)
        .map(|to| {
            (
                AttrValue::from(to.to_string()),
                AttrValue::from(name_of(tiers, to)),
            )
        })
        .collect();
    html! {
        <div class="moves">
            <h4 class="editor__subhead">{ "Moving to another tier" }</h4>
            { d.group_error(&format!("tiers.{i}.moves"), format!("tier-{i}-moves-error")) }
            if !list.is_empty() {
                <ol class="item-list">
                    { for list.iter().enumerate().map(|(j, m)| {
                        let mut options = targets.clone();
                        let to = m.to as usize;
                        if to == i || to >= n {
                            // A target a link got wrong stays visible until changed.
                            options.push((AttrValue::from(to.to_string()), AttrValue::Static("(no such tier)")));
                        }
                        let on_change = d.actions.apply(move |v: String| Edit::SetMoveTarget(i, j, v.parse().unwrap_or(usize::MAX)));
                        let target = name_of(tiers, to);
                        html! {
                            <li>
                                <fieldset class="item item--inline">
                                    <legend class="visually-hidden">{ format!("Move {}", j + 1) }</legend>
                                    <div class="item__fields">
                                        <Select id={format!("tier-{i}-move-{j}-to")} label="To" {options}
                                            value={to.to_string()} {on_change}
                                            error={d.fields.error(&format!("tiers.{i}.moves.{j}.to")).map(AttrValue::from)} />
                                        { d.number(Input::Move(i, j), m.pct_per_year, "Customers moving", "%/year", "") }
                                    </div>
                                    { icon_button(format!("tier-{i}-move-{j}-remove"), "×", format!("Remove the move to {target}"),
                                        "Remove move", true, false, d.actions.on_click(Edit::RemoveMove(i, j))) }
                                </fieldset>
                            </li>
                        }
                    }) }
                </ol>
            }
            { add_button(format!("tier-{i}-move-add"), "+ Add move", format!("Add a move out of {}", name_of(tiers, i)),
                !can_add, d.actions.on_click(Edit::AddMove(i))) }
        </div>
    }
}
