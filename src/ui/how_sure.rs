//! "How sure": the range analysis on the page. Its headline ("7 people (6
//! to 9, P10 to P90); a 35% chance today's team of 6 is short"), the
//! histogram of people needed, the table of P10, P50 and P90 (the same
//! table the CSV and Markdown exports write, [`ranges_table`]) and its
//! "Why?" (the method in words). Without ranges it says how to enter one.

use std::rc::Rc;

use yew::prelude::*;

use super::announce::Announce;
use super::charts::frame::{element, table};
use super::charts::DEFAULT_WIDTH;
use super::format::{fixed, money_compact, number, percent};
use super::hooks::use_width;
use super::markup::{head_row, num_cell};
use crate::chart::markup::Markup;
use crate::chart::people::histogram;
use crate::export::ranges::ranges_table;
use crate::export::Cell;
use crate::model::uncertainty::Analysis;

/// Properties of [`HowSure`].
#[derive(Properties, PartialEq)]
pub struct HowSureProps {
    /// The latest range analysis; `None` without ranges.
    pub analysis: Option<Rc<Analysis>>,
    /// Whether a newer analysis is being drawn (the one shown is of the
    /// plan before the latest change).
    pub pending: bool,
    /// The plan's currency.
    pub currency: AttrValue,
}

/// A cell of the percentile table in the page's formats, by its unit.
fn shown(cell: &Cell, unit: &str, currency: &str) -> String {
    match cell {
        Cell::Num(v) => match unit {
            "people" => number(*v, 0),
            "%" => percent(*v),
            "% of samples" => percent(*v),
            "customers" => number(*v, 0),
            _ => money_compact(*v, currency),
        },
        Cell::Text(t) => t.clone(),
        Cell::Empty => String::new(),
    }
}

