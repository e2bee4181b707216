//! Ranges as the page edits them: "35-45" or "35 to 45" typed into a
//! number's field, the range control beside the field (low, high, shape,
//! remove), ranges following their fields through structural edits, and
//! every refusal as a message at the field.
//!
//! The ranges live in the scenario's `uncertainty` member
//! ([`Ranges`]), by field path, so the link and files carry them; this
//! module only decides what an edit does to them. The engine
//! ([`crate::model::uncertainty`]) decides what a good range is.

use crate::model::check::check_input;
use crate::model::inputs::Input;
use crate::model::uncertainty::{problems, Range, RangeEntry, Shape};
use crate::model::validate::{parse_number, FieldError, Problem};
use crate::model::Scenario;

/// A change made through a field's range control.
#[derive(Clone, Debug, PartialEq)]
pub enum RangeEdit {
    /// The low end, as typed.
    Low(String),
    /// The high end, as typed.
    High(String),
    /// The shape picked.
    Shape(Shape),
    /// The range removed: the field is one number again.
    Remove,
}

/// The shape of a range typed into a field that has none yet: triangular,
/// most likely at the field's value, as the field's value stays the most
/// likely one.
pub const TYPED_SHAPE: Shape = Shape::Triangular;

/// The low and high ends of `text` when it reads as a range: two numbers
/// (each as the page reads a number: spaces and thousands separators
/// allowed) joined by "-", "–", "—", "..", or the word "to" ("35-45",
/// "1,000 to 1,500", "-5 - 5"). `None` for one number or anything else.
pub fn typed_range(text: &str) -> Option<(f64, f64)> {
    let text = text.trim();
    let number = |t: &str| parse_number(t).ok();
    // "to", in any case, between two numbers.
    let lower = text.to_ascii_lowercase();
    if let Some(at) = lower.find(" to ") {
        return Some((number(&text[..at])?, number(&text[at + 4..])?));
    }
    for sep in ["..", "–", "—", "-"] {
        // Every place the separator stands after the first character (a
        // leading "-" is a sign), the first where both sides read.
        for (at, _) in text.match_indices(sep).filter(|(at, _)| *at > 0) {
            if let (Some(low), Some(high)) = (number(&text[..at]), number(&text[at + sep.len()..]))
            {
                return Some((low, high));
            }
        }
    }
    None
}

/// The range stored on `input`'s field, if any.
pub fn range_of(scenario: &Scenario, input: Input) -> Option<&RangeEntry> {
    let path = input.path();
    scenario.uncertainty.ranges.iter().find(|e| e.path == path)
}

/// `scenario` with a range from `low` to `high` of `shape` on `input`
/// (replacing the one it had), or the message to show at the field.
///
/// The field's value stays the most likely value. When it lies outside the
/// range, it moves to the middle of the range (whole for a whole-number
/// field): someone who types "35-45" into a field that says 30 means the
/// number is somewhere from 35 to 45, not 30; the range control says so.
pub fn with_range(
    scenario: &Scenario,
    input: Input,
    low: f64,
    high: f64,
    shape: Shape,
) -> Result<Scenario, String> {
    let mut s = scenario.clone();
    let range = Range::new(input, low, high, shape);
    // Ends out of bounds, low above high, a field that cannot vary: the
    // engine's own words (before the value moves).
    let ends = Range::new(input, low, high, Shape::Uniform);
    if let Some(e) = problems(scenario, &[ends]).into_iter().next() {
        return Err(e.message);
    }
    let value = input.get(scenario);
    if value < low || value > high {
        let mut middle = (low + high) / 2.0;
        if matches!(
            check_input(input, middle).map(|e| e.problem),
            Some(Problem::NotWhole { .. })
        ) {
            middle = middle.round();
        }
        input.set(&mut s, middle);
        let known = scenario.validate();
        if let Some(e) = s.validate().into_iter().find(|e| !known.contains(e)) {
            return Err(format!(
                "{}: its value would move into the range, to {}, which is refused: {}",
                input.label(scenario),
                crate::model::format::exact(middle),
                e.problem
            ));
        }
    }
    if let Some(e) = problems(&s, &[range]).into_iter().next() {
        return Err(e.message);
    }
    let entry = RangeEntry {
        path: input.path(),
        low,
        high,
        shape,
    };
    let ranges = &mut s.uncertainty.ranges;
    match ranges.iter_mut().find(|e| e.path == entry.path) {
        Some(old) => *old = entry,
        None => ranges.push(entry),
    }
    Ok(s)
}

