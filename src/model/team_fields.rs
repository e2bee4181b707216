//! The five fields of a CSM's team time in one table: each one's path,
//! names, unit, range and place in [`TeamTime`]. The registry of inputs,
//! validation, the team link's codec and the capacity card all read this
//! table, so a new field or a changed label is one edit here.

use super::capacity::TeamTime;
use super::limits::{Bounds, MAX_HOURS_PER_WEEK, MAX_WEEKS_PER_YEAR};

/// A field of the team time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TeamField {
    /// `team.hours_per_week` (h/week).
    HoursPerWeek,
    /// `team.working_weeks_per_year` (weeks/year).
    WorkingWeeks,
    /// `team.reactive_pct` (%).
    Reactive,
    /// `team.collateral_pct` (%).
    Collateral,
    /// `team.overhead_pct` (%).
    Overhead,
}

/// The `f64` of field `$field` in the team time `$team`, shared or mutable
/// (`$($m)*` is `mut` or nothing): the one match from a field to its place.
macro_rules! slot {
    ($team:expr, $field:expr, $($m:tt)*) => {
        match $field {
            TeamField::HoursPerWeek => & $($m)* $team.hours_per_week,
            TeamField::WorkingWeeks => & $($m)* $team.working_weeks_per_year,
            TeamField::Reactive => & $($m)* $team.reactive_pct,
            TeamField::Collateral => & $($m)* $team.collateral_pct,
            TeamField::Overhead => & $($m)* $team.overhead_pct,
        }
    };
}

impl TeamField {
    /// Every field, in the order the inputs list and the capacity card show them.
    pub const ALL: [TeamField; 5] = [
        TeamField::HoursPerWeek,
        TeamField::WorkingWeeks,
        TeamField::Reactive,
        TeamField::Collateral,
        TeamField::Overhead,
    ];

    /// The field's path in the scenario (`team.hours_per_week`), as used by
    /// [`FieldError::field`](super::validate::FieldError::field).
    pub fn path(self) -> &'static str {
        match self {
            TeamField::HoursPerWeek => "team.hours_per_week",
            TeamField::WorkingWeeks => "team.working_weeks_per_year",
            TeamField::Reactive => "team.reactive_pct",
            TeamField::Collateral => "team.collateral_pct",
            TeamField::Overhead => "team.overhead_pct",
        }
    }

    /// The field's member name in the team time's JSON (`hours_per_week`):
    /// its path without `team.`.
    pub fn key(self) -> &'static str {
        let path = self.path();
        path.strip_prefix("team.").unwrap_or(path)
    }

    /// The field's name in messages and figures that name an input among
    /// all others ("Reactive share"): the sensitivity tornado, the notes
    /// on refused or impossible values.
    pub fn label(self) -> &'static str {
        match self {
            TeamField::HoursPerWeek => "Hours per week",
            TeamField::WorkingWeeks => "Working weeks per year",
            TeamField::Reactive => "Reactive share",
            TeamField::Collateral => "Collateral share",
            TeamField::Overhead => "Overhead share",
        }
    }

    /// The short name beside the field on the capacity card, where the
    /// card's heading says these are shares of a CSM's time ("Reactive
    /// work"); the team link's messages name the field the same way.
    pub fn caption(self) -> &'static str {
        match self {
            TeamField::HoursPerWeek => "Hours per week",
            TeamField::WorkingWeeks => "Working weeks per year",
            TeamField::Reactive => "Reactive work",
            TeamField::Collateral => "Building collateral",
            TeamField::Overhead => "Overhead",
        }
    }

    /// The unit shown after the field.
    pub fn unit(self) -> &'static str {
        match self {
            TeamField::HoursPerWeek => "h/week",
            TeamField::WorkingWeeks => "weeks",
            TeamField::Reactive | TeamField::Collateral | TeamField::Overhead => "%",
        }
    }

    /// The allowed range: hours and weeks more than zero, at least 1 once
    /// sanitised, up to a week's hours and a year's weeks; shares 0–100%.
    pub fn bounds(self) -> Bounds {
        match self {
            TeamField::HoursPerWeek => Bounds::above_zero(MAX_HOURS_PER_WEEK, 1.0),
            TeamField::WorkingWeeks => Bounds::above_zero(MAX_WEEKS_PER_YEAR, 1.0),
            TeamField::Reactive | TeamField::Collateral | TeamField::Overhead => {
                Bounds::zero_to(100.0)
            }
        }
    }

    /// This field's value in `team`.
    pub fn get(self, team: &TeamTime) -> f64 {
        *slot!(team, self,)
    }

    /// Writes `value` into this field of `team`.
    pub fn set(self, team: &mut TeamTime, value: f64) {
        *slot!(team, self, mut) = value;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_field_reads_back_what_was_written_on_its_own_place() {
        let mut team = TeamTime::default();
        for (k, field) in TeamField::ALL.into_iter().enumerate() {
            field.set(&mut team, k as f64 + 1.0);
            assert_eq!(field.get(&team), k as f64 + 1.0);
        }
        assert_eq!(
            team,
            TeamTime {
                hours_per_week: 1.0,
                working_weeks_per_year: 2.0,
                reactive_pct: 3.0,
                collateral_pct: 4.0,
                overhead_pct: 5.0,
                ..TeamTime::default()
            }
        );
    }

    #[test]
    fn paths_name_the_team_times_own_json_keys() {
        let json = serde_json::to_value(TeamTime::default()).unwrap();
        for field in TeamField::ALL {
            let key = field.key();
            assert_eq!(field.path(), format!("team.{key}"));
            assert_eq!(json[key], field.get(&TeamTime::default()), "{key}");
        }
    }
}
