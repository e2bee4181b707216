//! The capacity card's own wording: the hint under each team-time field.
//! Everything else about the fields (path, names, unit, range) is the
//! engine's one table, [`TeamField`].

use crate::model::inputs::TeamField;

/// A short hint under the field's caption on the capacity card.
pub fn hint(field: TeamField) -> &'static str {
    match field {
        TeamField::HoursPerWeek => "Contracted hours of one CSM.",
        TeamField::WorkingWeeks => "After holidays, leave and sickness.",
        TeamField::Reactive => "Unplanned requests and escalations.",
        TeamField::Collateral => "Playbooks, webinars, templates.",
        TeamField::Overhead => "Internal meetings, training, admin.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_a_sentence_for_a_hint() {
        for field in TeamField::ALL {
            assert!(hint(field).ends_with('.'), "{field:?}");
        }
    }
}
