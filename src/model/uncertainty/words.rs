//! The range analysis in words: the headline ("7 people (6 to 9, P10 to
//! P90); a 35% chance today's team of 6 is short") and the method (which
//! inputs vary, their shapes, the samples, the seed, the clipping).

use super::answer::{Analysis, Chance};
use crate::model::format::{count, num};

/// A chance (0 to 1) as a whole percent for a sentence: never "0%" or
/// "100%" for a chance that is neither (so 0.2% reads "under 1%").
pub fn chance_pct(chance: f64) -> String {
    let pct = (chance * 100.0).round();
    if chance > 0.0 && pct < 1.0 {
        "under 1%".into()
    } else if chance < 1.0 && pct > 99.0 {
        "over 99%".into()
    } else {
        format!("{}%", num(pct))
    }
}

/// "a 35% chance today's team of 6 is short", or that it is short (or
/// enough) in every sample.
fn chance_words(who: &str, c: &Chance) -> String {
    let who = format!("{who} of {}", num(c.people));
    if c.short <= 0.0 {
        format!("{who} is enough in every sample")
    } else if c.short >= 1.0 {
        format!("{who} is short in every sample")
    } else {
        format!("a {} chance {who} is short", chance_pct(c.short))
    }
}

/// The answer in one sentence: the median people needed with P10 to P90,
/// then the chances that today's team and the budget are short.
pub fn headline(a: &Analysis) -> String {
    let p = &a.people;
    let mut out = count(p.p50, "person", "people");
    if p.p10 == p.p90 {
        out.push_str(" (the same from P10 to P90)");
    } else {
        out.push_str(&format!(" ({} to {}, P10 to P90)", num(p.p10), num(p.p90)));
    }
    if let Some(c) = &a.today {
        out.push_str("; ");
        out.push_str(&chance_words("today's team", c));
    }
    if let Some(c) = &a.budget {
        out.push_str("; ");
        out.push_str(&chance_words("the budget", c));
    }
    out
}

/// How the answer was found, in plain words.
pub fn method(a: &Analysis) -> String {
    let mut out = format!(
        "{} by Latin hypercube sampling with seed {}: each sample sets every input with a \
         range to a value drawn from it and plans forward; the other inputs keep their values.",
        count(a.samples as f64, "sample", "samples"),
        a.seed
    );
    if a.ranges.is_empty() {
        out.push_str(" No input has a range, so every sample is the plan itself.");
    } else {
        out.push_str(" Inputs that vary: ");
        let list: Vec<String> = a
            .ranges
            .iter()
            .map(|r| {
                format!(
                    "{} {} to {} ({}, most likely {})",
                    r.label,
                    num(r.low),
                    num(r.high),
                    r.shape,
                    num(r.value)
                )
            })
            .collect();
        out.push_str(&list.join("; "));
        out.push_str(
            ". Each range is a 90% interval: 5% of samples fall below its low end and 5% above \
             its high end. A uniform range spreads them evenly, a triangular one peaks at the \
             field's value, a normal one is a bell around it (its spread from the wider side).",
        );
    }
    out.push_str(
        " P10, P50 and P90 are nearest-rank percentiles: sort the samples, and P10 is the one \
         a tenth of the way up. People are whole people, as the plan counts them. A team is \
         short when some role needs more people than it has (managers follow from the span \
         of control).",
    );
    let later: Vec<&str> = a
        .ranges
        .iter()
        .filter(|r| r.month_by_month_only)
        .map(|r| r.label.as_str())
        .collect();
    if !later.is_empty() {
        let (verb, pronoun) = if later.len() == 1 {
            ("moves", "it changes")
        } else {
            ("move", "they change")
        };
        out.push_str(&format!(
            " {} {verb} only the month-by-month plan: {pronoun} none of these figures, only the \
             timeline's fan of people needed.",
            later.join(", ")
        ));
    }
    if !a.fan.is_empty() {
        out.push_str(&format!(
            " The timeline's fan (P10 to P90 of people needed each month) plans {} of the \
             samples month by month.",
            num(a.samples.min(super::FAN_SAMPLES) as f64)
        ));
    }
    let clipped: Vec<String> = a
        .ranges
        .iter()
        .filter(|r| r.clipped > 0)
        .map(|r| format!("{} of {}", num(r.clipped as f64), r.label))
        .collect();
    if clipped.is_empty() {
        out.push_str(" No sample fell outside what its field allows.");
    } else {
        out.push_str(&format!(
            " Samples outside what the field allows were clipped to its limits: {}.",
            clipped.join(", ")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chances_never_read_as_certain_when_they_are_not() {
        assert_eq!(chance_pct(0.35), "35%");
        assert_eq!(chance_pct(0.002), "under 1%");
        assert_eq!(chance_pct(0.998), "over 99%");
        assert_eq!(chance_pct(0.0), "0%");
        assert_eq!(chance_pct(1.0), "100%");
    }

    #[test]
    fn the_headline_reads_like_the_issue() {
        use super::super::percentile::Percentiles;
        let a = Analysis {
            samples: 2000,
            seed: 1,
            ranges: Vec::new(),
            people: Percentiles {
                p10: 6.0,
                p50: 7.0,
                p90: 9.0,
            },
            people_counts: Vec::new(),
            roles: Vec::new(),
            cost: Percentiles::ZERO,
            cost_pct_of_arr: None,
            arr_per_csm: None,
            tiers: Vec::new(),
            today: Some(Chance {
                people: 6.0,
                short: 0.35,
            }),
            budget: None,
            held: None,
            clipped: 0,
            headline: String::new(),
            method: String::new(),
            tornado: Vec::new(),
            fan: Vec::new(),
        };
        assert_eq!(
            headline(&a),
            "7 people (6 to 9, P10 to P90); a 35% chance today's team of 6 is short"
        );
        assert!(method(&a).starts_with("2,000 samples by Latin hypercube sampling with seed 1"));
    }
}