/// `scenario` after `edit` on `input`'s range control, or the message to
/// show at the field. Low or high typed on a field without a range start
/// one at the field's value.
pub fn edit_range(scenario: &Scenario, input: Input, edit: &RangeEdit) -> Result<Scenario, String> {
    let value = input.get(scenario);
    let (low, high, shape) = range_of(scenario, input)
        .map(|e| (e.low, e.high, e.shape))
        .unwrap_or((value, value, TYPED_SHAPE));
    let end = |which: &str, text: &str| {
        parse_number(text).map_err(|p| format!("{}, {which} end: {p}", input.label(scenario)))
    };
    match edit {
        RangeEdit::Low(text) => with_range(scenario, input, end("low", text)?, high, shape),
        RangeEdit::High(text) => with_range(scenario, input, low, end("high", text)?, shape),
        RangeEdit::Shape(shape) => with_range(scenario, input, low, high, *shape),
        RangeEdit::Remove => {
            let mut s = scenario.clone();
            let path = input.path();
            s.uncertainty.ranges.retain(|e| e.path != path);
            Ok(s)
        }
    }
}

/// A message at each field whose stored range cannot be sampled (its
/// value moved outside a peaked range, a link's range out of bounds): the
/// analysis leaves that range out and says so here.
pub fn stored_messages(scenario: &Scenario) -> Vec<FieldError> {
    if scenario.uncertainty.is_empty() {
        return Vec::new();
    }
    let (_, errors) = scenario.uncertainty.resolve(scenario);
    errors
        .into_iter()
        .map(|e| {
            FieldError::new(
                e.field,
                Problem::Rule(format!(
                    "{} This range is left out of the analysis.",
                    e.message
                )),
            )
        })
        .collect()
}

