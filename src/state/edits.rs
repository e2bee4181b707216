//! Structural edits of a scenario: adding, removing, reordering and renaming
//! tiers and their touches, and the choices that are not numbers. Pure
//! functions over [`Scenario`]; numbers are edited through
//! [`crate::model::inputs::Input`] instead.

use super::imported::{apply_accounts, AccountsSummary};
use super::reindex::Reindex;
use crate::model::inputs::{inputs, Input, TierField};
use crate::model::inputs::{MAX_HORIZON_MONTHS, MAX_LEAD_MONTHS, MAX_TIERS};
use crate::model::role::Role;
use crate::model::scenario::BaseMode;
use crate::model::tier::{Coverage, Move, Tier};
use crate::model::tiering::TierRule;
use crate::model::touch::{Cadence, Program, Touch, Trigger};
use crate::model::uncertainty::Ranges;
use crate::model::{Band, Scenario};

pub use crate::model::inputs::MAX_NAME_CHARS;
use crate::model::names::clean_name;

/// The three kinds of work in a tier's touch model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemKind {
    /// Scheduled touches (`tiers.N.touches`).
    Touch,
    /// Unscheduled, data-driven touches (`tiers.N.triggers`).
    Trigger,
    /// One-to-many programs (`tiers.N.programs`).
    Program,
}

/// One structural change.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Rename the scenario.
    SetName(String),
    /// Change the currency code (ISO 4217, three letters).
    SetCurrency(String),
    /// Model reactive work bottom-up (as unscheduled touches) or as a share.
    SetReactiveBottomUp(bool),
    /// Add a tier at the bottom (up to six): tech touch, with one automated touch.
    AddTier,
    /// Remove tier `i` (at least one stays).
    RemoveTier(usize),
    /// Move tier `i` one place up (`true`) or down.
    MoveTier(usize, bool),
    /// Rename tier `i`.
    RenameTier(usize, String),
    /// Change how tier `i` is covered.
    SetCoverage(usize, Coverage),
    /// Add an item of `kind` to tier `i`.
    AddItem(usize, ItemKind),
    /// Remove item `j` of `kind` from tier `i`.
    RemoveItem(usize, ItemKind, usize),
    /// Rename item `j` of `kind` in tier `i`.
    RenameItem(usize, ItemKind, usize, String),
    /// Change who does item `j` of `kind` in tier `i`.
    SetItemRole(usize, ItemKind, usize, Role),
    /// Whether touch or program `j` of tier `i` happens in the first year only.
    SetFirstYearOnly(usize, ItemKind, usize, bool),
    /// Whether touch `j` of tier `i` is done at the customer's renewal.
    SetAtRenewal(usize, usize, bool),
    /// Whether program `j` of tier `i` counts sessions per customer or per year.
    SetCadence(usize, usize, Cadence),
    /// Give the customer base per tier, as ARR bands, or from an imported
    /// list. Switching keeps every tier's numbers, so leaving an import for
    /// typed numbers starts from the imported ones.
    SetBaseMode(BaseMode),
    /// Tier accounts by ARR cut-offs or by weighted score.
    SetTierRule(TierRule),
    /// Take an imported list's per-tier counts: base mode `accounts`, and
    /// per tier customers, average ARR, first-year share and renewal months
    /// (see [`apply_accounts`] for each formula and for summaries with more
    /// or fewer entries than tiers).
    ApplyAccounts(AccountsSummary),
    /// Add an ARR band.
    AddBand,
    /// Remove ARR band `i`.
    RemoveBand(usize),
    /// Months planned month by month (1 to 60).
    SetHorizonMonths(u32),
    /// Months from opening a requisition to a hire's first day (0 to 36).
    SetLeadMonths(u32),
    /// Months for a new hire to reach full capacity (0 to 36).
    SetRampMonths(u32),
    /// Add a yearly move of customers out of tier `i`, to the first other
    /// tier it does not move to yet (0% a year until a share is typed).
    AddMove(usize),
    /// Remove move `j` of tier `i`.
    RemoveMove(usize, usize),
    /// Send move `j` of tier `i` to tier `to` (another existing tier).
    SetMoveTarget(usize, usize, usize),
    /// Replace the plan's calendar (start month, fiscal-year start), the
    /// hiring settings or what an uncovered customer is assumed to cost;
    /// the fields check the values first (`state::over_time_form`).
    SetOverTime(Box<crate::state::over_time_form::OverTime>),
}

