//! The headline figures of a comparison: which figures, which way each one
//! is better, and each alternative's difference from the base in numbers
//! and in words. The values are the engine's own (the forward plan's
//! totals, its tiers, the timeline's requisitions): nothing is computed
//! again here but the differences.

use serde::{Serialize, Serializer};

use crate::model::format::{money, num, pct};
use crate::model::role::Role;
use crate::model::uncertainty::{chance_pct, Percentiles};

/// Which way a figure is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Less is better (people, cost).
    Lower,
    /// More is better (ARR per CSM).
    Higher,
}

/// A headline figure the comparison shows for every scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Figure {
    /// All whole people, managers included (people).
    People,
    /// Whole people of one role (people).
    Role(Role),
    /// Whole managers (people).
    Managers,
    /// Total yearly CS cost (currency/year).
    Cost,
    /// Cost as a share of ARR (%).
    CostShare,
    /// Cost less paid success plan revenue (currency/year).
    NetCost,
    /// ARR ÷ CSM headcount, named and pooled (currency).
    ArrPerCsm,
    /// Rules of thumb of ARR per CSM met, of three (count).
    RulesOfThumb,
    /// Guardrails the plan breaks (count).
    Guardrails,
    /// Customers per CSM FTE in one tier (customers).
    CustomersPerCsm,
    /// People still to hire within the horizon (people).
    Hires,
    /// ARR whose touch model is not covered, the most in any month of the
    /// plan, with today's team and the hires as planned (currency).
    Uncovered,
    /// ARR at risk over the first 12 months, from the retention
    /// difference the user entered (currency).
    AtRisk,
    /// The chance today's team is short, from the ranges (%).
    TodayShort,
}

/// Which way each figure is better, stated once for the page, the
/// command line and the exports:
///
/// | figure | better when | why |
/// | --- | --- | --- |
/// | people, each role, managers | lower | fewer people to hire and pay for the same customers |
/// | yearly cost, net cost | lower | |
/// | cost as a share of ARR | lower | the guardrail is a most (15% by default) |
/// | ARR per CSM | higher | the rules of thumb are a least (1 CSM : $2M / $3M / $5M, Schukar 2017) |
/// | rules of thumb met | higher | |
/// | targets missed and warnings (the plan's guardrails) | lower | |
/// | customers per CSM (per tier) | higher | the same reading as ARR per CSM: each CSM serves more; the touch model, not this figure, says whether a customer gets enough |
/// | hires still to make | lower | fewer requisitions to open |
/// | ARR whose touch model is not covered | lower | less of the customer base goes without the service it was promised |
/// | ARR at risk | lower | |
/// | chance today's team is short | lower | |
pub const DIRECTIONS: [(Figure, Direction); 17] = [
    (Figure::People, Direction::Lower),
    (Figure::Role(Role::Csm), Direction::Lower),
    (Figure::Role(Role::Associate), Direction::Lower),
    (Figure::Role(Role::Pooled), Direction::Lower),
    (Figure::Role(Role::Partner), Direction::Lower),
    (Figure::Managers, Direction::Lower),
    (Figure::Cost, Direction::Lower),
    (Figure::CostShare, Direction::Lower),
    (Figure::NetCost, Direction::Lower),
    (Figure::ArrPerCsm, Direction::Higher),
    (Figure::RulesOfThumb, Direction::Higher),
    (Figure::Guardrails, Direction::Lower),
    (Figure::CustomersPerCsm, Direction::Higher),
    (Figure::Hires, Direction::Lower),
    (Figure::Uncovered, Direction::Lower),
    (Figure::AtRisk, Direction::Lower),
    (Figure::TodayShort, Direction::Lower),
];

impl Figure {
    /// Which way this figure is better ([`DIRECTIONS`]).
    pub fn direction(self) -> Direction {
        DIRECTIONS
            .iter()
            .find(|(f, _)| *f == self)
            .map_or(Direction::Lower, |(_, d)| *d)
    }

    /// Its label in a table ("People", "CSMs", "Yearly cost").
    pub fn label(self) -> String {
        match self {
            Figure::People => "People".into(),
            Figure::Role(role) => crate::model::format::capitalised(role.noun().1),
            Figure::Managers => "Managers".into(),
            Figure::Cost => "Yearly cost".into(),
            Figure::CostShare => "Cost as a share of ARR".into(),
            Figure::NetCost => "Net cost (after paid success plans)".into(),
            Figure::ArrPerCsm => "ARR per CSM".into(),
            Figure::RulesOfThumb => "Rules of thumb met (1 CSM : $2M, $3M, $5M ARR)".into(),
            Figure::Guardrails => "Targets missed and warnings".into(),
            Figure::CustomersPerCsm => "customers per CSM".into(),
            Figure::Hires => "Hires still to make".into(),
            Figure::Uncovered => format!(
                "{} (the most in any month)",
                crate::model::coverage_words::UNCOVERED
            ),
            Figure::AtRisk => "ARR at risk over the first 12 months".into(),
            Figure::TodayShort => "Chance today's team is short (from the ranges)".into(),
        }
    }

