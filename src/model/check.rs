//! Validation (every impossible input, carried to its field) and
//! sanitising (a copy of the scenario the engine can always compute on).

use super::capacity::TeamTime;
use super::demand::TierDemand;
use super::inputs::Bounds;
use super::inputs::{inputs, Input, TeamField};
use super::limits::{MAX_HORIZON_MONTHS, MAX_LEAD_MONTHS, MAX_NON_PROACTIVE_PCT, MAX_TIERS};
use super::scenario::{BaseMode, Scenario};
use super::tier::Coverage;
use super::validate::{check_between, check_whole, FieldError, Problem};

impl Scenario {
    /// Every impossible input, each on its field path (`team.hours_per_week`,
    /// `tiers.1.touches.3.hours`, ...). Empty when the scenario is sound.
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let mut team_ranges_ok = true;
        // Ranges of every number, in one pass over the input list.
        for input in inputs(self) {
            let b = input.bounds();
            // The path is only written out for a value that is wrong.
            if let Some(mut e) = check_bounds("", input.get(self), &b) {
                team_ranges_ok &= !matches!(input, Input::Team(_));
                e.field = input.path();
                errors.push(e);
            }
        }
        // The team's shares must leave proactive time (reported on `team.shares`).
        if team_ranges_ok {
            errors.extend(shares_error(&self.team));
        }
        for (key, value, max) in [
            (
                "growth.horizon_months",
                self.growth.horizon_months,
                MAX_HORIZON_MONTHS,
            ),
            (
                "growth.lead_months",
                self.growth.lead_months,
                MAX_LEAD_MONTHS,
            ),
            (
                "growth.ramp_months",
                self.growth.ramp_months,
                MAX_LEAD_MONTHS,
            ),
        ] {
            if value > max {
                errors.push(FieldError::new(key, Problem::TooLarge { max: max as f64 }));
            }
        }
        if self.tiers.is_empty() || self.tiers.len() > MAX_TIERS {
            errors.push(FieldError::new(
                "tiers",
                Problem::TierCount {
                    max: MAX_TIERS as u32,
                },
            ));
        }
        self.validate_base(&mut errors);
        self.validate_tiering(&mut errors);
        self.validate_tiers(&mut errors);
        errors
    }

    fn validate_base(&self, errors: &mut Vec<FieldError>) {
        if self.base.mode != BaseMode::Bands {
            return;
        }
        if self.base.bands.is_empty() {
            errors.push(FieldError::new("base.bands", Problem::NoBands));
        }
        for (i, band) in self.base.bands.iter().enumerate() {
            if band.min.is_finite() && band.max.is_finite() && band.max < band.min {
                errors.push(FieldError::new(
                    format!("base.bands.{i}.max"),
                    Problem::BelowOther {
                        what: "the band's lowest ARR".into(),
                        value: band.min,
                    },
                ));
            }
        }
    }

    fn validate_tiers(&self, errors: &mut Vec<FieldError>) {
        let n = self.tiers.len();
        let bases = super::base::tier_bases(self);
        let capacity = self.team.proactive_hours_per_year() > 0.0;
        for (i, tier) in self.tiers.iter().enumerate() {
            let customers = bases.get(i).map_or(0.0, |b| b.customers);
            if tier.nrr_pct.is_finite() && tier.grr_pct.is_finite() && tier.nrr_pct < tier.grr_pct {
                errors.push(FieldError::new(
                    format!("tiers.{i}.nrr_pct"),
                    Problem::BelowOther {
                        what: "gross retention".into(),
                        value: tier.grr_pct,
                    },
                ));
            }
            if customers > 0.0 && !tier.has_any_touch() {
                errors.push(FieldError::new(
                    format!("tiers.{i}.touches"),
                    Problem::NoTouches,
                ));
            }
            let needs_people = TierDemand::of(tier, tier.first_year_pct)
                .hours(customers)
                .total()
                > 0.0;
            if customers > 0.0 && needs_people && !capacity {
                let field = match self.base.mode {
                    BaseMode::Direct | BaseMode::Accounts => format!("tiers.{i}.customers"),
                    BaseMode::Bands => format!("tiers.{i}.min_arr"),
                };
                errors.push(FieldError::new(field, Problem::NoCapacity));
            }
            if tier.coverage == Coverage::Digital {
                for (j, t) in tier.touches.iter().enumerate() {
                    if t.role != super::role::Role::Automation {
                        errors.push(FieldError::new(
                            format!("tiers.{i}.touches.{j}.role"),
                            Problem::OneToOneInDigital,
                        ));
                    }
                }
                for (j, t) in tier.triggers.iter().enumerate() {
                    if t.role != super::role::Role::Automation {
                        errors.push(FieldError::new(
                            format!("tiers.{i}.triggers.{j}.role"),
                            Problem::OneToOneInDigital,
                        ));
                    }
                }
            }
            let mut moving = 0.0;
            for (j, m) in tier.moves.iter().enumerate() {
                if m.to as usize >= n || m.to as usize == i {
                    errors.push(FieldError::new(
                        format!("tiers.{i}.moves.{j}.to"),
                        Problem::UnknownTier { tiers: n as u32 },
                    ));
                }
                // Only shares each within 0..=100 are summed: the others
                // already have their own range error.
                if (0.0..=100.0).contains(&m.pct_per_year) {
                    moving += m.pct_per_year;
                }
            }
            if moving > 100.0 {
                errors.push(FieldError::new(
                    format!("tiers.{i}.moves"),
                    Problem::Rule(format!(
                        "Moves out of this tier add up to {}% a year: at most 100%.",
                        super::validate::trim_number(moving)
                    )),
                ));
            }
        }
    }

    /// A copy the engine can always compute on: every impossible number
    /// replaced by its stand-in ([`Input::stand_in`]: the default
    /// scenario's value for the scenario's own inputs, else the value
    /// clamped into range), team shares that take all the time replaced by
    /// the default shares (see [`Scenario::stand_ins`]) and shares of 99%
    /// or more scaled to leave at least 1% proactive time, at most
    /// 6 tiers, moves to unknown tiers dropped and moves out capped at 100%,
    /// months capped, renewal months of the wrong length dropped (an even
    /// spread) and their counts clamped. The plan of a valid scenario is unchanged by this.
    pub fn sanitized(&self) -> Scenario {
        let mut s = self.clone();
        for input in inputs(&s) {
            if !matches!(input, Input::Team(_)) {
                let value = input.get(&s);
                input.set(&mut s, sanitized_value(input, value));
            }
        }
        s.team = sanitized_team(&s.team);
        s.tiers.truncate(MAX_TIERS);
        let n = s.tiers.len();
        for (i, tier) in s.tiers.iter_mut().enumerate() {
            tier.moves
                .retain(|m| (m.to as usize) < n && m.to as usize != i);
            let total: f64 = tier.moves.iter().map(|m| m.pct_per_year).sum();
            if total > 100.0 {
                for m in &mut tier.moves {
                    m.pct_per_year *= 100.0 / total;
                }
            }
            if tier.renewal_months.len() == 12 {
                for m in &mut tier.renewal_months {
                    *m = if m.is_finite() {
                        crate::float::clamp(*m, 0.0, super::inputs::MAX_CUSTOMERS)
                    } else {
                        0.0
                    };
                }
            } else {
                tier.renewal_months.clear();
            }
        }
        for band in &mut s.base.bands {
            if band.max < band.min {
                std::mem::swap(&mut band.min, &mut band.max);
            }
        }
        s.growth.horizon_months = s.growth.horizon_months.min(MAX_HORIZON_MONTHS);
        s.growth.lead_months = s.growth.lead_months.min(MAX_LEAD_MONTHS);
        s.growth.ramp_months = s.growth.ramp_months.min(MAX_LEAD_MONTHS);
        s
    }
}

