//! The command line's ranges: `--range PATH=LOW..HIGH[:SHAPE]` (repeatable),
//! `--samples N` and `--seed N`, read into the engine's
//! [`Uncertainty`](crate::model::uncertainty::Uncertainty), and the range
//! analysis added to every output format.
//!
//! Every mistake is a usage mistake (exit status 2) whose message names the
//! option as it was typed.

use super::{aligned, plain};
use crate::export::ranges::ranges_table;
use crate::model::fiscal_view::FiscalView;
use crate::model::uncertainty::{
    analyse, resolve, Analysis, Range, RangeEntry, Ranges, Shape, Uncertainty, MAX_SAMPLES,
    MAX_SEED,
};
use crate::model::{Report, Scenario};

/// A `--range` as typed, its field path not yet looked up.
#[derive(Clone, Debug, PartialEq)]
pub struct RangeArg {
    /// The option's value as typed, for messages.
    text: String,
    /// The field path.
    path: String,
    /// The low end.
    low: f64,
    /// The high end.
    high: f64,
    /// The shape.
    shape: Shape,
}

/// The range options of one command.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RangeOptions {
    ranges: Vec<RangeArg>,
    samples: Option<usize>,
    seed: Option<u64>,
}

/// The form of a `--range`, for messages.
const FORM: &str = "write it as PATH=LOW..HIGH, such as --range tiers.0.customers=35..45, \
    optionally followed by :uniform, :triangular or :normal";

/// A number of a `--range`, or why it is not one.
fn number(text: &str, which: &str, option: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        _ => Err(format!(
            "--range {option}: the {which} end \"{}\" is not a number; {FORM}",
            text.trim()
        )),
    }
}

/// One `--range` value: `PATH=LOW..HIGH`, optionally `:SHAPE`.
pub fn parse_range(text: &str) -> Result<RangeArg, String> {
    let (path, rest) = text
        .split_once('=')
        .ok_or_else(|| format!("--range {text}: no \"=\"; {FORM}"))?;
    if path.trim().is_empty() {
        return Err(format!(
            "--range {text}: no field path before \"=\"; {FORM}"
        ));
    }
    let (bounds, shape) = match rest.rsplit_once(':') {
        Some((bounds, name)) => {
            let shape = Shape::from_name(name).ok_or_else(|| {
                format!(
                    "--range {text}: unknown shape \"{}\"; the shapes are uniform, triangular and normal",
                    name.trim()
                )
            })?;
            (bounds, shape)
        }
        None => (rest, Shape::Uniform),
    };
    let (low, high) = bounds.split_once("..").ok_or_else(|| {
        format!("--range {text}: no \"..\" between the low and high ends; {FORM}")
    })?;
    Ok(RangeArg {
        text: text.to_string(),
        path: path.trim().to_string(),
        low: number(low, "low", text)?,
        high: number(high, "high", text)?,
        shape,
    })
}

