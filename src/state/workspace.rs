//! The whole page's editing state: the last good scenario, the texts being
//! typed that are not (yet) part of it, their messages, and undo / redo.
//! Plain data plus a reducer.
//!
//! Numbers are edited through the engine's input registry
//! ([`crate::model::inputs::Input`]), so every numeric field of every tier,
//! touch and role follows the same rule: a typed text enters the scenario
//! once it reads as a number and adds no new impossible value; until then it
//! stays a draft with a message next to its input, and the results keep the
//! last good scenario.
//!
//! Drafts are settled field by field: a text that fits enters the scenario
//! even while another field's text is refused. Which fields constrain each
//! other (the team's shares, gross and net retention, cut-offs) is not
//! restated here: [`Scenario::validate`] decides, on the scenario with the
//! drafts tried together, then one at a time. A structural edit keeps the
//! drafts: each follows its field (a tier moved or removed above it), is
//! dropped only when its field is gone or the edit wrote the field itself
//! (an import's counts), and enters the scenario with the edit when it now
//! fits.

use std::rc::Rc;

use crate::model::inputs::{inputs, Input};
use crate::model::validate::{parse_number, FieldError, Problem};
use crate::model::Scenario;

use super::drafts::Drafts;
use super::edits::{apply as apply_edit, Edit, TypingKey};
use super::lineup::{Lineup, LineupAction};
use super::ranges::{edit_range, range_of, stored_messages, typed_range, with_range, RangeEdit};
use super::view::{shown_text, Area, FieldView};

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
    /// Text typed into the input of a number. A range ("35-45", "35 to
    /// 45") on a field that may vary puts that range on it
    /// ([`super::ranges::with_range`]); refused, it stays typed with its
    /// message at the field and the plan keeps its figures.
    EditNumber(Input, String),
    /// A change made through the range control beside a field: one undo
    /// step; refused, a message at the field and the plan unchanged.
    EditRange(Input, RangeEdit),
    /// A structural change or a non-numeric choice: one undo step. Typed
    /// text not in the scenario yet is kept: it follows its field, enters
    /// the scenario with this step when it now fits, and stays a draft with
    /// its message otherwise (dropped only when its field is gone, or when
    /// the edit wrote that field itself, as an import's counts do).
    Apply(Edit),
    /// An edit that follows from another change rather than being a step
    /// of its own: applied without an undo step, and the address is
    /// replaced. The page uses it to refresh an imported list's counts
    /// after the person changed a weight or a cut-off (that change is the
    /// undo step, and undoing it brings back the counts that went with it);
    /// the first import is an [`WorkspaceAction::Apply`], so it can be
    /// undone. When the edit changes nothing, nothing happens at all: same
    /// revision, [`AddressUpdate::None`]. Typed drafts follow their fields
    /// as for [`WorkspaceAction::Apply`]: those that now fit enter the
    /// scenario with the derived edit, the others stay drafts.
    Derive(Edit),
    /// Replace the scenario: the one the inputs edit for a preset or the
    /// reset, the whole lineup (this scenario alone) for a file, a plan
    /// restored and Back / Forward.
    Load(Box<Scenario>, Origin),
    /// Replace the whole lineup: these scenarios (the base first), editing
    /// scenario `.1` (a link or file that holds alternatives).
    LoadAll(Vec<Scenario>, usize, Origin),
    /// Add, rename, remove, reorder or choose a scenario of the lineup.
    Lineup(LineupAction),
    /// Step back one change.
    Undo,
    /// Step forward one undone change.
    Redo,
}

/// The page's state.
#[derive(Clone, Debug, PartialEq)]
pub struct Workspace {
    // Shared, not copied: the reducer clones the workspace on every
    // keystroke. With 100 undo steps of a 6 x 20 plan held by value that
    // took 0.72 ms; shared, 0.03 ms (`cargo bench --bench plan -- keystroke`).
    scenario: Rc<Scenario>,
    drafts: Drafts,
    errors: Vec<FieldError>,
    /// Every scenario (the base first, the edited one kept in step with
    /// `scenario`) and which one the inputs edit.
    lineup: Lineup,
    /// The typed text of each scenario not being edited, by place (the
    /// edited one's is `drafts`): switching scenarios parks it.
    parked: Vec<Drafts>,
    /// Why the last lineup verb (or name) was refused, in plain words.
    message: Option<String>,
    // One history for the whole lineup: undo covers adding, renaming,
    // removing and reordering scenarios and every edit inside any of them,
    // and brings back the scenario that was being edited then.
    undo: Vec<Lineup>,
    redo: Vec<Lineup>,
    /// The field of the latest keystroke: a burst of typing in one field
    /// is one undo step.
    last_edit: Option<TypingKey>,
    /// The text of the latest keystroke, at its field, while that field is
    /// the one being typed in: shown as typed while it reads as the plan's
    /// value ("37." for 37), so a render between two keystrokes never
    /// writes "37" over it. `None` after any other action.
    typed: Option<(Input, String)>,
    address: AddressUpdate,
    revision: u64,
    /// The plan the last action replaced whole (a preset, a file, the
    /// defaults, a plan restored; not Back / Forward), every scenario of a
    /// comparison, to set aside among the recent plans; `None` after any
    /// other action.
    replaced: Option<Lineup>,
    /// The month the page was opened in (ISO `YYYY-MM`), stored as the
    /// plan's start at its first change when it has none
    /// ([`date_on_change`](super::over_time_form::date_on_change)).
    today: Option<String>,
    /// The value of the field being typed in before its burst of typing
    /// began: a range typed there keeps it as the most likely value, not
    /// the low end typed on the way to the range ("35" of "35-45").
    burst_value: Option<(Input, f64)>,
    /// Refused range edits, at their fields: each kept until that field's
    /// next range edit or number, or until the plan is replaced or undone.
    range_refusals: Vec<FieldError>,
    /// Messages about ranges, at their fields: the refusals, then each
    /// stored range the analysis leaves out.
    range_messages: Vec<FieldError>,
}

impl Default for Workspace {
    fn default() -> Self {
        Self::new(Scenario::default())
    }
}

