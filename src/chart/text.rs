//! Label widths, estimated: the charts place value labels without measuring
//! text in the browser (which would need a second render).

/// Average advance of one character of the system UI font, as a share of the
/// font size: digits and lower case are about 0.55 em; this errs wide.
const AVERAGE_ADVANCE_EM: f64 = 0.6;

/// Estimated width (px) of `text` at `font_px`.
pub fn width(text: &str, font_px: f64) -> f64 {
    text.chars().count() as f64 * font_px * AVERAGE_ADVANCE_EM
}

/// `text` cut to fit `max_px` at `font_px`, with an ellipsis when cut
/// (the full text stays in the chart's data table and `<title>`).
pub fn fit(text: &str, font_px: f64, max_px: f64) -> String {
    if width(text, font_px) <= max_px {
        return text.to_string();
    }
    let keep = (max_px / (font_px * AVERAGE_ADVANCE_EM)).floor() as usize;
    let keep = keep.saturating_sub(1);
    let mut out: String = text.chars().take(keep).collect();
    out = out.trim_end().to_string();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn estimates_and_cuts() {
        assert_eq!(width("1,104", 10.0), 30.0);
        assert_eq!(fit("High touch", 10.0, 100.0), "High touch");
        let cut = fit("High touch: Executive business review, hours", 10.0, 60.0);
        assert_eq!(cut, "High touc…");
        assert!(width(&cut, 10.0) <= 60.0);
        assert_eq!(fit("abc", 10.0, 0.0), "…");
    }
}
