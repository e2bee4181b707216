//! The application shell: opens the scenario from the address, keeps the
//! workspace in state, and writes every good change back to the address and
//! to this device's last good scenario. What it keeps in step with the
//! browser (the address, history, keys, dropped files, paint marks) is in
//! the named hooks of [`super::hooks`]; this file is the page's wiring.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::accounts::AccountsSection;
use super::announce::Announce;
use super::backward::plan_backward;
use super::browser::{self, LAST_GOOD_KEY};
use super::capacity_card::{CapacityCard, CapacityCardProps};
use super::charts::Charts;
use super::comparison::ComparisonView;
use super::editors::{
    Actions, GrowthEditor, GrowthEditorProps, GuardrailsEditor, GuardrailsEditorProps,
    OverTimeEditor, OverTimeEditorProps, RolesEditor, RolesEditorProps, TiersEditor,
    TiersEditorProps, TouchModelEditor, TouchModelEditorProps,
};
use super::embed::EmbedView;
use super::glance::Glance;
use super::hooks::{
    use_address_sync, use_comparison, use_direction, use_file_drop, use_focus_after_redraw,
    use_history_load, use_open_file, use_paint_marks, use_range_analysis, use_settled,
    use_undo_keys,
};
use super::how_sure::{self, HowSure};
use super::link_notice::{link_notice, stand_in_marker};
use super::over_time::{current_month, OverTimeResults};
use super::print_summary::PrintSummary;
use super::recent;
use super::results::results;
use super::scenario_bar::ScenarioBar;
use super::stale::{self, fixes, focus_field};
use super::toolbar::Toolbar;
use super::url;
use crate::model::inputs::Input;
use crate::model::report;
use crate::state::compare_view::field_for;
use crate::state::lineup::{Lineup, LineupAction};
use crate::state::lineup_link::{self, DifferenceMode, MODE_KEY};
use crate::state::opening::{open, Opening};
use crate::state::page_order::PageOrder;
use crate::state::workspace::{Origin, Workspace, WorkspaceAction};

impl Reducible for Workspace {
    type Action = WorkspaceAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

fn opening() -> Opening {
    let query = url::current_query();
    open(
        &query,
        &url::address_for(&query),
        browser::load(LAST_GOOD_KEY).as_deref(),
    )
}

/// The whole calculator page.
#[function_component(App)]
pub fn app() -> Html {
    let opened = use_memo((), |_| opening());
    let today = *use_memo((), |_| current_month());
    let from_link = *use_memo((), |_| {
        !url::current_query().trim_start_matches('?').is_empty()
    });
    let page_order = *use_memo((), move |_| {
        PageOrder::of(
            from_link,
            gloo::utils::window()
                .inner_width()
                .ok()
                .and_then(|w| w.as_f64())
                .unwrap_or(0.0),
        )
    });
    // Every scenario the address holds (a damaged alternative is dropped,
    // and said, by the opening's notice), and the one edited; an embed
    // shows the base.
    let workspace = {
        let lineup = opened.lineup.clone();
        use_reducer(move || {
            Workspace::with_all(lineup.to_vec(), lineup.on()).with_today(today.iso())
        })
    };
    let notice = {
        let first = opened.notice.clone();
        use_state(move || first)
    };
    let report = use_memo(workspace.shared_scenario(), |scenario| report(scenario));
    // The plan over time is below the fold: it follows once typing pauses.
    let settled = use_settled(workspace.shared_scenario(), workspace.is_typing());
    let over_time = use_memo((settled.clone(), today), |(s, today)| {
        crate::model::fiscal_view::fiscal_view(s, *today)
    });
    // Each scenario's figures are kept; only the edited one's come anew.
    let comparison = use_comparison(&workspace, &report, today);
    let mode = use_state(|| DifferenceMode::from_param(url::page_param(MODE_KEY).as_deref()));
    // Callbacks made once, so the components they go to are not redrawn
    // for a new callback on every keystroke.
    let on_mode = {
        let mode = mode.clone();
        use_callback((), move |to: DifferenceMode, _| {
            url::set_page_param(MODE_KEY, to.param());
            mode.set(to);
        })
    };
    let embedded = *use_memo((), |_| url::page_param("embed").is_some_and(|v| v != "0"));
    // Sampled once typing pauses, off the keystroke path.
    let (ranges, ranges_pending) = use_range_analysis(workspace.shared_scenario());
    // The plans this device had before: the one the opened link replaced
    // is set aside first, good link or bad, so no link loses a plan.
    let recent_plans = {
        let opened = opened.clone();
        use_state(move || {
            Rc::new(match &opened.before {
                Some(before) if !embedded => recent::keep(before, &opened.lineup),
                _ => recent::load(),
            })
        })
    };
    let (backward, set_direction) = use_direction();
    // A link of the stale marker: a budget field is only on the page when
    // planning backward, so it switches there first.
    let on_fix = {
        let set_direction = set_direction.clone();
        use_callback(backward, move |input: Input, is_backward| {
            if matches!(input, Input::Budget(_)) && !*is_backward {
                set_direction.emit(true);
                focus_field(input);
            } else {
                focus_field(input);
            }
        })
    };
    use_address_sync(&workspace, opened.trusted, embedded, &recent_plans);
    // The first render draws the plan, its charts and the first input
    // section; the other input sections (most of the page's elements) are
    // built right after that first frame is painted.
    let complete = use_paint_marks();
    use_history_load(workspace.dispatcher());
    use_undo_keys(workspace.dispatcher());
    use_focus_after_redraw();

    let dispatch = {
        let dispatcher = workspace.dispatcher();
        use_callback((), move |action: WorkspaceAction, _| {
            dispatcher.dispatch(action)
        })
    };
    let (on_file, file_error) = use_open_file(workspace.dispatcher(), &notice);
    // A scenario file dropped anywhere on the page opens like a picked one.
    use_file_drop(&on_file);

    let on_notice_choice = {
        let notice = notice.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |choice: Option<Lineup>| {
            if let Some(plan) = choice {
                dispatch.emit(WorkspaceAction::LoadAll(
                    plan.to_vec(),
                    plan.on(),
                    Origin::Restore,
                ));
            }
            notice.set(None);
        })
    };

