//! The rule that puts real accounts into tiers: by ARR cut-offs,
//! or by a weighted score of annual spend, number of products and services,
//! account complexity and strategic importance (plus employees and health,
//! when a list has them).
//!
//! The rule is part of the scenario, so it travels in the share link; the
//! accounts it is applied to never do (see `crate::accounts`).
//!
//! - ARR rule: an account belongs to the first tier (most valuable first)
//!   whose `tiers.N.min_arr` is at most its ARR; the last tier takes the rest.
//! - Score rule: the same with the account's score and `tiers.N.min_score`.

use serde::{Deserialize, Serialize};

/// Which rule tiers the accounts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum TierRule {
    /// By ARR against each tier's ARR cut-off (`tiers.N.min_arr`).
    #[default]
    Arr,
    /// By weighted score against each tier's score cut-off (`tiers.N.min_score`).
    Score,
}

json_names!(TierRule { Arr => "arr", Score => "score" });

/// The criteria of the weighted score, one number each.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Criteria {
    /// Annual recurring revenue (currency/year).
    pub arr: f64,
    /// Number of employees at the customer.
    pub employees: f64,
    /// Number of products and services bought.
    pub products: f64,
    /// Account complexity (1 = simple … 5 = very complex).
    pub complexity: f64,
    /// Strategic account (flag: 1 when flagged).
    pub strategic: f64,
    /// Health score (0 … 100).
    pub health: f64,
}

/// Which criterion, for messages and reasons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Criterion {
    /// [`Criteria::arr`]
    Arr,
    /// [`Criteria::employees`]
    Employees,
    /// [`Criteria::products`]
    Products,
    /// [`Criteria::complexity`]
    Complexity,
    /// [`Criteria::strategic`]
    Strategic,
    /// [`Criteria::health`]
    Health,
}

impl Criterion {
    /// Every criterion, in the order of [`Criteria`].
    pub const ALL: [Criterion; 6] = [
        Criterion::Arr,
        Criterion::Employees,
        Criterion::Products,
        Criterion::Complexity,
        Criterion::Strategic,
        Criterion::Health,
    ];

    /// Plain-words name for the page ("ARR", "products"...).
    pub fn label(self) -> &'static str {
        match self {
            Criterion::Arr => "ARR",
            Criterion::Employees => "employees",
            Criterion::Products => "products",
            Criterion::Complexity => "complexity",
            Criterion::Strategic => "strategic",
            Criterion::Health => "health",
        }
    }

    /// What the criterion's full-points value is counted in ("employees",
    /// "of 5"); `currency` is the scenario's currency code, for ARR.
    pub fn unit(self, currency: &str) -> String {
        match self {
            Criterion::Arr => format!("{currency}/year"),
            Criterion::Employees => "employees".into(),
            Criterion::Products => "products".into(),
            Criterion::Complexity => "of 5".into(),
            Criterion::Strategic => "flag".into(),
            Criterion::Health => "of 100".into(),
        }
    }

    /// The member name in [`Criteria`] and in field paths.
    pub fn key(self) -> &'static str {
        match self {
            Criterion::Arr => "arr",
            Criterion::Employees => "employees",
            Criterion::Products => "products",
            Criterion::Complexity => "complexity",
            Criterion::Strategic => "strategic",
            Criterion::Health => "health",
        }
    }
}

impl Criteria {
    /// The value of one criterion.
    pub fn get(&self, c: Criterion) -> f64 {
        match c {
            Criterion::Arr => self.arr,
            Criterion::Employees => self.employees,
            Criterion::Products => self.products,
            Criterion::Complexity => self.complexity,
            Criterion::Strategic => self.strategic,
            Criterion::Health => self.health,
        }
    }

    /// The value of one criterion, to change it.
    pub fn get_mut(&mut self, c: Criterion) -> &mut f64 {
        match c {
            Criterion::Arr => &mut self.arr,
            Criterion::Employees => &mut self.employees,
            Criterion::Products => &mut self.products,
            Criterion::Complexity => &mut self.complexity,
            Criterion::Strategic => &mut self.strategic,
            Criterion::Health => &mut self.health,
        }
    }
}

/// How accounts are tiered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Tiering {
    /// ARR cut-offs or weighted score.
    pub rule: TierRule,
    /// Points each criterion gives at most (points, −100 … 100). A negative
    /// weight takes points away (e.g. a healthy account needs less attention).
    pub weights: Criteria,
    /// The value at which a criterion earns its full points (same unit as
    /// the criterion, more than 0); values above it earn no more.
    pub full_at: Criteria,
}

