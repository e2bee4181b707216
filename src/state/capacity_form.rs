//! The CSM capacity card's form: five inputs over [`TeamTime`].

use crate::model::capacity::TeamTime;
use crate::model::validate::{parse_number, trim_number, FieldError};

/// One input of the capacity card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CapacityField {
    /// Hours per week (h/week).
    HoursPerWeek,
    /// Working weeks per year (weeks/year).
    WorkingWeeks,
    /// Reactive share (%).
    Reactive,
    /// Collateral share (%).
    Collateral,
    /// Overhead share (%).
    Overhead,
}

impl CapacityField {
    /// Every field, in display order.
    pub const ALL: [CapacityField; 5] = [
        CapacityField::HoursPerWeek,
        CapacityField::WorkingWeeks,
        CapacityField::Reactive,
        CapacityField::Collateral,
        CapacityField::Overhead,
    ];

    /// The field's path in the scenario, as used by [`FieldError::field`].
    pub fn path(self) -> &'static str {
        match self {
            CapacityField::HoursPerWeek => "team.hours_per_week",
            CapacityField::WorkingWeeks => "team.working_weeks_per_year",
            CapacityField::Reactive => "team.reactive_pct",
            CapacityField::Collateral => "team.collateral_pct",
            CapacityField::Overhead => "team.overhead_pct",
        }
    }

    /// The label a person reads.
    pub fn label(self) -> &'static str {
        match self {
            CapacityField::HoursPerWeek => "Hours per week",
            CapacityField::WorkingWeeks => "Working weeks per year",
            CapacityField::Reactive => "Reactive work",
            CapacityField::Collateral => "Building collateral",
            CapacityField::Overhead => "Overhead",
        }
    }

    /// The unit shown after the input.
    pub fn unit(self) -> &'static str {
        match self {
            CapacityField::HoursPerWeek => "h/week",
            CapacityField::WorkingWeeks => "weeks",
            _ => "%",
        }
    }

    /// A short hint under the label.
    pub fn hint(self) -> &'static str {
        match self {
            CapacityField::HoursPerWeek => "Contracted hours of one CSM.",
            CapacityField::WorkingWeeks => "After holidays, leave and sickness.",
            CapacityField::Reactive => "Unplanned requests and escalations.",
            CapacityField::Collateral => "Playbooks, webinars, templates.",
            CapacityField::Overhead => "Internal meetings, training, admin.",
        }
    }

    /// Reads this field's value from a team time.
    pub fn get(self, team: &TeamTime) -> f64 {
        match self {
            CapacityField::HoursPerWeek => team.hours_per_week,
            CapacityField::WorkingWeeks => team.working_weeks_per_year,
            CapacityField::Reactive => team.reactive_pct,
            CapacityField::Collateral => team.collateral_pct,
            CapacityField::Overhead => team.overhead_pct,
        }
    }

    /// Writes this field's value into a team time.
    pub fn set(self, team: &mut TeamTime, value: f64) {
        match self {
            CapacityField::HoursPerWeek => team.hours_per_week = value,
            CapacityField::WorkingWeeks => team.working_weeks_per_year = value,
            CapacityField::Reactive => team.reactive_pct = value,
            CapacityField::Collateral => team.collateral_pct = value,
            CapacityField::Overhead => team.overhead_pct = value,
        }
    }

    fn index(self) -> usize {
        Self::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }
}

/// What a person can do to the capacity form.
#[derive(Clone, Debug, PartialEq)]
pub enum CapacityAction {
    /// Text typed into one input.
    Edit(CapacityField, String),
    /// Replace everything, e.g. from a link or a reset.
    Load(TeamTime),
}

/// The capacity form: the typed texts, their errors and the last good team time.
#[derive(Clone, Debug, PartialEq)]
pub struct CapacityForm {
    texts: [String; 5],
    draft: TeamTime,
    errors: Vec<FieldError>,
    good: TeamTime,
}

impl Default for CapacityForm {
    fn default() -> Self {
        Self::load(TeamTime::default(), TeamTime::default())
    }
}

impl CapacityForm {
    /// A form showing `team`; if `team` is impossible its errors are shown and
    /// `fallback` is kept as the last good team time.
    pub fn load(team: TeamTime, fallback: TeamTime) -> Self {
        let texts = CapacityField::ALL.map(|f| trim_number(f.get(&team)));
        let errors = team.validate();
        let good = if errors.is_empty() {
            team.clone()
        } else {
            fallback
        };
        Self {
            texts,
            draft: team,
            errors,
            good,
        }
    }

