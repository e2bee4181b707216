//! The scenario <-> URL codec and the scenario file format: plain Rust, no DOM.
//!
//! - [`encode`] / [`decode`]: the whole [`Scenario`] as a page query.
//! - [`to_file_json`] / [`from_file_json`]: the scenario as a versioned JSON file.
//! - [`encode_team`] / [`decode_team`]: the team time alone (the capacity card).
//!
//! The format is versioned from day one (`v=1`; this build writes `v=4`).
//! Only values that differ from the version's frozen defaults are written,
//! so the default scenario's link is empty (the bare page address). Every
//! version keeps its frozen files (`version.rs`); an old link is read with
//! its own version's files and migrated forward, and the committed corpus in
//! `tests/link_corpus/` proves each one still gives its plan. Links without
//! `v` but with a codec key are version 1 (the first team-time links); a
//! query without any codec key is this build's default scenario.
//!
//! Reading never panics and is bounded: a link of more than [`MAX_LINK_LEN`]
//! bytes or a payload unpacking to more than 256 KiB is refused. A part
//! that cannot be read keeps its default and comes back as a [`LinkIssue`];
//! a link that cannot be read at all is a [`LinkError`] with a message in
//! plain words. Numbers that are impossible but finite (negative hours) are
//! kept so that validation shows them at their fields; non-finite numbers
//! never get through. They are also listed in [`Decoded::impossible`],
//! each with the value the plan uses instead, by the model's own rule (the
//! one typing follows).
//!
//! Privacy: a link carries the scenario and nothing else: numbers, choices,
//! the scenario's name and the tier, touch, trigger and program names the
//! user typed. The scenario has no field for an account, a person or an
//! e-mail address, so a link can only hold such a thing if it was typed into
//! a name (a test checks that nothing else puts an `@` into a link). An
//! imported list of accounts reaches the scenario only as counts per tier
//! (customers, average ARR, first-year share, renewals by month) with the
//! rule and weights that tiered it: never a name or a row.

mod alternatives;
mod base64url;
mod error;
mod file;
mod impossible;
mod patch;
mod payload;
mod query;
#[cfg(test)]
mod snapshot;
mod v1;
mod v2;
mod v3;
mod v4;
mod version;

pub use alternatives::ALTERNATIVE_KEYS;
pub use error::{Carrier, ErrorKind, LinkError, LinkIssue};
pub use file::{from_file_json, to_file_json, to_file_json_all, MAX_FILE_LEN};
pub use patch::MAX_ITEMS;
pub use payload::MAX_UNPACKED;
pub use query::{decode_team, encode_team};

pub use crate::model::compare::MAX_SCENARIOS;
use crate::model::compare::{ordinal, unique_names};
use crate::model::Scenario;
use impossible::impossible_values;
use serde_json::Value;
use version::Version;

/// The link and file format version this build writes.
pub const LINK_VERSION: u32 = 4;

/// The longest query [`decode`] reads (16 KiB); links this build writes stay
/// far below it.
pub const MAX_LINK_LEN: usize = 16 * 1024;

/// The query keys the codec owns; every other key (such as `embed`) belongs
/// to the page and is ignored.
pub const CODEC_KEYS: [&str; 11] = [
    "v", "j", "z", "hpw", "wks", "re", "co", "ov", "a1", "a2", "a3",
];

/// A scenario read from a link or file, with the parts that could not be
/// read (each kept its default).
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// The scenario, migrated to this build's version: the base of a
    /// comparison.
    pub scenario: Scenario,
    /// The alternatives compared with it (none for a single plan), each
    /// migrated, its texts bounded and its name unique.
    pub alternatives: Vec<Scenario>,
    /// What could not be read, in plain words.
    pub warnings: Vec<LinkIssue>,
    /// The numbers that were read but are impossible (negative hours,
    /// shares over 100%), each named with the value the plan uses instead;
    /// keyed by field path. The scenario keeps them, so their fields show
    /// them with their message.
    pub impossible: Vec<LinkIssue>,
    /// The format version the link or file was made with.
    pub version: u32,
}