/// `value` of `input` as the plan uses it: its stand-in when it is
/// impossible ([`Input::stand_in`]), else clamped into range (a count that
/// is only not whole is clamped, not replaced).
fn sanitized_value(input: Input, value: f64) -> f64 {
    match check_input(input, value) {
        Some(e) if !matches!(e.problem, Problem::NotWhole { .. }) => input.stand_in(value),
        _ => input.clamp(value),
    }
}

/// The team's time as the plan uses it: each field through
/// [`sanitized_value`], then shares that take all the time replaced by the
/// default shares and shares of 99% or more scaled down ([`cap_shares`]).
/// The team part of [`Scenario::sanitized`], which depends on nothing else
/// in the scenario.
pub fn sanitized_team(team: &TeamTime) -> TeamTime {
    let mut team = team.clone();
    for field in TeamField::ALL {
        let value = field.get(&team);
        field.set(&mut team, sanitized_value(Input::Team(field), value));
    }
    if shares_leave_no_time(&team) {
        team = default_shares(&team);
    }
    cap_shares(&mut team);
    team
}

/// Scales the team's counted shares down so that they take at most 99%
/// together, leaving proactive time (used after clamping each share to 0..=100).
pub fn cap_shares(team: &mut TeamTime) {
    let counted = team.counted_shares_pct();
    if counted > MAX_NON_PROACTIVE_PCT {
        let k = MAX_NON_PROACTIVE_PCT / counted;
        team.reactive_pct *= k;
        team.collateral_pct *= k;
        team.overhead_pct *= k;
    }
}

