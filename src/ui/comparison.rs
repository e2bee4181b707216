//! The comparison view, shown when the plan holds two or more scenarios: a
//! column per scenario with the headline figures, each alternative's
//! difference from the base (an amount or a percentage, better or worse in
//! words as well as colour), the per-tier rows on request, the backward
//! verdicts when planning backward, and what differs in the inputs, each
//! entry leading to its field. What is drawn is decided in
//! [`crate::state::compare_view`].

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::charts::compare::ComparisonCharts;
use crate::export::compare::{compare_csv_files, compare_markdown};
use crate::model::compare::figures::Verdict;
use crate::model::compare::{Comparison, Row, ScenarioFigures, RANGES_KEY};
use crate::state::compare_view::{difference_text, is_per_tier};
use crate::state::lineup_link::DifferenceMode;

/// Properties of [`ComparisonView`].
#[derive(Properties, PartialEq)]
pub struct ComparisonViewProps {
    /// The comparison of the plan's scenarios.
    pub comparison: Rc<Comparison>,
    /// Each scenario's kept figures, for the charts.
    pub figures: Rc<Vec<Rc<ScenarioFigures>>>,
    /// Which scenario the inputs edit (its column is marked).
    pub on: usize,
    /// How differences are shown.
    pub mode: DifferenceMode,
    /// Receives the mode the reader picks.
    pub on_mode: Callback<DifferenceMode>,
    /// True when planning backward: the verdicts are shown.
    pub backward: bool,
    /// Receives a differing input picked: the alternative (1-based place in
    /// the lineup) and the input's path.
    pub on_field: Callback<(usize, String)>,
}

fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Better => "cmp-better",
        Verdict::Worse => "cmp-worse",
        Verdict::Same => "cmp-same",
        Verdict::NotComparable => "cmp-na",
    }
}

/// The currency of column `i`.
fn currency_of(c: &Comparison, i: usize) -> &str {
    c.scenarios.get(i).map_or("", |s| s.currency.as_str())
}

/// A value as shown, its P10 to P90 (when it has them) in a lighter span
/// of their own so that a narrow column breaks before the brackets.
fn range_split(row: &Row, i: usize, shown: &str, currency: &str) -> Html {
    match row.ranges.get(i).copied().flatten() {
        Some(p) => {
            let range = row.figure.range_words(&p, currency);
            let point = shown.strip_suffix(&range).unwrap_or(shown).trim_end();
            html! { <>{ point.to_string() }{ " " }<span class="cmp-range">{ range }</span></> }
        }
        None => html! { { shown.to_string() } },
    }
}

fn row_html(row: &Row, c: &Comparison, mode: DifferenceMode, on: usize) -> Html {
    let currency = c.scenarios[0].currency.as_str();
    html! {
        <tr class={classes!(is_per_tier(row).then_some("cmp-tier-row"))}>
            <th scope="row">{ row.label.clone() }</th>
            { for row.shown.iter().enumerate().map(|(i, shown)| {
                let d = i.checked_sub(1).and_then(|k| row.differences.get(k));
                html! {
                    <td class={classes!((i == on).then_some("cmp-editing"))}>
                        <span class="cmp-value">
                            { range_split(row, i, shown, currency_of(c, i)) }
                        </span>
                        if let Some(d) = d {
                            <span class={classes!("cmp-diff", verdict_class(d.verdict))}>
                                { difference_text(row, d, currency, mode) }
                            </span>
                        }
                    </td>
                }
            }) }
        </tr>
    }
}

