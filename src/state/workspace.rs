//! The whole page's editing state: the last good scenario, the drafts of the
//! inputs being typed, and undo / redo. Plain data plus a reducer.

use crate::model::capacity::TeamTime;
use crate::model::Scenario;

use super::capacity_form::{CapacityAction, CapacityField, CapacityForm};

/// Most undo steps kept.
pub const UNDO_LIMIT: usize = 100;

/// Where a scenario that replaces the current one came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A preset picked by the person.
    Preset,
    /// The reset button: the default scenario.
    Reset,
    /// A scenario file opened by the person.
    File,
    /// The last good scenario kept on this device.
    Restore,
    /// The browser's Back / Forward buttons (the address already says it).
    History,
}

/// How the last change should reach the page address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddressUpdate {
    /// Nothing to write (the address already holds the scenario).
    None,
    /// Replace the address in place: typing.
    Replace,
    /// Push a new history entry so Back returns: a discrete action.
    Push,
}

/// What a person can do to the workspace.
#[derive(Clone, Debug, PartialEq)]
pub enum WorkspaceAction {
    /// Text typed into a capacity input.
    EditCapacity(CapacityField, String),
    /// Replace the whole scenario.
    Load(Scenario, Origin),
    /// Step back one change.
    Undo,
    /// Step forward one undone change.
    Redo,
}

/// The page's state.
#[derive(Clone, Debug, PartialEq)]
pub struct Workspace {
    scenario: Scenario,
    capacity: CapacityForm,
    undo: Vec<Scenario>,
    redo: Vec<Scenario>,
    last_edit: Option<CapacityField>,
    address: AddressUpdate,
    revision: u64,
}

impl Default for Workspace {
    fn default() -> Self {
        Self::new(Scenario::default())
    }
}

impl Workspace {
    /// A workspace showing `scenario`. If its team time is impossible, the
    /// messages show at their inputs and the default team time is used meanwhile.
    pub fn new(scenario: Scenario) -> Self {
        let capacity = CapacityForm::load(scenario.team.clone(), TeamTime::default());
        let mut scenario = scenario;
        scenario.team = capacity.team().clone();
        Self {
            scenario,
            capacity,
            undo: Vec::new(),
            redo: Vec::new(),
            last_edit: None,
            address: AddressUpdate::None,
            revision: 0,
        }
    }

    /// The reducer: the workspace after `action`.
    pub fn apply(&self, action: WorkspaceAction) -> Self {
        let mut next = self.clone();
        next.revision = self.revision.wrapping_add(1);
        match action {
            WorkspaceAction::EditCapacity(field, text) => {
                next.capacity = self.capacity.apply(CapacityAction::Edit(field, text));
                next.address = AddressUpdate::Replace;
                if next.capacity.team() != &self.scenario.team {
                    // A burst of typing in one input is one undo step.
                    if self.last_edit != Some(field) {
                        next.remember(self.scenario.clone());
                    }
                    next.scenario.team = next.capacity.team().clone();
                    next.redo.clear();
                }
                next.last_edit = Some(field);
            }
            WorkspaceAction::Load(scenario, origin) => {
                next.remember(self.scenario.clone());
                next.redo.clear();
                next.show(scenario);
                next.address = if origin == Origin::History {
                    AddressUpdate::None
                } else {
                    AddressUpdate::Push
                };
            }
            WorkspaceAction::Undo => match next.undo.pop() {
                Some(previous) => {
                    next.redo.push(self.scenario.clone());
                    next.show(previous);
                    next.address = AddressUpdate::Push;
                }
                None => return self.clone(),
            },
            WorkspaceAction::Redo => match next.redo.pop() {
                Some(undone) => {
                    next.undo.push(self.scenario.clone());
                    next.show(undone);
                    next.address = AddressUpdate::Push;
                }
                None => return self.clone(),
            },
        }
        next
    }

    fn remember(&mut self, scenario: Scenario) {
        if self.undo.last() != Some(&scenario) {
            self.undo.push(scenario);
        }
        if self.undo.len() > UNDO_LIMIT {
            self.undo.remove(0);
        }
    }

