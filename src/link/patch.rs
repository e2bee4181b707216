//! A merge patch of the scenario's JSON against a version's frozen defaults.
//!
//! Like RFC 7386 for objects: only members that differ are written. Lists
//! are written element by element instead of whole: element `i` is itself a
//! patch against element `i` of the defaults' list, or, past its end, against
//! the version's template for a new item of that list (`items.tiers`...),
//! and `{}` stands for "as the base". So changing one number of one tier
//! writes just that number.
//!
//! The lists named in the version's `rows` (touches, triggers, programs,
//! bands, moves: many small items) are written whole when they differ, each
//! item as a row: its values in the version's field order, enum values as
//! their index, `true`/`false` as `1`/`0`, trailing values equal to the
//! template's left out. `["EBR",6,4]` is a touch named "EBR" of 6 hours,
//! 4 times a year, every other field as the template. Objects are read in
//! their place too (scenario files write whole objects).
//!
//! Reading is tolerant, member by member: a member of the wrong kind (text
//! where a number belongs, a role that does not exist) or unknown to the
//! version keeps the base value and becomes a [`LinkIssue`]; everything else
//! is still read. Only a list longer than [`MAX_ITEMS`] stops the reading.

use serde_json::{Map, Value};

use super::error::{shorten, LinkIssue};

/// The most items a list in a link or file may have (a scenario holds at
/// most 6 tiers; this leaves room for the validation message).
pub const MAX_ITEMS: usize = 200;

/// A format version's frozen defaults: the default scenario, the template
/// of a new item of each list, and the allowed values of each enum.
pub struct Defaults {
    /// The default scenario as JSON.
    pub scenario: Value,
    /// The template of a new item, by list name (`tiers`, `touches`...).
    pub items: Map<String, Value>,
    /// The allowed values, by member name (`role`, `coverage`...).
    pub enums: Map<String, Value>,
    /// The field order of a row, by list name (`touches`...).
    pub rows: Map<String, Value>,
}

impl Defaults {
    /// Reads a committed snapshot (`{"scenario":…, "items":…, "enums":…}`).
    /// `None` if the snapshot is malformed (a test guards every snapshot).
    pub fn parse(text: &str) -> Option<Self> {
        let mut v: Value = serde_json::from_str(text).ok()?;
        let take = |v: &mut Value, k: &str| v.get_mut(k).map(Value::take);
        let scenario = take(&mut v, "scenario")?;
        let items = match take(&mut v, "items")? {
            Value::Object(m) => m,
            _ => return None,
        };
        let enums = match take(&mut v, "enums")? {
            Value::Object(m) => m,
            _ => return None,
        };
        let rows = match take(&mut v, "rows")? {
            Value::Object(m) => m,
            _ => return None,
        };
        scenario.is_object().then_some(Self {
            scenario,
            items,
            enums,
            rows,
        })
    }

    /// The row fields and item template of list `key`, if it is written as rows.
    pub(super) fn row_of(&self, key: &str) -> Option<(&Vec<Value>, &Map<String, Value>)> {
        match (self.rows.get(key), self.items.get(key)) {
            (Some(Value::Array(fields)), Some(Value::Object(template))) => Some((fields, template)),
            _ => None,
        }
    }

    /// A value as a row holds it: enum text as its index, booleans as 0/1.
    fn to_cell(&self, field: &str, value: &Value) -> Value {
        match value {
            Value::Bool(b) => Value::from(u8::from(*b)),
            Value::String(text) => match self.enums.get(field) {
                Some(Value::Array(allowed)) => allowed
                    .iter()
                    .position(|a| a.as_str() == Some(text))
                    .map_or_else(|| value.clone(), Value::from),
                _ => value.clone(),
            },
            _ => value.clone(),
        }
    }

    /// A row cell back as the object member it stands for, given the
    /// template's value (which tells a boolean or an enum).
    fn cell_value(&self, field: &str, cell: &Value, template: &Value) -> Value {
        match (template, cell.as_u64()) {
            (Value::Bool(_), Some(n @ (0 | 1))) => Value::Bool(n == 1),
            (Value::String(_), Some(n)) => match self.enums.get(field) {
                Some(Value::Array(allowed)) => usize::try_from(n)
                    .ok()
                    .and_then(|i| allowed.get(i))
                    .cloned()
                    .unwrap_or_else(|| cell.clone()),
                _ => cell.clone(),
            },
            _ => cell.clone(),
        }
    }

    /// `value` (the member `key` of its parent) with every list that is
    /// written as rows turned into rows: the form a link's payload has.
    pub fn as_rows(&self, value: &Value, key: &str) -> Value {
        match value {
            Value::Object(m) => Value::Object(
                m.iter()
                    .map(|(k, x)| (k.clone(), self.as_rows(x, k)))
                    .collect(),
            ),
            Value::Array(a) => match self.row_of(key) {
                Some((fields, template)) => {
                    Value::Array(a.iter().map(|x| self.row(fields, template, x)).collect())
                }
                None => Value::Array(a.iter().map(|x| self.as_rows(x, key)).collect()),
            },
            other => other.clone(),
        }
    }

