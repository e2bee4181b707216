//! CSV and Markdown exports of a plan.

use tierplan::export::{csv_files, markdown};
use tierplan::model::{report, Scenario};

#[test]
fn csv_files_hold_one_table_each() {
    let s = Scenario::default();
    let r = report(&s);
    let files = csv_files(&s, &r);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "tierplan-summary.csv",
            "tierplan-tiers.csv",
            "tierplan-months.csv",
            "tierplan-hires.csv"
        ]
    );
    let tiers = &files[1].1;
    // Header, three tiers, all tiers, managers, platform, rounding, total.
    assert_eq!(tiers.lines().count(), 9, "{tiers}");
    assert_tiers_reach_the_headline(tiers, &r);
    assert!(tiers
        .lines()
        .nth(1)
        .unwrap()
        .starts_with("High touch,Dedicated (named CSM),40,6000000,"));
    let months = &files[2].1;
    assert_eq!(months.lines().count(), 1 + r.timeline.months.len());
    // Each series says what it is: whole people per role, fractional FTE
    // needed beside the FTE available, and a shortfall summed role by role
    // (so it is not needed − available).
    let header = months.lines().next().unwrap();
    assert!(header.contains(",CSM needed (people),"), "{header}");
    assert!(
        header.ends_with(
            ",FTE needed,FTE available with the hires (whole people),FTE short (sum of each role's shortfall)"
        ),
        "{header}"
    );
    // Every row as wide as its header.
    for (_, text) in &files {
        let width = text.lines().next().unwrap().split(',').count();
        for line in text.lines() {
            assert_eq!(line.split(',').count(), width, "{line}");
        }
    }
}

/// The rows from "All tiers" to the total add up, in FTE and cost, to the
/// headline people and cost, as on the page.
fn assert_tiers_reach_the_headline(csv: &str, r: &tierplan::model::Report) {
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let column = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (fte, cost) = (column("FTE"), column("Cost"));
    let rows: Vec<Vec<&str>> = csv
        .lines()
        .skip_while(|l| !l.starts_with("All tiers,"))
        .map(|l| l.split(',').collect())
        .collect();
    let number = |cell: &str| {
        if cell.is_empty() {
            0.0
        } else {
            cell.parse::<f64>().unwrap()
        }
    };
    let (parts, total) = rows.split_at(rows.len() - 1);
    assert_eq!(total[0][0], "Total (whole people)");
    let sum_fte: f64 = parts.iter().map(|row| number(row[fte])).sum();
    let sum_cost: f64 = parts.iter().map(|row| number(row[cost])).sum();
    let people = f64::from(r.plan.totals.headcount);
    // The CSV writes 6 decimals: each cell is off by at most 5e-7.
    let slack = 1e-6 * parts.len() as f64;
    assert!(
        (sum_fte - people).abs() < slack,
        "{sum_fte} FTE against {people} people\n{csv}"
    );
    assert!((number(total[0][fte]) - people).abs() < 1e-9);
    assert!(
        (sum_cost - r.plan.totals.cost).abs() < slack,
        "{sum_cost} against {}\n{csv}",
        r.plan.totals.cost
    );
    assert!((number(total[0][cost]) - r.plan.totals.cost).abs() < 1e-6);
}

#[test]
fn every_preset_s_tier_table_reaches_the_headline() {
    for preset in tierplan::model::presets::presets() {
        let r = report(&preset.scenario);
        let files = csv_files(&preset.scenario, &r);
        assert_tiers_reach_the_headline(&files[1].1, &r);
    }
}

#[test]
fn formula_like_names_are_defused() {
    let mut s = Scenario::default();
    for (tier, name) in s.tiers.iter_mut().zip(["=1+1", "+cmd", "@SUM(A1)"]) {
        tier.name = name.into();
    }
    let r = report(&s);
    let files = csv_files(&s, &r);
    for (_, text) in &files {
        for line in text.lines() {
            for bad in ['=', '+', '@'] {
                assert!(!line.starts_with(bad), "{line}");
                assert!(!line.contains(&format!(",{bad}")), "{line}");
            }
        }
    }
}

#[test]
fn markdown_summary_has_headline_tiers_guardrails_and_link() {
    let s = Scenario::default();
    let r = report(&s);
    let md = markdown(&s, &r, "https://x.org/tierplan/?v=1&hpw=45");
    assert!(md.starts_with("# Three tiers: high, low and tech touch\n"));
    assert!(md.contains(&format!("**{} people**", r.plan.totals.headcount)));
    // Roles in lower case, one of each in the singular.
    assert!(
        md.contains("(3 CSMs, 1 associate, 2 pooled CSMs, 1 manager) for 1,240 customers"),
        "{md}"
    );
    assert!(md.contains("| High touch | Dedicated (named CSM) | 40 |"));
    // The tier table reaches the headline: managers, platform, rounding, total.
    assert!(
        md.contains("| Managers |  |  |  | 0.61 | $103,286 |  |"),
        "{md}"
    );
    assert!(
        md.contains("| Automation platform |  |  |  |  | $24,000 |  |"),
        "{md}"
    );
    assert!(
        md.contains("| Rounding up to whole people |  |  |  | 1.53 | $175,229 |  |"),
        "{md}"
    );
    assert!(
        md.contains("| **Total** |  | 1,240 | $14,000,000 | **7 people** | **$884,000** |  |"),
        "{md}"
    );
    assert!(md.contains("## Guardrails"));
    for g in &r.plan.guardrails {
        assert!(md.contains(&g.message.replace('!', "\\!")));
    }
    assert!(md.ends_with("[Open this plan in tierplan](<https://x.org/tierplan/?v=1&hpw=45>)\n"));
}

/// The Markdown summary says what its guardrail list counts, in the words
/// of the page: the targets missed apart from the warnings about the plan.
#[test]
fn markdown_guardrails_say_targets_missed_apart_from_warnings() {
    let mut s = Scenario::default();
    s.economics.max_cost_pct = 1.0;
    let r = report(&s);
    let md = markdown(&s, &r, "https://x.org/tierplan/?v=4");
    let words = tierplan::model::GuardrailTally::of(&r.plan.guardrails).words();
    assert!(words.starts_with("1 target missed, "), "{words}");
    let section = &md[md.find("## Guardrails").expect("the section")..];
    assert!(section.contains(&format!("\n{words}.\n")), "{section}");
    let targets = section.find("**Targets missed**").expect("the targets");
    let warnings = section.find("**Warnings**").expect("the warnings");
    let cost = section.find("above the maximum of 1%").expect("the cost");
    assert!(targets < cost && cost < warnings, "{section}");
    assert!(!section.contains("broken"), "{section}");
}
