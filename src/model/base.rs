//! Customers and ARR per tier today: typed per tier, ARR bands assigned to
//! tiers by cut-offs (Schukar 2017: SMB / Mid-Market / Enterprise "fall into
//! nice ARR buckets"), or the counts of an imported list of accounts.

use super::format::{month_label, num};
use super::scenario::{Band, BaseMode, Scenario};
use super::tiering::TierRule;

/// Customers and ARR of one tier.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct TierBase {
    /// Customers (may be fractional when bands are split by a cut-off).
    pub customers: f64,
    /// ARR of those customers (currency/year).
    pub arr: f64,
}

/// Customers and ARR per tier, in tier order.
pub fn tier_bases(scenario: &Scenario) -> Vec<TierBase> {
    match scenario.base.mode {
        BaseMode::Direct | BaseMode::Accounts => scenario
            .tiers
            .iter()
            .map(|t| TierBase {
                customers: t.customers,
                arr: t.customers * t.avg_arr,
            })
            .collect(),
        BaseMode::Bands => {
            let cutoffs: Vec<f64> = scenario.tiers.iter().map(|t| t.min_arr).collect();
            assign_bands(&scenario.base.bands, band_scale(scenario), &cutoffs)
        }
    }
}

/// Where the customers come from when they come from an imported list, in
/// one sentence for explanations and exports: "From an imported list of
/// 1,234 accounts (Nov 2026), tiered by weighted score: counts only."
/// `None` for a base typed per tier or given as bands.
pub fn imported_note(scenario: &Scenario) -> Option<String> {
    if scenario.base.mode != BaseMode::Accounts {
        return None;
    }
    Some(format!(
        "From {}, tiered by {}: counts only.",
        imported_list(scenario),
        match scenario.tiering.rule {
            TierRule::Arr => "ARR cut-offs",
            TierRule::Score => "weighted score",
        }
    ))
}

/// "an imported list of 1,234 accounts (Nov 2026)": the accounts are the
/// tiers' customers together; the month is left out when unknown.
pub fn imported_list(scenario: &Scenario) -> String {
    let accounts: f64 = scenario
        .tiers
        .iter()
        .map(|t| t.customers)
        .filter(|c| c.is_finite() && *c > 0.0)
        .sum();
    let when = month_label(&scenario.base.as_of)
        .map(|m| format!(" ({m})"))
        .unwrap_or_default();
    format!(
        "an imported list of {} account{}{when}",
        num(accounts),
        if accounts == 1.0 { "" } else { "s" }
    )
}

/// Factor applied to band counts (1): total ÷ Σ band counts when a total is
/// set and the counts are positive, else 1 (the counts are the customers).
pub fn band_scale(scenario: &Scenario) -> f64 {
    let sum: f64 = scenario.base.bands.iter().map(|b| b.count.max(0.0)).sum();
    if scenario.base.total > 0.0 && sum > 0.0 {
        scenario.base.total / sum
    } else {
        1.0
    }
}

/// The ARR interval `[low, high)` of tier `index` under the cut-offs: a
/// customer with ARR `x` belongs to the first tier (in order) whose cut-off
/// is at most `x`; the last tier takes everyone else.
fn tier_interval(cutoffs: &[f64], index: usize) -> (f64, f64) {
    let last = cutoffs.len().saturating_sub(1);
    let high = cutoffs[..index.min(last)]
        .iter()
        .copied()
        .fold(f64::INFINITY, f64::min);
    let low = if index == last {
        f64::NEG_INFINITY
    } else {
        cutoffs[index]
    };
    (low, high)
}

/// Splits each band over the tiers. Customers in a band are spread evenly
/// over `[min, max]`, so a cut-off inside a band takes the matching share
/// (customers = count × overlap ÷ width) with ARR = customers × the overlap's
/// midpoint. A band of zero width goes wholly to the tier holding its value.
pub fn assign_bands(bands: &[Band], scale: f64, cutoffs: &[f64]) -> Vec<TierBase> {
    let mut out = vec![TierBase::default(); cutoffs.len()];
    for band in bands {
        let count = band.count.max(0.0) * scale;
        if count <= 0.0 || !count.is_finite() {
            continue;
        }
        let (lo, hi) = if band.min <= band.max {
            (band.min, band.max)
        } else {
            (band.max, band.min)
        };
        for (index, slot) in out.iter_mut().enumerate() {
            let (low, high) = tier_interval(cutoffs, index);
            if hi > lo {
                let a = lo.max(low);
                let b = hi.min(high);
                if b > a {
                    let share = (b - a) / (hi - lo);
                    slot.customers += count * share;
                    slot.arr += count * share * (a + b) / 2.0;
                }
            } else if lo >= low && lo < high {
                slot.customers += count;
                slot.arr += count * lo;
            }
        }
    }
    out
}

/// A count or amount from an imported list's totals as the scenario takes
/// it: finite and not negative (anything else counts as 0).
pub fn list_amount(value: f64) -> f64 {
    if value.is_finite() {
        value.max(0.0)
    } else {
        0.0
    }
}

/// Rounded to two decimals (cents, hundredths of a percent): a list's exact
/// quotients (ARR ÷ customers) would otherwise take 17 digits in a link.
fn cents(value: f64) -> f64 {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded.is_finite() {
        rounded
    } else {
        value
    }
}

/// Average ARR of a tier from an imported list's totals (currency/year per
/// customer) = the tier's ARR (currency/year) ÷ its customers, to the cent;
/// 0 with no customers. The inverse of [`tier_bases`]' ARR = customers ×
/// average ARR. Totals that are not finite or are negative count as 0.
///
/// 100,000 ÷ 3 customers = 33,333.33 a customer.
pub fn average_arr(arr: f64, customers: f64) -> f64 {
    let customers = list_amount(customers);
    if customers > 0.0 {
        cents(list_amount(arr) / customers)
    } else {
        0.0
    }
}

