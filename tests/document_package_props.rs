//! No input makes the Word or OpenDocument readers panic: arbitrary bytes, fixtures with bytes
//! changed or cut, and fixtures whose XML parts are changed and packed again (which reaches the
//! readers' own logic, where changed compressed bytes mostly stop at the zip layer).
#![cfg(not(target_arch = "wasm32"))]

mod document_support;

use std::io::Read;

use document_support::{fixture, package};
use proptest::prelude::*;
use spec_lens::format::document::read;

const FIXTURES: [&str; 5] = [
    "accommodation-spec.docx",
    "accommodation-spec.odt",
    "word-features.docm",
    "odt-features.odt",
    "odt-features.docx",
];

const NAMES: [&str; 5] = ["spec.docx", "spec.odt", "spec.docm", "spec.txt", "spec.pdf"];

/// A fixture's entries, unpacked.
fn entries(name: &str) -> Vec<(String, Vec<u8>)> {
    let bytes = fixture(name);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut entry = archive.by_index(i).unwrap();
            let mut data = Vec::new();
            entry.read_to_end(&mut data).unwrap();
            (entry.name().unwrap().to_string(), data)
        })
        .collect()
}

/// Changes to apply to some bytes: (position, byte) overwrites, then a cut.
fn mutate(bytes: &mut Vec<u8>, edits: &[(usize, u8)], cut: Option<usize>) {
    if bytes.is_empty() {
        return;
    }
    for (at, byte) in edits {
        let len = bytes.len();
        if let Some(slot) = bytes.get_mut(at % len) {
            *slot = *byte;
        }
    }
    if let Some(cut) = cut {
        bytes.truncate(cut % (bytes.len() + 1));
    }
}

/// Characters that change XML structure, so edits hit tags and attributes, not just text.
fn xml_byte() -> impl Strategy<Value = u8> {
    prop_oneof![
        Just(b'<'),
        Just(b'>'),
        Just(b'/'),
        Just(b'"'),
        Just(b'%'),
        Just(b'9'),
        Just(b'0'),
        any::<u8>()
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048), name in 0..NAMES.len()) {
        let _ = read(NAMES[name], &bytes);
        let mut zipped = b"PK\x03\x04".to_vec();
        zipped.extend_from_slice(&bytes);
        let _ = read(NAMES[name], &zipped);
    }

    #[test]
    fn changed_package_bytes_never_panic(
        which in 0..FIXTURES.len(),
        edits in prop::collection::vec((any::<usize>(), any::<u8>()), 0..16),
        cut in prop::option::of(any::<usize>()),
    ) {
        let mut bytes = fixture(FIXTURES[which]);
        mutate(&mut bytes, &edits, cut);
        let _ = read(FIXTURES[which], &bytes);
    }

    #[test]
    fn changed_xml_parts_never_panic(
        which in 0..FIXTURES.len(),
        part in any::<usize>(),
        edits in prop::collection::vec((any::<usize>(), xml_byte()), 1..24),
        cut in prop::option::of(any::<usize>()),
    ) {
        let mut parts = entries(FIXTURES[which]);
        let xml: Vec<usize> = (0..parts.len()).filter(|i| parts[*i].0.ends_with(".xml")).collect();
        let index = xml[part % xml.len()];
        mutate(&mut parts[index].1, &edits, cut);
        let refs: Vec<(&str, &[u8])> = parts.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
        let _ = read(FIXTURES[which], &package(&refs));
    }
}
