//! The texts typed into number inputs that the scenario does not hold (yet),
//! each kept at its field's typed address ([`Input`]).

use crate::model::inputs::Input;

/// Typed text per numeric field, at most one per field.
///
/// The drafts are kept in the order of their fields' paths as text
/// (`team.reactive_pct` before `tiers.2.grr_pct`, `tiers.0.customers` before
/// `tiers.0.touches.0.hours`): the order in which they are tried against the
/// scenario one at a time, and in which the fields to fix are named. It is
/// the order the page has always used; the path is only the sort key.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Drafts(Vec<(Input, String)>);

impl Drafts {
    /// The text typed into `input`'s field, if it is a draft.
    pub fn get(&self, input: Input) -> Option<&str> {
        self.0
            .iter()
            .find(|(at, _)| *at == input)
            .map(|(_, text)| text.as_str())
    }

    /// Keeps `text` as the draft of `input`, replacing the one it had.
    pub fn insert(&mut self, input: Input, text: String) {
        match self.0.iter_mut().find(|(at, _)| *at == input) {
            Some((_, old)) => *old = text,
            None => {
                let path = input.path();
                let at = self.0.partition_point(|(other, _)| other.path() < path);
                self.0.insert(at, (input, text));
            }
        }
    }

    /// Drops the draft of `input`, if any.
    pub fn remove(&mut self, input: Input) {
        self.0.retain(|(at, _)| *at != input);
    }

    /// Every draft, in order: its field and its text.
    pub fn iter(&self) -> impl Iterator<Item = (Input, &str)> {
        self.0.iter().map(|(input, text)| (*input, text.as_str()))
    }

    /// The fields that hold a draft, in order.
    pub fn inputs(&self) -> impl Iterator<Item = Input> + '_ {
        self.0.iter().map(|(input, _)| *input)
    }

    /// True when no field holds a draft.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Drops every draft.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// The drafts whose field `field` accepts, in order.
    pub fn filtered(&self, field: impl Fn(Input) -> bool) -> Drafts {
        Drafts(
            self.0
                .iter()
                .filter(|(input, _)| field(*input))
                .cloned()
                .collect(),
        )
    }

    /// Each draft at the field `moved` gives it (`None`: its field is gone).
    pub fn moved(&self, moved: impl Fn(Input) -> Option<Input>) -> Drafts {
        let mut out = Drafts::default();
        for (input, text) in &self.0 {
            if let Some(at) = moved(*input) {
                out.insert(at, text.clone());
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::inputs::{ItemField, TeamField, TierField};

    #[test]
    fn drafts_are_kept_once_per_field_in_the_order_of_their_paths() {
        let reactive = Input::Team(TeamField::Reactive);
        let grr = Input::Tier(2, TierField::GrrPct);
        let touch = Input::Touch(0, 0, ItemField::Hours);
        let mut drafts = Drafts::default();
        drafts.insert(grr, "100".into());
        drafts.insert(touch, "-1".into());
        drafts.insert(reactive, "8".into());
        drafts.insert(reactive, "80".into());
        assert_eq!(drafts.inputs().collect::<Vec<_>>(), [reactive, touch, grr]);
        assert_eq!(drafts.get(reactive), Some("80"));
        drafts.remove(touch);
        assert_eq!(drafts.get(touch), None);
        assert_eq!(
            drafts
                .filtered(|i| matches!(i, Input::Team(_)))
                .inputs()
                .collect::<Vec<_>>(),
            [reactive]
        );
        let moved = drafts.moved(|i| match i {
            Input::Tier(2, f) => Some(Input::Tier(0, f)),
            _ => None,
        });
        assert_eq!(
            moved.iter().collect::<Vec<_>>(),
            [(Input::Tier(0, TierField::GrrPct), "100")]
        );
    }
}
