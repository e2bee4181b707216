//! A chart as a file of its own: the same [`Element`] tree the page draws,
//! written as a standalone SVG document in the light theme, for "Download as
//! image" and for a blog that takes neither scripts, style sheets nor
//! classes.
//!
//! The page colours its charts with classes and CSS custom properties
//! (`style/main.css`, `style/charts.css`, `style/compare.css`). A file has no
//! style sheet, so [`inline`] turns each class into presentation attributes
//! (`fill`, `stroke`, `font-size`, ...) by [`RULES`], a copy of those style
//! sheets' chart rules, with each `var(--name)` replaced by its light value
//! from [`LIGHT`]. A test reads the CSS files and keeps both tables equal to
//! them.

use std::rc::Rc;

use super::markup::{Element, Node};
use super::svg::num;
use super::text::width as text_width;

/// The light theme's colours: each custom property the charts use and its
/// light value (the first of its `light-dark()` pair in the CSS).
pub const LIGHT: [(&str, &str); 23] = [
    ("--surface", "#ffffff"),
    ("--text", "#1b1f24"),
    ("--muted", "#4f5966"),
    ("--accent", "#1d5fbf"),
    ("--error", "#b3261e"),
    ("--reactive", "#c2410c"),
    ("--collateral", "#7c3aed"),
    ("--overhead", "#64748b"),
    ("--proactive", "#15803d"),
    ("--ok", "#146c2e"),
    ("--on-accent", "#ffffff"),
    ("--chart-customers", "#1d5fbf"),
    ("--chart-arr", "#0f766e"),
    ("--chart-scheduled", "#1d5fbf"),
    ("--chart-unscheduled", "#0e7490"),
    ("--chart-programs", "#be185d"),
    ("--chart-low", "#0f766e"),
    ("--chart-high", "#c2410c"),
    ("--chart-needed", "#1b1f24"),
    ("--chart-available", "#15803d"),
    ("--chart-short", "#c2410c"),
    ("--chart-grid", "#e6e9ee"),
    ("--chart-band", "#1b1f24"),
];

/// The font of the page (`style/main.css`), for text in a file.
pub const FONT: &str =
    "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif";

/// One rule of the charts' style sheets: elements of `tag` (any when empty)
/// with class `class` (any when empty), inside an element with class
/// `within` (anywhere when empty), get `decls` as presentation attributes.
/// Later rules win, as the style sheets order them.
pub struct Rule {
    /// Class of an ancestor, or "".
    pub within: &'static str,
    /// Tag name, or "".
    pub tag: &'static str,
    /// Class of the element, or "".
    pub class: &'static str,
    /// `(attribute, value)`; a value may be `var(--name)`.
    pub decls: &'static [(&'static str, &'static str)],
}

const fn rule(
    within: &'static str,
    tag: &'static str,
    class: &'static str,
    decls: &'static [(&'static str, &'static str)],
) -> Rule {
    Rule {
        within,
        tag,
        class,
        decls,
    }
}

const CRISP: (&str, &str) = ("shape-rendering", "crispEdges");

