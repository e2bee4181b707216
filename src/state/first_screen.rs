//! What the first screen shows for a link before the calculator has
//! started, drawn by a small module of its own (`src/bin/preview.rs`) so a
//! reader on a slow phone sees it long before the whole calculator has
//! arrived: the plan the page will open on, or why the link cannot be read.
//!
//! Invariant: the preview says what the page then says, from the same
//! [`open`] the page starts from.
//! - The plan is the one the page opens on; a comparison is named as one,
//!   each scenario with its people and cost.
//! - A link the page shows in part (values brought into range, an
//!   alternative dropped) is previewed with the notice's headline, and
//!   impossible inputs with how the page shows them; the figures are the
//!   engine's from the sanitised scenario, as the page's are.
//! - An unreadable link shows the page's own message, not a plan.
//! - A link that opens on another question (plan backward: what a fixed
//!   team can serve) is left to the page: the forward plan would answer a
//!   question the reader did not ask.

use super::lineup_link::param;
use super::opening::open;
use crate::export::headline::Headline;
use crate::export::html::{escape, first_screen};
use crate::model::format::count;
use crate::model::{plan, Plan};

/// The first screen of a link: what to draw, and the status line under it.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    /// The card's content, as HTML.
    pub html: String,
    /// What the status line says while the calculator arrives.
    pub status: &'static str,
}

/// Said under a plan the reader can change once the calculator starts.
pub const EDITABLE: &str = "Starting the calculator: you can change this plan in a moment.";
/// Said under a plan in an embed, which is read-only.
pub const EMBEDDED: &str = "Starting the calculator…";
/// Said under a link that cannot be read.
pub const UNREADABLE: &str = "Starting the calculator: it offers what it can instead.";

/// The first screen for the address `query` (without `?`), or `None` when
/// there is no link or the page must answer first.
pub fn preview(query: &str) -> Option<Preview> {
    if query.trim().is_empty() || param(query, "view") == Some("backward") {
        return None;
    }
    let embed = param(query, "embed").is_some_and(|v| v != "0");
    let opening = open(query, "", None);
    if let Some(notice) = opening.notice.as_ref().filter(|n| n.unreadable) {
        return Some(Preview {
            html: format!(
                "<h2 class=\"boot__title\">This link could not be read</h2>\n<p class=\"boot__notice\">{}</p>",
                escape(&notice.message)
            ),
            status: UNREADABLE,
        });
    }
    let lineup = &opening.lineup;
    let scenario = lineup.current();
    // What the page will say first: the link's notice, or else the inputs
    // it marks as impossible at their fields.
    let errors = scenario.validate().len();
    let said = match &opening.notice {
        Some(n) => Some(n.message.clone()),
        None if errors > 0 => Some(format!(
            "{} impossible as written: {} marks each at its field, and these figures use {} brought into range.",
            count(errors as f64, "input is", "inputs are"),
            // An embed has no fields: the page it links to has.
            if embed { "the full plan in tierplan" } else { "the calculator" },
            if errors == 1 { "it" } else { "them" },
        )),
        None => None,
    };
    let mut html = said
        .map(|m| format!("<p class=\"boot__notice\">{}</p>\n", escape(&m)))
        .unwrap_or_default();
    // Each scenario's plan once: the comparison's sentence and the plan
    // drawn below share them.
    let plans: Vec<Plan> = lineup.scenarios().iter().map(|s| plan(s)).collect();
    // A comparison's scenarios go by the names its scenario bar gives them.
    let name = if lineup.len() > 1 {
        html.push_str(&compared(lineup, &plans));
        lineup.name(lineup.on())
    } else {
        scenario.name.clone()
    };
    html.push_str(&first_screen(&name, &plans[lineup.on()]));
    Some(Preview {
        html,
        status: if embed { EMBEDDED } else { EDITABLE },
    })
}

