//! What can go wrong reading a link or a scenario file, in plain words.

use std::fmt;

/// Something in a link or file that could not be read; the rest still was,
/// and the default was kept for this part.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkIssue {
    /// The query key (e.g. `hpw`) or the scenario field path (e.g. `tiers.0.coverage`).
    pub key: String,
    /// What is wrong, in plain words.
    pub message: String,
}

/// Where the text came from, so messages say "link" or "file".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Carrier {
    /// A page address or its query.
    Link,
    /// A scenario file.
    File,
}

impl Carrier {
    pub(crate) fn noun(self) -> &'static str {
        match self {
            Carrier::Link => "link",
            Carrier::File => "file",
        }
    }
}

/// Why a link or file could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// Longer than the most this version reads (`len` and `max` in bytes).
    TooLong {
        /// Length of the text.
        len: usize,
        /// The most this version reads.
        max: usize,
    },
    /// The payload unpacks to more than the most this version reads, or has
    /// more items in a list than a scenario can hold.
    TooLarge,
    /// The text ends early: part of it was probably lost when it was copied.
    Truncated,
    /// The text was damaged or edited by hand (`detail` says where).
    Corrupt {
        /// A short technical detail for bug reports (a parser's words, such
        /// as "expected `:`"): never part of the message, see
        /// [`LinkError::detail`].
        detail: String,
    },
    /// Made by a newer version of tierplan than this one.
    NewerVersion {
        /// The version the text claims.
        version: u64,
    },
    /// Not a tierplan link or scenario file at all.
    NotTierplan,
}

/// A link or file that could not be read. Its [`fmt::Display`] is a message
/// for people, in their words, with no parser's words in it; the technical
/// detail, if any, is [`LinkError::detail`], for a "Details" disclosure and
/// bug reports; `kind` is for code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkError {
    /// What went wrong.
    pub kind: ErrorKind,
    /// A link or a file.
    pub carrier: Carrier,
}

impl LinkError {
    /// An error of `kind` reading a `carrier`.
    pub fn new(kind: ErrorKind, carrier: Carrier) -> Self {
        Self { kind, carrier }
    }

    /// The technical detail of a damaged link or file (where the reading
    /// stopped, in the reader's words), kept out of the message.
    pub fn detail(&self) -> Option<&str> {
        match &self.kind {
            ErrorKind::Corrupt { detail } if !detail.is_empty() => Some(detail),
            _ => None,
        }
    }
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let noun = self.carrier.noun();
        match &self.kind {
            ErrorKind::TooLong { len, max } => write!(
                f,
                "This {noun} is too long to be a tierplan scenario ({len} characters; the most is {max})."
            ),
            ErrorKind::TooLarge => write!(
                f,
                "This {noun} holds more than a tierplan scenario can; it was not opened."
            ),
            ErrorKind::Truncated => write!(
                f,
                "This {noun} is cut short: part of it was probably lost when it was copied. Copy the whole {noun} again."
            ),
            ErrorKind::Corrupt { .. } => write!(
                f,
                "This {noun} is damaged or was changed by hand, and cannot be read. {}",
                match self.carrier {
                    Carrier::Link => "Copy the whole link again, or ask whoever sent it for a new one.",
                    Carrier::File => "Ask whoever sent it for a new copy, or save it again from tierplan.",
                }
            ),
            ErrorKind::NewerVersion { version } => write!(
                f,
                "This {noun} was made by a newer version of tierplan (format {version}); this page reads formats up to {}. Open it with the newer version.",
                super::LINK_VERSION
            ),
            ErrorKind::NotTierplan => write!(f, "This is not a tierplan {noun}."),
        }
    }
}

impl std::error::Error for LinkError {}

/// A reader's error text as a [`ErrorKind::Corrupt`] detail: control
/// characters dropped, at most 160 characters.
pub(crate) fn technical(raw: &str) -> String {
    let mut text: String = raw.chars().filter(|c| !c.is_control()).take(160).collect();
    if raw.chars().count() > 160 {
        text.push('…');
    }
    text
}

/// Cuts hostile or long values to a readable length for messages.
pub(crate) fn shorten(raw: &str) -> String {
    let mut text: String = raw.chars().filter(|c| !c.is_control()).take(24).collect();
    if raw.chars().count() > 24 {
        text.push('…');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_carrier() {
        let e = LinkError::new(ErrorKind::Truncated, Carrier::File);
        assert!(e.to_string().contains("This file is cut short"));
        let e = LinkError::new(ErrorKind::NewerVersion { version: 7 }, Carrier::Link);
        assert!(e.to_string().contains("newer version"));
        assert_eq!(shorten(&"a".repeat(30)).chars().count(), 25);
    }

    #[test]
    fn a_parsers_words_stay_out_of_the_message() {
        let detail = "payload: expected `:` at line 1 column 9".to_string();
        let e = LinkError::new(
            ErrorKind::Corrupt {
                detail: detail.clone(),
            },
            Carrier::Link,
        );
        let message = e.to_string();
        assert!(message.starts_with("This link is damaged"), "{message}");
        assert!(!message.contains("expected"), "{message}");
        assert!(!message.contains("line 1"), "{message}");
        assert_eq!(e.detail(), Some(detail.as_str()));
        assert_eq!(
            LinkError::new(ErrorKind::Truncated, Carrier::Link).detail(),
            None
        );
    }
}
