//! The comparison's charts: people by role and yearly cost per scenario,
//! side by side on one scale, and the people needed month by month with one
//! line per scenario. Geometry from [`crate::chart::compare`]; each chart
//! has its data table.

use std::rc::Rc;

use yew::prelude::*;

use super::frame::{figure, table, Figure};
use super::{DEFAULT_WIDTH, PRINT_WIDTH};
use crate::chart::compare::{bars, lines};
use crate::chart::markup::Markup;
use crate::chart::text::fit;
use crate::chart::{Anchor, Label};
use crate::model::compare::ScenarioFigures;
use crate::model::Role;
use crate::ui::format::{money_compact, number};
use crate::ui::hooks::{use_printing, use_width};

/// Properties of [`ComparisonCharts`].
#[derive(Properties, PartialEq)]
pub struct ComparisonChartsProps {
    /// Each scenario's name, the base first.
    pub names: Rc<Vec<String>>,
    /// Each scenario's kept figures, in the same order.
    pub figures: Rc<Vec<Rc<ScenarioFigures>>>,
    /// The base's currency (the cost chart's amounts).
    pub currency: AttrValue,
}

/// The roles a bar is stacked by, with their swatch classes: the people
/// who serve customers, then their managers.
const ROLE_CLASSES: [&str; 5] = [
    "chart__role-csm",
    "chart__role-associate",
    "chart__role-pooled",
    "chart__role-partner",
    "chart__role-managers",
];

/// The heads of each role of `f`, in [`ROLE_CLASSES`]' order (people).
fn heads(f: &ScenarioFigures) -> Vec<f64> {
    let h = &f.plan.totals.heads;
    Role::PEOPLE
        .iter()
        .map(|r| f64::from(h.get(*r)))
        .chain([f64::from(h.managers)])
        .collect()
}

fn role_labels() -> Vec<String> {
    Role::PEOPLE
        .iter()
        .map(|r| r.label().to_string())
        .chain(["Managers".to_string()])
        .collect()
}

