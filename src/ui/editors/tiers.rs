//! Customers and tiers: the plan's name and currency, how the customer base
//! is given (per tier, ARR bands split by cut-offs, or the counts of an
//! imported list, shown read-only), and up to six tiers that can be added,
//! renamed, reordered and removed.

use yew::prelude::*;

use super::{
    add_button, icon_button, name_field, per_year, tier_name, Actions, Draw, Section, Select,
};
use crate::model::base::imported_list;
use crate::model::inputs::{BandField, Input, TierField};
use crate::model::{BaseMode, Coverage, CustomerBase, Tier, MAX_TIERS};
use crate::state::edits::Edit;
use crate::state::view::{Area, FieldView, Slice};
use crate::state::workspace::Workspace;
use crate::ui::format;

/// Currencies offered in the menu (any other ISO 4217 code from a link is
/// added to it).
const CURRENCIES: [&str; 16] = [
    "USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "PLN", "JPY", "INR",
    "SGD", "BRL", "ZAR",
];

const COVERAGES: [Coverage; 3] = [Coverage::Dedicated, Coverage::Pooled, Coverage::Digital];

/// The menu value of a base mode.
fn mode_key(mode: BaseMode) -> &'static str {
    match mode {
        BaseMode::Direct => "direct",
        BaseMode::Bands => "bands",
        BaseMode::Accounts => "accounts",
    }
}

fn coverage_key(c: Coverage) -> &'static str {
    match c {
        Coverage::Dedicated => "dedicated",
        Coverage::Pooled => "pooled",
        Coverage::Digital => "digital",
    }
}

/// Properties of [`TiersEditor`]: what it draws and the actions.
#[derive(PartialEq, Properties)]
pub struct TiersEditorProps {
    /// The plan's name.
    pub name: Slice<String>,
    /// The currency code.
    pub currency: Slice<String>,
    /// The customer base.
    pub base: Slice<CustomerBase>,
    /// The tiers.
    pub tiers: Slice<Vec<Tier>>,
    /// Where an imported base comes from ("an imported list of 1,234
    /// accounts (Nov 2026)"), when the base is imported.
    pub imported: Option<AttrValue>,
    /// The drafts and messages of the base and the tiers ([`Area::Tiers`]).
    pub fields: FieldView,
    /// What the fields send.
    pub actions: Actions,
}

impl TiersEditorProps {
    /// The section's properties from `workspace` now.
    pub fn of(workspace: &UseReducerHandle<Workspace>) -> Self {
        let s = workspace.shared_scenario();
        Self {
            name: Slice::new(&s, 0, |s, _| &s.name),
            currency: Slice::new(&s, 0, |s, _| &s.currency),
            base: Slice::new(&s, 0, |s, _| &s.base),
            tiers: Slice::new(&s, 0, |s, _| &s.tiers),
            imported: (s.base.mode == BaseMode::Accounts).then(|| imported_list(&s).into()),
            fields: workspace.view(Area::Tiers),
            actions: Actions::of(workspace),
        }
    }
}

