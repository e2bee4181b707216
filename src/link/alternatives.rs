//! Several scenarios in one link (version 4 on): the base scenario as every
//! link carries it, then up to three alternatives, `a1=` to `a3=`.
//!
//! An alternative is a patch (see [`super::patch`]) against the base
//! scenario, not against the defaults, so a copy that changes one number
//! writes that number and its name. Its payload is packed like `j=` / `z=`
//! and prefixed with the packing's letter (`a1=z…`), and a deflated one is
//! packed with a dictionary of the version's dictionary followed by the
//! base scenario as a payload writes it (rows, whole numbers as integers):
//! an alternative that repeats the base's touch names costs
//! back-references only.
//!
//! Writer and reader build that dictionary from the same JSON: the base as
//! the version's reader gives it back from the link's own base parameters,
//! so the two agree byte for byte. A damaged alternative is dropped alone,
//! with a message; the base and the other alternatives still open.

use serde_json::Value;

use super::error::{ErrorKind, LinkIssue};
use super::patch::{apply, diff, Defaults, PatchError};
use super::payload::{pack, unpack};
use super::version::{parse_patch, shorten_numbers, Version};

/// The query keys of the alternatives, in order.
pub const ALTERNATIVE_KEYS: [&str; 3] = ["a1", "a2", "a3"];

/// Deflate's window: the most of a dictionary a payload can refer back to.
const WINDOW: usize = 32 * 1024;

/// The base scenario's JSON as alternatives are read against it: as the
/// version's reader gives it back, with each whole number that stands
/// where the defaults hold a fraction written as one (`40.0`, not `40`),
/// so that it compares with a scenario's own JSON member by member and a
/// patch against it takes fractions there.
pub fn common_base(version: &Version, mut base_json: Value) -> Value {
    if let Some(d) = version.defaults() {
        fractions_as_in(&mut base_json, &d.scenario, d, "");
    }
    base_json
}

/// Makes each number of `value` (the member `key` of its parent) a
/// fraction where `like` holds one.
fn fractions_as_in(value: &mut Value, like: &Value, d: &Defaults, key: &str) {
    match value {
        Value::Object(members) => {
            for (k, member) in members.iter_mut() {
                if let Some(like) = like.get(k) {
                    fractions_as_in(member, like, d, k);
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                if let Some(like) = d.items.get(key).or_else(|| like.get(i)) {
                    fractions_as_in(item, like, d, key);
                }
            }
        }
        Value::Number(n) if like.is_f64() && !n.is_f64() => {
            if let Some(x) = n.as_f64().and_then(serde_json::Number::from_f64) {
                *n = x;
            }
        }
        _ => {}
    }
}

/// The dictionary of an alternative's payload: the version's dictionary,
/// then the base scenario in a payload's form, cut from the front to the
/// window (the base's end is the nearest, and the cheapest to refer to).
fn dictionary(version: &Version, base_json: &Value) -> Vec<u8> {
    let mut base = match version.defaults() {
        Some(d) => d.as_rows(base_json, ""),
        None => base_json.clone(),
    };
    shorten_numbers(&mut base);
    let mut out = version.dictionary.to_vec();
    out.extend_from_slice(base.to_string().as_bytes());
    if out.len() > WINDOW {
        out.drain(..out.len() - WINDOW);
    }
    out
}

/// The value of an `aK` parameter that carries `alt_json` against
/// `base_json` (the base as [`Version::decode_params`] gives it back).
pub fn encode_alternative(version: &Version, base_json: &Value, alt_json: &Value) -> String {
    let patch = version
        .defaults()
        .and_then(|d| diff(d, base_json, alt_json, ""))
        .unwrap_or_else(|| Value::Object(serde_json::Map::new()));
    let mut patch = patch;
    shorten_numbers(&mut patch);
    let (key, text) = pack(&patch.to_string(), &dictionary(version, base_json));
    format!("{key}{text}")
}

/// The scenario JSON (of `version`) an `aK` value carries, read against
/// `base_json`; what could not be read inside it goes to `issues`.
pub fn decode_alternative(
    version: &Version,
    base_json: &Value,
    raw: &str,
    issues: &mut Vec<LinkIssue>,
) -> Result<Value, ErrorKind> {
    let deflated = match raw.as_bytes().first() {
        Some(b'z') => true,
        Some(b'j') => false,
        _ => {
            return Err(ErrorKind::Corrupt {
                detail: "the scenario's packing is unknown".into(),
            })
        }
    };
    let json = unpack(&raw[1..], deflated, &dictionary(version, base_json))?;
    let patch = parse_patch(&json)?;
    let d = version.defaults_or_error()?;
    apply(d, base_json, &patch, "", "", issues).map_err(|e| match e {
        PatchError::TooManyItems => ErrorKind::TooLarge,
    })
}