/// The comparison's three charts.
#[function_component(ComparisonCharts)]
pub fn comparison_charts(props: &ComparisonChartsProps) -> Html {
    let body = use_node_ref();
    let measured = use_width(&body, DEFAULT_WIDTH);
    let printing = use_printing();
    let w = if printing { PRINT_WIDTH } else { measured };
    let people_numbers = use_state(|| false);
    let cost_numbers = use_state(|| false);
    let line_numbers = use_state(|| false);
    let toggle = |state: &UseStateHandle<bool>| {
        let state = state.clone();
        Callback::from(move |open: bool| state.set(open))
    };
    let names = &props.names;
    let cur = props.currency.as_str();
    let all_heads: Vec<Vec<f64>> = props.figures.iter().map(|f| heads(f)).collect();
    let costs: Vec<f64> = props.figures.iter().map(|f| f.plan.totals.cost).collect();
    let series: Vec<Vec<f64>> = props
        .figures
        .iter()
        .map(|f| f.people_needed.clone())
        .collect();
    let roles = role_labels();

    // People by role.
    let b = bars(&all_heads, w);
    let totals: Vec<f64> = all_heads.iter().map(|h| h.iter().sum()).collect();
    let desc = names
        .iter()
        .zip(&totals)
        .map(|(n, t)| format!("{n}: {} people.", number(*t, 0)))
        .collect::<Vec<_>>()
        .join(" ");
    let mut m = Markup::svg(
        "chart-compare-people-svg",
        b.width,
        b.height,
        "People by role per scenario",
        &desc,
    );
    for ((row, name), total) in b.rows.iter().zip(names.iter()).zip(&totals) {
        m.text(&row.name, "chart__name", &fit(name, 12.0, b.name_width));
        for (rect, class) in row.segments.iter().zip(ROLE_CLASSES) {
            m.rect(rect, class);
        }
        m.text(&row.total, "chart__value", &number(*total, 0));
    }
    m.line(
        b.axis + 0.5,
        4.0,
        b.axis + 0.5,
        b.height - 4.0,
        "chart__axis",
    );
    let people = figure(Figure {
        id: "chart-compare-people",
        title: "People by role",
        lead: "Whole people each scenario needs, by role, on one scale.".into(),
        legend: ROLE_CLASSES
            .iter()
            .zip(&roles)
            .map(|(c, r)| (*c, r.clone()))
            .collect(),
        svg: m.finish(),
        on_numbers: toggle(&people_numbers),
        tables: people_numbers.then(|| {
            let mut head = vec!["Scenario"];
            head.extend(roles.iter().map(String::as_str));
            head.push("Total");
            let rows = names
                .iter()
                .zip(&all_heads)
                .map(|(n, h)| {
                    let mut row = vec![n.clone()];
                    row.extend(h.iter().map(|v| number(*v, 0)));
                    row.push(number(h.iter().sum(), 0));
                    row
                })
                .collect();
            table(
                "chart-compare-people-table",
                "People by role per scenario",
                &head,
                rows,
            )
        }),
    });

    // Yearly cost.
    let c = bars(&costs.iter().map(|v| vec![*v]).collect::<Vec<_>>(), w);
    let desc = names
        .iter()
        .zip(&costs)
        .map(|(n, v)| format!("{n}: {} a year.", money_compact(*v, cur)))
        .collect::<Vec<_>>()
        .join(" ");
    let mut m = Markup::svg(
        "chart-compare-cost-svg",
        c.width,
        c.height,
        "Yearly cost per scenario",
        &desc,
    );
    for ((row, name), cost) in c.rows.iter().zip(names.iter()).zip(&costs) {
        m.text(&row.name, "chart__name", &fit(name, 12.0, c.name_width));
        for rect in &row.segments {
            m.rect(rect, "chart__cost");
        }
        m.text(&row.total, "chart__value", &money_compact(*cost, cur));
    }
    m.line(
        c.axis + 0.5,
        4.0,
        c.axis + 0.5,
        c.height - 4.0,
        "chart__axis",
    );
    let cost = figure(Figure {
        id: "chart-compare-cost",
        title: "Yearly cost",
        lead: "Each scenario's fully loaded yearly cost, on one scale.".into(),
        legend: Vec::new(),
        svg: m.finish(),
        on_numbers: toggle(&cost_numbers),
        tables: cost_numbers.then(|| {
            let rows = names
                .iter()
                .zip(&costs)
                .map(|(n, v)| vec![n.clone(), money_compact(*v, cur)])
                .collect();
            table(
                "chart-compare-cost-table",
                "Yearly cost per scenario",
                &["Scenario", "Yearly cost"],
                rows,
            )
        }),
    });

    // People needed month by month.
    let l = lines(&series, w);
    let desc = names
        .iter()
        .zip(&series)
        .map(|(n, s)| {
            format!(
                "{n}: {} people now, {} at month {}.",
                number(s.first().copied().unwrap_or(0.0), 0),
                number(s.last().copied().unwrap_or(0.0), 0),
                s.len().saturating_sub(1)
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    let mut m = Markup::svg(
        "chart-compare-timeline-svg",
        l.width,
        l.height,
        "People needed month by month per scenario",
        &desc,
    );
    for (value, y) in &l.y_ticks {
        m.line(l.plot.x, *y, l.plot.right(), *y, "chart__grid");
        m.text(
            &Label {
                x: l.plot.x - 6.0,
                y: y + 4.0,
                anchor: Anchor::End,
                inside: false,
            },
            "chart__tick",
            &number(*value, 0),
        );
    }
    for (month, x) in &l.x_ticks {
        m.text(
            &Label {
                x: *x,
                y: l.plot.y + l.plot.height + 16.0,
                anchor: Anchor::Middle,
                inside: false,
            },
            "chart__tick",
            &month.to_string(),
        );
    }
    for (i, d) in l.paths.iter().enumerate() {
        m.path(d, &format!("chart__line chart__scenario-{i}"));
    }
    let months = series.iter().map(Vec::len).max().unwrap_or(0);
    let timeline = figure(Figure {
        id: "chart-compare-timeline",
        title: "People needed, month by month",
        lead: "One line per scenario: the whole people each needs as customers grow (months from today).".into(),
        legend: names
            .iter()
            .enumerate()
            .map(|(i, n)| (["chart__scenario-0", "chart__scenario-1", "chart__scenario-2", "chart__scenario-3"][i.min(3)], n.clone()))
            .collect(),
        svg: m.finish(),
        on_numbers: toggle(&line_numbers),
        tables: line_numbers.then(|| {
            let mut head = vec!["Month"];
            head.extend(names.iter().map(String::as_str));
            let rows = (0..months)
                .map(|k| {
                    let mut row = vec![k.to_string()];
                    row.extend(series.iter().map(|s| s.get(k).map_or("—".into(), |v| number(*v, 0))));
                    row
                })
                .collect();
            table("chart-compare-timeline-table", "People needed per month and scenario", &head, rows)
        }),
    });
    html! {
        <section class="comparison__charts" aria-label="The comparison in charts">
            <div class="charts__body" ref={body}>
                { people }
                { cost }
                { timeline }
            </div>
        </section>
    }
}
