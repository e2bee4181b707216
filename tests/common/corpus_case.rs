//! One case of the link corpus (`tests/link_corpus/*.json`): a link and the
//! key figures of the plan it must give. Shared by `tests/link_corpus.rs`
//! and `examples/link_corpus.rs` (which writes new cases) with `#[path]`.
#![allow(dead_code)]

use serde_json::{json, Value};
use tierplan::link::decode;
use tierplan::model::{plan, timeline, Plan, Scenario};

/// The figures a case pins down, as JSON: the plan's, and the FTE needed
/// in each of the timeline's first 12 months (where renewal peaks show).
/// Cases made before the timeline was recorded only hold the plan's; the
/// comparison checks the figures a case holds.
pub fn figures_of(s: &Scenario) -> Value {
    let mut f = figures(&plan(s));
    let months: Vec<f64> = timeline(s)
        .months
        .iter()
        .take(12)
        .map(|m| m.needed.total())
        .collect();
    f["needed_by_month"] = json!(months);
    f
}

/// The figures of the plan alone, as JSON.
pub fn figures(p: &Plan) -> Value {
    let t = &p.totals;
    json!({
        "customers": t.customers,
        "arr": t.arr,
        "proactive_hours": p.proactive_hours,
        "fte": t.fte,
        "managers_fte": t.managers_fte,
        "fte_total": t.fte_total,
        "heads": t.heads,
        "headcount": t.headcount,
        "cost": t.cost,
        "tiers": p.tiers.iter().map(|tier| json!({
            "name": tier.name,
            "customers": tier.customers,
            "fte": tier.fte,
            "cost": tier.cost,
        })).collect::<Vec<_>>(),
    })
}

/// A new case for `link`, computed by this build.
pub fn make_case(link: &str, note: &str) -> Value {
    let d = decode(link).expect("a corpus link decodes");
    let mut case = json!({
        "note": note,
        "made_by": format!("tierplan {}, link format {}", env!("CARGO_PKG_VERSION"), d.version),
        "link": link,
        "warnings": d.warnings.len(),
        "plan": figures_of(&d.scenario),
    });
    if !d.alternatives.is_empty() {
        case["alternatives"] = json!(d.alternatives.iter().map(figures_of).collect::<Vec<_>>());
    }
    case
}