    // A differing input leads to its field in that alternative.
    // The scenarios as they are when a difference is picked.
    let latest_lineup = use_mut_ref(|| workspace.lineup().clone());
    *latest_lineup.borrow_mut() = workspace.lineup().clone();
    let on_differs = {
        let dispatch = dispatch.clone();
        use_callback((), move |(alt, path): (usize, String), _| {
            dispatch.emit(WorkspaceAction::Lineup(LineupAction::Choose(alt)));
            let field = latest_lineup
                .borrow()
                .scenarios()
                .get(alt)
                .and_then(|s| field_for(s, &path));
            if let Some(input) = field {
                focus_field(input);
            }
        })
    };
    let names = Rc::new(
        (0..workspace.lineup().len())
            .map(|i| workspace.lineup().name(i))
            .collect::<Vec<_>>(),
    );
    let lineup_message = workspace.message().map(AttrValue::from);

    if embedded {
        let name = workspace.scenario().name.clone();
        let full = url::share_address(&lineup_link::encode(workspace.lineup()));
        return html! {
            <>
                <EmbedView report={report.clone()} name={name} full_address={full}
                    ranges={ranges.as_ref().map(|a| AttrValue::from(a.headline.clone()))} />
                if let Some((comparison, _)) = &comparison {
                    { super::comparison::compact(comparison) }
                }
            </>
        };
    }

