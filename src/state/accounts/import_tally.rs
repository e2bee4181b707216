//! What the import summary counts and lists for a tiered list: the rows
//! kept, the lines skipped and the warnings, each count taken from the very
//! list the summary shows, so that the headline ("skipped 1, 2 warnings")
//! and the panels under it cannot disagree. A pasted list once said
//! "2 warnings" while its Warnings panel listed one: the warning about the
//! list as a whole (no "Customer since" column) was counted in the headline
//! but shown elsewhere.

use super::job::Tiered;
use super::list_notes;
use super::review::{listed, skipped_lines};
use crate::accounts::{LineProblem, Table};

/// One warning as the Warnings panel lists it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Warning<'a> {
    /// The line it is about; `None` for the list as a whole (money in
    /// another currency than the plan's, no "Customer since" column).
    pub line: Option<u32>,
    /// Why, in plain words.
    pub reason: &'a str,
}

/// The counts and lists of an import summary (see the module's doc).
#[derive(Clone, Debug, PartialEq)]
pub struct ImportTally {
    /// Rows read as accounts.
    pub kept: usize,
    /// Every line skipped, in line order ([`skipped_lines`]).
    pub skipped: Vec<LineProblem>,
    /// Warnings about the list as a whole ([`list_notes`]), listed first.
    pub about_list: Vec<String>,
    /// Warnings about single lines, in line order.
    pub about_lines: std::rc::Rc<Vec<LineProblem>>,
}

impl ImportTally {
    /// The summary of `tiered`, read from `table`, for a plan that counts
    /// money in `currency` (an ISO code).
    pub fn of(table: &Table, tiered: &Tiered, currency: &str) -> Self {
        Self {
            kept: tiered.accounts.len(),
            skipped: skipped_lines(table, tiered),
            about_list: list_notes(tiered, currency),
            about_lines: tiered.warnings.clone(),
        }
    }

    /// How many warnings the summary gives: the headline's count and the
    /// Warnings panel's title, the number of items [`Self::warnings`] lists.
    pub fn warning_count(&self) -> usize {
        self.about_list.len() + self.about_lines.len()
    }

    /// The warnings the panel lists one by one: every warning about the
    /// list, then the first [`super::LISTED_PROBLEMS`] about lines; and
    /// how many more there are ("and N more").
    pub fn warnings(&self) -> (Vec<Warning<'_>>, usize) {
        let (lines, more) = listed(&self.about_lines);
        let whole = self
            .about_list
            .iter()
            .map(|reason| Warning { line: None, reason });
        let each = lines.iter().map(|p| Warning {
            line: Some(p.line),
            reason: &p.reason,
        });
        (whole.chain(each).collect(), more)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::{guess_mapping, read_table};
    use crate::model::Scenario;
    use crate::state::accounts::{Job, Rule};
    use std::rc::Rc;

    /// The summary of `text` pasted as a list, for a plan in US dollars.
    fn summary_of(text: &str) -> ImportTally {
        let table = Rc::new(read_table(text.as_bytes()).unwrap());
        let mapping = guess_mapping(table.headers());
        let rule = Rule::of(&Scenario::default());
        let t = Job::new(table.clone(), &mapping, Rc::default(), &rule, 20_000, None).run();
        ImportTally::of(&table, &t, "USD")
    }

    /// Each count against what is listed: (warnings counted, listed,
    /// skipped counted, listed).
    fn counted_and_listed(s: &ImportTally) -> (usize, usize, usize, usize) {
        let (shown, more) = s.warnings();
        (
            s.warning_count(),
            shown.len() + more,
            s.skipped.len(),
            listed(&s.skipped).0.len() + listed(&s.skipped).1,
        )
    }

    #[test]
    fn a_pasted_list_counts_the_warnings_its_panel_lists() {
        // An empty ARR on line 3 and no "Customer since" column: two
        // warnings, both listed, the one about the whole list first.
        let s = summary_of("Account\tARR\nNorthwind\t45000\nContoso\t\nFabrikam\t15000\n");
        let (shown, more) = s.warnings();
        assert_eq!(s.warning_count(), 2);
        assert_eq!(more, 0);
        assert_eq!(shown.len(), 2, "{shown:?}");
        assert_eq!(shown[0].line, None);
        assert!(shown[0].reason.contains("Customer since"), "{shown:?}");
        assert_eq!(shown[1].line, Some(3));
        assert!(shown[1].reason.starts_with("ARR is empty"), "{shown:?}");
    }

    #[test]
    fn every_kind_of_problem_line_is_counted_as_listed() {
        for text in [
            "Account\tARR\nNorthwind\t45000\nContoso\t\nFabrikam\t15000\n",
            "Account\tARR\nNorthwind\t45000\nContoso\tlots\nFabrikam\t15000\n",
            "Account\tARR\nNorthwind\t45000\nContoso\t80000\nNorthwind\t45000\n",
            "Account\tARR\nNorthwind\t45000\n\nFabrikam\t15000\n",
            "Account\tARR\n\t45000\nFabrikam\t15000\n",
            "Account\tARR\tCustomer since\nNorthwind\t45000\t2024-03-01\nContoso\t80000\tsoon\n",
            "Account,ARR\nNorthwind,€ 45.000\nContoso,\n",
        ] {
            let s = summary_of(text);
            let (warned, listed_w, skipped, listed_s) = counted_and_listed(&s);
            assert_eq!(warned, listed_w, "warnings of {text:?}");
            assert_eq!(skipped, listed_s, "skipped lines of {text:?}");
        }
    }

    #[test]
    fn past_the_listed_problems_the_rest_is_counted_as_more() {
        let mut text = String::from("Account,ARR,Customer since\n");
        for i in 0..150 {
            text.push_str(&format!("A{i},{},soon\n", 1000 + i));
        }
        let s = summary_of(&text);
        let (shown, more) = s.warnings();
        assert_eq!(s.warning_count(), 150);
        assert_eq!(shown.len(), super::super::LISTED_PROBLEMS);
        assert_eq!(more, 50);
    }
}
