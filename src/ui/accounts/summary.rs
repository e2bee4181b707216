//! What the import kept and skipped: "Kept 9,812 rows, skipped 3,
//! 14 warnings", the skipped lines and the warnings with their line
//! numbers (the first 100 of each, then "and N more").

use yew::prelude::*;

use std::rc::Rc;

use crate::accounts::LineProblem;
use crate::state::accounts::{list_notes, listed, skipped_lines, List};
use crate::ui::format;

/// Properties of [`ImportSummary`].
#[derive(Properties, PartialEq)]
pub struct ImportSummaryProps {
    /// The list on the page.
    pub list: Rc<List>,
    /// The plan's currency (ISO code), which the list's money is compared with.
    pub currency: AttrValue,
}

/// The import summary; re-rendered only when the list changes.
#[function_component(ImportSummary)]
pub fn import_summary(props: &ImportSummaryProps) -> Html {
    summary(&props.list, &props.currency)
}

fn count(n: usize) -> String {
    format::number(n as f64, 0)
}

/// `n` with its noun, singular for one.
fn counted(n: usize, one: &str, many: &str) -> String {
    format::count(n as f64, one, many)
}

/// The summary of `list`'s last reading.
fn summary(list: &List, currency: &str) -> Html {
    let Some(tiered) = &list.tiered else {
        return html! {};
    };
    let table = &list.table;
    let skipped = skipped_lines(table, tiered);
    if tiered.plan_error.is_some() {
        // Not read as accounts yet: the mapping says what is missing.
        let rows = table.len();
        return html! {
            <div class="import-summary">
                <p class="import-summary__headline" id="accounts-summary" role="status">
                    <strong>{ list.name.clone() }</strong>
                    { format!(": found {}; choose their columns below to read them as accounts.",
                        counted(rows, "row", "rows")) }
                </p>
                { problems("accounts-skipped", "Skipped lines", table.problems()) }
            </div>
        };
    }
    let kept = tiered.accounts.len();
    let notes = list_notes(tiered, currency);
    let warnings = tiered.warnings.len() + notes.len();
    let mut headline = format!(
        "Kept {}, skipped {}, {}",
        counted(kept, "row", "rows"),
        count(skipped.len()),
        counted(warnings, "warning", "warnings"),
    );
    let repeated = table.repeated_headers();
    if repeated > 0 {
        headline.push_str(&format!(
            "; {} left out",
            counted(
                repeated as usize,
                "repeated header row",
                "repeated header rows"
            )
        ));
    }
    if kept == 0 {
        headline.push_str(": no account to tier, so the plan is unchanged");
    }
    headline.push('.');
    html! {
        <div class="import-summary">
            <p class="import-summary__headline" id="accounts-summary" role="status">
                <strong>{ list.name.clone() }</strong>{ ": " }{ headline }
            </p>
            if !notes.is_empty() {
                <ul class="import-summary__notes" id="accounts-notes">
                    { for notes.into_iter().map(|n| html! { <li>{ n }</li> }) }
                </ul>
            }
            { problems("accounts-skipped", "Skipped lines", &skipped) }
            { problems("accounts-warnings", "Warnings", &tiered.warnings) }
        </div>
    }
}

/// A folded list of line problems, when there are any.
fn problems(id: &'static str, title: &'static str, all: &[LineProblem]) -> Html {
    if all.is_empty() {
        return html! {};
    }
    let (shown, more) = listed(all);
    html! {
        <details class="problems" {id}>
            <summary>{ format!("{title} ({})", count(all.len())) }</summary>
            <ul>
                { for shown.iter().map(|p| html! {
                    <li><span class="problems__line">{ format!("Line {}", p.line) }</span>{ ": " }{ p.reason.clone() }</li>
                }) }
            </ul>
            if more > 0 {
                <p class="problems__more">{ format!("and {} more", count(more)) }</p>
            }
        </details>
    }
}
