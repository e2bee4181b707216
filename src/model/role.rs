//! Who does the work: roles, their fully loaded cost, managers, headcounts.
//!
//! Every touch names the role that performs it (docs/domain.md "Work per customer"):
//! a CSM, a cheaper associate, a pooled "scale" CSM, an outsourced partner
//! (ESG 2018) or automation, which takes no people hours.

use serde::{Deserialize, Serialize};

/// The role that performs a touch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Role {
    /// A customer success manager (the default).
    #[default]
    Csm,
    /// A cheaper associate or junior role for low-skill touches (Mehta et al. 2016:
    /// "a junior finance person rather than a more expensive CSM").
    Associate,
    /// A pooled "scale" CSM serving a shared book (Scaling model 2019).
    Pooled,
    /// An outsourced CS partner (ESG 2018): a scalable, contracted resource.
    Partner,
    /// Automation: e-mail, in-app, reports. Takes no people hours.
    Automation,
}

json_names!(Role { Csm => "csm", Associate => "associate", Pooled => "pooled", Partner => "partner", Automation => "automation" });

impl Role {
    /// Every role, in display order (the order of the menus and of the
    /// link format's enum list).
    pub const ALL: [Role; 5] = [
        Role::Csm,
        Role::Associate,
        Role::Pooled,
        Role::Partner,
        Role::Automation,
    ];

    /// The four roles that take people hours, in display order.
    pub const PEOPLE: [Role; 4] = [Role::Csm, Role::Associate, Role::Pooled, Role::Partner];

    /// Plain-words name for the page.
    pub fn label(self) -> &'static str {
        match self {
            Role::Csm => "CSM",
            Role::Associate => "Associate",
            Role::Pooled => "Pooled CSM",
            Role::Partner => "Partner",
            Role::Automation => "Automation",
        }
    }

    /// The role as a noun in running text, singular and plural, lower case
    /// except the acronym: ("CSM", "CSMs"), ("pooled CSM", "pooled CSMs")...
    pub fn noun(self) -> (&'static str, &'static str) {
        match self {
            Role::Csm => ("CSM", "CSMs"),
            Role::Associate => ("associate", "associates"),
            Role::Pooled => ("pooled CSM", "pooled CSMs"),
            Role::Partner => ("partner", "partners"),
            Role::Automation => ("automation", "automation"),
        }
    }

    /// `n` people of this role in running text: "1 CSM", "3 pooled CSMs".
    pub fn people(self, n: f64) -> String {
        let (one, many) = self.noun();
        super::format::count(n, one, many)
    }

    /// The JSON / field-path key of this role (`csm`, `associate`, ...).
    pub fn key(self) -> &'static str {
        match self {
            Role::Csm => "csm",
            Role::Associate => "associate",
            Role::Pooled => "pooled",
            Role::Partner => "partner",
            Role::Automation => "automation",
        }
    }
}

/// A number for each role that takes people hours (hours, FTE, cost...).
///
/// Automation is not here: it has no hours and no FTE.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PerRole {
    /// Customer success managers.
    pub csm: f64,
    /// Associates.
    pub associate: f64,
    /// Pooled (scale) CSMs.
    pub pooled: f64,
    /// Partners.
    pub partner: f64,
}

impl PerRole {
    /// The value for `role`; automation is always 0.
    pub fn get(&self, role: Role) -> f64 {
        match role {
            Role::Csm => self.csm,
            Role::Associate => self.associate,
            Role::Pooled => self.pooled,
            Role::Partner => self.partner,
            Role::Automation => 0.0,
        }
    }

    /// A mutable reference to the value for `role`; `None` for automation.
    pub fn get_mut(&mut self, role: Role) -> Option<&mut f64> {
        match role {
            Role::Csm => Some(&mut self.csm),
            Role::Associate => Some(&mut self.associate),
            Role::Pooled => Some(&mut self.pooled),
            Role::Partner => Some(&mut self.partner),
            Role::Automation => None,
        }
    }

