//! The page's comparison and `tierplan compare` print the same numbers for
//! the same plans: the page's comparison is built as the page builds it
//! (the lineup's reducer, kept figures, the edited scenario's from its
//! report) and the binary is given the page's address.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/binary.rs"]
mod binary;

use std::rc::Rc;

use binary::text;

use tierplan::model::compare::ScenarioFigures;
use tierplan::model::fiscal::YearMonth;
use tierplan::model::inputs::{Input, TeamField, TierField};
use tierplan::model::{presets, report};
use tierplan::state::compare_view::comparison_of;
use tierplan::state::lineup::{KeptFigures, LineupAction};
use tierplan::state::lineup_link;
use tierplan::state::workspace::{Workspace, WorkspaceAction};

const TODAY: YearMonth = YearMonth {
    year: 2027,
    month: 1,
};

fn act(w: &Workspace, a: WorkspaceAction) -> Workspace {
    w.apply(a)
}

#[test]
fn the_cli_prints_the_page_comparison_for_the_same_link() {
    // Today; a copy with more high-touch customers; a preset; a copy with
    // fewer working hours: edited one after another, as on the page.
    let mut w = Workspace::default();
    let mut kept = KeptFigures::default();
    let steps = [
        WorkspaceAction::Lineup(LineupAction::AddCopy),
        WorkspaceAction::EditNumber(Input::Tier(0, TierField::Customers), "80".into()),
        WorkspaceAction::Lineup(LineupAction::Add(Box::new(presets()[1].scenario.clone()))),
        WorkspaceAction::Lineup(LineupAction::Choose(0)),
        WorkspaceAction::Lineup(LineupAction::AddCopy),
        WorkspaceAction::EditNumber(Input::Team(TeamField::HoursPerWeek), "36".into()),
    ];
    let mut page = None;
    for step in steps {
        w = act(&w, step);
        let lineup = w.lineup();
        let current = Rc::new(ScenarioFigures::from_report(
            &report(w.scenario()),
            w.scenario(),
            TODAY,
        ));
        let (figures, next) = kept.update(lineup.scenarios(), lineup.on(), Some(current), TODAY);
        kept = next;
        page = comparison_of(&lineup.named(), &figures);
    }
    let page = page.expect("four scenarios compare");
    assert_eq!(page.scenarios.len(), 4);

    // The page's address, given whole to the binary (a link that holds a
    // comparison prints it, with or without `compare`).
    let query = lineup_link::encode(w.lineup());
    assert_eq!(lineup_link::edited(&query, 4), 3);
    let address = format!("https://example.org/tierplan/?{query}");
    let args = ["--today", "2027-01", "--format", "json", address.as_str()];
    let direct = binary::run(&args);
    assert_eq!(direct.status.code(), Some(0), "{}", text(&direct.stderr));
    let args = [
        "compare",
        "--today",
        "2027-01",
        "--format",
        "json",
        address.as_str(),
    ];
    let out = binary::run(&args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed, serde_json::to_value(&page).unwrap());
    let direct: serde_json::Value = serde_json::from_slice(&direct.stdout).unwrap();
    assert_eq!(direct, printed);
    // And the numbers moved where the edits were: more customers need more
    // people; fewer hours a week need at least as many.
    let people = &printed["rows"][0]["values"];
    assert!(people[1].as_f64() > people[0].as_f64(), "{people}");
    assert!(people[3].as_f64() >= people[0].as_f64(), "{people}");
}