impl Workspace {
    /// A workspace showing `scenario`, with its impossible values (if any)
    /// reported at their fields.
    pub fn new(scenario: Scenario) -> Self {
        let scenario = Rc::new(scenario);
        Self {
            burst_value: None,
            range_refusals: Vec::new(),
            range_messages: stored_messages(&scenario),
            errors: scenario.validate(),
            lineup: Lineup::single(Rc::clone(&scenario)),
            parked: vec![Drafts::default()],
            message: None,
            scenario,
            drafts: Drafts::default(),
            undo: Vec::new(),
            redo: Vec::new(),
            last_edit: None,
            typed: None,
            address: AddressUpdate::None,
            revision: 0,
            replaced: None,
            today: None,
        }
    }

    /// This workspace, storing `today` (ISO `YYYY-MM`) as the start month
    /// of a plan without one at its first change.
    pub fn with_today(mut self, today: String) -> Self {
        self.today = Some(today);
        self
    }

    /// The scenario after an edit, dated at its first change.
    fn dated(&self, after: Scenario) -> Scenario {
        super::over_time_form::date_on_change(&self.scenario, after, self.today.as_deref())
    }

    /// A workspace showing `scenarios` (the base first; at most
    /// [`crate::model::compare::MAX_SCENARIOS`]), editing scenario `on`.
    pub fn with_all(scenarios: Vec<Scenario>, on: usize) -> Self {
        let lineup = Lineup::new(scenarios, on);
        let mut w = Self::new(Scenario::clone(lineup.current()));
        w.scenario = Rc::clone(lineup.current());
        w.parked = vec![Drafts::default(); lineup.len()];
        w.lineup = lineup;
        w
    }

    /// The reducer: the workspace after `action`.
    pub fn apply(&self, action: WorkspaceAction) -> Self {
        let mut next = self.apply_inner(action);
        next.lineup.set_current(Rc::clone(&next.scenario));
        // Dated at its first change: the other scenarios of a comparison
        // take the same start, or the base and an alternative would run
        // on different calendars (and "What differs" would list a start
        // month nobody chose).
        let dated = self.scenario.calendar.start.is_empty()
            && next.lineup.compares()
            && Some(next.scenario.calendar.start.as_str()) == self.today.as_deref();
        if dated {
            let start = next.scenario.calendar.start.clone();
            next.lineup.date_undated(&start);
        }
        next
    }

    fn apply_inner(&self, action: WorkspaceAction) -> Self {
        let mut next = self.clone();
        next.message = None;
        next.revision = self.revision.wrapping_add(1);
        next.replaced = None;
        next.typed = None;
        match action {
            WorkspaceAction::EditNumber(input, text) if typed_range(&text).is_some() => {
                let key = Some(TypingKey::Number(input));
                next.typed = Some((input, text.clone()));
                let (low, high) = typed_range(&text).unwrap_or_default();
                let shape =
                    range_of(&self.scenario, input).map_or(super::ranges::TYPED_SHAPE, |e| e.shape);
                let mut base = Scenario::clone(&self.scenario);
                match self.burst_value {
                    Some((at, value)) if at == input && self.last_edit == key => {
                        input.set(&mut base, value)
                    }
                    _ => next.burst_value = Some((input, input.get(&self.scenario))),
                }
                let result = with_range(&base, input, low, high, shape);
                next.range_step(input, result, self.last_edit != key, Some(text));
                next.last_edit = key;
            }
            WorkspaceAction::EditRange(input, edit) => {
                let result = edit_range(&self.scenario, input, &edit);
                next.range_step(input, result, true, None);
                next.last_edit = None;
            }
            WorkspaceAction::EditNumber(input, text) => {
                let key = Some(TypingKey::Number(input));
                let path = input.path();
                next.range_refusals.retain(|e| e.field != path);
                if self.last_edit != key {
                    next.burst_value = Some((input, input.get(&self.scenario)));
                }
                next.typed = Some((input, text.clone()));
                next.drafts.insert(input, text);
                if next.settle_drafts() {
                    // A burst of typing in one input is one undo step.
                    if self.last_edit != key {
                        next.remember(self.lineup.clone());
                    }
                    next.redo.clear();
                }
                next.last_edit = key;
                next.address = AddressUpdate::Replace;
            }
            WorkspaceAction::Apply(Edit::SetName(name))
                if self.lineup.compares() && self.lineup.taken(&name, Some(self.lineup.on())) =>
            {
                let mut same = self.clone();
                same.message = Some(format!(
                    "Another scenario is already named \"{}\": each scenario needs a name of its own.",
                    name.trim()
                ));
                same.address = AddressUpdate::None;
                return same;
            }
            WorkspaceAction::Apply(edit) => {
                let changed = self.dated(apply_edit(&self.scenario, &edit));
                if changed == *self.scenario {
                    return self.clone();
                }
                // Typing a name is one undo step, like typing a number.
                let key = edit.typing_key();
                if key.is_none() || self.last_edit != key {
                    next.remember(self.lineup.clone());
                }
                next.redo.clear();
                // Typed text stays: it follows its field, and the text that
                // fits now is part of this step.
                next.scenario = Rc::new(changed);
                next.drafts = self.moved_drafts(&edit, &next.scenario);
                next.settle_drafts();
                next.last_edit = key;
                next.address = AddressUpdate::Replace;
            }
            WorkspaceAction::Derive(edit) => {
                let changed = apply_edit(&self.scenario, &edit);
                if changed == *self.scenario {
                    let mut same = self.clone();
                    same.address = AddressUpdate::None;
                    return same;
                }
                next.scenario = Rc::new(changed);
                next.drafts = self.moved_drafts(&edit, &next.scenario);
                next.settle_drafts();
                next.address = AddressUpdate::Replace;
            }
            WorkspaceAction::Load(scenario, origin) => {
                next.remember(self.lineup.clone());
                if origin != Origin::History {
                    next.replaced = Some(self.lineup.clone());
                }
                next.redo.clear();
                let mut lineup = match origin {
                    Origin::Preset | Origin::Reset => self.lineup.clone(),
                    _ => Lineup::single(Rc::clone(&self.scenario)),
                };
                lineup.set_current(Rc::new(*scenario));
                next.show(lineup);
                next.address = if origin == Origin::History {
                    AddressUpdate::None
                } else {
                    AddressUpdate::Push
                };
            }
            WorkspaceAction::LoadAll(scenarios, on, origin) => {
                next.remember(self.lineup.clone());
                if origin != Origin::History {
                    next.replaced = Some(self.lineup.clone());
                }
                next.redo.clear();
                next.show(Lineup::new(scenarios, on));
                next.address = if origin == Origin::History {
                    AddressUpdate::None
                } else {
                    AddressUpdate::Push
                };
            }
            // Typed text that was not accepted is the latest edit: undo
            // takes it back first, so its field shows the plan's value again
            // and the figures are current.
            WorkspaceAction::Undo if self.has_drafts() => {
                next.drafts.clear();
                next.range_refusals.clear();
                next.errors = self.scenario.validate();
                next.last_edit = None;
                next.address = AddressUpdate::None;
            }
            WorkspaceAction::Lineup(action) => match self.lineup.apply(&action) {
                Err(message) => {
                    let mut same = self.clone();
                    same.message = Some(message);
                    same.address = AddressUpdate::None;
                    return same;
                }
                Ok(lineup) if lineup == self.lineup => return self.clone(),
                Ok(lineup) => {
                    if action.is_step() {
                        next.remember(self.lineup.clone());
                        next.redo.clear();
                    }
                    // Each scenario's typed text follows it.
                    let mut all = self.parked.clone();
                    all[self.lineup.on()] = self.drafts.clone();
                    let mut parked = vec![Drafts::default(); lineup.len()];
                    for (i, drafts) in all.into_iter().enumerate() {
                        if let Some(j) = Lineup::moved(&action, i) {
                            if j < parked.len() {
                                parked[j] = drafts;
                            }
                        }
                    }
                    next.drafts = std::mem::take(&mut parked[lineup.on()]);
                    next.parked = parked;
                    next.scenario = Rc::clone(lineup.current());
                    next.lineup = lineup;
                    next.last_edit = None;
                    next.settle_drafts();
                    next.address = if action.is_step() {
                        AddressUpdate::Push
                    } else {
                        AddressUpdate::Replace
                    };
                }
            },
            WorkspaceAction::Undo => match next.undo.pop() {
                Some(previous) => {
                    next.redo.push(self.lineup.clone());
                    next.show(previous);
                    next.address = AddressUpdate::Push;
                }
                None => return self.clone(),
            },
            WorkspaceAction::Redo => match next.redo.pop() {
                Some(undone) => {
                    next.undo.push(self.lineup.clone());
                    next.show(undone);
                    next.address = AddressUpdate::Push;
                }
                None => return self.clone(),
            },
        }
        next.refresh_range_messages();
        next
    }

