//! Every input a fuzz target ever crashed on, replayed: a crash found by `make fuzz` is copied into
//! tests/fixtures/fuzz/<target>/ and stays here as a regression test. The fixtures themselves are
//! replayed too, through every target, since they are what the fuzzer starts from.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/fuzz_checks.rs"]
mod checks;

use std::path::Path;

fn files_in(dir: &Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut files: Vec<_> =
        entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_file()).collect();
    files.sort();
    files
}

/// The regression folders: one per target, each kept in git by a note (the fuzzer has found no
/// crash in these targets yet; each one it finds joins its folder).
#[test]
fn every_crash_found_so_far_is_fixed() {
    let root = Path::new("tests/fixtures/fuzz");
    for (name, check) in checks::TARGETS {
        let folder = root.join(name);
        assert!(folder.is_dir(), "{} is missing: make fuzz and this test share it", folder.display());
        for file in files_in(&folder).into_iter().filter(|f| f.file_name().is_some_and(|n| n != "README.md"))
        {
            let bytes = std::fs::read(&file).expect("read the crash input");
            check(&bytes);
        }
    }
}

#[test]
fn every_fixture_passes_every_check() {
    let mut seen = 0;
    for file in files_in(Path::new("tests/fixtures"))
        .into_iter()
        .chain(files_in(Path::new("tests/fixtures/documents")))
    {
        let bytes = std::fs::read(&file).expect("read the fixture");
        // Every check returns normally on every fixture: none panics, and what a reader accepts
        // reads back the same (the checks assert both).
        for (_, check) in checks::TARGETS {
            check(&bytes);
        }
        seen += 1;
    }
    assert!(seen > 20, "{seen} fixtures");
}
