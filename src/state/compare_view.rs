//! What the page's comparison view draws, decided in plain Rust: the
//! comparison of the lineup (names made unique), each difference as the
//! reader asked for it (an amount or a percentage, with better or worse in
//! words), which rows are per tier, and the field a differing input is
//! edited in.

use std::rc::Rc;

use crate::model::compare::figures::{signed, Difference, Verdict};
use crate::model::compare::{compare_with, unique_names, Comparison, Row, ScenarioFigures};
use crate::model::format::{money, num, pct};
use crate::model::inputs::{inputs, Input};
use crate::model::Scenario;

use super::lineup_link::DifferenceMode;

/// The comparison of `scenarios` (the base first, at least two) from each
/// one's kept `figures`, with names made unique and blank names filled as
/// a comparison needs them; `None` for a single scenario.
pub fn comparison_of(
    scenarios: &[Rc<Scenario>],
    figures: &[Rc<ScenarioFigures>],
) -> Option<Comparison> {
    if scenarios.len() < 2 || figures.len() != scenarios.len() {
        return None;
    }
    let names: Vec<String> = scenarios.iter().map(|s| s.name.clone()).collect();
    let (unique, _) = unique_names(&names);
    let renamed: Vec<Scenario> = scenarios
        .iter()
        .zip(unique)
        .map(|(s, name)| {
            let mut s = Scenario::clone(s);
            s.name = name;
            s
        })
        .collect();
    let pairs: Vec<(&Scenario, &ScenarioFigures)> =
        renamed.iter().zip(figures.iter().map(|f| &**f)).collect();
    compare_with(&pairs).ok()
}

/// A difference from the base as shown in a column: the signed amount in
/// the figure's unit ("+2", "-$130,000", "+1.2 points") or the signed
/// percentage of the base ("+28.6%"), then better or worse in words. A
/// figure that is the same says "same"; one that cannot be compared says
/// why ("not comparable").
pub fn difference_text(row: &Row, d: &Difference, currency: &str, mode: DifferenceMode) -> String {
    match (d.verdict, d.value) {
        (Verdict::Same, _) => return "same".into(),
        (Verdict::NotComparable, _) | (_, None) => return d.words.clone(),
        _ => {}
    }
    let value = d.value.unwrap_or(0.0);
    let shown = match mode {
        DifferenceMode::Percent => match d.pct {
            Some(p) => signed(pct(p), p),
            None => "— %".into(),
        },
        DifferenceMode::Amount if row.figure.is_money() => {
            signed(money(value.abs(), currency), value)
        }
        DifferenceMode::Amount if row.figure.is_points() => {
            format!("{} points", signed(num(value.abs()), value))
        }
        DifferenceMode::Amount => signed(num(value.abs()), value),
    };
    format!("{shown}, {}", d.verdict.word())
}

/// True for a per-tier row (customers per CSM of one tier): the view shows
/// them once the reader opens them.
pub fn is_per_tier(row: &Row) -> bool {
    row.tier.is_some()
}

/// The field that edits what `path` names in `scenario`: the numeric input
/// at that path, else the first input under the longest part of the path
/// that has one (a tier's name leads to the tier's first field); `None`
/// when nothing of the path is a field (the scenario's name, its ranges).
pub fn field_for(scenario: &Scenario, path: &str) -> Option<Input> {
    let all = inputs(scenario);
    if let Some(exact) = all.iter().find(|i| i.path() == path) {
        return Some(*exact);
    }
    let parts: Vec<&str> = path.split('.').collect();
    (1..parts.len()).rev().find_map(|n| {
        let prefix = parts[..n].join(".") + ".";
        all.iter().find(|i| i.path().starts_with(&prefix)).copied()
    })
}

/// When the comparison follows a change of the lineup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refresh {
    /// At once: a scenario added, removed, moved, chosen or replaced, an
    /// undo or a load; or a scenario other than the edited one changed.
    Now,
    /// Once typing pauses: only the edited scenario changed, with a
    /// keystroke. The results show that scenario at once; the comparison's
    /// other columns are unchanged, so a four-scenario comparison redrawn
    /// on every keystroke would only slow the typing.
    AfterPause,
    /// Once the first frame is painted: the first comparison of a lineup
    /// in which some scenario stores ranges (each one's range analysis,
    /// about 13 ms natively for a 6 x 20 scenario, would hold back the
    /// page's first frame).
    AfterPaint,
}

/// How long typing must pause before the comparison follows it (ms).
pub const REFRESH_PAUSE_MS: u32 = 150;

/// When the page's first comparison is built: at once, or after the first
/// frame when some of `scenarios` store ranges to sample.
pub fn first_refresh(scenarios: &[Rc<Scenario>]) -> Refresh {
    if scenarios.iter().any(|s| !s.uncertainty.is_empty()) {
        Refresh::AfterPaint
    } else {
        Refresh::Now
    }
}