    /// Whether its values are money in the scenario's currency.
    pub fn is_money(self) -> bool {
        matches!(
            self,
            Figure::Cost | Figure::NetCost | Figure::ArrPerCsm | Figure::Uncovered | Figure::AtRisk
        )
    }

    /// Whether a difference of this figure is in percentage points.
    pub fn is_points(self) -> bool {
        matches!(self, Figure::CostShare | Figure::TodayShort)
    }

    /// [`Figure::show`] with the value's P10 to P90 after it when `range`
    /// gives them: "7 (6 to 9)", "$884,000 ($850,000 to $920,000)".
    pub fn show_with_range(
        self,
        value: Option<f64>,
        range: Option<&Percentiles>,
        currency: &str,
    ) -> String {
        let point = self.show(value, currency);
        match (value, range) {
            (Some(_), Some(p)) => format!("{point} {}", self.range_words(p, currency)),
            _ => point,
        }
    }

    /// P10 to P90 of this figure in brackets: "(6 to 9)".
    pub fn range_words(self, p: &Percentiles, currency: &str) -> String {
        format!(
            "({} to {})",
            self.show(Some(p.p10), currency),
            self.show(Some(p.p90), currency)
        )
    }

    /// A value of this figure for reading: "$884,000", "6.3%", "7", "—"
    /// without one.
    pub fn show(self, value: Option<f64>, currency: &str) -> String {
        let Some(v) = value else {
            return "—".into();
        };
        match self {
            Figure::Cost
            | Figure::NetCost
            | Figure::ArrPerCsm
            | Figure::Uncovered
            | Figure::AtRisk => money(v, currency),
            Figure::CostShare => pct(v),
            Figure::TodayShort => chance_pct(v / 100.0),
            Figure::RulesOfThumb => format!("{} of 3", num(v)),
            _ => num(v),
        }
    }

    /// A difference `d` (alternative − base, not 0) in words: "2 more
    /// people", "1 fewer CSM", "$130,000 a year more", "1.2 points higher".
    pub fn amount_words(self, d: f64, currency: &str) -> String {
        let up = d > 0.0;
        let counted = |one: &str, many: &str| {
            let digits = num(d.abs());
            let noun = if digits == "1" { one } else { many };
            format!("{digits} {} {noun}", if up { "more" } else { "fewer" })
        };
        let amount = money(d.abs(), currency);
        match self {
            Figure::People => counted("person", "people"),
            Figure::Role(role) => {
                let (one, many) = role.noun();
                counted(one, many)
            }
            Figure::Managers => counted("manager", "managers"),
            Figure::Hires => counted("hire", "hires"),
            Figure::RulesOfThumb => counted("rule of thumb met", "rules of thumb met"),
            Figure::Guardrails => counted("target missed or warning", "targets missed or warnings"),
            Figure::CustomersPerCsm => counted("customer per CSM", "customers per CSM"),
            Figure::Cost | Figure::NetCost => {
                format!("{amount} a year {}", if up { "more" } else { "less" })
            }
            Figure::ArrPerCsm => {
                format!("{amount} {} ARR per CSM", if up { "more" } else { "less" })
            }
            Figure::Uncovered => format!(
                "{amount} {} ARR not covered",
                if up { "more" } else { "less" }
            ),
            Figure::AtRisk => format!("{amount} {} ARR at risk", if up { "more" } else { "less" }),
            Figure::CostShare | Figure::TodayShort => format!(
                "{} {} {}",
                num(d.abs()),
                if num(d.abs()) == "1" {
                    "point"
                } else {
                    "points"
                },
                if up { "higher" } else { "lower" }
            ),
        }
    }
}

/// How an alternative's figure stands against the base's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Better by the figure's [`Direction`].
    Better,
    /// Worse by the figure's direction.
    Worse,
    /// The same as the figure is shown (the one rounding rule of
    /// [`crate::model::format`]).
    Same,
    /// One of the two has no value (no CSMs, no ARR, no budget), or the
    /// amounts are in different currencies.
    NotComparable,
}

impl Verdict {
    /// In words: "better", "worse", "same", "not comparable".
    pub fn word(self) -> &'static str {
        match self {
            Verdict::Better => "better",
            Verdict::Worse => "worse",
            Verdict::Same => "same",
            Verdict::NotComparable => "not comparable",
        }
    }
}

impl Serialize for Verdict {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.word())
    }
}

