//! What a printed plan says about its inputs (the editors are not printed):
//! the team's time, the roles' costs, growth and hiring, the guardrails, and
//! the link that reopens the plan. Shown on paper only.

use std::rc::Rc;

use yew::prelude::*;

use super::format::{money, number, percent};
use super::url;
use crate::model::{Role, Scenario};

/// Properties of [`PrintSummary`].
#[derive(Properties, PartialEq)]
pub struct PrintSummaryProps {
    /// The scenario printed.
    pub scenario: Rc<Scenario>,
    /// The plan over time (its calendar and hiring inputs are printed).
    pub over_time: Rc<crate::model::fiscal_view::FiscalView>,
    /// Every scenario of the plan (the scenario alone when `None`): what
    /// the printed link reopens.
    #[prop_or_default]
    pub lineup: Option<crate::state::lineup::Lineup>,
}

/// A compact summary of the inputs, for the printed report.
#[function_component(PrintSummary)]
pub fn print_summary(props: &PrintSummaryProps) -> Html {
    // The link is written when the browser is about to print (Ctrl+P,
    // window.print()), not on every keystroke. The listener is added once and
    // reads the scenario shown last.
    let link = use_state(String::new);
    let latest = use_mut_ref(|| (props.scenario.clone(), props.lineup.clone()));
    *latest.borrow_mut() = (props.scenario.clone(), props.lineup.clone());
    {
        let link = link.clone();
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new(
                &gloo::utils::window(),
                "beforeprint",
                move |_| {
                    let (scenario, lineup) = latest.borrow().clone();
                    let query = lineup.map_or_else(
                        || crate::link::encode(&scenario),
                        |l| crate::state::lineup_link::encode(&l),
                    );
                    link.set(url::share_address(&query));
                },
            );
            move || drop(listener)
        });
    }
    let s = &props.scenario;
    let cur = s.currency.as_str();
    let team = &s.team;
    let costs: Vec<String> = Role::PEOPLE
        .iter()
        .map(|role| format!("{} {}", role.label(), money(s.roles.per_fte(*role), cur)))
        .collect();
    let (budget_words, years_words) =
        crate::export::fiscal::budget_and_years_words(&props.over_time, cur);
    html! {
        <section class="print-only print-summary" aria-hidden="true">
            <h2>{ if s.name.is_empty() { "Customer Success headcount plan".to_string() } else { s.name.clone() } }</h2>
            <dl>
                if let Some(note) = crate::model::base::imported_note(s) {
                    <dt>{ "Customers" }</dt>
                    <dd id="print-base">{ note }</dd>
                }
                <dt>{ "A CSM's time" }</dt>
                <dd>{ format!(
                    "{} h/week × {} weeks; {} reactive{}, {} collateral, {} overhead → {} proactive hours a year",
                    number(team.hours_per_week, 1),
                    number(team.working_weeks_per_year, 1),
                    percent(team.reactive_pct),
                    if team.reactive_bottom_up { " (modelled as triggers instead)" } else { "" },
                    percent(team.collateral_pct),
                    percent(team.overhead_pct),
                    number(team.proactive_hours_per_year(), 0),
                ) }</dd>
                <dt>{ "Yearly cost per person" }</dt>
                <dd id="print-costs">{ format!(
                    "{}; a manager per {} people beyond the {} the CS leader manages, {}{}",
                    costs.join(", "),
                    number(s.managers.span, 1),
                    number(s.managers.leader_reports, 1),
                    money(s.managers.cost, cur),
                    if s.roles.automation > 0.0 {
                        format!("; automation platform {} a year", money(s.roles.automation, cur))
                    } else {
                        String::new()
                    },
                ) }</dd>
                <dt>{ "Growth and hiring" }</dt>
                <dd>{ format!(
                    "{} months ahead; hiring takes {} months, new hires ramp over {} months; {} of the team leaves a year",
                    s.growth.horizon_months,
                    s.growth.lead_months,
                    s.growth.ramp_months,
                    percent(s.growth.attrition_pct),
                ) }</dd>
                <dt>{ "Over time" }</dt>
                <dd id="print-over-time">{ format!("Starts {}. {budget_words}. {years_words}. {}.",
                    props.over_time.calendar.start.label(),
                    crate::export::fiscal::coverage_short(&props.over_time, cur)) }</dd>
                <dt>{ "Guardrails" }</dt>
                <dd>{ format!(
                    "at least {} ARR per CSM; CS cost at most {} of ARR",
                    money(s.economics.target_arr_per_csm, cur),
                    percent(s.economics.max_cost_pct),
                ) }</dd>
                if !s.uncertainty.is_empty() {
                    <dt>{ "Ranges (90% intervals)" }</dt>
                    <dd id="print-ranges">{ crate::export::ranges::ranges_entered(s) }</dd>
                }
                <dt>{ "Open this plan" }</dt>
                <dd class="print-summary__link" id="print-link">{ (*link).clone() }</dd>
            </dl>
        </section>
    }
}
