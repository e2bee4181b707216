//! The sensitivity tornado: what moves the total headcount most.

use yew::prelude::*;

use super::frame::{figure, table, Figure};
use super::ChartProps;
use crate::chart::markup::Markup;
use crate::chart::text::{fit_middle, width};
use crate::chart::tornado::{tornado, TOP_N};
use crate::chart::{Anchor, Label};
use crate::ui::format::number;

const TITLE: &str = "What moves the headcount";

/// Total FTE with each input 20% lower and 20% higher, around today's total,
/// for the inputs that move it most.
pub fn tornado_chart(props: &ChartProps) -> Html {
    let s = &props.report.sensitivity;
    let pairs: Vec<(f64, f64)> = s.swings.iter().map(|w| w.fte).collect();
    let t = tornado(s.base_fte, &pairs, props.width);
    let base_label = format!("Today {} FTE", number(s.base_fte, 1));
    let desc = if t.rows.is_empty() {
        "No input moves the total headcount.".to_string()
    } else {
        let top: Vec<String> = s
            .swings
            .iter()
            .take(3)
            .map(|w| {
                format!(
                    "{} ({} to {} FTE)",
                    w.label,
                    number(w.fte.0, 1),
                    number(w.fte.1, 1)
                )
            })
            .collect();
        format!(
            "{base_label} ({}). Inputs that move it most, each 20% lower then higher: {}.",
            crate::model::format::count(f64::from(s.base_heads), "person", "people"),
            top.join("; ")
        )
    };
    let mut m = Markup::svg("chart-tornado-svg", t.width, t.height, TITLE, &desc);
    for (v, x) in &t.ticks {
        m.line(*x, t.grid.0, *x, t.grid.1, "chart__grid");
        let at = Label {
            x: *x,
            y: t.ticks_y,
            anchor: Anchor::Middle,
            inside: false,
        };
        m.text(&at, "chart__tick", &number(*v, 1));
    }
    for (row, swing) in t.rows.iter().zip(&s.swings) {
        let note = format!(
            "{} ↔ {}",
            swing.heads.0,
            crate::model::format::count(f64::from(swing.heads.1), "person", "people")
        );
        let room = t.width - 20.0 - width(&note, 11.0) - 12.0;
        let tip = format!(
            "{}: {} FTE at −20%, {} FTE at +20%",
            swing.label,
            number(swing.fte.0, 2),
            number(swing.fte.1, 2)
        );
        m.group("chart__swing", &tip);
        m.text(
            &row.label,
            "chart__name",
            &fit_middle(&swing.label, 12.0, room),
        );
        m.text(&row.note, "chart__note", &note);
        m.rect(&row.low, "chart__low");
        m.rect(&row.high, "chart__high");
        m.end_group();
    }
    if !t.rows.is_empty() {
        m.line(t.base_x, t.grid.0, t.base_x, t.grid.1, "chart__base");
    }
    figure(Figure {
        id: "chart-tornado",
        title: TITLE,
        lead: format!(
            "Total FTE with one input at a time 20% lower or higher, around today's {} FTE ({}).{}",
            number(s.base_fte, 1),
            crate::model::format::count(f64::from(s.base_heads), "person", "people"),
            if s.swings.len() > TOP_N {
                format!(
                    " The {TOP_N} largest of the {} inputs that move it by 0.01 FTE or more.",
                    s.swings.len()
                )
            } else {
                String::new()
            }
        ),
        legend: vec![
            ("chart__low", "Input 20% lower".into()),
            ("chart__high", "Input 20% higher".into()),
        ],
        svg: m.finish(),
        on_numbers: props.on_numbers.clone(),
        tables: props.numbers.then(|| {
            let rows = s
                .swings
                .iter()
                .map(|w| {
                    vec![
                        w.label.clone(),
                        number(w.value, 2),
                        number(w.fte.0, 2),
                        number(w.fte.1, 2),
                        w.heads.0.to_string(),
                        w.heads.1.to_string(),
                    ]
                })
                .collect();
            table(
                "chart-tornado-table",
                "Total FTE and people with each input 20% lower or higher",
                &[
                    "Input",
                    "Value",
                    "FTE at −20%",
                    "FTE at +20%",
                    "People at −20%",
                    "People at +20%",
                ],
                rows,
            )
        }),
    })
}
