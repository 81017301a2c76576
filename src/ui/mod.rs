//! Pages (one per route) and the components they share. Thin over `domain`.

pub mod app;
pub mod components;
pub mod pages;
pub mod words;

pub use app::{App, AppProps};
