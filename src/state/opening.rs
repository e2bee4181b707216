//! What the page shows when it opens: the scenario in the address, or, when
//! the address cannot be read, a notice that says why and offers the last good
//! scenario kept on this device. Nothing is replaced silently.

use crate::model::Scenario;

/// A problem with the opened link, in plain words.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkNotice {
    /// The headline: what happened.
    pub message: String,
    /// Details, one line each (e.g. which values could not be read).
    pub details: Vec<String>,
    /// The link as opened, kept visible so it can be reported.
    pub link: String,
    /// True when the whole link was unreadable (the page shows the defaults);
    /// false when only parts of it were (the readable parts are shown).
    pub unreadable: bool,
    /// The last good scenario on this device, if there is one to offer.
    pub last_good: Option<Scenario>,
}

/// The page's first state.
#[derive(Clone, Debug, PartialEq)]
pub struct Opening {
    /// The scenario to show.
    pub scenario: Scenario,
    /// Whether the address held a readable scenario that may replace the
    /// device's last good one.
    pub trusted: bool,
    /// What to tell the person about the link, if anything.
    pub notice: Option<LinkNotice>,
}

/// Decides what to show for the address `query` (without `?`) and the JSON of
/// the last good scenario on this device (`None` when there is none).
pub fn open(query: &str, link: &str, last_good_json: Option<&str>) -> Opening {
    let last_good = last_good_json.and_then(|text| crate::link::from_file_json(text).ok());
    match crate::link::decode(query) {
        Ok(decoded) if decoded.warnings.is_empty() => Opening {
            scenario: decoded.scenario,
            trusted: true,
            notice: None,
        },
        Ok(decoded) => Opening {
            scenario: decoded.scenario,
            trusted: false,
            notice: Some(LinkNotice {
                message: "Part of this link could not be read; the rest of the plan is shown."
                    .into(),
                details: decoded.warnings.iter().map(|w| w.message.clone()).collect(),
                link: link.into(),
                unreadable: false,
                last_good,
            }),
        },
        Err(error) => Opening {
            scenario: Scenario::default(),
            trusted: false,
            notice: Some(LinkNotice {
                message: format!("This link could not be read: {error}"),
                details: vec![
                    "The default plan is shown meanwhile; nothing on this device was changed."
                        .into(),
                ],
                link: link.into(),
                unreadable: true,
                last_good,
            }),
        },
    }
}
