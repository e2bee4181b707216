//! What one part of the page draws, as data a component can compare: a part
//! of the scenario ([`Slice`]) and the drafts and messages of the fields in
//! one area of the page ([`FieldView`]). A component given only these draws
//! only these, so two equal sets of them draw the same, and a keystroke in
//! one part of the page leaves the others as they are.

use std::ops::Deref;
use std::rc::Rc;

use super::drafts::Drafts;
use crate::model::inputs::Input;
use crate::model::validate::{parse_number, trim_number, FieldError};
use crate::model::Scenario;

/// One part of a shared scenario (its team, its tiers, tier `at`), read
/// through `pick`. It derefs to that part only; two slices are equal when
/// the parts are (the same scenario is equal without a look).
pub struct Slice<T: 'static> {
    scenario: Rc<Scenario>,
    at: usize,
    pick: fn(&Scenario, usize) -> &T,
}

impl<T> Slice<T> {
    /// The part `pick` finds in `scenario` (given `at`, an index such as a
    /// tier's, which must be in range).
    pub fn new(scenario: &Rc<Scenario>, at: usize, pick: fn(&Scenario, usize) -> &T) -> Self {
        Self {
            scenario: Rc::clone(scenario),
            at,
            pick,
        }
    }
}

impl Slice<Vec<crate::model::Tier>> {
    /// Tier `i` of these tiers (which must be in range).
    pub fn tier(&self, i: usize) -> Slice<crate::model::Tier> {
        Slice::new(&self.scenario, i, |s, i| &s.tiers[i])
    }
}

impl<T> Clone for Slice<T> {
    fn clone(&self) -> Self {
        Self {
            scenario: Rc::clone(&self.scenario),
            at: self.at,
            pick: self.pick,
        }
    }
}

impl<T> Deref for Slice<T> {
    type Target = T;
    fn deref(&self) -> &T {
        (self.pick)(&self.scenario, self.at)
    }
}

impl<T: PartialEq> PartialEq for Slice<T> {
    fn eq(&self, other: &Self) -> bool {
        self.at == other.at && (Rc::ptr_eq(&self.scenario, &other.scenario) || **self == **other)
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for Slice<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

/// The text `input`'s field shows when its value in the scenario is
/// `value`: its draft (text the plan refused) if it has one; else the
/// latest keystroke's text if it was typed there and reads as `value`
/// ("37." for 37, so a render between keystrokes never writes "37" over
/// it) or reads as a range (taken as the field's range); else the value.
pub fn shown_text(
    draft: Option<&str>,
    typed: Option<&(Input, String)>,
    input: Input,
    value: f64,
) -> String {
    match (draft, typed) {
        (Some(text), _) => text.to_string(),
        (None, Some((at, text))) if *at == input && parse_number(text) == Ok(value) => text.clone(),
        // A range typed into the field and taken: as typed while typing.
        (None, Some((at, text))) if *at == input && super::ranges::typed_range(text).is_some() => {
            text.clone()
        }
        _ => trim_number(value),
    }
}

/// An area of the page whose inputs show their drafts and messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// The team's time (the capacity card).
    Team,
    /// The roles' costs and the managers.
    RolesAndManagers,
    /// The guardrails' targets and the headcount you can afford.
    Guardrails,
    /// Growth and hiring, and every tier (their growth and moves).
    Growth,
    /// The customer base and every tier.
    Tiers,
    /// Tier `i`: its figures, items and moves.
    Tier(usize),
}

impl Area {
    /// True when `input`'s field is in this area.
    pub fn holds(self, input: Input) -> bool {
        use Input as I;
        let in_tiers = matches!(
            input,
            I::Tier(..) | I::Touch(..) | I::Trigger(..) | I::Program(..) | I::Move(..)
        );
        match self {
            Area::Team => matches!(input, I::Team(_)),
            Area::RolesAndManagers => matches!(
                input,
                I::RoleCost(_) | I::ManagerSpan | I::ManagerCost | I::LeaderReports
            ),
            Area::Guardrails => matches!(input, I::TargetArrPerCsm | I::MaxCostPct | I::Budget(_)),
            Area::Growth => in_tiers || matches!(input, I::Attrition | I::Today(_)),
            Area::Tiers => in_tiers || matches!(input, I::BaseTotal | I::Band(..)),
            Area::Tier(i) => match input {
                I::Tier(t, _) | I::Touch(t, ..) | I::Trigger(t, ..) | I::Program(t, ..) => t == i,
                I::Move(t, _) => t == i,
                _ => false,
            },
        }
    }

    /// True when the message at the field path `path` (as the engine's
    /// validation names it: a field, or a group such as `team.shares`) is
    /// shown in this area. Messages are addressed by their paths as text,
    /// so this is where an area meets them; it agrees with
    /// [`Area::holds`] on every input (see the tests).
    pub fn holds_message(self, path: &str) -> bool {
        let under = |prefix: &str| {
            path.strip_prefix(prefix)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
        };
        match self {
            Area::Team => under("team"),
            Area::RolesAndManagers => under("roles") || under("managers"),
            Area::Guardrails => under("economics") || under("budget"),
            Area::Growth => under("growth") || under("tiers"),
            Area::Tiers => under("base") || under("tiers"),
            Area::Tier(i) => under(&format!("tiers.{i}")),
        }
    }
}

/// What the numeric inputs of one area show beyond the scenario's values:
/// the text typed into its fields that the scenario does not hold, and the
/// messages shown in it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FieldView {
    /// The ranges of the area's fields (the scenario's `uncertainty`).
    ranges: Vec<crate::model::uncertainty::RangeEntry>,
    /// Messages about those ranges (a refused range, a stored one left out
    /// of the analysis): shown at their fields, but the plan holds the
    /// fields' values, so its figures are current.
    range_messages: Vec<FieldError>,
    drafts: Drafts,
    messages: Vec<FieldError>,
    /// The latest keystroke's text, when its field is in this area.
    typed: Option<(Input, String)>,
}

