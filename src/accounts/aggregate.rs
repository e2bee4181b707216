//! The tiered list summed per tier: all that reaches the scenario (and so
//! the share link). No name, no row.
//!
//! Per tier, over the accounts assigned to it:
//! - customers = the number of accounts;
//! - ARR = Σ ARR (currency/year; compensated summation, so the sum is the
//!   exact sum rounded once for any list the page can hold);
//! - first year = accounts whose customer-since date lies in the 365 days
//!   up to the as-of date: `as_of − 365 < since ≤ as_of`;
//! - renewals by month: index = months from the as-of date's month to the
//!   renewal's month, modulo 12. Contracts are taken to renew every year
//!   on the same month, so a renewal date in the past rolls forward by whole
//!   years (a renewal in last March lands in the next March), and one more
//!   than 12 months ahead lands in its calendar month of the coming year.
//!   Accounts without a renewal date are not counted.

use super::date::ymd_from_days;
use super::{Account, Aggregates, Assignment, TierAggregate};

/// Sums the tiered accounts per tier. `tiers`: the scenario's number of
/// tiers (an assignment beyond it counts in the last tier); `as_of`: days
/// since 1970-01-01. Accounts and assignments go in pairs (extra items of
/// the longer list are ignored).
pub fn aggregate(
    accounts: &[Account],
    assignments: &[Assignment],
    tiers: usize,
    as_of: i32,
) -> Aggregates {
    let mut out = vec![TierAggregate::default(); tiers];
    let mut arr_error = vec![0.0; tiers];
    if tiers == 0 {
        return Aggregates { tiers: out };
    }
    let (year, month, _) = ymd_from_days(as_of);
    let as_of_month = i64::from(year) * 12 + i64::from(month);
    for (account, assignment) in accounts.iter().zip(assignments) {
        let t = (assignment.tier as usize).min(tiers - 1);
        let agg = &mut out[t];
        agg.customers += 1.0;
        neumaier_add(&mut agg.arr, &mut arr_error[t], account.arr);
        if let Some(since) = account.since {
            if since <= as_of && i64::from(since) > i64::from(as_of) - 365 {
                agg.first_year += 1.0;
            }
        }
        if let Some(renewal) = account.renewal {
            let (y, m, _) = ymd_from_days(renewal);
            let ahead = i64::from(y) * 12 + i64::from(m) - as_of_month;
            agg.renewals_by_month[ahead.rem_euclid(12) as usize] += 1.0;
        }
    }
    for (agg, error) in out.iter_mut().zip(arr_error) {
        agg.arr += error;
    }
    Aggregates { tiers: out }
}

/// Adds `x` to `sum`, keeping the rounding error in `error` (Neumaier).
fn neumaier_add(sum: &mut f64, error: &mut f64, x: f64) {
    let t = *sum + x;
    if sum.abs() >= x.abs() {
        *error += (*sum - t) + x;
    } else {
        *error += (x - t) + *sum;
    }
    *sum = t;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::days_from_ymd;

    fn account(arr: f64, since: Option<i32>, renewal: Option<i32>) -> Account {
        Account {
            arr,
            since,
            renewal,
            ..Account::default()
        }
    }

    fn in_tier(tier: u8) -> Assignment {
        Assignment {
            tier,
            rule_tier: tier,
            score: 0.0,
            overridden: false,
        }
    }

    #[test]
    fn sums_per_tier() {
        let as_of = days_from_ymd(2026, 3, 10);
        let d = days_from_ymd;
        let accounts = [
            account(100.0, Some(d(2026, 3, 10)), Some(d(2026, 3, 31))), // first year; month 0
            account(50.0, Some(d(2025, 3, 11)), Some(d(2026, 4, 1))),   // 364 days; month 1
            account(25.0, Some(d(2025, 3, 10)), Some(d(2025, 6, 1))), // 365 days: no; past June -> 3
            account(1.0, Some(d(2026, 3, 11)), Some(d(2027, 5, 1))),  // future start: no; May -> 2
            account(7.0, None, None),
        ];
        let tiers = [in_tier(0), in_tier(0), in_tier(1), in_tier(1), in_tier(9)];
        let a = aggregate(&accounts, &tiers, 2, as_of);
        assert_eq!(a.tiers.len(), 2);
        assert_eq!((a.tiers[0].customers, a.tiers[0].arr), (2.0, 150.0));
        assert_eq!((a.tiers[1].customers, a.tiers[1].arr), (3.0, 33.0));
        assert_eq!((a.tiers[0].first_year, a.tiers[1].first_year), (2.0, 0.0));
        let mut want0 = [0.0; 12];
        want0[0] = 1.0;
        want0[1] = 1.0;
        assert_eq!(a.tiers[0].renewals_by_month, want0);
        let mut want1 = [0.0; 12];
        want1[3] = 1.0;
        want1[2] = 1.0;
        assert_eq!(a.tiers[1].renewals_by_month, want1);
        assert_eq!(aggregate(&accounts, &tiers, 0, as_of).tiers, []);
    }

    #[test]
    fn arr_sums_without_drift() {
        let accounts: Vec<Account> = (0..100_000).map(|_| account(0.1, None, None)).collect();
        let tiers = vec![in_tier(0); accounts.len()];
        let a = aggregate(&accounts, &tiers, 1, 0);
        assert_eq!(a.tiers[0].arr, 10_000.0);
        let naive: f64 = accounts.iter().map(|a| a.arr).sum();
        assert_ne!(naive, 10_000.0, "the naive sum drifts; this test shows why");
    }
}
