//! Which column holds what: a guess from the header names
//! ([`guess_mapping`]), which the person can correct ([`Mapping::set`]).
//!
//! Header names are compared as words: case, spaces, punctuation, `#`,
//! currency codes in brackets, filler words (`number of`, `count`, `total`)
//! and plurals aside, so `# Products`, `Number of products` and
//! `products` are the same. The guess runs in two passes:
//! 1. names equal to a known name (`ARR`, `Annual Recurring Revenue`,
//!    `Customer since`…);
//! 2. names that contain a known word (`Account name (legal)`,
//!    `ARR 2024`), unless they also hold a word that means something else
//!    (`Account owner name`, `ARR growth`, `Created by`).
//!
//! Within a pass the better known name wins (`Region` over `Country`), then
//! the first column. Each field goes to one column at most, and each
//! column holds one field at most.

use super::{Field, Mapping};
use crate::caseless;

impl Field {
    /// Every field, in the order the page lists them.
    pub const ALL: [Field; 14] = [
        Field::Name,
        Field::Arr,
        Field::Mrr,
        Field::Employees,
        Field::Products,
        Field::Complexity,
        Field::Strategic,
        Field::Industry,
        Field::Region,
        Field::Health,
        Field::CustomerSince,
        Field::Renewal,
        Field::CurrentTier,
        Field::OverrideTier,
    ];

