//! The range analysis follows the plan once typing pauses, off the
//! keystroke path: the point plan redraws on every keystroke, the samples
//! are drawn after [`ANALYSIS_PAUSE_MS`].

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::model::uncertainty::stored_analysis;
use crate::model::uncertainty::Analysis;
use crate::model::Scenario;
use crate::state::ranges::ANALYSIS_PAUSE_MS;

/// The latest range analysis: the scenario it was run on and its answer
/// (`None`: that scenario has no range to sample).
#[derive(Clone, PartialEq)]
pub struct RangeRun {
    /// The scenario sampled.
    pub scenario: Rc<Scenario>,
    /// Its analysis.
    pub analysis: Option<Rc<Analysis>>,
}

/// The range analysis of `scenario` and whether it is being redone (the
/// one shown is of an earlier scenario, kept on screen until the new one
/// is ready). A scenario without ranges clears it at once; the first
/// analysis of the page runs at once too.
#[hook]
pub fn use_range_analysis(scenario: Rc<Scenario>) -> (Option<Rc<Analysis>>, bool) {
    let run = use_state(|| None::<RangeRun>);
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    {
        let run = run.clone();
        use_effect_with(scenario.clone(), move |scenario| {
            timer.borrow_mut().take();
            if scenario.uncertainty.is_empty() {
                if run.as_ref().is_some_and(|r| r.analysis.is_some()) || run.is_none() {
                    run.set(Some(RangeRun {
                        scenario: scenario.clone(),
                        analysis: None,
                    }));
                }
                return;
            }
            let first = run.as_ref().is_none_or(|r| r.analysis.is_none());
            let scenario = scenario.clone();
            let go = move || {
                let analysis = stored_analysis(&scenario).map(Rc::new);
                run.set(Some(RangeRun { scenario, analysis }));
            };
            *timer.borrow_mut() = Some(Timeout::new(if first { 0 } else { ANALYSIS_PAUSE_MS }, go));
        });
    }
    match &*run {
        Some(r) => (
            r.analysis.clone(),
            r.analysis.is_some() && !Rc::ptr_eq(&r.scenario, &scenario) && *r.scenario != *scenario,
        ),
        None => (None, !scenario.uncertainty.is_empty()),
    }
}
