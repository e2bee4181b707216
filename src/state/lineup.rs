//! The scenarios a page compares: a base and up to three alternatives
//! ([`MAX_SCENARIOS`] in all), and which one the inputs edit. Plain data;
//! every verb returns the new lineup or the reason it was refused, in plain
//! words. The workspace ([`super::workspace`]) keeps one lineup and one
//! undo history of lineups, so undo covers adding, renaming, removing and
//! reordering scenarios as well as every edit inside any of them.

use std::rc::Rc;

use crate::caseless;
use crate::model::compare::{ScenarioFigures, MAX_SCENARIOS};
use crate::model::fiscal::YearMonth;
use crate::model::names::clean_name;
use crate::model::Scenario;

/// The name a blank base takes once it has an alternative to be told from.
pub const BASE_NAME: &str = "Today";

/// The scenarios, the base first, and the one the inputs edit.
#[derive(Clone, Debug, PartialEq)]
pub struct Lineup {
    scenarios: Vec<Rc<Scenario>>,
    on: usize,
}

/// A change to the lineup itself (not inside a scenario).
#[derive(Clone, Debug, PartialEq)]
pub enum LineupAction {
    /// A copy of the scenario the inputs edit, as a new alternative.
    AddCopy,
    /// `scenario` (a preset, another link or file) as a new alternative.
    Add(Box<Scenario>),
    /// Rename scenario `i`.
    Rename(usize, String),
    /// Remove scenario `i`.
    Remove(usize),
    /// Move scenario `i` one place earlier (`true`) or later.
    Move(usize, bool),
    /// Edit scenario `i` with the inputs (not an undo step).
    Choose(usize),
}

impl LineupAction {
    /// True for the verbs that change the plan (and so are an undo step);
    /// choosing which scenario to edit only changes the view.
    pub fn is_step(&self) -> bool {
        !matches!(self, LineupAction::Choose(_))
    }
}

impl Lineup {
    /// A lineup of `scenarios` (at least one; cut to [`MAX_SCENARIOS`]),
    /// editing scenario `on` (the base when out of range). Names are left
    /// as they are: a link or file makes them unique when read.
    pub fn new(scenarios: Vec<Scenario>, on: usize) -> Lineup {
        let mut scenarios: Vec<Rc<Scenario>> = scenarios
            .into_iter()
            .take(MAX_SCENARIOS)
            .map(Rc::new)
            .collect();
        if scenarios.is_empty() {
            scenarios.push(Rc::default());
        }
        let on = if on < scenarios.len() { on } else { 0 };
        Lineup { scenarios, on }
    }

    /// One scenario alone.
    pub fn single(scenario: Rc<Scenario>) -> Lineup {
        Lineup {
            scenarios: vec![scenario],
            on: 0,
        }
    }

    /// Every scenario, the base first.
    pub fn scenarios(&self) -> &[Rc<Scenario>] {
        &self.scenarios
    }

    /// Every scenario as plain values, the base first (what a file, a
    /// link or [`super::workspace::WorkspaceAction::LoadAll`] takes).
    pub fn to_vec(&self) -> Vec<Scenario> {
        self.scenarios.iter().map(|s| Scenario::clone(s)).collect()
    }

    /// True when `other` holds the same scenarios in the same order
    /// (whichever one the inputs edit): the same plan.
    pub fn same_plan(&self, other: &Lineup) -> bool {
        self.scenarios == other.scenarios
    }

    /// How many scenarios (1 to [`MAX_SCENARIOS`]).
    pub fn len(&self) -> usize {
        self.scenarios.len()
    }

    /// Never: a lineup holds at least the base.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// True when there is something to compare (a base and an alternative).
    pub fn compares(&self) -> bool {
        self.scenarios.len() > 1
    }

    /// Which scenario the inputs edit (0 = the base).
    pub fn on(&self) -> usize {
        self.on
    }

    /// The scenario the inputs edit.
    pub fn current(&self) -> &Rc<Scenario> {
        &self.scenarios[self.on]
    }

    /// Puts `scenario` in the place of the one the inputs edit.
    pub fn set_current(&mut self, scenario: Rc<Scenario>) {
        if !Rc::ptr_eq(&self.scenarios[self.on], &scenario) {
            self.scenarios[self.on] = scenario;
        }
    }