/// The query (without `?`) that carries `scenario`: empty for the default
/// scenario, else `v=4` followed by the readable team-time keys that differ
/// and, if anything else differs, one `j=` or `z=` payload.
pub fn encode(scenario: &Scenario) -> String {
    encode_all(std::slice::from_ref(scenario))
}

/// The query that carries a comparison: `scenarios[0]` is the base, written
/// as [`encode`] writes a plan, and each later one (up to
/// [`MAX_SCENARIOS`] in all; more are not written) an `aK=` patch against
/// the base (see `alternatives.rs`). One scenario gives [`encode`]'s query.
pub fn encode_all(scenarios: &[Scenario]) -> String {
    let Some((base, alternatives)) = scenarios.split_first() else {
        return String::new();
    };
    let version = current();
    let mut params = version.encode_params(scenario_to_json(base));
    if !alternatives.is_empty() {
        let refs: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
        // The base as a reader gets it back: the alternatives' common ground.
        let base_json = version
            .decode_params(&refs)
            .map_or_else(|_| scenario_to_json(base), |(json, _)| json);
        let base_json = alternatives::common_base(version, base_json);
        for (key, alt) in ALTERNATIVE_KEYS.iter().zip(alternatives) {
            let value =
                alternatives::encode_alternative(version, &base_json, &scenario_to_json(alt));
            params.push((key, value));
        }
    }
    if params.is_empty() {
        return String::new();
    }
    let mut out = format!("v={LINK_VERSION}");
    for (key, value) in params {
        out.push('&');
        out.push_str(key);
        out.push('=');
        out.push_str(&value);
    }
    out
}

/// The link of format `version_number` whose payload is the JSON text
/// `json`, packed as [`encode`] packs one (`z=` deflated with that
/// version's dictionary or `j=`, whichever is shorter); `None` for a version
/// this build does not know. The page never calls it: it lets tests and the
/// fuzzer (`examples/fuzz_links.rs`) send hand-made, hostile payloads
/// through the whole reader.
pub fn link_with_payload(version_number: u32, json: &str) -> Option<String> {
    let found = version(u64::from(version_number))?;
    let (key, text) = payload::pack(json, found.dictionary);
    Some(format!("v={version_number}&{key}={text}"))
}

/// Every version this build reads, oldest first; the last one is written.
const VERSIONS: [&Version; 4] = [&v1::V1, &v2::V2, &v3::V3, &v4::V4];

/// The version this build writes.
fn current() -> &'static Version {
    VERSIONS[VERSIONS.len() - 1]
}

/// The version numbered `number`, if this build knows it.
fn version(number: u64) -> Option<&'static Version> {
    VERSIONS
        .iter()
        .copied()
        .find(|v| u64::from(v.number) == number)
}

/// The query of a page address: the part after `?` and before `#` of a full
/// URL, empty for a URL without a query, or the text itself (a leading `?`
/// removed) when it is already a query.
pub fn query_of(text: &str) -> &str {
    let text = text.trim();
    let text = text.split_once('#').map_or(text, |(before, _)| before);
    match text.split_once('?') {
        Some((_, query)) => query,
        None if text.contains("://") || text.starts_with('/') => "",
        None => text,
    }
}

/// Reads a query written by [`encode`] of this or any earlier version (with
/// or without the leading `?`). Keys that are not the codec's are ignored;
/// a query without any codec key is the default scenario.
pub fn decode(query: &str) -> Result<Decoded, LinkError> {
    decode_query(query).map_err(|kind| LinkError::new(kind, Carrier::Link))
}

