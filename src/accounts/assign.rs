//! Accounts + the scenario's tiering rule -> a tier for each account, and
//! the reason in words.
//!
//! - ARR rule: the account's ARR against each tier's ARR cut-off.
//! - Score rule: the account's score (Σ of each criterion's points, see
//!   [`Tiering::points`]) against each tier's score cut-off.
//! - A tier set by hand (an override) always wins; the rule's tier is kept
//!   beside it so the review can show where they disagree.
//!
//! Cut-offs come one per tier, most valuable tier first, as
//! [`tier_of`] reads them (the last tier's own cut-off is not used).

use super::{Account, Assignment};
use crate::model::format::{money_short, num};
use crate::model::names::listed_tier_name;
use crate::model::tiering::{tier_of, Criterion, TierRule, Tiering};

/// The value an account has for one criterion (`None`: not known).
/// Strategic is 1 when flagged, else 0.
pub fn criterion_value(account: &Account, c: Criterion) -> Option<f64> {
    match c {
        Criterion::Arr => Some(account.arr),
        Criterion::Employees => account.employees,
        Criterion::Products => account.products,
        Criterion::Complexity => account.complexity,
        Criterion::Strategic => Some(if account.strategic { 1.0 } else { 0.0 }),
        Criterion::Health => account.health,
    }
}

/// An account's score (points) = Σ over criteria of
/// [`Tiering::points`]`(criterion, value)`; a missing value gives 0 points.
pub fn score(account: &Account, tiering: &Tiering) -> f64 {
    Criterion::ALL
        .iter()
        .map(|&c| tiering.points(c, criterion_value(account, c)))
        .sum()
}

/// The value the rule compares with the cut-offs: the ARR under the ARR
/// rule, the score under the score rule.
pub fn rule_value(account: &Account, tiering: &Tiering) -> f64 {
    match tiering.rule {
        TierRule::Arr => account.arr,
        TierRule::Score => score(account, tiering),
    }
}

/// Each account's tier. `cutoffs`: one per tier, most valuable first (the
/// tiers' `min_arr` under the ARR rule, their `min_score` under the score
/// rule). An override (clamped to the last tier) always wins.
pub fn assign(accounts: &[Account], tiering: &Tiering, cutoffs: &[f64]) -> Vec<Assignment> {
    let last = cutoffs.len().saturating_sub(1);
    accounts
        .iter()
        .map(|a| {
            let score = rule_value(a, tiering);
            let rule_tier = tier_of(cutoffs, score) as u8;
            let override_tier = a.override_tier.map(|t| (t as usize).min(last) as u8);
            Assignment {
                tier: override_tier.unwrap_or(rule_tier),
                rule_tier,
                score,
                overridden: override_tier.is_some(),
            }
        })
        .collect()
}

/// The reason for an account's tier, in words:
/// - `ARR $240K ≥ $100K cut-off of Enterprise; strategic`
/// - `ARR $8K < $10K cut-off of Mid-market` (the last tier: below the
///   cut-off of the tier above)
/// - `Score 72 ≥ 60 for Enterprise: ARR 24, products 16, complexity 12, strategic 20`
/// - `Override: Enterprise (the rule says Mid-market)`
pub fn reason(
    account: &Account,
    assignment: &Assignment,
    tiering: &Tiering,
    cutoffs: &[f64],
    tier_names: &[String],
    currency: &str,
) -> String {
    let name = |t: usize| listed_tier_name(tier_names, t);
    let (tier, rule_tier) = (assignment.tier as usize, assignment.rule_tier as usize);
    if assignment.overridden {
        return if tier == rule_tier {
            format!("Override: {} (the rule agrees)", name(tier))
        } else {
            format!(
                "Override: {} (the rule says {})",
                name(tier),
                name(rule_tier)
            )
        };
    }
    let value = assignment.score;
    let last = cutoffs.len().saturating_sub(1);
    // The cut-off that decided: the tier's own, or for the last tier the
    // one of the tier above.
    let decided = if rule_tier < last {
        Some((rule_tier, "≥"))
    } else if last > 0 {
        Some((last - 1, "<"))
    } else {
        None
    };
    // Cut-offs bounding the rule's tier: the value is written with enough
    // digits to differ from each of them.
    let bounds: Vec<f64> = [
        rule_tier.checked_sub(1),
        Some(rule_tier).filter(|&t| t < last),
    ]
    .into_iter()
    .flatten()
    .filter_map(|t| cutoffs.get(t).copied())
    .collect();
    match tiering.rule {
        TierRule::Arr => {
            let form = form_for(value, &bounds, currency, true);
            let mut text = match decided {
                Some((t, sign)) => format!(
                    "ARR {} {sign} {} cut-off of {}",
                    form(value),
                    form(cutoffs[t]),
                    name(t)
                ),
                None => format!("ARR {} (the plan has one tier)", form(value)),
            };
            if account.strategic {
                text.push_str("; strategic");
            }
            text
        }
        TierRule::Score => {
            let form = form_for(value, &bounds, "", false);
            let mut text = match decided {
                Some((t, sign)) => format!(
                    "Score {} {sign} {} for {}",
                    form(value),
                    form(cutoffs[t]),
                    name(t)
                ),
                None => format!("Score {} (the plan has one tier)", form(value)),
            };
            let parts: Vec<String> = Criterion::ALL
                .iter()
                .map(|&c| (c, tiering.points(c, criterion_value(account, c))))
                .filter(|(_, p)| *p != 0.0)
                .map(|(c, p)| format!("{} {}", c.label(), num(p)))
                .collect();
            if !parts.is_empty() {
                text.push_str(": ");
                text.push_str(&parts.join(", "));
            }
            text
        }
    }
}