/// The chart rules of the style sheets, in their order (see the module doc).
#[rustfmt::skip]
pub const RULES: &[Rule] = &[
    rule("", "text", "", &[("font-size", "12"), ("fill", "var(--text)")]),
    rule("", "text", "chart__tick", &[("fill", "var(--muted)"), ("font-size", "11")]),
    rule("", "text", "chart__note", &[("fill", "var(--muted)"), ("font-size", "11")]),
    rule("", "text", "chart__axis-title", &[("font-weight", "600"), ("fill", "var(--muted)")]),
    rule("", "text", "chart__name", &[("font-weight", "600")]),
    rule("", "text", "chart__inside", &[("fill", "var(--on-accent)"), ("font-weight", "600")]),
    rule("", "text", "chart__value--strong", &[("font-weight", "700"), ("font-size", "13")]),
    rule("", "", "chart__axis", &[("stroke", "var(--muted)"), ("stroke-width", "1"), CRISP]),
    rule("", "", "chart__grid", &[("stroke", "var(--chart-grid)"), ("stroke-width", "1"), CRISP]),
    rule("", "", "chart__base", &[("stroke", "var(--text)"), ("stroke-width", "1"), CRISP]),
    rule("", "rect", "chart__customers", &[("fill", "var(--chart-customers)")]),
    rule("", "rect", "chart__arr", &[("fill", "var(--chart-arr)")]),
    rule("", "rect", "chart__reactive", &[("fill", "var(--reactive)")]),
    rule("", "rect", "chart__collateral", &[("fill", "var(--collateral)")]),
    rule("", "rect", "chart__overhead", &[("fill", "var(--overhead)")]),
    rule("", "rect", "chart__proactive", &[("fill", "var(--proactive)")]),
    rule("", "rect", "chart__scheduled", &[("fill", "var(--chart-scheduled)")]),
    rule("", "rect", "chart__unscheduled", &[("fill", "var(--chart-unscheduled)")]),
    rule("", "rect", "chart__programs", &[("fill", "var(--chart-programs)")]),
    rule("", "rect", "chart__low", &[("fill", "var(--chart-low)")]),
    rule("", "rect", "chart__high", &[("fill", "var(--chart-high)")]),
    rule("", "rect", "chart__value-bar", &[("fill", "var(--text)")]),
    rule("", "", "chart__line", &[("fill", "none"), ("stroke-width", "2"), ("stroke-linejoin", "round"), ("stroke-linecap", "round")]),
    rule("", "", "chart__line--needed", &[("stroke", "var(--chart-needed)"), ("stroke-width", "2.5")]),
    rule("", "", "chart__line--available", &[("stroke", "var(--chart-available)")]),
    rule("", "", "chart__line--without", &[("stroke", "var(--muted)"), ("stroke-dasharray", "5 4"), ("stroke-width", "1.5")]),
    rule("", "", "chart__short", &[("fill", "var(--chart-short)"), ("fill-opacity", "0.25"), ("stroke", "none")]),
    rule("chart__marker", "path", "", &[("fill", "var(--accent)")]),
    rule("chart__marker", "text", "", &[("font-weight", "600")]),
    rule("chart__marker--late", "path", "", &[("fill", "var(--error)")]),
    rule("chart__marker--late", "text", "", &[("fill", "var(--error)")]),
    rule("", "", "chart__band", &[("fill", "var(--chart-band)")]),
    rule("", "", "chart__band--0", &[("fill-opacity", "0.06")]),
    rule("", "", "chart__band--1", &[("fill-opacity", "0.11")]),
    rule("", "", "chart__band--2", &[("fill-opacity", "0.17")]),
    rule("", "", "chart__band--3", &[("fill-opacity", "0.24")]),
    rule("", "", "chart__rule-line", &[("stroke", "var(--text)"), ("stroke-width", "1"), CRISP, ("stroke-dasharray", "3 2")]),
    rule("chart__rule--met", "", "chart__rule-line", &[("stroke", "var(--ok)"), ("stroke-dasharray", "none")]),
    rule("", "", "chart__rule-label", &[("font-size", "11"), ("fill", "var(--muted)")]),
    rule("chart__rule--met", "", "chart__rule-label", &[("fill", "var(--ok)"), ("font-weight", "700")]),
    rule("", "", "chart__fan", &[("fill", "var(--accent)"), ("fill-opacity", "0.16"), ("stroke", "none")]),
    rule("", "", "chart__line--fan", &[("stroke", "var(--accent)"), ("stroke-width", "1.5"), ("stroke-dasharray", "5 3")]),
    rule("", "rect", "chart__role-csm", &[("fill", "var(--chart-customers)")]),
    rule("", "rect", "chart__role-associate", &[("fill", "var(--chart-arr)")]),
    rule("", "rect", "chart__role-pooled", &[("fill", "var(--chart-programs)")]),
    rule("", "rect", "chart__role-partner", &[("fill", "var(--chart-high)")]),
    rule("", "rect", "chart__role-managers", &[("fill", "var(--overhead)")]),
    rule("", "rect", "chart__cost", &[("fill", "var(--chart-customers)")]),
    rule("", "", "chart__scenario-0", &[("stroke", "var(--chart-needed)"), ("stroke-width", "2.5")]),
    rule("", "", "chart__scenario-1", &[("stroke", "var(--chart-customers)"), ("stroke-dasharray", "7 4")]),
    rule("", "", "chart__scenario-2", &[("stroke", "var(--chart-high)"), ("stroke-dasharray", "2 4")]),
    rule("", "", "chart__scenario-3", &[("stroke", "var(--chart-arr)"), ("stroke-dasharray", "10 4 2 4")]),
];

