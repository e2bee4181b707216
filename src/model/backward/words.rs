//! Every sentence of the backward plan, written from its one result. The
//! page, the command line and the Markdown summary print these as they are.

use super::gap::{short_cost, spare_cost, RoleGap};
use super::room::{floor_shown, whole, Room};
use super::{Backward, Outcome};
use crate::model::format::{count, exact, money, num};
use crate::model::role::Role;
use crate::model::scenario::Scenario;

/// The section's title.
pub const TITLE: &str = "Plan backward: the team you can afford";
/// The caption of the table of what each tier can hold.
pub const CAPACITY_CAPTION: &str = "Customers each tier can hold";
/// That table's columns.
pub const CAPACITY_COLUMNS: [&str; 4] = [
    "Tier",
    "Today",
    "With today's mix",
    "If the team served only this tier",
];
/// The heading of the cut-offs.
pub const CUTOFFS_HEADING: &str = "Where the cut-offs must sit (one plan, from the top tier down)";
/// The heading of the cuts of hours per customer.
pub const CUTS_HEADING: &str = "Or cut the hours per customer (all else equal)";

/// " (limited by CSMs)" for the role that limits a capacity; "" for none.
pub fn limited_by(role: Option<Role>) -> String {
    role.map(|r| format!(" (limited by {})", r.noun().1))
        .unwrap_or_default()
}

/// The budget in words: "People you can afford: 3 CSMs and 1 pooled CSM."
pub fn budget_words(budget: &crate::model::role::Staff) -> String {
    let people = budget.people();
    let items: Vec<String> = Role::PEOPLE
        .into_iter()
        .filter(|r| people.get(*r) > 0.0)
        .map(|r| self::people(r, people.get(r)))
        .collect();
    if items.is_empty() {
        "People you can afford: none entered.".to_string()
    } else {
        format!("People you can afford: {}.", and_list(&items))
    }
}

/// `n` people of `role`, written exactly ("2 CSMs", "0.5 associates").
fn people(role: Role, n: f64) -> String {
    let (one, many) = role.noun();
    format!("{} {}", exact(n), if n == 1.0 { one } else { many })
}

/// "a", "a and b", "a, b and c".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// "a", "a or b", "a, b or c".
fn or_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// The people short, per role: "2 CSMs" or "1 CSM, 1 associate and 1
/// pooled CSM".
fn short_people(gaps: &[RoleGap]) -> String {
    let items: Vec<String> = gaps
        .iter()
        .filter(|g| g.short() > 0.0)
        .map(|g| people(g.role, g.short()))
        .collect();
    and_list(&items)
}

/// The cost of the people short, by hand: "$260,000 a year (2 × $130,000)".
fn short_cost_words(gaps: &[RoleGap], cur: &str) -> String {
    let terms: Vec<String> = gaps
        .iter()
        .filter(|g| g.short() > 0.0)
        .map(|g| format!("{} × {}", exact(g.short()), money(g.cost_per_fte, cur)))
        .collect();
    format!(
        "{} a year ({})",
        money(short_cost(gaps), cur),
        terms.join(" + ")
    )
}

/// The people to spare with their cost: "1 CSM to spare ($130,000 a year
/// (1 × $130,000))"; `None` when no one is spare.
fn spare_words(gaps: &[RoleGap], cur: &str) -> Option<String> {
    let spare: Vec<&RoleGap> = gaps.iter().filter(|g| g.spare() > 0.0).collect();
    if spare.is_empty() {
        return None;
    }
    let items: Vec<String> = spare.iter().map(|g| people(g.role, g.spare())).collect();
    let terms: Vec<String> = spare
        .iter()
        .map(|g| format!("{} × {}", exact(g.spare()), money(g.cost_per_fte, cur)))
        .collect();
    Some(format!(
        "{} to spare ({} a year: {})",
        and_list(&items),
        money(spare_cost(gaps), cur),
        terms.join(" + ")
    ))
}