/// The field a burst of keystrokes goes into: the keystrokes typed into one
/// field, one after the other, are one undo step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypingKey {
    /// A numeric input.
    Number(Input),
    /// The plan's name.
    PlanName,
    /// Tier `i`'s name.
    TierName(usize),
    /// The name of item `j` of `kind` in tier `i`.
    ItemName(usize, ItemKind, usize),
}

impl Edit {
    /// The name field this edit types into, shared by the keystrokes of one
    /// name being typed, so a burst of typing in one text field is one undo
    /// step; `None` for every discrete edit.
    pub fn typing_key(&self) -> Option<TypingKey> {
        match *self {
            Edit::SetName(_) => Some(TypingKey::PlanName),
            Edit::RenameTier(i, _) => Some(TypingKey::TierName(i)),
            Edit::RenameItem(i, kind, j, _) => Some(TypingKey::ItemName(i, kind, j)),
            _ => None,
        }
    }
}

/// The list of the scenario a structural edit renumbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    /// The tiers (a move's target tier follows its tier).
    Tiers,
    /// The items of `kind` in tier `i`.
    Items(usize, ItemKind),
    /// The ARR bands.
    Bands,
    /// The moves out of tier `i`.
    Moves(usize),
}

impl Edit {
    /// The one index map of this edit: which list of `before` it renumbers,
    /// and how. `None` when it renumbers no list, or does not apply to
    /// `before` (an index out of range, the first tier moved up, the last
    /// one removed). [`apply`] changes the scenario by it, and
    /// [`Edit::moved_input`] moves a typed field by it, so the two always
    /// agree.
    pub fn list_change(&self, before: &Scenario) -> Option<(List, Reindex)> {
        let tiers = before.tiers.len();
        let within = |k: usize, len: usize| (k < len).then_some(k);
        match *self {
            Edit::RemoveTier(gone) if tiers > 1 => {
                Some((List::Tiers, Reindex::Remove(within(gone, tiers)?)))
            }
            Edit::MoveTier(i, up) => {
                let j = if up { i.checked_sub(1)? } else { i + 1 };
                Some((
                    List::Tiers,
                    Reindex::Swap(within(i, tiers)?, within(j, tiers)?),
                ))
            }
            Edit::RemoveItem(i, kind, gone) => {
                let tier = before.tiers.get(i)?;
                let len = match kind {
                    ItemKind::Touch => tier.touches.len(),
                    ItemKind::Trigger => tier.triggers.len(),
                    ItemKind::Program => tier.programs.len(),
                };
                Some((List::Items(i, kind), Reindex::Remove(within(gone, len)?)))
            }
            Edit::RemoveBand(gone) => Some((
                List::Bands,
                Reindex::Remove(within(gone, before.base.bands.len())?),
            )),
            Edit::RemoveMove(i, gone) => {
                let len = before.tiers.get(i)?.moves.len();
                Some((List::Moves(i), Reindex::Remove(within(gone, len)?)))
            }
            _ => None,
        }
    }

    /// Where the numeric field `input` of `before` is once this edit has been
    /// applied to `before` (and changed it): the same field at its new
    /// indices by the edit's [`Edit::list_change`] (a tier, item, band or
    /// move before it removed, tiers swapped); `None` when its tier, item,
    /// band or move was removed (with a tier, the moves to it), or when the
    /// edit fills it: an imported list's customers, average ARR and
    /// first-year share per tier replace those typed, as a file would (the
    /// tiers then show them read-only). Typed text that is not in the
    /// scenario yet follows its field this way.
    pub fn moved_input(&self, before: &Scenario, input: Input) -> Option<Input> {
        if let Edit::ApplyAccounts(_) = self {
            return match input {
                Input::Tier(
                    _,
                    TierField::Customers | TierField::AvgArr | TierField::FirstYearPct,
                ) => None,
                other => Some(other),
            };
        }
        let Some((list, map)) = self.list_change(before) else {
            return Some(input);
        };
        match (list, input) {
            (List::Tiers, input) => {
                // A move keeps its place among the moves of its tier that
                // stay: those whose target tier is not the one removed.
                let input = match input {
                    Input::Move(i, j) => {
                        let moves = &before.tiers.get(i)?.moves;
                        let stays = |m: &Move| map.index(m.to as usize).is_some();
                        if !stays(moves.get(j)?) {
                            return None;
                        }
                        Input::Move(i, moves[..j].iter().filter(|m| stays(m)).count())
                    }
                    other => other,
                };
                with_tier(input, |i| map.index(i))
            }
            (List::Items(i, ItemKind::Touch), Input::Touch(t, j, f)) if t == i => {
                map.index(j).map(|j| Input::Touch(t, j, f))
            }
            (List::Items(i, ItemKind::Trigger), Input::Trigger(t, j, f)) if t == i => {
                map.index(j).map(|j| Input::Trigger(t, j, f))
            }
            (List::Items(i, ItemKind::Program), Input::Program(t, j, f)) if t == i => {
                map.index(j).map(|j| Input::Program(t, j, f))
            }
            (List::Bands, Input::Band(b, f)) => map.index(b).map(|b| Input::Band(b, f)),
            (List::Moves(i), Input::Move(t, j)) if t == i => {
                map.index(j).map(|j| Input::Move(t, j))
            }
            (_, other) => Some(other),
        }
    }
}

