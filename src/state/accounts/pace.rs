//! How much work each slice of a long import does, so that no slice blocks
//! the page for long: the page measures how long the last slice took and
//! sizes the next one to take about [`TARGET_MS`].

/// The time one slice of work should take (ms). Input events wait at most
/// this long (plus a render), far under the 100 ms a person notices.
pub const TARGET_MS: f64 = 12.0;
/// Bytes of a file read and parsed per slice (1 MiB).
pub const BYTES_PER_READ: u64 = 1 << 20;
/// Rows in the first slice of a stage, before any slice was timed.
pub const FIRST_ROWS: usize = 2_000;
/// Fewest rows in a slice.
pub const MIN_ROWS: usize = 200;
/// Most rows in a slice.
pub const MAX_ROWS: usize = 200_000;

/// Rows for the next slice (rows), from the last slice's `rows` and the
/// `elapsed_ms` it took: rows × target ÷ elapsed, growing at most 2× and
/// shrinking at most 4× per slice, within [`MIN_ROWS`, `MAX_ROWS`].
/// A slice timed at 0 ms (a coarse clock) or an unreadable time doubles.
pub fn next_rows(rows: usize, elapsed_ms: f64, target_ms: f64) -> usize {
    let rows = rows.max(1) as f64;
    let scaled = if elapsed_ms.is_finite() && elapsed_ms > 0.0 && target_ms > 0.0 {
        rows * (target_ms / elapsed_ms)
    } else {
        rows * 2.0
    };
    let bounded = crate::float::clamp(scaled, rows / 4.0, rows * 2.0);
    (bounded as usize).clamp(MIN_ROWS, MAX_ROWS)
}

/// The byte ranges `[start, end)` in which a file of `size` bytes is read.
pub fn byte_ranges(size: u64) -> impl Iterator<Item = (u64, u64)> {
    (0..size.div_ceil(BYTES_PER_READ)).map(move |k| {
        let start = k * BYTES_PER_READ;
        (start, (start + BYTES_PER_READ).min(size))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slow_slice_shrinks_the_next_and_a_fast_one_grows_it() {
        assert_eq!(next_rows(10_000, 24.0, 12.0), 5_000);
        assert_eq!(next_rows(10_000, 6.0, 12.0), 20_000);
        // At most 2× up, 4× down.
        assert_eq!(next_rows(10_000, 0.5, 12.0), 20_000);
        assert_eq!(next_rows(10_000, 480.0, 12.0), 2_500);
    }

    #[test]
    fn bounds_and_unreadable_times() {
        assert_eq!(next_rows(300, 1000.0, 12.0), MIN_ROWS);
        assert_eq!(next_rows(MAX_ROWS, 1.0, 12.0), MAX_ROWS);
        assert_eq!(next_rows(1000, 0.0, 12.0), 2000);
        assert_eq!(next_rows(1000, f64::NAN, 12.0), 2000);
        assert_eq!(next_rows(0, -1.0, 12.0), MIN_ROWS);
    }

    #[test]
    fn byte_ranges_cover_the_file_once() {
        assert_eq!(byte_ranges(0).count(), 0);
        let ranges: Vec<_> = byte_ranges(BYTES_PER_READ * 2 + 5).collect();
        assert_eq!(
            ranges,
            vec![
                (0, BYTES_PER_READ),
                (BYTES_PER_READ, 2 * BYTES_PER_READ),
                (2 * BYTES_PER_READ, 2 * BYTES_PER_READ + 5)
            ]
        );
    }
}
