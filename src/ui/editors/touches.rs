//! The touch model of each tier: scheduled touches, unscheduled triggers and
//! one-to-many programs, each an editable list.

use yew::prelude::*;

use super::{
    add_button, checkbox, icon_button, name_field, tier_name, Actions, Draw, Section, Select,
};
use crate::model::inputs::{Input, ItemField};
use crate::model::{Cadence, Tier};
use crate::state::edits::{Edit, ItemKind};
use crate::state::view::{Area, FieldView, Slice};
use crate::state::workspace::Workspace;
use crate::ui::format;

/// Properties of [`TouchModelEditor`]: the tiers, the drafts and messages
/// of their fields, and the actions.
#[derive(PartialEq, Properties)]
pub struct TouchModelEditorProps {
    /// The scenario's tiers.
    pub tiers: Slice<Vec<Tier>>,
    /// The drafts and messages of the tiers ([`Area::Tiers`]).
    pub fields: FieldView,
    /// What the fields send.
    pub actions: Actions,
}

impl TouchModelEditorProps {
    /// The section's properties from `workspace` now.
    pub fn of(workspace: &UseReducerHandle<Workspace>) -> Self {
        Self {
            tiers: Slice::new(&workspace.shared_scenario(), 0, |s, _| &s.tiers),
            fields: workspace.view(Area::Tiers),
            actions: Actions::of(workspace),
        }
    }
}

/// The "Touch model" section: one collapsible group per tier.
#[function_component(TouchModelEditor)]
pub fn touch_model_editor(props: &TouchModelEditorProps) -> Html {
    html! {
        <Section id="section-touches" title="Touch model"
            lead="What each customer of a tier gets in a year, and who does it. Hours include preparation and follow-up.">
            { for (0..props.tiers.len()).map(|i| html! {
                <TierTouches key={i} index={i} tier={props.tiers.tier(i)}
                    fields={props.fields.narrowed(Area::Tier(i))} actions={props.actions.clone()} />
            }) }
        </Section>
    }
}

/// Properties of [`TierTouches`]: one tier, the drafts and messages of its
/// fields, and the actions. A keystroke elsewhere leaves them equal.
#[derive(PartialEq, Properties)]
struct TierTouchesProps {
    index: usize,
    tier: Slice<Tier>,
    fields: FieldView,
    actions: Actions,
}

/// One tier's touch model, re-rendered only when that tier, its drafts or
/// its messages change: with 6 tiers of 20 touches, re-rendering every group
/// on each keystroke cost most of the time between a typed digit and the
/// screen.
#[function_component(TierTouches)]
fn tier_touches(props: &TierTouchesProps) -> Html {
    let i = props.index;
    let tier = &*props.tier;
    let d = Draw {
        fields: &props.fields,
        actions: &props.actions,
    };
    html! {
        <Section id={format!("touches-tier-{i}")} nested=true title={tier_name(tier, i)} note={tier.coverage.label()}>
            { d.group_error(&format!("tiers.{i}.touches"), format!("tier-{i}-touches-error")) }
            { list(d, i, ItemKind::Touch, tier) }
            { list(d, i, ItemKind::Trigger, tier) }
            { list(d, i, ItemKind::Program, tier) }
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

fn list(d: Draw, i: usize, kind: ItemKind, tier: &Tier) -> Html {
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
                    { for names.iter().enumerate().map(|(j, name)| item(d, i, kind, j, tier, name)) }
                </ol>
            }
            { add_button(format!("tier-{i}-{noun}-add"), add, format!("Add a {noun} to {}", tier_name(tier, i)),
                false, d.actions.on_click_focus(Edit::AddItem(i, kind), vec![format!("tier-{i}-{noun}-{}-name", names.len())])) }
        </div>
    }
}