/// Changes the `list` of `s` by `map` (see [`Edit::list_change`]); with the
/// tiers, every move's target tier follows (a move to the removed tier goes).
fn change_list(s: &mut Scenario, list: List, map: Reindex) {
    match list {
        List::Tiers => {
            map.apply(&mut s.tiers);
            for tier in &mut s.tiers {
                tier.moves.retain_mut(|m| match map.index(m.to as usize) {
                    Some(to) => {
                        m.to = to as u32;
                        true
                    }
                    None => false,
                });
            }
        }
        List::Items(i, kind) => {
            if let Some(t) = s.tiers.get_mut(i) {
                match kind {
                    ItemKind::Touch => map.apply(&mut t.touches),
                    ItemKind::Trigger => map.apply(&mut t.triggers),
                    ItemKind::Program => map.apply(&mut t.programs),
                }
            }
        }
        List::Bands => map.apply(&mut s.base.bands),
        List::Moves(i) => {
            if let Some(t) = s.tiers.get_mut(i) {
                map.apply(&mut t.moves);
            }
        }
    }
}

/// `input` with its tier index passed through `map` (`None`: the tier is
/// gone); inputs outside the tiers unchanged.
fn with_tier(input: Input, map: impl Fn(usize) -> Option<usize>) -> Option<Input> {
    Some(match input {
        Input::Tier(i, f) => Input::Tier(map(i)?, f),
        Input::Touch(i, j, f) => Input::Touch(map(i)?, j, f),
        Input::Trigger(i, j, f) => Input::Trigger(map(i)?, j, f),
        Input::Program(i, j, f) => Input::Program(map(i)?, j, f),
        Input::Move(i, j) => Input::Move(map(i)?, j),
        other => other,
    })
}

impl ItemKind {
    /// The list's key in the scenario and in field paths (`touches`, ...).
    pub fn key(self) -> &'static str {
        match self {
            ItemKind::Touch => "touches",
            ItemKind::Trigger => "triggers",
            ItemKind::Program => "programs",
        }
    }
}

/// `scenario` after `edit`. An edit that does not apply (an index out of
/// range, a seventh tier, removing the last tier) leaves it unchanged.
/// Stored ranges follow their fields ([`moved_ranges`]).
pub fn apply(scenario: &Scenario, edit: &Edit) -> Scenario {
    let mut s = apply_to_fields(scenario, edit);
    s.uncertainty = moved_ranges(edit, scenario, &s);
    s
}

