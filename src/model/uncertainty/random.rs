//! The one random number generator of the range analysis: SplitMix64
//! (Steele, Lea and Flood, "Fast splittable pseudorandom number
//! generators", 2014), written out here so that its numbers never change
//! with a crate's version and are the same on every target: it uses only
//! wrapping 64-bit integer arithmetic and one exact conversion to `f64`.

/// SplitMix64: a 64-bit state advanced by a fixed odd constant, each output
/// mixed by two multiply-xorshift rounds.
#[derive(Clone, Debug)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// The generator started from `seed` (any value, 0 included).
    pub fn new(seed: u64) -> Self {
        SplitMix64 { state: seed }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number strictly between 0 and 1: the top 53 bits plus one half,
    /// times 2⁻⁵³ (exact in `f64`; never 0 nor 1, so the inverse normal
    /// CDF of it is finite).
    pub fn open01(&mut self) -> f64 {
        ((self.next_u64() >> 11) as f64 + 0.5) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// A whole number in `0..n` (`n` ≥ 1) by the multiply-shift of the
    /// 64 random bits (Lemire 2019, without its rejection step: the bias,
    /// at most n ÷ 2⁶⁴, is far below anything the plan can show).
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// `items` in a random order (Fisher and Yates, as Durstenfeld 1964
    /// wrote it: from the last place down).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_numbers_of_seed_1_are_the_stored_ones() {
        // A change to the generator changes every shared link's answer:
        // these are its first outputs for the default seed.
        let mut g = SplitMix64::new(1);
        let got: Vec<u64> = (0..4).map(|_| g.next_u64()).collect();
        assert_eq!(got, STORED_SEED_1);
    }

    #[test]
    fn the_first_output_of_seed_0_is_the_published_one() {
        // The reference implementation (Vigna's splitmix64.c) gives
        // 0xE220A8397B1DCDAF first from the state 0.
        assert_eq!(SplitMix64::new(0).next_u64(), 0xE220_A839_7B1D_CDAF);
    }

    // Computed apart from this code (a Python transcription of splitmix64.c).
    const STORED_SEED_1: [u64; 4] = [
        0x910A_2DEC_8902_5CC1,
        0xBEEB_8DA1_658E_EC67,
        0xF893_A2EE_FB32_555E,
        0x71C1_8690_EE42_C90B,
    ];

    #[test]
    fn open01_stays_inside_and_below_covers_its_range() {
        let mut g = SplitMix64::new(7);
        let mut seen = [false; 5];
        for _ in 0..1000 {
            let u = g.open01();
            assert!(u > 0.0 && u < 1.0);
            seen[g.below(5)] = true;
        }
        assert!(seen.iter().all(|s| *s));
    }

    #[test]
    fn shuffle_keeps_every_item() {
        let mut g = SplitMix64::new(3);
        let mut v: Vec<usize> = (0..100).collect();
        g.shuffle(&mut v);
        assert_ne!(v, (0..100).collect::<Vec<_>>());
        v.sort_unstable();
        assert_eq!(v, (0..100).collect::<Vec<_>>());
    }
}