    /// Carries out a range edit on `input` whose outcome is `result`: the
    /// scenario with it (an undo step when `new_step`), or the refusal as
    /// a message at the field with the plan unchanged. `typed` is the text
    /// typed into the field itself, kept there as a draft when refused.
    fn range_step(
        &mut self,
        input: Input,
        result: Result<Scenario, String>,
        new_step: bool,
        typed: Option<String>,
    ) {
        let path = input.path();
        self.range_refusals.retain(|e| e.field != path);
        self.address = AddressUpdate::Replace;
        match result {
            Ok(changed) => {
                self.drafts.remove(input);
                self.settle_drafts();
                if changed != *self.scenario {
                    if new_step {
                        let before = self.lineup.clone();
                        self.remember(before);
                    }
                    self.redo.clear();
                    self.scenario = Rc::new(self.dated(changed));
                    self.settle_drafts();
                }
            }
            Err(message) => {
                if let Some(text) = typed {
                    self.drafts.insert(input, text);
                    self.settle_drafts();
                }
                self.range_refusals
                    .push(FieldError::new(path, Problem::Rule(message)));
            }
        }
    }

    /// The range messages after an action: the refusals, then the
    /// messages of the stored ranges, which follow the scenario.
    fn refresh_range_messages(&mut self) {
        let mut all = self.range_refusals.clone();
        for m in stored_messages(&self.scenario) {
            if !all.iter().any(|e| e.field == m.field) {
                all.push(m);
            }
        }
        self.range_messages = all;
    }

    /// The drafts, each at its field once `edit` has made `after` of the
    /// scenario. A draft is dropped when its field is gone, or filled by the
    /// edit (see [`Edit::moved_input`]).
    fn moved_drafts(&self, edit: &Edit, after: &Scenario) -> Drafts {
        if self.drafts.is_empty() {
            return Drafts::default();
        }
        let fields = inputs(after);
        self.drafts.moved(|input| {
            let moved = edit.moved_input(&self.scenario, input)?;
            fields.contains(&moved).then_some(moved)
        })
    }

    /// Applies to the scenario every draft that fits, and keeps the others
    /// as drafts with their messages. A draft fits when it reads as a number
    /// and the scenario with it shows no impossible value the scenario did
    /// not already show. The drafts are tried together first (the usual
    /// single draft, and values that only fit together), then one at a time
    /// until no more fits, then those left together again: so a value that
    /// fits never waits behind another field's refused one. True when the
    /// scenario changed.
    fn settle_drafts(&mut self) -> bool {
        let known = self.scenario.validate();
        let adds_nothing = |found: &[FieldError]| found.iter().all(|e| known.contains(e));
        let mut parse_errors = Vec::new();
        let mut pending = Vec::new();
        for (input, text) in self.drafts.iter() {
            // A refused range waits as typed; its message is a range message.
            if typed_range(text).is_some() {
                continue;
            }
            match parse_number(text) {
                Ok(value) => pending.push((input, value)),
                // The message is shown at the field, found by its path.
                Err(problem) => parse_errors.push(FieldError::new(input.path(), problem)),
            }
        }
        let with = |base: &Scenario, drafts: &[(Input, f64)]| {
            let mut candidate = base.clone();
            for (input, value) in drafts {
                input.set(&mut candidate, *value);
            }
            let found = candidate.validate();
            (candidate, found)
        };
        let mut base = Scenario::clone(&self.scenario);
        let mut accepted = Vec::new();
        let (together, mut found) = with(&base, &pending);
        if adds_nothing(&found) {
            base = together;
            accepted.append(&mut pending);
        } else if pending.len() > 1 {
            // One at a time, again while one more fits (one may make room
            // for another: a lower share, a higher net retention).
            let mut progress = true;
            while progress {
                progress = false;
                let mut k = 0;
                while k < pending.len() {
                    let (candidate, found) = with(&base, &pending[k..=k]);
                    if adds_nothing(&found) {
                        base = candidate;
                        accepted.push(pending.remove(k));
                        progress = true;
                    } else {
                        k += 1;
                    }
                }
            }
            if !accepted.is_empty() {
                // Those left, together again: their messages, or a group
                // that fits once the others are in.
                let (together, left) = with(&base, &pending);
                if adds_nothing(&left) {
                    base = together;
                    accepted.append(&mut pending);
                }
                found = left;
            }
        }
        for (input, _) in &accepted {
            self.drafts.remove(*input);
        }
        self.errors = Self::merge(parse_errors, found);
        let changed = base != *self.scenario;
        if changed {
            self.scenario = Rc::new(self.dated(base));
        }
        changed
    }

