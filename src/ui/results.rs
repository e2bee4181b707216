//! The results: headline figures, the per-tier table and broken guardrails.

use yew::prelude::*;

use super::announce::Announce;
use super::format::{fixed, money, money_compact, number, percent};
use super::markup::{head_row, num_cell};
use super::why::{find, why};
use crate::model::plan::PartKind;
use crate::model::{Coverage, Report, Role, TierPlan, Totals};

fn coverage_label(coverage: Coverage) -> &'static str {
    match coverage {
        Coverage::Dedicated => "Dedicated CSM",
        Coverage::Pooled => "Pooled team",
        Coverage::Digital => "Digital only",
    }
}

/// The headline figures of a report as the page writes them: one place for
/// the results card, its announcement and the plan-at-a-glance bar.
pub(super) struct Figures {
    /// People needed, all roles.
    pub people: String,
    /// Yearly cost, compact (`$1.1M`).
    pub cost: String,
    /// Cost as a share of ARR; `None` without ARR.
    pub cost_share: Option<String>,
    /// ARR per CSM, compact; `None` without CSMs.
    pub arr_per_csm: Option<String>,
}

impl Figures {
    /// The figures of `report`, formatted in its currency.
    pub fn of(report: &Report) -> Figures {
        let totals = &report.plan.totals;
        let currency = report.plan.currency.as_str();
        Figures {
            people: number(f64::from(totals.headcount), 0),
            cost: money_compact(totals.cost, currency),
            cost_share: totals.cost_pct_of_arr.map(percent),
            arr_per_csm: totals.arr_per_csm.map(|v| money_compact(v, currency)),
        }
    }

    /// The sentence a screen reader hears for these figures and the plan's
    /// `rails`: "The plan: 7 people needed, $884K a year, 6.31% of ARR.
    /// Every target met, 2 warnings." (no share without ARR).
    pub fn sentence(&self, rails: &[crate::model::Guardrail]) -> String {
        format!(
            "The plan: {} needed, {} a year{}. {}.",
            crate::model::format::counted(self.people.to_string(), "person", "people"),
            self.cost,
            self.cost_share
                .as_ref()
                .map(|p| format!(", {p} of ARR"))
                .unwrap_or_default(),
            guardrail_words(rails)
        )
    }
}

/// One row between the tiers and the total of a per-tier table: what the
/// total counts beyond the tiers' fractional FTE and cost.
pub(super) struct Part {
    /// The row's `id`.
    pub id: &'static str,
    /// What the row is.
    pub label: &'static str,
    /// A line under the label, if any.
    pub detail: Option<String>,
    /// Its FTE (people); `None` when it takes none.
    pub fte: Option<f64>,
    /// Its cost (currency/year).
    pub cost: f64,
}

/// The rows that take a per-tier table from its tiers to the plan's whole
/// people and total cost: managers, automation platform, rounding up to
/// whole people (only those that are not 0). The amounts are the model's
/// [`Reconciliation`](crate::model::plan::Reconciliation).
pub(super) fn parts(totals: &Totals) -> Vec<Part> {
    let r = &totals.reconciliation;
    r.parts()
        .into_iter()
        .map(|part| Part {
            id: match part.kind {
                PartKind::Managers => "tier-part-managers",
                PartKind::Platform => "tier-part-platform",
                PartKind::Rounding => "tier-part-rounding",
            },
            label: part.label,
            detail: (part.kind == PartKind::Managers).then(|| {
                let per = if r.managers_span == 1.0 {
                    "1 per person".to_string()
                } else {
                    format!("1 per {} people", number(r.managers_span, 1))
                };
                // The count's rule, then what this row's FTE is, so that
                // neither is read as the other: the row is the managers'
                // time, in-house FTE ÷ span, up to the managers counted.
                if r.leader_reports > 0.0 {
                    format!(
                        "{per} beyond the {} the CS leader manages (time: in-house FTE ÷ {})",
                        number(r.leader_reports, 1),
                        number(r.managers_span, 1)
                    )
                } else {
                    per
                }
            }),
            fte: part.fte,
            cost: part.cost,
        })
        .collect()
}

/// `n` and the noun, singular for 1: "1 CSM", "2 CSMs", "1,200 CSMs".
pub(super) fn count(n: u32, noun: &str) -> String {
    format!(
        "{} {noun}{}",
        number(f64::from(n), 0),
        if n == 1 { "" } else { "s" }
    )
}

