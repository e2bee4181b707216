//! This device's last good plan: the whole lineup (the base, every
//! alternative and which one the inputs edit), so a damaged link, a reload
//! or "Open my last good plan" brings a comparison back as a comparison,
//! never as the one scenario that was on screen.
//!
//! Stored as a scenario file ([`link::to_file_json_all`]: every scenario,
//! read back by [`link::from_file_json`] with the file's tolerance), with
//! the edited scenario's place written first, `{"on": 2, "tierplan": 4, …}`,
//! when it is not the base. A value stored before comparisons existed (one
//! scenario, [`link::to_file_json`]) reads back as that scenario alone.
//! The page keeps the text in localStorage; the decisions are here.

use crate::link;

use super::lineup::Lineup;
use super::lineup_link::scenarios_of;

/// What opens the stored text when the inputs edit an alternative.
const ON_PREFIX: &str = "{\"on\": ";

/// `lineup` as this device stores it: its scenario file, opening with
/// `"on": N` when the inputs edit scenario N > 0.
pub fn to_json(lineup: &Lineup) -> String {
    let file = link::to_file_json_all(&lineup.to_vec());
    match (lineup.on(), file.strip_prefix('{')) {
        (0, _) | (_, None) => file,
        (on, Some(rest)) => format!("{ON_PREFIX}{on},{rest}"),
    }
}

/// The lineup stored as `json` (`None`: nothing stored, or text that no
/// longer reads as a plan). Every scenario the file holds comes back; the
/// edited one is the one named first when the lineup holds it, the base
/// otherwise.
pub fn read(json: Option<&str>) -> Option<Lineup> {
    let text = json?;
    let decoded = link::from_file_json(text).ok()?;
    let scenarios = scenarios_of(&decoded);
    let on = edited_of(text).filter(|on| *on < scenarios.len());
    Some(Lineup::new(scenarios, on.unwrap_or(0)))
}

/// The place [`to_json`] wrote first, if it did.
fn edited_of(text: &str) -> Option<usize> {
    let rest = text.strip_prefix(ON_PREFIX)?;
    let digits = rest.split(',').next()?;
    digits.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{presets, Scenario};

    fn comparison(on: usize) -> Lineup {
        let base = Scenario {
            name: "Today".into(),
            ..Scenario::default()
        };
        let mut pooled = presets()[1].scenario.clone();
        pooled.name = "Pooled".into();
        let mut ebr = Scenario {
            name: "EBR prep".into(),
            ..Scenario::default()
        };
        ebr.tiers[0].customers = 77.0;
        Lineup::new(vec![base, pooled, ebr], on)
    }

    /// Review finding: the device kept only the edited scenario, so a
    /// comparison came back from this device as one plan.
    #[test]
    fn a_comparison_comes_back_whole_with_the_scenario_edited() {
        for on in 0..3 {
            let stored = to_json(&comparison(on));
            let back = read(Some(&stored)).expect("reads back");
            assert_eq!(back, comparison(on), "editing {on}");
        }
    }

    #[test]
    fn what_is_stored_is_a_scenario_file_every_reader_opens() {
        let stored = to_json(&comparison(2));
        let decoded = link::from_file_json(&stored).expect("a scenario file");
        assert!(decoded.warnings.is_empty(), "{:?}", decoded.warnings);
        assert_eq!(scenarios_of(&decoded), comparison(2).to_vec());
        assert!(stored.starts_with("{\"on\": 2,"), "{stored:.40}");
        assert!(!to_json(&comparison(0)).contains("\"on\""));
    }

    #[test]
    fn a_plan_stored_before_comparisons_comes_back_alone() {
        let mut old = Scenario::default();
        old.team.hours_per_week = 37.5;
        let back = read(Some(&link::to_file_json(&old))).expect("reads back");
        assert_eq!(back, Lineup::new(vec![old], 0));
    }

    #[test]
    fn nothing_or_damage_gives_nothing_and_a_place_out_of_range_edits_the_base() {
        assert_eq!(read(None), None);
        assert_eq!(read(Some("{not json")), None);
        assert_eq!(read(Some("")), None);
        let single = link::to_file_json(&Scenario::default());
        let claims = format!("{ON_PREFIX}3,{}", &single[1..]);
        assert_eq!(read(Some(&claims)).map(|l| l.on()), Some(0));
        let garbled = format!("{ON_PREFIX}-1,{}", &single[1..]);
        assert_eq!(read(Some(&garbled)).map(|l| l.on()), Some(0));
    }
}
