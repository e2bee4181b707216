//! What the page shows when it opens: the scenarios in the address, or,
//! when the address cannot be read, a notice that says why and offers the
//! last good plan kept on this device (a comparison whole). Nothing is
//! replaced silently.

use crate::link::{Carrier, Decoded};
use crate::model::Scenario;

use super::lineup::Lineup;
use super::lineup_link::{opened_on, scenarios_of};

/// A problem with the opened link, in plain words.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkNotice {
    /// The headline: what happened.
    pub message: String,
    /// Details, one line each (e.g. which values could not be read).
    pub details: Vec<String>,
    /// The link as opened, kept visible so it can be reported (for a file:
    /// its name).
    pub link: String,
    /// A link or a file.
    pub carrier: Carrier,
    /// True when the whole link was unreadable (the page shows the defaults);
    /// false when only parts of it were (the readable parts are shown).
    pub unreadable: bool,
    /// The last good plan on this device (every scenario of a
    /// comparison), if there is one to offer.
    pub last_good: Option<Lineup>,
    /// The reader's technical words on why the link could not be read (for
    /// a "Details" disclosure and bug reports; never in `message`).
    pub detail: Option<String>,
}

/// The page's first state.
#[derive(Clone, Debug, PartialEq)]
pub struct Opening {
    /// The scenarios to show (the base, then the alternatives the address
    /// holds) and the one the inputs edit.
    pub lineup: Lineup,
    /// Whether the address held a readable scenario that may replace the
    /// device's last good one.
    pub trusted: bool,
    /// What to tell the person about the link, if anything.
    pub notice: Option<LinkNotice>,
    /// The plan this device had (its last good plan) when the address opens
    /// another one, good or bad: the page sets it aside in the recent plans
    /// ([`super::recent::set_aside`]), so no link loses it.
    pub before: Option<Lineup>,
}

/// Decides what to show for the address `query` (without `?`) and the text
/// of the last good plan on this device ([`super::last_good`]; `None` when
/// there is none).
pub fn open(query: &str, link: &str, last_good_json: Option<&str>) -> Opening {
    let last_good = super::last_good::read(last_good_json);
    let mut opening = decide(query, link, last_good.clone());
    opening.before = last_good.filter(|before| !before.same_plan(&opening.lineup));
    opening
}

/// Every scenario `decoded` holds, editing the one `query` names.
fn lineup_of(decoded: &Decoded, query: &str) -> Lineup {
    let scenarios = scenarios_of(decoded);
    let on = opened_on(query, scenarios.len());
    Lineup::new(scenarios, on)
}

fn decide(query: &str, link: &str, last_good: Option<Lineup>) -> Opening {
    match crate::link::decode(query) {
        Ok(decoded) if decoded.warnings.is_empty() && decoded.impossible.is_empty() => Opening {
            lineup: lineup_of(&decoded, query),
            trusted: true,
            notice: None,
            before: None,
        },
        Ok(decoded) => Opening {
            notice: Some(LinkNotice {
                link: link.into(),
                last_good,
                ..notice_of(&decoded, Carrier::Link)
            }),
            lineup: lineup_of(&decoded, query),
            trusted: false,
            before: None,
        },
        Err(error) => Opening {
            lineup: Lineup::new(vec![Scenario::default()], 0),
            trusted: false,
            notice: Some(LinkNotice {
                message: error.to_string(),
                details: vec![
                    "The default plan is shown meanwhile; nothing on this device was changed."
                        .into(),
                ],
                link: link.into(),
                carrier: Carrier::Link,
                unreadable: true,
                last_good,
                detail: error.detail().map(str::to_string),
            }),
            before: None,
        },
    }
}