/// The note under a per-tier table for tiers where associates or partners
/// do part of each customer's hours: customers per CSM counts CSM hours
/// only, the FTE and cost columns count everyone. Empty when no tier does.
fn shared_work_note(tiers: &[TierPlan]) -> Vec<String> {
    tiers
        .iter()
        .filter_map(|tier| {
            let h = &tier.hours_per_customer;
            let others = h.associate + h.partner;
            let who = match (h.associate > 0.0, h.partner > 0.0) {
                (true, true) => "associates and partners",
                (true, false) => "associates",
                (false, true) => "partners",
                (false, false) => return None,
            };
            Some(format!(
                "{}: {who} do {} of the {} h per customer a year.",
                tier.name,
                fixed(others, 1),
                fixed(h.total(), 1)
            ))
        })
        .collect()
}

/// What a tier's hours per customer are made of, under the figure: "90 h
/// first year · 70 h after" (nothing when both are the same).
fn first_year_split(tier: &TierPlan) -> Option<String> {
    let (first, after) = (tier.hours_first_year, tier.hours_after_first_year);
    ((first - after).abs() > 1e-9 * first.abs().max(1.0)).then(|| {
        format!(
            "{} h first year · {} h after",
            number(first, 1),
            number(after, 1)
        )
    })
}

/// The "Why?" of a tier's row: its hours per customer (first year and
/// after, programs' sessions), customers per FTE and FTE (hours a year by
/// role), each as the model explains it.
fn tier_why(report: &Report, i: usize, name: &str) -> Html {
    let prefix = format!("tiers.{i}.");
    let texts: Vec<String> = report
        .explanations
        .iter()
        .filter(|e| e.id.starts_with(&prefix))
        .map(|e| e.text.clone())
        .collect();
    if texts.is_empty() {
        return html! {};
    }
    why(Some(crate::model::Explanation {
        id: format!("tiers.{i}"),
        label: format!("{name}: hours and FTE"),
        value: 0.0,
        text: texts.join(". "),
    }))
}

/// What the plan's guardrails count: "1 target missed, 2 warnings"
/// ([`crate::model::GuardrailTally::words`]).
pub(super) fn guardrail_words(rails: &[crate::model::Guardrail]) -> String {
    crate::model::GuardrailTally::of(rails).words()
}

/// One headline figure: its label, its value, a `detail` under it and its "Why?".
#[inline(never)]
fn headline(id: &'static str, label: &'static str, value: String, detail: Html, why: Html) -> Html {
    html! {
        <div class="headline" {id}>
            <p class="headline__label">{ label }</p>
            <p class="headline__value">{ value }</p>
            { detail }
            { why }
        </div>
    }
}

/// The line of text under a headline figure.
#[inline(never)]
fn detail(text: String) -> Html {
    html! { <p class="headline__detail">{ text }</p> }
}

