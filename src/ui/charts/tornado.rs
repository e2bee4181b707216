//! The sensitivity tornado: what moves the total headcount most.

use yew::prelude::*;

use super::frame::{figure, table, Figure};
use super::ChartProps;
use crate::chart::markup::Markup;
use crate::chart::text::{fit_middle, width};
use crate::chart::tornado::{tornado, TOP_N};
use crate::chart::{Anchor, Label};
use crate::model::sensitivity::Swing;
use crate::ui::format::number;

const TITLE: &str = "What moves the headcount";

/// Total FTE with each input 20% lower and 20% higher, around today's total,
/// for the inputs that move it most; with `entered` ranges (the range
/// analysis's tornado), each input from its range's low end to its high end
/// instead.
pub fn tornado_chart(props: &ChartProps, entered: Option<&[Swing]>) -> Html {
    let s = &props.report.sensitivity;
    let ranged = entered.filter(|w| !w.is_empty());
    let swings: &[Swing] = ranged.unwrap_or(&s.swings);
    // What the two ends of a bar are, in words.
    let (lower, higher, each) = if ranged.is_some() {
        (
            "at the low end",
            "at the high end",
            "each from the low end of its range to the high end",
        )
    } else {
        ("at −20%", "at +20%", "each 20% lower then higher")
    };
    let pairs: Vec<(f64, f64)> = swings.iter().map(|w| w.fte).collect();
    let t = tornado(s.base_fte, &pairs, props.width);
    let base_label = format!("Today {} FTE", number(s.base_fte, 1));
    let desc = if t.rows.is_empty() {
        "No input moves the total headcount.".to_string()
    } else {
        let top: Vec<String> = swings
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
            "{base_label} ({}). Inputs that move it most, {each}: {}.",
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
    for (row, swing) in t.rows.iter().zip(swings) {
        let note = format!(
            "{} ↔ {}",
            swing.heads.0,
            crate::model::format::count(f64::from(swing.heads.1), "person", "people")
        );
        let room = t.width - 20.0 - width(&note, 11.0) - 12.0;
        let tip = format!(
            "{}: {} FTE {lower}, {} FTE {higher}",
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
            "Total FTE with one input at a time {}, around today's {} FTE ({}).{}",
            if ranged.is_some() {
                "at the low and the high end of the range you entered"
            } else {
                "20% lower or higher"
            },
            number(s.base_fte, 1),
            crate::model::format::count(f64::from(s.base_heads), "person", "people"),
            if swings.len() > TOP_N {
                format!(
                    " The {TOP_N} largest of the {} inputs{}.",
                    swings.len(),
                    if ranged.is_some() {
                        " with a range"
                    } else {
                        " that move it by 0.01 FTE or more"
                    }
                )
            } else {
                String::new()
            }
        ),
        legend: if ranged.is_some() {
            vec![
                ("chart__low", "Input at its range's low end".into()),
                ("chart__high", "Input at its range's high end".into()),
            ]
        } else {
            vec![
                ("chart__low", "Input 20% lower".into()),
                ("chart__high", "Input 20% higher".into()),
            ]
        },
        svg: m.finish(),
        on_numbers: props.on_numbers.clone(),
        tables: props.numbers.then(|| {
            let rows = swings
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
            let head = [
                "Input".to_string(),
                "Value".to_string(),
                format!("FTE {lower}"),
                format!("FTE {higher}"),
                format!("People {lower}"),
                format!("People {higher}"),
            ];
            let head: Vec<&str> = head.iter().map(String::as_str).collect();
            table(
                "chart-tornado-table",
                if ranged.is_some() {
                    "Total FTE and people with each input at the low and the high end of its range"
                } else {
                    "Total FTE and people with each input 20% lower or higher"
                },
                &head,
                rows,
            )
        }),
    })
}