fn decode_query(query: &str) -> Result<Decoded, ErrorKind> {
    if query.len() > MAX_LINK_LEN {
        return Err(ErrorKind::TooLong {
            len: query.len(),
            max: MAX_LINK_LEN,
        });
    }
    let query = query.trim().trim_start_matches('?');
    let query = query.split_once('#').map_or(query, |(q, _)| q);
    let pairs: Vec<(&str, &str)> = query
        .split('&')
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
        .collect();
    let beyond = pairs.iter().any(|(key, _)| is_later_alternative(key));
    let params: Vec<(&str, &str)> = pairs
        .into_iter()
        .filter(|(key, _)| CODEC_KEYS.contains(key))
        .collect();
    if params.is_empty() {
        // The bare page address: this build's default scenario.
        return Ok(Decoded {
            scenario: Scenario::default(),
            alternatives: Vec::new(),
            warnings: Vec::new(),
            impossible: Vec::new(),
            version: LINK_VERSION,
        });
    }
    let found = match params.iter().rev().find(|(k, _)| *k == "v") {
        // The first links had no `v`: they are version 1.
        None => &v1::V1,
        Some((_, raw)) => match raw.parse::<u64>().ok().map(|n| (n, version(n))) {
            Some((_, Some(v))) => v,
            Some((n, None)) if n > u64::from(LINK_VERSION) => {
                return Err(ErrorKind::NewerVersion { version: n })
            }
            _ => {
                return Err(ErrorKind::Corrupt {
                    detail: format!("unknown format \"{}\"", error::shorten(raw)),
                })
            }
        },
    };
    let (json, mut warnings) = found.decode_params(&params)?;
    let base_json = alternatives::common_base(found, json.clone());
    let mut alternatives = Vec::new();
    for (k, key) in ALTERNATIVE_KEYS.iter().enumerate() {
        let Some((_, raw)) = params.iter().rev().find(|(p, _)| p == key) else {
            continue;
        };
        if found.number < 4 {
            warnings.push(LinkIssue {
                key: (*key).into(),
                message: format!(
                    "The part \"{key}\" is unknown to version {} links and was ignored.",
                    found.number
                ),
            });
            continue;
        }
        let mut inner = Vec::new();
        let read = alternatives::decode_alternative(found, &base_json, raw, &mut inner)
            .and_then(|alt| scenario_from_json(migrate(found.number, alt)));
        keep_alternative(
            read,
            key,
            k,
            "link",
            &mut inner,
            &mut alternatives,
            &mut warnings,
        );
    }
    if beyond {
        warnings.push(beyond_the_most("a4", "link"));
    }
    let scenario = bounded(
        scenario_from_json(migrate(found.number, json))?,
        &mut warnings,
    );
    name_alternatives(&scenario, &mut alternatives, &mut warnings);
    Ok(Decoded {
        impossible: impossible_values(&scenario, Carrier::Link),
        scenario,
        alternatives,
        warnings,
        version: found.number,
    })
}

/// Whether `key` names an alternative past the last one a link holds
/// (`a4`, `a5`...).
fn is_later_alternative(key: &str) -> bool {
    key.strip_prefix('a')
        .and_then(|n| n.parse::<usize>().ok())
        .is_some_and(|n| n > ALTERNATIVE_KEYS.len())
}

/// Why an alternative was dropped, in a few plain words.
/// The `k`-th alternative of a link or a file (the `carrier`), stored
/// under `key`: once `read`, bounded and kept, the warnings of its reading
/// (`inner`) said of its place in the plan; or left out, with why.
fn keep_alternative(
    read: Result<Scenario, ErrorKind>,
    key: &str,
    k: usize,
    carrier: &str,
    inner: &mut Vec<LinkIssue>,
    alternatives: &mut Vec<Scenario>,
    warnings: &mut Vec<LinkIssue>,
) {
    let place = ordinal(k + 2);
    match read {
        Ok(alt) => {
            let alt = bounded(alt, inner);
            warnings.extend(inner.drain(..).map(|issue| LinkIssue {
                key: format!("{key}.{}", issue.key),
                message: format!("In the {place} scenario: {}", issue.message),
            }));
            alternatives.push(alt);
        }
        Err(kind) => warnings.push(LinkIssue {
            key: key.into(),
            message: format!(
                "The {place} scenario of this {carrier} could not be read ({}); the others opened.",
                dropped_reason(&kind)
            ),
        }),
    }
}

