//! The results: headline figures, the per-tier table and broken guardrails.

use yew::prelude::*;

use super::announce::Announce;
use super::format::{money, money_compact, number, percent};
use super::why::{find, Why};
use crate::model::{Coverage, Report, Role};

/// Properties of [`Results`].
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The engine's report of the current scenario.
    pub report: std::rc::Rc<Report>,
}

fn coverage_label(coverage: Coverage) -> &'static str {
    match coverage {
        Coverage::Dedicated => "Dedicated CSM",
        Coverage::Pooled => "Pooled team",
        Coverage::Digital => "Digital only",
    }
}

/// Headline figures, a table per tier and the guardrails that are broken, in words.
#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let report = &props.report;
    let plan = &report.plan;
    let totals = &plan.totals;
    let currency = plan.currency.as_str();
    let why = |id: &str| html! { <Why explanation={find(&report.explanations, id)} /> };
    let heads = &totals.heads;
    let roles: Vec<String> = [
        ("CSM", heads.csm),
        ("associate", heads.associate),
        ("pooled CSM", heads.pooled),
        ("partner", heads.partner),
        ("manager", heads.managers),
    ]
    .iter()
    .filter(|(_, n)| *n > 0)
    .map(|(label, n)| format!("{n} {label}{}", if *n == 1 { "" } else { "s" }))
    .collect();
    let thumbs: Vec<Html> = totals
        .rules_of_thumb
        .iter()
        .map(|rule| {
            html! {
                <li class={if rule.met { "thumb thumb--met" } else { "thumb" }}>
                    // Read as words: "1 : $2M" alone was heard as "one colon".
                    <span class="visually-hidden">{ format!("One CSM per {} of ARR:", money_compact(rule.arr_per_csm, currency)) }</span>
                    <span aria-hidden="true">{ format!("1 : {}", money_compact(rule.arr_per_csm, currency)) }</span>
                    <span class="visually-hidden">{ if rule.met { " met" } else { " not met" } }</span>
                    <span aria-hidden="true">{ if rule.met { " ✓" } else { " ✗" } }</span>
                </li>
            }
        })
        .collect();

    // What a screen reader hears once typing pauses.
    let summary = format!(
        "The plan: {} people needed, {} a year{}. {}",
        number(f64::from(totals.headcount), 0),
        money_compact(totals.cost, currency),
        totals
            .cost_pct_of_arr
            .map(|p| format!(", {} of ARR", percent(p)))
            .unwrap_or_default(),
        match plan.guardrails.len() {
            0 => "Every guardrail holds.".to_string(),
            1 => "1 guardrail broken.".to_string(),
            n => format!("{n} guardrails broken."),
        }
    );

    html! {
        <section class="card results" aria-labelledby="results-title">
            <h2 id="results-title">{ "The plan" }</h2>
            <Announce id="results-announcement" text={summary} />
            <div class="headlines">
                <div class="headline" id="figure-headcount">
                    <p class="headline__label">{ "People needed" }</p>
                    <p class="headline__value">{ number(f64::from(totals.headcount), 0) }</p>
                    <p class="headline__detail">{ if roles.is_empty() { "No one: no customer needs human hours".to_string() } else { roles.join(" · ") } }</p>
                    { why("totals.headcount") }
                </div>
                <div class="headline" id="figure-cost">
                    <p class="headline__label">{ "Yearly cost" }</p>
                    <p class="headline__value">{ money_compact(totals.cost, currency) }</p>
                    <p class="headline__detail">{ format!("{} fully loaded", money(totals.cost, currency)) }</p>
                    { why("totals.cost") }
                </div>
                <div class="headline" id="figure-cost-share">
                    <p class="headline__label">{ "Cost as a share of ARR" }</p>
                    <p class="headline__value">{ totals.cost_pct_of_arr.map(percent).unwrap_or_else(|| "—".into()) }</p>
                    <p class="headline__detail">{ format!("of {} ARR", money_compact(totals.arr, currency)) }</p>
                    { why("totals.cost_pct_of_arr") }
                </div>
                <div class="headline" id="figure-arr-per-csm">
                    <p class="headline__label">{ "ARR per CSM" }</p>
                    <p class="headline__value">{ totals.arr_per_csm.map(|v| money_compact(v, currency)).unwrap_or_else(|| "—".into()) }</p>
                    <ul class="headline__detail thumbs" aria-label="Rules of thumb">{ for thumbs }</ul>
                    { why("totals.arr_per_csm") }
                </div>
            </div>

            <div class="table-wrap" role="region" aria-labelledby="tiers-caption" tabindex="0">
                <table class="tiers" id="tier-table">
                    <caption id="tiers-caption">{ "Per tier" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Tier" }</th>
                            <th scope="col" class="num">{ "Customers" }</th>
                            <th scope="col" class="num">{ "ARR" }</th>
                            <th scope="col" class="num">{ "Hours per customer / year" }</th>
                            <th scope="col" class="num">{ "Customers per CSM" }</th>
                            <th scope="col" class="num">{ "FTE" }</th>
                            <th scope="col" class="num">{ "Cost" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for plan.tiers.iter().enumerate().map(|(i, tier)| {
                            let per_csm = tier
                                .customers_per_fte
                                .iter()
                                .find(|f| f.role == Role::Csm || f.role == Role::Pooled)
                                .map(|f| number(f.value, 1))
                                .unwrap_or_else(|| "—".into());
                            html! {
                                <tr id={format!("tier-row-{i}")}>
                                    <th scope="row">
                                        { tier.name.clone() }
                                        <span class="tier__coverage">{ coverage_label(tier.coverage) }</span>
                                    </th>
                                    <td class="num">{ number(tier.customers, 0) }</td>
                                    <td class="num">{ money_compact(tier.arr, currency) }</td>
                                    <td class="num">{ number(tier.hours_per_customer.total(), 1) }</td>
                                    <td class="num">{ per_csm }</td>
                                    <td class="num">{ number(tier.fte.total(), 2) }</td>
                                    <td class="num">{ money_compact(tier.cost, currency) }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">{ "All tiers" }</th>
                            <td class="num">{ number(totals.customers, 0) }</td>
                            <td class="num">{ money_compact(totals.arr, currency) }</td>
                            <td></td>
                            <td></td>
                            <td class="num">{ number(totals.fte_total, 2) }</td>
                            <td class="num">{ money_compact(totals.cost, currency) }</td>
                        </tr>
                    </tfoot>
                </table>
            </div>

            if plan.guardrails.is_empty() {
                <p class="guardrails guardrails--ok" id="guardrails">{ "Every guardrail holds." }</p>
            } else {
                <div class="guardrails" id="guardrails">
                    <h3>{ format!("{} guardrail{} broken", plan.guardrails.len(), if plan.guardrails.len() == 1 { "" } else { "s" }) }</h3>
                    <ul>
                        { for plan.guardrails.iter().map(|g| html! { <li>{ g.message.clone() }</li> }) }
                    </ul>
                </div>
            }
        </section>
    }
}