    /// Adds `value` to `role` (ignored for automation).
    pub fn add(&mut self, role: Role, value: f64) {
        if let Some(slot) = self.get_mut(role) {
            *slot += value;
        }
    }

    /// Sum over the four people roles.
    pub fn total(&self) -> f64 {
        self.csm + self.associate + self.pooled + self.partner
    }

    /// Applies `f` to every role's value.
    pub fn map(&self, f: impl Fn(f64) -> f64) -> PerRole {
        PerRole {
            csm: f(self.csm),
            associate: f(self.associate),
            pooled: f(self.pooled),
            partner: f(self.partner),
        }
    }

    /// Element-wise sum.
    pub fn plus(&self, other: &PerRole) -> PerRole {
        PerRole {
            csm: self.csm + other.csm,
            associate: self.associate + other.associate,
            pooled: self.pooled + other.pooled,
            partner: self.partner + other.partner,
        }
    }
}

/// Fully loaded yearly cost of each role (currency/year per FTE), and the
/// yearly cost of the automation platform.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RoleCosts {
    /// CSM, fully loaded (salary, benefits, taxes, tools), per FTE per year.
    pub csm: f64,
    /// Associate, fully loaded, per FTE per year.
    pub associate: f64,
    /// Pooled (scale) CSM, fully loaded, per FTE per year.
    pub pooled: f64,
    /// Partner (outsourced), contracted cost per FTE-equivalent per year.
    pub partner: f64,
    /// Automation platform and build cost per year, counted once in the
    /// total (automation takes no hours, so it has no per-FTE cost).
    pub automation: f64,
}

impl Default for RoleCosts {
    /// Illustrative assumptions, not benchmarks: replace them with your own
    /// payroll figures.
    fn default() -> Self {
        Self {
            csm: 130_000.0,
            associate: 80_000.0,
            pooled: 110_000.0,
            partner: 70_000.0,
            automation: 0.0,
        }
    }
}

impl RoleCosts {
    /// Cost per FTE per year of a people role (automation: 0, see
    /// [`RoleCosts::automation`]).
    pub fn per_fte(&self, role: Role) -> f64 {
        match role {
            Role::Csm => self.csm,
            Role::Associate => self.associate,
            Role::Pooled => self.pooled,
            Role::Partner => self.partner,
            Role::Automation => 0.0,
        }
    }

    /// Cost per year (currency/year) of an FTE mix = Σ FTE(role) × cost per FTE(role).
    pub fn cost_of(&self, fte: &PerRole) -> f64 {
        Role::PEOPLE
            .iter()
            .map(|role| fte.get(*role) * self.per_fte(*role))
            .sum()
    }
}

/// Managers: one per span of control, counted for the in-house people an
/// existing CS leader does not manage directly.
///
/// The default span, 8, is at the top of the six to eight direct reports
/// Andrew S. Grove gives a mainly supervisory manager (*High Output
/// Management*, 1983). The default of 4 people the CS leader manages
/// directly is an assumption: a head of CS who also runs the function
/// (forecasts, escalations, hiring) coaches about half a manager's span.
/// See docs/domain.md, "Managers".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Managers {
    /// In-house people per manager (CSMs, associates and pooled CSMs;
    /// partners are managed by their own firm). Default 8.
    pub span: f64,
    /// Fully loaded cost of a manager per year. Default 170,000 (assumption).
    pub cost: f64,
    /// In-house people the existing CS leader manages directly (people):
    /// the plan counts no manager for them, so its first manager comes
    /// with person `leader_reports + 1`. The leader is not in the plan.
    /// Default 4 (an assumption); links and files of format versions 1 and
    /// 2 read as 0, every manager counted, as they were made.
    pub leader_reports: f64,
}

impl Default for Managers {
    fn default() -> Self {
        Self {
            span: 8.0,
            cost: 170_000.0,
            leader_reports: 4.0,
        }
    }
}