/// The "Customers and tiers" section.
#[function_component(TiersEditor)]
pub fn tiers_editor(props: &TiersEditorProps) -> Html {
    let d = Draw {
        fields: &props.fields,
        actions: &props.actions,
    };
    let actions = &props.actions;
    let (base, tiers, currency) = (&*props.base, &*props.tiers, &*props.currency);
    let bands = base.mode == BaseMode::Bands;
    let imported = base.mode == BaseMode::Accounts;
    let mut currencies: Vec<(AttrValue, AttrValue)> = CURRENCIES
        .iter()
        .map(|c| (AttrValue::Static(c), AttrValue::Static(c)))
        .collect();
    if !CURRENCIES.contains(&currency.as_str()) {
        let code = AttrValue::from(currency.clone());
        currencies.push((code.clone(), code));
    }
    let mut base_modes = vec![
        (
            AttrValue::Static("direct"),
            AttrValue::Static("Typed per tier"),
        ),
        (
            AttrValue::Static("bands"),
            AttrValue::Static("ARR bands and cut-offs"),
        ),
    ];
    // An imported list comes from the import, not from this menu; the menu
    // shows it while it is the base, and leaves it for typed numbers.
    if imported {
        base_modes.push((
            AttrValue::Static("accounts"),
            AttrValue::Static("From an imported list"),
        ));
    }
    let on_mode = actions.apply(|v: String| {
        Edit::SetBaseMode(match v.as_str() {
            "bands" => BaseMode::Bands,
            "accounts" => BaseMode::Accounts,
            _ => BaseMode::Direct,
        })
    });
    let full = tiers.len() >= MAX_TIERS;
    html! {
        <Section id="section-tiers" title="Customers and tiers"
            lead="Who your customers are and how they are grouped, most valuable tier first.">
            <div class="editor__row">
                { name_field("scenario-name".into(), "Plan name", &props.name, actions.apply(Edit::SetName)) }
                <Select id="currency" label="Currency" options={currencies} value={currency.clone()}
                    on_change={actions.apply(Edit::SetCurrency)} />
                <Select id="base-mode" label="Customer base" options={base_modes}
                    value={mode_key(base.mode)} on_change={on_mode} />
            </div>
            if bands { { bands_editor(d, base, currency) } }
            if let Some(list) = props.imported.as_ref().filter(|_| imported) {
                <div class="editor__row imported-base">
                    <p class="editor__lead" id="base-imported">
                        { format!("From {list}: the list itself stays on the device that imported it.") }
                    </p>
                    <button type="button" class="button button--small" id="base-type-instead"
                        onclick={actions.on_click(Edit::SetBaseMode(BaseMode::Direct))}>
                        { "Type the numbers instead" }
                    </button>
                </div>
            }
            <ol class="tier-list">
                { for (0..tiers.len()).map(|i| tier_editor(d, base, tiers, currency, i)) }
            </ol>
            { d.group_error("tiers", "tiers-error".into()) }
            <div class="editor__actions">
                <button type="button" class="button" id="tier-add" disabled={full}
                    aria-describedby={full.then_some("tier-add-reason")}
                    onclick={actions.on_click_focus(Edit::AddTier, vec![format!("tier-{}-name", tiers.len())])}>
                    { "+ Add tier" }
                </button>
                if full {
                    <span class="editor__reason" id="tier-add-reason">{ "A plan has at most 6 tiers." }</span>
                }
            </div>
        </Section>
    }
}

/// The ARR bands and the total they are scaled to.
fn bands_editor(d: Draw, base: &CustomerBase, currency: &str) -> Html {
    let money = per_year(currency);
    html! {
        <div class="bands">
            <h3 class="editor__subhead">{ "ARR bands" }</h3>
            <p class="editor__lead">{ "How many customers pay how much. Each tier takes the customers at or above its cut-off." }</p>
            { d.number(Input::BaseTotal, base.total, "Total customers", "customers", "0: the band counts are the customers. Above 0: they are shares of this total.") }
            { d.group_error("base.bands", "bands-error".into()) }
            <ol class="item-list">
                { for base.bands.iter().enumerate().map(|(b, band)| html! {
                    <li>
                        <fieldset class="item item--inline">
                            <legend class="visually-hidden">{ format!("ARR band {}", b + 1) }</legend>
                            <div class="item__fields">
                                { d.number(Input::Band(b, BandField::Min), band.min, "Lowest ARR", &money, "") }
                                { d.number(Input::Band(b, BandField::Max), band.max, "Highest ARR", &money, "") }
                                { d.number(Input::Band(b, BandField::Count), band.count, "Customers", "customers", "") }
                            </div>
                            { icon_button(format!("band-{b}-remove"), "×", format!("Remove ARR band {}", b + 1),
                                "Remove band", true, false, d.actions.on_click(Edit::RemoveBand(b))) }
                        </fieldset>
                    </li>
                }) }
            </ol>
            { add_button("band-add".into(), "+ Add band", "Add an ARR band".into(), false, d.actions.on_click(Edit::AddBand)) }
        </div>
    }
}

