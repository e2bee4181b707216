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

use super::{Field, Mapping, Table};
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
                // German, French, Spanish, Dutch, Portuguese CRM exports.
                "kunde",
                "kunden",
                "kundenname",
                "name kunde",
                "firma",
                "firmenname",
                "unternehmen",
                "unternehmensname",
                "nom client",
                "nom",
                "societe",
                "nom societe",
                "entreprise",
                "raison sociale",
                "compte",
                "nom compte",
                "cliente",
                "nombre",
                "nombre cliente",
                "empresa",
                "nombre empresa",
                "cuenta",
                "nombre cuenta",
                "razon social",
                "klant",
                "klantnaam",
                "naam",
                "naam klant",
                "bedrijf",
                "bedrijfsnaam",
                "organisatie",
                "nome",
                "nome cliente",
                "nome empresa",
                "conta",
                "nome conta",
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
                "umsatz",
                "jahresumsatz",
                "jahrlicher umsatz",
                "jahrlich wiederkehrender umsatz",
                "wiederkehrender jahresumsatz",
                "jahresvertragswert",
                "vertragswert",
                "chiffre d'affaires",
                "chiffre d'affaires annuel",
                "ca",
                "ca annuel",
                "revenu annuel",
                "revenu annuel recurrent",
                "revenus recurrents annuels",
                "valeur du contrat",
                "valeur annuelle du contrat",
                "ingresos",
                "ingresos anuales",
                "ingresos recurrentes anuales",
                "ingreso anual recurrente",
                "facturacion",
                "facturacion anual",
                "ventas anuales",
                "valor del contrato",
                "valor anual del contrato",
                "omzet",
                "jaaromzet",
                "jaarlijkse omzet",
                "jaarlijks terugkerende omzet",
                "terugkerende jaaromzet",
                "contractwaarde",
                "jaarlijkse contractwaarde",
                "receita",
                "receita anual",
                "receita recorrente anual",
                "receita anual recorrente",
                "faturamento",
                "faturamento anual",
                "valor do contrato",
                "valor anual do contrato",
            ],
            Field::Mrr => &[
                "mrr",
                "monthly recurring revenue",
                "monthly revenue",
                "monthly value",
                "current mrr",
                "monatsumsatz",
                "monatlicher umsatz",
                "monatlich wiederkehrender umsatz",
                "umsatz pro monat",
                "chiffre d'affaires mensuel",
                "ca mensuel",
                "revenu mensuel",
                "revenu mensuel recurrent",
                "revenus recurrents mensuels",
                "ingresos mensuales",
                "ingreso mensual",
                "ingresos recurrentes mensuales",
                "ingreso mensual recurrente",
                "facturacion mensual",
                "maandomzet",
                "maandelijkse omzet",
                "maandelijks terugkerende omzet",
                "receita mensal",
                "receita recorrente mensal",
                "receita mensal recorrente",
                "faturamento mensal",
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
                "mitarbeiter",
                "anzahl mitarbeiter",
                "mitarbeiterzahl",
                "beschaftigte",
                "angestellte",
                "unternehmensgrosse",
                "employes",
                "nombre d'employes",
                "effectif",
                "salaries",
                "nombre de salaries",
                "taille entreprise",
                "empleados",
                "numero de empleados",
                "plantilla",
                "tamano empresa",
                "medewerkers",
                "aantal medewerkers",
                "werknemers",
                "aantal werknemers",
                "personeel",
                "bedrijfsgrootte",
                "funcionarios",
                "numero de funcionarios",
                "colaboradores",
                "tamanho empresa",
            ],
            Field::Products => &[
                "product",
                "module",
                "product owned",
                "product purchased",
                "product and service",
                "service",
                "produkte",
                "anzahl produkte",
                "module",
                "produits",
                "nombre de produits",
                "productos",
                "numero de productos",
                "producten",
                "aantal producten",
                "produtos",
                "numero de produtos",
            ],
            Field::Complexity => &[
                "complexity",
                "account complexity",
                "complexity score",
                "complexity level",
                "complexity rating",
                "komplexitat",
                "complexite",
                "complejidad",
                "complexiteit",
                "complexidade",
            ],
            Field::Strategic => &[
                "strategic",
                "strategic account",
                "key account",
                "strategic flag",
                "strategic importance",
                "key",
                "vip",
                "strategisch",
                "strategischer kunde",
                "schlusselkunde",
                "strategique",
                "compte strategique",
                "compte cle",
                "estrategico",
                "cuenta estrategica",
                "cuenta clave",
                "strategische klant",
                "sleutelklant",
                "estrategica",
                "conta estrategica",
                "conta chave",
            ],
            Field::Industry => &[
                "industry",
                "vertical",
                "sector",
                "industry vertical",
                "branche",
                "industrie",
                "sektor",
                "secteur",
                "secteur d'activite",
                "industria",
                "setor",
                "ramo",
            ],
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
                "land",
                "gebiet",
                "vertriebsgebiet",
                "pays",
                "zone",
                "territoire",
                "pais",
                "zona",
                "territorio",
                "regio",
                "gebied",
                "regiao",
            ],
            Field::Health => &[
                "health score",
                "health",
                "customer health",
                "account health",
                "health status",
                "customer health score",
                "chs",
                "gesundheit",
                "kundengesundheit",
                "gesundheitsscore",
                "sante",
                "score de sante",
                "sante client",
                "salud",
                "puntuacion de salud",
                "salud del cliente",
                "gezondheid",
                "gezondheidsscore",
                "klantgezondheid",
                "saude",
                "pontuacao de saude",
                "saude do cliente",
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
                "kunde seit",
                "startdatum",
                "vertragsbeginn",
                "beginn",
                "erstellt am",
                "anlagedatum",
                "client depuis",
                "date de debut",
                "debut du contrat",
                "date de creation",
                "cliente desde",
                "fecha de inicio",
                "inicio del contrato",
                "fecha de alta",
                "fecha de creacion",
                "klant sinds",
                "begindatum",
                "ingangsdatum",
                "aanmaakdatum",
                "data de inicio",
                "inicio do contrato",
                "data de criacao",
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
                "verlangerung",
                "verlangerungsdatum",
                "nachste verlangerung",
                "vertragsende",
                "enddatum",
                "renouvellement",
                "date de renouvellement",
                "prochain renouvellement",
                "fin du contrat",
                "date de fin",
                "echeance",
                "renovacion",
                "fecha de renovacion",
                "proxima renovacion",
                "fin del contrato",
                "fecha de fin",
                "vencimiento",
                "verlenging",
                "verlengingsdatum",
                "volgende verlenging",
                "einddatum",
                "contracteinde",
                "vervaldatum",
                "renovacao",
                "data de renovacao",
                "proxima renovacao",
                "fim do contrato",
                "data de termino",
                "vencimento",
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
                "stufe",
                "kundenstufe",
                "kundensegment",
                "aktuelle stufe",
                "niveau",
                "niveau client",
                "segment client",
                "palier",
                "nivel",
                "segmento",
                "nivel del cliente",
                "segmento de cliente",
                "klantsegment",
                "klantniveau",
                "huidig niveau",
                "nivel do cliente",
                "segmento do cliente",
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
                "manuelle stufe",
                "niveau manuel",
                "nivel manual",
                "handmatig niveau",
            ],
        }
    }

    /// Words for the second pass (a name that holds one), and words that
    /// rule the column out.
    fn words(self) -> (&'static [&'static str], &'static [&'static str]) {
        /// Words of an amount that is not today's (growth, a target, last
        /// year's, a forecast), in English and the other languages.
        macro_rules! money_not {
            ($($extra:literal,)*) => {
                &[
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
                    // growth, target, previous, forecast in the other languages
                    "wachstum",
                    "ziel",
                    "vorjahr",
                    "prognose",
                    "croissance",
                    "objectif",
                    "precedent",
                    "prevision",
                    "crecimiento",
                    "objetivo",
                    "anterior",
                    "prevision",
                    "groei",
                    "doel",
                    "vorig",
                    "prognose",
                    "crescimento",
                    "meta",
                    "previsao",
                    $($extra,)*
                ]
            };
        }
        const MONEY_NOT: &[&str] = money_not!();
        /// ARR's: also never a monthly amount.
        const ARR_NOT: &[&str] = money_not!(
            "monthly",
            "monat",
            "monatlich",
            "monatlicher",
            "monatsumsatz",
            "mensuel",
            "mois",
            "mensual",
            "mensuale",
            "mes",
            "maand",
            "maandelijk",
            "maandelijkse",
            "maandomzet",
            "mensal",
        );
        match self {
            Field::Name => (
                &[
                    "name",
                    "nom",
                    "nombre",
                    "naam",
                    "nome",
                    "kundenname",
                    "firmenname",
                ],
                &[
                    "produkt",
                    "produit",
                    "producto",
                    "produto",
                    "mitarbeiter",
                    "employe",
                    "salarie",
                    "empleado",
                    "medewerker",
                    "werknemer",
                    "funcionario",
                    "contacto",
                    "kontakt",
                    "contato",
                    "responsable",
                    "verantwortlicher",
                    "eigentumer",
                    "vorname",
                    "nachname",
                    "prenom",
                    "apellido",
                    "datei",
                    "fichier",
                    "archivo",
                    "bestand",
                    "arquivo",
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
                    "umsatz",
                    "jahresumsatz",
                    "chiffre d affaire",
                    "ingreso",
                    "facturacion",
                    "omzet",
                    "jaaromzet",
                    "receita",
                    "faturamento",
                ],
                ARR_NOT,
            ),
            Field::Mrr => (
                &[
                    "mrr",
                    "monthly recurring revenue",
                    "monatsumsatz",
                    "umsatz monatlich",
                    "revenu mensuel",
                    "chiffre d affaire mensuel",
                    "ingreso mensual",
                    "ingreso mensuale",
                    "facturacion mensual",
                    "maandomzet",
                    "maandelijkse omzet",
                    "receita mensal",
                    "faturamento mensal",
                ],
                MONEY_NOT,
            ),
            Field::Employees => (
                &[
                    "employee",
                    "headcount",
                    "mitarbeiter",
                    "employe",
                    "salarie",
                    "empleado",
                    "medewerker",
                    "werknemer",
                    "funcionario",
                ],
                &[
                    "growth",
                    "change",
                    "csm",
                    "wachstum",
                    "croissance",
                    "crecimiento",
                    "groei",
                    "crescimento",
                ],
            ),
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
        let (holds, not) = field.words();
        Self {
            names: field.names().iter().map(phrase).collect(),
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
