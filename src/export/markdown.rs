//! A Markdown summary of the plan, ready to paste into a doc or a wiki:
//! headline figures, a table per tier, the broken guardrails and the share
//! link. Numbers are formatted as the engine's own messages format them
//! (`crate::model::format`: `1,104`, `12.3`, `0.22`).

use super::backward::capacity_table;
use super::headline::Headline;
use super::tables::{Cell, Table};
use crate::model::backward::{budget_words, CUTOFFS_HEADING, CUTS_HEADING, TITLE};
use crate::model::format::{money, num};
use crate::model::{Backward, Report, Scenario};

/// The summary of `scenario`'s plan; `share_link` (a full address, may be
/// empty) is included as "Open this plan in tierplan".
pub fn markdown(scenario: &Scenario, report: &Report, share_link: &str) -> String {
    let p = &report.plan;
    let t = &p.totals;
    let cur = p.currency.as_str();
    let title = if scenario.name.trim().is_empty() {
        "tierplan scenario".to_string()
    } else {
        escape(scenario.name.trim())
    };
    let mut out = format!("# {title}\n\n");
    let h = Headline::of(&report.plan);
    out.push_str(&format!(
        "**{}** ({}) for {} and {} ARR. The team costs **{}** a year",
        h.people, h.roles, h.customers, h.arr, h.cost,
    ));
    match h.share {
        Some(share) => out.push_str(&format!(", {share} of ARR.\n\n")),
        None => out.push_str(".\n\n"),
    }
    if let Some(note) = crate::model::base::imported_note(scenario) {
        out.push_str(&format!("Customers per tier: {}\n\n", escape(&note)));
    }
    out.push_str("| Figure | Value |\n| --- | ---: |\n");
    let mut figure = |label: &str, value: String| {
        out.push_str(&format!("| {label} | {value} |\n"));
    };
    figure("FTE (managers included)", num(t.fte_total));
    figure("Proactive hours per FTE per year", num(p.proactive_hours));
    if let Some(v) = t.arr_per_csm {
        figure("ARR per CSM", money(v, cur));
    }
    if t.plan_revenue > 0.0 {
        figure("Paid success plan revenue", money(t.plan_revenue, cur));
        figure("Net cost", money(t.net_cost, cur));
    }
    figure("ARR kept after a year (GRR)", money(t.retained_arr, cur));
    figure("ARR next year (NRR)", money(t.arr_next_year, cur));
    out.push_str("\n## Tiers\n\n");
    out.push_str("| Tier | Coverage | Customers | ARR | FTE | Cost | Customers per FTE |\n");
    out.push_str("| --- | --- | ---: | ---: | ---: | ---: | --- |\n");
    // The rows as every copy of the per-tier table writes them (costs that
    // add up to the total), with the coverage and customers per FTE beside.
    let rows = super::plan_rows::plan_rows(p);
    for (tier, row) in p.tiers.iter().zip(&rows) {
        let per_fte: Vec<String> = tier
            .customers_per_fte
            .iter()
            .map(|f| format!("{} per {}", num(f.value), f.role.label()))
            .collect();
        let [customers, arr, fte, cost] = &row.cells;
        out.push_str(&format!(
            "| {} | {} | {customers} | {arr} | {fte} | {cost} | {} |\n",
            escape(&tier.name),
            tier.coverage.label(),
            if per_fte.is_empty() {
                "-".into()
            } else {
                per_fte.join(", ")
            },
        ));
    }
    // From the tiers to the headline, as the page's table shows it.
    let t = &p.totals;
    for row in rows[p.tiers.len()..].iter().filter(|row| !row.total) {
        let [_, _, fte, cost] = &row.cells;
        out.push_str(&format!("| {} |  |  |  | {fte} | {cost} |  |\n", row.label));
    }
    out.push_str(&format!(
        "| **Total** |  | {} | {} | **{} people** | **{}** |  |\n",
        num(t.customers),
        money(t.arr, cur),
        t.headcount,
        money(t.cost, cur)
    ));
    out.push_str("\n## Guardrails\n\n");
    out.push_str(&format!(
        "{}.\n",
        crate::model::GuardrailTally::of(&p.guardrails).words()
    ));
    for (concern, rails) in crate::model::grouped(&p.guardrails) {
        out.push_str(&format!("\n**{}**\n\n", concern.title()));
        for g in rails {
            out.push_str(&format!("- {}\n", escape(&g.message)));
        }
    }
    if !report.errors.is_empty() {
        out.push_str(&format!(
            "\n{} impossible input(s) were brought into range for these figures.\n",
            report.errors.len()
        ));
    }
    if !share_link.is_empty() {
        out.push_str(&format!(
            "\n[Open this plan in tierplan](<{}>)\n",
            share_link.replace(['<', '>', '\n', '\r'], "")
        ));
    }
    out
}

