//! The semiannual tier review: accounts close to a cut-off, overrides that
//! disagree with the rule, how many accounts move between tiers compared
//! with the list's current tiers; and the rows of the review table,
//! filtered and sorted ([`view_rows`]), fast enough for 100,000 rows.

use super::{Account, Assignment, Field, Mapping, Table};
use crate::caseless;
use std::cmp::Ordering;

/// An account within this share of a cut-off is "near" it (10%).
pub const NEAR: f64 = 0.10;
/// The most accounts [`Review::near_cutoff`] lists.
pub const NEAR_LIMIT: usize = 200;

/// How far a score (or ARR) is from the nearest cut-off bounding its tier,
/// as a share of that cut-off: |score − cut-off| ÷ |cut-off|; 0 = on it,
/// 0.1 = 10% away. The cut-offs bounding tier `t` are its own (`cutoffs[t]`,
/// not for the last tier, whose own cut-off is not used) and the one of the
/// tier above (`cutoffs[t − 1]`). A cut-off of 0 is at distance 0 from a
/// score of 0 and infinitely far from anything else. `f64::INFINITY` when
/// no cut-off bounds the tier (a plan of one tier) or the score is not a
/// number: never "near"; the page writes it as "—".
pub fn cutoff_distance(score: f64, tier: usize, cutoffs: &[f64]) -> f64 {
    let last = cutoffs.len().saturating_sub(1);
    let own = Some(tier).filter(|&t| t < last);
    let above = tier.checked_sub(1).filter(|&t| t < last);
    [own, above]
        .into_iter()
        .flatten()
        .map(|t| {
            let c = cutoffs[t];
            if score == c {
                0.0
            } else if c == 0.0 || !c.is_finite() {
                f64::INFINITY
            } else {
                (score - c).abs() / c.abs()
            }
        })
        .filter(|d| !d.is_nan())
        .fold(f64::INFINITY, f64::min)
}

/// What the review shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Review {
    /// Accounts (indexes) within [`NEAR`] of a cut-off of their rule's
    /// tier, closest first, at most [`NEAR_LIMIT`].
    pub near_cutoff: Vec<u32>,
    /// Overridden accounts (indexes) whose rule tier differs, in list order.
    pub disagreements: Vec<u32>,
    /// `moves[from][to]`: accounts with a known current tier `from` now in
    /// tier `to` (the diagonal: those that stay).
    pub moves: Vec<Vec<u32>>,
    /// Accounts (indexes) whose known current tier is not their new tier,
    /// in list order: who moves, for the review to name.
    pub moved: Vec<u32>,
    /// Accounts whose current tier is not known.
    pub without_current: u32,
    /// Accounts per tier now.
    pub counts: Vec<u32>,
}

/// The review of a tiered list (`tiers`: the scenario's number of tiers;
/// an assignment beyond it counts in the last tier).
pub fn review(
    accounts: &[Account],
    assignments: &[Assignment],
    cutoffs: &[f64],
    tiers: usize,
) -> Review {
    let mut r = Review {
        moves: vec![vec![0; tiers]; tiers],
        counts: vec![0; tiers],
        ..Review::default()
    };
    let mut near: Vec<(f64, u32)> = Vec::new();
    for (i, (account, s)) in accounts.iter().zip(assignments).enumerate() {
        let i = i as u32;
        if tiers > 0 {
            let to = (s.tier as usize).min(tiers - 1);
            r.counts[to] += 1;
            match account.current_tier.map(usize::from) {
                Some(from) if from < tiers => {
                    r.moves[from][to] += 1;
                    if from != to {
                        r.moved.push(i);
                    }
                }
                _ => r.without_current += 1,
            }
        } else {
            r.without_current += 1;
        }
        if s.overridden && s.tier != s.rule_tier {
            r.disagreements.push(i);
        }
        let d = cutoff_distance(s.score, s.rule_tier as usize, cutoffs);
        if d <= NEAR {
            near.push((d, i));
        }
    }
    near.sort_by(by_number);
    r.near_cutoff = near.into_iter().take(NEAR_LIMIT).map(|(_, i)| i).collect();
    r
}