/// Headline figures, a table per tier and the guardrails that are broken, in
/// words, of the engine's `report`, under `stale`: the marker saying the
/// figures are the last valid plan's (empty when they are current). (A plain
/// function, not a component: it keeps no state, and the report changes
/// with nearly every edit.)
pub fn results(report: &std::rc::Rc<Report>, stale: Html) -> Html {
    let plan = &report.plan;
    let totals = &plan.totals;
    let currency = plan.currency.as_str();
    let figures = Figures::of(report);
    let why = |id: &str| why(find(&report.explanations, id));
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
    .map(|(label, n)| count(*n, label))
    .collect();
    let shared_work = shared_work_note(&plan.tiers);
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

    // What a screen reader hears once typing pauses: the headline figures'
    // own text, so it says what the screen says.
    let summary = figures.sentence(&plan.guardrails);

    html! {
        <section class="card results" aria-labelledby="results-title">
            <h2 id="results-title">{ "The plan" }</h2>
            { stale }
            <Announce id="results-announcement" text={summary} />
            <div class="headlines">
                { headline("figure-headcount", "People needed", figures.people,
                    detail(if roles.is_empty() { "No one: no customer needs human hours".to_string() } else { roles.join(" · ") }),
                    why("totals.headcount")) }
                { headline("figure-cost", "Yearly cost", figures.cost,
                    detail(format!("{} fully loaded", money(totals.cost, currency))), why("totals.cost")) }
                { headline("figure-cost-share", "Cost as a share of ARR",
                    figures.cost_share.unwrap_or_else(|| "—".into()),
                    detail(format!("of {} ARR", money_compact(totals.arr, currency))), why("totals.cost_pct_of_arr")) }
                { headline("figure-arr-per-csm", "ARR per CSM",
                    figures.arr_per_csm.unwrap_or_else(|| "—".into()),
                    html! { <ul class="headline__detail thumbs" aria-label="Rules of thumb">{ for thumbs }</ul> },
                    why("totals.arr_per_csm")) }
            </div>
            { super::image_download::summary_download(report.clone()) }

            <div class="table-wrap" role="region" aria-labelledby="tiers-caption" tabindex="0">
                <table class="tiers" id="tier-table">
                    <caption id="tiers-caption">{ "Per tier" }</caption>
                    <thead>
                        { head_row("Tier", &["Customers", "ARR", "Hours per customer / year", "Hours / year", "Customers per CSM (CSM hours only)", "FTE", "Cost"]) }
                    </thead>
                    <tbody>
                        { for plan.tiers.iter().enumerate().map(|(i, tier)| {
                            let per_csm = tier
                                .customers_per_fte
                                .iter()
                                .find(|f| f.role == Role::Csm || f.role == Role::Pooled)
                                .map(|f| fixed(f.value, 1))
                                .unwrap_or_else(|| "—".into());
                            html! {
                                <tr id={format!("tier-row-{i}")}>
                                    <th scope="row">
                                        { tier.name.clone() }
                                        <span class="tier__coverage">{ coverage_label(tier.coverage) }</span>
                                        { tier_why(report, i, &tier.name) }
                                    </th>
                                    { num_cell(number(tier.customers, 0)) }
                                    { num_cell(money_compact(tier.arr, currency)) }
                                    <td class="num">
                                        { fixed(tier.hours_per_customer.total(), 1) }
                                        if let Some(split) = first_year_split(tier) {
                                            <span class="tier__coverage">{ split }</span>
                                        }
                                    </td>
                                    { num_cell(number(tier.hours.total(), 0)) }
                                    { num_cell(per_csm) }
                                    { num_cell(fixed(tier.fte.total(), 2)) }
                                    { num_cell(money_compact(tier.cost, currency)) }
                                </tr>
                            }
                        }) }
                    </tbody>
                    <tfoot>
                        { for parts(totals).into_iter().map(|part| html! {
                            <tr class="tiers__part" id={part.id}>
                                <th scope="row">
                                    { part.label }
                                    if let Some(detail) = part.detail {
                                        <span class="tier__coverage">{ detail }</span>
                                    }
                                    if part.id == "tier-part-managers" {
                                        { why("totals.managers") }
                                    }
                                </th>
                                <td></td>
                                <td></td>
                                <td></td>
                                <td></td>
                                <td></td>
                                { num_cell(part.fte.map(|f| fixed(f, 2)).unwrap_or_default()) }
                                { num_cell(money_compact(part.cost, currency)) }
                            </tr>
                        }) }
                        <tr class="tiers__total" id="tier-total">
                            <th scope="row">
                                { "Total" }
                                <span class="tier__coverage">{ "whole people" }</span>
                            </th>
                            { num_cell(number(totals.customers, 0)) }
                            { num_cell(money_compact(totals.arr, currency)) }
                            <td></td>
                            { num_cell(number(totals.hours.total(), 0)) }
                            <td></td>
                            { num_cell(fixed(f64::from(totals.headcount), 2)) }
                            { num_cell(money_compact(totals.cost, currency)) }
                        </tr>
                    </tfoot>
                </table>
            </div>
            if !shared_work.is_empty() {
                <p class="tiers__note" id="tier-table-note">
                    { format!("{} FTE and cost include them; customers per CSM counts CSM hours only.", shared_work.join(" ")) }
                </p>
            }

            if plan.guardrails.is_empty() {
                <p class="guardrails guardrails--ok" id="guardrails">{ format!("{}.", guardrail_words(&plan.guardrails)) }</p>
            } else {
                <div class="guardrails" id="guardrails">
                    <h3>{ guardrail_words(&plan.guardrails) }</h3>
                    { for crate::model::grouped(&plan.guardrails).into_iter().map(|(concern, rails)| html! {
                        <>
                            <h4 class="guardrails__group">{ concern.title() }</h4>
                            <ul>
                                { for rails.into_iter().map(|g| html! { <li>{ g.message.clone() }</li> }) }
                            </ul>
                        </>
                    }) }
                </div>
            }
        </section>
    }
}
