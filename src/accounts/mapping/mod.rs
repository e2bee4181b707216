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

mod names;
mod words;

use super::{Field, Mapping, Table};
use crate::caseless;
use names::known_names;
use words::known_words;

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
    // Known names and words, as words too (so they are written naturally,
    // accents and plurals included).
    let known: Vec<Known> = Field::ALL.iter().map(|&f| Known::of(f)).collect();
    // (pass, rank, column, field), best first.
    let mut candidates: Vec<(u8, usize, usize, Field)> = Vec::new();
    for (column, name) in names.iter().enumerate() {
        if name.is_empty() {
            continue;
        }
        let joined = name.join(" ");
        for (field, k) in Field::ALL.into_iter().zip(&known) {
            if let Some(rank) = k.names.iter().position(|n| *n == joined) {
                candidates.push((0, rank, column, field));
            }
            if name.iter().any(|w| k.not.contains(w)) {
                continue;
            }
            if let Some(rank) = k.holds.iter().position(|phrase| contains(name, phrase)) {
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

/// The guess for a read table: [`guess_mapping`] of its header, except
/// that a column whose every cell is blank holds nothing. An empty "Tier"
/// column read as each account's current tier would say that no account
/// has a tier today; an empty "ARR" column, that every account earns 0.
/// Returns the mapping and the columns left out that way, with the field
/// their header suggested.
pub fn guess_for_table(table: &Table) -> (Mapping, Vec<(usize, Field)>) {
    let mut mapping = guess_mapping(table.headers());
    let mut left_empty = Vec::new();
    for (column, slot) in mapping.columns.iter_mut().enumerate() {
        let Some(field) = *slot else { continue };
        if (0..table.len()).all(|row| table.cell(row, column).trim().is_empty()) {
            *slot = None;
            left_empty.push((column, field));
        }
    }
    (mapping, left_empty)
}

/// Why a column was left unmapped by [`guess_for_table`], in plain words.
pub fn left_empty_note(header: &str, field: Field) -> String {
    format!(
        "The column \"{}\" is empty in every row, so it is not read as {}. Choose it below if it should be.",
        header.trim(),
        field.label()
    )
}

/// A field's known names, the words that point to it and the words that
/// rule it out, each as [`words`] writes a header.
struct Known {
    names: Vec<String>,
    holds: Vec<String>,
    not: Vec<String>,
}

impl Known {
    fn of(field: Field) -> Self {
        let phrase = |p: &&str| words(p).join(" ");
        let (holds, not) = known_words(field);
        Self {
            names: known_names(field).iter().map(phrase).collect(),
            holds: holds.iter().map(phrase).collect(),
            not: not.iter().map(phrase).collect(),
        }
    }
}

/// A header name as words: lower case ([`caseless::lower`]) without
/// accents ([`unaccented`]), letters and digits only, filler words
/// (English, German, French, Spanish, Dutch and Portuguese articles and
/// "number of") and currency codes dropped, plurals made singular.
fn words(header: &str) -> Vec<String> {
    const FILLER: [&str; 40] = [
        "number", "of", "no", "num", "nb", "count", "total", "the", "in", "usd", "eur", "gbp",
        "chf", "is", "y", "n", // English, and Y/N
        "der", "die", "das", "den", "dem", "des", "anzahl", // German
        "de", "du", "d", "la", "le", "les", "l", // French
        "del", "el", "los", "las", // Spanish
        "van", "het", "aantal", // Dutch
        "do", "da", "dos", // Portuguese
    ];
    let lower = caseless::lower(header);
    let mut plain = String::with_capacity(lower.len());
    for c in lower.chars() {
        match unaccented(c) {
            Some(base) => plain.push_str(base),
            None => plain.push(c),
        }
    }
    plain
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !FILLER.contains(w))
        .map(singular)
        .collect()
}

/// The letter without its accent, for the small letters of the languages
/// whose exports the guess knows (`é` -> `e`, `ß` -> `ss`, `ç` -> `c`);
/// `None` for any other character.
fn unaccented(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' => "i",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ß' => "ss",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ś' | 'š' => "s",
        'ź' | 'ż' | 'ž' => "z",
        'ł' => "l",
        _ => return None,
    })
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
    fn crm_headers_in_german_french_spanish_dutch_and_portuguese() {
        use Field::*;
        /// A language, and its headers with the field each must be guessed as.
        type Case = (&'static str, &'static [(&'static str, Option<Field>)]);
        let cases: [Case; 5] = [
            (
                "German",
                &[
                    ("Kunde", Some(Name)),
                    ("Umsatz (EUR)", Some(Arr)),
                    ("Monatsumsatz", Some(Mrr)),
                    ("Anzahl Mitarbeiter", Some(Employees)),
                    ("Branche", Some(Industry)),
                    ("Kunde seit", Some(CustomerSince)),
                    ("Verlängerungsdatum", Some(Renewal)),
                    ("Kundensegment", Some(CurrentTier)),
                    ("Umsatzwachstum", None),
                ],
            ),
            (
                "French",
                &[
                    ("Nom du client", Some(Name)),
                    ("Chiffre d'affaires annuel", Some(Arr)),
                    ("Nombre d'employés", Some(Employees)),
                    ("Secteur d'activité", Some(Industry)),
                    ("Pays", Some(Region)),
                    ("Client depuis", Some(CustomerSince)),
                    ("Date de renouvellement", Some(Renewal)),
                    ("Santé", Some(Health)),
                    ("Niveau", Some(CurrentTier)),
                ],
            ),
            (
                "Spanish",
                &[
                    ("Cliente", Some(Name)),
                    ("Ingresos anuales", Some(Arr)),
                    ("Número de empleados", Some(Employees)),
                    ("Región", Some(Region)),
                    ("Fecha de inicio", Some(CustomerSince)),
                    ("Fecha de renovación", Some(Renewal)),
                    ("Segmento", Some(CurrentTier)),
                    ("Complejidad", Some(Complexity)),
                ],
            ),
            (
                "Dutch",
                &[
                    ("Klant", Some(Name)),
                    ("Jaaromzet", Some(Arr)),
                    ("Aantal medewerkers", Some(Employees)),
                    ("Klant sinds", Some(CustomerSince)),
                    ("Verlengingsdatum", Some(Renewal)),
                    ("Klantsegment", Some(CurrentTier)),
                    ("Strategisch", Some(Strategic)),
                ],
            ),
            (
                "Portuguese",
                &[
                    ("Nome do cliente", Some(Name)),
                    ("Receita", Some(Arr)),
                    ("Receita mensal", Some(Mrr)),
                    ("Número de funcionários", Some(Employees)),
                    ("Setor", Some(Industry)),
                    ("Data de início", Some(CustomerSince)),
                    ("Data de renovação", Some(Renewal)),
                    ("Nível", Some(CurrentTier)),
                ],
            ),
        ];
        for (language, columns) in cases {
            let headers: Vec<&str> = columns.iter().map(|c| c.0).collect();
            let want: Vec<Option<Field>> = columns.iter().map(|c| c.1).collect();
            assert_eq!(guess(&headers), want, "{language}: {headers:?}");
        }
        // One at a time, any case, with or without accents.
        for (header, field) in [
            ("KUNDE", Name),
            ("Client", Name),
            ("Chiffre d\u{2019}affaires", Arr),
            ("chiffre d'affaires", Arr),
            ("Umsatz", Arr),
            ("Klant", Name),
            ("Receita", Arr),
            ("RECEITA ANUAL", Arr),
            ("Facturación", Arr),
            ("Facturacion", Arr),
            ("Revenu mensuel récurrent", Mrr),
            ("Date de création", CustomerSince),
            ("Échéance", Renewal),
            ("Beschäftigte", Employees),
        ] {
            assert_eq!(guess(&[header]), [Some(field)], "{header}");
        }
        // A monthly amount is never ARR; a growth figure is no amount.
        for header in ["Umsatz monatlich", "Receita mensal"] {
            assert_eq!(guess(&[header]), [Some(Mrr)], "{header}");
        }
        for header in [
            "Crecimiento de ingresos",
            "Umsatzwachstum",
            "Umsatz Vorjahr",
        ] {
            assert_ne!(guess(&[header]), [Some(Arr)], "{header}");
        }
    }

    #[test]
    fn an_empty_column_is_left_unmapped_with_a_note() {
        let csv = "Account,ARR,Tier,Region\nA,5,,EMEA\nB,7, ,\nC,9,,NA\n";
        let table = crate::accounts::read_table(csv.as_bytes()).unwrap();
        assert_eq!(
            guess_mapping(table.headers()).column_of(Field::CurrentTier),
            Some(2),
            "the header alone says Tier"
        );
        let (mapping, left) = guess_for_table(&table);
        assert_eq!(
            mapping.columns,
            [
                Some(Field::Name),
                Some(Field::Arr),
                None,
                Some(Field::Region)
            ]
        );
        assert_eq!(left, [(2, Field::CurrentTier)]);
        assert_eq!(
            left_empty_note("Tier", Field::CurrentTier),
            "The column \"Tier\" is empty in every row, so it is not read as Current tier. \
             Choose it below if it should be."
        );
        // One filled cell is enough to keep the guess.
        let table =
            crate::accounts::read_table(b"Account,ARR,Tier\nA,5,\nB,7,Low touch\n").unwrap();
        assert_eq!(
            guess_for_table(&table).0.column_of(Field::CurrentTier),
            Some(2)
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