    /// Gives every scenario without a start month the start `start`
    /// ("YYYY-MM"): the scenarios of one comparison run on one calendar,
    /// so dating the edited one at its first change dates them all.
    pub fn date_undated(&mut self, start: &str) {
        for scenario in &mut self.scenarios {
            if scenario.calendar.start.is_empty() {
                Rc::make_mut(scenario).calendar.start = start.to_string();
            }
        }
    }

    /// The name people read for scenario `i`: its own, or "Today" for a
    /// blank base and "Scenario N" for a blank alternative.
    pub fn name(&self, i: usize) -> String {
        let own = self.scenarios.get(i).map_or("", |s| s.name.trim());
        match (own.is_empty(), i) {
            (false, _) => own.to_string(),
            (true, 0) => BASE_NAME.to_string(),
            (true, _) => format!("Scenario {}", i + 1),
        }
    }

    /// Every scenario with the names people read (the base's blank name
    /// made "Today"): what a comparison is computed on.
    pub fn named(&self) -> Vec<Rc<Scenario>> {
        (0..self.len())
            .map(|i| {
                let s = &self.scenarios[i];
                if s.name.trim().is_empty() {
                    let mut named = Scenario::clone(s);
                    named.name = self.name(i);
                    Rc::new(named)
                } else {
                    Rc::clone(s)
                }
            })
            .collect()
    }

    /// True when, scenario `except` aside,, some scenario is read as `name`
    /// (in any case).
    pub fn taken(&self, name: &str, except: Option<usize>) -> bool {
        (0..self.len())
            .filter(|i| Some(*i) != except)
            .any(|i| caseless::eq(&self.name(i), name.trim()))
    }

    /// `wanted`, or with " (2)", " (3)"... when taken.
    fn free_name(&self, wanted: &str) -> String {
        let wanted = clean_name(wanted.trim());
        let mut chosen = wanted.clone();
        let mut k = 2;
        while self.taken(&chosen, None) {
            let suffix = format!(" ({k})");
            let room = crate::model::limits::MAX_NAME_CHARS - suffix.chars().count();
            chosen = wanted.chars().take(room).collect::<String>() + &suffix;
            k += 1;
        }
        chosen
    }

    /// The message when no other scenario fits.
    fn full() -> String {
        format!(
            "A comparison holds at most {MAX_SCENARIOS} scenarios, a base and {} alternatives: remove one before adding another.",
            MAX_SCENARIOS - 1
        )
    }

    /// `scenario` added as the last alternative and chosen for editing,
    /// named `wanted` (or "Alternative N" when blank) made unique. A blank
    /// base is named "Today" first, so both columns have a name.
    fn added(&self, mut scenario: Scenario, wanted: &str) -> Result<Lineup, String> {
        if self.len() >= MAX_SCENARIOS {
            return Err(Self::full());
        }
        let mut next = self.clone();
        if next.scenarios[0].name.trim().is_empty() {
            let mut base = Scenario::clone(&next.scenarios[0]);
            base.name = BASE_NAME.into();
            next.scenarios[0] = Rc::new(base);
        }
        let wanted = if wanted.trim().is_empty() {
            format!("Alternative {}", self.len())
        } else {
            wanted.to_string()
        };
        scenario.name = next.free_name(&wanted);
        next.scenarios.push(Rc::new(scenario));
        next.on = next.len() - 1;
        Ok(next)
    }

