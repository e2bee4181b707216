//! The five inputs of the CSM capacity card: labels, units and hints, and the
//! engine input each one edits.

use crate::model::capacity::TeamTime;
use crate::model::inputs::{Input, TeamField};

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

    /// The engine input this field edits.
    pub fn input(self) -> Input {
        Input::Team(match self {
            CapacityField::HoursPerWeek => TeamField::HoursPerWeek,
            CapacityField::WorkingWeeks => TeamField::WorkingWeeks,
            CapacityField::Reactive => TeamField::Reactive,
            CapacityField::Collateral => TeamField::Collateral,
            CapacityField::Overhead => TeamField::Overhead,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_field_edits_the_engine_input_of_the_same_path() {
        let mut team = TeamTime::default();
        for (k, field) in CapacityField::ALL.into_iter().enumerate() {
            assert_eq!(field.input().path(), field.path());
            field.set(&mut team, k as f64 + 1.0);
            assert_eq!(field.get(&team), k as f64 + 1.0);
        }
    }
}