/// The notice for a link or file that was read but not wholly: what could
/// not be read, and each impossible number with the value the plan uses
/// instead. (`link` is left empty and no last good plan is offered: the
/// caller fills them in.)
pub fn notice_of(decoded: &Decoded, carrier: Carrier) -> LinkNotice {
    let noun = match carrier {
        Carrier::Link => "link",
        Carrier::File => "file",
    };
    let message = if decoded.warnings.is_empty() {
        format!(
            "This {noun} holds impossible values: the plan below uses other values in their place, as said here, until you fix them."
        )
    } else {
        format!("Part of this {noun} could not be read; the rest of the plan is shown.")
    };
    LinkNotice {
        message,
        details: decoded
            .warnings
            .iter()
            .chain(&decoded.impossible)
            .map(|w| w.message.clone())
            .collect(),
        link: String::new(),
        carrier,
        unreadable: false,
        last_good: None,
        detail: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::{encode, to_file_json};
    use crate::state::{last_good, lineup_link};

    fn shown(opening: &Opening) -> Scenario {
        Scenario::clone(opening.lineup.current())
    }

    fn alone(scenario: Scenario) -> Lineup {
        Lineup::new(vec![scenario], 0)
    }

    /// A base and two alternatives, editing `on`.
    fn comparison(on: usize) -> Lineup {
        let mut pooled = changed();
        pooled.name = "Pooled".into();
        let mut ebr = Scenario {
            name: "EBR prep".into(),
            ..Scenario::default()
        };
        ebr.tiers[1].customers = 33.0;
        let today = Scenario {
            name: "Today".into(),
            ..Scenario::default()
        };
        Lineup::new(vec![today, pooled, ebr], on)
    }

    fn changed() -> Scenario {
        let mut s = Scenario::default();
        s.team.hours_per_week = 37.5;
        s.tiers[0].customers = 55.0;
        s
    }

    #[test]
    fn a_good_link_opens_its_scenario_and_is_trusted() {
        let opening = open(&encode(&changed()), "link", None);
        assert_eq!(shown(&opening), changed());
        assert!(opening.trusted);
        assert!(opening.notice.is_none());
    }

    #[test]
    fn an_unreadable_link_shows_defaults_offers_the_last_good_and_keeps_the_link() {
        let last_good = to_file_json(&changed());
        let broken = "v=1&z=@@@not-base64";
        let opening = open(broken, "http://127.0.0.1/?v=1&z=@@@", Some(&last_good));
        assert_eq!(shown(&opening), Scenario::default());
        assert!(
            !opening.trusted,
            "the device's last good plan must not be overwritten"
        );
        let notice = opening.notice.expect("a notice");
        assert!(notice.unreadable);
        assert_eq!(notice.link, "http://127.0.0.1/?v=1&z=@@@");
        assert_eq!(notice.last_good, Some(alone(changed())));
        assert!(!notice.message.is_empty());
    }

    #[test]
    fn a_link_from_a_newer_version_says_so() {
        let notice = open("v=9&hpw=30", "x", None).notice.expect("a notice");
        assert!(
            crate::caseless::lower(&notice.message).contains("newer"),
            "{}",
            notice.message
        );
        assert_eq!(notice.last_good, None);
    }

    #[test]
    fn a_partly_readable_link_keeps_what_was_read() {
        let opening = open("v=1&hpw=abc&wks=44", "x", None);
        assert_eq!(shown(&opening).team.working_weeks_per_year, 44.0);
        let notice = opening.notice.expect("a notice");
        assert!(!notice.unreadable);
        assert!(!notice.details.is_empty());
    }

    #[test]
    fn impossible_numbers_get_a_notice_naming_each_field() {
        let opening = open("v=1&hpw=-5", "x", None);
        assert_eq!(shown(&opening).team.hours_per_week, -5.0);
        assert!(
            !opening.trusted,
            "the device's last good plan must not be overwritten"
        );
        let notice = opening.notice.expect("a notice");
        assert!(!notice.unreadable);
        assert!(notice.message.contains("impossible"), "{}", notice.message);
        assert_eq!(notice.details.len(), 1);
        assert!(notice.details[0].contains("Hours per week to -5 h/week"));
        assert!(notice.details[0].contains("uses 40 h/week instead"));
    }

    #[test]
    fn the_plan_before_a_link_is_handed_over_to_be_set_aside() {
        let before = to_file_json(&changed());
        // A good link that replaces it, a link with a name to cut, a broken one.
        let mut other = changed();
        other.tiers[0].customers = 77.0;
        let mut named = Scenario::default();
        named.tiers[0].name = "W".repeat(5_000);
        let long = encode(&named);
        for query in [encode(&other), long, "v=2&z=@@@".to_string(), String::new()] {
            let opening = open(&query, "x", Some(&before));
            assert_eq!(opening.before, Some(alone(changed())), "{query:.40}");
        }
        // Nothing to set aside: the same plan, or none kept.
        assert_eq!(open(&encode(&changed()), "x", Some(&before)).before, None);
        assert_eq!(open(&encode(&other), "x", None).before, None);
    }

    #[test]
    fn a_link_with_a_name_to_cut_is_not_trusted_and_says_which() {
        let mut named = Scenario::default();
        named.tiers[1].name = "W".repeat(100_000);
        let long = encode(&named);
        let opening = open(&long, "x", Some(&to_file_json(&changed())));
        assert!(
            !opening.trusted,
            "the device's last good plan must not be replaced silently"
        );
        let notice = opening.notice.expect("a notice");
        assert_eq!(notice.last_good, Some(alone(changed())));
        assert!(
            notice.details[0].starts_with("Tier 2's name was 100,000 characters long"),
            "{:?}",
            notice.details
        );
    }

    #[test]
    fn a_damaged_link_keeps_the_readers_words_out_of_the_message() {
        // `{"tiers" [1]}`: a colon missing.
        let notice = open("v=2&j=eyJ0aWVycyIgWzFdfQ", "x", None)
            .notice
            .expect("a notice");
        assert!(!notice.message.contains("expected"), "{}", notice.message);
        assert!(notice
            .detail
            .as_deref()
            .is_some_and(|d| d.contains("expected")));
    }

    #[test]
    fn a_damaged_last_good_is_simply_not_offered() {
        let opening = open("v=1&z=!!", "x", Some("{not json"));
        assert_eq!(opening.notice.expect("a notice").last_good, None);
    }

    /// Review finding: after a damaged link the device offered only the
    /// scenario that was being edited, so a comparison came back as one plan.
    #[test]
    fn a_damaged_link_offers_the_whole_comparison_kept_on_this_device() {
        let kept = last_good::to_json(&comparison(1));
        let opening = open("v=4&z=@@@", "x", Some(&kept));
        let offered = opening.notice.expect("a notice").last_good;
        assert_eq!(offered, Some(comparison(1)));
        assert_eq!(opening.before, Some(comparison(1)), "set aside whole");
    }

    #[test]
    fn a_comparison_link_opens_every_scenario_editing_the_one_it_names() {
        let query = lineup_link::encode(&comparison(2));
        let opening = open(&query, "x", None);
        assert!(opening.trusted);
        assert_eq!(opening.lineup, comparison(2));
        // The same comparison kept on this device is not set aside again,
        // whichever scenario was being edited.
        let kept = last_good::to_json(&comparison(0));
        assert_eq!(open(&query, "x", Some(&kept)).before, None);
        // An embed shows the base first.
        let embedded = open(&format!("{query}&embed=1"), "x", None);
        assert_eq!(embedded.lineup.on(), 0);
        assert_eq!(embedded.lineup.len(), 3);
    }
}