/// One alternative's figure against the base's.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Difference {
    /// Alternative − base, in the figure's unit; `None` when either has no
    /// value, or for money in different currencies.
    pub value: Option<f64>,
    /// The difference as a share of the base (%) = value ÷ |base| × 100;
    /// `None` when the base is 0 or has no value.
    pub pct: Option<f64>,
    /// Better, worse or the same, by the figure's direction.
    pub verdict: Verdict,
    /// The difference in words: "2 more people", "$130,000 a year more",
    /// "same", "not comparable".
    pub words: String,
}

impl Difference {
    /// The difference of `alternative` from `base` for `figure`.
    /// `comparable` is false for money in different currencies.
    pub fn of(
        figure: Figure,
        base: Option<f64>,
        alternative: Option<f64>,
        comparable: bool,
        currency: &str,
    ) -> Difference {
        let (Some(b), Some(a), true) = (base, alternative, comparable) else {
            let words = if !comparable {
                "not comparable: different currencies"
            } else {
                Verdict::NotComparable.word()
            };
            return Difference {
                value: None,
                pct: None,
                verdict: Verdict::NotComparable,
                words: words.into(),
            };
        };
        let d = a - b;
        let pct = (b != 0.0).then(|| d / b.abs() * 100.0);
        // The same when the difference shows as 0 under the one rounding rule.
        if num(d.abs()) == "0" {
            return Difference {
                value: Some(d),
                pct,
                verdict: Verdict::Same,
                words: Verdict::Same.word().into(),
            };
        }
        let better = match figure.direction() {
            Direction::Lower => d < 0.0,
            Direction::Higher => d > 0.0,
        };
        Difference {
            value: Some(d),
            pct,
            verdict: if better {
                Verdict::Better
            } else {
                Verdict::Worse
            },
            words: figure.amount_words(d, currency),
        }
    }
}

/// A signed amount for a one-sentence answer: "+$130,000", "-$260,000",
/// "+18%".
pub fn signed(text: String, d: f64) -> String {
    if d > 0.0 {
        format!("+{text}")
    } else if text.starts_with('-') {
        text
    } else if d < 0.0 {
        format!("-{text}")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_figure_has_one_direction() {
        for (i, (f, _)) in DIRECTIONS.iter().enumerate() {
            assert!(
                DIRECTIONS[i + 1..].iter().all(|(g, _)| g != f),
                "{f:?} twice"
            );
        }
        assert_eq!(Figure::Cost.direction(), Direction::Lower);
        assert_eq!(Figure::ArrPerCsm.direction(), Direction::Higher);
    }

    #[test]
    fn differences_in_words() {
        let d = Difference::of(Figure::People, Some(7.0), Some(9.0), true, "USD");
        assert_eq!((d.value, d.verdict), (Some(2.0), Verdict::Worse));
        assert_eq!(d.words, "2 more people");
        assert!((d.pct.unwrap() - 200.0 / 7.0).abs() < 1e-9);
        let d = Difference::of(Figure::Role(Role::Csm), Some(3.0), Some(2.0), true, "USD");
        assert_eq!(
            (d.words.as_str(), d.verdict),
            ("1 fewer CSM", Verdict::Better)
        );
        let d = Difference::of(Figure::Cost, Some(1e6), Some(1.13e6), true, "USD");
        assert_eq!(d.words, "$130,000 a year more");
        assert_eq!(d.verdict, Verdict::Worse);
        let d = Difference::of(Figure::ArrPerCsm, Some(1e6), Some(1.5e6), true, "USD");
        assert_eq!(
            (d.words.as_str(), d.verdict),
            ("$500,000 more ARR per CSM", Verdict::Better)
        );
        let d = Difference::of(Figure::CostShare, Some(10.0), Some(8.8), true, "USD");
        assert_eq!(d.words, "1.2 points lower");
        let d = Difference::of(Figure::Hires, Some(0.0), Some(1.0), true, "USD");
        assert_eq!((d.words.as_str(), d.pct), ("1 more hire", None));
        let d = Difference::of(Figure::Cost, Some(5.0), Some(5.0), true, "USD");
        assert_eq!((d.words.as_str(), d.verdict), ("same", Verdict::Same));
        let d = Difference::of(Figure::ArrPerCsm, None, Some(5.0), true, "USD");
        assert_eq!(d.verdict, Verdict::NotComparable);
        let d = Difference::of(Figure::Cost, Some(1.0), Some(5.0), false, "USD");
        assert_eq!(d.words, "not comparable: different currencies");
    }

    #[test]
    fn signed_amounts() {
        assert_eq!(signed(money(-260_000.0, "USD"), -260_000.0), "-$260,000");
        assert_eq!(signed(money(130_000.0, "USD"), 130_000.0), "+$130,000");
        assert_eq!(signed(pct(18.0), -18.0), "-18%");
        assert_eq!(Figure::Role(Role::Pooled).label(), "Pooled CSMs");
    }
}
