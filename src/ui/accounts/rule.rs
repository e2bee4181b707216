//! The tier rule: ARR cut-offs (each tier's `min_arr`) or a weighted score
//! (points and full-points value per criterion, each tier's `min_score`),
//! edited through the workspace like every other number, with each tier's
//! resulting count of accounts shown live.

use yew::prelude::*;

use crate::model::inputs::{Input, TierField};
use crate::model::tiering::{Criterion, TierRule};
use crate::state::edits::Edit;
use crate::state::workspace::{Workspace, WorkspaceAction};
use crate::ui::editors::{number_field, Select};
use crate::ui::format;

/// Prefix of the ids of the rule's numeric inputs
/// (`accounts-tiering-weights-arr`, `accounts-tiers-0-min-arr`).
pub const PREFIX: &str = "accounts";

/// What each criterion's full-points value is counted in.
fn unit(c: Criterion, currency: &str) -> String {
    match c {
        Criterion::Arr => format!("{currency}/year"),
        Criterion::Employees => "employees".into(),
        Criterion::Products => "products".into(),
        Criterion::Complexity => "of 5".into(),
        Criterion::Strategic => "flag".into(),
        Criterion::Health => "of 100".into(),
    }
}

/// The rule menu, its numbers, and the accounts per tier (`counts`, when
/// the list is tiered).
pub fn rule_editor(ws: &UseReducerHandle<Workspace>, counts: Option<&[f64]>) -> Html {
    let s = ws.scenario();
    let rule = s.tiering.rule;
    let options = vec![
        (AttrValue::Static("arr"), AttrValue::Static("ARR cut-offs")),
        (
            AttrValue::Static("score"),
            AttrValue::Static("Weighted score"),
        ),
    ];
    let dispatcher = ws.dispatcher();
    let on_rule = Callback::from(move |v: String| {
        let rule = if v == "score" {
            TierRule::Score
        } else {
            TierRule::Arr
        };
        dispatcher.dispatch(WorkspaceAction::Apply(Edit::SetTierRule(rule)));
    });
    let money = format!("{}/year", s.currency);
    let n = s.tiers.len();
    html! {
        <fieldset class="rule">
            <legend>{ "Tier rule" }</legend>
            <Select id="accounts-rule" label="Tier accounts by" {options}
                value={if rule == TierRule::Score { "score" } else { "arr" }} on_change={on_rule}
                hint="Each account goes to the first tier whose cut-off it reaches; the last tier takes the rest." />
            if rule == TierRule::Score {
                <div class="rule__weights">
                    <p class="editor__hint">{ "Points each criterion gives at most, and the value that earns them all (seed 004: spend, products, complexity, strategic)." }</p>
                    <div class="rule__grid">
                        { for Criterion::ALL.iter().map(|&c| html! {
                            <div class="rule__criterion">
                                { number_field(ws, PREFIX, Input::Weight(c), &format!("{} points", capitalised(c.label())), "points") }
                                { number_field(ws, PREFIX, Input::FullAt(c), "Full points at", &unit(c, &s.currency)) }
                            </div>
                        }) }
                    </div>
                </div>
            }
            <ol class="rule__tiers">
                { for (0..n).map(|i| {
                    let name = if s.tiers[i].name.trim().is_empty() { format!("Tier {}", i + 1) } else { s.tiers[i].name.clone() };
                    let cutoff = if i + 1 == n {
                        html! { <p class="field__derived">{ "Takes every account below the cut-offs above." }</p> }
                    } else if rule == TierRule::Score {
                        number_field(ws, PREFIX, Input::Tier(i, TierField::MinScore), &format!("{name}: lowest score"), "points")
                    } else {
                        number_field(ws, PREFIX, Input::Tier(i, TierField::MinArr), &format!("{name}: lowest ARR"), &money)
                    };
                    let count = counts.and_then(|c| c.get(i)).copied();
                    html! {
                        <li class="rule__tier">
                            <span class="rule__name">{ name.clone() }</span>
                            { cutoff }
                            <span class="rule__count" id={format!("accounts-tier-{i}-count")}>
                                { match count {
                                    Some(c) => format!("{} {}", format::number(c, 0), if c == 1.0 { "account" } else { "accounts" }),
                                    None => String::new(),
                                } }
                            </span>
                        </li>
                    }
                }) }
            </ol>
        </fieldset>
    }
}

fn capitalised(label: &str) -> String {
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => std::iter::once(first.to_ascii_uppercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}
