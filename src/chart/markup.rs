//! A small SVG builder: a tree of elements, with every coordinate written by
//! [`num`] (never NaN) and every piece of text kept as text (never markup).
//!
//! The page turns the finished tree into Yew elements (`ui::charts::frame`);
//! on the next keystroke Yew changes only the attributes and texts that
//! moved, instead of parsing, laying out and painting a new `<svg>`.
//! Building the tree with these few methods, rather than with `yew::html!`
//! at each call site, keeps the WebAssembly small.
//!
//! Every value and text is an `Rc<str>`: the page draws the tree and keeps it
//! for "Download as image" ([`super::standalone`]), and drawing it from a
//! reference then copies pointers, not text.

use std::rc::Rc;

use super::svg::num;
use super::{Label, Rect};

/// An SVG element: its tag, its attributes in order, and its children.
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    /// The tag name (`rect`, `g`, ...).
    pub tag: &'static str,
    /// `(name, value)` of each attribute, in the order written.
    pub attrs: Vec<(&'static str, Rc<str>)>,
    /// The children, in order.
    pub children: Vec<Node>,
}

/// A child of an [`Element`]: another element or a run of text.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    /// An element.
    Element(Element),
    /// Text, inserted as a text node.
    Text(Rc<str>),
}

impl Element {
    fn new(tag: &'static str, class: &str) -> Element {
        Element {
            tag,
            attrs: vec![("class", class.into())],
            children: Vec::new(),
        }
    }

    fn attr(mut self, name: &'static str, value: f64) -> Element {
        self.attrs.push((name, num(value).into()));
        self
    }

    /// The value of attribute `name`, if it is set.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| &**v)
    }

    /// The text of this element and of all its descendants, in order.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for child in &self.children {
            match child {
                Node::Text(t) => out.push_str(t),
                Node::Element(e) => out.push_str(&e.text()),
            }
        }
        out
    }

    /// Every element below this one, depth first.
    pub fn descendants(&self) -> Vec<&Element> {
        let mut out = Vec::new();
        for child in &self.children {
            if let Node::Element(e) = child {
                out.push(e);
                out.extend(e.descendants());
            }
        }
        out
    }
}

/// An `<svg>` being built: the root, then each open group.
pub struct Markup {
    open: Vec<Element>,
}

impl Markup {
    /// Opens `<svg role="img">` of `width` × `height` px, scaling to its
    /// container, labelled by its `<title>` and `<desc>` (ids `{id}-title`
    /// and `{id}-desc`).
    pub fn svg(id: &str, width: f64, height: f64, title: &str, desc: &str) -> Markup {
        let mut root = Element::new("svg", "chart__svg");
        root.attrs.push(("role", "img".into()));
        root.attrs.push(("width", "100%".into()));
        root.attrs.push((
            "viewBox",
            format!("0 0 {} {}", num(width), num(height)).into(),
        ));
        root.attrs
            .push(("aria-labelledby", format!("{id}-title {id}-desc").into()));
        for (tag, words) in [("title", title), ("desc", desc)] {
            root.children.push(Node::Element(Element {
                tag,
                attrs: vec![("id", format!("{id}-{tag}").into())],
                children: vec![Node::Text(words.into())],
            }));
        }
        Markup { open: vec![root] }
    }

    fn push(&mut self, element: Element) {
        if let Some(parent) = self.open.last_mut() {
            parent.children.push(Node::Element(element));
        }
    }

    /// A `<rect>`.
    pub fn rect(&mut self, r: &Rect, class: &str) {
        let rect = Element::new("rect", class)
            .attr("x", r.x)
            .attr("y", r.y)
            .attr("width", r.width)
            .attr("height", r.height);
        self.push(rect);
    }

    /// A `<line>` from `(x1, y1)` to `(x2, y2)`.
    pub fn line(&mut self, x1: f64, y1: f64, x2: f64, y2: f64, class: &str) {
        let line = Element::new("line", class)
            .attr("x1", x1)
            .attr("y1", y1)
            .attr("x2", x2)
            .attr("y2", y2);
        self.push(line);
    }

    /// A `<path>` with data `d` (from [`super::svg::polyline`] or built with [`num`]).
    pub fn path(&mut self, d: &str, class: &str) {
        let mut path = Element::new("path", class);
        path.attrs.push(("d", d.into()));
        self.push(path);
    }