impl Review {
    /// Whether any account's tier today is known (a current-tier column
    /// with at least one tier in it): only then can moves be counted.
    pub fn knows_current_tiers(&self) -> bool {
        self.moves.iter().flatten().any(|&n| n > 0)
    }
}

/// One account that changes tier at this review.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Move {
    /// The account (index into the accounts).
    pub index: u32,
    /// Its tier today, as the list says.
    pub from: u8,
    /// Its tier now (the override, else the rule's).
    pub to: u8,
}

/// The accounts of [`Review::moved`] that move from tier `from` (any when
/// `None`) to tier `to` (any when `None`), in list order. `tiers` is the
/// scenario's number of tiers: a tier beyond it counts as the last, as in
/// [`review`].
pub fn moves(
    review: &Review,
    accounts: &[Account],
    assignments: &[Assignment],
    tiers: usize,
    from: Option<u8>,
    to: Option<u8>,
) -> Vec<Move> {
    let last = tiers.saturating_sub(1).min(u8::MAX as usize) as u8;
    review
        .moved
        .iter()
        .filter_map(|&i| {
            let was = accounts.get(i as usize)?.current_tier?;
            let now = assignments.get(i as usize)?.tier.min(last);
            Some(Move {
                index: i,
                from: was,
                to: now,
            })
        })
        .filter(|m| from.is_none_or(|f| m.from == f) && to.is_none_or(|t| m.to == t))
        .collect()
}

/// What the review table is sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    /// Account name (any case).
    Name,
    /// ARR.
    Arr,
    /// Score (the ARR under the ARR rule).
    Score,
    /// Tier (most valuable first).
    Tier,
    /// Distance to the nearest cut-off.
    Distance,
    /// Line in the file.
    #[default]
    Line,
}

/// Which rows the review table shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Text that the name, industry or region holds (any case); "" = all.
    pub text: String,
    /// Only this tier.
    pub tier: Option<u8>,
    /// Only accounts within [`NEAR`] of a cut-off.
    pub near_cutoff_only: bool,
    /// Only overridden accounts.
    pub overrides_only: bool,
    /// Only overrides that disagree with the rule.
    pub disagreements_only: bool,
}

/// The accounts (indexes) the review table shows, filtered and sorted
/// (stable: equal keys keep list order, also when descending).
#[allow(clippy::too_many_arguments)]
pub fn view_rows(
    table: &Table,
    mapping: &Mapping,
    accounts: &[Account],
    assignments: &[Assignment],
    cutoffs: &[f64],
    filter: &Filter,
    sort: SortKey,
    descending: bool,
) -> Vec<u32> {
    let needle = caseless::lower(filter.text.trim());
    let text_columns: Vec<usize> = [Field::Name, Field::Industry, Field::Region]
        .iter()
        .filter_map(|&f| mapping.column_of(f))
        .collect();
    let distance = |i: usize| {
        let s = &assignments[i];
        cutoff_distance(s.score, s.rule_tier as usize, cutoffs)
    };
    let n = accounts.len().min(assignments.len());
    let rows: Vec<u32> = (0..n)
        .filter(|&i| {
            let s = &assignments[i];
            filter.tier.is_none_or(|t| s.tier == t)
                && (!filter.overrides_only || s.overridden)
                && (!filter.disagreements_only || (s.overridden && s.tier != s.rule_tier))
                && (!filter.near_cutoff_only || distance(i) <= NEAR)
                && (needle.is_empty()
                    || text_columns.iter().any(|&c| {
                        contains_any_case(table.cell(accounts[i].row as usize, c), &needle)
                    }))
        })
        .map(|i| i as u32)
        .collect();
    let name_col = mapping.column_of(Field::Name);
    let name = |i: u32| name_col.map_or("", |c| table.cell(accounts[i as usize].row as usize, c));
    if sort == SortKey::Name {
        // Lower-case keys made once: comparing them is a plain byte compare.
        let mut keyed: Vec<(String, u32)> = rows
            .iter()
            .map(|&i| {
                let n = name(i).trim();
                let key = if n.is_ascii() {
                    n.to_ascii_lowercase()
                } else {
                    caseless::lower(n)
                };
                (key, i)
            })
            .collect();
        keyed.sort_by(|a, b| {
            let o = a.0.cmp(&b.0);
            if descending {
                o.reverse()
            } else {
                o
            }
        });
        return keyed.into_iter().map(|(_, i)| i).collect();
    }
    // Every other key is a number: one keyed sort (one copy of the sort in
    // the wasm); descending sorts the negated keys, so ties keep list order.
    let key = |i: u32| -> f64 {
        let (a, s) = (&accounts[i as usize], &assignments[i as usize]);
        match sort {
            SortKey::Arr => a.arr,
            SortKey::Score => s.score,
            SortKey::Tier => f64::from(s.tier),
            SortKey::Distance => distance(i as usize),
            SortKey::Line | SortKey::Name => f64::from(table.line(a.row as usize)),
        }
    };
    let mut keyed: Vec<(f64, u32)> = rows
        .iter()
        .map(|&i| {
            let k = key(i);
            (if descending { -k } else { k }, i)
        })
        .collect();
    keyed.sort_by(by_number);
    keyed.into_iter().map(|(_, i)| i).collect()
}