    fn show(&mut self, scenario: Scenario) {
        self.capacity = CapacityForm::load(scenario.team.clone(), self.scenario.team.clone());
        self.scenario = scenario;
        self.scenario.team = self.capacity.team().clone();
        self.last_edit = None;
    }

    /// The last good scenario: what the results show and the link carries.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The capacity inputs as typed.
    pub fn capacity(&self) -> &CapacityForm {
        &self.capacity
    }

    /// True when there is a change to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// True when there is an undone change to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// How the last change should reach the address.
    pub fn address_update(&self) -> AddressUpdate {
        self.address
    }

    /// Counts every action, so effects can tell two identical scenarios apart in time.
    pub fn revision(&self) -> u64 {
        self.revision
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets;

    fn edit(w: &Workspace, field: CapacityField, text: &str) -> Workspace {
        w.apply(WorkspaceAction::EditCapacity(field, text.into()))
    }

    #[test]
    fn typing_replaces_the_address_and_is_one_undo_step() {
        let w = Workspace::default();
        let w = edit(&w, CapacityField::HoursPerWeek, "4");
        let w = edit(&w, CapacityField::HoursPerWeek, "45");
        assert_eq!(w.address_update(), AddressUpdate::Replace);
        assert_eq!(w.scenario().team.hours_per_week, 45.0);
        let back = w.apply(WorkspaceAction::Undo);
        assert_eq!(back.scenario().team.hours_per_week, 40.0);
        assert_eq!(back.capacity().text(CapacityField::HoursPerWeek), "40");
        assert_eq!(back.address_update(), AddressUpdate::Push);
        assert!(!back.can_undo());
        let again = back.apply(WorkspaceAction::Redo);
        assert_eq!(again.scenario().team.hours_per_week, 45.0);
    }

    #[test]
    fn impossible_text_keeps_the_scenario() {
        let w = edit(&Workspace::default(), CapacityField::WorkingWeeks, "-1");
        assert_eq!(w.scenario(), &Scenario::default());
        assert!(w.capacity().error(CapacityField::WorkingWeeks).is_some());
        assert!(!w.can_undo());
    }

    #[test]
    fn presets_push_history_and_undo_returns() {
        let preset = presets()
            .into_iter()
            .find(|p| p.scenario != Scenario::default())
            .expect("a preset other than the default");
        let w = Workspace::default().apply(WorkspaceAction::Load(
            preset.scenario.clone(),
            Origin::Preset,
        ));
        assert_eq!(w.scenario(), &preset.scenario);
        assert_eq!(w.address_update(), AddressUpdate::Push);
        let back = w.apply(WorkspaceAction::Undo);
        assert_eq!(back.scenario(), &Scenario::default());
    }

    #[test]
    fn back_and_forward_do_not_push() {
        let mut s = Scenario::default();
        s.team.hours_per_week = 30.0;
        let w = Workspace::default().apply(WorkspaceAction::Load(s, Origin::History));
        assert_eq!(w.address_update(), AddressUpdate::None);
        assert!(w.can_undo());
    }

    #[test]
    fn undo_with_nothing_to_undo_changes_nothing() {
        let w = Workspace::default();
        assert_eq!(w.apply(WorkspaceAction::Undo), w);
        assert_eq!(w.apply(WorkspaceAction::Redo), w);
    }

    #[test]
    fn undo_history_is_bounded() {
        let mut w = Workspace::default();
        for i in 0..(UNDO_LIMIT + 20) {
            let field = if i % 2 == 0 {
                CapacityField::HoursPerWeek
            } else {
                CapacityField::WorkingWeeks
            };
            w = edit(&w, field, &format!("{}", 20 + i % 20));
        }
        let mut steps = 0;
        while w.can_undo() {
            w = w.apply(WorkspaceAction::Undo);
            steps += 1;
        }
        assert!(steps <= UNDO_LIMIT);
    }
}