/// The warning of a link or a file (the `carrier`) with more scenarios
/// than a comparison holds, stored under `key`.
fn beyond_the_most(key: &str, carrier: &str) -> LinkIssue {
    LinkIssue {
        key: key.into(),
        message: format!(
            "This {carrier} holds more than {MAX_SCENARIOS} scenarios; a comparison holds at most \
             {MAX_SCENARIOS}, so the later ones were left out."
        ),
    }
}

fn dropped_reason(kind: &ErrorKind) -> &'static str {
    match kind {
        ErrorKind::Truncated => "it was cut short",
        ErrorKind::TooLarge | ErrorKind::TooLong { .. } => "it is larger than a scenario can be",
        _ => "it was damaged",
    }
}

/// Gives every alternative a name of its own, unlike the base's and each
/// other's, saying so for each one renamed.
fn name_alternatives(
    base: &Scenario,
    alternatives: &mut [Scenario],
    warnings: &mut Vec<LinkIssue>,
) {
    if alternatives.is_empty() {
        return;
    }
    let names: Vec<String> = std::iter::once(base.name.clone())
        .chain(alternatives.iter().map(|a| a.name.clone()))
        .collect();
    let (unique, _) = unique_names(&names);
    for (k, (alt, name)) in alternatives
        .iter_mut()
        .zip(unique.into_iter().skip(1))
        .enumerate()
    {
        if alt.name != name {
            warnings.push(LinkIssue {
                key: format!("{}.name", ALTERNATIVE_KEYS[k]),
                message: format!(
                    "The {} scenario's name, \"{}\", was taken or blank; it is called \"{name}\" here.",
                    ordinal(k + 2),
                    alt.name
                ),
            });
            alt.name = name;
        }
    }
}

/// The scenario JSON of version `from` brought to this build's version.
///
/// Later versions add fields, which an earlier scenario does not have, so
/// they take their defaults when the JSON is read into a [`Scenario`];
/// except where the new default would change the plan an old link gave:
/// - versions 1 and 2 counted a manager for every span of in-house people
///   from the first person, so their `managers.leader_reports` is 0 (the
///   CS leader manages no one directly), not version 3's default of 4.
fn migrate(from: u32, mut json: Value) -> Value {
    debug_assert!(from <= LINK_VERSION);
    if from < 3 {
        if let Value::Object(scenario) = &mut json {
            let managers = scenario
                .entry("managers")
                .or_insert_with(|| Value::Object(serde_json::Map::new()));
            if let Value::Object(managers) = managers {
                managers.insert("leader_reports".into(), Value::from(0));
            }
        }
    }
    json
}

/// `scenario` as JSON.
///
/// Written as text and read back rather than with `serde_json::to_value`:
/// the scenario's serde code is then compiled for one serializer, the text
/// one that remembered lists use too. Same JSON: numbers read back exactly
/// (`float_roundtrip`), non-finite ones are `null` either way.
fn scenario_to_json(scenario: &Scenario) -> Value {
    serde_json::to_string(scenario)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Value::Null)
}

/// `scenario` with every text within its bound ([`Scenario::bound_texts`]):
/// a name cut to the most a name holds, a currency that is not a code
/// replaced, each said in `warnings`.
fn bounded(mut scenario: Scenario, warnings: &mut Vec<LinkIssue>) -> Scenario {
    warnings.extend(scenario.bound_texts().into_iter().map(|fix| LinkIssue {
        key: fix.field,
        message: fix.message,
    }));
    scenario
}

/// The scenario of a (migrated) version JSON; new fields take their defaults.
///
/// Read from the JSON's text, as files and remembered lists are, rather than
/// with `serde_json::from_value`: the scenario's serde code is then compiled
/// for one deserializer instead of two (2.3 KB less gzip WebAssembly). The
/// error's position in that text means nothing to the reader and is left out.
fn scenario_from_json(json: Value) -> Result<Scenario, ErrorKind> {
    serde_json::from_str(&json.to_string()).map_err(|e| {
        let text = e.to_string();
        let message = text.rsplit_once(" at line ").map_or(&*text, |(m, _)| m);
        ErrorKind::Corrupt {
            detail: error::technical(message),
        }
    })
}