/// The "How sure" section.
#[function_component(HowSure)]
pub fn how_sure(props: &HowSureProps) -> Html {
    let body = use_node_ref();
    let width = use_width(&body, DEFAULT_WIDTH);
    let Some(a) = props.analysis.as_ref() else {
        return html! {
            // Without ranges it is only an invitation: not printed.
            <section class="card how-sure how-sure--invitation" id="how-sure" aria-labelledby="how-sure-title" ref={body}>
                <h2 id="how-sure-title">{ "How sure" }</h2>
                <p class="how-sure__hint" id="how-sure-hint">
                    { if props.pending { "Drawing the samples…" } else {
                        "Not sure of a number? Type a range such as 35-45 or 35 to 45 into any number \
                         that drives demand, capacity or cost (customers, touch hours, hours per week, \
                         costs): the plan then gives P10, P50 and P90 over 2,000 samples." } }
                </p>
            </section>
        };
    };
    let currency = props.currency.as_str();
    let t = ranges_table(a, currency);
    let p = (a.people.p10, a.people.p50, a.people.p90);
    let today = a.today.as_ref().map_or(0.0, |c| c.people);
    let h = histogram(&a.people_counts, p, today, width - 40.0);
    let desc = format!(
        "People needed over {} samples: {}.",
        number(a.samples as f64, 0),
        h.bars
            .iter()
            .filter(|b| b.share > 0.0)
            .map(|b| format!("{} in {}", people_words(b.people), percent(b.share * 100.0)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut m = Markup::svg(
        "how-sure-histogram-svg",
        h.width,
        h.height,
        "People needed",
        &desc,
    );
    for bar in &h.bars {
        let tip = format!(
            "{}: {} of samples",
            people_words(bar.people),
            percent(bar.share * 100.0)
        );
        m.group("chart__swing", &tip);
        m.rect(
            &bar.rect,
            if bar.inside {
                "chart__high"
            } else {
                "chart__low"
            },
        );
        if let Some(label) = &bar.label {
            m.text(label, "chart__tick", &bar.people.0.to_string());
        }
        m.end_group();
    }
    m.line(
        h.median.0,
        h.median.1,
        h.median.0,
        h.median.2,
        "chart__base",
    );
    if let Some(x) = h.today {
        m.line(x, h.median.1, x, h.median.2, "chart__rule-line");
    }
    m.line(h.span.0, h.span.2, h.span.1, h.span.2, "chart__axis");
    m.text(
        &h.span_label,
        "chart__note",
        &format!("P10 to P90: {} to {}", number(p.0, 0), number(p.2, 0)),
    );
    let clipped = if a.clipped > 0 {
        format!(
            " {} of the {} draws fell outside what their field allows and were set to its limit.",
            number(a.clipped as f64, 0),
            number((a.samples * a.ranges.len()) as f64, 0)
        )
    } else {
        String::new()
    };
    let rows: Vec<Vec<String>> = h
        .bars
        .iter()
        .map(|b| vec![people_words(b.people), percent(b.share * 100.0)])
        .collect();
    let svg = std::rc::Rc::new(m.finish());
    html! {
        <section class="card how-sure" id="how-sure" aria-labelledby="how-sure-title" aria-busy={props.pending.to_string()} ref={body}>
            <h2 id="how-sure-title">{ "How sure" }</h2>
            <p class="how-sure__headline" id="how-sure-headline">{ a.headline.clone() }</p>
            if props.pending {
                <p class="how-sure__pending" id="how-sure-pending">{ "Updating once typing pauses…" }</p>
            }
            <Announce id="how-sure-announcement" text={a.headline.clone()} />
            <figure class="chart" id="how-sure-histogram">
                <figcaption class="chart__caption">
                    <h3 class="chart__title">{ "People needed" }</h3>
                    <p class="chart__lead">{ format!("How often each number of people was needed over {} samples; the line marks P50{}.",
                        number(a.samples as f64, 0),
                        if h.today.is_some() { ", the dashed line today's team" } else { "" }) }</p>
                </figcaption>
                <ul class="chart__legend" aria-hidden="true">
                    <li><span class="chart__swatch chart__high"></span>{ "Within P10 to P90" }</li>
                    <li><span class="chart__swatch chart__low"></span>{ "Outside" }</li>
                </ul>
                <div class="chart__drawing">{ element(&svg) }</div>
                { super::image_download::chart_download("how-sure-histogram", svg, "People needed", &[("chart__high", "Within P10 to P90"), ("chart__low", "Outside")]) }
                <details class="chart__data">
                    <summary>{ "Show the numbers" }<span class="visually-hidden">{ " (People needed)" }</span></summary>
                    { table("how-sure-histogram-table", "Share of samples per number of people", &["People needed", "Share of samples"], rows) }
                </details>
            </figure>
            <div class="table-wrap" role="region" aria-labelledby="how-sure-caption" tabindex="0">
                <table class="how-sure__table" id="how-sure-table">
                    <caption id="how-sure-caption">{ t.title.clone() }</caption>
                    <thead>{ head_row("Figure", &["P10", "P50", "P90"]) }</thead>
                    <tbody>
                        { for t.rows.iter().map(|row| {
                            let unit = match &row[1] { Cell::Text(u) => u.as_str(), _ => "" };
                            html! {
                                <tr>
                                    <th scope="row">{ shown(&row[0], unit, currency) }</th>
                                    { for row[2..].iter().map(|c| num_cell(shown(c, unit, currency))) }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <details class="why" id="how-sure-why">
                <summary>{ "Why?" }<span class="visually-hidden">{ " How sure" }</span></summary>
                <p>{ format!("{}{clipped}", a.method) }</p>
                <ul>
                    { for a.ranges.iter().map(|r| html! {
                        <li>{ format!("{}: {} to {}, {}, most likely {}{}", r.label, fixed_or_whole(r.low), fixed_or_whole(r.high), r.shape, fixed_or_whole(r.value),
                            if r.clipped > 0 { format!("; {} samples clipped", r.clipped) } else { String::new() }) }</li>
                    }) }
                </ul>
            </details>
        </section>
    }
}

/// A number of a range as the page writes it (up to 2 decimals).
fn fixed_or_whole(v: f64) -> String {
    if v.fract() == 0.0 {
        number(v, 0)
    } else {
        fixed(v, 2)
    }
}

/// "7 people", or "7 to 9 people" for a grouped bar.
fn people_words((lo, hi): (u32, u32)) -> String {
    if lo == hi {
        crate::model::format::count(f64::from(lo), "person", "people")
    } else {
        format!("{lo} to {hi} people")
    }
}

/// Plan backward with ranges: how many customers the budget holds at P50
/// and with 90% confidence (its P10); nothing without a budget.
pub fn held(analysis: Option<&Analysis>) -> Html {
    match analysis.and_then(|a| a.held.as_ref()) {
        Some(h) => html! {
            <p class="how-sure__held" id="how-sure-held">
                { format!("With the ranges entered, this team holds {} customers at P50, and {} with 90% confidence.",
                    number(h.p50, 0), number(h.confident, 0)) }
            </p>
        },
        None => html! {},
    }
}
