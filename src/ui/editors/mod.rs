//! The input editors: customers and tiers, the touch model of each tier,
//! roles and costs, growth and hiring, guardrails. Each section is given
//! what it draws: slices of the scenario ([`crate::state::view::Slice`]),
//! the drafts and messages of its area ([`FieldView`]) and the [`Actions`]
//! its fields send: numbers through [`WorkspaceAction::EditNumber`] (so
//! every one follows the same rule and shows its message inline),
//! everything else through [`WorkspaceAction::Apply`] with an [`Edit`]. Its
//! properties derive `PartialEq`, so a section redraws exactly when what it
//! draws changes: a keystroke in one section leaves the others alone.

mod growth;
mod guardrails;
mod over_time;
mod roles;
mod tiers;
mod touches;

pub use growth::{GrowthEditor, GrowthEditorProps};
pub use guardrails::{GuardrailsEditor, GuardrailsEditorProps};
pub use over_time::{OverTimeEditor, OverTimeEditorProps};
pub use roles::{RolesEditor, RolesEditorProps};
pub use tiers::{TiersEditor, TiersEditorProps};
pub use touches::{TouchModelEditor, TouchModelEditorProps};

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::hooks::{focus_after_redraw, use_focus_after_redraw};
use super::number_input::NumberInput;
use crate::model::inputs::Input;
use crate::model::{Role, Tier};
use crate::state::edits::{Edit, MAX_NAME_CHARS};
use crate::state::view::FieldView;
use crate::state::workspace::{Workspace, WorkspaceAction};

/// The id of the element editing `input`: `prefix`, a dash, then the
/// input's field path with `.` and `_` turned into `-`
/// (`input_id("edit", Input::Touch(0, 1, ItemField::Hours))` is
/// `edit-tiers-0-touches-1-hours`).
pub fn input_id(prefix: &str, input: Input) -> String {
    let mut id = String::from(prefix);
    id.push('-');
    id.extend(
        input
            .path()
            .chars()
            .map(|c| if c == '.' || c == '_' { '-' } else { c }),
    );
    id
}

/// Prefix of the ids of every numeric input of the editors.
pub const ID_PREFIX: &str = "edit";

/// Properties of a section that reads the whole workspace (the Accounts
/// section): it draws from the latest state, so it renders with every
/// change.
#[derive(Properties)]
pub struct EditorProps {
    /// The workspace, to read while rendering and to dispatch to.
    pub workspace: UseReducerHandle<Workspace>,
}

impl PartialEq for EditorProps {
    /// Never equal: the section draws from the whole workspace, whose
    /// handle always reads the latest state, so nothing it could compare
    /// tells what it drew before.
    fn eq(&self, _: &Self) -> bool {
        false
    }
}

/// What the editors do to the workspace: every callback they make
/// dispatches to it. The dispatcher of one page's workspace never changes,
/// so two handles are equal and never make a section redraw.
#[derive(Clone, PartialEq)]
pub struct Actions(UseReducerDispatcher<Workspace>);

impl Actions {
    /// The actions on `workspace`.
    pub fn of(workspace: &UseReducerHandle<Workspace>) -> Self {
        Self(workspace.dispatcher())
    }

    /// Sends text typed into `input`'s field.
    pub(crate) fn number(&self, input: Input) -> Callback<String> {
        let dispatcher = self.0.clone();
        Callback::from(move |text| dispatcher.dispatch(WorkspaceAction::EditNumber(input, text)))
    }

    /// Sends a change made through `input`'s range control.
    pub(crate) fn range(&self, input: Input) -> Callback<crate::state::ranges::RangeEdit> {
        let dispatcher = self.0.clone();
        Callback::from(move |edit| dispatcher.dispatch(WorkspaceAction::EditRange(input, edit)))
    }