/// The light value of `value`: a `var(--name)` replaced by its colour in
/// [`LIGHT`] (black for a name not there, which a test rules out).
pub fn light(value: &str) -> &str {
    match value.strip_prefix("var(").and_then(|v| v.strip_suffix(')')) {
        Some(name) => LIGHT
            .iter()
            .find(|(n, _)| *n == name)
            .map_or("#000000", |(_, colour)| colour),
        None => value,
    }
}

fn has_class(classes: &str, class: &str) -> bool {
    classes.split_ascii_whitespace().any(|c| c == class)
}

/// The presentation attributes [`RULES`] give an element of `tag` with
/// `classes`, inside ancestors with `within` (each a class list).
pub fn styles(tag: &str, classes: &str, within: &[&str]) -> Vec<(&'static str, &'static str)> {
    let mut out: Vec<(&'static str, &'static str)> = Vec::new();
    for r in RULES {
        let tag_ok = r.tag.is_empty() || r.tag == tag;
        let class_ok = r.class.is_empty() || has_class(classes, r.class);
        let within_ok = r.within.is_empty() || within.iter().any(|c| has_class(c, r.within));
        if !(tag_ok && class_ok && within_ok) {
            continue;
        }
        for (name, value) in r.decls {
            let value = light(value);
            match out.iter_mut().find(|(n, _)| n == name) {
                Some(slot) => slot.1 = value,
                None => out.push((name, value)),
            }
        }
    }
    out
}

/// `element` with its classes turned into presentation attributes (light
/// theme) and its `class` dropped, so it draws the same without any style
/// sheet. An attribute the element sets itself wins over a rule's.
pub fn inline(element: &Element) -> Element {
    inline_within(element, &mut Vec::new())
}