    /// `item` as a row (see the module doc).
    pub(super) fn row(
        &self,
        fields: &[Value],
        template: &Map<String, Value>,
        item: &Value,
    ) -> Value {
        let mut cells = Vec::with_capacity(fields.len());
        let mut defaults = Vec::with_capacity(fields.len());
        for f in fields.iter().filter_map(Value::as_str) {
            let t = template.get(f).unwrap_or(&Value::Null);
            let v = match item.get(f) {
                Some(Value::Null) | None => t,
                Some(v) => v,
            };
            cells.push(self.to_cell(f, v));
            defaults.push(self.to_cell(f, t));
        }
        while !cells.is_empty() && cells.last() == defaults.get(cells.len() - 1) {
            cells.pop();
        }
        Value::Array(cells)
    }
}

/// The patch that turns `base` into `value`, or `None` when they are equal.
/// `key` is the member name of `value` in its parent (for list templates).
pub fn diff(defaults: &Defaults, base: &Value, value: &Value, key: &str) -> Option<Value> {
    if base == value {
        return None;
    }
    match (base, value) {
        (Value::Object(b), Value::Object(v)) => {
            let mut out = Map::new();
            for (k, member) in v {
                let patch = match b.get(k) {
                    Some(bm) => diff(defaults, bm, member, k),
                    None => Some(member.clone()),
                };
                if let Some(p) = patch {
                    out.insert(k.clone(), p);
                }
            }
            Some(Value::Object(out))
        }
        (_, Value::Array(v)) if defaults.row_of(key).is_some() => {
            let (fields, template) = defaults.row_of(key)?;
            Some(Value::Array(
                v.iter()
                    .map(|item| defaults.row(fields, template, item))
                    .collect(),
            ))
        }
        (_, Value::Array(v)) => {
            let empty = Vec::new();
            let b = base.as_array().unwrap_or(&empty);
            let items = v
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let item_base = b.get(i).or_else(|| defaults.items.get(key));
                    match item_base {
                        Some(ib) if ib.is_object() => diff(defaults, ib, item, key)
                            .unwrap_or_else(|| Value::Object(Map::new())),
                        _ => item.clone(),
                    }
                })
                .collect();
            Some(Value::Array(items))
        }
        // A non-finite number serializes as null: it is never written, so
        // the default stands in for it.
        (_, Value::Null) => None,
        _ => Some(value.clone()),
    }
}

/// Why applying a patch stopped.
#[derive(Debug, PartialEq, Eq)]
pub enum PatchError {
    /// A list longer than [`MAX_ITEMS`].
    TooManyItems,
}

/// `base` with `patch` applied, tolerant member by member (see the module
/// doc). `path` is the dotted path of `base` for messages (`""` at the root).
pub fn apply(
    defaults: &Defaults,
    base: &Value,
    patch: &Value,
    key: &str,
    path: &str,
    issues: &mut Vec<LinkIssue>,
) -> Result<Value, PatchError> {
    let join = |k: &str| {
        if path.is_empty() {
            k.to_string()
        } else {
            format!("{path}.{k}")
        }
    };
    match (base, patch) {
        (Value::Object(b), Value::Object(p)) => {
            let mut out = b.clone();
            for (k, member) in p {
                match b.get(k) {
                    Some(bm) => {
                        let v = apply(defaults, bm, member, k, &join(k), issues)?;
                        out.insert(k.clone(), v);
                    }
                    None => issues.push(LinkIssue {
                        key: join(k),
                        message: format!(
                            "The part \"{}\" is unknown to this version and was ignored.",
                            shorten(&join(k))
                        ),
                    }),
                }
            }
            Ok(Value::Object(out))
        }
        (Value::Array(b), Value::Array(p)) => {
            if p.len() > MAX_ITEMS {
                return Err(PatchError::TooManyItems);
            }
            let mut out = Vec::with_capacity(p.len());
            for (i, item) in p.iter().enumerate() {
                if let (Value::Array(cells), Some((fields, template))) =
                    (item, defaults.row_of(key))
                {
                    let here = join(&i.to_string());
                    let object = row_object(defaults, fields, template, cells, &here, issues);
                    let template = Value::Object(template.clone());
                    out.push(apply(defaults, &template, &object, key, &here, issues)?);
                    continue;
                }
                match b.get(i).or_else(|| defaults.items.get(key)) {
                    Some(ib) => out.push(apply(
                        defaults,
                        ib,
                        item,
                        key,
                        &join(&i.to_string()),
                        issues,
                    )?),
                    None => issues.push(not_read(&join(&i.to_string()), item)),
                }
            }
            Ok(Value::Array(out))
        }
        (Value::Number(b), Value::Number(p)) => {
            let fits = if b.is_f64() {
                p.as_f64().is_some_and(f64::is_finite)
            } else {
                p.as_u64().is_some_and(|n| n <= u64::from(u32::MAX))
            };
            if fits {
                Ok(patch.clone())
            } else {
                issues.push(not_read(path, patch));
                Ok(base.clone())
            }
        }
        (Value::String(_), Value::String(p)) => match defaults.enums.get(key) {
            Some(Value::Array(allowed)) if !allowed.iter().any(|a| a.as_str() == Some(p)) => {
                issues.push(not_read(path, patch));
                Ok(base.clone())
            }
            _ => Ok(patch.clone()),
        },
        (Value::Bool(_), Value::Bool(_)) => Ok(patch.clone()),
        _ => {
            issues.push(not_read(path, patch));
            Ok(base.clone())
        }
    }
}