impl Managers {
    /// In-house people the managers manage (people) = in-house people −
    /// those the CS leader manages directly, never below 0.
    /// In-house = CSM + associate + pooled (partners excluded).
    pub fn managed(&self, in_house: f64) -> f64 {
        if in_house.is_finite() && in_house > 0.0 {
            (in_house - self.leader_reports.max(0.0)).max(0.0)
        } else {
            0.0
        }
    }

    /// Whole managers (people) for `in_house` whole people = the people
    /// beyond the CS leader's ÷ span of control, rounded up:
    /// 9 people, leader 4, span 8 → ⌈5 ÷ 8⌉ = 1. 0 when the span is not
    /// positive.
    pub fn whole(&self, in_house: u32) -> u32 {
        whole_people(self.needed(f64::from(in_house)))
    }

    /// Managers needed (fractional) = in-house people beyond the CS
    /// leader's ÷ span of control. 0 when the span is not positive.
    pub fn needed(&self, in_house: f64) -> f64 {
        if self.span > 0.0 {
            self.managed(in_house) / self.span
        } else {
            0.0
        }
    }

    /// Management time of fractional FTE (FTE) = `in_house_fte` ÷ span of
    /// control, at most the `whole` managers counted: the CS leader gives
    /// the rest. With no leader (`leader_reports` 0) it is
    /// [`needed`](Self::needed) of the FTE, since whole people are at least
    /// the FTE. It is the managers' row of a per-tier table, which rounding
    /// to whole managers then only ever raises.
    pub fn time(&self, in_house_fte: f64, whole: u32) -> f64 {
        let all = Managers {
            leader_reports: 0.0,
            ..self.clone()
        };
        all.needed(in_house_fte).min(f64::from(whole))
    }
}

/// A headcount per role, as people (may be fractional for part-timers):
/// today's team, or the team you can afford.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Staff {
    /// CSMs.
    pub csm: f64,
    /// Associates.
    pub associate: f64,
    /// Pooled (scale) CSMs.
    pub pooled: f64,
    /// Partners (FTE-equivalents under contract).
    pub partner: f64,
    /// Managers.
    pub managers: f64,
}

impl Staff {
    /// The roles a headcount (today's team, the budget) is given for, in
    /// page order: the people roles, then managers (`None`).
    pub const ROLES: [Option<Role>; 5] = [
        Some(Role::Csm),
        Some(Role::Associate),
        Some(Role::Pooled),
        Some(Role::Partner),
        None,
    ];

    /// The four people roles of this headcount, managers left out.
    pub fn people(&self) -> PerRole {
        PerRole {
            csm: self.csm,
            associate: self.associate,
            pooled: self.pooled,
            partner: self.partner,
        }
    }

    /// Everyone, managers included.
    pub fn total(&self) -> f64 {
        self.people().total() + self.managers
    }
}

/// Whole people needed per role: fractional FTE rounded up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Heads {
    /// CSMs.
    pub csm: u32,
    /// Associates.
    pub associate: u32,
    /// Pooled (scale) CSMs.
    pub pooled: u32,
    /// Partners.
    pub partner: u32,
    /// Managers.
    pub managers: u32,
}

impl Heads {
    /// Everyone, managers included.
    pub fn total(&self) -> u32 {
        self.csm
            .saturating_add(self.associate)
            .saturating_add(self.pooled)
            .saturating_add(self.partner)
            .saturating_add(self.managers)
    }

    /// CSMs of both kinds, named and pooled: the people "ARR per CSM"
    /// divides by. Saturates at the largest `u32`, as each count does.
    pub fn csms(&self) -> u32 {
        self.csm.saturating_add(self.pooled)
    }

    /// In-house people a manager manages: CSM + associate + pooled.
    pub fn in_house(&self) -> u32 {
        self.csm
            .saturating_add(self.associate)
            .saturating_add(self.pooled)
    }