/// `scenario` after `edit`, its stored ranges as they were.
fn apply_to_fields(scenario: &Scenario, edit: &Edit) -> Scenario {
    let mut s = scenario.clone();
    match edit {
        Edit::SetName(name) => s.name = clean_name(name),
        Edit::SetCurrency(code) => {
            let code = code.trim().to_ascii_uppercase();
            if code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) {
                s.currency = code;
            }
        }
        Edit::SetReactiveBottomUp(on) => s.team.reactive_bottom_up = *on,
        Edit::AddTier => {
            if s.tiers.len() < MAX_TIERS {
                let n = s.tiers.len() + 1;
                // A new tier starts as tech touch with one automated touch, so
                // customers typed into it are served at once (a tier with
                // customers and no touch at all is an impossible plan).
                let mut tier = Tier::named(&format!("Tier {n}"), Coverage::Digital);
                tier.touches.push(Touch::new(
                    "Quarterly check-in e-mail",
                    4.0,
                    0.25,
                    Role::Automation,
                ));
                s.tiers.push(tier);
            }
        }
        Edit::RemoveTier(_)
        | Edit::MoveTier(..)
        | Edit::RemoveItem(..)
        | Edit::RemoveBand(_)
        | Edit::RemoveMove(..) => {
            if let Some((list, map)) = edit.list_change(scenario) {
                change_list(&mut s, list, map);
            }
        }
        Edit::RenameTier(i, name) => {
            if let Some(t) = s.tiers.get_mut(*i) {
                t.name = clean_name(name);
            }
        }
        Edit::SetCoverage(i, coverage) => {
            if let Some(t) = s.tiers.get_mut(*i) {
                t.coverage = *coverage;
            }
        }
        Edit::AddItem(i, kind) => {
            if let Some(t) = s.tiers.get_mut(*i) {
                // A digital tier is tech touch only: its one-to-one touches
                // start automated rather than as an impossible CSM touch.
                let role = if t.coverage == Coverage::Digital {
                    Role::Automation
                } else {
                    Role::Csm
                };
                match kind {
                    ItemKind::Touch => t.touches.push(Touch {
                        name: "New touch".into(),
                        role,
                        ..Touch::default()
                    }),
                    ItemKind::Trigger => t.triggers.push(Trigger {
                        name: "New trigger".into(),
                        role,
                        ..Trigger::default()
                    }),
                    ItemKind::Program => t.programs.push(Program {
                        name: "New program".into(),
                        ..Program::default()
                    }),
                }
            }
        }
        Edit::RenameItem(i, kind, j, name) => {
            if let Some(slot) = item_name(&mut s, *i, *kind, *j) {
                *slot = clean_name(name);
            }
        }
        Edit::SetItemRole(i, kind, j, role) => {
            if let Some(t) = s.tiers.get_mut(*i) {
                match kind {
                    ItemKind::Touch => t.touches.get_mut(*j).map(|x| x.role = *role),
                    ItemKind::Trigger => t.triggers.get_mut(*j).map(|x| x.role = *role),
                    ItemKind::Program => t.programs.get_mut(*j).map(|x| x.role = *role),
                };
            }
        }
        Edit::SetFirstYearOnly(i, kind, j, on) => {
            if let Some(t) = s.tiers.get_mut(*i) {
                match kind {
                    ItemKind::Touch => t.touches.get_mut(*j).map(|x| x.first_year_only = *on),
                    ItemKind::Program => t.programs.get_mut(*j).map(|x| x.first_year_only = *on),
                    ItemKind::Trigger => None,
                };
            }
        }
        Edit::SetAtRenewal(i, j, on) => {
            if let Some(t) = s.tiers.get_mut(*i).and_then(|t| t.touches.get_mut(*j)) {
                t.at_renewal = *on;
            }
        }
        Edit::SetCadence(i, j, cadence) => {
            if let Some(p) = s.tiers.get_mut(*i).and_then(|t| t.programs.get_mut(*j)) {
                p.cadence = *cadence;
            }
        }
        Edit::SetBaseMode(mode) => s.base.mode = *mode,
        Edit::SetTierRule(rule) => s.tiering.rule = *rule,
        Edit::ApplyAccounts(summary) => apply_accounts(&mut s, summary),
        Edit::AddBand => {
            let floor = s.base.bands.iter().map(|b| b.max).fold(0.0, f64::max);
            s.base
                .bands
                .push(Band::new(floor, (floor * 2.0).max(10_000.0), 0.0));
        }
        Edit::SetHorizonMonths(m) => s.growth.horizon_months = (*m).clamp(1, MAX_HORIZON_MONTHS),
        Edit::SetLeadMonths(m) => s.growth.lead_months = (*m).min(MAX_LEAD_MONTHS),
        Edit::SetRampMonths(m) => s.growth.ramp_months = (*m).min(MAX_LEAD_MONTHS),
        Edit::SetOverTime(o) => o.write(&mut s),
        Edit::AddMove(i) => {
            let n = s.tiers.len();
            if let Some(t) = s.tiers.get_mut(*i) {
                let free =
                    (0..n).find(|to| *to != *i && !t.moves.iter().any(|m| m.to as usize == *to));
                if let Some(to) = free {
                    t.moves.push(Move {
                        to: to as u32,
                        pct_per_year: 0.0,
                    });
                }
            }
        }
        Edit::SetMoveTarget(i, j, to) => {
            let n = s.tiers.len();
            if *to < n && *to != *i {
                if let Some(m) = s.tiers.get_mut(*i).and_then(|t| t.moves.get_mut(*j)) {
                    m.to = *to as u32;
                }
            }
        }
    }
    s
}