    /// A `<text>` at `label`.
    pub fn text(&mut self, label: &Label, class: &str, words: &str) {
        let mut text = Element::new("text", class)
            .attr("x", label.x)
            .attr("y", label.y);
        text.attrs.push(("text-anchor", label.anchor.svg().into()));
        text.children.push(Node::Text(words.into()));
        self.push(text);
    }

    /// Opens a `<g>` with `class` and a `<title>` tooltip (none when empty).
    pub fn group(&mut self, class: &str, tooltip: &str) {
        let mut group = Element::new("g", class);
        if !tooltip.is_empty() {
            group.children.push(Node::Element(Element {
                tag: "title",
                attrs: Vec::new(),
                children: vec![Node::Text(tooltip.into())],
            }));
        }
        self.open.push(group);
    }

    /// Closes the last [`Markup::group`] (the `<svg>` itself stays open).
    pub fn end_group(&mut self) {
        if self.open.len() > 1 {
            if let Some(group) = self.open.pop() {
                self.push(group);
            }
        }
    }

    /// Closes any group left open and returns the `<svg>`.
    pub fn finish(mut self) -> Element {
        while self.open.len() > 1 {
            self.end_group();
        }
        self.open.pop().unwrap_or_else(|| Element::new("svg", ""))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::Anchor;
    use proptest::prelude::*;

    #[test]
    fn builds_an_accessible_svg() {
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
        assert_eq!(svg.tag, "svg");
        assert_eq!(svg.get("role"), Some("img"));
        assert_eq!(svg.get("width"), Some("100%"));
        assert_eq!(svg.get("viewBox"), Some("0 0 600 120.5"));
        assert_eq!(
            svg.get("aria-labelledby"),
            Some("chart-x-title chart-x-desc")
        );
        let all = svg.descendants();
        let tags: Vec<&str> = all.iter().map(|e| e.tag).collect();
        assert_eq!(tags, ["title", "desc", "rect", "text", "g", "line"]);
        assert_eq!(all[0].get("id"), Some("chart-x-title"));
        // Text stays text: the page inserts it as a text node, never as markup.
        assert_eq!(all[0].text(), "Tier <pyramid>");
        assert_eq!(all[1].get("id"), Some("chart-x-desc"));
        assert_eq!(all[1].text(), "A & B");
        assert_eq!(
            all[2].attrs,
            [
                ("class", Rc::from("bar")),
                ("x", Rc::from("1")),
                ("y", Rc::from("2")),
                ("width", Rc::from("3.5")),
                ("height", Rc::from("0")),
            ]
        );
        assert_eq!(all[3].get("text-anchor"), Some("end"));
        assert_eq!(all[3].text(), "\"Tech\" touch");
        // The line is inside the group, not beside it.
        assert_eq!(svg.children.len(), 5);
    }

    #[test]
    fn groups_nest_and_finish_closes_them() {
        let mut m = Markup::svg("c", 10.0, 10.0, "t", "d");
        m.group("outer", "tip");
        m.group("inner", "");
        m.rect(&Rect::new(0.0, 0.0, 1.0, 1.0), "r");
        m.end_group();
        let svg = m.finish();
        let tags: Vec<&str> = svg.descendants().iter().map(|e| e.tag).collect();
        assert_eq!(tags, ["title", "desc", "g", "title", "g", "rect"]);
        assert_eq!(svg.descendants()[3].text(), "tip");
        // One end_group too many leaves the svg itself open.
        let mut m = Markup::svg("c", 10.0, 10.0, "t", "d");
        m.end_group();
        m.rect(&Rect::new(0.0, 0.0, 1.0, 1.0), "r");
        assert_eq!(m.finish().descendants().len(), 3);
    }

    proptest! {
        #[test]
        fn no_nan_in_any_attribute(x in any::<f64>(), y in any::<f64>(), w in any::<f64>(), h in any::<f64>()) {
            let mut m = Markup::svg("c", w, h, "t", "d");
            m.rect(&Rect { x, y, width: w, height: h }, "r");
            m.line(x, y, w, h, "l");
            let svg = m.finish();
            let mut values: Vec<&str> = svg.attrs.iter().map(|(_, v)| &**v).collect();
            for e in svg.descendants() {
                values.extend(e.attrs.iter().map(|(_, v)| &**v));
            }
            for v in values {
                prop_assert!(!v.contains("NaN") && !v.contains("inf"), "{}", v);
            }
        }
    }
}
