//! The three years ahead: a small bar chart of the yearly cost at each
//! fiscal year's end, and the table with every figure beside it (the
//! chart's data table).

use yew::prelude::*;

use super::frame::element;
use crate::chart::outlook::outlook_chart;
use crate::export::fiscal::cell_words;
use crate::export::Table;
use crate::model::outlook::OutlookYear;

/// A table over time as HTML, its cells in words (`id` on the `<table>`).
pub fn words_table(id: &str, t: &Table, currency: &str) -> Html {
    html! {
        <div class="table-wrap" role="region" aria-label={t.title.clone()} tabindex="0">
            <table class="tiers chart__table" id={id.to_string()}>
                <caption>{ t.title.clone() }</caption>
                <thead>
                    <tr>
                        { for t.header.iter().enumerate().map(|(i, h)| html! {
                            <th scope="col" class={if i == 0 { "" } else { "num" }}>{ h.clone() }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for t.rows.iter().map(|row| html! {
                        <tr>
                            { for row.iter().enumerate().map(|(i, cell)| {
                                let words = cell_words(cell, t.header.get(i).map_or("", String::as_str), currency);
                                if i == 0 {
                                    html! { <th scope="row">{ words }</th> }
                                } else {
                                    html! { <td class="num">{ words }</td> }
                                }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// The chart of the three years with its table. A labelled group rather
/// than a `<figure>`: it is part of "Over time", which prints as lines of
/// the printed summary, not with the charts.
pub fn outlook_figure(years: &[OutlookYear], table: &Table, currency: &str) -> Html {
    let svg = std::rc::Rc::new(outlook_chart(years, currency));
    html! {
        <div class="chart" id="chart-outlook" role="group" aria-labelledby="chart-outlook-title">
            <div class="chart__caption">
                <h3 class="chart__title" id="chart-outlook-title">{ "Three years ahead" }</h3>
                <p class="chart__lead">{ "The team the plan needs at each fiscal year's end, from growth, churn, moves between tiers and attrition: its yearly cost and share of ARR." }</p>
            </div>
            <div class="chart__drawing chart__drawing--small">{ element(&svg) }</div>
            { crate::ui::image_download::chart_download("chart-outlook", svg, "Three years ahead", &[]) }
            { words_table("years-table", table, currency) }
        </div>
    }
}
