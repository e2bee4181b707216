//! The touch model of each tier: scheduled touches, unscheduled triggers and
//! one-to-many programs, each an editable list.

use yew::prelude::*;

use super::{
    add_button, apply, checkbox, group_error, icon_button, name_field, number, on_click_focus,
    role_select, tier_name, EditorProps, Part, Section, Select,
};
use crate::model::inputs::{Input, ItemField};
use crate::model::{Cadence, Tier};
use crate::state::edits::{Edit, ItemKind};
use crate::state::workspace::Workspace;
use crate::ui::format;

type Ws = UseReducerHandle<Workspace>;

/// What the "Touch model" section shows.
pub const TOUCHES_PARTS: &[Part] = &[Part::Tiers];

/// The "Touch model" section: one collapsible group per tier.
#[function_component(TouchModelEditor)]
pub fn touch_model_editor(props: &EditorProps) -> Html {
    let ws = &props.workspace;
    html! {
        <Section id="section-touches" title="Touch model"
            lead="What each customer of a tier gets in a year, and who does it. Hours include preparation and follow-up.">
            { for ws.scenario().tiers.iter().enumerate().map(|(i, tier)| html! {
                <TierTouches key={i} workspace={ws.clone()} index={i} tier={tier.clone()}
                    view={ws.view_under(&format!("tiers.{i}."))} />
            }) }
        </Section>
    }
}

/// Properties of [`TierTouches`]: the workspace to read and dispatch to, and
/// what the group shows, compared to skip re-rendering unchanged tiers.
#[derive(Properties)]
struct TierTouchesProps {
    workspace: Ws,
    index: usize,
    tier: Tier,
    view: Vec<(String, String)>,
}

impl PartialEq for TierTouchesProps {
    /// Equal when the group would render the same: the same tier at the same
    /// place, with the same drafts and messages. The workspace handle changes
    /// with every keystroke anywhere, so it is left out; with 6 tiers of 20
    /// touches, re-rendering every group on each keystroke cost most of the
    /// time between a typed digit and the screen.
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index && self.tier == other.tier && self.view == other.view
    }
}

/// One tier's touch model, re-rendered only when that tier's part changes.
#[function_component(TierTouches)]
fn tier_touches_group(props: &TierTouchesProps) -> Html {
    tier_touches(&props.workspace, props.index)
}

fn tier_touches(ws: &Ws, i: usize) -> Html {
    let tier = &ws.scenario().tiers[i];
    html! {
        <Section id={format!("touches-tier-{i}")} nested=true title={tier_name(ws, i)} note={tier.coverage.label()}>
            { group_error(ws, &format!("tiers.{i}.touches"), format!("tier-{i}-touches-error")) }
            { list(ws, i, ItemKind::Touch, tier) }
            { list(ws, i, ItemKind::Trigger, tier) }
            { list(ws, i, ItemKind::Program, tier) }
        </Section>
    }
}

/// Words for each kind of item: heading, help, the singular noun (also the
/// part of its ids: `tier-0-touch-1-name`) and the add button's text.
fn words(kind: ItemKind) -> [&'static str; 4] {
    match kind {
        ItemKind::Touch => [
            "Scheduled touches",
            "Done for each customer a number of times a year; the share is the % of the tier's customers who get it. A touch done at renewal lands in the months the tier's customers renew.",
            "touch",
            "+ Add touch",
        ],
        ItemKind::Trigger => [
            "Unscheduled triggers",
            "Outreach fired by an event (a support spike, falling usage, an overdue invoice), counted per customer.",
            "trigger",
            "+ Add trigger",
        ],
        ItemKind::Program => [
            "One-to-many programs",
            "Webinars, office hours, community: one session reaches many customers.",
            "program",
            "+ Add program",
        ],
    }
}

fn list(ws: &Ws, i: usize, kind: ItemKind, tier: &Tier) -> Html {
    let [title, help, noun, add] = words(kind);
    let names: Vec<&String> = match kind {
        ItemKind::Touch => tier.touches.iter().map(|t| &t.name).collect(),
        ItemKind::Trigger => tier.triggers.iter().map(|t| &t.name).collect(),
        ItemKind::Program => tier.programs.iter().map(|t| &t.name).collect(),
    };
    let heading_id = format!("tier-{i}-{noun}s-title");
    html! {
        <div class="items">
            <h4 class="editor__subhead" id={heading_id.clone()}>{ title }</h4>
            <p class="editor__hint">{ help }</p>
            if names.is_empty() {
                <p class="items__empty">{ "None yet." }</p>
            } else {
                <ol class="item-list" aria-labelledby={heading_id}>
                    { for names.iter().enumerate().map(|(j, name)| item(ws, i, kind, j, name)) }
                </ol>
            }
            { add_button(format!("tier-{i}-{noun}-add"), add, format!("Add a {noun} to {}", tier_name(ws, i)),
                false, on_click_focus(ws, Edit::AddItem(i, kind), vec![format!("tier-{i}-{noun}-{}-name", names.len())])) }
        </div>
    }
}