impl FieldView {
    /// The drafts and messages of `area` among `drafts` and `messages`.
    pub fn of(
        area: Area,
        drafts: &Drafts,
        messages: &[FieldError],
        typed: Option<&(Input, String)>,
    ) -> Self {
        Self {
            ranges: Vec::new(),
            range_messages: Vec::new(),
            typed: typed.filter(|(input, _)| area.holds(*input)).cloned(),
            drafts: drafts.filtered(|input| area.holds(input)),
            messages: messages
                .iter()
                .filter(|e| area.holds_message(&e.field))
                .cloned()
                .collect(),
        }
    }

    /// The part of this view in `area` (an area inside this one, such as
    /// one tier of the tiers).
    pub fn narrowed(&self, area: Area) -> Self {
        Self::of(area, &self.drafts, &self.messages, self.typed.as_ref()).with_ranges(
            area,
            &self.ranges,
            &self.range_messages,
        )
    }

    /// This view of `area` with the ranges among `ranges`, and the
    /// messages among `messages` about them, whose fields are in it.
    pub fn with_ranges(
        mut self,
        area: Area,
        ranges: &[crate::model::uncertainty::RangeEntry],
        messages: &[FieldError],
    ) -> Self {
        self.ranges = ranges
            .iter()
            .filter(|e| area.holds_message(&e.path))
            .cloned()
            .collect();
        self.range_messages = messages
            .iter()
            .filter(|e| area.holds_message(&e.field))
            .cloned()
            .collect();
        self
    }

    /// The range on `input`'s field, if it has one.
    pub fn range(&self, input: Input) -> Option<&crate::model::uncertainty::RangeEntry> {
        let path = input.path();
        self.ranges.iter().find(|e| e.path == path)
    }

    /// The text of `input`'s field, whose value in the scenario is `value`:
    /// as typed while it is a draft, else the value.
    pub fn text(&self, input: Input, value: f64) -> String {
        shown_text(self.drafts.get(input), self.typed.as_ref(), input, value)
    }

    /// The message at the field or group `path`, if any: its value's,
    /// else its range's.
    pub fn error(&self, path: &str) -> Option<String> {
        self.validation_error(path).or_else(|| {
            self.range_messages
                .iter()
                .find(|e| e.field == path)
                .map(|e| e.problem.to_string())
        })
    }

    /// The message about the value at the field or group `path`, if any:
    /// while there is one, figures worked out from it are not current. A
    /// message about the field's range leaves them current.
    pub fn validation_error(&self, path: &str) -> Option<String> {
        self.messages
            .iter()
            .find(|e| e.field == path)
            .map(|e| e.problem.to_string())
    }

    /// The message at `input`'s field, if any.
    pub fn error_at(&self, input: Input) -> Option<String> {
        self.error(&input.path())
    }

    /// True when some text typed in this area is not part of the scenario.
    pub fn has_drafts(&self) -> bool {
        !self.drafts.is_empty()
    }

    /// True when the area shows neither a draft nor a message.
    pub fn is_empty(&self) -> bool {
        self.drafts.is_empty() && self.messages.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::inputs::inputs;
    use crate::state::edits::{apply, Edit, ItemKind};

    #[test]
    fn an_area_holds_the_messages_of_the_fields_it_holds() {
        let mut s = Scenario::default();
        for i in 0..3 {
            s = apply(&s, &Edit::AddItem(i, ItemKind::Program));
            s = apply(&s, &Edit::AddMove(i));
        }
        s = apply(&s, &Edit::AddBand);
        let areas = [
            Area::Team,
            Area::RolesAndManagers,
            Area::Guardrails,
            Area::Growth,
            Area::Tiers,
            Area::Tier(0),
            Area::Tier(1),
            Area::Tier(2),
        ];
        for input in inputs(&s) {
            for area in areas {
                assert_eq!(
                    area.holds(input),
                    area.holds_message(&input.path()),
                    "{area:?} {input:?}"
                );
            }
        }
        // Groups: the shares, a tier's touches, the bands.
        assert!(Area::Team.holds_message("team.shares"));
        assert!(Area::Tier(1).holds_message("tiers.1.touches"));
        assert!(!Area::Tier(1).holds_message("tiers.10.touches"));
        assert!(Area::Tiers.holds_message("tiers"));
        assert!(Area::Tiers.holds_message("base.bands"));
        assert!(!Area::Tiers.holds_message("tiering.weights.arr"));
    }

    #[test]
    fn a_slice_is_equal_when_its_part_is() {
        let a = Rc::new(Scenario::default());
        let mut changed = Scenario::default();
        changed.team.hours_per_week = 30.0;
        let b = Rc::new(changed);
        let tiers = |s| Slice::new(s, 0, |s: &Scenario, _| &s.tiers);
        let team = |s| Slice::new(s, 0, |s: &Scenario, _| &s.team);
        assert!(tiers(&a) == tiers(&b));
        assert!(team(&a) != team(&b));
        assert_eq!(team(&b).hours_per_week, 30.0);
        let tier = |s, i| Slice::new(s, i, |s: &Scenario, i| &s.tiers[i]);
        assert!(tier(&a, 0) != tier(&a, 1));
    }
}
