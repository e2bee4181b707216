//! The plan as images: each chart, and the plan summary, as a standalone
//! SVG file in the light theme with the plan's name and share link in a
//! caption ([`crate::chart::standalone`]). The page draws the same file
//! onto a canvas for the PNG.

use std::rc::Rc;

use super::headline::Headline;
use super::plan_rows::{plan_rows, HEAD};
use crate::chart::markup::{Element, Node};
use crate::chart::standalone::{light, standalone, Caption};
use crate::chart::svg::num;
use crate::chart::text::fit;
use crate::model::format::capitalised;
use crate::model::Report;

/// The file name of a chart's image: `tierplan-{id}.{extension}`
/// (`tierplan-chart-pyramid.svg`).
pub fn file_name(id: &str, extension: &str) -> String {
    format!("tierplan-{id}.{extension}")
}

/// What the summary image is called, as a file and as its heading.
pub const SUMMARY_ID: &str = "plan-summary";
/// The summary image's heading.
pub const SUMMARY_TITLE: &str = "Plan summary";

/// Width of the summary's drawing (px): a laptop column; the file scales.
pub const SUMMARY_WIDTH: f64 = 600.0;

/// A chart's standalone SVG file: `drawing` as the page draws it, under
/// `title` and `legend`, with `caption`.
pub fn chart_svg(
    drawing: &Element,
    title: &str,
    legend: &[(&str, &str)],
    caption: &Caption,
) -> String {
    standalone(drawing, title, legend, caption)
}

fn text(x: f64, y: f64, px: f64, weight: u32, colour: &str, anchor: &str, words: &str) -> Node {
    let attrs: Vec<(&'static str, Rc<str>)> = vec![
        ("x", num(x).into()),
        ("y", num(y).into()),
        ("font-size", num(px).into()),
        ("font-weight", weight.to_string().into()),
        ("fill", light(colour).into()),
        ("text-anchor", anchor.into()),
    ];
    Node::Element(Element {
        tag: "text",
        attrs,
        children: vec![Node::Text(words.into())],
    })
}

fn line(x1: f64, x2: f64, y: f64, colour: &str) -> Node {
    Node::Element(Element {
        tag: "line",
        attrs: vec![
            ("x1", num(x1).into()),
            ("x2", num(x2).into()),
            ("y1", num(y).into()),
            ("y2", num(y).into()),
            ("stroke", light(colour).into()),
            ("stroke-width", "1".into()),
            ("shape-rendering", "crispEdges".into()),
        ],
        children: Vec::new(),
    })
}

/// The plan summary as a drawing of [`SUMMARY_WIDTH`] px: the headline
/// figures (people needed, by role; yearly cost; cost as a share of ARR),
/// then the per-tier table ([`plan_rows`]) with its total.
pub fn summary_drawing(report: &Report) -> Element {
    let h = Headline::of(&report.plan);
    let w = SUMMARY_WIDTH;
    let mut nodes = Vec::new();
    let figures = [
        ("People needed", h.people.clone()),
        ("Yearly cost", h.cost.clone()),
        (
            "Cost as a share of ARR",
            h.share.clone().unwrap_or_else(|| "—".into()),
        ),
    ];
    let column = w / figures.len() as f64;
    for (i, (name, value)) in figures.iter().enumerate() {
        let x = column * i as f64;
        nodes.push(text(x, 12.0, 11.0, 600, "var(--muted)", "start", name));
        nodes.push(text(
            x,
            38.0,
            22.0,
            700,
            "var(--text)",
            "start",
            &fit(value, 22.0, column - 8.0),
        ));
    }
    let mut y = 60.0;
    nodes.push(text(
        0.0,
        y,
        12.0,
        400,
        "var(--text)",
        "start",
        &capitalised(&h.roles),
    ));
    y += 18.0;
    nodes.push(text(
        0.0,
        y,
        12.0,
        400,
        "var(--muted)",
        "start",
        &format!("for {} and {} ARR", h.customers, h.arr),
    ));
    y += 30.0;
    // The table: the name column, then four right-aligned figures.
    let right = [w * 0.50, w * 0.67, w * 0.81, w];
    nodes.push(text(0.0, y, 11.0, 600, "var(--muted)", "start", HEAD[0]));
    for (x, head) in right.iter().zip(&HEAD[1..]) {
        nodes.push(text(*x, y, 11.0, 600, "var(--muted)", "end", head));
    }
    y += 7.0;
    nodes.push(line(0.0, w, y + 0.5, "var(--muted)"));
    for row in plan_rows(&report.plan) {
        y += 20.0;
        let weight = if row.total { 700 } else { 400 };
        if row.total {
            nodes.push(line(0.0, w, y - 14.5, "var(--text)"));
            y += 2.0;
        }
        nodes.push(text(
            0.0,
            y,
            12.0,
            weight,
            "var(--text)",
            "start",
            &fit(&row.label, 12.0, right[0] - 90.0),
        ));
        for (x, cell) in right.iter().zip(&row.cells) {
            nodes.push(text(*x, y, 12.0, weight, "var(--text)", "end", cell));
        }
    }
    let height = y + 8.0;
    Element {
        tag: "svg",
        attrs: vec![("viewBox", format!("0 0 {} {}", num(w), num(height)).into())],
        children: nodes,
    }
}

