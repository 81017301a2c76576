//! Components shared by several pages.

pub mod charts;
pub mod results_view;
pub mod storage_status;