fn item(d: Draw, i: usize, kind: ItemKind, j: usize, tier: &Tier, name: &str) -> Html {
    let noun = words(kind)[2];
    let id = format!("tier-{i}-{noun}-{j}");
    let shown = if name.trim().is_empty() {
        format!("{noun} {}", j + 1)
    } else {
        name.to_string()
    };
    let fy = tier.first_year_pct;
    let (fields, hours) = match kind {
        ItemKind::Touch => {
            let t = &tier.touches[j];
            (touch_fields(d, i, j, t, &id), t.hours_per_customer(fy))
        }
        ItemKind::Trigger => {
            let t = &tier.triggers[j];
            (trigger_fields(d, i, j, t, &id), t.hours_per_customer())
        }
        ItemKind::Program => {
            let p = &tier.programs[j];
            let hours = match p.cadence {
                Cadence::PerCustomer => p.hours_per_customer(fy),
                Cadence::PerYear => p.fixed_hours(),
            };
            (program_fields(d, i, j, p, &id), hours)
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
                    { name_field(format!("{id}-name"), "Name", name, d.actions.apply(move |v| Edit::RenameItem(i, kind, j, v))) }
                    // An <output> is a live region: off, or each keystroke reads a total.
                    <output class="item__total" id={format!("{id}-total")} aria-live="off">
                        { format::number(hours, 2) }{ per }
                    </output>
                    { icon_button(format!("{id}-remove"), "×", format!("Remove {noun} {shown}"), "Remove",
                        true, false, d.actions.on_click_focus(Edit::RemoveItem(i, kind, j), vec![
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

fn touch_fields(d: Draw, i: usize, j: usize, t: &crate::model::touch::Touch, id: &str) -> Html {
    html! {
        <>
            { d.number(Input::Touch(i, j, ItemField::Hours), t.hours, "Hours", "h", "") }
            { d.number(Input::Touch(i, j, ItemField::PerYear), t.per_year, "Times a year", "/year", "") }
            { d.number(Input::Touch(i, j, ItemField::SharePct), t.share_pct, "Share, %", "%", "") }
            { d.role_select(format!("{id}-role"), t.role, &format!("tiers.{i}.touches.{j}.role"),
                d.actions.apply(move |r| Edit::SetItemRole(i, ItemKind::Touch, j, r))) }
            { checkbox(format!("{id}-first-year"), "First year only", t.first_year_only,
                d.actions.apply(move |on| Edit::SetFirstYearOnly(i, ItemKind::Touch, j, on))) }
            { checkbox(format!("{id}-at-renewal"), "At renewal", t.at_renewal,
                d.actions.apply(move |on| Edit::SetAtRenewal(i, j, on))) }
        </>
    }
}

fn trigger_fields(d: Draw, i: usize, j: usize, t: &crate::model::touch::Trigger, id: &str) -> Html {
    html! {
        <>
            { d.number(Input::Trigger(i, j, ItemField::PerYear), t.per_year, "Events a year", "/year", "") }
            { d.number(Input::Trigger(i, j, ItemField::Hours), t.hours, "Hours per event", "h", "") }
            { d.role_select(format!("{id}-role"), t.role, &format!("tiers.{i}.triggers.{j}.role"),
                d.actions.apply(move |r| Edit::SetItemRole(i, ItemKind::Trigger, j, r))) }
        </>
    }
}

fn program_fields(d: Draw, i: usize, j: usize, p: &crate::model::touch::Program, id: &str) -> Html {
    let per_customer = p.cadence == Cadence::PerCustomer;
    let cadences = vec![
        (
            AttrValue::Static("per_customer"),
            AttrValue::Static("per customer"),
        ),
        (AttrValue::Static("per_year"), AttrValue::Static("in all")),
    ];
    let on_cadence = d.actions.apply(move |v: String| {
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
    let reach = Input::Program(i, j, ItemField::Reach);
    html! {
        <>
            { d.number(Input::Program(i, j, ItemField::Hours), p.hours, "Hours per session", "h", "") }
            { d.number(Input::Program(i, j, ItemField::Sessions), p.sessions, "Sessions a year", "/year", "") }
            <Select id={format!("{id}-cadence")} label="Counted" options={cadences}
                value={if per_customer { "per_customer" } else { "per_year" }} on_change={on_cadence} />
            if per_customer || d.fields.error_at(reach).is_some() {
                { d.number(reach, p.reach, "Customers per session", "customers", "") }
            }
            { d.role_select(format!("{id}-role"), p.role, &format!("tiers.{i}.programs.{j}.role"),
                d.actions.apply(move |r| Edit::SetItemRole(i, ItemKind::Program, j, r))) }
            if per_customer {
                { checkbox(format!("{id}-first-year"), "First year only", p.first_year_only,
                    d.actions.apply(move |on| Edit::SetFirstYearOnly(i, ItemKind::Program, j, on))) }
            }
        </>
    }
}
