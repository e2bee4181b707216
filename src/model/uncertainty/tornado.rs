//! The tornado of the ranges a person entered: each input moved from its
//! range's low end to its high end, the other inputs at their most likely
//! values, and the total FTE and whole people at each end: the same
//! [`Swing`]s as the ±20% tornado ([`crate::model::sensitivity`]), so the
//! same chart draws either.

use super::range::Range;
use crate::model::check::cap_shares;
use crate::model::plan::core;
use crate::model::scenario::Scenario;
use crate::model::sensitivity::Swing;

/// Total FTE (managers included) and whole people of `s` with `range`'s
/// input at `value` (brought within the field's limits).
fn at(s: &Scenario, range: &Range, value: f64) -> (f64, u32) {
    let mut moved = s.clone();
    range.path.set(&mut moved, range.path.clamp(value));
    cap_shares(&mut moved.team);
    let c = core(&moved);
    (c.fte_total(), c.heads.total())
}

/// Each of `ranges` in the sanitised scenario `s` from its low end to its
/// high end, the others at their values; largest change in total FTE
/// first (then by field path). Every range is listed, even one that
/// moves nothing: a person asked about it.
pub fn tornado(s: &Scenario, ranges: &[Range]) -> Vec<Swing> {
    let base = core(s).fte_total();
    let mut swings: Vec<Swing> = ranges
        .iter()
        .map(|r| {
            let low = at(s, r, r.low);
            let high = at(s, r, r.high);
            Swing {
                field: r.path.path(),
                label: r.path.label(s),
                value: r.path.get(s),
                fte: (low.0, high.0),
                heads: (low.1, high.1),
                effect: (low.0 - base).abs().max((high.0 - base).abs()),
            }
        })
        .collect();
    swings.sort_by(|a, b| {
        b.effect
            .total_cmp(&a.effect)
            .then_with(|| a.field.cmp(&b.field))
    });
    swings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::inputs::{Input, TeamField, TierField};
    use crate::model::uncertainty::range::Shape;

    #[test]
    fn hours_per_week_from_32_to_48_by_hand() {
        // Every FTE scales with 1 ÷ hours per week: at 32 h the team needs
        // 40 ÷ 32 times its FTE, at 48 h 40 ÷ 48 times.
        let s = Scenario::default().sanitized();
        let base = core(&s).fte_total();
        let r = Range::new(
            Input::Team(TeamField::HoursPerWeek),
            32.0,
            48.0,
            Shape::Normal,
        );
        let costs = Range::new(
            Input::RoleCost(crate::model::Role::Csm),
            1.0,
            2.0,
            Shape::Uniform,
        );
        let t = tornado(&s, &[costs, r]);
        assert_eq!(t[0].field, "team.hours_per_week");
        assert!((t[0].fte.0 - base * 40.0 / 32.0).abs() < 1e-9);
        assert!((t[0].fte.1 - base * 40.0 / 48.0).abs() < 1e-9);
        // A cost moves no one, and is still listed.
        assert_eq!(t[1].effect, 0.0);
    }

    #[test]
    fn customers_at_each_end_agree_with_the_plan() {
        let s = Scenario::default().sanitized();
        let r = Range::new(
            Input::Tier(0, TierField::Customers),
            30.0,
            50.0,
            Shape::Uniform,
        );
        let t = tornado(&s, &[r]);
        let mut low = s.clone();
        low.tiers[0].customers = 30.0;
        let p = crate::model::plan(&low);
        assert!((t[0].fte.0 - p.totals.fte_total).abs() < 1e-9);
        assert_eq!(t[0].heads.0, p.totals.headcount);
    }
}
