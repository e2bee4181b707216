//! What the first screen shows for a link before the calculator has
//! started: the plan the page will open on, drawn by a small module of its
//! own (`src/bin/preview.rs`) so a reader on a slow phone sees it long
//! before the whole calculator has arrived.
//!
//! Invariant: the preview is the plan the page then shows, from the same
//! [`open`] the page starts from. A link the page shows in part (values
//! brought into range, an alternative dropped) is previewed with the
//! notice's headline and the values the page uses in place of impossible
//! ones (the engine's sanitised scenario, as the page's figures); an
//! unreadable link is left to the page, which says why.

use super::opening::open;
use crate::export::html::{escape, first_screen};
use crate::model::format::count;
use crate::model::plan;

/// The first screen for the address `query` (without `?`), as HTML, or
/// `None` when there is no link or the page must speak first.
pub fn preview(query: &str) -> Option<String> {
    if query.trim().is_empty() {
        return None;
    }
    let opening = open(query, "", None);
    if opening.notice.as_ref().is_some_and(|n| n.unreadable) {
        return None;
    }
    let scenario = opening.lineup.current();
    // What the page will say first: the link's notice, or else the inputs
    // it marks as impossible (the figures use values in range meanwhile).
    let errors = scenario.validate().len();
    let said = match opening.notice {
        Some(n) => Some(n.message),
        None if errors > 0 => Some(format!(
            "{} brought into range for these figures; the calculator shows which.",
            count(errors as f64, "input was", "inputs were"),
        )),
        None => None,
    };
    let notice = said
        .map(|m| format!("<p class=\"boot__notice\">{}</p>\n", escape(&m)))
        .unwrap_or_default();
    Some(notice + &first_screen(&scenario.name, &plan(scenario)))
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

    #[test]
    fn a_link_previews_the_plan_the_page_reports() {
        let s = named("Board plan", 55.0);
        let html = preview(&encode(&s)).expect("a clean link is previewed");
        let page = report(&s);
        assert!(html.starts_with(&first_paint("Board plan", &page.plan)));
        assert!(html.contains("<table class=\"tiers\">"));
        assert!(!html.contains("boot__notice"));
    }

    #[test]
    fn the_bare_address_and_an_unreadable_link_are_left_to_the_page() {
        assert_eq!(preview(""), None);
        assert_eq!(preview("v=1&z=not-a-plan"), None);
        assert_eq!(preview("v=99&j=%7B%7D"), None);
    }

    #[test]
    fn a_comparison_previews_the_scenario_the_page_opens_on() {
        let query = encode_all(&[named("Today", 40.0), named("Hire two", 60.0)]);
        let on_alternative = preview(&format!("{query}&on=1")).unwrap();
        assert!(on_alternative.contains("Hire two"), "{on_alternative}");
        // An embed shows the base first, as the page does.
        let embed = preview(&format!("{query}&on=1&embed=1")).unwrap();
        assert!(embed.contains("Today") && !embed.contains("Hire two"));
    }

    #[test]
    fn inputs_the_page_marks_impossible_are_said_to_be_brought_into_range() {
        // A person's touch in a digital tier: the page marks it at its
        // field, and its figures use it brought into range.
        let mut s = named("Out of range", 40.0);
        s.tiers[0].coverage = crate::model::Coverage::Digital;
        let errors = s.validate().len();
        assert!(errors > 0);
        let html = preview(&encode(&s)).expect("previewed with the page's figures");
        let said = format!(
            "{} brought into range",
            count(errors as f64, "input was", "inputs were")
        );
        assert!(
            html.starts_with(&format!("<p class=\"boot__notice\">{said}")),
            "{html}"
        );
        assert!(html.contains(&first_paint("Out of range", &report(&s).plan)));
    }

    #[test]
    fn a_link_read_in_part_is_previewed_with_what_the_page_will_say() {
        let s = named("Repaired", 40.0);
        let query = format!("{}&hpw=-5", encode(&s));
        let opening = open(&query, "", None);
        let notice = opening
            .notice
            .expect("negative hours are brought into range");
        let html = preview(&query).expect("the readable plan is previewed");
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
