//! The input editors: customers and tiers, the touch model of each tier,
//! roles and costs, growth and hiring, guardrails. Each section only renders
//! the workspace and dispatches actions to it: numbers through
//! [`WorkspaceAction::EditNumber`] (so every one follows the same rule and
//! shows its message inline), everything else through
//! [`WorkspaceAction::Apply`] with an [`Edit`].

mod growth;
mod guardrails;
mod roles;
mod tiers;
mod touches;

pub use growth::{GrowthEditor, GROWTH_PARTS};
pub use guardrails::{GuardrailsEditor, GUARDRAILS_PARTS};
pub use roles::{RolesEditor, ROLES_PARTS};
pub use tiers::{TiersEditor, TIERS_PARTS};
pub use touches::{TouchModelEditor, TOUCHES_PARTS};

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::number_input::NumberInput;
use crate::model::inputs::Input;
use crate::model::{Role, Scenario};
use crate::state::edits::{Edit, MAX_NAME_CHARS};
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

/// A part of the scenario that a section shows: a top-level field, or the
/// one field of the team's time shown outside the capacity card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The plan's name.
    Name,
    /// The currency code.
    Currency,
    /// The team's time (the capacity card).
    Team,
    /// Only whether reactive work is counted bottom-up (team and roles).
    ReactiveBottomUp,
    /// The roles' costs.
    Roles,
    /// Managers.
    Managers,
    /// The customer base (bands).
    Base,
    /// The tiers, with their touch models, growth and moves.
    Tiers,
    /// The guardrails' targets.
    Economics,
    /// Growth and hiring.
    Growth,
    /// The headcount you can afford.
    Budget,
    /// The rule that tiers an imported list (shown by the Accounts section).
    Tiering,
}

impl Part {
    /// Every part: a section given these compares the whole scenario.
    pub const ALL: &'static [Part] = &[
        Part::Name,
        Part::Currency,
        Part::Team,
        Part::Roles,
        Part::Managers,
        Part::Base,
        Part::Tiers,
        Part::Economics,
        Part::Growth,
        Part::Budget,
        Part::Tiering,
    ];

    /// The start of the field paths of this part's drafts and messages
    /// (`tiers` covers `tiers`, `tiers.0.name`, ...).
    fn path(self) -> &'static str {
        match self {
            Part::Name => "name",
            Part::Currency => "currency",
            Part::Team => "team",
            Part::ReactiveBottomUp => "team.reactive_bottom_up",
            Part::Roles => "roles",
            Part::Managers => "managers",
            Part::Base => "base",
            Part::Tiers => "tiers",
            Part::Economics => "economics",
            Part::Growth => "growth",
            Part::Budget => "budget",
            Part::Tiering => "tiering",
        }
    }

    /// True when this part of `a` and `b` is the same.
    fn same(self, a: &Scenario, b: &Scenario) -> bool {
        // Every field is named, so a new field of the scenario stops the
        // build here: give it a part, and add that part to the sections
        // that show it (their `PARTS`), or they would not redraw it.
        let Scenario {
            name,
            currency,
            team,
            roles,
            managers,
            base,
            tiers,
            economics,
            growth,
            budget,
            tiering,
        } = a;
        match self {
            Part::Name => *name == b.name,
            Part::Currency => *currency == b.currency,
            Part::Team => *team == b.team,
            Part::ReactiveBottomUp => team.reactive_bottom_up == b.team.reactive_bottom_up,
            Part::Roles => *roles == b.roles,
            Part::Managers => *managers == b.managers,
            Part::Base => *base == b.base,
            Part::Tiers => *tiers == b.tiers,
            Part::Economics => *economics == b.economics,
            Part::Growth => *growth == b.growth,
            Part::Budget => *budget == b.budget,
            Part::Tiering => *tiering == b.tiering,
        }
    }
}

/// What the page shows at one render: the last good scenario and every
/// draft and message, taken from the workspace once per render of the page
/// and shared by the sections, which compare only their parts of it. (The
/// workspace handle itself always reads the latest state, so it cannot tell
/// a section what it showed before.)
#[derive(Debug, PartialEq)]
pub struct Shown {
    scenario: Rc<Scenario>,
    view: Vec<(String, String)>,
}

impl Shown {
    /// The snapshot of `workspace` now.
    pub fn of(workspace: &Workspace) -> Rc<Shown> {
        Rc::new(Shown {
            scenario: workspace.shared_scenario(),
            view: workspace.view_under(""),
        })
    }

    /// The drafts and messages of `part`.
    fn view_of(&self, part: Part) -> impl Iterator<Item = &(String, String)> {
        self.view
            .iter()
            .filter(move |(path, _)| path.starts_with(part.path()))
    }
}