/// Checks a single number typed into the field at `path` against the same
/// range the scenario validation uses, for instant feedback while typing.
/// `None` when the value is fine or the path is not a numeric input.
pub fn check_field(scenario: &Scenario, path: &str, value: f64) -> Option<FieldError> {
    let input = inputs(scenario).into_iter().find(|i| i.path() == path)?;
    check_bounds(path, value, &input.bounds())
}

/// The range check of `value` for `input` on the input's own path: the one
/// rule for what is possible, whether the value was typed, read from a
/// link or a file, or is part of a team time alone.
pub fn check_input(input: Input, value: f64) -> Option<FieldError> {
    let mut e = check_bounds("", value, &input.bounds())?;
    e.field = input.path();
    Some(e)
}

/// The range check of one value against its bounds (a "more than zero"
/// field at least its floor), then, for a count of customers, that it is whole.
fn check_bounds(path: &str, value: f64, b: &Bounds) -> Option<FieldError> {
    // A field with a real minimum (1 hour a week, 1 week, 1 person per
    // manager, 1 customer per session) names that minimum for anything
    // below it, negative values included, rather than "zero or more".
    if b.positive && b.floor >= 1.0 && value.is_finite() && value < b.floor {
        return Some(FieldError::new(path, Problem::TooSmall { min: b.floor }));
    }
    check_between(path, value, b.positive, b.min, b.max)
        .or_else(|| {
            (b.positive && value < b.floor)
                .then(|| FieldError::new(path, Problem::TooSmall { min: b.floor }))
        })
        .or_else(|| {
            b.whole
                .then(|| check_whole(path, value, "customers"))
                .flatten()
        })
}

/// An impossible number in a scenario and the value its figures use instead.
#[derive(Clone, Debug, PartialEq)]
pub struct StandIn {
    /// The input (for the team's shares together: the reactive share, the
    /// first of them).
    pub input: Input,
    /// The field path of the message (`team.shares` for the shares together).
    pub field: String,
    /// What is wrong.
    pub problem: Problem,
    /// The impossible value (the shares' sum for the shares).
    pub value: f64,
    /// The value the figures use instead (the default shares' sum).
    pub used: f64,
}

impl Scenario {
    /// Every impossible number and the value the figures use in its place
    /// ([`Input::stand_in`]; the default shares when the team's shares
    /// leave no proactive time): what [`Scenario::sanitized`] replaces, so
    /// the page can say which value each figure is computed on. Empty when
    /// every number is possible. Rules between fields (net retention below
    /// gross) are not here: their values are computed as they are.
    pub fn stand_ins(&self) -> Vec<StandIn> {
        let mut out: Vec<StandIn> = inputs(self)
            .into_iter()
            .filter_map(|input| {
                let value = input.get(self);
                let e = check_input(input, value)?;
                // A fraction of a customer is rounded, not replaced.
                if matches!(e.problem, Problem::NotWhole { .. }) {
                    return None;
                }
                Some(StandIn {
                    input,
                    field: e.field,
                    problem: e.problem,
                    value,
                    used: input.stand_in(value),
                })
            })
            .collect();
        // The shares as sanitising sees them: after their own stand-ins.
        let mut team = self.team.clone();
        for s in &out {
            if let Input::Team(f) = s.input {
                f.set(&mut team, s.used);
            }
        }
        if shares_leave_no_time(&team) {
            let total = team.counted_shares_pct();
            let defaults = default_shares(&team);
            out.push(StandIn {
                input: Input::Team(TeamField::Reactive),
                field: "team.shares".into(),
                problem: Problem::SharesTooLarge { total_pct: total },
                value: total,
                used: defaults.counted_shares_pct(),
            });
        }
        out
    }
}

