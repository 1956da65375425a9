//! Ordering things highest first, through one shared sort.
//!
//! Every generic `sort_by_key` compiles its own copy of the sorting code, several kilobytes of
//! wasm each; ranking through one non-generic insertion sort of (key, position) pairs keeps one
//! small copy, and the lists ranked here hold a dozen items at most.

/// Orders `items` by `key`, highest first; equal keys keep their order.
pub fn rank_by<T>(items: Vec<T>, key: impl Fn(&T) -> u32) -> Vec<T> {
    let keys: Vec<u32> = items.iter().map(key).collect();
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    ranked_positions(&keys)
        .into_iter()
        .filter_map(|position| slots[position].take())
        .collect()
}

fn ranked_positions(keys: &[u32]) -> Vec<usize> {
    let mut order: Vec<usize> = Vec::with_capacity(keys.len());
    for (position, &key) in keys.iter().enumerate() {
        // After every earlier item with a key as high or higher, so equal keys keep their order.
        let at = order.partition_point(|&earlier| keys[earlier] >= key);
        order.insert(at, position);
    }
    order
}

#[cfg(test)]
mod tests {
    use super::rank_by;

    #[test]
    fn ranks_highest_first_and_keeps_ties_in_order() {
        let ranked = rank_by(
            vec![("a", 1), ("b", 3), ("c", 1), ("d", 3), ("e", 2)],
            |p| p.1,
        );
        assert_eq!(ranked, [("b", 3), ("d", 3), ("e", 2), ("a", 1), ("c", 1)]);
    }

    #[test]
    fn ranks_nothing_to_nothing() {
        assert!(rank_by(Vec::<u32>::new(), |&n| n).is_empty());
    }
}
