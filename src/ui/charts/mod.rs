//! The charts of the plan as inline SVG: the tier pyramid, where a CSM's year
//! goes, headcount month by month, the sensitivity tornado and ARR per CSM
//! against the rules of thumb. Geometry comes from [`crate::chart`]; these
//! components only draw it, label it with the browser's `Intl` and add a data
//! table for each chart.
//!
//! Each chart is a plain function returning its `<figure>`, called by the one
//! [`Charts`] component: five separate Yew components cost 3.5 KB gzip more
//! of WebAssembly (measured), for no gain, since all five redraw together
//! whenever the report changes.
//!
//! The charts are laid out at the width they are shown (measured on mount and
//! on resize), so text stays at its CSS size and 1 px lines stay crisp.

pub mod arr_per_csm;
pub mod compare;
pub(crate) mod frame;
pub mod outlook;
pub mod pyramid;
pub mod timeline;
pub mod tornado;
pub mod year;

use std::rc::Rc;

use yew::prelude::*;

use year::YearChartProps;

pub use arr_per_csm::arr_per_csm_chart;
pub use pyramid::pyramid_chart;
pub use timeline::timeline_chart;
pub use tornado::tornado_chart;
pub use year::year_chart;

use crate::model::{Report, TeamTime};
use crate::ui::hooks::{use_printing, use_width};

/// Width the charts are laid out at before the page has been measured (px).
pub const DEFAULT_WIDTH: f64 = 600.0;

/// Width the charts are laid out at while the page prints (px): one of the
/// two columns of the printed report (style/main.css) on A4 (188 mm, about
/// 350 px a column) and Letter (about 360 px). Drawn at the screen's width
/// (615 px on a laptop) and shrunk into that column, their 11-12 px text came
/// out at 4-5 pt; drawn at this width it prints at about 9 pt, like the text.
pub const PRINT_WIDTH: f64 = 340.0;

/// What every chart is drawn from: the engine's report and the width to lay out at.
pub struct ChartProps {
    /// The engine's report of the current scenario.
    pub report: Rc<Report>,
    /// Width of the drawing (px).
    pub width: f64,
    /// Whether "Show the numbers" is open (its tables are built only then).
    pub numbers: bool,
    /// Told when the person opens or closes "Show the numbers".
    pub on_numbers: Callback<bool>,
}

/// Properties of [`Charts`]: what the charts are drawn from. Compared by
/// value, so the charts redraw only when what they draw changes: a report
/// recomputed to the same figures is not drawn again. (The report holds no
/// NaN, so a report always equals itself.)
#[derive(Properties, PartialEq)]
pub struct ChartsProps {
    /// The engine's report of the current scenario.
    pub report: Rc<Report>,
    /// The team's time, for the split of a CSM's year (the report holds only
    /// the proactive hours it leaves).
    pub team: TeamTime,
    /// The plan's months on the calendar, for the timeline's labels
    /// ("Month 3" without one).
    #[prop_or_default]
    pub calendar: Option<crate::model::fiscal::FiscalCalendar>,
    /// The range analysis, when the plan has ranges: the tornado swings
    /// each range from its low to its high end instead of ±20%, and the
    /// timeline draws its fan.
    #[prop_or_default]
    pub ranges: Option<Rc<crate::model::uncertainty::Analysis>>,
}

/// The charts whose "Show the numbers" is open.
#[derive(Default, PartialEq)]
struct OpenNumbers(std::collections::BTreeSet<&'static str>);

impl Reducible for OpenNumbers {
    type Action = (&'static str, bool);

    fn reduce(self: Rc<Self>, (id, is_open): Self::Action) -> Rc<Self> {
        if self.0.contains(id) == is_open {
            return self;
        }
        let mut next = self.0.clone();
        if is_open {
            next.insert(id);
        } else {
            next.remove(id);
        }
        Rc::new(OpenNumbers(next))
    }
}

/// The charts section: five charts, each with a data table.
#[function_component(Charts)]
pub fn charts(props: &ChartsProps) -> Html {
    let body = use_node_ref();
    let width = use_width(&body, DEFAULT_WIDTH);
    // While the browser prints (Ctrl+P, window.print()) the charts are laid
    // out at the printed column's width, not the screen's.
    let printing = use_printing();
    // Which charts show their numbers: tables are built only for those, so a
    // keystroke does not format hundreds of hidden cells. A reducer, so that
    // several toggles handled before one render each apply to the latest set.
    let open = use_reducer(OpenNumbers::default);
    let numbers = |id: &'static str| open.0.contains(id);
    let on_numbers = |id: &'static str| {
        let open = open.dispatcher();
        Callback::from(move |is_open: bool| open.dispatch((id, is_open)))
    };
    let report = props.report.clone();
    let w = if printing { PRINT_WIDTH } else { width };
    html! {
        <section class="card charts" aria-labelledby="charts-title">
            <h2 id="charts-title">{ "The plan in charts" }</h2>
            <div class="charts__body" ref={body}>
                { pyramid::pyramid_chart(&ChartProps { report: report.clone(), width: w, numbers: numbers("chart-pyramid"), on_numbers: on_numbers("chart-pyramid") }) }
                { year::year_chart(&YearChartProps { report: report.clone(), team: props.team.clone(), width: w, numbers: numbers("chart-time"), on_numbers: on_numbers("chart-time") }) }
                { timeline::timeline_chart(&ChartProps { report: report.clone(), width: w, numbers: numbers("chart-timeline"), on_numbers: on_numbers("chart-timeline") }, props.calendar.as_ref(), props.ranges.as_deref().map(|a| a.fan.as_slice())) }
                { tornado::tornado_chart(&ChartProps { report: report.clone(), width: w, numbers: numbers("chart-tornado"), on_numbers: on_numbers("chart-tornado") }, props.ranges.as_deref().map(|a| a.tornado.as_slice())) }
                { arr_per_csm::arr_per_csm_chart(&ChartProps { report, width: w, numbers: numbers("chart-arr-per-csm"), on_numbers: on_numbers("chart-arr-per-csm") }) }
            </div>
        </section>
    }
}