/// How long typing must pause before the range analysis runs (ms): the
/// point plan follows every keystroke, the 2,000 samples once the person
/// stops (as the address does).
pub const ANALYSIS_PAUSE_MS: u32 = 300;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::inputs::{ItemField, TeamField, TierField};

    const CUSTOMERS: Input = Input::Tier(0, TierField::Customers);

    #[test]
    fn ranges_read_with_dashes_the_word_to_and_thousands() {
        assert_eq!(typed_range("35-45"), Some((35.0, 45.0)));
        assert_eq!(typed_range(" 35 to 45 "), Some((35.0, 45.0)));
        assert_eq!(typed_range("35 TO 45"), Some((35.0, 45.0)));
        assert_eq!(typed_range("35 – 45"), Some((35.0, 45.0)));
        assert_eq!(typed_range("1,000-1,500"), Some((1000.0, 1500.0)));
        assert_eq!(typed_range("-5 - 5"), Some((-5.0, 5.0)));
        assert_eq!(typed_range("2.5..4"), Some((2.5, 4.0)));
        assert_eq!(typed_range("45-35"), Some((45.0, 35.0)));
        for not in ["40", "-5", "35-", "to 45", "35 to", "a-b", ""] {
            assert_eq!(typed_range(not), None, "{not}");
        }
    }

    #[test]
    fn a_range_around_the_value_keeps_it_and_one_beside_it_moves_it_to_the_middle() {
        let s = Scenario::default();
        let value = CUSTOMERS.get(&s);
        let around = with_range(&s, CUSTOMERS, value - 5.0, value + 5.0, TYPED_SHAPE).unwrap();
        assert_eq!(CUSTOMERS.get(&around), value);
        assert_eq!(range_of(&around, CUSTOMERS).unwrap().low, value - 5.0);
        let beside = with_range(&s, CUSTOMERS, value + 10.0, value + 21.0, TYPED_SHAPE).unwrap();
        // The middle, 15.5 above, made whole: customers come whole.
        assert_eq!(CUSTOMERS.get(&beside), (value + 15.5).round());
    }

    #[test]
    fn refusals_are_in_words_and_name_the_field() {
        let s = Scenario::default();
        let e = with_range(&s, CUSTOMERS, 45.0, 35.0, TYPED_SHAPE).unwrap_err();
        assert!(
            e.contains("the low end (45) is above the high end (35)"),
            "{e}"
        );
        let e = with_range(&s, Input::ManagerSpan, 6.0, 9.0, TYPED_SHAPE).unwrap_err();
        assert!(e.contains("cannot take a range"), "{e}");
        let hours = Input::Team(TeamField::HoursPerWeek);
        let e = with_range(&s, hours, 30.0, 200.0, TYPED_SHAPE).unwrap_err();
        assert!(e.contains("the high end, 200, is outside"), "{e}");
        let e = edit_range(&s, hours, &RangeEdit::Low("lots".into())).unwrap_err();
        assert!(
            e.starts_with("Hours per week, low end: Enter a number"),
            "{e}"
        );
    }

    #[test]
    fn the_control_edits_and_removes_a_range() {
        let s = Scenario::default();
        let hours = Input::Team(TeamField::HoursPerWeek);
        let s = edit_range(&s, hours, &RangeEdit::Low("36".into())).unwrap();
        let s = edit_range(&s, hours, &RangeEdit::High("44".into())).unwrap();
        let s = edit_range(&s, hours, &RangeEdit::Shape(Shape::Normal)).unwrap();
        let e = range_of(&s, hours).unwrap();
        assert_eq!((e.low, e.high, e.shape), (36.0, 44.0, Shape::Normal));
        let s = edit_range(&s, hours, &RangeEdit::Remove).unwrap();
        assert!(s.uncertainty.is_empty());
    }

    use crate::state::edits::{moved_ranges, Edit};

    #[test]
    fn ranges_follow_their_fields_and_go_with_them() {
        let s = Scenario::default();
        let touch = Input::Touch(1, 1, ItemField::Hours);
        let value = touch.get(&s);
        let s = with_range(&s, touch, value, value + 1.0, TYPED_SHAPE).unwrap();
        let s = with_range(
            &s,
            Input::Tier(2, TierField::Customers),
            1.0,
            9.0,
            Shape::Uniform,
        )
        .unwrap();
        let edit = Edit::RemoveTier(0);
        let mut after = super::super::edits::apply(&s, &edit);
        after.uncertainty = moved_ranges(&edit, &s, &after);
        let paths: Vec<_> = after
            .uncertainty
            .ranges
            .iter()
            .map(|e| e.path.clone())
            .collect();
        assert_eq!(paths, ["tiers.0.touches.1.hours", "tiers.1.customers"]);
        let edit = Edit::RemoveItem(0, super::super::edits::ItemKind::Touch, 1);
        let gone = moved_ranges(&edit, &after, &super::super::edits::apply(&after, &edit));
        assert_eq!(gone.ranges.len(), 1);
        assert_eq!(gone.ranges[0].path, "tiers.1.customers");
    }

    #[test]
    fn the_page_samples_the_good_stored_ranges_only() {
        let s = Scenario::default();
        assert!(crate::model::uncertainty::stored_analysis(&s).is_none());
        let hours = Input::Team(TeamField::HoursPerWeek);
        let mut s = with_range(&s, hours, 36.0, 44.0, Shape::Triangular).unwrap();
        let a = crate::model::uncertainty::stored_analysis(&s).unwrap();
        assert_eq!(a.ranges.len(), 1);
        // Its value moved out of the peaked range: left out, nothing sampled.
        hours.set(&mut s, 30.0);
        assert!(crate::model::uncertainty::stored_analysis(&s).is_none());
    }

    #[test]
    fn a_value_moved_outside_its_peaked_range_is_said_at_the_field() {
        let s = Scenario::default();
        let hours = Input::Team(TeamField::HoursPerWeek);
        let mut s = with_range(&s, hours, 36.0, 44.0, Shape::Triangular).unwrap();
        assert!(stored_messages(&s).is_empty());
        hours.set(&mut s, 30.0);
        let m = stored_messages(&s);
        assert_eq!(m[0].field, "team.hours_per_week");
        assert!(
            m[0].problem
                .to_string()
                .contains("left out of the analysis"),
            "{m:?}"
        );
    }
}

#[cfg(test)]
mod workspace_tests {
    //! Ranges through the page's reducer: typing, the control, undo, and
    //! refusals at the field.
    use super::*;
    use crate::model::inputs::TierField;
    use crate::state::edits::Edit;
    use crate::state::workspace::{Workspace, WorkspaceAction as A};

    const CUSTOMERS: Input = Input::Tier(0, TierField::Customers);

    /// `w` after typing `text` into `input`'s field one key at a time.
    fn typed(w: &Workspace, input: Input, text: &str) -> Workspace {
        let mut w = w.clone();
        for end in 1..=text.len() {
            w = w.apply(A::EditNumber(input, text[..end].into()));
        }
        w
    }

