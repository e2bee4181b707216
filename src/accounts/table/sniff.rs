//! Before the rows: the delimiter (an Excel `sep=` line, or sniffed from
//! the first lines) and whether the first row looks like a header.

use super::{CR, LF, QUOTE, SNIFF_LINES};

/// Bytes without ASCII white space at either end.
pub(super) fn trim_bytes(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(start, |e| e + 1);
    &bytes[start..end]
}

/// A header names at least two columns, and its names do not read like
/// sentences: a name is sentence-like with more than six words, or with
/// three or more ending in `.`, `!` or `?`; at least half of them sentence-like
/// (or any name longer than 200 bytes) means prose, not a header.
pub(super) fn looks_like_header(names: &[String]) -> bool {
    let named: Vec<&String> = names.iter().filter(|n| !n.is_empty()).collect();
    if named.len() < 2 || named.iter().any(|n| n.len() > 200) {
        return false;
    }
    let prose = named
        .iter()
        .filter(|n| {
            let words = n.split_whitespace().count();
            words > 6 || (words >= 3 && n.ends_with(['.', '!', '?']))
        })
        .count();
    prose * 2 < named.len()
}

/// An Excel `sep=X` first line (looked for in the first 64 bytes): the
/// delimiter and the bytes after the line and its line break.
pub(super) fn sep_line(data: &[u8]) -> Option<(u8, &[u8])> {
    let head = &data[..data.len().min(64)];
    let end = head.iter().position(|&b| b == CR || b == LF)?;
    // Spaces around it go, not tabs: `sep=<tab>` names the tab.
    let line = data[..end].trim_ascii_start();
    let line = match line.iter().rposition(|&b| b != b' ') {
        Some(last) => &line[..=last],
        None => line,
    };
    let line = line
        .strip_prefix(b"\"")
        .and_then(|l| l.strip_suffix(b"\""))
        .unwrap_or(line);
    if line.len() != 5 || !line[..4].eq_ignore_ascii_case(b"sep=") {
        return None;
    }
    let d = line[4];
    if matches!(d, QUOTE | 0 | CR | LF) {
        return None;
    }
    let rest = match &data[end..] {
        [CR, LF, rest @ ..] | [CR, rest @ ..] | [LF, rest @ ..] => rest,
        rest => rest,
    };
    Some((d, rest))
}

/// The delimiter among comma, semicolon and tab that the header line holds
/// (outside quotes) and that the most following lines hold exactly as often;
/// then the one the header holds most; ties in that order. Comma when the
/// header holds none of them (the table then has one column: not a table).
/// `complete`: `data` is the whole input (its last line counts even
/// without a line break).
pub(super) fn sniff_delimiter(data: &[u8], complete: bool) -> u8 {
    const CANDIDATES: [u8; 3] = [b',', b';', b'\t'];
    let mut lines: Vec<[u32; 3]> = Vec::new();
    let mut counts = [0u32; 3];
    let mut filled = false;
    let mut quoted = false;
    for &b in data {
        if b == QUOTE {
            quoted = !quoted;
            filled = true;
        } else if quoted {
            continue;
        } else if b == CR || b == LF {
            if filled {
                lines.push(counts);
                if lines.len() >= SNIFF_LINES {
                    break;
                }
            }
            counts = [0; 3];
            filled = false;
        } else if let Some(k) = CANDIDATES.iter().position(|&c| c == b) {
            counts[k] += 1;
        } else if !b.is_ascii_whitespace() {
            filled = true;
        }
    }
    if filled && (complete || lines.is_empty()) && lines.len() < SNIFF_LINES {
        lines.push(counts);
    }
    let Some(header) = lines.first() else {
        return b',';
    };
    let mut best: Option<(usize, usize, u32)> = None;
    for k in 0..CANDIDATES.len() {
        if header[k] == 0 {
            continue;
        }
        let agree = lines[1..].iter().filter(|l| l[k] == header[k]).count();
        let better = match best {
            None => true,
            Some((_, a, h)) => agree > a || (agree == a && header[k] > h),
        };
        if better {
            best = Some((k, agree, header[k]));
        }
    }
    best.map_or(b',', |(k, _, _)| CANDIDATES[k])
}