fn inline_within(element: &Element, within: &mut Vec<Rc<str>>) -> Element {
    let classes = element
        .get("class")
        .map(Rc::<str>::from)
        .unwrap_or_default();
    let ancestors: Vec<&str> = within.iter().map(|c| &**c).collect();
    let mut attrs: Vec<(&'static str, Rc<str>)> = element
        .attrs
        .iter()
        .filter(|(name, _)| *name != "class")
        .cloned()
        .collect();
    for (name, value) in styles(element.tag, &classes, &ancestors) {
        if !attrs.iter().any(|(n, _)| *n == name) {
            attrs.push((name, value.into()));
        }
    }
    within.push(classes);
    let children = element
        .children
        .iter()
        .map(|child| match child {
            Node::Element(e) => Node::Element(inline_within(e, within)),
            Node::Text(t) => Node::Text(t.clone()),
        })
        .collect();
    within.pop();
    Element {
        tag: element.tag,
        attrs,
        children,
    }
}

/// `text` safe inside XML text and attribute values.
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// `element` as XML text (no declaration), attributes and text escaped.
pub fn to_xml(element: &Element) -> String {
    let mut out = String::new();
    write_xml(element, &mut out);
    out
}

fn write_xml(element: &Element, out: &mut String) {
    out.push('<');
    out.push_str(element.tag);
    for (name, value) in &element.attrs {
        out.push(' ');
        out.push_str(name);
        out.push_str("=\"");
        out.push_str(&escape_xml(value));
        out.push('"');
    }
    if element.children.is_empty() {
        out.push_str("/>");
        return;
    }
    out.push('>');
    for child in &element.children {
        match child {
            Node::Element(e) => write_xml(e, out),
            Node::Text(t) => out.push_str(&escape_xml(t)),
        }
    }
    out.push_str("</");
    out.push_str(element.tag);
    out.push('>');
}

/// What a file says under its drawing: the plan's name and the link that
/// opens it.
#[derive(Clone, Debug, PartialEq)]
pub struct Caption {
    /// The plan's name.
    pub name: String,
    /// The share link (the page's address when the file was made).
    pub link: String,
}

/// Space around the file's content (px).
const PAD: f64 = 16.0;
/// The title's font size (px).
const TITLE_PX: f64 = 16.0;
/// A legend entry's and the plan name's font size (px).
const LEGEND_PX: f64 = 12.0;
/// The link's font size (px).
const LINK_PX: f64 = 11.0;
/// Height of one line of legend or caption (px).
const LINE: f64 = 18.0;

/// The width (px) a drawing's `viewBox` gives it, and its height.
fn view_size(svg: &Element) -> (f64, f64) {
    let parts: Vec<f64> = svg
        .get("viewBox")
        .unwrap_or("")
        .split_ascii_whitespace()
        .filter_map(crate::decimal::parse)
        .filter(|v| v.is_finite() && *v >= 0.0)
        .collect();
    match parts.as_slice() {
        [_, _, w, h] => (*w, *h),
        _ => (600.0, 300.0),
    }
}

/// `text` cut into lines of at most `max_px` at `font_px`, at any character
/// (a link has no spaces to break at); at least one character a line.
pub fn wrap_anywhere(text: &str, font_px: f64, max_px: f64) -> Vec<String> {
    let per_line = (max_px / text_width("0", font_px)).floor().max(1.0) as usize;
    let chars: Vec<char> = text.chars().collect();
    chars.chunks(per_line).map(|c| c.iter().collect()).collect()
}

fn el(tag: &'static str, attrs: Vec<(&'static str, String)>, children: Vec<Node>) -> Element {
    Element {
        tag,
        attrs: attrs.into_iter().map(|(n, v)| (n, v.into())).collect(),
        children,
    }
}

fn text(x: f64, y: f64, px: f64, extra: Vec<(&'static str, String)>, words: &str) -> Node {
    let mut attrs = vec![
        ("x", num(x)),
        ("y", num(y)),
        ("font-size", num(px)),
        ("fill", light("var(--text)").to_string()),
    ];
    for (name, value) in extra {
        match attrs.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => attrs.push((name, value)),
        }
    }
    Node::Element(el("text", attrs, vec![Node::Text(words.into())]))
}

/// The fill that marks a legend entry of `class` (the colour its bars or
/// lines take), in the light theme.
pub fn swatch_colour(class: &str) -> &'static str {
    let last = class.split_ascii_whitespace().last().unwrap_or("");
    let line = last.replace("chart__swatch--", "chart__line--");
    for (tag, classes, attr) in [
        ("rect", last, "fill"),
        ("path", last, "stroke"),
        ("path", line.as_str(), "stroke"),
        ("path", last, "fill"),
    ] {
        if let Some((_, colour)) = styles(tag, classes, &[])
            .into_iter()
            .find(|(n, v)| *n == attr && v.starts_with('#'))
        {
            return colour;
        }
    }
    match last {
        "chart__swatch--marker" | "chart__swatch--fan" | "chart__swatch--fan-median" => {
            light("var(--accent)")
        }
        "chart__swatch--late" => light("var(--error)"),
        _ => light("var(--muted)"),
    }
}

