//! The calculation engine: plain Rust, no DOM, no framework.
//!
//! Everything here compiles and is tested natively with `cargo test`.
//!
//! Entry points for the page:
//! - [`report`]: everything for a scenario at once (field errors, forward
//!   plan, explanations, backward plan, timeline, sensitivity).
//! - [`plan()`], [`backward()`], [`timeline()`], [`sensitivity()`],
//!   [`explain()`]: the same parts one by one.
//! - [`Scenario::validate`]: every impossible input on its field path.
//! - [`presets()`]: ready-made scenarios with ids, names and sources.

/// Serde for an enum of unit variants as its snake_case names in scenario
/// JSON (`"csm"`), through `String` and `&'static str` (with
/// `#[serde(try_from = "String", into = "&'static str")]` on the enum):
/// a small match per enum instead of serde's derived enum visitor (about
/// 1 KB of WebAssembly each). The JSON is the same as `rename_all = "snake_case"`.
macro_rules! json_names {
    ($ty:ident { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl TryFrom<String> for $ty {
            type Error = String;
            fn try_from(name: String) -> Result<Self, String> {
                match name.as_str() {
                    $($name => Ok($ty::$variant),)+
                    _ => Err(format!("unknown variant \"{name}\"")),
                }
            }
        }

        impl From<$ty> for &'static str {
            fn from(value: $ty) -> Self {
                match value {
                    $($ty::$variant => $name,)+
                }
            }
        }
    };
}

pub mod backward;
pub mod base;
pub mod budget;
pub mod calendar;
pub mod capacity;
pub mod check;
mod check_tiering;
pub mod compare;
pub mod coverage_gap;
pub mod coverage_risk;
pub mod coverage_words;
pub mod demand;
pub mod explain;
pub mod figures;
pub mod fiscal;
pub mod fiscal_view;
#[cfg(test)]
pub(crate) mod fixtures;
pub mod format;
pub mod guardrail_tally;
pub mod guardrails;
pub mod hiring;
pub mod inputs;
pub mod limits;
pub mod names;
pub mod outlook;
pub mod plan;
pub mod presets;
pub mod range_inputs;
pub mod report;
pub mod role;
pub mod scenario;
pub mod sensitivity;
pub mod team_fields;
pub mod tier;
pub mod tiering;
pub mod timeline;
pub mod touch;
pub mod uncertainty;
pub mod validate;

pub use backward::{backward, Backward};
pub use capacity::TeamTime;
pub use compare::{compare, Comparison};
pub use explain::{explain, Explanation};
pub use guardrail_tally::{grouped, Concern, GuardrailTally};
pub use guardrails::{Guardrail, GuardrailKind};
pub use limits::MAX_TIERS;
pub use plan::{plan, Plan, TierPlan, Totals};
pub use presets::{preset, presets, Preset};
pub use report::{report, Report};
pub use role::{Heads, Managers, PerRole, Role, RoleCosts, Staff};
pub use scenario::{Band, BaseMode, CustomerBase, Economics, Growth, Scenario};
pub use sensitivity::{sensitivity, Sensitivity, Swing};
pub use tier::{Coverage, Move, Tier};
pub use tiering::{Criteria, Criterion, TierRule, Tiering};
pub use timeline::{timeline, Timeline};
pub use touch::{Cadence, Program, Touch, Trigger};
pub use validate::{FieldError, Problem};
