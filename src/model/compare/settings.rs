//! What differs in the plan's settings that are not numbers of the input
//! registry: the calendar, hiring, what an uncovered customer costs, and
//! the ranges with their sampling. Each difference is written in words as
//! the rest of [`super::differs`] writes them.
use crate::model::format::{exact, money, month_label, MONTHS};
use crate::model::scenario::Scenario;
use crate::model::uncertainty::{RangeEntry, Ranges};

/// One setting that differs: its path, its label, and the base's and the
/// alternative's values in words.
pub type SettingChange = (String, String, String, String);

/// Every difference of the calendar, hiring, coverage and ranges between
/// `base` and `alt`.
pub fn setting_changes(base: &Scenario, alt: &Scenario) -> Vec<SettingChange> {
    let mut out = Vec::new();
    let mut text = |path: &str, label: &str, b: String, a: String| {
        if b != a {
            out.push((path.to_string(), label.to_string(), b, a));
        }
    };
    let start = |s: &Scenario| {
        month_label(&s.calendar.start).unwrap_or_else(|| "the month the plan is opened".into())
    };
    text(
        "calendar.start",
        "First month of the plan",
        start(base),
        start(alt),
    );
    let fiscal = |s: &Scenario| {
        let m = s.calendar.fiscal_year_start_month;
        MONTHS
            .get((m as usize).wrapping_sub(1))
            .map_or_else(|| format!("month {m}"), |name| (*name).to_string())
    };
    text(
        "calendar.fiscal_year_start_month",
        "Fiscal year starts in",
        fiscal(base),
        fiscal(alt),
    );
    let (hb, ha) = (&base.hiring, &alt.hiring);
    text(
        "hiring.recruiting_cost",
        "Recruiting cost per hire",
        money(hb.recruiting_cost, &base.currency),
        money(ha.recruiting_cost, &alt.currency),
    );
    text(
        "hiring.ramp_capacity_pct",
        "Capacity while ramping",
        format!("{}%", exact(hb.ramp_capacity_pct)),
        format!("{}%", exact(ha.ramp_capacity_pct)),
    );
    let cap = |n: u32| match n {
        0 => "no cap".to_string(),
        n => format!("{n} a quarter"),
    };
    text(
        "hiring.max_hires_per_quarter",
        "Most hires per quarter",
        cap(hb.max_hires_per_quarter),
        cap(ha.max_hires_per_quarter),
    );
    let backfill = |on: bool| if on { "yes" } else { "no" }.to_string();
    text(
        "hiring.backfill",
        "People who leave are replaced",
        backfill(hb.backfill),
        backfill(ha.backfill),
    );
    text(
        "coverage.retention_gap_pct",
        "Lower retention when not covered",
        format!("{} points", exact(base.coverage.retention_gap_pct)),
        format!("{} points", exact(alt.coverage.retention_gap_pct)),
    );
    text(
        "coverage.retention_source",
        "Source of that difference",
        format!("'{}'", base.coverage.retention_source),
        format!("'{}'", alt.coverage.retention_source),
    );
    range_changes(&mut text, &base.uncertainty, &alt.uncertainty);
    out
}

/// The ranges that were added, removed or changed, then the sampling.
fn range_changes(text: &mut impl FnMut(&str, &str, String, String), base: &Ranges, alt: &Ranges) {
    let find = |list: &Ranges, path: &str| list.ranges.iter().find(|r| r.path == path).cloned();
    let mut paths: Vec<&str> = base.ranges.iter().map(|r| r.path.as_str()).collect();
    for r in &alt.ranges {
        if !paths.contains(&r.path.as_str()) {
            paths.push(&r.path);
        }
    }
    for path in paths {
        text(
            &format!("uncertainty.{path}"),
            &format!("Range on {path}"),
            range_words(find(base, path)),
            range_words(find(alt, path)),
        );
    }
    if !(base.is_empty() && alt.is_empty()) {
        text(
            "uncertainty.samples",
            "Samples",
            exact(f64::from(base.samples)),
            exact(f64::from(alt.samples)),
        );
        text(
            "uncertainty.seed",
            "Seed",
            base.seed.to_string(),
            alt.seed.to_string(),
        );
    }
}

fn range_words(range: Option<RangeEntry>) -> String {
    match range {
        None => "none".into(),
        Some(r) => format!("{} to {}, {}", exact(r.low), exact(r.high), r.shape.name()),
    }
}
