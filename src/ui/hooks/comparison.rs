//! The comparison of the plan's scenarios, kept in step with the
//! workspace: each scenario's figures are kept and only the edited one's
//! come anew (from the report the page already has); a keystroke in the
//! edited scenario reaches the comparison once typing pauses, every other
//! change at once ([`crate::state::compare_view::refresh`]).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::model::compare::{Comparison, ScenarioFigures};
use crate::model::fiscal::YearMonth;
use crate::model::Report;
use crate::state::compare_view::{
    comparison_of, first_refresh, refresh, Refresh, REFRESH_PAUSE_MS,
};
use crate::state::lineup::{KeptFigures, Lineup};
use crate::state::workspace::Workspace;

/// The comparison shown and each scenario's figures (for the charts);
/// `None` with a single scenario.
pub type Shown = Option<(Rc<Comparison>, Rc<Vec<Rc<ScenarioFigures>>>)>;

fn build(kept: &RefCell<KeptFigures>, lineup: &Lineup, report: &Report, today: YearMonth) -> Shown {
    if !lineup.compares() {
        return None;
    }
    // A scenario chosen again keeps its figures (and its range analysis).
    let current = kept.borrow().get(lineup.current()).unwrap_or_else(|| {
        Rc::new(ScenarioFigures::from_report(
            report,
            lineup.current(),
            today,
        ))
    });
    let (figures, next) =
        kept.borrow()
            .update(lineup.scenarios(), lineup.on(), Some(current), today);
    *kept.borrow_mut() = next;
    comparison_of(&lineup.named(), &figures).map(|c| (Rc::new(c), Rc::new(figures)))
}

/// The comparison of `workspace`'s scenarios, `report` being the edited
/// scenario's and `today` the start of a plan that has none.
#[hook]
pub fn use_comparison(workspace: &Workspace, report: &Rc<Report>, today: YearMonth) -> Shown {
    let kept = use_mut_ref(KeptFigures::default);
    let shown = use_mut_ref(|| None::<Shown>);
    let seen = use_mut_ref(|| (Vec::<usize>::new(), usize::MAX));
    let timer = use_mut_ref(|| None::<Timeout>);
    let redraw = use_force_update();
    let lineup = workspace.lineup();
    let ids: Vec<usize> = lineup
        .scenarios()
        .iter()
        .map(|s| Rc::as_ptr(s) as usize)
        .collect();
    let now = (ids, lineup.on());
    if *seen.borrow() != now {
        let before = std::mem::replace(&mut *seen.borrow_mut(), now.clone());
        let when = if shown.borrow().is_none() {
            first_refresh(lineup.scenarios())
        } else {
            refresh(
                (&before.0, before.1),
                (&now.0, now.1),
                workspace.is_typing(),
            )
        };
        let later = |ms: u32| {
            let (kept, shown) = (kept.clone(), shown.clone());
            let (lineup, report) = (lineup.clone(), report.clone());
            let redraw = redraw.clone();
            Some(Timeout::new(ms, move || {
                *shown.borrow_mut() = Some(build(&kept, &lineup, &report, today));
                redraw.force_update();
            }))
        };
        match when {
            Refresh::Now => {
                timer.borrow_mut().take();
                *shown.borrow_mut() = Some(build(&kept, lineup, report, today));
            }
            Refresh::AfterPause => *timer.borrow_mut() = later(REFRESH_PAUSE_MS),
            // Until then the first comparison is not drawn (`None`).
            Refresh::AfterPaint => *timer.borrow_mut() = later(0),
        }
    }
    let out = shown.borrow().clone().flatten();
    out
}