    /// A callback that applies the edit `make` builds from its argument.
    fn apply<T: 'static>(&self, make: impl Fn(T) -> Edit + 'static) -> Callback<T> {
        let dispatcher = self.0.clone();
        Callback::from(move |value: T| dispatcher.dispatch(WorkspaceAction::Apply(make(value))))
    }

    /// A click handler that applies `edit`.
    fn on_click(&self, edit: Edit) -> Callback<MouseEvent> {
        self.apply(move |_: MouseEvent| edit.clone())
    }

    /// A click handler that applies `edit`, then, once the section has
    /// redrawn, puts the keyboard focus on the first of `ids` that is there
    /// and enabled: an added item's name, a moved tier's button, the item
    /// after a removed one. Without it the focus stays on a button that now
    /// belongs to another item, or falls to the page's body when its button
    /// is gone, and a screen reader says nothing of what happened.
    fn on_click_focus(&self, edit: Edit, ids: Vec<String>) -> Callback<MouseEvent> {
        let click = self.on_click(edit);
        Callback::from(move |event: MouseEvent| {
            focus_after_redraw(ids.clone());
            click.emit(event);
        })
    }
}

/// What a section draws its fields from: the drafts and messages of its
/// area, and the actions its fields send.
#[derive(Clone, Copy)]
struct Draw<'a> {
    fields: &'a FieldView,
    actions: &'a Actions,
}

impl Draw<'_> {
    /// A labelled numeric input for `input`, whose value in the scenario is
    /// `value`, with its unit and inline message.
    #[inline(never)]
    fn number(self, input: Input, value: f64, label: &str, unit: &str, hint: &'static str) -> Html {
        html! {
            <NumberInput
                id={input_id(ID_PREFIX, input)}
                label={label.to_string()}
                unit={unit.to_string()}
                hint={hint}
                text={self.fields.text(input, value)}
                error={self.fields.error_at(input).map(AttrValue::from)}
                on_input={self.actions.number(input)}
                range={self.fields.range(input).cloned()}
                on_range={self.actions.range(input)}
            />
        }
    }

    /// A message that belongs to a group rather than one input (a tier with
    /// no touch, bands missing), when there is one.
    fn group_error(self, path: &str, id: String) -> Html {
        match self.fields.error(path) {
            Some(message) => {
                html! { <p class="field__error editor__error" {id} role="alert">{ message }</p> }
            }
            None => html! {},
        }
    }

    /// The role menu of a touch, trigger or program, with the message at
    /// `error_path` (a one-to-one touch in a digital tier).
    fn role_select(
        self,
        id: String,
        role: Role,
        error_path: &str,
        on_pick: Callback<Role>,
    ) -> Html {
        let options: Vec<(AttrValue, AttrValue)> = Role::ALL
            .iter()
            .map(|r| (AttrValue::Static(r.key()), AttrValue::Static(r.label())))
            .collect();
        let on_change = Callback::from(move |key: String| {
            if let Some(role) = Role::ALL.into_iter().find(|r| r.key() == key) {
                on_pick.emit(role);
            }
        });
        html! {
            <Select {id} label="Done by" {options} value={role.key()}
                error={self.fields.error(error_path).map(AttrValue::from)} {on_change} />
        }
    }
}

/// A labelled numeric input for `input` with the id `input_id(prefix, input)`,
/// its unit and inline message (for sections outside the editors, such as
/// the Accounts section, which may show the same input as an editor).
pub(crate) fn number_field(
    workspace: &UseReducerHandle<Workspace>,
    prefix: &str,
    input: Input,
    label: &str,
    unit: &str,
) -> Html {
    let dispatcher = workspace.dispatcher();
    html! {
        <NumberInput
            id={input_id(prefix, input)}
            label={label.to_string()}
            unit={unit.to_string()}
            text={workspace.text(input)}
            error={workspace.error(&input.path()).map(AttrValue::from)}
            on_input={Callback::from(move |text| dispatcher.dispatch(WorkspaceAction::EditNumber(input, text)))}
        />
    }
}