    /// Parse messages first; a field's validation message only when its
    /// text reads as a number.
    fn merge(parse_errors: Vec<FieldError>, found: Vec<FieldError>) -> Vec<FieldError> {
        let unparsed: Vec<String> = parse_errors.iter().map(|e| e.field.clone()).collect();
        let mut errors = parse_errors;
        errors.extend(found.into_iter().filter(|e| !unparsed.contains(&e.field)));
        errors
    }

    fn remember(&mut self, lineup: Lineup) {
        if self.undo.last() != Some(&lineup) {
            self.undo.push(lineup);
        }
        if self.undo.len() > UNDO_LIMIT {
            self.undo.remove(0);
        }
    }

    /// Shows `lineup` whole (undo, redo, a load): every typed text is
    /// replaced by the plan's values, and refused ranges are forgotten.
    fn show(&mut self, lineup: Lineup) {
        let scenario = Rc::clone(lineup.current());
        self.range_refusals.clear();
        self.errors = scenario.validate();
        self.scenario = scenario;
        self.parked = vec![Drafts::default(); lineup.len()];
        self.lineup = lineup;
        self.drafts.clear();
        self.last_edit = None;
    }

    /// True when the last action was a keystroke in a number's field.
    pub fn is_typing(&self) -> bool {
        self.typed.is_some()
    }

    /// Every scenario, the base first, and which one the inputs edit.
    pub fn lineup(&self) -> &Lineup {
        &self.lineup
    }

    /// Why the last lineup verb or name was refused, if it was.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The last good scenario: what the results show and the link carries.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The current scenario, shared: for components that keep it (cheap to
    /// clone, and the same pointer until the scenario changes).
    pub fn shared_scenario(&self) -> Rc<Scenario> {
        Rc::clone(&self.scenario)
    }

    /// The text of `input`'s field: as typed while it is a draft, else the
    /// scenario's value.
    pub fn text(&self, input: Input) -> String {
        shown_text(
            self.drafts.get(input),
            self.typed.as_ref(),
            input,
            input.get(&self.scenario),
        )
    }

    /// The message for the field at `path`, if its value is impossible.
    pub fn error(&self, path: &str) -> Option<String> {
        self.errors
            .iter()
            .chain(&self.range_messages)
            .find(|e| e.field == path)
            .map(|e| e.problem.to_string())
    }

    /// What the inputs of `area` show beyond the scenario's values: their
    /// drafts and their messages. A component that draws `area` from a
    /// part of the scenario and this view draws the same for two equal
    /// ones, so it can skip re-rendering.
    pub fn view(&self, area: Area) -> FieldView {
        FieldView::of(area, &self.drafts, &self.errors, self.typed.as_ref()).with_ranges(
            area,
            &self.scenario.uncertainty.ranges,
            &self.range_messages,
        )
    }

    /// Every current message.
    pub fn errors(&self) -> &[FieldError] {
        &self.errors
    }

    /// True when some typed text is not part of the scenario yet.
    pub fn has_drafts(&self) -> bool {
        !self.drafts.is_empty()
    }

    /// The inputs to fix for the typed text to reach the scenario, in the
    /// drafts' order (their paths as text, see [`Drafts`]): every draft, as every draft is refused (a text that fits is
    /// part of the scenario at once). For a message on a group (the team's
    /// shares adding up to 100% or more) or on another field (net retention
    /// below the gross retention typed), the field typed. Empty when the
    /// scenario holds every text typed, so the results are current.
    pub fn inputs_to_fix(&self) -> Vec<Input> {
        self.drafts.inputs().collect()
    }

    /// True when there is a change to undo: typed text not accepted, or a
    /// change of the scenario.
    pub fn can_undo(&self) -> bool {
        self.has_drafts() || !self.undo.is_empty()
    }

    /// True when there is an undone change to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// How the last change should reach the address.
    pub fn address_update(&self) -> AddressUpdate {
        self.address
    }

    /// The plan the last action replaced whole, if it did (see
    /// [`WorkspaceAction::Load`]; Back and Forward do not count).
    pub fn replaced(&self) -> Option<&Lineup> {
        self.replaced.as_ref()
    }