/// When the comparison follows the lineup going from `before` to `after`
/// (each scenario's identity, the base first, and the edited place), the
/// change being `typed` (a keystroke) or not.
pub fn refresh(before: (&[usize], usize), after: (&[usize], usize), typed: bool) -> Refresh {
    let (b, b_on) = before;
    let (a, a_on) = after;
    let only_edited = b.len() == a.len()
        && b_on == a_on
        && b.iter()
            .zip(a)
            .enumerate()
            .all(|(i, (x, y))| i == a_on || x == y);
    if typed && only_edited {
        Refresh::AfterPause
    } else {
        Refresh::Now
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::compare::figures::Figure;
    use crate::model::compare::ScenarioFigures;
    use crate::model::fiscal::YearMonth;
    use crate::model::inputs::{TeamField, TierField};

    const TODAY: YearMonth = YearMonth {
        year: 2027,
        month: 1,
    };

    fn pair() -> (Vec<Rc<Scenario>>, Vec<Rc<ScenarioFigures>>) {
        let base = Scenario::default();
        let mut alt = base.clone();
        alt.tiers[0].customers = 80.0;
        let all = vec![Rc::new(base), Rc::new(alt)];
        let figures = all
            .iter()
            .map(|s| Rc::new(ScenarioFigures::of(s, TODAY)))
            .collect();
        (all, figures)
    }

    #[test]
    fn a_comparison_of_a_copy_with_the_same_name_gets_unique_columns() {
        let (all, figures) = pair();
        let c = comparison_of(&all, &figures).unwrap();
        assert_ne!(c.scenarios[0].name, c.scenarios[1].name);
        assert!(comparison_of(&all[..1], &figures[..1]).is_none());
        assert_eq!(c.differs[0].changes.len(), 1);
        assert_eq!(c.differs[0].changes[0].path, "tiers.0.customers");
    }

    #[test]
    fn differences_read_as_amounts_or_percentages_with_words() {
        let (all, figures) = pair();
        let c = comparison_of(&all, &figures).unwrap();
        let people = &c.rows[0];
        let d = &people.differences[0];
        assert_eq!(d.verdict, Verdict::Worse);
        let amount = difference_text(people, d, "USD", DifferenceMode::Amount);
        assert!(
            amount.starts_with('+') && amount.ends_with(", worse"),
            "{amount}"
        );
        let share = difference_text(people, d, "USD", DifferenceMode::Percent);
        assert!(share.ends_with("%, worse"), "{share}");
        let cost = c.rows.iter().find(|r| r.figure == Figure::Cost).unwrap();
        let text = difference_text(cost, &cost.differences[0], "USD", DifferenceMode::Amount);
        assert!(text.starts_with("+$"), "{text}");
        let same = Difference::of(Figure::People, Some(3.0), Some(3.0), true, "USD");
        assert_eq!(
            difference_text(people, &same, "USD", DifferenceMode::Percent),
            "same"
        );
        assert!(c.rows.iter().any(is_per_tier));
        assert!(!is_per_tier(people));
    }

    #[test]
    fn typing_in_the_edited_scenario_waits_for_a_pause_and_the_rest_is_at_once() {
        let before: &[usize] = &[1, 2, 3];
        assert_eq!(
            refresh((before, 2), (&[1, 2, 9], 2), true),
            Refresh::AfterPause
        );
        // Not typed (an undo, a structural edit): at once.
        assert_eq!(refresh((before, 2), (&[1, 2, 9], 2), false), Refresh::Now);
        // Another scenario changed, one added or removed, another chosen.
        assert_eq!(refresh((before, 2), (&[1, 7, 9], 2), true), Refresh::Now);
        assert_eq!(refresh((before, 2), (&[1, 2, 3, 4], 3), true), Refresh::Now);
        assert_eq!(refresh((before, 2), (&[1, 2, 3], 0), true), Refresh::Now);
    }

    #[test]
    fn a_first_comparison_with_ranges_waits_for_the_first_frame() {
        let (mut all, _) = pair();
        assert_eq!(first_refresh(&all), Refresh::Now);
        let mut alt = Scenario::clone(&all[1]);
        alt.uncertainty.ranges = vec![crate::model::uncertainty::RangeEntry {
            path: "tiers.0.customers".into(),
            low: 30.0,
            high: 60.0,
            shape: crate::model::uncertainty::Shape::Uniform,
        }];
        all[1] = Rc::new(alt);
        assert_eq!(first_refresh(&all), Refresh::AfterPaint);
    }

    #[test]
    fn a_differing_input_leads_to_its_field_or_the_nearest_one() {
        let s = Scenario::default();
        assert_eq!(
            field_for(&s, "tiers.0.customers"),
            Some(Input::Tier(0, TierField::Customers))
        );
        assert_eq!(
            field_for(&s, "team.hours_per_week"),
            Some(Input::Team(TeamField::HoursPerWeek))
        );
        let near = field_for(&s, "tiers.1.name").unwrap();
        assert!(near.path().starts_with("tiers.1."), "{}", near.path());
        assert_eq!(field_for(&s, "name"), None);
    }
}
