//! Linear scales: a domain of values onto a range of pixels.

use super::finite;
use crate::float;

/// Maps `domain.0..domain.1` linearly onto `range.0..range.1`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Linear {
    d0: f64,
    d1: f64,
    r0: f64,
    r1: f64,
}

impl Linear {
    /// A scale from `domain` to `range`. Non-finite ends count as 0; an empty
    /// domain (both ends equal) maps every value to `range.0`.
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Linear {
        Linear {
            d0: finite(domain.0),
            d1: finite(domain.1),
            r0: finite(range.0),
            r1: finite(range.1),
        }
    }

    /// The pixel position of `value`: finite for every input (a non-finite
    /// value maps like 0), and not clamped to the range.
    pub fn map(&self, value: f64) -> f64 {
        let span = self.d1 - self.d0;
        if span == 0.0 || !span.is_finite() {
            return self.r0;
        }
        let t = (finite(value) - self.d0) / span;
        let out = self.r0 + t * (self.r1 - self.r0);
        if out.is_finite() {
            out
        } else {
            self.r0
        }
    }

    /// Like [`Linear::map`], clamped into the range.
    pub fn map_clamped(&self, value: f64) -> f64 {
        let (lo, hi) = if self.r0 <= self.r1 {
            (self.r0, self.r1)
        } else {
            (self.r1, self.r0)
        };
        float::clamp(self.map(value), lo, hi)
    }

    /// The domain.
    pub fn domain(&self) -> (f64, f64) {
        (self.d0, self.d1)
    }

    /// The range.
    pub fn range(&self) -> (f64, f64) {
        (self.r0, self.r1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn maps_ends_and_middle() {
        let s = Linear::new((0.0, 10.0), (100.0, 300.0));
        assert_eq!(s.map(0.0), 100.0);
        assert_eq!(s.map(5.0), 200.0);
        assert_eq!(s.map(10.0), 300.0);
        let flipped = Linear::new((0.0, 10.0), (300.0, 100.0));
        assert_eq!(flipped.map(10.0), 100.0);
        assert_eq!(flipped.map_clamped(20.0), 100.0);
    }

    #[test]
    fn degenerate_domains_map_to_the_start() {
        let s = Linear::new((3.0, 3.0), (10.0, 50.0));
        assert_eq!(s.map(3.0), 10.0);
        let s = Linear::new((f64::NAN, f64::INFINITY), (10.0, 50.0));
        assert_eq!(s.map(1.0), 10.0);
        let s = Linear::new((-f64::MAX, f64::MAX), (0.0, 1.0));
        assert!(s.map(0.0).is_finite());
    }

    proptest! {
        #[test]
        fn always_finite(d0 in any::<f64>(), d1 in any::<f64>(), v in any::<f64>()) {
            let s = Linear::new((d0, d1), (0.0, 640.0));
            prop_assert!(s.map(v).is_finite());
            let c = s.map_clamped(v);
            prop_assert!((0.0..=640.0).contains(&c));
        }

        #[test]
        fn monotonic(a in -1e9f64..1e9, b in -1e9f64..1e9, lo in -1e6f64..0.0, span in 1e-3f64..1e6) {
            let s = Linear::new((lo, lo + span), (0.0, 500.0));
            let (x, y) = (s.map(a), s.map(b));
            if a <= b { prop_assert!(x <= y) } else { prop_assert!(x >= y) }
        }
    }
}