/// The standalone SVG file of `drawing` (an `<svg>` from
/// [`super::markup::Markup`] or any element with a `viewBox`): the XML
/// declaration, `title` as a heading, the `legend` (swatch class and words)
/// under it, the drawing in the light theme with no class or CSS variable
/// left, and `caption` under it (the plan's name, and its link, wrapped at
/// any character to the drawing's width), on a white ground.
pub fn standalone(
    drawing: &Element,
    title: &str,
    legend: &[(&str, &str)],
    caption: &Caption,
) -> String {
    let (w, h) = view_size(drawing);
    let inner = (w).max(200.0);
    let full = inner + 2.0 * PAD;
    let mut body: Vec<Node> = Vec::new();
    let mut y = PAD + TITLE_PX;
    body.push(text(
        PAD,
        y,
        TITLE_PX,
        vec![("font-weight", "700".into())],
        title,
    ));
    // The legend, wrapped to the width.
    if !legend.is_empty() {
        y += LINE;
        let mut x = PAD;
        for (class, words) in legend {
            let item = 10.0 + 6.0 + text_width(words, LEGEND_PX) + 16.0;
            if x > PAD && x + item > full - PAD {
                x = PAD;
                y += LINE;
            }
            body.push(Node::Element(el(
                "rect",
                vec![
                    ("x", num(x)),
                    ("y", num(y - 10.0)),
                    ("width", "10".into()),
                    ("height", "10".into()),
                    ("rx", "2".into()),
                    ("fill", swatch_colour(class).into()),
                ],
                Vec::new(),
            )));
            body.push(text(
                x + 16.0,
                y,
                LEGEND_PX,
                vec![("fill", light("var(--muted)").into())],
                words,
            ));
            x += item;
        }
    }
    y += 12.0;
    // The drawing, nested at its own size.
    let mut nested = inline(drawing);
    nested.attrs.retain(|(n, _)| matches!(*n, "viewBox"));
    nested.attrs.extend([
        ("x", num(PAD).into()),
        ("y", num(y).into()),
        ("width", num(w).into()),
        ("height", num(h).into()),
        ("overflow", "visible".into()),
    ]);
    // The drawing's own title and description stay: its text alternative.
    body.push(Node::Element(nested));
    y += h + LINE;
    body.push(text(
        PAD,
        y,
        LEGEND_PX,
        vec![("font-weight", "600".into())],
        &caption.name,
    ));
    let mut link_lines = Vec::new();
    for line in wrap_anywhere(&caption.link, LINK_PX, inner) {
        y += LINE - 3.0;
        link_lines.push(text(
            PAD,
            y,
            LINK_PX,
            vec![("fill", light("var(--accent)").into())],
            &line,
        ));
    }
    body.push(Node::Element(el(
        "a",
        vec![("href", caption.link.clone())],
        link_lines,
    )));
    let height = y + PAD;
    let mut children = vec![
        Node::Element(el("title", Vec::new(), vec![Node::Text(title.into())])),
        Node::Element(el(
            "rect",
            vec![
                ("width", num(full)),
                ("height", num(height)),
                ("fill", light("var(--surface)").into()),
            ],
            Vec::new(),
        )),
    ];
    children.extend(body);
    let root = el(
        "svg",
        vec![
            ("xmlns", "http://www.w3.org/2000/svg".into()),
            ("width", num(full)),
            ("height", num(height)),
            ("viewBox", format!("0 0 {} {}", num(full), num(height))),
            ("font-family", FONT.into()),
            ("role", "img".into()),
        ],
        children,
    );
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}\n",
        to_xml(&root)
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::chart::markup::Markup;
    use crate::chart::{Anchor, Label, Rect};

    const CSS: [&str; 3] = [
        include_str!("../../style/main.css"),
        include_str!("../../style/charts.css"),
        include_str!("../../style/compare.css"),
    ];

    /// `(selector, body)` of every rule of the style sheets (an `@media`
    /// block's rules included, its own line dropped).
    fn css_blocks() -> Vec<(String, String)> {
        let mut out = Vec::new();
        for css in CSS {
            // Comments out, so a brace in one cannot split a rule.
            let mut clean = String::new();
            let mut rest = css;
            while let Some((before, after)) = rest.split_once("/*") {
                clean.push_str(before);
                rest = after.split_once("*/").map_or("", |(_, a)| a);
            }
            clean.push_str(rest);
            for block in clean.split('}') {
                if let Some((selector, body)) = block.rsplit_once('{') {
                    let selector = selector.rsplit('{').next().unwrap_or("");
                    out.push((selector.trim().to_string(), body.replace("px", "")));
                }
            }
        }
        out
    }

    /// Whether `selector` names `.class` as a whole class.
    fn names(selector: &str, class: &str) -> bool {
        let needle = format!(".{class}");
        selector.match_indices(&needle).any(|(i, _)| {
            let next = selector[i + needle.len()..].chars().next();
            !matches!(next, Some(c) if c.is_ascii_alphanumeric() || c == '_' || c == '-')
        })
    }

    /// Each `--name: light-dark(#light, #dark)` of the style sheets.
    fn css_light() -> Vec<(String, String)> {
        let mut out = Vec::new();
        for css in CSS {
            for line in css.lines() {
                let line = line.trim();
                if let Some((name, value)) = line.split_once(':') {
                    if let Some(pair) = value.trim().strip_prefix("light-dark(") {
                        let light = pair.split(',').next().unwrap_or("").trim();
                        out.push((name.trim().to_string(), light.to_string()));
                    }
                }
            }
        }
        out
    }

    #[test]
    fn the_light_colours_are_the_style_sheets() {
        let css = css_light();
        for (name, colour) in LIGHT {
            let found: Vec<&String> = css
                .iter()
                .filter(|(n, _)| n == name)
                .map(|(_, c)| c)
                .collect();
            assert!(!found.is_empty(), "{name} is not in the style sheets");
            for c in found {
                assert_eq!(
                    c, colour,
                    "{name}: the CSS's light value is {c}, the table's {colour}"
                );
            }
        }
    }

    #[test]
    fn every_rule_is_one_of_the_style_sheets() {
        let blocks = css_blocks();
        for r in RULES {
            let candidates: Vec<&(String, String)> = blocks
                .iter()
                .filter(|(selector, _)| {
                    selector.split(',').any(|s| {
                        let s = s.trim();
                        let last = s.split_whitespace().last().unwrap_or("");
                        (r.class.is_empty() || names(s, r.class))
                            && (r.within.is_empty() || names(s, r.within))
                            && (!r.class.is_empty() || last == r.tag)
                    })
                })
                .collect();
            for (name, value) in r.decls {
                let want = format!("{name}: {value}");
                assert!(
                    candidates.iter().any(|(_, body)| body.contains(&want)),
                    "rule {}/{}/{}: no CSS rule says `{want}`",
                    r.within,
                    r.tag,
                    r.class
                );
            }
            for (_, value) in r.decls {
                if let Some(name) = value.strip_prefix("var(").and_then(|v| v.strip_suffix(')')) {
                    assert!(
                        LIGHT.iter().any(|(n, _)| *n == name),
                        "{name} has no light colour"
                    );
                }
            }
        }
    }

    #[test]
    fn a_wrong_colour_would_be_caught() {
        // The check above is not vacuous: a rule the CSS does not say fails it.
        let blocks = css_blocks();
        assert!(!blocks.iter().any(
            |(s, body)| names(s, "chart__customers") && body.contains("fill: var(--chart-arr)")
        ));
        assert!(blocks.iter().any(|(s, body)| names(s, "chart__customers")
            && body.contains("fill: var(--chart-customers)")));
    }

    pub(crate) fn sample() -> Element {
        let mut m = Markup::svg("chart-x-svg", 400.0, 120.0, "People <by> role", "A & B");
        m.rect(&Rect::new(10.0, 10.0, 50.0, 20.0), "chart__customers");
        m.line(0.5, 0.0, 0.5, 100.0, "chart__axis");
        m.group("chart__rule chart__rule--met", "tip");
        m.line(1.0, 1.0, 2.0, 2.0, "chart__rule-line");
        m.end_group();
        let label = Label {
            x: 5.0,
            y: 50.0,
            anchor: Anchor::Start,
            inside: false,
        };
        m.text(&label, "chart__tick", "Tier \"A\" & <B>");
        m.finish()
    }

    /// Checks `xml` is well formed: one root, every tag closed in order,
    /// attributes quoted, `&` only in the five entities, no `<` in text.
    pub(crate) fn well_formed(xml: &str) -> Result<usize, String> {
        let body = xml
            .strip_prefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .unwrap_or(xml)
            .trim();
        let mut stack: Vec<String> = Vec::new();
        let mut tags = 0;
        let mut rest = body;
        let mut roots = 0;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('<') {
                let end = after.find('>').ok_or("a tag is not closed")?;
                let inside = &after[..end];
                rest = &after[end + 1..];
                if let Some(name) = inside.strip_prefix('/') {
                    let open = stack.pop().ok_or("a closing tag without its opening")?;
                    if open != name {
                        return Err(format!("</{name}> closes <{open}>"));
                    }
                    continue;
                }
                let self_closing = inside.ends_with('/');
                let inside = inside.trim_end_matches('/');
                let name = inside.split_whitespace().next().ok_or("an empty tag")?;
                // Attributes: name="value" pairs, values without `<` or `"`.
                let mut attrs = inside[name.len()..].trim();
                while !attrs.is_empty() {
                    let (_, after) = attrs
                        .split_once("=\"")
                        .ok_or("an attribute without a quoted value")?;
                    let (value, after) = after.split_once('"').ok_or("an unclosed attribute")?;
                    check_entities(value)?;
                    attrs = after.trim();
                }
                if stack.is_empty() {
                    roots += 1;
                }
                tags += 1;
                if !self_closing {
                    stack.push(name.to_string());
                }
            } else {
                let end = rest.find('<').unwrap_or(rest.len());
                check_entities(&rest[..end])?;
                if stack.is_empty() && !rest[..end].trim().is_empty() {
                    return Err("text outside the root".into());
                }
                rest = &rest[end..];
            }
        }
        if !stack.is_empty() {
            return Err(format!("unclosed: {stack:?}"));
        }
        if roots != 1 {
            return Err(format!("{roots} roots"));
        }
        Ok(tags)
    }

    fn check_entities(text: &str) -> Result<(), String> {
        if text.contains('<') || text.contains('>') {
            return Err(format!("a raw < or > in {text:?}"));
        }
        for (i, _) in text.match_indices('&') {
            let tail = &text[i..];
            if !["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]
                .iter()
                .any(|e| tail.starts_with(e))
            {
                return Err(format!("a bare & in {text:?}"));
            }
        }
        Ok(())
    }

    #[test]
    fn the_checker_refuses_broken_xml() {
        assert!(well_formed("<svg><g></svg>").is_err());
        assert!(well_formed("<svg>a & b</svg>").is_err());
        assert!(well_formed("<svg a=b/>").is_err());
        assert!(well_formed("<svg/><svg/>").is_err());
        assert_eq!(
            well_formed("<svg><g/><text x=\"1\">&amp;</text></svg>"),
            Ok(3)
        );
    }

    fn caption() -> Caption {
        Caption {
            name: "Q3 <plan> & \"more\"".into(),
            link: format!("http://127.0.0.1:8080/?v=4&z={}", "A".repeat(300)),
        }
    }

    #[test]
    fn a_chart_file_is_well_formed_light_and_captioned() {
        let file = standalone(
            &sample(),
            "People by role",
            &[
                ("chart__customers", "CSMs"),
                ("chart__swatch--needed", "Needed"),
            ],
            &caption(),
        );
        assert!(file.starts_with(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
        ));
        let tags = well_formed(&file).unwrap();
        assert!(tags > 10, "{tags}");
        // No class and no CSS variable is left: it draws without a style sheet.
        assert!(
            !file.contains("var(") && !file.contains("class=") && !file.contains("--"),
            "{file}"
        );
        assert!(!file.contains("100%"));
        // The light colours, inlined.
        assert!(file.contains("fill=\"#1d5fbf\""), "the CSMs' bar");
        assert!(file.contains("stroke=\"#4f5966\""), "the axis");
        assert!(file.contains("stroke=\"#146c2e\""), "a rule met is green");
        assert!(file.contains("fill=\"#ffffff\""), "a white ground");
        // The title, the caption (escaped) and the whole link.
        assert!(file.contains(">People by role</text>"));
        assert!(file.contains("Q3 &lt;plan&gt; &amp; &quot;more&quot;"));
        assert!(file.contains("href=\"http://127.0.0.1:8080/?v=4&amp;z=AAA"));
        let shown: String = file
            .split("<a ")
            .nth(1)
            .and_then(|a| a.split("</a>").next())
            .unwrap()
            .split("</text>")
            .filter_map(|t| t.rsplit('>').next())
            .collect();
        assert_eq!(
            shown.replace("&amp;", "&"),
            caption().link,
            "the link, wrapped"
        );
        assert!(file.contains("Tier &quot;A&quot; &amp; &lt;B&gt;"));
    }

    #[test]
    fn inline_keeps_what_an_element_sets_and_follows_ancestors() {
        let svg = inline(&sample());
        let all = svg.descendants();
        let rule_line = all
            .iter()
            .find(|e| e.tag == "line" && e.get("x1") == Some("1"))
            .unwrap();
        assert_eq!(rule_line.get("stroke"), Some("#146c2e"));
        assert_eq!(rule_line.get("stroke-dasharray"), Some("none"));
        let tick = all.iter().find(|e| e.tag == "text").unwrap();
        assert_eq!(tick.get("font-size"), Some("11"));
        assert_eq!(tick.get("fill"), Some("#4f5966"));
        assert_eq!(
            tick.get("text-anchor"),
            Some("start"),
            "its own attribute stays"
        );
        assert!(all.iter().all(|e| e.get("class").is_none()));
    }

    #[test]
    fn swatches_take_their_series_colour() {
        assert_eq!(swatch_colour("chart__customers"), "#1d5fbf");
        assert_eq!(swatch_colour("chart__swatch chart__high"), "#c2410c");
        assert_eq!(swatch_colour("chart__swatch--needed"), "#1b1f24");
        assert_eq!(swatch_colour("chart__swatch--available"), "#15803d");
        assert_eq!(swatch_colour("chart__swatch--late"), "#b3261e");
    }

    #[test]
    fn a_link_wraps_at_any_character_and_keeps_every_one() {
        let lines = wrap_anywhere("abcdefghij", 10.0, 30.0);
        assert_eq!(lines, ["abcde", "fghij"]);
        assert_eq!(wrap_anywhere("", 10.0, 30.0), Vec::<String>::new());
        assert_eq!(wrap_anywhere("ab", 10.0, 1.0), ["a", "b"]);
    }

    #[test]
    fn control_characters_are_dropped_from_xml() {
        assert_eq!(escape_xml("a\u{1}b\tc"), "ab\tc");
    }
}
