//! The plan as static HTML, with no script: what the page paints before
//! its WebAssembly has started (the default plan, written into
//! `index.html`, which a test keeps equal to what this writes).

use super::headline::Headline;
use crate::model::Report;

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
pub fn first_paint(name: &str, report: &Report) -> String {
    let h = Headline::of(report);
    let share = h.share.map(|s| format!(", {s} of ARR")).unwrap_or_default();
    format!(
        "<h2 class=\"boot__title\">{}</h2><p class=\"boot__figures\"><strong>{}</strong> ({}) \
         for {} and {} ARR. The team costs <strong>{}</strong> a year{}.</p>",
        escape(name),
        escape(&h.people),
        escape(&h.roles),
        escape(&h.customers),
        escape(&h.arr),
        escape(&h.cost),
        escape(&share),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{report, Scenario};

    /// The first paint written into `index.html` is the default plan's, as
    /// this build computes it: when the default plan changes, this fails
    /// and prints the text to put between the markers.
    #[test]
    fn index_html_paints_the_default_plan() {
        let s = Scenario::default();
        let want = first_paint(&s.name, &report(&s));
        let index = include_str!("../../index.html");
        let start = "<!-- first paint: the default plan -->";
        let end = "<!-- end of the default plan -->";
        let inside = index
            .split_once(start)
            .and_then(|(_, rest)| rest.split_once(end))
            .map(|(inside, _)| inside.trim());
        assert_eq!(
            inside,
            Some(want.as_str()),
            "put this between the markers:\n{want}"
        );
    }

    #[test]
    fn names_are_escaped() {
        assert_eq!(escape("<b>&'\""), "&lt;b&gt;&amp;&#39;&quot;");
    }
}