/// First-year share of a tier from an imported list's totals (%) =
/// first-year accounts ÷ customers × 100, at most 100, to a hundredth of a
/// percent; `None` with no customers (the tier keeps the share it had).
/// Totals that are not finite or are negative count as 0.
///
/// 1 first-year account of 3 customers = 33.33%.
pub fn first_year_pct(first_year: f64, customers: f64) -> Option<f64> {
    let customers = list_amount(customers);
    (customers > 0.0).then(|| cents((list_amount(first_year) / customers * 100.0).min(100.0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::fixtures::close;

    #[test]
    fn cut_off_inside_a_band_splits_it_evenly() {
        // 100 customers between 0 and 100k; cut-off at 25k:
        // 75 above (ARR 75 × 62.5k), 25 below (ARR 25 × 12.5k).
        let bands = [Band::new(0.0, 100_000.0, 100.0)];
        let out = assign_bands(&bands, 1.0, &[25_000.0, 0.0]);
        assert!(close(out[0].customers, 75.0));
        assert!(close(out[0].arr, 75.0 * 62_500.0));
        assert!(close(out[1].customers, 25.0));
        assert!(close(out[1].arr, 25.0 * 12_500.0));
    }

    #[test]
    fn three_tiers_and_a_total() {
        // Bands 0–10k: 6, 10–50k: 3, 50–150k: 1 (weights), total 1,000:
        // scale 100 → 600 / 300 / 100. Cut-offs 50k and 10k → 100 / 300 / 600.
        let bands = [
            Band::new(0.0, 10_000.0, 6.0),
            Band::new(10_000.0, 50_000.0, 3.0),
            Band::new(50_000.0, 150_000.0, 1.0),
        ];
        let out = assign_bands(&bands, 100.0, &[50_000.0, 10_000.0, 0.0]);
        assert!(close(out[0].customers, 100.0));
        assert!(close(out[1].customers, 300.0));
        assert!(close(out[2].customers, 600.0));
        // ARR: 100 × 100k + 300 × 30k + 600 × 5k = 10M + 9M + 3M.
        assert!(close(out[0].arr, 10e6));
        assert!(close(out[1].arr, 9e6));
        assert!(close(out[2].arr, 3e6));
    }

    #[test]
    fn point_bands_and_reversed_bands() {
        let bands = [Band::new(120.0, 120.0, 10.0), Band::new(50.0, 10.0, 4.0)];
        let out = assign_bands(&bands, 1.0, &[100.0, 0.0]);
        assert!(close(out[0].customers, 10.0));
        assert!(close(out[0].arr, 1200.0));
        assert!(close(out[1].customers, 4.0));
        assert!(close(out[1].arr, 120.0));
    }

    #[test]
    fn an_imported_base_says_where_it_comes_from() {
        let mut s = Scenario::default();
        assert_eq!(imported_note(&s), None);
        s.base.mode = BaseMode::Accounts;
        s.base.as_of = "2026-11".into();
        assert_eq!(
            imported_note(&s).as_deref(),
            Some("From an imported list of 1,240 accounts (Nov 2026), tiered by ARR cut-offs: counts only.")
        );
        s.tiering.rule = TierRule::Score;
        s.base.as_of = "garbage".into();
        s.tiers.truncate(1);
        s.tiers[0].customers = 1.0;
        assert_eq!(
            imported_note(&s).as_deref(),
            Some("From an imported list of 1 account, tiered by weighted score: counts only.")
        );
        // Accounts mode reads the tiers like typed numbers.
        assert_eq!(tier_bases(&s)[0].customers, 1.0);
    }

    #[test]
    fn no_tiers_no_panic() {
        assert!(assign_bands(&[Band::new(0.0, 1.0, 1.0)], 1.0, &[]).is_empty());
    }

    #[test]
    fn an_imported_lists_totals_give_average_arr_and_first_year_share() {
        // 100,000 ÷ 3 to the cent; 1 ÷ 3 × 100 to a hundredth of a percent.
        assert_eq!(average_arr(100_000.0, 3.0), 33_333.33);
        assert_eq!(first_year_pct(1.0, 3.0), Some(33.33));
        assert_eq!(average_arr(6_000_000.0, 30.0), 200_000.0);
        assert_eq!(first_year_pct(6.0, 30.0), Some(20.0));
        // No customers: no average, and the share is left as it was.
        assert_eq!(average_arr(5_000.0, 0.0), 0.0);
        assert_eq!(first_year_pct(2.0, 0.0), None);
        // More first-year accounts than customers: at most 100%.
        assert_eq!(first_year_pct(9.0, 2.0), Some(100.0));
    }

    #[test]
    fn hostile_list_totals_give_finite_figures() {
        assert_eq!(list_amount(f64::NAN), 0.0);
        assert_eq!(list_amount(f64::NEG_INFINITY), 0.0);
        assert_eq!(list_amount(-3.0), 0.0);
        assert_eq!(list_amount(2.5), 2.5);
        assert_eq!(average_arr(f64::INFINITY, f64::NAN), 0.0);
        assert_eq!(average_arr(-4.0, 2.0), 0.0);
        assert!(average_arr(f64::MAX, 2.0).is_finite());
        assert_eq!(first_year_pct(f64::NAN, 4.0), Some(0.0));
        assert_eq!(first_year_pct(1.0, f64::INFINITY), None);
    }
}
