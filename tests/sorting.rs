//! The shared stable sort agrees with the standard library's stable sort, ties included.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use spec_lens::domain::sorting;

proptest! {
    #[test]
    fn sorts_like_the_standard_library_and_keeps_ties_in_order(items in prop::collection::vec((0u8..5, any::<u16>()), 0..200)) {
        let mut ours = items.clone();
        sorting::sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
        let mut std_sorted = items.clone();
        std_sorted.sort_by_key(|a| a.0);
        prop_assert_eq!(ours, std_sorted);
    }

    #[test]
    fn sorts_by_key_and_naturally(items in prop::collection::vec(any::<i32>(), 0..100)) {
        let mut by_key = items.clone();
        sorting::sort_by_key(&mut by_key, |x| std::cmp::Reverse(*x));
        let mut natural = items.clone();
        sorting::sort(&mut natural);
        let mut expected = items.clone();
        expected.sort();
        prop_assert_eq!(&natural, &expected);
        expected.reverse();
        prop_assert_eq!(by_key, expected);
    }
}

#[test]
fn equal_items_keep_their_order() {
    let mut items = vec![(1, "first"), (0, "a"), (1, "second"), (0, "b"), (1, "third")];
    sorting::sort_by_key(&mut items, |item| item.0);
    assert_eq!(items, vec![(0, "a"), (0, "b"), (1, "first"), (1, "second"), (1, "third")]);
}
