//! What differs between the base and an alternative: every input whose
//! value differs, with its label, both values and its field path, so a
//! reader sees why the answers differ. Numbers come from the registry of
//! inputs ([`crate::model::inputs`]): its labels, paths and values; the
//! texts, choices and lists of the scenario (names, coverage, roles,
//! touches and tiers added or removed, the currency...) are walked here.
//! Tiers, touches, triggers, programs, moves and bands are matched by
//! position, as the page lists them; one beyond the other's list is said
//! to be added or removed. The scenario's own name is the column's title,
//! not a difference.

use serde::Serialize;

use crate::model::format::{currency_prefix, exact, money, num, pct};
use crate::model::inputs::{inputs, Input};
use crate::model::names::tier_name;
use crate::model::role::Role;
use crate::model::scenario::{BaseMode, Scenario};
use crate::model::tier::Tier;
use crate::model::tiering::TierRule;
use crate::model::touch::Cadence;

/// One input that differs between the base and an alternative.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct InputChange {
    /// The field's path (`tiers.0.customers`), or the path of what was
    /// added or removed (`tiers.3`, `tiers.0.touches.5`).
    pub path: String,
    /// The field's label, with tier and touch names from the base
    /// ("High touch: customers"), or what was added or removed ("Tier
    /// 'Enterprise'").
    pub label: String,
    /// The base's value for reading; `None` when the alternative adds it.
    pub base: Option<String>,
    /// The alternative's value for reading; `None` when it removes it.
    pub alternative: Option<String>,
    /// The whole line: "High touch: customers: 40 -> 50", "Tier
    /// 'Enterprise' added".
    pub text: String,
}

impl InputChange {
    fn changed(path: String, label: String, base: String, alternative: String) -> Self {
        let text = format!("{label}: {base} -> {alternative}");
        InputChange {
            path,
            label,
            base: Some(base),
            alternative: Some(alternative),
            text,
        }
    }

    fn added(path: String, label: String) -> Self {
        Self::listed(path, label, "added")
    }

    fn removed(path: String, label: String) -> Self {
        Self::listed(path, label, "removed")
    }

    /// A part of a list that only one side has: no values, "`label` `what`".
    fn listed(path: String, label: String, what: &str) -> Self {
        let text = format!("{label} {what}");
        InputChange {
            path,
            label,
            base: None,
            alternative: None,
            text,
        }
    }
}

/// Whether two numbers are the same input value (NaN equals NaN).
fn same(a: f64, b: f64) -> bool {
    a == b || (a.is_nan() && b.is_nan())
}

/// Whether `input` exists in `s` (its tier, touch, band... is there).
fn present(input: Input, s: &Scenario) -> bool {
    let tier = |i: usize| s.tiers.get(i);
    match input {
        Input::Band(i, _) => i < s.base.bands.len(),
        Input::Tier(i, _) => i < s.tiers.len(),
        Input::Touch(i, j, _) => tier(i).is_some_and(|t| j < t.touches.len()),
        Input::Trigger(i, j, _) => tier(i).is_some_and(|t| j < t.triggers.len()),
        Input::Program(i, j, _) => tier(i).is_some_and(|t| j < t.programs.len()),
        Input::Move(i, j) => tier(i).is_some_and(|t| j < t.moves.len()),
        _ => true,
    }
}

/// A value of `input` for reading in `currency`: money with its sign,
/// shares with `%`, other numbers with their unit ("40 h/week"). `precise`
/// writes every decimal ([`exact`]) instead of the one rounding rule.
fn show(input: Input, value: f64, currency: &str, precise: bool) -> String {
    let unit = input.unit(currency);
    let per_year = format!("{currency}/year");
    if unit == per_year || (!currency.is_empty() && unit == currency) {
        let amount = if precise {
            let digits = exact(value);
            match digits.strip_prefix('-') {
                Some(p) => format!("-{}{p}", currency_prefix(currency)),
                None => format!("{}{digits}", currency_prefix(currency)),
            }
        } else {
            money(value, currency)
        };
        return if unit == per_year {
            format!("{amount} a year")
        } else {
            amount
        };
    }
    let digits = if precise { exact(value) } else { num(value) };
    if unit == "%" {
        if precise {
            format!("{digits}%")
        } else {
            pct(value)
        }
    } else {
        format!("{digits} {unit}")
    }
}