    /// The people roles as numbers.
    pub fn people(&self) -> PerRole {
        PerRole {
            csm: self.csm as f64,
            associate: self.associate as f64,
            pooled: self.pooled as f64,
            partner: self.partner as f64,
        }
    }

    /// The count for `role` (automation: 0).
    pub fn get(&self, role: Role) -> u32 {
        match role {
            Role::Csm => self.csm,
            Role::Associate => self.associate,
            Role::Pooled => self.pooled,
            Role::Partner => self.partner,
            Role::Automation => 0,
        }
    }
}

/// Whole people for a fractional FTE: rounded up, with a tiny tolerance so
/// that 3.0000000001 (float noise) is 3, never NaN or negative (saturating).
pub fn whole_people(fte: f64) -> u32 {
    if !fte.is_finite() || fte <= 0.0 {
        return 0;
    }
    (fte - 1e-9).ceil().max(0.0) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_people_rounds_up_and_tolerates_noise() {
        assert_eq!(whole_people(0.0), 0);
        assert_eq!(whole_people(0.22), 1);
        assert_eq!(whole_people(3.0), 3);
        assert_eq!(whole_people(3.0 + 1e-12), 3);
        assert_eq!(whole_people(3.01), 4);
        assert_eq!(whole_people(f64::NAN), 0);
        assert_eq!(whole_people(-2.0), 0);
        assert_eq!(whole_people(1e30), u32::MAX);
    }

    #[test]
    fn managers_by_span_of_control() {
        // No leader: 20 in-house people ÷ span 8 = 2.5 managers (3 people).
        let m = Managers {
            leader_reports: 0.0,
            ..Managers::default()
        };
        assert_eq!(m.needed(20.0), 2.5);
        assert_eq!(m.whole(20), 3);
        assert_eq!(Managers { span: 0.0, ..m }.needed(20.0), 0.0);
        // The leader manages 4: (20 − 4) ÷ 8 = 2 managers.
        let m = Managers::default();
        assert_eq!(m.needed(20.0), 2.0);
        assert_eq!(m.whole(20), 2);
    }

    /// A whole manager no longer dominates small plans: one pooled CSM
    /// (0.22 FTE) gets no manager, and 9 people at a span of 8 one.
    #[test]
    fn the_cs_leader_covers_the_first_few() {
        let m = Managers::default();
        assert_eq!(m.whole(1), 0);
        assert_eq!(m.time(0.22, m.whole(1)), 0.0);
        assert_eq!(m.whole(4), 0);
        assert_eq!(m.whole(5), 1);
        assert_eq!(m.whole(9), 1);
        assert_eq!(m.whole(12), 1);
        assert_eq!(m.whole(13), 2);
        // Management time is the in-house FTE ÷ span, at most the managers
        // counted: 4.86 FTE, 6 people → 0.61 FTE (1 manager).
        assert!((m.time(4.86, m.whole(6)) - 4.86 / 8.0).abs() < 1e-12);
        assert_eq!(m.time(8.5, m.whole(9)), 1.0);
    }

    #[test]
    fn cost_of_an_fte_mix() {
        // 2 CSM × 130k + 0.5 associate × 80k = 300k.
        let fte = PerRole {
            csm: 2.0,
            associate: 0.5,
            ..PerRole::default()
        };
        assert_eq!(RoleCosts::default().cost_of(&fte), 300_000.0);
    }

    #[test]
    fn roles_serialize_as_short_keys() {
        assert_eq!(serde_json::to_string(&Role::Pooled).unwrap(), "\"pooled\"");
        let role: Role = serde_json::from_str("\"automation\"").unwrap();
        assert_eq!(role, Role::Automation);
        for role in Role::PEOPLE {
            assert_eq!(
                serde_json::to_string(&role).unwrap(),
                format!("\"{}\"", role.key())
            );
        }
    }
}