    /// Plain-words name for the page.
    pub fn label(self) -> &'static str {
        match self {
            Field::Name => "Account name",
            Field::Arr => "ARR",
            Field::Mrr => "MRR",
            Field::Employees => "Employees",
            Field::Products => "Products",
            Field::Complexity => "Complexity",
            Field::Strategic => "Strategic",
            Field::Industry => "Industry",
            Field::Region => "Region",
            Field::Health => "Health score",
            Field::CustomerSince => "Customer since",
            Field::Renewal => "Renewal date",
            Field::CurrentTier => "Current tier",
            Field::OverrideTier => "Tier override",
        }
    }

    /// Known names (normalised words) for the first pass, best first.
    fn names(self) -> &'static [&'static str] {
        match self {
            Field::Name => &[
                "account name",
                "company name",
                "customer name",
                "client name",
                "account",
                "company",
                "customer",
                "client",
                "name",
                "organization",
                "organisation",
                "organization name",
                "organisation name",
                "org",
                "org name",
                "legal name",
                "business name",
            ],
            Field::Arr => &[
                "arr",
                "annual recurring revenue",
                "acv",
                "annual contract value",
                "contract value",
                "current arr",
                "annual value",
                "recurring revenue",
                "subscription value",
                "yearly revenue",
            ],
            Field::Mrr => &[
                "mrr",
                "monthly recurring revenue",
                "monthly revenue",
                "monthly value",
                "current mrr",
            ],
            Field::Employees => &[
                "employee",
                "headcount",
                "company size",
                "employee size",
                "staff",
                "fte",
                "workforce",
                "size",
            ],
            Field::Products => &[
                "product",
                "module",
                "product owned",
                "product purchased",
                "product and service",
                "service",
            ],
            Field::Complexity => &[
                "complexity",
                "account complexity",
                "complexity score",
                "complexity level",
                "complexity rating",
            ],
            Field::Strategic => &[
                "strategic",
                "strategic account",
                "key account",
                "strategic flag",
                "strategic importance",
                "key",
                "vip",
            ],
            Field::Industry => &["industry", "vertical", "sector", "industry vertical"],
            Field::Region => &[
                "region",
                "geo",
                "geography",
                "territory",
                "sales region",
                "market",
                "country",
                "location",
                "area",
            ],
            Field::Health => &[
                "health score",
                "health",
                "customer health",
                "account health",
                "health status",
                "customer health score",
                "chs",
            ],
            Field::CustomerSince => &[
                "customer since",
                "client since",
                "since",
                "start date",
                "signup date",
                "sign up date",
                "contract start",
                "contract start date",
                "customer start date",
                "created",
                "created date",
                "created at",
                "date created",
                "creation date",
                "account created",
                "first purchase date",
                "onboarding date",
                "go live date",
                "start",
            ],
            Field::Renewal => &[
                "renewal date",
                "renewal",
                "next renewal",
                "next renewal date",
                "contract end",
                "contract end date",
                "end date",
                "renews on",
                "renewal month",
                "expiry",
                "expiry date",
                "expiration",
                "expiration date",
                "term end",
                "subscription end",
            ],
            Field::CurrentTier => &[
                "tier tierplan",
                "tier",
                "current tier",
                "segment",
                "customer tier",
                "account tier",
                "tier name",
                "service tier",
                "cs tier",
                "segmentation",
                "customer segment",
                "current segment",
            ],
            Field::OverrideTier => &[
                "override tierplan",
                "override",
                "tier override",
                "manual tier",
                "override tier",
                "forced tier",
                "manual override",
                "pinned tier",
            ],
        }
    }

    /// Words for the second pass (a name that holds one), and words that
    /// rule the column out.
    fn words(self) -> (&'static [&'static str], &'static [&'static str]) {
        const MONEY_NOT: &[&str] = &[
            "growth",
            "change",
            "target",
            "previous",
            "prior",
            "last",
            "delta",
            "churn",
            "expansion",
            "potential",
            "forecast",
            "new",
            "pct",
            "percent",
            "rate",
            "per",
            "quota",
        ];
        match self {
            Field::Name => (
                &["name"],
                &[
                    "id",
                    "owner",
                    "manager",
                    "csm",
                    "rep",
                    "email",
                    "contact",
                    "first",
                    "last",
                    "user",
                    "parent",
                    "tier",
                    "segment",
                    "industry",
                    "region",
                    "product",
                    "file",
                    "plan",
                    "domain",
                    "executive",
                    "sponsor",
                ],
            ),
            Field::Arr => (
                &[
                    "arr",
                    "annual recurring revenue",
                    "acv",
                    "annual contract value",
                ],
                MONEY_NOT,
            ),
            Field::Mrr => (&["mrr", "monthly recurring revenue"], MONEY_NOT),
            Field::Employees => (&["employee", "headcount"], &["growth", "change", "csm"]),
            Field::Products => (
                &["product", "module"],
                &[
                    "name", "tier", "type", "line", "usage", "family", "category", "manager",
                    "owner", "version", "plan", "price", "feedback",
                ],
            ),
            Field::Complexity => (&["complexity"], &[]),
            Field::Strategic => (
                &["strategic", "key account"],
                &["plan", "note", "initiative"],
            ),
            Field::Industry => (&["industry", "vertical", "sector"], &[]),
            Field::Region => (&["region", "geo", "territory", "country"], &["code"]),
            Field::Health => (
                &["health"],
                &["trend", "change", "previous", "date", "comment"],
            ),
            Field::CustomerSince => (
                &[
                    "since",
                    "start date",
                    "signup",
                    "sign up",
                    "created",
                    "contract start",
                    "go live",
                ],
                &["by", "user"],
            ),
            Field::Renewal => (
                &[
                    "renewal",
                    "contract end",
                    "expiration",
                    "expiry",
                    "end date",
                ],
                &[
                    "amount",
                    "arr",
                    "mrr",
                    "value",
                    "probability",
                    "likelihood",
                    "owner",
                    "status",
                    "risk",
                    "forecast",
                    "type",
                    "price",
                    "uplift",
                    "term",
                    "note",
                ],
            ),
            Field::CurrentTier => (
                &["tier", "segment"],
                &[
                    "override",
                    "manual",
                    "rule",
                    "new",
                    "proposed",
                    "target",
                    "next",
                    "forced",
                    "pinned",
                    "suggested",
                    "recommended",
                    "price",
                    "pricing",
                    "support",
                ],
            ),
            Field::OverrideTier => (&["override", "manual tier"], &[]),
        }
    }
}

