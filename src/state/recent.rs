//! The last few plans this device had ("Recent plans on this device"), so a
//! plan is never lost to a link: whatever replaces the plan on screen (a
//! link opened, good or bad, a file, a preset, the defaults) first sets the
//! plan it replaces aside here, and any of them opens again from the list.
//!
//! Plain data and the decisions (what is kept, in which order, how many);
//! the page stores the list as JSON in localStorage and shows it.

use serde_json::{Map, Number, Value};

use crate::link::{decode, encode, MAX_LINK_LEN};
use crate::model::format::{count, money};
use crate::model::names::clean_name;
use crate::model::Scenario;

/// Most plans kept, newest first.
pub const MAX_RECENT: usize = 5;

/// One plan set aside.
#[derive(Clone, Debug, PartialEq)]
pub struct RecentPlan {
    /// The plan's name when it was set aside (bounded as every name; "" for
    /// a plan without a name).
    pub name: String,
    /// When it was set aside: milliseconds since 1970-01-01 UTC (the
    /// browser's `Date.now()`).
    pub when_ms: f64,
    /// The plan as the query of its link ([`encode`]), which opens it again.
    pub query: String,
}

impl RecentPlan {
    /// What the list calls it: its name, or "Unnamed plan".
    pub fn title(&self) -> String {
        if self.name.trim().is_empty() {
            "Unnamed plan".into()
        } else {
            self.name.clone()
        }
    }

    /// What tells two plans of the same name apart in the list: their
    /// headline figures, "1,240 customers · 7 people · $884,000 a year"
    /// (empty if the stored link no longer opens).
    pub fn summary(&self) -> String {
        let Some(scenario) = self.scenario() else {
            return String::new();
        };
        let totals = crate::model::plan(&scenario).totals;
        format!(
            "{} · {} · {} a year",
            count(totals.customers, "customer", "customers"),
            count(f64::from(totals.headcount), "person", "people"),
            money(totals.cost, &scenario.currency)
        )
    }

    /// The plan itself, read back from its link (`None` if the stored text
    /// was damaged: the list then leaves it out).
    pub fn scenario(&self) -> Option<Scenario> {
        decode(&self.query).ok().map(|d| d.scenario)
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
            })
        })
        .filter(|p| p.when_ms.is_finite() && p.query.len() <= MAX_LINK_LEN)
        .filter(|p| p.scenario().is_some())
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

/// The list once `previous`, the plan on this device, is replaced by
/// `incoming` at `now_ms`: `previous` first, an older entry of the same
/// plan dropped, at most [`MAX_RECENT`] kept. Unchanged when nothing is
/// replaced (the same plan) or when `previous` is the default plan, which
/// "Start from the defaults" and Reset always give back.
pub fn set_aside(
    list: &[RecentPlan],
    previous: &Scenario,
    incoming: &Scenario,
    now_ms: f64,
) -> Vec<RecentPlan> {
    if previous == incoming {
        return list.to_vec();
    }
    let query = encode(previous);
    if query.is_empty() {
        return list.to_vec();
    }
    let entry = RecentPlan {
        name: clean_name(&previous.name),
        when_ms: now_ms,
        query,
    };
    std::iter::once(entry.clone())
        .chain(list.iter().filter(|p| p.query != entry.query).cloned())
        .take(MAX_RECENT)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let list = set_aside(&[], &a, &b, 1_000.0);
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].title(), "Plan A");
        assert_eq!(list[0].when_ms, 1_000.0);
        assert_eq!(list[0].scenario(), Some(a.clone()));
        let list = set_aside(&list, &b, &a, 2_000.0);
        assert_eq!(
            list.iter().map(RecentPlan::title).collect::<Vec<_>>(),
            ["Plan B", "Plan A"]
        );
    }

    #[test]
    fn nothing_is_set_aside_when_nothing_is_replaced_or_the_defaults_are() {
        let a = plan("Plan A", 41.0);
        assert!(set_aside(&[], &a, &a, 1.0).is_empty());
        assert!(set_aside(&[], &Scenario::default(), &a, 1.0).is_empty());
    }

    #[test]
    fn the_same_plan_is_kept_once_at_its_latest_and_the_list_is_capped() {
        let mut list = Vec::new();
        for k in 0..8 {
            list = set_aside(
                &list,
                &plan("P", f64::from(k)),
                &plan("next", 99.0),
                f64::from(k),
            );
        }
        assert_eq!(list.len(), MAX_RECENT);
        assert_eq!(list[0].when_ms, 7.0);
        assert_eq!(list[MAX_RECENT - 1].when_ms, 3.0);
        let again = set_aside(&list, &plan("P", 5.0), &plan("next", 99.0), 10.0);
        assert_eq!(again.len(), MAX_RECENT);
        assert_eq!(again[0].when_ms, 10.0);
        assert_eq!(
            again.iter().filter(|p| p.query == again[0].query).count(),
            1
        );
    }

    #[test]
    fn the_stored_list_reads_back_and_damage_is_left_out() {
        let list = set_aside(&[], &plan("Plan A", 41.0), &Scenario::default(), 5.0);
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
            })
            .collect();
        assert_eq!(read(Some(&to_json(&many))).len(), MAX_RECENT);
    }

    #[test]
    fn a_plan_with_a_long_name_is_kept_with_its_name_bounded() {
        let mut long = plan("", 41.0);
        long.name = "L".repeat(10_000);
        let list = set_aside(&[], &long, &Scenario::default(), 1.0);
        assert_eq!(
            list[0].name.chars().count(),
            crate::model::inputs::MAX_NAME_CHARS
        );
        assert_eq!(plan("", 41.0).name, "");
        assert_eq!(
            set_aside(&[], &plan("", 41.0), &Scenario::default(), 1.0)[0].title(),
            "Unnamed plan"
        );
    }

    /// Review finding: two plans of the same name could not be told apart.
    #[test]
    fn a_plan_in_the_list_shows_its_headline_figures() {
        let list = set_aside(&[], &plan("Plan A", 41.0), &Scenario::default(), 5.0);
        let summary = list[0].summary();
        let totals = crate::model::plan(&plan("Plan A", 41.0)).totals;
        assert!(
            summary.contains(&format!("{} people", totals.headcount)),
            "{summary}"
        );
        assert!(summary.ends_with(" a year"), "{summary}");
        assert!(summary.contains(" customers · "), "{summary}");
    }
}
