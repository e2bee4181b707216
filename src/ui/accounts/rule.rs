//! The tier rule: ARR cut-offs (each tier's `min_arr`) or a weighted score
//! (points and full-points value per criterion, each tier's `min_score`),
//! edited through the workspace like every other number, with each tier's
//! resulting count of accounts shown live.

use yew::prelude::*;

use crate::accounts::Mapping;
use crate::model::inputs::{Input, TierField};
use crate::model::names::tier_name;
use crate::model::tiering::{Criterion, TierRule};
use crate::state::edits::Edit;
use crate::state::workspace::{Workspace, WorkspaceAction};
use crate::ui::editors::{number_field, Select};
use crate::ui::format;

/// Prefix of the ids of the rule's numeric inputs
/// (`accounts-tiering-weights-arr`, `accounts-tiers-0-min-arr`).
pub const PREFIX: &str = "accounts";

/// The rule menu, its numbers, and the accounts per tier (`counts`, when
/// the list is tiered). With the list's `mapping`, the score rule says
/// which criteria no column gives, and how the score is scaled without them.
pub fn rule_editor(
    ws: &UseReducerHandle<Workspace>,
    counts: Option<&[f64]>,
    mapping: Option<&Mapping>,
) -> Html {
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
    let available = mapping.map(Mapping::criteria);
    let note = available.as_deref().and_then(|a| s.tiering.columns_note(a));
    // With ARR as the only criterion, each score cut-off is an ARR.
    let as_arr = available.as_deref().and_then(|a| {
        let n = s.tiers.len();
        let parts: Option<Vec<String>> = (0..n.saturating_sub(1))
            .map(|i| {
                let arr = s.tiering.arr_for_score(a, s.tiers[i].min_score)?;
                let name = tier_name(&s.tiers, i);
                Some(if arr.is_finite() {
                    format!("{name} from {}", format::money(arr, &s.currency))
                } else {
                    format!("{name} out of reach")
                })
            })
            .collect();
        parts.filter(|p| !p.is_empty()).map(|p| {
            format!(
                "With ARR the only criterion, the score cut-offs mean: {}.",
                p.join(", ")
            )
        })
    });
    html! {
        <fieldset class="rule">
            <legend>{ "Tier rule" }</legend>
            <Select id="accounts-rule" label="Tier accounts by" {options}
                value={if rule == TierRule::Score { "score" } else { "arr" }} on_change={on_rule}
                hint="Each account goes to the first tier whose cut-off it reaches; the last tier takes the rest." />
            if rule == TierRule::Score {
                <div class="rule__weights">
                    <p class="editor__hint">{ "Each criterion gives an account up to its points; an account earns them all at the value you set, and a share of them below it. The starting weights (annual spend 40, products 20, complexity 20, strategic 20) are an illustrative assumption: set your own." }</p>
                    if let Some(note) = note {
                        <p class="rule__note" id="accounts-score-note" role="status">
                            { note }
                            if let Some(arr) = as_arr {
                                { " " }{ arr }
                            }
                        </p>
                    }
                    <div class="rule__grid">
                        { for Criterion::ALL.iter().map(|&c| html! {
                            <div class="rule__criterion">
                                { number_field(ws, PREFIX, Input::Weight(c), &format!("{} points", crate::model::format::capitalised(c.label())), "points") }
                                if c == Criterion::Strategic {
                                    <p class="field__derived">{ "All the points when the account is flagged strategic; none when not." }</p>
                                } else {
                                    { number_field(ws, PREFIX, Input::FullAt(c), "All points from", &c.unit(&s.currency)) }
                                }
                            </div>
                        }) }
                    </div>
                </div>
            }
            <ol class="rule__tiers">
                { for (0..n).map(|i| {
                    let name = tier_name(&s.tiers, i);
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
                                    Some(c) => format::count(c, "account", "accounts"),
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