/// The change of one numeric input, both values shown by the one rounding
/// rule, or every decimal when that rule would show them alike (100 and
/// 100.4 people).
fn number_change(input: Input, base: &Scenario, alt: &Scenario) -> Option<InputChange> {
    let (b, a) = (input.get(base), input.get(alt));
    if same(a, b) {
        return None;
    }
    let (mut shown_b, mut shown_a) = (
        show(input, b, &base.currency, false),
        show(input, a, &alt.currency, false),
    );
    // Every decimal only for finite values: never "NaN" or "inf" on
    // screen (a link cannot carry them, a program could).
    if shown_a == shown_b && a.is_finite() && b.is_finite() {
        shown_b = show(input, b, &base.currency, true);
        shown_a = show(input, a, &alt.currency, true);
    }
    Some(InputChange::changed(
        input.path(),
        input.label(base),
        shown_b,
        shown_a,
    ))
}

/// A text or a choice that differs: `path`, `label`, both values as words.
fn text_change(out: &mut Vec<InputChange>, path: String, label: String, b: String, a: String) {
    if b != a {
        out.push(InputChange::changed(path, label, b, a));
    }
}

fn quoted(name: &str) -> String {
    format!("'{name}'")
}

fn yes_no(flag: bool) -> String {
    if flag { "yes" } else { "no" }.into()
}

fn mode_words(mode: BaseMode) -> String {
    match mode {
        BaseMode::Direct => "typed per tier",
        BaseMode::Bands => "ARR bands",
        BaseMode::Accounts => "an imported list",
    }
    .into()
}

fn rule_words(rule: TierRule) -> String {
    match rule {
        TierRule::Arr => "ARR cut-offs",
        TierRule::Score => "weighted score",
    }
    .into()
}

fn cadence_words(cadence: Cadence) -> String {
    match cadence {
        Cadence::PerCustomer => "per customer",
        Cadence::PerYear => "per year",
    }
    .into()
}

fn role_words(role: Role) -> String {
    role.label().into()
}

