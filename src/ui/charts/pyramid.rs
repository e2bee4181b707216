//! The tier pyramid: share of customers against share of ARR per tier.

use yew::prelude::*;

use super::frame::{figure, table, Figure};
use super::ChartProps;
use crate::chart::markup::Markup;
use crate::chart::pyramid::pyramid;
use crate::chart::text::fit;
use crate::ui::format::{money_compact, number, percent};

const TITLE: &str = "Tier pyramid";

/// Share of customers (left) against share of ARR (right) for each tier,
/// top tier on top.
pub fn pyramid_chart(props: &ChartProps) -> Html {
    let plan = &props.report.plan;
    let currency = plan.currency.as_str();
    let customers: Vec<f64> = plan.tiers.iter().map(|t| t.customers).collect();
    let arr: Vec<f64> = plan.tiers.iter().map(|t| t.arr).collect();
    let p = pyramid(&customers, &arr, props.width);
    let desc = if p.rows.is_empty() {
        "No tiers yet.".to_string()
    } else {
        p.rows
            .iter()
            .zip(&plan.tiers)
            .map(|(row, tier)| {
                format!(
                    "{}: {} of customers, {} of ARR.",
                    tier.name,
                    percent(row.customers_pct),
                    percent(row.arr_pct)
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut m = Markup::svg("chart-pyramid-svg", p.width, p.height, TITLE, &desc);
    m.text(&p.left_title, "chart__axis-title", "% of customers");
    m.text(&p.right_title, "chart__axis-title", "% of ARR");
    for (row, tier) in p.rows.iter().zip(&plan.tiers) {
        m.rect(&row.customers_bar, "chart__customers");
        m.rect(&row.arr_bar, "chart__arr");
        m.text(
            &row.customers_label,
            "chart__value",
            &percent(row.customers_pct),
        );
        m.text(&row.arr_label, "chart__value", &percent(row.arr_pct));
        m.text(
            &row.name,
            "chart__name",
            &fit(&tier.name, 12.0, p.name_width - 8.0),
        );
    }
    if !p.rows.is_empty() {
        m.line(
            p.left_axis + 0.5,
            20.0,
            p.left_axis + 0.5,
            p.height - 2.0,
            "chart__axis",
        );
        m.line(
            p.right_axis - 0.5,
            20.0,
            p.right_axis - 0.5,
            p.height - 2.0,
            "chart__axis",
        );
    }
    figure(Figure {
        id: "chart-pyramid",
        title: TITLE,
        lead: "Few customers at the top hold much of the ARR: the reason they get a person of their own."
            .into(),
        legend: vec![
            ("chart__customers", "Share of customers".into()),
            ("chart__arr", "Share of ARR".into()),
        ],
        svg: m.finish(),
        on_numbers: props.on_numbers.clone(),
        tables: props.numbers.then(|| {
        let rows = p
            .rows
            .iter()
            .zip(&plan.tiers)
            .map(|(row, tier)| {
                vec![
                    tier.name.clone(),
                    number(tier.customers, 0),
                    percent(row.customers_pct),
                    money_compact(tier.arr, currency),
                    percent(row.arr_pct),
                ]
            })
            .collect();
            table(
            "chart-pyramid-table",
            "Customers and ARR per tier",
            &["Tier", "Customers", "Share of customers", "ARR", "Share of ARR"],
            rows,
        )
        }),
    })
}