impl Mapping {
    /// The score criteria some column gives (ARR from an ARR or an MRR
    /// column): the others cannot earn an account any points.
    pub fn criteria(&self) -> Vec<crate::model::tiering::Criterion> {
        use crate::model::tiering::Criterion;
        let has = |f: Field| self.column_of(f).is_some();
        Criterion::ALL
            .into_iter()
            .filter(|&c| match c {
                Criterion::Arr => has(Field::Arr) || has(Field::Mrr),
                Criterion::Employees => has(Field::Employees),
                Criterion::Products => has(Field::Products),
                Criterion::Complexity => has(Field::Complexity),
                Criterion::Strategic => has(Field::Strategic),
                Criterion::Health => has(Field::Health),
            })
            .collect()
    }

    /// The column that holds a field, if any.
    pub fn column_of(&self, f: Field) -> Option<usize> {
        self.columns.iter().position(|&c| c == Some(f))
    }

    /// The field a column holds (`None` when ignored or beyond the mapping).
    pub fn field_of(&self, column: usize) -> Option<Field> {
        self.columns.get(column).copied().flatten()
    }

    /// Sets what a column holds; a field already held by another column
    /// leaves it (each field in one column at most).
    pub fn set(&mut self, column: usize, field: Option<Field>) {
        if self.columns.len() <= column {
            self.columns.resize(column + 1, None);
        }
        if field.is_some() {
            for c in &mut self.columns {
                if *c == field {
                    *c = None;
                }
            }
        }
        self.columns[column] = field;
    }
}

/// The guessed field of each column, from the header names (see the module
/// documentation).
pub fn guess_mapping(headers: &[String]) -> Mapping {
    let names: Vec<Vec<String>> = headers.iter().map(|h| words(h)).collect();
    // (pass, rank, column, field), best first.
    let mut candidates: Vec<(u8, usize, usize, Field)> = Vec::new();
    for (column, name) in names.iter().enumerate() {
        if name.is_empty() {
            continue;
        }
        let joined = name.join(" ");
        for field in Field::ALL {
            if let Some(rank) = field.names().iter().position(|n| *n == joined) {
                candidates.push((0, rank, column, field));
            }
            let (holds, not) = field.words();
            if name.iter().any(|w| not.contains(&w.as_str())) {
                continue;
            }
            if let Some(rank) = holds.iter().position(|phrase| contains(name, phrase)) {
                candidates.push((1, rank, column, field));
            }
        }
    }
    candidates.sort();
    let mut mapping = Mapping {
        columns: vec![None; headers.len()],
    };
    for (_, _, column, field) in candidates {
        if mapping.columns[column].is_none() && mapping.column_of(field).is_none() {
            mapping.columns[column] = Some(field);
        }
    }
    mapping
}

/// A header name as words: lower case, letters and digits only, filler
/// words and currency codes dropped, plurals made singular.
fn words(header: &str) -> Vec<String> {
    const FILLER: [&str; 16] = [
        "number", "of", "no", "num", "nb", "count", "total", "the", "in", "usd", "eur", "gbp",
        "chf", "is", "y", "n",
    ];
    caseless::lower(header)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !FILLER.contains(w))
        .map(singular)
        .collect()
}

/// `products` -> `product`; `business`, `status`, `analysis` stay.
fn singular(word: &str) -> String {
    let keep =
        word.len() <= 3 || word.ends_with("ss") || word.ends_with("us") || word.ends_with("is");
    match word.strip_suffix('s') {
        Some(stem) if !keep => stem.to_string(),
        _ => word.to_string(),
    }
}