/// The Markdown summary of [`markdown`], followed by the backward plan's
/// section ([`backward_markdown`]) when `backward` (the page is in its
/// backward view, or the command line was asked for it).
pub fn summary(scenario: &Scenario, report: &Report, share_link: &str, backward: bool) -> String {
    let forward = markdown(scenario, report, share_link);
    if backward {
        format!("{forward}\n{}", backward_markdown(&report.backward))
    } else {
        forward
    }
}

/// The backward plan as a Markdown section, with the page's headings and
/// sentences as they are: the budget, the verdict, what each tier can hold,
/// the cut-offs, the closing advice and the cuts of hours per customer.
pub fn backward_markdown(b: &Backward) -> String {
    let mut out = format!("## {TITLE}\n\n{}\n\n", escape(&budget_words(&b.budget)));
    if let Some(note) = &b.note {
        out.push_str(&format!("{}\n\n", escape(note)));
    }
    out.push_str(&format!("**{}**\n\n", escape(&b.verdict)));
    if let Some(managers) = &b.managers {
        out.push_str(&format!("{}\n\n", escape(managers)));
    }
    let table = capacity_table(b);
    out.push_str(&format!("### {}\n\n", table.title));
    out.push_str(&markdown_table(&table, &[false, true, true, true]));
    if !b.cutoffs.is_empty() {
        out.push_str(&format!("\n### {CUTOFFS_HEADING}\n\n"));
        for c in &b.cutoffs {
            out.push_str(&format!("- {}\n", escape(&c.message)));
        }
    }
    if let Some(advice) = &b.advice {
        out.push_str(&format!("\n{}\n", escape(advice)));
    }
    if !b.hour_cuts.is_empty() {
        out.push_str(&format!("\n### {CUTS_HEADING}\n\n"));
        for cut in &b.hour_cuts {
            out.push_str(&format!("- {}\n", escape(&cut.message)));
        }
    }
    out
}

/// `table` in Markdown: its header, the alignment row (a column is
/// aligned right where `right` says so), then its rows; text escaped
/// ([`escape`]), numbers as [`num`] writes them. The one Markdown table
/// writer of the exports.
pub fn markdown_table(table: &Table, right: &[bool]) -> String {
    let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
    let mut out = line(table.header.iter().map(|h| escape(h)).collect());
    out.push_str(&line(
        (0..table.header.len())
            .map(|i| {
                if right.get(i).copied().unwrap_or(false) {
                    "---:".to_string()
                } else {
                    "---".to_string()
                }
            })
            .collect(),
    ));
    for row in &table.rows {
        out.push_str(&line(
            row.iter()
                .map(|c| match c {
                    Cell::Text(s) => escape(s),
                    Cell::Num(x) => num(*x),
                    Cell::Empty => String::new(),
                })
                .collect(),
        ));
    }
    out
}

/// `text` with the characters Markdown would read as markup escaped, on one line.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_imported_base_is_named_without_its_accounts() {
        let mut s = Scenario::default();
        let plain = markdown(&s, &crate::model::report(&s), "");
        assert!(!plain.contains("imported"));
        s.base.mode = crate::model::BaseMode::Accounts;
        s.base.as_of = "2026-11".into();
        let text = markdown(&s, &crate::model::report(&s), "");
        assert!(
            text.contains("Customers per tier: From an imported list of 1,240 accounts (Nov 2026), tiered by ARR cut-offs: counts only.\n"),
            "{text}"
        );
    }

    /// The backward plan's table, written by the one Markdown table writer:
    /// its columns, alignment and rows as before that writer.
    #[test]
    fn the_backward_table_keeps_its_columns_and_alignment() {
        let mut s = Scenario::default();
        s.budget.csm = 3.0;
        s.budget.pooled = 2.0;
        let md = backward_markdown(&crate::model::backward(&s));
        assert!(
            md.contains("### Customers each tier can hold\n\n| Tier | Today | With today's mix | If the team served only this tier |\n| --- | ---: | ---: | ---: |\n| High touch | 40 |"),
            "{md}"
        );
    }

    #[test]
    fn escapes_markup_in_names() {
        assert_eq!(escape("a|b *c*"), "a\\|b \\*c\\*");
        assert_eq!(escape("two\nlines"), "two lines");
    }
}