/// A comparison in one sentence: each scenario's name, people and yearly
/// cost (from `plans`, one per scenario), the one drawn below marked.
fn compared(lineup: &super::lineup::Lineup, plans: &[Plan]) -> String {
    let each: Vec<String> = plans
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let h = Headline::of(p);
            let shown = if i == lineup.on() { " (below)" } else { "" };
            format!(
                "<strong>{}</strong>{shown}: {}, {} a year",
                escape(&lineup.name(i)),
                escape(&h.people),
                escape(&h.cost)
            )
        })
        .collect();
    format!(
        "<p class=\"boot__compared\">This link compares {} scenarios. {}. The comparison appears when the calculator starts.</p>\n",
        lineup.len(),
        each.join("; ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::html::first_paint;
    use crate::link::{encode, encode_all};
    use crate::model::{report, Scenario};

    fn named(name: &str, customers: f64) -> Scenario {
        let mut s = Scenario {
            name: name.into(),
            ..Scenario::default()
        };
        s.tiers[0].customers = customers;
        s
    }

    fn html(query: &str) -> String {
        preview(query).expect("previewed").html
    }

    #[test]
    fn a_link_previews_the_plan_the_page_reports() {
        let s = named("Board plan", 55.0);
        let p = preview(&encode(&s)).expect("a clean link is previewed");
        assert!(p
            .html
            .starts_with(&first_paint("Board plan", &report(&s).plan)));
        assert!(p.html.contains("<table class=\"tiers\">"));
        assert!(!p.html.contains("boot__notice"));
        assert_eq!(p.status, EDITABLE);
        let embed = preview(&format!("{}&embed=1", encode(&s))).unwrap();
        assert_eq!(embed.status, EMBEDDED, "an embed is read-only");
    }

    #[test]
    fn the_bare_address_and_plan_backward_are_left_to_the_page() {
        assert_eq!(preview(""), None);
        let s = named("Fixed team", 40.0);
        assert_eq!(preview(&format!("{}&view=backward", encode(&s))), None);
    }

    #[test]
    fn an_unreadable_link_says_what_the_page_will_say() {
        for query in ["v=1&z=not-a-plan", "v=99&j=%7B%7D"] {
            let notice = open(query, "", None).notice.expect("refused");
            let p = preview(query).expect("the refusal is previewed");
            assert!(p.html.contains("This link could not be read"));
            assert!(p.html.contains(&escape(&notice.message)), "{}", p.html);
            assert!(!p.html.contains("<table"), "no plan is drawn");
            assert_eq!(p.status, UNREADABLE);
        }
    }

    #[test]
    fn a_comparison_is_named_as_one_and_previews_the_scenario_the_page_opens_on() {
        let query = encode_all(&[named("Today", 40.0), named("Hire two", 60.0)]);
        let on_alternative = html(&format!("{query}&on=1"));
        let people = |s: &Scenario| Headline::of(&report(s).plan).people;
        assert!(on_alternative.contains(&format!(
            "This link compares 2 scenarios. <strong>Today</strong>: {}",
            people(&named("Today", 40.0))
        )));
        assert!(on_alternative.contains(&format!(
            "<strong>Hire two</strong> (below): {}",
            people(&named("Hire two", 60.0))
        )));
        assert!(on_alternative.contains("<h2 class=\"boot__title\">Hire two</h2>"));
        // An embed shows the base first, as the page does.
        let embed = html(&format!("{query}&on=1&embed=1"));
        assert!(embed.contains("<h2 class=\"boot__title\">Today</h2>"));
        assert!(embed.contains("<strong>Today</strong> (below)"));
    }

    #[test]
    fn impossible_inputs_are_said_as_the_page_shows_them() {
        // A person's touch in a digital tier: the page marks it at its
        // field, and its figures use it brought into range.
        let mut s = named("Out of range", 40.0);
        s.tiers[0].coverage = crate::model::Coverage::Digital;
        let errors = s.validate().len();
        assert!(errors > 0);
        let html = html(&encode(&s));
        let said = format!(
            "{} impossible as written: the calculator marks each at its field",
            count(errors as f64, "input is", "inputs are")
        );
        assert!(
            html.starts_with(&format!("<p class=\"boot__notice\">{said}")),
            "{html}"
        );
        assert!(html.contains(&first_paint("Out of range", &report(&s).plan)));
        let embed = self::html(&format!("{}&embed=1", encode(&s)));
        assert!(
            embed.contains("the full plan in tierplan marks each at its field"),
            "{embed}"
        );
    }

    #[test]
    fn a_link_read_in_part_is_previewed_with_what_the_page_will_say() {
        let s = named("Repaired", 40.0);
        let query = format!("{}&hpw=-5", encode(&s));
        let opening = open(&query, "", None);
        let notice = opening
            .notice
            .expect("negative hours are brought into range");
        let html = html(&query);
        assert!(html.starts_with(&format!(
            "<p class=\"boot__notice\">{}",
            escape(&notice.message)
        )));
        assert!(html.contains(&first_paint(
            "Repaired",
            &report(opening.lineup.current()).plan
        )));
    }
}
