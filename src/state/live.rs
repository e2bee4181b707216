//! What a polite live region holds: the sentence the screen says, spoken
//! once typing pauses, and nothing while a newer sentence waits for that
//! pause, so the region never holds a sentence the screen no longer says
//! (a summary still reading "6.3% of ARR" after the ARR was set to 0).

/// The text of a live region that follows the screen's `sentence`.
///
/// It starts empty and stays so until the sentence first differs from the
/// one it was made with (a screen reader read a region drawn with its text
/// already in it, so loading the page would be announced).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LiveText {
    /// The sentence at the start, until the first change.
    first: Option<String>,
    /// The newer sentence that waits for typing to pause.
    pending: Option<String>,
    /// What the region holds now.
    spoken: String,
}

impl LiveText {
    /// A region for a screen whose sentence is `first`: empty.
    pub fn new(first: &str) -> Self {
        Self {
            first: Some(first.to_string()),
            pending: None,
            spoken: String::new(),
        }
    }

    /// The screen's sentence is now `sentence`. Returns whether it must be
    /// spoken once typing pauses (start or restart the pause); the region
    /// is emptied at once, so it never holds the sentence it replaces.
    pub fn changed(&mut self, sentence: &str) -> bool {
        if self.first.as_deref() == Some(sentence) {
            return false;
        }
        self.first = None;
        if self.pending.as_deref() == Some(sentence)
            || (self.pending.is_none() && self.spoken == sentence)
        {
            return false;
        }
        self.spoken.clear();
        self.pending = Some(sentence.to_string());
        true
    }

    /// Typing paused: the waiting sentence is spoken.
    pub fn paused(&mut self) {
        if let Some(sentence) = self.pending.take() {
            self.spoken = sentence;
        }
    }

    /// What the region holds now.
    pub fn text(&self) -> &str {
        &self.spoken
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Finding: after the ARR was set to 0 the summary still said "6.3% of
    /// ARR"; after the backward budget was raised it still held "need more
    /// people". The region holds the new sentence once typing pauses and,
    /// until then, nothing: never the one the screen no longer says.
    #[test]
    fn the_region_never_holds_a_sentence_the_screen_no_longer_says() {
        let mut live = LiveText::new("7 people, 6.3% of ARR.");
        assert_eq!(live.text(), "");
        // Loading and a change back to the first sentence say nothing.
        assert!(!live.changed("7 people, 6.3% of ARR."));
        assert!(live.changed("7 people, 11% of ARR."));
        assert_eq!(live.text(), "");
        // Drawn again with the same sentence: still waiting, once.
        assert!(!live.changed("7 people, 11% of ARR."));
        live.paused();
        assert_eq!(live.text(), "7 people, 11% of ARR.");
        // The ARR set to 0: the old share goes at once, the new sentence
        // comes with the pause.
        assert!(live.changed("7 people."));
        assert_eq!(live.text(), "");
        assert!(live.changed("7 people. 3 guardrails broken."));
        assert_eq!(live.text(), "");
        live.paused();
        assert_eq!(live.text(), "7 people. 3 guardrails broken.");
        // The same sentence again (another edit that changed nothing said).
        assert!(!live.changed("7 people. 3 guardrails broken."));
        assert_eq!(live.text(), "7 people. 3 guardrails broken.");
        // A pause with nothing waiting keeps what is said.
        live.paused();
        assert_eq!(live.text(), "7 people. 3 guardrails broken.");
    }
}