/// The plan summary's standalone SVG file, with `caption`.
pub fn summary_svg(report: &Report, caption: &Caption) -> String {
    standalone(&summary_drawing(report), SUMMARY_TITLE, &[], caption)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::standalone::tests::well_formed;
    use crate::model::{report, Scenario};

    fn caption() -> Caption {
        Caption {
            name: "Plan <A> & B".into(),
            link: "http://127.0.0.1:8080/?v=4&z=abc".into(),
        }
    }

    #[test]
    fn the_summary_carries_the_headline_and_every_tier() {
        let mut s = Scenario::default();
        s.tiers[0].name = "Top <1> & \"best\"".into();
        let r = report(&s);
        let file = summary_svg(&r, &caption());
        well_formed(&file).unwrap();
        let h = Headline::of(&r.plan);
        for figure in [&h.people, &h.cost, h.share.as_ref().unwrap(), &h.roles] {
            assert!(file.contains(figure.as_str()), "{figure} in the summary");
        }
        assert!(file.contains("Top &lt;1&gt; &amp; &quot;best&quot;"));
        for row in plan_rows(&r.plan) {
            for cell in row.cells.iter().filter(|c| !c.is_empty()) {
                assert!(file.contains(&format!(">{cell}</text>")), "{cell}");
            }
        }
        assert!(file.contains(">Plan summary</text>"));
        assert!(file.contains("Plan &lt;A&gt; &amp; B"));
        assert!(file.contains("href=\"http://127.0.0.1:8080/?v=4&amp;z=abc\""));
        assert!(!file.contains("var(") && !file.contains("class="));
    }

    #[test]
    fn a_chart_file_is_the_drawing_the_page_draws() {
        let r = report(&Scenario::default());
        let drawing = crate::chart::roles::roles_chart(&r.plan.totals, 500.0);
        let file = chart_svg(
            &drawing,
            "People by role",
            &[("chart__role-csm", "CSMs")],
            &caption(),
        );
        well_formed(&file).unwrap();
        // Every text of the drawing is in the file.
        for e in drawing.descendants().iter().filter(|e| e.tag == "text") {
            assert!(
                file.contains(&format!(">{}</text>", e.text())),
                "{}",
                e.text()
            );
        }
        assert_eq!(
            file_name("chart-pyramid", "png"),
            "tierplan-chart-pyramid.png"
        );
    }

    #[test]
    fn a_plan_without_arr_says_so_without_nan() {
        let mut s = Scenario::default();
        for t in &mut s.tiers {
            t.avg_arr = 0.0;
        }
        let r = report(&s);
        assert_eq!(r.plan.totals.cost_pct_of_arr, None, "no ARR");
        let file = summary_svg(&r, &caption());
        assert!(file.contains(">—</text>"), "the share says there is none");
        assert!(!file.contains("NaN") && !file.contains("inf"));
        well_formed(&file).unwrap();
    }
}