    /// The reducer: the form after `action`.
    pub fn apply(&self, action: CapacityAction) -> Self {
        match action {
            CapacityAction::Load(team) => Self::load(team, self.good.clone()),
            CapacityAction::Edit(field, text) => {
                let mut next = self.clone();
                next.texts[field.index()] = text.clone();
                let mut parse_errors = Vec::new();
                for f in CapacityField::ALL {
                    match parse_number(&next.texts[f.index()]) {
                        Ok(value) => f.set(&mut next.draft, value),
                        Err(problem) => parse_errors.push(FieldError::new(f.path(), problem)),
                    }
                }
                next.errors = if parse_errors.is_empty() {
                    next.draft.validate()
                } else {
                    parse_errors
                };
                if next.errors.is_empty() {
                    next.good = next.draft.clone();
                }
                next
            }
        }
    }

    /// The text in `field`'s input, exactly as typed.
    pub fn text(&self, field: CapacityField) -> &str {
        &self.texts[field.index()]
    }

    /// The message for `field`, if its value is impossible.
    pub fn error(&self, field: CapacityField) -> Option<String> {
        self.error_at(field.path())
    }

    /// The message for the shares taken together (they must leave proactive time).
    pub fn shares_error(&self) -> Option<String> {
        self.error_at("team.shares")
    }

    fn error_at(&self, path: &str) -> Option<String> {
        self.errors
            .iter()
            .find(|e| e.field == path)
            .map(|e| e.problem.to_string())
    }

    /// True when every input holds a possible value.
    pub fn is_valid(&self) -> bool {
        self.errors.is_empty()
    }

    /// The last team time whose every value was possible: what the results show
    /// and what the link carries.
    pub fn team(&self) -> &TeamTime {
        &self.good
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(form: &CapacityForm, field: CapacityField, text: &str) -> CapacityForm {
        form.apply(CapacityAction::Edit(field, text.to_string()))
    }

    #[test]
    fn a_good_edit_moves_the_result() {
        let form = edit(&CapacityForm::default(), CapacityField::HoursPerWeek, "45");
        assert!(form.is_valid());
        // 45 × 46 × 60% = 1,242 h
        assert!((form.team().proactive_hours_per_year() - 1242.0).abs() < 1e-9);
    }

    #[test]
    fn bad_text_shows_a_message_and_keeps_the_last_good_team() {
        let start = edit(&CapacityForm::default(), CapacityField::HoursPerWeek, "45");
        for (text, needle) in [
            ("", "Enter a value"),
            ("-3", "zero or more"),
            ("abc", "Enter a number"),
            ("0", "more than zero"),
            ("500", "at most 168"),
        ] {
            let form = edit(&start, CapacityField::HoursPerWeek, text);
            let message = form.error(CapacityField::HoursPerWeek).expect(text);
            assert!(message.contains(needle), "{text}: {message}");
            assert_eq!(form.text(CapacityField::HoursPerWeek), text);
            assert_eq!(form.team().hours_per_week, 45.0);
            assert!(form.team().proactive_hours_per_year().is_finite());
        }
    }

    #[test]
    fn shares_over_100_are_reported_on_the_group() {
        let form = edit(&CapacityForm::default(), CapacityField::Overhead, "80");
        assert!(form.shares_error().unwrap().contains("105%"));
        assert_eq!(form.error(CapacityField::Overhead), None);
        assert_eq!(form.team(), &TeamTime::default());
    }

    #[test]
    fn fixing_the_text_recovers() {
        let broken = edit(&CapacityForm::default(), CapacityField::WorkingWeeks, "x");
        let fixed = edit(&broken, CapacityField::WorkingWeeks, "44");
        assert!(fixed.is_valid());
        assert_eq!(fixed.team().working_weeks_per_year, 44.0);
    }

    #[test]
    fn loading_an_impossible_team_keeps_the_fallback() {
        let bad = TeamTime {
            hours_per_week: -5.0,
            ..TeamTime::default()
        };
        let form = CapacityForm::default().apply(CapacityAction::Load(bad));
        assert_eq!(form.text(CapacityField::HoursPerWeek), "-5");
        assert!(form.error(CapacityField::HoursPerWeek).is_some());
        assert_eq!(form.team(), &TeamTime::default());
    }
}
