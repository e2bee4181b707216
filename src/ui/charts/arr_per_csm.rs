//! ARR per CSM against the 1:$2M / $3M / $5M rules of thumb.

use yew::prelude::*;

use super::frame::{figure, table, Figure};
use super::ChartProps;
use crate::chart::bullet::bullet;
use crate::chart::markup::Markup;
use crate::chart::{Anchor, Label};
use crate::model::plan::RULES_OF_THUMB;
use crate::ui::format::money_compact;

const TITLE: &str = "ARR per CSM against the rules of thumb";

const BANDS: [&str; 4] = [
    "chart__band chart__band--0",
    "chart__band chart__band--1",
    "chart__band chart__band--2",
    "chart__band chart__band--3",
];

/// The plan's ARR per CSM as a bar across bands cut at each rule of thumb.
pub fn arr_per_csm_chart(props: &ChartProps) -> Html {
    let totals = &props.report.plan.totals;
    let currency = props.report.plan.currency.as_str();
    let value_text = totals.arr_per_csm.map(|v| money_compact(v, currency));
    let label_px = crate::chart::text::width(value_text.as_deref().unwrap_or(""), 12.0);
    let b = bullet(totals.arr_per_csm, &RULES_OF_THUMB, label_px, props.width);
    let met = b.rules.iter().filter(|r| r.met).count();
    let desc = match &value_text {
        Some(v) => format!(
            "{v} of ARR per CSM: it reaches {met} of the {} rules of thumb ({}).",
            b.rules.len(),
            b.rules
                .iter()
                .map(|r| format!(
                    "1 CSM per {} {}",
                    money_compact(r.value, currency),
                    if r.met { "met" } else { "not met" }
                ))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        None => "No CSMs in this plan, so ARR per CSM does not apply.".into(),
    };
    let mut m = Markup::svg("chart-arr-per-csm-svg", b.width, b.height, TITLE, &desc);
    for (i, band) in b.bands.iter().enumerate() {
        m.rect(band, BANDS[i.min(3)]);
    }
    for (v, x) in &b.ticks {
        let at = Label {
            x: *x,
            y: b.ticks_y,
            anchor: Anchor::Middle,
            inside: false,
        };
        m.text(&at, "chart__tick", &money_compact(*v, currency));
    }
    if let (Some(bar), Some(label), Some(words)) = (b.value_bar, b.value_label, &value_text) {
        m.rect(&bar, "chart__value-bar");
        let class = if label.inside {
            "chart__inside"
        } else {
            "chart__value chart__value--strong"
        };
        m.text(&label, class, words);
    }
    for r in &b.rules {
        m.group(
            if r.met {
                "chart__rule chart__rule--met"
            } else {
                "chart__rule"
            },
            "",
        );
        m.line(
            r.x,
            r.label.y + 4.0,
            r.x,
            b.ticks_y - 14.0,
            "chart__rule-line",
        );
        m.text(
            &r.label,
            "chart__rule-label",
            &format!("1 : {}", money_compact(r.value, currency)),
        );
        m.end_group();
    }
    figure(Figure {
        id: "chart-arr-per-csm",
        title: TITLE,
        lead: "One CSM per $2M of ARR is common; segmentation and automation stretch it to $3M or $5M."
            .into(),
        legend: vec![("chart__value-bar", "This plan".into())],
        svg: m.finish(),
        on_numbers: props.on_numbers.clone(),
        tables: props.numbers.then(|| {
        let mut rows: Vec<Vec<String>> = vec![vec![
            "This plan".into(),
            value_text.clone().unwrap_or_else(|| "—".into()),
            String::new(),
        ]];
        rows.extend(b.rules.iter().map(|r| {
            vec![
                format!("Rule of thumb 1 : {}", money_compact(r.value, currency)),
                money_compact(r.value, currency),
                if r.met {
                    "Met".into()
                } else {
                    "Not met".into()
                },
            ]
        }));
            table(
            "chart-arr-per-csm-table",
            "ARR per CSM",
            &["", "ARR per CSM", "Reached"],
            rows,
        )
        }),
    })
}
