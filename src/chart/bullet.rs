//! ARR per CSM as a bullet chart against the rules of thumb (1 CSM per
//! $2M / $3M / $5M of ARR): shaded bands between the rules, a marker for
//! each rule and a bar for the plan's value.

use super::svg::{crisp, snap};
use super::ticks::nice_ticks;
use super::{positive, Anchor, Label, Linear, Rect};

/// Side margins (px).
const SIDE: f64 = 12.0;
/// Top of the bands, under the rule labels (px).
const BANDS_TOP: f64 = 24.0;
/// Height of the bands (px).
const BANDS: f64 = 36.0;
/// Height of the value bar (px).
const VALUE_BAR: f64 = 14.0;

/// One rule of thumb's marker.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RuleMark {
    /// ARR per CSM of the rule.
    pub value: f64,
    /// Crisp x of its line.
    pub x: f64,
    /// Where its label goes, above the bands.
    pub label: Label,
    /// Whether the plan reaches it.
    pub met: bool,
}

/// The whole chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Bullet {
    /// Width (px).
    pub width: f64,
    /// Height (px).
    pub height: f64,
    /// Bands from 0 to the first rule, between rules and past the last one,
    /// lightest first.
    pub bands: Vec<Rect>,
    /// The rules' markers.
    pub rules: Vec<RuleMark>,
    /// The plan's bar, when there is a value.
    pub value_bar: Option<Rect>,
    /// Where the value's label goes.
    pub value_label: Option<Label>,
    /// Axis ticks: value and crisp x.
    pub ticks: Vec<(f64, f64)>,
    /// Baseline of the tick labels.
    pub ticks_y: f64,
}

/// Lays out the chart at `width` px for `value` (ARR per CSM, `None`
/// without CSMs) against `rules` (increasing), with `value_label_px` the
/// estimated width of the value's label.
pub fn bullet(value: Option<f64>, rules: &[f64], value_label_px: f64, width: f64) -> Bullet {
    let width = super::chart_width(width);
    let value = value.map(positive);
    let top_rule = rules.iter().fold(0.0_f64, |m, r| m.max(positive(*r)));
    let top = value.unwrap_or(0.0).max(top_rule * 1.15).max(1.0);
    let max_ticks = ((width - 2.0 * SIDE) / 80.0).max(2.0) as usize;
    let ticks = nice_ticks(0.0, top, max_ticks);
    let end = ticks.last().copied().unwrap_or(1.0);
    let x = Linear::new((0.0, end), (SIDE, width - SIDE));
    let mut edges: Vec<f64> = vec![0.0];
    edges.extend(rules.iter().map(|r| positive(*r)));
    edges.push(end);
    let bands = edges
        .windows(2)
        .map(|w| {
            let (a, b) = (snap(x.map(w[0])), snap(x.map(w[1])));
            Rect::between(a, b, BANDS_TOP, BANDS)
        })
        .collect();
    let rule_marks: Vec<RuleMark> = rules
        .iter()
        .map(|r| {
            let rx = crisp(x.map(*r));
            RuleMark {
                value: positive(*r),
                x: rx,
                label: Label {
                    x: rx,
                    y: BANDS_TOP - 7.0,
                    anchor: Anchor::Middle,
                    inside: false,
                },
                met: value.is_some_and(|v| v >= *r),
            }
        })
        .collect();
    let rule_marks = spread_rule_labels(rule_marks);
    let bar_y = BANDS_TOP + (BANDS - VALUE_BAR) / 2.0;
    let value_bar = value.map(|v| Rect::new(SIDE, bar_y, snap(x.map(v)) - SIDE, VALUE_BAR));
    let value_label = value_bar.map(|bar| {
        let room_right = width - SIDE - bar.right();
        let inside = room_right < value_label_px + 8.0 && bar.width >= value_label_px + 8.0;
        Label {
            x: if inside {
                bar.right() - 6.0
            } else {
                bar.right() + 6.0
            },
            y: bar_y + VALUE_BAR - 3.0,
            anchor: if inside { Anchor::End } else { Anchor::Start },
            inside,
        }
    });
    Bullet {
        width,
        height: BANDS_TOP + BANDS + 22.0,
        bands,
        rules: rule_marks,
        value_bar,
        value_label,
        ticks: ticks.iter().map(|v| (*v, crisp(x.map(*v)))).collect(),
        ticks_y: BANDS_TOP + BANDS + 16.0,
    }
}

