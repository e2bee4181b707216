//! Every limit on a scenario's inputs, in one place, each with its unit:
//! the largest amounts, counts and hours the engine accepts, and the
//! [`Bounds`] of one input that the registry ([`super::inputs`]) gives each.
//! Validation, sanitising, the link codec, files and the page all read
//! these; none states a limit of its own.

/// Hours in a week: the upper bound for hours worked per week (h/week).
pub const MAX_HOURS_PER_WEEK: f64 = 168.0;
/// Weeks in a year: the upper bound for working weeks per year (weeks/year).
pub const MAX_WEEKS_PER_YEAR: f64 = 52.0;

/// Largest customer count, ARR or money amount the engine accepts
/// (customers, or currency and currency/year).
pub const MAX_AMOUNT: f64 = 1e12;
/// Largest customer count in a tier or band (customers).
pub const MAX_CUSTOMERS: f64 = 1e9;
/// Largest hours per occurrence (h), occurrences per year or sessions per
/// year (per year; a program's sessions may reach 100 times this).
pub const MAX_HOURS: f64 = 10_000.0;
/// Largest headcount per role, today or in the budget (people).
pub const MAX_HEADCOUNT: f64 = 1e6;
/// Largest points a score criterion may give or take (points).
pub const MAX_WEIGHT: f64 = 100.0;
/// Largest score cut-off (points): six criteria of at most 100 points.
pub const MAX_SCORE: f64 = 600.0;
/// Longest name kept for the plan, a tier, a touch, a trigger or a program
/// (characters, counted as Unicode scalar values). Typing, links, scenario
/// files and imports all cut a longer name to this many characters
/// ([`super::names::clean_name`]); every name the presets give is shorter.
pub const MAX_NAME_CHARS: usize = 60;

/// The most tiers a scenario may have (tiers).
pub const MAX_TIERS: usize = 6;
/// The longest month-by-month horizon (months).
pub const MAX_HORIZON_MONTHS: u32 = 60;
/// The longest hiring lead time or ramp (months).
pub const MAX_LEAD_MONTHS: u32 = 36;
/// Largest share the reactive, collateral and overhead shares may take
/// together once sanitised (%), so some proactive time always remains.
pub const MAX_NON_PROACTIVE_PCT: f64 = 99.0;

/// The allowed range of an input: `min..=max` ("zero or more": `min` 0),
/// or `0 < value <= max` ("more than zero", `positive`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// Must be strictly more than 0.
    pub positive: bool,
    /// The smallest allowed value: 0, or below 0 for the few inputs that
    /// may be negative (score weights).
    pub min: f64,
    /// The largest allowed value.
    pub max: f64,
    /// The smallest value of a "more than zero" field, and the value a
    /// smaller entry is raised to when sanitising (so the plan stays
    /// finite): a field the plan divides by needs a real minimum, as
    /// 0.01 hours a week would make the headcount explode.
    pub floor: f64,
    /// Must be a whole number (customer counts); sanitising rounds it.
    pub whole: bool,
}

impl Bounds {
    /// "Zero or more": from 0 to `max`.
    pub const fn zero_to(max: f64) -> Bounds {
        Bounds {
            positive: false,
            min: 0.0,
            max,
            floor: 0.0,
            whole: false,
        }
    }

    /// A count of customers: a whole number from 0 to `max`.
    pub const fn customers_to(max: f64) -> Bounds {
        Bounds {
            whole: true,
            ..Self::zero_to(max)
        }
    }

    /// "More than zero": above 0 up to `max`, at least `floor` once sanitised.
    pub const fn above_zero(max: f64, floor: f64) -> Bounds {
        Bounds {
            positive: true,
            min: 0.0,
            max,
            floor,
            whole: false,
        }
    }

    /// From `min` (which may be below 0) to `max`.
    pub const fn between(min: f64, max: f64) -> Bounds {
        Bounds {
            positive: false,
            min,
            max,
            floor: 0.0,
            whole: false,
        }
    }
}