/// The stored ranges once `edit` has made `after` of `before`: each follows
/// its field (a tier, touch, trigger or program removed or moved above
/// it), as typed drafts do ([`Edit::moved_input`]), and is dropped with its
/// field (or when the edit fills the field, as an import's counts do). A
/// stored path that names no field of `before` stays as it is.
pub fn moved_ranges(edit: &Edit, before: &Scenario, after: &Scenario) -> Ranges {
    let mut out = before.uncertainty.clone();
    if out.ranges.is_empty() {
        return out;
    }
    let was = inputs(before);
    let now = inputs(after);
    out.ranges.retain_mut(|entry| {
        let Some(input) = was.iter().copied().find(|i| i.path() == entry.path) else {
            return true;
        };
        match edit.moved_input(before, input) {
            Some(moved) if now.contains(&moved) => {
                entry.path = moved.path();
                true
            }
            _ => false,
        }
    });
    out
}

fn item_name(s: &mut Scenario, i: usize, kind: ItemKind, j: usize) -> Option<&mut String> {
    let t = s.tiers.get_mut(i)?;
    match kind {
        ItemKind::Touch => t.touches.get_mut(j).map(|x| &mut x.name),
        ItemKind::Trigger => t.triggers.get_mut(j).map(|x| &mut x.name),
        ItemKind::Program => t.programs.get_mut(j).map(|x| &mut x.name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tier::Move;

    fn three() -> Scenario {
        Scenario::default()
    }

    #[test]
    fn tiers_are_added_up_to_six_and_never_all_removed() {
        let mut s = three();
        for _ in 0..10 {
            s = apply(&s, &Edit::AddTier);
        }
        assert_eq!(s.tiers.len(), MAX_TIERS);
        for _ in 0..10 {
            s = apply(&s, &Edit::RemoveTier(0));
        }
        assert_eq!(s.tiers.len(), 1);
    }

    #[test]
    fn a_new_tier_takes_customers_without_a_new_error() {
        let mut s = apply(&three(), &Edit::AddTier);
        assert_eq!(s.tiers[3].name, "Tier 4");
        s.tiers[3].customers = 50.0;
        s.tiers[3].avg_arr = 1_000.0;
        assert!(s.validate().is_empty(), "{:?}", s.validate());
    }

    #[test]
    fn moving_and_removing_tiers_keeps_migrations_pointing_at_the_same_tier() {
        let mut s = three();
        s.tiers[2].moves = vec![Move {
            to: 1,
            pct_per_year: 5.0,
        }];
        let target = s.tiers[1].name.clone();
        let moved = apply(&s, &Edit::MoveTier(1, true));
        assert_eq!(moved.tiers[0].name, target);
        assert_eq!(moved.tiers[2].moves[0].to, 0);
        let removed = apply(&s, &Edit::RemoveTier(1));
        assert!(
            removed.tiers[1].moves.is_empty(),
            "a move to a removed tier goes"
        );
        let removed_top = apply(&s, &Edit::RemoveTier(0));
        assert_eq!(removed_top.tiers[1].moves[0].to, 0);
    }

    #[test]
    fn items_are_added_renamed_and_removed() {
        let s = apply(&three(), &Edit::AddItem(0, ItemKind::Program));
        let j = s.tiers[0].programs.len() - 1;
        let s = apply(
            &s,
            &Edit::RenameItem(0, ItemKind::Program, j, "Webinar\n".into()),
        );
        assert_eq!(s.tiers[0].programs[j].name, "Webinar");
        let s = apply(
            &s,
            &Edit::SetItemRole(0, ItemKind::Program, j, Role::Pooled),
        );
        assert_eq!(s.tiers[0].programs[j].role, Role::Pooled);
        let before = s.tiers[0].programs.len();
        let s = apply(&s, &Edit::RemoveItem(0, ItemKind::Program, j));
        assert_eq!(s.tiers[0].programs.len(), before - 1);
    }

    #[test]
    fn out_of_range_edits_change_nothing() {
        let s = three();
        for edit in [
            Edit::RemoveTier(9),
            Edit::MoveTier(0, true),
            Edit::MoveTier(2, false),
            Edit::RenameTier(9, "x".into()),
            Edit::RemoveItem(0, ItemKind::Touch, 99),
            Edit::SetCadence(9, 0, Cadence::PerYear),
            Edit::RemoveBand(3),
            Edit::SetCurrency("dollars".into()),
            Edit::AddMove(9),
            Edit::RemoveMove(0, 5),
            Edit::SetMoveTarget(1, 0, 1),
            Edit::SetMoveTarget(1, 0, 7),
            Edit::SetMoveTarget(1, 4, 2),
        ] {
            assert_eq!(apply(&s, &edit), s, "{edit:?}");
        }
    }

    #[test]
    fn names_are_cleaned_and_bounded() {
        let long = "x".repeat(500);
        let s = apply(&three(), &Edit::RenameTier(0, long));
        assert_eq!(s.tiers[0].name.chars().count(), MAX_NAME_CHARS);
        let s = apply(&three(), &Edit::SetCurrency(" eur ".into()));
        assert_eq!(s.currency, "EUR");
    }

    #[test]
    fn months_are_kept_in_range() {
        let s = apply(&three(), &Edit::SetHorizonMonths(36));
        assert_eq!(s.growth.horizon_months, 36);
        assert_eq!(
            apply(&s, &Edit::SetHorizonMonths(600))
                .growth
                .horizon_months,
            MAX_HORIZON_MONTHS
        );
        assert_eq!(
            apply(&s, &Edit::SetHorizonMonths(0)).growth.horizon_months,
            1
        );
        assert_eq!(apply(&s, &Edit::SetLeadMonths(5)).growth.lead_months, 5);
        assert_eq!(
            apply(&s, &Edit::SetLeadMonths(99)).growth.lead_months,
            MAX_LEAD_MONTHS
        );
        assert_eq!(apply(&s, &Edit::SetRampMonths(0)).growth.ramp_months, 0);
        assert_eq!(
            apply(&s, &Edit::SetRampMonths(99)).growth.ramp_months,
            MAX_LEAD_MONTHS
        );
        assert!(apply(&s, &Edit::SetRampMonths(99)).validate().is_empty());
    }

    #[test]
    fn moves_go_to_other_tiers_once_each() {
        let s = three();
        // The default high-touch tier has no move; its first is to tier 2, then tier 3.
        let s = apply(&s, &Edit::AddMove(0));
        assert_eq!(
            s.tiers[0].moves,
            vec![Move {
                to: 1,
                pct_per_year: 0.0
            }]
        );
        let s = apply(&s, &Edit::AddMove(0));
        assert_eq!(s.tiers[0].moves[1].to, 2);
        // Every other tier is already a target: nothing to add.
        assert_eq!(apply(&s, &Edit::AddMove(0)), s);
        let s = apply(&s, &Edit::SetMoveTarget(0, 1, 1));
        assert_eq!(s.tiers[0].moves[1].to, 1);
        // A move to itself is refused.
        assert_eq!(apply(&s, &Edit::SetMoveTarget(0, 1, 0)), s);
        let s = apply(&s, &Edit::RemoveMove(0, 0));
        assert_eq!(s.tiers[0].moves.len(), 1);
        assert!(s.validate().is_empty(), "{:?}", s.validate());
        // A single tier has nowhere to move to.
        let mut one = three();
        one.tiers.truncate(1);
        assert_eq!(apply(&one, &Edit::AddMove(0)), one);
    }

    #[test]
    fn new_touches_of_a_digital_tier_are_automated() {
        let s = three();
        assert_eq!(s.tiers[2].coverage, Coverage::Digital);
        let s = apply(&s, &Edit::AddItem(2, ItemKind::Touch));
        let s = apply(&s, &Edit::AddItem(2, ItemKind::Trigger));
        assert_eq!(s.tiers[2].touches.last().unwrap().role, Role::Automation);
        assert_eq!(s.tiers[2].triggers.last().unwrap().role, Role::Automation);
        assert!(s.validate().is_empty(), "{:?}", s.validate());
        let s = apply(&s, &Edit::AddItem(0, ItemKind::Touch));
        assert_eq!(s.tiers[0].touches.last().unwrap().role, Role::Csm);
    }

    #[test]
    fn renewal_touches_and_the_tier_rule_are_choices() {
        let s = apply(&three(), &Edit::SetAtRenewal(0, 1, true));
        assert!(s.tiers[0].touches[1].at_renewal);
        let s = apply(&s, &Edit::SetAtRenewal(0, 1, false));
        assert_eq!(s, three());
        assert_eq!(apply(&s, &Edit::SetAtRenewal(0, 99, true)), s);
        assert_eq!(apply(&s, &Edit::SetAtRenewal(9, 0, true)), s);
        let s = apply(&s, &Edit::SetTierRule(TierRule::Score));
        assert_eq!(s.tiering.rule, TierRule::Score);
        assert!(s.validate().is_empty(), "{:?}", s.validate());
    }

    #[test]
    fn leaving_an_import_keeps_its_numbers_for_typing() {
        let mut summary = AccountsSummary {
            as_of: "2026-11".into(),
            ..AccountsSummary::default()
        };
        summary.tiers = vec![
            crate::accounts::TierAggregate {
                customers: 12.0,
                arr: 1_200_000.0,
                ..Default::default()
            };
            3
        ];
        let s = apply(&three(), &Edit::ApplyAccounts(summary));
        assert_eq!(s.base.mode, BaseMode::Accounts);
        let typed = apply(&s, &Edit::SetBaseMode(BaseMode::Direct));
        assert_eq!(typed.base.mode, BaseMode::Direct);
        assert_eq!(typed.tiers, s.tiers);
        assert_eq!(
            crate::model::plan(&typed).totals.customers,
            crate::model::plan(&s).totals.customers
        );
    }

    #[test]
    fn fields_follow_their_tier_item_band_or_move() {
        use crate::model::inputs::{BandField, ItemField, TierField};
        let mut s = three();
        // Tier 2 moves customers to tier 0, then to tier 1.
        s.tiers[2].moves = [0, 1]
            .map(|to| Move {
                to,
                pct_per_year: 5.0,
            })
            .to_vec();
        s.base.bands = vec![Band::new(0.0, 10.0, 1.0), Band::new(10.0, 20.0, 1.0)];
        let moved = |edit: Edit, input: Input| edit.moved_input(&s, input);
        let grr = |i| Input::Tier(i, TierField::GrrPct);
        // Removing tier 0: tier 2 is tier 1, its move to tier 0 is gone and
        // its move to tier 1 is its first.
        assert_eq!(moved(Edit::RemoveTier(0), grr(0)), None);
        assert_eq!(moved(Edit::RemoveTier(0), grr(2)), Some(grr(1)));
        assert_eq!(moved(Edit::RemoveTier(0), Input::Move(2, 0)), None);
        assert_eq!(
            moved(Edit::RemoveTier(0), Input::Move(2, 1)),
            Some(Input::Move(1, 0))
        );
        assert_eq!(
            moved(Edit::RemoveTier(1), Input::Attrition),
            Some(Input::Attrition)
        );
        // Swapping tiers 1 and 2.
        assert_eq!(moved(Edit::MoveTier(2, true), grr(2)), Some(grr(1)));
        assert_eq!(moved(Edit::MoveTier(1, false), grr(2)), Some(grr(1)));
        assert_eq!(moved(Edit::MoveTier(1, false), grr(1)), Some(grr(2)));
        assert_eq!(moved(Edit::MoveTier(1, false), grr(0)), Some(grr(0)));
        // Items of the same kind in the same tier only.
        let touch = |i, j| Input::Touch(i, j, ItemField::Hours);
        let remove = Edit::RemoveItem(0, ItemKind::Touch, 1);
        assert_eq!(moved(remove.clone(), touch(0, 0)), Some(touch(0, 0)));
        assert_eq!(moved(remove.clone(), touch(0, 1)), None);
        assert_eq!(moved(remove.clone(), touch(0, 2)), Some(touch(0, 1)));
        assert_eq!(moved(remove.clone(), touch(1, 2)), Some(touch(1, 2)));
        let trigger = Input::Trigger(0, 2, ItemField::Hours);
        assert_eq!(moved(remove, trigger), Some(trigger));
        // Bands and moves.
        let band = |b| Input::Band(b, BandField::Count);
        assert_eq!(moved(Edit::RemoveBand(0), band(0)), None);
        assert_eq!(moved(Edit::RemoveBand(0), band(1)), Some(band(0)));
        assert_eq!(
            moved(Edit::RemoveMove(2, 0), Input::Move(2, 1)),
            Some(Input::Move(2, 0))
        );
        assert_eq!(moved(Edit::RemoveMove(2, 0), Input::Move(2, 0)), None);
    }

    /// A scenario of `tiers` tiers with `items` items of each kind, `bands`
    /// bands and moves between the tiers, where every numeric field holds a
    /// value of its own (its place in the registry), so a field is known by
    /// its value.
    fn marked(tiers: usize, items: usize, bands: usize) -> Scenario {
        let mut s = three();
        s.tiers.truncate(1);
        while s.tiers.len() < tiers {
            s = apply(&s, &Edit::AddTier);
        }
        for i in 0..tiers {
            for kind in [ItemKind::Touch, ItemKind::Trigger, ItemKind::Program] {
                for _ in 0..items {
                    s = apply(&s, &Edit::AddItem(i, kind));
                }
            }
            for _ in 1..tiers {
                s = apply(&s, &Edit::AddMove(i));
            }
        }
        s.base.bands = (0..bands).map(|_| Band::new(0.0, 1.0, 1.0)).collect();
        for (k, input) in crate::model::inputs::inputs(&s).into_iter().enumerate() {
            input.set(&mut s, k as f64 + 1.0);
        }
        s
    }

    /// Every structural edit of `s`: each removal and move of every entry,
    /// and some beyond the lists.
    fn structural_edits(s: &Scenario) -> Vec<Edit> {
        let mut edits = vec![Edit::RemoveBand(s.base.bands.len()), Edit::RemoveTier(9)];
        edits.extend((0..s.base.bands.len()).map(Edit::RemoveBand));
        for (i, tier) in s.tiers.iter().enumerate() {
            edits.extend([
                Edit::RemoveTier(i),
                Edit::MoveTier(i, true),
                Edit::MoveTier(i, false),
            ]);
            for (kind, len) in [
                (ItemKind::Touch, tier.touches.len()),
                (ItemKind::Trigger, tier.triggers.len()),
                (ItemKind::Program, tier.programs.len()),
            ] {
                edits.extend((0..=len).map(|j| Edit::RemoveItem(i, kind, j)));
            }
            edits.extend((0..=tier.moves.len()).map(|j| Edit::RemoveMove(i, j)));
        }
        edits
    }

    /// After any structural edit, each field of the scenario before is where
    /// [`Edit::moved_input`] says (it holds the same value there), or gone
    /// with its entry; and every field after is one moved there. Every shape
    /// up to 4 tiers of 2 items of each kind, with moves and bands.
    #[test]
    fn moved_fields_address_the_same_entry() {
        use crate::model::inputs::inputs;
        for (tiers, items, bands) in
            (1..5).flat_map(|t| (0..3).flat_map(move |i| (0..3).map(move |b| (t, i, b))))
        {
            let before = marked(tiers, items, bands);
            for edit in structural_edits(&before) {
                let after = apply(&before, &edit);
                let fields = inputs(&after);
                let mut reached = Vec::new();
                for input in inputs(&before) {
                    let Some(moved) = edit.moved_input(&before, input) else {
                        continue;
                    };
                    assert!(fields.contains(&moved), "{edit:?}: {input:?} -> {moved:?}");
                    assert_eq!(moved.get(&after), input.get(&before), "{edit:?}: {input:?}");
                    reached.push(moved);
                }
                reached.sort_by_key(|input| input.path());
                let mut all = fields.clone();
                all.sort_by_key(|input| input.path());
                assert_eq!(reached, all, "{edit:?}");
            }
        }
    }

    #[test]
    fn only_renames_share_a_typing_key() {
        assert_eq!(
            Edit::RenameItem(1, ItemKind::Trigger, 2, "x".into()).typing_key(),
            Some(TypingKey::ItemName(1, ItemKind::Trigger, 2))
        );
        assert_eq!(
            Edit::RenameTier(0, "a".into()).typing_key(),
            Edit::RenameTier(0, "b".into()).typing_key()
        );
        assert_ne!(
            Edit::RenameTier(0, "a".into()).typing_key(),
            Edit::RenameTier(1, "a".into()).typing_key()
        );
        assert_eq!(Edit::AddTier.typing_key(), None);
        assert_eq!(Edit::SetCurrency("EUR".into()).typing_key(), None);
    }
}
