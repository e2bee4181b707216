//! A labelled numeric input with its unit and an inline message when the value is impossible.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::model::uncertainty::{RangeEntry, Shape};
use crate::state::ranges::RangeEdit;

/// Properties of [`NumberInput`].
#[derive(Properties, PartialEq)]
pub struct NumberInputProps {
    /// Unique id of the input element (also used for the message ids).
    pub id: AttrValue,
    /// Label text.
    pub label: AttrValue,
    /// Unit shown after the input, e.g. `h/week` or `%`.
    pub unit: AttrValue,
    /// Short help under the label.
    #[prop_or_default]
    pub hint: AttrValue,
    /// The text in the input, exactly as typed.
    pub text: AttrValue,
    /// The message to show when the value is impossible.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Called with the new text on every keystroke.
    pub on_input: Callback<String>,
    /// The field's range, if it has one: drawn as a range control beside
    /// the field (low, high, shape, remove).
    #[prop_or_default]
    pub range: Option<RangeEntry>,
    /// Told each change made through the range control.
    #[prop_or_default]
    pub on_range: Option<Callback<RangeEdit>>,
}

/// A text input for numbers (so letters can be typed and explained rather than
/// silently dropped), with `aria-invalid` and a message tied by `aria-describedby`
/// (read out again when it changes while the field has the focus).
#[function_component(NumberInput)]
pub fn number_input(props: &NumberInputProps) -> Html {
    let on_input = props.on_input.clone();
    let oninput = Callback::from(move |event: InputEvent| {
        let input: HtmlInputElement = event.target_unchecked_into();
        on_input.emit(input.value());
    });
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described_by = if props.error.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        hint_id.clone()
    };
    html! {
        <div class={classes!("field", props.error.as_ref().map(|_| "field--invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <span class="field__hint" id={hint_id}>{ props.hint.clone() }</span>
            <span class="field__control">
                <input
                    id={props.id.clone()}
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    value={props.text.clone()}
                    aria-invalid={if props.error.is_some() { "true" } else { "false" }}
                    aria-describedby={described_by}
                    {oninput}
                />
                <span class="field__unit" aria-hidden="true">{ props.unit.clone() }</span>
            </span>
            // No live region: the message is the input's description, and a
            // screen reader says a changed description of the focused field
            // (Orca did, once; with role="alert" as well it spoke it twice).
            if let Some(error) = &props.error {
                <span class="field__error" id={error_id}>{ error.clone() }</span>
            }
            if let (Some(range), Some(on_range)) = (&props.range, &props.on_range) {
                { range_control(&props.id, &props.label, range, on_range) }
            }
        </div>
    }
}

/// A number of a range as its control shows it.
fn shown(v: f64) -> String {
    crate::model::validate::trim_number(v)
}

/// The range control of the field `id` labelled `label`: a disclosure whose
/// summary says the range, holding its low and high ends (taken when the
/// person leaves the box or presses Enter), its shape and a button that
/// removes it.
fn range_control(
    id: &str,
    label: &str,
    range: &RangeEntry,
    on_range: &Callback<RangeEdit>,
) -> Html {
    let end = |make: fn(String) -> RangeEdit| {
        on_range.reform(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            make(input.value())
        })
    };
    let on_shape = on_range.reform(|event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        RangeEdit::Shape(Shape::from_name(&select.value()).unwrap_or(Shape::Uniform))
    });
    let remove = on_range.reform(|_: MouseEvent| RangeEdit::Remove);
    let low_id = format!("{id}-range-low");
    let high_id = format!("{id}-range-high");
    let shape_id = format!("{id}-range-shape");
    html! {
        <details class="range-control" id={format!("{id}-range")}>
            <summary>
                { format!("Range {} to {}, {}", shown(range.low), shown(range.high), range.shape.name()) }
                <span class="visually-hidden">{ format!(" ({label})") }</span>
            </summary>
            <div class="range-control__body">
                <label for={low_id.clone()}>{ "Low" }</label>
                <input id={low_id} type="text" inputmode="decimal" autocomplete="off"
                    value={shown(range.low)} onchange={end(RangeEdit::Low)} />
                <label for={high_id.clone()}>{ "High" }</label>
                <input id={high_id} type="text" inputmode="decimal" autocomplete="off"
                    value={shown(range.high)} onchange={end(RangeEdit::High)} />
                <label for={shape_id.clone()}>{ "Shape" }</label>
                <select id={shape_id} onchange={on_shape}>
                    { for Shape::ALL.into_iter().map(|s| html! {
                        <option value={s.name()} selected={s == range.shape}>{ s.name() }</option>
                    }) }
                </select>
                <button type="button" class="button" id={format!("{id}-range-remove")} onclick={remove}>
                    { "Remove range" }
                </button>
                <p class="field__hint range-control__note">
                    { "Low and high are a 90% interval. The field's value is the most likely value;                        a range typed around a value outside it moves the value to its middle." }
                </p>
            </div>
        </details>
    }
}