impl Default for Tiering {
    /// Four criteria: annual spend 40, products 20, complexity 20,
    /// strategic 20 points; full points at $1M ARR, 5 products, complexity 5.
    fn default() -> Self {
        Self {
            rule: TierRule::Arr,
            weights: Criteria {
                arr: 40.0,
                employees: 0.0,
                products: 20.0,
                complexity: 20.0,
                strategic: 20.0,
                health: 0.0,
            },
            full_at: Criteria {
                arr: 1_000_000.0,
                employees: 5_000.0,
                products: 5.0,
                complexity: 5.0,
                strategic: 1.0,
                health: 100.0,
            },
        }
    }
}

impl Tiering {
    /// Points one criterion gives (points) =
    /// weight × min(max(value, 0) ÷ full points value, 1).
    ///
    /// A missing value (`None`) gives 0 points. A full-points value of 0 or
    /// less (impossible, reported by validation) gives 0 points, never NaN.
    pub fn points(&self, c: Criterion, value: Option<f64>) -> f64 {
        let weight = self.weights.get(c);
        let full = self.full_at.get(c);
        match value {
            Some(v) if v.is_finite() && full > 0.0 && weight.is_finite() => {
                weight * (v.max(0.0) / full).min(1.0)
            }
            _ => 0.0,
        }
    }

    /// The highest score an account can reach (points) = Σ positive weights.
    pub fn max_score(&self) -> f64 {
        Criterion::ALL
            .iter()
            .map(|&c| self.weights.get(c))
            .filter(|w| w.is_finite() && *w > 0.0)
            .sum()
    }

    /// The criteria that give points (a positive weight) but are not in
    /// `available` (a list with no column for them): nobody can earn them.
    pub fn unearnable(&self, available: &[Criterion]) -> Vec<Criterion> {
        Criterion::ALL
            .into_iter()
            .filter(|c| !available.contains(c))
            .filter(|&c| {
                let w = self.weights.get(c);
                w.is_finite() && w > 0.0
            })
            .collect()
    }

    /// The score a list with columns for `available` only is tiered with:
    /// criteria without a column weigh 0, and the weights left are scaled
    /// by [`Tiering::max_score`] ÷ the points that can still be earned, so
    /// the best possible account still reaches the full score and the
    /// score cut-offs keep their meaning. (Without this, a list with ARR
    /// only could earn 40 of 100 points and every account would fall to
    /// the last tier.) Unchanged when every weighted criterion has a
    /// column, or when nothing can be earned at all.
    pub fn for_columns(&self, available: &[Criterion]) -> Tiering {
        let mut t = self.clone();
        for c in Criterion::ALL {
            if !available.contains(&c) {
                *t.weights.get_mut(c) = 0.0;
            }
        }
        let (full, earnable) = (self.max_score(), t.max_score());
        if earnable > 0.0 && earnable < full {
            let factor = full / earnable;
            for c in Criterion::ALL {
                *t.weights.get_mut(c) *= factor;
            }
        }
        t
    }
}

impl Tiering {
    /// When ARR is the only criterion a list can earn points with: the ARR
    /// that reaches `score` points under [`Tiering::for_columns`]
    /// (`f64::INFINITY` when no ARR reaches it). `None` when other
    /// criteria count too (a score is then no single ARR).
    pub fn arr_for_score(&self, available: &[Criterion], score: f64) -> Option<f64> {
        let t = self.for_columns(available);
        let only_arr = Criterion::ALL
            .into_iter()
            .all(|c| c == Criterion::Arr || t.weights.get(c) == 0.0);
        let (w, full) = (t.weights.arr, t.full_at.arr);
        let usable = w > 0.0 && w.is_finite() && full > 0.0 && full.is_finite();
        if !(only_arr && usable) {
            return None;
        }
        Some(if score <= 0.0 {
            0.0
        } else if score > w {
            f64::INFINITY
        } else {
            score / w * full
        })
    }

