//! "Nice" axis ticks: steps of 1, 2 or 5 times a power of ten.

use super::finite;

/// Largest magnitude ticks are computed for; larger bounds are clamped.
const LIMIT: f64 = 1e15;

/// The nice step (1, 2 or 5 × 10^k) that cuts `span` into at most about
/// `max_count` intervals; 1 for an empty or non-finite span.
pub fn nice_step(span: f64, max_count: usize) -> f64 {
    let span = finite(span).abs();
    if span == 0.0 {
        return 1.0;
    }
    let raw = span / max_count.max(1) as f64;
    // 10^floor(log10(raw)) without float formatting or libm's log10 edge cases.
    let mut power = 1.0_f64;
    while power * 10.0 <= raw {
        power *= 10.0;
    }
    while power > raw {
        power /= 10.0;
    }
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * power);
    if step.is_finite() && step > 0.0 {
        step
    } else {
        1.0
    }
}

/// Increasing ticks, evenly spaced by a [`nice_step`], with the first at or
/// below `lo` and the last at or above `hi` (so they cover the domain). At
/// most `max_count + 2` ticks; `[0, 1]` for an empty domain at 0, and the
/// bounds are swapped when `lo > hi`. Values are rounded to the step so that
/// 0.1 + 0.2 shows as 0.3.
pub fn nice_ticks(lo: f64, hi: f64, max_count: usize) -> Vec<f64> {
    let (mut lo, mut hi) = (
        crate::float::clamp(finite(lo), -LIMIT, LIMIT),
        crate::float::clamp(finite(hi), -LIMIT, LIMIT),
    );
    if lo > hi {
        std::mem::swap(&mut lo, &mut hi);
    }
    if lo == hi {
        if lo == 0.0 {
            hi = 1.0;
        } else {
            let pad = lo.abs() * 0.1;
            lo -= pad;
            hi += pad;
        }
    }
    let step = nice_step(hi - lo, max_count.max(1));
    let first = (lo / step).floor();
    let last = (hi / step).ceil();
    let count = (last - first) as usize;
    (0..=count)
        .map(|i| {
            let v = (first + i as f64) * step;
            // Snap to the step's decimals (steps below 1 are 10^-k × 1, 2 or 5).
            let scale = (1.0 / step).round() * 10.0;
            if step < 1.0 && scale.is_finite() {
                (v * scale).round() / scale
            } else {
                v
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn steps_are_one_two_five() {
        assert_eq!(nice_step(10.0, 5), 2.0);
        assert_eq!(nice_step(100.0, 4), 50.0);
        assert_eq!(nice_step(7.0, 5), 2.0);
        assert_eq!(nice_step(0.3, 3), 0.1);
        assert_eq!(nice_step(5e6, 5), 1e6);
        assert_eq!(nice_step(0.0, 5), 1.0);
        assert_eq!(nice_step(f64::NAN, 5), 1.0);
    }

    #[test]
    fn ticks_cover_the_domain() {
        assert_eq!(nice_ticks(0.0, 8.6, 5), vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
        assert_eq!(nice_ticks(0.0, 0.0, 5), vec![0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
        assert_eq!(nice_ticks(4.3, 6.9, 4), vec![4.0, 5.0, 6.0, 7.0]);
        assert_eq!(nice_ticks(0.0, 0.3, 3), vec![0.0, 0.1, 0.2, 0.3]);
    }

    proptest! {
        #[test]
        fn ticks_increase_cover_and_are_few(lo in -1e9f64..1e9, span in 0.0f64..1e9, n in 1usize..12) {
            let hi = lo + span;
            let t = nice_ticks(lo, hi, n);
            prop_assert!(t.len() >= 2);
            prop_assert!(t.len() <= n + 3, "{} ticks for {}", t.len(), n);
            prop_assert!(t.windows(2).all(|w| w[0] < w[1]), "{:?}", t);
            prop_assert!(t[0] <= lo + 1e-9 * lo.abs().max(1.0));
            prop_assert!(*t.last().unwrap() >= hi - 1e-9 * hi.abs().max(1.0));
        }

        #[test]
        fn ticks_are_finite_for_any_input(lo in any::<f64>(), hi in any::<f64>()) {
            let t = nice_ticks(lo, hi, 5);
            prop_assert!(t.iter().all(|v| v.is_finite()));
            prop_assert!(t.len() >= 2 && t.len() <= 8);
        }
    }
}