/// True when the team's shares take all the time (100% or more): the rule
/// [`TeamTime::validate`] reports on `team.shares`.
fn shares_leave_no_time(team: &TeamTime) -> bool {
    team.counted_shares_pct() >= 100.0
}

/// The error on `team.shares` when the team's shares take all the time;
/// meaningful once each share is in range.
fn shares_error(team: &TeamTime) -> Option<FieldError> {
    shares_leave_no_time(team).then(|| {
        FieldError::new(
            "team.shares",
            Problem::SharesTooLarge {
                total_pct: team.counted_shares_pct(),
            },
        )
    })
}

/// `team` with the default reactive, collateral and overhead shares.
fn default_shares(team: &TeamTime) -> TeamTime {
    let d = TeamTime::default();
    TeamTime {
        reactive_pct: d.reactive_pct,
        collateral_pct: d.collateral_pct,
        overhead_pct: d.overhead_pct,
        ..team.clone()
    }
}

impl TeamTime {
    /// Every impossible value in this team time, each on its own field
    /// (`team.<field>`); a share sum of 100% or more is reported on `team.shares`.
    pub fn validate(&self) -> Vec<FieldError> {
        // The ranges are the scenario's own (the inputs table): one rule
        // for typing, links, files and the capacity card's codec.
        let mut errors: Vec<FieldError> = TeamField::ALL
            .into_iter()
            .filter_map(|f| check_input(Input::Team(f), f.get(self)))
            .collect();
        if errors.is_empty() {
            errors.extend(shares_error(self));
        }
        errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::role::Role;
    use crate::model::scenario::Band;
    use crate::model::tier::{Move, Tier};
    use crate::model::touch::Touch;

    fn fields(s: &Scenario) -> Vec<String> {
        s.validate().into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn default_scenario_is_valid() {
        assert_eq!(Scenario::default().validate(), vec![]);
        assert_eq!(Scenario::default().sanitized(), Scenario::default());
    }

    #[test]
    fn impossible_numbers_land_on_their_fields() {
        let mut s = Scenario::default();
        s.tiers[1].touches[2].hours = -3.0;
        s.tiers[0].first_year_pct = 140.0;
        s.team.working_weeks_per_year = 0.0;
        s.tiers[2].programs[0].reach = 0.0;
        let f = fields(&s);
        assert!(f.contains(&"tiers.1.touches.2.hours".to_string()));
        assert!(f.contains(&"tiers.0.first_year_pct".to_string()));
        assert!(f.contains(&"team.working_weeks_per_year".to_string()));
        assert!(f.contains(&"tiers.2.programs.0.reach".to_string()));
        let e = s.validate();
        let hours = e
            .iter()
            .find(|e| e.field == "tiers.1.touches.2.hours")
            .unwrap();
        assert_eq!(hours.problem, Problem::Negative);
    }

    #[test]
    fn structural_rules() {
        let mut s = Scenario::default();
        s.team.reactive_pct = 60.0;
        s.team.overhead_pct = 40.0;
        s.tiers[0].nrr_pct = 80.0;
        s.tiers[0].grr_pct = 95.0;
        s.tiers[2]
            .touches
            .push(Touch::new("Call", 1.0, 1.0, Role::Csm));
        s.tiers[1].moves.push(Move {
            to: 9,
            pct_per_year: 5.0,
        });
        let f = fields(&s);
        for expected in [
            "team.shares",
            "tiers.0.nrr_pct",
            "tiers.2.touches.3.role",
            "tiers.1.moves.1.to",
            "tiers.0.customers",
        ] {
            assert!(f.contains(&expected.to_string()), "{expected} in {f:?}");
        }
        let none = Scenario {
            tiers: vec![],
            ..Scenario::default()
        };
        assert_eq!(fields(&none), ["tiers"]);
        let seven = Scenario {
            tiers: vec![Tier::default(); 7],
            ..Scenario::default()
        };
        assert!(fields(&seven).contains(&"tiers".to_string()));
    }

    #[test]
    fn customers_without_touches() {
        let mut s = Scenario::default();
        s.tiers.push(Tier {
            customers: 5.0,
            ..Tier::default()
        });
        assert_eq!(fields(&s), ["tiers.3.touches"]);
    }

    #[test]
    fn bands_rules() {
        let mut s = Scenario::default();
        s.base.mode = BaseMode::Bands;
        assert_eq!(fields(&s), ["base.bands"]);
        s.base.bands = vec![Band::new(10.0, 5.0, 3.0)];
        s.tiers[0].min_arr = 1000.0;
        s.tiers[1].min_arr = 2000.0;
        let f = fields(&s);
        assert!(f.contains(&"base.bands.0.max".to_string()));
        assert!(f.contains(&"tiers.1.min_arr".to_string()));
    }

    #[test]
    fn the_team_is_sanitized_on_its_own_as_in_the_scenario() {
        let team = |hours, reactive, overhead| TeamTime {
            hours_per_week: hours,
            reactive_pct: reactive,
            overhead_pct: overhead,
            ..TeamTime::default()
        };
        // An impossible hour count takes the default's; shares that leave
        // no time take the default shares; a negative share its default.
        assert_eq!(sanitized_team(&team(-5.0, 15.0, 15.0)), TeamTime::default());
        assert_eq!(sanitized_team(&team(40.0, 90.0, 30.0)), TeamTime::default());
        assert_eq!(
            sanitized_team(&team(500.0, -1.0, 0.0)),
            team(40.0, 15.0, 0.0)
        );
        for preset in crate::model::presets() {
            let mut s = preset.scenario.clone();
            s.team = team(500.0, -1.0, 0.0);
            assert_eq!(
                s.sanitized().team,
                sanitized_team(&s.team),
                "{}",
                preset.name
            );
        }
    }

    #[test]
    fn sanitized_is_always_computable() {
        let mut s = Scenario::default();
        s.team.hours_per_week = f64::NAN;
        s.team.reactive_pct = 90.0;
        s.team.overhead_pct = 90.0;
        s.growth.horizon_months = u32::MAX;
        s.tiers[0].moves.push(Move {
            to: 0,
            pct_per_year: 50.0,
        });
        let c = s.sanitized();
        // An impossible team number is replaced by the default's, not by
        // the 1 hour a week it would clamp to (hundreds of people).
        assert_eq!(c.team.hours_per_week, 40.0);
        assert_eq!(c.team.reactive_pct, 15.0);
        assert!(c.team.proactive_hours_per_year() > 0.0);
        assert_eq!(c.growth.horizon_months, 60);
        assert!(c.tiers[0].moves.is_empty());
    }

    #[test]
    fn customer_counts_are_whole() {
        // 12.7 customers: the table shows 13 while ARR and FTE used 12.7.
        let mut s = Scenario::default();
        s.tiers[0].customers = 12.7;
        s.base.total = 100.5;
        let errors = s.validate();
        let at = |field: &str| {
            errors
                .iter()
                .find(|e| e.field == field)
                .map(|e| e.problem.to_string())
        };
        let whole = Some("Enter a whole number of customers.".to_string());
        assert_eq!(at("tiers.0.customers"), whole);
        assert_eq!(at("base.total"), whole);
        assert_eq!(
            check_field(&s, "tiers.1.customers", 3.5).map(|e| e.problem.to_string()),
            whole
        );
        assert_eq!(check_field(&s, "tiers.1.customers", 3.0), None);
        // Fractions elsewhere stay fine: 1.5 hours a meeting.
        assert_eq!(check_field(&s, "tiers.0.touches.1.hours", 1.5), None);
        // An old link with a fraction computes on the whole count it shows.
        let c = s.sanitized();
        assert_eq!(c.tiers[0].customers, 13.0);
        assert_eq!(c.base.total, 101.0);
        let p = crate::model::plan::plan(&s);
        assert_eq!(p.tiers[0].arr, 13.0 * 150_000.0);
    }

    #[test]
    fn single_field_check() {
        let s = Scenario::default();
        assert_eq!(check_field(&s, "team.hours_per_week", 40.0), None);
        assert_eq!(
            check_field(&s, "team.hours_per_week", 200.0).map(|e| e.problem),
            Some(Problem::TooLarge { max: 168.0 })
        );
        assert_eq!(check_field(&s, "nope", 1.0), None);
    }
}
