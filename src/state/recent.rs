//! The last few plans this device had ("Recent plans on this device"), so a
//! plan is never lost to a link: whatever replaces the plan on screen (a
//! link opened, good or bad, a file, a preset, the defaults) first sets the
//! plan it replaces aside here, and any of them opens again from the list.
//! A comparison is set aside whole (every scenario, and the one edited) and
//! opens again as a comparison.
//!
//! Plain data and the decisions (what is kept, in which order, how many);
//! the page stores the list as JSON in localStorage and shows it.

use serde_json::{Map, Number, Value};

use crate::link::{decode, MAX_LINK_LEN};
use crate::model::format::{count, money};
use crate::model::names::clean_name;

use super::lineup::Lineup;
use super::lineup_link::{self, scenarios_of};

/// Most plans kept, newest first.
pub const MAX_RECENT: usize = 5;

/// One plan set aside.
#[derive(Clone, Debug, PartialEq)]
pub struct RecentPlan {
    /// The plan's name when it was set aside, its base's for a comparison
    /// (bounded as every name; "" for a plan without a name).
    pub name: String,
    /// When it was set aside: milliseconds since 1970-01-01 UTC (the
    /// browser's `Date.now()`).
    pub when_ms: f64,
    /// The plan as the query of its link ([`lineup_link::encode`]: every
    /// scenario and the one edited), which opens it again.
    pub query: String,
    /// How many scenarios it holds (1 for a plan alone; not stored: worked
    /// out from `query` when read).
    pub scenarios: usize,
    /// Its headline figures, a comparison's base's ([`headline`]; not
    /// stored: worked out once when read or set aside, so the list draws
    /// without reading its links again on every keystroke).
    pub summary: String,
}

/// What tells two plans of the same name apart in the list: `scenario`'s
/// headline figures, "1,240 customers · 7 people · $884,000 a year".
pub fn headline(scenario: &crate::model::Scenario) -> String {
    let totals = crate::model::plan(scenario).totals;
    format!(
        "{} · {} · {} a year",
        count(totals.customers, "customer", "customers"),
        count(f64::from(totals.headcount), "person", "people"),
        money(totals.cost, &scenario.currency)
    )
}

impl RecentPlan {
    /// What the list calls it: its name, or "Unnamed plan"; for a
    /// comparison, its base and how many alternatives ("Today + 2
    /// alternatives").
    pub fn title(&self) -> String {
        let named = !self.name.trim().is_empty();
        match self.scenarios {
            0 | 1 if named => self.name.clone(),
            0 | 1 => "Unnamed plan".into(),
            n => {
                let base = if named {
                    self.name.as_str()
                } else {
                    super::lineup::BASE_NAME
                };
                let others = count((n - 1) as f64, "alternative", "alternatives");
                format!("{base} + {others}")
            }
        }
    }

    /// What tells two plans of the same name apart in the list: their
    /// headline figures, a comparison's base's ([`headline`]).
    pub fn summary(&self) -> &str {
        &self.summary
    }

    /// The plan itself, every scenario and the one edited, read back from
    /// its link (`None` if the stored text was damaged: the list then leaves
    /// it out).
    pub fn lineup(&self) -> Option<Lineup> {
        let decoded = decode(&self.query).ok()?;
        let scenarios = scenarios_of(&decoded);
        let on = lineup_link::edited(&self.query, scenarios.len());
        Some(Lineup::new(scenarios, on))
    }
}

/// The list stored as `json` (`None`: nothing stored yet). Anything that
/// cannot be read is left out: a damaged entry, a link longer than links
/// are or one that no longer opens, more than [`MAX_RECENT`] entries; names
/// are bounded again.
///
/// Read through `serde_json::Value`, which the link codec compiles in
/// already, rather than a derived deserializer of its own (smaller page).
pub fn read(json: Option<&str>) -> Vec<RecentPlan> {
    let Some(Value::Array(list)) = json.and_then(|text| serde_json::from_str(text).ok()) else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|item| {
            Some(RecentPlan {
                name: clean_name(item.get("name")?.as_str()?),
                when_ms: item.get("when_ms")?.as_f64()?,
                query: item.get("query")?.as_str()?.to_string(),
                scenarios: 0,
                summary: String::new(),
            })
        })
        .filter(|p| p.when_ms.is_finite() && p.query.len() <= MAX_LINK_LEN)
        .filter_map(|p| {
            let lineup = p.lineup()?;
            Some(RecentPlan {
                scenarios: lineup.len(),
                summary: headline(&lineup.scenarios()[0]),
                ..p
            })
        })
        .take(MAX_RECENT)
        .collect()
}

