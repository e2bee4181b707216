//! The plan as static HTML, with no script: what the page paints before
//! its WebAssembly has started (the default plan, written into
//! `index.html`, which a test keeps equal to what this writes), and the
//! snippet for a blog that allows no iframe ([`blog_snippet`]).

use super::headline::Headline;
use super::plan_rows::{plan_rows, HEAD};
use crate::chart::roles::roles_chart;
use crate::chart::standalone::{inline, light, to_xml, FONT};
use crate::model::names::plan_title;
use crate::model::{Plan, Report};

/// `text` safe inside HTML text and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The first paint of the bare page address: the default plan's name and
/// headline, as the results card says them.
pub fn first_paint(name: &str, plan: &Plan) -> String {
    format!(
        "<h2 class=\"boot__title\">{}</h2><p class=\"boot__figures\">{}</p>",
        escape(name),
        headline_sentence(&Headline::of(plan))
    )
}

/// Width the first screen's chart of people by role is drawn at (px): it
/// fits a 375 px phone's card.
pub const FIRST_SCREEN_CHART_WIDTH: f64 = 300.0;

/// A link's plan as the first screen shows it before the calculator has
/// started: the first paint's name and headline, the per-tier table and
/// the people by role, in the page's own classes so they follow its theme.
pub fn first_screen(name: &str, plan: &Plan) -> String {
    let mut out = first_paint(name, plan);
    out.push_str("\n<div class=\"table-wrap\"><table class=\"tiers\"><thead><tr>");
    for (i, head) in HEAD.iter().enumerate() {
        let class = if i == 0 { "" } else { " class=\"num\"" };
        out.push_str(&format!("<th scope=\"col\"{class}>{head}</th>"));
    }
    out.push_str("</tr></thead><tbody>\n");
    // The tiers, then (as the page's table) the parts and the total below.
    let tiers = plan.tiers.len();
    for (i, row) in plan_rows(plan).iter().enumerate() {
        if i == tiers {
            out.push_str("</tbody><tfoot>\n");
        }
        let class = match (i < tiers, row.total) {
            (true, _) => "",
            (false, true) => " class=\"tiers__total\"",
            (false, false) => " class=\"tiers__part\"",
        };
        out.push_str(&format!(
            "<tr{class}><th scope=\"row\">{}</th>",
            escape(&row.label)
        ));
        for value in &row.cells {
            out.push_str(&format!("<td class=\"num\">{}</td>", escape(value)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tfoot></table></div>\n");
    out.push_str(&format!(
        "<p class=\"boot__chart-title\">People by role</p><div class=\"boot__chart\">{}</div>",
        to_xml(&roles_chart(&plan.totals, FIRST_SCREEN_CHART_WIDTH))
    ));
    out
}

/// The plan's first sentence as HTML, its figures escaped and its people
/// and cost in bold: "<strong>7 people</strong> (…) for 1,240 customers
/// and $14,000,000 ARR. The team costs <strong>$884,000</strong> a year,
/// 6.31% of ARR."
fn headline_sentence(h: &Headline) -> String {
    let share = h
        .share
        .as_ref()
        .map(|s| format!(", {s} of ARR"))
        .unwrap_or_default();
    format!(
        "<strong>{}</strong> ({}) for {} and {} ARR. The team costs <strong>{}</strong> a year{}.",
        escape(&h.people),
        escape(&h.roles),
        escape(&h.customers),
        escape(&h.arr),
        escape(&h.cost),
        escape(&share),
    )
}

/// Width the blog snippet's chart is laid out and shown at (px): narrow
/// enough that a phone's column shrinks its 12 px text only a little; a
/// narrower column shrinks it to fit.
pub const BLOG_CHART_WIDTH: f64 = 340.0;

/// The plan for a blog that allows no iframe: a static table of the
/// headline figures and one row per tier, the people by role as inline SVG,
/// and a caption with the plan's name and `link` back to it. No script, no
/// class and no style sheet (blogs strip them): colours are the light
/// theme's, written out as presentation attributes and literal `style`
/// values. Every number is written as the Markdown summary writes it.
pub fn blog_snippet(name: &str, link: &str, report: &Report) -> String {
    let text = light("var(--text)");
    let muted = light("var(--muted)");
    let accent = light("var(--accent)");
    let surface = light("var(--surface)");
    let cell = "padding:4px 6px;border-bottom:1px solid #d5dae1";
    let h = Headline::of(&report.plan);
    let title = escape(plan_title(name));
    let mut out = format!(
        "<figure style=\"margin:1em 0;padding:12px 16px;max-width:640px;border:1px solid #d5dae1;\
         border-radius:8px;background:{surface};color:{text};font-family:{FONT};line-height:1.4\">\n\
         <p style=\"margin:0 0 6px;font-size:18px;font-weight:700\">{title}</p>\n\
         <p style=\"margin:0 0 10px\">{}</p>\n",
        headline_sentence(&h),
    );
    out.push_str(
        "<div style=\"overflow-x:auto\">\n<table style=\"border-collapse:collapse;width:100%;font-size:14px\">\n<thead><tr>",
    );
    for (i, head) in HEAD.iter().enumerate() {
        let align = if i == 0 { "left" } else { "right" };
        out.push_str(&format!(
            "<th scope=\"col\" style=\"text-align:{align};{cell};color:{muted}\">{head}</th>"
        ));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in plan_rows(&report.plan) {
        let weight = if row.total { 700 } else { 400 };
        out.push_str(&format!(
            "<tr><th scope=\"row\" style=\"text-align:left;font-weight:{weight};min-width:8em;{cell}\">{}</th>",
            escape(&row.label)
        ));
        for value in &row.cells {
            out.push_str(&format!(
                "<td style=\"text-align:right;font-weight:{weight};white-space:nowrap;{cell}\">{}</td>",
                escape(value)
            ));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</div>\n");
    // People by role: the chart's classes written out as attributes.
    let mut chart = inline(&roles_chart(&report.plan.totals, BLOG_CHART_WIDTH));
    chart
        .attrs
        .insert(0, ("xmlns", "http://www.w3.org/2000/svg".into()));
    chart.attrs.push(("font-family", FONT.into()));
    // Shown at its own width (not the post's), and never wider than the column.
    for (name, value) in chart.attrs.iter_mut() {
        if *name == "width" {
            *value = crate::chart::svg::num(BLOG_CHART_WIDTH).into();
        }
    }
    chart
        .attrs
        .push(("style", "max-width:100%;height:auto".into()));
    out.push_str(&format!(
        "<p style=\"margin:12px 0 4px;font-weight:600\">People by role</p>\n{}\n",
        to_xml(&chart)
    ));
    out.push_str(&format!(
        "<figcaption style=\"margin-top:8px;font-size:13px;color:{muted}\">{title}: \
         <a href=\"{}\" style=\"color:{accent}\">open this plan in tierplan</a></figcaption>\n</figure>",
        escape(link)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{report, Scenario};

    /// The first paint written into `index.html` is the default plan's
    /// first screen, as this build computes it: when the default plan
    /// changes, this fails and prints the text to put between the markers.
    #[test]
    fn index_html_paints_the_default_plan() {
        let s = Scenario::default();
        let want = first_screen(&s.name, &report(&s).plan);
        let index = include_str!("../../index.html");
        let start = "<!-- first paint: the default plan -->";
        let end = "<!-- end of the default plan -->";
        let inside = index
            .split_once(start)
            .and_then(|(_, rest)| rest.split_once(end))
            .map(|(inside, _)| inside.lines().map(str::trim).collect::<Vec<_>>().join("\n"));
        let want_lines = want.lines().map(str::trim).collect::<Vec<_>>().join("\n");
        assert_eq!(
            inside.as_deref().map(str::trim),
            Some(want_lines.as_str()),
            "put this between the markers:\n{want}"
        );
    }

    #[test]
    fn names_are_escaped() {
        assert_eq!(escape("<b>&'\""), "&lt;b&gt;&amp;&#39;&quot;");
    }

    fn hostile() -> Scenario {
        let mut s = Scenario {
            name: "<script>alert(1)</script> & \"Q3\"".into(),
            ..Scenario::default()
        };
        s.tiers[0].name = "<img src=x onerror=alert(1)>".into();
        s
    }

    #[test]
    fn the_blog_snippet_shows_the_figures_as_the_summary_writes_them() {
        let s = Scenario::default();
        let r = report(&s);
        let html = blog_snippet(&s.name, "http://127.0.0.1:8080/?v=4&z=abc", &r);
        let h = Headline::of(&r.plan);
        for figure in [&h.people, &h.roles, &h.cost, &h.arr, &h.customers] {
            assert!(html.contains(&escape(figure)), "{figure}");
        }
        assert!(html.contains(&format!("{} of ARR", h.share.unwrap())));
        for row in plan_rows(&r.plan) {
            assert!(html.contains(&format!(">{}</th>", escape(&row.label))));
            for c in &row.cells {
                assert!(html.contains(&format!(">{}</td>", escape(c))), "{c}");
            }
        }
        // A link back, and the people by role drawn inline.
        assert!(html.contains("href=\"http://127.0.0.1:8080/?v=4&amp;z=abc\""));
        assert!(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        // On a phone the table scrolls in its own box, not the post.
        assert!(html.contains("<div style=\"overflow-x:auto\">\n<table"));
        assert!(html.contains(&format!("fill=\"{}\"", light("var(--chart-customers)"))));
        crate::chart::standalone::tests::well_formed(&html).unwrap();
    }

    #[test]
    fn the_blog_snippet_has_no_script_class_or_css_variable() {
        let s = hostile();
        let html = blog_snippet(&s.name, "http://h/?a=\"><script>x</script>", &report(&s));
        let lower = html.to_ascii_lowercase();
        assert!(!lower.contains("<script"), "{html}");
        assert!(!lower.contains("<img"), "a name stays text");
        assert!(!lower.contains("<style"));
        assert!(!lower.contains("class="));
        assert!(!lower.contains("var(") && !lower.contains("--"));
        // No event handler attribute: no tag has an attribute named on….
        for tag in lower.split('<').skip(1) {
            let tag = tag.split('>').next().unwrap_or("");
            // The tag without its quoted values.
            let bare: String = tag.split('"').step_by(2).collect::<Vec<_>>().join(" ");
            for attr in bare.split_whitespace().skip(1) {
                assert!(!attr.starts_with("on"), "an {attr} attribute in <{tag}>");
            }
        }
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Q3&quot;"));
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        crate::chart::standalone::tests::well_formed(&html).unwrap();
    }

    #[test]
    fn an_unnamed_plan_is_called_what_the_page_calls_it() {
        let s = Scenario::default();
        let html = blog_snippet("", "http://h/", &report(&s));
        assert!(html.contains("Customer Success headcount plan"));
    }
}
