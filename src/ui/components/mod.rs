//! Components shared by several pages.

pub mod change_chart;
pub mod charts;
pub mod cited;
pub mod document_pane;
pub mod drop_zone;
pub mod exports;
pub mod import_files;
pub mod incoming;
pub mod moderation;
pub mod open_document;
pub mod rescore;
pub mod results_view;
pub mod share;
pub mod storage_status;