/// The list as stored: `[{"name": …, "when_ms": …, "query": …}, …]`.
///
/// Built as a `Value` by hand: `json!` would compile `serde_json::to_value`
/// into the page for this alone.
pub fn to_json(list: &[RecentPlan]) -> String {
    let item = |p: &RecentPlan| {
        let mut m = Map::new();
        m.insert("name".into(), Value::String(p.name.clone()));
        let when = Number::from_f64(p.when_ms).map_or(Value::Null, Value::Number);
        m.insert("when_ms".into(), when);
        m.insert("query".into(), Value::String(p.query.clone()));
        Value::Object(m)
    };
    Value::Array(list.iter().map(item).collect()).to_string()
}

/// The list once `previous`, the plan on this device (every scenario of a
/// comparison), is replaced by `incoming` at `now_ms`: `previous` first, an
/// older entry of the same plan dropped, at most [`MAX_RECENT`] kept.
/// Unchanged when nothing is replaced (the same scenarios) or when
/// `previous` is the default plan alone, which "Start from the defaults"
/// and Reset always give back.
pub fn set_aside(
    list: &[RecentPlan],
    previous: &Lineup,
    incoming: &Lineup,
    now_ms: f64,
) -> Vec<RecentPlan> {
    if previous.same_plan(incoming) {
        return list.to_vec();
    }
    let query = lineup_link::encode(previous);
    if query.is_empty() {
        return list.to_vec();
    }
    let entry = RecentPlan {
        name: clean_name(&previous.scenarios()[0].name),
        when_ms: now_ms,
        query,
        scenarios: previous.len(),
        summary: headline(&previous.scenarios()[0]),
    };
    std::iter::once(entry.clone())
        .chain(
            list.iter()
                .filter(|p| p.lineup().is_none_or(|l| !l.same_plan(previous)))
                .cloned(),
        )
        .take(MAX_RECENT)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Scenario;

    fn alone(scenario: Scenario) -> Lineup {
        Lineup::new(vec![scenario], 0)
    }

    fn default_plan() -> Lineup {
        alone(Scenario::default())
    }

    fn plan(name: &str, customers: f64) -> Scenario {
        let mut s = Scenario {
            name: name.into(),
            ..Scenario::default()
        };
        s.tiers[0].customers = customers;
        s
    }

    #[test]
    fn the_replaced_plan_comes_first_and_opens_again() {
        let a = plan("Plan A", 41.0);
        let b = plan("Plan B", 42.0);
        let list = set_aside(&[], &alone(a.clone()), &alone(b.clone()), 1_000.0);
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].title(), "Plan A");
        assert_eq!(list[0].when_ms, 1_000.0);
        assert_eq!(list[0].lineup(), Some(alone(a.clone())));
        let list = set_aside(&list, &alone(b.clone()), &alone(a.clone()), 2_000.0);
        assert_eq!(
            list.iter().map(RecentPlan::title).collect::<Vec<_>>(),
            ["Plan B", "Plan A"]
        );
    }

    #[test]
    fn nothing_is_set_aside_when_nothing_is_replaced_or_the_defaults_are() {
        let a = plan("Plan A", 41.0);
        assert!(set_aside(&[], &alone(a.clone()), &alone(a.clone()), 1.0).is_empty());
        assert!(set_aside(&[], &default_plan(), &alone(a), 1.0).is_empty());
    }

    #[test]
    fn the_same_plan_is_kept_once_at_its_latest_and_the_list_is_capped() {
        let mut list = Vec::new();
        for k in 0..8 {
            list = set_aside(
                &list,
                &alone(plan("P", f64::from(k))),
                &alone(plan("next", 99.0)),
                f64::from(k),
            );
        }
        assert_eq!(list.len(), MAX_RECENT);
        assert_eq!(list[0].when_ms, 7.0);
        assert_eq!(list[MAX_RECENT - 1].when_ms, 3.0);
        let again = set_aside(
            &list,
            &alone(plan("P", 5.0)),
            &alone(plan("next", 99.0)),
            10.0,
        );
        assert_eq!(again.len(), MAX_RECENT);
        assert_eq!(again[0].when_ms, 10.0);
        assert_eq!(
            again.iter().filter(|p| p.query == again[0].query).count(),
            1
        );
    }

    #[test]
    fn the_stored_list_reads_back_and_damage_is_left_out() {
        let list = set_aside(&[], &alone(plan("Plan A", 41.0)), &default_plan(), 5.0);
        assert_eq!(read(Some(&to_json(&list))), list);
        assert!(read(None).is_empty());
        assert!(read(Some("{not json")).is_empty());
        let hostile = format!(
            r#"[{{"name":"{}","when_ms":1,"query":"v=2"}},{{"name":"x","when_ms":1,"query":"{}"}}]"#,
            "N".repeat(100_000),
            "q".repeat(MAX_LINK_LEN + 1)
        );
        let read_back = read(Some(&hostile));
        assert_eq!(read_back.len(), 1);
        let broken = r#"[{"name":"x","when_ms":1,"query":"v=2&z=@@@"}]"#;
        assert!(read(Some(broken)).is_empty(), "a link that no longer opens");
        assert_eq!(
            read_back[0].name.chars().count(),
            crate::model::inputs::MAX_NAME_CHARS
        );
        let many: Vec<RecentPlan> = (0..9)
            .map(|k| RecentPlan {
                name: format!("{k}"),
                when_ms: 1.0,
                query: format!("v=2&hpw={}", 30 + k),
                scenarios: 1,
                summary: String::new(),
            })
            .collect();
        assert_eq!(read(Some(&to_json(&many))).len(), MAX_RECENT);
    }

    #[test]
    fn a_plan_with_a_long_name_is_kept_with_its_name_bounded() {
        let mut long = plan("", 41.0);
        long.name = "L".repeat(10_000);
        let list = set_aside(&[], &alone(long), &default_plan(), 1.0);
        assert_eq!(
            list[0].name.chars().count(),
            crate::model::inputs::MAX_NAME_CHARS
        );
        assert_eq!(plan("", 41.0).name, "");
        assert_eq!(
            set_aside(&[], &alone(plan("", 41.0)), &default_plan(), 1.0)[0].title(),
            "Unnamed plan"
        );
    }

    /// Review finding: two plans of the same name could not be told apart.
    #[test]
    fn a_plan_in_the_list_shows_its_headline_figures() {
        let list = set_aside(&[], &alone(plan("Plan A", 41.0)), &default_plan(), 5.0);
        let summary = list[0].summary();
        let totals = crate::model::plan(&plan("Plan A", 41.0)).totals;
        assert!(
            summary.contains(&format!("{} people", totals.headcount)),
            "{summary}"
        );
        assert!(summary.ends_with(" a year"), "{summary}");
        assert!(summary.contains(" customers · "), "{summary}");
    }

    /// A base and two alternatives, editing `on`.
    fn comparison(on: usize) -> Lineup {
        let mut pooled = plan("Pooled", 41.0);
        pooled.tiers[1].customers = 12.0;
        Lineup::new(vec![plan("", 30.0), pooled, plan("EBR prep", 55.0)], on)
    }

    /// Review finding: a comparison replaced by a link was set aside as the
    /// one scenario being edited, so its alternatives were lost.
    #[test]
    fn a_comparison_is_set_aside_whole_and_says_so() {
        let list = set_aside(&[], &comparison(2), &default_plan(), 5.0);
        assert_eq!(list[0].lineup(), Some(comparison(2)));
        assert_eq!(list[0].title(), "Today + 2 alternatives");
        let base = crate::model::plan(&plan("", 30.0)).totals;
        assert!(
            list[0]
                .summary()
                .starts_with(&count(base.customers, "customer", "customers")),
            "the base's figures: {}",
            list[0].summary()
        );
        let read_back = read(Some(&to_json(&list)));
        assert_eq!(read_back, list, "kept across reloads, count and all");
        let mut named = comparison(0);
        named = named
            .apply(&super::super::lineup::LineupAction::Rename(0, "Now".into()))
            .unwrap();
        named = named
            .apply(&super::super::lineup::LineupAction::Remove(2))
            .unwrap();
        let list = set_aside(&list, &named, &default_plan(), 6.0);
        assert_eq!(list[0].title(), "Now + 1 alternative");
    }

    #[test]
    fn the_same_comparison_is_kept_once_whichever_scenario_was_edited() {
        let list = set_aside(&[], &comparison(2), &default_plan(), 5.0);
        let list = set_aside(&list, &comparison(0), &default_plan(), 6.0);
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].lineup().map(|l| l.on()), Some(0));
        // Editing another scenario of the same comparison replaces nothing.
        assert!(set_aside(&[], &comparison(1), &comparison(2), 7.0).is_empty());
    }
}