/// How to write a value and its cut-offs: short (`$240K`, `72`) unless the
/// value would then read the same as a different cut-off (99,990 and
/// 100,000 both as "$100K"); then with thousands separators; then with
/// every decimal.
fn form_for(value: f64, bounds: &[f64], currency: &str, money: bool) -> impl Fn(f64) -> String {
    let prefix = crate::model::format::currency_prefix(currency);
    let currency = currency.to_string();
    let write = move |level: u8, v: f64| match level {
        0 if money => money_short(v, &currency),
        0 | 1 => format!("{prefix}{}", num(v)),
        _ => format!("{prefix}{}", crate::decimal::format(v)),
    };
    let level = (0..=2)
        .find(|&l| {
            bounds
                .iter()
                .all(|&b| b == value || write(l, b) != write(l, value))
        })
        .unwrap_or(2);
    move |v| write(level, v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account(arr: f64) -> Account {
        Account {
            arr,
            ..Account::default()
        }
    }

    fn names() -> Vec<String> {
        ["Enterprise", "Mid-market", "SMB"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    #[test]
    fn arr_rule_and_its_reasons() {
        let t = Tiering::default();
        let cut = [100_000.0, 10_000.0, 0.0];
        let mut big = account(240_000.0);
        big.strategic = true;
        let accounts = [big, account(50_000.0), account(8_000.0)];
        let a = assign(&accounts, &t, &cut);
        let tiers: Vec<u8> = a.iter().map(|x| x.tier).collect();
        assert_eq!(tiers, [0, 1, 2]);
        assert_eq!(a[0].score, 240_000.0);
        let why: Vec<String> = (0..3)
            .map(|k| reason(&accounts[k], &a[k], &t, &cut, &names(), "USD"))
            .collect();
        assert_eq!(
            why,
            [
                "ARR $240K ≥ $100K cut-off of Enterprise; strategic",
                "ARR $50K ≥ $10K cut-off of Mid-market",
                "ARR $8K < $10K cut-off of Mid-market",
            ]
        );
        let close = [account(99_990.0), account(9_999.9)];
        let a = assign(&close, &t, &cut);
        assert_eq!(
            reason(&close[0], &a[0], &t, &cut, &names(), "USD"),
            "ARR $99,990 ≥ $10,000 cut-off of Mid-market"
        );
        assert_eq!(
            reason(&close[1], &a[1], &t, &cut, &names(), "USD"),
            "ARR $9999.9 < $10000 cut-off of Mid-market"
        );
    }

    #[test]
    fn score_rule_and_its_reason() {
        let t = Tiering {
            rule: TierRule::Score,
            ..Tiering::default()
        };
        let mut a = account(600_000.0);
        a.products = Some(4.0);
        a.complexity = Some(3.0);
        a.strategic = true;
        // 40 × 0.6 + 20 × 0.8 + 20 × 0.6 + 20 = 24 + 16 + 12 + 20 = 72.
        assert_eq!(score(&a, &t), 72.0);
        let cut = [60.0, 30.0, 0.0];
        let s = assign(std::slice::from_ref(&a), &t, &cut);
        assert_eq!((s[0].tier, s[0].score), (0, 72.0));
        assert_eq!(
            reason(&a, &s[0], &t, &cut, &names(), "USD"),
            "Score 72 ≥ 60 for Enterprise: ARR 24, products 16, complexity 12, strategic 20"
        );
        let low = account(100_000.0);
        let s = assign(std::slice::from_ref(&low), &t, &cut);
        assert_eq!(
            reason(&low, &s[0], &t, &cut, &names(), "USD"),
            "Score 4 < 30 for Mid-market: ARR 4"
        );
    }

    #[test]
    fn overrides_win_and_are_clamped() {
        let t = Tiering::default();
        let cut = [100_000.0, 10_000.0, 0.0];
        let mut a = account(50_000.0);
        a.override_tier = Some(0);
        let mut b = account(50_000.0);
        b.override_tier = Some(9);
        let mut c = account(500.0);
        c.override_tier = Some(2);
        let s = assign(&[a.clone(), b, c.clone()], &t, &cut);
        assert_eq!((s[0].tier, s[0].rule_tier, s[0].overridden), (0, 1, true));
        assert_eq!(s[1].tier, 2);
        assert_eq!(
            reason(&a, &s[0], &t, &cut, &names(), "USD"),
            "Override: Enterprise (the rule says Mid-market)"
        );
        assert_eq!(
            reason(&c, &s[2], &t, &cut, &names(), "USD"),
            "Override: SMB (the rule agrees)"
        );
    }

    #[test]
    fn one_tier_or_none() {
        let t = Tiering::default();
        let a = [account(5.0)];
        let s = assign(&a, &t, &[]);
        assert_eq!(s[0].tier, 0);
        assert_eq!(
            reason(&a[0], &s[0], &t, &[], &[], "EUR"),
            "ARR €5 (the plan has one tier)"
        );
        let s = assign(&a, &t, &[7.0]);
        assert_eq!(s[0].tier, 0);
        assert_eq!(
            reason(&a[0], &s[0], &t, &[7.0], &[], "EUR"),
            "ARR €5 (the plan has one tier)"
        );
    }
}
