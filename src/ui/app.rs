//! The application shell: opens the scenario from the address, keeps the
//! workspace in state, and writes every good change back to the address and
//! to this device's last good scenario.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::browser::{self, LAST_GOOD_KEY};
use super::capacity_card::CapacityCard;
use super::charts::Charts;
use super::link_notice::LinkNoticeView;
use super::results::Results;
use super::toolbar::Toolbar;
use super::url::{self, Write};
use crate::link;
use crate::model::{report, Scenario};
use crate::state::opening::{open, Opening};
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
    let report = use_memo(workspace.scenario().clone(), report);
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);

    // The address and this device's last good scenario follow every change.
    {
        let workspace = workspace.clone();
        let timer = timer.clone();
        let trusted = opened.trusted;
        use_effect_with(workspace.revision(), move |revision| {
            let query = link::encode(workspace.scenario());
            match workspace.address_update() {
                AddressUpdate::Replace => {
                    *timer.borrow_mut() = Some(Timeout::new(ADDRESS_DEBOUNCE_MS, move || {
                        url::write_query(&query, Write::Replace)
                    }));
                }
                AddressUpdate::Push => {
                    timer.borrow_mut().take();
                    url::write_query(&query, Write::Push);
                }
                AddressUpdate::None => {}
            }
            if trusted || *revision > 0 {
                browser::save(LAST_GOOD_KEY, &link::to_file_json(workspace.scenario()));
            }
        });
    }

    // Back and Forward bring the scenario of that address back.
    {
        let dispatcher = workspace.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                if let Ok(decoded) = link::decode(&url::current_query()) {
                    dispatcher.dispatch(WorkspaceAction::Load(decoded.scenario, Origin::History));
                }
            });
            move || drop(listener)
        });
    }

    // Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes.
    {
        let dispatcher = workspace.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::document(), "keydown", move |event| {
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
            });
            move || drop(listener)
        });
    }

    let dispatch = {
        let dispatcher = workspace.dispatcher();
        Callback::from(move |action: WorkspaceAction| dispatcher.dispatch(action))
    };
    let on_capacity = dispatch.reform(|action| match action {
        crate::state::capacity_form::CapacityAction::Edit(field, text) => {
            WorkspaceAction::EditCapacity(field, text)
        }
        crate::state::capacity_form::CapacityAction::Load(team) => WorkspaceAction::Load(
            Scenario {
                team,
                ..Scenario::default()
            },
            Origin::Reset,
        ),
    });
    let on_notice_choice = {
        let notice = notice.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |choice: Option<Scenario>| {
            if let Some(scenario) = choice {
                dispatch.emit(WorkspaceAction::Load(scenario, Origin::Restore));
            }
            notice.set(None);
        })
    };

    html! {
        <>
            <header class="masthead">
                <div>
                    <h1>{ "tierplan" }</h1>
                    <p>{ "How many Customer Success Managers each tier needs." }</p>
                </div>
                <Toolbar
                    scenario={workspace.scenario().clone()}
                    can_undo={workspace.can_undo()}
                    can_redo={workspace.can_redo()}
                    on_action={dispatch.clone()}
                />
            </header>
            if let Some(current) = (*notice).clone() {
                <LinkNoticeView notice={current} on_choice={on_notice_choice} />
            }
            <main class="layout">
                <div class="layout__inputs">
                    <CapacityCard form={workspace.capacity().clone()} on_action={on_capacity} />
                </div>
                <div class="layout__results">
                    <Results report={report.clone()} />
                    <Charts report={report.clone()} team={workspace.scenario().team.clone()} />
                </div>
            </main>
            <footer class="colophon">
                <p>{ "Runs entirely in your browser: nothing you type leaves this page. The plan lives in the address, so a link shares it." }</p>
            </footer>
        </>
    }
}
