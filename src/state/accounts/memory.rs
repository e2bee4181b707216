//! What "Remember this list on this device" keeps besides the list's own
//! bytes: its name, the column mapping, the overrides made by hand and the
//! plan's tier counts before the list was applied, as a small JSON text.
//! Only written after the person opts in; the page stores it in IndexedDB.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::accounts::{Field, Mapping};

/// Version of the stored text; another version is not read.
const VERSION: u32 = 1;

/// Every field with its stable storage key (never reuse or rename a key).
const FIELD_KEYS: [(Field, &str); 14] = [
    (Field::Name, "name"),
    (Field::Arr, "arr"),
    (Field::Mrr, "mrr"),
    (Field::Employees, "employees"),
    (Field::Products, "products"),
    (Field::Complexity, "complexity"),
    (Field::Strategic, "strategic"),
    (Field::Industry, "industry"),
    (Field::Region, "region"),
    (Field::Health, "health"),
    (Field::CustomerSince, "customer_since"),
    (Field::Renewal, "renewal"),
    (Field::CurrentTier, "current_tier"),
    (Field::OverrideTier, "override_tier"),
];

/// The storage key of a field.
pub fn field_key(field: Field) -> &'static str {
    FIELD_KEYS
        .iter()
        .find(|(f, _)| *f == field)
        .map_or("", |(_, key)| key)
}

/// The field with storage key `key`.
pub fn field_from_key(key: &str) -> Option<Field> {
    FIELD_KEYS.iter().find(|(_, k)| *k == key).map(|(f, _)| *f)
}

/// A remembered list's settings (its bytes are stored beside them).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Remembered {
    /// The file name, or "Pasted cells".
    pub name: String,
    /// The column mapping as the person left it.
    pub mapping: Mapping,
    /// Tiers chosen by hand, by table row: `Some(tier)` or `None` for "the
    /// rule" (which also sets aside an override column of the file).
    pub overrides: BTreeMap<u32, Option<u8>>,
    /// Customers per tier the plan had before the list was applied, if known.
    pub previous_counts: Option<Vec<f64>>,
}

#[derive(Serialize, Deserialize)]
struct Stored {
    version: u32,
    name: String,
    mapping: Vec<Option<String>>,
    overrides: Vec<(u32, Option<u8>)>,
    previous_counts: Option<Vec<f64>>,
}

impl Remembered {
    /// The settings as JSON text.
    pub fn to_text(&self) -> String {
        let stored = Stored {
            version: VERSION,
            name: self.name.clone(),
            mapping: self
                .mapping
                .columns
                .iter()
                .map(|f| f.map(|f| field_key(f).to_string()))
                .collect(),
            overrides: self.overrides.iter().map(|(r, t)| (*r, *t)).collect(),
            previous_counts: self.previous_counts.as_ref().map(|c| {
                c.iter()
                    .map(|x| if x.is_finite() { *x } else { 0.0 })
                    .collect()
            }),
        };
        serde_json::to_string(&stored).unwrap_or_default()
    }

    /// Settings read back from [`Remembered::to_text`]; `None` when the text
    /// is damaged or of another version. An unknown field key reads as an
    /// ignored column.
    pub fn from_text(text: &str) -> Option<Self> {
        let stored: Stored = serde_json::from_str(text).ok()?;
        if stored.version != VERSION {
            return None;
        }
        Some(Self {
            name: stored.name,
            mapping: Mapping {
                columns: stored
                    .mapping
                    .iter()
                    .map(|k| k.as_deref().and_then(field_from_key))
                    .collect(),
            },
            overrides: stored.overrides.into_iter().collect(),
            previous_counts: stored.previous_counts,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_its_own_key() {
        for (field, key) in FIELD_KEYS {
            assert_eq!(field_from_key(key), Some(field));
            assert_eq!(field_key(field), key);
        }
        let mut keys: Vec<_> = FIELD_KEYS.iter().map(|(_, k)| *k).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), FIELD_KEYS.len());
    }

    #[test]
    fn settings_round_trip() {
        let r = Remembered {
            name: "accounts \"Q3\".csv".into(),
            mapping: Mapping {
                columns: vec![
                    Some(Field::Name),
                    None,
                    Some(Field::Mrr),
                    Some(Field::Renewal),
                ],
            },
            overrides: [(4, Some(0)), (17, None)].into_iter().collect(),
            previous_counts: Some(vec![40.0, 300.0, 2000.0]),
        };
        assert_eq!(Remembered::from_text(&r.to_text()), Some(r));
    }

    #[test]
    fn damaged_or_foreign_text_is_not_read() {
        assert_eq!(Remembered::from_text(""), None);
        assert_eq!(Remembered::from_text("{\"version\":2}"), None);
        let future = Remembered::default()
            .to_text()
            .replace("\"version\":1", "\"version\":9");
        assert_eq!(Remembered::from_text(&future), None);
        let unknown = r#"{"version":1,"name":"x","mapping":["name","galaxy",null],"overrides":[],"previous_counts":null}"#;
        let read = Remembered::from_text(unknown).unwrap();
        assert_eq!(read.mapping.columns, vec![Some(Field::Name), None, None]);
    }
}