    /// The lineup after `action`, or why it was refused.
    pub fn apply(&self, action: &LineupAction) -> Result<Lineup, String> {
        match action {
            LineupAction::AddCopy => self.added(Scenario::clone(self.current()), ""),
            LineupAction::Add(scenario) => self.added(*scenario.clone(), &scenario.name),
            LineupAction::Rename(i, name) => {
                let name = clean_name(name.trim());
                if *i >= self.len() {
                    return Err("There is no such scenario to rename.".into());
                }
                if name.trim().is_empty() {
                    return Err(
                        "A scenario needs a name, so that its column can be told apart: type one."
                            .into(),
                    );
                }
                if self.taken(&name, Some(*i)) {
                    return Err(format!(
                        "Another scenario is already named \"{}\": each scenario needs a name of its own.",
                        name.trim()
                    ));
                }
                let mut next = self.clone();
                let mut renamed = Scenario::clone(&self.scenarios[*i]);
                renamed.name = name.trim().to_string();
                next.scenarios[*i] = Rc::new(renamed);
                Ok(next)
            }
            LineupAction::Remove(i) => {
                if *i >= self.len() {
                    return Err("There is no such scenario to remove.".into());
                }
                if self.len() == 1 {
                    return Err("The plan needs at least one scenario.".into());
                }
                if *i == 0 {
                    return Err(format!(
                        "The base \"{}\" is what the alternatives are compared with: move another scenario to the front to make it the base, then remove this one.",
                        self.name(0)
                    ));
                }
                let mut next = self.clone();
                next.scenarios.remove(*i);
                next.on = match self.on {
                    on if on == *i => i - 1,
                    on if on > *i => on - 1,
                    on => on,
                };
                Ok(next)
            }
            LineupAction::Move(i, earlier) => {
                let j = match (*earlier, *i) {
                    (true, 0) => return Err("The base is already first.".into()),
                    (true, i) => i - 1,
                    (false, i) if i + 1 >= self.len() => {
                        return Err("This scenario is already last.".into())
                    }
                    (false, i) => i + 1,
                };
                let mut next = self.clone();
                next.scenarios.swap(*i, j);
                next.on = match self.on {
                    on if on == *i => j,
                    on if on == j => *i,
                    on => on,
                };
                Ok(next)
            }
            LineupAction::Choose(i) => {
                if *i >= self.len() {
                    return Err("There is no such scenario to edit.".into());
                }
                let mut next = self.clone();
                next.on = *i;
                Ok(next)
            }
        }
    }

    /// Where scenario `i` goes after `action` (`None` when removed): the
    /// page moves what it keeps per scenario (typed text) with it.
    pub fn moved(action: &LineupAction, i: usize) -> Option<usize> {
        match action {
            LineupAction::Remove(r) if *r == i => None,
            LineupAction::Remove(r) if i > *r => Some(i - 1),
            LineupAction::Move(m, true) if *m == i && i > 0 => Some(i - 1),
            LineupAction::Move(m, true) if *m == i + 1 => Some(i + 1),
            LineupAction::Move(m, false) if *m == i => Some(i + 1),
            LineupAction::Move(m, false) if *m + 1 == i => Some(i - 1),
            _ => Some(i),
        }
    }
}

/// Each scenario's figures, kept while the scenario is unchanged: the page
/// recomputes only the scenario that was edited (same pointer, or an equal
/// scenario, keeps its figures).
#[derive(Clone, Debug, Default)]
pub struct KeptFigures {
    kept: Vec<(Rc<Scenario>, Rc<ScenarioFigures>)>,
}

impl KeptFigures {
    /// The figures kept for `scenario` (the same one, or an equal one).
    pub fn get(&self, scenario: &Rc<Scenario>) -> Option<Rc<ScenarioFigures>> {
        self.kept
            .iter()
            .find(|(k, _)| Rc::ptr_eq(k, scenario) || k == scenario)
            .map(|(_, f)| Rc::clone(f))
    }

    /// The figures of `scenarios`, in order, taking `current` (the edited
    /// scenario's, already worked out by the page's report) for the
    /// scenario `on`, reusing kept ones and computing the rest. Returns the
    /// figures and the new store. `today` is the start of a plan that has
    /// none ([`ScenarioFigures::of`]).
    pub fn update(
        &self,
        scenarios: &[Rc<Scenario>],
        on: usize,
        current: Option<Rc<ScenarioFigures>>,
        today: YearMonth,
    ) -> (Vec<Rc<ScenarioFigures>>, KeptFigures) {
        let mut kept = Vec::with_capacity(scenarios.len());
        let figures = scenarios
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let found = match (&current, i == on) {
                    (Some(f), true) => Some(Rc::clone(f)),
                    _ => self.get(s),
                };
                let f = found.unwrap_or_else(|| Rc::new(ScenarioFigures::of(s, today)));
                kept.push((Rc::clone(s), Rc::clone(&f)));
                f
            })
            .collect();
        (figures, KeptFigures { kept })
    }
}

#[cfg(test)]
mod tests;