/// Whether the words of `phrase` appear in `name`, one after the other.
fn contains(name: &[String], phrase: &str) -> bool {
    let phrase: Vec<&str> = phrase.split(' ').collect();
    name.windows(phrase.len())
        .any(|w| w.iter().zip(&phrase).all(|(a, b)| a == b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guess(headers: &[&str]) -> Vec<Option<Field>> {
        let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
        guess_mapping(&headers).columns
    }

    #[test]
    fn the_names_of_the_brief() {
        use Field::*;
        for (header, field) in [
            ("Account Name", Name),
            ("Company", Name),
            ("Customer", Name),
            ("ARR", Arr),
            ("Annual Recurring Revenue", Arr),
            ("ACV", Arr),
            ("Contract Value", Arr),
            ("ARR (USD)", Arr),
            ("MRR", Mrr),
            ("Monthly Revenue", Mrr),
            ("Employees", Employees),
            ("Headcount", Employees),
            ("Company size", Employees),
            ("Number of employees", Employees),
            ("# Products", Products),
            ("Products", Products),
            ("Modules", Products),
            ("Complexity", Complexity),
            ("Strategic", Strategic),
            ("Key account", Strategic),
            ("Strategic account", Strategic),
            ("Strategic (Y/N)", Strategic),
            ("Industry", Industry),
            ("Vertical", Industry),
            ("Sector", Industry),
            ("Region", Region),
            ("Geo", Region),
            ("Territory", Region),
            ("Health", Health),
            ("Health Score", Health),
            ("Customer since", CustomerSince),
            ("Start date", CustomerSince),
            ("Signup date", CustomerSince),
            ("Created", CustomerSince),
            ("Renewal", Renewal),
            ("Renewal date", Renewal),
            ("Contract end", Renewal),
            ("Tier", CurrentTier),
            ("Segment", CurrentTier),
            ("Current tier", CurrentTier),
            ("Override", OverrideTier),
            ("Tier override", OverrideTier),
            ("Manual tier", OverrideTier),
        ] {
            assert_eq!(guess(&[header]), [Some(field)], "{header}");
        }
    }

    #[test]
    fn words_that_mean_something_else_are_not_guessed() {
        for header in [
            "Account owner name",
            "ARR growth",
            "Created by",
            "Rule tier",
            "Score",
            "Reason",
            "Product name",
            "Notes",
            "",
        ] {
            assert_eq!(guess(&[header]), [None], "{header}");
        }
        assert_eq!(
            guess(&["Account Name (legal)", "ARR 2024"]),
            [Some(Field::Name), Some(Field::Arr)]
        );
    }

    #[test]
    fn each_field_once_and_the_better_name_wins() {
        use Field::*;
        assert_eq!(
            guess(&["Account", "Account Name", "Country", "Region", "ARR", "ACV"]),
            [None, Some(Name), None, Some(Region), Some(Arr), None]
        );
        // The export's own columns, renamed when the list had them already.
        assert_eq!(
            guess(&[
                "Name",
                "ARR",
                "Tier",
                "Tier (tierplan)",
                "Override",
                "Override (tierplan)"
            ]),
            [
                Some(Name),
                Some(Arr),
                None,
                Some(CurrentTier),
                None,
                Some(OverrideTier)
            ]
        );
    }

    #[test]
    fn setting_a_column_moves_the_field() {
        let mut m = guess_mapping(&["Name".into(), "ARR".into(), "Value".into()]);
        assert_eq!(m.column_of(Field::Arr), Some(1));
        m.set(2, Some(Field::Arr));
        assert_eq!(m.columns, [Some(Field::Name), None, Some(Field::Arr)]);
        m.set(5, Some(Field::Region));
        assert_eq!(m.field_of(5), Some(Field::Region));
        assert_eq!(m.field_of(9), None);
        m.set(0, None);
        assert_eq!(m.column_of(Field::Name), None);
        assert_eq!(Field::ALL.len(), 14);
        assert_eq!(Field::Health.label(), "Health score");
    }
}
