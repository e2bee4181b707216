//! The link corpus: every link in `tests/link_corpus/` must keep giving the
//! plan recorded when it was made. Later versions only add cases (with
//! `cargo run --example link_corpus`); a case is never edited or removed,
//! since a shared link is a promise. If an engine fix changes a recorded
//! plan, that is a decision to take in the open, not a file to regenerate.

#[path = "common/corpus_case.rs"]
mod corpus_case;

use serde_json::Value;
use tierplan::link::decode;

/// Compares recorded and computed figures: numbers to 1e-9 relative.
fn same(path: &str, recorded: &Value, now: &Value) -> Result<(), String> {
    match (recorded, now) {
        (Value::Number(a), Value::Number(b)) => {
            let (a, b) = (
                a.as_f64().unwrap_or(f64::NAN),
                b.as_f64().unwrap_or(f64::NAN),
            );
            if (a - b).abs() <= 1e-9 * a.abs().max(1.0) {
                Ok(())
            } else {
                Err(format!("{path}: recorded {a}, now {b}"))
            }
        }
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in a {
                let w = b.get(k).ok_or_else(|| format!("{path}.{k}: missing now"))?;
                same(&format!("{path}.{k}"), v, w)?;
            }
            Ok(())
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => a
            .iter()
            .zip(b)
            .enumerate()
            .try_for_each(|(i, (v, w))| same(&format!("{path}.{i}"), v, w)),
        _ if recorded == now => Ok(()),
        _ => Err(format!("{path}: recorded {recorded}, now {now}")),
    }
}

#[test]
fn every_corpus_link_still_gives_its_plan() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/link_corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("the corpus folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "the corpus only grows: {}", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let case: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let link = case["link"].as_str().expect("a link");
        let decoded = match decode(link) {
            Ok(d) => d,
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        if Some(decoded.warnings.len() as u64) != case["warnings"].as_u64() {
            failures.push(format!("{name}: warnings {:?}", decoded.warnings));
        }
        let now = corpus_case::figures_of(&decoded.scenario);
        if let Err(e) = same(&name, &case["plan"], &now) {
            failures.push(e);
        }
        // A comparison's alternatives, each with its own plan (cases made
        // before comparisons hold none, and their links hold none).
        let recorded = case["alternatives"]
            .as_array()
            .map_or(&[][..], Vec::as_slice);
        if recorded.len() != decoded.alternatives.len() {
            failures.push(format!(
                "{name}: {} alternatives recorded, {} read",
                recorded.len(),
                decoded.alternatives.len()
            ));
        }
        for (k, (want, alt)) in recorded.iter().zip(&decoded.alternatives).enumerate() {
            let now = corpus_case::figures_of(alt);
            if let Err(e) = same(&format!("{name} alternative {}", k + 1), want, &now) {
                failures.push(e);
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
