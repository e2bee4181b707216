//! The scenario as it was when typing last paused, for the parts of the
//! page that follow the plan below the fold (the plan over time): a
//! keystroke redraws the headline figures, their table and charts at
//! once, and these once typing pauses, so each keystroke stays short.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::model::Scenario;
use crate::state::compare_view::REFRESH_PAUSE_MS;

/// `scenario` when the last change was not a keystroke (`typing` false);
/// while typing, the scenario of the last pause, until typing has paused
/// for [`REFRESH_PAUSE_MS`], when the page redraws with the latest one.
#[hook]
pub fn use_settled(scenario: Rc<Scenario>, typing: bool) -> Rc<Scenario> {
    let settled = use_mut_ref(|| Rc::clone(&scenario));
    let timer = use_mut_ref(|| None::<Timeout>);
    let redraw = use_force_update();
    let current = Rc::clone(&*settled.borrow());
    if Rc::ptr_eq(&current, &scenario) {
        return current;
    }
    if !typing {
        timer.borrow_mut().take();
        *settled.borrow_mut() = Rc::clone(&scenario);
        return scenario;
    }
    // A keystroke: the last pause's scenario for now, the latest once
    // typing pauses (each keystroke starts the wait again).
    *timer.borrow_mut() = Some(Timeout::new(REFRESH_PAUSE_MS, move || {
        *settled.borrow_mut() = scenario;
        redraw.force_update();
    }));
    current
}
