//! The ranges as a scenario stores them: its `uncertainty` member, each
//! range's field given by its path text (`tiers.0.customers`), the same
//! text the page's fields and the command line's `--range` use. Plain
//! data; [`crate::model::uncertainty`] resolves it to typed inputs and
//! samples it.

use serde::{Deserialize, Serialize};

/// Samples drawn when none are given: 2,000, as few as gives steady P10
/// and P90 (more narrow the percentiles' noise, and cost time in
/// proportion).
pub const DEFAULT_SAMPLES: usize = 2000;

/// The seed when none is given.
pub const DEFAULT_SEED: u32 = 1;

/// How the values of a range are spread. The order is frozen: a link
/// stores a shape as its index in [`Shape::ALL`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Shape {
    /// Every value equally likely, with 5% of samples below `low` and 5%
    /// above `high`.
    Uniform,
    /// Most likely at the field's value, falling off in straight lines to
    /// either side; 5% of samples below `low`, 5% above `high`.
    Triangular,
    /// A bell around the field's value, with σ from the wider side of the
    /// interval; samples outside the field's limits are clipped.
    Normal,
}

impl Shape {
    /// Every shape in the link's frozen order (`0` uniform, `1` triangular,
    /// `2` normal).
    pub const ALL: [Shape; 3] = [Shape::Uniform, Shape::Triangular, Shape::Normal];

    /// Its name, as the command line's `:normal` suffix and the method
    /// text write it.
    pub fn name(self) -> &'static str {
        match self {
            Shape::Uniform => "uniform",
            Shape::Triangular => "triangular",
            Shape::Normal => "normal",
        }
    }

    /// The shape of a name ("uniform", "triangular" or "triangle", "normal").
    pub fn from_name(name: &str) -> Option<Shape> {
        match name.trim().to_ascii_lowercase().as_str() {
            "uniform" => Some(Shape::Uniform),
            "triangular" | "triangle" => Some(Shape::Triangular),
            "normal" => Some(Shape::Normal),
            _ => None,
        }
    }

    /// Its index in [`Shape::ALL`] (the link's number for it).
    pub fn index(self) -> u8 {
        match self {
            Shape::Uniform => 0,
            Shape::Triangular => 1,
            Shape::Normal => 2,
        }
    }

    /// The shape of a link's index, `None` for an unknown one.
    pub fn from_index(index: u8) -> Option<Shape> {
        Shape::ALL.get(usize::from(index)).copied()
    }
}

json_names!(Shape { Uniform => "uniform", Triangular => "triangular", Normal => "normal" });

/// The scenario's `uncertainty` member.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Ranges {
    /// How many samples to draw.
    pub samples: u32,
    /// The generator's seed.
    pub seed: u32,
    /// The ranges as given; empty means the plan is not sampled.
    pub ranges: Vec<RangeEntry>,
}

impl Default for Ranges {
    fn default() -> Self {
        Self {
            samples: DEFAULT_SAMPLES as u32,
            seed: DEFAULT_SEED,
            ranges: Vec::new(),
        }
    }
}

/// One stored range: a 90% interval on the field at `path`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RangeEntry {
    /// The field's path (`team.hours_per_week`, `tiers.0.customers`).
    pub path: String,
    /// The low end, in the field's unit.
    pub low: f64,
    /// The high end, in the field's unit.
    pub high: f64,
    /// How the values are spread.
    pub shape: Shape,
}

impl Default for RangeEntry {
    fn default() -> Self {
        Self {
            path: String::new(),
            low: 0.0,
            high: 0.0,
            shape: Shape::Uniform,
        }
    }
}

impl Ranges {
    /// Whether the plan is sampled at all.
    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }
}