fn renewal_words(months: &[f64]) -> String {
    if months.is_empty() {
        "spread evenly".into()
    } else {
        months
            .iter()
            .map(|m| num(*m))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Who a tier's item is in labels: its name, or "Touch 3" when blank.
fn item_name(kind: &str, name: &str, j: usize) -> String {
    if name.trim().is_empty() {
        format!("{kind} {}", j + 1)
    } else {
        name.to_string()
    }
}

/// Which part of the scenario an input belongs to: the texts and choices
/// of that part are listed just before its numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Owner {
    Scenario,
    Band(usize),
    Tier(usize),
    Touch(usize, usize),
    Trigger(usize, usize),
    Program(usize, usize),
    Move(usize, usize),
}

fn owner(input: Input) -> Owner {
    match input {
        Input::Band(i, _) => Owner::Band(i),
        Input::Tier(i, _) => Owner::Tier(i),
        Input::Touch(i, j, _) => Owner::Touch(i, j),
        Input::Trigger(i, j, _) => Owner::Trigger(i, j),
        Input::Program(i, j, _) => Owner::Program(i, j),
        Input::Move(i, j) => Owner::Move(i, j),
        _ => Owner::Scenario,
    }
}

/// Items of one kind (touches, triggers...) added or removed beyond the
/// shorter of the two lists.
fn items_added_or_removed(
    out: &mut Vec<InputChange>,
    tier_label: &str,
    path: &str,
    kind: &str,
    base: &[&str],
    alt: &[&str],
) {
    let describe = |j: usize, name: &str| {
        format!(
            "{tier_label}: {} {}",
            crate::caseless::lower(kind),
            quoted(&item_name(kind, name, j))
        )
    };
    for (j, name) in alt.iter().enumerate().skip(base.len()) {
        out.push(InputChange::added(format!("{path}.{j}"), describe(j, name)));
    }
    for (j, name) in base.iter().enumerate().skip(alt.len()) {
        out.push(InputChange::removed(
            format!("{path}.{j}"),
            describe(j, name),
        ));
    }
}

/// The names of a tier's touches (`kind` 0), triggers (1) or programs (2).
fn names(t: &Tier, kind: usize) -> Vec<&str> {
    match kind {
        0 => t.touches.iter().map(|x| x.name.as_str()).collect(),
        1 => t.triggers.iter().map(|x| x.name.as_str()).collect(),
        _ => t.programs.iter().map(|x| x.name.as_str()).collect(),
    }
}

/// The texts and choices of tier `i` (in both) that differ, and its
/// touches, triggers, programs and moves added or removed.
fn tier_texts(out: &mut Vec<InputChange>, i: usize, base: &Scenario, alt: &Scenario) {
    let (b, a) = (&base.tiers[i], &alt.tiers[i]);
    // Most tiers differ in none of these: no label is written for them.
    if b.name == a.name
        && b.coverage == a.coverage
        && b.renewal_months == a.renewal_months
        && b.touches.len() == a.touches.len()
        && b.triggers.len() == a.triggers.len()
        && b.programs.len() == a.programs.len()
        && b.moves.len() == a.moves.len()
    {
        return;
    }
    let label = tier_name(&base.tiers, i);
    let p = format!("tiers.{i}");
    text_change(
        out,
        format!("{p}.name"),
        format!("Tier {}: name", i + 1),
        quoted(&b.name),
        quoted(&a.name),
    );
    text_change(
        out,
        format!("{p}.coverage"),
        format!("{label}: coverage"),
        b.coverage.label().into(),
        a.coverage.label().into(),
    );
    if b.renewal_months.len() != a.renewal_months.len()
        || b.renewal_months
            .iter()
            .zip(&a.renewal_months)
            .any(|(x, y)| !same(*x, *y))
    {
        out.push(InputChange::changed(
            format!("{p}.renewal_months"),
            format!("{label}: renewals by month"),
            renewal_words(&b.renewal_months),
            renewal_words(&a.renewal_months),
        ));
    }
    for (kind, (key, word)) in [
        ("touches", "Touch"),
        ("triggers", "Trigger"),
        ("programs", "Program"),
    ]
    .into_iter()
    .enumerate()
    {
        items_added_or_removed(
            out,
            &label,
            &format!("{p}.{key}"),
            word,
            &names(b, kind),
            &names(a, kind),
        );
    }
    let move_to = |s: &Scenario, to: u32| quoted(&tier_name(&s.tiers, to as usize));
    for (j, m) in a.moves.iter().enumerate().skip(b.moves.len()) {
        out.push(InputChange::added(
            format!("{p}.moves.{j}"),
            format!("{label}: move to {}", move_to(alt, m.to)),
        ));
    }
    for (j, m) in b.moves.iter().enumerate().skip(a.moves.len()) {
        out.push(InputChange::removed(
            format!("{p}.moves.{j}"),
            format!("{label}: move to {}", move_to(base, m.to)),
        ));
    }
}

/// The texts and choices of the item `o` (in both) that differ.
fn item_texts(out: &mut Vec<InputChange>, o: Owner, base: &Scenario, alt: &Scenario) {
    let tier_label = |i: usize| tier_name(&base.tiers, i);
    match o {
        Owner::Touch(i, j) => {
            let (b, a) = (&base.tiers[i].touches[j], &alt.tiers[i].touches[j]);
            if b == a {
                return;
            }
            let p = format!("tiers.{i}.touches.{j}");
            let who = format!("{}: {}", tier_label(i), item_name("Touch", &b.name, j));
            let who_plain = format!("{}: Touch {}", tier_label(i), j + 1);
            text_change(
                out,
                format!("{p}.name"),
                format!("{who_plain}, name"),
                quoted(&b.name),
                quoted(&a.name),
            );
            for (key, words, x, y) in [
                (
                    "first_year_only",
                    "first year only",
                    b.first_year_only,
                    a.first_year_only,
                ),
                ("at_renewal", "at renewal", b.at_renewal, a.at_renewal),
            ] {
                text_change(
                    out,
                    format!("{p}.{key}"),
                    format!("{who}, {words}"),
                    yes_no(x),
                    yes_no(y),
                );
            }
            text_change(
                out,
                format!("{p}.role"),
                format!("{who}, done by"),
                role_words(b.role),
                role_words(a.role),
            );
        }
        Owner::Trigger(i, j) => {
            let (b, a) = (&base.tiers[i].triggers[j], &alt.tiers[i].triggers[j]);
            if b == a {
                return;
            }
            let p = format!("tiers.{i}.triggers.{j}");
            text_change(
                out,
                format!("{p}.name"),
                format!("{}: Trigger {}, name", tier_label(i), j + 1),
                quoted(&b.name),
                quoted(&a.name),
            );
            text_change(
                out,
                format!("{p}.role"),
                format!(
                    "{}: {}, done by",
                    tier_label(i),
                    item_name("Trigger", &b.name, j)
                ),
                role_words(b.role),
                role_words(a.role),
            );
        }
        Owner::Program(i, j) => {
            let (b, a) = (&base.tiers[i].programs[j], &alt.tiers[i].programs[j]);
            if b == a {
                return;
            }
            let p = format!("tiers.{i}.programs.{j}");
            let who = format!("{}: {}", tier_label(i), item_name("Program", &b.name, j));
            text_change(
                out,
                format!("{p}.name"),
                format!("{}: Program {}, name", tier_label(i), j + 1),
                quoted(&b.name),
                quoted(&a.name),
            );
            text_change(
                out,
                format!("{p}.cadence"),
                format!("{who}, sessions counted"),
                cadence_words(b.cadence),
                cadence_words(a.cadence),
            );
            text_change(
                out,
                format!("{p}.first_year_only"),
                format!("{who}, first year only"),
                yes_no(b.first_year_only),
                yes_no(a.first_year_only),
            );
            text_change(
                out,
                format!("{p}.role"),
                format!("{who}, run by"),
                role_words(b.role),
                role_words(a.role),
            );
        }
        Owner::Move(i, j) => {
            let (b, a) = (&base.tiers[i].moves[j], &alt.tiers[i].moves[j]);
            text_change(
                out,
                format!("tiers.{i}.moves.{j}.to"),
                format!("{}: move {}, to", tier_label(i), j + 1),
                quoted(&tier_name(&base.tiers, b.to as usize)),
                quoted(&tier_name(&alt.tiers, a.to as usize)),
            );
        }
        Owner::Tier(i) => tier_texts(out, i, base, alt),
        Owner::Scenario | Owner::Band(_) => {}
    }
}

/// Every input that differs between `base` and `alt`, in the order of the
/// registry of inputs: the scenario's own fields, its bands, then tier by
/// tier (its name and choices, its touches, triggers, programs and moves
/// added or removed, then its numbers), then tiers and bands added or
/// removed and the plan's months. Empty when the two scenarios are the
/// same but for their names.
pub fn differs(base: &Scenario, alt: &Scenario) -> Vec<InputChange> {
    let mut out = Vec::new();
    text_change(
        &mut out,
        "currency".into(),
        "Currency".into(),
        base.currency.clone(),
        alt.currency.clone(),
    );
    text_change(
        &mut out,
        "team.reactive_bottom_up".into(),
        "Reactive work counted bottom-up (as triggers)".into(),
        yes_no(base.team.reactive_bottom_up),
        yes_no(alt.team.reactive_bottom_up),
    );
    text_change(
        &mut out,
        "base.mode".into(),
        "Customer base".into(),
        mode_words(base.base.mode),
        mode_words(alt.base.mode),
    );
    text_change(
        &mut out,
        "base.as_of".into(),
        "Month of the imported list".into(),
        quoted(&base.base.as_of),
        quoted(&alt.base.as_of),
    );
    text_change(
        &mut out,
        "tiering.rule".into(),
        "Tiering rule".into(),
        rule_words(base.tiering.rule),
        rule_words(alt.tiering.rule),
    );
    let mut last = Owner::Scenario;
    for input in inputs(base) {
        let o = owner(input);
        if !present(input, alt) {
            continue;
        }
        if o != last {
            item_texts(&mut out, o, base, alt);
            last = o;
        }
        out.extend(number_change(input, base, alt));
    }
    for (i, _) in alt.tiers.iter().enumerate().skip(base.tiers.len()) {
        out.push(InputChange::added(
            format!("tiers.{i}"),
            format!("Tier {}", quoted(&tier_name(&alt.tiers, i))),
        ));
    }
    for (i, _) in base.tiers.iter().enumerate().skip(alt.tiers.len()) {
        out.push(InputChange::removed(
            format!("tiers.{i}"),
            format!("Tier {}", quoted(&tier_name(&base.tiers, i))),
        ));
    }
    let (nb, na) = (base.base.bands.len(), alt.base.bands.len());
    for i in nb..na {
        out.push(InputChange::added(
            format!("base.bands.{i}"),
            format!("ARR band {}", i + 1),
        ));
    }
    for i in na..nb {
        out.push(InputChange::removed(
            format!("base.bands.{i}"),
            format!("ARR band {}", i + 1),
        ));
    }
    let (gb, ga) = (&base.growth, &alt.growth);
    for (key, label, b, a) in [
        (
            "horizon_months",
            "Months planned",
            gb.horizon_months,
            ga.horizon_months,
        ),
        (
            "lead_months",
            "Time to hire",
            gb.lead_months,
            ga.lead_months,
        ),
        ("ramp_months", "Ramp-up", gb.ramp_months, ga.ramp_months),
    ] {
        text_change(
            &mut out,
            format!("growth.{key}"),
            label.into(),
            format!("{b} months"),
            format!("{a} months"),
        );
    }
    for (path, label, b, a) in super::settings::setting_changes(base, alt) {
        out.push(InputChange::changed(path, label, b, a));
    }
    out
}
