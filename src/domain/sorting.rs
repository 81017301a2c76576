//! Stable sorting with one copy of the sort in the page.
//!
//! Why: the standard library's sort is compiled afresh for every element type and comparison it
//! is called with, about 3 KB each; a dozen callers put ~35 KB of sorting into the wasm. Here
//! every caller sorts a list of positions with one comparison type (`&dyn Fn`), so the sort is
//! compiled once, and only the small step that moves the items into that order is per type.
//! The lists sorted are small (criteria, assessments, errors), so the extra indirection is free.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (a stable sort).
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = stable_order(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `items` by the key `key` gives each, keeping equal keys in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// The positions `0..len` in the order `compare` puts the items at them.
fn stable_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}