    // The fields whose text was not accepted: while there are any, the
    // figures are the last valid plan's, and say so.
    let fixes = Rc::new(fixes(&workspace));
    // The first tab stops: past the toolbar and every input to the plan, or
    // past the toolbar to the inputs.
    let plan_heading = if backward {
        "#backward-title"
    } else {
        "#results-title"
    };
    let skip = |selector: &'static str| {
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            skip_to(selector);
        })
    };
    let accounts = html! {
        <>
        if complete {
            // Full width: the review table needs the room.
            <div class="layout__wide">
                <AccountsSection workspace={workspace.clone()} />
            </div>
        }
        </>
    };
    let inputs = html! {
        <div class="layout__inputs">
            // Each section is given what it draws, and redraws only
            // when that changes.
            <TiersEditor ..TiersEditorProps::of(&workspace) />
            if complete {
                <TouchModelEditor ..TouchModelEditorProps::of(&workspace) />
                <CapacityCard ..CapacityCardProps::of(&workspace) />
                <RolesEditor ..RolesEditorProps::of(&workspace) />
                <GrowthEditor ..GrowthEditorProps::of(&workspace) />
                <OverTimeEditor ..OverTimeEditorProps { over_time: crate::state::over_time_form::OverTime::of(workspace.scenario()), shown_start: today.label().into(), currency: workspace.scenario().currency.clone().into(), hires_needed: !over_time.hires.is_empty(), actions: Actions::of(&workspace) } />
                <GuardrailsEditor ..GuardrailsEditorProps::of(&workspace) />
            }
        </div>
    };
    let plan = html! {
        <div class="layout__results">
            <div class="direction" role="group" aria-label="Plan direction">
                <button type="button" id="plan-forward-switch" class="direction__option"
                    aria-pressed={(!backward).to_string()}
                    onclick={set_direction.reform(|_| false)}>
                    { "How many people do I need?" }
                </button>
                <button type="button" id="plan-backward-switch" class="direction__option"
                    aria-pressed={backward.to_string()}
                    onclick={set_direction.reform(|_| true)}>
                    { "I have N people: who can they serve?" }
                </button>
            </div>
            // Said once, politely, from here only (the markers
            // themselves are not live regions).
            <Announce id="stale-announcement" text={stale::sentence(&fixes)} />
            if backward {
                { plan_backward(&workspace, &report, stale::marker("backward-stale", &fixes, &on_fix), today) }
                { how_sure::held(ranges.as_deref()) }
            }
            { results(&report, html! {
                <>
                    { stale::marker("results-stale", &fixes, &on_fix) }
                    { stand_in_marker(workspace.scenario(), &on_fix) }
                </>
            }) }
            <HowSure analysis={ranges.clone()} pending={ranges_pending} currency={report.plan.currency.clone()} />
            <Charts report={report.clone()} team={workspace.scenario().team.clone()}
                calendar={Some(over_time.calendar)} ranges={ranges.clone()} />
            <OverTimeResults view={over_time.clone()} scenario={settled} {from_link} />
        </div>
    };
    html! {
        <>
            <div class="skip-links">
                <a class="skip-link" id="skip-to-plan" href={plan_heading} onclick={skip(plan_heading)}>{ "Skip to the plan" }</a>
                <a class="skip-link" id="skip-to-inputs" href="#main" onclick={skip(".layout__inputs h2")}>{ "Skip to the inputs" }</a>
            </div>
            <header class="masthead">
                <div>
                    <h1>{ "tierplan" }</h1>
                    <p>{ "How many Customer Success Managers each tier needs." }</p>
                </div>
                <Toolbar
                    scenario={workspace.shared_scenario()}
                    report={report.clone()}
                    {today}
                    on_file={on_file}
                    file_error={file_error}
                    can_undo={workspace.can_undo()}
                    can_redo={workspace.can_redo()}
                    on_action={dispatch.clone()}
                    recent={(*recent_plans).clone()}
                    lineup={workspace.lineup().clone()}
                    comparison={comparison.as_ref().map(|(c, _)| c.clone())}
                />
            </header>
            if let Some(current) = &*notice {
                { link_notice(current, &on_notice_choice) }
            }
            <PrintSummary scenario={workspace.shared_scenario()} over_time={over_time.clone()}
                lineup={workspace.lineup().clone()} />
            <ScenarioBar names={names} on={workspace.lineup().on()} message={lineup_message}
                on_action={dispatch.clone()} />
            if let Some((comparison, figures)) = &comparison {
                <ComparisonView comparison={comparison.clone()} figures={figures.clone()} on={workspace.lineup().on()}
                    mode={*mode} on_mode={on_mode} backward={backward} on_field={on_differs} />
            }
            <main class="layout" id="main">
                // A link opened on a phone starts with its plan.
                if page_order == PageOrder::PlanFirst {
                    { plan }
                    { accounts }
                    { inputs }
                } else {
                    { accounts }
                    { inputs }
                    { plan }
                }
            </main>
            <Glance report={report.clone()} fixes={fixes} on_fix={on_fix} />
            <footer class="colophon">
                <p>{ "Runs entirely in your browser: nothing you type leaves this page. The plan lives in the address, so a link shares it." }</p>
                <details class="sources" id="sources">
                    <summary>{ "Where the preset numbers come from" }</summary>
                    <dl>
                        { for crate::model::presets().into_iter().map(|p| html! {
                            <>
                                <dt>{ p.name }</dt>
                                <dd>{ p.description }<br />{ format!("Sources: {}", p.source) }</dd>
                            </>
                        }) }
                    </dl>
                </details>
            </footer>
        </>
    }
}

/// Moves the keyboard focus to the first element matching `selector` (a
/// heading: made focusable by script only, so Tab never stops on it), which
/// the browser scrolls into view. The address is left alone: the plan lives
/// in it, and a fragment would add a history step.
fn skip_to(selector: &str) {
    let target = gloo::utils::document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(target) = target {
        if !target.has_attribute("tabindex") {
            let _ = target.set_attribute("tabindex", "-1");
        }
        let _ = target.focus();
    }
}
