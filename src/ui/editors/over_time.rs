//! The plan over time: the month it starts in, the fiscal year's first
//! month, recruiting cost, ramp capacity, a cap on hires per quarter,
//! backfills, and the retention difference of uncovered customers with its
//! source. A field reads its text through `state::over_time_form`: a
//! refused value keeps its text and message here and never reaches the
//! plan, which keeps its last good figures.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{checkbox, Actions, Section, Select};
use crate::model::fiscal::MONTH_NAMES;
use crate::state::edits::Edit;
use crate::state::over_time_form::{Field, OverTime};

/// Properties of [`OverTimeEditor`].
#[derive(PartialEq, Properties)]
pub struct OverTimeEditorProps {
    /// The calendar, hiring and coverage members of the plan.
    pub over_time: OverTime,
    /// The start month the page shows for a plan without one ("December 2026").
    pub shown_start: AttrValue,
    /// The plan's currency.
    pub currency: AttrValue,
    /// Whether the plan asks for hires (a cap of 0 is then refused).
    pub hires_needed: bool,
    /// What the fields send.
    pub actions: Actions,
}

/// Properties of one text field of the section.
#[derive(PartialEq, Properties)]
struct FieldProps {
    field: FieldKey,
    id: AttrValue,
    label: AttrValue,
    hint: AttrValue,
    unit: AttrValue,
    #[prop_or_default]
    placeholder: AttrValue,
    /// What is wrong with the value the plan holds (from a link or file),
    /// shown until the field is changed.
    #[prop_or_default]
    stored_error: Option<AttrValue>,
    over_time: OverTime,
    hires_needed: bool,
    on_set: Callback<OverTime>,
}

/// [`Field`] as a property (it is `Copy` and comparable).
#[derive(Clone, Copy, PartialEq)]
struct FieldKey(Field);

/// A text field: shows the plan's value, or the refused text with its
/// message; a value is read when the field is left or Enter is pressed.
#[function_component(OverTimeField)]
fn over_time_field(props: &FieldProps) -> Html {
    // The refused text and its message, while there is one.
    let refused = use_state(|| None::<(String, String)>);
    let field = props.field.0;
    let onchange = {
        let refused = refused.clone();
        let over_time = props.over_time.clone();
        let on_set = props.on_set.clone();
        let hires_needed = props.hires_needed;
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let text = input.value();
            match field.set(&over_time, &text, hires_needed) {
                Ok(next) => {
                    refused.set(None);
                    if next != over_time {
                        on_set.emit(next);
                    }
                }
                Err(message) => refused.set(Some((text, message))),
            }
        })
    };
    let text = match &*refused {
        Some((text, _)) => text.clone(),
        None => field.text(&props.over_time),
    };
    let error = refused
        .as_ref()
        .map(|(_, m)| m.clone())
        .or_else(|| props.stored_error.as_ref().map(|e| e.to_string()));
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described_by = if error.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        hint_id.clone()
    };
    html! {
        <div class={classes!("field", error.as_ref().map(|_| "field--invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <span class="field__hint" id={hint_id}>{ props.hint.clone() }</span>
            <span class="field__control">
                <input id={props.id.clone()} type="text" autocomplete="off" value={text}
                    placeholder={props.placeholder.clone()}
                    aria-invalid={if error.is_some() { "true" } else { "false" }}
                    aria-describedby={described_by} {onchange} />
                <span class="field__unit" aria-hidden="true">{ props.unit.clone() }</span>
            </span>
            if let Some(error) = error {
                <span class="field__error" id={error_id} role="alert">{ error }</span>
            }
        </div>
    }
}

/// The "Calendar and hiring budget" section.
#[function_component(OverTimeEditor)]
pub fn over_time_editor(props: &OverTimeEditorProps) -> Html {
    let o = &props.over_time;
    let on_set = props
        .actions
        .apply(|next: OverTime| Edit::SetOverTime(Box::new(next)));
    let start_error = o
        .calendar
        .problems()
        .into_iter()
        .find(|(path, _)| *path == "calendar.start")
        .map(|(_, m)| AttrValue::from(m));
    let field =
        |field: Field, id: &'static str, label: &'static str, unit: String, hint: String| {
            html! {
                <OverTimeField field={FieldKey(field)} id={id} label={label} hint={hint} unit={unit}
                    over_time={o.clone()} hires_needed={props.hires_needed} on_set={on_set.clone()}
                    placeholder={if field == Field::Start { "YYYY-MM" } else { "" }}
                stored_error={if field == Field::Start { start_error.clone() } else { None }} />
            }
        };
    let fiscal_options: Vec<(AttrValue, AttrValue)> = (1..=12u32)
        .map(|m| {
            (
                AttrValue::from(m.to_string()),
                AttrValue::from(MONTH_NAMES[m as usize - 1]),
            )
        })
        .collect();
    let fy = o.calendar.fiscal_year_start_month;
    let fy_error = o
        .calendar
        .problems()
        .into_iter()
        .find(|(path, _)| *path == "calendar.fiscal_year_start_month")
        .map(|(_, m)| AttrValue::from(m));
    let on_fiscal = {
        let o = o.clone();
        let on_set = on_set.clone();
        Callback::from(move |v: String| {
            if let Ok(next) = Field::FiscalYearStart.set(&o, &v, false) {
                on_set.emit(next);
            }
        })
    };
    let on_backfill = {
        let o = o.clone();
        let on_set = on_set.clone();
        Callback::from(move |checked: bool| {
            let mut next = o.clone();
            next.hiring.backfill = checked;
            on_set.emit(next);
        })
    };
    let start_hint = if o.calendar.start.is_empty() {
        format!(
            "Not set: the plan starts in {}, this month; a change keeps it.",
            props.shown_start
        )
    } else {
        "Year and month, such as 2027-04.".to_string()
    };
    let money = props.currency.to_string();
    html! {
        <Section id="section-over-time" title="Calendar and hiring budget"
            lead="Real months, the fiscal year, what each hire costs to bring in, and what an uncovered customer is assumed to cost.">
            <div class="fields">
                { field(Field::Start, "over-time-start", "Plan starts in", String::new(), start_hint) }
                <Select id="over-time-fiscal-start" label="Fiscal year starts in" hint="Quarters follow it."
                    options={fiscal_options} value={fy.to_string()} on_change={on_fiscal} error={fy_error} />
                { field(Field::RecruitingCost, "over-time-recruiting", "Recruiting cost", format!("{money}/hire"), "Fees and interviews; 0 if none.".into()) }
                { field(Field::RampCapacity, "over-time-ramp-capacity", "Capacity while ramping", "%".into(), "Average; 50 for a straight ramp.".into()) }
                { field(Field::HireCap, "over-time-hire-cap", "Most starts per quarter", "people".into(), "Empty: no cap.".into()) }
                { checkbox("over-time-backfill".into(), "Replace people who leave (backfills)", o.hiring.backfill, on_backfill) }
                { field(Field::RetentionGap, "over-time-retention-gap", "Retention difference, uncovered customers", "points".into(), "Off at 0. Lower gross retention when the touch model is not delivered.".into()) }
                { field(Field::RetentionSource, "over-time-retention-source", "Source of that difference", String::new(), "Your study or benchmark, named.".into()) }
            </div>
        </Section>
    }
}
