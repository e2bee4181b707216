//! A small SVG writer: elements as text, with every coordinate written by
//! [`num`] (never NaN) and every piece of text escaped.
//!
//! The page inserts the finished `<svg>` as one node. Building it as text
//! keeps the WebAssembly small: each element is a few `push_str` calls
//! instead of the virtual-DOM code a `yew::html!` element compiles to.

use super::svg::num;
use super::{Label, Rect};

/// `text` with `&`, `<`, `>`, `"` and `'` escaped for SVG text and attributes.
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

/// An `<svg>` being written.
pub struct Markup {
    out: String,
}

impl Markup {
    /// Opens `<svg role="img">` of `width` × `height` px, scaling to its
    /// container, labelled by its `<title>` and `<desc>` (ids `{id}-title`
    /// and `{id}-desc`).
    pub fn svg(id: &str, width: f64, height: f64, title: &str, desc: &str) -> Markup {
        let mut m = Markup {
            out: String::with_capacity(4096),
        };
        let id = escape(id);
        m.out.push_str("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart__svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 ");
        m.out.push_str(&num(width));
        m.out.push(' ');
        m.out.push_str(&num(height));
        m.out.push_str("\" aria-labelledby=\"");
        m.out.push_str(&id);
        m.out.push_str("-title ");
        m.out.push_str(&id);
        m.out.push_str("-desc\"><title id=\"");
        m.out.push_str(&id);
        m.out.push_str("-title\">");
        m.out.push_str(&escape(title));
        m.out.push_str("</title><desc id=\"");
        m.out.push_str(&id);
        m.out.push_str("-desc\">");
        m.out.push_str(&escape(desc));
        m.out.push_str("</desc>");
        m
    }

    fn attr(&mut self, name: &str, value: f64) {
        self.out.push(' ');
        self.out.push_str(name);
        self.out.push_str("=\"");
        self.out.push_str(&num(value));
        self.out.push('"');
    }

    fn class(&mut self, tag: &str, class: &str) {
        self.out.push('<');
        self.out.push_str(tag);
        self.out.push_str(" class=\"");
        self.out.push_str(class);
        self.out.push('"');
    }

    /// A `<rect>`.
    pub fn rect(&mut self, r: &Rect, class: &str) {
        self.class("rect", class);
        self.attr("x", r.x);
        self.attr("y", r.y);
        self.attr("width", r.width);
        self.attr("height", r.height);
        self.out.push_str("/>");
    }

    /// A `<line>` from `(x1, y1)` to `(x2, y2)`.
    pub fn line(&mut self, x1: f64, y1: f64, x2: f64, y2: f64, class: &str) {
        self.class("line", class);
        self.attr("x1", x1);
        self.attr("y1", y1);
        self.attr("x2", x2);
        self.attr("y2", y2);
        self.out.push_str("/>");
    }

    /// A `<path>` with data `d` (from [`super::svg::polyline`] or built with [`num`]).
    pub fn path(&mut self, d: &str, class: &str) {
        self.class("path", class);
        self.out.push_str(" d=\"");
        self.out.push_str(&escape(d));
        self.out.push_str("\"/>");
    }

    /// A `<text>` at `label`.
    pub fn text(&mut self, label: &Label, class: &str, words: &str) {
        self.class("text", class);
        self.attr("x", label.x);
        self.attr("y", label.y);
        self.out.push_str(" text-anchor=\"");
        self.out.push_str(label.anchor.svg());
        self.out.push_str("\">");
        self.out.push_str(&escape(words));
        self.out.push_str("</text>");
    }

    /// Opens a `<g>` with `class` and a `<title>` tooltip (none when empty).
    pub fn group(&mut self, class: &str, tooltip: &str) {
        self.class("g", class);
        self.out.push('>');
        if !tooltip.is_empty() {
            self.out.push_str("<title>");
            self.out.push_str(&escape(tooltip));
            self.out.push_str("</title>");
        }
    }

    /// Closes the last [`Markup::group`].
    pub fn end_group(&mut self) {
        self.out.push_str("</g>");
    }

    /// Closes the `<svg>` and returns its text.
    pub fn finish(mut self) -> String {
        self.out.push_str("</svg>");
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::Anchor;
    use proptest::prelude::*;

    #[test]
    fn writes_an_accessible_svg() {
        let mut m = Markup::svg("chart-x", 600.0, 120.5, "Tier <pyramid>", "A & B");
        m.rect(&Rect::new(1.0, 2.0, 3.5, f64::NAN), "bar");
        m.text(
            &Label {
                x: 10.0,
                y: 20.0,
                anchor: Anchor::End,
                inside: false,
            },
            "v",
            "\"Tech\" touch",
        );
        m.group("g", "");
        m.line(0.5, 0.0, 0.5, 10.0, "axis");
        m.end_group();
        let svg = m.finish();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart__svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 600 120.5\" aria-labelledby=\"chart-x-title chart-x-desc\">"));
        assert!(svg.contains("<title id=\"chart-x-title\">Tier &lt;pyramid&gt;</title><desc id=\"chart-x-desc\">A &amp; B</desc>"));
        assert!(svg.contains("<rect class=\"bar\" x=\"1\" y=\"2\" width=\"3.5\" height=\"0\"/>"));
        assert!(svg.contains(">&quot;Tech&quot; touch</text>"));
        assert!(svg.ends_with("</g></svg>"));
    }

    proptest! {
        #[test]
        fn text_never_breaks_out(s in ".*") {
            let e = escape(&s);
            prop_assert!(!e.contains('<') && !e.contains('>') && !e.contains('"'));
        }

        #[test]
        fn no_nan_in_any_attribute(x in any::<f64>(), y in any::<f64>(), w in any::<f64>(), h in any::<f64>()) {
            let mut m = Markup::svg("c", w, h, "t", "d");
            m.rect(&Rect { x, y, width: w, height: h }, "r");
            m.line(x, y, w, h, "l");
            let svg = m.finish();
            prop_assert!(!svg.contains("NaN") && !svg.contains("inf"));
        }
    }
}
