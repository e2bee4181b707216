//! The plan at a glance: a bar pinned to the bottom of the window with the
//! headline figures, shown while the results card's own figures are off
//! screen. The page is long (a 6-tier plan's touch models run to several
//! screens, and on a phone every input comes before the results), so
//! without it a person editing a touch could not see what the edit does.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::results::{guardrail_words, Figures};
use super::stale::{marker, Fix};
use crate::model::inputs::Input;
use crate::model::Report;

/// Properties of [`Glance`].
#[derive(Properties, PartialEq)]
pub struct GlanceProps {
    /// The engine's report of the current scenario.
    pub report: Rc<Report>,
    /// The fields whose text was not accepted (the figures are then the
    /// last valid plan's).
    #[prop_or_default]
    pub fixes: Rc<Vec<Fix>>,
    /// Called with the field of a link of the marker.
    #[prop_or_default]
    pub on_fix: Callback<Input>,
}

/// The element whose visibility hides the bar: the results' headline figures.
const WATCHED: &str = ".results .headlines";

/// People, yearly cost, cost as a share of ARR, ARR per CSM and the number
/// of broken guardrails, with a link up to the full results. Hidden (and so
/// out of the accessibility tree) while the headline figures are on screen.
#[function_component(Glance)]
pub fn glance(props: &GlanceProps) -> Html {
    // Until the observer reports, assume the figures are on screen: the
    // results are at the top of a wide page.
    let figures_on_screen = use_state_eq(|| true);
    {
        let figures_on_screen = figures_on_screen.clone();
        use_effect_with((), move |_| {
            let watcher = Watcher::new(move |visible| figures_on_screen.set(visible));
            move || drop(watcher)
        });
    }

    let figures = Figures::of(&props.report);
    let one = props.report.plan.totals.headcount == 1;
    let rails = &props.report.plan.guardrails;
    let figure = |value: String, label: &'static str| {
        html! {
            <li class="glance__figure"><strong>{ value }</strong>{ label }</li>
        }
    };
    html! {
        <aside class={classes!("glance", (!props.fixes.is_empty()).then_some("glance--stale"))}
            id="glance" aria-label="The plan at a glance" hidden={*figures_on_screen}>
            { marker("glance-stale", &props.fixes, &props.on_fix) }
            <ul class="glance__figures">
                { figure(figures.people, if one { " person" } else { " people" }) }
                { figure(figures.cost, " a year") }
                { figure(figures.cost_share.unwrap_or_else(|| "—".into()), " of ARR") }
                { figure(figures.arr_per_csm.unwrap_or_else(|| "—".into()), " ARR per CSM") }
                if !rails.is_empty() {
                    <li class="glance__figure glance__warn">{ guardrail_words(rails) }</li>
                }
            </ul>
            <a class="glance__link" href="#results-title">{ "See the plan" }</a>
        </aside>
    }
}

/// Calls its callback with `true` or `false` whenever [`WATCHED`] comes on or
/// goes off screen, until it is dropped.
struct Watcher {
    observer: web_sys::IntersectionObserver,
    // Held for as long as the observer may call it.
    _callback: Closure<dyn Fn(js_sys::Array)>,
}

impl Watcher {
    /// `None` where the element or `IntersectionObserver` is missing: the bar
    /// then stays hidden.
    fn new(on_change: impl Fn(bool) + 'static) -> Option<Self> {
        let target = gloo::utils::document().query_selector(WATCHED).ok()??;
        let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            // The latest entry tells the current state.
            if let Some(entry) = entries
                .iter()
                .last()
                .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
            {
                on_change(entry.is_intersecting());
            }
        });
        let observer =
            web_sys::IntersectionObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(&target);
        Some(Watcher {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