/// One tier: name, coverage, order and removal, and its customer figures.
fn tier_editor(d: Draw, base: &CustomerBase, tiers: &[Tier], currency: &str, i: usize) -> Html {
    let tier = &tiers[i];
    let n = tiers.len();
    let name = tier_name(tier, i);
    let coverages = COVERAGES
        .iter()
        .map(|c| {
            (
                AttrValue::Static(coverage_key(*c)),
                AttrValue::Static(c.label()),
            )
        })
        .collect::<Vec<_>>();
    let on_coverage = d.actions.apply(move |key: String| {
        let coverage = COVERAGES
            .into_iter()
            .find(|c| coverage_key(*c) == key)
            .unwrap_or_default();
        Edit::SetCoverage(i, coverage)
    });
    let last = i + 1 == n;
    let money = per_year(currency);
    let figures = if base.mode == BaseMode::Accounts {
        imported_figures(base, tier, currency, i)
    } else if base.mode == BaseMode::Bands {
        if last {
            html! { <p class="field__derived tier__cutoff">{ "Takes every customer below the cut-offs above." }</p> }
        } else {
            d.number(
                Input::Tier(i, TierField::MinArr),
                tier.min_arr,
                "ARR cut-off",
                &money,
                "Lowest ARR in this tier.",
            )
        }
    } else {
        html! {
            <>
                { d.number(Input::Tier(i, TierField::Customers), tier.customers, "Customers", "customers", "") }
                { d.number(Input::Tier(i, TierField::AvgArr), tier.avg_arr, "Average ARR", &money, "") }
            </>
        }
    };
    html! {
        <li class="tier" id={format!("tier-{i}")}>
            <div class="tier__head">
                <span class="tier__badge" aria-hidden="true">{ (i + 1).to_string() }</span>
                { name_field(format!("tier-{i}-name"), "Tier name", &tier.name, d.actions.apply(move |v| Edit::RenameTier(i, v))) }
                <div class="tier__order" role="group" aria-label={format!("Order of {name}")}>
                    // The focus follows the tier it moved (its other button at an end).
                    { icon_button(format!("tier-{i}-up"), "↑", format!("Move {name} up"), "Move up", false,
                        i == 0, d.actions.on_click_focus(Edit::MoveTier(i, true),
                            vec![format!("tier-{}-up", i.saturating_sub(1)), format!("tier-{}-down", i.saturating_sub(1))])) }
                    { icon_button(format!("tier-{i}-down"), "↓", format!("Move {name} down"), "Move down", false,
                        last, d.actions.on_click_focus(Edit::MoveTier(i, false),
                            vec![format!("tier-{}-down", i + 1), format!("tier-{}-up", i + 1)])) }
                    { icon_button(format!("tier-{i}-remove"), "×", format!("Remove tier {name}"),
                        if n == 1 { "A plan needs at least one tier" } else { "Remove tier" }, true,
                        n == 1, d.actions.on_click_focus(Edit::RemoveTier(i),
                            vec![format!("tier-{}-name", if last { i.saturating_sub(1) } else { i })])) }
                </div>
            </div>
            <div class="fields">
                <Select id={format!("tier-{i}-coverage")} label="Coverage" options={coverages}
                    value={coverage_key(tier.coverage)} on_change={on_coverage} />
                { figures }
                if base.mode != BaseMode::Accounts {
                    { d.number(Input::Tier(i, TierField::FirstYearPct), tier.first_year_pct, "In their first year", "%", "Get the first-year touches.") }
                }
            </div>
        </li>
    }
}

/// A tier's imported figures, read-only: customers, average ARR, the share
/// in their first year, and the month with most renewals.
fn imported_figures(base: &CustomerBase, tier: &Tier, currency: &str, i: usize) -> Html {
    let renewals: f64 = tier.renewal_months.iter().sum();
    let busiest = tier
        .renewal_months
        .iter()
        .enumerate()
        .filter(|(_, m)| **m > 0.0)
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map(|(m, count)| {
            let month = crate::model::format::month_after(&base.as_of, m as u32)
                .unwrap_or_else(|| format!("month {}", m + 1));
            format!(
                "; most renewals in {month} ({} of {})",
                format::number(*count, 0),
                format::number(renewals, 0)
            )
        })
        .unwrap_or_default();
    html! {
        <p class="field__derived tier__imported" id={format!("tier-{i}-imported")}>
            <output>{ format::number(tier.customers, 0) }</output>{ " customers, average ARR " }
            <output>{ format::money(tier.avg_arr, currency) }</output>{ ", " }
            <output>{ format::percent(tier.first_year_pct) }</output>{ " in their first year" }
            { busiest }
        </p>
    }
}