    /// What the score does about criteria that no column of the list gives
    /// (see [`Tiering::for_columns`]), in words; `None` when every weighted
    /// criterion has a column.
    pub fn columns_note(&self, available: &[Criterion]) -> Option<String> {
        let missing = self.unearnable(available);
        if missing.is_empty() {
            return None;
        }
        let full = self.max_score();
        let lost: f64 = missing.iter().map(|&c| self.weights.get(c)).sum();
        let can = full - lost;
        let names: Vec<&str> = missing.iter().map(|c| c.label()).collect();
        let list = match names.as_slice() {
            [one] => one.to_string(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
            [] => String::new(),
        };
        let n = |v: f64| crate::model::format::num(v);
        Some(if can > 0.0 {
            format!(
                "This list has no column for {list}, so no account can earn their {} of {} \
                 points. They count as 0, and each score is scaled from the {} points that can \
                 be earned to {} (× {}), so the score cut-offs keep their meaning. Choose those \
                 columns above if the list has them.",
                n(lost),
                n(full),
                n(can),
                n(full),
                n((full / can * 100.0).round() / 100.0),
            )
        } else {
            format!(
                "This list has no column for {list}: no account can earn any points, so every \
                 account goes to the last tier. Choose those columns above, or give points to \
                 ARR."
            )
        })
    }
}

/// The tier (index, most valuable first) of a value under cut-offs: the
/// first tier whose cut-off is at most `value`; the last tier takes the rest.
/// With no cut-offs, 0.
pub fn tier_of(cutoffs: &[f64], value: f64) -> usize {
    let last = cutoffs.len().saturating_sub(1);
    cutoffs[..last]
        .iter()
        .position(|&c| value >= c)
        .unwrap_or(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_are_capped_and_linear() {
        let t = Tiering::default();
        assert_eq!(t.points(Criterion::Arr, Some(250_000.0)), 10.0);
        assert_eq!(t.points(Criterion::Arr, Some(5_000_000.0)), 40.0);
        assert_eq!(t.points(Criterion::Arr, Some(-3.0)), 0.0);
        assert_eq!(t.points(Criterion::Arr, None), 0.0);
        assert_eq!(t.points(Criterion::Strategic, Some(1.0)), 20.0);
        assert_eq!(t.max_score(), 100.0);
    }

    #[test]
    fn impossible_full_points_give_zero_not_nan() {
        let mut t = Tiering::default();
        t.full_at.products = 0.0;
        assert_eq!(t.points(Criterion::Products, Some(3.0)), 0.0);
        t.full_at.products = f64::NAN;
        assert_eq!(t.points(Criterion::Products, Some(3.0)), 0.0);
    }

    #[test]
    fn criteria_without_a_column_weigh_nothing_and_the_rest_is_scaled() {
        let t = Tiering::default();
        // A list with ARR only: 40 of 100 points could be earned.
        let only_arr = t.for_columns(&[Criterion::Arr]);
        assert_eq!(
            t.unearnable(&[Criterion::Arr]),
            [
                Criterion::Products,
                Criterion::Complexity,
                Criterion::Strategic
            ]
        );
        assert_eq!(only_arr.weights.arr, 100.0);
        assert_eq!(only_arr.weights.products, 0.0);
        assert_eq!(only_arr.weights.strategic, 0.0);
        assert_eq!(only_arr.max_score(), t.max_score());
        // $1M earns the full score; $262k earns 26.2, not 10.5.
        assert_eq!(only_arr.points(Criterion::Arr, Some(1_000_000.0)), 100.0);
        assert!((only_arr.points(Criterion::Arr, Some(262_000.0)) - 26.2).abs() < 1e-9);
        // Every weighted criterion has a column: nothing changes.
        let all = [
            Criterion::Arr,
            Criterion::Products,
            Criterion::Complexity,
            Criterion::Strategic,
        ];
        assert_eq!(t.for_columns(&all), t);
        assert!(t.unearnable(&all).is_empty());
        // Nothing can be earned: no scaling, no NaN.
        let none = t.for_columns(&[]);
        assert_eq!(none.max_score(), 0.0);
        // And the rule says so in words.
        let note = t.columns_note(&[Criterion::Arr]).expect("a note");
        assert!(
            note.contains("no column for products, complexity and strategic"),
            "{note}"
        );
        assert!(note.contains("their 60 of 100 points"), "{note}");
        assert!(note.contains("scaled from the 40 points"), "{note}");
        assert!(note.contains("× 2.5"), "{note}");
        assert_eq!(t.columns_note(&all), None);
        // With ARR alone, a score cut-off is an ARR cut-off.
        assert_eq!(t.arr_for_score(&[Criterion::Arr], 60.0), Some(600_000.0));
        assert_eq!(t.arr_for_score(&[Criterion::Arr], 0.0), Some(0.0));
        assert_eq!(
            t.arr_for_score(&[Criterion::Arr], 101.0),
            Some(f64::INFINITY)
        );
        assert_eq!(t.arr_for_score(&all, 60.0), None);
        assert!(t
            .columns_note(&[])
            .unwrap()
            .contains("every account goes to the last tier"));
    }

    #[test]
    fn tier_of_follows_the_cut_offs_in_order() {
        let cut = [100_000.0, 10_000.0, 0.0];
        assert_eq!(tier_of(&cut, 240_000.0), 0);
        assert_eq!(tier_of(&cut, 100_000.0), 0);
        assert_eq!(tier_of(&cut, 99_999.0), 1);
        assert_eq!(tier_of(&cut, 5.0), 2);
        assert_eq!(tier_of(&cut, -5.0), 2);
        assert_eq!(tier_of(&[], 5.0), 0);
        assert_eq!(tier_of(&[7.0], 5.0), 0);
    }
}