    /// Counts every action, so effects can tell two identical scenarios apart in time.
    pub fn revision(&self) -> u64 {
        self.revision
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::inputs::{ItemField, TeamField, TierField};
    use crate::model::presets;
    use crate::model::role::Role;
    use crate::model::tier::Coverage;
    use crate::model::validate::trim_number;
    use crate::state::edits::ItemKind;

    const HOURS: Input = Input::Team(TeamField::HoursPerWeek);

    #[test]
    fn an_accepted_number_keeps_its_text_as_typed_while_it_is_typed() {
        // "37." is 37: shown as "37", a render between two keystrokes would
        // write "37" over the "37." in the field, and the next "5" would
        // make 375.
        let w = edit(&Workspace::default(), HOURS, "37.");
        assert_eq!(w.scenario().team.hours_per_week, 37.0);
        assert_eq!(w.text(HOURS), "37.");
        assert_eq!(w.view(Area::Team).text(HOURS, 37.0), "37.");
        let w = edit(&w, HOURS, "37.5");
        assert_eq!(w.text(HOURS), "37.5");
        // Another field's keystroke, or any other action, shows the value.
        let w = edit(&w, Input::Team(TeamField::WorkingWeeks), "44");
        assert_eq!(w.text(HOURS), "37.5");
        let w = edit(
            &edit(&Workspace::default(), HOURS, "40.0"),
            Input::Team(TeamField::WorkingWeeks),
            "44",
        );
        assert_eq!(w.text(HOURS), "40");
    }

    fn edit(w: &Workspace, input: Input, text: &str) -> Workspace {
        w.apply(WorkspaceAction::EditNumber(input, text.into()))
    }

    #[test]
    fn typing_replaces_the_address_and_is_one_undo_step() {
        let w = edit(&Workspace::default(), HOURS, "4");
        let w = edit(&w, HOURS, "45");
        assert_eq!(w.address_update(), AddressUpdate::Replace);
        assert_eq!(w.scenario().team.hours_per_week, 45.0);
        let back = w.apply(WorkspaceAction::Undo);
        assert_eq!(back.scenario().team.hours_per_week, 40.0);
        assert_eq!(back.text(HOURS), "40");
        assert_eq!(back.address_update(), AddressUpdate::Push);
        assert!(!back.can_undo());
        let again = back.apply(WorkspaceAction::Redo);
        assert_eq!(again.scenario().team.hours_per_week, 45.0);
    }

    #[test]
    fn impossible_text_stays_a_draft_with_its_message() {
        for (text, needle) in [
            ("", "Enter a value"),
            ("-1", "at least 1"),
            ("x", "Enter a number"),
        ] {
            let w = edit(
                &Workspace::default(),
                Input::Team(TeamField::WorkingWeeks),
                text,
            );
            assert_eq!(w.scenario(), &Scenario::default());
            assert_eq!(w.text(Input::Team(TeamField::WorkingWeeks)), text);
            let message = w.error("team.working_weeks_per_year").expect(text);
            assert!(message.contains(needle), "{text}: {message}");
            assert!(w.has_drafts());
            // No step of its own: undo only takes the text back.
            assert!(!w.apply(WorkspaceAction::Undo).can_undo());
        }
    }

    #[test]
    fn shares_over_100_are_one_message_and_fixing_it_commits() {
        let w = edit(
            &Workspace::default(),
            Input::Team(TeamField::Overhead),
            "80",
        );
        assert!(w.error("team.shares").unwrap().contains("105%"));
        assert_eq!(w.scenario(), &Scenario::default());
        let fixed = edit(&w, Input::Team(TeamField::Overhead), "20");
        assert!(fixed.errors().is_empty());
        assert_eq!(fixed.scenario().team.overhead_pct, 20.0);
        assert!(!fixed.has_drafts());
    }

    #[test]
    fn a_two_step_change_commits_when_both_values_fit() {
        // Raising the reactive share to 50% does not fit until overhead drops.
        let w = edit(
            &Workspace::default(),
            Input::Team(TeamField::Reactive),
            "80",
        );
        assert!(w.has_drafts());
        let w = edit(&w, Input::Team(TeamField::Overhead), "0");
        let w = edit(&w, Input::Team(TeamField::Collateral), "0");
        assert!(!w.has_drafts(), "{:?}", w.errors());
        assert_eq!(w.scenario().team.reactive_pct, 80.0);
    }

    #[test]
    fn a_tier_number_is_edited_through_the_same_rule() {
        let customers = Input::Tier(0, TierField::Customers);
        let w = edit(&Workspace::default(), customers, "120");
        assert_eq!(w.scenario().tiers[0].customers, 120.0);
        let w = edit(&w, Input::Touch(0, 0, ItemField::Hours), "-2");
        assert!(w.error("tiers.0.touches.0.hours").is_some());
    }

    #[test]
    fn a_link_with_impossible_values_can_be_fixed_field_by_field() {
        let mut s = Scenario::default();
        s.team.hours_per_week = -5.0;
        s.tiers[0].customers = -1.0;
        let w = Workspace::new(s);
        assert!(w.error("team.hours_per_week").is_some());
        let w = edit(&w, HOURS, "38");
        assert_eq!(w.scenario().team.hours_per_week, 38.0);
        assert!(w.error("team.hours_per_week").is_none());
        assert!(w.error("tiers.0.customers").is_some());
    }

    #[test]
    fn structural_edits_are_undoable() {
        let w =
            Workspace::default().apply(WorkspaceAction::Apply(Edit::AddItem(1, ItemKind::Trigger)));
        let added = w.scenario().tiers[1].triggers.len();
        assert_eq!(added, Scenario::default().tiers[1].triggers.len() + 1);
        let back = w.apply(WorkspaceAction::Undo);
        assert_eq!(back.scenario(), &Scenario::default());
    }

    #[test]
    fn typing_a_name_is_one_undo_step() {
        let rename = |w: &Workspace, name: &str| {
            w.apply(WorkspaceAction::Apply(Edit::RenameTier(0, name.into())))
        };
        let w = Workspace::default().apply(WorkspaceAction::Apply(Edit::AddTier));
        let w = rename(&rename(&rename(&w, "E"), "En"), "Ent");
        assert_eq!(w.scenario().tiers[0].name, "Ent");
        let back = w.apply(WorkspaceAction::Undo);
        assert_eq!(back.scenario().tiers[0].name, "High touch");
        assert_eq!(
            back.scenario().tiers.len(),
            4,
            "the added tier is its own step"
        );
        // Another field in between starts a new step.
        let w = rename(&w, "Ente");
        let w = w.apply(WorkspaceAction::Apply(Edit::RenameTier(1, "Mid".into())));
        let w = rename(&w, "Enter");
        assert_eq!(
            w.apply(WorkspaceAction::Undo).scenario().tiers[0].name,
            "Ente"
        );
    }

    #[test]
    fn presets_push_history_and_undo_returns() {
        let preset = presets()
            .into_iter()
            .find(|p| p.scenario != Scenario::default())
            .expect("a preset other than the default");
        let w = Workspace::default().apply(WorkspaceAction::Load(
            Box::new(preset.scenario.clone()),
            Origin::Preset,
        ));
        assert_eq!(w.scenario(), &preset.scenario);
        assert_eq!(w.address_update(), AddressUpdate::Push);
        assert_eq!(
            w.replaced(),
            Some(&Lineup::new(vec![Scenario::default()], 0))
        );
        let undone = w.apply(WorkspaceAction::Undo);
        assert_eq!(undone.scenario(), &Scenario::default());
        assert_eq!(
            undone.replaced(),
            None,
            "only a whole new plan is set aside"
        );
        let back = w.apply(WorkspaceAction::Load(Box::default(), Origin::History));
        assert_eq!(back.replaced(), None, "Back keeps the plan in history");
    }

    #[test]
    fn back_and_forward_do_not_push() {
        let mut s = Scenario::default();
        s.team.hours_per_week = 30.0;
        let w = Workspace::default().apply(WorkspaceAction::Load(Box::new(s), Origin::History));
        assert_eq!(w.address_update(), AddressUpdate::None);
        assert!(w.can_undo());
    }

    #[test]
    fn the_view_of_a_tier_holds_its_drafts_and_messages_only() {
        let w = edit(
            &Workspace::default(),
            Input::Touch(1, 0, ItemField::Hours),
            "-3",
        );
        let view = w.view(Area::Tier(1));
        assert_eq!(view.text(Input::Touch(1, 0, ItemField::Hours), 1.0), "-3");
        assert!(view
            .error("tiers.1.touches.0.hours")
            .is_some_and(|message| message.contains("zero")));
        assert!(w.view(Area::Tier(0)).is_empty());
        assert!(Workspace::default().view(Area::Tier(1)).is_empty());
    }

    /// The counts of an import, as the page derives them from the weights
    /// (here: a stand-in that moves customers by the ARR weight).
    fn counts_for(s: &Scenario) -> Edit {
        use crate::accounts::TierAggregate;
        use crate::state::imported::AccountsSummary;
        let top = s.tiering.weights.arr;
        Edit::ApplyAccounts(AccountsSummary {
            tiers: [top, 100.0 - top, 50.0]
                .map(|customers| TierAggregate {
                    customers,
                    arr: customers * 1000.0,
                    ..TierAggregate::default()
                })
                .to_vec(),
            as_of: "2026-11".into(),
        })
    }

    #[test]
    fn derived_counts_follow_a_weight_without_an_undo_step_of_their_own() {
        use crate::model::tiering::Criterion;
        let weight = Input::Weight(Criterion::Arr);
        let imported =
            Workspace::default().apply(WorkspaceAction::Apply(counts_for(&Scenario::default())));
        assert_eq!(imported.scenario().tiers[0].customers, 40.0);
        assert!(imported.can_undo(), "the first import is a step");
        // Typing a weight is one step; each keystroke's counts are derived.
        let mut w = imported.clone();
        for text in ["6", "60"] {
            w = edit(&w, weight, text);
            let derived = w.apply(WorkspaceAction::Derive(counts_for(w.scenario())));
            assert_eq!(derived.address_update(), AddressUpdate::Replace);
            assert_eq!(derived.revision(), w.revision() + 1);
            w = derived;
        }
        assert_eq!(w.scenario().tiers[0].customers, 60.0);
        let back = w.apply(WorkspaceAction::Undo);
        assert_eq!(
            back.scenario(),
            imported.scenario(),
            "weight and counts go back together"
        );
        assert_eq!(
            back.apply(WorkspaceAction::Undo).scenario(),
            &Scenario::default()
        );
        assert_eq!(back.apply(WorkspaceAction::Redo).scenario(), w.scenario());
    }

    #[test]
    fn a_derived_edit_that_changes_nothing_does_nothing() {
        let w =
            Workspace::default().apply(WorkspaceAction::Apply(counts_for(&Scenario::default())));
        let same = w.apply(WorkspaceAction::Derive(counts_for(w.scenario())));
        assert_eq!(same.revision(), w.revision());
        assert_eq!(same.address_update(), AddressUpdate::None);
        assert_eq!(same.scenario(), w.scenario());
        assert_eq!(same.can_undo(), w.can_undo());
    }

    #[test]
    fn a_derived_edit_keeps_drafts_and_their_messages() {
        let w = edit(&Workspace::default(), HOURS, "abc");
        let w = w.apply(WorkspaceAction::Derive(counts_for(w.scenario())));
        assert_eq!(w.scenario().base.as_of, "2026-11");
        assert_eq!(w.text(HOURS), "abc");
        assert!(w.error("team.hours_per_week").is_some());
        // No step of its own: undo only takes the text back.
        assert!(!w.apply(WorkspaceAction::Undo).can_undo());
        // Fixing the draft afterwards commits it as usual.
        let w = edit(&w, HOURS, "38");
        assert_eq!(w.scenario().team.hours_per_week, 38.0);
        assert_eq!(w.scenario().base.as_of, "2026-11");
    }

    #[test]
    fn only_fields_with_rejected_text_are_to_fix() {
        let customers = Input::Tier(0, TierField::Customers);
        assert!(Workspace::default().inputs_to_fix().is_empty());
        for text in ["abc", "-5", "", "1e12"] {
            let w = edit(&Workspace::default(), customers, text);
            assert_eq!(w.inputs_to_fix(), vec![customers], "{text:?}");
            // A good value typed elsewhere does not wait, and is not to fix.
            let w = edit(&w, HOURS, "38");
            assert_eq!(w.inputs_to_fix(), vec![customers], "{text:?}");
            assert!(!w.view(Area::Team).has_drafts());
            assert_eq!(w.scenario().team.hours_per_week, 38.0);
            // Fixing the field commits it and leaves nothing to fix.
            let fixed = edit(&w, customers, "120");
            assert!(fixed.inputs_to_fix().is_empty());
            assert_eq!(fixed.scenario().tiers[0].customers, 120.0);
            assert_eq!(fixed.scenario().team.hours_per_week, 38.0);
        }
        // Valid typing never leaves anything to fix.
        let w = edit(&Workspace::default(), customers, "7");
        assert!(w.inputs_to_fix().is_empty());
    }

    #[test]
    fn shares_over_100_name_the_share_typed() {
        let reactive = Input::Team(TeamField::Reactive);
        let w = edit(&Workspace::default(), reactive, "80");
        assert!(w.error("team.reactive_pct").is_none());
        assert_eq!(w.inputs_to_fix(), vec![reactive]);
    }

    #[test]
    fn undo_takes_back_rejected_text_first() {
        let customers = Input::Tier(0, TierField::Customers);
        // On a fresh page, the rejected text alone can be undone.
        let w = edit(&Workspace::default(), customers, "abc");
        assert!(w.can_undo());
        let back = w.apply(WorkspaceAction::Undo);
        assert!(back.inputs_to_fix().is_empty());
        assert!(back.errors().is_empty());
        assert_eq!(back.text(customers), Workspace::default().text(customers));
        assert_eq!(back.scenario(), &Scenario::default());
        assert_eq!(back.address_update(), AddressUpdate::None);
        assert!(!back.can_undo());
        // After a change, undo first takes the rejected text back, then the change.
        let w = edit(&edit(&Workspace::default(), HOURS, "38"), customers, "-5");
        let back = w.apply(WorkspaceAction::Undo);
        assert_eq!(back.scenario().team.hours_per_week, 38.0);
        assert!(back.inputs_to_fix().is_empty());
        let back = back.apply(WorkspaceAction::Undo);
        assert_eq!(back.scenario().team.hours_per_week, 40.0);
    }

    #[test]
    fn loading_undoing_and_redoing_drop_rejected_text() {
        let customers = Input::Tier(0, TierField::Customers);
        let changed = edit(&Workspace::default(), HOURS, "38");
        let undone = changed.apply(WorkspaceAction::Undo);
        for action in [
            WorkspaceAction::Load(Box::default(), Origin::Preset),
            WorkspaceAction::Load(Box::default(), Origin::Reset),
            WorkspaceAction::Load(Box::default(), Origin::History),
            WorkspaceAction::Redo,
        ] {
            let w = edit(&undone, customers, "abc").apply(action.clone());
            assert!(w.inputs_to_fix().is_empty(), "{action:?}");
            assert!(!w.has_drafts(), "{action:?}");
            assert_eq!(
                w.text(customers),
                Workspace::default().text(customers),
                "{action:?}"
            );
        }
    }

    const REACTIVE: Input = Input::Team(TeamField::Reactive);
    const TECH_GRR: Input = Input::Tier(2, TierField::GrrPct);

    /// The reviewed sequence on the default page: a refused share, a good
    /// number of hours, a refused pair of retentions.
    fn three_typed() -> Workspace {
        let w = edit(&Workspace::default(), REACTIVE, "80");
        let w = edit(&w, HOURS, "45");
        edit(&w, TECH_GRR, "100")
    }

    #[test]
    fn a_good_value_does_not_wait_behind_a_refused_one() {
        let w = three_typed();
        assert_eq!(w.scenario().team.hours_per_week, 45.0);
        assert!(!w.inputs_to_fix().contains(&HOURS));
        assert_eq!(w.text(HOURS), "45");
        assert!(w.error("team.hours_per_week").is_none());
        assert_eq!(w.inputs_to_fix(), vec![REACTIVE, TECH_GRR]);
        assert!(w.error("team.shares").is_some());
        assert!(w
            .error("tiers.2.nrr_pct")
            .unwrap()
            .contains("gross retention"));
        // The plan keeps the refused values out.
        assert_eq!(w.scenario().team.reactive_pct, 15.0);
        assert_eq!(w.scenario().tiers[2].grr_pct, 85.0);
    }

    #[test]
    fn structural_edits_keep_typed_text() {
        let typed = three_typed();
        for edit in [
            Edit::AddTier,
            Edit::RemoveTier(0),
            Edit::RenameTier(1, "Middle".into()),
            Edit::SetItemRole(0, ItemKind::Touch, 0, Role::Associate),
            Edit::SetCoverage(0, Coverage::Pooled),
        ] {
            let w = typed.apply(WorkspaceAction::Apply(edit.clone()));
            assert_ne!(w.scenario(), typed.scenario(), "{edit:?}");
            // The tier of "Tech touch" is 1 once the first tier is removed.
            let grr = match edit {
                Edit::RemoveTier(0) => Input::Tier(1, TierField::GrrPct),
                _ => TECH_GRR,
            };
            assert_eq!(w.text(REACTIVE), "80", "{edit:?}");
            assert_eq!(w.text(HOURS), "45", "{edit:?}");
            assert_eq!(w.text(grr), "100", "{edit:?}");
            assert_eq!(w.scenario().team.hours_per_week, 45.0, "{edit:?}");
            assert_eq!(w.inputs_to_fix(), vec![REACTIVE, grr], "{edit:?}");
            assert!(w.error("team.shares").is_some(), "{edit:?}");
            assert!(w
                .error(&format!("tiers.{}.nrr_pct", grr_tier(grr)))
                .is_some());
            // Undo first drops the refused text, then takes the edit back.
            let back = w.apply(WorkspaceAction::Undo);
            assert!(!back.has_drafts(), "{edit:?}");
            assert_eq!(back.scenario(), w.scenario(), "{edit:?}");
            let back = back.apply(WorkspaceAction::Undo);
            assert_eq!(back.scenario(), typed.scenario(), "{edit:?}");
        }
    }

    fn grr_tier(input: Input) -> usize {
        match input {
            Input::Tier(i, _) => i,
            _ => unreachable!(),
        }
    }

    #[test]
    fn typed_text_follows_its_tier_when_tiers_move() {
        let low = Input::Tier(1, TierField::Customers);
        let touch = Input::Touch(1, 0, ItemField::Hours);
        let w = edit(&edit(&Workspace::default(), low, "abc"), touch, "-1");
        let moved = w.apply(WorkspaceAction::Apply(Edit::MoveTier(1, true)));
        assert_eq!(moved.scenario().tiers[0].name, "Low touch");
        assert_eq!(moved.text(Input::Tier(0, TierField::Customers)), "abc");
        assert_eq!(moved.text(Input::Touch(0, 0, ItemField::Hours)), "-1");
        assert_eq!(
            moved.text(Input::Tier(1, TierField::Customers)),
            trim_number(moved.scenario().tiers[1].customers)
        );
        assert!(moved.error("tiers.0.customers").is_some());
        assert!(moved.error("tiers.0.touches.0.hours").is_some());
        assert!(moved.error("tiers.1.customers").is_none());
        // Moved back down, and the tier below removed: still there.
        let w = moved.apply(WorkspaceAction::Apply(Edit::MoveTier(0, false)));
        let w = w.apply(WorkspaceAction::Apply(Edit::RemoveTier(0)));
        assert_eq!(w.scenario().tiers[0].name, "Low touch");
        assert_eq!(w.text(Input::Tier(0, TierField::Customers)), "abc");
        assert_eq!(
            w.inputs_to_fix(),
            vec![
                Input::Tier(0, TierField::Customers),
                Input::Touch(0, 0, ItemField::Hours)
            ]
        );
        // The touch removed: its text goes with it, the tier's stays.
        let w = w.apply(WorkspaceAction::Apply(Edit::RemoveItem(
            0,
            ItemKind::Touch,
            0,
        )));
        assert_eq!(
            w.inputs_to_fix(),
            vec![Input::Tier(0, TierField::Customers)]
        );
        assert!(w.error("tiers.0.touches.0.hours").is_none());
        // The tier removed: nothing left to fix.
        let w = w.apply(WorkspaceAction::Apply(Edit::RemoveTier(0)));
        assert!(!w.has_drafts());
        assert!(w.inputs_to_fix().is_empty());
        assert!(w.errors().is_empty(), "{:?}", w.errors());
    }

    #[test]
    fn typed_text_of_a_later_touch_follows_when_an_earlier_one_goes() {
        let later = Input::Touch(0, 2, ItemField::PerYear);
        let w = edit(&Workspace::default(), later, "x");
        let w = w.apply(WorkspaceAction::Apply(Edit::RemoveItem(
            0,
            ItemKind::Touch,
            0,
        )));
        assert_eq!(
            w.inputs_to_fix(),
            vec![Input::Touch(0, 1, ItemField::PerYear)]
        );
        assert_eq!(w.text(Input::Touch(0, 1, ItemField::PerYear)), "x");
    }

    #[test]
    fn an_import_replaces_the_text_of_the_fields_it_fills_only() {
        let customers = Input::Tier(0, TierField::Customers);
        let w = edit(&edit(&Workspace::default(), customers, "abc"), HOURS, "x");
        let w = w.apply(WorkspaceAction::Apply(counts_for(&Scenario::default())));
        assert_eq!(w.scenario().tiers[0].customers, 40.0);
        assert_eq!(w.text(customers), "40");
        assert!(w.error("tiers.0.customers").is_none());
        assert_eq!(w.inputs_to_fix(), vec![HOURS]);
        assert_eq!(w.text(HOURS), "x");
    }

    #[test]
    fn a_structural_edit_applies_text_that_now_fits() {
        // A reactive share of 80% leaves no proactive time, until reactive
        // work is modelled bottom-up (the share then no longer counts).
        let w = edit(&Workspace::default(), REACTIVE, "80");
        assert!(w.has_drafts());
        let w = w.apply(WorkspaceAction::Apply(Edit::SetReactiveBottomUp(true)));
        assert!(!w.has_drafts(), "{:?}", w.errors());
        assert_eq!(w.scenario().team.reactive_pct, 80.0);
        // One step: the choice and the text it let in.
        let back = w.apply(WorkspaceAction::Undo);
        assert_eq!(back.scenario(), &Scenario::default());
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
            let input = if i % 2 == 0 {
                HOURS
            } else {
                Input::Team(TeamField::WorkingWeeks)
            };
            w = edit(&w, input, &format!("{}", 20 + i % 20));
        }
        let mut steps = 0;
        while w.can_undo() {
            w = w.apply(WorkspaceAction::Undo);
            steps += 1;
        }
        assert!(steps <= UNDO_LIMIT);
    }