impl RangeOptions {
    /// Reads `flag` if it is a range option, with `value` giving its value;
    /// `Ok(false)` for any other flag.
    pub fn take(
        &mut self,
        flag: &str,
        value: impl FnOnce() -> Result<String, String>,
    ) -> Result<bool, String> {
        match flag {
            "--range" => self.ranges.push(parse_range(&value()?)?),
            "--samples" => {
                let v = value()?;
                self.samples = Some(
                    v.trim()
                        .parse::<usize>()
                        .ok()
                        .filter(|n| (1..=MAX_SAMPLES).contains(n))
                        .ok_or_else(|| {
                            format!(
                                "--samples {v}: give a whole number of samples from 1 to {MAX_SAMPLES}"
                            )
                        })?,
                );
            }
            "--seed" => {
                let v = value()?;
                self.seed = Some(
                    v.trim()
                        .parse::<u64>()
                        .ok()
                        .filter(|n| *n <= MAX_SEED)
                        .ok_or_else(|| {
                            format!("--seed {v}: give a whole number from 0 to {MAX_SEED}")
                        })?,
                );
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// The ranges to sample in `scenario`: those the link or file stores
    /// (its `uncertainty` member), then each `--range`, which replaces a
    /// stored range on the same field and adds one on any other;
    /// `--samples` and `--seed` replace the stored ones. Returns the
    /// ranges with a warning for each stored range left out (the page
    /// shows those at their fields), or a usage mistake naming the option:
    /// a path the scenario does not have, or `--samples` / `--seed` with
    /// no range at all.
    pub fn merged(&self, scenario: &Scenario) -> Result<(Uncertainty, Vec<String>), Vec<String>> {
        let (mut u, stored_errors) = scenario.uncertainty.resolve(scenario);
        let warnings = stored_errors
            .into_iter()
            .map(|e| format!("the range stored in the link was left out: {}", e.message))
            .collect();
        for arg in &self.ranges {
            let input = resolve(scenario, &arg.path)
                .map_err(|e| vec![format!("--range {}: {}", arg.text, e.message)])?;
            let range = Range::new(input, arg.low, arg.high, arg.shape);
            match u.ranges.iter_mut().find(|r| r.path == input) {
                Some(stored) => *stored = range,
                None => u.ranges.push(range),
            }
        }
        if u.ranges.is_empty() && (self.samples.is_some() || self.seed.is_some()) {
            return Err(vec![
                "--samples and --seed go with --range (or a link or file that holds ranges)".into(),
            ]);
        }
        if let Some(n) = self.samples {
            u.samples = n;
        }
        if let Some(seed) = self.seed {
            u.seed = seed;
        }
        Ok((u, warnings))
    }

    /// The range analysis of `scenario` with the [`merged`](Self::merged)
    /// ranges, `None` when there are none, with the warnings of `merged`;
    /// a message naming the option for a path the scenario does not have,
    /// a field that cannot vary, a low end above the high end or an end
    /// outside the field's limits (one message per mistake).
    pub fn analysis(
        &self,
        scenario: &Scenario,
    ) -> Result<(Option<Analysis>, Vec<String>), Vec<String>> {
        let (u, warnings) = self.merged(scenario)?;
        if u.ranges.is_empty() {
            return Ok((None, warnings));
        }
        let analysis = analyse(scenario, &u).map_err(|errors| {
            errors
                .iter()
                .map(|e| {
                    match self
                        .ranges
                        .iter()
                        .find(|a| resolve(scenario, &a.path).is_ok_and(|i| i.path() == e.field))
                    {
                        Some(arg) => format!("--range {}: {}", arg.text, e.message),
                        None => e.message.clone(),
                    }
                })
                .collect::<Vec<_>>()
        })?;
        Ok((Some(analysis), warnings))
    }
}

/// `scenario` storing the ranges `u` (its `uncertainty` member), for a
/// share link that gives the same percentiles on the page.
pub fn storing(scenario: &Scenario, u: &Uncertainty) -> Scenario {
    let mut out = scenario.clone();
    out.uncertainty = Ranges {
        samples: u32::try_from(u.samples).unwrap_or(u32::MAX),
        seed: u32::try_from(u.seed).unwrap_or(u32::MAX),
        ranges: u
            .ranges
            .iter()
            .map(|r| RangeEntry {
                path: r.path.path(),
                low: r.low,
                high: r.high,
                shape: r.shape,
            })
            .collect(),
    };
    out
}

/// The report and the range analysis in one JSON object: the report's
/// members in their order, then `ranges`.
#[derive(serde::Serialize)]
struct WithRanges<'a> {
    #[serde(flatten)]
    report: &'a Report,
    over_time: &'a FiscalView,
    #[serde(skip_serializing_if = "Option::is_none")]
    ranges: Option<&'a Analysis>,
}

/// The JSON output: the engine's report, then the plan over time as
/// `over_time`, with the range analysis as its last member `ranges` when
/// there is one.
pub fn json(r: &Report, a: Option<&Analysis>, over_time: &FiscalView) -> String {
    serde_json::to_string_pretty(&WithRanges {
        report: r,
        over_time,
        ranges: a,
    })
    .unwrap_or_default()
        + "\n"
}

/// The range analysis as text: the headline, the percentiles as an aligned
/// table and the method, each made safe for a terminal (names come from
/// shared links).
pub fn text(a: &Analysis, currency: &str) -> String {
    let table = ranges_table(a, currency);
    format!(
        "{}\n  {}\n{}  {}\n",
        table.title,
        plain(&a.headline),
        aligned(&table),
        plain(&a.method)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_read_with_and_without_a_shape() {
        let r = parse_range("tiers.0.customers=35..45").unwrap();
        assert_eq!(
            (r.path.as_str(), r.low, r.high, r.shape),
            ("tiers.0.customers", 35.0, 45.0, Shape::Uniform)
        );
        let r = parse_range("team.hours_per_week=-1.5..42:normal").unwrap();
        assert_eq!((r.low, r.high, r.shape), (-1.5, 42.0, Shape::Normal));
    }

    #[test]
    fn malformed_ranges_say_what_is_wrong() {
        for (text, says) in [
            ("tiers.0.customers", "no \"=\""),
            ("=1..2", "no field path"),
            ("tiers.0.customers=35-45", "no \"..\""),
            (
                "tiers.0.customers=a..45",
                "the low end \"a\" is not a number",
            ),
            (
                "tiers.0.customers=1..inf",
                "the high end \"inf\" is not a number",
            ),
            (
                "tiers.0.customers=1..2:lognormal",
                "unknown shape \"lognormal\"",
            ),
        ] {
            let e = parse_range(text).unwrap_err();
            assert!(e.starts_with(&format!("--range {text}")), "{e}");
            assert!(e.contains(says), "{e}");
        }
    }
}
