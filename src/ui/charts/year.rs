//! Where a CSM's year goes: reactive / collateral / overhead / proactive, and
//! the team's proactive hours per tier by kind of touch.

use std::rc::Rc;

use yew::prelude::*;

use super::frame::{figure, table, Figure};
use crate::chart::markup::Markup;
use crate::chart::stack::Segment;
use crate::chart::text::fit;
use crate::chart::year::{fits, year, KindHours, YearSplit, TIER_BAR};
use crate::chart::{Anchor, Label, Rect};
use crate::model::{Report, TeamTime};
use crate::ui::format::{number, percent};

/// What [`year_chart`] is drawn from.
pub struct YearChartProps {
    /// The engine's report of the current scenario.
    pub report: Rc<Report>,
    /// The team's time: hours per week, weeks and the shares taken off.
    pub team: TeamTime,
    /// Width of the drawing (px).
    pub width: f64,
    /// Whether "Show the numbers" is open (its tables are built only then).
    pub numbers: bool,
    /// Told when the person opens or closes "Show the numbers".
    pub on_numbers: Callback<bool>,
}

const TITLE: &str = "Where a CSM's year goes";

const USES: [(&str, &str); 4] = [
    ("chart__reactive", "Reactive"),
    ("chart__collateral", "Collateral"),
    ("chart__overhead", "Overhead"),
    ("chart__proactive", "Proactive"),
];

const KINDS: [(&str, &str); 3] = [
    ("chart__scheduled", "Scheduled touches"),
    ("chart__unscheduled", "Unscheduled touches"),
    ("chart__programs", "Programs"),
];

fn hours(h: f64) -> String {
    format!("{} h", number(h, 0))
}

/// The label drawn inside a segment when it fits: `words share`, else just
/// the share, else nothing.
fn segment_label(segment: &Segment, y: f64, words: &str, share: &str) -> Option<(Label, String)> {
    let long = format!("{words} {share}");
    let label = Label {
        x: segment.start + segment.length / 2.0,
        y,
        anchor: Anchor::Middle,
        inside: true,
    };
    if fits(&long, 12.0, segment.length) {
        Some((label, long))
    } else if fits(share, 12.0, segment.length) {
        Some((label, share.to_string()))
    } else {
        None
    }
}

/// One CSM's available hours split by use, and the team's proactive hours per
/// tier split by kind of touch.
pub fn year_chart(props: &YearChartProps) -> Html {
    let plan = &props.report.plan;
    let team = &props.team;
    let split = YearSplit::of(team, plan);
    let tiers: Vec<KindHours> = plan.tiers.iter().map(KindHours::of).collect();
    let y = year(&split, &tiers, props.width);
    let total = split.total();
    let reactive_note = if team.reactive_bottom_up {
        " Reactive work is counted as unscheduled touches, so none is taken off the year."
    } else {
        ""
    };
    let desc = format!(
        "Of {} available per CSM per year: {} reactive, {} collateral, {} overhead and {} proactive.{reactive_note} {}",
        hours(total),
        hours(split.reactive),
        hours(split.collateral),
        hours(split.overhead),
        hours(split.proactive),
        plan.tiers
            .iter()
            .zip(&tiers)
            .map(|(t, k)| format!(
                "{}: {} scheduled, {} unscheduled, {} programs.",
                t.name,
                hours(k.scheduled),
                hours(k.unscheduled),
                hours(k.programs)
            ))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let mut m = Markup::svg("chart-time-svg", y.width, y.height, TITLE, &desc);
    m.text(
        &y.year_title,
        "chart__axis-title",
        &format!("One CSM's year: {}", hours(total)),
    );
    for (segment, (class, words)) in y.year_segments.iter().zip(USES) {
        let frame = Rect::new(
            segment.start,
            y.year_bar.y,
            segment.length,
            y.year_bar.height,
        );
        m.rect(&frame, class);
        if let Some((at, words)) = segment_label(
            segment,
            y.year_bar.y + 19.0,
            words,
            &percent(split.pct(segment.value)),
        ) {
            m.text(&at, "chart__inside", &words);
        }
    }
    m.text(
        &y.tiers_title,
        "chart__axis-title",
        "The team's proactive hours per year, by tier",
    );
    for (row, tier) in y.tiers.iter().zip(&plan.tiers) {
        m.text(&row.name, "chart__name", &fit(&tier.name, 12.0, y.width));
        for (s, (class, _)) in row.segments.iter().zip(KINDS) {
            m.rect(&Rect::new(s.start, row.bar_y, s.length, TIER_BAR), class);
        }
        m.text(&row.total, "chart__value", &hours(row.hours.total()));
    }
    let mut legend: Vec<(&'static str, String)> =
        USES.iter().map(|(c, w)| (*c, w.to_string())).collect();
    legend.extend(KINDS.iter().map(|(c, w)| (*c, w.to_string())));
    figure(Figure {
        id: "chart-time",
        title: TITLE,
        lead: format!(
            "Only the proactive share, {} per CSM, serves customers; the tiers' touches and programs use it up.",
            hours(split.proactive)
        ),
        legend,
        svg: m.finish(),
        on_numbers: props.on_numbers.clone(),
        tables: props.numbers.then(|| {
        let use_rows = split
            .values()
            .iter()
            .zip(USES)
            .map(|(h, (_, words))| vec![words.to_string(), hours(*h), percent(split.pct(*h))])
            .collect();
        let tier_rows = plan
            .tiers
            .iter()
            .zip(&tiers)
            .map(|(t, k)| {
                vec![
                    t.name.clone(),
                    hours(k.scheduled),
                    hours(k.unscheduled),
                    hours(k.programs),
                    hours(k.total()),
                ]
            })
            .collect();
            html! {
            <>
                { table("chart-time-table-year", "One CSM's year", &["Use", "Hours per year", "Share"], use_rows) }
                { table(
                    "chart-time-table-tiers",
                    "The team's proactive hours per year by tier",
                    &["Tier", "Scheduled", "Unscheduled", "Programs", "Total"],
                    tier_rows,
                ) }
            </>
        }
        }),
    })
}