/// Estimated width of a rule's label such as "1 : $2M" (px).
pub const RULE_LABEL_PX: f64 = 56.0;

/// The horizontal extent of a rule's label (px).
fn extent(l: &Label) -> (f64, f64) {
    match l.anchor {
        Anchor::Start => (l.x, l.x + RULE_LABEL_PX),
        Anchor::End => (l.x - RULE_LABEL_PX, l.x),
        Anchor::Middle => (l.x - RULE_LABEL_PX / 2.0, l.x + RULE_LABEL_PX / 2.0),
    }
}

/// Labels centred on their rules unless a label would touch the one on its
/// left: then that one hangs left of its line, and if that is not enough,
/// this one hangs right of its own.
fn spread_rule_labels(mut marks: Vec<RuleMark>) -> Vec<RuleMark> {
    const GAP: f64 = 4.0;
    for i in 1..marks.len() {
        if extent(&marks[i].label).0 >= extent(&marks[i - 1].label).1 + GAP {
            continue;
        }
        if marks[i - 1].label.anchor == Anchor::Middle {
            marks[i - 1].label.anchor = Anchor::End;
            marks[i - 1].label.x = marks[i - 1].x - 3.0;
        }
        if extent(&marks[i].label).0 < extent(&marks[i - 1].label).1 + GAP {
            marks[i].label.anchor = Anchor::Start;
            marks[i].label.x = marks[i].x + 3.0;
        }
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: [f64; 3] = [2e6, 3e6, 5e6];

    #[test]
    fn close_rules_do_not_overlap_their_labels() {
        // $12.1M per CSM on a 600 px chart puts $2M and $3M about 40 px apart.
        let b = bullet(Some(12.1e6), &[2e6, 3e6, 5e6], 60.0, 600.0);
        assert!(b.rules[1].x - b.rules[0].x < RULE_LABEL_PX);
        for pair in b.rules.windows(2) {
            let (a, c) = (extent(&pair[0].label), extent(&pair[1].label));
            assert!(a.1 < c.0, "{a:?} overlaps {c:?}");
        }
        // Far apart, they stay centred.
        let wide = bullet(Some(2.5e6), &[2e6, 3e6, 5e6], 60.0, 1200.0);
        assert!(wide.rules.iter().all(|r| r.label.anchor == Anchor::Middle));
    }

    #[test]
    fn default_plan_meets_the_first_rule_only() {
        let b = bullet(Some(2.8e6), &RULES, 40.0, 600.0);
        let met: Vec<bool> = b.rules.iter().map(|r| r.met).collect();
        assert_eq!(met, vec![true, false, false]);
        assert_eq!(b.bands.len(), 4);
        let bar = b.value_bar.unwrap();
        assert!(bar.right() > b.rules[0].x && bar.right() < b.rules[1].x);
        // Bands tile the axis without gaps.
        assert!(b.bands.windows(2).all(|w| w[0].right() == w[1].x));
        assert!(!b.value_label.unwrap().inside);
    }

    #[test]
    fn a_value_past_the_scale_labels_inside() {
        let b = bullet(Some(9.9e6), &RULES, 40.0, 600.0);
        assert!(b.rules.iter().all(|r| r.met));
        assert!(b.value_bar.unwrap().right() <= b.width - SIDE);
        assert!(b.value_label.unwrap().inside);
    }

    #[test]
    fn no_csms() {
        let b = bullet(None, &RULES, 40.0, 600.0);
        assert!(b.value_bar.is_none() && b.rules.iter().all(|r| !r.met));
        let b = bullet(Some(f64::NAN), &[], 0.0, f64::NAN);
        assert_eq!(b.value_bar.unwrap().width, 0.0);
        assert_eq!(b.bands.len(), 1);
    }
}