    /// Review finding: in a comparison, editing the alternative dated it
    /// at this month while the base stayed undated, so the two ran on
    /// different calendars once the link was opened later, and "What
    /// differs" listed a start month nobody chose.
    #[test]
    fn the_first_change_dates_every_scenario_of_a_comparison() {
        let w = Workspace::new(Scenario::default()).with_today("2026-12".into());
        let w = w.apply(WorkspaceAction::Lineup(LineupAction::AddCopy));
        assert!(w
            .lineup()
            .scenarios()
            .iter()
            .all(|s| s.calendar.start.is_empty()));
        let w = w.apply(WorkspaceAction::EditNumber(
            Input::Tier(0, crate::model::inputs::TierField::Customers),
            "61".into(),
        ));
        let starts: Vec<&str> = w
            .lineup()
            .scenarios()
            .iter()
            .map(|s| s.calendar.start.as_str())
            .collect();
        assert_eq!(starts, ["2026-12", "2026-12"]);
        // A start chosen by hand stays the edited scenario's own.
        let w = w.apply(WorkspaceAction::Lineup(LineupAction::AddCopy));
        let mut over_time = crate::state::over_time_form::OverTime::of(w.scenario());
        over_time.calendar.start = "2027-04".into();
        let w = w.apply(WorkspaceAction::Apply(Edit::SetOverTime(Box::new(
            over_time,
        ))));
        assert_eq!(w.lineup().scenarios()[0].calendar.start, "2026-12");
        assert_eq!(w.scenario().calendar.start, "2027-04");
    }

    /// A plan without a start month keeps the month the page was opened
    /// in from its first change, typed or chosen; undo brings back the
    /// undated plan.
    #[test]
    fn the_first_change_dates_an_undated_plan() {
        let w = Workspace::new(Scenario::default()).with_today("2026-12".into());
        assert_eq!(w.scenario().calendar.start, "");
        let typed = w.apply(WorkspaceAction::EditNumber(
            Input::Tier(0, crate::model::inputs::TierField::Customers),
            "61".into(),
        ));
        assert_eq!(typed.scenario().calendar.start, "2026-12");
        let chosen = w.apply(WorkspaceAction::Apply(Edit::SetLeadMonths(5)));
        assert_eq!(chosen.scenario().calendar.start, "2026-12");
        let undone = typed.apply(WorkspaceAction::Undo);
        assert_eq!(undone.scenario().calendar.start, "");
    }
}
