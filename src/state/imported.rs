//! What an imported list of accounts gives the scenario: per-tier counts
//! and nothing else (see `crate::accounts` for the list itself, which stays
//! on the device that imported it).

use crate::accounts::TierAggregate;
use crate::model::base::{average_arr, first_year_pct, list_amount};
use crate::model::format::parse_month;
use crate::model::scenario::BaseMode;
use crate::model::Scenario;

/// The per-tier totals of a tiered list and the month it is as of: all an
/// import puts into a scenario (by the edit `ApplyAccounts`, which calls
/// [`apply_accounts`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AccountsSummary {
    /// One per tier of the scenario, in tier order.
    pub tiers: Vec<TierAggregate>,
    /// The month of the list, ISO `YYYY-MM` ("" when unknown); its month is
    /// the first of the 12 renewal months.
    pub as_of: String,
}

/// Puts `summary` into `s` (the edit `ApplyAccounts`):
///
/// - base mode `accounts`, `as_of` kept when it is an ISO month (else "");
/// - per tier: customers; average ARR ([`average_arr`]); first-year share
///   ([`first_year_pct`], kept as it was with no customers); renewal
///   months = the 12 counts (empty when they are all 0: an even spread);
/// - a tier past the end of the summary had no account of the list: it gets
///   0 customers, average ARR 0 and no renewal months, so the tiers together
///   hold exactly the list; entries past the last tier are ignored (an
///   import never adds tiers).
pub fn apply_accounts(s: &mut Scenario, summary: &AccountsSummary) {
    s.base.mode = BaseMode::Accounts;
    s.base.as_of = if parse_month(&summary.as_of).is_some() {
        summary.as_of.clone()
    } else {
        String::new()
    };
    let empty = TierAggregate::default();
    for (i, tier) in s.tiers.iter_mut().enumerate() {
        let a = summary.tiers.get(i).unwrap_or(&empty);
        tier.customers = list_amount(a.customers);
        tier.avg_arr = average_arr(a.arr, a.customers);
        if let Some(pct) = first_year_pct(a.first_year, a.customers) {
            tier.first_year_pct = pct;
        }
        let months: Vec<f64> = a
            .renewals_by_month
            .iter()
            .map(|m| list_amount(*m))
            .collect();
        tier.renewal_months = if months.iter().all(|m| *m == 0.0) {
            Vec::new()
        } else {
            months
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aggregate(
        customers: f64,
        arr: f64,
        first_year: f64,
        renewing: &[(usize, f64)],
    ) -> TierAggregate {
        let mut renewals_by_month = [0.0; 12];
        for (m, n) in renewing {
            renewals_by_month[*m] = *n;
        }
        TierAggregate {
            customers,
            arr,
            first_year,
            renewals_by_month,
        }
    }

    #[test]
    fn counts_become_the_tiers_figures() {
        let mut s = Scenario::default();
        let summary = AccountsSummary {
            tiers: vec![
                aggregate(30.0, 6_000_000.0, 6.0, &[(0, 10.0), (11, 20.0)]),
                aggregate(3.0, 100_000.0, 1.0, &[]),
                aggregate(0.0, 0.0, 0.0, &[]),
            ],
            as_of: "2026-11".into(),
        };
        let before = s.tiers[2].first_year_pct;
        apply_accounts(&mut s, &summary);
        assert_eq!(s.base.mode, BaseMode::Accounts);
        assert_eq!(s.base.as_of, "2026-11");
        let t = &s.tiers;
        assert_eq!(
            (t[0].customers, t[0].avg_arr, t[0].first_year_pct),
            (30.0, 200_000.0, 20.0)
        );
        assert_eq!(t[0].renewal_months.len(), 12);
        assert_eq!(
            (t[0].renewal_months[0], t[0].renewal_months[11]),
            (10.0, 20.0)
        );
        // 100,000 ÷ 3 to the cent; 1 ÷ 3 × 100 to a hundredth of a percent.
        assert_eq!((t[1].avg_arr, t[1].first_year_pct), (33_333.33, 33.33));
        assert!(
            t[1].renewal_months.is_empty(),
            "no dated renewal: even spread"
        );
        // No customers: average ARR 0, the first-year share kept.
        assert_eq!(
            (t[2].customers, t[2].avg_arr, t[2].first_year_pct),
            (0.0, 0.0, before)
        );
        assert!(s.validate().is_empty(), "{:?}", s.validate());
    }

    #[test]
    fn a_short_summary_empties_the_other_tiers_and_a_long_one_adds_none() {
        let mut s = Scenario::default();
        let one = AccountsSummary {
            tiers: vec![aggregate(5.0, 50.0, 0.0, &[(3, 5.0)])],
            as_of: "not a month".into(),
        };
        apply_accounts(&mut s, &one);
        assert_eq!(s.base.as_of, "");
        assert_eq!(s.tiers.len(), 3);
        assert_eq!(s.tiers[0].customers, 5.0);
        assert!(s.tiers[1..]
            .iter()
            .all(|t| t.customers == 0.0 && t.avg_arr == 0.0));
        let mut long = one.clone();
        long.tiers = vec![aggregate(1.0, 1.0, 0.0, &[]); 9];
        apply_accounts(&mut s, &long);
        assert_eq!(s.tiers.len(), 3);
        assert!(s.tiers.iter().all(|t| t.customers == 1.0));
    }

    #[test]
    fn hostile_totals_never_reach_the_scenario() {
        let mut s = Scenario::default();
        let bad = AccountsSummary {
            tiers: vec![aggregate(f64::NAN, f64::INFINITY, -4.0, &[(2, f64::NAN), (5, -3.0)]); 3],
            as_of: "2026-11".into(),
        };
        apply_accounts(&mut s, &bad);
        for t in &s.tiers {
            assert_eq!(t.customers, 0.0);
            assert!(t.avg_arr.is_finite() && t.first_year_pct.is_finite());
            assert!(t.renewal_months.is_empty());
        }
        let mut s = Scenario::default();
        let huge = AccountsSummary {
            tiers: vec![aggregate(2.0, f64::MAX, 9.0, &[(0, 1e300)])],
            as_of: String::new(),
        };
        apply_accounts(&mut s, &huge);
        assert!(s.tiers[0].avg_arr.is_finite());
        assert_eq!(s.tiers[0].first_year_pct, 100.0);
    }
}
