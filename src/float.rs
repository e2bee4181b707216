//! `f64` helpers that keep `core`'s float formatting out of the WebAssembly.
//!
//! `f64::clamp` asserts `min <= max` with a message that formats both bounds
//! with `{:?}`; where the bounds are not constants, that assertion links
//! `core`'s float printing (about 13 KB: Grisu, Dragon and their tables) into
//! the browser build, where nothing else uses it.

/// `value` limited to `lo..=hi`, as `f64::clamp` computes it (NaN stays NaN,
/// the bounds are returned as they are), without its assertion: callers pass
/// `lo <= hi`.
#[allow(clippy::manual_clamp)] // f64::clamp is what this replaces (see the module doc).
pub fn clamp(value: f64, lo: f64, hi: f64) -> f64 {
    if value < lo {
        lo
    } else if value > hi {
        hi
    } else {
        value
    }
}

// They compare with what `core` gives, which is what `clippy.toml` keeps out of the page.
#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn nan_stays_nan() {
        assert!(clamp(f64::NAN, 0.0, 1.0).is_nan());
        assert_eq!(clamp(f64::INFINITY, 0.0, 1.0), 1.0);
        assert_eq!(
            clamp(-0.0, 0.0, 1.0).to_bits(),
            (-0.0f64).clamp(0.0, 1.0).to_bits()
        );
    }

    proptest! {
        #[test]
        fn same_as_core(value in any::<f64>(), a in any::<f64>(), b in any::<f64>()) {
            prop_assume!(!a.is_nan() && !b.is_nan());
            let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
            prop_assert_eq!(clamp(value, lo, hi).to_bits(), value.clamp(lo, hi).to_bits());
        }
    }
}