/// The verdict: fit or short, by how many people per role and at what
/// yearly cost, then how far today's mix could grow or must shrink.
pub(super) fn verdict(s: &Scenario, room: &Room, b: &Backward) -> String {
    let cur = s.currency.as_str();
    if b.outcome == Outcome::NoBudget {
        // Nothing to judge yet: say what today's customers need, which is
        // what a first budget is weighed against, not that a team is short.
        return format!(
            "No headcount entered yet. Today's customers and touch models need {}, {}.",
            short_people(&b.gap),
            short_cost_words(&b.gap, cur)
        );
    }
    let first = if b.fits_now {
        match spare_words(&b.gap, cur) {
            Some(spare) => {
                format!("Today's customers and touch models fit this team, with {spare}.")
            }
            None => "Today's customers and touch models fit this team, with no one to spare."
                .to_string(),
        }
    } else {
        let spare = spare_words(&b.gap, cur)
            .map(|w| format!("; {w}"))
            .unwrap_or_default();
        format!(
            "Today's customers and touch models need more people than this team: {} short, {}{spare}.",
            short_people(&b.gap),
            short_cost_words(&b.gap, cur)
        )
    };
    let limited = limited_by(b.mix_limited_by);
    let mix = match b.mix_scale {
        None if b.fits_now => String::new(),
        None => format!(" {}", no_customer_fits(s, room, None)),
        Some(k) if k >= 1.0 => {
            let shown = floor_shown(k, |_| true);
            if shown <= 1.0 {
                format!(" With today's mix, the customer base has almost no room to grow{limited}.")
            } else {
                format!(
                    " With today's mix, the customer base could grow to {}× its size{limited}.",
                    num(shown)
                )
            }
        }
        Some(k) if k > 0.0 => {
            let shown = floor_shown(k * 100.0, |_| true);
            let share = if shown > 0.0 {
                format!("{}%", num(shown))
            } else {
                "less than 0.01%".to_string()
            };
            format!(
                " With today's mix, the customer base would have to shrink to {share} of its size{limited}."
            )
        }
        Some(_) => format!(" {}", no_customer_fits(s, room, b.mix_limited_by)),
    };
    format!("{first}{mix}")
}

/// Why not even the first customers of today's mix fit: for `role` (the
/// role that limits the mix; with none, the first role short today), no
/// whole person of the role in the budget, fixed work beyond its hours, or
/// whole people per tier.
fn no_customer_fits(s: &Scenario, room: &Room, role: Option<Role>) -> String {
    let Some(role) = role.or_else(|| room.short_roles(&room.customers).first().copied()) else {
        return "With today's mix, the budget leaves no room for customers.".to_string();
    };
    let (one, many) = role.noun();
    let budget = room.budget.get(role);
    let fixed = room.fixed().get(role);
    if whole(budget) <= 0.0 {
        let tiers: Vec<String> = s
            .tiers
            .iter()
            .zip(&room.demands)
            .zip(&room.customers)
            .filter(|((_, d), c)| {
                **c > 0.0 && (d.per_customer().get(role) > 0.0 || d.fixed.get(role) > 0.0)
            })
            .map(|((t, _), _)| t.name.clone())
            .collect();
        let need = if tiers.len() == 1 { "needs" } else { "need" };
        let has = if budget > 0.0 {
            format!("less than one {one}")
        } else {
            format!("no {many}")
        };
        format!(
            "With today's mix, no customer fits: {} {need} {many}, and the budget has {has}.",
            and_list(&tiers)
        )
    } else if fixed > room.hours(role) {
        format!(
            "Even with almost no customers, the fixed work of the tiers (programs such as community moderation) takes {} {one} hours a year, more than the {} hours of the budget's {}.",
            num(fixed),
            num(room.hours(role)),
            people(role, whole(budget))
        )
    } else {
        let heads = room
            .heads(&room.customers.iter().map(|c| c * 1e-6).collect::<Vec<_>>())
            .get(role);
        format!(
            "With today's mix, no customer fits: the first customers of the tiers already need {} (whole people per tier), and the budget has {}.",
            people(role, heads as f64),
            exact(budget)
        )
    }
}

