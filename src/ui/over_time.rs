//! The plan over time, below the results: the hiring list in calendar
//! months, this fiscal year's budget by quarter, the three years ahead and
//! the coverage gap ("ARR whose touch model is not covered").

use std::rc::Rc;

use yew::prelude::*;

use super::charts::outlook::{outlook_figure, words_table};
use crate::export::fiscal::{coverage_words, fiscal_tables, requisition_line, UNCOVERED};
use crate::model::fiscal::YearMonth;
use crate::model::fiscal_view::FiscalView;
use crate::model::Scenario;

/// This month by the browser's clock: the start of a plan without one.
pub fn current_month() -> YearMonth {
    let now = js_sys::Date::new_0();
    YearMonth {
        year: now.get_full_year(),
        month: now.get_month() + 1,
    }
}

/// Properties of [`OverTimeResults`].
#[derive(PartialEq, Properties)]
pub struct OverTimeResultsProps {
    /// The view over time of the plan.
    pub view: Rc<FiscalView>,
    /// The plan (its tier names and currency).
    pub scenario: Rc<Scenario>,
    /// Whether the page was opened from a link (its notice then speaks of
    /// the link).
    pub from_link: bool,
}

/// The "Over time" results.
#[function_component(OverTimeResults)]
pub fn over_time_results(props: &OverTimeResultsProps) -> Html {
    let v = &*props.view;
    let s = &*props.scenario;
    let currency = s.currency.as_str();
    let tables = fiscal_tables(s, v);
    let find = |id: &str| tables.iter().find(|t| t.id == id);
    let notice = v.calendar.start_taken_from_today.then(|| {
        if props.from_link {
            format!(
                "This link has no start month; it starts in {}, the current month. Change anything and the link keeps that month.",
                v.calendar.start.label()
            )
        } else {
            format!(
                "The plan starts in {}, the current month; change anything and its link keeps that month.",
                v.calendar.start.label()
            )
        }
    });
    html! {
        <section class="card over-time" id="over-time" aria-labelledby="over-time-title">
            <h2 id="over-time-title">{ "Over time" }</h2>
            if let Some(notice) = notice {
                <p class="over-time__notice" id="over-time-start-notice">{ notice }</p>
            }
            <h3>{ "Hiring in calendar months" }</h3>
            if v.hires.is_empty() {
                <p id="hiring-months-none">{ "No one to hire within the plan's horizon." }</p>
            } else {
                <ol class="over-time__hires" id="hiring-months">
                    { for v.hires.iter().map(|r| html! {
                        <li>{ requisition_line(r, &v.calendar) }</li>
                    }) }
                </ol>
            }
            <p id="budget-words">{ format!(
                "FY{} costs {} from {} to {}; at year end the team on board costs {} a year (the run rate).",
                v.budget.fiscal_year,
                crate::model::format::money(v.budget.total(), currency),
                v.budget.from.label(),
                v.budget.to.label(),
                crate::model::format::money(v.budget.run_rate, currency),
            ) }</p>
            if let Some(t) = find("budget") {
                { words_table("budget-table", t, currency) }
                <p class="over-time__note">{ "People cost from the month they start; recruiting falls in the start quarter; the run rate is a full year of the team on board at year end." }</p>
            }
            if let Some(t) = find("years") {
                { outlook_figure(&v.outlook, t, currency) }
            }
            <h3 id="coverage-title">{ UNCOVERED }</h3>
            <p id="coverage-gap">{ coverage_words(v, currency) }</p>
            <p class="over-time__note">{ "Not predicted churn: the ARR of customers whose touches the team cannot deliver. It becomes ARR at risk only with a retention difference you enter, with its source." }</p>
        </section>
    }
}