/// The object a row stands for (cells beyond the version's fields are reported).
fn row_object(
    defaults: &Defaults,
    fields: &[Value],
    template: &Map<String, Value>,
    cells: &[Value],
    path: &str,
    issues: &mut Vec<LinkIssue>,
) -> Value {
    if cells.len() > fields.len() {
        issues.push(LinkIssue {
            key: path.to_string(),
            message: format!(
                "\"{}\" has more values than this version knows; the extra ones were ignored.",
                shorten(path)
            ),
        });
    }
    let members = fields
        .iter()
        .filter_map(Value::as_str)
        .zip(cells)
        .map(|(f, cell)| {
            let t = template.get(f).unwrap_or(&Value::Null);
            (f.to_string(), defaults.cell_value(f, cell, t))
        })
        .collect();
    Value::Object(members)
}

fn not_read(path: &str, value: &Value) -> LinkIssue {
    let text = match value {
        Value::String(s) => s.clone(),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "a group".into(),
        other => other.to_string(),
    };
    LinkIssue {
        key: path.to_string(),
        message: format!(
            "The value of \"{}\" (\"{}\") could not be read; the default was kept.",
            shorten(path),
            shorten(&text)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn defaults() -> Defaults {
        let map = |v: Value| v.as_object().unwrap().clone();
        Defaults {
            scenario: json!({"a": 1.5, "n": 3, "role": "csm", "list": [{"x": 1.0, "on": false}],
                "rows": [{"x": 1.0, "role": "csm", "on": false}]}),
            items: map(json!({"list": {"x": 0.0, "on": true},
                "rows": {"x": 0.0, "role": "csm", "on": false}})),
            enums: map(json!({"role": ["csm", "partner"]})),
            rows: map(json!({"rows": ["x", "role", "on"]})),
        }
    }

    #[test]
    fn only_differences_are_written_and_applied_back() {
        let d = defaults();
        let mut value = d.scenario.clone();
        value["n"] = json!(4);
        value["role"] = json!("partner");
        value["list"] = json!([{"x": 1.0, "on": false}, {"x": 0.0, "on": false}]);
        let p = diff(&d, &d.scenario, &value, "").unwrap();
        assert_eq!(
            p,
            json!({"n": 4, "role": "partner", "list": [{}, {"on": false}]})
        );
        let mut issues = vec![];
        assert_eq!(
            apply(&d, &d.scenario, &p, "", "", &mut issues).unwrap(),
            value
        );
        assert!(issues.is_empty());
        assert_eq!(diff(&d, &d.scenario, &d.scenario, ""), None);
    }

    #[test]
    fn wrong_kinds_keep_the_base_and_are_reported() {
        let d = defaults();
        let p = json!({"a": "x", "n": -1, "role": "boss", "zz": 1, "list": 5});
        let mut issues = vec![];
        let v = apply(&d, &d.scenario, &p, "", "", &mut issues).unwrap();
        assert_eq!(v, d.scenario);
        let keys: Vec<&str> = issues.iter().map(|i| i.key.as_str()).collect();
        assert_eq!(keys, ["a", "list", "n", "role", "zz"]);
    }

    #[test]
    fn row_lists_are_written_whole_as_short_rows() {
        let d = defaults();
        let value = json!({"a": 1.5, "n": 3, "role": "csm", "list": [{"x": 1.0, "on": false}],
            "rows": [{"x": 2.0, "role": "partner", "on": false}, {"x": 0.0, "role": "csm", "on": true}]});
        let p = diff(&d, &d.scenario, &value, "").unwrap();
        assert_eq!(p, json!({"rows": [[2.0, 1], [0.0, 0, 1]]}));
        let mut issues = vec![];
        assert_eq!(
            apply(&d, &d.scenario, &p, "", "", &mut issues).unwrap(),
            value
        );
        assert!(issues.is_empty());
        // A bad index, a bad flag and an extra cell are reported; the rest is read.
        let p = json!({"rows": [[3.0, 9, 2, "extra"]]});
        let v = apply(&d, &d.scenario, &p, "", "", &mut issues).unwrap();
        assert_eq!(v["rows"], json!([{"x": 3.0, "role": "csm", "on": false}]));
        let keys: Vec<&str> = issues.iter().map(|i| i.key.as_str()).collect();
        assert_eq!(keys, ["rows.0", "rows.0.on", "rows.0.role"]);
    }

    #[test]
    fn long_lists_stop_the_reading() {
        let d = defaults();
        let p = json!({"list": vec![json!({}); MAX_ITEMS + 1]});
        let mut issues = vec![];
        assert_eq!(
            apply(&d, &d.scenario, &p, "", "", &mut issues),
            Err(PatchError::TooManyItems)
        );
    }
}