    #[test]
    fn typing_a_range_sets_it_keeps_the_text_and_is_one_undo_step() {
        let start = Workspace::default();
        let value = CUSTOMERS.get(start.scenario());
        let text = format!("{} to {}", value - 10.0, value + 10.0);
        let w = typed(&start, CUSTOMERS, &text);
        let e = range_of(w.scenario(), CUSTOMERS).expect("a range");
        assert_eq!(
            (e.low, e.high, e.shape),
            (value - 10.0, value + 10.0, TYPED_SHAPE)
        );
        assert_eq!(
            CUSTOMERS.get(w.scenario()),
            value,
            "the value stays the most likely"
        );
        assert_eq!(w.text(CUSTOMERS), text, "the field keeps what was typed");
        assert!(w.error(&CUSTOMERS.path()).is_none());
        // The whole burst of typing is one step.
        assert_eq!(w.apply(A::Undo).scenario(), start.scenario());
    }

    #[test]
    fn a_refused_range_is_said_at_the_field_and_the_plan_keeps_its_figures() {
        let start = Workspace::default();
        let w = typed(&start, CUSTOMERS, "45-35");
        assert_eq!(w.scenario().uncertainty, start.scenario().uncertainty);
        let message = w.error(&CUSTOMERS.path()).expect("a message at the field");
        assert!(
            message.contains("the low end (45) is above the high end (35)"),
            "{message}"
        );
        assert_eq!(w.text(CUSTOMERS), "45-35");
        // A field that cannot vary.
        let w = typed(&start, Input::ManagerSpan, "6-9");
        let message = w.error("managers.span").expect("a message");
        assert!(message.contains("cannot take a range"), "{message}");
        // Typing a number again clears it.
        let w = w.apply(A::EditNumber(Input::ManagerSpan, "8".into()));
        assert!(w.error("managers.span").is_none());
    }

    #[test]
    fn the_control_edits_are_undo_steps_and_removing_is_one_action() {
        let start = Workspace::default();
        let value = CUSTOMERS.get(start.scenario());
        let w = typed(
            &start,
            CUSTOMERS,
            &format!("{}-{}", value - 5.0, value + 5.0),
        );
        let w = w.apply(A::EditRange(CUSTOMERS, RangeEdit::Shape(Shape::Normal)));
        let w = w.apply(A::EditRange(
            CUSTOMERS,
            RangeEdit::High(format!("{}", value + 9.0)),
        ));
        let e = range_of(w.scenario(), CUSTOMERS).unwrap();
        assert_eq!((e.high, e.shape), (value + 9.0, Shape::Normal));
        let refused = w.apply(A::EditRange(
            CUSTOMERS,
            RangeEdit::Low(format!("{}", value + 20.0)),
        ));
        assert_eq!(refused.scenario(), w.scenario());
        assert!(refused.error(&CUSTOMERS.path()).is_some());
        let removed = refused.apply(A::EditRange(CUSTOMERS, RangeEdit::Remove));
        assert!(removed.scenario().uncertainty.is_empty());
        assert!(removed.error(&CUSTOMERS.path()).is_none());
        let back = removed.apply(A::Undo);
        assert_eq!(
            range_of(back.scenario(), CUSTOMERS).unwrap().high,
            value + 9.0
        );
        let back = back.apply(A::Undo);
        assert_eq!(
            range_of(back.scenario(), CUSTOMERS).unwrap().shape,
            Shape::Normal
        );
        assert_eq!(back.apply(A::Redo).scenario(), w.scenario());
    }

    #[test]
    fn a_range_message_is_shown_at_its_field_but_leaves_the_figures_current() {
        use crate::model::inputs::TeamField;
        use crate::state::view::Area;
        let hours = Input::Team(TeamField::HoursPerWeek);
        let w = typed(&Workspace::default(), hours, "36-44");
        // A value outside its triangular range: taken, the range left out.
        let w = w.apply(A::EditNumber(hours, "30".into()));
        assert_eq!(hours.get(w.scenario()), 30.0);
        let view = w.view(Area::Team);
        let message = view
            .error("team.hours_per_week")
            .expect("said at the field");
        assert!(message.contains("left out of the analysis"), "{message}");
        assert_eq!(view.validation_error("team.hours_per_week"), None);
        assert!(view.range(hours).is_some());
    }

    #[test]
    fn a_range_follows_its_tier_and_goes_with_it() {
        let start = Workspace::default();
        let third = Input::Tier(2, TierField::Customers);
        let value = third.get(start.scenario());
        let w = typed(&start, third, &format!("{}-{}", value, value + 4.0));
        let moved = w.apply(A::Apply(Edit::MoveTier(2, true)));
        let e = &moved.scenario().uncertainty.ranges[0];
        assert_eq!(e.path, "tiers.1.customers");
        let gone = moved.apply(A::Apply(Edit::RemoveTier(1)));
        assert!(gone.scenario().uncertainty.is_empty());
    }
}
