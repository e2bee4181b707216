//! The application shell: opens the scenario from the address, keeps the
//! workspace in state, and writes every good change back to the address and
//! to this device's last good scenario.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::accounts::AccountsSection;
use super::announce::Announce;
use super::backward::plan_backward;
use super::browser::{self, LAST_GOOD_KEY};
use super::capacity_card::{CapacityCard, CapacityCardProps};
use super::charts::Charts;
use super::editors::{
    GrowthEditor, GrowthEditorProps, GuardrailsEditor, GuardrailsEditorProps, RolesEditor,
    RolesEditorProps, TiersEditor, TiersEditorProps, TouchModelEditor, TouchModelEditorProps,
};
use super::embed::EmbedView;
use super::glance::Glance;
use super::link_notice::{link_notice, stand_in_marker};
use super::print_summary::PrintSummary;
use super::recent;
use super::results::results;
use super::stale::{self, fixes, focus_field};
use super::toolbar::Toolbar;
use super::url::{self, Write};
use crate::link;
use crate::model::inputs::Input;
use crate::model::{report, Scenario};
use crate::state::opening::{notice_of, open, LinkNotice, Opening};
use crate::state::workspace::{AddressUpdate, Origin, Workspace, WorkspaceAction};

/// How long typing must pause before the address is rewritten (ms).
const ADDRESS_DEBOUNCE_MS: u32 = 250;

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
    let workspace = {
        let scenario = opened.scenario.clone();
        use_reducer(move || Workspace::new(scenario))
    };
    let notice = {
        let first = opened.notice.clone();
        use_state(move || first)
    };
    let report = use_memo(workspace.shared_scenario(), |scenario| report(scenario));
    let embedded = *use_memo((), |_| url::page_param("embed").is_some_and(|v| v != "0"));
    // The plans this device had before: the one the opened link replaced
    // is set aside first, good link or bad, so no link loses a plan.
    let recent_plans = {
        let opened = opened.clone();
        use_state(move || {
            Rc::new(match &opened.before {
                Some(before) if !embedded => recent::keep(before, &opened.scenario),
                _ => recent::load(),
            })
        })
    };
    let backward = use_state(|| url::page_param("view").as_deref() == Some("backward"));
    let set_direction = {
        let backward = backward.clone();
        Callback::from(move |to_backward: bool| {
            backward.set(to_backward);
            url::set_page_param("view", to_backward.then_some("backward"));
        })
    };
    // A link of the stale marker: a budget field is only on the page when
    // planning backward, so it switches there first.
    let on_fix = {
        let backward = backward.clone();
        use_callback(*backward, move |input: Input, is_backward| {
            if matches!(input, Input::Budget(_)) && !*is_backward {
                backward.set(true);
                url::set_page_param("view", Some("backward"));
                Timeout::new(0, move || focus_field(input)).forget();
            } else {
                focus_field(input);
            }
        })
    };
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);

    // The address and this device's last good scenario follow every change.
    {
        let workspace = workspace.clone();
        let timer = timer.clone();
        let trusted = opened.trusted;
        let recent_plans = recent_plans.clone();
        use_effect_with(workspace.revision(), move |revision| {
            // A plan replaced whole (a preset, a file, the defaults, a
            // restored plan) is set aside before the last good plan follows.
            if let Some(previous) = workspace.replaced().filter(|_| !embedded) {
                recent_plans.set(Rc::new(recent::keep(previous, workspace.scenario())));
            }
            match workspace.address_update() {
                AddressUpdate::Replace => {
                    // Encoded when typing pauses, not on every keystroke.
                    let scenario = workspace.shared_scenario();
                    let keep = (trusted || *revision > 0) && !embedded;
                    *timer.borrow_mut() = Some(Timeout::new(ADDRESS_DEBOUNCE_MS, move || {
                        url::write_query(&link::encode(&scenario), Write::Replace);
                        if keep {
                            browser::save(LAST_GOOD_KEY, &link::to_file_json(&scenario));
                        }
                    }));
                }
                AddressUpdate::Push => {
                    timer.borrow_mut().take();
                    url::write_query(&link::encode(workspace.scenario()), Write::Push);
                    if !embedded {
                        browser::save(LAST_GOOD_KEY, &link::to_file_json(workspace.scenario()));
                    }
                }
                AddressUpdate::None => {
                    if trusted && *revision == 0 && !embedded {
                        browser::save(LAST_GOOD_KEY, &link::to_file_json(workspace.scenario()));
                    }
                }
            }
        });
    }

    // The first render draws the plan, its charts and the first input
    // section; the other input sections (most of the page's elements) are
    // built right after that first frame is painted, so the plan shows
    // sooner. Both moments are marked for the browser timing benchmark
    // (tests/bench): `tierplan:first-render`, then `tierplan:complete`.
    let complete = use_state(|| false);
    {
        let complete = complete.clone();
        use_effect_with((), move |_| {
            mark("tierplan:first-render");
            after_next_paint(move || complete.set(true));
        });
    }
    use_effect_with(*complete, |complete| {
        if *complete {
            mark("tierplan:complete");
        }
    });

    // Back and Forward bring the scenario of that address back.
    {
        let dispatcher = workspace.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                if let Ok(decoded) = link::decode(&url::current_query()) {
                    dispatcher.dispatch(WorkspaceAction::Load(
                        Box::new(decoded.scenario),
                        Origin::History,
                    ));
                }
            });
            move || drop(listener)
        });
    }

    // Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes.
    {
        let dispatcher = workspace.dispatcher();
        use_effect_with((), move |_| {
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            let listener = EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                options,
                move |event| {
                    let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if !(key.ctrl_key() || key.meta_key()) {
                        return;
                    }
                    let action = match (key.key().to_ascii_lowercase().as_str(), key.shift_key()) {
                        ("z", false) => WorkspaceAction::Undo,
                        ("z", true) | ("y", false) => WorkspaceAction::Redo,
                        _ => return,
                    };
                    key.prevent_default();
                    dispatcher.dispatch(action);
                },
            );
            move || drop(listener)
        });
    }

    let dispatch = {
        let dispatcher = workspace.dispatcher();
        Callback::from(move |action: WorkspaceAction| dispatcher.dispatch(action))
    };
    let file_error = use_state(|| None::<AttrValue>);
    let on_file = {
        let dispatcher = workspace.dispatcher();
        let file_error = file_error.clone();
        let notice = notice.clone();
        Callback::from(move |file: web_sys::File| {
            let dispatcher = dispatcher.clone();
            let file_error = file_error.clone();
            let notice = notice.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let read = browser::read_text(&file, link::MAX_FILE_LEN)
                    .await
                    .and_then(|text| link::from_file_json(&text).map_err(|e| e.to_string()));
                match read {
                    Ok(decoded) => {
                        // What could not be read and the impossible
                        // numbers are said where a link's would be.
                        let said = !(decoded.warnings.is_empty() && decoded.impossible.is_empty());
                        notice.set(said.then(|| LinkNotice {
                            link: file.name(),
                            ..notice_of(&decoded, link::Carrier::File)
                        }));
                        dispatcher.dispatch(WorkspaceAction::Load(
                            Box::new(decoded.scenario),
                            Origin::File,
                        ));
                        file_error.set(None);
                    }
                    Err(problem) => file_error.set(Some(AttrValue::from(format!(
                        "“{}” was not opened. {problem} Your plan is unchanged.",
                        file.name()
                    )))),
                }
            });
        })
    };

    // A scenario file dropped anywhere on the page opens like a picked one.
    {
        let on_file = on_file.clone();
        use_effect_with((), move |_| {
            let document = gloo::utils::document();
            let over = EventListener::new_with_options(
                &document,
                "dragover",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                |event| event.prevent_default(),
            );
            let drop = EventListener::new_with_options(
                &document,
                "drop",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                move |event| {
                    let Some(drag) = event.dyn_ref::<web_sys::DragEvent>() else {
                        return;
                    };
                    let file = drag
                        .data_transfer()
                        .and_then(|data| data.files())
                        .and_then(|files| files.get(0));
                    if let Some(file) = file {
                        event.prevent_default();
                        on_file.emit(file);
                    }
                },
            );
            move || drop_both(over, drop)
        });
    }

    let on_notice_choice = {
        let notice = notice.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |choice: Option<Scenario>| {
            if let Some(scenario) = choice {
                dispatch.emit(WorkspaceAction::Load(Box::new(scenario), Origin::Restore));
            }
            notice.set(None);
        })
    };

    if embedded {
        let name = workspace.scenario().name.clone();
        let full = url::share_address(&link::encode(workspace.scenario()));
        return html! {
            <EmbedView report={report.clone()} name={name} full_address={full} />
        };
    }

    // The fields whose text was not accepted: while there are any, the
    // figures are the last valid plan's, and say so.
    let fixes = Rc::new(fixes(&workspace));
    // The first tab stops: past the toolbar and every input to the plan, or
    // past the toolbar to the inputs.
    let plan_heading = if *backward {
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
    html! {
        <>
            <div class="skip-links">
                <a class="skip-link" id="skip-to-plan" href={plan_heading} onclick={skip(plan_heading)}>{ "Skip to the plan" }</a>
                <a class="skip-link" id="skip-to-inputs" href="#main" onclick={skip("main h2")}>{ "Skip to the inputs" }</a>
            </div>
            <header class="masthead">
                <div>
                    <h1>{ "tierplan" }</h1>
                    <p>{ "How many Customer Success Managers each tier needs." }</p>
                </div>
                <Toolbar
                    scenario={workspace.shared_scenario()}
                    report={report.clone()}
                    on_file={on_file}
                    file_error={(*file_error).clone()}
                    can_undo={workspace.can_undo()}
                    can_redo={workspace.can_redo()}
                    on_action={dispatch.clone()}
                    recent={(*recent_plans).clone()}
                />
            </header>
            if let Some(current) = &*notice {
                { link_notice(current, &on_notice_choice) }
            }
            <PrintSummary scenario={workspace.shared_scenario()} />
            <main class="layout" id="main">
                if *complete {
                    // Full width: the review table needs the room.
                    <div class="layout__wide">
                        <AccountsSection workspace={workspace.clone()} />
                    </div>
                }
                <div class="layout__inputs">
                    // Each section is given what it draws, and redraws only
                    // when that changes.
                    <TiersEditor ..TiersEditorProps::of(&workspace) />
                    if *complete {
                        <TouchModelEditor ..TouchModelEditorProps::of(&workspace) />
                        <CapacityCard ..CapacityCardProps::of(&workspace) />
                        <RolesEditor ..RolesEditorProps::of(&workspace) />
                        <GrowthEditor ..GrowthEditorProps::of(&workspace) />
                        <GuardrailsEditor ..GuardrailsEditorProps::of(&workspace) />
                    }
                </div>
                <div class="layout__results">
                    <div class="direction" role="group" aria-label="Plan direction">
                        <button type="button" id="plan-forward-switch" class="direction__option"
                            aria-pressed={(!*backward).to_string()}
                            onclick={set_direction.reform(|_| false)}>
                            { "How many people do I need?" }
                        </button>
                        <button type="button" id="plan-backward-switch" class="direction__option"
                            aria-pressed={(*backward).to_string()}
                            onclick={set_direction.reform(|_| true)}>
                            { "I have N people: who can they serve?" }
                        </button>
                    </div>
                    // Said once, politely, from here only (the markers
                    // themselves are not live regions).
                    <Announce id="stale-announcement" text={stale::sentence(&fixes)} />
                    if *backward {
                        { plan_backward(&workspace, &report, stale::marker("backward-stale", &fixes, &on_fix)) }
                    }
                    { results(&report, html! {
                        <>
                            { stale::marker("results-stale", &fixes, &on_fix) }
                            { stand_in_marker(workspace.scenario(), &on_fix) }
                        </>
                    }) }
                    <Charts report={report.clone()} team={workspace.scenario().team.clone()} />
                </div>
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

/// Adds the performance mark `name` (read by tests/bench/ui-timing.mjs).
fn mark(name: &str) {
    if let Some(performance) = gloo::utils::window().performance() {
        let _ = performance.mark(name);
    }
}

/// Calls `then` once the browser has painted the next frame: from a
/// timer started in the frame's animation callback, which runs just before
/// that frame is painted.
fn after_next_paint(then: impl FnOnce() + 'static) {
    let in_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        Timeout::new(0, then).forget();
    });
    let _ = gloo::utils::window().request_animation_frame(in_frame.unchecked_ref());
}

fn drop_both(first: EventListener, second: EventListener) {
    drop(first);
    drop(second);
}