/// The closing advice, from the outcome.
pub(super) fn advice(s: &Scenario, room: &Room, b: &Backward) -> Option<String> {
    let cur = s.currency.as_str();
    let hire = || {
        format!(
            "hire the {} short ({} a year)",
            short_people(&b.gap),
            money(short_cost(&b.gap), cur)
        )
    };
    let cut = (!b.hour_cuts.is_empty()).then(|| "cut the hours per customer as below".to_string());
    let moves = b
        .cutoffs
        .iter()
        .filter(|c| c.status == super::CutoffStatus::Found)
        .count();
    let text = match b.outcome {
        Outcome::NoBudget => return None,
        Outcome::FitsNow => "Today's tiers fit the team: no customer needs to move.".to_string(),
        Outcome::MovesFit => {
            let first = if moves == 1 {
                "Make the move above: then the team fits."
            } else {
                "Make the moves above together, from the top tier down: then the team fits."
            };
            let options: Vec<String> = std::iter::once(hire()).chain(cut).collect();
            format!("{first} Or {}.", or_list(&options))
        }
        Outcome::NoMovesFit => {
            let options: Vec<String> = std::iter::once(hire()).chain(cut).collect();
            format!(
                "No cut-offs fit this budget: moving customers down the tiers is not enough. {}.",
                crate::model::format::capitalised(&or_list(&options))
            )
        }
        Outcome::NoLowerTier => {
            let name = s.tiers.first().map_or("the tier", |t| t.name.as_str());
            let keep = b
                .tiers
                .first()
                .and_then(|t| t.with_mix)
                .map(|v| floor_whole(v, |n| room.fits(&[n])))
                .filter(|n| *n >= 1.0)
                .map(|n| {
                    format!(
                        "keep at most {} in {name}",
                        crate::model::format::count(n, "customer", "customers")
                    )
                });
            let options: Vec<String> = keep.into_iter().chain([hire()]).chain(cut).collect();
            format!(
                "With one tier, no customer can move to a lower tier. {}.",
                crate::model::format::capitalised(&or_list(&options))
            )
        }
    };
    Some(text)
}

/// The largest whole number at or below `x` for which `ok` holds (a few
/// steps down at most), 0 when none does.
fn floor_whole(x: f64, ok: impl Fn(f64) -> bool) -> f64 {
    let mut n = (x + 1e-6).floor();
    for _ in 0..4 {
        if n <= 0.0 || ok(n) {
            return n.max(0.0);
        }
        n -= 1.0;
    }
    0.0
}

/// The advice of one cut of hours per customer.
pub(super) fn cut_line(tier: &str, to: f64, today: f64, roles: usize) -> String {
    let share = if roles > 1 {
        ", every role's hours by the same share"
    } else {
        ""
    };
    format!(
        "Cut {tier} to {} h per customer a year (today {} h){share}: then the team fits.",
        num(to),
        num(today)
    )
}

/// Managers against the budget's managers, which the verdict leaves out
/// (they follow from the span of control, not from the customers a person
/// serves): "The plan also needs 1 manager (1 per 8 people beyond the 4 the
/// CS leader manages) and the budget has 0: 1 manager short, $170,000 a
/// year." `None` without a budget, or when neither needs nor has managers.
pub(super) fn managers_line(s: &Scenario, needed: u32) -> Option<String> {
    let have = s.budget.managers.max(0.0);
    let needed = f64::from(needed);
    if s.budget.people().total() <= 0.0 || (needed == 0.0 && have == 0.0) {
        return None;
    }
    let leader = s.managers.leader_reports.max(0.0);
    let rule = if leader > 0.0 {
        format!(
            "1 per {} people beyond the {} the CS leader manages",
            num(s.managers.span),
            num(leader)
        )
    } else {
        format!("1 per {} people", num(s.managers.span))
    };
    let need = count(needed, "manager", "managers");
    let cur = s.currency.as_str();
    let cost = |n: f64| {
        format!(
            "{} a year ({} × {})",
            money(n * s.managers.cost, cur),
            exact(n),
            money(s.managers.cost, cur)
        )
    };
    let head = format!(
        "Managers are counted apart from the verdict above: the plan needs {need} ({rule}) and the budget has {}",
        exact(have)
    );
    Some(if needed > have + 1e-9 {
        let short = needed - have;
        format!(
            "{head}: {} short, {}.",
            count(short, "manager", "managers"),
            cost(short)
        )
    } else if have > needed + 1e-9 {
        let spare = have - needed;
        format!(
            "{head}: {} to spare, {}.",
            count(spare, "manager", "managers"),
            cost(spare)
        )
    } else {
        format!("{head}: enough.")
    })
}