/// A labelled text input for a name; every keystroke is sent to `on_input`.
#[inline(never)]
fn name_field(id: String, label: &'static str, value: &str, on_input: Callback<String>) -> Html {
    let oninput = Callback::from(move |event: InputEvent| {
        let input: HtmlInputElement = event.target_unchecked_into();
        on_input.emit(input.value());
    });
    // The browser cuts typed or pasted text at `maxlength`; a name at the
    // bound says so, as a link or file that brought a longer one does.
    let full = value.chars().count() >= MAX_NAME_CHARS;
    let hint_id = format!("{id}-limit");
    html! {
        <div class="field field--name">
            <label for={id.clone()}>{ label }</label>
            <input {id} type="text" class="text" autocomplete="off" spellcheck="false"
                maxlength={MAX_NAME_CHARS.to_string()} value={value.to_string()} {oninput}
                aria-describedby={full.then(|| hint_id.clone())} />
            if full {
                <span class="field__hint" id={hint_id}>{ format!("A name holds at most {MAX_NAME_CHARS} characters: the rest is cut.") }</span>
            }
        </div>
    }
}

/// A labelled checkbox.
fn checkbox(id: String, label: &'static str, checked: bool, on_toggle: Callback<bool>) -> Html {
    let onchange = Callback::from(move |event: Event| {
        let input: HtmlInputElement = event.target_unchecked_into();
        on_toggle.emit(input.checked());
    });
    html! {
        <label class="check" for={id.clone()}>
            <input {id} type="checkbox" {checked} {onchange} />
            <span>{ label }</span>
        </label>
    }
}

/// Properties of [`Select`].
#[derive(Properties, PartialEq)]
pub struct SelectProps {
    /// Id of the `<select>` (its message is `<id>-error`).
    pub id: AttrValue,
    /// Label text.
    pub label: AttrValue,
    /// `(value, label)` of each option.
    pub options: Vec<(AttrValue, AttrValue)>,
    /// The value chosen now.
    pub value: AttrValue,
    /// Short help under the label.
    #[prop_or_default]
    pub hint: AttrValue,
    /// A message when the choice is impossible.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Called with the value picked.
    pub on_change: Callback<String>,
}

/// A labelled `<select>` that always shows the workspace's value, also after
/// undo, redo or a preset (an option's `selected` attribute alone does not
/// move a menu a person has already used).
#[function_component(Select)]
pub fn select(props: &SelectProps) -> Html {
    let node = use_node_ref();
    // The value of the latest render, read after a choice (below).
    let shown = use_mut_ref(AttrValue::default);
    *shown.borrow_mut() = props.value.clone();
    {
        let node = node.clone();
        // After every render, not only when the value changes: a choice and
        // an undo handled in one batch leave the value as it was, yet the
        // menu still shows the choice the person made.
        let value = props.value.clone();
        use_effect(move || {
            if let Some(select) = node.cast::<HtmlSelectElement>() {
                if select.value() != value.as_str() {
                    select.set_value(&value);
                }
            }
        });
    }
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        on_change.emit(select.value());
        // When the plan does not take the choice (or an undo in the same
        // batch puts it back), the section may not render again at all: it
        // skips renders whose parts are unchanged. So once the change has
        // been handled, put the menu back to the value last rendered.
        let shown = shown.clone();
        gloo::timers::callback::Timeout::new(0, move || {
            let value = shown.borrow();
            if select.value() != value.as_str() {
                select.set_value(&value);
            }
        })
        .forget();
    });
    let error_id = format!("{}-error", props.id);
    html! {
        <div class={classes!("field", props.error.as_ref().map(|_| "field--invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            if !props.hint.is_empty() {
                <span class="field__hint">{ props.hint.clone() }</span>
            }
            <select id={props.id.clone()} class="select" ref={node} {onchange}
                aria-invalid={if props.error.is_some() { "true" } else { "false" }}
                aria-describedby={props.error.as_ref().map(|_| error_id.clone())}>
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*value == props.value}>{ label.clone() }</option>
                }) }
            </select>
            if let Some(error) = &props.error {
                <span class="field__error" id={error_id} role="alert">{ error.clone() }</span>
            }
        </div>
    }
}

