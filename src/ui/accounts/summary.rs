//! What the import kept and skipped: "Kept 9,812 rows, skipped 3,
//! 14 warnings", the skipped lines and the warnings with their line
//! numbers (the first 100 of each, then "and N more").

use yew::prelude::*;

use std::rc::Rc;

use crate::accounts::LineProblem;
use crate::state::accounts::{listed, ImportTally, List};
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
    // The counts and the panels come from one summary, so they agree.
    let tally = ImportTally::of(table, tiered, currency);
    let kept = tally.kept;
    let mut headline = format!(
        "Kept {}, skipped {}, {}",
        counted(kept, "row", "rows"),
        count(tally.skipped.len()),
        counted(tally.warning_count(), "warning", "warnings"),
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
            { problems("accounts-skipped", "Skipped lines", &tally.skipped) }
            { warnings(&tally) }
        </div>
    }
}

/// The Warnings panel: those about the whole list first (open, so they are
/// read without a click), then those about single lines; its title counts
/// them all, as the headline does.
fn warnings(tally: &ImportTally) -> Html {
    let total = tally.warning_count();
    if total == 0 {
        return html! {};
    }
    let (shown, more) = tally.warnings();
    let whole: Vec<&str> = shown
        .iter()
        .filter(|w| w.line.is_none())
        .map(|w| w.reason)
        .collect();
    let lines: Vec<(u32, &str)> = shown
        .iter()
        .filter_map(|w| Some((w.line?, w.reason)))
        .collect();
    html! {
        <details class="problems" id="accounts-warnings" open={!whole.is_empty()}>
            <summary>{ format!("Warnings ({})", count(total)) }</summary>
            if !whole.is_empty() {
                <ul class="import-summary__notes" id="accounts-notes">
                    { for whole.iter().map(|reason| html! { <li>{ reason.to_string() }</li> }) }
                </ul>
            }
            if !lines.is_empty() {
                <ul>
                    { for lines.iter().map(|(line, reason)| html! {
                        <li><span class="problems__line">{ format!("Line {line}") }</span>{ ": " }{ reason.to_string() }</li>
                    }) }
                </ul>
            }
            if more > 0 {
                <p class="problems__more">{ format!("and {} more", count(more)) }</p>
            }
        </details>
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
