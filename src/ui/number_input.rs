//! A labelled numeric input with its unit and an inline message when the value is impossible.

use web_sys::HtmlInputElement;
use yew::prelude::*;

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
        </div>
    }
}