/// The comparison as the embed view shows it: one sentence per
/// alternative and the people, yearly cost and cost share of each scenario
/// with its difference from the base.
pub fn compact(c: &Comparison) -> Html {
    use crate::model::compare::figures::Figure;
    let rows: Vec<&Row> = c
        .rows
        .iter()
        .filter(|r| matches!(r.figure, Figure::People | Figure::Cost | Figure::CostShare))
        .collect();
    html! {
        <section class="comparison comparison--compact" id="embed-comparison" aria-labelledby="embed-comparison-title">
            <h2 id="embed-comparison-title">{ format!("{} compared", c.scenarios[0].name) }</h2>
            <ul class="comparison__answers">
                { for c.answers.iter().map(|a| html! { <li>{ a.clone() }</li> }) }
            </ul>
            <div class="table-wrap" tabindex="0" role="region" aria-label="The headline figures of each scenario">
                <table class="comparison__table">
                    <thead>
                        <tr>
                            <th scope="col">{ "Figure" }</th>
                            { for c.scenarios.iter().map(|s| html! { <th scope="col">{ s.name.clone() }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|r| row_html(r, c, DifferenceMode::Amount, usize::MAX)) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// The comparison of the plan's scenarios.
#[function_component(ComparisonView)]
pub fn comparison_view(props: &ComparisonViewProps) -> Html {
    let tiers_open = use_state(|| false);
    let c = &props.comparison;
    let mode = props.mode;
    let (headline, per_tier): (Vec<&Row>, Vec<&Row>) = c.rows.iter().partition(|r| !is_per_tier(r));
    let switch = |to: DifferenceMode| props.on_mode.reform(move |_: MouseEvent| to);
    let toggle_tiers = {
        let open = tiers_open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let download = |csv: bool| {
        let c = props.comparison.clone();
        let backward = props.backward;
        Callback::from(move |_: MouseEvent| {
            if csv {
                for (file, text) in compare_csv_files(&c, backward) {
                    browser::download(&file, "text/csv", &text);
                }
            } else {
                browser::download(
                    "tierplan-comparison.md",
                    "text/markdown",
                    &compare_markdown(&c, backward),
                );
            }
        })
    };
    html! {
        <section class="comparison" aria-labelledby="comparison-title" id="comparison">
            <div class="comparison__head">
                <h2 id="comparison-title">{ format!("{} compared", c.scenarios[0].name) }</h2>
                <div class="direction comparison__mode" role="group" aria-label="Show differences from the base as">
                    <button type="button" id="cmp-amount" class="direction__option"
                        aria-pressed={(mode == DifferenceMode::Amount).to_string()}
                        onclick={switch(DifferenceMode::Amount)}>{ "Amounts" }</button>
                    <button type="button" id="cmp-pct" class="direction__option"
                        aria-pressed={(mode == DifferenceMode::Percent).to_string()}
                        onclick={switch(DifferenceMode::Percent)}>{ "Percentages" }</button>
                </div>
            </div>
            <ul class="comparison__answers" id="comparison-answers">
                { for c.answers.iter().map(|a| html! { <li>{ a.clone() }</li> }) }
            </ul>
            if !c.range_lines().is_empty() {
                <ul class="comparison__ranges" id="comparison-ranges">
                    { for c.range_lines().into_iter().map(|line| html! { <li>{ line }</li> }) }
                </ul>
            }
            <div class="table-wrap" tabindex="0" role="region" aria-label="The figures of each scenario">
                <table class="comparison__table" id="comparison-table">
                    <caption class="visually-hidden">
                        { "Headline figures per scenario; under each alternative, its difference from the base, better or worse." }
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Figure" }</th>
                            { for c.scenarios.iter().enumerate().map(|(i, s)| html! {
                                <th scope="col" class={classes!((i == props.on).then_some("cmp-editing"))}>
                                    { s.name.clone() }
                                    <span class="cmp-role">{ if i == 0 { " (base)" } else { "" } }</span>
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for headline.iter().map(|r| row_html(r, c, mode, props.on)) }
                        if props.backward {
                            <tr>
                                <th scope="row">{ "Plan backward" }</th>
                                { for c.backward.verdicts.iter().enumerate().map(|(i, v)| {
                                    let d = i.checked_sub(1).and_then(|k| c.backward.differences.get(k));
                                    html! {
                                        <td class="cmp-verdict">
                                            <span class="cmp-value">{ v.clone() }</span>
                                            if let Some(d) = d {
                                                <span class={classes!("cmp-diff", verdict_class(d.verdict))}>{ d.words.clone() }</span>
                                            }
                                        </td>
                                    }
                                }) }
                            </tr>
                        }
                        if !per_tier.is_empty() {
                            <tr class="cmp-toggle-row">
                                <th scope="row" colspan={(c.scenarios.len() + 1).to_string()}>
                                    <button type="button" class="link-button" id="cmp-tiers-toggle"
                                        aria-expanded={tiers_open.to_string()} onclick={toggle_tiers}>
                                        { if *tiers_open { "Hide customers per CSM per tier" } else { "Show customers per CSM per tier" } }
                                    </button>
                                </th>
                            </tr>
                            if *tiers_open {
                                { for per_tier.iter().map(|r| row_html(r, c, mode, props.on)) }
                            }
                        }
                    </tbody>
                </table>
            </div>
            if c.has_ranges() {
                <p class="comparison__key" id="comparison-ranges-key">{ RANGES_KEY }</p>
            }
            <ComparisonCharts names={Rc::new(c.scenarios.iter().map(|s| s.name.clone()).collect::<Vec<_>>())}
                figures={props.figures.clone()} currency={AttrValue::from(c.scenarios[0].currency.clone())} />
            <h3 id="differs-title">{ "What differs" }</h3>
            { for c.differs.iter().enumerate().map(|(k, d)| {
                let alt = k + 1;
                html! {
                    <div class="differs">
                        <h4>{ format!("{} against {}", d.alternative, c.scenarios[0].name) }</h4>
                        if d.changes.is_empty() {
                            <p class="differs__none">{ "No input differs: the same plan under another name." }</p>
                        } else {
                            <ul class="differs__list">
                                { for d.changes.iter().map(|change| {
                                    let path = change.path.clone();
                                    let on_field = props.on_field.clone();
                                    html! {
                                        <li>
                                            <button type="button" class="link-button differs__link"
                                                onclick={Callback::from(move |_: MouseEvent| on_field.emit((alt, path.clone())))}>
                                                { change.text.clone() }
                                            </button>
                                        </li>
                                    }
                                }) }
                            </ul>
                        }
                    </div>
                }
            }) }
            <p class="comparison__exports">
                <button type="button" class="button" id="cmp-download-csv" onclick={download(true)}>{ "Download the comparison (CSV)" }</button>
                <button type="button" class="button" id="cmp-download-md" onclick={download(false)}>{ "Download the memo (Markdown)" }</button>
            </p>
        </section>
    }
}
