//! Plan backward: "I have N people: who can they serve, and where must the
//! cut-offs sit?" The budget inputs and the engine's answer.

use yew::prelude::*;

use super::announce::Announce;
use super::format::number;
use super::markup::{head_row, num_cell};
use super::number_input::NumberInput;
use crate::model::backward::{
    limited_by, CutoffStatus, CAPACITY_CAPTION, CAPACITY_COLUMNS, CUTOFFS_HEADING, CUTS_HEADING,
    TITLE,
};
use crate::model::coverage_words::{budget_coverage_words, UNCOVERED};
use crate::model::fiscal::YearMonth;
use crate::model::inputs::Input;
use crate::model::{Report, Role};
use crate::state::workspace::{Workspace, WorkspaceAction};

/// The headcount you can afford, and what it can serve: the budget inputs
/// of `workspace` and the engine's answer in `report`, with `stale` above
/// the verdict: the marker saying the answer is the last valid plan's (empty
/// when it is current), and, with a budget, the ARR whose touch model the
/// affordable team leaves uncovered (`today` starts a plan that has none).
/// Every sentence is the engine's, drawn as it is: the verdict, the
/// cut-offs, the advice and the cuts of hours come from one result and
/// cannot disagree. (A plain function,
/// not a component: it keeps no state, and it is drawn again whenever the
/// workspace changes in any case.)
pub fn plan_backward(
    workspace: &UseReducerHandle<Workspace>,
    report: &Report,
    stale: Html,
    today: YearMonth,
) -> Html {
    let answer = &report.backward;
    let coverage = budget_coverage_words(workspace.scenario(), today);
    let budget_input = |role: Role| {
        let input = Input::Budget(Some(role));
        let dispatcher = workspace.dispatcher();
        html! {
            <NumberInput
                id={format!("budget-{}", role.key())}
                label={format!("{}s", role.label())}
                unit="people"
                text={workspace.text(input)}
                error={workspace.error(&input.path()).map(AttrValue::from)}
                on_input={Callback::from(move |text| dispatcher.dispatch(WorkspaceAction::EditNumber(input, text)))}
            />
        }
    };
    let verdict = answer.verdict.clone();
    let [tier_column, columns @ ..] = CAPACITY_COLUMNS;
    html! {
        <section class="card backward" aria-labelledby="backward-title" id="plan-backward">
            <h2 id="backward-title">{ TITLE }</h2>
            <p class="card__lead">
                { "Enter the headcount you can afford. tierplan says how many customers each tier \
                   can hold with today's touch models, and where the tier cut-offs must sit so that \
                   the work fits the team." }
            </p>
            <fieldset class="inputs inputs--row">
                <legend>{ "People you can afford" }</legend>
                { for Role::PEOPLE.into_iter().map(budget_input) }
            </fieldset>
            if let Some(note) = &answer.note {
                <p class="backward__note" id="backward-note">{ note.clone() }</p>
            }
            { stale }
            <p class={classes!("verdict", if answer.fits_now { "verdict--ok" } else { "verdict--short" })} id="backward-verdict">
                { verdict.clone() }
            </p>
            if let Some(managers) = &answer.managers {
                <p class="backward__managers" id="backward-managers">{ managers.clone() }</p>
            }
            <Announce id="backward-announcement" text={verdict} />
            if let Some(lines) = coverage {
                <h3 id="backward-coverage-title">{ UNCOVERED }</h3>
                { for lines.into_iter().enumerate().map(|(i, line)| html! {
                    <p class="backward__coverage" id={if i == 0 { "backward-coverage" } else { "backward-coverage-first" }}>{ line }</p>
                }) }
            }
            <div class="table-wrap" role="region" aria-labelledby="capacity-caption" tabindex="0">
                <table class="tiers">
                    <caption id="capacity-caption">{ CAPACITY_CAPTION }</caption>
                    <thead>
                        { head_row(tier_column, &columns) }
                    </thead>
                    <tbody>
                        { for answer.tiers.iter().enumerate().map(|(i, tier)| html! {
                            <tr id={format!("capacity-row-{i}")}>
                                <th scope="row">{ tier.name.clone() }</th>
                                { num_cell(number(tier.customers_now, 0)) }
                                { num_cell(tier.with_mix.map(|v| number(v.floor(), 0)).unwrap_or_else(|| "no limit".into())) }
                                <td class="num">
                                    { tier.alone.map(|v| number(v.floor(), 0)).unwrap_or_else(|| "no limit".into()) }
                                    <span class="tier__coverage">{ limited_by(tier.alone_limited_by) }</span>
                                </td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if !answer.cutoffs.is_empty() {
                <h3>{ CUTOFFS_HEADING }</h3>
                <ul class="cutoffs">
                { for answer.cutoffs.iter().map(|cutoff| html! {
                    <li id={format!("cutoff-{}", cutoff.upper)}
                        class={match cutoff.status {
                            CutoffStatus::Found => "cutoff cutoff--found",
                            CutoffStatus::AllFit => "cutoff cutoff--fit",
                            CutoffStatus::NoneFits => "cutoff cutoff--none",
                        }}>
                        { cutoff.message.clone() }
                    </li>
                    }) }
                </ul>
            }
            if let Some(advice) = &answer.advice {
                <p class="cutoffs__advice" id="cutoff-advice">{ advice.clone() }</p>
            }
            if !answer.hour_cuts.is_empty() {
                <h3>{ CUTS_HEADING }</h3>
                <ul class="hour-cuts" id="hour-cuts">
                    { for answer.hour_cuts.iter().map(|cut| html! {
                        <li id={format!("hour-cut-{}", cut.tier)}>{ cut.message.clone() }</li>
                    }) }
                </ul>
            }
        </section>
    }
}
