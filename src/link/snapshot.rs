//! How a version's frozen files are made from this build's types (tests
//! only): the guard that the current version's snapshot is this build's
//! defaults, and the writer of the next version's files.
//!
//! A snapshot holds the default scenario, the template of a new item of each
//! list, the allowed values of each enum (in index order: rows write an enum
//! as its index) and the field order of each list written as rows. The
//! dictionary is every member name as `"name":`, sorted, followed by the
//! default scenario as a link writes it (rows, whole numbers as integers),
//! so the first payload bytes can refer back into it.

use serde_json::{json, Map, Value};

use super::patch::Defaults;
use super::version::shorten_numbers;
use crate::model::range_inputs::{RangeEntry, Shape};
use crate::model::scenario::BaseMode;
use crate::model::tiering::TierRule;
use crate::model::{Band, Cadence, Coverage, Move, Program, Role, Scenario, Tier, Touch, Trigger};

fn to_json<T: serde::Serialize>(value: T) -> Value {
    serde_json::to_value(value).expect("plain data serializes")
}

/// The template of a new item of each list, from this build's defaults
/// (a list of numbers has the number 0.0 as its template).
pub fn items() -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("renewal_months".into(), Value::from(0.0));
    m.insert("tiers".into(), to_json(Tier::default()));
    m.insert("touches".into(), to_json(Touch::default()));
    m.insert("triggers".into(), to_json(Trigger::default()));
    m.insert("programs".into(), to_json(Program::default()));
    m.insert("bands".into(), to_json(Band::default()));
    m.insert("moves".into(), to_json(Move::default()));
    m.insert("ranges".into(), to_json(RangeEntry::default()));
    m
}

/// The field order of a list written as rows from the version that first
/// has it; later versions keep it and append new fields.
const FIRST_ROWS: [(&str, [&str; 4]); 1] = [("ranges", ["path", "low", "high", "shape"])];

/// Every value of each enum member, in declaration order. The `match`es
/// stop the build when a variant is added, so it cannot be forgotten here.
pub fn enums() -> Map<String, Value> {
    fn check(c: Cadence, v: Coverage, b: BaseMode, r: Role, t: TierRule, s: Shape) {
        match c {
            Cadence::PerCustomer | Cadence::PerYear => {}
        }
        match v {
            Coverage::Dedicated | Coverage::Pooled | Coverage::Digital => {}
        }
        match b {
            BaseMode::Direct | BaseMode::Bands | BaseMode::Accounts => {}
        }
        match r {
            Role::Csm | Role::Associate | Role::Pooled | Role::Partner | Role::Automation => {}
        }
        match t {
            TierRule::Arr | TierRule::Score => {}
        }
        match s {
            Shape::Uniform | Shape::Triangular | Shape::Normal => {}
        }
    }
    let _ = check;
    let mut m = Map::new();
    m.insert(
        "cadence".into(),
        to_json([Cadence::PerCustomer, Cadence::PerYear]),
    );
    m.insert(
        "coverage".into(),
        to_json([Coverage::Dedicated, Coverage::Pooled, Coverage::Digital]),
    );
    m.insert(
        "mode".into(),
        to_json([BaseMode::Direct, BaseMode::Bands, BaseMode::Accounts]),
    );
    m.insert("role".into(), to_json(Role::ALL));
    m.insert("rule".into(), to_json([TierRule::Arr, TierRule::Score]));
    m.insert("shape".into(), to_json(Shape::ALL));
    m
}

/// The snapshot of version `number` from this build's types, with the row
/// field orders of the version before (`previous_rows`) and each new field
/// of a row's item appended, in name order (existing rows keep their cells).
pub fn snapshot(number: u32, previous_rows: &Map<String, Value>) -> Value {
    let items = items();
    let mut rows = Map::new();
    for (key, fields) in previous_rows {
        let mut fields: Vec<Value> = fields.as_array().cloned().unwrap_or_default();
        if let Some(Value::Object(template)) = items.get(key) {
            for member in template.keys() {
                if !fields.iter().any(|f| f.as_str() == Some(member)) {
                    fields.push(Value::from(member.as_str()));
                }
            }
        }
        rows.insert(key.clone(), Value::Array(fields));
    }
    for (key, fields) in FIRST_ROWS {
        if items.contains_key(key) && !rows.contains_key(key) {
            rows.insert(key.into(), to_json(fields));
        }
    }
    json!({
        "about": format!("The defaults of link and file format version {number}, frozen: never edit this file. A later version adds its own file and a decoder that migrates version {number} forward."),
        "enums": enums(),
        "items": items,
        "rows": rows,
        "scenario": to_json(Scenario::default()),
    })
}

/// The preset dictionary of a version with defaults `d` (see the module doc).
pub fn dictionary(d: &Defaults) -> String {
    fn names(v: &Value, out: &mut std::collections::BTreeSet<String>) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    out.insert(k.clone());
                    names(x, out);
                }
            }
            Value::Array(a) => a.iter().for_each(|x| names(x, out)),
            _ => {}
        }
    }
    let mut all = std::collections::BTreeSet::new();
    names(&d.scenario, &mut all);
    for item in d.items.values() {
        names(item, &mut all);
    }
    let mut out: String = all.iter().map(|n| format!("\"{n}\":")).collect();
    let mut scenario = d.as_rows(&d.scenario, "");
    shorten_numbers(&mut scenario);
    out.push_str(&scenario.to_string());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::{current, v1::V1, VERSIONS};

    /// The tripwire of versioning: the version this build writes has this
    /// build's defaults, templates and enum values. When this fails,
    /// `Scenario::default()` or the scenario's shape has changed: do not
    /// edit a frozen file; run `cargo test --lib write_the_next_version_files
    /// -- --ignored`, add the version's module and append it to `VERSIONS`,
    /// and keep reading the earlier versions as they are.
    #[test]
    fn the_current_version_has_this_builds_defaults() {
        let v = current();
        let d = v.defaults().expect("the snapshot parses");
        let now = snapshot(v.number, &d.rows);
        assert_eq!(d.scenario, now["scenario"], "the default scenario");
        assert_eq!(
            &Value::Object(d.items.clone()),
            &now["items"],
            "item templates"
        );
        assert_eq!(
            &Value::Object(d.enums.clone()),
            &now["enums"],
            "enum values"
        );
        assert_eq!(&Value::Object(d.rows.clone()), &now["rows"], "row fields");
    }

    #[test]
    fn the_generator_makes_version_1s_dictionary() {
        let d = V1.defaults().unwrap();
        assert_eq!(dictionary(d).as_bytes(), V1.dictionary);
    }

    /// Writes `v{N+1}_defaults.json` and `v{N+1}_dictionary.txt` next to
    /// the current version's files (never over an existing file).
    #[test]
    #[ignore = "run by hand when the scenario's shape changes"]
    fn write_the_next_version_files() {
        let last = VERSIONS[VERSIONS.len() - 1];
        let number = last.number + 1;
        let snap = snapshot(number, &last.defaults().unwrap().rows);
        let text = serde_json::to_string_pretty(&snap).unwrap() + "\n";
        let d = Defaults::parse(&text).expect("a snapshot that parses");
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/link");
        for (name, body) in [
            (format!("v{number}_defaults.json"), text.clone()),
            (format!("v{number}_dictionary.txt"), dictionary(&d)),
        ] {
            let path = std::path::Path::new(dir).join(&name);
            assert!(
                !path.exists(),
                "{name} exists: frozen files are never rewritten"
            );
            std::fs::write(path, body).unwrap();
        }
    }
}