fn item(ws: &Ws, i: usize, kind: ItemKind, j: usize, name: &str) -> Html {
    let noun = words(kind)[2];
    let id = format!("tier-{i}-{noun}-{j}");
    let shown = if name.trim().is_empty() {
        format!("{noun} {}", j + 1)
    } else {
        name.to_string()
    };
    let tier = &ws.scenario().tiers[i];
    let fy = tier.first_year_pct;
    let (fields, hours) = match kind {
        ItemKind::Touch => {
            let t = &tier.touches[j];
            (touch_fields(ws, i, j, &id), t.hours_per_customer(fy))
        }
        ItemKind::Trigger => {
            let t = &tier.triggers[j];
            (trigger_fields(ws, i, j, &id), t.hours_per_customer())
        }
        ItemKind::Program => {
            let p = &tier.programs[j];
            let hours = match p.cadence {
                Cadence::PerCustomer => p.hours_per_customer(fy),
                Cadence::PerYear => p.fixed_hours(),
            };
            (program_fields(ws, i, j, &id), hours)
        }
    };
    let per = match kind {
        ItemKind::Program if tier.programs[j].cadence == Cadence::PerYear => " h a year in all",
        _ => " h per customer a year",
    };
    html! {
        <li>
            <fieldset class="item" id={id.clone()}>
                <legend class="visually-hidden">{ shown.clone() }</legend>
                <div class="item__head">
                    { name_field(format!("{id}-name"), "Name", name, apply(ws, move |v| Edit::RenameItem(i, kind, j, v))) }
                    // An <output> is a live region: off, or each keystroke reads a total.
                    <output class="item__total" id={format!("{id}-total")} aria-live="off">
                        { format::number(hours, 2) }{ per }
                    </output>
                    { icon_button(format!("{id}-remove"), "×", format!("Remove {noun} {shown}"), "Remove",
                        true, false, on_click_focus(ws, Edit::RemoveItem(i, kind, j), vec![
                            format!("tier-{i}-{noun}-{j}-name"),
                            format!("tier-{i}-{noun}-{}-name", j.saturating_sub(1)),
                            format!("tier-{i}-{noun}-add"),
                        ])) }
                </div>
                <div class="item__fields">{ fields }</div>
            </fieldset>
        </li>
    }
}

fn touch_fields(ws: &Ws, i: usize, j: usize, id: &str) -> Html {
    let t = &ws.scenario().tiers[i].touches[j];
    html! {
        <>
            { number(ws, Input::Touch(i, j, ItemField::Hours), "Hours", "h", "") }
            { number(ws, Input::Touch(i, j, ItemField::PerYear), "Times a year", "/year", "") }
            { number(ws, Input::Touch(i, j, ItemField::SharePct), "Share, %", "%", "") }
            { role_select(ws, format!("{id}-role"), t.role, &format!("tiers.{i}.touches.{j}.role"),
                apply(ws, move |r| Edit::SetItemRole(i, ItemKind::Touch, j, r))) }
            { checkbox(format!("{id}-first-year"), "First year only", t.first_year_only,
                apply(ws, move |on| Edit::SetFirstYearOnly(i, ItemKind::Touch, j, on))) }
            { checkbox(format!("{id}-at-renewal"), "At renewal", t.at_renewal,
                apply(ws, move |on| Edit::SetAtRenewal(i, j, on))) }
        </>
    }
}

fn trigger_fields(ws: &Ws, i: usize, j: usize, id: &str) -> Html {
    let t = &ws.scenario().tiers[i].triggers[j];
    html! {
        <>
            { number(ws, Input::Trigger(i, j, ItemField::PerYear), "Events a year", "/year", "") }
            { number(ws, Input::Trigger(i, j, ItemField::Hours), "Hours per event", "h", "") }
            { role_select(ws, format!("{id}-role"), t.role, &format!("tiers.{i}.triggers.{j}.role"),
                apply(ws, move |r| Edit::SetItemRole(i, ItemKind::Trigger, j, r))) }
        </>
    }
}

fn program_fields(ws: &Ws, i: usize, j: usize, id: &str) -> Html {
    let p = &ws.scenario().tiers[i].programs[j];
    let per_customer = p.cadence == Cadence::PerCustomer;
    let cadences = vec![
        (
            AttrValue::Static("per_customer"),
            AttrValue::Static("per customer"),
        ),
        (AttrValue::Static("per_year"), AttrValue::Static("in all")),
    ];
    let on_cadence = apply(ws, move |v: String| {
        Edit::SetCadence(
            i,
            j,
            if v == "per_year" {
                Cadence::PerYear
            } else {
                Cadence::PerCustomer
            },
        )
    });
    html! {
        <>
            { number(ws, Input::Program(i, j, ItemField::Hours), "Hours per session", "h", "") }
            { number(ws, Input::Program(i, j, ItemField::Sessions), "Sessions a year", "/year", "") }
            <Select id={format!("{id}-cadence")} label="Counted" options={cadences}
                value={if per_customer { "per_customer" } else { "per_year" }} on_change={on_cadence} />
            if per_customer || ws.error(&Input::Program(i, j, ItemField::Reach).path()).is_some() {
                { number(ws, Input::Program(i, j, ItemField::Reach), "Customers per session", "customers", "") }
            }
            { role_select(ws, format!("{id}-role"), p.role, &format!("tiers.{i}.programs.{j}.role"),
                apply(ws, move |r| Edit::SetItemRole(i, ItemKind::Program, j, r))) }
            if per_customer {
                { checkbox(format!("{id}-first-year"), "First year only", p.first_year_only,
                    apply(ws, move |on| Edit::SetFirstYearOnly(i, ItemKind::Program, j, on))) }
            }
        </>
    }
}