/// Orders (key, index) pairs by key (total order: NaN last), then index.
fn by_number(a: &(f64, u32), b: &(f64, u32)) -> Ordering {
    a.0.total_cmp(&b.0).then(a.1.cmp(&b.1))
}

/// Whether `hay` holds `needle` (already lower case), any case.
fn contains_any_case(hay: &str, needle: &str) -> bool {
    if hay.is_ascii() && needle.is_ascii() {
        let n = needle.as_bytes();
        hay.len() >= n.len()
            && hay
                .as_bytes()
                .windows(n.len())
                .any(|w| w.eq_ignore_ascii_case(n))
    } else {
        caseless::lower(hay).contains(needle)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::{assign, guess_mapping, read_accounts, read_table};
    use crate::model::tiering::Tiering;

    #[test]
    fn distance_to_the_bounding_cut_offs() {
        let cut = [100_000.0, 10_000.0, 0.0];
        assert_eq!(cutoff_distance(100_000.0, 0, &cut), 0.0);
        assert_eq!(cutoff_distance(110_000.0, 0, &cut), 0.1);
        assert_eq!(cutoff_distance(95_000.0, 1, &cut), 0.05);
        assert_eq!(cutoff_distance(10_500.0, 1, &cut), 0.05);
        assert_eq!(cutoff_distance(9_000.0, 2, &cut), 0.1);
        assert_eq!(cutoff_distance(5.0, 0, &[7.0]), f64::INFINITY);
        assert_eq!(cutoff_distance(5.0, 0, &[0.0, 0.0]), f64::INFINITY);
        assert_eq!(cutoff_distance(0.0, 0, &[0.0, 0.0]), 0.0);
        assert_eq!(cutoff_distance(f64::NAN, 0, &cut), f64::INFINITY);
    }

    fn list() -> (Table, Mapping, Vec<Account>, Vec<Assignment>) {
        let csv = "Name,ARR,Region,Tier,Override\n\
                   acme,105000,EMEA,Low touch,\n\
                   Beta,50000,NA,High touch,High touch\n\
                   Gamma,9500,APAC,,\n\
                   delta,200000,NA,High touch,\n\
                   Émile,500,EMEA,Tech touch,Tech touch\n";
        let table = read_table(csv.as_bytes()).unwrap();
        let mapping = guess_mapping(table.headers());
        let names: Vec<String> = ["High touch", "Low touch", "Tech touch"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let read = read_accounts(&table, &mapping, &names).unwrap();
        let s = assign(
            &read.accounts,
            &Tiering::default(),
            &[100_000.0, 10_000.0, 0.0],
        );
        (table, mapping, read.accounts, s)
    }

    #[test]
    fn the_review_counts_moves_and_finds_what_to_look_at() {
        let (_, _, accounts, s) = list();
        let r = review(&accounts, &s, &[100_000.0, 10_000.0, 0.0], 3);
        // Beta's override takes it to the first tier.
        assert_eq!(r.counts, [3, 0, 2]);
        assert_eq!(r.moves, [vec![2, 0, 0], vec![1, 0, 0], vec![0, 0, 1]]);
        assert_eq!(r.without_current, 1);
        // Who moves: acme (Low -> High), Beta (High -> High stays: not listed).
        assert_eq!(r.moved, [0]);
        assert!(r.knows_current_tiers());
        assert_eq!(r.disagreements, [1]);
        // acme 5% above 100k, Gamma 5% below 10k: equal distances, list order.
        assert_eq!(r.near_cutoff, [0, 2]);
        let empty = review(&accounts, &s, &[], 0);
        assert_eq!((empty.counts.len(), empty.without_current), (0, 5));
    }

    #[test]
    fn the_review_names_who_moves_from_which_tier_to_which() {
        let csv = "Name,ARR,Tier\n\
                   Up,150000,Low touch\n\
                   Stays,150000,High touch\n\
                   Down,500,Low touch\n\
                   Unknown,500,\n\
                   Way down,20,High touch\n";
        let table = read_table(csv.as_bytes()).unwrap();
        let mapping = guess_mapping(table.headers());
        let names: Vec<String> = ["High touch", "Low touch", "Tech touch"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let read = read_accounts(&table, &mapping, &names).unwrap();
        let cut = [100_000.0, 10_000.0, 0.0];
        let s = assign(&read.accounts, &Tiering::default(), &cut);
        let r = review(&read.accounts, &s, &cut, 3);
        assert_eq!(r.moved, [0, 2, 4]);
        let all = moves(&r, &read.accounts, &s, 3, None, None);
        let seen: Vec<(u32, u8, u8)> = all.iter().map(|m| (m.index, m.from, m.to)).collect();
        assert_eq!(seen, [(0, 1, 0), (2, 1, 2), (4, 0, 2)]);
        let from_low = moves(&r, &read.accounts, &s, 3, Some(1), None);
        assert_eq!(from_low.iter().map(|m| m.index).collect::<Vec<_>>(), [0, 2]);
        let to_tech = moves(&r, &read.accounts, &s, 3, None, Some(2));
        assert_eq!(to_tech.iter().map(|m| m.index).collect::<Vec<_>>(), [2, 4]);
        assert!(moves(&r, &read.accounts, &s, 3, Some(2), Some(0)).is_empty());
        // A list whose tier column is empty knows no tier today.
        let blank = read_table(b"Name,ARR,Tier\nA,5,\nB,6,\n").unwrap();
        let read = read_accounts(&blank, &guess_mapping(blank.headers()), &names).unwrap();
        let s = assign(&read.accounts, &Tiering::default(), &cut);
        assert!(!review(&read.accounts, &s, &cut, 3).knows_current_tiers());
    }

    #[test]
    fn filter_and_sort_the_table() {
        let (table, mapping, accounts, s) = list();
        let cut = [100_000.0, 10_000.0, 0.0];
        let view = |filter: &Filter, sort: SortKey, desc: bool| {
            view_rows(&table, &mapping, &accounts, &s, &cut, filter, sort, desc)
        };
        let all = Filter::default();
        assert_eq!(view(&all, SortKey::Line, false), [0, 1, 2, 3, 4]);
        assert_eq!(view(&all, SortKey::Name, false), [0, 1, 3, 2, 4]);
        assert_eq!(view(&all, SortKey::Arr, true), [3, 0, 1, 2, 4]);
        assert_eq!(view(&all, SortKey::Tier, false), [0, 1, 3, 2, 4]);
        assert_eq!(view(&all, SortKey::Tier, true), [2, 4, 0, 1, 3]);
        assert_eq!(view(&all, SortKey::Distance, false), [0, 2, 1, 4, 3]);
        let text = |t: &str| Filter {
            text: t.into(),
            ..Filter::default()
        };
        assert_eq!(view(&text("emea"), SortKey::Line, false), [0, 4]);
        assert_eq!(view(&text(" ÉMI "), SortKey::Line, false), [4]);
        assert!(view(&text("zzz"), SortKey::Line, false).is_empty());
        let f = Filter {
            overrides_only: true,
            ..Filter::default()
        };
        assert_eq!(view(&f, SortKey::Line, false), [1, 4]);
        let f = Filter {
            disagreements_only: true,
            ..Filter::default()
        };
        assert_eq!(view(&f, SortKey::Line, false), [1]);
        let f = Filter {
            near_cutoff_only: true,
            tier: Some(0),
            ..Filter::default()
        };
        assert_eq!(view(&f, SortKey::Line, false), [0]);
    }
}
