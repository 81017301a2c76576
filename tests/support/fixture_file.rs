//! Fixture files written by the tests that use them: with `UPDATE_FIXTURES=1` the test writes the
//! file; otherwise it checks that the file on disk is what it would write, so a fixture never drifts
//! from the file format or the built-in framework.

use std::path::Path;

/// Writes `text` to `path` under `UPDATE_FIXTURES`, then fails unless the file holds exactly `text`.
/// `test` names the test binary, for the command the message gives.
pub fn keep_current(path: &Path, text: &str, test: &str) {
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("fixture folder");
        }
        std::fs::write(path, text).expect("fixture written");
    }
    let on_disk = std::fs::read_to_string(path).unwrap_or_default();
    assert!(on_disk == text, "{} is stale: run UPDATE_FIXTURES=1 cargo test --test {test}", path.display());
}
