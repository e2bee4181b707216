//! The standard normal distribution's inverse CDF (its quantile function),
//! written out so that native and WebAssembly builds give the same numbers:
//! only `+ − × ÷`, `sqrt` and `ln`.
//!
//! The rational approximation is Peter J. Acklam's ("An algorithm for
//! computing the inverse normal cumulative distribution function", 2003):
//! relative error below 1.15 × 10⁻⁹ over the open interval (0, 1), far
//! finer than any figure the plan shows.

/// The z of the 95th percentile of the standard normal: a normal's 90%
/// interval runs from mean − Z95 σ to mean + Z95 σ.
pub const Z95: f64 = 1.644_853_626_951_472_7;

const A: [f64; 6] = [
    -3.969_683_028_665_376e1,
    2.209_460_984_245_205e2,
    -2.759_285_104_469_687e2,
    1.383_577_518_672_69e2,
    -3.066_479_806_614_716e1,
    2.506_628_277_459_239,
];
const B: [f64; 5] = [
    -5.447_609_879_822_406e1,
    1.615_858_368_580_409e2,
    -1.556_989_798_598_866e2,
    6.680_131_188_771_972e1,
    -1.328_068_155_288_572e1,
];
const C: [f64; 6] = [
    -7.784_894_002_430_293e-3,
    -3.223_964_580_411_365e-1,
    -2.400_758_277_161_838,
    -2.549_732_539_343_734,
    4.374_664_141_464_968,
    2.938_163_982_698_783,
];
const D: [f64; 4] = [
    7.784_695_709_041_462e-3,
    3.224_671_290_700_398e-1,
    2.445_134_137_142_996,
    3.754_408_661_907_416,
];

/// Where the tails' formula takes over from the central one.
const P_LOW: f64 = 0.02425;

/// `p` ↦ the z with Φ(z) = p, for 0 < p < 1 (Acklam 2003). Outside that
/// interval (or NaN) it gives 0, the median: callers pass open-interval
/// numbers ([`super::random::SplitMix64::open01`]).
pub fn inverse_normal_cdf(p: f64) -> f64 {
    if p.is_nan() || p <= 0.0 || p >= 1.0 {
        return 0.0;
    }
    let tail = |q: f64| {
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    };
    if p < P_LOW {
        tail((-2.0 * p.ln()).sqrt())
    } else if p > 1.0 - P_LOW {
        -tail((-2.0 * (1.0 - p).ln()).sqrt())
    } else {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_quantiles() {
        // Standard normal quantiles to 16 digits (any statistics table).
        for (p, z) in [
            (0.5, 0.0),
            (0.975, 1.959_963_984_540_054),
            (0.95, Z95),
            (0.9, 1.281_551_565_544_600_5),
            (0.841_344_746_068_542_9, 1.0),
            (0.001, -3.090_232_306_167_813_5),
            (1e-9, -5.997_807_015_007_686),
            (0.02, -2.053_748_910_631_823),
        ] {
            let got = inverse_normal_cdf(p);
            assert!(
                (got - z).abs() <= 1.2e-9 * z.abs().max(1.0),
                "p {p}: {got} against {z}"
            );
        }
    }

    #[test]
    fn it_is_symmetric_and_rising() {
        let mut last = f64::NEG_INFINITY;
        for k in 1..1000 {
            let p = k as f64 / 1000.0;
            let z = inverse_normal_cdf(p);
            assert!(z > last);
            last = z;
            assert!((z + inverse_normal_cdf(1.0 - p)).abs() < 1e-8);
        }
    }

    #[test]
    fn outside_the_open_interval_it_gives_the_median() {
        for p in [0.0, 1.0, -1.0, 2.0, f64::NAN] {
            assert_eq!(inverse_normal_cdf(p), 0.0);
        }
    }
}
