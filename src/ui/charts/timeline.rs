//! Headcount needed against headcount available, month by month, with the
//! months when requisitions must open.

use yew::prelude::*;

use super::frame::{figure, table, Figure};
use super::ChartProps;
use crate::chart::markup::Markup;
use crate::chart::svg::{num, polyline};
use crate::chart::timeline::{timeline_with_fan, FanFigures, Hiring, MonthFigures, Opening};
use crate::chart::{Anchor, Label};
use crate::model::fiscal::FiscalCalendar;
use crate::model::timeline::{series, Position};
use crate::model::uncertainty::FanMonth;
use crate::ui::format::number;

const TITLE: &str = "Headcount needed and available, month by month";

fn position_label(position: Position) -> &'static str {
    match position {
        Position::Csm => "CSM",
        Position::Associate => "Associate",
        Position::Pooled => "Pooled CSM",
        Position::Partner => "Partner",
        Position::Manager => "Manager",
    }
}

fn people(count: u32) -> String {
    format!("{count} {}", if count == 1 { "person" } else { "people" })
}

/// FTE needed, FTE available with the planned hires and today's team without
/// hiring, month by month; a marker under each month when requisitions open
/// (orange when they open too late for the need), named by `calendar`'s
/// months; with a range analysis's `fan`, the band of whole people needed
/// from P10 to P90 and its P50 line.
pub fn timeline_chart(
    props: &ChartProps,
    calendar: Option<&FiscalCalendar>,
    fan: Option<&[FanMonth]>,
) -> Html {
    let t = &props.report.timeline;
    // A month for reading ("July 2027", or "Month 3" without a calendar)
    // and under a tick ("Jul '27", or "3").
    let month = |m: u32| match calendar {
        Some(c) => c.month(m).label(),
        None if m == 0 => "Now".to_string(),
        None => format!("Month {m}"),
    };
    let months: Vec<MonthFigures> = t.months.iter().map(MonthFigures::of).collect();
    let openings: Vec<Opening> = t.requisitions.iter().map(Opening::of).collect();
    let fan: Vec<FanFigures> = fan
        .unwrap_or_default()
        .iter()
        .map(|f| (f.month, f.people.p10, f.people.p50, f.people.p90))
        .collect();
    let c = timeline_with_fan(&months, &openings, &fan, props.width);
    let horizon = t.months.last().map_or(0, |m| m.month);
    let Hiring {
        people: to_hire,
        late,
        requisitions,
        short_months,
    } = Hiring::of(t);
    let desc = match (t.months.first(), t.months.last()) {
        (Some(first), Some(last)) => format!(
            "Over {horizon} months the need grows from {} to {} FTE ({} whole people at the end); with the planned hires {} FTE are available at the end, {} without hiring. {short_months} months are short of people in at least one role. {} to hire in {} requisitions, {late} of them already late.",
            number(first.needed.total(), 1),
            number(last.needed.total(), 1),
            last.heads_needed.total(),
            number(last.available.total(), 1),
            number(last.available_without_hiring.total(), 1),
            people(to_hire),
            requisitions,
        ),
        _ => "No months to show.".into(),
    };
    let desc = match fan.last() {
        Some(&(month, p10, p50, p90)) => format!(
            "{desc} With the ranges entered, month {month} needs {} to {} whole people (P10 to P90), {} at P50.",
            number(p10, 0),
            number(p90, 0),
            number(p50, 0)
        ),
        None => desc,
    };
    let mut m = Markup::svg("chart-timeline-svg", c.width, c.height, TITLE, &desc);
    let tick = |x: f64, y: f64, anchor: Anchor| Label {
        x,
        y,
        anchor,
        inside: false,
    };
    for (v, y) in &c.y_ticks {
        m.line(c.plot_left, *y, c.plot_right, *y, "chart__grid");
        m.text(
            &tick(c.plot_left - 6.0, *y + 4.0, Anchor::End),
            "chart__tick",
            &number(*v, 1),
        );
    }
    for (month, x) in &c.x_ticks {
        m.line(*x, c.plot_bottom, *x, c.plot_bottom + 4.0, "chart__axis");
        let words = match calendar {
            Some(c) => c.month(*month).tick(),
            None if *month == 0 => "Now".to_string(),
            None => month.to_string(),
        };
        m.text(
            &tick(*x, c.plot_bottom + 16.0, Anchor::Middle),
            "chart__tick",
            &words,
        );
    }
    if !c.fan_band.is_empty() {
        let mut d = polyline(&c.fan_band);
        d.push('Z');
        m.path(&d, "chart__fan");
        m.path(&polyline(&c.fan_median), "chart__line chart__line--fan");
    }
    for area in &c.shortfalls {
        let mut d = polyline(area);
        d.push('Z');
        m.path(&d, "chart__short");
    }
    m.path(
        &polyline(&c.without_hiring),
        "chart__line chart__line--without",
    );
    m.path(
        &polyline(&c.available),
        "chart__line chart__line--available",
    );
    m.path(&polyline(&c.needed), "chart__line chart__line--needed");
    m.line(
        c.plot_left,
        c.plot_bottom,
        c.plot_right,
        c.plot_bottom,
        "chart__axis",
    );
    for marker in &c.markers {
        let o = marker.opening;
        let (x, y) = (marker.x, c.lane_y);
        let tip = format!(
            "{}: open {} to hire {}{}",
            month(o.open_month),
            if o.count == 1 {
                "a requisition"
            } else {
                "requisitions"
            },
            people(o.count),
            if o.late {
                ", already late for the need"
            } else {
                ""
            }
        );
        m.group(
            if o.late {
                "chart__marker chart__marker--late"
            } else {
                "chart__marker"
            },
            &tip,
        );
        let d = format!(
            "M{} {}L{} {}L{} {}Z",
            num(x),
            num(y),
            num(x - 6.0),
            num(y + 9.0),
            num(x + 6.0),
            num(y + 9.0)
        );
        m.path(&d, "chart__marker-tip");
        m.text(
            &tick(x, y + 21.0, Anchor::Middle),
            "chart__marker-count",
            &o.count.to_string(),
        );
        m.end_group();
    }
    figure(Figure {
        id: "chart-timeline",
        title: TITLE,
        lead: format!(
            "FTE over the next {horizon} months. Hires come as whole people, so the line with the hires can sit above the FTE needed. Short is the sum of each role's shortfall: a spare person in one role does not cover another, so a month can be short while more FTE are available than needed in total. Triangles mark the months to open requisitions; the number is how many people."
        ),
        legend: if fan.is_empty() { vec![] } else {
            vec![
                ("chart__swatch--fan", "People needed with the ranges, P10 to P90".into()),
                ("chart__swatch--fan-median", "P50".into()),
            ]
        }.into_iter().chain([
            ("chart__swatch--needed", series::NEEDED.into()),
            ("chart__swatch--available", series::AVAILABLE.into()),
            ("chart__swatch--without", series::WITHOUT_HIRING.into()),
            ("chart__swatch--short", series::SHORT.into()),
            ("chart__swatch--marker", "Open requisitions".into()),
            ("chart__swatch--late", "Already late".into()),
        ]).collect(),
        svg: m.finish(),
        on_numbers: props.on_numbers.clone(),
        tables: props.numbers.then(|| {
        let month_rows = t
            .months
            .iter()
            .map(|m| {
                vec![
                    month(m.month),
                    number(m.needed.total(), 1),
                    number(f64::from(m.heads_needed.total()), 0),
                    number(m.available.total(), 1),
                    number(m.available_without_hiring.total(), 1),
                    number(m.short, 1),
                ]
            })
            .collect();
        let requisition_rows = t
            .requisitions
            .iter()
            .map(|r| {
                vec![
                    position_label(r.position).to_string(),
                    r.count.to_string(),
                    month(r.open_month),
                    month(r.start_month),
                    month(r.needed_from),
                    if r.late {
                        "Late".to_string()
                    } else {
                        "In time".to_string()
                    },
                ]
            })
            .collect();
        let fan_rows: Vec<Vec<String>> = fan
            .iter()
            .map(|&(month, p10, p50, p90)| {
                vec![
                    if month == 0 { "Now".to_string() } else { format!("Month {month}") },
                    number(p10, 0),
                    number(p50, 0),
                    number(p90, 0),
                ]
            })
            .collect();
            html! {
            <>
                if !fan_rows.is_empty() {
                    { table(
                        "chart-timeline-fan",
                        "Whole people needed with the ranges entered",
                        &["Month", "P10", "P50", "P90"],
                        fan_rows,
                    ) }
                }
                { table(
                    "chart-timeline-table",
                    "FTE month by month",
                    &["Month", series::NEEDED, series::PEOPLE_NEEDED, series::AVAILABLE, series::WITHOUT_HIRING, series::SHORT],
                    month_rows,
                ) }
                { table(
                    "chart-timeline-requisitions",
                    "Requisitions",
                    &["Position", "People", "Open in", "Start in", "Needed from", "Timing"],
                    requisition_rows,
                ) }
            </>
        }
        }),
    })
}
