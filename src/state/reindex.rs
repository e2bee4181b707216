//! How a structural edit renumbers one list of the scenario (its tiers, a
//! tier's touches, the ARR bands, a tier's moves): one map from each old
//! index to its new one, used both to change the list and to move whatever
//! points into it (a move's target tier, a typed draft's field).

/// The renumbering of one list by one structural edit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reindex {
    /// Entry `gone` is removed: the entries after it move up one place.
    Remove(usize),
    /// Entries `a` and `b` trade places (moving a tier up or down).
    Swap(usize, usize),
}

impl Reindex {
    /// The index of entry `k` once the list has changed; `None` when entry
    /// `k` is the one removed. Indices beyond the list (a move's target a
    /// link got wrong) follow the same rule.
    pub fn index(self, k: usize) -> Option<usize> {
        match self {
            Reindex::Remove(gone) if k == gone => None,
            Reindex::Remove(gone) if k > gone => Some(k - 1),
            Reindex::Remove(_) => Some(k),
            Reindex::Swap(a, b) if k == a => Some(b),
            Reindex::Swap(a, b) if k == b => Some(a),
            Reindex::Swap(..) => Some(k),
        }
    }

    /// Changes `list` by this renumbering: every entry goes to its
    /// [`Reindex::index`], and the removed one is dropped. The caller checks
    /// that the indices are in the list (`Edit::list_change`); an entry sent
    /// beyond the list's end is dropped rather than panicking.
    pub fn apply<T>(self, list: &mut Vec<T>) {
        let mut slots: Vec<Option<T>> = std::iter::repeat_with(|| None).take(list.len()).collect();
        for (k, entry) in std::mem::take(list).into_iter().enumerate() {
            if let Some(slot) = self.index(k).and_then(|to| slots.get_mut(to)) {
                *slot = Some(entry);
            }
        }
        *list = slots.into_iter().flatten().collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn removing_moves_the_later_entries_up_and_swapping_trades_two() {
        let mut list = vec!['a', 'b', 'c', 'd'];
        Reindex::Remove(1).apply(&mut list);
        assert_eq!(list, ['a', 'c', 'd']);
        Reindex::Swap(0, 1).apply(&mut list);
        assert_eq!(list, ['c', 'a', 'd']);
        assert_eq!(Reindex::Remove(1).index(7), Some(6));
        assert_eq!(Reindex::Swap(0, 1).index(7), Some(7));
    }

    proptest! {
        /// Every entry that stays is found at its new index, and the list
        /// holds nothing else.
        #[test]
        fn each_entry_is_where_its_index_says(len in 1usize..12, a in 0usize..12, b in 0usize..12, swap: bool) {
            let (a, b) = (a % len, b % len);
            let map = if swap { Reindex::Swap(a, b) } else { Reindex::Remove(a) };
            let before: Vec<usize> = (0..len).collect();
            let mut after = before.clone();
            map.apply(&mut after);
            let kept = before.iter().filter(|k| map.index(**k).is_some()).count();
            prop_assert_eq!(after.len(), kept);
            for k in before {
                match map.index(k) {
                    Some(to) => prop_assert_eq!(after[to], k),
                    None => prop_assert!(!after.contains(&k)),
                }
            }
        }
    }
}