/// A small square button showing `glyph`, named for screen readers by
/// `label` (`Remove touch Onboarding`), with `title` as its tooltip.
#[inline(never)]
fn icon_button(
    id: String,
    glyph: &'static str,
    label: String,
    title: &'static str,
    danger: bool,
    disabled: bool,
    onclick: Callback<MouseEvent>,
) -> Html {
    html! {
        <button type="button" class={if danger { "icon-button icon-button--danger" } else { "icon-button" }}
            {id} aria-label={label} {title} {disabled} {onclick}>{ glyph }</button>
    }
}

/// A dashed "+ Add …" button; `label` names what it adds and where.
#[inline(never)]
fn add_button(
    id: String,
    text: &'static str,
    label: String,
    disabled: bool,
    onclick: Callback<MouseEvent>,
) -> Html {
    html! {
        <button type="button" class="button button--small" {id} aria-label={label} {disabled} {onclick}>{ text }</button>
    }
}

/// Properties of [`Section`].
#[derive(Properties)]
pub struct SectionProps {
    /// Id of the section; the toggle is `<id>-toggle`, the panel `<id>-panel`.
    pub id: AttrValue,
    /// The heading.
    pub title: AttrValue,
    /// A sentence under the heading.
    #[prop_or_default]
    pub lead: AttrValue,
    /// A third-level heading inside another section (else second level).
    #[prop_or_default]
    pub nested: bool,
    /// Short text at the end of the heading (a tier's coverage).
    #[prop_or_default]
    pub note: AttrValue,
    /// The content.
    #[prop_or_default]
    pub children: Html,
}

impl PartialEq for SectionProps {
    /// Never equal: Yew compares child components by their type alone, so a
    /// section that skipped its render would keep its children's old
    /// properties. The section itself is cheap to render; the children it
    /// holds (such as each tier's touch model) skip their own render when
    /// their properties are unchanged.
    fn eq(&self, _: &Self) -> bool {
        false
    }
}

/// A collapsible group of inputs: a heading holding a button with
/// `aria-expanded` (headings stay navigable by screen readers), open at first.
#[function_component(Section)]
pub fn section(props: &SectionProps) -> Html {
    let open = use_state(|| true);
    // Opening a section to reach a field redraws this section alone.
    use_focus_after_redraw();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let panel = format!("{}-panel", props.id);
    let button = html! {
        <button type="button" class="editor__toggle" id={format!("{}-toggle", props.id)}
            aria-expanded={if *open { "true" } else { "false" }} aria-controls={panel.clone()} onclick={toggle}>
            <span class="editor__chevron" aria-hidden="true"></span>
            <span class="editor__title">{ props.title.clone() }</span>
            if !props.note.is_empty() {
                <span class="editor__note">{ props.note.clone() }</span>
            }
        </button>
    };
    let level = if props.nested { "h3" } else { "h2" };
    html! {
        <section id={props.id.clone()} class={classes!("editor", if props.nested { "editor--nested" } else { "card" })}>
            <@{level} class="editor__heading">{ button }</@>
            <div class="editor__panel" id={panel} hidden={!*open}>
                if !props.lead.is_empty() {
                    <p class="editor__lead">{ props.lead.clone() }</p>
                }
                { props.children.clone() }
            </div>
        </section>
    }
}

/// The unit of a money amount per year in `currency`.
fn per_year(currency: &str) -> String {
    format!("{currency}/year")
}

/// Tier `i`'s name as people read it (its number when the name is empty).
fn tier_name(tier: &Tier, i: usize) -> String {
    crate::model::names::own_tier_name(tier, i)
}

/// The name of tier `i` of `tiers` as people read it (its number when the
/// name is empty or the tier is missing).
fn name_of(tiers: &[Tier], i: usize) -> String {
    crate::model::names::tier_name(tiers, i)
}