/// True when `a` and `b` show `parts` the same way: the same values, and
/// the same drafts and messages under them. Without both snapshots, false.
pub fn same_parts(parts: &[Part], a: Option<&Rc<Shown>>, b: Option<&Rc<Shown>>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return false;
    };
    Rc::ptr_eq(a, b)
        || parts.iter().all(|part| {
            (Rc::ptr_eq(&a.scenario, &b.scenario) || part.same(&a.scenario, &b.scenario))
                && a.view_of(*part).eq(b.view_of(*part))
        })
}

/// Properties of every editor section.
#[derive(Properties)]
pub struct EditorProps {
    /// The workspace (texts, messages and the last good scenario), to read
    /// while rendering and to dispatch to.
    pub workspace: UseReducerHandle<Workspace>,
    /// The parts of the scenario the section shows (its `PARTS`).
    #[prop_or(Part::ALL)]
    pub parts: &'static [Part],
    /// The workspace at this render ([`Shown::of`]); without it the section
    /// renders every time.
    #[prop_or_default]
    pub shown: Option<Rc<Shown>>,
}

impl PartialEq for EditorProps {
    /// Equal when the section would render the same: the parts it shows are
    /// unchanged, so a keystroke in one section leaves the others alone.
    /// (Each section's children are built in its own render, so a section
    /// that skips keeps them as they are, which is right when its parts are
    /// unchanged.)
    fn eq(&self, other: &Self) -> bool {
        self.parts == other.parts
            && same_parts(self.parts, self.shown.as_ref(), other.shown.as_ref())
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

/// A labelled numeric input for `input`, with its unit and inline message.
#[inline(never)]
fn number(
    workspace: &UseReducerHandle<Workspace>,
    input: Input,
    label: &str,
    unit: &str,
    hint: &'static str,
) -> Html {
    let dispatcher = workspace.dispatcher();
    html! {
        <NumberInput
            id={input_id(ID_PREFIX, input)}
            label={label.to_string()}
            unit={unit.to_string()}
            hint={hint}
            text={workspace.text(input)}
            error={workspace.error(&input.path()).map(AttrValue::from)}
            on_input={Callback::from(move |text| dispatcher.dispatch(WorkspaceAction::EditNumber(input, text)))}
        />
    }
}

/// A callback that applies the edit `make` builds from its argument.
fn apply<T: 'static>(
    workspace: &UseReducerHandle<Workspace>,
    make: impl Fn(T) -> Edit + 'static,
) -> Callback<T> {
    let dispatcher = workspace.dispatcher();
    Callback::from(move |value: T| dispatcher.dispatch(WorkspaceAction::Apply(make(value))))
}

/// A click handler that applies `edit`.
fn on_click(workspace: &UseReducerHandle<Workspace>, edit: Edit) -> Callback<MouseEvent> {
    apply(workspace, move |_: MouseEvent| edit.clone())
}

/// A click handler that applies `edit`, then, once the section has redrawn,
/// puts the keyboard focus on the first of `ids` that is there and enabled:
/// an added item's name, a moved tier's button, the item after a removed one.
/// Without it the focus stays on a button that now belongs to another item,
/// or falls to the page's body when its button is gone, and a screen reader
/// says nothing of what happened.
fn on_click_focus(
    workspace: &UseReducerHandle<Workspace>,
    edit: Edit,
    ids: Vec<String>,
) -> Callback<MouseEvent> {
    let click = on_click(workspace, edit);
    Callback::from(move |event: MouseEvent| {
        click.emit(event);
        let ids = ids.clone();
        // Yew redraws in a microtask; this timer runs after it.
        gloo::timers::callback::Timeout::new(0, move || {
            let document = gloo::utils::document();
            let target = ids
                .iter()
                .filter_map(|id| document.get_element_by_id(id))
                .filter_map(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                .find(|e| !e.has_attribute("disabled"));
            if let Some(element) = target {
                let _ = element.focus();
            }
        })
        .forget();
    })
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

/// The role menu of a touch, trigger or program, with the message at
/// `error_path` (a one-to-one touch in a digital tier).
fn role_select(
    workspace: &UseReducerHandle<Workspace>,
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
            error={workspace.error(error_path).map(AttrValue::from)} {on_change} />
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

/// A message that belongs to a group rather than one input (a tier with no
/// touch, bands missing), when there is one.
fn group_error(workspace: &UseReducerHandle<Workspace>, path: &str, id: String) -> Html {
    match workspace.error(path) {
        Some(message) => {
            html! { <p class="field__error editor__error" {id} role="alert">{ message }</p> }
        }
        None => html! {},
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

/// The unit of a money amount per year in the scenario's currency.
fn per_year(workspace: &UseReducerHandle<Workspace>) -> String {
    format!("{}/year", workspace.scenario().currency)
}

/// A tier's name as people read it (its number when the name is empty).
fn tier_name(workspace: &UseReducerHandle<Workspace>, i: usize) -> String {
    crate::model::names::tier_name(&workspace.scenario().tiers, i)
}
