//! The caption of a downloaded image: the name of the plan the page's
//! address holds and that address itself. The page keeps its address in
//! step with the plan once typing pauses, so the address at the moment of
//! the click is the plan's share link, and the name read back from it is
//! the name of the plan that link opens.

use crate::chart::standalone::Caption;
use crate::link;
use crate::model::names::plan_title;

use super::lineup_link::{edited, scenarios_of};

/// The caption for the page at `address`: the title of the scenario the
/// address edits (the base, or the alternative `on=N` names) and the
/// address. An address that cannot be read gives the unnamed plan's title:
/// the image is still made, and its link still says where it came from.
pub fn caption_of(address: &str) -> Caption {
    let query = link::query_of(address);
    let name = link::decode(query)
        .ok()
        .map(|decoded| {
            let all = scenarios_of(&decoded);
            let on = edited(query, all.len());
            all.into_iter().nth(on).map(|s| s.name).unwrap_or_default()
        })
        .unwrap_or_default();
    Caption {
        name: plan_title(&name).to_string(),
        link: address.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Scenario;
    use crate::state::lineup::Lineup;

    fn named(name: &str) -> Scenario {
        Scenario {
            name: name.into(),
            ..Scenario::default()
        }
    }

    #[test]
    fn names_the_plan_the_link_opens() {
        let query = link::encode(&named("Q3 plan"));
        let address = format!("http://127.0.0.1:8080/?{query}");
        let caption = caption_of(&address);
        assert_eq!(caption.name, "Q3 plan");
        assert_eq!(caption.link, address);
    }

    #[test]
    fn names_the_edited_scenario_of_a_comparison() {
        let lineup = Lineup::new(vec![named("Today"), named("Hire later")], 1);
        let query = crate::state::lineup_link::encode(&lineup);
        let caption = caption_of(&format!("http://h/?{query}"));
        assert_eq!(caption.name, "Hire later");
    }

    #[test]
    fn an_unnamed_or_unreadable_plan_gets_the_plain_title() {
        assert_eq!(
            caption_of("http://h/?v=4&z=%%%").name,
            "Customer Success headcount plan"
        );
        let query = link::encode(&named(""));
        assert_eq!(
            caption_of(&format!("http://h/?{query}")).name,
            "Customer Success headcount plan"
        );
    }
}
