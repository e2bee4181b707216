//! The column mapping: one menu per column of the list (its header, a
//! sample value, and what it holds: a field or "Ignore"), guessed from the
//! headers and corrected by the person; a change re-reads the list.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::accounts::{left_empty_note, Field, Table};
use crate::state::accounts::memory::{field_from_key, field_key};
use crate::state::accounts::List;

/// Rows searched for a sample value of a column.
const SAMPLE_ROWS: usize = 20;
/// Longest sample shown (characters).
const SAMPLE_CHARS: usize = 24;

/// Properties of [`MappingEditor`].
#[derive(Properties, PartialEq)]
pub struct MappingEditorProps {
    /// The list on the page.
    pub list: Rc<List>,
    /// Why the rows cannot be read with this mapping (no name or ARR column).
    #[prop_or_default]
    pub problem: Option<AttrValue>,
    /// Column `index` now holds `field` (`None`: ignored).
    pub on_change: Callback<(usize, Option<Field>)>,
}

/// A sample value of column `col`: its first non-empty cell, shortened.
fn sample(table: &Table, col: usize) -> String {
    let cell = (0..table.len().min(SAMPLE_ROWS))
        .map(|row| table.cell(row, col).trim())
        .find(|c| !c.is_empty())
        .unwrap_or("");
    if cell.chars().count() > SAMPLE_CHARS {
        let short: String = cell.chars().take(SAMPLE_CHARS - 1).collect();
        format!("{short}…")
    } else {
        cell.to_string()
    }
}

/// One menu per column, and what is missing.
#[function_component(MappingEditor)]
pub fn mapping_editor(props: &MappingEditorProps) -> Html {
    let list = &props.list;
    let table = &list.table;
    let mapping = &list.mapping;
    let node = use_node_ref();
    {
        // Menus always show the mapping (also after a re-read or a restore).
        let node = node.clone();
        let columns = mapping.columns.clone();
        use_effect(move || {
            if let Some(root) = node.cast::<web_sys::Element>() {
                for (i, field) in columns.iter().enumerate() {
                    let wanted = field.map_or("", field_key);
                    if let Ok(Some(el)) = root.query_selector(&format!("#accounts-column-{i}")) {
                        let select: HtmlSelectElement = wasm_bindgen::JsCast::unchecked_into(el);
                        if select.value() != wanted {
                            select.set_value(wanted);
                        }
                    }
                }
            }
        });
    }
    html! {
        <fieldset class="mapping" ref={node}>
            <legend>{ "Columns" }</legend>
            <p class="editor__hint">{ "What each column holds, guessed from its header. Correct a guess and the list is read again." }</p>
            <div class="mapping__grid">
                { for table.headers().iter().enumerate().map(|(i, header)| {
                    let on_change = props.on_change.clone();
                    let onchange = Callback::from(move |event: Event| {
                        let select: HtmlSelectElement = event.target_unchecked_into();
                        on_change.emit((i, field_from_key(&select.value())));
                    });
                    let current = mapping.columns.get(i).copied().flatten();
                    let id = format!("accounts-column-{i}");
                    let shown = if header.trim().is_empty() { format!("Column {}", i + 1) } else { header.clone() };
                    let example = sample(table, i);
                    html! {
                        <div class="field mapping__column">
                            <label for={id.clone()}>{ shown }</label>
                            <span class="field__hint">{ if example.is_empty() { "(empty)".to_string() } else { format!("e.g. {example}") } }</span>
                            <select {id} class="select" {onchange}>
                                <option value="" selected={current.is_none()}>{ "Ignore" }</option>
                                { for Field::ALL.iter().map(|f| html! {
                                    <option value={field_key(*f)} selected={current == Some(*f)}>{ f.label() }</option>
                                }) }
                            </select>
                        </div>
                    }
                }) }
            </div>
            { for list.left_empty.iter().filter(|(c, _)| mapping.field_of(*c).is_none()).map(|&(c, field)| html! {
                <p class="mapping__note" id={format!("accounts-column-{c}-empty")}>
                    { left_empty_note(table.headers().get(c).map_or("", String::as_str), field) }
                </p>
            }) }
            if let Some(problem) = &props.problem {
                <p class="field__error mapping__missing" id="accounts-mapping-error" role="alert">{ problem.clone() }</p>
            }
        </fieldset>
    }
}
