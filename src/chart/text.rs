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

/// `text` cut to fit `max_px` at `font_px` with the ellipsis in the middle,
/// so the end survives: the sensitivity chart's inputs differ only at the end
/// ("High touch: Executive business review, hours" / ", per year" / ", share
/// of customers"), and cut at the end they all read "High touch: Executive
/// busine…" on a phone. The part after the last ", " is kept whole when it
/// leaves room for a few characters of the start; otherwise the text keeps
/// about as much of its start as of its end.
pub fn fit_middle(text: &str, font_px: f64, max_px: f64) -> String {
    if width(text, font_px) <= max_px {
        return text.to_string();
    }
    let keep = (max_px / (font_px * AVERAGE_ADVANCE_EM)).floor() as usize;
    // One character goes to the ellipsis.
    let keep = keep.saturating_sub(1);
    let chars: Vec<char> = text.chars().collect();
    let tail_len = match text.rfind(", ") {
        // Characters after the comma, the ", " included.
        Some(at) => text[at..].chars().count(),
        None => 0,
    };
    // At least this much of the start is worth keeping before a whole suffix.
    const MIN_HEAD: usize = 6;
    let (head, tail) = if tail_len > 0 && tail_len + MIN_HEAD <= keep {
        (keep - tail_len, tail_len)
    } else {
        let tail = keep / 2;
        (keep - tail, tail)
    };
    let start: String = chars[..head].iter().collect();
    let end: String = chars[chars.len() - tail..].iter().collect();
    let start = start.trim_end();
    let end = if tail == tail_len {
        end
    } else {
        end.trim_start().to_string()
    };
    format!("{start}…{end}")
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

    #[test]
    fn middle_cut_keeps_what_tells_labels_apart() {
        let labels = [
            "High touch: Executive business review, hours",
            "High touch: Executive business review, per year",
            "High touch: Executive business review, share of customers",
        ];
        // The room each label had on a 375 px phone (a 327 px chart, less
        // the note) and in a printed column.
        for room in [203.0, 210.0, 224.0, 160.0] {
            let cut: Vec<String> = labels.iter().map(|l| fit_middle(l, 12.0, room)).collect();
            for c in &cut {
                assert!(width(c, 12.0) <= room, "{c} fits {room}");
                assert!(c.contains('…'), "{c}");
                assert!(c.starts_with("High to"), "{c} keeps its start");
            }
            assert!(cut[0].ends_with(", hours"), "{}", cut[0]);
            assert!(cut[1].ends_with(", per year"), "{}", cut[1]);
            assert!(cut[2].ends_with("customers"), "{}", cut[2]);
            assert_ne!(cut[0], cut[1]);
            assert_ne!(cut[1], cut[2]);
            assert_ne!(cut[0], cut[2]);
        }
        assert_eq!(
            fit_middle("High touch: Executive business review, hours", 10.0, 180.0),
            "High touch: Executive…, hours"
        );
        // Without a comma: as much of the start as of the end.
        assert_eq!(
            fit_middle("abcdefghijklmnopqrstuvwxyz", 10.0, 66.0),
            "abcde…vwxyz"
        );
        assert_eq!(fit_middle("Hours per week", 12.0, 200.0), "Hours per week");
        assert_eq!(fit_middle("abc", 10.0, 0.0), "…");
    }
}
